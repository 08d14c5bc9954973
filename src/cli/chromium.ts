/**
 * The Chromium that tests, the bench and the export command drive: the
 * system's (Debian's package by default, or CHROMIUM_PATH), never a download,
 * with the flags that keep it from reaching for hosts this machine cannot reach.
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
];

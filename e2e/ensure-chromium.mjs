// Makes sure the Chromium that Playwright drives is there. Playwright's own
// browser download is never used: we drive the system Chromium (Debian's
// package by default), installing it with apt-get when we are root.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const path = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

if (!existsSync(path)) {
  const isRoot = process.getuid?.() === 0;
  const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
  if (!process.env.CHROMIUM_PATH && isRoot && hasApt) {
    console.log(`Chromium not found at ${path}; installing Debian's chromium package with apt-get…`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    const ok =
      spawnSync('apt-get', ['update'], { stdio: 'inherit', env }).status === 0 &&
      spawnSync('apt-get', ['install', '-y', '--no-install-recommends', 'chromium'], { stdio: 'inherit', env }).status === 0;
    if (!ok) console.error('apt-get could not install chromium.');
  }
}

if (!existsSync(path)) {
  console.error(
    [
      '',
      `The end-to-end tests need Chromium at ${path}, and it is not there.`,
      'Install it, then run the tests again:',
      '  Debian/Ubuntu:  sudo apt-get install chromium',
      'Or point the tests at a Chromium or Chrome you already have:',
      '  CHROMIUM_PATH=/path/to/chromium npm test',
      '',
    ].join('\n'),
  );
  process.exit(1);
}

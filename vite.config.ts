import { defineConfig } from 'vitest/config';
import type { Plugin } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';

/**
 * The policy for the built app. The dev server injects <style> tags, so the
 * policy is applied to the build (as a <meta>) and to `vite preview` (as a
 * header, which can also carry frame-ancestors), never to `vite dev`.
 */
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' blob: data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

function cspMeta(): Plugin {
  return {
    name: 'csp-meta',
    apply: 'build',
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CSP }, injectTo: 'head-prepend' },
    ],
  };
}

export default defineConfig({
  root: 'src',
  publicDir: '../public',
  build: { outDir: '../dist', emptyOutDir: true },
  plugins: [svelte({ configFile: false }), cspMeta()],
  worker: { format: 'es' },
  preview: {
    headers: { 'Content-Security-Policy': `${CSP}; frame-ancestors 'self'` },
  },
  test: {
    include: ['**/*.test.ts'],
    environment: 'node',
  },
});

import { readdirSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
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

/**
 * `vite preview` sends the policy as a header too. Only the embed view
 * (?embed=) may be framed by other sites; the dashboard only by itself. A
 * report is often opened from disk: `*` does not match a `file:` page, so it
 * is named too.
 */
function cspHeader(): Plugin {
  return {
    name: 'csp-header',
    configurePreviewServer(server) {
      server.middlewares.use((req, res, next) => {
        const embed = new URL(req.url ?? '/', 'http://x').searchParams.has('embed');
        res.setHeader('Content-Security-Policy', `${CSP}; frame-ancestors ${embed ? '* file:' : "'self'"}`);
        next();
      });
    },
  };
}

function cspMeta(): Plugin {
  return {
    name: 'csp-meta',
    apply: 'build',
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CSP }, injectTo: 'head-prepend' },
    ],
  };
}


/** Where the built app lists its own files; the page reads the same name (lib/export/published.ts, a test checks). */
export const PUBLISH_MANIFEST = 'publish-files.json';

/**
 * After the app is written, lists every file in dist/ (but the custom element's folder, a separate
 * build) so the page can fetch its own files at runtime and publish a copy of itself.
 */
function publishManifest(): Plugin {
  let outDir = '';
  return {
    name: 'publish-manifest',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    closeBundle() {
      const files = readdirSync(outDir, { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile())
        .map((entry) => relative(outDir, join(entry.parentPath, entry.name)).split(sep).join('/'))
        .filter((path) => !path.startsWith('element/') && path !== PUBLISH_MANIFEST);
      writeFileSync(join(outDir, PUBLISH_MANIFEST), JSON.stringify({ files: [...files.sort(), PUBLISH_MANIFEST] }, null, 1));
    },
  };
}

export default defineConfig(({ mode }) => ({
  root: 'src',
  publicDir: mode === 'element' ? false : '../public',
  // Relative paths: the element's worker is found beside its bundle, and the app (or a published
  // copy of it) runs from any folder of any static host, not only from a site's root.
  base: './',
  // `--mode element` builds the custom element as its own small bundle in dist/element.
  build:
    mode === 'element'
      ? {
          outDir: '../dist/element',
          emptyOutDir: true,
          lib: { entry: 'element.ts', formats: ['es'], fileName: () => 'stakeholder-sentiment-chart.js' },
          // The code of each chart the element can show is loaded when shown, from beside its worker.
          rolldownOptions: { output: { chunkFileNames: 'assets/[name]-[hash].js' } },
        }
      : { outDir: '../dist', emptyOutDir: true },
  plugins: [
    // Components carry their own styles. The app's build gathers them into its stylesheet; the custom
    // element's shadow root is out of a page stylesheet's reach, so there Svelte adds each component's
    // styles to the root the component is mounted in.
    svelte({ configFile: false, compilerOptions: mode === 'element' ? { css: 'injected' } : {} }),
    cspMeta(),
    cspHeader(),
    ...(mode === 'element' ? [] : [publishManifest()]),
  ],
  worker: { format: 'es' },
  test: {
    include: ['**/*.test.ts'],
    environment: 'node',
    // A property test is a few hundred runs: seconds when the machine's cores are busy with other
    // work. Its limit is there to catch a hang, not to time it.
    testTimeout: 60_000,
  },
}));

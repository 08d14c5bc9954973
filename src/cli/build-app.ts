/**
 * Builds the app as `npm run build` does, in a process of its own. vite-node, which runs the bench
 * and the export command, sets NODE_ENV to development, and Vite's `build()` called in that process
 * keeps it: the bundle then holds Svelte's development runtime (about 11.5 KB more gzipped, and
 * slower), not what users get. The child gets the environment without NODE_ENV, as a shell running
 * `vite build` has it. Its errors go to stderr, so stdout keeps a command's results.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

export function buildAsUsersGetIt(outDir?: string): void {
  const { NODE_ENV: _dev, ...env } = process.env;
  const where = outDir ? ['--outDir', outDir, '--emptyOutDir'] : [];
  execFileSync(process.execPath, [join('node_modules', 'vite', 'bin', 'vite.js'), 'build', '--logLevel', 'error', ...where], {
    env,
    stdio: ['ignore', 2, 2],
  });
}

// Bundles the Electron side into dist/electron:
//   main.mjs     the main process, ESM (electron-store is ESM-only), with every dependency
//                bundled in; only 'electron' and Node's built-ins stay outside.
//   preload.cjs  the preload, CommonJS in one file: a sandboxed preload cannot load modules and
//                may require nothing but 'electron'. The build fails if it would.
// main.mjs finds preload.cjs beside itself and the renderer in ../renderer (import.meta.url).
import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outdir = join(root, 'dist/electron');

const common = {
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  target: 'node22',
  external: ['electron'],
  logLevel: 'warning',
  legalComments: 'none',
  metafile: true,
};

/** Modules a bundle still loads at run time, other than the ones it may. */
function unexpectedImports(result, allowed) {
  return Object.values(result.metafile.outputs)
    .flatMap((output) => output.imports)
    .filter((i) => i.external && !allowed(i.path))
    .map((i) => i.path);
}

function check(name, result, allowed) {
  const extra = [...new Set(unexpectedImports(result, allowed))];
  if (extra.length > 0) throw new Error(`${name} loads modules it must not: ${extra.join(', ')}`);
}

rmSync(outdir, { recursive: true, force: true });

const main = await build({
  ...common,
  entryPoints: ['electron/main.ts'],
  outfile: join(outdir, 'main.mjs'),
  format: 'esm',
  // Bundled CommonJS dependencies (electron-store's) call require(); give them one.
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
  },
});
check('main.mjs', main, (path) => path === 'electron' || path.startsWith('node:') || !/[/@]/.test(path));

const preload = await build({
  ...common,
  entryPoints: ['electron/preload.ts'],
  outfile: join(outdir, 'preload.cjs'),
  format: 'cjs',
});
check('preload.cjs', preload, (path) => path === 'electron');

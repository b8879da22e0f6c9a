import { defineConfig } from 'vite';

// The benchmark page: the renderer's own data layer, driven from e2e/bench/run.ts. Served on the
// app's origin so it fills the same IndexedDB that the app then opens.
export default defineConfig({
  root: 'e2e/bench/page',
  base: './',
  build: { outDir: '../../../dist/bench', emptyOutDir: true, target: 'chrome130' },
});

import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The renderer is served from app://caseline/ in the app and from a local server in tests;
// relative asset paths work under both.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'chrome130',
    sourcemap: false,
    chunkSizeWarningLimit: 1500,
  },
});

import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

/** Builds the Teams tab (src/tab) into dist/tab; the Node server serves it at `/`. */
export default defineConfig({
  root: 'src/tab',
  publicDir: '../../public',
  plugins: [react()],
  build: {
    outDir: '../../dist/tab',
    emptyOutDir: true,
    sourcemap: true,
  },
});

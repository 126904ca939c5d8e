import { defineConfig, mergeConfig } from 'vite';
import react from '@vitejs/plugin-react';
import base from '../../vite.config.js';

// `npx vite examples/react` from the repository root.
export default mergeConfig(
  base,
  defineConfig({ root: __dirname, plugins: [react()], build: { outDir: 'dist', rollupOptions: { input: {} } } }),
);

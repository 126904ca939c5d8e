import { defineConfig, mergeConfig } from 'vite';
import base from '../../vite.config.js';

// `npx vite examples/vue` from the repository root.
export default mergeConfig(base, defineConfig({ root: __dirname, build: { outDir: 'dist', rollupOptions: { input: {} } } }));

import { defineConfig } from 'vite';

// Serves and builds the reference case workspace (index.html). Packages resolve to their TypeScript sources through
// the private "opencasework:source" export condition, so `npm start` needs no build step. ("development" stays on for
// third-party packages such as Lit, whose development builds warn about mistakes; consumers never see our sources.)
export default defineConfig({
  resolve: { conditions: ['opencasework:source', 'development', 'browser', 'module', 'import', 'default'] },
  oxc: {
    // Lit's legacy decorators, as in tsconfig.json (standard decorators would reach the browser untranslated).
    decorator: { legacy: true },
    assumptions: { setPublicClassFields: true },
    typescript: { removeClassFieldsWithoutInitializer: true },
  },
  build: { target: 'es2022', outDir: 'dist/workspace', emptyOutDir: true, rollupOptions: { input: { main: 'index.html' } } },
  server: { port: 5173, strictPort: false },
  preview: { port: 4173 },
});

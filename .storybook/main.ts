// Storybook 10 for every package: stories in packages/*/stories, docs pages in docs/**/*.mdx.
// Our packages load from src/ (the private `opencasework:source` export condition) with legacy decorators, as in tsconfig.json.
import type { StorybookConfig } from '@storybook/web-components-vite';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mergeConfig } from 'vite';
import { devViteConfig } from '../scripts/build-lib.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

// The Custom Elements Manifests (packages/*/custom-elements.json) are generated, not committed: make them now so a
// clean checkout gets its args tables. preview.ts loads whichever exist, so a failure here only loses the tables.
try {
  const cli = createRequire(import.meta.url).resolve('@custom-elements-manifest/analyzer/cem.js');
  execFileSync(process.execPath, [cli, 'analyze', '--quiet', '--config', 'custom-elements-manifest.config.mjs'], {
    cwd: root,
    stdio: 'pipe',
  });
} catch (err) {
  console.warn(`[storybook] could not generate the custom elements manifests: ${(err as Error).message}`);
}

const hasMdx = (dir: string): boolean =>
  existsSync(dir) && readdirSync(dir, { withFileTypes: true, recursive: true }).some((d) => d.isFile() && d.name.endsWith('.mdx'));

const config: StorybookConfig = {
  stories: ['../packages/*/stories/**/*.stories.ts', ...(hasMdx(join(root, 'docs')) ? ['../docs/**/*.mdx'] : [])],
  framework: { name: '@storybook/web-components-vite', options: {} },
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  async viteFinal(viteConfig) {
    const dev = devViteConfig();
    return mergeConfig(viteConfig, {
      ...dev,
      resolve: { ...dev.resolve, conditions: ['opencasework:source', 'development', 'module', 'browser', 'import', 'default'] },
      build: { target: 'es2022', chunkSizeWarningLimit: 2000 },
    });
  },
};

export default config;

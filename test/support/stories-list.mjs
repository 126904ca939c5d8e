// A virtual module listing every stories file, so the accessibility sweep can import them all without a glob in the browser.
import { readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

function storyFiles() {
  const out = [];
  for (const pkg of readdirSync(join(root, 'packages'))) {
    const dir = join(root, 'packages', pkg, 'stories');
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir, { recursive: true })) {
      if (String(f).endsWith('.stories.ts')) out.push(`/packages/${pkg}/stories/${f}`);
    }
  }
  return out.sort();
}

export function storiesList() {
  return {
    name: 'cw-stories-list',
    serve(context) {
      if (context.path !== '/__stories-list.js') return undefined;
      return { body: `export default ${JSON.stringify(storyFiles())};`, type: 'js' };
    },
  };
}

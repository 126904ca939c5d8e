#!/usr/bin/env node
// Drift test for the generated framework and editor integrations (run after `npm run build`; npm run
// integrations:check). It fails when a property, attribute or event of an element does not reach every one of:
// the React 19 JSX types, the Vue types, the VS Code custom data, the JetBrains web-types (each package's
// dist/integrations) and the React 18 wrappers (packages/react/src/events.generated.ts); when an event a package's
// source emits is missing from its elements' manifest; and when the shipped types do not type-check a React 19 page
// and a React 18 page that use them (typed handlers and allowed values).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from './build-lib.mjs';
import { apiOf, elementsOf, INTEGRATIONS_DIR, PUBLIC_PACKAGES, REACT_EVENTS_FILE, reactEventProp } from './gen-integrations.mjs';

const problems = [];
const fail = (msg) => problems.push(msg);
const read = (file) => (existsSync(file) ? readFileSync(file, 'utf8') : null);
const esc = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const stringLiterals = (text) => {
  const parts = (text ?? '').split('|').map((p) => p.trim());
  return parts.every((p) => /^'[^']*'$/.test(p)) ? parts.map((p) => p.slice(1, -1)) : null;
};

/** Every `emit(target, 'cw-…'` and `new CustomEvent('cw-…'` in a package's source. */
function emittedEvents(dir) {
  const found = new Set();
  const walk = (d) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (p.endsWith('.ts') && !p.endsWith('.d.ts'))
        for (const m of readFileSync(p, 'utf8').matchAll(/(?:emit\([^,()]+,\s*|new CustomEvent(?:<[^>]*>)?\()\s*['"](cw-[a-z-]+)['"]/g))
          found.add(m[1]);
    }
  };
  walk(join(repoRoot, 'packages', dir, 'src'));
  return found;
}

const reactEvents = read(REACT_EVENTS_FILE) ?? '';
let counted = 0;
const declaredAnywhere = new Set();
for (const dir of PUBLIC_PACKAGES) {
  const { elements } = elementsOf(dir);
  const out = join(repoRoot, 'packages', dir, INTEGRATIONS_DIR);
  const jsx = read(join(out, 'jsx.d.ts'));
  const vue = read(join(out, 'vue.d.ts'));
  const vscode = read(join(out, 'vscode.html-custom-data.json'));
  const webTypes = read(join(out, 'web-types.json'));
  if (!jsx || !vue || !vscode || !webTypes || !read(join(out, 'react-jsx.d.ts'))) {
    fail(`packages/${dir}/${INTEGRATIONS_DIR}: missing files (run npm run build)`);
    continue;
  }
  const vsTags = JSON.parse(vscode).tags ?? [];
  const wtElements = JSON.parse(webTypes).contributions?.html?.elements ?? [];
  const pkg = JSON.parse(readFileSync(join(repoRoot, 'packages', dir, 'package.json'), 'utf8'));
  if (pkg['web-types'] !== `./${INTEGRATIONS_DIR}/web-types.json`)
    fail(`${pkg.name}: package.json "web-types" must point at the generated file`);
  for (const sub of ['./react-jsx', './jsx', './vue', './vscode.html-custom-data.json', './web-types.json'])
    if (!pkg.exports?.[sub]) fail(`${pkg.name}: exports has no "${sub}"`);
  if (!pkg.files?.includes('dist')) fail(`${pkg.name}: "files" does not ship dist (the integrations are in it)`);

  const declared = new Set();
  for (const el of elements) {
    const tag = el.tagName;
    const api = apiOf(el);
    const vsTag = vsTags.find((t) => t.name === tag);
    const wt = wtElements.find((e) => e.name === tag);
    if (!vsTag) fail(`${tag}: not in ${dir}'s VS Code custom data`);
    if (!wt) fail(`${tag}: not in ${dir}'s web-types`);
    for (const [file, text] of [
      ['jsx.d.ts', jsx],
      ['vue.d.ts', vue],
    ]) {
      if (!text.includes(`"${tag}":`)) fail(`${tag}: not in ${dir}'s ${file}`);
      const block = text.slice(text.indexOf(`${el.name}Props = {`));
      for (const name of [...api.attributes, ...api.properties])
        if (!new RegExp(`^\\s*"?${esc(name)}"?\\?:`, 'm').test(block)) fail(`${tag}: "${name}" missing from ${dir}'s ${file}`);
      for (const ev of api.events)
        if (!block.includes(`"on${ev.name}"?: (e: CustomEvent<${ev.detail}>) => void;`))
          fail(`${tag}: event ${ev.name} (${ev.detail}) missing from ${dir}'s ${file}`);
    }
    for (const a of el.attributes ?? []) {
      const vsAttr = vsTag?.attributes?.find((x) => x.name === a.name);
      if (vsTag && !vsAttr) fail(`${tag}: attribute ${a.name} missing from the VS Code custom data`);
      const allowed = stringLiterals(a.expandedType?.text ?? a.type?.text);
      if (vsAttr && allowed && JSON.stringify((vsAttr.values ?? []).map((v) => v.name).sort()) !== JSON.stringify([...allowed].sort()))
        fail(`${tag}: VS Code offers ${JSON.stringify(vsAttr.values)} for ${a.name}, not ${allowed.join(', ')}`);
      if (wt && !wt.attributes?.some((x) => x.name === a.name)) fail(`${tag}: attribute ${a.name} missing from the web-types`);
    }
    for (const p of api.properties)
      if (wt && !wt.js?.properties?.some((x) => x.name === p)) fail(`${tag}: property ${p} missing from the web-types`);
    const tagBlock = reactEvents.slice(reactEvents.indexOf(`'${tag}': {`), reactEvents.indexOf('}', reactEvents.indexOf(`'${tag}': {`)));
    if (!reactEvents.includes(`'${tag}': {`)) fail(`${tag}: no React 18 wrapper events (run npm run integrations)`);
    for (const ev of api.events) {
      declared.add(ev.name);
      if (!ev.detail) fail(`${tag}: event ${ev.name} has no detail type in the manifest`);
      if (wt && !wt.js?.events?.some((x) => x.name === ev.name && x.type === ev.detail))
        fail(`${tag}: event ${ev.name} missing from the web-types`);
      if (!tagBlock.includes(`${reactEventProp(ev.name)}: '${ev.name}' as EventName<CustomEvent<${ev.detail}>>`))
        fail(`${tag}: the React 18 wrapper has no ${reactEventProp(ev.name)} for ${ev.name} (run npm run integrations)`);
      counted++;
    }
    counted += api.attributes.length + api.properties.length;
  }
  // An event the source fires but no element declares (@fires) would reach no integration. core's controllers fire
  // on behalf of the components' elements, so core's events may be declared by any of them.
  if (dir !== 'core')
    for (const ev of emittedEvents(dir))
      if (!declared.has(ev)) fail(`${dir}: the source emits ${ev}, which none of its elements' @fires declares`);
  declared.forEach((ev) => declaredAnywhere.add(ev));
}
for (const ev of emittedEvents('core'))
  if (!declaredAnywhere.has(ev)) fail(`core: the source emits ${ev}, which no element's @fires declares`);

// A controller in core that emits on its host (`emit(this.host, 'cw-…'`) makes every element that creates it fire
// that event: the element's class (or the base class it is created in) must declare it.
{
  const coreSrc = join(repoRoot, 'packages/core/src');
  const controllers = new Map(); // 'DocumentController' -> Set of events
  for (const name of readdirSync(coreSrc).filter((f) => f.endsWith('.ts'))) {
    const text = readFileSync(join(coreSrc, name), 'utf8');
    const events = [...text.matchAll(/emit\(this\.host,\s*['"](cw-[a-z-]+)['"]/g)].map((m) => m[1]);
    if (!events.length) continue;
    for (const [, cls] of text.matchAll(/export class (\w+)/g)) controllers.set(cls, new Set(events));
  }
  for (const dir of PUBLIC_PACKAGES) {
    const manifest = JSON.parse(readFileSync(join(repoRoot, 'packages', dir, 'custom-elements.json'), 'utf8'));
    for (const mod of manifest.modules ?? []) {
      const file = join(repoRoot, 'packages', dir, mod.path);
      if (!existsSync(file)) continue;
      const text = readFileSync(file, 'utf8');
      for (const [cls, events] of controllers) {
        if (!new RegExp(`new ${cls}\\b`).test(text)) continue;
        for (const decl of (mod.declarations ?? []).filter((d) => d.kind === 'class'))
          for (const ev of events)
            if (!(decl.events ?? []).some((e) => e.name === ev))
              fail(
                `${decl.name} (packages/${dir}/${mod.path}) creates a ${cls}, which fires ${ev}, but does not declare it (@fires ${ev})`,
              );
      }
    }
  }
}

// The shipped types in use: a React 19 page and a React 18 page, type-checked against the packages as installed.
function typeCheckConsumers() {
  const dir = mkdtempSync(join(tmpdir(), 'cw-integrations-'));
  try {
    const nm = join(dir, 'node_modules');
    mkdirSync(join(nm, '@opencasework'), { recursive: true });
    for (const d of [...PUBLIC_PACKAGES, 'react']) {
      const name = JSON.parse(readFileSync(join(repoRoot, 'packages', d, 'package.json'), 'utf8')).name;
      symlinkSync(join(repoRoot, 'packages', d), join(nm, name), 'dir');
    }
    for (const dep of ['lit', 'lit-html', 'lit-element', '@lit', 'zod', 'idb', 'react', '@types', 'csstype']) {
      const src = join(repoRoot, 'node_modules', dep);
      if (existsSync(src)) symlinkSync(src, join(nm, dep), 'dir');
    }
    writeFileSync(
      join(dir, 'react19.tsx'),
      `import type {} from '@opencasework/chronology/react-jsx';
import type {} from '@opencasework/safety-plan/react-jsx';
import type {} from '@opencasework/blockage-board/react-jsx';
export const ok = (
  <>
    <cw-chronology view="court" audience="redacted" gap-days={90} oncw-view-change={(e) => { const v: 'table' | 'timeline' | 'court' = e.detail.view; return v; }} oncw-filter-change={(e) => e.detail.filters.agencies} />
    <cw-safety-plan oncw-save-state={(e) => { const s: 'saved' | 'unsaved' | 'saving' | 'error' = e.detail.state; return s; }} />
    <cw-blockage-board oncw-conflict={(e) => e.detail.id} />
  </>
);
// @ts-expect-error a view the element does not have
export const badView = <cw-chronology view="grid" />;
// @ts-expect-error the save state detail has no "filters"
export const badDetail = <cw-safety-plan oncw-save-state={(e) => e.detail.filters} />;
`,
    );
    writeFileSync(
      join(dir, 'react18.tsx'),
      `import { Chronology, SafetyPlan, BlockageBoard, Documents, QuickNote } from '@opencasework/react';
export const ok = (
  <>
    <Chronology view="timeline" onCwViewChange={(e) => { const v: 'table' | 'timeline' | 'court' = e.detail.view; return v; }} onCwFilterChange={(e) => e.detail.filters.text} />
    <SafetyPlan onCwSaveState={(e) => e.detail.state} />
    <BlockageBoard onCwConflict={(e) => e.detail.id} />
    <Documents onCwSelect={(e) => e.detail.selection} />
    <QuickNote allowClips maxClipSeconds={30} onCwChange={(e) => e.detail.change} />
  </>
);
// @ts-expect-error a clip's limit is a number of seconds
export const badClip = <QuickNote maxClipSeconds="long" />;
// @ts-expect-error onCwFilterChange receives the event, not a string
export const badHandler = <Chronology onCwFilterChange={(e: string) => e} />;
`,
    );
    const tsconfig = {
      compilerOptions: {
        target: 'ES2022',
        module: 'ESNext',
        moduleResolution: 'Bundler',
        strict: true,
        noEmit: true,
        skipLibCheck: true,
        lib: ['ES2023', 'DOM', 'DOM.Iterable'],
        types: [],
        jsx: 'react-jsx',
      },
    };
    for (const file of ['react19.tsx', 'react18.tsx']) {
      writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ ...tsconfig, files: [file] }));
      try {
        execFileSync(process.execPath, [join(repoRoot, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json'], {
          cwd: dir,
          stdio: 'pipe',
        });
      } catch (err) {
        fail(`${file} (a consumer using the shipped types) does not type-check:\n${err.stdout}${err.stderr}`);
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
typeCheckConsumers();

if (problems.length) {
  console.error(`[integrations] ${problems.length} problem(s):\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
console.log(
  `[integrations] ${counted} attributes, properties and events reach the JSX, Vue, VS Code, JetBrains and React 18 integrations; a React 19 and a React 18 page type-check with them`,
);

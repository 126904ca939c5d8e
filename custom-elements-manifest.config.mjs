// Custom Elements Manifest for every package: `npm run manifest` writes packages/<pkg>/custom-elements.json.
// All packages are analysed in one run (so members inherited from core's CaseElement are resolved), then the
// result is split per package. Private/protected members, `@state`/`@query` fields and `_`/`#` names are dropped:
// the manifest documents the public API only (it feeds Storybook's args tables and IDE tooling).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(fileURLToPath(import.meta.url));
const INTERNAL_DECORATORS = new Set(['state', 'query', 'queryAll', 'queryAsync', 'queryAssignedElements', 'queryAssignedNodes']);
const LIT_STATICS = new Set(['shadowRootOptions', 'styles', 'properties', 'elementStyles', 'elementProperties']);
const PKG_PATH = /^packages\/([^/]+)\/(.*)$/;

/** Drops non-public members and the attributes/events that belong to them. */
function publicApiOnly() {
  const internal = new Map(); // "path#Class" -> Set of member names decorated with @state/@query...
  const key = (path, cls) => `${path}#${cls}`;
  return {
    name: 'cw-public-api-only',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      const names = new Set();
      for (const member of node.members) {
        const decorators = ts.canHaveDecorators?.(member) ? (ts.getDecorators(member) ?? []) : [];
        for (const d of decorators) {
          const expr = ts.isCallExpression(d.expression) ? d.expression.expression : d.expression;
          if (ts.isIdentifier(expr) && INTERNAL_DECORATORS.has(expr.text) && member.name) names.add(member.name.getText());
        }
      }
      internal.set(key(moduleDoc.path, node.name.getText()), names);
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules ?? []) {
        for (const decl of mod.declarations ?? []) {
          if (decl.kind !== 'class' && decl.kind !== 'mixin') continue;
          const hidden = new Set(internal.get(key(mod.path, decl.name)) ?? []);
          // Inherited members keep the privacy/decorators of the class they come from.
          for (const m of decl.members ?? []) {
            const from = m.inheritedFrom;
            if (from?.module) for (const n of internal.get(key(from.module, from.name)) ?? []) if (n === m.name) hidden.add(n);
          }
          // Lit plumbing is not API: static shadowRootOptions (styles/properties are dropped by the analyzer's lit plugin).
          const isPublic = (m) =>
            !hidden.has(m.name) &&
            !(m.static && LIT_STATICS.has(m.name)) &&
            m.privacy !== 'private' &&
            m.privacy !== 'protected' &&
            !String(m.name).startsWith('_') &&
            !String(m.name).startsWith('#');
          const dropped = new Set((decl.members ?? []).filter((m) => !isPublic(m)).map((m) => m.name));
          if (decl.members) decl.members = decl.members.filter(isPublic);
          if (decl.attributes) decl.attributes = decl.attributes.filter((a) => !a.fieldName || !dropped.has(a.fieldName));
        }
      }
    },
  };
}

/**
 * Our elements are registered by `defineElement('cw-x', CwX)` in each package's src/define.ts (index.ts registers
 * nothing), which the analyzer does not recognise: mark those classes as custom elements with their tag names.
 */
function defineElementCalls() {
  const defs = []; // { path, tag, className }
  return {
    name: 'cw-define-element-calls',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isCallExpression(node) || !ts.isIdentifier(node.expression) || node.expression.text !== 'defineElement') return;
      const [tag, ctor] = node.arguments;
      if (tag && ctor && ts.isStringLiteralLike(tag) && ts.isIdentifier(ctor))
        defs.push({ path: moduleDoc.path, tag: tag.text, className: ctor.text });
    },
    packageLinkPhase({ customElementsManifest }) {
      const modules = customElementsManifest.modules ?? [];
      // The analyzer reads `customElements.define(tag, ctor)` inside defineElement() itself as a definition of a
      // tag literally named "tag": drop definitions whose name is not a valid custom element name.
      for (const m of modules) {
        if (m.exports)
          m.exports = m.exports.filter((e) => e.kind !== 'custom-element-definition' || /^[a-z][a-z0-9._]*-[a-z0-9._-]*$/.test(e.name));
      }
      for (const def of defs) {
        const pkgDir = PKG_PATH.exec(def.path)?.[1];
        const candidates = modules.filter((m) => PKG_PATH.exec(m.path)?.[1] === pkgDir);
        const home = candidates.find((m) => m.declarations?.some((d) => d.kind === 'class' && d.name === def.className));
        if (!home) continue;
        const decl = home.declarations.find((d) => d.kind === 'class' && d.name === def.className);
        decl.tagName = def.tag;
        decl.customElement = true;
        const defineModule = modules.find((m) => m.path === def.path);
        if (defineModule) {
          defineModule.exports ??= [];
          if (!defineModule.exports.some((e) => e.kind === 'custom-element-definition' && e.name === def.tag)) {
            defineModule.exports.push({
              kind: 'custom-element-definition',
              name: def.tag,
              declaration: { name: def.className, module: home.path },
            });
          }
        }
      }
    },
  };
}

/**
 * One TypeScript program over every analysed file, so plugins can ask the type checker (the analyzer alone parses
 * each file on its own). Module paths stay relative to the repository, as without it.
 */
let checker;
function overrideModuleCreation({ ts, globs }) {
  const { config } = ts.readConfigFile(join(root, 'tsconfig.json'), ts.sys.readFile);
  const { options } = ts.convertCompilerOptionsFromJson(config.compilerOptions ?? {}, root);
  const program = ts.createProgram(globs, options);
  checker = program.getTypeChecker();
  const wanted = new Set(globs.map((g) => g.replace(/\\/g, '/')));
  const prefix = `${root.replace(/\\/g, '/')}/`;
  const files = [];
  for (const sf of program.getSourceFiles()) {
    // Files reached through an import (core, by the tsconfig paths) come back absolute: name them as the analyzer would.
    const rel = sf.fileName.startsWith(prefix) ? sf.fileName.slice(prefix.length) : sf.fileName;
    if (!wanted.has(rel)) continue;
    sf.fileName = rel;
    files.push(sf);
  }
  return files;
}

/**
 * Every `cw-*` event gets its detail type from core's `CwEventMap` (the one map `emit()` is typed by), so the manifest
 * and what is generated from it (JSX, Vue, IDE data, React wrappers) name `CwChangeDetail` etc. An event an element
 * fires that is not in the map fails the build: it would reach integrators untyped.
 */
function eventDetailTypes() {
  const details = new Map(); // 'cw-change' -> 'CwChangeDetail'
  return {
    name: 'cw-event-detail-types',
    analyzePhase({ ts, node }) {
      if (!ts.isInterfaceDeclaration(node) || node.name.text !== 'CwEventMap') return;
      for (const m of node.members) {
        if (ts.isPropertySignature(m) && m.name && m.type) details.set(m.name.getText().replace(/^['"]|['"]$/g, ''), m.type.getText());
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      const missing = [];
      for (const mod of customElementsManifest.modules ?? []) {
        for (const decl of mod.declarations ?? []) {
          for (const ev of decl.events ?? []) {
            const detail = details.get(ev.name);
            if (detail) ev.type = { text: detail };
            else missing.push(`${decl.name}: ${ev.name}`);
          }
        }
      }
      if (missing.length) throw new Error(`[manifest] events without a detail type in core's CwEventMap: ${missing.join(', ')}`);
    },
  };
}

/**
 * Attribute and property types as their values: `ChronologyView` becomes `'table' | 'timeline' | 'court'`, so editors
 * offer the allowed values (the analyzer writes the alias name, or nothing for an inferred type). Resolved with the
 * type checker, through imports from other packages. A member's TypeScript name stays in `type`; the attribute (an
 * HTML string) gets the resolved union in `type`, and both carry it in `expandedType` (the generators' `typesSrc`).
 */
function resolvedTypes() {
  const resolved = new Map(); // "path#Class#member" -> text
  const key = (path, cls, member) => `${path}#${cls}#${member}`;
  const literalish = (t) => /^(?:'[^']*'|"[^"]*"|-?\d+(?:\.\d+)?|true|false|null|undefined|string|number|boolean)$/.test(t);
  return {
    name: 'cw-resolved-types',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!checker || !ts.isClassDeclaration(node) || !node.name) return;
      for (const member of node.members) {
        if (!ts.isPropertyDeclaration(member) && !ts.isGetAccessorDeclaration(member)) continue;
        if (!member.name || !ts.isIdentifier(member.name)) continue;
        const type = checker.getTypeAtLocation(member);
        const parts = type.isUnion() ? type.types : [type];
        const texts = parts.map((t) =>
          checker.typeToString(t, undefined, ts.TypeFormatFlags.NoTruncation | ts.TypeFormatFlags.UseSingleQuotesForStringLiteralType),
        );
        // Booleans come back as `false | true`: say boolean.
        const merged =
          texts.includes('false') && texts.includes('true') ? [...texts.filter((t) => t !== 'false' && t !== 'true'), 'boolean'] : texts;
        if (merged.every(literalish)) resolved.set(key(moduleDoc.path, node.name.text, member.name.text), merged.join(' | '));
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules ?? []) {
        for (const decl of mod.declarations ?? []) {
          if (decl.kind !== 'class') continue;
          const lookup = (name, from) => resolved.get(key(from?.module ?? mod.path, from?.name ?? decl.name, name));
          for (const m of decl.members ?? []) {
            const text = lookup(m.name, m.inheritedFrom);
            if (!text) continue;
            m.type ??= { text };
            const same = (a, b) => a.split(' | ').sort().join() === b.split(' | ').sort().join();
            if (!same(text, m.type.text)) m.expandedType = { text };
          }
          for (const a of decl.attributes ?? []) {
            const text = a.fieldName && lookup(a.fieldName, a.inheritedFrom);
            if (!text) continue;
            a.expandedType = { text };
            a.type = { text };
          }
        }
      }
    },
  };
}

/** Writes one manifest per package, with paths relative to the package and cross-package references by package name. */
function splitPerPackage() {
  return {
    name: 'cw-split-per-package',
    packageLinkPhase({ customElementsManifest }) {
      const byPkg = new Map();
      const pkgName = (dir) => JSON.parse(readFileSync(join(root, 'packages', dir, 'package.json'), 'utf8')).name;
      const relink = (ref, ownDir) => {
        const m = ref?.module && PKG_PATH.exec(ref.module);
        if (!m) return;
        ref.module = m[2];
        if (m[1] !== ownDir) ref.package = pkgName(m[1]);
      };
      for (const mod of customElementsManifest.modules ?? []) {
        const match = PKG_PATH.exec(mod.path);
        if (!match) continue;
        const [, dir, rest] = match;
        const copy = structuredClone(mod);
        copy.path = rest;
        const walk = (v) => {
          if (!v || typeof v !== 'object') return;
          if (Array.isArray(v)) return v.forEach(walk);
          for (const k of ['inheritedFrom', 'superclass', 'declaration', 'type']) if (v[k] && typeof v[k] === 'object') relink(v[k], dir);
          if (Array.isArray(v.references)) v.references.forEach((r) => relink(r, dir));
          Object.values(v).forEach(walk);
        };
        walk(copy);
        if (!byPkg.has(dir)) byPkg.set(dir, []);
        byPkg.get(dir).push(copy);
      }
      for (const [dir, modules] of byPkg) {
        modules.sort((a, b) => a.path.localeCompare(b.path));
        const out = { schemaVersion: customElementsManifest.schemaVersion, readme: '', modules };
        const file = join(root, 'packages', dir, 'custom-elements.json');
        mkdirSync(dirname(file), { recursive: true });
        writeFileSync(file, JSON.stringify(out, null, 2) + '\n');
      }
      console.log(`[manifest] wrote ${[...byPkg.keys()].map((d) => `packages/${d}/custom-elements.json`).join(', ')}`);
    },
  };
}

export default {
  globs: ['packages/*/src/**/*.ts'],
  exclude: [
    '**/*.test.ts',
    '**/*.stories.ts',
    '**/*.d.ts',
    'packages/workspace/**',
    'packages/react/**',
    'packages/bundle/**',
    'packages/server/**',
    'packages/store-http/**',
  ],
  // The combined manifest is an intermediate: keep it out of the repo.
  outdir: 'node_modules/.cache/custom-elements-manifest',
  litelement: true,
  packagejson: false,
  dependencies: false,
  overrideModuleCreation,
  plugins: [defineElementCalls(), publicApiOnly(), eventDetailTypes(), resolvedTypes(), splitPerPackage()],
};

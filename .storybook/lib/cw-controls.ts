// Storybook controls and "Show code" from the Custom Elements Manifests, for every component and every story:
// - argTypes: every writable property of the story's element gets a control fitting its type (a select of the
//   allowed values for a union such as view: 'table' | 'timeline' | 'court'); read-only ones are shown without one.
//   An attribute row (gap-days) is folded into its property's row (gapDays), so each row has a control.
// - applyArgs: a changed control reaches the element as a property, whatever the story's own render passes.
// - sourceWithData: "Show code" adds how to set the data properties (`bundle`, `board`, `issues`), which are
//   properties, not attributes, so the rendered HTML alone never shows them.
// Pure functions of a manifest (tested in test/storybook-controls.test.ts).

export interface ManifestMember {
  kind: string;
  name: string;
  static?: boolean;
  readonly?: boolean;
  privacy?: string;
  attribute?: string;
  description?: string;
  type?: { text: string };
  expandedType?: { text: string };
}
export interface ManifestDeclaration {
  tagName?: string;
  customElement?: boolean;
  members?: ManifestMember[];
  attributes?: { name: string; fieldName?: string }[];
}
export interface Manifest {
  modules?: { declarations?: ManifestDeclaration[] }[];
}
type ArgType = Record<string, unknown> & { name?: string; control?: unknown; table?: Record<string, unknown> };

/** The element declaration for a tag in any of the manifests. */
export function declarationOf(manifests: Manifest[], tag: string): ManifestDeclaration | undefined {
  for (const m of manifests) for (const mod of m.modules ?? []) for (const d of mod.declarations ?? []) if (d.tagName === tag) return d;
  return undefined;
}

/** The public instance fields of an element. */
export function fieldsOf(decl: ManifestDeclaration): ManifestMember[] {
  return (decl.members ?? []).filter((m) => m.kind === 'field' && !m.static && m.privacy !== 'private' && m.privacy !== 'protected');
}

/** The control a property's type calls for. */
export function controlFor(m: ManifestMember): { control: unknown; options?: string[] } {
  const text = (m.expandedType?.text ?? m.type?.text ?? '').trim();
  const parts = text
    .split('|')
    .map((p) => p.trim())
    .filter((p) => p !== 'undefined' && p !== 'null');
  if (parts.length && parts.every((p) => /^'[^']*'$/.test(p))) {
    const options = parts.map((p) => p.slice(1, -1));
    return { control: options.length <= 4 ? 'inline-radio' : 'select', options };
  }
  if (parts.length === 1 && parts[0] === 'boolean') return { control: 'boolean' };
  if (parts.length === 1 && parts[0] === 'number') return { control: 'number' };
  if (parts.length === 1 && parts[0] === 'string') return { control: 'text' };
  return { control: 'object' };
}

const descriptionOf = (base: ArgType, m: ManifestMember): string =>
  typeof base['description'] === 'string' ? base['description'] : (m.description ?? '');

/** argTypes with a control for every writable property of the element (Storybook argTypesEnhancer). */
export function enhanceArgTypes(argTypes: Record<string, ArgType>, decl: ManifestDeclaration | undefined): Record<string, ArgType> {
  if (!decl) return argTypes;
  const out: Record<string, ArgType> = { ...argTypes };
  for (const m of fieldsOf(decl)) {
    const base: ArgType = out[m.name] ?? { name: m.name, description: m.description ?? '', table: { category: 'properties' } };
    if (m.readonly) {
      out[m.name] = { ...base, control: false, table: { ...base.table, category: 'properties (read-only)' } };
      continue;
    }
    const { control, options } = controlFor(m);
    // A control the story chose itself wins; otherwise the one the type calls for, in the normalised form Storybook
    // uses after its own enhancers ({ type }: enhancers' output is not normalised again).
    const own = argTypes[m.name]?.control;
    out[m.name] = {
      ...base,
      control: own !== undefined && own !== null ? own : { type: control },
      ...(options && !base['options'] ? { options } : {}),
      table: { ...base.table, category: 'properties' },
      ...(m.attribute ? { description: `${descriptionOf(base, m)} (attribute: \`${m.attribute}\`)`.trim() } : {}),
    };
  }
  // The attribute rows whose property has its own row: one row, one control.
  for (const a of decl.attributes ?? [])
    if (a.fieldName && a.fieldName !== a.name && out[a.name]) out[a.name] = { ...out[a.name], table: { disable: true } };
  return out;
}

/** Sets every given arg that is a writable property of the element on it (undefined: left as the story made it). */
export function applyArgs(el: Element, decl: ManifestDeclaration, args: Record<string, unknown>): string[] {
  const applied: string[] = [];
  for (const m of fieldsOf(decl)) {
    if (m.readonly || !(m.name in args) || args[m.name] === undefined) continue;
    const target = el as unknown as Record<string, unknown>;
    if (target[m.name] !== args[m.name]) target[m.name] = args[m.name];
    applied.push(m.name);
  }
  return applied;
}

/** What each data property holds, and how a host sets it. */
const DATA_PROPERTIES: Record<string, string> = {
  bundle: "await (await fetch('/api/cases/123/bundle')).json(); // a case bundle (opencasework/case-bundle@1)",
  board: "await (await fetch('/api/teams/7/board')).json(); // a team board (opencasework/team-board@1)",
  issues: 'parseCaseBundle(input).issues; // import { parseCaseBundle } from "@opencasework/core"',
};

/** "Show code": the rendered HTML, then the script that defines the element and sets its properties. */
export function sourceWithData(
  code: string,
  tag: string,
  pkg: string,
  decl: ManifestDeclaration | undefined,
  args: Record<string, unknown>,
): string {
  // Storybook may hand an already transformed snippet back in: add the script once.
  if (!decl || code.includes('<script type="module">')) return code;
  const fields = fieldsOf(decl).filter((m) => !m.readonly);
  const lines = [`import '${pkg}/define'; // no build step: ${pkg.replace(/^@opencasework\//, '@opencasework/bundle/dist/')}.js`];
  lines.push(`const el = document.querySelector('${tag}');`);
  for (const m of fields) if (DATA_PROPERTIES[m.name]) lines.push(`el.${m.name} = ${DATA_PROPERTIES[m.name]}`);
  // Object-valued args (filters, selection, patternConfig, …) are properties too.
  for (const m of fields) {
    const v = args[m.name];
    if (DATA_PROPERTIES[m.name] || v === undefined || v === null || typeof v !== 'object') continue;
    lines.push(`el.${m.name} = ${JSON.stringify(v)};`);
  }
  return `${code.trim()}\n\n<script type="module">\n${lines.map((l) => `  ${l}`).join('\n')}\n</script>`;
}

// Runs axe-core with the rule tags GOV.UK Frontend tests against (WCAG 2.2 AA plus best practice).
import 'axe-core/axe.min.js';

interface AxeViolation {
  id: string;
  help: string;
  nodes: { target: unknown[] }[];
}
interface AxeResults {
  violations: AxeViolation[];
}
declare global {
  interface Window {
    axe: { run(ctx: Element, opts: object): Promise<AxeResults> };
  }
}

export const GOVUK_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** Rules turned off for every check, each with the reason. */
export const DISABLED_RULES: Record<string, string> = {
  // A story or test fixture renders a fragment, not a page: page-level landmarks and headings are the host's job.
  region: 'fragments are not pages: the host page supplies landmarks',
  'page-has-heading-one': 'fragments are not pages: the host page supplies the h1',
  'landmark-one-main': 'fragments are not pages: the host page supplies main',
};

/** The violations axe finds in `el`, as readable lines ("rule: help (targets)"). */
export async function axeViolations(el: Element, alsoOff: string[] = []): Promise<string[]> {
  const results = await window.axe.run(el, {
    runOnly: { type: 'tag', values: GOVUK_TAGS },
    rules: Object.fromEntries([...Object.keys(DISABLED_RULES), ...alsoOff].map((id) => [id, { enabled: false }])),
  });
  return results.violations.map(
    (v) =>
      `${v.id}: ${v.help} (${v.nodes
        .slice(0, 3)
        .map((n) => JSON.stringify(n.target))
        .join(', ')})`,
  );
}

/**
 * Waits until every Lit element under `root` (through shadow roots) has finished rendering, and nothing in it is
 * `aria-busy` (code loaded on demand, such as the chronology's timeline drawing, shows a busy placeholder first).
 */
export async function settled(root: Element | ShadowRoot | Document): Promise<void> {
  await rendered(root);
  const busy = (node: Element | ShadowRoot | Document): boolean =>
    (node instanceof Element && !!node.shadowRoot && busy(node.shadowRoot)) ||
    Array.from(node.querySelectorAll('*')).some(
      (el) => el.getAttribute('aria-busy') === 'true' || (!!el.shadowRoot && busy(el.shadowRoot)),
    );
  if (!busy(root)) return;
  const until = Date.now() + 10_000;
  while (busy(root)) {
    if (Date.now() > until) throw new Error('settled(): something is still aria-busy after 10 s (code loaded on demand did not arrive)');
    await new Promise((r) => setTimeout(r, 20));
  }
  await rendered(root);
}

async function rendered(root: Element | ShadowRoot | Document): Promise<void> {
  for (let round = 0; round < 5; round++) {
    const pending: Promise<unknown>[] = [];
    const walk = (node: Element | ShadowRoot | Document) => {
      for (const el of Array.from(node.querySelectorAll('*'))) {
        const u = (el as Element & { updateComplete?: Promise<unknown> }).updateComplete;
        if (u) pending.push(u);
        if (el.shadowRoot) walk(el.shadowRoot);
      }
    };
    walk(root);
    await Promise.all(pending);
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  }
}

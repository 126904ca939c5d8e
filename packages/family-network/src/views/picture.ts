/** The ecomap: households, sector headers, a line per involvement and a focusable marker per person. */
import { html, nothing, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import { classMap } from 'lit/directives/class-map.js';
import { repeat } from 'lit/directives/repeat.js';
import { live } from 'lit/directives/live.js';
import { focusPaint, routePath, styleProps, viewBoxAttr, type ViewBox, type ViewBoxHandlers } from '@opencasework/core';
import type { NetworkModel, NetworkNode, RingGroup } from '../network-model.js';
import { OTHER_HOUSEHOLD, type NetworkLayout, type PlacedNode, type PlacedSector } from '../layout.js';
import type { NetworkText } from '../network-text.js';
import { zigzag, zigzagAlong } from '../zigzag.js';
import { routeBetween, routePoints } from '../routes.js';

/** Pointer and wheel handlers for the drawing (ViewBoxController's `handlers`; `clickCapture` listens in the capture phase). */
export type DrawingHandlers = Pick<
  ViewBoxHandlers,
  'pointerdown' | 'pointermove' | 'pointerup' | 'pointercancel' | 'wheel' | 'clickCapture'
>;

export interface PictureContext {
  model: NetworkModel;
  layout: NetworkLayout;
  text: NetworkText;
  viewBox: ViewBox;
  dragging: boolean;
  /** The nodes kept bright; null: none dimmed. */
  highlight: Set<string> | null;
  selectedId: string | null;
  /** The node whose label is drawn in the focus style (it has keyboard focus), or null. */
  focusedId: string | null;
  handlers: DrawingHandlers;
  onKeydown: (e: KeyboardEvent) => void;
  /** A new svg: draw its frame only, to be measured before its content is drawn (core's FirstViewController). */
  pending: boolean;
  onSelect: (n: NetworkNode) => void;
  /** Expands or collapses a sector's group. */
  onToggleGroup: (g: RingGroup) => void;
  /** Groups that may be collapsed (large groups in a large network), with their state; empty: no group bar. */
  groups: { group: RingGroup; count: number; collapsed: boolean }[];
  onAllGroups: (open: boolean) => void;
  /** The true zoom (CSS px per drawing unit), shown so the control tells the truth. */
  scale: number;
  /** A node took focus; `visible` is true when it shows the focus style (keyboard focus, not a click). */
  onNodeFocus: (id: string, visible: boolean) => void;
  onNodeBlur: () => void;
  zoomIn: () => void;
  zoomOut: () => void;
  fit: () => void;
  /** Pans by a fraction of the view (buttons for people who cannot drag, WCAG 2.5.7). */
  pan: (dx: number, dy: number) => void;
}

/** The pan buttons: direction, fraction of the view to move by, and the arrow drawn on the button. */
const PANS = [
  ['left', -1, 0, '←'],
  ['right', 1, 0, '→'],
  ['up', 0, -1, '↑'],
  ['down', 0, 1, '↓'],
] as const;

const focusVisible = (e: Event): boolean => {
  const el = e.currentTarget as Element;
  try {
    return el.matches(':focus-visible');
  } catch {
    return true;
  }
};

/** Titles before a name, which are not its initials ("PC Daniel Hartley" is DH, not PH; "Dr Nia Griffiths" NG). */
const TITLES = new Set(
  'mr mrs ms miss mx dr prof professor pc wpc ps ds dc di dci dsi sgt insp cllr rev revd canon sr sister fr parch'.split(' '),
);

/** Two-letter initials for a marker: the first and last names' first letters, titles left out. */
export function initials(name: string): string {
  const parts = name.split(/\s+/).filter(Boolean);
  while (parts.length > 1 && TITLES.has(parts[0]!.toLocaleLowerCase().replace(/\.$/, ''))) parts.shift();
  const first = parts[0]?.[0] ?? '';
  const last = parts.length > 1 ? (parts[parts.length - 1]![0] ?? '') : '';
  return (first + last).toLocaleUpperCase();
}

export function pictureView(c: PictureContext): TemplateResult {
  const { model, layout, text, viewBox: vb, highlight } = c;
  const { t } = text;
  const pos = new Map(layout.nodes.map((n) => [n.id, n]));
  const nodeOf = new Map<string, NetworkNode>([
    ...model.family.map((f) => [f.id, f] as const),
    ...model.outer.map((o) => [o.id, o] as const),
  ]);
  const sectorOf = new Map(layout.sectors.map((x) => [`group:${x.group}`, x]));
  const membersOf = (gid: string) => model.outer.filter((o) => `group:${o.group}` === gid).map((o) => o.id);
  // A collapsed group is bright when any of its people is.
  const dim = (id: string) => !!highlight && !(sectorOf.has(id) ? membersOf(id).some((m) => highlight.has(m)) : highlight.has(id));
  const centre = () => {
    const h = layout.households.find((x) => x.id === null) ?? layout.households[0];
    return h ? { x: h.x + h.w / 2, y: h.y } : { x: 0, y: 0 };
  };
  // A large network (its groups joined to households) draws single involvements only for what is highlighted.
  const aggregated = c.groups.length > 0;
  const groupOfOuter = new Map(model.outer.map((o) => [o.id, o.group]));
  const drawnPairs = new Set<string>();
  const edges = (c.pending ? [] : model.edges).map((e) => {
    const fromId = e.kind === 'involvement' ? e.professionalId : e.supportId;
    // Someone inside a collapsed group: the line starts at the group's node (once per group and person).
    const a = pos.get(fromId) ?? pos.get(`group:${groupOfOuter.get(fromId)}`);
    const pair = `${a?.id}>${e.personId}`;
    if (a && a.id !== fromId && drawnPairs.has(pair)) return nothing;
    drawnPairs.add(pair);
    const b = e.personId ? pos.get(e.personId) : centre();
    if (!a || !b) return nothing;
    const dimmed = !!highlight && !(highlight.has(fromId) && (!e.personId || highlight.has(e.personId)));
    if (aggregated && (!highlight || dimmed)) return nothing;
    const strength = e.kind === 'involvement' ? (e.strength ?? 'none') : 'moderate';
    const cls = classMap({
      edge: true,
      [strength]: true,
      support: e.kind === 'support',
      ended: e.kind === 'involvement' && e.ended,
      dim: dimmed,
    });
    // Straight where nothing is in the way, else curved round the people it does not connect.
    const route = routeBetween(layout, a.id, e.personId ? (pos.get(e.personId)?.id ?? null) : null, [a.x, a.y], [b.x, b.y]);
    if (strength === 'stressful')
      return svg`<path class=${cls} d=${route.straight ? zigzag(a.x, a.y, b.x, b.y) : zigzagAlong(routePoints(route))}></path>`;
    if (!route.straight) return svg`<path class=${cls} d=${routePath(route)}></path>`;
    return svg`<line class=${cls} x1=${a.x} y1=${a.y} x2=${b.x} y2=${b.y}></line>`;
  });
  const groupLinks = layout.groupLinks.map(
    (l) =>
      svg`<line class=${classMap({ edge: true, 'group-link': true, dim: !!highlight })} data-group-link=${l.groupId} x1=${l.x1} y1=${l.y1} x2=${l.x2} y2=${l.y2}></line>`,
  );
  const h = c.handlers;
  return html`<div class="picture">
    <div class="picture-bar">
      <p class="help" id="map-help">${t('picture.help')}</p>
      <div class="zoom" role="group" aria-label=${t('zoom.label')}>
        <button type="button" class="secondary" data-zoom="in" aria-label=${t('zoom.in')} title=${t('zoom.in')} @click=${c.zoomIn}>+</button>
        <button type="button" class="secondary" data-zoom="out" aria-label=${t('zoom.out')} title=${t('zoom.out')} @click=${c.zoomOut}>−</button>
        <button type="button" class="secondary" data-zoom="fit" @click=${c.fit}>${t('zoom.fit')}</button>
        ${PANS.map(
          ([dir, dx, dy, arrow]) =>
            html`<button type="button" class="secondary pan" data-pan=${dir} aria-label=${t(`pan.${dir}`)} title=${t(`pan.${dir}`)}
              @click=${() => c.pan(dx, dy)}>${arrow}</button>`,
        )}
        <span class="zoom-level" data-zoom-level>${t('zoom.level', { percent: Math.round(c.scale * 100) })}</span>
      </div>
    </div>
    ${groupBar(c)}
    <svg class=${classMap({ map: true, dragging: c.dragging })} part="picture" viewBox=${live(viewBoxAttr(vb))}
      ${styleProps({ '--_drawing-height': `${Math.ceil(layout.bounds.h)}px` })}
      role="group" aria-label=${t('picture.label', {
        people: t('picture.people', { count: model.family.length }),
        professionals: t('picture.professionals', { count: model.outer.filter((o) => o.kind === 'professional').length }),
        supports: t('picture.supports', { count: model.outer.filter((o) => o.kind === 'support').length }),
      })}
      aria-describedby="map-help"
      @keydown=${c.onKeydown} @pointerdown=${h.pointerdown} @pointermove=${h.pointermove} @pointerup=${h.pointerup}
      @pointercancel=${h.pointercancel} @wheel=${h.wheel} @click=${h.clickCapture}>
      ${focusPaint}
      ${
        c.pending
          ? nothing
          : svg`<g aria-hidden="true">
        ${layout.households.map((b) =>
          // People in no current household are grouped under a caption, not in a box: a box says they live together.
          b.id === OTHER_HOUSEHOLD ? nothing : svg`<rect class="household" x=${b.x} y=${b.y} width=${b.w} height=${b.h} rx="8"></rect>`,
        )}
        ${layout.sectors.map(sectorFrame)}
        ${edges}${groupLinks}
        <g class="titles">${layout.households.map((b) =>
          b.title
            ? svg`<text class=${b.id === OTHER_HOUSEHOLD ? 'household-title loose' : 'household-title'}>${b.title.split('\n').map((line, i) => svg`<tspan x=${b.x + 12} y=${b.y + 18 + i * 16}>${line}</tspan>`)}</text>`
            : nothing,
        )}${layout.sectors.map(sectorTitle)}</g>
      </g>
      ${repeat(
        layout.nodes,
        (p) => p.id,
        (p) => (p.kind === 'group' ? groupNodeView(c, p, sectorOf.get(p.id)!, dim(p.id)) : nodeView(c, p, nodeOf.get(p.id)!, dim(p.id))),
      )}
      <g aria-hidden="true" class="texts">${layout.nodes.map((p) => {
        const n = nodeOf.get(p.id) ?? { kind: 'group' as const, name: '+' };
        const lead = n.kind === 'professional' && n.lead;
        return svg`<g class=${classMap({ 'node-text': true, selected: c.selectedId === p.id, dim: dim(p.id), focused: c.focusedId === p.id })}>
          <text class="initials" x=${p.x} y=${p.y}>${n.kind === 'group' ? '+' : lead ? t('lead').slice(0, 1) : n.name === t('placeholder.person') ? '?' : initials(n.name)}</text>
          <text class="label">${p.label.lines.map((line, i) => svg`<tspan class=${i < p.label.nameLines ? 'name' : ''} x=${p.x} y=${p.label.y + 13 + i * 16} text-anchor="middle">${line}</tspan>`)}</text>
        </g>`;
      })}</g>`
      }
    </svg>
  </div>`;
}

/** A sector's frame; its name is drawn at the top (`sectorTitle`), over the lines, so the name stays with its people. */
const sectorFrame = (s: PlacedSector) =>
  svg`<rect class=${classMap({ 'sector-box': true, collapsed: s.collapsed })} x=${s.box.x} y=${s.box.y} width=${s.box.w} height=${s.box.h} rx="6"></rect>`;
const sectorTitle = (s: PlacedSector) => svg`<text class="sector-title" x=${s.x + 4} y=${s.y + 15}>${s.text}</text>`;

/** The buttons that expand and collapse large groups (native buttons, with counts), when there are any. */
function groupBar(c: PictureContext): TemplateResult | typeof nothing {
  if (!c.groups.length) return nothing;
  const { t } = c.text;
  return html`<div class="groups" role="group" aria-label=${t('groups.label')}>
    ${c.groups.map(({ group, count, collapsed }) => {
      const params = { sector: t(`sector.${group}`), count };
      return html`<button type="button" class="secondary" data-group=${group} aria-expanded=${collapsed ? 'false' : 'true'}
        @click=${() => c.onToggleGroup(group)}>${t(collapsed ? 'group.show' : 'group.hide', params)}</button>`;
    })}
    <button type="button" class="link" data-groups="open" @click=${() => c.onAllGroups(true)}>${t('groups.expandAll')}</button>
    <button type="button" class="link" data-groups="close" @click=${() => c.onAllGroups(false)}>${t('groups.collapseAll')}</button>
  </div>`;
}

/** A collapsed group's node: a button that shows its people (Enter, Space or a click). */
function groupNodeView(c: PictureContext, p: PlacedNode, s: PlacedSector, dim: boolean): SVGTemplateResult {
  const { t } = c.text;
  const label = t('group.node', { sector: t(`sector.${s.group}`), count: t('group.count', { count: s.count }) });
  return svg`<g class=${classMap({ node: true, group: true, dim })} data-id=${p.id} data-group=${s.group} role="button" tabindex="-1"
      aria-expanded="false" aria-label=${label} @click=${() => c.onToggleGroup(s.group)}
      @focus=${(e: Event) => c.onNodeFocus(p.id, focusVisible(e))} @blur=${c.onNodeBlur}>
    <circle class="focus-ring" cx=${p.x} cy=${p.y} r=${p.r + 5} fill="none" stroke="none"></circle>
    <circle class="marker" cx=${p.x} cy=${p.y} r=${p.r}></circle>
    <rect class="label-bg" x=${p.label.x} y=${p.label.y} width=${p.label.w} height=${p.label.h} rx="3"></rect>
  </g>`;
}

function nodeView(c: PictureContext, p: PlacedNode, n: NetworkNode, dim: boolean): SVGTemplateResult {
  const lead = n.kind === 'professional' && n.lead;
  const ended = n.kind === 'professional' && n.ended;
  const selected = c.selectedId === p.id;
  const cls = classMap({ node: true, [n.kind]: true, lead, ended, selected, dim });
  const side = p.r * 1.7;
  const marker =
    n.kind === 'support'
      ? svg`<rect class="marker" x=${p.x - side / 2} y=${p.y - side / 2} width=${side} height=${side}></rect>`
      : svg`<circle class="marker" cx=${p.x} cy=${p.y} r=${lead ? p.r - 4 : p.r}></circle>`;
  const ring =
    lead || (n.kind === 'person' && n.isSubject)
      ? svg`<circle class="ring" cx=${p.x} cy=${p.y} r=${lead ? p.r : p.r - 4}></circle>`
      : nothing;
  // Keyed (repeat) and with no tabindex binding: the element's RovingFocusController keeps one node at 0.
  return svg`<g class=${cls} data-id=${p.id} role="button" tabindex="-1" aria-pressed=${selected ? 'true' : 'false'}
      aria-label=${c.text.accessibleName(n, c.model)}
      @click=${() => c.onSelect(n)} @focus=${(e: Event) => c.onNodeFocus(p.id, focusVisible(e))} @blur=${c.onNodeBlur}>
    <circle class="focus-ring" cx=${p.x} cy=${p.y} r=${p.r + 5} fill="none" stroke="none"></circle>
    ${marker}${ring}
    <rect class="label-bg" x=${p.label.x} y=${p.label.y} width=${p.label.w} height=${p.label.h} rx="3"></rect>
  </g>`;
}

import { html, nothing, type TemplateResult } from 'lit';
import type { AgreedVersion, PlanDiff, RecordedChange } from '../version-diff.js';
import { fieldKey } from '../plan-model.js';
import type { PlanViewContext } from './context.js';
import { sectionName } from './common.js';

export type VersionsContext = Pick<PlanViewContext, 't' | 'date' | 'names'>;

/**
 * Versions: what changed since the last agreed version (`diff`, undefined when never agreed), and the agreed versions.
 * `dayOf` turns an agreement's instant into the day it happened in the case's time zone.
 */
export function versionsView(
  ctx: VersionsContext,
  last: AgreedVersion | undefined,
  diff: PlanDiff | undefined,
  versions: readonly AgreedVersion[],
  dayOf: (instant: string) => string,
  history: { changes: readonly RecordedChange[]; unrecorded?: number } = { changes: [] },
): TemplateResult {
  return html`<section part="versions" class="versions" aria-labelledby="versions-h">
    <h2 id="versions-h">${ctx.t('versions.heading')}</h2>
    ${history.unrecorded !== undefined ? html`<p class="no-record">${ctx.t('versions.noRecord', { version: history.unrecorded })}</p>` : nothing}
    ${
      !last || !diff
        ? history.unrecorded === undefined
          ? html`<p>${ctx.t('versions.never')}</p>`
          : nothing
        : html`<h3>${ctx.t('versions.since', { version: last.version })}</h3>${diff.empty ? html`<p class="no-changes">${ctx.t('versions.noChanges')}</p>` : diffView(ctx, diff)}`
    }
    ${
      last && history.changes.length
        ? html`<h3>${ctx.t('versions.events', { version: last.version })}</h3><ul class="recorded">${history.changes.map(
            (c) =>
              html`<li data-id=${c.id}>${ctx.t('versions.event', { date: ctx.date(dayOf(c.at)), who: ctx.names.name(c.actor) || ctx.t('versions.unknown'), summary: summary(ctx, c) })}</li>`,
          )}</ul>`
        : nothing
    }
    ${
      versions.length
        ? html`<h3>${ctx.t('versions.list')}</h3><ol class="version-list">${versions.map(
            (v) => html`<li>
      ${ctx.t('versions.item', { version: v.version, date: ctx.date(dayOf(v.agreedAt)), who: ctx.names.name(v.agreedBy) || ctx.t('versions.unknown') })}</li>`,
          )}</ol>`
        : nothing
    }
  </section>`;
}

/** "4 new ratings, 1 next step done" for one recorded change. */
function summary(ctx: Pick<PlanViewContext, 't'>, c: RecordedChange): string {
  const parts = [
    c.newRatings ? ctx.t('versions.newRatings', { count: c.newRatings }) : '',
    c.stepsDone ? ctx.t('versions.stepsDone', { count: c.stepsDone }) : '',
    c.stepsChanged ? ctx.t('versions.stepsChanged', { count: c.stepsChanged }) : '',
    c.statementsChanged ? ctx.t('versions.statementsChanged', { count: c.statementsChanged }) : '',
    c.otherChanged ? ctx.t('versions.otherChanged') : '',
  ].filter(Boolean);
  return parts.length ? parts.join(', ') : ctx.t('versions.noContent');
}

/** What changed, as a list: statements, ratings, steps, network, review date, consent. */
export function diffView(ctx: VersionsContext, d: PlanDiff): TemplateResult {
  const { names } = ctx;
  const item = (kind: 'added' | 'removed' | 'edited', body: TemplateResult) => html`<li class="diff-${kind}">${body}</li>`;
  const items: TemplateResult[] = [];
  for (const c of d.statements) {
    const section = sectionName(ctx, c.section);
    if (c.kind === 'added') items.push(item('added', html`<strong>${ctx.t('diff.added')}</strong> ${section}: <q>${c.after.text}</q>`));
    else if (c.kind === 'removed')
      items.push(item('removed', html`<strong>${ctx.t('diff.removed')}</strong> ${section}: <q><del>${c.before.text}</del></q>`));
    else {
      const others = c.fields.filter((f) => f !== 'text' && f !== 'section');
      items.push(
        item(
          'edited',
          html`<strong>${ctx.t('diff.edited')}</strong> ${section}:
        ${c.fields.includes('text') ? html`<q><del>${c.before.text}</del></q> → <q><ins>${c.after.text}</ins></q>` : html`<q>${c.after.text}</q>`}
        ${c.fromSection ? html` (${ctx.t('diff.movedFrom', { section: sectionName(ctx, c.fromSection) })})` : nothing}
        ${others.length ? html` (${ctx.t('diff.fields', { fields: others.map((f) => ctx.t(fieldKey(f))).join(', ') })})` : nothing}`,
        ),
      );
    }
  }
  for (const c of d.scores) {
    if (c.kind === 'added')
      items.push(
        item(
          'added',
          html`<strong>${ctx.t('diff.scoreAdded')}</strong> ${names.name(c.after.by)}: ${c.after.score} (${ctx.date(c.after.at)})`,
        ),
      );
    else if (c.kind === 'removed')
      items.push(
        item(
          'removed',
          html`<strong>${ctx.t('diff.scoreRemoved')}</strong> ${names.name(c.before.by)}: ${c.before.score} (${ctx.date(c.before.at)})`,
        ),
      );
    else
      items.push(
        item(
          'edited',
          html`<strong>${ctx.t('diff.scoreChanged')}</strong> ${names.name(c.after.by)}: ${c.before.score} → ${c.after.score} (${ctx.date(c.after.at)})`,
        ),
      );
  }
  for (const c of d.steps) {
    if (c.kind === 'added') items.push(item('added', html`<strong>${ctx.t('diff.stepAdded')}</strong> <q>${c.after.text}</q>`));
    else if (c.kind === 'removed')
      items.push(item('removed', html`<strong>${ctx.t('diff.stepRemoved')}</strong> <q><del>${c.before.text}</del></q>`));
    else
      items.push(
        item(
          'edited',
          html`<strong>${ctx.t('diff.stepEdited')}</strong> <q>${c.after.text}</q>${c.fields.includes('status') ? html` (${ctx.t(`status.${c.before.status}`)} → ${ctx.t(`status.${c.after.status}`)})` : nothing}`,
        ),
      );
  }
  for (const id of d.network.added) items.push(item('added', html`<strong>${ctx.t('diff.networkAdded')}</strong> ${names.name(id)}`));
  for (const id of d.network.removed) items.push(item('removed', html`<strong>${ctx.t('diff.networkRemoved')}</strong> ${names.name(id)}`));
  for (const id of d.network.roleChanged) items.push(item('edited', html`<strong>${ctx.t('diff.roleChanged')}</strong> ${names.name(id)}`));
  if (d.reviewDateChanged) items.push(item('edited', html`${ctx.t('diff.reviewDate')}`));
  if (d.consentChanged) items.push(item('edited', html`${ctx.t('diff.consent')}`));
  return html`<ul class="diff">${items}</ul>`;
}

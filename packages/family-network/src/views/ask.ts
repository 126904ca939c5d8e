/** The four questions ("Ask the network") and the answer to the last one asked. */
import { html, nothing, type TemplateResult } from 'lit';
import type { CaseBundle } from '@opencasework/core';
import type { NetworkModel } from '../network-model.js';
import type { NetworkText } from '../network-text.js';
import type { Answer } from '../network-view.js';
import { networkGaps, notInContactFor, universalServicePrompts, whoIsLead, whoWorksWith } from '../questions.js';

export interface AskContext {
  model: NetworkModel;
  bundle: CaseBundle;
  text: NetworkText;
  answer: Answer | null;
  /** The family member selected (the "who works with" answer), or ''. */
  personId: string;
  /** Something is selected or answered: offer to clear it. */
  clearable: boolean;
  contactWeeks: number;
  onWorksWith: (personId: string) => void;
  onLead: () => void;
  onStale: (weeks: number) => void;
  onUniversal: () => void;
  onClear: () => void;
}

export function askView(c: AskContext): TemplateResult {
  const { t } = c.text;
  const stale = (e: Event) => {
    const input = (e.target as HTMLElement).closest('.row')?.querySelector<HTMLInputElement>('#weeks');
    c.onStale(Math.max(0, Math.floor(Number(input?.value ?? c.contactWeeks)) || 0));
  };
  return html`<section class="ask" aria-labelledby="ask-h">
    <h3 id="ask-h">${t('ask.heading')}</h3>
    <div class="row">
      <div class="field"><label for="works-with">${t('ask.worksWith')}</label>
        <select id="works-with" @change=${(e: Event) => {
          const id = (e.target as HTMLSelectElement).value;
          if (id) c.onWorksWith(id);
        }}>
          <option value="" ?selected=${!c.personId}>${t('ask.choosePerson')}</option>
          ${c.model.family.map((f) => html`<option value=${f.id} ?selected=${c.personId === f.id}>${f.name}</option>`)}
        </select></div>
      <button type="button" class="secondary" data-ask="lead" @click=${c.onLead}>${t('ask.lead')}</button>
      <div class="field"><label for="weeks">${t('ask.weeks')}</label>
        <input id="weeks" type="number" min="0" max="520" inputmode="numeric" .value=${String(c.contactWeeks)}
          @keydown=${(e: KeyboardEvent) => {
            if (e.key === 'Enter') stale(e);
          }}></div>
      <button type="button" class="secondary" data-ask="stale" @click=${stale}>${t('ask.find')}</button>
      <button type="button" class="secondary" data-ask="universal" @click=${c.onUniversal}>${t('ask.universal')}</button>
      ${c.clearable ? html`<button type="button" class="link" data-ask="clear" @click=${c.onClear}>${t('ask.clear')}</button>` : nothing}
    </div>
    <div class="answer" part="answer">${answerView(c)}</div>
  </section>`;
}

type AnswerContext = Pick<AskContext, 'model' | 'bundle' | 'text' | 'answer' | 'personId'>;

/** The answer's first sentence: shown at the top of the answer and announced when a question is asked. */
export function answerSummary(c: AnswerContext): string {
  const { model, text } = c;
  const { t } = text;
  if (c.answer?.kind === 'lead') {
    const lead = whoIsLead(model);
    // A lead for one child is not a lead for all: say which children have none.
    const none = lead ? networkGaps(model).noLead.map((id) => t('gap.noLead', { name: text.nameOf(model, id) })) : [];
    return [lead ? `${t('answer.lead', { name: lead.name })} ${text.roleAndAgency(lead)}` : t('answer.noLead'), ...none].join(' ');
  }
  if (c.answer?.kind === 'stale') {
    const count = notInContactFor(model, c.answer.weeks).stale.length;
    const weeks = t('weeks', { count: c.answer.weeks });
    return count ? t('answer.stale', { count, weeks }) : t('answer.staleNone', { weeks });
  }
  if (c.answer?.kind === 'universal') {
    const g = networkGaps(model);
    const count = g.noProfessional.length + g.noLead.length + universalServicePrompts(c.bundle, model).length;
    return count ? t('answer.gaps', { count }) : t('answer.gapsNone');
  }
  if (c.personId) {
    const w = whoWorksWith(model, c.personId);
    const count = w.professionals.length + w.supports.length;
    const name = text.nameOf(model, c.personId);
    return count ? t('answer.worksWith', { count, name }) : t('answer.worksWithNone', { name });
  }
  return '';
}

/** The answer, in a box; nothing when no question is answered. */
export function answerView(c: AnswerContext): TemplateResult | typeof nothing {
  const { model, text } = c;
  const { t } = text;
  const summary = answerSummary(c);
  if (!summary) return nothing;
  let list: TemplateResult | typeof nothing = nothing;
  if (c.answer?.kind === 'stale') {
    const r = notInContactFor(model, c.answer.weeks);
    list = html`${r.stale.length ? html`<ul>${r.stale.map((s) => html`<li>${t('answer.staleItem', { name: text.nameOf(model, s.professionalId), date: text.date(s.lastContact), ago: t('weeksAgo', { count: s.weeks }) })}</li>`)}</ul>` : nothing}
      ${r.noDate.length ? html`<ul>${r.noDate.map((id) => html`<li>${t('answer.noDate', { name: text.nameOf(model, id) })}</li>`)}</ul>` : nothing}`;
  } else if (c.answer?.kind === 'universal') {
    const g = networkGaps(model);
    const named = (id: string) => {
      const f = model.family.find((x) => x.id === id)!;
      const why = text.why(f, model);
      return why.length ? t('gap.noProfessional', { name: f.name, why: why.join('; ') }) : t('gap.noProfessionalPlain', { name: f.name });
    };
    const prompts = universalServicePrompts(c.bundle, model);
    const people = [...g.noLead.map((id) => t('gap.noLead', { name: text.nameOf(model, id) })), ...g.noProfessional.map(named)];
    list = html`${people.length ? html`<ul class="gaps">${people.map((x) => html`<li>${x}</li>`)}</ul>` : nothing}
    ${prompts.length ? html`<p>${t('answer.universal')}</p>` : nothing}${
      prompts.length
        ? html`<ul>${prompts.map(
            (p) =>
              html`<li>${
                p.age === null
                  ? t('answer.universalNoDob', { name: p.name })
                  : t('answer.universalItem', {
                      name: p.name,
                      age: p.age,
                      services: p.notRecorded.map((s) => t(`service.${s}`)).join(` ${t('or')} `),
                    })
              }</li>`,
          )}</ul>`
        : nothing
    }`;
  } else if (!c.answer && c.personId) {
    const w = whoWorksWith(model, c.personId);
    const ids = [...w.professionals, ...w.supports];
    list = ids.length
      ? html`<ul>${ids.map((id) => {
          const n = model.outer.find((o) => o.id === id)!;
          return html`<li>${n.name}: ${text.roleAndAgency(n)}</li>`;
        })}</ul>`
      : nothing;
  }
  return html`<div class="box"><p>${summary}</p>${list}</div>`;
}

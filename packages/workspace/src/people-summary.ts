import { html, css, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import {
  CaseElement,
  LocalizeController,
  ageAt,
  baseStyles,
  defineElement,
  formatList,
  memo,
  type CaseBundle,
  type Person,
} from '@opencasework/core';
import type { FamilyWords } from './components.js';
import { workspaceMessages } from './messages/index.js';

const nameOf = (p: Person) => [p.preferredName ?? p.givenName, p.familyName].filter(Boolean).join(' ') || p.id;

/**
 * What each person is to the children of the case: for each person, their relation to each child, children with the
 * same relation together, keyed by the relation and, for one that has ended, when ({ 'mother|': ['c1', 'c2'],
 * 'step-father|2023-05': ['c1'] }). Pure; the genogram's kinship rules decide the relations.
 */
export function rolesOf(bundle: CaseBundle, family: FamilyWords, today: string): Map<string, Map<string, string[]>> {
  const out = new Map<string, Map<string, string[]>>();
  for (const child of bundle.case.subjectIds ?? []) {
    for (const k of family.kinshipOf(bundle, child, { today })) {
      let byRelation = out.get(k.personId);
      if (!byRelation) out.set(k.personId, (byRelation = new Map<string, string[]>()));
      const key = `${k.relation}|${k.until ?? ''}`;
      const list = byRelation.get(key);
      if (list) list.push(child);
      else byRelation.set(key, [child]);
    }
  }
  return out;
}

/**
 * The workspace's list of the case's people; selecting one selects them in every linked component. Each person's role
 * is what they are to the children ("Tyler Evans's grandmother", in the genogram's words, when its package is built);
 * someone who has died says so, with the date, where their age would be.
 * @tag ws-people-summary
 */
export class WsPeopleSummary extends CaseElement {
  static override styles = [
    ...baseStyles,
    css`
    :host { display: block; }
    tr.selected td { background: #fff7bf; }
    button.link { text-align: left; }
    /* A name is a button (its padding sat it 3 px below the age and role beside it): the first lines share a baseline. */
    td { vertical-align: baseline; }
  `,
  ];

  /** Today (YYYY-MM-DD) for ages; empty: the real today (the workspace passes its own, as the summary uses). */
  @property() today = '';

  /** The genogram's kinship and words (the workspace loads them with the parts); null: roles other than the children's are not named. */
  @property({ attribute: false }) family: FamilyWords | null = null;

  private readonly i18n = new LocalizeController(this, workspaceMessages);
  private kinWords: LocalizeController<string> | null = null;
  private readonly roles = memo(rolesOf);

  override willUpdate(): void {
    // The genogram's catalogue, once its package has loaded: it loads its Welsh when the page is in Welsh.
    if (this.family && this.kinWords?.catalogue !== this.family.messages) {
      if (this.kinWords) {
        this.kinWords.hostDisconnected();
        this.removeController(this.kinWords);
      }
      this.kinWords = new LocalizeController(this, this.family.messages);
    }
  }

  private roleText(p: Person, subjects: Set<string>, names: Map<string, string>, roles: Map<string, Map<string, string[]>> | null): string {
    if (subjects.has(p.id)) return this.i18n.t('subject');
    const kin = this.kinWords;
    const mine = roles?.get(p.id);
    if (!kin || !mine) return '';
    return [...mine]
      .map(([key, children]) => {
        const [relation, until] = key.split('|');
        const text = kin.t('a11y.kinOf', {
          name: formatList(
            children.map((c) => names.get(c) ?? c),
            kin.locale,
          ),
          relation: kin.t(`kin.${relation}`, { gender: p.gender ?? '' }),
        });
        // An ended relation says so after it ("Tyler's stepfather (until May 2023)", "Llystad Tyler (tan Mai 2023)"),
        // as the genogram's text does: inside it, Welsh read "Llystad (tan 6 Mai 2023) Tyler".
        return until ? kin.t('relative.until', { text, date: this.i18n.date(until) }) : text;
      })
      .join('; ')
      .replace(/^\p{Ll}/u, (c) => c.toLocaleUpperCase(kin.locale));
  }

  /** What a person is to the children, whom they support, and else how they join the family. */
  private rolesCell(
    p: Person,
    subjects: Set<string>,
    names: Map<string, string>,
    roles: Map<string, Map<string, string[]>> | null,
    today: string,
  ): string {
    const own = [this.roleText(p, subjects, names, roles), ...this.supportText(p.id)].filter(Boolean);
    if (own.length || !roles) return own.join('; ');
    return this.linkText(p, (id) => subjects.has(id) || roles.has(id), today).join('; ');
  }

  /** Whom a person supports, as the family's informal supports are recorded ("Informal support to Tyler Evans: football coach"; a label in brackets of its own stays readable). */
  private supportText(id: string): string[] {
    const { people = [], relationships = [] } = this.caseData.bundle;
    return relationships.flatMap((r) => {
      if (r.kind !== 'support' || r.a !== id) return [];
      const to = people.find((p) => p.id === r.b);
      return [this.i18n.t('supportOf', { name: to ? nameOf(to) : r.b, label: r.label ?? '' })];
    });
  }

  /**
   * For someone the kinship rules place nowhere (a grandfather's wife, an aunt's partner, a half-brother's mother): how
   * they join the family as recorded ("Partner of Siân Hughes", "Mother of Lily Evans and Finley Evans"), naming only
   * people the list places, whose own rows say who they are.
   */
  private linkText(p: Person, placed: (id: string) => boolean, today: string): string[] {
    const { people = [], relationships = [] } = this.caseData.bundle;
    const name = (id: string) => {
      const q = people.find((x) => x.id === id);
      return q ? nameOf(q) : id;
    };
    const out: string[] = [];
    for (const r of relationships) {
      if (r.kind !== 'partner' || (r.a !== p.id && r.b !== p.id)) continue;
      const other = r.a === p.id ? r.b : r.a;
      if (!placed(other)) continue;
      const ended = r.status === 'separated' || r.status === 'divorced' || (!!r.to && r.to <= today);
      out.push(this.i18n.t(ended ? 'formerPartnerOf' : 'partnerOf', { name: name(other) }));
    }
    for (const adoptive of [false, true]) {
      const kids = relationships.filter(
        (r): r is Extract<(typeof relationships)[number], { kind: 'parent' }> =>
          r.kind === 'parent' &&
          r.parentId === p.id &&
          placed(r.childId) &&
          (adoptive ? r.type === 'adoptive' : r.type === 'biological' || r.type === 'legal' || r.type === 'unknown'),
      );
      if (kids.length)
        out.push(
          this.i18n.t('parentOf', {
            names: formatList(
              kids.map((r) => name(r.childId)),
              this.i18n.locale,
            ),
            gender: p.gender ?? '',
            adoptive: adoptive ? 'yes' : '',
          }),
        );
    }
    return out;
  }

  private ageText(p: Person, today: string): string {
    if (p.deceased || p.dateOfDeath)
      return p.dateOfDeath ? this.i18n.t('died', { date: this.i18n.date(p.dateOfDeath) }) : this.i18n.t('deceased');
    return p.dateOfBirth ? this.i18n.age(ageAt(p.dateOfBirth, today)) : '';
  }

  override render() {
    const { bundle } = this.caseData;
    const subjects = new Set(bundle.case.subjectIds ?? []);
    const people = (bundle.people ?? []).filter((p) => !p.pregnancy);
    const sel = this.currentSelection;
    const selected = new Set(sel?.kind === 'person' ? [sel.id] : (sel?.related ?? []));
    const today = this.today || this.currentDay();
    const ordered = [...people].sort((a, b) => Number(subjects.has(b.id)) - Number(subjects.has(a.id)));
    // The children by their first names where no two share one ("Tyler, Ruby and Megan's grandmother").
    const children = people.filter((p) => subjects.has(p.id));
    const first = (p: Person) => p.preferredName ?? p.givenName ?? '';
    const names = new Map(
      children.map((p) => [p.id, first(p) && children.filter((c) => first(c) === first(p)).length === 1 ? first(p) : nameOf(p)]),
    );
    const roles = this.family ? this.roles(bundle, this.family, today) : null;
    return html`
      <table>
        <caption class="cw-visually-hidden">${this.i18n.t('people')}</caption>
        <thead><tr><th scope="col">${this.i18n.t('name')}</th><th scope="col">${this.i18n.t('age')}</th><th scope="col">${this.i18n.t('role')}</th></tr></thead>
        <tbody>
          ${ordered.map(
            (p) => html`
            <tr class=${selected.has(p.id) ? 'selected' : ''}>
              <td><button type="button" class="link" aria-pressed=${selected.has(p.id) ? 'true' : 'false'}
                @click=${() => this.select(selected.has(p.id) ? null : { kind: 'person', id: p.id })}>${nameOf(p)}</button></td>
              <td>${this.ageText(p, today) || nothing}</td>
              <td>${this.rolesCell(p, subjects, names, roles, today) || nothing}</td>
            </tr>`,
          )}
        </tbody>
      </table>`;
  }
}
defineElement('ws-people-summary', WsPeopleSummary);

/**
 * The words the views put on the network: names, roles, ages, consent and the accessible name of each node.
 * Pure: built from a localiser (the element's LocalizeController), no DOM, so the views and the layout share one
 * wording and a test can call it alone.
 */
import { ageAt, type Age, type Consent, type Params } from '@opencasework/core';
import type { NetworkKey } from './messages/index.js';
import { neighboursOf, type FamilyNode, type NetworkModel, type NetworkNode, type OuterNode } from './network-model.js';
import type { PersonInvolvement } from './contacts.js';

/** What the text helpers need from a localiser (LocalizeController satisfies it). */
export interface Localiser {
  t: (key: NetworkKey, params?: Params) => string;
  date: (date: string) => string;
  age: (age: Age | null) => string;
}

export interface NetworkText {
  t: (key: NetworkKey, params?: Params) => string;
  /** A partial date, or '' when there is none. */
  date: (date: string | null | undefined) => string;
  /** "A, B and C" in the language in use. */
  list: (names: string[]) => string;
  age: (f: FamilyNode, today: string) => string;
  consent: (c: Consent | null) => string;
  role: (n: OuterNode) => string;
  agency: (n: OuterNode) => string;
  /** "Role, Agency" (either may be withheld or absent). */
  roleAndAgency: (n: OuterNode) => string;
  nameOf: (model: NetworkModel, id: string) => string;
  /** The label lines the layout measures and the picture draws. */
  lines: (n: NetworkNode, model: NetworkModel) => string[];
  accessibleName: (n: NetworkNode, model: NetworkModel) => string;
  /** One involvement as "lead; strength; consent; purpose; dates" for the lists. */
  facts: (i: PersonInvolvement) => string;
  /** Why the case names a family member: "father of Tyler and Ruby", "named in a danger statement"... */
  why: (f: FamilyNode, model: NetworkModel) => string[];
  /** The short relation drawn under a parent's or partner's name ("father", "partner of Kayleigh Hughes"), or ''. */
  relation: (f: FamilyNode, model: NetworkModel) => string;
}

export function networkText(l: Localiser): NetworkText {
  const t = (key: NetworkKey, params?: Params) => l.t(key, params);
  const text: NetworkText = {
    t,
    date: (date) => (date ? l.date(date) : ''),
    list: (names) => (names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} ${t('list.and')} ${names[names.length - 1]}`),
    age(f, today) {
      if (!f.dateOfBirth || f.deceased) return '';
      const age = ageAt(f.dateOfBirth, today);
      return age ? t('age', { age: l.age(age) }) : '';
    },
    consent: (c) => t(c ? `consent.${c}` : 'consent.none'),
    role: (n) => (n.kind === 'support' ? (n.label ?? t('informalSupport')) : (n.role ?? t('roleWithheld'))),
    agency: (n) => (n.kind === 'support' ? '' : n.withheld ? t('agencyWithheld') : (n.agencyName ?? '')),
    roleAndAgency: (n) => [text.role(n), text.agency(n)].filter(Boolean).join(', '),
    nameOf: (model, id) => model.family.find((f) => f.id === id)?.name ?? model.outer.find((o) => o.id === id)?.name ?? id,
    lines(n, model) {
      if (n.kind === 'person') return [n.name, [text.age(n, model.today), text.relation(n, model)].filter(Boolean).join(', ')];
      if (n.kind === 'support') return [n.name, n.label ?? t('informalSupport')];
      const consents = new Set(model.edges.flatMap((e) => (e.kind === 'involvement' && e.professionalId === n.id ? [e.consent] : [])));
      const consent = consents.size === 1 ? text.consent([...consents][0]!) : t('consent.mixed');
      const third = [n.lead ? t('lead') : '', n.ended ? t('ended') : '', consent].filter(Boolean).join(' · ');
      return [n.name, text.roleAndAgency(n), third];
    },
    accessibleName(n, model) {
      const linked = [...neighboursOf(model, n.id)].map((id) => text.nameOf(model, id));
      if (n.kind === 'person') {
        return [
          n.name,
          n.isSubject ? t('subject') : t('familyMember'),
          text.age(n, model.today),
          n.confidentialAddress ? t('addressConfidential') : '',
          ...text.why(n, model),
          linked.length ? t('node.linkedTo', { names: text.list(linked) }) : '',
        ]
          .filter(Boolean)
          .join(', ');
      }
      if (n.kind === 'support') {
        return [n.name, n.label ?? t('informalSupport'), t('node.linkedTo', { names: text.list(linked) })].filter(Boolean).join(', ');
      }
      const whole = model.edges.some((e) => e.kind === 'involvement' && e.professionalId === n.id && e.personId === null);
      return [
        n.name,
        text.role(n),
        text.agency(n),
        n.lead ? t('leadProfessional') : '',
        n.ended ? t('ended') : '',
        t('node.worksWith', { names: text.list(whole ? [t('wholeFamily'), ...linked] : linked) || t('nobody') }),
      ]
        .filter(Boolean)
        .join(', ');
    },
    facts(i) {
      if (i.kind === 'support') return i.label ?? t('informalSupport');
      return [
        i.lead ? t('leadProfessional') : '',
        t(i.strength ? `strength.${i.strength}` : 'strength.none'),
        text.consent(i.consent),
        i.purpose ?? '',
        i.from ? t('since', { date: l.date(i.from) }) : '',
        i.to ? t('until', { date: l.date(i.to) }) : '',
        i.lastContact ? t('lastContact', { date: l.date(i.lastContact) }) : '',
        i.ended ? t('ended') : '',
      ]
        .filter(Boolean)
        .join('; ');
    },
    why(f, model) {
      return f.named.map((r) => {
        if (r.kind === 'parent') {
          const names = text.list(r.childIds.map((id) => text.nameOf(model, id)));
          const key = r.carer ? 'why.carer' : r.gender === 'female' ? 'why.mother' : r.gender === 'male' ? 'why.father' : 'why.parent';
          return t(key, { names });
        }
        if (r.kind === 'partner') return t('why.partner', { name: text.nameOf(model, r.ofId) });
        return t(
          r.kind === 'danger'
            ? 'why.danger'
            : r.kind === 'danger-view'
              ? 'why.dangerView'
              : r.kind === 'step'
                ? 'why.step'
                : 'why.planNetwork',
        );
      });
    },
    relation(f, model) {
      const parent = f.named.find((r) => r.kind === 'parent');
      if (parent?.kind === 'parent')
        return t(
          parent.carer ? 'rel.carer' : parent.gender === 'female' ? 'rel.mother' : parent.gender === 'male' ? 'rel.father' : 'rel.parent',
        );
      const partner = f.named.find((r) => r.kind === 'partner');
      return partner?.kind === 'partner' ? t('rel.partner', { name: text.nameOf(model, partner.ofId) }) : '';
    },
  };
  return text;
}

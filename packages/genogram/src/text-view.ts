/**
 * The accessible equivalent of the drawing, generated from the same graph: a sentence about each index child
 * ("Jay Smith, 11, lives with mother Kelly Smith and her partner Dan Brown, sister Mia Smith; father Lee Jones,
 * separated 2019") and a short structured account of every person. Pure: words come from the `t` function.
 */
import {
  ageAt,
  endOf,
  formatAge,
  formatPartialDate,
  startOf,
  type DateLocale,
  type ParentType,
  type PartnerStatus,
} from '@opencasework/core';
import type { FamilyGraph, GPerson } from './layout/family-graph.js';
import { kinGroup, kinshipIn, kinshipIndex, type Kin, type KinGroup } from './kinship.js';
import { householdName, type GenogramKey } from './messages/index.js';
import { birthOrderDate } from './layout/birth-order.js';

export type Translate = (key: GenogramKey, params?: Record<string, string | number>) => string;

export interface PersonText {
  id: string;
  name: string;
  headline: string;
  lines: string[];
}
export interface TextView {
  summaries: { id: string; text: string }[];
  people: PersonText[];
}

export interface Relatives {
  parents: { id: string; type: ParentType; disputed: boolean; source?: string }[];
  children: { id: string; type: ParentType }[];
  siblings: { id: string; half: boolean }[];
  partners: { id: string; status?: PartnerStatus; statusOn?: string; from?: string }[];
}

export function relativesOf(g: FamilyGraph, id: string): Relatives {
  const parents = (g.parentRels.get(id) ?? []).map((r) => {
    const p: Relatives['parents'][number] = { id: r.parentId, type: r.type, disputed: !!r.disputed };
    if (r.source) p.source = r.source;
    return p;
  });
  const children: Relatives['children'] = [];
  for (const [c, list] of g.parentRels) for (const r of list) if (r.parentId === id) children.push({ id: c, type: r.type });
  const mine = new Set(parents.map((p) => p.id));
  const siblings: Relatives['siblings'] = [];
  if (mine.size)
    for (const [c, list] of g.parentRels) {
      if (c === id) continue;
      const theirs = new Set(list.map((r) => r.parentId));
      const shared = [...mine].filter((p) => theirs.has(p)).length;
      if (!shared) continue;
      siblings.push({ id: c, half: shared < Math.max(mine.size, theirs.size) });
    }
  const partners: Relatives['partners'] = [];
  for (const u of g.unions) {
    if (!u.b || !u.relId) continue;
    if (u.a !== id && u.b !== id) continue;
    const p: Relatives['partners'][number] = { id: u.a === id ? u.b : u.a };
    if (u.status) p.status = u.status;
    if (u.statusOn) p.statusOn = u.statusOn;
    if (u.from) p.from = u.from;
    partners.push(p);
  }
  const byBirth = (a: { id: string }, b: { id: string }) => {
    const da = birthOrderDate(g.byId.get(a.id)),
      db = birthOrderDate(g.byId.get(b.id));
    return da < db ? -1 : da > db ? 1 : a.id < b.id ? -1 : 1;
  };
  children.sort(byBirth);
  siblings.sort(byBirth);
  return { parents, children, siblings, partners };
}

/** "a, b and c". Welsh writes "ac" before a vowel, so a second word can be given for that case. */
export function joinList(items: string[], and: string, andBeforeVowel = and): string {
  if (items.length <= 1) return items.join('');
  const last = items[items.length - 1]!;
  return `${items.slice(0, -1).join(', ')} ${/^[aeiouwyâêîôûŵŷ]/i.test(last) ? andBeforeVowel : and} ${last}`;
}

/**
 * An ongoing pregnancy whose expected month has ended by the view date: the record was not updated (the baby was born,
 * or the pregnancy ended), and the drawing must not go on showing "a baby on the way" as if nothing had happened.
 */
export function duePassed(p: Pick<GPerson, 'pregnancyOutcome' | 'expected'>, asAt: string): boolean {
  return p.pregnancyOutcome === 'ongoing' && !!p.expected && endOf(p.expected) < startOf(asAt);
}

/**
 * A pregnancy record's date in words: "expected Jan 2026" (with a note once that date has passed) for an ongoing
 * pregnancy, the date of a loss ("May 2022", from its date of death or birth) for the others; '' when none is recorded.
 */
export function pregnancyDateText(p: GPerson, asAt: string, t: Translate, date: (d: string) => string): string {
  if (p.pregnancyOutcome === 'ongoing')
    return p.expected ? t(duePassed(p, asAt) ? 'expectedPassed' : 'expected', { date: date(p.expected) }) : '';
  const on = p.dateOfDeath ?? p.dateOfBirth;
  return on ? date(on) : '';
}

/**
 * A pregnancy record's name and kind, said once: "Miscarriage" for an unnamed one (whose name is the kind), "Baby Jones,
 * stillbirth" for a named one.
 */
export function pregnancyName(p: GPerson, t: Translate): string[] {
  const kind = t(`pregnancy.${p.pregnancyOutcome!}`);
  return p.name.toLocaleLowerCase() === kind.toLocaleLowerCase() ? [p.name] : [p.name, kind];
}

const ENDED: readonly string[] = ['separated', 'divorced', 'widowed'];

/**
 * A partnership's status in words, with the date of that status ("married 12 Sep 1998"), and, while it lasts, when the
 * couple got together where that was earlier ("married 12 Sep 1998, together since 1996"). `date` formats a date.
 */
export function partnershipText(
  s: { status?: PartnerStatus | undefined; statusOn?: string | undefined; from?: string | undefined },
  t: Translate,
  date: (d: string) => string,
): string {
  if (!s.status) return t('partnerStatus.unrecorded');
  const st = t(`partnerStatus.${s.status}`);
  const head = s.statusOn ? t('statusOn', { status: st, date: date(s.statusOn) }) : st;
  return s.from && togetherEarlier(s.status, s.statusOn, s.from, date) ? `${head}, ${t('togetherSince', { date: date(s.from) })}` : head;
}

/**
 * Whether a partnership that lasts began before its status ("together since 1996" beside "married 1998"), compared as
 * they are written (`date`): not when the start is the status's own date, or the same date less precisely ("2013" for
 * "27 Jul 2013"). Never for a partnership that has ended.
 */
export function togetherEarlier(status: PartnerStatus, statusOn: string | undefined, from: string, date: (d: string) => string): boolean {
  return !ENDED.includes(status) && !(statusOn && date(statusOn).endsWith(date(from)));
}

export function ageText(p: GPerson, asAt: string, locale: DateLocale): string {
  if (!p.dateOfBirth) return '';
  const at = p.deceased && p.dateOfDeath ? p.dateOfDeath : asAt;
  return formatAge(ageAt(p.dateOfBirth, at), locale);
}

export function buildTextView(g: FamilyGraph, t: Translate, locale: DateLocale): TextView {
  const date = (d: string) => formatPartialDate(d, locale);
  const name = (id: string) => g.byId.get(id)?.name ?? id;
  const ix = kinshipIndex(g);
  /** The word for a relation, as the relative's recorded gender has it (Welsh "cefnder" or "cyfnither" for a cousin). */
  const kinWord = (k: Kin) => t(`kin.${k.relation}`, { gender: g.byId.get(k.personId)?.gender ?? '' });
  const kinText = (k: Kin, extra = ''): string => {
    const s = t('relative.named', { word: kinWord(k), name: name(k.personId) }) + extra;
    return k.until ? t('relative.until', { text: s, date: date(k.until) }) : s;
  };
  /** Every relation a person holds, in one phrase: "kinship carer and grandmother". */
  const wordsFor = (list: Kin[]) =>
    joinList(
      list.map((k) => kinWord(k)),
      t('and'),
      t('andBeforeVowel'),
    );
  const statusText = (s: { status?: PartnerStatus | undefined; statusOn?: string | undefined; from?: string | undefined }) =>
    partnershipText(s, t, date);
  const typeText = (type: ParentType) => t(`childType.${type}`);
  const linkOf = (child: string, parent: string) => (g.parentRels.get(child) ?? []).find((r) => r.parentId === parent);
  /** "paternity disputed: <source>" (maternity for a mother, parentage for a parent of another or unknown gender). */
  const disputedText = (link: { parentId: string; source?: string | undefined }) => disputedParentText(g, link, t);

  const people: PersonText[] = g.people.map((p) => {
    const age = ageText(p, g.asAt, locale);
    // a pregnancy or a loss: its name and kind once, and its date (expected, or when it ended), never "died"
    const bits: string[] = p.pregnancyOutcome
      ? [...pregnancyName(p, t), pregnancyDateText(p, g.asAt, t, date)].filter(Boolean)
      : [p.name, t(`gender.${p.gender}`)];
    if (!p.pregnancyOutcome) {
      if (age) bits.push(t('age', { age }));
      if (p.dateOfBirth) bits.push(t('born', { date: date(p.dateOfBirth) }));
      if (p.deceased) bits.push(p.dateOfDeath ? t('died', { date: date(p.dateOfDeath) }) : t('deceased'));
    }
    if (p.index) bits.push(t('index'));
    const kin = kinshipIn(ix, p.id);
    const group = (k: KinGroup) => kin.filter((x) => kinGroup(x.relation) === k);
    const r = relativesOf(g, p.id);
    const lines: string[] = [];
    const parents = group('parents').map((k) => {
      const link = linkOf(p.id, k.personId);
      const extra: string[] = [];
      if (link && (link.type === 'legal' || link.type === 'unknown')) extra.push(typeText(link.type));
      if (link?.disputed) extra.push(disputedText(link));
      else if (link?.source) extra.push(t('source', { source: link.source }));
      return kinText(k, extra.length ? ` (${extra.join('; ')})` : '');
    });
    if (parents.length) lines.push(t('textView.parents', { list: parents.join('; ') }));
    const sibs = group('siblings');
    if (sibs.length) lines.push(t('textView.siblings', { list: sibs.map((k) => kinText(k)).join('; ') }));
    if (r.partners.length)
      lines.push(t('textView.partners', { list: r.partners.map((x) => `${name(x.id)} (${statusText(x)})`).join('; ') }));
    const kids = group('children').map((k) => {
      const link = linkOf(k.personId, p.id);
      const type = link?.type;
      const extra = type === 'adoptive' || type === 'legal' || type === 'unknown' ? [typeText(type)] : [];
      // a disputed parent link is said on both sides: "son Alfie Price (paternity disputed: <source>)"
      if (link?.disputed) extra.push(disputedText(link));
      return kinText(k, extra.length ? ` (${extra.join('; ')})` : '');
    });
    if (kids.length) lines.push(t('textView.children', { list: kids.join('; ') }));
    const preg = group('pregnancies').map((k) => {
      const q = g.byId.get(k.personId);
      const on = q ? pregnancyDateText(q, g.asAt, t, date) : '';
      const when = on ? `, ${on}` : '';
      // An unnamed pregnancy is called "Pregnancy": no "Pregnancy (pregnancy)".
      const who = name(k.personId);
      const rel = t(`kin.${k.relation}`);
      return `${who}${who.toLocaleLowerCase() === rel.toLocaleLowerCase() ? '' : ` (${rel})`}${when}`;
    });
    if (preg.length) lines.push(t('textView.pregnancies', { list: preg.join('; ') }));
    const wider = group('wider');
    if (wider.length) lines.push(t('textView.wider', { list: wider.map((k) => kinText(k)).join('; ') }));
    const emo = g.emotional
      .filter((e) => e.a === p.id || e.b === p.id)
      .map((e) => {
        const other = e.a === p.id ? e.b : e.a;
        const q = t(`emotionalQuality.${e.quality}`);
        const dir = e.direction;
        let key: GenogramKey = 'textView.with';
        if (dir === 'both') key = 'textView.both';
        else if (dir === 'a-to-b' || (!dir && ['abuse', 'violence', 'neglect', 'focused-on'].includes(e.quality)))
          key = e.a === p.id ? 'textView.towards' : 'textView.from';
        else if (dir === 'b-to-a') key = e.b === p.id ? 'textView.towards' : 'textView.from';
        return t(key, { quality: q, name: name(other) }) + (e.note ? ` (${e.note})` : '');
      });
    if (emo.length) lines.push(t('textView.emotional', { list: emo.join('; ') }));
    const sup = g.supports
      .filter((e) => e.a === p.id || e.b === p.id)
      .map((e) => `${name(e.a === p.id ? e.b : e.a)}${e.label ? ` (${e.label})` : ''}`);
    if (sup.length) lines.push(t('textView.supports', { list: sup.join('; ') }));
    const hh = g.households.filter((h) => (h.memberIds ?? []).includes(p.id)).map((h) => householdName(h, { t }));
    if (hh.length) lines.push(t('textView.households', { list: hh.join('; ') }));
    return { id: p.id, name: p.name, headline: bits.join(', '), lines };
  });

  const summaries = g.people
    .filter((p) => p.index)
    .map((p) => {
      const age = ageText(p, g.asAt, locale);
      const kin = kinshipIn(ix, p.id);
      const byPerson = new Map<string, Kin[]>();
      for (const k of kin) byPerson.set(k.personId, [...(byPerson.get(k.personId) ?? []), k]);
      const phrase = (id: string) => {
        const list = byPerson.get(id) ?? [];
        const s = t('relative.named', { word: wordsFor(list), name: name(id) });
        const until = list.find((k) => k.until)?.until;
        return until ? t('relative.until', { text: s, date: date(until) }) : s;
      };
      const isParent = (k: Kin) => kinGroup(k.relation) === 'parents' && !k.relation.endsWith('-partner');
      const parents = [...new Set(kin.filter(isParent).map((k) => k.personId))];
      const home = new Set<string>();
      for (const h of g.households)
        if ((h.memberIds ?? []).includes(p.id))
          (h.memberIds ?? []).forEach((m) => {
            if (m !== p.id) home.add(m);
          });
      const withList: string[] = [];
      const used = new Set<string>();
      for (const par of parents) {
        if (!home.has(par)) continue;
        let item = phrase(par);
        used.add(par);
        for (const pp of relativesOf(g, par).partners) {
          if (!home.has(pp.id) || used.has(pp.id) || parents.includes(pp.id)) continue;
          const gd = g.byId.get(par)?.gender;
          item += ` ${t(gd === 'female' ? 'relative.partnerOfHer' : gd === 'male' ? 'relative.partnerOfHim' : 'relative.partnerOfThem', { name: name(pp.id) })}`;
          used.add(pp.id);
        }
        withList.push(item);
      }
      for (const k of kin)
        if (kinGroup(k.relation) === 'siblings' && home.has(k.personId) && !used.has(k.personId)) {
          withList.push(phrase(k.personId));
          used.add(k.personId);
        }
      for (const m of [...home].sort())
        if (!used.has(m)) withList.push(byPerson.has(m) ? phrase(m) : t('relative.other', { name: name(m) }));
      const ageBit = age ? `, ${age},` : '';
      let text = withList.length
        ? t('textView.summary', { name: p.name, age: ageBit, list: joinList(withList, t('and'), t('andBeforeVowel')) })
        : t('textView.summaryNoHome', { name: p.name, age: ageBit });
      const away = parents
        .filter((x) => !home.has(x))
        .map((x) => {
          // the partnership that made this person the child's parent (their birth, adoptive or step family)
          const link = g.links.find(
            (l) =>
              l.childId === p.id && l.relIds.some((rid) => (g.parentRels.get(p.id) ?? []).some((pr) => pr.id === rid && pr.parentId === x)),
          );
          const u = link ? g.unionById.get(link.unionId) : undefined;
          let s = phrase(x);
          if (u?.status && u.relId) s += `, ${statusText(u)}`;
          if (g.byId.get(x)?.deceased) s += `, ${t('deceased')}`;
          return s;
        });
      if (away.length) text += `; ${away.join('; ')}`;
      return { id: p.id, text: text + '.' };
    });
  return { summaries, people };
}

/** A disputed parent link in words: "paternity disputed: <source>", by the parent's recorded gender. */
export function disputedParentText(g: FamilyGraph, link: { parentId: string; source?: string | undefined }, t: Translate): string {
  const what = t('parentageDisputed', { gender: g.byId.get(link.parentId)?.gender ?? '' });
  return link.source ? `${what}: ${link.source}` : what;
}

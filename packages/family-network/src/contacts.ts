/**
 * The "who to contact" list and the per-person list of involvements: rows built from the network model (so its
 * privacy rules hold), sorting, and safe tel:/mailto: links. Pure and DOM-free.
 */
import type { Consent } from '@opencasework/core';
import { comparePartialDates, CONSENTS } from '@opencasework/core';
import type { InvolvementEdge, NetworkModel, RingGroup } from './network-model.js';
import { RING_GROUPS } from './network-model.js';

export interface ContactRow {
  id: string;
  name: string;
  role: string | null;
  withheld: boolean;
  agencyName: string | null;
  group: RingGroup;
  /** The family members this professional works with, in family order. */
  people: { id: string; name: string }[];
  /** True when an involvement names no one: the professional works with the whole family. */
  wholeFamily: boolean;
  phone?: string;
  email?: string;
  lead: boolean;
  /** The consent recorded on each of the professional's involvements, distinct, in contract order; null: not recorded. */
  consents: (Consent | null)[];
  lastContact?: string;
  ended: boolean;
}

export const CONTACT_SORT_KEYS = ['name', 'role', 'agency', 'people', 'phone', 'lead', 'consent', 'lastContact'] as const;
export type ContactSortKey = (typeof CONTACT_SORT_KEYS)[number];

/** One row per professional in the model (informal supports are listed per person instead). */
export function contactRows(model: NetworkModel): ContactRow[] {
  const familyOrder = new Map(model.family.map((f, i) => [f.id, i]));
  const names = new Map(model.family.map((f) => [f.id, f.name]));
  const rows: ContactRow[] = [];
  for (const n of model.outer) {
    if (n.kind !== 'professional') continue;
    const edges = model.edges.filter((e) => e.kind === 'involvement' && e.professionalId === n.id);
    const people = [...new Set(edges.map((e) => e.personId).filter((id): id is string => !!id))]
      .sort((a, b) => (familyOrder.get(a) ?? 0) - (familyOrder.get(b) ?? 0))
      .map((id) => ({ id, name: names.get(id) ?? id }));
    const consentSet = new Set(edges.map((e) => (e.kind === 'involvement' ? e.consent : null)));
    const consents = [...CONSENTS.filter((c) => consentSet.has(c)), ...(consentSet.has(null) ? [null] : [])];
    let lastContact: string | undefined;
    for (const e of edges)
      if (e.kind === 'involvement' && e.lastContact && (!lastContact || comparePartialDates(e.lastContact, lastContact) > 0))
        lastContact = e.lastContact;
    const row: ContactRow = {
      id: n.id,
      name: n.name,
      role: n.role,
      withheld: n.withheld,
      agencyName: n.agencyName,
      group: n.group,
      people,
      wholeFamily: edges.some((e) => e.kind === 'involvement' && e.personId === null),
      lead: n.lead,
      consents,
      ended: n.ended,
    };
    if (n.phone) row.phone = n.phone;
    if (n.email) row.email = n.email;
    if (lastContact) row.lastContact = lastContact;
    rows.push(row);
  }
  return rows;
}

const consentRank = (r: ContactRow) => Math.min(...r.consents.map((c) => (c === null ? CONSENTS.length : CONSENTS.indexOf(c))));

/**
 * Sorts rows by a column; empty values go last in either direction, ties keep a stable name order.
 * The lead sorts first when ascending.
 */
export function sortContacts(
  rows: readonly ContactRow[],
  key: ContactSortKey,
  direction: 'ascending' | 'descending' = 'ascending',
  locale = 'en',
): ContactRow[] {
  const text = (a: string | null | undefined, b: string | null | undefined) => {
    if (!a && !b) return 0;
    if (!a) return Infinity;
    if (!b) return -Infinity;
    return a.localeCompare(b, locale, { sensitivity: 'base' });
  };
  const cmp = (a: ContactRow, b: ContactRow): number => {
    switch (key) {
      case 'name':
        return text(a.name, b.name);
      case 'role':
        return text(a.role, b.role);
      case 'agency':
        return text(a.agencyName, b.agencyName) || RING_GROUPS.indexOf(a.group) - RING_GROUPS.indexOf(b.group);
      case 'people':
        return text(a.people[0]?.name, b.people[0]?.name) || a.people.length - b.people.length;
      case 'phone':
        return text(a.phone, b.phone);
      case 'lead':
        return Number(b.lead) - Number(a.lead);
      case 'consent':
        return consentRank(a) - consentRank(b);
      case 'lastContact':
        if (!a.lastContact && !b.lastContact) return 0;
        if (!a.lastContact) return Infinity;
        if (!b.lastContact) return -Infinity;
        return comparePartialDates(a.lastContact, b.lastContact);
    }
  };
  const sign = direction === 'ascending' ? 1 : -1;
  return rows
    .map((r, i) => ({ r, i }))
    .sort((x, y) => {
      const c = cmp(x.r, y.r);
      // Missing values stay last whichever way the column is sorted.
      if (c === Infinity || c === -Infinity) return c > 0 ? 1 : -1;
      return sign * c || x.r.name.localeCompare(y.r.name, locale) || x.i - y.i;
    })
    .map((x) => x.r);
}

/** A tel: link for a phone number made only of digits, spaces, +, (, ), - and dots; null otherwise. */
export function telHref(phone: string | undefined): string | null {
  if (!phone) return null;
  const t = phone.trim();
  if (!/^\+?[0-9 ().-]{3,40}$/.test(t) || !/\d{3}/.test(t.replace(/\D/g, ''))) return null;
  return `tel:${t.replace(/[^0-9+]/g, '')}`;
}

/** A mailto: link for a plain address (one @, no spaces, quotes, angle brackets, commas or query characters); null otherwise. */
export function mailtoHref(email: string | undefined): string | null {
  if (!email) return null;
  const t = email.trim();
  if (!/^[A-Za-z0-9.!#$%&'*+/=^_`{|}~-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$/.test(t) || t.length > 254) return null;
  return `mailto:${t}`;
}

/** One of a person's involvements (or informal supports), with the involvement's own facts. */
export interface PersonInvolvement extends Pick<
  InvolvementEdge,
  'strength' | 'consent' | 'lead' | 'ended' | 'from' | 'to' | 'lastContact' | 'purpose'
> {
  kind: 'involvement' | 'support';
  /** The professional's or supporter's id. */
  id: string;
  involvementId?: string;
  /** For supports: friend, neighbour... */
  label: string | null;
}

/** For each family member (in family order), the professionals and informal supports linked to them. */
export function involvementsByPerson(model: NetworkModel): { personId: string; items: PersonInvolvement[] }[] {
  const outerOrder = new Map(model.outer.map((n, i) => [n.id, i]));
  return model.family.map((f) => {
    const items: PersonInvolvement[] = [];
    for (const e of model.edges) {
      if (e.personId !== f.id) continue;
      if (e.kind === 'involvement') {
        const item: PersonInvolvement = {
          kind: 'involvement',
          id: e.professionalId,
          involvementId: e.involvementId,
          strength: e.strength,
          consent: e.consent,
          lead: e.lead,
          ended: e.ended,
          purpose: e.purpose,
          label: null,
        };
        if (e.from) item.from = e.from;
        if (e.to) item.to = e.to;
        if (e.lastContact) item.lastContact = e.lastContact;
        items.push(item);
      } else {
        items.push({
          kind: 'support',
          id: e.supportId,
          strength: null,
          consent: null,
          lead: false,
          ended: false,
          purpose: null,
          label: e.label,
        });
      }
    }
    items.sort((a, b) => Number(b.lead) - Number(a.lead) || (outerOrder.get(a.id) ?? 0) - (outerOrder.get(b.id) ?? 0));
    return { personId: f.id, items };
  });
}

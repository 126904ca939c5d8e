import {
  comparePartialDates,
  DOCUMENT_KINDS,
  isWebAddress,
  type CaseBundle,
  type CaseDocumentKind,
  type ChronologyAudience,
  type ChronologyEntry,
  type Document,
} from '@opencasework/core';
import { anonymises, makeAnonymiser, personDisplayName, withheldReason } from '@opencasework/chronology';

/**
 * The document shelf's data, worked out from the bundle only (no DOM): which documents a version may show, how each
 * reads (names replaced by roles in the anonymised version), and the groups by time, person and kind.
 */

/** How the shelf is arranged. */
export type ShelfView = 'time' | 'person' | 'kind';
export const SHELF_VIEWS: readonly ShelfView[] = ['time', 'person', 'kind'];

/** What a preview can show. */
export type PreviewKind = 'image' | 'pdf' | 'text' | 'none';

/** One document as a version shows it. */
export interface ShelfItem {
  id: string;
  title: string;
  summary: string;
  kind: CaseDocumentKind;
  mediaType: string;
  date: string;
  /** The chronology entries it belongs to that the case has (and this version shows), with their titles. */
  entries: { id: string; title: string }[];
  /** The people it is about: [id, name as this version shows it]. */
  people: [string, string][];
  author: string;
  size: number | undefined;
  /** Where its content is: the store's file, the host's address, or none (a record of a paper document). */
  source: { attachmentId: string } | { url: string } | null;
  preview: PreviewKind;
  /** The lower-case text search looks in. */
  searchText: string;
}

export interface Shelf {
  items: ShelfItem[];
  /** Documents this version withholds (restricted or third-party, or belonging to a withheld entry). */
  withheld: number;
  /** Whether file contents (thumbnails, previews) may be shown: not in the anonymised version, whose files would name the family. */
  showsContent: boolean;
}

export interface ShelfGroup {
  key: string;
  items: ShelfItem[];
}

/** What a preview shows for a media type. */
export function previewKindOf(mediaType: string): PreviewKind {
  const t = mediaType.toLowerCase().split(';')[0]!.trim();
  if (/^image\/(jpeg|png|gif|webp|avif|bmp)$/.test(t)) return 'image';
  if (t === 'application/pdf') return 'pdf';
  if (t.startsWith('text/') || t === 'application/json') return 'text';
  return 'none';
}

/** Why a version withholds a document, or null: the chronology's rule for entries, applied to the document and to every entry it belongs to. */
export function withheldDocument(audience: ChronologyAudience, doc: Document, entries: ReadonlyMap<string, ChronologyEntry>): boolean {
  if (audience === 'practitioner') return false;
  if (doc.confidentiality === 'restricted' || doc.confidentiality === 'third-party') return true;
  return (doc.entryIds ?? []).some((id) => {
    const e = entries.get(id);
    return !!e && !!withheldReason(e);
  });
}

/** The shelf for one version: newest first, withheld documents left out and counted. */
export function buildShelf(bundle: CaseBundle, audience: ChronologyAudience, locale: string): Shelf {
  const docs = bundle.documents ?? [];
  const entries = new Map((bundle.chronology ?? []).map((e) => [e.id, e]));
  const names = new Map<string, string>();
  for (const p of bundle.people ?? []) names.set(p.id, personDisplayName(p));
  for (const p of bundle.professionals ?? []) names.set(p.id, p.name);
  const anon = anonymises(audience) ? makeAnonymiser(bundle, locale) : null;
  const text = (s: string | undefined) => (anon ? anon.text(s) : (s ?? ''));
  const nameOf = (id: string) => (anon ? anon.nameOf(id) : (names.get(id) ?? id));
  let withheld = 0;
  const items: ShelfItem[] = [];
  for (const doc of docs) {
    if (withheldDocument(audience, doc, entries)) {
      withheld++;
      continue;
    }
    const title = text(doc.title);
    const summary = text(doc.summary);
    const author = doc.authorId ? (names.has(doc.authorId.trim()) ? nameOf(doc.authorId.trim()) : text(doc.authorId)) : '';
    const source = doc.attachmentId ? { attachmentId: doc.attachmentId } : isWebAddress(doc.url) ? { url: doc.url } : null;
    items.push({
      id: doc.id,
      title,
      summary,
      kind: doc.kind,
      mediaType: doc.mediaType,
      date: doc.date,
      entries: (doc.entryIds ?? []).flatMap((id) => {
        const e = entries.get(id);
        return e ? [{ id, title: text(e.title) }] : [];
      }),
      people: (doc.subjectIds ?? []).filter((id) => names.has(id)).map((id) => [id, nameOf(id)]),
      author,
      size: doc.size,
      source,
      preview: previewKindOf(doc.mediaType),
      searchText: `${title} ${summary}`.toLowerCase(),
    });
  }
  items.sort((a, b) => comparePartialDates(b.date, a.date) || a.title.localeCompare(b.title));
  return { items, withheld, showsContent: !anon };
}

/** The items whose title or summary hold every word of the search (case-insensitive). */
export function searchShelf(items: readonly ShelfItem[], query: string): ShelfItem[] {
  const terms = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (!terms.length) return [...items];
  return items.filter((i) => terms.every((t) => i.searchText.includes(t)));
}

/**
 * The groups a view lists, in order: by time, year and month newest first ("2024-05"; "2024" for documents dated to
 * the year only, after that year's months); by person, in the case's order, then "about nobody named" (key '');
 * by kind, in DOCUMENT_KINDS order. A document about two people is listed under both.
 */
export function groupShelf(items: readonly ShelfItem[], view: ShelfView, personOrder: readonly string[]): ShelfGroup[] {
  const groups = new Map<string, ShelfItem[]>();
  const add = (key: string, item: ShelfItem) => {
    const list = groups.get(key);
    if (list) list.push(item);
    else groups.set(key, [item]);
  };
  for (const item of items) {
    if (view === 'time') add(item.date.slice(0, 7), item);
    else if (view === 'kind') add(item.kind, item);
    else if (item.people.length) for (const [id] of item.people) add(id, item);
    else add('', item);
  }
  const keys = [...groups.keys()];
  if (view === 'time')
    keys.sort((a, b) => b.slice(0, 4).localeCompare(a.slice(0, 4)) || (a.length === 4 ? 1 : b.length === 4 ? -1 : b.localeCompare(a)));
  else if (view === 'kind')
    keys.sort((a, b) => DOCUMENT_KINDS.indexOf(a as CaseDocumentKind) - DOCUMENT_KINDS.indexOf(b as CaseDocumentKind));
  else keys.sort((a, b) => rank(personOrder, a) - rank(personOrder, b));
  return keys.map((key) => ({ key, items: groups.get(key)! }));
}

const rank = (order: readonly string[], id: string): number =>
  id === '' ? Infinity : order.indexOf(id) < 0 ? order.length : order.indexOf(id);

/** "12 KB", "1.4 MB": a file's size for people. */
export function sizeText(bytes: number, locale: string): string {
  const fmt = (n: number, unit: string) => `${new Intl.NumberFormat(locale, { maximumFractionDigits: n < 10 ? 1 : 0 }).format(n)} ${unit}`;
  if (bytes < 1024) return fmt(bytes, 'B');
  if (bytes < 1024 * 1024) return fmt(bytes / 1024, 'KB');
  return fmt(bytes / (1024 * 1024), 'MB');
}

import type { TemplateResult } from 'lit';
import type { Localizer } from '../messages/index.js';
import type { PreviewState } from '../content.js';
import type { ShelfGroup, ShelfItem, ShelfView } from '../shelf-model.js';

/** A file just added: its document, the day it was filed under, and whether that is the day the photo was taken (else today). */
export interface AddedFile {
  id: string;
  title: string;
  date: string;
  taken: boolean;
}

/** What the shelf's views need: the data as this version shows it, and what the reader can do. */
export interface ShelfContext {
  l: Localizer;
  view: ShelfView;
  query: string;
  groups: ShelfGroup[];
  /** Documents shown after the search, and in all (in this version). */
  shown: number;
  total: number;
  withheld: number;
  showsContent: boolean;
  /** A person's name as this version shows it (for the "by person" headings). */
  nameOf: (id: string) => string;
  /** Whether a thumbnail is drawn for an item ('canvas': a store image, 'img': the host's address, else none). */
  thumb: (item: ShelfItem) => 'canvas' | 'img' | null;
  /** Adding files (editable, full version, a store that keeps files): how it stands, and the documents just added. */
  upload: { busy: boolean; status: string; problem: string; added: AddedFile[] } | null;
  on: {
    upload: (files: File[]) => void;
    view: (v: ShelfView) => void;
    search: (q: string) => void;
    /** Opens the preview; focus returns to `from` when it closes. */
    open: (item: ShelfItem, from: HTMLElement) => void;
    entry: (entryId: string) => void;
    /** Opens a document's details to correct them; focus returns to `from` when its preview closes. */
    details: (id: string, from: HTMLElement) => void;
  };
}

/** The open preview. */
export interface PreviewContext {
  l: Localizer;
  item: ShelfItem;
  state: PreviewState;
  /** Whether a stored PDF (an object URL) may be shown in a frame (see `frameFiles`). */
  frameFiles: boolean;
  onClose: () => void;
  /** Correcting its details (editable, full version): the form while open, else the button that opens it. */
  details: { form: TemplateResult | null; note: string; onEdit: () => void } | null;
}

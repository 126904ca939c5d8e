import { html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import {
  CaseElement,
  FocusController,
  LocalizeController,
  isDay,
  memo,
  supportsAttachments,
  type ChronologyAudience,
  type DataIssue,
  type Document as CaseDocument,
} from '@opencasework/core';
import { documentsMessages, type DocumentsKey } from './messages/index.js';
import { DetailsSlot } from './details-slot.js';
import { ContentController, drawFit } from './content.js';
import { buildShelf, groupShelf, searchShelf, type ShelfItem, type ShelfView } from './shelf-model.js';
import type { AddedFile, ShelfContext } from './views/context.js';
import { shelfView } from './views/shelf.js';
import { previewView } from './views/preview.js';
import { documentsStyles } from './documents.styles.js';
import { uploadFiles } from './upload.js';

/** What `<cw-chronology>` fires when a document is chosen on one of its entries. */
export interface DocumentOpenDetail {
  documentId: string;
  entryId: string;
}

/**
 * The case's documents where they make sense: a shelf by date that lines up with the chronology (grouped by month,
 * newest first, each naming the chronology entry it belongs to), by person and by kind; thumbnails for pictures;
 * previews of pictures, PDFs (the browser's own viewer in a sandboxed frame) and text; search by title and summary.
 * Restricted and third-party documents, and documents of entries the chronology withholds, are withheld in the
 * redacted and anonymised versions; the anonymised version shows no file contents. Inside a `<cw-case>` it opens a
 * document chosen on a `<cw-chronology>` entry (`cw-document-open`).
 *
 * When `editable` (full version, a store that keeps files), files can be added: pictures are re-encoded on the
 * device first (no location or camera details), as in `<cw-quick-note>`. A photo added is dated the day its EXIF says
 * it was taken (from 1990 to today), any other file the day it was added; neither has an author (who added it is in
 * the audit trail), and the shelf says which day each was filed under and why. When `editable` in the full version,
 * any document's details can be corrected from its preview ("Edit details"): title, its own date, kind, author,
 * summary, whom it concerns and the chronology entries it belongs to; everything else it holds is kept.
 *
 * @fires cw-change - Before a document added here is saved; cancel it with preventDefault().
 * @fires cw-select - A chronology entry was chosen from a document ("Show entry"). `detail.selection` is `{ kind: 'entry', id }`.
 * @csspart heading - The heading.
 * @csspart preview - The preview dialog.
 * @cssprop --cw-brand - The colour of links and focus.
 */
export class CwDocuments extends CaseElement {
  static override styles = documentsStyles;

  /** Who it is for: `practitioner` (everything), `redacted` (restricted and third-party documents withheld) or `anonymised` (withheld too, names replaced by roles, no file contents). */
  @property({ reflect: true }) audience: ChronologyAudience = 'practitioner';
  /** How the shelf is arranged: by date (`time`), `person` or `kind`. */
  @property({ reflect: true }) view: ShelfView = 'time';
  /** The search: documents whose title or summary hold every word. */
  @property() query = '';
  /**
   * Shows PDFs kept by the store in a sandboxed frame too. Off by default: the frame's address is an object URL
   * (`blob:`), which a strict Content-Security-Policy refuses unless it allows `frame-src blob:`; without it such a
   * PDF is offered to open in a new tab or download. PDFs the host serves (`url`) are framed either way.
   */
  @property({ type: Boolean, attribute: 'frame-files' }) frameFiles = false;
  /** "Today" (YYYY-MM-DD): the date a file added here is given. Default: the real date. */
  @property() today = '';

  protected override currentDay(): string {
    return isDay(this.today) ? this.today : super.currentDay();
  }

  @state() private openId = '';
  @state() private upload = { busy: false, status: '', problem: '', added: [] as AddedFile[] };
  /** What became of the last details form ("saved"), said in the preview. */
  @state() private detailsNote = '';
  @query('dialog') private dialog?: HTMLDialogElement;

  private readonly l = new LocalizeController<DocumentsKey>(this, documentsMessages);
  private readonly focuser = new FocusController(this);
  private readonly details = new DetailsSlot(this, {
    l: this.l,
    focus: this.focuser,
    root: () => this.renderRoot,
    bundle: () => this.caseData.bundle,
    document: (id) => this.#document(id),
    commit: (c) => this.commit(c),
    actor: () => this.effectiveActor,
    today: () => this.currentDay(),
    onEnd: (note) => this.#endEdit(note),
  });
  private readonly content = new ContentController(this, () => this.caseCtx?.store);
  private readonly shelf = memo(buildShelf);
  private readonly found = memo(searchShelf);
  private readonly grouped = memo(groupShelf);
  /** The problems with the case's documents (not the rest of the case's, which the chronology lists). */
  private readonly documentIssues = memo((issues: DataIssue[]) => issues.filter((i) => i.entity === 'Document'));
  private readonly personOrder = memo((people: readonly { id: string }[] | undefined) => (people ?? []).map((p) => p.id));
  #returnFocus: HTMLElement | undefined;
  #provider: EventTarget | null = null;

  override connectedCallback(): void {
    super.connectedCallback();
    this.#provider = this.closest('cw-case');
    this.#provider?.addEventListener('cw-document-open', this.#onDocumentOpen);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#provider?.removeEventListener('cw-document-open', this.#onDocumentOpen);
    this.#provider = null;
  }

  readonly #onDocumentOpen = (e: Event): void => {
    const detail = (e as CustomEvent<DocumentOpenDetail>).detail;
    if (!detail?.documentId || e.defaultPrevented) return;
    const from = e.composedPath()[0];
    if (this.openDocument(detail.documentId, from instanceof HTMLElement ? from : undefined)) e.preventDefault();
  };

  /** Opens a document's preview (focus goes back to `returnFocus` when it closes). False when this version does not show it. */
  openDocument(id: string, returnFocus?: HTMLElement): boolean {
    const item = this.#items().items.find((i) => i.id === id);
    if (!item) return false;
    this.#open(item, returnFocus);
    return true;
  }

  #items() {
    return this.shelf(this.caseData.bundle, this.audience, this.locale);
  }

  #open(item: ShelfItem, from?: HTMLElement): void {
    this.#returnFocus = from;
    this.openId = item.id;
    if (this.#items().showsContent) void this.content.open(item);
  }

  /** Escape, or the dialog closed some other way: only the dialog now shown closes the preview (a late event from one already gone does not). */
  readonly #onDialogClose = (e: Event): void => {
    if (e.target !== this.dialog) return;
    // Escape while correcting the details leaves the form (as its Cancel does), not the document.
    if (e.type === 'cancel' && this.details.openFor) return void (e.preventDefault(), this.details.close(), this.#endEdit(''));
    this.#close();
  };

  // ---------------------------------------------------------------- correcting a document's details

  #document(id: string): CaseDocument | undefined {
    return (this.caseData.bundle as { documents?: CaseDocument[] }).documents?.find((d) => d.id === id);
  }

  /** Opens a document (if it is not open) with its details form, the form's heading focused. */
  #editDetails(id: string, from?: HTMLElement): void {
    const item = this.#items().items.find((i) => i.id === id);
    if (!item || !this.#document(id) || !this.#canEdit()) return;
    if (this.openId !== id) this.#open(item, from);
    this.detailsNote = '';
    this.details.open(id);
  }

  #canEdit(): boolean {
    return this.editable && this.audience === 'practitioner';
  }

  /** Back to the preview, saying what became of the form; focus on "Edit details". */
  #endEdit(note: DocumentsKey | ''): void {
    this.detailsNote = note ? this.l.t(note) : '';
    this.focuser.after('[data-action="details"]', '#preview-title');
  }

  #close(): void {
    if (!this.openId) return;
    this.openId = '';
    this.details.close();
    this.detailsNote = '';
    this.content.closePreview();
    if (this.dialog?.open) this.dialog.close();
    const back = this.#returnFocus;
    this.#returnFocus = undefined;
    void this.updateComplete.then(() => back?.isConnected && back.focus());
  }

  protected override willUpdate(changed: PropertyValues): void {
    if ((changed.has('audience') || changed.has('bundle') || changed.has('caseCtx')) && this.openId) {
      if (!this.#items().items.some((i) => i.id === this.openId)) this.#close();
    }
  }

  /** Also waits for the details form while its code loads (on demand). */
  protected override getUpdateComplete(): Promise<boolean> {
    return this.details.after(() => super.getUpdateComplete());
  }

  protected override updated(): void {
    if (this.#canEdit() && this.hasData) this.details.prefetch(); // so that "Edit details" opens the form at once
    if (this.hasData) {
      const shelf = this.#items();
      this.content.keepOnly(shelf.showsContent ? this.found(shelf.items, this.query) : []);
    }
    const d = this.dialog;
    if (d && this.openId && !d.open) {
      d.showModal(); // which focuses the dialog's first control: the form, when it was opened for its details, wants its heading
      if (this.details.openFor) this.renderRoot.querySelector<HTMLElement>('#details-heading, .details-pending')?.focus();
    }
    for (const canvas of this.renderRoot.querySelectorAll<HTMLCanvasElement>('canvas[data-thumb]')) {
      const id = canvas.dataset.thumb!;
      if (canvas.dataset.drawn === id) continue;
      const item = this.#items().items.find((i) => i.source && 'attachmentId' in i.source && i.source.attachmentId === id);
      const bmp = item && this.content.thumbnail(item);
      if (!bmp) continue;
      drawFit(canvas, bmp);
      canvas.dataset.drawn = id;
    }
    const pic = this.renderRoot.querySelector<HTMLCanvasElement>('canvas[data-preview]');
    const state = this.content.preview?.state;
    if (pic && state?.status === 'bitmap' && !pic.dataset.drawn) {
      drawFit(pic, state.bitmap);
      pic.dataset.drawn = '1';
    }
  }

  async #upload(files: File[]): Promise<void> {
    if (!files.length || this.upload.busy) return;
    this.upload = { busy: true, status: this.l.t('upload.saving'), problem: '', added: [] };
    const r = await uploadFiles(files, {
      store: this.caseCtx?.store,
      caseId: this.caseData.bundle.case.id,
      actor: this.effectiveActor,
      today: this.currentDay(),
      untitled: this.l.t('upload.untitled'),
      commit: (c) => this.commit(c),
    });
    const saved = this.l.t('upload.saved', { count: r.documents.length });
    const added = r.documents.map((d) => ({ id: d.id, title: d.title, date: d.date, taken: r.taken.includes(d.id) }));
    this.upload = r.ok
      ? { busy: false, status: saved, problem: '', added }
      : {
          busy: false,
          status: '',
          problem: `${r.documents.length ? `${saved} ` : ''}${this.l.t('upload.failed', { name: r.name, reason: r.message })}`,
          added,
        };
  }

  #context(): ShelfContext {
    const shelf = this.#items();
    const shown = this.found(shelf.items, this.query);
    const names = new Map(shown.flatMap((i) => i.people));
    return {
      l: this.l,
      view: this.view,
      query: this.query,
      groups: this.grouped(shown, this.view, this.personOrder(this.caseData.bundle.people)),
      shown: shown.length,
      total: shelf.items.length,
      withheld: shelf.withheld,
      showsContent: shelf.showsContent,
      nameOf: (id) => names.get(id) ?? id,
      thumb: (item) => {
        if (!shelf.showsContent || item.preview !== 'image' || !item.source) return null;
        if ('url' in item.source) return 'img';
        return this.content.thumbnail(item) ? 'canvas' : null;
      },
      upload:
        this.editable && this.audience === 'practitioner' && supportsAttachments(this.caseCtx?.store) && this.bundle === undefined
          ? this.upload
          : null,
      on: {
        upload: (files) => void this.#upload(files),
        view: (v) => (this.view = v),
        search: (q) => (this.query = q),
        open: (item, from) => this.#open(item, from),
        entry: (id) => this.select({ kind: 'entry', id }),
        details: (id, from) => this.#editDetails(id, from),
      },
    };
  }

  #preview() {
    if (!this.openId) return nothing;
    const item = this.#items().items.find((i) => i.id === this.openId);
    if (!item) return nothing;
    const shows = this.#items().showsContent;
    const state = shows
      ? (this.content.preview?.state ?? { status: 'loading' as const })
      : { status: 'none' as const, reason: 'hidden' as const };
    return html`<dialog part="preview" aria-labelledby="preview-title" @close=${this.#onDialogClose} @cancel=${this.#onDialogClose}>
      ${previewView({ l: this.l, item, state, frameFiles: this.frameFiles, onClose: () => this.#close(), details: this.#detailsContext(item.id) })}
    </dialog>`;
  }

  #detailsContext(id: string) {
    if (!this.#canEdit() || !this.#document(id)) return null;
    return { form: this.details.openFor === id ? this.details.view() : null, note: this.detailsNote, onEdit: () => this.#editDetails(id) };
  }

  override render() {
    if (!this.hasData) return html`<p>${this.l.t('noData')}</p>`;
    return html`<section aria-labelledby="docs-heading">
      <h2 id="docs-heading" part="heading">${this.l.t('heading')}</h2>
      ${this.audience === 'practitioner' ? html`<cw-error-summary .issues=${this.documentIssues(this.caseData.issues)}></cw-error-summary>` : nothing}
      ${shelfView(this.#context())} ${this.#preview()}
    </section>`;
  }
}

import { property, state } from 'lit/decorators.js';
import { html, type PropertyValues } from 'lit';
import { CaseElement, FocusController, LocalizeController, isDay, supportsAttachments, type CaseStore } from '@opencasework/core';
import { recordingMessages, type RecordingKey } from './messages/index.js';
import { DraftSaver, DraftStore } from './draft-store.js';
import { BrowserSpeechEngine, appendText, type SpeechEngine } from './speech.js';
import { DictationController } from './dictation.js';
import { fileTitle, ImageError } from './image.js';
import { addPhoto, ClipRecorder } from './media.js';
import {
  buildNote,
  emptyNote,
  notePeople,
  presentOptions,
  validateNote,
  type DraftMedia,
  type NoteError,
  type NoteField,
  type NoteValues,
} from './note-model.js';
import { saveNote } from './save-note.js';
import { fieldId, type NoteViewContext } from './views/context.js';
import { noteView } from './views/note.js';
import { quickNoteStyles } from './quick-note.styles.js';

/**
 * Records a visit or a conversation in one place and saves it as a chronology entry, with a document for each photo
 * or clip, through the store with their audit events. Consent first: photos, dictation and clips are offered only
 * after the practitioner confirms that everyone present agreed, and the confirmation is kept with the note. The draft
 * is kept on this device as it is written and deleted, with its files, once the note is saved or discarded. Nothing
 * is sent anywhere the host did not wire: dictation uses the browser's speech recognition only on the device unless
 * `allowCloudSpeech` is set, or the host's own `speechEngine`.
 *
 * @fires cw-change - Before each change (the entry, each document) is applied; cancel it with preventDefault().
 * @csspart form - The form.
 * @csspart heading - The heading.
 * @csspart status - The line saying where the draft is.
 * @csspart error-summary - The list of problems when the note cannot be saved.
 */
export class CwQuickNote extends CaseElement {
  static override styles = quickNoteStyles;

  /** A speech engine of the host's own (its speech service, or a model it serves); the browser's on-device one by default. */
  @property({ attribute: false }) speechEngine: SpeechEngine | undefined = undefined;
  /** Allows the browser's speech service when it cannot recognise speech on the device (a notice says the audio leaves it). */
  @property({ type: Boolean, attribute: 'allow-cloud-speech' }) allowCloudSpeech = false;
  /** Offers short audio clips (MediaRecorder) once consent is confirmed. */
  @property({ type: Boolean, attribute: 'allow-clips' }) allowClips = false;
  /** Offers short video clips too (camera and microphone), once consent is confirmed; needs `allow-clips`. */
  @property({ type: Boolean, attribute: 'allow-video' }) allowVideo = false;
  /** The longest clip, in seconds. */
  @property({ type: Number, attribute: 'max-clip-seconds' }) maxClipSeconds = 60;
  /** The name the draft is kept under on this device; by default one per case and person. */
  @property({ attribute: 'draft-key' }) draftKey = '';
  /** How long after a change the draft is written, in ms (at most 1,000). */
  @property({ type: Number, attribute: 'draft-delay' }) draftDelay = 500;
  /** Where drafts are kept (IndexedDB "opencasework-drafts" by default). */
  @property({ attribute: false }) draftStore: DraftStore = new DraftStore();
  /** "Today" (YYYY-MM-DD): a new note's date, and the last day a note may be dated. Default: the real date. */
  @property() today = '';
  /** The id of the agency whose record the note is (the entry's source, e.g. the council's children's services). */
  @property({ attribute: 'agency-id' }) agencyId = '';

  @state() private values: NoteValues | undefined;
  @state() private errors: NoteError[] = [];
  @state() private problem: string | undefined;
  @state() private status = '';
  @state() private recoveredAt: string | undefined;
  @state() private saving = false;
  @state() private confirmDiscard = false;
  @state() private clipSeconds = -1;
  @state() private clipVideo = false;

  private readonly i18n = new LocalizeController<RecordingKey>(this, recordingMessages);
  private readonly focusAfter = new FocusController(this);
  private readonly dictation = new DictationController(this, {
    engine: () => this.speechEngine ?? (this.#browserEngine ??= new BrowserSpeechEngine({ allowCloud: this.allowCloudSpeech })),
    lang: () => (this.locale === 'cy' ? 'cy-GB' : 'en-GB'),
    onFinal: (text) => this.values && this.#set('note', appendText(this.values.note, text)),
  });
  #browserEngine: BrowserSpeechEngine | undefined;
  #saver: DraftSaver<NoteValues> | undefined;
  #loadedKey = '';
  #thumbs = new Map<string, ImageBitmap>();
  #clip: ClipRecorder | undefined;
  #clipTick: ReturnType<typeof setInterval> | undefined;

  /** The key the current draft is kept under. */
  get currentDraftKey(): string {
    return this.draftKey || `quick-note:${this.caseData.bundle.case.id}:${this.effectiveActor}`;
  }

  private get store(): CaseStore | undefined {
    return this.caseCtx?.store;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    void this.#saver?.flush();
    this.#clip?.stop();
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('allowCloudSpeech')) this.#browserEngine = undefined;
    if (changed.has('draftStore') || changed.has('draftDelay')) this.#saver = undefined;
    if (this.hasData && this.#loadedKey !== this.currentDraftKey) void this.#loadDraft(this.currentDraftKey);
  }

  protected override updated(): void {
    for (const canvas of this.renderRoot.querySelectorAll<HTMLCanvasElement>('canvas[data-thumb]')) {
      const bmp = this.#thumbs.get(canvas.dataset.thumb!);
      if (!bmp || canvas.dataset.drawn === canvas.dataset.thumb) continue;
      const scale = Math.min(canvas.width / bmp.width, canvas.height / bmp.height);
      const [w, h] = [bmp.width * scale, bmp.height * scale];
      const ctx = canvas.getContext('2d')!;
      ctx.clearRect(0, 0, canvas.width, canvas.height);
      ctx.drawImage(bmp, (canvas.width - w) / 2, (canvas.height - h) / 2, w, h);
      canvas.dataset.drawn = canvas.dataset.thumb!;
    }
  }

  /** Waits for the draft to be read (and written) as well as for the render. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    await this.#loading;
    return done;
  }
  #loading: Promise<void> = Promise.resolve();

  #saverFor(): DraftSaver<NoteValues> {
    return (this.#saver ??= new DraftSaver<NoteValues>(
      this.draftStore,
      this.draftDelay,
      (e) => (this.status = this.i18n.t('draft.error', { reason: e instanceof Error ? e.message : String(e) })),
      () => {
        if (!this.saving) this.status = this.i18n.t('draft.keptAt', { time: this.#now() });
      },
    ));
  }

  #now(): string {
    return new Intl.DateTimeFormat('en-GB', { timeZone: this.timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(
      new Date(),
    );
  }

  protected override currentDay(): string {
    return isDay(this.today) ? this.today : super.currentDay();
  }

  /** The time a new note starts with (the clock's): moved to another day, the note keeps no time nobody typed. */
  #startTime = '';

  #fresh(): NoteValues {
    this.#startTime = this.#now();
    return emptyNote(this.currentDay(), this.#startTime, notePeople(this.caseData.bundle).children[0]?.[0] ?? '');
  }

  async #loadDraft(key: string): Promise<void> {
    this.#loadedKey = key;
    this.#loading = (async () => {
      const draft = await this.draftStore.load<NoteValues>(key).catch(() => undefined);
      if (this.#loadedKey !== key) return;
      this.#thumbs.clear();
      if (draft) {
        this.values = { ...this.#fresh(), ...draft.values }; // a draft kept before a field was added gets its empty value
        this.recoveredAt = this.#timeOf(draft.updatedAt);
        for (const m of draft.values.media) {
          const file = await this.draftStore.getFile(m.id).catch(() => undefined);
          if (file?.thumbnail) this.#thumbs.set(m.id, await createImageBitmap(file.thumbnail));
        }
      } else {
        this.values = this.#fresh();
        this.recoveredAt = undefined;
      }
      this.requestUpdate();
    })();
    await this.#loading;
  }

  #timeOf(instant: string): string {
    return new Intl.DateTimeFormat('en-GB', { timeZone: this.timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(
      new Date(instant),
    );
  }

  #set<K extends keyof NoteValues>(key: K, value: NoteValues[K]): void {
    if (!this.values) return;
    const before = this.values;
    this.values = { ...before, [key]: value };
    if (key === 'date' && value !== before.date && before.time && before.time === this.#startTime) this.values.time = '';
    if (this.errors.length) this.errors = validateNote(this.values, this.currentDay());
    this.#saverFor().schedule(this.currentDraftKey, this.values);
  }

  #consent(agreed: boolean): void {
    if (!agreed) {
      this.dictation.stop();
      this.#clip?.stop();
    }
    this.#set('consent', agreed ? { by: this.effectiveActor, at: new Date().toISOString() } : null);
  }

  async #photos(files: File[]): Promise<void> {
    if (!this.values?.consent) return;
    this.problem = undefined;
    for (const file of files) {
      try {
        const added = await addPhoto(file, this.draftStore, this.currentDraftKey, this.i18n.t('photo.default'), this.currentDay());
        this.#thumbs.set(added.media.id, await createImageBitmap(added.thumbnail));
        this.#set('media', [...this.values.media, added.media]);
      } catch (e) {
        const name = fileTitle(file.name, this.i18n.t('photo.default'));
        this.problem = e instanceof ImageError ? this.i18n.t('photo.notImage', { name }) : String((e as Error)?.message ?? e);
      }
    }
  }

  #mediaKind(id: string, kind: DraftMedia['kind']): void {
    this.#set(
      'media',
      this.values!.media.map((m) => (m.id === id ? { ...m, kind } : m)),
    );
  }

  #removeMedia(id: string): void {
    this.#thumbs.get(id)?.close();
    this.#thumbs.delete(id);
    void this.draftStore.deleteFile(id).catch(() => undefined);
    this.#set(
      'media',
      this.values!.media.filter((m) => m.id !== id),
    );
    this.focusAfter.after('#n-consent');
  }

  async #recordClip(video = false): Promise<void> {
    if (!this.values?.consent || this.#clip) return;
    const clip = (this.#clip = new ClipRecorder());
    this.problem = undefined; // a failed attempt's notice does not stay over the one that works
    this.clipSeconds = 0;
    this.clipVideo = video;
    this.#clipTick = setInterval(() => (this.clipSeconds = Math.round((performance.now() - clip.startedAt) / 1000)), 1000);
    try {
      const blob = await clip.record(this.maxClipSeconds, video);
      if (!blob.size) throw new Error('nothing was recorded');
      const seconds = Math.max(1, Math.round((performance.now() - clip.startedAt) / 1000));
      const id = crypto.randomUUID();
      await this.draftStore.putFile({ id, draftKey: this.currentDraftKey, blob });
      const media: DraftMedia = {
        id,
        title: this.i18n.t(video ? 'clip.videoItem' : 'clip.item', { seconds }),
        kind: video ? 'video' : 'audio',
        mediaType: blob.type || (video ? 'video/webm' : 'audio/webm'),
        size: blob.size,
      };
      this.#set('media', [...this.values.media, media]);
    } catch {
      this.problem = this.i18n.t(video ? 'clip.videoFailed' : 'clip.failed');
    } finally {
      clearInterval(this.#clipTick);
      this.#clip = undefined;
      this.clipSeconds = -1;
    }
  }

  async #save(e: Event): Promise<void> {
    e.preventDefault();
    const v = this.values;
    if (!v || this.saving) return;
    this.dictation.stop();
    this.problem = undefined;
    this.errors = validateNote(v, this.currentDay());
    if (this.errors.length) {
      this.focusAfter.after('.error-summary');
      return;
    }
    this.saving = true;
    const now = new Date().toISOString();
    const note = buildNote(this.i18n, v, notePeople(this.caseData.bundle), {
      actor: this.effectiveActor,
      now,
      agencyId: this.agencyId || undefined,
    });
    const result = await saveNote(
      note,
      v.media.map((m) => m.id),
      {
        store: this.store,
        caseId: this.caseData.bundle.case.id,
        actor: this.effectiveActor,
        commit: (c) => this.commit(c),
        file: async (id) => (await this.draftStore.getFile(id))?.blob,
      },
    );
    this.saving = false;
    if (!result.ok) {
      this.problem = result.reason === 'no-store' ? this.i18n.t('photo.noStore') : this.i18n.t('save.failed', { reason: result.message });
      this.focusAfter.after('.notice.problem');
      return;
    }
    await this.#clear();
    this.status = this.i18n.t('save.done', { title: note.entry.title });
  }

  async #clear(): Promise<void> {
    await this.#saverFor().cancel();
    await this.draftStore.discard(this.currentDraftKey).catch(() => undefined);
    this.#thumbs.forEach((b) => b.close());
    this.#thumbs.clear();
    this.values = this.#fresh();
    this.errors = [];
    this.recoveredAt = undefined;
    this.focusAfter.after('h2');
  }

  async #discard(): Promise<void> {
    this.confirmDiscard = false;
    this.dictation.stop();
    this.#clip?.stop();
    await this.#clear();
    this.status = this.i18n.t('save.discarded');
  }

  #context(v: NoteValues): NoteViewContext {
    return {
      l: this.i18n,
      v,
      errors: this.errors,
      people: notePeople(this.caseData.bundle),
      present: presentOptions(this.caseData.bundle, v.childId, this.currentDay()),
      today: this.currentDay(),
      timeOf: (instant) => this.#timeOf(instant),
      problem: this.problem,
      status: this.status || this.i18n.t('draft.kept'),
      recoveredAt: this.recoveredAt,
      saving: this.saving,
      confirmDiscard: this.confirmDiscard,
      photos: supportsAttachments(this.store),
      dictation: {
        listening: this.dictation.listening,
        offDevice: this.dictation.offDevice,
        problem: this.dictation.problem,
        partial: this.dictation.transcript.partial?.text ?? '',
      },
      clips: {
        allowed: this.allowClips && ClipRecorder.supported(),
        video: this.allowVideo,
        recording: this.clipSeconds >= 0,
        recordingVideo: this.clipSeconds >= 0 && this.clipVideo,
        seconds: this.clipSeconds,
        max: this.maxClipSeconds,
      },
      on: {
        value: (k, val) => this.#set(k, val),
        consent: (a) => this.#consent(a),
        dictate: () => void this.dictation.start(),
        stopDictating: () => this.dictation.stop(),
        photos: (files) => void this.#photos(files),
        mediaKind: (id, kind) => this.#mediaKind(id, kind),
        removeMedia: (id) => this.#removeMedia(id),
        clip: () => void this.#recordClip(),
        video: () => void this.#recordClip(true),
        stopClip: () => this.#clip?.stop(),
        save: (ev) => void this.#save(ev),
        discard: () => {
          this.confirmDiscard = true;
          this.focusAfter.after('#n-discard-ask');
        },
        confirmDiscard: (yes) => {
          if (yes) void this.#discard();
          else {
            this.confirmDiscard = false;
            this.focusAfter.after('#n-discard');
          }
        },
        focusField: (f: NoteField) => this.focusAfter.after(`#${fieldId(f)}`),
      },
    };
  }

  override render() {
    if (!this.hasData) return html`<p>${this.i18n.t('note.noData')}</p>`;
    return this.values ? noteView(this.#context(this.values)) : html``;
  }
}

import { html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import {
  Announcer,
  CaseElement,
  FocusController,
  LocalizeController,
  PrintController,
  printWhole,
  RovingFocusController,
  ViewBoxController,
  FirstViewController,
  afterFirstView,
  makeChange,
  memo,
  withPlaceholders,
  newId,
  type CaseBundle,
} from '@opencasework/core';
import { networkStyles } from './family-network.styles.js';
import { networkMessages, placeholderLabels } from './messages/index.js';
import type { NetworkModel, NetworkNode, RingGroup } from './network-model.js';
import { networkText } from './network-text.js';
import { asAtDay, highlightOf, historyModelOf, pictureOf, selectedNodeId, type Answer } from './network-view.js';
import { whoIsLead } from './questions.js';
import type { ContactSortKey } from './contacts.js';
import { formRecords, validateForm, type FormErrors } from './involvement-form.js';
import { answerSummary, askView } from './views/ask.js';
import { pictureView } from './views/picture.js';
import { legendView } from './views/legend.js';
import { detailsView, peopleView } from './views/people.js';
import { contactsView } from './views/contacts.js';
import { historyView } from './views/history.js';
import { involvementFormView, readForm } from './views/involvement-form.js';
import { toolbarView, type NetworkView } from './views/toolbar.js';

export type { NetworkView };

/**
 * The team around the family at a glance: an ecomap of the family's households at the centre, the professionals
 * around them grouped by agency sector, and informal supports, with a line for each involvement styled by its
 * strength. Answers "who works with…?", "who is the lead?", "who has not been in contact?" and "which child has no
 * universal service recorded?" in one action; lists who to contact (printable as a one-page sheet), each person's
 * involvements and who joined and left. Read-only unless `editable`.
 *
 * @tag cw-family-network
 * @summary The team around the family: an ecomap with a contact list and per-person lists.
 * @fires cw-select - A person or professional was selected (Enter or click). `detail.selection` is `{ kind: 'person' | 'professional', id }` or null.
 * @fires cw-change - Before an added agency, professional or involvement is applied. Cancelable.
 * @fires cw-invalid - The case had invalid records (listed in the error summary). `detail.issues` lists them.
 * @csspart base - The component's outer section.
 * @csspart picture - The SVG ecomap.
 * @csspart legend - The key to the picture.
 * @csspart contacts - The "who to contact" table.
 * @csspart answer - The answer to the last question asked.
 * @csspart form - The form that adds a professional or involvement (only when editable).
 * @cssprop --cw-network-height - Height of the picture. Default: min(75vh, 720px).
 * @cssprop --cw-network-line-colour - Colour of involvement lines.
 * @cssprop --cw-network-stress-colour - Colour of stressful lines (always also jagged).
 * @cssprop --cw-network-family-fill - Fill of family members' markers.
 * @cssprop --cw-network-professional-fill - Fill of professionals' markers.
 * @cssprop --cw-network-support-fill - Fill of informal supports' markers.
 * @cssprop --cw-network-household-fill - Fill of household boxes.
 * @cssprop --cw-network-dim-opacity - Opacity of what is not highlighted. Default: 0.2.
 */
export class CwFamilyNetwork extends CaseElement {
  static override styles = networkStyles;

  /** Which view is shown: the picture, the contact list, the per-person list or the history. */
  @property({ reflect: true }) view: NetworkView = 'picture';
  /** Shows involvements that have ended (hidden by default). */
  @property({ type: Boolean, attribute: 'show-ended', reflect: true }) showEnded = false;
  /** Allows roles marked `sensitiveRole` (and their agency and purpose) to be shown. Off by default. */
  @property({ type: Boolean, attribute: 'show-sensitive-roles' }) showSensitiveRoles = false;
  /**
   * "Today" as YYYY-MM-DD: the day the network is drawn as at (what has ended, how long since contact, ages).
   * Defaults to the date of the newest dated record in the case, never the machine's clock (a case read a year
   * later must not show every involvement as stale); the picture says which.
   */
  @property() today = '';
  /** The number of weeks the "not in contact" question starts with. */
  @property({ type: Number, attribute: 'contact-weeks' }) contactWeeks = 6;

  @state() private answer: Answer | null = null;
  @state() private sortKey: ContactSortKey = 'name';
  @state() private sortDir: 'ascending' | 'descending' = 'ascending';
  /** The node with keyboard focus (its label is drawn in the focus style), or null. */
  @state() private focusedId: string | null = null;
  /** The collapsible groups the user has expanded. */
  @state() private openGroups: ReadonlySet<RingGroup> = new Set();
  @state() private formProfessional = '';
  @state() private formAgency = '';
  @state() private formErrors: FormErrors = {};
  @state() private formAlert = '';
  @state() private formSaved = '';

  @query('svg.map') private svgEl?: SVGSVGElement;

  private readonly l10n = new LocalizeController(this, networkMessages);
  /** The words in use: new when the language changes or its catalogue arrives (the layout measures them). */
  private readonly text = memo((_locale: string, _loaded: boolean) => networkText(this.l10n));
  private readonly picture = memo(pictureOf);
  private readonly historyModel = memo(historyModelOf);
  private readonly highlight = memo(highlightOf);
  // The first view is at 100%, centred on the family: labels at their true 12-13 px (Fit shows the whole drawing).
  private readonly zoom = new ViewBoxController(this, {
    bounds: () => this.data().layout.bounds,
    svg: () => this.svgEl ?? null,
    initialScale: 1,
  });
  private readonly firstView = new FirstViewController(this, this.zoom, { model: () => this.data(), svg: () => this.svgEl });
  private readonly roving = new RovingFocusController(this, {
    items: () => [...this.renderRoot.querySelectorAll<HTMLElement>('svg.map g.node')],
    wrap: true,
    onMove: (item) => {
      const n = this.data().layout.nodes.find((p) => p.id === item.dataset.id);
      if (n) this.zoom.reveal({ x: n.label.x, y: n.y - n.r, w: n.label.w, h: n.label.y + n.label.h - (n.y - n.r) });
    },
  });
  private readonly focusAfter = new FocusController(this);
  // Printed whole (the screen's view printed the map cut at its edges), the reader's view given back after.
  private readonly printer = new PrintController(
    this,
    printWhole(this.zoom, {
      prepare: (mode) => {
        if (mode !== 'sheet') return;
        this.view = 'contacts';
        this.setAttribute('printing-sheet', '');
      },
      restore: () => this.removeAttribute('printing-sheet'),
    }),
  );
  private readonly announcer = new Announcer(this);

  private words() {
    return this.text(this.l10n.locale, networkMessages.isLoaded(this.l10n.locale));
  }

  private readonly asAt = memo(asAtDay);
  /** The day the network is drawn as at, and where it came from. */
  private asAtInfo() {
    return this.asAt(this.today, this.caseData.bundle, this.timeZone, this.clock);
  }
  private readonly clock = () => this.currentDay();
  /** The day the network is drawn as at. */
  private day(): string {
    return this.asAtInfo().day;
  }

  /** The case with a placeholder for each person whose record was refused but whom other records name. */
  private shown() {
    return withPlaceholders(this.caseData.bundle, placeholderLabels(this.l10n)).bundle;
  }

  /** The model and its layout with the current options. */
  private data() {
    return this.picture(this.shown(), this.day(), this.showEnded, this.showSensitiveRoles, this.words(), this.openGroups);
  }

  // ---- selection and questions --------------------------------------------------------------------------------------

  private readonly selectNode = (n: Pick<NetworkNode, 'id' | 'kind'>): void => {
    this.answer = null;
    this.select({ kind: n.kind === 'professional' ? 'professional' : 'person', id: n.id });
  };

  private readonly clearSelection = (): void => {
    this.answer = null;
    this.select(null);
  };

  /**
   * "Clear selection" in the details panel removes the panel and its button: focus goes back to the person or
   * professional in the picture (their node stays the picture's Tab stop), never to the page's body.
   */
  private readonly clearFromDetails = (): void => {
    const id = selectedNodeId(this.currentSelection);
    this.clearSelection();
    this.focusAfter.after(...(id ? [`svg.map g.node[data-id="${CSS.escape(id)}"]`] : []), 'svg.map g.node[tabindex="0"]', '#works-with');
  };

  /** "Clear the answer" disappears with the answer: focus goes to the question just before it in the row. */
  private readonly clearAnswer = (): void => {
    this.clearSelection();
    this.focusAfter.after('[data-ask="universal"]', '#works-with');
  };

  private ask(answer: Answer | null, select?: Pick<NetworkNode, 'id' | 'kind'> | null): void {
    this.answer = answer;
    if (select) this.select({ kind: select.kind === 'professional' ? 'professional' : 'person', id: select.id });
    const personId = !answer && select ? select.id : '';
    const summary = answerSummary({ model: this.data().model, bundle: this.shown(), text: this.words(), answer, personId });
    if (summary) this.announcer.polite(summary);
  }

  private readonly onMapKey = (e: KeyboardEvent): void => {
    if (e.key === 'Enter' || e.key === ' ') {
      const id = (e.composedPath().find((t) => t instanceof SVGGElement && t.classList.contains('node')) as SVGGElement | undefined)
        ?.dataset.id;
      const n = this.data().layout.nodes.find((p) => p.id === id);
      if (n) {
        e.preventDefault();
        if (n.kind === 'group') this.toggleGroup(n.group!);
        else this.selectNode({ id: n.id, kind: n.kind });
      }
      return;
    }
    if (e.key === 'Escape') {
      this.clearSelection();
      return;
    }
    this.zoom.handlers.keydown(e); // + - 0 and Shift + arrows
    this.roving.handleKeydown(e); // arrows, Home and End
  };

  /** Expands or collapses a group; keyboard focus stays on what the user pressed (the node, or the group's first person). */
  private toggleGroup(g: RingGroup): void {
    const open = new Set(this.openGroups);
    if (open.has(g)) open.delete(g);
    else open.add(g);
    this.openGroups = open;
    const first = this.data().model.outer.find((o) => o.group === g);
    const target = open.has(g) ? first?.id : `group:${g}`;
    if (target) this.focusAfter.after(`svg.map g.node[data-id="${CSS.escape(target)}"]`);
  }

  /** Shows the contact list and opens the browser's print dialogue with the one-page team-around-the-family sheet. */
  async printContactSheet(): Promise<void> {
    await this.printer.print('sheet');
  }

  // ---- editing --------------------------------------------------------------------------------------------------

  private readonly onSubmit = async (e: SubmitEvent): Promise<void> => {
    e.preventDefault();
    const form = e.target as HTMLFormElement;
    const { bundle } = this.caseData;
    const values = readForm(form, this.formProfessional, this.formAgency);
    this.formErrors = validateForm(values, bundle, this.day());
    this.formSaved = '';
    this.formAlert = '';
    if (Object.keys(this.formErrors).length) {
      this.focusAfter.after('[aria-invalid="true"], .field.error input');
      return;
    }
    const { records, name } = formRecords(values, bundle, newId);
    const actor = this.effectiveActor;
    for (const r of records) {
      const result = await this.commit(makeChange(r.entity, 'create', actor, null, r.after));
      if (!result.ok) {
        this.formAlert = this.l10n.t('form.failed', { message: result.message });
        return;
      }
    }
    form.reset();
    this.formProfessional = '';
    this.formAgency = '';
    this.formSaved = this.l10n.t('form.saved', { name });
  };

  /** A node selected here or in a linked component becomes the picture's Tab stop (focus stays where it is). */
  private tabStopFor: string | null = null;
  /** Also waits for a new picture's content: its first update draws the frame only, to measure it (FirstViewController). */
  protected override getUpdateComplete(): Promise<boolean> {
    return afterFirstView(this, () => super.getUpdateComplete());
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const id = selectedNodeId(this.currentSelection);
    if (id && id !== this.tabStopFor) this.roving.setActive((items) => items.find((i) => i.dataset.id === id));
    this.tabStopFor = id;
  }

  // ---- rendering ------------------------------------------------------------------------------------------------

  override render() {
    const { issues, bundle } = this.caseData;
    const summary = html`<cw-error-summary .issues=${issues}></cw-error-summary>${this.announcer.regions()}`;
    if (!this.hasData) return html`${summary}<p>${this.l10n.t('noData')}</p>`;
    const text = this.words();
    const { model, layout, collapsible } = this.data();
    const sel = this.currentSelection;
    const selectedId = selectedNodeId(sel);
    const personId = !this.answer && sel?.kind === 'person' && model.family.some((f) => f.id === sel.id) ? sel.id : '';
    const lists = { model, text, onSelect: this.selectNode };
    const asAtDate = this.l10n.date(model.today, { style: 'long' });
    const asAt =
      this.asAtInfo().source === 'newest' ? this.l10n.t('asAt.newest', { date: asAtDate }) : this.l10n.t('asAt', { date: asAtDate });
    const { answer, view } = this;
    const zoom = { viewBox: this.zoom.viewBox, dragging: this.zoom.dragging, handlers: this.zoom.handlers };
    const highlight = this.highlight(model, bundle, answer, sel);
    const views = {
      picture: () => html`<div class="view picture-view">
        ${pictureView({
          model,
          layout,
          text,
          ...zoom,
          highlight,
          selectedId,
          focusedId: this.focusedId,
          pending: this.firstView.pending,
          groups: [...collapsible].map(([group, count]) => ({ group, count, collapsed: !this.openGroups.has(group) })),
          scale: this.zoom.scale,
          ...this.pictureActions,
        })}
        ${legendView(text)}${detailsView({ ...lists, selectedId, onClear: this.clearFromDetails })}
      </div>`,
      contacts: () => contactsView({ model, text, ...this.contactsState(), caseTitle: bundle.case.title ?? '', ...this.contactsActions }),
      people: () => peopleView(lists),
      history: () => historyView({ text, model: this.showEnded ? model : this.historyModel(bundle, this.day(), this.showSensitiveRoles) }),
    };
    const form = () => {
      const { formProfessional: professionalId, formAgency: agencyId, formErrors: errors, formAlert: alert, formSaved: saved } = this;
      const state = { professionalId, agencyId, errors, alert, saved, locale: this.l10n.locale };
      return involvementFormView({ bundle, model, text, ...state, ...this.formActions });
    };
    return html`
      ${summary}
      <section part="base" aria-labelledby="title">
        ${toolbarView({ text, asAt, view, showEnded: this.showEnded, hiddenEnded: model.hiddenEnded, ...this.toolbarActions })}
        ${
          !model.family.length && !model.outer.length
            ? html`<p>${text.t('empty')}</p>`
            : html`${askView({ model, bundle, text, answer, personId, clearable: !!(answer || sel), contactWeeks: this.contactWeeks, ...this.askActions(model) })}
              ${views[view]?.() ?? nothing}`
        }
        ${this.editable ? form() : nothing}
      </section>`;
  }

  // ---- what the views call back ---------------------------------------------------------------------------------

  private readonly toolbarActions = {
    onView: (view: NetworkView) => {
      this.view = view;
    },
    onShowEnded: (show: boolean) => {
      this.showEnded = show;
    },
  };

  private askActions(model: NetworkModel) {
    return {
      onWorksWith: (id: string) => this.ask(null, { id, kind: 'person' }),
      onLead: () => this.ask({ kind: 'lead' }, whoIsLead(model)),
      onStale: (weeks: number) => this.ask({ kind: 'stale', weeks }),
      onUniversal: () => this.ask({ kind: 'universal' }),
      onClear: this.clearAnswer,
    };
  }

  private readonly pictureActions = {
    onKeydown: (e: KeyboardEvent) => this.onMapKey(e),
    onSelect: (n: NetworkNode) => this.selectNode(n),
    onNodeFocus: (id: string, visible: boolean) => {
      this.focusedId = visible ? id : null;
    },
    onNodeBlur: () => {
      this.focusedId = null;
    },
    onToggleGroup: (g: RingGroup) => this.toggleGroup(g),
    onAllGroups: (open: boolean) => {
      this.openGroups = open ? new Set(this.data().collapsible.keys()) : new Set();
    },
    zoomIn: () => this.zoom.zoomIn(),
    zoomOut: () => this.zoom.zoomOut(),
    fit: () => this.zoom.fit(),
    pan: (dx: number, dy: number) => {
      const vb = this.zoom.viewBox;
      this.zoom.panBy((dx * vb.w) / 3, (dy * vb.h) / 3);
    },
  };

  private contactsState() {
    return { locale: this.l10n.locale, sortKey: this.sortKey, sortDir: this.sortDir };
  }

  private readonly contactsActions = {
    onSort: (key: ContactSortKey) => {
      this.sortDir = this.sortKey === key && this.sortDir === 'ascending' ? 'descending' : 'ascending';
      this.sortKey = key;
    },
    onPrint: () => void this.printContactSheet(),
  };

  private readonly formActions = {
    onProfessional: (id: string) => {
      this.formProfessional = id;
    },
    onAgency: (id: string) => {
      this.formAgency = id;
    },
    onSubmit: (e: SubmitEvent) => void this.onSubmit(e),
  };
}

export type { RingGroup, CaseBundle };

import type { ReactiveControllerHost } from 'lit';
import type { Blockage, BlockageStatus, FocusController } from '@opencasework/core';
import { neighbourStatus } from './card-ops.js';

/** What moving cards needs from the board. */
export interface MoveHost {
  editable(): boolean;
  byId(id: string): Blockage | undefined;
  /** Moves a card and keeps focus on it in its new column. */
  move(b: Blockage, to: BlockageStatus): void;
  /** The card's element, for focus. */
  cardEl(id: string): HTMLElement | undefined;
  focus: FocusController;
}

/**
 * Every way to move a card between columns, apart from editing it: Alt+Left/Right on a focused card (Up and Down move
 * between the cards of a column), the card's "Move to" menu (Escape closes it), and drag and drop.
 */
export class MoveController {
  /** The card whose "Move to" menu is open. */
  menuFor: string | null = null;
  /** The column a card is dragged over. */
  dropTarget: BlockageStatus | null = null;
  private dragId: string | null = null;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly board: MoveHost,
  ) {}

  private set(patch: Partial<Pick<MoveController, 'menuFor' | 'dropTarget'>>): void {
    Object.assign(this, patch);
    this.host.requestUpdate();
  }

  readonly keydown = (e: KeyboardEvent, b: Blockage): void => {
    if (e.target !== e.currentTarget) return;
    if (e.altKey && (e.key === 'ArrowLeft' || e.key === 'ArrowRight')) {
      e.preventDefault();
      if (!this.board.editable()) return;
      const rtl = getComputedStyle(this.host).direction === 'rtl';
      const to = neighbourStatus(b.status, (e.key === 'ArrowRight') !== rtl ? 1 : -1);
      if (to) this.board.move(b, to);
    } else if (!e.altKey && (e.key === 'ArrowDown' || e.key === 'ArrowUp')) {
      const list = [...(e.currentTarget as HTMLElement).closest('ul')!.querySelectorAll<HTMLElement>('article.card')];
      const next = list[list.indexOf(e.currentTarget as HTMLElement) + (e.key === 'ArrowDown' ? 1 : -1)];
      if (next) {
        e.preventDefault();
        next.focus();
      }
    }
  };

  readonly toggleMenu = (b: Blockage): void => {
    this.set({ menuFor: this.menuFor === b.id ? null : b.id });
    if (this.menuFor) this.board.focus.after('.move-menu button');
  };

  /** Closes the menu and returns focus to its button. */
  readonly closeMenu = (b: Blockage): void => {
    this.set({ menuFor: null });
    this.board.focus.after(() => this.board.cardEl(b.id)?.querySelector<HTMLButtonElement>('button[aria-expanded]'));
  };

  /** A card was moved: its menu closes. */
  moved(id: string): void {
    if (this.menuFor === id) this.set({ menuFor: null });
  }

  readonly dragStart = (e: DragEvent, b: Blockage): void => {
    this.dragId = b.id;
    e.dataTransfer?.setData('text/plain', b.id);
    if (e.dataTransfer) e.dataTransfer.effectAllowed = 'move';
  };

  readonly dragEnd = (): void => {
    this.dragId = null;
    this.set({ dropTarget: null });
  };

  readonly dragOver = (e: DragEvent, status: BlockageStatus): void => {
    if (!this.board.editable()) return;
    e.preventDefault();
    if (e.dataTransfer) e.dataTransfer.dropEffect = 'move';
    if (this.dropTarget !== status) this.set({ dropTarget: status });
  };

  readonly dragLeave = (e: DragEvent): void => {
    if (e.currentTarget === e.target) this.set({ dropTarget: null });
  };

  readonly drop = (e: DragEvent, status: BlockageStatus): void => {
    e.preventDefault();
    this.set({ dropTarget: null });
    const id = e.dataTransfer?.getData('text/plain') || this.dragId;
    this.dragId = null;
    const b = id ? this.board.byId(id) : undefined;
    if (b) this.board.move(b, status);
  };
}

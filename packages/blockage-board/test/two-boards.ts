import { fixture, html } from '@open-wc/testing';
import type { CaseStore } from '@opencasework/core';
import '../src/define.js';
import type { CwBlockageBoard } from '../src/blockage-board.js';
import { NOW } from './fixtures.js';

/**
 * Two boards on the page, each the root of its own fixture. A fixture whose root is a plain element (a wrapping <div>)
 * makes @open-wc's fixture() wait for an animation frame, which never comes when the browser runs this file in a
 * background tab (Chromium, several test files at once: the page is hidden and requestAnimationFrame is paused).
 */
export async function twoBoards(storeA: CaseStore, storeB: CaseStore): Promise<[CwBlockageBoard, CwBlockageBoard]> {
  const a = await fixture<CwBlockageBoard>(
    html`<cw-blockage-board id="a" .store=${storeA} board-id="team-a" .now=${NOW} editable actor="Alex"></cw-blockage-board>`,
  );
  const b = await fixture<CwBlockageBoard>(
    html`<cw-blockage-board id="b" .store=${storeB} board-id="team-a" .now=${NOW} editable actor="Bea"></cw-blockage-board>`,
  );
  return [a, b];
}

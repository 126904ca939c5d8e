// A page for looking at the genogram as a practitioner would: ?case=sample|ella|300&view=diagram|text|table&lang=en|cy
// &family=1&asAt=YYYY-MM-DD&find=name&focus=1. Used with headless Chromium for the screenshots of issue 14.
import '@opencasework/genogram/define';
import { parseCaseBundle, type CaseBundle } from '@opencasework/core';
import { makeFamily, sampleCase } from '@opencasework/core/sample';
import type { CwGenogram } from '@opencasework/genogram';
import { ELLA_TODAY, ellaCase } from '../../packages/genogram/test/ella-case.js';

declare global {
  interface Window {
    __ready?: boolean;
  }
}
const q = new URLSearchParams(location.search);
const which = q.get('case') ?? 'sample';
const bundle: CaseBundle = which === 'ella' ? ellaCase() : which === '300' ? parseCaseBundle(makeFamily(300, 5)).value : sampleCase;
document.documentElement.lang = q.get('lang') ?? 'en';
const el: CwGenogram = document.createElement('cw-genogram');
el.today = which === 'ella' ? ELLA_TODAY : which === '300' ? '2100-01-01' : '2025-11-15';
if (which === '300') el.asAt = '2100-01-01';
if (q.get('asAt')) el.asAt = q.get('asAt')!;
el.view = (q.get('view') as CwGenogram['view']) ?? 'diagram';
el.familyFacing = q.has('family');
el.focusIndex = q.has('focus');
el.bundle = bundle;
document.getElementById('main')!.append(el);
await el.updateComplete;
await new Promise((r) => setTimeout(r, 300));
if (q.get('find')) el.find(q.get('find')!);
await el.updateComplete;
window.__ready = true;

// Plain JavaScript, no build step, no import map: the prebuilt bundle defines every element and exports core's API.
// One component only? Import ../../packages/bundle/dist/chronology.js (or genogram.js, ...) instead.
import { parseCaseBundle } from '../../packages/bundle/dist/opencasework.js';
// The synthetic sample case; in a real system: await (await fetch('/api/cases/123/bundle')).json()
import { sampleCase } from '../../packages/bundle/dist/sample.js';

const caseEl = document.getElementById('case');
let saved = 0;
const { issues } = parseCaseBundle(sampleCase); // optional: the components report invalid records themselves
document.getElementById('issues').textContent = `${issues.length} data issues`;
caseEl.bundle = sampleCase;
caseEl.addEventListener('cw-select', (e) => {
  const s = e.detail.selection;
  document.getElementById('selection').textContent = s ? `Selected ${s.kind} ${s.id}` : 'Nothing selected';
});
caseEl.addEventListener('cw-change', () => {
  // The event's detail.change is the change: save it to your own system here, or call preventDefault() to refuse it.
  saved += 1;
  document.getElementById('saved').textContent = `${saved} changes saved`;
});

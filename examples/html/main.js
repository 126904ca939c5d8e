// Plain JavaScript, no build step: define the elements, hand the case to <cw-case>, listen for events.
import '@opencasework/core/define';
import '@opencasework/chronology/define';
import '@opencasework/genogram/define';
import '@opencasework/family-network/define';
import '@opencasework/safety-plan/define';
import { sampleCase } from '@opencasework/core/sample';

const caseEl = document.getElementById('case');
let saved = 0;
caseEl.bundle = sampleCase; // in a real system: await (await fetch('/api/cases/123/bundle')).json()
caseEl.addEventListener('cw-select', (e) => {
  const s = e.detail.selection;
  document.getElementById('selection').textContent = s ? `Selected ${s.kind} ${s.id}` : 'Nothing selected';
});
caseEl.addEventListener('cw-change', () => {
  // The event's detail.change is the change: save it to your own system here, or call preventDefault() to refuse it.
  saved += 1;
  document.getElementById('saved').textContent = `${saved} changes saved`;
});

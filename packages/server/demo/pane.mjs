// One user's pane of the two-user demo (`npm run server` serves it at http://127.0.0.1:8788/): the sample case in
// <cw-case> + <cw-chronology>, kept on the development server through HttpCaseStore. Colleagues' changes are
// announced by name.
import '@opencasework/core/define';
import '@opencasework/chronology/define';
import { HttpCaseStore, remoteChangeMessage } from '../../store-http/src/index.ts';

const NAMES = { sam: 'Sam Patel', jo: 'Jo Evans', alex: 'Alex Morgan', priya: 'Priya Shah', chris: 'Chris Lee' };
const params = new URLSearchParams(location.search);
const user = NAMES[params.get('user')] ? params.get('user') : 'sam';
const api = params.get('api') ?? 'http://127.0.0.1:8787/api/v1';
document.getElementById('who').textContent = `${NAMES[user]} (demo user "${user}")`;
const news = document.getElementById('news');
const pending = document.getElementById('pending');
const store = new HttpCaseStore({
  baseUrl: api,
  token: () => `dev:${user}`,
  dbName: `opencasework-demo-${user}`,
  onPending: (_ref, n) => (pending.textContent = n ? `${n} change(s) waiting to be sent` : 'Everything is saved on the server'),
});
const caseEl = document.querySelector('cw-case');
caseEl.actor = NAMES[user];
caseEl.store = store;
caseEl.caseId = params.get('case') ?? 'case-evans-2019';
store.subscribe({ kind: 'case', id: caseEl.caseId }, (e) => {
  if (e.type === 'change' && e.remote) news.textContent = remoteChangeMessage(e.change);
});

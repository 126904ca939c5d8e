// Every view of every component on the sample case and board: the list the cross-component sweeps (reflow and zoom,
// visible focus) go through, so a new view is added to both at once.
import { sampleCase, sampleBoard } from '@opencasework/core/sample';

export interface View {
  tag: string;
  props: Record<string, unknown>;
}
export const CASE = { bundle: sampleCase, today: '2025-07-01' };
export const VIEWS: View[] = [
  ...['table', 'timeline', 'court'].map((view) => ({ tag: 'cw-chronology', props: { ...CASE, view } })),
  ...['diagram', 'text', 'table'].map((view) => ({ tag: 'cw-genogram', props: { ...CASE, view } })),
  ...['picture', 'contacts', 'people', 'history'].map((view) => ({ tag: 'cw-family-network', props: { ...CASE, view } })),
  { tag: 'cw-safety-plan', props: { ...CASE, view: 'professional' } },
  { tag: 'cw-safety-plan', props: { ...CASE, view: 'professional', editable: true } },
  { tag: 'cw-safety-plan', props: { ...CASE, view: 'family' } },
  ...['board', 'debrief', 'measures'].map((view) => ({
    tag: 'cw-blockage-board',
    props: { board: sampleBoard, view, editable: true, actor: 'Sam Worker', now: Date.parse('2025-07-01T09:00:00Z') },
  })),
];
export const name = (v: View) => `${v.tag} ${String(v.props.view)}${v.props.editable ? ' editable' : ''}`;

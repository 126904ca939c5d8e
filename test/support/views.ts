// Every view of every component on the sample case and board: the list the cross-component sweeps (reflow and zoom,
// visible focus) go through, so a new view is added to both at once.
import { sampleCase, sampleBoard } from '@opencasework/core/sample';

export interface View {
  tag: string;
  props: Record<string, unknown>;
}
export const CASE = { bundle: sampleCase, today: '2025-07-01' };
/** The sample case with documents of the kinds a case holds (records of files the host serves or of paper ones). */
export const CASE_WITH_DOCUMENTS = {
  ...CASE,
  bundle: {
    ...sampleCase,
    documents: [
      {
        id: 'doc-letter',
        title: 'Letter to Kayleigh after the strategy discussion',
        kind: 'letter',
        mediaType: 'application/pdf',
        date: '2024-03-02',
        url: '/letters/strategy.pdf',
      },
      {
        id: 'doc-report',
        title: 'School report for the conference',
        kind: 'report',
        mediaType: 'application/pdf',
        date: '2024-02-20',
        summary: 'Attendance 82%; hungry on Mondays.',
      },
      {
        id: 'doc-drawing',
        title: 'Three Houses drawing',
        kind: 'drawing',
        mediaType: 'image/jpeg',
        date: '2021-08-30',
        entryIds: ['ce-visit-001'],
      },
    ],
  },
};
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
  ...['time', 'person', 'kind'].map((view) => ({ tag: 'cw-documents', props: { ...CASE_WITH_DOCUMENTS, view } })),
  { tag: 'cw-quick-note', props: { ...CASE, actor: 'Sam Worker', draftKey: 'sweep-quick-note' } },
];
export const name = (v: View) => `${v.tag}${v.props.view ? ` ${v.props.view as string}` : ''}${v.props.editable ? ' editable' : ''}`;

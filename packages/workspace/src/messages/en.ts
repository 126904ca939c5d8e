import type { Message } from '@opencasework/core';

/** The workspace's own words in English (the components bring their own). `langSwitch` names the other language. */
export const en = {
  title: 'Open Casework',
  tag: 'Reference workspace: synthetic data',
  nav: 'Workspace',
  navCase: 'Case',
  navTeam: 'Team board',
  navPrint: 'Case file to print',
  reset: 'Reset sample data',
  footer:
    'Everything here is made up. Open Casework is open source; this workspace keeps its data in this browser only (IndexedDB) and sends nothing anywhere.',
  caseHeading: (p) => `Case: ${p.title}`,
  caseLede: 'Select a person in any part to follow them through the chronology, the family, the network and the safety plan.',
  people: 'People in this case',
  name: 'Name',
  age: 'Age',
  role: 'Role in the case',
  subject: 'Child the case is about',
  selected: (p) => `Selected: ${p.name}.`,
  clear: 'Clear selection',
  chronology: 'Chronology',
  genogram: 'Family (genogram)',
  network: 'Team around the family',
  plan: 'Safety plan',
  board: 'Blockage board',
  teamHeading: 'Team board',
  teamLede: 'What takes our time away from children and families. Reviewed at the weekly debrief.',
  printHeading: 'Case file',
  printLede: 'The whole case file as one document: chronology, family, team around the family and safety plan.',
  printButton: 'Print the case file',
  printed: (p) => `Printed ${p.date}`,
  unavailable: (p) => `${p.name} is not available yet. This part of Open Casework (${p.pkg}) has not been built.`,
  loading: 'Loading the sample case into this browser…',
  resetDone: 'The sample data has been reset.',
  resetConfirm: 'Reset the sample data? Changes you made in this workspace will be lost.',
  storageError: (p) =>
    `This browser's storage could not be used: ${p.reason}. The sample case is shown from memory; changes will not be kept.`,
  langSwitch: 'Cymraeg',
} satisfies Record<string, Message>;

export type WorkspaceKey = keyof typeof en;

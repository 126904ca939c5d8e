import { Catalogue, type Message } from '@opencasework/core';

const en = {
  title: 'Open Casework', tag: 'Reference workspace: synthetic data', nav: 'Workspace',
  navCase: 'Case', navTeam: 'Team board', navPrint: 'Case file to print', reset: 'Reset sample data',
  footer: 'Everything here is made up. Open Casework is open source; this workspace keeps its data in this browser only (IndexedDB) and sends nothing anywhere.',
  caseHeading: (p) => `Case: ${p.title}`,
  caseLede: 'Select a person in any part to follow them through the chronology, the family, the network and the safety plan.',
  people: 'People in this case', name: 'Name', age: 'Age', role: 'Role in the case', subject: 'Child the case is about',
  selected: (p) => `Selected: ${p.name}.`, clear: 'Clear selection',
  chronology: 'Chronology', genogram: 'Family (genogram)', network: 'Team around the family', plan: 'Safety plan', board: 'Blockage board',
  teamHeading: 'Team board', teamLede: 'What takes our time away from children and families. Reviewed at the weekly debrief.',
  printHeading: 'Case file', printLede: 'The whole case file as one document: chronology, family, team around the family and safety plan.',
  printButton: 'Print the case file', printed: (p) => `Printed ${p.date}`,
  unavailable: (p) => `${p.name} is not available yet. This part of Open Casework (${p.pkg}) has not been built.`,
  loading: 'Loading the sample case into this browser…',
  resetDone: 'The sample data has been reset.',
  resetConfirm: 'Reset the sample data? Changes you made in this workspace will be lost.',
  storageError: (p) => `This browser's storage could not be used: ${p.reason}. The sample case is shown from memory; changes will not be kept.`,
  langSwitch: 'English',
} satisfies Record<string, Message>;

export type WsKey = keyof typeof en;

const cy: Record<WsKey, Message> = {
  title: 'Open Casework', tag: 'Gweithle cyfeirio: data ffug', nav: 'Gweithle',
  navCase: 'Achos', navTeam: 'Bwrdd y tîm', navPrint: "Ffeil yr achos i'w hargraffu", reset: "Ailosod y data enghreifftiol",
  footer: "Mae popeth yma wedi'i greu. Mae Open Casework yn ffynhonnell agored; mae'r gweithle hwn yn cadw ei ddata yn y porwr hwn yn unig (IndexedDB) ac nid yw'n anfon dim i unman.",
  caseHeading: (p) => `Achos: ${p.title}`,
  caseLede: "Dewiswch unigolyn mewn unrhyw ran i'w ddilyn drwy'r gronoleg, y teulu, y rhwydwaith a'r cynllun diogelwch.",
  people: "Pobl yn yr achos hwn", name: 'Enw', age: 'Oed', role: "Rôl yn yr achos", subject: "Plentyn y mae'r achos amdano",
  selected: (p) => `Wedi dewis: ${p.name}.`, clear: "Clirio'r dewis",
  chronology: 'Cronoleg', genogram: 'Teulu (genogram)', network: "Y tîm o amgylch y teulu", plan: 'Cynllun diogelwch', board: 'Bwrdd rhwystrau',
  teamHeading: 'Bwrdd y tîm', teamLede: "Beth sy'n mynd â'n hamser oddi wrth blant a theuluoedd. Caiff ei adolygu yn yr ôl-drafodaeth wythnosol.",
  printHeading: 'Ffeil yr achos', printLede: "Ffeil gyfan yr achos fel un ddogfen: cronoleg, teulu, y tîm o amgylch y teulu a'r cynllun diogelwch.",
  printButton: "Argraffu ffeil yr achos", printed: (p) => `Argraffwyd ${p.date}`,
  unavailable: (p) => `Nid yw ${p.name} ar gael eto. Nid yw'r rhan hon o Open Casework (${p.pkg}) wedi'i hadeiladu.`,
  loading: "Wrthi'n llwytho'r achos enghreifftiol i'r porwr hwn…",
  resetDone: "Mae'r data enghreifftiol wedi'i ailosod.",
  resetConfirm: "Ailosod y data enghreifftiol? Bydd y newidiadau a wnaethoch yn y gweithle hwn yn cael eu colli.",
  storageError: (p) => `Nid oedd modd defnyddio storfa'r porwr hwn: ${p.reason}. Mae'r achos enghreifftiol yn cael ei ddangos o'r cof; ni fydd newidiadau'n cael eu cadw.`,
  langSwitch: 'English',
};

export const wsMessages = new Catalogue<WsKey>(en, cy);

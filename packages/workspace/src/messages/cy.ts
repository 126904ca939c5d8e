import type { Message } from '@opencasework/core';
import type { WorkspaceKey } from './en.js';

/** The workspace's own words in Welsh: complete (the type says so), loaded only when the workspace is shown in Welsh. */
const cy: Record<WorkspaceKey, Message> = {
  title: 'Open Casework',
  tag: 'Gweithle cyfeirio: data ffug',
  nav: 'Gweithle',
  navCase: 'Achos',
  navTeam: 'Bwrdd y tîm',
  navPrint: "Ffeil yr achos i'w hargraffu",
  reset: 'Ailosod y data enghreifftiol',
  footer:
    "Mae popeth yma wedi'i greu. Mae Open Casework yn ffynhonnell agored; mae'r gweithle hwn yn cadw ei ddata yn y porwr hwn yn unig (IndexedDB) ac nid yw'n anfon dim i unman.",
  caseHeading: (p) => `Achos: ${p.title}`,
  caseLede: "Dewiswch unigolyn mewn unrhyw ran i'w ddilyn drwy'r gronoleg, y teulu, y rhwydwaith a'r cynllun diogelwch.",
  people: 'Pobl yn yr achos hwn',
  name: 'Enw',
  age: 'Oed',
  role: 'Rôl yn yr achos',
  subject: "Plentyn y mae'r achos amdano",
  selected: (p) => `Wedi dewis: ${p.name}.`,
  clear: "Clirio'r dewis",
  chronology: 'Cronoleg',
  genogram: 'Teulu (genogram)',
  network: 'Y tîm o amgylch y teulu',
  plan: 'Cynllun diogelwch',
  board: 'Bwrdd rhwystrau',
  teamHeading: 'Bwrdd y tîm',
  teamLede: "Beth sy'n mynd â'n hamser oddi wrth blant a theuluoedd. Caiff ei adolygu yn yr ôl-drafodaeth wythnosol.",
  printHeading: 'Ffeil yr achos',
  printLede: "Ffeil gyfan yr achos fel un ddogfen: cronoleg, teulu, y tîm o amgylch y teulu a'r cynllun diogelwch.",
  printButton: 'Argraffu ffeil yr achos',
  printed: (p) => `Argraffwyd ${p.date}`,
  unavailable: (p) => `Nid yw ${p.name} ar gael eto. Nid yw'r rhan hon o Open Casework (${p.pkg}) wedi'i hadeiladu.`,
  loading: "Wrthi'n llwytho'r achos enghreifftiol i'r porwr hwn…",
  resetDone: "Mae'r data enghreifftiol wedi'i ailosod.",
  resetConfirm: 'Ailosod y data enghreifftiol? Bydd y newidiadau a wnaethoch yn y gweithle hwn yn cael eu colli.',
  storageError: (p) =>
    `Nid oedd modd defnyddio storfa'r porwr hwn: ${p.reason}. Mae'r achos enghreifftiol yn cael ei ddangos o'r cof; ni fydd newidiadau'n cael eu cadw.`,
  langSwitch: 'English',
};

export default cy;

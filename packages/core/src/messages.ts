import { Catalogue, type Message } from './i18n.js';

const en = {
  'summary.heading': (p) => (p.count === 1 ? 'There is a problem with 1 record' : `There is a problem with ${p.count} records`),
  'summary.body': 'These records could not be shown. Everything else is shown as normal. Nothing has been changed or deleted: correct the data in the system it came from.',
  'summary.showAll': (p) => `Show all ${p.count} problems`,
  'summary.showFewer': 'Show fewer problems',
  'summary.record': (p) => (p.id ? `${p.entity} "${p.id}"` : `${p.entity} with no id`),
  'summary.at': (p) => `at ${p.location}`,
  'entity.CaseBundle': 'Case bundle', 'entity.TeamBoard': 'Team board', 'entity.Case': 'Case',
  'entity.Person': 'Person', 'entity.Relationship': 'Relationship', 'entity.Household': 'Household',
  'entity.Agency': 'Agency', 'entity.Professional': 'Professional', 'entity.Involvement': 'Involvement',
  'entity.ChronologyEntry': 'Chronology entry', 'entity.SafetyPlan': 'Safety plan', 'entity.Statement': 'Statement',
  'entity.Action': 'Next step', 'entity.ScaleRating': 'Scale rating', 'entity.AuditEvent': 'Audit event',
  'entity.Blockage': 'Blockage', 'entity.Debrief': 'Debrief',
  'case.loading': 'Loading the case…',
  'case.notFound': (p) => `There is no case "${p.id}" in this browser's storage.`,
  'case.unsaved': (p) => (p.count === 1 ? '1 change has not been saved.' : `${p.count} changes have not been saved.`),
  'case.unsavedReason': (p) => `It is kept on this page and will be lost if you close it. Reason: ${p.reason}`,
  'case.retry': 'Try saving again',
  'case.conflict': 'This record was changed in another tab or by someone else.',
  'case.remoteUpdate': 'The case was updated in another tab.',
  'common.close': 'Close',
} satisfies Record<string, Message>;

export type CoreKey = keyof typeof en;

const cy: Record<CoreKey, Message> = {
  'summary.heading': (p) => (p.count === 1 ? 'Mae problem gydag 1 cofnod' : `Mae problem gyda ${p.count} o gofnodion`),
  'summary.body': "Nid oedd modd dangos y cofnodion hyn. Mae popeth arall yn cael ei ddangos fel arfer. Nid oes dim wedi'i newid na'i ddileu: cywirwch y data yn y system y daeth ohoni.",
  'summary.showAll': (p) => `Dangos pob un o'r ${p.count} problem`,
  'summary.showFewer': 'Dangos llai o broblemau',
  'summary.record': (p) => (p.id ? `${p.entity} "${p.id}"` : `${p.entity} heb ddynodydd`),
  'summary.at': (p) => `yn ${p.location}`,
  'entity.CaseBundle': 'Bwndel achos', 'entity.TeamBoard': 'Bwrdd tîm', 'entity.Case': 'Achos',
  'entity.Person': 'Unigolyn', 'entity.Relationship': 'Perthynas', 'entity.Household': 'Aelwyd',
  'entity.Agency': 'Asiantaeth', 'entity.Professional': 'Gweithiwr proffesiynol', 'entity.Involvement': 'Cyfranogiad',
  'entity.ChronologyEntry': 'Cofnod cronoleg', 'entity.SafetyPlan': 'Cynllun diogelwch', 'entity.Statement': 'Datganiad',
  'entity.Action': 'Cam nesaf', 'entity.ScaleRating': 'Sgôr ar y raddfa', 'entity.AuditEvent': 'Digwyddiad archwilio',
  'entity.Blockage': 'Rhwystr', 'entity.Debrief': 'Ôl-drafodaeth',
  'case.loading': "Wrthi'n llwytho'r achos…",
  'case.notFound': (p) => `Nid oes achos "${p.id}" yn storfa'r porwr hwn.`,
  'case.unsaved': (p) => (p.count === 1 ? "Nid yw 1 newid wedi'i gadw." : `Nid yw ${p.count} newid wedi'u cadw.`),
  'case.unsavedReason': (p) => `Mae'n cael ei gadw ar y dudalen hon a bydd yn cael ei golli os byddwch yn ei chau. Rheswm: ${p.reason}`,
  'case.retry': 'Ceisio cadw eto',
  'case.conflict': "Cafodd y cofnod hwn ei newid mewn tab arall neu gan rywun arall.",
  'case.remoteUpdate': "Cafodd yr achos ei ddiweddaru mewn tab arall.",
  'common.close': 'Cau',
};

export const coreMessages = new Catalogue<CoreKey>(en, cy);

import type { Message } from '../localize.js';
import type { CoreKey } from './en.js';

/** Core's own messages in Welsh, loaded only when a component inside `lang="cy"` first needs them. */
const cy: Record<CoreKey, Message> = {
  'summary.heading': {
    zero: 'Mae problem gyda {count} o gofnodion',
    one: 'Mae problem gydag 1 cofnod',
    two: 'Mae problem gyda 2 gofnod',
    few: 'Mae problem gyda {count} chofnod',
    many: 'Mae problem gyda {count} chofnod',
    other: 'Mae problem gyda {count} o gofnodion',
  },
  'summary.body':
    "Nid oedd modd dangos y cofnodion hyn. Mae popeth arall yn cael ei ddangos fel arfer. Nid oes dim wedi'i newid na'i ddileu: cywirwch y data yn y system y daeth ohoni.",
  'summary.showAll': { other: "Dangos pob un o'r {count} problem" },
  'summary.showFewer': 'Dangos llai o broblemau',
  'summary.record': '{entity} "{id}"',
  'summary.recordNoId': '{entity} heb ddynodydd',
  'summary.at': 'yn {location}',
  'entity.CaseBundle': 'Bwndel achos',
  'entity.TeamBoard': 'Bwrdd tîm',
  'entity.Case': 'Achos',
  'entity.Person': 'Unigolyn',
  'entity.Relationship': 'Perthynas',
  'entity.Household': 'Aelwyd',
  'entity.Agency': 'Asiantaeth',
  'entity.Professional': 'Gweithiwr proffesiynol',
  'entity.Involvement': 'Cyfranogiad',
  'entity.ChronologyEntry': 'Cofnod cronoleg',
  'entity.SafetyPlan': 'Cynllun diogelwch',
  'entity.Statement': 'Datganiad',
  'entity.Action': 'Cam nesaf',
  'entity.ScaleRating': 'Sgôr ar y raddfa',
  'entity.AuditEvent': 'Digwyddiad archwilio',
  'entity.Blockage': 'Rhwystr',
  'entity.Debrief': 'Ôl-drafodaeth',
  'case.loading': "Wrthi'n llwytho'r achos…",
  'case.notFound': 'Nid oes achos "{id}" yn storfa\'r porwr hwn.',
  'case.unsaved': { one: "Nid yw 1 newid wedi'i gadw.", other: "Nid yw {count} newid wedi'u cadw." },
  'case.unsavedReason': "Mae'n cael ei gadw ar y dudalen hon a bydd yn cael ei golli os byddwch yn ei chau. Rheswm: {reason}",
  'case.retry': 'Ceisio cadw eto',
  'case.conflict': 'Cafodd y cofnod hwn ei newid mewn tab arall neu gan rywun arall.',
  'case.remoteUpdate': 'Cafodd yr achos ei ddiweddaru mewn tab arall.',
  'change.vetoed': "Ni chafodd y newid ei dderbyn gan y system y mae'r dudalen hon yn rhan ohoni.",
  'change.notSaved': "Nid oedd modd cadw'r newid.",
  'common.close': 'Cau',
};

export default cy;

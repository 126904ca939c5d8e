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
  'case.unsavedReason':
    "Mae'n cael ei gadw yn y porwr hwn, hyd yn oed os caiff y dudalen ei chau neu ei hail-lwytho, a bydd yn cael ei gadw pan fydd y storfa'n gweithio eto. Rheswm: {reason}",
  'case.unsavedPageOnly':
    "Nid oedd modd ei gadw yn y porwr hwn chwaith, felly mae ar y dudalen hon yn unig: peidiwch â chau'r dudalen; copïwch eich newidiadau i'w cadw'n ddiogel. Rheswm: {reason}",
  'case.unsavedRestored': {
    one: "Nid oedd 1 newid a wnaed cyn i'r dudalen hon gael ei chau ddiwethaf wedi'i gadw. Mae i'w weld yma.",
    other: "Nid oedd {count} newid a wnaed cyn i'r dudalen hon gael ei chau ddiwethaf wedi'u cadw. Maen nhw i'w gweld yma.",
  },
  'case.copyUnsaved': "Copïo'r newidiadau heb eu cadw",
  'case.copied': "Mae'r newidiadau heb eu cadw wedi'u copïo. Gludwch nhw rywle diogel, fel e-bost atoch chi'ch hun neu ddogfen.",
  'case.refused': {
    one: "Ni chafodd 1 newid a wnaed yn gynharach ei gadw oherwydd bod y cofnod wedi'i newid yn y cyfamser, neu nad yw'n ddilys mwyach:",
    other:
      "Ni chafodd {count} newid a wnaed yn gynharach eu cadw oherwydd bod y cofnodion wedi'u newid yn y cyfamser, neu nad ydynt yn ddilys mwyach:",
  },
  'case.retry': 'Ceisio cadw eto',
  'case.conflict': 'Cafodd y cofnod hwn ei newid mewn tab arall neu gan rywun arall.',
  'case.remoteUpdate': 'Cafodd yr achos ei ddiweddaru mewn tab arall.',
  'change.vetoed': "Ni chafodd y newid ei dderbyn gan y system y mae'r dudalen hon yn rhan ohoni.",
  'change.notSaved': "Nid oedd modd cadw'r newid.",
  'common.close': 'Cau',
};

export default cy;

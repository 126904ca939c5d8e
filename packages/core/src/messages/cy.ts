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
  'summary.range': 'Problemau {from} i {to} o {total}',
  'summary.previous': { one: 'Y broblem flaenorol', other: 'Y {count} problem blaenorol' },
  'summary.next': { one: 'Y broblem nesaf', other: 'Y {count} problem nesaf' },
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
  'entity.Document': 'Dogfen',
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
  'case.remoteCreateBy': 'Ychwanegodd {who} gofnod at yr achos hwn: {thing}.',
  'case.remoteUpdateBy': 'Newidiodd {who} gofnod yn yr achos hwn: {thing}.',
  'case.remoteDeleteBy': "Tynnodd {who} gofnod o'r achos hwn: {thing}.",
  'change.vetoed': "Ni chafodd y newid ei dderbyn gan y system y mae'r dudalen hon yn rhan ohoni.",
  'change.notSaved': "Nid oedd modd cadw'r newid.",
  'common.close': 'Cau',
  // conflict: one record changed by two people (packages/core/src/conflict)
  'conflict.heading': 'Mae rhywun arall wedi newid "{title}"',
  'conflict.headingUntitled': 'Mae rhywun arall wedi newid y {entity} hwn',
  'conflict.body':
    "Cadwon nhw eu newid ar ôl i chi ddechrau eich un chi. Does dim wedi'i drosysgrifo: cymharwch y ddwy fersiwn a dewiswch beth i'w gadw.",
  'conflict.bodyDeleted': "Dilëwyd y cofnod ganddyn nhw ar ôl i chi ddechrau ei newid. Does dim o'ch newidiadau chi wedi'i gadw eto.",
  'conflict.caption': "Eich fersiwn chi a'u fersiwn nhw, maes wrth faes",
  'conflict.field': 'Maes',
  'conflict.mine': 'Eich fersiwn chi',
  'conflict.theirs': "Eu fersiwn nhw (wedi'i chadw)",
  'conflict.changedBy': 'Newidiwyd gan',
  'conflict.by.mine': 'Chi',
  'conflict.by.theirs': 'Nhw',
  'conflict.by.both': 'Y ddau ohonoch',
  'conflict.empty': '(gwag)',
  'conflict.deleted': "Wedi'i ddileu",
  'conflict.none': "Mae'r ddwy fersiwn yn dangos yr un gwerthoedd.",
  'conflict.keepMine': 'Cadw fy un i',
  'conflict.keepTheirs': 'Cadw eu un nhw',
  'conflict.mergeByHand': 'Cyfuno â llaw',
  'conflict.saveMineAgain': 'Cadw fy un i eto',
  'conflict.discardMine': 'Taflu fy un i',
  'conflict.keepMineHint':
    'Mae Cadw fy un i yn cadw eich newidiadau ar ben eu rhai nhw: mae meysydd a newidiwyd gennych chi yn unig yn cymryd eich gwerth chi, ac mae meysydd a newidiwyd ganddyn nhw yn unig yn cadw eu gwerth nhw.',
  'conflict.askHeading': "Mae'r ddau ohonoch wedi newid yr un peth",
  'conflict.askHint': "Dewiswch pa fersiwn i'w chadw ar gyfer pob un o'r rhain. Mae popeth arall yn cael ei gadw o'r ddwy.",
  'conflict.askLegend': 'Pa fersiwn o "{field}" ddylid ei chadw?',
  'conflict.chooseMine': 'Eich un chi: {value}',
  'conflict.chooseTheirs': 'Eu un nhw: {value}',
  'conflict.askError': 'Dewiswch pa fersiwn o "{field}" i\'w chadw',
  'conflict.errorPrefix': 'Gwall:',
  'conflict.saveChoices': "Cadw gyda'r dewisiadau hyn",
  'conflict.back': "Yn ôl i'r gymhariaeth",
  'conflict.merging':
    "Mae'r ffurflen isod yn dechrau o'u fersiwn nhw, gyda'ch newidiadau chi lle mai dim ond chi a newidiodd faes. Dangosir eich fersiwn chi yma er gwybodaeth.",
  'conflict.closeComparison': "Cuddio'r gymhariaeth",
  'conflict.keptMine': 'Cafodd eich newidiadau eu cadw ar ben eu rhai nhw.',
  'conflict.keptTheirs': 'Cadwyd eu fersiwn nhw; ni chafodd eich newid ei gadw.',
  'conflict.yes': 'Ie',
  'conflict.no': 'Na',
  // privacy: achos a gaewyd yn y porwr hwn
  'case.closed':
    "Nid yw'r achos hwn yn cael ei ddangos mwyach: cafodd ei gau yn y porwr hwn a chafodd ei gopi yma ei dynnu (er enghraifft pan allgofnododd rhywun mewn tab arall). Mewngofnodwch ac agorwch yr achos eto i barhau.",
  'case.closedUnsaved': {
    zero: "Ni chafodd {count} newid a wnaed ar y dudalen hon eu cadw, ac nid ydynt yn cael eu cadw yn y porwr hwn mwyach. Maen nhw ar y dudalen hon yn unig: copïwch nhw nawr a'u cadw'n rhywle diogel cyn cau'r dudalen.",
    one: "Ni chafodd 1 newid a wnaed ar y dudalen hon ei gadw, ac nid yw'n cael ei gadw yn y porwr hwn mwyach. Mae ar y dudalen hon yn unig: copïwch ef nawr a'i gadw'n rhywle diogel cyn cau'r dudalen.",
    two: "Ni chafodd 2 newid a wnaed ar y dudalen hon eu cadw, ac nid ydynt yn cael eu cadw yn y porwr hwn mwyach. Maen nhw ar y dudalen hon yn unig: copïwch nhw nawr a'u cadw'n rhywle diogel cyn cau'r dudalen.",
    few: "Ni chafodd {count} newid a wnaed ar y dudalen hon eu cadw, ac nid ydynt yn cael eu cadw yn y porwr hwn mwyach. Maen nhw ar y dudalen hon yn unig: copïwch nhw nawr a'u cadw'n rhywle diogel cyn cau'r dudalen.",
    many: "Ni chafodd {count} newid a wnaed ar y dudalen hon eu cadw, ac nid ydynt yn cael eu cadw yn y porwr hwn mwyach. Maen nhw ar y dudalen hon yn unig: copïwch nhw nawr a'u cadw'n rhywle diogel cyn cau'r dudalen.",
    other:
      "Ni chafodd {count} newid a wnaed ar y dudalen hon eu cadw, ac nid ydynt yn cael eu cadw yn y porwr hwn mwyach. Maen nhw ar y dudalen hon yn unig: copïwch nhw nawr a'u cadw'n rhywle diogel cyn cau'r dudalen.",
  },
  // fifteen-gaps: a kept change that met a conflict when it was saved (<cw-case>), and a view closed in this browser
  'case.refusedConflict':
    '"{title}" ({thing}): newidiodd rhywun arall hwn cyn i\'ch newid a gadwyd gael ei gadw. Does dim wedi\'i drosysgrifo: cymharwch y ddau fersiwn a dewiswch.',
  'case.refusedConflictUntitled':
    "{thing}: newidiodd rhywun arall hwn cyn i'ch newid a gadwyd gael ei gadw. Does dim wedi'i drosysgrifo: cymharwch y ddau fersiwn a dewiswch.",
  'case.refusedDelete':
    "Ni chafodd eich dileu o {thing} ei gadw: newidiodd rhywun arall y cofnod yn gyntaf, felly mae'n dal yno. Dilëwch ef eto os ydych yn dal i fwriadu gwneud hynny.",
  'case.review': 'Cymharu a dewis',
  'document.closed':
    'Nid yw hwn yn cael ei ddangos mwyach: cafodd ei gau yn y porwr hwn a chafodd ei gopi yma ei ddileu (er enghraifft pan allgofnododd rhywun mewn tab arall). Mewngofnodwch ac agorwch ef eto i barhau.',
  // fifteen-gaps: field names in <cw-case>'s comparison of a kept change with the newer version
  'field.title': 'Teitl',
  'field.date': 'Dyddiad',
  'field.summary': 'Crynodeb',
  'field.category': 'Categori',
  'field.significance': 'Arwyddocâd',
  'field.subjectIds': "Pwy mae'n ymwneud â nhw",
  'field.sourceAgencyId': 'Asiantaeth ffynhonnell',
  'field.givenName': 'Enw cyntaf',
  'field.familyName': 'Cyfenw',
  'field.dateOfBirth': 'Dyddiad geni',
  'field.name': 'Enw',
  'field.role': 'Rôl',
  'field.status': 'Statws',
  'field.memberIds': 'Aelodau',
  'field.personIds': 'Pobl',
  // a11y: the undo notice after a deletion (UndoController)
  'undo.deleted': 'Wedi dileu “{what}”.',
  'undo.button': 'Dadwneud',
  'undo.restored': 'Wedi rhoi “{what}” yn ôl.',
};

export default cy;

import { Catalogue, type Message } from '@opencasework/core';

/**
 * The analysis's own messages, English and Welsh, both loaded (findPatterns is synchronous and pure, so it cannot wait
 * for a lazily loaded catalogue). Hosts may add a language with `analysisMessages.add('pl', {...})`.
 */
const en = {
  'finding.repeated-concern': 'Repeated concern',
  'finding.drift': 'Gap between visits',
  'finding.missing': 'Missing episodes',
  'finding.escalation': 'Concerns while a plan is open',
  'finding.rising': 'Rising significance',
  repeated:
    '{count} concern events about {name} in {span} ({from} to {to}): {list}. {outcome}No assessment or plan was started in between. Consider whether, taken together, they call for an assessment.',
  days: { one: '{count} day', other: '{count} days' },
  'outcome.all-nfa': 'Each ended with no further action. ',
  'outcome.some-nfa': '{nfa} of them ended with no further action. ',
  'concern.referral': { one: '{count} referral', other: '{count} referrals' },
  'concern.police': { one: '{count} police notification', other: '{count} police notifications' },
  'concern.incident': { one: '{count} incident', other: '{count} incidents' },
  'concern.missing': { one: '{count} missing episode', other: '{count} missing episodes' },
  'concern.injury': { one: '{count} injury', other: '{count} injuries' },
  'concern.other': { one: '{count} other event marked significant', other: '{count} other events marked significant' },
  drift: '{days} days between visits to {name} while the {plan} was open ({from} to {to}); visits are expected about every {limit} days.',
  'drift.open': {
    one: '{days} days since {name} was last visited while the {plan} is open ({from} to {to}); visits are expected about every {limit} days.',
    other:
      '{days} days since {name} were last visited while the {plan} is open ({from} to {to}); visits are expected about every {limit} days.',
  },
  'drift.ended':
    '{days} days without a visit to {name} while the {plan} was open, from {from} until it ended on {to}; visits are expected about every {limit} days.',
  'drift.chain':
    '{gaps} in a row of more than {limit} days between visits to {name} while the {plan} was open ({from} to {to}, {days} days); the longest was {longest} days.',
  'drift.gaps': { one: '{count} gap', other: '{count} gaps' },
  'drift.calls': {
    one: ' {count} phone call, letter or other contact in this time is not a visit.',
    other: ' {count} phone calls, letters or other contacts in this time are not visits.',
  },
  'drift.consider': {
    one: ' Check whether {name} was seen and the visit not recorded.',
    other: ' Check whether {name} were seen and the visits not recorded.',
  },
  missing: '{count} missing episodes for {name} from {from} to {to} ({records} records from {agencies}, counted once per day).',
  agencies: { one: '{count} agency', other: '{count} agencies' },
  'missing.unrecorded': {
    one: ' Children’s services has no record of {count} of them.',
    other: ' Children’s services has no record of {count} of them.',
  },
  'missing.interviews': {
    one: ' A return interview is recorded after {done} of them, none after the other one.',
    other: ' A return interview is recorded after {done} of them, none after the other {count}.',
  },
  'missing.interviews-all': ' A return interview is recorded after each of them.',
  'missing.consider': ' Consider the pattern, and whether return interviews took place.',
  'missing.consider-pattern': ' Consider the pattern.',
  escalation:
    '{count} concern events about {name} while the {plan} was open ({from} to {to}): {list}. Consider whether the plan is working.',
  rising:
    'Recent events about {name} are becoming more serious ({from} to {to}): from mostly {before} to mostly {after}. Consider what has changed.',
  approximate: ' Some of these dates are known only to the month or year, so the timing is approximate.',
  'plan.child-protection': 'child protection plan',
  'plan.child-in-need': 'child in need plan',
  'plan.looked-after': 'care plan (looked after)',
  'plan.early-help': 'Early Help plan',
  'plan.placement': 'placement',
  'plan.other': 'plan',
  'sig.0': 'routine',
  'sig.1': 'notable',
  'sig.2': 'significant',
  'sig.3': 'critical',
} satisfies Record<string, Message>;

export type AnalysisKey = keyof typeof en;

const cy: Partial<Record<AnalysisKey, Message>> = {
  'finding.repeated-concern': 'Pryder dro ar ôl tro',
  'finding.drift': 'Bwlch rhwng ymweliadau',
  'finding.missing': 'Cyfnodau ar goll',
  'finding.escalation': 'Pryderon tra bo cynllun ar agor',
  'finding.rising': 'Arwyddocâd yn cynyddu',
  repeated:
    '{count} o ddigwyddiadau pryder am {name} mewn {span} ({from} i {to}): {list}. {outcome}Ni ddechreuwyd asesiad na chynllun yn y cyfamser. Ystyriwch a oes angen asesiad o’u hystyried gyda’i gilydd.',
  // Numbers take the singular noun, and 2 (dau) softens it: "2 ddiwrnod", "2 fwlch".
  days: { one: '{count} diwrnod', two: '{count} ddiwrnod', other: '{count} diwrnod' },
  'outcome.all-nfa': 'Daeth pob un i ben heb gamau pellach. ',
  'outcome.some-nfa': 'Daeth {nfa} ohonynt i ben heb gamau pellach. ',
  'concern.referral': { one: '{count} atgyfeiriad', other: '{count} o atgyfeiriadau' },
  'concern.police': { one: '{count} hysbysiad gan yr heddlu', other: '{count} o hysbysiadau gan yr heddlu' },
  'concern.incident': { one: '{count} digwyddiad', other: '{count} o ddigwyddiadau' },
  'concern.missing': { one: '{count} cyfnod ar goll', other: '{count} o gyfnodau ar goll' },
  'concern.injury': { one: '{count} anaf', other: '{count} o anafiadau' },
  'concern.other': {
    one: '{count} digwyddiad arall a nodwyd yn arwyddocaol',
    other: '{count} o ddigwyddiadau eraill a nodwyd yn arwyddocaol',
  },
  drift: '{days} diwrnod rhwng ymweliadau â {name} tra oedd y {plan} ar agor ({from} i {to}); disgwylir ymweliad tua bob {limit} diwrnod.',
  'drift.open':
    '{days} diwrnod ers yr ymweliad diwethaf â {name} tra bo’r {plan} ar agor ({from} i {to}); disgwylir ymweliad tua bob {limit} diwrnod.',
  'drift.ended':
    '{days} diwrnod heb ymweliad â {name} tra oedd y {plan} ar agor, o {from} nes iddo ddod i ben ar {to}; disgwylir ymweliad tua bob {limit} diwrnod.',
  'drift.chain':
    '{gaps} o fwy na {limit} diwrnod rhwng ymweliadau â {name}, un ar ôl y llall, tra oedd y {plan} ar agor ({from} i {to}, {days} diwrnod); {longest} diwrnod oedd yr hiraf.',
  'drift.gaps': { one: '{count} bwlch', two: '{count} fwlch', few: '{count} bwlch', many: '{count} bwlch', other: '{count} o fylchau' },
  'drift.calls': {
    one: ' Nid ymweliad yw’r {count} alwad ffôn, llythyr neu gyswllt arall yn y cyfnod hwn.',
    other: ' Nid ymweliadau yw’r {count} o alwadau ffôn, llythyrau neu gysylltiadau eraill yn y cyfnod hwn.',
  },
  'drift.consider': ' Gwiriwch a welwyd {name} ac na chofnodwyd yr ymweliad.',
  agencies: { one: '{count} asiantaeth', other: '{count} o asiantaethau' },
  missing: '{count} o gyfnodau ar goll i {name} o {from} i {to} ({records} o gofnodion gan {agencies}, wedi’u cyfrif unwaith y dydd).',
  'missing.unrecorded': {
    one: ' Nid oes gan y gwasanaethau plant gofnod o {count} ohonynt.',
    other: ' Nid oes gan y gwasanaethau plant gofnod o {count} ohonynt.',
  },
  'missing.interviews': {
    one: ' Cofnodwyd cyfweliad dychwelyd ar ôl {done} ohonynt, a dim un ar ôl yr un arall.',
    other: ' Cofnodwyd cyfweliad dychwelyd ar ôl {done} ohonynt, a dim un ar ôl y {count} arall.',
  },
  'missing.interviews-all': ' Cofnodwyd cyfweliad dychwelyd ar ôl pob un ohonynt.',
  'missing.consider': ' Ystyriwch y patrwm, ac a gynhaliwyd cyfweliadau dychwelyd.',
  'missing.consider-pattern': ' Ystyriwch y patrwm.',
  escalation:
    '{count} o ddigwyddiadau pryder am {name} tra oedd y {plan} ar agor ({from} i {to}): {list}. Ystyriwch a yw’r cynllun yn gweithio.',
  rising:
    'Mae digwyddiadau diweddar am {name} yn mynd yn fwy difrifol ({from} i {to}): o {before} yn bennaf i {after} yn bennaf. Ystyriwch beth sydd wedi newid.',
  approximate: ' Dim ond y mis neu’r flwyddyn sy’n hysbys ar gyfer rhai o’r dyddiadau hyn, felly bras yw’r amseru.',
  'plan.child-protection': 'cynllun amddiffyn plant',
  'plan.child-in-need': 'cynllun plentyn mewn angen',
  'plan.looked-after': 'cynllun gofal (derbyn gofal)',
  'plan.early-help': 'cynllun Help Cynnar',
  'plan.placement': 'lleoliad',
  'plan.other': 'cynllun',
  'sig.0': 'arferol',
  'sig.1': 'nodedig',
  'sig.2': 'arwyddocaol',
  'sig.3': 'difrifol',
};

/** The messages of the pattern prompts (English and Welsh, both loaded). */
export const analysisMessages = new Catalogue<AnalysisKey>(en).add('cy', cy);

import type { Change } from '@opencasework/core';

const NOUNS: Record<string, { en: string; cy: string }> = {
  Person: { en: 'person', cy: 'person' },
  Relationship: { en: 'relationship', cy: 'berthynas' },
  Household: { en: 'household', cy: 'aelwyd' },
  Agency: { en: 'agency', cy: 'asiantaeth' },
  Professional: { en: 'professional', cy: 'gweithiwr proffesiynol' },
  Involvement: { en: 'involvement', cy: 'cyfraniad' },
  ChronologyEntry: { en: 'chronology entry', cy: 'cofnod cronoleg' },
  SafetyPlan: { en: 'safety plan', cy: 'cynllun diogelwch' },
  Blockage: { en: 'blockage', cy: 'rhwystr' },
  Debrief: { en: 'debrief', cy: 'ôl-drafodaeth' },
  Document: { en: 'document', cy: 'dogfen' },
};

/**
 * What to tell the user when a colleague's change arrives: "Sam Patel changed this chronology entry" (English) or
 * Welsh. The name is the one the server verified, never what another page claimed.
 */
export function remoteChangeMessage(change: Pick<Change, 'actor' | 'entity' | 'op'>, lang: 'en' | 'cy' = 'en'): string {
  const noun = NOUNS[change.entity]?.[lang] ?? (lang === 'cy' ? 'cofnod' : 'record');
  const who = change.actor || (lang === 'cy' ? 'Rhywun arall' : 'Someone else');
  if (lang === 'cy') {
    if (change.op === 'create') return `Ychwanegodd ${who} ${noun}`;
    if (change.op === 'delete') return `Dileodd ${who} ${noun}`;
    return `Newidiodd ${who} y ${noun} hwn`;
  }
  const verb = change.op === 'create' ? 'added a' : change.op === 'delete' ? 'removed a' : 'changed this';
  return `${who} ${verb} ${noun}`;
}

export const STORE_MESSAGES = {
  en: {
    offline: 'Saved on this device. It will be sent when the connection is back.',
    conflict: (who: string, noun: string) =>
      `Your change to this ${noun}, made while offline, was not applied: ${who} changed it first. Your version is kept: review both before saving again.`,
    unreachable: 'The case could not be read from the server and there is no copy on this device.',
    fileNotSent:
      'The file could not be sent to the server (there is no connection), so it was not kept. Your note is still on this page: try again when the connection is back, or save the note without the file.',
    fileTooLarge: 'The file was not kept: it is larger than the server accepts. Record a shorter clip, or save the note without it.',
    fileNoAccess: 'The file was not kept: this case is not open to you on the server.',
    fileBadType: 'The file was not kept: its type (such as "image/jpeg") is missing or not readable.',
    fileFailed: 'The server could not keep the file. Your note is still on this page: try again.',
    fileReadFailed: 'The file could not be read from the server. Try again.',
  },
  cy: {
    offline: "Wedi'i gadw ar y ddyfais hon. Bydd yn cael ei anfon pan fydd y cysylltiad yn ôl.",
    conflict: (who: string, noun: string) =>
      `Ni chafodd eich newid i'r ${noun} hwn, a wnaed all-lein, ei gymhwyso: newidiodd ${who} ef yn gyntaf. Mae eich fersiwn wedi'i chadw: edrychwch ar y ddwy cyn cadw eto.`,
    unreachable: "Nid oedd modd darllen yr achos o'r gweinydd ac nid oes copi ar y ddyfais hon.",
    fileNotSent:
      "Nid oedd modd anfon y ffeil i'r gweinydd (nid oes cysylltiad), felly ni chafodd ei chadw. Mae eich nodyn yn dal ar y dudalen hon: rhowch gynnig arall arni pan fydd y cysylltiad yn ôl, neu cadwch y nodyn heb y ffeil.",
    fileTooLarge:
      "Ni chafodd y ffeil ei chadw: mae'n fwy nag y mae'r gweinydd yn ei dderbyn. Recordiwch glip byrrach, neu cadwch y nodyn hebddi.",
    fileNoAccess: "Ni chafodd y ffeil ei chadw: nid yw'r achos hwn ar agor i chi ar y gweinydd.",
    fileBadType: 'Ni chafodd y ffeil ei chadw: mae ei math (fel "image/jpeg") ar goll neu nid oes modd ei ddarllen.',
    fileFailed: "Nid oedd y gweinydd yn gallu cadw'r ffeil. Mae eich nodyn yn dal ar y dudalen hon: rhowch gynnig arall arni.",
    fileReadFailed: "Nid oedd modd darllen y ffeil o'r gweinydd. Rhowch gynnig arall arni.",
  },
} as const;

export const nounOf = (entity: string, lang: 'en' | 'cy' = 'en') => NOUNS[entity]?.[lang] ?? (lang === 'cy' ? 'cofnod' : 'record');

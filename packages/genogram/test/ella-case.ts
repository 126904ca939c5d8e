/**
 * Ella's family: a realistic case built to prove the kinship and layout rules wrong. Ella (10) lives with her
 * grandmother Jean, her kinship carer since June 2023; her mother Kayla's ex-partner Mark was her stepfather and
 * abused her; her half-brother Leo is fostered by Sue and Phil, whose son Dean is not his brother; her cousin Ava
 * is adopted and has a birth mother on record; her father Sean has a new partner Nia (ongoing, from Sep 2025) with
 * a daughter of her own; a miscarriage; non-family supports (a neighbour, a youth leader, a friend's mum); a
 * partnership and emotional lines with no dates; a police-intelligence line.
 */
import type { CaseBundle, Relationship } from '@opencasework/core';
import { bundle, parent, partner } from './fixtures.js';

const emo = (id: string, a: string, b: string, quality: string, extra: Record<string, unknown> = {}): Relationship =>
  ({ id, kind: 'emotional', a, b, quality, ...extra }) as Relationship;
const sup = (id: string, a: string, b: string, label: string): Relationship => ({ id, kind: 'support', a, b, label });

export function ellaCase(): CaseBundle {
  return bundle(
    [
      { id: 'bill', gender: 'male', givenName: 'Bill', familyName: 'Reid', dateOfBirth: '1955', dateOfDeath: '2019-03' },
      { id: 'jean', gender: 'female', givenName: 'Jean', familyName: 'Reid', dateOfBirth: '1957-02-11' },
      { id: 'pat', gender: 'female', givenName: 'Pat', familyName: 'Lowe', dateOfBirth: '1960' },
      { id: 'gary', gender: 'male', givenName: 'Gary', familyName: 'Cole', dateOfBirth: '1958' },
      { id: 'dave', gender: 'male', givenName: 'Dave', familyName: 'Lowe', dateOfBirth: '1961' },
      // distractors listed before the family, so record order cannot give the right answer
      { id: 'brenda', gender: 'female', givenName: 'Brenda', familyName: 'Hale', dateOfBirth: '1950' },
      { id: 'kev', gender: 'male', givenName: 'Kev', familyName: 'Amos', dateOfBirth: '1980' },
      { id: 'sharon', gender: 'female', givenName: 'Sharon', familyName: 'Pike', dateOfBirth: '1982' },
      { id: 'kayla', gender: 'female', givenName: 'Kayla', familyName: 'Reid', dateOfBirth: '1988-06-01' },
      { id: 'ross', gender: 'male', givenName: 'Ross', familyName: 'Reid', dateOfBirth: '1985-04-04' },
      { id: 'lisa', gender: 'female', givenName: 'Lisa', familyName: 'Reid', dateOfBirth: '1986' },
      { id: 'sean', gender: 'male', givenName: 'Sean', familyName: 'Cole', dateOfBirth: '1986-09-09' },
      { id: 'gemma', gender: 'female', givenName: 'Gemma', familyName: 'Lowe', dateOfBirth: '1995' },
      { id: 'mark', gender: 'male', givenName: 'Mark', familyName: 'Tate', dateOfBirth: '1984' },
      { id: 'leanne', gender: 'female', givenName: 'Leanne', familyName: 'Tate', dateOfBirth: '1987' },
      { id: 'nia', gender: 'female', givenName: 'Nia', familyName: 'Morgan', dateOfBirth: '1990' },
      { id: 'tina', gender: 'female', givenName: 'Tina', familyName: 'Hart', dateOfBirth: '1992' },
      { id: 'sue', gender: 'female', givenName: 'Sue', familyName: 'Webb', dateOfBirth: '1970' },
      { id: 'phil', gender: 'male', givenName: 'Phil', familyName: 'Webb', dateOfBirth: '1968' },
      // children, out of birth order on purpose
      { id: 'leo', gender: 'male', givenName: 'Leo', familyName: 'Tate', dateOfBirth: '2019-02-02' },
      { id: 'ella', gender: 'female', givenName: 'Ella', familyName: 'Cole', dateOfBirth: '2012-05-05' },
      { id: 'maisie', gender: 'female', givenName: 'Maisie', familyName: 'Cole', dateOfBirth: '2008-01-20' },
      { id: 'misc', gender: 'not-known', givenName: '', familyName: '', pregnancy: { outcome: 'miscarriage' } },
      { id: 'connor', gender: 'male', givenName: 'Connor', familyName: 'Tate', dateOfBirth: '2010' },
      { id: 'finn', gender: 'male', givenName: 'Finn', familyName: 'Reid', dateOfBirth: '2016' },
      { id: 'ava', gender: 'female', givenName: 'Ava', familyName: 'Reid', dateOfBirth: '2014' },
      { id: 'poppy', gender: 'female', givenName: 'Poppy', familyName: 'Morgan', dateOfBirth: '2013' },
      { id: 'dean', gender: 'male', givenName: 'Dean', familyName: 'Webb', dateOfBirth: '2005' },
    ].map((p) => ({ ...p })) as Parameters<typeof bundle>[0],
    [
      partner('bill', 'jean', 'widowed', { from: '1978', to: '2019-03', history: [{ status: 'married', on: '1978-05' }] }),
      partner('pat', 'gary', 'divorced', {
        from: '1984',
        to: '1990',
        history: [
          { status: 'married', on: '1984' },
          { status: 'separated', on: '1989' },
        ],
      }),
      partner('pat', 'dave', 'married', { from: '1993' }),
      parent('bill', 'kayla'),
      parent('jean', 'kayla'),
      parent('bill', 'ross'),
      parent('jean', 'ross'),
      parent('pat', 'sean'),
      parent('gary', 'sean'),
      parent('pat', 'gemma'),
      parent('dave', 'gemma'),
      partner('kayla', 'sean', 'divorced', {
        from: '2006',
        to: '2018',
        history: [
          { status: 'married', on: '2007' },
          { status: 'separated', on: '2016' },
        ],
      }),
      parent('kayla', 'maisie'),
      parent('sean', 'maisie'),
      parent('kayla', 'ella'),
      parent('sean', 'ella'),
      partner('kayla', 'mark', 'separated', { from: '2017', to: '2023-06', history: [{ status: 'cohabiting', on: '2018' }] }),
      parent('kayla', 'leo'),
      parent('mark', 'leo'),
      parent('kayla', 'misc'),
      parent('mark', 'misc'),
      parent('mark', 'ella', 'step', { from: '2018', to: '2023-06' }),
      parent('mark', 'maisie', 'step', { from: '2018', to: '2023-06' }),
      partner('mark', 'leanne', 'separated', { from: '2008', to: '2012' }),
      parent('mark', 'connor'),
      parent('leanne', 'connor'),
      partner('sean', 'nia', 'cohabiting', { from: '2025-09' }),
      parent('nia', 'poppy'),
      // no date recorded for Ross and Lisa's marriage
      partner('ross', 'lisa', 'married'),
      parent('ross', 'finn'),
      parent('lisa', 'finn'),
      parent('tina', 'ava'),
      parent('ross', 'ava', 'adoptive', { from: '2017' }),
      parent('lisa', 'ava', 'adoptive', { from: '2017' }),
      parent('jean', 'ella', 'kinship', { from: '2023-06-20', source: 'Kinship placement agreed at the strategy meeting' }),
      partner('sue', 'phil', 'married', { from: '1995' }),
      parent('sue', 'dean'),
      parent('phil', 'dean'),
      parent('sue', 'leo', 'foster', { from: '2024-03' }),
      parent('phil', 'leo', 'foster', { from: '2024-03' }),
      emo('e-abuse', 'mark', 'ella', 'abuse', { direction: 'a-to-b', note: 'Ella disclosed in June 2023.' }),
      emo('e-violence', 'mark', 'kayla', 'violence', { direction: 'a-to-b' }),
      emo('e-police', 'mark', 'sean', 'hostile', { note: 'Police intelligence: threats reported by a third party.' }),
      emo('e-close', 'ella', 'jean', 'very-close'),
      emo('e-conflict', 'kayla', 'sean', 'conflict', { direction: 'both' }),
      emo('e-nia', 'nia', 'kayla', 'hostile'),
      emo('e-cut', 'ross', 'kayla', 'cut-off', { from: '2021' }),
      sup('s-brenda', 'brenda', 'jean', 'neighbour'),
      sup('s-kev', 'kev', 'ella', 'youth leader'),
      sup('s-sharon', 'sharon', 'kayla', "friend's mum"),
    ],
    {
      households: [
        { id: 'h-jean', name: "Jean's home", memberIds: ['jean', 'ella'], from: '2023-06-20' },
        { id: 'h-kayla', name: "Kayla's flat", memberIds: ['kayla', 'maisie'], from: '2023-06' },
        { id: 'h-sue', name: 'Foster home', memberIds: ['sue', 'phil', 'dean', 'leo'], from: '2024-03' },
        { id: 'h-sean', name: "Sean and Nia's home", memberIds: ['sean', 'nia', 'poppy'], from: '2025-09' },
        { id: 'h-ross', name: "Ross and Lisa's home", memberIds: ['ross', 'lisa', 'ava', 'finn'], from: '2017' },
      ],
    },
    ['ella'],
  );
}

export const ELLA_TODAY = '2025-11-15';

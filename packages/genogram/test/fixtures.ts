/** Small crafted families for the layout and element tests. */
import type { CaseBundle, Person, Relationship } from '@opencasework/core';

type P = Partial<Person> & { id: string; gender: Person['gender'] };
const person = (p: P): Person => ({ givenName: p.id[0]!.toUpperCase() + p.id.slice(1), familyName: 'Smith', ...p });
let n = 0;
const rid = (k: string) => `${k}${++n}`;
export const partner = (a: string, b: string, status: string, extra: Record<string, unknown> = {}): Relationship =>
  ({ id: rid('pr'), kind: 'partner', a, b, status, ...extra }) as Relationship;
export const parent = (parentId: string, childId: string, type = 'biological', extra: Record<string, unknown> = {}): Relationship =>
  ({ id: rid('pa'), kind: 'parent', parentId, childId, type, ...extra }) as Relationship;

export function bundle(people: P[], relationships: Relationship[], extra: Partial<CaseBundle> = {}, subjectIds: string[] = []): CaseBundle {
  return { schema: 'opencasework/case-bundle@1', case: { id: 'c1', subjectIds }, people: people.map(person), relationships, ...extra };
}

/** Jay's family: remarriage with children from both partnerships, a deceased grandfather, twins, a pregnancy,
 * adoption, a same-sex couple, a person with no known parents, cousins who married, emotional lines, households. */
export function jayFamily(): CaseBundle {
  n = 0;
  return bundle(
    [
      { id: 'gf', gender: 'male', givenName: 'George', dateOfBirth: '1950', dateOfDeath: '2015-06' },
      { id: 'gm', gender: 'female', givenName: 'Grace', dateOfBirth: '1952-04-02' },
      { id: 'kelly', gender: 'female', givenName: 'Kelly', dateOfBirth: '1990-03-01' },
      { id: 'lee', gender: 'male', givenName: 'Lee', familyName: 'Jones', dateOfBirth: '1988' },
      { id: 'dan', gender: 'male', givenName: 'Dan', familyName: 'Brown', dateOfBirth: '1987-09-09' },
      { id: 'jay', gender: 'male', givenName: 'Jay', dateOfBirth: '2015-05-20' },
      { id: 'mia', gender: 'female', givenName: 'Mia', dateOfBirth: '2017-01-10' },
      { id: 'tia', gender: 'female', givenName: 'Tia', familyName: 'Brown', dateOfBirth: '2021-02-02' },
      { id: 'tom', gender: 'male', givenName: 'Tom', familyName: 'Brown', dateOfBirth: '2021-02-02' },
      { id: 'preg', gender: 'not-known', givenName: 'Pregnancy', pregnancy: { outcome: 'ongoing', expected: '2026-12' } },
      { id: 'sam', gender: 'non-binary', givenName: 'Sam', dateOfBirth: '1994' },
      { id: 'ana', gender: 'female', givenName: 'Ana', familyName: 'Silva', dateOfBirth: '1993' },
      { id: 'rae', gender: 'female', givenName: 'Rae', familyName: 'Silva', dateOfBirth: '2019' },
      { id: 'nan', gender: 'female', givenName: 'Nan', familyName: 'Ives', dateOfBirth: '1960' },
      { id: 'misc', gender: 'not-known', givenName: 'Miscarriage', pregnancy: { outcome: 'miscarriage' } },
    ],
    [
      partner('gf', 'gm', 'widowed', { from: '1975', to: '2015-06' }),
      parent('gf', 'kelly'),
      parent('gm', 'kelly'),
      parent('gf', 'sam'),
      parent('gm', 'sam'),
      partner('kelly', 'lee', 'separated', {
        from: '2013',
        to: '2019',
        history: [
          { status: 'cohabiting', on: '2013' },
          { status: 'married', on: '2014-07' },
        ],
      }),
      parent('kelly', 'jay'),
      parent('lee', 'jay', 'biological', { disputed: true, source: 'Lee disputes paternity (court statement, 2020)' }),
      parent('kelly', 'mia'),
      parent('lee', 'mia'),
      parent('kelly', 'misc'),
      parent('lee', 'misc'),
      partner('kelly', 'dan', 'cohabiting', { from: '2020' }),
      parent('kelly', 'tia'),
      parent('dan', 'tia'),
      parent('kelly', 'tom'),
      parent('dan', 'tom'),
      parent('kelly', 'preg'),
      parent('dan', 'preg'),
      { id: 'tw1', kind: 'twin', a: 'tia', b: 'tom', zygosity: 'fraternal' },
      partner('sam', 'ana', 'civil-partnership', { from: '2018' }),
      parent('sam', 'rae', 'adoptive', { from: '2020' }),
      parent('ana', 'rae', 'adoptive', { from: '2020' }),
      { id: 'em1', kind: 'emotional', a: 'jay', b: 'dan', quality: 'conflict' },
      { id: 'em2', kind: 'emotional', a: 'lee', b: 'kelly', quality: 'violence', direction: 'a-to-b' },
      { id: 'em3', kind: 'emotional', a: 'jay', b: 'gm', quality: 'close' },
      { id: 'su1', kind: 'support', a: 'nan', b: 'kelly', label: 'neighbour' },
    ],
    {
      households: [
        { id: 'h1', name: "Kelly's home", memberIds: ['kelly', 'dan', 'jay', 'mia', 'tia', 'tom'], from: '2020' },
        { id: 'h2', name: "Lee's flat", memberIds: ['lee'] },
      ],
    },
    ['jay'],
  );
}

/** Cousins who married (consanguinity) and a foster child. */
export function cousinsFamily(): CaseBundle {
  n = 0;
  return bundle(
    [
      { id: 'g1', gender: 'male', dateOfBirth: '1940' },
      { id: 'g2', gender: 'female', dateOfBirth: '1942' },
      { id: 'a', gender: 'female', dateOfBirth: '1965' },
      { id: 'b', gender: 'male', dateOfBirth: '1967' },
      { id: 'as', gender: 'male', dateOfBirth: '1964' },
      { id: 'bs', gender: 'female', dateOfBirth: '1968' },
      { id: 'c1', gender: 'male', dateOfBirth: '1990' },
      { id: 'c2', gender: 'female', dateOfBirth: '1991' },
      { id: 'kid', gender: 'female', dateOfBirth: '2015' },
      { id: 'fos', gender: 'male', dateOfBirth: '2012' },
    ],
    [
      partner('g1', 'g2', 'married'),
      parent('g1', 'a'),
      parent('g2', 'a'),
      parent('g1', 'b'),
      parent('g2', 'b'),
      partner('a', 'as', 'married'),
      partner('b', 'bs', 'divorced', { to: '2000' }),
      parent('a', 'c1'),
      parent('as', 'c1'),
      parent('b', 'c2'),
      parent('bs', 'c2'),
      partner('c1', 'c2', 'married', { from: '2012' }),
      parent('c1', 'kid'),
      parent('c2', 'kid'),
      parent('c1', 'fos', 'foster', { from: '2022' }),
      parent('c2', 'fos', 'foster', { from: '2022' }),
    ],
  );
}

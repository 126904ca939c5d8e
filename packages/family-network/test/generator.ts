/** A deterministic generator of family networks of a given total node count, for layout tests. */
import type { CaseBundle } from '@opencasework/core';
import { SECTORS } from '@opencasework/core';

const GIVEN = [
  'Alex',
  'Bea',
  'Cai',
  'Dilys',
  'Evan',
  'Ffion',
  'Gwen',
  'Huw',
  'Iolo',
  'Jac',
  'Kit',
  'Lowri',
  'Macsen',
  'Nia',
  'Osian',
  'Pip',
];
const FAMILY = ['Morgan', 'Price', 'Hughes', 'Lloyd', 'Owen', 'Bevan', 'Rees', 'Powell'];
const ROLES = [
  'Social worker',
  'Family support worker',
  'School nurse',
  'Class teacher',
  'Housing officer',
  'Youth worker',
  'Community psychiatric nurse',
  'Probation officer',
  'GP',
  'Health visitor',
];

/** `size` nodes in all: a tenth family members (at least 4), a tenth informal supports, the rest professionals. */
export function makeTestNetwork(size: number, seed = 1): CaseBundle {
  let s = seed >>> 0 || 1;
  const rand = () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
  const familyCount = Math.max(4, Math.round(size / 10));
  const supportCount = Math.round(size / 10);
  const proCount = size - familyCount - supportCount;
  const people = Array.from({ length: familyCount }, (_, i) => ({
    id: `p${i}`,
    givenName: pick(GIVEN),
    familyName: pick(FAMILY),
    gender: 'not-known' as const,
    dateOfBirth: `${1980 + ((i * 7) % 40)}`,
  }));
  const supporters = Array.from({ length: supportCount }, (_, i) => ({
    id: `s${i}`,
    givenName: pick(GIVEN),
    familyName: pick(FAMILY),
    gender: 'not-known' as const,
  }));
  const agencies = SECTORS.map((sector, i) => ({ id: `a${i}`, name: `${sector} service ${i}`, sector }));
  const professionals = Array.from({ length: proCount }, (_, i) => ({
    id: `pro${i}`,
    name: `${pick(GIVEN)} ${pick(FAMILY)}-${i}`,
    role: pick(ROLES),
    agencyId: pick(agencies).id,
  }));
  const involvements = professionals.map((p, i) => ({
    id: `inv${i}`,
    professionalId: p.id,
    personIds: [people[i % familyCount]!.id, ...(rand() < 0.3 ? [people[(i + 1) % familyCount]!.id] : [])],
    strength: pick(['strong', 'moderate', 'tenuous', 'stressful'] as const),
    lead: i === 0,
    consent: pick(['given', 'refused', 'not-asked', 'not-required'] as const),
  }));
  return {
    schema: 'opencasework/case-bundle@1',
    case: { id: `gen-${size}`, subjectIds: [people[0]!.id] },
    people: [...people, ...supporters],
    relationships: supporters.map((sp, i) => ({
      id: `rs${i}`,
      kind: 'support' as const,
      a: people[i % familyCount]!.id,
      b: sp.id,
      label: pick(['friend', 'neighbour', 'faith community']),
    })),
    households: [
      { id: 'hh0', name: 'Main home', memberIds: people.slice(0, Math.ceil(familyCount / 2)).map((p) => p.id) },
      { id: 'hh1', name: 'Second home', memberIds: people.slice(Math.ceil(familyCount / 2)).map((p) => p.id) },
    ],
    agencies,
    professionals,
    involvements,
  };
}

import type { CaseBundle, TeamBoard } from '../src/schema/index.js';
import { CASE_BUNDLE_SCHEMA, TEAM_BOARD_SCHEMA } from '../src/schema/index.js';

/*
 * Hostile data for security and robustness tests: every text field holds a string that would do harm if a
 * component rendered it as HTML, put it in an attribute unquoted, followed it as a URL, or mishandled Unicode.
 * Short variants are valid data (components must show them as text, byte for byte); the `huge` variant puts a
 * 1 MB string in every text field (the parser must report each as too long without echoing it).
 */

const LONG_WORD = 'Llanfairpwllgwyngyllgogerychwyrndrobwllllantysiliogogogoch'.repeat(3); // 174 characters, no break opportunity

/** The hostile strings, each at most 200 characters so they are valid wherever a title or name is allowed. */
export const HOSTILE_STRINGS: readonly string[] = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '" onmouseover="alert(1)',
  "' onfocus='alert(1)' autofocus='",
  'javascript:alert(1)',
  '</style></template><svg onload=alert(1)>',
  '${alert(1)} {{constructor.constructor("alert(1)")()}}',
  'Tyler \u202Egnp.exe\u202C Evans', // RTL override
  'Ru\u200Bby\u200C Ev\u200Dans\uFEFF', // zero-width characters
  '👩‍👩‍👧‍👦 Teulu 🏳️‍🌈 🇬🇧 🏴󠁧󠁢󠁷󠁬󠁳󠁿',
  LONG_WORD,
  'Z̶̢̛a̷͍̓l̸̰̈g̵̱͝o̴̞͑ text',
  'line one\nline two\r\n\ttabbed',
  '__proto__',
  'null',
  '%3Cscript%3Ealert(1)%3C%2Fscript%3E',
  'data:text/html,<script>alert(1)</script>',
  'a\u0000b',
];

export interface HostileOptions {
  /** Put a 1 MB string (1,048,576 UTF-16 code units) in every text field. The result is not valid data. */
  huge?: boolean;
}

const ONE_MB = 1_048_576;
const hugeString = (): string => {
  const unit = '<img src=x onerror=alert(1)>\u202E';
  return unit.repeat(Math.ceil(ONE_MB / unit.length)).slice(0, ONE_MB);
};

/** Cycles through the hostile strings; `max` keeps a field within its allowed length (short variant only). */
function texts(huge: boolean) {
  let i = 0;
  const big = huge ? hugeString() : '';
  return (max = 200): string => {
    if (huge) return big;
    for (let n = 0; n < HOSTILE_STRINGS.length; n++) {
      const s = HOSTILE_STRINGS[i++ % HOSTILE_STRINGS.length]!;
      if (s.length <= max) return s;
    }
    return '<b>x</b>'.slice(0, max);
  };
}

/** Ids that are hostile too but short, unique and valid: components must never use them as raw DOM ids or selectors. */
const hid = (base: string, n: number): string => `${base}-${n} <img src=x onerror=alert(1)> "'`;

/** A case bundle with a hostile string in every text field, covering every record type. */
export function hostileBundle(options: HostileOptions = {}): CaseBundle {
  const t = texts(!!options.huge);
  const P = [hid('person', 1), hid('person', 2), hid('person', 3), '__proto__'];
  const stmt = (n: string) => ({
    id: hid(`statement-${n}`, 1),
    text: t(20_000),
    by: t(),
    agreedBy: [P[0]!, t()],
    disputedBy: [t()],
    familyWords: true,
  });
  return {
    schema: CASE_BUNDLE_SCHEMA,
    case: { id: hid('case', 1), title: t(), subjectIds: [P[2]!, P[3]!], openedAt: '2020-01' },
    people: P.map((id, i) => ({
      id,
      givenName: t(),
      familyName: t(),
      preferredName: t(),
      gender: (['female', 'male', 'non-binary', 'not-known'] as const)[i]!,
      pronouns: t(),
      identifiers: [{ system: t(), value: t() }],
      dateOfBirth: ['1980', '1982-05', '2012-02-29', '2015-06-14'][i]!,
      ethnicity: t(),
      language: t(),
      notes: t(20_000),
      ...(i === 0 ? { confidentialAddress: true } : {}),
    })),
    relationships: [
      {
        id: hid('rel', 1),
        kind: 'partner',
        a: P[0]!,
        b: P[1]!,
        status: 'separated',
        from: '2005',
        to: '2019-08',
        history: [{ status: 'married', on: '2008-07-27' }],
      },
      { id: hid('rel', 2), kind: 'parent', parentId: P[0]!, childId: P[2]!, type: 'biological', source: t(20_000) },
      { id: hid('rel', 3), kind: 'parent', parentId: P[1]!, childId: P[2]!, type: 'biological', disputed: true, source: t(20_000) },
      { id: hid('rel', 4), kind: 'parent', parentId: P[0]!, childId: P[3]!, type: 'biological' },
      { id: hid('rel', 5), kind: 'emotional', a: P[1]!, b: P[0]!, quality: 'violence', direction: 'a-to-b', note: t(20_000) },
      { id: hid('rel', 6), kind: 'support', a: P[3]!, b: P[2]!, label: t() },
      { id: hid('rel', 7), kind: 'twin', a: P[2]!, b: P[3]!, zygosity: 'unknown' },
    ],
    households: [{ id: hid('household', 1), name: t(), memberIds: [P[0]!, P[2]!, P[3]!], from: '2019-08' }],
    agencies: [
      { id: hid('agency', 1), name: t(), sector: 'police' },
      { id: hid('agency', 2), name: t(), sector: 'voluntary' },
    ],
    professionals: [
      { id: hid('pro', 1), name: t(), role: t(), agencyId: hid('agency', 1), phone: t(50), email: t(254) },
      { id: hid('pro', 2), name: t(), role: t(), agencyId: hid('agency', 2), phone: t(50), email: t(254), sensitiveRole: true },
    ],
    involvements: [
      {
        id: hid('inv', 1),
        professionalId: hid('pro', 1),
        personIds: [P[2]!, P[3]!],
        purpose: t(20_000),
        lead: true,
        from: '2023',
        strength: 'stressful',
        consent: 'refused',
        lastContact: '2024-01',
      },
      {
        id: hid('inv', 2),
        professionalId: hid('pro', 2),
        personIds: [P[0]!],
        purpose: t(20_000),
        from: '2021-05',
        to: '2022',
        consent: 'given',
      },
    ],
    chronology: [
      {
        id: hid('entry', 1),
        date: '2023-05-06',
        time: '21:40',
        sequence: 1,
        title: t(),
        summary: t(20_000),
        category: 'police',
        significance: 'critical',
        sourceAgencyId: hid('agency', 1),
        recordedBy: t(),
        recordedAt: '2023-05-07T09:00:00+01:00',
        subjectIds: [P[2]!, P[3]!],
        impact: t(20_000),
        action: t(20_000),
        disputed: true,
        familyView: t(20_000),
        sourceRef: { system: t(), recordId: t(), url: 'javascript:alert(1)' },
        tags: [t(), t()],
      },
      {
        id: hid('entry', 2),
        date: '2023-05',
        approximate: true,
        title: t(),
        summary: t(20_000),
        category: 'other',
        significance: 'notable',
        confidentiality: 'third-party',
        sourceRef: { url: 'data:text/html,<script>alert(1)</script>' },
      },
      {
        id: hid('entry', 3),
        date: '2023',
        endDate: '2024-02',
        title: t(),
        category: 'plan',
        significance: 'significant',
        confidentiality: 'restricted',
        subjectIds: [P[2]!],
        sourceRef: { url: ' JaVaScRiPt:alert(1)' },
      },
      {
        id: hid('entry', 4),
        date: '2024-02-29',
        title: t(),
        category: 'missing',
        significance: 'routine',
        sourceRef: { system: t(), recordId: t(), url: 'https://example.gov.uk/"><script>alert(1)</script>' },
      },
    ],
    safetyPlans: [
      {
        id: hid('plan', 1),
        title: t(),
        status: 'agreed',
        childIds: [P[2]!, P[3]!],
        createdAt: '2023-07-18T15:30:00Z',
        updatedAt: '2024-03-12T16:00:00Z',
        reviewDate: '2024-09',
        version: 2,
        harm: [stmt('harm')],
        complicatingFactors: [stmt('cf')],
        dangerStatements: [{ ...stmt('danger'), linkedIds: [hid('statement-goal', 1)] }],
        strengths: [stmt('strength')],
        existingSafety: [stmt('existing')],
        safetyGoals: [{ ...stmt('goal'), linkedIds: [hid('statement-danger', 1)] }],
        nextSteps: [
          { id: hid('action', 1), text: t(20_000), owner: t(), due: '2024-04', status: 'to-do' },
          { id: hid('action', 2), text: t(20_000), owner: P[0]!, status: 'not-done' },
        ],
        scales: [
          { id: hid('scale', 1), by: t(), score: 3, at: '2024-03-12', question: t(20_000), note: t(20_000) },
          { id: hid('scale', 2), by: P[0]!, score: 7, at: '2024-03' },
        ],
        rules: [stmt('rule')],
        network: [
          { memberId: P[1]!, role: t() },
          { memberId: hid('pro', 2), role: t() },
        ],
        childView: { childId: P[2]!, worries: [stmt('worry')], goodThings: [stmt('good')], dreams: [stmt('dream')], consentToShare: true },
      },
    ],
    audit: [
      {
        id: hid('audit', 1),
        at: '2024-03-12T16:00:00Z',
        actor: t(),
        entity: 'Person',
        entityId: t(),
        op: 'update',
        before: { givenName: t() },
        after: { givenName: t() },
      },
    ],
  };
}

/** A team board with a hostile string in every text field. */
export function hostileBoard(options: HostileOptions = {}): TeamBoard {
  const t = texts(!!options.huge);
  return {
    schema: TEAM_BOARD_SCHEMA,
    id: hid('board', 1),
    team: t(),
    blockages: [
      {
        id: hid('blockage', 1),
        title: t(),
        detail: t(20_000),
        raisedAt: '2025-01-06T09:00:00Z',
        raisedBy: t(),
        category: 'it-system',
        hoursLostPerWeek: 2.5,
        metToo: 3,
        status: 'acting',
        owner: t(),
        actions: [{ text: t(20_000), at: '2025-01-07T09:00:00Z', by: t() }],
      },
      {
        id: hid('blockage', 2),
        title: t(),
        detail: t(20_000),
        raisedAt: '2025-01-06T09:00:00+01:00',
        category: 'other',
        status: 'resolved',
        resolvedAt: '2025-02-01T12:00:00Z',
        resolution: t(20_000),
        actions: [],
      },
      { id: '__proto__', title: t(), raisedAt: '2025-03-01T09:00:00Z', category: 'policy', status: 'raised' },
    ],
    debriefs: [{ id: hid('debrief', 1), date: '2025-02-20', discussedIds: [hid('blockage', 1), '__proto__'], notes: t(20_000) }],
    audit: [{ id: hid('audit', 1), at: '2025-02-01T12:00:00Z', actor: t(), entity: 'Blockage', entityId: t(), op: 'update' }],
  };
}

// zod/mini: the same parser and rules as zod's classic API, but its functions are tree-shakable, so a page loads only
// the parts the contract uses (about a third of classic zod's weight; docs/performance.md).
import * as z from 'zod/mini';
import { Id, IdOrName, Instant, MediaType, PartialDate, Text, Time, Title, WebAddress } from './primitives.js';
import * as E from './enums.js';
import { list, str, wholeNumber } from './build.js';

// Records are loose objects: unknown fields are kept so a bundle round-trips unchanged.
const record = <T extends z.core.$ZodLooseShape>(shape: T) => z.looseObject(shape);

export const CASE_BUNDLE_SCHEMA = 'opencasework/case-bundle@1' as const;

export const Identifier = record({ system: str(200), value: str(200) });

export const Pregnancy = record({
  outcome: z.enum(E.PREGNANCY_OUTCOMES),
  expected: z.optional(PartialDate),
});

export const Person = record({
  id: Id,
  givenName: z.optional(str(200)),
  familyName: z.optional(str(200)),
  preferredName: z.optional(str(200)),
  gender: z.enum(E.GENDERS),
  pronouns: z.optional(str(200)),
  identifiers: list(Identifier),
  dateOfBirth: z.optional(PartialDate),
  dateOfDeath: z.optional(PartialDate),
  deceased: z.optional(z.boolean()),
  pregnancy: z.optional(Pregnancy),
  ethnicity: z.optional(str(200)),
  language: z.optional(str(200)),
  notes: z.optional(Text),
  confidentialAddress: z.optional(z.boolean()),
}).check(
  z.refine((p) => !(p.deceased === false && p.dateOfDeath), {
    message: 'has a date of death but is marked as not deceased',
    path: ['deceased'],
  }),
);

const PartnerHistory = record({ status: z.enum(E.PARTNER_STATUSES), on: PartialDate });

export const PartnerRelationship = record({
  id: Id,
  kind: z.literal('partner'),
  a: Id,
  b: Id,
  status: z.enum(E.PARTNER_STATUSES),
  from: z.optional(PartialDate),
  to: z.optional(PartialDate),
  history: list(PartnerHistory),
  consanguineous: z.optional(z.boolean()),
});
export const ParentRelationship = record({
  id: Id,
  kind: z.literal('parent'),
  parentId: Id,
  childId: Id,
  type: z.enum(E.PARENT_TYPES),
  from: z.optional(PartialDate),
  to: z.optional(PartialDate),
  disputed: z.optional(z.boolean()),
  source: z.optional(Text),
});
export const TwinRelationship = record({
  id: Id,
  kind: z.literal('twin'),
  a: Id,
  b: Id,
  zygosity: z.enum(E.ZYGOSITIES),
});
export const EmotionalRelationship = record({
  id: Id,
  kind: z.literal('emotional'),
  a: Id,
  b: Id,
  quality: z.enum(E.EMOTIONAL_QUALITIES),
  direction: z.optional(z.enum(E.DIRECTIONS)),
  note: z.optional(Text),
});
export const SupportRelationship = record({
  id: Id,
  kind: z.literal('support'),
  a: Id,
  b: Id,
  label: z.optional(str(200)),
});
export const Relationship = z.discriminatedUnion('kind', [
  PartnerRelationship,
  ParentRelationship,
  TwinRelationship,
  EmotionalRelationship,
  SupportRelationship,
]);

export const Household = record({
  id: Id,
  name: z.optional(str(200)),
  memberIds: list(Id),
  from: z.optional(PartialDate),
  to: z.optional(PartialDate),
});

export const Agency = record({ id: Id, name: Title, sector: z.enum(E.SECTORS) });

export const Professional = record({
  id: Id,
  name: Title,
  role: Title,
  agencyId: Id,
  phone: z.optional(str(50)),
  email: z.optional(str(254)),
  sensitiveRole: z.optional(z.boolean()),
});

export const Involvement = record({
  id: Id,
  professionalId: Id,
  personIds: list(Id),
  purpose: z.optional(Text),
  lead: z.optional(z.boolean()),
  from: z.optional(PartialDate),
  to: z.optional(PartialDate),
  strength: z.optional(z.enum(E.STRENGTHS)),
  consent: z.optional(z.enum(E.CONSENTS)),
  lastContact: z.optional(PartialDate),
});

export const SourceRef = record({
  system: z.optional(str(200)),
  recordId: z.optional(str(200)),
  url: z.optional(str(2000)),
});

export const ChronologyEntry = record({
  id: Id,
  date: PartialDate,
  time: z.optional(Time),
  approximate: z.optional(z.boolean()),
  sequence: z.optional(wholeNumber()),
  endDate: z.optional(PartialDate),
  /** The plan or placement entry this entry ends (a closure or decision), for hosts that can say it exactly. */
  endsId: z.optional(Id),
  title: Title,
  summary: z.optional(Text),
  category: z.enum(E.CATEGORIES),
  sourceAgencyId: z.optional(Id),
  recordedBy: z.optional(str(200)),
  recordedAt: z.optional(Instant),
  subjectIds: list(Id),
  significance: z.enum(E.SIGNIFICANCES),
  impact: z.optional(Text),
  action: z.optional(Text),
  disputed: z.optional(z.boolean()),
  familyView: z.optional(Text),
  confidentiality: z.optional(z.enum(E.CONFIDENTIALITIES)),
  sourceRef: z.optional(SourceRef),
  tags: list(str(200)),
}).check(
  z.refine((e) => !e.time || e.date.length === 10, { message: 'has a time but its date is not a full date', path: ['time'] }),
  z.refine((e) => !e.endDate || e.endDate >= e.date.slice(0, e.endDate.length), { message: 'ends before it starts', path: ['endDate'] }),
);

/**
 * A document of the case: a letter, a report, minutes, a photo, a child's drawing, a recording. Its content is either
 * served by the host (`url`) or held by the store (`attachmentId`, see `CaseStore.putAttachment`); a record of a paper
 * document may have neither.
 */
export const Document = record({
  id: Id,
  title: Title,
  kind: z.enum(E.DOCUMENT_KINDS),
  mediaType: MediaType,
  date: PartialDate,
  /** Who wrote, took or recorded it: "Id or string" (a person or professional of the bundle, or a name). */
  authorId: z.optional(IdOrName),
  /** Whom it concerns: people of the bundle. */
  subjectIds: list(Id),
  /** The chronology entries it belongs to (a visit's photo, a conference's minutes). */
  entryIds: list(Id),
  confidentiality: z.optional(z.enum(E.CONFIDENTIALITIES)),
  /** Where the host serves it: http(s) or a relative address only. */
  url: z.optional(WebAddress),
  /** The id the store gave its bytes (`CaseStore.putAttachment`). */
  attachmentId: z.optional(Id),
  /** Its size in bytes. */
  size: z.optional(wholeNumber(0)),
  summary: z.optional(Text),
});

export const Statement = record({
  id: Id,
  text: Text,
  by: z.optional(IdOrName),
  familyWords: z.optional(z.boolean()),
  agreedBy: list(IdOrName),
  disputedBy: list(IdOrName),
  linkedIds: list(Id),
});
export const Action = record({
  id: Id,
  text: Text,
  owner: z.optional(IdOrName),
  due: z.optional(PartialDate),
  status: z.enum(E.ACTION_STATUSES),
});
export const ScaleRating = record({
  id: Id,
  by: IdOrName,
  score: wholeNumber(0, 10),
  at: PartialDate,
  question: z.optional(Text),
  note: z.optional(Text),
});
export const NetworkMember = record({ memberId: Id, role: z.optional(str(200)) });
export const ChildView = record({
  childId: z.optional(Id),
  worries: list(Statement),
  goodThings: list(Statement),
  dreams: list(Statement),
  consentToShare: z.optional(z.boolean()),
});

/** The statement lists of a plan, in map order. */
export const STATEMENT_SECTIONS = [
  'harm',
  'complicatingFactors',
  'dangerStatements',
  'strengths',
  'existingSafety',
  'safetyGoals',
  'rules',
] as const;
export type StatementSection = (typeof STATEMENT_SECTIONS)[number];

export const SafetyPlan = record({
  id: Id,
  title: z.optional(str(200)),
  status: z.enum(E.PLAN_STATUSES),
  childIds: list(Id),
  createdAt: Instant,
  updatedAt: Instant,
  reviewDate: z.optional(PartialDate),
  version: wholeNumber(0),
  harm: list(Statement),
  complicatingFactors: list(Statement),
  dangerStatements: list(Statement),
  strengths: list(Statement),
  existingSafety: list(Statement),
  safetyGoals: list(Statement),
  nextSteps: list(Action),
  scales: list(ScaleRating),
  rules: list(Statement),
  network: list(NetworkMember),
  childView: z.optional(ChildView),
});

export const AuditEvent = record({
  id: Id,
  at: Instant,
  actor: str(200),
  entity: z.enum(E.ENTITY_TYPES),
  entityId: Id,
  op: z.enum(E.OPS),
  before: z.optional(z.unknown()),
  after: z.optional(z.unknown()),
});

export const CaseInfo = record({
  id: Id,
  title: z.optional(str(200)),
  subjectIds: list(Id),
  openedAt: z.optional(PartialDate),
  closedAt: z.optional(PartialDate),
});

export const CaseBundle = record({
  schema: z.literal(CASE_BUNDLE_SCHEMA),
  case: CaseInfo,
  people: list(Person),
  relationships: list(Relationship),
  households: list(Household),
  agencies: list(Agency),
  professionals: list(Professional),
  involvements: list(Involvement),
  chronology: list(ChronologyEntry),
  safetyPlans: list(SafetyPlan),
  documents: list(Document),
  audit: list(AuditEvent),
});

export type Person = z.infer<typeof Person>;
export type Relationship = z.infer<typeof Relationship>;
export type PartnerRelationship = z.infer<typeof PartnerRelationship>;
export type ParentRelationship = z.infer<typeof ParentRelationship>;
export type TwinRelationship = z.infer<typeof TwinRelationship>;
export type EmotionalRelationship = z.infer<typeof EmotionalRelationship>;
export type SupportRelationship = z.infer<typeof SupportRelationship>;
export type Household = z.infer<typeof Household>;
export type Agency = z.infer<typeof Agency>;
export type Professional = z.infer<typeof Professional>;
export type Involvement = z.infer<typeof Involvement>;
export type ChronologyEntry = z.infer<typeof ChronologyEntry>;
export type Document = z.infer<typeof Document>;
export type Statement = z.infer<typeof Statement>;
export type Action = z.infer<typeof Action>;
export type ScaleRating = z.infer<typeof ScaleRating>;
export type NetworkMember = z.infer<typeof NetworkMember>;
export type ChildView = z.infer<typeof ChildView>;
export type SafetyPlan = z.infer<typeof SafetyPlan>;
export type AuditEvent = z.infer<typeof AuditEvent>;
export type CaseInfo = z.infer<typeof CaseInfo>;
export type CaseBundle = z.infer<typeof CaseBundle>;

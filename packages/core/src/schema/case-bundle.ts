// A namespace import lets bundlers drop the parts of zod we do not use (its locales alone are most of its size).
import * as z from 'zod';
import { Id, IdOrName, Instant, MediaType, PartialDate, Text, Time, Title, WebAddress } from './primitives.js';
import * as E from './enums.js';

// Records are loose objects: unknown fields are kept so a bundle round-trips unchanged.
const record = <T extends z.ZodRawShape>(shape: T) => z.looseObject(shape);
const list = <T extends z.ZodType>(item: T) => z.array(item).optional();

export const CASE_BUNDLE_SCHEMA = 'opencasework/case-bundle@1' as const;

export const Identifier = record({ system: z.string().max(200), value: z.string().max(200) });

export const Pregnancy = record({
  outcome: z.enum(E.PREGNANCY_OUTCOMES),
  expected: PartialDate.optional(),
});

export const Person = record({
  id: Id,
  givenName: z.string().max(200).optional(),
  familyName: z.string().max(200).optional(),
  preferredName: z.string().max(200).optional(),
  gender: z.enum(E.GENDERS),
  pronouns: z.string().max(200).optional(),
  identifiers: list(Identifier),
  dateOfBirth: PartialDate.optional(),
  dateOfDeath: PartialDate.optional(),
  deceased: z.boolean().optional(),
  pregnancy: Pregnancy.optional(),
  ethnicity: z.string().max(200).optional(),
  language: z.string().max(200).optional(),
  notes: Text.optional(),
  confidentialAddress: z.boolean().optional(),
}).refine((p) => !(p.deceased === false && p.dateOfDeath), {
  message: 'has a date of death but is marked as not deceased',
  path: ['deceased'],
});

const PartnerHistory = record({ status: z.enum(E.PARTNER_STATUSES), on: PartialDate });

export const PartnerRelationship = record({
  id: Id,
  kind: z.literal('partner'),
  a: Id,
  b: Id,
  status: z.enum(E.PARTNER_STATUSES),
  from: PartialDate.optional(),
  to: PartialDate.optional(),
  history: list(PartnerHistory),
  consanguineous: z.boolean().optional(),
});
export const ParentRelationship = record({
  id: Id,
  kind: z.literal('parent'),
  parentId: Id,
  childId: Id,
  type: z.enum(E.PARENT_TYPES),
  from: PartialDate.optional(),
  to: PartialDate.optional(),
  disputed: z.boolean().optional(),
  source: Text.optional(),
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
  direction: z.enum(E.DIRECTIONS).optional(),
  note: Text.optional(),
});
export const SupportRelationship = record({
  id: Id,
  kind: z.literal('support'),
  a: Id,
  b: Id,
  label: z.string().max(200).optional(),
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
  name: z.string().max(200).optional(),
  memberIds: list(Id),
  from: PartialDate.optional(),
  to: PartialDate.optional(),
});

export const Agency = record({ id: Id, name: Title, sector: z.enum(E.SECTORS) });

export const Professional = record({
  id: Id,
  name: Title,
  role: Title,
  agencyId: Id,
  phone: z.string().max(50).optional(),
  email: z.string().max(254).optional(),
  sensitiveRole: z.boolean().optional(),
});

export const Involvement = record({
  id: Id,
  professionalId: Id,
  personIds: list(Id),
  purpose: Text.optional(),
  lead: z.boolean().optional(),
  from: PartialDate.optional(),
  to: PartialDate.optional(),
  strength: z.enum(E.STRENGTHS).optional(),
  consent: z.enum(E.CONSENTS).optional(),
  lastContact: PartialDate.optional(),
});

export const SourceRef = record({
  system: z.string().max(200).optional(),
  recordId: z.string().max(200).optional(),
  url: z.string().max(2000).optional(),
});

export const ChronologyEntry = record({
  id: Id,
  date: PartialDate,
  time: Time.optional(),
  approximate: z.boolean().optional(),
  sequence: z.number().int('must be a whole number').optional(),
  endDate: PartialDate.optional(),
  /** The plan or placement entry this entry ends (a closure or decision), for hosts that can say it exactly. */
  endsId: Id.optional(),
  title: Title,
  summary: Text.optional(),
  category: z.enum(E.CATEGORIES),
  sourceAgencyId: Id.optional(),
  recordedBy: z.string().max(200).optional(),
  recordedAt: Instant.optional(),
  subjectIds: list(Id),
  significance: z.enum(E.SIGNIFICANCES),
  impact: Text.optional(),
  action: Text.optional(),
  disputed: z.boolean().optional(),
  familyView: Text.optional(),
  confidentiality: z.enum(E.CONFIDENTIALITIES).optional(),
  sourceRef: SourceRef.optional(),
  tags: list(z.string().max(200)),
})
  .refine((e) => !e.time || e.date.length === 10, { message: 'has a time but its date is not a full date', path: ['time'] })
  .refine((e) => !e.endDate || e.endDate >= e.date.slice(0, e.endDate.length), { message: 'ends before it starts', path: ['endDate'] });

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
  authorId: IdOrName.optional(),
  /** Whom it concerns: people of the bundle. */
  subjectIds: list(Id),
  /** The chronology entries it belongs to (a visit's photo, a conference's minutes). */
  entryIds: list(Id),
  confidentiality: z.enum(E.CONFIDENTIALITIES).optional(),
  /** Where the host serves it: http(s) or a relative address only. */
  url: WebAddress.optional(),
  /** The id the store gave its bytes (`CaseStore.putAttachment`). */
  attachmentId: Id.optional(),
  /** Its size in bytes. */
  size: z.number().int('must be a whole number').min(0, 'must be 0 or more').optional(),
  summary: Text.optional(),
});

export const Statement = record({
  id: Id,
  text: Text,
  by: IdOrName.optional(),
  familyWords: z.boolean().optional(),
  agreedBy: list(IdOrName),
  disputedBy: list(IdOrName),
  linkedIds: list(Id),
});
export const Action = record({
  id: Id,
  text: Text,
  owner: IdOrName.optional(),
  due: PartialDate.optional(),
  status: z.enum(E.ACTION_STATUSES),
});
export const ScaleRating = record({
  id: Id,
  by: IdOrName,
  score: z.number().int('must be a whole number').min(0, 'must be 0 or more').max(10, 'must be 10 or less'),
  at: PartialDate,
  question: Text.optional(),
  note: Text.optional(),
});
export const NetworkMember = record({ memberId: Id, role: z.string().max(200).optional() });
export const ChildView = record({
  childId: Id.optional(),
  worries: list(Statement),
  goodThings: list(Statement),
  dreams: list(Statement),
  consentToShare: z.boolean().optional(),
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
  title: z.string().max(200).optional(),
  status: z.enum(E.PLAN_STATUSES),
  childIds: list(Id),
  createdAt: Instant,
  updatedAt: Instant,
  reviewDate: PartialDate.optional(),
  version: z.number().int('must be a whole number').min(0, 'must be 0 or more'),
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
  childView: ChildView.optional(),
});

export const AuditEvent = record({
  id: Id,
  at: Instant,
  actor: z.string().max(200),
  entity: z.enum(E.ENTITY_TYPES),
  entityId: Id,
  op: z.enum(E.OPS),
  before: z.unknown().optional(),
  after: z.unknown().optional(),
});

export const CaseInfo = record({
  id: Id,
  title: z.string().max(200).optional(),
  subjectIds: list(Id),
  openedAt: PartialDate.optional(),
  closedAt: PartialDate.optional(),
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

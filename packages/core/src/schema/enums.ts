/** Every enum in the data contract, as readonly tuples so UI code can list the options in order. */
export const GENDERS = ['female', 'male', 'non-binary', 'other', 'not-known', 'not-stated'] as const;
export const PREGNANCY_OUTCOMES = ['ongoing', 'miscarriage', 'stillbirth', 'termination'] as const;
export const PARTNER_STATUSES = [
  'married',
  'civil-partnership',
  'cohabiting',
  'engaged',
  'dating',
  'separated',
  'divorced',
  'widowed',
] as const;
export const PARENT_TYPES = ['biological', 'legal', 'adoptive', 'foster', 'step', 'kinship', 'special-guardian', 'unknown'] as const;
export const ZYGOSITIES = ['identical', 'fraternal', 'unknown'] as const;
export const EMOTIONAL_QUALITIES = [
  'close',
  'very-close',
  'fused',
  'distant',
  'conflict',
  'hostile',
  'cut-off',
  'abuse',
  'violence',
  'neglect',
  'focused-on',
] as const;
export const DIRECTIONS = ['a-to-b', 'b-to-a', 'both'] as const;
export const SECTORS = [
  'social-care',
  'health',
  'education',
  'police',
  'probation',
  'housing',
  'youth-justice',
  'early-help',
  'mental-health',
  'substance-misuse',
  'voluntary',
  'other',
] as const;
export const STRENGTHS = ['strong', 'moderate', 'tenuous', 'stressful'] as const;
export const CONSENTS = ['given', 'refused', 'not-asked', 'not-required'] as const;
export const CATEGORIES = [
  'referral',
  'contact',
  'assessment',
  'visit',
  'meeting',
  'conference',
  'plan',
  'incident',
  'police',
  'health',
  'education',
  'court',
  'placement',
  'missing',
  'decision',
  'closure',
  'other',
] as const;
export const SIGNIFICANCES = ['routine', 'notable', 'significant', 'critical'] as const;
export const CONFIDENTIALITIES = ['standard', 'restricted', 'third-party'] as const;
/** What a case document is. `drawing`: a child's own drawing (a Three Houses picture); `minutes`: of a meeting. */
export const DOCUMENT_KINDS = [
  'letter',
  'report',
  'assessment',
  'plan',
  'minutes',
  'court',
  'photo',
  'drawing',
  'audio',
  'video',
  'other',
] as const;
export const PLAN_STATUSES = ['draft', 'agreed', 'reviewed', 'closed'] as const;
export const ACTION_STATUSES = ['to-do', 'doing', 'done', 'not-done'] as const;
export const ENTITY_TYPES = [
  'Person',
  'Relationship',
  'Household',
  'Agency',
  'Professional',
  'Involvement',
  'ChronologyEntry',
  'SafetyPlan',
  'Blockage',
  'Debrief',
  'Document',
] as const;
export const OPS = ['create', 'update', 'delete'] as const;
export const BLOCKAGE_CATEGORIES = ['recording', 'it-system', 'process', 'policy', 'partner-agency', 'resources', 'other'] as const;
export const BLOCKAGE_STATUSES = ['raised', 'discussed', 'acting', 'resolved', 'escalated'] as const;

export type Gender = (typeof GENDERS)[number];
export type PartnerStatus = (typeof PARTNER_STATUSES)[number];
export type ParentType = (typeof PARENT_TYPES)[number];
export type EmotionalQuality = (typeof EMOTIONAL_QUALITIES)[number];
export type Sector = (typeof SECTORS)[number];
export type Strength = (typeof STRENGTHS)[number];
export type Consent = (typeof CONSENTS)[number];
export type Category = (typeof CATEGORIES)[number];
export type Significance = (typeof SIGNIFICANCES)[number];
export type Confidentiality = (typeof CONFIDENTIALITIES)[number];
/** The kind of a case document (named so, not `DocumentKind`, which is the DocumentController's case-or-board). */
export type CaseDocumentKind = (typeof DOCUMENT_KINDS)[number];
export type PlanStatus = (typeof PLAN_STATUSES)[number];
export type ActionStatus = (typeof ACTION_STATUSES)[number];
export type EntityType = (typeof ENTITY_TYPES)[number];
export type Op = (typeof OPS)[number];
export type BlockageCategory = (typeof BLOCKAGE_CATEGORIES)[number];
export type BlockageStatus = (typeof BLOCKAGE_STATUSES)[number];

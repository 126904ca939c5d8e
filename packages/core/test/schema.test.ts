import { expect } from '@open-wc/testing';
import * as S from '../src/schema/index.js';
import { parseCaseBundle, parseTeamBoard, type DataIssue, type IssueEntity } from '../src/index.js';
import { sampleBoard, sampleCase } from '../sample/index.js';

type Obj = Record<string, any>;
/** A valid document with a confidentiality to break (the sample case has none: documents are new in issue 20). */
const aDocument = (id: string): Obj => ({
  id,
  title: 'Letter to the family',
  kind: 'letter',
  mediaType: 'application/pdf',
  date: '2024-03',
  confidentiality: 'standard',
});
const clone = <T>(v: T): T => structuredClone(v);

/** Sets a value at a path such as "history[0].status". */
function setPath(rec: Obj, path: string, value: unknown): void {
  const keys = path.replace(/\[(\d+)\]/g, '.$1').split('.');
  let o: Obj = rec;
  for (const k of keys.slice(0, -1)) o = o[k];
  o[keys.at(-1)!] = value;
}

describe('zod schemas on the sample data', () => {
  const lists: [string, unknown[] | undefined, { safeParse(v: unknown): { success: boolean } }][] = [
    ['people', sampleCase.people, S.Person],
    ['relationships', sampleCase.relationships, S.Relationship],
    ['households', sampleCase.households, S.Household],
    ['agencies', sampleCase.agencies, S.Agency],
    ['professionals', sampleCase.professionals, S.Professional],
    ['involvements', sampleCase.involvements, S.Involvement],
    ['chronology', sampleCase.chronology, S.ChronologyEntry],
    ['safetyPlans', sampleCase.safetyPlans, S.SafetyPlan],
    ['audit', sampleCase.audit, S.AuditEvent],
    ['blockages', sampleBoard.blockages, S.Blockage],
    ['debriefs', sampleBoard.debriefs, S.Debrief],
  ];
  for (const [name, items, schema] of lists) {
    it(`every record of ${name} passes its schema`, () => {
      expect(items, name).to.be.an('array').that.is.not.empty;
      const failing = items!.filter((r) => !schema.safeParse(r).success).map((r) => (r as Obj).id);
      expect(failing).to.deep.equal([]);
    });
  }

  it('every statement, action and rating of the safety plan passes its schema', () => {
    const plan = sampleCase.safetyPlans![0]!;
    const statements = [
      ...S.STATEMENT_SECTIONS.flatMap((k) => plan[k] ?? []),
      ...(plan.childView?.worries ?? []),
      ...(plan.childView?.goodThings ?? []),
      ...(plan.childView?.dreams ?? []),
    ];
    expect(statements.length).to.be.greaterThan(20);
    expect(statements.filter((s) => !S.Statement.safeParse(s).success)).to.deep.equal([]);
    expect((plan.nextSteps ?? []).filter((a) => !S.Action.safeParse(a).success)).to.deep.equal([]);
    expect((plan.scales ?? []).filter((r) => !S.ScaleRating.safeParse(r).success)).to.deep.equal([]);
  });

  it('the whole case bundle and team board pass their top-level schemas', () => {
    expect(S.CaseBundle.safeParse(sampleCase).success).to.equal(true);
    expect(S.TeamBoard.safeParse(sampleBoard).success).to.equal(true);
  });

  it('parseCaseBundle keeps every record of the sample unchanged, with zero issues', () => {
    const { value, issues } = parseCaseBundle(clone(sampleCase));
    expect(issues).to.deep.equal([]);
    expect(value).to.deep.equal(sampleCase);
  });

  it('parseTeamBoard keeps every record of the sample board unchanged, with zero issues', () => {
    const { value, issues } = parseTeamBoard(clone(sampleBoard));
    expect(issues).to.deep.equal([]);
    expect(value).to.deep.equal(sampleBoard);
  });

  it('the checked-in JSON files equal the TypeScript export (run node scripts/gen-sample.mjs after changing the sample)', async () => {
    const [caseJson, boardJson] = await Promise.all([
      fetch('/packages/core/sample/case-bundle.json').then((r) => r.json()),
      fetch('/packages/core/sample/team-board.json').then((r) => r.json()),
    ]);
    expect(caseJson).to.deep.equal(sampleCase);
    expect(boardJson).to.deep.equal(sampleBoard);
  });
});

/** Every enum field of the contract: one generated test each. */
interface EnumField {
  label: string;
  doc: 'case' | 'board';
  entity: IssueEntity;
  /** The list that holds the record, in a document. */
  list: (d: Obj) => Obj[];
  /** Which record of the list to break. */
  find: (r: Obj) => boolean;
  path: string;
  allowed: readonly string[];
}

const KINDS = ['partner', 'parent', 'twin', 'emotional', 'support'] as const;
const any = () => true;
const plan = (d: Obj) => d.safetyPlans[0];

const ENUM_FIELDS: EnumField[] = [
  { label: 'Person.gender', doc: 'case', entity: 'Person', list: (d) => d.people, find: any, path: 'gender', allowed: S.GENDERS },
  {
    label: 'Person.pregnancy.outcome',
    doc: 'case',
    entity: 'Person',
    list: (d) => d.people,
    find: (r) => !!r.pregnancy,
    path: 'pregnancy.outcome',
    allowed: S.PREGNANCY_OUTCOMES,
  },
  {
    label: 'Relationship.kind',
    doc: 'case',
    entity: 'Relationship',
    list: (d) => d.relationships,
    find: (r) => r.kind === 'twin',
    path: 'kind',
    allowed: KINDS,
  },
  {
    label: 'PartnerRelationship.status',
    doc: 'case',
    entity: 'Relationship',
    list: (d) => d.relationships,
    find: (r) => r.kind === 'partner',
    path: 'status',
    allowed: S.PARTNER_STATUSES,
  },
  {
    label: 'PartnerRelationship.history[].status',
    doc: 'case',
    entity: 'Relationship',
    list: (d) => d.relationships,
    find: (r) => r.kind === 'partner' && r.history?.length,
    path: 'history[0].status',
    allowed: S.PARTNER_STATUSES,
  },
  {
    label: 'ParentRelationship.type',
    doc: 'case',
    entity: 'Relationship',
    list: (d) => d.relationships,
    find: (r) => r.kind === 'parent',
    path: 'type',
    allowed: S.PARENT_TYPES,
  },
  {
    label: 'TwinRelationship.zygosity',
    doc: 'case',
    entity: 'Relationship',
    list: (d) => d.relationships,
    find: (r) => r.kind === 'twin',
    path: 'zygosity',
    allowed: S.ZYGOSITIES,
  },
  {
    label: 'EmotionalRelationship.quality',
    doc: 'case',
    entity: 'Relationship',
    list: (d) => d.relationships,
    find: (r) => r.kind === 'emotional',
    path: 'quality',
    allowed: S.EMOTIONAL_QUALITIES,
  },
  {
    label: 'EmotionalRelationship.direction',
    doc: 'case',
    entity: 'Relationship',
    list: (d) => d.relationships,
    find: (r) => r.kind === 'emotional' && r.direction,
    path: 'direction',
    allowed: S.DIRECTIONS,
  },
  { label: 'Agency.sector', doc: 'case', entity: 'Agency', list: (d) => d.agencies, find: any, path: 'sector', allowed: S.SECTORS },
  {
    label: 'Involvement.strength',
    doc: 'case',
    entity: 'Involvement',
    list: (d) => d.involvements,
    find: (r) => r.strength,
    path: 'strength',
    allowed: S.STRENGTHS,
  },
  {
    label: 'Involvement.consent',
    doc: 'case',
    entity: 'Involvement',
    list: (d) => d.involvements,
    find: (r) => r.consent,
    path: 'consent',
    allowed: S.CONSENTS,
  },
  {
    label: 'ChronologyEntry.category',
    doc: 'case',
    entity: 'ChronologyEntry',
    list: (d) => d.chronology,
    find: any,
    path: 'category',
    allowed: S.CATEGORIES,
  },
  {
    label: 'ChronologyEntry.significance',
    doc: 'case',
    entity: 'ChronologyEntry',
    list: (d) => d.chronology,
    find: any,
    path: 'significance',
    allowed: S.SIGNIFICANCES,
  },
  {
    label: 'Document.kind',
    doc: 'case',
    entity: 'Document',
    list: (d) => (d.documents ??= [aDocument('d-1'), aDocument('d-2')]),
    find: any,
    path: 'kind',
    allowed: S.DOCUMENT_KINDS,
  },
  {
    label: 'Document.confidentiality',
    doc: 'case',
    entity: 'Document',
    list: (d) => (d.documents ??= [aDocument('d-1'), aDocument('d-2')]),
    find: any,
    path: 'confidentiality',
    allowed: S.CONFIDENTIALITIES,
  },
  {
    label: 'ChronologyEntry.confidentiality',
    doc: 'case',
    entity: 'ChronologyEntry',
    list: (d) => d.chronology,
    find: (r) => r.confidentiality,
    path: 'confidentiality',
    allowed: S.CONFIDENTIALITIES,
  },
  {
    label: 'SafetyPlan.status',
    doc: 'case',
    entity: 'SafetyPlan',
    list: (d) => d.safetyPlans,
    find: any,
    path: 'status',
    allowed: S.PLAN_STATUSES,
  },
  {
    label: 'Action.status',
    doc: 'case',
    entity: 'Action',
    list: (d) => plan(d).nextSteps,
    find: any,
    path: 'status',
    allowed: S.ACTION_STATUSES,
  },
  {
    label: 'AuditEvent.entity',
    doc: 'case',
    entity: 'AuditEvent',
    list: (d) => d.audit,
    find: any,
    path: 'entity',
    allowed: S.ENTITY_TYPES,
  },
  { label: 'AuditEvent.op', doc: 'case', entity: 'AuditEvent', list: (d) => d.audit, find: any, path: 'op', allowed: S.OPS },
  {
    label: 'Blockage.category',
    doc: 'board',
    entity: 'Blockage',
    list: (d) => d.blockages,
    find: any,
    path: 'category',
    allowed: S.BLOCKAGE_CATEGORIES,
  },
  {
    label: 'Blockage.status',
    doc: 'board',
    entity: 'Blockage',
    list: (d) => d.blockages,
    find: any,
    path: 'status',
    allowed: S.BLOCKAGE_STATUSES,
  },
];

/**
 * Descriptive fields: a bad value there keeps the record, shown without that field (or list item), and the issue says
 * so. Every other enum (identity, links, status, confidentiality, what a drawing would show falsely) leaves the record out.
 */
const KEPT_WITHOUT = new Set(['PartnerRelationship.history[].status', 'Involvement.strength', 'Involvement.consent']);

describe('each enum field with a value outside its list', () => {
  for (const f of ENUM_FIELDS) {
    const rule = KEPT_WITHOUT.has(f.label) ? 'keeps the record without that field' : 'leaves out only that record';
    it(`${f.label}: reports the record, its id, the path and the allowed values; ${rule}`, () => {
      const doc = clone(f.doc === 'case' ? sampleCase : sampleBoard) as Obj;
      const list = f.list(doc);
      const target = list.find(f.find)!;
      expect(target, 'a record to break').to.exist;
      const before = list.length;
      setPath(target, f.path, 'not-a-real-value');
      const { value, issues } = (f.doc === 'case' ? parseCaseBundle : parseTeamBoard)(doc) as { value: Obj; issues: DataIssue[] };
      const issue = issues.find((i) => i.entity === f.entity && i.id === target.id && i.path === f.path);
      expect(issue, JSON.stringify(issues.slice(0, 3))).to.exist;
      for (const v of f.allowed) expect(issue!.message).to.include(v);
      const kept = f.list(value);
      if (KEPT_WITHOUT.has(f.label)) {
        expect(issue!.withheld).to.equal(true);
        expect(issue!.message).to.include('the record is shown without it');
        expect(kept.map((r) => r.id)).to.include(target.id);
        expect(kept.length).to.equal(before);
        return;
      }
      expect(issue!.withheld).to.equal(undefined);
      expect(kept.map((r) => r.id)).not.to.include(target.id);
      expect(kept.length).to.equal(before - 1);
    });
  }

  it('covers every enum tuple of the contract', () => {
    const covered = new Set(ENUM_FIELDS.map((f) => f.allowed));
    const tuples = [
      S.GENDERS,
      S.PREGNANCY_OUTCOMES,
      S.PARTNER_STATUSES,
      S.PARENT_TYPES,
      S.ZYGOSITIES,
      S.EMOTIONAL_QUALITIES,
      S.DIRECTIONS,
      S.SECTORS,
      S.STRENGTHS,
      S.CONSENTS,
      S.CATEGORIES,
      S.SIGNIFICANCES,
      S.DOCUMENT_KINDS,
      S.CONFIDENTIALITIES,
      S.PLAN_STATUSES,
      S.ACTION_STATUSES,
      S.ENTITY_TYPES,
      S.OPS,
      S.BLOCKAGE_CATEGORIES,
      S.BLOCKAGE_STATUSES,
    ];
    for (const t of tuples) expect(covered.has(t), t.join(',')).to.equal(true);
  });
});

describe('the generated JSON Schemas (docs/schema, npm run schema)', () => {
  const load = (name: string) => fetch(`/docs/schema/${name}.schema.json`).then((r) => r.json());

  it('are draft 2020-12 with an $id, a title and a description', async () => {
    for (const name of ['case-bundle', 'team-board']) {
      const js = await load(name);
      expect(js.$schema).to.equal('https://json-schema.org/draft/2020-12/schema');
      expect(js.$id).to.match(/^urn:opencasework:schema:/);
      expect(js.title).to.be.a('string');
      expect(js.description).to.include('parse');
    }
  });

  it('describe every record type, with the enums of the zod schemas and unknown fields allowed', async () => {
    const js = await load('case-bundle');
    for (const def of [
      'Case',
      'Person',
      'Relationship',
      'PartnerRelationship',
      'ParentRelationship',
      'Household',
      'Agency',
      'Professional',
      'Involvement',
      'ChronologyEntry',
      'Document',
      'SafetyPlan',
      'Statement',
      'Action',
      'ScaleRating',
      'AuditEvent',
      'PartialDate',
      'Instant',
      'Id',
    ]) {
      expect(js.$defs, def).to.have.property(def);
    }
    expect(js.$defs.Person.properties.gender.enum).to.deep.equal([...S.GENDERS]);
    expect(js.$defs.ChronologyEntry.properties.category.enum).to.deep.equal([...S.CATEGORIES]);
    expect(js.$defs.ChronologyEntry.required).to.include.members(['id', 'date', 'title', 'category', 'significance']);
    expect(js.$defs.Document.properties.kind.enum).to.deep.equal([...S.DOCUMENT_KINDS]);
    expect(js.$defs.Document.required).to.include.members(['id', 'title', 'kind', 'mediaType', 'date']);
    expect(js.$defs.Document.additionalProperties).to.deep.equal({});
    expect(js.properties.documents.items.$ref).to.equal('#/$defs/Document');
    expect(js.$defs.Person.additionalProperties).to.deep.equal({});
    expect(js.properties.schema.const).to.equal(S.CASE_BUNDLE_SCHEMA);
    const board = await load('team-board');
    expect(board.$defs.Blockage.properties.status.enum).to.deep.equal([...S.BLOCKAGE_STATUSES]);
    expect(board.properties.schema.const).to.equal(S.TEAM_BOARD_SCHEMA);
  });
});

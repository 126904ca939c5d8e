#!/usr/bin/env node
// Generates the JSON Schemas of the data contract from the zod schemas (the single source of truth):
//   docs/schema/case-bundle.schema.json  and  docs/schema/team-board.schema.json  (draft 2020-12).
// `node scripts/gen-json-schema.mjs --check` (npm run schema:check, run in CI) exits 1 if the checked-in files
// differ from freshly generated ones.
import { build } from 'esbuild';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const check = process.argv.includes('--check');

// Bundle the schemas and zod together, so the registry and toJSONSchema use the same zod instance.
const dir = await mkdtemp(join(tmpdir(), 'cw-schema-'));
let S, z;
try {
  const out = join(dir, 'schema.mjs');
  await build({
    stdin: {
      contents: "export * as S from './packages/core/src/schema/index.ts'; export { z } from 'zod';",
      resolveDir: root,
      loader: 'ts',
      sourcefile: 'schema-entry.ts',
    },
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile: out,
    logLevel: 'warning',
    tsconfig: join(root, 'tsconfig.json'),
  });
  ({ S, z } = await import(pathToFileURL(out).href));
} finally {
  await rm(dir, { recursive: true, force: true });
}

// Names and descriptions for the shared value types and record types: they become $defs with titles.
const defs = [
  [S.Id, 'Id', 'Stable identifier from the host’s system: a non-empty string of at most 200 characters. Unique within its record type.'],
  [
    S.PartialDate,
    'PartialDate',
    'A date known to the year, month or day: "YYYY", "YYYY-MM" or "YYYY-MM-DD". A full date must exist in the calendar (2019-02-30 is refused).',
  ],
  [S.Instant, 'Instant', 'When something was recorded: an ISO 8601 date-time with an offset, "Z" or "±HH:MM".'],
  [
    S.Text,
    'Text',
    'Free text of at most 20,000 characters, counted in Unicode code points as maxLength does (an emoji is one; see docs/decisions/0006). Always rendered as text, never as HTML.',
  ],
  [S.Title, 'Title', 'A short, non-empty text of at most 200 characters.'],
  [
    S.IdOrName,
    'IdOrName',
    '"Id or string": a value equal to the id of a record in the bundle refers to that record (a person or a professional); any other value is a name in free text.',
  ],
  [S.Time, 'Time', 'UK local time "HH:MM" (24-hour); only allowed with a full date.'],
  [S.CaseInfo, 'Case', 'The case: its id, title and the children it is about (subjectIds, the genogram’s index people).'],
  [
    S.Person,
    'Person',
    'A person in the family or its network. A dateOfDeath implies deceased; deceased: false with a dateOfDeath is an error. A record with `pregnancy` stands for a pregnancy.',
  ],
  [S.Identifier, 'Identifier', 'An identifier in another system (NHS number, UPN, the host’s person id).'],
  [S.Pregnancy, 'Pregnancy', 'Marks a person record that stands for a pregnancy, and its outcome.'],
  [
    S.Relationship,
    'Relationship',
    'A relationship between two people; `kind` says which. Siblings are derived from shared parents; only twins need a record.',
  ],
  [S.PartnerRelationship, 'PartnerRelationship', 'A partnership. `status` is the latest; `history` lists earlier statuses with dates.'],
  [
    S.ParentRelationship,
    'ParentRelationship',
    'A parent and child. A child has at most two biological parents. `from`/`to` for care that began or ended.',
  ],
  [S.TwinRelationship, 'TwinRelationship', 'Two twins (pairwise: triplets are three records).'],
  [
    S.EmotionalRelationship,
    'EmotionalRelationship',
    'The emotional quality of a relationship, with a direction for focused-on, abuse, violence and neglect.',
  ],
  [S.SupportRelationship, 'SupportRelationship', 'An informal support: a friend, neighbour, faith community member.'],
  [S.Household, 'Household', 'People who live together, and when.'],
  [S.Agency, 'Agency', 'An organisation working with the family.'],
  [
    S.Professional,
    'Professional',
    'A worker in an agency. sensitiveRole: a role that would itself disclose something (e.g. a domestic abuse worker).',
  ],
  [S.Involvement, 'Involvement', 'A professional’s work with some of the people. At most one current (no `to`) lead in a case.'],
  [
    S.ChronologyEntry,
    'ChronologyEntry',
    'An event in the case chronology. With `endDate` it is a period; an open period (no endDate) has category plan or placement. `time` only with a full date; `endDate` not before `date`.',
  ],
  [
    S.Document,
    'Document',
    'A document of the case (a letter, report, minutes, photo, child’s drawing, recording). Its content is served by the host (`url`) or held by the store (`attachmentId`); a record of a paper document may have neither. `entryIds` names the chronology entries it belongs to; a dangling one is reported and left out, and the document is kept.',
  ],
  [
    S.WebAddress,
    'WebAddress',
    'An http(s) address, or a relative one on the host’s own site. Any other scheme (javascript:, data:, blob:, file:) is refused, as are control characters: components open this address.',
  ],
  [S.MediaType, 'MediaType', 'A media type such as "application/pdf", "image/jpeg" or "audio/webm;codecs=opus".'],
  [S.SourceRef, 'SourceRef', 'Where the original record lives. A `url` is only ever used as a link when it is http(s).'],
  [S.SafetyPlan, 'SafetyPlan', 'A Signs of Safety assessment and the safety plan it leads to.'],
  [
    S.Statement,
    'Statement',
    'A statement in a safety plan, with who said it, who agrees and who disputes it, and links to other statements (a danger statement to its safety goal).',
  ],
  [S.Action, 'Action', 'A next step in a safety plan.'],
  [S.ScaleRating, 'ScaleRating', 'A scaling judgement from 0 to 10 by one person at one date.'],
  [S.NetworkMember, 'NetworkMember', 'A member of the safety network: a person or a professional (memberId).'],
  [S.ChildView, 'ChildView', 'The child’s view (Three Houses: worries, good things, dreams) and whether the child agrees to share it.'],
  [S.AuditEvent, 'AuditEvent', 'An append-only record of a change. entityId is not a reference: it may name a deleted record.'],
  [S.Blockage, 'Blockage', 'Something that gets in the way of direct work, raised by a team member (raisedBy absent: anonymous).'],
  [S.BlockageAction, 'BlockageAction', 'An action taken on a blockage.'],
  [S.Debrief, 'Debrief', 'A team debrief and the blockages it discussed.'],
];

const RULES =
  'Rules this JSON Schema cannot express are checked by parseCaseBundle in @opencasework/core: references (fields ending in Id or Ids except a document’s authorId and attachmentId, a and b of relationships, memberIds, subjectIds, childIds, network[].memberId; a statement’s linkedIds name statements of the same plan) must point at valid records in the same bundle, and a record holding a dangling reference is left out (or, where it can be shown without it, such as whom an entry or a document concerns and the entries a document belongs to, kept without it and reported); ids are unique within their record type; a child has at most two biological parents; at most one current lead involvement; a relationship joins two different people; full dates exist in the calendar; `time` only with a full date; `endDate` not before `date`; a document’s `url` is http(s) or relative; `deceased: false` with a `dateOfDeath` is an error. Unknown fields are allowed and kept. See docs/data-contract.md.';
const BOARD_RULES =
  'Rules this JSON Schema cannot express are checked by parseTeamBoard in @opencasework/core: debrief discussedIds must name blockages on the board; ids are unique within their record type; resolvedAt is not before raisedAt. Unknown fields are allowed and kept. See docs/data-contract.md.';

function generate(schema, { id, title, description }) {
  const registry = z.registry();
  for (const [s, name, desc] of defs) registry.add(s, { id: name, title: name, description: desc });
  const json = z.toJSONSchema(schema, { target: 'draft-2020-12', metadata: registry, unrepresentable: 'any', io: 'input' });
  const { $schema, ...rest } = json;
  return { $schema, $id: id, title, description, ...rest };
}

const outputs = [
  [
    'docs/schema/case-bundle.schema.json',
    generate(S.CaseBundle, {
      id: 'urn:opencasework:schema:case-bundle@1',
      title: 'Open Casework case bundle v1',
      description: `A case bundle ("schema": "${S.CASE_BUNDLE_SCHEMA}"): the family, the team around it, the chronology and the safety plans of one case. Every array may be absent (means empty). ${RULES}`,
    }),
  ],
  [
    'docs/schema/team-board.schema.json',
    generate(S.TeamBoard, {
      id: 'urn:opencasework:schema:team-board@1',
      title: 'Open Casework team board v1',
      description: `A team’s blockage board ("schema": "${S.TEAM_BOARD_SCHEMA}"): blockages, debriefs and their audit trail. ${BOARD_RULES}`,
    }),
  ],
];

await mkdir(join(root, 'docs/schema'), { recursive: true });
let stale = 0;
for (const [rel, json] of outputs) {
  const text = `${JSON.stringify(json, null, 2)}\n`;
  const path = join(root, rel);
  if (check) {
    const current = await readFile(path, 'utf8').catch(() => null);
    if (current !== text) {
      stale++;
      console.error(
        `${rel} is ${current === null ? 'missing' : 'out of date'}: the zod schemas in packages/core/src/schema changed. Run "npm run schema" and commit the result.`,
      );
    }
  } else {
    await writeFile(path, text);
    console.log(`wrote ${rel} (${(text.length / 1024).toFixed(0)} KB)`);
  }
}
if (check && !stale) console.log('JSON Schemas are up to date.');
if (stale) process.exitCode = 1;

// zod/mini: the same parser and rules as zod's classic API, but its functions are tree-shakable, so a page loads only
// the parts the contract uses (about a third of classic zod's weight; docs/performance.md).
import * as z from 'zod/mini';
import { Id, Instant, PartialDate, Text, Title } from './primitives.js';
import { AuditEvent } from './case-bundle.js';
import * as E from './enums.js';
import { list, str, wholeNumber } from './build.js';

export const TEAM_BOARD_SCHEMA = 'opencasework/team-board@1' as const;

export const BlockageAction = z.looseObject({ text: Text, at: Instant, by: z.optional(str(200)) });

export const Blockage = z
  .looseObject({
    id: Id,
    title: Title,
    detail: z.optional(Text),
    raisedAt: Instant,
    raisedBy: z.optional(str(200)),
    category: z.enum(E.BLOCKAGE_CATEGORIES),
    hoursLostPerWeek: z.optional(z.number().check(z.gte(0, 'must be 0 or more'))),
    metToo: z.optional(wholeNumber(0)),
    status: z.enum(E.BLOCKAGE_STATUSES),
    owner: z.optional(str(200)),
    actions: list(BlockageAction),
    resolvedAt: z.optional(Instant),
    resolution: z.optional(Text),
  })
  .check(
    z.refine((b) => !b.resolvedAt || Date.parse(b.resolvedAt) >= Date.parse(b.raisedAt), {
      message: 'is resolved before it was raised',
      path: ['resolvedAt'],
    }),
  );

export const Debrief = z.looseObject({
  id: Id,
  date: PartialDate,
  discussedIds: list(Id),
  notes: z.optional(Text),
});

export const TeamBoard = z.looseObject({
  schema: z.literal(TEAM_BOARD_SCHEMA),
  id: Id,
  team: Title,
  blockages: list(Blockage),
  debriefs: list(Debrief),
  audit: list(AuditEvent),
});

export type BlockageAction = z.infer<typeof BlockageAction>;
export type Blockage = z.infer<typeof Blockage>;
export type Debrief = z.infer<typeof Debrief>;
export type TeamBoard = z.infer<typeof TeamBoard>;

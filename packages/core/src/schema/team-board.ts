// A namespace import lets bundlers drop the parts of zod we do not use (its locales alone are most of its size).
import * as z from 'zod';
import { Id, Instant, PartialDate, Text, Title } from './primitives.js';
import { AuditEvent } from './case-bundle.js';
import * as E from './enums.js';

export const TEAM_BOARD_SCHEMA = 'opencasework/team-board@1' as const;

export const BlockageAction = z.looseObject({ text: Text, at: Instant, by: z.string().max(200).optional() });

export const Blockage = z
  .looseObject({
    id: Id,
    title: Title,
    detail: Text.optional(),
    raisedAt: Instant,
    raisedBy: z.string().max(200).optional(),
    category: z.enum(E.BLOCKAGE_CATEGORIES),
    hoursLostPerWeek: z.number().min(0, 'must be 0 or more').optional(),
    metToo: z.number().int('must be a whole number').min(0, 'must be 0 or more').optional(),
    status: z.enum(E.BLOCKAGE_STATUSES),
    owner: z.string().max(200).optional(),
    actions: z.array(BlockageAction).optional(),
    resolvedAt: Instant.optional(),
    resolution: Text.optional(),
  })
  .refine((b) => !b.resolvedAt || Date.parse(b.resolvedAt) >= Date.parse(b.raisedAt), {
    message: 'is resolved before it was raised',
    path: ['resolvedAt'],
  });

export const Debrief = z.looseObject({
  id: Id,
  date: PartialDate,
  discussedIds: z.array(Id).optional(),
  notes: Text.optional(),
});

export const TeamBoard = z.looseObject({
  schema: z.literal(TEAM_BOARD_SCHEMA),
  id: Id,
  team: Title,
  blockages: z.array(Blockage).optional(),
  debriefs: z.array(Debrief).optional(),
  audit: z.array(AuditEvent).optional(),
});

export type BlockageAction = z.infer<typeof BlockageAction>;
export type Blockage = z.infer<typeof Blockage>;
export type Debrief = z.infer<typeof Debrief>;
export type TeamBoard = z.infer<typeof TeamBoard>;

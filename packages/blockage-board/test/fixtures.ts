import type { Blockage, TeamBoard } from '@opencasework/core';

export const DAY = 86_400_000;
/** A fixed "now" for every test: Monday 2 June 2025, 09:00 UTC. */
export const NOW = Date.parse('2025-06-02T09:00:00Z');
export const daysAgo = (d: number) => new Date(NOW - d * DAY).toISOString();

export function card(id: string, patch: Partial<Blockage> = {}): Blockage {
  return { id, title: `Blockage ${id}`, raisedAt: daysAgo(10), category: 'process', status: 'raised', actions: [], ...patch };
}

/** A small crafted board: every status, resolved with and without times, escalated, unestimated hours. */
export function crafted(): TeamBoard {
  return {
    schema: 'opencasework/team-board@1',
    id: 'team-a',
    team: 'Assessment Team A',
    blockages: [
      card('b1', {
        title: 'Mosaic crashes when saving assessments',
        category: 'it-system',
        hoursLostPerWeek: 3,
        metToo: 2,
        raisedAt: daysAgo(40),
      }),
      card('b2', {
        title: 'Printer on floor two jams every morning',
        category: 'resources',
        hoursLostPerWeek: 1,
        status: 'discussed',
        raisedAt: daysAgo(20),
        owner: 'Team manager',
      }),
      card('b3', {
        title: 'Duplicate recording of visits in two forms',
        category: 'recording',
        hoursLostPerWeek: 4,
        status: 'acting',
        raisedAt: daysAgo(100),
        owner: 'Practice lead',
      }),
      card('b4', {
        title: 'Pool car booking needs three signatures',
        category: 'process',
        hoursLostPerWeek: 2,
        status: 'resolved',
        raisedAt: daysAgo(30),
        resolvedAt: daysAgo(20),
        resolution: 'One signature now',
      }),
      card('b5', {
        title: 'Health chronology requests go unanswered',
        category: 'partner-agency',
        status: 'escalated',
        raisedAt: daysAgo(3),
      }),
      card('b6', {
        title: 'Strategy meeting minutes template too long',
        category: 'recording',
        hoursLostPerWeek: 1.5,
        status: 'resolved',
        raisedAt: daysAgo(50),
        resolvedAt: daysAgo(46),
      }),
    ],
    debriefs: [],
    audit: [],
  };
}

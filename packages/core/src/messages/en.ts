import type { Message } from '../localize.js';

/** Core's own messages in English: the error summary, `<cw-case>` and the base elements. */
export const en = {
  'summary.heading': { one: 'There is a problem with 1 record', other: 'There is a problem with {count} records' },
  'summary.body':
    'These records could not be shown. Everything else is shown as normal. Nothing has been changed or deleted: correct the data in the system it came from.',
  'summary.showAll': { one: 'Show the {count} problem', other: 'Show all {count} problems' },
  'summary.showFewer': 'Show fewer problems',
  'summary.record': '{entity} "{id}"',
  'summary.recordNoId': '{entity} with no id',
  'summary.at': 'at {location}',
  'entity.CaseBundle': 'Case bundle',
  'entity.TeamBoard': 'Team board',
  'entity.Case': 'Case',
  'entity.Person': 'Person',
  'entity.Relationship': 'Relationship',
  'entity.Household': 'Household',
  'entity.Agency': 'Agency',
  'entity.Professional': 'Professional',
  'entity.Involvement': 'Involvement',
  'entity.ChronologyEntry': 'Chronology entry',
  'entity.SafetyPlan': 'Safety plan',
  'entity.Statement': 'Statement',
  'entity.Action': 'Next step',
  'entity.ScaleRating': 'Scale rating',
  'entity.AuditEvent': 'Audit event',
  'entity.Blockage': 'Blockage',
  'entity.Debrief': 'Debrief',
  'case.loading': 'Loading the case…',
  'case.notFound': 'There is no case "{id}" in this browser\'s storage.',
  'case.unsaved': { one: '1 change has not been saved.', other: '{count} changes have not been saved.' },
  'case.unsavedReason': 'It is kept on this page and will be lost if you close it. Reason: {reason}',
  'case.retry': 'Try saving again',
  'case.conflict': 'This record was changed in another tab or by someone else.',
  'case.remoteUpdate': 'The case was updated in another tab.',
  'change.vetoed': 'The change was not accepted by the system this page is part of.',
  'change.notSaved': 'The change could not be saved.',
  'common.close': 'Close',
} satisfies Record<string, Message>;

export type CoreKey = keyof typeof en;

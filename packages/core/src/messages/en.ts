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
  'case.unsavedReason':
    'It is kept in this browser, even if the page is closed or reloaded, and will be saved when storage works again. Reason: {reason}',
  'case.unsavedPageOnly':
    'It could not be kept in this browser either, so it is on this page only: do not close the page; copy your changes to keep them safe. Reason: {reason}',
  'case.unsavedRestored': {
    one: '1 change made before this page was last closed had not been saved. It is shown here.',
    other: '{count} changes made before this page was last closed had not been saved. They are shown here.',
  },
  'case.copyUnsaved': 'Copy unsaved changes',
  'case.copied': 'Unsaved changes copied. Paste them somewhere safe, such as an email to yourself or a document.',
  'case.refused': {
    one: '1 change made earlier was not saved because the record was changed meanwhile, or is no longer valid:',
    other: '{count} changes made earlier were not saved because the records were changed meanwhile, or are no longer valid:',
  },
  'case.retry': 'Try saving again',
  'case.conflict': 'This record was changed in another tab or by someone else.',
  'case.remoteUpdate': 'The case was updated in another tab.',
  'change.vetoed': 'The change was not accepted by the system this page is part of.',
  'change.notSaved': 'The change could not be saved.',
  'common.close': 'Close',
} satisfies Record<string, Message>;

export type CoreKey = keyof typeof en;

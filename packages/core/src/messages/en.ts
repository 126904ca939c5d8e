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
  'summary.range': 'Problems {from} to {to} of {total}',
  'summary.previous': { one: 'Previous problem', other: 'Previous {count} problems' },
  'summary.next': { one: 'Next problem', other: 'Next {count} problems' },
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
  'entity.Document': 'Document',
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
  // A colleague's change that the store names (a server store): who, and what kind of record.
  'case.remoteCreateBy': '{who} added a record to this case: {thing}.',
  'case.remoteUpdateBy': '{who} changed a record in this case: {thing}.',
  'case.remoteDeleteBy': '{who} removed a record from this case: {thing}.',
  'change.vetoed': 'The change was not accepted by the system this page is part of.',
  'change.notSaved': 'The change could not be saved.',
  'common.close': 'Close',
  // conflict: one record changed by two people (packages/core/src/conflict)
  'conflict.heading': 'Someone else changed "{title}"',
  'conflict.headingUntitled': 'Someone else changed this {entity}',
  'conflict.body':
    'They saved their change after you started yours. Nothing has been overwritten: compare the two versions and choose what to keep.',
  'conflict.bodyDeleted': 'They deleted it after you started changing it. Nothing of yours has been saved yet.',
  'conflict.caption': 'Your version and theirs, field by field',
  'conflict.field': 'Field',
  'conflict.mine': 'Your version',
  'conflict.theirs': 'Their version (saved)',
  'conflict.changedBy': 'Changed by',
  'conflict.by.mine': 'You',
  'conflict.by.theirs': 'Them',
  'conflict.by.both': 'Both of you',
  'conflict.empty': '(empty)',
  'conflict.deleted': 'Deleted',
  'conflict.none': 'The two versions show the same values.',
  'conflict.keepMine': 'Keep mine',
  'conflict.keepTheirs': 'Keep theirs',
  'conflict.mergeByHand': 'Merge by hand',
  'conflict.saveMineAgain': 'Save mine again',
  'conflict.discardMine': 'Discard mine',
  'conflict.keepMineHint':
    'Keep mine saves your changes on top of theirs: fields only you changed take your value, fields only they changed keep theirs.',
  'conflict.askHeading': 'Both of you changed the same thing',
  'conflict.askHint': 'Choose which version to keep for each of these. Everything else is kept from both.',
  'conflict.askLegend': 'Which version of "{field}" should be kept?',
  'conflict.chooseMine': 'Yours: {value}',
  'conflict.chooseTheirs': 'Theirs: {value}',
  'conflict.askError': 'Choose which version of "{field}" to keep',
  'conflict.errorPrefix': 'Error:',
  'conflict.saveChoices': 'Save with these choices',
  'conflict.back': 'Back to the comparison',
  'conflict.merging':
    'The form below starts from their version, with your changes where only you changed a field. Your version is shown here for reference.',
  'conflict.closeComparison': 'Hide the comparison',
  'conflict.keptMine': 'Your changes were saved on top of theirs.',
  'conflict.keptTheirs': 'Their version was kept; your change was not saved.',
  'conflict.yes': 'Yes',
  'conflict.no': 'No',
  // privacy: a case closed in this browser (purgeCase, the sign-out clean-up, its storage deleted in another tab)
  'case.closed':
    'This case is no longer shown: it was closed in this browser and its copy here was removed (for example when someone signed out in another tab). Sign in and open the case again to carry on.',
  'case.closedUnsaved': {
    one: '1 change made on this page was not saved, and it is no longer kept in this browser. It is on this page only: copy it now and keep it somewhere safe before you close the page.',
    other:
      '{count} changes made on this page were not saved, and they are no longer kept in this browser. They are on this page only: copy them now and keep them somewhere safe before you close the page.',
  },
  // fifteen-gaps: a kept change that met a conflict when it was saved (<cw-case>), and a view closed in this browser
  'case.refusedConflict':
    '"{title}" ({thing}): someone else changed it before your kept change was saved. Nothing has been overwritten: compare the two versions and choose.',
  'case.refusedConflictUntitled':
    '{thing}: someone else changed it before your kept change was saved. Nothing has been overwritten: compare the two versions and choose.',
  'case.refusedDelete':
    'Your removal of a {thing} was not saved: someone else changed it first, so it is still there. Remove it again if you still mean to.',
  'case.review': 'Compare and choose',
  'document.closed':
    'This is no longer shown: it was closed in this browser and its copy here was removed (for example when someone signed out in another tab). Sign in and open it again to carry on.',
  // fifteen-gaps: field names in <cw-case>'s comparison of a kept change with the newer version
  'field.title': 'Title',
  'field.date': 'Date',
  'field.summary': 'Summary',
  'field.category': 'Category',
  'field.significance': 'Significance',
  'field.subjectIds': 'Who it is about',
  'field.sourceAgencyId': 'Source agency',
  'field.givenName': 'First name',
  'field.familyName': 'Last name',
  'field.dateOfBirth': 'Date of birth',
  'field.name': 'Name',
  'field.role': 'Role',
  'field.status': 'Status',
  'field.memberIds': 'Members',
  'field.personIds': 'People',
  // a11y: the undo notice after a deletion (UndoController)
  'undo.deleted': 'Deleted “{what}”.',
  'undo.button': 'Undo',
  'undo.restored': 'Put back “{what}”.',
} satisfies Record<string, Message>;

export type CoreKey = keyof typeof en;

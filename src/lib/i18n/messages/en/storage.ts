/**
 * English text of the storage area: what the app says about saved records beyond the basics
 * in common (a view that failed, other tabs, the Recover panel, why a record was unusable).
 */
export const en = {
  // ---- a view that failed to render (ViewBoundary) ----
  'boundary.title': 'This view could not be shown',
  'boundary.body':
    'A setting of this view has a value the view cannot use. Resetting this view’s settings puts them back to their defaults; your data and the other views are kept.',
  'boundary.reset': 'Reset this view’s settings',
  'boundary.resetAll': 'Reset all settings of this workspace',
  'boundary.copy': 'Copy the error',
  'boundary.copied': 'Copied.',
  'boundary.details': 'Error details (for a report)',

  // ---- other tabs on the same workspace ----
  'storage.changedElsewhere': 'Not saved: {key} was changed in another tab since this tab read it.',
  'storage.deletedElsewhere': 'Not saved: {key} was deleted in another tab.',
  'tabs.changed':
    'This workspace was changed in another tab. What this tab shows is out of date, and changes made here are not saved.',
  'tabs.deleted': 'This workspace was deleted in another tab. Changes made here are not saved.',
  'tabs.reload': 'Reload this workspace',
  'tabs.openOther': 'Open another workspace',
  'tabs.keepCopy': 'Keep this tab’s version as a new workspace',
  'tabs.copyName': '{name} (copy)',

  // ---- the Recover panel (workspace menu) ----
  'recover.open': 'Recover…',
  'recover.title': 'Recover set-aside data',
  'recover.intro':
    'Saved records that could not be read were set aside here instead of being deleted, with data whose workspace could not be read. Download any of them as JSON, or restore what can still be used.',
  'recover.close': 'Close',
  'recover.empty': 'Nothing was set aside: every saved record could be read.',
  'recover.record': 'Record {key}',
  'recover.orphan': 'Data without a workspace ({key})',
  'recover.orphanReason': 'Its workspace record could not be read, so no workspace shows this data.',
  'recover.setAsideAt': 'set aside {date}',
  'recover.download': 'Download JSON',
  'recover.restore': 'Restore',
  'recover.notRestorable': 'Cannot be restored by this version; download it to keep it.',
  'recover.discard': 'Delete this copy',
  'recover.discardConfirm': 'Delete it for good',
  'recover.restored': 'Restored as “{name}”.',
  'recover.restoredPart': 'Restored as “{name}”. These values could not be used and are back at their defaults: {fields}.',
  'recover.recoveredName': 'Recovered: {name}',

  // ---- why a stored record cannot be used (persist/envelope.ts, records.ts, validate.ts) ----
  'store.envelope.notObject': 'the stored value is not a record of this app',
  'store.envelope.app': 'app is {app}, expected "{expected}"',
  'store.envelope.kind': 'unknown kind {kind}',
  'store.envelope.version': 'bad version {version}',
  'store.envelope.savedAt': 'savedAt missing',
  'store.envelope.rev': 'bad revision {rev}',
  'store.envelope.data': 'data missing',
  'store.wrongKind': 'kind is "{kind}", expected "{expected}"',
  'store.newerDataset': 'written by a newer version ({version}, this build reads up to {current})',
  'store.migrationFailed': 'migration from version {version} failed: {reason}',
  'store.entries': '{field} has {count} entries, expected {expected}',
  'store.typedArray': '{field} is not a {type}',
  'store.customerOutOfRange': '{field} = {value} is out of range (0 to {max})',
  'store.unknownShape': 'unknown dataset shape {shape}',

  // ---- scenario links refused before anything opens (the reason of trainer.link.invalid) ----
  'link.unknownSample': 'it names a sample this app does not have ("{id}"), so nothing was opened',
  'link.tooLong':
    'it is {size} characters long, and links longer than {max} characters are not opened (decoding them would freeze the page); share the scenario as a file instead',
  'link.tooBig':
    'it would expand to more than {max} characters, more than a scenario needs, so decoding was stopped before it could freeze the page; share the scenario as a file instead',
} as const satisfies Record<string, string>;

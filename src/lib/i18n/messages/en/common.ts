/**
 * App-wide strings: title, navigation, language switch, buttons, notices, workspaces,
 * storage and workspace-file errors. `zh` is typed against `en`, so a key missing in
 * either locale is a compile error (and a test failure).
 */
export const en = {
  'app.title': 'Customer Classification Classroom',
  'app.tagline': 'Learn RFM, the eight RFM classes, the value pyramid and the quadrants with your own data.',
  'app.offlineNote': 'All data stays in this browser. Nothing is uploaded.',

  'nav.label': 'Main sections',
  'nav.data': 'Data',
  'nav.rfm': 'RFM',
  'nav.pyramid': 'Pyramid',
  'nav.quadrants': 'Quadrants',
  'nav.movement': 'Movement',
  'nav.customers': 'Customers',
  'nav.learn': 'Learn',
  'nav.trainer': 'Trainer',

  'lang.label': 'Language',
  'lang.switch': 'Switch language',
  'lang.en': 'English',
  'lang.zh': '中文',

  'button.load': 'Load',
  'button.loadFile': 'Load a file',
  'button.loadSample': 'Load a sample',
  'button.cancel': 'Cancel',
  'button.close': 'Close',
  'button.ok': 'OK',
  'button.confirm': 'Confirm',
  'button.apply': 'Apply',
  'button.save': 'Save',
  'button.export': 'Export',
  'button.import': 'Import',
  'button.reset': 'Reset',
  'button.startOver': 'Start over',
  'button.delete': 'Delete',
  'button.rename': 'Rename',
  'button.new': 'New',
  'button.retry': 'Try again',
  'button.dismiss': 'Dismiss',
  'button.details': 'Details',

  'confirm.reset.title': 'Reset this view?',
  'confirm.reset.body': 'Thresholds and settings on this page go back to their defaults. Your data is kept.',
  'confirm.startOver.title': 'Start over?',
  'confirm.startOver.body':
    'This clears the data and all settings of the workspace "{name}". Export the workspace first if you want to keep a copy.',
  'confirm.deleteWorkspace.title': 'Delete the workspace "{name}"?',
  'confirm.deleteWorkspace.body':
    'Its data, settings and snapshots are removed from this browser. This cannot be undone. Export it first to keep a copy.',
  'confirm.replaceData.title': 'Replace the data?',
  'confirm.replaceData.body': 'The workspace "{name}" already holds data from {file}. Loading a new file replaces it.',

  'notice.loading': 'Loading…',
  'notice.working': 'Working…',
  'notice.saved': 'Saved',
  'notice.saving': 'Saving…',
  'notice.exported': 'Workspace exported as {file}.',
  'notice.imported': 'Workspace "{name}" imported from {file}.',
  'notice.noData': 'No data loaded yet. Load a file or a sample on the Data page.',
  'notice.migrated': 'Saved data from an older version of the app was updated (version {from} to {to}).',

  'workspace.label': 'Workspace',
  'workspace.list': 'Workspaces',
  'workspace.active': 'Active workspace',
  'workspace.new': 'New workspace',
  'workspace.defaultName': 'Workspace {n}',
  'workspace.untitled': 'Untitled workspace',
  'workspace.name': 'Workspace name',
  'workspace.rename': 'Rename workspace',
  'workspace.delete': 'Delete workspace',
  'workspace.export': 'Export workspace',
  'workspace.import': 'Import workspace',
  'workspace.switchTo': 'Switch to "{name}"',
  'workspace.readOnly': 'Read-only',
  'workspace.savedAt': 'Saved {date}',
  'workspace.empty': 'There are no workspaces yet.',
  'workspace.nameRequired': 'Give the workspace a name.',

  'storage.status': 'Storage',
  'storage.ok': 'Your work is saved in this browser.',
  'storage.unavailable':
    'This browser does not allow saving (private mode or blocked storage). Your work is kept only until you close the page: export the workspace to keep it.',
  'storage.full':
    'Browser storage is full. New changes are kept only until you close the page: export the workspace, or delete old workspaces, then try again. Nothing saved earlier was deleted.',
  'storage.quarantined':
    'A saved record ({key}) could not be read and was set aside under {copy}. It was not deleted. Reason: {reason}',
  'storage.newerVersion':
    'This saved record ({key}) was written by a newer version of the app (version {version}; this one reads up to {current}). It is open read-only: changes will not be saved.',
  'storage.readOnlyRefused': 'Not saved: {key} was written by a newer version of the app and is read-only here.',
  'storage.saveCancelled': 'Not saved: {key} was deleted before the change was written.',
  'storage.saveFailed': 'Could not save {key}: {reason}',
  'storage.workspaceMissing': 'The workspace could not be found. It may have been deleted in another tab.',

  'file.empty': 'The file {file} is empty.',
  'file.invalidJson': 'The file {file} is not valid JSON (line {line}, column {column}): {reason}',
  'file.notWorkspace': 'The file {file} is not a workspace file of this app.',
  'file.wrongApp': 'The file {file} was made by another application ("{app}"), not by Customer Classification Classroom.',
  'file.wrongKind': 'The file {file} holds a "{kind}", not a workspace.',
  'file.newerVersion':
    'The file {file} was made by a newer version of the app (file version {version}; this one reads up to {current}). Update the app to open it.',
  'file.missingField': 'The file {file} is incomplete: the field "{field}" is missing.',
  'file.badField': 'The file {file} has an unusable field "{field}": {reason}',
  'file.migrationFailed': 'The file {file} is from an older version and could not be updated: {reason}',

  'error.generic': 'Something went wrong: {reason}',
  'error.unexpected': 'Unexpected error. Reload the page; your saved work is kept.',

  'pwa.offlineReady': 'Ready to work offline: this page now works without a network.',
  'pwa.updateAvailable': 'A new version of the classroom is available.',
  'pwa.reload': 'Reload to update',

  'table.class': 'Class',
  'table.customers': 'Customers',
  'table.customerShare': 'Share of customers',
  'table.revenueShare': 'Share of revenue',
} as const satisfies Record<string, string>;

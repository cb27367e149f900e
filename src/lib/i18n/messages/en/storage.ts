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
} as const satisfies Record<string, string>;

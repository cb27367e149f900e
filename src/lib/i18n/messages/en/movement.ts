/**
 * Strings of the Movement view (`movement.*`) and of the export helpers in src/lib/export
 * (`export.*`, used by any view). `zh` is typed against `en`: a key missing in either
 * locale fails.
 */
export const en = {
  'movement.title': 'Customer movement',
  'movement.intro':
    'Compare two analysis dates, or a saved snapshot with now, and see which customers changed class and where they went.',

  'movement.compare.legend': 'What to compare',
  'movement.mode.dates': 'Two analysis dates',
  'movement.mode.snapshot': 'A saved snapshot with now',
  'movement.earlierDate': 'Earlier analysis date',
  'movement.quarterEarlier': 'One quarter earlier',
  'movement.yearEarlier': 'One year earlier',
  'movement.currentDate': 'Compared with the current analysis date, {date}.',
  'movement.dateInvalid': 'Type a date as YYYY-MM-DD.',
  'movement.datesUnavailable': 'A customer table has no dates. Save a snapshot, change the thresholds, then compare the snapshot with now.',
  'movement.noEarlierPurchases': 'Nobody had bought anything before {date}: every customer is new.',

  'movement.snapshot.name': 'Snapshot name',
  'movement.snapshot.defaultName': 'Snapshot {n}',
  'movement.snapshot.save': 'Save snapshot now',
  'movement.snapshot.saved': 'Snapshot "{name}" saved.',
  'movement.snapshot.list': 'Saved snapshots',
  'movement.snapshot.none': 'No snapshots yet. Save one now, change the thresholds or the analysis date, then compare.',
  'movement.snapshot.meta': 'analysis date {date}, saved {saved}',
  'movement.snapshot.metaNoDate': 'saved {saved}',
  'movement.snapshot.delete': 'Delete snapshot "{name}"',
  'movement.snapshot.choose': 'Compare with this snapshot',

  'movement.lens': 'Lens',
  'movement.lensUnavailable': 'The data has no column for this lens. Choose another lens.',

  'movement.side.date': 'analysis date {date}',
  'movement.side.now': 'now ({date})',
  'movement.side.nowNoDate': 'now',
  'movement.side.snapshot': 'snapshot "{name}"',
  'movement.fromTo': 'From {from} to {to}',

  'movement.totals.heading': 'How many moved',
  'movement.totals.stayed': 'Stayed in their class',
  'movement.totals.changed': 'Changed class',
  'movement.totals.entered': 'New (no purchase at the earlier side)',
  'movement.totals.left': 'Dropped out (no purchase at the later side)',
  'movement.totals.moved': 'Moved in total',
  'movement.promotions': 'Promoted to a higher tier',
  'movement.demotions': 'Moved down to a lower tier',
  'movement.promotionsUndefined': 'The two sides use different tier sets, so promotions and demotions are not counted.',

  'movement.warning.heading': 'Early warning: important-value customers are slipping',
  'movement.warning.body':
    '{count} important-value customers (HHH) are now important to retain (LHH) or important to win back (LLH). Act on these first: personal outreach before they are lost.',
  'movement.warning.none': 'No important-value customer (HHH) slipped to important to retain (LHH) or important to win back (LLH).',
  'movement.warning.cell': '{from} → {to}: {count}',
  'movement.warning.show': 'List them',
  'movement.warning.mark': 'Early warning',

  'movement.matrix.heading': 'Transition matrix',
  'movement.matrix.caption': '{lens}: rows are the class at {from}, columns the class at {to}.',
  'movement.matrix.corner': 'From ↓ / to →',
  'movement.matrix.total': 'Total',
  'movement.matrix.legend':
    'Shaded cells on the diagonal: customers who stayed in their class. ⚠ marks the early-warning moves. Select a cell to list its customers.',
  'movement.matrix.cellLabel': '{count} customers from {from} to {to}',
  'movement.matrix.stayed': 'stayed',
  'movement.absent.row': 'Not yet a customer / no purchase',
  'movement.absent.column': 'No purchase / not in the data',

  'movement.flow.heading': 'Flow between classes',
  'movement.flow.label': 'Flow diagram, {lens}: {from} on the left, {to} on the right.',
  'movement.flow.onlyMovers': 'Show only customers who changed class',
  'movement.flow.empty': 'Nobody changed class.',
  'movement.flow.link': '{from} → {to}: {count} customers',

  'movement.summary.caption': '{lens} at {to}, with the change since {from}',
  'movement.summary.before': 'Customers at {from}',

  'movement.movers.heading': 'Customers who made a move',
  'movement.movers.from': 'From',
  'movement.movers.to': 'To',
  'movement.movers.count': '{count} customers from {from} to {to}.',
  'movement.movers.first': 'Showing the first {shown}.',
  'movement.movers.none': 'No customer made this move.',
  'movement.movers.pick': 'Select a cell of the matrix, or a "from" and a "to" class, to list the customers.',
  'movement.movers.open': 'Open customer {id}',
  'movement.movers.choose': 'Choose…',

  'export.menu': 'Export the chart',
  'export.svg': 'Export SVG',
  'export.png': 'Export PNG',
  'export.customers': 'Export customers (CSV)',
  'export.failed': 'Export failed: {reason}',
  'export.csv.recency': 'Recency R (days)',
  'export.csv.frequency': 'Frequency F',
  'export.csv.monetary': 'Monetary M',
  'export.csv.rScore': 'R score',
  'export.csv.fScore': 'F score',
  'export.csv.mScore': 'M score',
  'export.csv.eightKey': 'RFM class (R F M)',
  'export.csv.eightName': 'RFM class',
  'export.csv.segment': 'Segment',
  'export.csv.tier': 'Pyramid tier',
  'export.csv.lifecycle': 'Lifecycle stage',
} as const satisfies Record<string, string>;

/** Strings of the model check view (issue 11). `zh` is typed against `en`: a key missing in either locale fails. */
export const en = {
  'model.intro':
    'The repeat-buying model (BG/NBD) learns from the calibration period only. Here its prediction meets what customers really did afterwards, in the holdout: check a model on new data before you trust it (the course\'s dynamic re-evaluation).',
  'model.needsTransactions': 'The model check needs transactions (one row per order with its date); a customer table has no purchase history.',
  'model.failed': 'The model could not be fitted: {reason}',
  'model.fit': 'Calibration: {from} to {end}, {customers} customers ({repeaters} bought again). BG/NBD: r = {r}, α = {alpha}, a = {a}, b = {b}.',
  'model.holdout': 'Holdout: {weeks} weeks after the calibration end, to {last}.',
  'model.noHoldout':
    'No holdout: the calibration period runs to the end of the data, so there is nothing yet to check the prediction against. Keep the last weeks back: the model then learns from the weeks before them only.',
  'model.holdOut': 'Hold out the last {weeks} weeks',

  'model.tracking.title': 'Cumulative repeat transactions: actual and predicted',
  'model.tracking.desc':
    'Line chart by week since the first customer\'s first purchase. A solid line with dots shows the actual cumulative repeat transactions of the calibration customers; a dashed line shows what the model predicts for customers acquired on those days. A vertical line marks the calibration end.',
  'model.tracking.x': 'Weeks since the cohort\'s first purchase',
  'model.tracking.y': 'Repeat transactions (cumulative)',
  'model.tracking.actual': 'Actual',
  'model.tracking.predicted': 'Model prediction',
  'model.tracking.end': 'Calibration end',
  'model.tracking.calibration': 'Calibration',
  'model.tracking.holdout': 'Holdout',
  'model.tracking.summary':
    'At the calibration end: {actualEnd} actual, {predictedEnd} predicted. At the end of the holdout: {actual} actual, {predicted} predicted. In the holdout itself: {heldActual} actual, {heldPredicted} predicted ({gap}).',
  'model.tracking.summaryNoHoldout': 'At the calibration end: {actualEnd} actual, {predictedEnd} predicted.',
  'model.tracking.above': '{percent} above the prediction',
  'model.tracking.below': '{percent} below the prediction',
  'model.tracking.table': 'The curve as a table',
  'model.tracking.caption': 'Cumulative repeat transactions by week (week 0 = the calibration end)',
  'model.tracking.week': 'Week from the calibration end',
  'model.tracking.upTo': 'Up to and including',
  'model.tracking.difference': 'Actual − predicted',

  'model.repeats.title': 'Holdout transactions per customer, by repeat purchases in calibration',
  'model.repeats.desc':
    'Bar chart: customers grouped by how many times they bought again in the calibration period (0 to 6, then 7 or more). For each group a solid bar shows the actual holdout transactions per customer and a hatched bar the model\'s expectation.',
  'model.repeats.x': 'Repeat transactions in calibration',
  'model.repeats.y': 'Holdout transactions per customer',
  'model.repeats.actual': 'Actual',
  'model.repeats.expected': 'Expected',
  'model.repeats.orMore': '{n}+',
  'model.repeats.summary': 'In the holdout the calibration customers made {actual} repeat transactions; the model expected {expected}.',
  'model.repeats.why':
    'These expectations use each customer\'s own history (x, t_x, T); the cumulative curve predicts the whole cohort from its first day on, so the two need not agree.',
  'model.repeats.table': 'The groups as a table',
  'model.repeats.caption': 'Holdout repeat transactions by repeat purchases in calibration',
  'model.repeats.group': 'Repeats in calibration',
  'model.repeats.customers': 'Customers',
  'model.repeats.actualTotal': 'Actual (total)',
  'model.repeats.expectedTotal': 'Expected (total)',
  'model.repeats.actualEach': 'Actual per customer',
  'model.repeats.expectedEach': 'Expected per customer',

  'model.cross.title': 'Lifecycle stage against P(alive)',
  'model.cross.intro':
    'Both at the calibration end ({end}), so both see the same purchases: the lifecycle stage by the course\'s rule (churn = silent for more than {days} days), and P(alive), the model\'s probability that the customer is still buying. Cells where the rule and the model disagree are marked ⚠.',
  'model.cross.caption': 'Customers by lifecycle stage and P(alive) band',
  'model.cross.stage': 'Lifecycle stage',
  'model.cross.band.gone': 'P(alive) < 0.3: likely gone',
  'model.cross.band.uncertain': 'P(alive) 0.3 to 0.7: uncertain',
  'model.cross.band.alive': 'P(alive) ≥ 0.7: likely alive',
  'model.cross.outside': 'Not in the model',
  'model.cross.total': 'Total',
  'model.cross.disagree': 'rule and model disagree',
  'model.cross.churnedButAlive': '{count} customers the rule calls churned, the model thinks likely alive (steady buyers with long gaps).',
  'model.cross.activeButGone': '{count} customers the rule calls active, the model thinks likely gone (frequent buyers who have stopped).',
} as const;

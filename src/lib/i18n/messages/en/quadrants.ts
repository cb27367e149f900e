/** Strings of the Quadrants view. `zh` is typed against `en`: a key missing in either locale fails. */
export const en = {
  'quadrants.intro':
    'Each customer is high or low on two measures. Drag the lines (or the point where they cross) to move the thresholds; high is inclusive: a value at the threshold counts as high.',
  'quadrants.noData': 'Load data on the Data page to place customers in the quadrants.',
  'quadrants.scale.label': 'Axes',
  'quadrants.scale.linear': 'Linear',
  'quadrants.scale.log': 'Logarithmic',
  'quadrants.scale.explain':
    'Logarithmic axes use a symmetric log scale (symlog): close to zero it is linear, so customers with zero or negative values (cancellations or returns) are still shown.',
  'quadrants.axis.value': 'Value (monetary M)',
  'quadrants.axis.potential': 'Potential',
  'quadrants.axis.current': 'Current value (monetary M)',
  'quadrants.axis.future': 'Future value',
  // A threshold slider's spoken value: the number with the axis it is on (its unit).
  'quadrants.handle.valueText': '{value} ({axis})',
  'quadrants.handle.value': 'Value threshold',
  'quadrants.handle.potential': 'Potential threshold',
  'quadrants.handle.current': 'Current value threshold',
  'quadrants.handle.future': 'Future value threshold',
  'quadrants.crossing': 'Drag the crossing point to move both thresholds at once.',
  'quadrants.method.for': 'Threshold for {axis}',
  'quadrants.method.median': 'Median',
  'quadrants.method.isDefault': '{method} (default)',
  'quadrants.method.mean': 'Mean',
  'quadrants.method.custom': 'Custom (dragged or typed)',
  'quadrants.method.value': 'Threshold value for {axis}',
  'quadrants.source.potential.column': 'Potential comes from the column "{column}" in your data.',
  'quadrants.source.potential.derived':
    'Your data has no potential column, so potential is derived: the customer\'s spending in the last 90 days divided by their own long-run rate since the first purchase (1 = as usual, above 1 = accelerating, below 1 = fading).',
  'quadrants.source.potential.missing':
    'This customer table has no potential column, and potential can only be derived from transactions. Map a potential column on the Data page to use this quadrant.',
  'quadrants.source.future.column': 'Future value comes from the column "{column}" in your data.',
  'quadrants.source.future.derived':
    'Your data has no future-value column, so future value is a simple projection: the customer\'s average yearly spend so far, reduced in a straight line by the days since the last purchase (a year or more without a purchase projects zero). A teaching aid, not a CLV model: it ignores margins, discounting, seasonality and the chance of churn.',
  'quadrants.source.future.missing':
    'This customer table has no future-value column, and it can only be projected from transactions. Map a future-value column on the Data page to use this quadrant.',
  'quadrants.axis.futureModel': 'Future value (model estimate)',
  'quadrants.source.future.model':
    'Your data has no future-value column, so future value is the model estimate: expected transactions in the next {weeks} weeks (BG/NBD) × expected spend per transaction (Gamma-Gamma), fitted to the transactions up to {date}. Customer cards show each figure.',
  'quadrants.source.future.modelDiscounted': 'Discounted at {rate} a year.',
  'quadrants.source.future.noEstimate': '{customers} customers first bought after the calibration end: they have no estimate and count as low future value.',
  'quadrants.source.future.running': 'Model estimate being computed; until it is ready the chart uses the simple projection.',
  'quadrants.source.future.updating': 'Model estimate being updated for the new settings; the chart shows the previous one.',
  'quadrants.source.future.noModel': 'No model estimate ({reason}); the chart uses the simple projection.',
  'quadrants.chart.desc':
    'Scatter plot of {n} customers: {x} across, {y} up. The dashed lines are the thresholds; each corner is named with its number of customers.',
  'quadrants.canvas.note': 'All {n} customers are drawn as dots; the corner labels name each quadrant.',
  'quadrants.svg.note': 'Each quadrant has its own mark shape (circle, square, triangle, diamond) as well as its colour.',
  'quadrants.corner.customers': '{count} customers ({share})',
  'quadrants.corner.compact': '{count} · {share}',
  'quadrants.corner.revenue': '{share} of revenue',
  'quadrants.oneSided':
    'Almost all customers are on one side of the {axis} threshold: many share the same value, so this method hardly splits them. Drag the line, or choose another method.',
  'quadrants.table.quadrant': 'Quadrant',
  'quadrants.table.vp.caption': 'Value × potential quadrants: customers, share of customers, share of revenue and suggested resources',
  'quadrants.table.cf.caption': 'Current × future value quadrants: customers, share of customers, share of revenue and suggested action',
  'quadrants.budget.title': 'Budget calculator',
  'quadrants.budget.total': 'Total budget',
  'quadrants.budget.explain': "The budget is split by the course's resource shares (30 / 25 / 20 / 25 %), then divided by the customers in each quadrant.",
  'quadrants.budget.caption': 'Budget per quadrant and per customer',
  'quadrants.budget.share': 'Share',
  'quadrants.budget.amount': 'Budget',
  'quadrants.budget.perCustomer': 'Per customer',
  'quadrants.lifecycle.intro':
    'Stage from tenure and recency: churn when silent for more than the churn days; otherwise acquisition within the acquisition days of the first purchase, growth until the maturity days, maturity after.',
  'quadrants.lifecycle.noTenure':
    'This data has no first-purchase dates, so without tenure: one purchase means acquisition, fewer purchases than the mean means growth, otherwise maturity (churn as above).',
  'quadrants.lifecycle.churnDays': 'Churn days',
  'quadrants.lifecycle.churnDays.valueText': '{days} days without a purchase',
  'quadrants.lifecycle.acquisitionDays': 'Acquisition days (since first purchase)',
  'quadrants.lifecycle.maturityDays': 'Maturity after (days since first purchase)',
  'quadrants.lifecycle.histogram': 'Customers by days since their last purchase; bars right of the line are in the churn stage.',
  'quadrants.lifecycle.axis': 'Days since last purchase',
  'quadrants.lifecycle.caption': 'Lifecycle stages: customers, share of customers and share of revenue',
  'quadrants.lifecycle.stage': 'Stage',
  'quadrants.lifecycle.meaning': 'What it means',
  'quadrants.days': '{days} days',
} satisfies Record<string, string>;

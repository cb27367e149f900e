/** Strings of the Lessons module. `zh` is typed against `en`: a key missing in either locale fails. */
export const en = {
  'lessons.title': 'Lessons',
  'lessons.intro': 'Eight short lessons, one per model. Each step is done on the live charts; the coach beside them checks your progress.',
  'lessons.start': 'Start',
  'lessons.continue': 'Continue',
  'lessons.review': 'Review',
  'lessons.actionAria': '{action}: {title}',
  'lessons.progress': '{reached} of {total} steps',
  'lessons.notStarted': 'Not started',
  'lessons.done': 'Done',
  'lessons.number': 'Lesson {n}',

  'lesson.coach.label': 'Lesson coach',
  'lesson.coach.step': 'Step {n} of {m}',
  'lesson.coach.goal': 'Goal',
  'lesson.coach.met': 'Goal met.',
  'lesson.coach.notYet': 'Not yet.',
  'lesson.coach.open': 'Open {view}',
  'lesson.coach.next': 'Next',
  'lesson.coach.back': 'Back',
  'lesson.coach.close': 'Close the lesson',
  'lesson.coach.finish': 'Finish',
  'lesson.coach.complete': 'Lesson complete',
  'lesson.coach.completeText': 'Well done: every goal of this lesson was met on your data.',
  'lesson.coach.allLessons': 'All lessons',
  'lesson.coach.nextLesson': 'Next lesson: {title}',
  'lesson.coach.restart': 'Start again',
  'lesson.coach.noData': 'The lessons work on live data. Load a sample to begin.',
  'lesson.coach.loadSample': 'Load the classroom sample',
  'lesson.coach.loadSampleRetail': 'Load the retail sample',
  'lesson.coach.otherSample': 'This lesson is written for the sample “{sample}”; other data may have too few customers who buy again.',
  'lesson.coach.predict': 'Predict first',
  'lesson.coach.guess': 'Your guess',
  'lesson.coach.guessPercent': 'Your guess (%)',
  'lesson.coach.guessCount': 'Your guess (customers)',
  'lesson.coach.guessMoney': 'Your guess (amount)',
  'lesson.coach.commit': 'Commit my guess',
  'lesson.coach.again': 'Guess again',
  'lesson.coach.committed': 'Your guess: {guess}.',
  'lesson.coach.waitGoal': 'The answer appears once the goal is met.',
  'lesson.coach.mustPredict': 'Commit a guess to see the answer and go on.',
  'lesson.coach.right': 'Right!',
  'lesson.coach.closeEnough': 'Close enough.',
  'lesson.coach.wrong': 'Not quite.',
  'lesson.coach.answerChoice': 'The data says: {answer}. You chose {guess}.',
  'lesson.coach.answerNumber': 'The data says {answer}; your guess {guess} was off by {off}.',
  'lesson.coach.answerExact': 'The data says {answer}; your guess {guess} was exact.',
  'lesson.coach.noAnswer': 'There is no answer on this data.',
  'lesson.coach.fact': 'Course figure',
  'lesson.coach.terms': 'Terms',
  'lesson.coach.points': '{n} points',

  'lesson.readout.scores': 'Customers per score now, from score 1 up: {counts}.',
  'lesson.readout.scoresNone': 'Drag an edge: the customers per score of that dimension show here.',
  'lesson.readout.medians': '{n} of 3 thresholds use the median.',
  'lesson.readout.mHigh': 'M-high classes now hold {share} of customers.',
  'lesson.readout.others': 'Others now {others} · Champions {champions} (was {was}).',
  'lesson.readout.topTier': 'Top tier now: {customers} of customers bring {revenue} of revenue.',
  'lesson.readout.highValue': 'High value now: {share} of customers.',
  'lesson.readout.highFuture': 'High future value now: {share} of customers.',
  'lesson.readout.churn': 'Churn line at {days} days: {share} of customers churned.',
  'lesson.readout.daysBack': 'Analysis date now {days} days before the default.',
  'lesson.readout.noDates': 'This data has no dates (a customer table): load transactions for this lesson.',

  // 1. RFM
  'lesson.rfm.title': 'Three questions: RFM',
  'lesson.rfm.aim': 'When did they last buy, how often, how much: R, F and M and their scores.',
  'lesson.rfm.customer.goal':
    'Pick one customer in the table and read their [recency](term:recency), [frequency](term:frequency) and [monetary](term:monetary) value, counted up to the [analysis date](term:analysis-date).',
  'lesson.rfm.customer.done': 'Every customer is described by these three numbers. Keeping a customer is far cheaper than winning one, so knowing them pays.',
  'lesson.rfm.skew.goal': 'Open the RFM view and look at the three histograms.',
  'lesson.rfm.skew.predict': 'Which histogram has the longest tail to the right (is most skewed)?',
  'lesson.rfm.skew.done': 'A long tail means a few customers with very large values: the mean sits well above most customers.',
  'lesson.rfm.oneTime.goal': 'Look at the frequency histogram: many customers share the same small value.',
  'lesson.rfm.oneTime.predict': 'What share of customers bought only once?',
  'lesson.rfm.oneTime.done':
    'Equal values always share a [score](term:score), so when many customers tie, a [quantile](term:quantile) bin can stay empty or grow large.',
  'lesson.rfm.edge.goal': 'Drag a dark score-edge handle (or focus it and press the arrow keys) and watch the score counts change.',
  'lesson.rfm.edge.done': 'Scores are just ranks between edges. "Reset to quantiles" puts the edges back.',

  // 2. Eight classes
  'lesson.eight.title': 'The eight classes',
  'lesson.eight.aim': 'High or low on R, F and M: the 2 × 2 × 2 cube, its thresholds and each class’s action.',
  'lesson.eight.largest.goal': 'Open the RFM view with [the eight classes](term:eight-classes): each dimension splits High/Low at its [threshold](term:threshold), the [mean](term:mean) by default.',
  'lesson.eight.largest.predict': 'Which of the eight classes is the largest?',
  'lesson.eight.largest.done': 'Each class has a suggested action: see the class table.',
  'lesson.eight.median.goal': 'Switch the R, F and M thresholds from the mean to the [median](term:median) and compare the classes.',
  'lesson.eight.median.done':
    'The median halves the customers on every dimension. The mean is pulled up by a few very large values, and what that does depends on the side High is on: for F and M (High = at least the threshold) fewer customers count as High at the mean; for R (High = at most the threshold, in days) a few long-silent customers raise the mean, so more customers count as recent.',
  'lesson.eight.mHigh.goal':
    'Drag the orange monetary threshold (or use its arrow keys) until the important classes (M high) hold about a fifth of customers (15–25 %).',
  'lesson.eight.mHigh.done': 'Now read the revenue column: a fifth of customers brings much more than a fifth of the revenue.',
  'lesson.eight.revenue.goal': 'Keep the monetary threshold where it is and look at the class table.',
  'lesson.eight.revenue.predict': 'What share of revenue do the M-high classes bring?',
  'lesson.eight.revenue.done':
    'That is why they are "important": [important value](term:class-important-value) customers get dedicated service, [important to win back](term:class-important-win-back) a personal call.',

  // 3. Segments
  'lesson.segments.title': 'Named segments',
  'lesson.segments.aim': 'Rules over scores, checked in order; first match wins, the rest is Others.',
  'lesson.segments.open.goal': 'Switch the RFM view to [named segments](term:segments). Rules are checked from top to bottom and the first match names the customer.',
  'lesson.segments.open.predict': 'What share of customers matches no rule and lands in Others?',
  'lesson.segments.open.done': 'Customers in [Others](term:seg-others) have no name and therefore no strategy.',
  'lesson.segments.others.goal':
    'Add or widen a rule until Others is empty, without changing the number of [Champions](term:seg-champions).',
  'lesson.segments.others.done': 'A rule added at the bottom catches everyone left; rules above it keep their customers because the first match wins.',

  // 4. Pyramid
  'lesson.pyramid.title': 'The value pyramid and 80/20',
  'lesson.pyramid.aim': 'Rank customers by value, cut tiers and see the Pareto effect.',
  'lesson.pyramid.top20.goal': 'Open the [value pyramid](term:pyramid) and its [Pareto curve](term:pareto).',
  'lesson.pyramid.top20.predict': 'What share of revenue comes from the top 20 % of customers?',
  'lesson.pyramid.top20.done': 'The readout under the charts gives the exact figure for this data.',
  'lesson.pyramid.for80.goal':
    'Drag the high boundary (on the pyramid or the Pareto curve) to the smallest top tier that brings at least 80 % of revenue.',
  'lesson.pyramid.for80.done': 'That is this data’s own "80/20". The top tier gets exclusive service; the rest standard or automated service.',
  'lesson.pyramid.four.goal': 'Switch to four tiers: [Platinum](term:tier-platinum), [Gold](term:tier-gold), [Iron](term:tier-iron) and [Lead](term:tier-lead).',
  'lesson.pyramid.four.done': '[Differentiated service](term:differentiated-service): each tier gets the service it pays for.',

  // 5. Value x potential
  'lesson.valuePotential.title': 'Value × potential',
  'lesson.valuePotential.aim': 'Four quadrants and the course’s 30/25/20/25 split of resources.',
  'lesson.valuePotential.open.goal': 'Open the [quadrants](term:quadrants): value across, [potential](term:potential) up; the crosshair splits customers into four.',
  'lesson.valuePotential.open.done': 'By default each line sits at the median (value) or mean (potential).',
  'lesson.valuePotential.value20.goal':
    'Drag the value threshold (the vertical line) so that about a fifth of customers (15–25 %) count as high value, like the pyramid’s top tier.',
  'lesson.valuePotential.value20.done': 'The high-value quadrants now hold the pyramid’s top customers.',
  'lesson.valuePotential.budget.goal': 'Look at the budget calculator: 100,000 split 30/25/20/25 across the quadrants.',
  'lesson.valuePotential.budget.predict': 'With 100,000, how much goes to each high value, high potential customer?',
  'lesson.valuePotential.budget.done':
    'The [resource split](term:resource-split) follows value and potential; the low-low quadrant gets 25 %, spent on automated touch and basic service.',

  // 6. Current x future
  'lesson.currentFuture.title': 'Current × future value',
  'lesson.currentFuture.aim': 'What a customer brings now against what they will bring: invest, maintain, develop, reduce cost.',
  'lesson.currentFuture.open.goal':
    'Find the current × [future value](term:future-value) chart. Read how future value is estimated here: a simple projection, not a full [CLV](term:clv) model.',
  'lesson.currentFuture.open.predict': 'What share of customers is high in current value but low in future value?',
  'lesson.currentFuture.open.done': 'These customers bring a lot today but are fading: maintain them, and find out why.',
  'lesson.currentFuture.future.goal': 'Drag the future value threshold (the horizontal line) so that about a quarter of customers (20–30 %) count as high future value.',
  'lesson.currentFuture.future.done': 'Strategies: invest in high-high, maintain high current, develop high future, reduce the cost to serve low-low.',

  // 7. Lifecycle
  'lesson.lifecycle.title': 'Lifecycle stages',
  'lesson.lifecycle.aim': 'Acquisition, growth, maturity and churn, from tenure and recency.',
  'lesson.lifecycle.churn180.goal': 'Open the quadrants view and scroll to the [customer lifecycle](term:lifecycle) panel.',
  'lesson.lifecycle.churn180.predict': 'With the churn line at 180 days, what share of customers has churned?',
  'lesson.lifecycle.churn180.done': 'Churned customers have not bought for longer than the line; the table shows the revenue they used to bring.',
  'lesson.lifecycle.earlier.goal':
    'Move the churn line earlier, to about two months (50–70 days), with its handle or the number field, and watch the churn stage grow.',
  'lesson.lifecycle.earlier.done': 'The earlier the line, the earlier win-back actions start: a personal call, an offer, a reason to come back.',

  // 8. Re-evaluation
  'lesson.reevaluate.title': 'Re-evaluate every quarter',
  'lesson.reevaluate.aim': 'Move the analysis date and see who changed class: the early warning to act on.',
  'lesson.reevaluate.moveBack.goal':
    'First guess, then on the Data page move the [analysis date](term:analysis-date) back one quarter (80–100 days, the "−1 quarter" button).',
  'lesson.reevaluate.moveBack.predict': 'How many customers will be in a different eight-class class a quarter earlier than now?',
  'lesson.reevaluate.moveBack.done': 'Classes are not fixed: [re-evaluate](term:re-evaluation) every quarter.',
  'lesson.reevaluate.movement.goal':
    'Open the Movement view: the matrix compares the two dates of your prediction, the date you set (before) and the default date (now); the analysis date goes back to the default. Cells marked ⚠ are [triggers](term:trigger): important value customers slipping.',
  'lesson.reevaluate.movement.done': 'Rows are before, columns are now; everything off the diagonal moved.',
  'lesson.reevaluate.customer.goal': 'Select a cell of the matrix, then open one of its customers to see why they are classified this way.',
  'lesson.reevaluate.customer.done': 'A move from important value to important to win back is the signal for personal outreach ([dynamic classification](term:dynamic-classification)).',
  'lesson.reevaluate.snapshot.goal': 'Back in the Movement view, choose "snapshot" and save one: next quarter you can compare against it.',
  'lesson.reevaluate.snapshot.done': 'Saved. Compare again next quarter and act on every trigger.',
  // 9. Predicting future value
  'lesson.future.title': 'Predicting future value',
  'lesson.future.aim': 'Fit the repeat-buying model, check it against data it has not seen, and read who is still a customer.',
  'lesson.future.holdout.goal':
    'First guess. Then open the Model check view (the retail sample works best) and set a [holdout](term:holdout) of about half a year (20–30 weeks): the [BG/NBD model](term:bgnbd) learns only from the data up to the [calibration end](term:calibration).',
  'lesson.future.holdout.predict':
    'The model assumes every customer keeps her own steady pace until she drops out for good. In the half year it has not seen, will the customers make more or fewer repeat purchases than it expects?',
  'lesson.future.holdout.done':
    'The tracking plot shows actual against expected week by week. Where they part, something happened that the model does not know: a sales season, customers slowing down. Check a model on a holdout before trusting it.',
  'lesson.future.alive.goal':
    'Open the Customers view and select a customer who bought more than once: the customer card shows [P(alive)](term:p-alive), the expected purchases and the future value, with the model’s inputs x, t_x and T.',
  'lesson.future.alive.predict':
    'Two customers both first bought 60 weeks ago and last bought 20 weeks ago. A came back on 10 days in between, B on one. Which one does the model think is more likely still a customer?',
  'lesson.future.alive.done':
    'A silence is measured against the customer’s own pace: for a frequent buyer 20 silent weeks are many missed purchases, for a rare buyer they are ordinary.',
  'lesson.future.quadrant.goal':
    'Open the Quadrants view: without a future-value column, the current × future quadrant now uses the model’s estimate (expected purchases × expected spend from the [Gamma-Gamma model](term:gamma-gamma)).',
  'lesson.future.quadrant.done':
    'High current, low future value: customers the model sees drifting away, worth a call before they are gone. Refit every quarter, like the classes.',
  'lesson.future.choice.more': 'More than expected',
  'lesson.future.choice.less': 'Fewer than expected',
  'lesson.future.choice.frequent': 'A, the frequent buyer',
  'lesson.future.choice.rare': 'B, the rare buyer',
  'lesson.readout.holdout': 'Holdout now {weeks} weeks: the model learns from the data up to {end}.',
  'lesson.readout.noHoldout': 'No holdout yet: the model sees all the data.',
  'lesson.readout.modelWaiting': 'The model is not ready: it needs transactions with dates (it may still be fitting).',
} satisfies Record<string, string>;

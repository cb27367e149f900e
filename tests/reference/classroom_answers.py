#!/usr/bin/env python3
"""Every exercise and lesson answer on samples/classroom.csv, worked out independently.

Written from ../shared/COURSE.md (the rules), the README's "Rules" section (the tool's
documented choices: derived potential, projected future value, lifecycle) and the exercise
and lesson texts, NOT from the TypeScript engine: plain rows, datetime and numpy. The unit
tests pin the numbers printed here as literal expectations:

  src/lib/domain/teaching/exercises/exercises.test.ts
  src/lib/domain/teaching/lessons/lessons.test.ts
  src/lib/domain/teaching/lessons/measures.test.ts

usage: /usr/bin/python3 tests/reference/classroom_answers.py [--retail] [--verbose] [--variants]
(needs numpy; prints one JSON object)
"""
import csv, datetime, json, os, sys

import numpy as np

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..')
K = 5
EIGHT_KEYS = ['HHH', 'HLH', 'LHH', 'LLH', 'HHL', 'HLL', 'LHL', 'LLL']  # COURSE.md's table order
SEGMENTS = [  # COURSE.md: ordered rules, inclusive score ranges, first match wins
    ('champions', (5, 5), (5, 5), (5, 5)),
    ('potentialLoyalist', (3, 5), (3, 5), (2, 5)),
    ('loyal', (2, 4), (2, 4), (2, 4)),
    ('promising', (3, 4), (1, 3), (3, 5)),
    ('new', (4, 5), (1, 3), (1, 5)),
    ('cantLose', (1, 2), (3, 4), (4, 5)),
    ('atRisk', (1, 2), (2, 5), (4, 5)),
    ('needAttention', (1, 3), (3, 5), (3, 5)),
    ('aboutToSleep', (2, 3), (1, 3), (1, 4)),
    ('lost', (1, 1), (1, 5), (1, 5)),
]


def read_csv(name):
    with open(os.path.join(ROOT, 'samples', name), newline='', encoding='utf-8') as f:
        return [{
            'order': r['order_id'].strip(),
            'customer': r['customer_id'].strip(),
            'day': datetime.date.fromisoformat(r['order_date'].strip()),
            'cents': round(float(r['amount']) * 100),  # money is decimal: whole cents, exact sums
        } for r in csv.DictReader(f)]


def small_rows():
    """The hand-made ten customers of src/lib/domain/teaching/lessons/fixtures.ts (no order ids)."""
    rows = []

    def add(c, amount, *dates):
        rows.extend({'order': None, 'customer': c, 'day': datetime.date.fromisoformat(d), 'cents': amount * 100} for d in dates)

    add('A', 100, '2024-02-01', '2024-03-01', '2024-04-01', '2024-05-01', '2024-06-29')
    add('B', 1000, '2024-06-30')
    add('C', 20, '2024-01-10')
    add('D', 50, '2024-03-01', '2024-06-01')
    add('E', 30, '2024-02-01')
    add('F', 200, '2024-04-01', '2024-05-01', '2024-06-15')
    add('G', 10, '2024-06-20')
    add('H', 5000, '2023-12-01')
    add('I', 40, '2024-05-10', '2024-05-20')
    add('J', 60, '2024-03-15')
    return rows


class Data:
    def __init__(self, rows):
        self.rows = rows
        # The customer list, in order of first appearance (the order the tool lists them).
        self.order = list(dict.fromkeys(r['customer'] for r in rows))
        self.by_customer = {c: [] for c in self.order}
        for r in rows:
            self.by_customer[r['customer']].append(r)
        self.default_as_of = max(r['day'] for r in rows) + datetime.timedelta(days=1)


def is_purchase(r):
    # COURSE.md: a positive amount, and (order ids mapped) not a "C" cancellation id.
    return r['cents'] > 0 and not (r['order'] or '').upper().startswith('C')


def metrics(data, as_of):
    """R, F, M, tenure, derived potential and projected future value per customer with a purchase before as_of."""
    out = {}
    for c in data.order:
        mine = [r for r in data.by_customer[c] if r['day'] < as_of]
        buys = [r for r in mine if is_purchase(r)]
        if not buys:
            continue  # no purchase in the window: left out of the classes
        last = max(r['day'] for r in buys)
        first = min(r['day'] for r in buys)
        M = sum(r['cents'] for r in mine) / 100  # returns included
        R = (as_of - last).days
        tenure = (as_of - first).days
        # F: distinct order ids among purchases when order ids are mapped, else purchase rows.
        F = len({r['order'] for r in buys}) if buys[0]['order'] is not None else len(buys)
        # README: potential = spending rate over the last 90 days / own long-run rate since the
        # first purchase (customers younger than the window compare against the window).
        recent = sum(r['cents'] for r in mine if (as_of - r['day']).days <= 90) / 100
        potential = 0.0 if M <= 0 else (recent / 90) / (M / max(tenure, 90))
        # README: average yearly spend so far x (1 - R/365), floored at 0.
        future = max(0.0, M / max(tenure, 1) * 365 * max(0.0, 1 - R / 365))
        out[c] = {'R': R, 'F': F, 'M': M, 'tenure': tenure, 'potential': potential, 'future': future}
    return out


def q(values, p):
    # COURSE.md: numpy's default np.quantile (linear, R type 7).
    return float(np.quantile(np.asarray(values, dtype=float), p, method='linear'))


def edges(values):
    return [q(values, i / K) for i in range(1, K)]


def score_up(v, e):
    return 1 + sum(1 for x in e if v > x)


def score_r(v, e):
    return K - sum(1 for x in e if v > x)


def eight_classes(m, thresholds=None):
    ids = list(m)
    t = thresholds or {d: float(np.mean([m[c][d] for c in ids])) for d in 'RFM'}
    label = {}
    for c in ids:
        label[c] = ('H' if m[c]['R'] <= t['R'] else 'L') + ('H' if m[c]['F'] >= t['F'] else 'L') + ('H' if m[c]['M'] >= t['M'] else 'L')
    counts = [sum(1 for c in ids if label[c] == k) for k in EIGHT_KEYS]
    revenue = [sum(m[c]['M'] for c in ids if label[c] == k) for k in EIGHT_KEYS]
    return label, counts, revenue, t


def skew_g1(values):
    # Fisher-Pearson g1 (population moments): m3 / m2^1.5.
    x = np.asarray(values, dtype=float)
    d = x - x.mean()
    m2 = float(np.mean(d ** 2))
    m3 = float(np.mean(d ** 3))
    return m3 / m2 ** 1.5 if m2 > 0 else 0.0


def smallest_share_for(values, target):
    """Fewest customers, best first, whose revenue reaches `target` of the total, as a share."""
    s = sorted(values, reverse=True)
    total = sum(s)
    run = 0.0
    for i, v in enumerate(s, start=1):
        run += v
        if run >= target * total - 1e-9:
            return i / len(s)
    return 1.0


def r2(x):
    return float(f'{x:.2f}')


def months_earlier(d, months):
    """The same day of the month `months` earlier (clamped to the month's last day)."""
    y, mo = d.year, d.month - months
    while mo <= 0:
        mo += 12
        y -= 1
    last = (datetime.date(y + (mo == 12), mo % 12 + 1, 1) - datetime.timedelta(days=1)).day
    return datetime.date(y, mo, min(d.day, last))


def quadrant_counts(m, x, y, x_line, y_line):
    """Codes 0 high-high, 1 high x low y, 2 low x high y, 3 low-low; high is inclusive (>= line)."""
    cnt = [0, 0, 0, 0]
    for v in m.values():
        cnt[(0 if v[x] >= x_line else 2) + (0 if v[y] >= y_line else 1)] += 1
    return cnt


def changes(m_from, m_to):
    """Eight classes at two dates: customers present at both whose class differs, and new ones."""
    a, _, _, _ = eight_classes(m_from)
    b, _, _, _ = eight_classes(m_to)
    both = [c for c in b if c in a]
    return {'changed': sum(1 for c in both if a[c] != b[c]), 'stayed': sum(1 for c in both if a[c] == b[c]), 'entered': len(b) - len(both)}


def answers(data, full=True):
    as_of = data.default_as_of
    m = metrics(data, as_of)
    ids = list(m)
    n = len(ids)
    col = {d: [m[c][d] for c in ids] for d in ('R', 'F', 'M', 'potential', 'future', 'tenure')}
    total = sum(col['M'])
    med_M = q(col['M'], 0.5)

    # ---- scores and named segments ----
    e = {d: edges(col[d]) for d in 'RFM'}
    sc = {c: (score_r(m[c]['R'], e['R']), score_up(m[c]['F'], e['F']), score_up(m[c]['M'], e['M'])) for c in ids}
    score_counts = {d: [sum(1 for c in ids if sc[c][i] == s) for s in range(1, K + 1)] for i, d in enumerate('RFM')}
    seg_counts = [0] * (len(SEGMENTS) + 1)
    for c in ids:
        r, f, mm = sc[c]
        for j, (_, R, F, M) in enumerate(SEGMENTS):
            if R[0] <= r <= R[1] and F[0] <= f <= F[1] and M[0] <= mm <= M[1]:
                seg_counts[j] += 1
                break
        else:
            seg_counts[-1] += 1

    # An empty F bin: score s holds (e[s-2], e[s-1]]; equal bounding edges mean ties emptied it.
    def empty_bin(d):
        for s_ in range(1, K + 1):
            if score_counts[d][s_ - 1] == 0:
                ed = e[d]
                lo, hi = (K - s_ - 1, K - s_) if d == 'R' else (s_ - 2, s_ - 1)
                tied = lo >= 0 and hi < len(ed) and ed[lo] == ed[hi]
                return {'score': s_, 'reason': 'ties' if tied else 'gap'}
        return None

    # ---- eight classes at the means ----
    label, counts, revenue, thr = eight_classes(m)
    m_high = [c for c in ids if label[c][2] == 'H']
    per_customer = {k: revenue[i] / counts[i] for i, k in enumerate(EIGHT_KEYS) if counts[i]}

    # ---- pyramid: three tiers at the 0.8 / 0.5 quantiles of M; value >= boundary is above ----
    b_high, b_med = q(col['M'], 0.8), q(col['M'], 0.5)
    top = [c for c in ids if m[c]['M'] >= b_high]
    top_rev_share = sum(m[c]['M'] for c in top) / total
    # Exercise 4: revenue per top-tier customer over revenue per customer overall.
    top_index = (sum(m[c]['M'] for c in top) / len(top)) / (total / n)
    top20 = sorted(col['M'], reverse=True)[: round(0.2 * n)]

    # ---- value x potential: value line at the median of M, potential line at the mean ----
    pot_line = float(np.mean(col['potential']))
    vp = quadrant_counts(m, 'M', 'potential', med_M, pot_line)
    split = [0.3, 0.25, 0.2, 0.25]
    budget = [round(100000 * s_ / c_, 2) if c_ else 0 for s_, c_ in zip(split, vp)]
    vp_at_top = quadrant_counts(m, 'M', 'potential', b_high, pot_line)

    # ---- current x future value: both lines at the median ----
    fut_line = q(col['future'], 0.5)
    cf = quadrant_counts(m, 'M', 'future', med_M, fut_line)

    # ---- a quarter earlier (3 calendar months): classes at both dates, thresholds recomputed ----
    then_day = months_earlier(as_of, 3)
    m_then = metrics(data, then_day)
    label_then, counts_then, _, _ = eight_classes(m_then)
    movers = [c for c in ids if c in m_then and label_then[c] == 'HHH' and label[c] == 'LHH']

    out = {
        'analysisDate': as_of.isoformat(),
        'customers': n,
        'totalRevenue': round(total, 2),
        'means': thr,
        'edges': e,
        'scoreCounts': score_counts,
        'emptyFBin': empty_bin('F'),
        'segments': {'counts': seg_counts, 'champions': seg_counts[0], 'others': seg_counts[-1]},
        'eight': {'counts': dict(zip(EIGHT_KEYS, counts)), 'revenue': dict(zip(EIGHT_KEYS, [round(v, 2) for v in revenue]))},
        'largestEightClass': EIGHT_KEYS[counts.index(max(counts))],  # first in table order on a tie
        'mHighShareAtMean': len(m_high) / n,
        'mHighRevenueShareAtMean': sum(m[c]['M'] for c in m_high) / total,
        'bestRevenuePerCustomer': max(per_customer, key=per_customer.get),
        'oneTimeBuyers': sum(1 for c in ids if m[c]['F'] == 1),
        'skewness': {d: skew_g1(col[d]) for d in 'RFM'},
        'mostSkewed': max('RFM', key=lambda d: skew_g1(col[d])),
        'pyramid': {
            'boundaries': [b_high, b_med],
            'counts': [len(top), sum(1 for c in ids if b_med <= m[c]['M'] < b_high), sum(1 for c in ids if m[c]['M'] < b_med)],
            'topRevenueShare': top_rev_share,
            'topRevenueSharePercent': r2(top_rev_share * 100),
            'topIndex': r2(top_index),
        },
        'top20RevenueShare': sum(top20) / total,
        'smallestShareFor80': smallest_share_for(col['M'], 0.8),
        'smallestShareFor50': smallest_share_for(col['M'], 0.5),
        'churnAt': {str(d): sum(1 for c in ids if m[c]['R'] > d) for d in (30, 90, 120, 180)},
        'valuePotential': {'valueLine': med_M, 'potentialLine': pot_line, 'counts': vp, 'budgetPerCustomer': budget,
                           'highHighAtTopBoundary': vp_at_top[0]},
        'currentFuture': {'futureLine': fut_line, 'counts': cf, 'highCurrentLowFutureShare': cf[1] / n, 'highFutureShare': (cf[0] + cf[2]) / n},
        'quarter': {'then': then_day.isoformat(), 'HHHthen': counts_then[0], 'HHHnow': counts[0],
                    'change': counts[0] - counts_then[0], 'moversHHHtoLHH': movers},
        'back91': changes(metrics(data, as_of - datetime.timedelta(days=91)), m),
    }
    if full:
        # Exercises that pick a customer: the one at `fraction` of the way through the list.
        def pick(fraction):
            return ids[min(n - 1, max(0, int(np.floor(fraction * (n - 1)))))]

        c2, c3 = pick(0.37), pick(0.61)
        # Reach a target: the amount that makes 20 % M-high is the round(0.2 n)-th largest M.
        t20 = sorted(col['M'], reverse=True)[round(0.2 * n) - 1]
        m_high20 = [c for c in ids if m[c]['M'] >= t20]
        out['customerOrder'] = ids
        out['picked'] = {
            'classify': {'customer': c2, 'r': m[c2]['R'], 'f': m[c2]['F'], 'm': m[c2]['M'], 'class': label[c2]},
            'scoreR': {'customer': c3, 'r': m[c3]['R'], 'score': sc[c3][0]},
        }
        out['reachTarget'] = {'threshold': t20, 'mHighCustomers': len(m_high20), 'revenueSharePercent': r2(sum(m[c]['M'] for c in m_high20) / total * 100)}
    return out


def variant_answers(data, sample):
    """Every seeded variant's answer (the parameter lists of the exercise kinds), in its target state."""
    as_of = data.default_as_of
    m = metrics(data, as_of)
    ids = list(m)
    n = len(ids)
    col = {d: [m[c][d] for c in ids] for d in ('R', 'F', 'M', 'potential')}
    total = sum(col['M'])
    label, _, _, _ = eight_classes(m)
    e = {d: edges(col[d]) for d in 'RFM'}

    def pick(fraction):
        return ids[min(n - 1, max(0, int(np.floor(fraction * (n - 1)))))]

    def js_round(x):
        return int(np.floor(x + 0.5))

    out = {}
    if sample == 'classroom':
        reach = {}
        for share in (0.15, 0.2, 0.25, 0.3):
            take = max(1, js_round(share * n))
            line = sorted(col['M'])[n - take]
            high = [c for c in ids if m[c]['M'] >= line]
            reach[str(share)] = r2(sum(m[c]['M'] for c in high) / total * 100)
        out['reachTarget'] = reach
        out['classifyByHand'] = {str(f): label[pick(f)] for f in (0.12, 0.25, 0.37, 0.5, 0.63, 0.75, 0.88)}
        score = {}
        for d in 'RFM':
            for f in (0.2, 0.4, 0.61, 0.8):
                c = pick(f)
                score[f'{d}|{f}'] = score_r(m[c]['R'], e['R']) if d == 'R' else score_up(m[c][d], e[d])
        out['scoreByHand'] = score
        out['lifecycleChurn'] = {str(d): sum(1 for c in ids if m[c]['R'] > d) for d in (60, 180, 240, 270)}
    else:
        pyr = {}
        for cuts in ((0.8, 0.5), (0.9, 0.6), (0.85, 0.55), (0.75, 0.45), (0.7, 0.4)):
            b = q(col['M'], cuts[0])
            top = [v for v in col['M'] if v >= b]
            # Exercise 4: how many times the average customer's revenue a top-tier customer brings.
            pyr[f'{cuts[0]}|{cuts[1]}'] = r2((sum(top) / len(top)) / (total / n))
        out['pyramidShare'] = pyr
        out['pareto'] = {str(t): r2(smallest_share_for(col['M'], t) * 100) for t in (0.5, 0.6, 0.7, 0.75, 0.8, 0.9)}
        pot_line = float(np.mean(col['potential']))
        vp = quadrant_counts(m, 'M', 'potential', q(col['M'], 0.5), pot_line)
        split = [0.3, 0.25, 0.2, 0.25]
        out['splitBudget'] = {str(t): [round(t * s_ / c_, 2) if c_ else 0 for s_, c_ in zip(split, vp)] for t in (60000, 80000, 90000, 100000, 120000, 150000, 200000)}
        over = {}
        now_hhh = sum(1 for c in ids if label[c] == 'HHH')
        for months in (3, 6, 9, 12):
            l_then, _, _, _ = eight_classes(metrics(data, months_earlier(as_of, months)))
            then_hhh = sum(1 for v in l_then.values() if v == 'HHH')
            over[str(months)] = {'then': then_hhh, 'change': now_hhh - then_hhh}
        out['overTime'] = over
    return out


def main():
    verbose = '--verbose' in sys.argv
    classroom = Data(read_csv('classroom.csv'))
    out = {
        'classroom': answers(classroom),
        'small': answers(Data(small_rows())),
    }
    small = Data(small_rows())
    ms = metrics(small, small.default_as_of)
    # The lessons' value line typed at 700 on the small data.
    out['small']['valuePotentialAt700'] = quadrant_counts(ms, 'M', 'potential', 700, float(np.mean([v['potential'] for v in ms.values()])))
    out['skewnessExamples'] = {'1,2,3': skew_g1([1, 2, 3]), '1,1,1,10': skew_g1([1, 1, 1, 10])}
    if '--retail' in sys.argv:
        out['retail'] = answers(Data(read_csv('retail-transactions.csv')), full=False)
    if '--variants' in sys.argv:
        json.dump({'classroom': variant_answers(classroom, 'classroom'), 'retail': variant_answers(Data(read_csv('retail-transactions.csv')), 'retail')}, sys.stdout)
        print()
        return
    if verbose:
        m = metrics(classroom, classroom.default_as_of)
        for c in m:
            print(c, m[c], file=sys.stderr)
    json.dump(out, sys.stdout, indent=1)
    print()


if __name__ == '__main__':
    main()

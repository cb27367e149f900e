import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze, defaultLensSettings } from '../domain/models/analysis';
import { computeMetrics } from '../domain/models/metrics';
import { transactionTable } from '../domain/models/testTable';
import type { LocaleCode } from '../i18n/catalog';
import * as movement from '../i18n/messages/movement';
import * as terms from '../i18n/messages/terms';
import { commentLine, customersCsv, lensColumns, type CustomerCsvInput } from './customersCsv';

const messages: Record<LocaleCode, Record<string, string>> = {
  en: { ...terms.en, ...movement.en },
  zh: { ...terms.zh, ...movement.zh },
};
const t = (loc: LocaleCode, key: string) => messages[loc][key] ?? key;

/*
 * Analysis day 2024-01-31. Hand-computed:
 *   A      R 11  F 2  M 300   scores 3 5 5  HHH  Potential Loyalist  high    acquisition
 *   @evil  R 21  F 1  M -12   scores 1 1 1  LLL  Lost                low     acquisition  (a return of 22 after a purchase of 10)
 *   C      R 1   F 1  M 50    scores 5 1 3  HLL  New Customers       medium  acquisition
 * Quadrants (value line: median M = 50, high is >= the line):
 *   potential = recent rate / long-run rate: A 1, @evil 0 (no positive spend), C 1; mean 2/3
 *     -> A high/high, @evil low/low, C high/high
 *   future value = M / max(tenure, 30) * 365 * (1 - R / 365): A 300/30*365*(354/365) = 3540,
 *     @evil 0, C 50/30*365*(364/365) = 606.67; median 606.67
 *     -> A high/high, @evil low/low, C high/high (on both lines)
 */
function input(withNames: boolean): CustomerCsvInput {
  const table = transactionTable([
    { customer: 'A', date: '2024-01-01', amount: 100 },
    { customer: 'A', date: '2024-01-20', amount: 200 },
    { customer: '@evil', date: '2024-01-10', amount: 10 },
    { customer: '@evil', date: '2024-01-15', amount: -22 },
    { customer: 'C', date: '2024-01-30', amount: 50 },
  ]);
  if (withNames) table.customerNames = ['张三', '=HYPERLINK("http://x","y")', 'Li, "Lee"'];
  const metrics = computeMetrics(table);
  return { metrics, names: table.customerNames, ...lensColumns(analyze(metrics, defaultLensSettings(5))) };
}

const VP_EN = ['"High value, high potential"', '"Low value, low potential"', '"High value, high potential"'];
const CF_EN = ['"High current, high future value"', '"Low current, low future value"', '"High current, high future value"'];

describe('customersCsv', () => {
  it('English: BOM, header, neutralised text, numbers as numbers, quoting, both quadrants', () => {
    expect(customersCsv(input(true), { languages: ['en'], t })).toBe(
      '\uFEFF' +
        'Customer ID,Customer name,Recency R (days),Frequency F,Monetary M,R score,F score,M score,RFM class (R F M),RFM class,Segment,Pyramid tier,Lifecycle stage,Value × potential quadrant,Current × future value quadrant\r\n' +
        `A,张三,11,2,300,3,5,5,HHH,Important value,Potential Loyalist,High value,Acquisition,${VP_EN[0]},${CF_EN[0]}\r\n` +
        `'@evil,"'=HYPERLINK(""http://x"",""y"")",21,1,-12,1,1,1,LLL,Ordinary to win back,Lost,Low value,Acquisition,${VP_EN[1]},${CF_EN[1]}\r\n` +
        `C,"Li, ""Lee""",1,1,50,5,1,3,HLL,Ordinary to develop,New Customers,Medium value,Acquisition,${VP_EN[2]},${CF_EN[2]}\r\n`,
    );
  });

  it('Chinese, no names: the name column is left out', () => {
    expect(customersCsv(input(false), { languages: ['zh'], t, bom: false })).toBe(
      '客户编号,最近一次消费 R（天）,消费频率 F,消费金额 M,R 评分,F 评分,M 评分,RFM 类别（R F M）,RFM 类别,命名客户群,金字塔层级,生命周期阶段,价值 × 潜力象限,当前价值 × 未来价值象限\r\n' +
        'A,11,2,300,3,5,5,HHH,重要价值客户,潜在忠诚客户,高价值,获取期,高价值高潜力,当前价值高、未来价值高\r\n' +
        "'@evil,21,1,-12,1,1,1,LLL,一般挽留客户,已流失客户,低价值,获取期,低价值低潜力,当前价值低、未来价值低\r\n" +
        'C,1,1,50,5,1,3,HLL,一般发展客户,新客户,中价值,获取期,高价值高潜力,当前价值高、未来价值高\r\n',
    );
  });

  it('both languages: header and class names joined with " / "', () => {
    const lines = customersCsv(input(false), { languages: ['zh', 'en'], t, bom: false }).split('\r\n');
    expect(lines[0].split(',').slice(0, 2)).toEqual(['客户编号 / Customer ID', '最近一次消费 R（天） / Recency R (days)']);
    expect(lines[1]).toBe(
      'A,11,2,300,3,5,5,HHH,重要价值客户 / Important value,潜在忠诚客户 / Potential Loyalist,高价值 / High value,获取期 / Acquisition,"高价值高潜力 / High value, high potential","当前价值高、未来价值高 / High current, high future value"',
    );
  });

  it('a user-named segment rule is written with its own name', () => {
    const base = input(false);
    const rules = [{ key: 'vip', label: '=VIP', R: { min: 1, max: 5 }, F: { min: 1, max: 5 }, M: { min: 5, max: 5 } }];
    const csv = customersCsv(
      { ...base, segments: { labels: Uint8Array.from([0, 1, 1]), rules }, valuePotential: null, currentFuture: null },
      { languages: ['en'], t, bom: false },
    );
    expect(csv.split('\r\n')[1]).toBe("A,11,2,300,3,5,5,HHH,Important value,'=VIP,High value,Acquisition");
    expect(csv.split('\r\n')[3]).toBe('C,1,1,50,5,1,3,HLL,Ordinary to develop,Others,Medium value,Acquisition');
  });

  it('rows in the given order (the table’s sort), after the settings block and an empty line', () => {
    // Monetary descending, as the table sorts it: A 300, C 50, @evil -12 (positions 0, 2, 1).
    const csv = customersCsv(
      { ...input(false), order: Int32Array.from([0, 2, 1]), currentFuture: null },
      { languages: ['en'], t, bom: false, preamble: ['Customers, sorted by Monetary (descending)', '=1+1, formula-like'] },
    );
    const lines = csv.split('\r\n');
    expect(lines.slice(0, 3)).toEqual(['# Customers, sorted by Monetary (descending)', '# =1+1, formula-like', '']);
    expect(lines[3].split(',').at(-1)).toBe('Value × potential quadrant');
    expect(lines.slice(4, 7).map((l) => l.split(',')[0])).toEqual(['A', 'C', "'@evil"]);
    expect(lines.slice(4, 7).map((l) => l.split(',')[3])).toEqual(['300', '50', '-12']);
    expect(lines[7]).toBe('');
  });

  it('settings lines are comments as they are: never quoted, one line each, whatever they hold', () => {
    const preamble = ['Tier boundaries: 1,000, 500', 'Segment "VIP, new"', 'two\r\nlines\nhere'];
    const csv = customersCsv(input(false), { languages: ['en'], t, bom: false, preamble });
    expect(csv.split('\r\n').slice(0, 5)).toEqual([
      '# Tier boundaries: 1,000, 500',
      '# Segment "VIP, new"',
      '# two lines here',
      '',
      'Customer ID,Recency R (days),Frequency F,Monetary M,R score,F score,M score,RFM class (R F M),RFM class,Segment,Pyramid tier,Lifecycle stage,Value × potential quadrant,Current × future value quadrant',
    ]);
    expect(commentLine('a\rb')).toBe('# a b');
  });
});

/** Debian's python3 with pandas, when the machine has it; the test below is skipped without. */
const PYTHON = '/usr/bin/python3';
const hasPandas = spawnSync(PYTHON, ['-c', 'import pandas']).status === 0;

describe.skipIf(!hasPandas)('customersCsv read by pandas', () => {
  it("read_csv(comment='#') skips the settings block and reads every customer and column", () => {
    // The settings as the app writes them (commas, quotes) and a name holding "#", which an
    // unquoted cell would lose to the comment mark from there on.
    const named = { ...input(true), currentFuture: null };
    named.names = ['张三 #1', named.names![1], named.names![2]];
    const csv = customersCsv(named, {
      languages: ['en'],
      t,
      preamble: ['Customers, sorted by Customer ID (ascending)', 'Tier boundaries: "top" 20 %, 30 %, 50 %', '=1+1'],
    });
    const dir = mkdtempSync(join(tmpdir(), 'customers-csv-'));
    try {
      const file = join(dir, 'customers.csv');
      writeFileSync(file, csv, 'utf8');
      const script = [
        'import json, sys, pandas as pd',
        "d = pd.read_csv(sys.argv[1], comment='#', dtype=str)",
        "print(json.dumps({'shape': list(d.shape), 'columns': list(d.columns), 'names': list(d['Customer name'])}, ensure_ascii=False))",
      ].join('\n');
      const run = spawnSync(PYTHON, ['-c', script, file], { encoding: 'utf8' });
      expect(run.stderr).toBe('');
      expect(JSON.parse(run.stdout)).toEqual({
        shape: [3, 14],
        columns: [
          'Customer ID',
          'Customer name',
          'Recency R (days)',
          'Frequency F',
          'Monetary M',
          'R score',
          'F score',
          'M score',
          'RFM class (R F M)',
          'RFM class',
          'Segment',
          'Pyramid tier',
          'Lifecycle stage',
          'Value × potential quadrant',
        ],
        names: ['张三 #1', "'=HYPERLINK(\"http://x\",\"y\")", 'Li, "Lee"'],
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

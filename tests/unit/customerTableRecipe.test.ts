/**
 * The customer-table route (README, "Beyond the browser"): samples/sql/customer-table.duckdb.sql
 * run by DuckDB on a shared dataset gives a customer table that, loaded like any customer
 * table, classifies every customer as loading the transactions themselves does: same
 * customers, same R and F, M to the cent's millionth, same scores and the same eight classes.
 * DuckDB is an implementation of the rules that shares no code with the engine.
 * Skipped when ../shared is absent.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, describe, expect, it } from 'vitest';
import { ingestBytes } from '../../src/lib/domain/ingest/ingest';
import { analyze, defaultLensSettings } from '../../src/lib/domain/models/analysis';
import { computeMetrics } from '../../src/lib/domain/models/metrics';
import { hasShared, repoRoot, sharedFile } from './paths';

const sql = (name: string) => readFileSync(join(repoRoot, 'samples/sql', name), 'utf8');
const work = mkdtempSync(join(tmpdir(), 'ccc-recipe-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Runs `view` (which makes `transactions`), then the recipe, and returns the CSV DuckDB writes. */
async function recipeCsv(view: string): Promise<Uint8Array> {
  const db = await DuckDBInstance.create(':memory:', { threads: '2' });
  const con = await db.connect();
  await con.run(view);
  const out = join(work, `customers-${Date.now()}.csv`);
  const query = sql('customer-table.duckdb.sql').trim().replace(/;$/, '');
  await con.run(`COPY (${query}) TO '${out}' (HEADER, DELIMITER ',')`);
  con.closeSync();
  db.closeSync();
  return new Uint8Array(readFileSync(out));
}

async function classify(bytes: Uint8Array, fileName: string) {
  const outcome = await ingestBytes(bytes, { fileName });
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.error));
  const m = computeMetrics(outcome.dataset);
  const a = analyze(m, defaultLensSettings(5));
  const byId = new Map<string, { r: number; f: number; m: number; scores: string; eight: number }>();
  for (let i = 0; i < m.n; i++) {
    byId.set(m.ids[i], {
      r: m.recency[i], f: m.frequency[i], m: m.monetary[i],
      scores: `${a.scores.R.scores[i]}${a.scores.F.scores[i]}${a.scores.M.scores[i]}`,
      eight: a.eight.labels[i],
    });
  }
  return { shape: outcome.dataset.shape, n: m.n, byId, eight: a.eight.counts };
}

function expectSameClasses(fromTransactions: Awaited<ReturnType<typeof classify>>, fromTable: Awaited<ReturnType<typeof classify>>) {
  expect(fromTransactions.shape).toBe('transactions');
  expect(fromTable.shape).toBe('customers');
  expect(fromTable.n).toBe(fromTransactions.n);
  const differ: string[] = [];
  for (const [id, t] of fromTransactions.byId) {
    const c = fromTable.byId.get(id);
    if (!c || c.r !== t.r || c.f !== t.f || Math.abs(c.m - t.m) > 1e-6 || c.scores !== t.scores || c.eight !== t.eight)
      differ.push(`${id}: transactions ${JSON.stringify(t)} table ${JSON.stringify(c)}`);
  }
  expect(differ.slice(0, 5)).toEqual([]);
  expect(fromTable.eight).toEqual(fromTransactions.eight);
}

describe.skipIf(!hasShared)('customer-table SQL recipe (DuckDB) gives the classes of the transactions', () => {
  it('Online Retail: order lines with cancellations, returns, float-written ids and no customer on some rows', async () => {
    const gz = sharedFile('online-retail/online-retail.csv.gz');
    const view = sql('online-retail.transactions.duckdb.sql').replace("'online-retail.csv.gz'", `'${gz}'`);
    expect(view).toContain(gz);
    const table = await classify(await recipeCsv(view), 'customers.csv');
    const transactions = await classify(gunzipSync(readFileSync(gz)), 'online-retail.csv');
    // 4,372 customer ids, 34 of them with no purchase (only cancellations or returns);
    // tests/bench/pandas_careful.py finds the same 4,338.
    expect(transactions.n).toBe(4338);
    expectSameClasses(transactions, table);
  }, 120_000);

  it('CDNOW: no order id (each purchase row is an order) and zero-amount rows', async () => {
    const file = sharedFile('cdnow/cdnow_master.csv');
    const view = `CREATE OR REPLACE TEMP VIEW transactions AS
      SELECT NULLIF(trim(customer_id), '') AS customer_id, CAST(NULL AS VARCHAR) AS order_id,
             TRY_CAST("date" AS DATE) AS order_ts, TRY_CAST(dollar_value AS DECIMAL(18, 6)) AS amount
      FROM read_csv('${file}', header = true, all_varchar = true)`;
    const table = await classify(await recipeCsv(view), 'customers.csv');
    const transactions = await classify(new Uint8Array(readFileSync(file)), 'cdnow_master.csv');
    // 23,570 customers, 68 of whom bought only zero-amount rows (pandas: customers with an amount > 0).
    expect(transactions.n).toBe(23502);
    expectSameClasses(transactions, table);
  }, 120_000);
});

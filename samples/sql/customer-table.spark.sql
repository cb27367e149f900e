-- The customer table from a transactions table, in Spark SQL (3.x). The same query as
-- customer-table.duckdb.sql (read its notes); only the dialect differs.
-- UNTESTED: this file has never been run on Spark (the tests run the DuckDB recipe only;
-- this one is checked only to parse as Spark SQL). Compare a few customers with the app
-- before relying on it.
-- Input: a table or temp view `transactions` with
--   customer_id STRING, order_id STRING (NULL when none), order_ts TIMESTAMP or DATE,
--   amount DECIMAL(38, 6) (quantity * unit_price when there is no amount column).
-- For Online Retail read with every column as STRING, the cleaning of the DuckDB view reads:
--   NULLIF(regexp_replace(trim(CustomerID), '^(-?[0-9]+)\\.0+$', '$1'), '') AS customer_id,
--   NULLIF(regexp_replace(trim(InvoiceNo), '^(-?[0-9]+)\\.0+$', '$1'), '') AS order_id,
--   try_cast(InvoiceDate AS TIMESTAMP) AS order_ts,   -- try_cast: Spark 3.2+; earlier, CAST (NULL when bad, ANSI off)
--   try_cast(Quantity AS DECIMAL(18, 6)) * try_cast(UnitPrice AS DECIMAL(18, 6)) AS amount
-- To choose the analysis date: params AS (SELECT DATE '2011-09-01' AS analysis_date),
WITH usable AS (
  SELECT
    customer_id,
    to_date(order_ts) AS day,
    amount,
    amount > 0 AND (order_id IS NULL OR upper(substr(order_id, 1, 1)) <> 'C') AS is_purchase,
    CASE WHEN order_id IS NULL THEN concat('row:', CAST(monotonically_increasing_id() AS STRING)) ELSE concat('order:', order_id) END AS order_key
  FROM transactions
  WHERE customer_id IS NOT NULL AND customer_id <> '' AND order_ts IS NOT NULL AND amount IS NOT NULL
),
params AS (SELECT date_add(max(day), 1) AS analysis_date FROM usable),
in_window AS (
  SELECT u.*, p.analysis_date FROM usable u CROSS JOIN params p WHERE u.day < p.analysis_date
)
SELECT
  customer_id,
  datediff(max(analysis_date), max(CASE WHEN is_purchase THEN day END)) AS recency_days,
  count(DISTINCT CASE WHEN is_purchase THEN order_key END) AS frequency,
  sum(amount) AS monetary
FROM in_window
GROUP BY customer_id
HAVING count(CASE WHEN is_purchase THEN 1 END) > 0
ORDER BY customer_id;

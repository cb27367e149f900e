-- The customer table from a transactions table, in BigQuery (GoogleSQL). The same query
-- as customer-table.duckdb.sql (read its notes); only the dialect differs.
-- UNTESTED: this file has never been run on BigQuery (the tests run the DuckDB recipe
-- only; this one is checked only to parse as GoogleSQL). Compare a few customers with the
-- app before relying on it.
-- Input: `your_project.your_dataset.transactions` with
--   customer_id STRING, order_id STRING (NULL when none), order_ts DATETIME, DATE or
--   TIMESTAMP (a TIMESTAMP's day is taken in UTC: prefer DATETIME, the local time the file
--   shows, as DuckDB's TIMESTAMP is), amount NUMERIC (quantity * unit_price when there is
--   no amount column).
-- For Online Retail loaded as all-STRING columns, the cleaning of the DuckDB view reads:
--   NULLIF(REGEXP_REPLACE(TRIM(CustomerID), r'^(-?[0-9]+)\.0+$', r'\1'), '') AS customer_id,
--   NULLIF(REGEXP_REPLACE(TRIM(InvoiceNo), r'^(-?[0-9]+)\.0+$', r'\1'), '') AS order_id,
--   SAFE_CAST(InvoiceDate AS DATETIME) AS order_ts,
--   SAFE_CAST(Quantity AS NUMERIC) * SAFE_CAST(UnitPrice AS NUMERIC) AS amount
-- To choose the analysis date: params AS (SELECT DATE '2011-09-01' AS analysis_date),
WITH usable AS (
  SELECT
    customer_id,
    CAST(order_ts AS DATE) AS day,
    amount,
    amount > 0 AND (order_id IS NULL OR UPPER(SUBSTR(order_id, 1, 1)) <> 'C') AS is_purchase,
    IF(order_id IS NULL, CONCAT('row:', CAST(ROW_NUMBER() OVER () AS STRING)), CONCAT('order:', order_id)) AS order_key
  FROM `your_project.your_dataset.transactions`
  WHERE customer_id IS NOT NULL AND customer_id <> '' AND order_ts IS NOT NULL AND amount IS NOT NULL
),
params AS (SELECT DATE_ADD(MAX(day), INTERVAL 1 DAY) AS analysis_date FROM usable),
in_window AS (
  SELECT u.*, p.analysis_date FROM usable u CROSS JOIN params p WHERE u.day < p.analysis_date
)
SELECT
  customer_id,
  DATE_DIFF(MAX(analysis_date), MAX(IF(is_purchase, day, NULL)), DAY) AS recency_days,
  COUNT(DISTINCT IF(is_purchase, order_key, NULL)) AS frequency,
  SUM(amount) AS monetary
FROM in_window
GROUP BY customer_id
HAVING COUNTIF(is_purchase) > 0
ORDER BY customer_id;

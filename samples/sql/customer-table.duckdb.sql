-- The customer table from a transactions table, in DuckDB: one row per customer with
-- R (recency_days), F (frequency) and M (monetary) exactly as the classroom computes them
-- from the same transactions (COURSE.md; the rules are listed in the README, "Beyond the
-- browser"). Load the result on the Data page as a customer table.
--
-- Input: a table or view named `transactions` with these columns (see
-- online-retail.transactions.duckdb.sql for how to make it from a raw file):
--   customer_id  VARCHAR    NULL or '' = row skipped
--   order_id     VARCHAR    NULL when the data has no order id: each row is then an order
--   order_ts     TIMESTAMP  (or DATE) NULL = row skipped; the time of day is dropped
--   amount       DECIMAL    NULL = row skipped; negative = a return, 0 = not a purchase
-- The analysis date is the day after the latest usable row; to choose one, replace the
-- `params` line by:  params AS (SELECT DATE '2011-09-01' AS analysis_date),
WITH usable AS (
  SELECT
    customer_id,
    CAST(order_ts AS DATE) AS day,
    amount,
    -- A purchase: a positive amount and not a cancelled invoice (id starting with C or c).
    amount > 0 AND (order_id IS NULL OR upper(substr(order_id, 1, 1)) <> 'C') AS is_purchase,
    -- F counts distinct orders; a row without an order id is an order of its own.
    CASE WHEN order_id IS NULL THEN 'row:' || CAST(row_number() OVER () AS VARCHAR) ELSE 'order:' || order_id END AS order_key
  FROM transactions
  WHERE customer_id IS NOT NULL AND customer_id <> '' AND order_ts IS NOT NULL AND amount IS NOT NULL
),
params AS (SELECT max(day) + 1 AS analysis_date FROM usable),
in_window AS (
  SELECT u.*, p.analysis_date FROM usable u CROSS JOIN params p WHERE u.day < p.analysis_date
)
SELECT
  customer_id,
  date_diff('day', max(CASE WHEN is_purchase THEN day END), max(analysis_date)) AS recency_days,
  count(DISTINCT CASE WHEN is_purchase THEN order_key END) AS frequency,
  -- M: every amount in the window, returns and cancellations included (they reduce it).
  sum(amount) AS monetary
FROM in_window
GROUP BY customer_id
-- Customers with no purchase in the window are left out (the app counts them).
HAVING count(CASE WHEN is_purchase THEN 1 END) > 0
ORDER BY customer_id;

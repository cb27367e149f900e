-- Step 1 for DuckDB: the `transactions` view that customer-table.duckdb.sql reads, made
-- from the UCI Online Retail file (InvoiceNo, StockCode, Description, Quantity,
-- InvoiceDate, UnitPrice, CustomerID, Country). Replace the file name and the column
-- expressions for your own data; the cleaning is the app's:
--   - ids are trimmed, and an integer written as a float (17850.0) becomes 17850;
--   - a cell that does not read as a number or a date makes the row unusable (NULL);
--   - amount = quantity x unit price when there is no amount column, in decimals (six
--     places each, so a fractional quantity is kept, as the app keeps it).
CREATE OR REPLACE TEMP VIEW transactions AS
SELECT
  NULLIF(regexp_replace(trim(CustomerID), '^(-?[0-9]+)\.0+$', '\1'), '') AS customer_id,
  NULLIF(regexp_replace(trim(InvoiceNo), '^(-?[0-9]+)\.0+$', '\1'), '') AS order_id,
  TRY_CAST(InvoiceDate AS TIMESTAMP) AS order_ts,
  TRY_CAST(Quantity AS DECIMAL(18, 6)) * TRY_CAST(UnitPrice AS DECIMAL(18, 6)) AS amount
FROM read_csv('online-retail.csv.gz', header = true, all_varchar = true);

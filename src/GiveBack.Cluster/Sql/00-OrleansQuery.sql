-- GiveBack's own PostgreSQL schema for the Orleans ADO.NET providers (Orleans 10.4.2, PostgreSQL 15).
--
-- The provider DLLs ship no SQL. At start-up each provider runs
--     SELECT QueryKey, QueryText FROM OrleansQuery
-- and from then on only executes the query texts it found there, binding its own parameter names and
-- reading result columns by name. So this table is the contract: the keys, the @Parameters and the
-- result column names must match what the provider code expects; the SQL behind them is ours.
--
-- Every script in this folder is idempotent and is applied in file-name order, in one transaction,
-- under an advisory lock (see OrleansSchema.cs). Query rows are upserted, so a newer GiveBack
-- replaces the query text an older one wrote; the WHERE clause skips rows whose text is unchanged.
--
-- Unquoted identifiers: PostgreSQL folds them to lower case, and so do the providers' unquoted queries.

CREATE TABLE IF NOT EXISTS OrleansQuery
(
    QueryKey  varchar(64) NOT NULL,
    QueryText text        NOT NULL,
    CONSTRAINT pk_orleansquery PRIMARY KEY (QueryKey)
);

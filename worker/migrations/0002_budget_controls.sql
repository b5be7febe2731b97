-- 0002: storage budget, trainer controls, idempotent submissions (issue 9).
-- Applied like 0001: by wrangler for D1 and by worker.Migrate for SQLite.

-- A trainer can close a class (no more submissions) and open it again.
ALTER TABLE classes ADD COLUMN closed_at INTEGER;          -- NULL while open

-- A submission sent with an Idempotency-Key replaces the earlier one with the
-- same key in the same class instead of adding a second row: a retry after a
-- lost response, or the same device sending again. Only a SHA-256 of the key
-- is kept. NULLs are distinct in a UNIQUE index, so rows without a key never clash.
ALTER TABLE submissions ADD COLUMN idem TEXT;
ALTER TABLE submissions ADD COLUMN updated_at INTEGER;
CREATE UNIQUE INDEX IF NOT EXISTS submissions_idem ON submissions (class_code, idem);

-- The NIP is never kept by the server (issue 9): drop it from what is stored.
UPDATE shares SET scenario = json_remove(scenario, '$.identitas.nip')
  WHERE json_extract(scenario, '$.identitas.nip') IS NOT NULL;
UPDATE submissions SET scenario = json_remove(scenario, '$.identitas.nip')
  WHERE json_extract(scenario, '$.identitas.nip') IS NOT NULL;

-- Rate limits and storage budgets: one row per key and window. key is a kind
-- prefix plus a daily-rotating keyed hash (HMAC) of the client's address, or
-- a global key; win is the window number (Unix time / window length); n counts
-- requests, bytes counts stored bytes; the row may be deleted from expires on.
-- A refused request writes nothing.
DROP TABLE IF EXISTS rate_limits;
CREATE TABLE IF NOT EXISTS counters (
  key         TEXT NOT NULL,
  win         INTEGER NOT NULL,
  n           INTEGER NOT NULL,
  bytes       INTEGER NOT NULL,
  expires     INTEGER NOT NULL,
  PRIMARY KEY (key, win)
);

-- simkinerja edge worker: shares, classes, submissions and rate-limit counters.
-- Applied by `wrangler d1 migrations apply` (D1, local and production) and by the
-- Go server at start (worker/migrate.go); both record it in d1_migrations.
-- Times are Unix seconds. Nothing here identifies a person unless the user typed
-- it: no IP addresses (rate limits key on a hash), names only when given.

CREATE TABLE IF NOT EXISTS shares (
  id          TEXT PRIMARY KEY,          -- 22 chars base64url, 128 random bits
  scenario    TEXT NOT NULL,             -- validated scenario document (JSON)
  created_at  INTEGER NOT NULL,
  expires_at  INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS shares_expires_at ON shares (expires_at);

CREATE TABLE IF NOT EXISTS classes (
  code        TEXT PRIMARY KEY,          -- 6 chars, unambiguous alphabet
  token_hash  TEXT NOT NULL,             -- SHA-256 of the trainer's token, hex
  created_at  INTEGER NOT NULL,
  expires_at  INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS classes_expires_at ON classes (expires_at);

CREATE TABLE IF NOT EXISTS submissions (
  seq         INTEGER PRIMARY KEY AUTOINCREMENT, -- submission order within the store
  id          TEXT NOT NULL UNIQUE,
  class_code  TEXT NOT NULL REFERENCES classes (code) ON DELETE CASCADE,
  name        TEXT,                      -- NULL unless the participant typed a display name
  scenario    TEXT NOT NULL,             -- validated scenario document (JSON); results are recomputed
  created_at  INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS submissions_class ON submissions (class_code, seq);

CREATE TABLE IF NOT EXISTS rate_limits (
  client      TEXT NOT NULL,             -- truncated SHA-256 of the client address
  minute      INTEGER NOT NULL,          -- Unix time / 60
  count       INTEGER NOT NULL,
  PRIMARY KEY (client, minute)
);

-- A run keeps the people its review shows (the closest RunRecorder.SHOWN) and how many it found in
-- all: a crowd at a busy venue is ~200,000 people, handled as a risk area, not row by row.
ALTER TABLE trace_run ADD COLUMN people_found INT NOT NULL DEFAULT 0;

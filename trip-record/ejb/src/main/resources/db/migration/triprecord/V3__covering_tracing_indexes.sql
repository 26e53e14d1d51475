-- Covering indexes for tracing. The (venue, time) and (citizen, time) range reads also need the
-- other column of the pair (and the colour, for exposure lists); carrying them in the index makes
-- the reads index-only, with no primary-key look-up per row. On 10 M check-ins this took tracing
-- a busy visitor from seconds to tens of milliseconds (docs/PERFORMANCE.md).
CREATE INDEX ix_check_in_venue_cover ON check_in (venue_id, checked_in_at, citizen_id, colour_at_check_in);
CREATE INDEX ix_check_in_citizen_cover ON check_in (citizen_id, checked_in_at, venue_id);
DROP INDEX ix_check_in_venue_time ON check_in;
DROP INDEX ix_check_in_citizen_time ON check_in;

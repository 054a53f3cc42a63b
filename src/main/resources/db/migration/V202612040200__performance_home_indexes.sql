-- performance (issue 12): the センター長's home screen lists the close requests waiting for a decision, soonest
-- contact first. Without this index PostgreSQL walked every case in due order looking for the few requests
-- (20 ms per home screen at 100,000 cases; bench/indexes.md).
CREATE INDEX ix_consultation_cases_close_requested
    ON consultation_cases (close_requested, next_contact_due, opened_on);

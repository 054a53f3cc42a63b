-- performance: every request writes its session's last access and expiry time (Spring Session JDBC). With an
-- index on expiry_time, each of those updates was a new row version in every index of the table (no HOT update
-- in PostgreSQL), so the session lookup by id walked more dead versions with every request until a vacuum.
-- Without it the update touches no indexed column and stays on its page; the minutely cleanup of expired
-- sessions (DELETE ... WHERE expiry_time < ?) reads the table, which holds one row per live session
-- (bench/RESULTS.md, 2026-12-01 evening).
DROP INDEX spring_session_ix2;

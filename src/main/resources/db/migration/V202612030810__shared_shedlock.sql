-- shared: ShedLock's lock table. A scheduled job that must run once per tick across application nodes (daily
-- reminders and notices) takes its row here first; the other node finds it taken and skips that tick.
-- Times are the database's (ShedLock's usingDbTime), so the nodes' clocks need not agree.
CREATE TABLE shedlock (
    name       VARCHAR(64)  NOT NULL PRIMARY KEY,
    lock_until TIMESTAMP    NOT NULL,
    locked_at  TIMESTAMP    NOT NULL,
    locked_by  VARCHAR(255) NOT NULL
);

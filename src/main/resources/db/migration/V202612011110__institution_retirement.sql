-- institution: retiring an entry (廃止) keeps it with the day and the reason; the finder hides it by default.
ALTER TABLE institution_institutions ADD COLUMN retired_on DATE;
ALTER TABLE institution_institutions ADD COLUMN retired_reason VARCHAR(500);

-- consultation: when a closed case or consultation was anonymised by the retention review (保存期間と削除).
-- The rows stay so that the statistics keep their counts; only the personal fields are cleared.
ALTER TABLE consultation_cases ADD COLUMN anonymised_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE consultation_consultations ADD COLUMN anonymised_at TIMESTAMP WITH TIME ZONE;
CREATE INDEX ix_consultation_cases_closed ON consultation_cases (status, closed_on);

-- training: when an applicant's personal data was anonymised by the retention review (保存期間と削除).
ALTER TABLE training_applications ADD COLUMN anonymised_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE training_people ADD COLUMN anonymised_at TIMESTAMP WITH TIME ZONE;

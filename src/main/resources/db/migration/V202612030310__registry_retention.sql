-- registry: when a child who left the registry was anonymised by the retention review (保存期間と削除).
ALTER TABLE registry_children ADD COLUMN anonymised_at TIMESTAMP WITH TIME ZONE;

-- registry: a record merged into another (the same child entered twice) points at the record that survives.
ALTER TABLE registry_children ADD COLUMN merged_into_id UUID;
CREATE INDEX ix_registry_children_merged_into ON registry_children (merged_into_id);

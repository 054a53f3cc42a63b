-- performance (issue 12): indexes that hold every column the busiest counts read, so that PostgreSQL answers
-- them from the index without visiting the table rows (bench/indexes.md, 2026-12-02 evening; pg_stat_statements
-- over the load benchmark's mix on the national dataset).

-- Institution finder: which institutions accept a 判定スコア item. The old index found the capability rows and then
-- read 730 table pages for their institution ids (7 ms of a 14 ms finder query); with the id in the index it is
-- an index-only scan.
CREATE INDEX ix_institution_capabilities_item_institution
    ON institution_capabilities (item_no, acceptance, institution_id);
DROP INDEX ix_institution_capabilities_item;

-- Institution finder: 圏域 + kind, not retired, in kana order. Same leading columns as the index it replaces.
CREATE INDEX ix_institution_institutions_region_kind_kana
    ON institution_institutions (region_name, kind, retired, kana);
DROP INDEX ix_institution_institutions_region;

-- Child list by 圏域 and the 医療的ケア区分 of the latest assessment: the count read 700 pages of children for 3,600
-- ids of one 圏域 and 430 pages of assessments for one class; both are now index-only.
CREATE INDEX ix_registry_children_region_live
    ON registry_children (region_name, deleted_at, id);
CREATE INDEX ix_registry_care_assessments_class_latest
    ON registry_care_assessments (care_class, child_id, assessed_on);
DROP INDEX ix_registry_care_assessments_class;

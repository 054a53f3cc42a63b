-- performance (issue 12): each child keeps which care assessment is its latest and that assessment's 医療的ケア区分,
-- so the child list's filter by 区分 (and by a 判定スコア item of the latest assessment) no longer finds every
-- child's latest assessment again: the count over one 圏域 ran a subquery per child (2,581 in 松本, 7.8 ms) and
-- is now a range of one index (bench/indexes.md, "The latest assessment kept on the child").
-- Written only by SQL (ChildRepository.refreshLatestAssessment, the same statement as below) whenever an
-- assessment is recorded or moved by a merge; assessments are never edited or deleted. Latest = assessed last,
-- then recorded last, as the child page shows it. No foreign key: a derived value, like the 区分 itself.
ALTER TABLE registry_children ADD COLUMN latest_assessment_id UUID;
ALTER TABLE registry_children ADD COLUMN latest_care_class VARCHAR(20);

UPDATE registry_children SET
    latest_assessment_id = (SELECT a.id FROM registry_care_assessments a WHERE a.child_id = registry_children.id
                            ORDER BY a.assessed_on DESC, a.created_at DESC, a.id DESC FETCH FIRST 1 ROW ONLY),
    latest_care_class = (SELECT a.care_class FROM registry_care_assessments a WHERE a.child_id = registry_children.id
                         ORDER BY a.assessed_on DESC, a.created_at DESC, a.id DESC FETCH FIRST 1 ROW ONLY);

-- The child list's counts: live children of a 圏域, and of a 圏域 and 区分, both from the index alone. Replaces
-- the index of V202612060100 with the same leading column; the index on assessments by class served only the old
-- subquery.
CREATE INDEX ix_registry_children_region_class
    ON registry_children (region_name, latest_care_class, deleted_at, id);
DROP INDEX ix_registry_children_region_live;
DROP INDEX ix_registry_care_assessments_class_latest;

-- performance (issue 12): indexes that match the filters and sort orders of the busiest screens, chosen from
-- EXPLAIN ANALYZE on the generated national-scale data (bench/indexes.md has the plans and the reasoning).

-- Home screen, every user: cases waiting for a handover, soonest contact first (was a sequential scan).
CREATE INDEX ix_consultation_cases_handover ON consultation_cases (handover_region, next_contact_due);

-- Dashboard and annual report: the fiscal year's consultations with the columns they are counted by, so
-- PostgreSQL answers from the index alone instead of reading the wide rows (content, search_text).
CREATE INDEX ix_consultation_consultations_stats
    ON consultation_consultations (received_at, region_name, channel, consulter_type, status);

-- Child list filtered by 医療的ケア区分: assessments of one class, joined back to their child.
CREATE INDEX ix_registry_care_assessments_class ON registry_care_assessments (care_class, child_id);

-- A child's consultations and cases (child page, merge, transfer) without scanning every consultation.
CREATE INDEX ix_consultation_consultations_child ON consultation_consultations (child_id);
CREATE INDEX ix_consultation_cases_child ON consultation_cases (child_id);

\echo === child list: region + care class of latest assessment, by kana
EXPLAIN ANALYZE SELECT c.id FROM registry_children c WHERE c.deleted_at IS NULL AND c.region_name = '松本'
 AND EXISTS (SELECT a.id FROM registry_care_assessments a WHERE a.child_id = c.id AND a.care_class = 'CLASS_2'
   AND a.assessed_on = (SELECT max(o.assessed_on) FROM registry_care_assessments o WHERE o.child_id = c.id))
 ORDER BY c.family_name_kana LIMIT 20;
\echo === consultation list: newest first (all)
EXPLAIN ANALYZE SELECT id FROM consultation_consultations ORDER BY received_at DESC LIMIT 20;
\echo === consultation list count
EXPLAIN ANALYZE SELECT count(*) FROM consultation_consultations;
\echo === consultation list, text filter
EXPLAIN ANALYZE SELECT id FROM consultation_consultations WHERE search_text LIKE '%たんきにゅうしょ%' ORDER BY received_at DESC LIMIT 20;
\echo === case list by next contact due
EXPLAIN ANALYZE SELECT id FROM consultation_cases ORDER BY next_contact_due ASC LIMIT 20;
\echo === home: my open cases
EXPLAIN ANALYZE SELECT id FROM consultation_cases WHERE status <> 'CLOSED' AND owner_id = (SELECT owner_id FROM consultation_cases LIMIT 1) ORDER BY next_contact_due LIMIT 10;
\echo === home director: overdue
EXPLAIN ANALYZE SELECT id FROM consultation_cases WHERE status <> 'CLOSED' AND next_contact_due < current_date ORDER BY next_contact_due LIMIT 10;
\echo === home: handovers
EXPLAIN ANALYZE SELECT id FROM consultation_cases WHERE handover_region IS NOT NULL ORDER BY next_contact_due LIMIT 10;
\echo === institution finder
EXPLAIN ANALYZE SELECT i.id FROM institution_institutions i WHERE i.retired = false AND i.region_name = '松本' AND i.kind = 'SHORT_STAY'
 AND EXISTS (SELECT 1 FROM institution_capabilities k WHERE k.institution_id = i.id AND k.item_no = 1 AND k.acceptance IN ('ACCEPTS','CONDITIONAL'))
 ORDER BY i.kana LIMIT 20;
\echo === dashboard: consultations of the fiscal year by region
EXPLAIN ANALYZE SELECT region_name, count(*) FROM consultation_consultations WHERE received_at >= '2026-03-31T15:00:00Z' AND received_at < '2027-03-31T15:00:00Z' GROUP BY region_name;
\echo === audit list newest first + count
EXPLAIN ANALYZE SELECT id FROM audit_entries ORDER BY occurred_at DESC LIMIT 20;
EXPLAIN ANALYZE SELECT count(*) FROM audit_entries;
\echo === audit pending (sealer)
EXPLAIN ANALYZE SELECT id FROM audit_entries WHERE chain_index IS NULL ORDER BY occurred_at, id FETCH FIRST 500 ROWS ONLY;
\echo === case page timeline
EXPLAIN ANALYZE SELECT id FROM consultation_case_entries WHERE case_id = (SELECT id FROM consultation_cases LIMIT 1) ORDER BY occurred_on;

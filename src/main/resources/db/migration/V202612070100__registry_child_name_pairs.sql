-- performance (issue 12): a name index of the registry's own. Every two neighbouring characters of a child's
-- folded name and kana (registry_children.search_text, KanaText.searchPairs), one row each. A name search
-- (the child list's 氏名・かな filter, and the consultation search's lookup of children by name) reads the rows of
-- its word's pairs instead of testing LIKE '%…%' on every child; the LIKE still decides. Kept by the Child
-- entity in the same transaction as the name; filled for existing children by the Java migration
-- 202612070110 (registry.internal.ChildNamePairsBackfill). bench/indexes.md, "A name index of the registry's own".
CREATE TABLE registry_child_name_pairs (
    name_pair  VARCHAR(8)  NOT NULL,
    child_id   UUID        NOT NULL,
    CONSTRAINT pk_registry_child_name_pairs PRIMARY KEY (name_pair, child_id),
    CONSTRAINT fk_registry_child_name_pairs_child FOREIGN KEY (child_id) REFERENCES registry_children (id)
);
CREATE INDEX ix_registry_child_name_pairs_child ON registry_child_name_pairs (child_id);

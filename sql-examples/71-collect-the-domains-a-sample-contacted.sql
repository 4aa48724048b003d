-- Add every domain a sample contacted to a new collection: one POST /collections, then the
-- domains in one POST /collections/{id}/domains per 40 (only their ids are needed, so they are
-- read as descriptors, GET /files/{id}/relationships/contacted_domains, 40 a page; the new
-- collection is found by its owner and name with one GET /collections). The last statement reads
-- the collection back.
INSERT INTO collections (name, description, private)
VALUES ('Infrastructure of 512499c2', 'Domains contacted by 512499c2e77b6d49', true);

INSERT INTO collection_domains (collection_id, id)
SELECT c.id, d.id
FROM collections c, file_contacted_domains d
WHERE c.owner = 'demo_analyst'
  AND c.name = 'Infrastructure of 512499c2'
  AND d.file_id = '512499c2e77b6d49746f846652e0a605d61a1dcd96cf8e1b5465a682c8ddd9ab';

SELECT c.name, c.domains_count, d.id AS domain, d.malicious
FROM collections c
JOIN collection_domains d ON d.collection_id = c.id
WHERE c.owner = 'demo_analyst' AND c.name = 'Infrastructure of 512499c2'
ORDER BY d.id;

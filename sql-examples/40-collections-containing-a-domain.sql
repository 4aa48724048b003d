-- Collections that contain a domain: the malware families, threat actors, campaigns and reports
-- that list it, with what they target. One GET /domains/{id}/collections per 40 collections:
-- the relationship table already has the collections' own columns, so no join is needed.
SELECT c.name,
       c.collection_type,
       c.origin,
       c.targeted_industries,
       c.files_count
FROM domain_collections c
WHERE c.domain_id = 'files-host.top'
ORDER BY c.collection_type, c.name;

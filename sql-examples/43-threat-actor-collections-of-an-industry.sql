-- The same question on today's threat objects: collections of type threat-actor that target an
-- industry (premium /collections list), newest first. One GET /collections with
-- filter=collection_type:"threat-actor" targeted_industry:"Financial Services".
SELECT id,
       name,
       source_region,
       targeted_regions,
       files_count,
       creation_date
FROM collections
WHERE collection_type = 'threat-actor'
  AND ARRAY_CONTAINS(targeted_industries, 'Financial Services')
ORDER BY creation_date DESC
LIMIT 10;

-- Threat actors targeting an industry, most recently active first (premium; legacy
-- /threat_actors list). The industry becomes filter=targeted_industry:"Financial Services" and
-- the order order=last_seen_date-, so one GET /threat_actors answers it.
SELECT name,
       aliases,
       source_region,
       motivations,
       last_seen_date
FROM threat_actors
WHERE ARRAY_CONTAINS(targeted_industries, 'Financial Services')
ORDER BY last_seen_date DESC
LIMIT 10;

-- This week's IoC stream from Livehunt, newest first: every notified file, URL and domain with the
-- ruleset and rule that matched and the engines' verdicts. File rows carry the files table's own
-- columns (type, name, detection names); other types fill the columns they share with files.
-- Cost: one GET /ioc_stream (filter=origin:"hunting" date:..., order=date-, limit=25).
SELECT s.notification_date,
       s.entity_type,
       s.id,
       s.source_names AS rulesets,
       s.rule_name,
       s.malicious,
       s.type_tag,
       s.meaningful_name,
       s.detection_names
FROM ioc_stream s
WHERE s.origin = 'hunting'
  AND s.notification_date >= CURRENT_TIMESTAMP - INTERVAL '7' DAY
ORDER BY s.notification_date DESC
LIMIT 25;

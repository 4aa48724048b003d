-- Today's Livehunt matches and what four engines call each matched file, newest match first
-- (needs a Livehunt licence). Cost: one GET /intelligence/hunting_notification_files
-- (filter=date:..., a page of 40); the verdicts are read from the file objects that page
-- returned, so the join sends nothing more.
SELECT n.notification_date,
       n.ruleset_name,
       n.rule_name,
       n.id AS sha256,
       n.meaningful_name,
       n.malicious,
       r.engine,
       r.category,
       r."result"
FROM hunting_notification_files n
JOIN file_last_analysis_results r ON r.file_id = n.id
WHERE n.notification_date >= CURRENT_DATE
  AND r.engine IN ('BitDefender', 'ESET-NOD32', 'Kaspersky', 'Microsoft')
ORDER BY n.notification_date DESC, r.engine;

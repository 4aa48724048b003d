-- Which of my VirusTotal Monitor files are detected right now, by which engine and under which
-- label? The engines to contact about false positives.
-- Cost: one GET /monitor/items?filter=tag:"detected"; the verdicts come from the items the list
-- already returned (with cache=false, one GET /monitor/items/{id} per detected file instead).
SELECT i.path,
       r.engine,
       r."result" AS label,
       i.last_detections_count
FROM monitor_items i
JOIN monitoritem_last_analysis_results r ON r.monitoritem_id = i.id
WHERE ARRAY_CONTAINS(i.tags, 'detected')
  AND r.category = 'malicious'
ORDER BY i.path, r.engine;

-- The newest Windows executables with more than 20 detections that VirusTotal tagged
-- "persistence".
-- Cost: GET /intelligence/search?query=entity:file type:"peexe" p:20+ tag:"persistence"
--       &order=first_submission_date-&limit=... until 10 matching rows are read (one page here).
SELECT id, meaningful_name, malicious, first_submission_date, suggested_threat_label
FROM files
WHERE type_tag = 'peexe'
  AND malicious > 20
  AND ARRAY_CONTAINS(tags, 'persistence')
ORDER BY first_submission_date DESC
LIMIT 10;

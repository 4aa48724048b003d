-- The ATT&CK techniques seen in a malware family's samples, most widespread first: the family's
-- collection lists its files (one GET per 40 files), then each file's related_attack_techniques
-- (one GET per file, batched nested-loop join).
SELECT t.id,
       t.name,
       COUNT(*) AS samples
FROM collection_files f
JOIN file_related_attack_techniques t ON t.file_id = f.id
WHERE f.collection_id = 'malware--ebf029e5-83d7-454d-a25f-d18d57dc7111'
GROUP BY t.id, t.name
ORDER BY samples DESC, t.id;

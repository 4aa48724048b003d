-- What a sample did in the sandboxes: the host names each sandbox run looked up and the files
-- it dropped. Cost: GET /files/{id}/behaviours once (full reports); the two child tables read
-- those reports from the object cache, so no further request.
SELECT b.sandbox_name, 'dns lookup' AS record, l.hostname AS detail
FROM file_behaviours b
JOIN file_behaviour_dns_lookups l ON l.file_behaviour_id = b.id
WHERE b.file_id = '512499c2e77b6d49746f846652e0a605d61a1dcd96cf8e1b5465a682c8ddd9ab'
UNION ALL
SELECT b.sandbox_name, 'dropped file' AS record, d.path || ' ' || d.sha256 AS detail
FROM file_behaviours b
JOIN file_behaviour_files_dropped d ON d.file_behaviour_id = b.id
WHERE b.file_id = '512499c2e77b6d49746f846652e0a605d61a1dcd96cf8e1b5465a682c8ddd9ab'
ORDER BY 1, 2, 3;

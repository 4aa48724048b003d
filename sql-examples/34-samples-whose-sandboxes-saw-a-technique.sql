-- Recent Windows executables whose sandbox runs saw process injection (ATT&CK T1055), with the
-- sandbox, its signature and severity. Cost: one intelligence search page for the 20 files,
-- then GET /files/{id}/behaviours per file (batched nested-loop join); the techniques are read
-- from those reports without another request.
SELECT f.id, f.meaningful_name, b.sandbox_name, t.signature_description, t.severity
FROM (SELECT id, meaningful_name
      FROM files
      WHERE type_tag = 'peexe' AND malicious > 5
      ORDER BY first_submission_date DESC
      LIMIT 20) f
JOIN file_behaviours b ON b.file_id = f.id
JOIN file_behaviour_mitre_attack_techniques t ON t.file_behaviour_id = b.id
WHERE t.id = 'T1055'
ORDER BY f.id, b.sandbox_name;

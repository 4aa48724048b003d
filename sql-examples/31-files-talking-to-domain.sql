-- Files talking to a domain: the detected files that communicate with it, worst first.
-- One GET /domains/{id}/communicating_files per 40 files; the malicious filter runs locally.
SELECT f.id,
       f.meaningful_name,
       f.type_tag,
       f.malicious,
       f.first_submission_date
FROM domain_communicating_files f
WHERE f.domain_id = 'files-host.top'
  AND f.malicious > 0
ORDER BY f.malicious DESC, f.id
LIMIT 25;

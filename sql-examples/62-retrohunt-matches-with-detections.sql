-- What did my finished Retrohunt jobs on the main corpus catch? Each match is a file row, so its
-- detections and type come with it: no lookup of the files is needed.
-- Cost: one GET /intelligence/retrohunt_jobs (filter=status:"finished"), then one
-- GET /intelligence/retrohunt_jobs/{id}/matching_files per 40 matches of each job.
SELECT j.id AS job,
       m.id AS sha256,
       m.meaningful_name,
       m.type_tag,
       m.malicious
FROM retrohunt_jobs j
JOIN retrohunt_job_matching_files m ON m.retrohunt_job_id = j.id
WHERE j.status = 'finished'
  AND j.corpus = 'main'
ORDER BY m.malicious DESC, m.id
LIMIT 20;

-- Which of the engines VirusTotal runs (GET /metadata) gave this file no verdict at all?
-- URL-only engines show up too: they never scan files.
-- Cost: one GET /metadata and one GET /files/{sha256}.
SELECT e.engine
FROM metadata_engines e
WHERE e.engine NOT IN (SELECT r.engine
                       FROM file_last_analysis_results r
                       WHERE r.file_id = '512499c2e77b6d49746f846652e0a605d61a1dcd96cf8e1b5465a682c8ddd9ab')
ORDER BY e.engine;

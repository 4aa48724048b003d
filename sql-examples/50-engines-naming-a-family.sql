-- Which engines call this sample TrickBot, and with which detection name? One row per engine
-- verdict of the file's last analysis ("result" is a reserved word in SQL: quote it).
-- Cost: one GET /files/{sha256}, none if the session read the file already.
SELECT r.engine,
       r."result",
       r.engine_version
FROM file_last_analysis_results r
WHERE r.file_id = '512499c2e77b6d49746f846652e0a605d61a1dcd96cf8e1b5465a682c8ddd9ab'
  AND LOWER(r."result") LIKE '%trickbot%'
ORDER BY r.engine;

-- The latest Private Scanning analyses and what each one analysed (needs a Private Scanning
-- licence). ORDER BY "date" DESC is VirusTotal's documented order of /private/analyses, so the
-- inner query is one GET /private/analyses?order=date-&limit=5; each analysis' item is then one
-- GET /private/analyses/{id}/relationships/item: 6 requests in all.
SELECT a.id,
       a."date",
       a.status,
       i.target_type,
       i.target_id
FROM (SELECT id, "date", status
      FROM private_analyses
      ORDER BY "date" DESC
      LIMIT 5) a
JOIN private_analysis_item i ON i.private_analysis_id = a.id
ORDER BY a."date" DESC;

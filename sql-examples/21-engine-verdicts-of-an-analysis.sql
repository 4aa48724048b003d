-- Which engines flagged the file in this analysis, and what did they call it?
-- Cost: one GET /analyses/{id}.
SELECT engine,
       category,
       "result",
       engine_version,
       engine_update
FROM analysis_results
WHERE analysis_id = 'f-512499c2e77b6d49746f846652e0a605d61a1dcd96cf8e1b5465a682c8ddd9ab-1766532679'
  AND category IN ('malicious', 'suspicious')
ORDER BY category, engine;

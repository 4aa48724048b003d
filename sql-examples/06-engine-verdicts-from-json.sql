-- What exactly did a few engines call this file? Any attribute is reachable through the raw
-- JSON in the attributes column.
-- Cost: one GET /files/{sha256}.
SELECT id,
       JSON_VALUE(attributes, '$.last_analysis_results.Elastic.result') AS elastic,
       JSON_VALUE(attributes, '$.last_analysis_results.ClamAV.category') AS clamav,
       JSON_VALUE(attributes, '$.pe_info.imphash') AS imphash,
       JSON_QUERY(attributes, '$.names') AS names
FROM files
WHERE id = '512499c2e77b6d49746f846652e0a605d61a1dcd96cf8e1b5465a682c8ddd9ab';

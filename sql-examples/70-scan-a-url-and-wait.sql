-- Scan a URL and wait for the verdict: one POST /urls, then GET /analyses/{id} at a growing
-- pause (100 ms, doubling, at most 30 polls) until the analysis is completed or two minutes are
-- over. The completed analysis joins to its engines' verdicts without another request. Every run
-- submits the URL again (VirusTotal counts it against the key's quota).
SELECT a.status,
       a.malicious,
       a.undetected,
       r.engine_name,
       r.category,
       r."result"
FROM TABLE(vt_scan_url(url => 'http://files-host.top/', wait => 120)) a
JOIN analysis_results r ON r.analysis_id = a.id
ORDER BY r.category, r.engine_name;

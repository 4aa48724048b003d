-- Domains registered through REG.RU since October 2025 (the demo corpus ends in December
-- 2025; against VirusTotal use e.g. CURRENT_TIMESTAMP - INTERVAL '30' DAY).
-- Cost: GET /intelligence/search?query=entity:domain registrar:"REG.RU LLC"
--       creation_date:2025-09-30T23:59:59+&order=creation_date-&limit=300 until 50 rows
--       match exactly (one page here); the conditions are re-checked locally.
SELECT id, registrar, creation_date, malicious
FROM domains
WHERE registrar = 'REG.RU LLC'
  AND creation_date >= TIMESTAMP '2025-10-01 00:00:00'
ORDER BY creation_date DESC
LIMIT 50;

-- Files first submitted in the last 30 days, the most detected first. The bound is computed
-- once per execution and pushed (fs:>...), the exact comparison stays local. The demo corpus
-- ends in December 2025: on the embedded simulator widen the window (INTERVAL '3' YEAR).
-- Cost: GET /intelligence/search?query=entity:file fs:>...&order=positives-&limit=20, one
--       page.
SELECT id, meaningful_name, malicious, first_submission_date
FROM files
WHERE first_submission_date > CURRENT_TIMESTAMP - INTERVAL '30' DAY
ORDER BY malicious DESC
LIMIT 20;

-- Which URLs under this site are detected, and are they still up?
-- Cost: one intelligence search (entity:url url:"files-soft.top" p:1+), one page.
SELECT url, last_http_response_code, malicious, title
FROM urls
WHERE url LIKE '%files-soft.top%'
  AND malicious >= 1
ORDER BY malicious DESC
LIMIT 20;

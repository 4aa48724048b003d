-- Which URLs under this site are detected, and are they still up?
-- Search modifiers match words, not substrings, so LIKE is never pushed: vt_search names the
-- host's words itself, and the LIKE keeps exactly the URLs containing the text.
-- Cost: one intelligence search (entity:url hostname:"files-soft.top" p:0+), one page.
SELECT url, last_http_response_code, malicious, title
FROM TABLE(vt_search('entity:url hostname:"files-soft.top"'))
WHERE url LIKE '%files-soft.top%'
  AND malicious >= 1
ORDER BY malicious DESC
LIMIT 20;

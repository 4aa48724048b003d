-- Is this URL phishing? Verdict, HTTP status and title of one URL.
-- Cost: one GET /urls/{base64url of the URL}.
SELECT url, last_final_url, title, last_http_response_code, malicious, suspicious, harmless,
       last_analysis_date
FROM urls
WHERE url = 'https://m.files-soft.top/wp-admin/';

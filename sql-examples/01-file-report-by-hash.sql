-- What is this sample? The report of one file, looked up by its MD5.
-- Cost: one GET /files/{md5}.
SELECT id, meaningful_name, type_description, size, malicious, undetected,
       suggested_threat_label, first_submission_date, reputation
FROM files
WHERE md5 = 'a8b1d93959707ff098a883be7b7bfdb7';

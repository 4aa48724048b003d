-- Who issued the HTTPS certificates of the domains a sample contacts, and when do they expire?
-- Cost: one GET /files/{sha256}/contacted_domains per 40 domains.
SELECT d.id,
       d.https_certificate_issuer_o,
       d.https_certificate_issuer_cn,
       d.https_certificate_not_after
FROM file_contacted_domains d
WHERE d.file_id = '512499c2e77b6d49746f846652e0a605d61a1dcd96cf8e1b5465a682c8ddd9ab'
  AND d.https_certificate_not_after IS NOT NULL
ORDER BY d.https_certificate_not_after;

-- Triage: which of these hashes (from an incident ticket) are known, and how bad are they?
-- Mixed md5 / sha256 values are fine; unknown hashes simply return no row.
-- Cost: one GET /files/{hash} per distinct hash.
SELECT id, meaningful_name, type_tag, malicious, suggested_threat_label
FROM files
WHERE id IN ('512499c2e77b6d49746f846652e0a605d61a1dcd96cf8e1b5465a682c8ddd9ab',
             'a5b0da4bfafd137fb9c7d2953bc55347aea9563c16464fbed4bfd9a15d73504e',
             '0000000000000000000000000000000000000000000000000000000000000000')
   OR md5 = '66445c22d71f68628ab28ab9c1827ff6'
ORDER BY malicious DESC;

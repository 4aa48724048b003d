-- Flagged addresses announced by one autonomous system (OVH), most detected first.
-- Cost: one intelligence search (entity:ip asn:16276 p:0+ order=positives-).
SELECT id, network, country, malicious, as_owner
FROM ip_addresses
WHERE asn = 16276
  AND malicious > 0
ORDER BY malicious DESC
LIMIT 25;

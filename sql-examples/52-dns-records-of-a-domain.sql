-- DNS records of a domain's last resolution ("value" is a reserved word in SQL: quote it).
-- Cost: one GET /domains/{domain}.
SELECT r.type,
       r."value",
       r.ttl,
       r.priority
FROM domain_last_dns_records r
WHERE r.domain_id = 'files-host.top'
ORDER BY r.type, r."value";

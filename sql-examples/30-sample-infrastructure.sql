-- Infrastructure of a sample: the domains a file contacts, every IP address they resolved to
-- (newest first) and how the engines rate each end. Two relationship calls per domain at most:
-- contacted_domains once, then resolutions for each domain (batched nested-loop join).
SELECT d.id                   AS domain,
       d.malicious            AS domain_malicious,
       r.ip_address,
       r."date"               AS resolved_at,
       r.resolver,
       r.ip_address_malicious
FROM file_contacted_domains d
JOIN domain_resolutions r ON r.domain_id = d.id
WHERE d.file_id = '512499c2e77b6d49746f846652e0a605d61a1dcd96cf8e1b5465a682c8ddd9ab'
ORDER BY d.id, r."date" DESC;

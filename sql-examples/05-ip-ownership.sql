-- Who owns these addresses (ASN, network, country)?
-- Cost: one GET /ip_addresses/{ip} per address.
SELECT id, asn, as_owner, network, country, malicious
FROM ip_addresses
WHERE id IN ('73.15.127.150', '95.213.5.127', '169.62.195.236');

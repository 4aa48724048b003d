-- Passive DNS of an IP address: every host name seen resolving to it, newest first, with the
-- detections of each host name.
SELECT r.host_name,
       r."date"              AS resolved_at,
       r.resolver,
       r.host_name_malicious
FROM ip_address_resolutions r
WHERE r.ip_address_id = '73.15.127.150'
ORDER BY r."date" DESC;

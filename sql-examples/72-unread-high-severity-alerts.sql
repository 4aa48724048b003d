-- Which VT Alerts notifications about my watchlist are high severity and still unread, and what
-- is each about? The watched domain or IP address and the file that raised the event come out of
-- the event's JSON.
-- Cost: GET /alerts/notifications read whole (40 a page: two requests for the demo watchlist);
-- the docs name no filter or order for it, so WHERE and ORDER BY run locally.
SELECT created,
       use_case_category,
       detection_category,
       COALESCE(JSON_VALUE(event_message_json, '$.domain_sighting.domain.name'),
                JSON_VALUE(event_message_json, '$.ip_sighting.ip.address'),
                JSON_VALUE(event_message_json, '$.url_sighting.url.url')) AS watched,
       COALESCE(JSON_VALUE(event_message_json, '$.domain_sighting.communicating_file.sha256'),
                JSON_VALUE(event_message_json, '$.ip_sighting.communicating_file.sha256')) AS file
FROM alert_notifications
WHERE event_severity = 'high'
  AND NOT is_read
ORDER BY created DESC;

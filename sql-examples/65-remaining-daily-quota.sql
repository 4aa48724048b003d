-- Is there API quota left today for the connection's own user, and how much of it is used?
-- The user is named by the connection property vtUser (jdbc:vt:vtUser=demo_analyst on the demo
-- simulator; vtsql never puts the API key in a URL). One GET /users/{vtUser}/overall_quotas;
-- user_allowed - user_used is the number of requests left.
SELECT quota,
       user_allowed,
       user_used < user_allowed AS quota_left,
       ROUND(100.0 * user_used / user_allowed, 2) AS percent_used,
       group_inherited_from
FROM my_quotas
WHERE quota IN ('api_requests_hourly', 'api_requests_daily')
ORDER BY quota;

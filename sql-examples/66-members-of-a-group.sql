-- The members of a group (visible to its members) and which of them administer it. One GET
-- /groups/demo_group/users and one GET /groups/demo_group/administrators.
SELECT u.id,
       u.first_name,
       u.last_name,
       u.status,
       a.id IS NOT NULL AS administrator
FROM group_users u
LEFT JOIN group_administrators a
  ON a.group_id = 'demo_group' AND a.id = u.id
WHERE u.group_id = 'demo_group'
ORDER BY u.id;

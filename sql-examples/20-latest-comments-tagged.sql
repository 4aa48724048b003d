-- The community's latest comments tagged #emotet, newest first, with what they are about
-- (the id's prefix: f- file, u- URL, d- domain, i- IP address).
-- Cost: one GET /comments?filter=tag:emotet&limit=10.
SELECT "date",
       id,
       text,
       votes_positive
FROM comments
WHERE ARRAY_CONTAINS(tags, 'emotet')
LIMIT 10;

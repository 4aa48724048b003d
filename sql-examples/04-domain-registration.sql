-- Who registered these domains, when, and what do the engines say?
-- Cost: one GET /domains/{domain} per domain.
SELECT id, registrar, creation_date, last_update_date, malicious, reputation, tags
FROM domains
WHERE id IN ('files-host.top', 'files-soft.top', 'portalweb.ru');

-- The VT Graph investigations that contain a domain, newest change first, with the other domains
-- drawn next to it. One GET /domains/{id}/graphs lists the graphs your key may see (your private
-- graphs and public ones); their nodes are child rows of the graph objects it returned.
SELECT g.name,
       g.private,
       g.last_modified_date,
       n.entity_id AS other_domain
FROM domain_graphs g
JOIN graph_nodes n ON n.graph_id = g.id
WHERE g.domain_id = 'files-host.top'
  AND n.type = 'domain'
  AND n.entity_id <> 'files-host.top'
ORDER BY g.last_modified_date DESC, n.entity_id;

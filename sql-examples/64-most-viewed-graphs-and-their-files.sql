-- The five most viewed public graphs and the files they are drawn around. GET /graphs is asked
-- for public graphs, the most viewed first (filter=private:false&order=views_count-); the term is
-- checked again locally, so it reads a whole page of 40. The file nodes come from the graph
-- objects already read.
SELECT g.name,
       g.views_count,
       n.entity_id AS sha256,
       n.label,
       n.has_detections
FROM (SELECT id, name, views_count
      FROM graphs
      WHERE NOT private
      ORDER BY views_count DESC
      LIMIT 5) g
JOIN graph_nodes n ON n.graph_id = g.id
WHERE n.type = 'file'
ORDER BY g.views_count DESC;

-- The MITRE ATT&CK tactics and techniques each sandbox saw when it ran a sample, with the
-- signatures behind each technique. Cost: one GET /files/{id}/behaviour_mitre_trees.
SELECT t.sandbox, t.tactic_id, t.tactic_name, t.technique_id, t.technique_name, t.signatures
FROM file_behaviour_mitre_trees t
WHERE t.file_id = '512499c2e77b6d49746f846652e0a605d61a1dcd96cf8e1b5465a682c8ddd9ab'
ORDER BY t.tactic_id, t.technique_id, t.sandbox;

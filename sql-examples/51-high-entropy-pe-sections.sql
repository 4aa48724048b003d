-- PE sections of a file with high entropy (packed or encrypted data), next to its name.
-- The join reads the file once: the child table finds it in the object cache.
-- Cost: one GET /files/{sha256}.
SELECT f.meaningful_name,
       s.name,
       s.entropy,
       s.raw_size,
       s.flags
FROM files f
JOIN file_pe_info_sections s ON s.file_id = f.id
WHERE f.id = '512499c2e77b6d49746f846652e0a605d61a1dcd96cf8e1b5465a682c8ddd9ab'
  AND s.entropy > 6
ORDER BY s.entropy DESC;

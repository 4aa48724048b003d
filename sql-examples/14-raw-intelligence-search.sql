-- The full VirusTotal Intelligence language, for what SQL cannot say: here, ELF files whose
-- detection names mention Mirai, with more than 10 detections.
-- Cost: one intelligence search with exactly this query.
SELECT id, meaningful_name, malicious, suggested_threat_label
FROM TABLE(vt_search('entity:file type:elf engines:mirai p:11+'))
LIMIT 20;

-- Any key, public ones included: VirusTotal's basic search (GET /search) for a domain gives
-- domains columns, and vt_augment_url gives the VT Augment widget to embed for it
-- (GET /widget/url?query=...). Two requests.
SELECT d.id,
       d.registrar,
       d.malicious,
       vt_augment_url(d.id) AS widget_url
FROM TABLE(vt_basic_search('files-host.top')) d;

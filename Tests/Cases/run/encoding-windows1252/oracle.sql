-- DuckDB's read_csv cannot decode Windows-1252 without an extension, so the
-- file is decoded here byte by byte with the code page's table (0x80-0x9F
-- differ from Latin-1; the other bytes are their own code point), then split
-- into lines and fields. The file has no quoted fields.
CREATE TEMP TABLE cp1252_high AS
SELECT * FROM (VALUES
  (128, 8364), (130, 8218), (131, 402), (132, 8222), (133, 8230), (134, 8224),
  (135, 8225), (136, 710), (137, 8240), (138, 352), (139, 8249), (140, 338),
  (142, 381), (145, 8216), (146, 8217), (147, 8220), (148, 8221), (149, 8226),
  (150, 8211), (151, 8212), (152, 732), (153, 8482), (154, 353), (155, 8250),
  (156, 339), (158, 382), (159, 376)) t(byte, codepoint);

CREATE TEMP VIEW premie_text AS
SELECT string_agg(chr(CASE WHEN m.codepoint IS NOT NULL THEN m.codepoint
                           WHEN b.byte < 128 OR b.byte >= 160 THEN b.byte
                           ELSE error('byte undefined in Windows-1252') END), '' ORDER BY b.i) AS content
FROM (SELECT i, CAST('0x' || substr(hex(content), 2 * i + 1, 2) AS INTEGER) AS byte
      FROM read_blob('premie.csv'), range(octet_length(content)) r(i)) b
LEFT JOIN cp1252_high m ON m.byte = b.byte;

CREATE TEMP VIEW premie_fields AS
SELECT k, string_split(line, ',') AS f
FROM (SELECT unnest(range(1, len(ls) + 1)) AS k, unnest(ls) AS line
      FROM (SELECT string_split(rtrim(content, chr(10)), chr(10)) AS ls FROM premie_text));

CREATE TEMP VIEW premie AS
SELECT ind_int(nullif(f[1], ''), []) AS id,
       ind_level(nullif(f[2], ''), ['€ 0', '€ 1-385', 'meer dan € 385'], []) AS eigen_risico,
       ind_level(nullif(f[3], ''), ['“ja”', '“nee”'], ['‘weet niet’']) AS antwoord,
       ind_text(nullif(f[4], ''), []) AS toelichting
FROM premie_fields
WHERE k > 1 AND (SELECT f FROM premie_fields WHERE k = 1) = ['id', 'eigen_risico', 'antwoord', 'toelichting'];

-- indicator: per_eigen_risico
SELECT 'per_eigen_risico' AS indicator, eigen_risico, NULL AS breakdown, NULL AS breakdown_value,
       count(*) AS value, NULL AS numerator, NULL AS denominator, count(*) AS n,
       NULL AS suppressed, NULL AS target, NULL AS target_met, NULL AS note
FROM premie GROUP BY eigen_risico
ORDER BY ind_pos(eigen_risico, ['€ 0', '€ 1-385', 'meer dan € 385']);

-- indicator: antwoord_verdeling
WITH levels AS (SELECT * FROM (VALUES (1, '“ja”'), (2, '“nee”')) t(pos, level)),
cell AS (SELECT count(antwoord) AS n FROM premie),
num AS (SELECT antwoord, count(*) AS num FROM premie WHERE antwoord IS NOT NULL GROUP BY antwoord)
SELECT 'antwoord_verdeling' AS indicator, NULL AS breakdown, NULL AS breakdown_value,
       l.level AS antwoord, coalesce(num.num, 0) / c.n AS value,
       coalesce(num.num, 0) AS numerator, c.n AS denominator, c.n AS n,
       NULL AS suppressed, NULL AS target, NULL AS target_met, NULL AS note
FROM cell c CROSS JOIN levels l LEFT JOIN num ON num.antwoord = l.level
ORDER BY l.pos;

-- indicator: ja_per_eigen_risico
SELECT 'ja_per_eigen_risico' AS indicator, eigen_risico, NULL AS breakdown, NULL AS breakdown_value,
       count(*) FILTER (WHERE antwoord = '“ja”') / count(antwoord) AS value,
       count(*) FILTER (WHERE antwoord = '“ja”') AS numerator, count(antwoord) AS denominator,
       count(antwoord) AS n,
       NULL AS suppressed, NULL AS target, NULL AS target_met, NULL AS note
FROM premie GROUP BY eigen_risico
ORDER BY ind_pos(eigen_risico, ['€ 0', '€ 1-385', 'meer dan € 385']);

-- indicator: per_toelichting
SELECT 'per_toelichting' AS indicator, toelichting, NULL AS breakdown, NULL AS breakdown_value,
       count(*) AS value, NULL AS numerator, NULL AS denominator, count(*) AS n,
       NULL AS suppressed, NULL AS target, NULL AS target_met, NULL AS note
FROM premie GROUP BY toelichting ORDER BY encode(toelichting) NULLS LAST;

CREATE TEMP VIEW zorggebruik AS
SELECT ind_int(id, []) AS id,
       ind_level(regio, ['Drenthe', 'Fryslân'], []) AS regio,
       ind_level(zorgverlener, ['huisarts', 'diëtist', 'fysiotherapeut', 'logopedist'], []) AS zorgverlener,
       ind_level(verzekering, ['basis', 'aanvullend', 'privé'], []) AS verzekering,
       ind_text(naam, []) AS naam
FROM read_csv('zorggebruik.csv', header = true, all_varchar = true, encoding = 'latin-1',
              delim = ',', quote = '"', escape = '"');

CREATE TEMP VIEW zorgverlener_levels AS
SELECT * FROM (VALUES (1, 'huisarts'), (2, 'diëtist'), (3, 'fysiotherapeut'), (4, 'logopedist')) t(pos, level);

-- indicator: zorgverlener_verdeling
WITH cells AS (
  SELECT regio, count(zorgverlener) AS n FROM zorggebruik GROUP BY regio),
num AS (
  SELECT regio, zorgverlener, count(*) AS num
  FROM zorggebruik WHERE zorgverlener IS NOT NULL GROUP BY regio, zorgverlener)
SELECT 'zorgverlener_verdeling' AS indicator, c.regio,
       NULL AS breakdown, NULL AS breakdown_value, l.level AS zorgverlener,
       coalesce(num.num, 0) / c.n AS value, coalesce(num.num, 0) AS numerator,
       c.n AS denominator, c.n AS n,
       NULL AS suppressed, NULL AS target, NULL AS target_met, NULL AS note
FROM cells c CROSS JOIN zorgverlener_levels l
LEFT JOIN num ON num.regio IS NOT DISTINCT FROM c.regio AND num.zorgverlener = l.level
ORDER BY ind_pos(c.regio, ['Drenthe', 'Fryslân']), l.pos;

-- indicator: per_verzekering
SELECT 'per_verzekering' AS indicator, verzekering, NULL AS breakdown, NULL AS breakdown_value,
       count(*) AS value, NULL AS numerator, NULL AS denominator, count(*) AS n,
       NULL AS suppressed, NULL AS target, NULL AS target_met, NULL AS note
FROM zorggebruik GROUP BY verzekering
ORDER BY ind_pos(verzekering, ['basis', 'aanvullend', 'privé']);

-- indicator: dietist_aandeel
WITH sets AS (
  SELECT 0 AS set_pos, NULL AS breakdown, NULL AS breakdown_value, 0 AS value_pos,
         count(*) FILTER (WHERE zorgverlener = 'diëtist') AS num, count(zorgverlener) AS den
  FROM zorggebruik
  UNION ALL
  SELECT 1, 'verzekering', verzekering, ind_pos(verzekering, ['basis', 'aanvullend', 'privé']),
         count(*) FILTER (WHERE zorgverlener = 'diëtist'), count(zorgverlener)
  FROM zorggebruik GROUP BY verzekering)
SELECT 'dietist_aandeel' AS indicator, breakdown, breakdown_value,
       num / den AS value, num AS numerator, den AS denominator, den AS n,
       NULL AS suppressed, NULL AS target, NULL AS target_met, NULL AS note
FROM sets ORDER BY set_pos, value_pos;

-- indicator: per_naam
SELECT 'per_naam' AS indicator, naam, NULL AS breakdown, NULL AS breakdown_value,
       count(*) AS value, NULL AS numerator, NULL AS denominator, count(*) AS n,
       NULL AS suppressed, NULL AS target, NULL AS target_met, NULL AS note
FROM zorggebruik GROUP BY naam ORDER BY encode(naam) NULLS LAST;

CREATE TEMP VIEW monitor AS
SELECT ind_int(id, []) AS id,
       ind_int(jaar, []) AS jaar,
       ind_level(regio, ['Noord', 'Zuid', 'Oost'], []) AS regio,
       ind_int(leeftijd, []) AS leeftijd,
       ind_level(opleiding, ['laag', 'midden', 'hoog'], ['onbekend']) AS opleiding,
       ind_bool(rookt) AS rookt,
       CASE WHEN leeftijd::INTEGER >= 65 THEN '65+'
            WHEN leeftijd::INTEGER >= 18 THEN '18-64' END AS leeftijdsgroep
FROM read_csv('monitor.csv', header = true, all_varchar = true,
              delim = ',', quote = '"', escape = '"');

-- indicator: rokers
WITH sets AS (
  SELECT jaar, 0 AS set_pos, NULL AS breakdown, NULL AS breakdown_value, 0 AS value_pos,
         count(*) FILTER (WHERE rookt) AS num, count(rookt) AS den
  FROM monitor GROUP BY jaar
  UNION ALL
  SELECT jaar, 1, 'regio', regio, ind_pos(regio, ['Noord', 'Zuid', 'Oost']),
         count(*) FILTER (WHERE rookt), count(rookt)
  FROM monitor GROUP BY jaar, regio
  UNION ALL
  SELECT jaar, 2, 'opleiding', opleiding, ind_pos(opleiding, ['laag', 'midden', 'hoog']),
         count(*) FILTER (WHERE rookt), count(rookt)
  FROM monitor GROUP BY jaar, opleiding)
SELECT 'rokers' AS indicator, jaar, breakdown, breakdown_value,
       num / den AS value, num AS numerator, den AS denominator, den AS n,
       NULL AS suppressed, NULL AS target, NULL AS target_met, NULL AS note
FROM sets
ORDER BY jaar NULLS LAST, set_pos, value_pos;

-- indicator: aantal_naar_leeftijd
WITH sets AS (
  SELECT 0 AS set_pos, NULL AS breakdown, NULL AS breakdown_value, 0 AS value_pos, count(*) AS c
  FROM monitor
  UNION ALL
  SELECT 1, 'leeftijdsgroep', leeftijdsgroep, ind_pos(leeftijdsgroep, ['18-64', '65+']), count(*)
  FROM monitor GROUP BY leeftijdsgroep)
SELECT 'aantal_naar_leeftijd' AS indicator, breakdown, breakdown_value,
       c AS value, NULL AS numerator, NULL AS denominator, c AS n,
       NULL AS suppressed, NULL AS target, NULL AS target_met, NULL AS note
FROM sets
ORDER BY set_pos, value_pos;

-- indicator: aantal_volwassen
WITH kept AS (SELECT * FROM monitor WHERE leeftijd >= 18),
sets AS (
  SELECT jaar, regio, 0 AS set_pos, NULL AS breakdown, NULL AS breakdown_value, 0 AS value_pos,
         count(*) AS c
  FROM kept GROUP BY jaar, regio
  UNION ALL
  SELECT jaar, regio, 1, 'opleiding', opleiding, ind_pos(opleiding, ['laag', 'midden', 'hoog']),
         count(*)
  FROM kept GROUP BY jaar, regio, opleiding)
SELECT 'aantal_volwassen' AS indicator, jaar, regio, breakdown, breakdown_value,
       c AS value, NULL AS numerator, NULL AS denominator, c AS n,
       NULL AS suppressed, NULL AS target, NULL AS target_met, NULL AS note
FROM sets
ORDER BY jaar NULLS LAST, ind_pos(regio, ['Noord', 'Zuid', 'Oost']), set_pos, value_pos;

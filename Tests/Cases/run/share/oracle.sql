CREATE TEMP VIEW enquete AS
SELECT ind_int(id, []) AS id,
       ind_level(regio, ['Noord', 'Zuid'], []) AS regio,
       ind_level(tevreden, ['ja', 'nee'], ['weet niet']) AS tevreden,
       ind_bool(roker) AS roker,
       ind_int(leeftijd, []) AS leeftijd
FROM read_csv('enquete.csv', header = true, all_varchar = true,
              delim = ',', quote = '"', escape = '"');

-- indicator: tevreden_aandeel
SELECT 'tevreden_aandeel' AS indicator, regio,
       NULL AS breakdown, NULL AS breakdown_value,
       count(*) FILTER (WHERE c) / count(c) AS value,
       count(*) FILTER (WHERE c) AS numerator, count(c) AS denominator, count(c) AS n,
       NULL AS suppressed, NULL AS target, NULL AS target_met, NULL AS note
FROM (SELECT regio, tevreden = 'ja' AS c FROM enquete)
GROUP BY regio
ORDER BY ind_pos(regio, ['Noord', 'Zuid']);

-- indicator: rokers_aandeel
SELECT 'rokers_aandeel' AS indicator,
       NULL AS breakdown, NULL AS breakdown_value,
       count(*) FILTER (WHERE roker) / count(roker) AS value,
       count(*) FILTER (WHERE roker) AS numerator, count(roker) AS denominator,
       count(roker) AS n,
       NULL AS suppressed, NULL AS target, NULL AS target_met, NULL AS note
FROM enquete;

-- indicator: ouderen_aandeel
SELECT 'ouderen_aandeel' AS indicator, regio,
       NULL AS breakdown, NULL AS breakdown_value,
       count(*) FILTER (WHERE c) / count(c) AS value,
       count(*) FILTER (WHERE c) AS numerator, count(c) AS denominator, count(c) AS n,
       NULL AS suppressed, NULL AS target, NULL AS target_met, NULL AS note
FROM (SELECT regio, leeftijd >= 65 AS c FROM enquete)
GROUP BY regio
ORDER BY ind_pos(regio, ['Noord', 'Zuid']);

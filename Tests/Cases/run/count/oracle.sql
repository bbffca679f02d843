CREATE TEMP VIEW bezoeken AS
SELECT ind_int(bezoek_id, []) AS bezoek_id,
       ind_level(regio, ['Noord', 'Oost', 'Zuid', 'West'], []) AS regio,
       ind_int(jaar, []) AS jaar,
       ind_level(geslacht, ['v', 'm'], ['onbekend']) AS geslacht,
       ind_bool(spoed) AS spoed
FROM read_csv('bezoeken.csv', header = true, all_varchar = true,
              delim = ',', quote = '"', escape = '"');

-- indicator: bezoeken_per_regio
SELECT 'bezoeken_per_regio' AS indicator, regio,
       NULL AS breakdown, NULL AS breakdown_value,
       count(*) AS value, NULL AS numerator, NULL AS denominator, count(*) AS n,
       NULL AS suppressed, NULL AS target, NULL AS target_met, NULL AS note
FROM bezoeken
GROUP BY regio
ORDER BY ind_pos(regio, ['Noord', 'Oost', 'Zuid', 'West']);

-- indicator: vrouwen_per_regio
SELECT 'vrouwen_per_regio' AS indicator, regio,
       NULL AS breakdown, NULL AS breakdown_value,
       count(*) FILTER (WHERE geslacht = 'v') AS value, NULL AS numerator, NULL AS denominator,
       count(*) FILTER (WHERE geslacht = 'v') AS n,
       NULL AS suppressed, NULL AS target, NULL AS target_met, NULL AS note
FROM bezoeken
GROUP BY regio
ORDER BY ind_pos(regio, ['Noord', 'Oost', 'Zuid', 'West']);

-- indicator: spoed_per_jaar
SELECT 'spoed_per_jaar' AS indicator, jaar,
       NULL AS breakdown, NULL AS breakdown_value,
       count(*) FILTER (WHERE spoed) AS value, NULL AS numerator, NULL AS denominator,
       count(*) FILTER (WHERE spoed) AS n,
       NULL AS suppressed, NULL AS target, NULL AS target_met, NULL AS note
FROM bezoeken
GROUP BY jaar
ORDER BY jaar NULLS LAST;

-- indicator: bezoeken_na_2100
SELECT 'bezoeken_na_2100' AS indicator,
       NULL AS breakdown, NULL AS breakdown_value,
       count(*) AS value, NULL AS numerator, NULL AS denominator, count(*) AS n,
       NULL AS suppressed, NULL AS target, NULL AS target_met, NULL AS note
FROM bezoeken
WHERE jaar > 2100;

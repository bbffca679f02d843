CREATE TEMP VIEW metingen AS
SELECT ind_int(id, []) AS id,
       ind_level(groep, ['A', 'B', 'C'], []) AS groep,
       ind_num(score, [-9]) AS score,
       ind_int(leeftijd, []) AS leeftijd
FROM read_csv('metingen.csv', header = true, all_varchar = true,
              delim = ',', quote = '"', escape = '"');

-- indicator: score_gemiddeld
SELECT 'score_gemiddeld' AS indicator, groep,
       NULL AS breakdown, NULL AS breakdown_value,
       avg(score) AS value, NULL AS numerator, NULL AS denominator,
       count(score) AS n,
       NULL AS suppressed, NULL AS target, NULL AS target_met,
       CASE WHEN count(score) = 0 THEN 'no values' END AS note
FROM metingen
GROUP BY groep
ORDER BY ind_pos(groep, ['A', 'B', 'C']);

-- indicator: score_gemiddeld_ouderen
SELECT 'score_gemiddeld_ouderen' AS indicator, groep,
       NULL AS breakdown, NULL AS breakdown_value,
       avg(score) FILTER (WHERE leeftijd >= 65) AS value,
       NULL AS numerator, NULL AS denominator,
       count(score) FILTER (WHERE leeftijd >= 65) AS n,
       NULL AS suppressed, NULL AS target, NULL AS target_met,
       CASE WHEN count(score) FILTER (WHERE leeftijd >= 65) = 0 THEN 'no values' END AS note
FROM metingen
GROUP BY groep
ORDER BY ind_pos(groep, ['A', 'B', 'C']);

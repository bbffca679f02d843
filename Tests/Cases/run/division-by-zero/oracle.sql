CREATE TEMP VIEW verwijzingen AS
SELECT ind_int(id, []) AS id,
       ind_level(regio, ['Noord', 'Zuid', 'Oost', 'West'], []) AS regio,
       ind_bool(verwezen) AS verwezen,
       ind_bool(spoed) AS spoed,
       ind_num(kosten, []) AS kosten,
       ind_int(dagen, []) AS dagen,
       ind_div(ind_num(kosten, []), ind_int(dagen, [])) AS kosten_per_dag
FROM read_csv('verwijzingen.csv', header = true, all_varchar = true,
              delim = ',', quote = '"', escape = '"');

-- indicator: spoed_per_verwijzing
SELECT 'spoed_per_verwijzing' AS indicator, regio, NULL AS breakdown, NULL AS breakdown_value,
       ind_div(count(*) FILTER (WHERE spoed), count(*) FILTER (WHERE verwezen)) AS value,
       count(*) FILTER (WHERE spoed) AS numerator,
       count(*) FILTER (WHERE verwezen) AS denominator,
       count(*) FILTER (WHERE verwezen) AS n,
       NULL AS suppressed, NULL AS target, NULL AS target_met,
       CASE WHEN count(*) FILTER (WHERE verwezen) = 0 THEN 'division by zero' END AS note
FROM verwijzingen GROUP BY regio
ORDER BY ind_pos(regio, ['Noord', 'Zuid', 'Oost', 'West']);

-- indicator: kosten_per_dag_gemiddeld
SELECT 'kosten_per_dag_gemiddeld' AS indicator, regio, NULL AS breakdown, NULL AS breakdown_value,
       avg(kosten_per_dag) AS value, NULL AS numerator, NULL AS denominator,
       count(kosten_per_dag) AS n,
       NULL AS suppressed, NULL AS target, NULL AS target_met,
       CASE WHEN count(kosten_per_dag) = 0 THEN 'no values' END AS note
FROM verwijzingen GROUP BY regio
ORDER BY ind_pos(regio, ['Noord', 'Zuid', 'Oost', 'West']);

-- indicator: kosten_per_gemiddelde_dag
SELECT 'kosten_per_gemiddelde_dag' AS indicator, regio, NULL AS breakdown, NULL AS breakdown_value,
       ind_div(avg(kosten), avg(dagen)) AS value,
       avg(kosten) AS numerator, avg(dagen) AS denominator, count(dagen) AS n,
       NULL AS suppressed, NULL AS target, NULL AS target_met,
       CASE WHEN avg(dagen) IS NULL OR avg(dagen) = 0 THEN 'division by zero' END AS note
FROM verwijzingen GROUP BY regio
ORDER BY ind_pos(regio, ['Noord', 'Zuid', 'Oost', 'West']);

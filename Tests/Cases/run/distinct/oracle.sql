CREATE TEMP VIEW consulten AS
SELECT ind_int(consult_id, []) AS consult_id,
       ind_int(jaar, []) AS jaar,
       ind_int(patient_id, []) AS patient_id,
       ind_text(arts, []) AS arts,
       ind_num(gewicht, []) AS gewicht
FROM read_csv('consulten.csv', header = true, all_varchar = true,
              delim = ',', quote = '"', escape = '"');

-- indicator: patienten
SELECT 'patienten' AS indicator, jaar,
       NULL AS breakdown, NULL AS breakdown_value,
       count(DISTINCT patient_id) AS value, NULL AS numerator, NULL AS denominator,
       count(*) AS n,
       NULL AS suppressed, NULL AS target, NULL AS target_met, NULL AS note
FROM consulten
GROUP BY jaar
ORDER BY jaar NULLS LAST;

-- indicator: consulten_per_patient
SELECT 'consulten_per_patient' AS indicator, jaar,
       NULL AS breakdown, NULL AS breakdown_value,
       ind_div(sum(gewicht), count(DISTINCT patient_id)) AS value,
       sum(gewicht) AS numerator, count(DISTINCT patient_id) AS denominator,
       count(*) AS n,
       NULL AS suppressed, NULL AS target, NULL AS target_met,
       CASE WHEN count(DISTINCT patient_id) = 0 THEN 'division by zero' END AS note
FROM consulten
GROUP BY jaar
ORDER BY jaar NULLS LAST;

-- indicator: artsen
SELECT 'artsen' AS indicator,
       NULL AS breakdown, NULL AS breakdown_value,
       count(DISTINCT arts) AS value, NULL AS numerator, NULL AS denominator,
       count(*) AS n,
       NULL AS suppressed, NULL AS target, NULL AS target_met, NULL AS note
FROM consulten;

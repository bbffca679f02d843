CREATE TEMP VIEW vaccinatie AS
SELECT ind_int(id, []) AS id,
       ind_level(regio, ['Noord', 'Oost', 'Zuid', 'West'], []) AS regio,
       ind_bool(gevaccineerd) AS gevaccineerd,
       ind_num(wachttijd, []) AS wachttijd
FROM read_csv('vaccinatie.csv', header = true, all_varchar = true,
              delim = ',', quote = '"', escape = '"');

-- indicator: vaccinatiegraad
WITH cells AS (
  SELECT regio, count(*) FILTER (WHERE gevaccineerd) AS num, count(gevaccineerd) AS den
  FROM vaccinatie GROUP BY regio)
SELECT 'vaccinatiegraad' AS indicator, regio, NULL AS breakdown, NULL AS breakdown_value,
       ind_keep(den, 3, num / den) AS value, ind_keep(den, 3, num) AS numerator,
       ind_keep(den, 3, den) AS denominator, ind_keep(den, 3, den) AS n,
       ind_reason(den, 3) AS suppressed,
       0.6 AS target, ind_keep(den, 3, num / den >= 0.6) AS target_met, NULL AS note
FROM cells ORDER BY ind_pos(regio, ['Noord', 'Oost', 'Zuid', 'West']);

-- indicator: wachttijd_gemiddeld
SELECT 'wachttijd_gemiddeld' AS indicator, regio, NULL AS breakdown, NULL AS breakdown_value,
       avg(wachttijd) AS value, NULL AS numerator, NULL AS denominator, count(wachttijd) AS n,
       NULL AS suppressed, 4.5 AS target, avg(wachttijd) <= 4.5 AS target_met,
       CASE WHEN count(wachttijd) = 0 THEN 'no values' END AS note
FROM vaccinatie GROUP BY regio ORDER BY ind_pos(regio, ['Noord', 'Oost', 'Zuid', 'West']);

-- indicator: aantal_vaccinaties
SELECT 'aantal_vaccinaties' AS indicator, regio, NULL AS breakdown, NULL AS breakdown_value,
       count(*) AS value, NULL AS numerator, NULL AS denominator, count(*) AS n,
       NULL AS suppressed, 4 AS target, count(*) >= 4 AS target_met, NULL AS note
FROM vaccinatie GROUP BY regio ORDER BY ind_pos(regio, ['Noord', 'Oost', 'Zuid', 'West']);

-- indicator: boven_norm
WITH cells AS (
  SELECT regio, count(*) FILTER (WHERE gevaccineerd) / count(gevaccineerd) - 0.5 AS v,
         count(*) AS n
  FROM vaccinatie GROUP BY regio)
SELECT 'boven_norm' AS indicator, regio, NULL AS breakdown, NULL AS breakdown_value,
       ind_keep(n, 4, v) AS value, NULL AS numerator, NULL AS denominator,
       ind_keep(n, 4, n) AS n, ind_reason(n, 4) AS suppressed,
       -0.05 AS target, ind_keep(n, 4, v > -0.05) AS target_met, NULL AS note
FROM cells ORDER BY ind_pos(regio, ['Noord', 'Oost', 'Zuid', 'West']);

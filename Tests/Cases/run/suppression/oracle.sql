CREATE TEMP VIEW consulten AS
SELECT ind_int(id, []) AS id,
       ind_level(regio, ['A', 'B', 'C'], []) AS regio,
       ind_bool(tele) AS tele
FROM read_csv('consulten.csv', header = true, all_varchar = true,
              delim = ',', quote = '"', escape = '"');
CREATE TEMP VIEW praktijken AS
SELECT ind_int(id, []) AS id,
       ind_level(type, ['solo', 'duo', 'groep'], []) AS type,
       ind_bool(open_avond) AS open_avond
FROM read_csv('praktijken.csv', header = true, all_varchar = true,
              delim = ',', quote = '"', escape = '"');

-- indicator: consulten_standaard
SELECT 'consulten_standaard' AS indicator, regio, NULL AS breakdown, NULL AS breakdown_value,
       ind_keep(count(*), 10, count(*)) AS value, NULL AS numerator, NULL AS denominator,
       ind_keep(count(*), 10, count(*)) AS n, ind_reason(count(*), 10) AS suppressed,
       NULL AS target, NULL AS target_met, NULL AS note
FROM consulten GROUP BY regio ORDER BY ind_pos(regio, ['A', 'B', 'C']);

-- indicator: consulten_zonder_minimum
SELECT 'consulten_zonder_minimum' AS indicator, regio, NULL AS breakdown, NULL AS breakdown_value,
       count(*) AS value, NULL AS numerator, NULL AS denominator,
       count(*) AS n, NULL AS suppressed,
       NULL AS target, NULL AS target_met, NULL AS note
FROM consulten GROUP BY regio ORDER BY ind_pos(regio, ['A', 'B', 'C']);

-- indicator: tele_aandeel
SELECT 'tele_aandeel' AS indicator, regio, NULL AS breakdown, NULL AS breakdown_value,
       ind_keep(count(tele), 10, count(*) FILTER (WHERE tele) / count(tele)) AS value,
       ind_keep(count(tele), 10, count(*) FILTER (WHERE tele)) AS numerator,
       ind_keep(count(tele), 10, count(tele)) AS denominator,
       ind_keep(count(tele), 10, count(tele)) AS n, ind_reason(count(tele), 10) AS suppressed,
       NULL AS target, NULL AS target_met, NULL AS note
FROM consulten GROUP BY regio ORDER BY ind_pos(regio, ['A', 'B', 'C']);

-- indicator: tele_per_consult
-- a / b: n is the n of b = count() = all rows of the cell
SELECT 'tele_per_consult' AS indicator, regio, NULL AS breakdown, NULL AS breakdown_value,
       ind_keep(count(*), 10, count(*) FILTER (WHERE tele) / count(*)) AS value,
       ind_keep(count(*), 10, count(*) FILTER (WHERE tele)) AS numerator,
       ind_keep(count(*), 10, count(*)) AS denominator,
       ind_keep(count(*), 10, count(*)) AS n, ind_reason(count(*), 10) AS suppressed,
       NULL AS target, NULL AS target_met, NULL AS note
FROM consulten GROUP BY regio ORDER BY ind_pos(regio, ['A', 'B', 'C']);

-- indicator: avond_aandeel
SELECT 'avond_aandeel' AS indicator, type, NULL AS breakdown, NULL AS breakdown_value,
       ind_keep(count(open_avond), 5, count(*) FILTER (WHERE open_avond) / count(open_avond)) AS value,
       ind_keep(count(open_avond), 5, count(*) FILTER (WHERE open_avond)) AS numerator,
       ind_keep(count(open_avond), 5, count(open_avond)) AS denominator,
       ind_keep(count(open_avond), 5, count(open_avond)) AS n,
       ind_reason(count(open_avond), 5) AS suppressed,
       NULL AS target, NULL AS target_met, NULL AS note
FROM praktijken GROUP BY type ORDER BY ind_pos(type, ['solo', 'duo', 'groep']);

-- indicator: avond_aandeel_drie
SELECT 'avond_aandeel_drie' AS indicator, type, NULL AS breakdown, NULL AS breakdown_value,
       ind_keep(count(open_avond), 3, count(*) FILTER (WHERE open_avond) / count(open_avond)) AS value,
       ind_keep(count(open_avond), 3, count(*) FILTER (WHERE open_avond)) AS numerator,
       ind_keep(count(open_avond), 3, count(open_avond)) AS denominator,
       ind_keep(count(open_avond), 3, count(open_avond)) AS n,
       ind_reason(count(open_avond), 3) AS suppressed,
       NULL AS target, NULL AS target_met, NULL AS note
FROM praktijken GROUP BY type ORDER BY ind_pos(type, ['solo', 'duo', 'groep']);

-- indicator: avond_aandeel_streng
SELECT 'avond_aandeel_streng' AS indicator, NULL AS breakdown, NULL AS breakdown_value,
       ind_keep(count(open_avond), 20, count(*) FILTER (WHERE open_avond) / count(open_avond)) AS value,
       ind_keep(count(open_avond), 20, count(*) FILTER (WHERE open_avond)) AS numerator,
       ind_keep(count(open_avond), 20, count(open_avond)) AS denominator,
       ind_keep(count(open_avond), 20, count(open_avond)) AS n,
       ind_reason(count(open_avond), 20) AS suppressed,
       NULL AS target, NULL AS target_met, NULL AS note
FROM praktijken;

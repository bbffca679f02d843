-- The file has no quoted fields; a `"` inside an unquoted field is data, so
-- DuckDB reads it with quoting off.
CREATE TEMP VIEW praktijken AS
SELECT ind_int(jaar, []) AS jaar,
       ind_level(regio, ['Noord', 'Zuid'], []) AS regio,
       ind_text(praktijk, []) AS praktijk,
       ind_int(consulten, []) AS consulten
FROM read_csv('praktijken.tsv', header = true, all_varchar = true,
              delim = '\t', quote = '', escape = '');

-- indicator: consulten_per_praktijk
SELECT 'consulten_per_praktijk' AS indicator, praktijk, NULL AS breakdown, NULL AS breakdown_value,
       coalesce(sum(consulten), 0) AS value, NULL AS numerator, NULL AS denominator,
       count(consulten) AS n,
       NULL AS suppressed, NULL AS target, NULL AS target_met, NULL AS note
FROM praktijken GROUP BY praktijk ORDER BY encode(praktijk) NULLS LAST;

-- indicator: consulten_per_jaar
SELECT 'consulten_per_jaar' AS indicator, jaar, regio, NULL AS breakdown, NULL AS breakdown_value,
       avg(consulten) AS value, NULL AS numerator, NULL AS denominator, count(consulten) AS n,
       NULL AS suppressed, NULL AS target, NULL AS target_met,
       CASE WHEN count(consulten) = 0 THEN 'no values' END AS note
FROM praktijken GROUP BY jaar, regio
ORDER BY jaar NULLS LAST, ind_pos(regio, ['Noord', 'Zuid']);

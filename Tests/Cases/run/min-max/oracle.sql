CREATE TEMP VIEW ligduur AS
SELECT ind_int(id, []) AS id,
       ind_level(afdeling, ['interne', 'chirurgie', 'geriatrie'], []) AS afdeling,
       ind_int(dagen, [999]) AS dagen,
       ind_num(kosten, []) AS kosten
FROM read_csv('ligduur.csv', header = true, all_varchar = true,
              delim = ',', quote = '"', escape = '"');

-- indicator: ligduur_min
SELECT 'ligduur_min' AS indicator, afdeling,
       NULL AS breakdown, NULL AS breakdown_value,
       ind_keep(count(*), 3, min(dagen)) AS value, NULL AS numerator, NULL AS denominator,
       ind_keep(count(*), 3, count(*)) AS n, ind_reason(count(*), 3) AS suppressed,
       NULL AS target, NULL AS target_met,
       CASE WHEN count(*) >= 3 AND count(dagen) = 0 THEN 'no values' END AS note
FROM ligduur
GROUP BY afdeling
ORDER BY ind_pos(afdeling, ['interne', 'chirurgie', 'geriatrie']);

-- indicator: ligduur_max
SELECT 'ligduur_max' AS indicator, afdeling,
       NULL AS breakdown, NULL AS breakdown_value,
       ind_keep(count(*), 3, max(dagen)) AS value, NULL AS numerator, NULL AS denominator,
       ind_keep(count(*), 3, count(*)) AS n, ind_reason(count(*), 3) AS suppressed,
       NULL AS target, NULL AS target_met,
       CASE WHEN count(*) >= 3 AND count(dagen) = 0 THEN 'no values' END AS note
FROM ligduur
GROUP BY afdeling
ORDER BY ind_pos(afdeling, ['interne', 'chirurgie', 'geriatrie']);

-- indicator: kosten_spreiding
SELECT 'kosten_spreiding' AS indicator, afdeling,
       NULL AS breakdown, NULL AS breakdown_value,
       ind_keep(count(*), 3, max(kosten) - min(kosten)) AS value,
       NULL AS numerator, NULL AS denominator,
       ind_keep(count(*), 3, count(*)) AS n, ind_reason(count(*), 3) AS suppressed,
       NULL AS target, NULL AS target_met, NULL AS note
FROM ligduur
GROUP BY afdeling
ORDER BY ind_pos(afdeling, ['interne', 'chirurgie', 'geriatrie']);

CREATE TEMP VIEW uitkeringen AS
SELECT ind_int(id, []) AS id,
       ind_text(gemeente, []) AS gemeente,
       ind_num_comma(bedrag, []) AS bedrag,
       ind_num_comma(percentage, []) AS percentage,
       ind_int(aantal, []) AS aantal
FROM read_csv('uitkeringen.csv', header = true, all_varchar = true,
              delim = ';', quote = '"', escape = '"');

-- indicator: bedrag_per_gemeente
SELECT 'bedrag_per_gemeente' AS indicator, gemeente, NULL AS breakdown, NULL AS breakdown_value,
       coalesce(sum(bedrag), 0) AS value, NULL AS numerator, NULL AS denominator, count(bedrag) AS n,
       NULL AS suppressed, NULL AS target, NULL AS target_met, NULL AS note
FROM uitkeringen GROUP BY gemeente ORDER BY encode(gemeente) NULLS LAST;

-- indicator: percentage_gemiddeld
SELECT 'percentage_gemiddeld' AS indicator, NULL AS breakdown, NULL AS breakdown_value,
       avg(percentage) AS value, NULL AS numerator, NULL AS denominator, count(percentage) AS n,
       NULL AS suppressed, NULL AS target, NULL AS target_met, NULL AS note
FROM uitkeringen;

-- indicator: aantal_totaal
SELECT 'aantal_totaal' AS indicator, NULL AS breakdown, NULL AS breakdown_value,
       coalesce(sum(aantal), 0) AS value, NULL AS numerator, NULL AS denominator, count(aantal) AS n,
       NULL AS suppressed, NULL AS target, NULL AS target_met, NULL AS note
FROM uitkeringen;

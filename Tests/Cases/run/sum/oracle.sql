CREATE TEMP VIEW declaraties AS
SELECT ind_int(id, []) AS id,
       ind_int(jaar, []) AS jaar,
       ind_level(soort, ['huisarts', 'apotheek', 'ziekenhuis'], []) AS soort,
       ind_num(bedrag, [-1]) AS bedrag,
       ind_int(aantal, [99]) AS aantal
FROM read_csv('declaraties.csv', header = true, all_varchar = true,
              delim = ',', quote = '"', escape = '"');

-- indicator: bedrag_totaal
SELECT 'bedrag_totaal' AS indicator, jaar,
       NULL AS breakdown, NULL AS breakdown_value,
       coalesce(sum(bedrag), 0) AS value, NULL AS numerator, NULL AS denominator,
       count(bedrag) AS n,
       NULL AS suppressed, NULL AS target, NULL AS target_met, NULL AS note
FROM declaraties
GROUP BY jaar
ORDER BY jaar NULLS LAST;

-- indicator: bedrag_apotheek
SELECT 'bedrag_apotheek' AS indicator, jaar,
       NULL AS breakdown, NULL AS breakdown_value,
       coalesce(sum(bedrag) FILTER (WHERE soort = 'apotheek'), 0) AS value,
       NULL AS numerator, NULL AS denominator,
       count(bedrag) FILTER (WHERE soort = 'apotheek') AS n,
       NULL AS suppressed, NULL AS target, NULL AS target_met, NULL AS note
FROM declaraties
GROUP BY jaar
ORDER BY jaar NULLS LAST;

-- indicator: aantal_totaal
SELECT 'aantal_totaal' AS indicator,
       NULL AS breakdown, NULL AS breakdown_value,
       ind_keep(count(aantal), 10, coalesce(sum(aantal), 0)) AS value,
       NULL AS numerator, NULL AS denominator,
       ind_keep(count(aantal), 10, count(aantal)) AS n,
       ind_reason(count(aantal), 10) AS suppressed,
       NULL AS target, NULL AS target_met, NULL AS note
FROM declaraties;

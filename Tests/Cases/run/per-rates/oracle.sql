CREATE TEMP VIEW sterfte AS
SELECT ind_text(gemeente, []) AS gemeente,
       ind_text(provincie, []) AS provincie,
       ind_int(jaar, []) AS jaar,
       ind_int(inwoners, []) AS inwoners,
       ind_int(overleden, []) AS overleden,
       ind_int(overleden_hv, [-1]) AS overleden_hv
FROM read_csv('sterfte.csv', header = true, all_varchar = true,
              delim = ',', quote = '"', escape = '"');

-- indicator: sterfte_per_100000
WITH sets AS (
  SELECT jaar, 0 AS set_pos, NULL AS breakdown, NULL AS breakdown_value,
         sum(overleden) AS num, sum(inwoners) AS den, count(inwoners) AS n
  FROM sterfte GROUP BY jaar
  UNION ALL
  SELECT jaar, 1, 'provincie', provincie,
         sum(overleden), sum(inwoners), count(inwoners)
  FROM sterfte GROUP BY jaar, provincie)
SELECT 'sterfte_per_100000' AS indicator, jaar, breakdown, breakdown_value,
       ind_div(num::DOUBLE, den) * 100000 AS value, num AS numerator, den AS denominator, n,
       NULL AS suppressed, NULL AS target, NULL AS target_met, NULL AS note
FROM sets
ORDER BY jaar NULLS LAST, set_pos, encode(breakdown_value) NULLS LAST;

-- indicator: hv_onbekend_per_1000
SELECT 'hv_onbekend_per_1000' AS indicator, jaar, NULL AS breakdown, NULL AS breakdown_value,
       count(*) FILTER (WHERE overleden_hv IS NULL) / count(*) * 1000 AS value,
       count(*) FILTER (WHERE overleden_hv IS NULL) AS numerator,
       count(*) AS denominator, count(*) AS n,
       NULL AS suppressed, NULL AS target, NULL AS target_met, NULL AS note
FROM sterfte GROUP BY jaar ORDER BY jaar NULLS LAST;

-- indicator: aandeel_hart_vaat
SELECT 'aandeel_hart_vaat' AS indicator, jaar, NULL AS breakdown, NULL AS breakdown_value,
       sum(overleden_hv) / sum(overleden) FILTER (WHERE overleden_hv IS NOT NULL) AS value,
       sum(overleden_hv) AS numerator,
       sum(overleden) FILTER (WHERE overleden_hv IS NOT NULL) AS denominator,
       count(overleden) FILTER (WHERE overleden_hv IS NOT NULL) AS n,
       NULL AS suppressed, NULL AS target, NULL AS target_met, NULL AS note
FROM sterfte GROUP BY jaar ORDER BY jaar NULLS LAST;

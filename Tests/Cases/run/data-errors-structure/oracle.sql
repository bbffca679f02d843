-- Only the clean dataset's indicator is computed here; the errors of the
-- other files are written by hand (see HAND.md).
CREATE TEMP VIEW schoon AS
SELECT ind_int(a, []) AS a, ind_text(b, []) AS b
FROM read_csv('schoon.csv', header = true, all_varchar = true,
              delim = ',', quote = '"', escape = '"');

-- indicator: schoon_per_b
SELECT 'schoon_per_b' AS indicator, b, NULL AS breakdown, NULL AS breakdown_value,
       count(*) AS value, NULL AS numerator, NULL AS denominator, count(*) AS n,
       NULL AS suppressed, NULL AS target, NULL AS target_met, NULL AS note
FROM schoon GROUP BY b ORDER BY encode(b) NULLS LAST;

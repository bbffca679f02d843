-- Only the clean dataset's indicator is computed here; the data errors of
-- fout.csv are written by hand in expected/stderr.txt (see HAND.md).
CREATE TEMP VIEW schoon AS
SELECT ind_int(id, []) AS id, ind_level(groep, ['a', 'b'], []) AS groep
FROM read_csv('schoon.csv', header = true, all_varchar = true,
              delim = ',', quote = '"', escape = '"');

-- indicator: schoon_aantal
SELECT 'schoon_aantal' AS indicator, groep, NULL AS breakdown, NULL AS breakdown_value,
       count(*) AS value, NULL AS numerator, NULL AS denominator, count(*) AS n,
       NULL AS suppressed, NULL AS target, NULL AS target_met, NULL AS note
FROM schoon GROUP BY groep ORDER BY ind_pos(groep, ['a', 'b']);

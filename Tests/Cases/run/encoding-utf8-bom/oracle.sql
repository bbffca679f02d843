-- read_csv skips the UTF-8 byte-order mark and accepts CRLF line ends.
CREATE TEMP VIEW tevredenheid AS
SELECT ind_int(jaar, []) AS jaar,
       ind_text(gemeente, []) AS gemeente,
       ind_level(tevreden, ['ja', 'nee'], []) AS tevreden
FROM read_csv('tevredenheid.csv', header = true, all_varchar = true,
              delim = ',', quote = '"', escape = '"', new_line = '\r\n');

-- indicator: tevreden_per_jaar
WITH sets AS (
  SELECT jaar, 0 AS set_pos, NULL AS breakdown, NULL AS breakdown_value,
         count(*) FILTER (WHERE tevreden = 'ja') AS num, count(tevreden) AS den
  FROM tevredenheid GROUP BY jaar
  UNION ALL
  SELECT jaar, 1, 'gemeente', gemeente,
         count(*) FILTER (WHERE tevreden = 'ja'), count(tevreden)
  FROM tevredenheid GROUP BY jaar, gemeente)
SELECT 'tevreden_per_jaar' AS indicator, jaar, breakdown, breakdown_value,
       num / den AS value, num AS numerator, den AS denominator, den AS n,
       NULL AS suppressed, NULL AS target, NULL AS target_met, NULL AS note
FROM sets
ORDER BY jaar NULLS LAST, set_pos, encode(breakdown_value) NULLS LAST;

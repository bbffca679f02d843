CREATE TEMP VIEW beeldbellen AS
SELECT ind_int(id, []) AS id,
       ind_int(jaar, []) AS jaar,
       ind_level(regio, ['Noord', 'Zuid'], []) AS regio,
       ind_bool(geschikt) AS geschikt,
       ind_bool(beeldbellen) AS beeldbellen
FROM read_csv('beeldbellen.csv', header = true, all_varchar = true,
              delim = ',', quote = '"', escape = '"');

-- the rows of every grouping set (jaar), (jaar, regio) with a cell key
CREATE TEMP VIEW cells_rows AS
SELECT jaar, 0 AS set_pos, NULL::VARCHAR AS breakdown, NULL::VARCHAR AS breakdown_value, *
       EXCLUDE (jaar) FROM beeldbellen
UNION ALL
SELECT jaar, 1, 'regio', regio, * EXCLUDE (jaar) FROM beeldbellen;

-- each indicator's cells: value (after per), numerator, denominator, n, minimum
CREATE TEMP VIEW v_geschikt AS
SELECT jaar, set_pos, breakdown, breakdown_value,
       count(*) FILTER (WHERE geschikt) AS num, count(geschikt) AS den,
       count(*) FILTER (WHERE geschikt) / count(geschikt) AS value, count(geschikt) AS n, 3 AS minimum
FROM cells_rows GROUP BY ALL;
CREATE TEMP VIEW v_gebruik AS
SELECT jaar, set_pos, breakdown, breakdown_value,
       count(*) FILTER (WHERE beeldbellen) AS num, count(beeldbellen) AS den,
       count(*) FILTER (WHERE beeldbellen) / count(beeldbellen) AS value, count(beeldbellen) AS n, 3 AS minimum
FROM cells_rows GROUP BY ALL;
CREATE TEMP VIEW v_geschikt_selectie AS
SELECT jaar, set_pos, breakdown, breakdown_value,
       count(*) FILTER (WHERE geschikt) AS num, count(geschikt) AS den,
       ind_div(count(*) FILTER (WHERE geschikt), count(geschikt)) AS value, count(geschikt) AS n, 0 AS minimum
FROM cells_rows WHERE geschikt IS NULL OR jaar = 2024 GROUP BY ALL;
CREATE TEMP VIEW v_gebruik_alle AS
SELECT jaar, set_pos, breakdown, breakdown_value,
       count(*) FILTER (WHERE beeldbellen) AS num, count(beeldbellen) AS den,
       count(*) FILTER (WHERE beeldbellen) / count(beeldbellen) AS value, count(beeldbellen) AS n, 0 AS minimum
FROM cells_rows GROUP BY ALL;
CREATE TEMP VIEW v_geschikt_promille AS
SELECT jaar, set_pos, breakdown, breakdown_value,
       count(*) FILTER (WHERE geschikt) AS num, count(*) AS den,
       count(*) FILTER (WHERE geschikt) / count(*) * 1000 AS value, count(*) AS n, 0 AS minimum
FROM cells_rows GROUP BY ALL;
CREATE TEMP VIEW v_gebruik_promille AS
SELECT jaar, set_pos, breakdown, breakdown_value,
       count(*) FILTER (WHERE beeldbellen) AS num, count(*) AS den,
       count(*) FILTER (WHERE beeldbellen) / count(*) * 1000 AS value, count(*) AS n, 0 AS minimum
FROM cells_rows GROUP BY ALL;

-- complementary suppression (Grammar/README "Suppression"): per jaar, when the
-- total is shown and exactly one regio cell is below the minimum, the shown regio
-- cell with the smallest n (then the first in level order) is withheld too
CREATE TEMP VIEW c_geschikt AS
WITH b AS (SELECT *, n < minimum AS primary_hidden, ind_pos(breakdown_value, ['Noord', 'Zuid']) AS pos FROM v_geschikt),
d AS (SELECT jaar, count(*) FILTER (WHERE primary_hidden AND set_pos = 1) AS hidden_cells,
             bool_or(primary_hidden AND set_pos = 0) AS total_hidden FROM b GROUP BY jaar),
r AS (SELECT b.*, row_number() OVER (PARTITION BY b.jaar, b.set_pos, b.primary_hidden ORDER BY b.n, b.pos) AS rank FROM b)
SELECT r.* EXCLUDE (rank, primary_hidden, pos),
       CASE WHEN r.primary_hidden THEN 'withheld'
            WHEN r.set_pos = 1 AND NOT d.total_hidden AND d.hidden_cells = 1 AND r.rank = 1 THEN 'withheld' END AS reason
FROM r JOIN d ON d.jaar IS NOT DISTINCT FROM r.jaar;
CREATE TEMP VIEW c_gebruik AS
WITH b AS (SELECT *, n < minimum AS primary_hidden, ind_pos(breakdown_value, ['Noord', 'Zuid']) AS pos FROM v_gebruik),
d AS (SELECT jaar, count(*) FILTER (WHERE primary_hidden AND set_pos = 1) AS hidden_cells,
             bool_or(primary_hidden AND set_pos = 0) AS total_hidden FROM b GROUP BY jaar),
r AS (SELECT b.*, row_number() OVER (PARTITION BY b.jaar, b.set_pos, b.primary_hidden ORDER BY b.n, b.pos) AS rank FROM b)
SELECT r.* EXCLUDE (rank, primary_hidden, pos),
       CASE WHEN r.primary_hidden THEN 'withheld'
            WHEN r.set_pos = 1 AND NOT d.total_hidden AND d.hidden_cells = 1 AND r.rank = 1 THEN 'withheld' END AS reason
FROM r JOIN d ON d.jaar IS NOT DISTINCT FROM r.jaar;

-- the value OTHER shows in a cell: none when suppressed or without value
CREATE TEMP MACRO shown(value, n, minimum) AS CASE WHEN n < minimum THEN NULL ELSE value END;

-- indicator: geschikt
SELECT 'geschikt' AS indicator, jaar, breakdown, breakdown_value,
       CASE WHEN reason IS NULL THEN value END AS value, CASE WHEN reason IS NULL THEN num END AS numerator,
       CASE WHEN reason IS NULL THEN den END AS denominator, CASE WHEN reason IS NULL THEN n END AS n,
       reason AS suppressed, NULL AS target, NULL AS target_met,
       CASE WHEN reason IS NULL THEN ind_share_note(value, n, minimum) END AS note
FROM c_geschikt
ORDER BY jaar NULLS LAST, set_pos, ind_pos(breakdown_value, ['Noord', 'Zuid']);

-- indicator: gebruik
SELECT 'gebruik' AS indicator, t.jaar, t.breakdown, t.breakdown_value,
       CASE WHEN t.reason IS NULL THEN t.value END AS value, CASE WHEN t.reason IS NULL THEN t.num END AS numerator,
       CASE WHEN t.reason IS NULL THEN t.den END AS denominator, CASE WHEN t.reason IS NULL THEN t.n END AS n,
       t.reason AS suppressed,
       CASE WHEN t.reason IS NULL AND o.reason IS NULL THEN 0.7 * o.value END AS target,
       CASE WHEN t.reason IS NULL AND o.reason IS NULL THEN t.value >= 0.7 * o.value END AS target_met,
       CASE WHEN t.reason IS NULL THEN concat_ws('; ', ind_share_note(t.value, t.n, t.minimum),
            CASE WHEN o.reason IS NOT NULL OR o.value IS NULL THEN 'no value of geschikt in this cell' END) END AS note
FROM c_gebruik t LEFT JOIN c_geschikt o
  ON o.jaar IS NOT DISTINCT FROM t.jaar AND o.set_pos = t.set_pos
 AND o.breakdown_value IS NOT DISTINCT FROM t.breakdown_value
ORDER BY t.jaar NULLS LAST, t.set_pos, ind_pos(t.breakdown_value, ['Noord', 'Zuid']);

-- indicator: geschikt_selectie
SELECT 'geschikt_selectie' AS indicator, jaar, breakdown, breakdown_value,
       ind_keep(n, minimum, value) AS value, ind_keep(n, minimum, num) AS numerator,
       ind_keep(n, minimum, den) AS denominator, ind_keep(n, minimum, n) AS n,
       ind_reason(n, minimum) AS suppressed, NULL AS target, NULL AS target_met,
       CASE WHEN den = 0 THEN 'no values' END AS note
FROM v_geschikt_selectie
ORDER BY jaar NULLS LAST, set_pos, ind_pos(breakdown_value, ['Noord', 'Zuid']);

-- indicator: gebruik_alle
SELECT 'gebruik_alle' AS indicator, t.jaar, t.breakdown, t.breakdown_value,
       ind_keep(t.n, t.minimum, t.value) AS value, ind_keep(t.n, t.minimum, t.num) AS numerator,
       ind_keep(t.n, t.minimum, t.den) AS denominator, ind_keep(t.n, t.minimum, t.n) AS n,
       ind_reason(t.n, t.minimum) AS suppressed,
       ind_keep(t.n, t.minimum, 0.5 * shown(o.value, o.n, o.minimum)) AS target,
       ind_keep(t.n, t.minimum, t.value >= 0.5 * shown(o.value, o.n, o.minimum)) AS target_met,
       concat_ws('; ', ind_share_note(t.value, t.n, t.minimum),
                 CASE WHEN t.n >= t.minimum AND shown(o.value, o.n, o.minimum) IS NULL
                      THEN 'no value of geschikt_selectie in this cell' END) AS note
FROM v_gebruik_alle t LEFT JOIN v_geschikt_selectie o
  ON o.jaar IS NOT DISTINCT FROM t.jaar AND o.set_pos = t.set_pos
 AND o.breakdown_value IS NOT DISTINCT FROM t.breakdown_value
ORDER BY t.jaar NULLS LAST, t.set_pos, ind_pos(t.breakdown_value, ['Noord', 'Zuid']);

-- indicator: geschikt_promille
SELECT 'geschikt_promille' AS indicator, jaar, breakdown, breakdown_value,
       ind_keep(n, minimum, value) AS value, ind_keep(n, minimum, num) AS numerator,
       ind_keep(n, minimum, den) AS denominator, ind_keep(n, minimum, n) AS n,
       ind_reason(n, minimum) AS suppressed, NULL AS target, NULL AS target_met, NULL AS note
FROM v_geschikt_promille
ORDER BY jaar NULLS LAST, set_pos, ind_pos(breakdown_value, ['Noord', 'Zuid']);

-- indicator: gebruik_promille
SELECT 'gebruik_promille' AS indicator, t.jaar, t.breakdown, t.breakdown_value,
       ind_keep(t.n, t.minimum, t.value) AS value, ind_keep(t.n, t.minimum, t.num) AS numerator,
       ind_keep(t.n, t.minimum, t.den) AS denominator, ind_keep(t.n, t.minimum, t.n) AS n,
       ind_reason(t.n, t.minimum) AS suppressed,
       ind_keep(t.n, t.minimum, 0.7 * shown(o.value, o.n, o.minimum)) AS target,
       ind_keep(t.n, t.minimum, t.value >= 0.7 * shown(o.value, o.n, o.minimum)) AS target_met,
       CASE WHEN t.n >= t.minimum AND shown(o.value, o.n, o.minimum) IS NULL
            THEN 'no value of geschikt_promille in this cell' END AS note
FROM v_gebruik_promille t LEFT JOIN v_geschikt_promille o
  ON o.jaar IS NOT DISTINCT FROM t.jaar AND o.set_pos = t.set_pos
 AND o.breakdown_value IS NOT DISTINCT FROM t.breakdown_value
ORDER BY t.jaar NULLS LAST, t.set_pos, ind_pos(t.breakdown_value, ['Noord', 'Zuid']);

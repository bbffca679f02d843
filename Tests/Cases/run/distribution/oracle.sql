CREATE TEMP VIEW leefstijl AS
SELECT ind_int(id, []) AS id,
       ind_int(jaar, []) AS jaar,
       ind_level(beweegnorm, ['voldoet', 'voldoet niet', 'onbekend'], ['geen antwoord']) AS beweegnorm,
       ind_bool(rookt) AS rookt,
       ind_num(gewicht, []) AS gewicht
FROM read_csv('leefstijl.csv', header = true, all_varchar = true,
              delim = ',', quote = '"', escape = '"');

-- levels in declared order, crossed with every cell; a level without rows
-- gets numerator 0
CREATE TEMP VIEW beweegnorm_levels AS
SELECT * FROM (VALUES (1, 'voldoet'), (2, 'voldoet niet'), (3, 'onbekend')) t(pos, level);
CREATE TEMP VIEW rookt_levels AS
SELECT * FROM (VALUES (1, false), (2, true)) t(pos, level);

-- indicator: beweegnorm_verdeling
WITH cells AS (
  SELECT jaar, sum(gewicht) FILTER (WHERE beweegnorm IS NOT NULL) AS den,
         count(beweegnorm) AS n
  FROM leefstijl GROUP BY jaar),
num AS (
  SELECT jaar, beweegnorm, sum(gewicht) AS num
  FROM leefstijl WHERE beweegnorm IS NOT NULL GROUP BY jaar, beweegnorm)
SELECT 'beweegnorm_verdeling' AS indicator, c.jaar,
       NULL AS breakdown, NULL AS breakdown_value, l.level AS beweegnorm,
       ind_keep(c.n, 3, coalesce(num.num, 0) / c.den) AS value,
       ind_keep(c.n, 3, coalesce(num.num, 0)) AS numerator,
       ind_keep(c.n, 3, c.den) AS denominator,
       ind_keep(c.n, 3, c.n) AS n, ind_reason(c.n, 3) AS suppressed,
       NULL AS target, NULL AS target_met, ind_share_note(coalesce(num.num, 0) / c.den, c.n, 3) AS note
FROM cells c CROSS JOIN beweegnorm_levels l
LEFT JOIN num ON num.jaar IS NOT DISTINCT FROM c.jaar AND num.beweegnorm = l.level
ORDER BY c.jaar NULLS LAST, l.pos;

-- indicator: beweegnorm_verdeling_ongewogen
WITH cells AS (
  SELECT count(beweegnorm) AS den, count(beweegnorm) AS n FROM leefstijl),
num AS (
  SELECT beweegnorm, count(*) AS num
  FROM leefstijl WHERE beweegnorm IS NOT NULL GROUP BY beweegnorm)
SELECT 'beweegnorm_verdeling_ongewogen' AS indicator,
       NULL AS breakdown, NULL AS breakdown_value, l.level AS beweegnorm,
       ind_keep(c.n, 3, coalesce(num.num, 0) / c.den) AS value,
       ind_keep(c.n, 3, coalesce(num.num, 0)) AS numerator,
       ind_keep(c.n, 3, c.den) AS denominator,
       ind_keep(c.n, 3, c.n) AS n, ind_reason(c.n, 3) AS suppressed,
       NULL AS target, NULL AS target_met, ind_share_note(coalesce(num.num, 0) / c.den, c.n, 3) AS note
FROM cells c CROSS JOIN beweegnorm_levels l
LEFT JOIN num ON num.beweegnorm = l.level
ORDER BY l.pos;

-- indicator: rokers_verdeling
WITH cells AS (
  SELECT jaar, sum(gewicht) FILTER (WHERE rookt IS NOT NULL) AS den,
         count(rookt) AS n
  FROM leefstijl GROUP BY jaar),
num AS (
  SELECT jaar, rookt, sum(gewicht) AS num
  FROM leefstijl WHERE rookt IS NOT NULL GROUP BY jaar, rookt)
SELECT 'rokers_verdeling' AS indicator, c.jaar,
       NULL AS breakdown, NULL AS breakdown_value, l.level AS rookt,
       ind_keep(c.n, 3, coalesce(num.num, 0) / c.den) AS value,
       ind_keep(c.n, 3, coalesce(num.num, 0)) AS numerator,
       ind_keep(c.n, 3, c.den) AS denominator,
       ind_keep(c.n, 3, c.n) AS n, ind_reason(c.n, 3) AS suppressed,
       NULL AS target, NULL AS target_met, ind_share_note(coalesce(num.num, 0) / c.den, c.n, 3) AS note
FROM cells c CROSS JOIN rookt_levels l
LEFT JOIN num ON num.jaar IS NOT DISTINCT FROM c.jaar AND num.rookt = l.level
ORDER BY c.jaar NULLS LAST, l.pos;

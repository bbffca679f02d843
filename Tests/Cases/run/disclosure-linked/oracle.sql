CREATE TEMP VIEW zorg AS
SELECT ind_int(id, []) AS id,
       ind_level(provincie, ['p1', 'p2', 'p3', 'p4'], []) AS provincie,
       ind_level(landsdeel, ['L1', 'L2'], []) AS landsdeel,
       ind_level(regio, ['A', 'B', 'C'], []) AS regio,
       ind_int(leeftijd, []) AS leeftijd,
       ind_bool(portaal) AS portaal
FROM read_csv('zorg.csv', header = true, all_varchar = true, delim = ',', quote = '"', escape = '"');

-- indicator: inwoners
WITH sets AS (
  SELECT 0 AS set_pos, NULL AS breakdown, NULL AS breakdown_value, 0 AS value_pos, count(*) AS c FROM zorg
  UNION ALL
  SELECT 1, 'provincie', provincie, ind_pos(provincie, ['p1', 'p2', 'p3', 'p4']), count(*) FROM zorg GROUP BY provincie
  UNION ALL
  SELECT 2, 'landsdeel', landsdeel, ind_pos(landsdeel, ['L1', 'L2']), count(*) FROM zorg GROUP BY landsdeel)
SELECT 'inwoners' AS indicator, breakdown, breakdown_value,
       ind_keep(c, 10, c) AS value, NULL AS numerator, NULL AS denominator, ind_keep(c, 10, c) AS n,
       ind_reason(c, 10) AS suppressed, NULL AS se, NULL AS ci_low, NULL AS ci_high, NULL AS df, NULL AS n_eff,
       NULL AS previous, NULL AS change, NULL AS change_se, NULL AS change_p, NULL AS change_significant,
       NULL AS target, NULL AS target_met, NULL AS target_status, NULL AS target_gap, NULL AS reliability, NULL AS note
FROM sets ORDER BY set_pos, value_pos;

-- indicator: leeftijd_mediaan
WITH sets AS (
  SELECT 0 AS set_pos, NULL AS breakdown, NULL AS breakdown_value, 0 AS value_pos, median(leeftijd) AS m, count(leeftijd) AS c FROM zorg
  UNION ALL
  SELECT 1, 'provincie', provincie, ind_pos(provincie, ['p1', 'p2', 'p3', 'p4']), median(leeftijd), count(leeftijd) FROM zorg GROUP BY provincie)
SELECT 'leeftijd_mediaan' AS indicator, breakdown, breakdown_value,
       ind_keep(c, 10, m) AS value, NULL AS numerator, NULL AS denominator, ind_keep(c, 10, c) AS n,
       ind_reason(c, 10) AS suppressed, NULL AS se, NULL AS ci_low, NULL AS ci_high, NULL AS df, NULL AS n_eff,
       NULL AS previous, NULL AS change, NULL AS change_se, NULL AS change_p, NULL AS change_significant,
       NULL AS target, NULL AS target_met, NULL AS target_status, NULL AS target_gap, NULL AS reliability, NULL AS note
FROM sets ORDER BY set_pos, value_pos;

-- indicator: leeftijd_max
WITH sets AS (
  SELECT 0 AS set_pos, NULL AS breakdown, NULL AS breakdown_value, 0 AS value_pos, max(leeftijd) AS m, count(*) AS c FROM zorg
  UNION ALL
  SELECT 1, 'provincie', provincie, ind_pos(provincie, ['p1', 'p2', 'p3', 'p4']), max(leeftijd), count(*) FROM zorg GROUP BY provincie)
SELECT 'leeftijd_max' AS indicator, breakdown, breakdown_value,
       ind_keep(c, 10, m) AS value, NULL AS numerator, NULL AS denominator, ind_keep(c, 10, c) AS n,
       ind_reason(c, 10) AS suppressed, NULL AS se, NULL AS ci_low, NULL AS ci_high, NULL AS df, NULL AS n_eff,
       NULL AS previous, NULL AS change, NULL AS change_se, NULL AS change_p, NULL AS change_significant,
       NULL AS target, NULL AS target_met, NULL AS target_status, NULL AS target_gap, NULL AS reliability, NULL AS note
FROM sets ORDER BY set_pos, value_pos;

-- indicator: portaal_gebruikers
WITH sets AS (
  SELECT 0 AS set_pos, NULL AS breakdown, NULL AS breakdown_value, 0 AS value_pos, count(*) FILTER (WHERE portaal) AS c FROM zorg
  UNION ALL
  SELECT 1, 'regio', regio, ind_pos(regio, ['A', 'B', 'C']), count(*) FILTER (WHERE portaal) FROM zorg GROUP BY regio)
SELECT 'portaal_gebruikers' AS indicator, breakdown, breakdown_value,
       ind_keep(c, 10, c) AS value, NULL AS numerator, NULL AS denominator, ind_keep(c, 10, c) AS n,
       ind_reason(c, 10) AS suppressed, NULL AS se, NULL AS ci_low, NULL AS ci_high, NULL AS df, NULL AS n_eff,
       NULL AS previous, NULL AS change, NULL AS change_se, NULL AS change_p, NULL AS change_significant,
       NULL AS target, NULL AS target_met, NULL AS target_status, NULL AS target_gap, NULL AS reliability, NULL AS note
FROM sets ORDER BY set_pos, value_pos;

-- indicator: portaal_aandeel
WITH sets AS (
  SELECT 0 AS set_pos, NULL AS breakdown, NULL AS breakdown_value, 0 AS value_pos,
         count(*) FILTER (WHERE portaal) AS num, count(portaal) AS den FROM zorg
  UNION ALL
  SELECT 1, 'regio', regio, ind_pos(regio, ['A', 'B', 'C']), count(*) FILTER (WHERE portaal), count(portaal) FROM zorg GROUP BY regio)
SELECT 'portaal_aandeel' AS indicator, breakdown, breakdown_value,
       ind_keep(den, 10, num / den) AS value, ind_keep(den, 10, num) AS numerator, ind_keep(den, 10, den) AS denominator,
       ind_keep(den, 10, den) AS n,
       ind_reason(den, 10) AS suppressed, NULL AS se, NULL AS ci_low, NULL AS ci_high, NULL AS df, NULL AS n_eff,
       NULL AS previous, NULL AS change, NULL AS change_se, NULL AS change_p, NULL AS change_significant,
       NULL AS target, NULL AS target_met, NULL AS target_status, NULL AS target_gap, NULL AS reliability, NULL AS note
FROM sets ORDER BY set_pos, value_pos;

-- indicator: buiten_a
SELECT 'buiten_a' AS indicator, NULL AS breakdown, NULL AS breakdown_value,
       ind_keep(count(*), 10, count(*)) AS value, NULL AS numerator, NULL AS denominator, ind_keep(count(*), 10, count(*)) AS n,
       ind_reason(count(*), 10) AS suppressed, NULL AS se, NULL AS ci_low, NULL AS ci_high, NULL AS df, NULL AS n_eff,
       NULL AS previous, NULL AS change, NULL AS change_se, NULL AS change_p, NULL AS change_significant,
       NULL AS target, NULL AS target_met, NULL AS target_status, NULL AS target_gap, NULL AS reliability, NULL AS note
FROM zorg WHERE regio <> 'A';

CREATE TEMP VIEW panel AS
SELECT ind_int(id, []) AS id,
       ind_level(geslacht, ['v', 'm'], []) AS geslacht,
       ind_num(score, []) AS score,
       ind_bool(actief) AS actief,
       ind_num(gewicht, []) AS gewicht,
       ind_num(gewicht_alt, []) AS gewicht_alt
FROM read_csv('panel.csv', header = true, all_varchar = true,
              delim = ',', quote = '"', escape = '"');

-- indicator: aantal_gewogen
SELECT 'aantal_gewogen' AS indicator, geslacht,
       NULL AS breakdown, NULL AS breakdown_value,
       sum(gewicht) AS value, NULL AS numerator, NULL AS denominator, count(*) AS n,
       NULL AS suppressed, NULL AS target, NULL AS target_met, ind_sample_note(count(*), 0) AS note
FROM panel GROUP BY geslacht
ORDER BY ind_pos(geslacht, ['v', 'm']);

-- indicator: aantal_ongewogen
-- An unweighted count on a sample is an exact number of rows: no interval, so no note about one
-- (Grammar/STATISTICS.md "Exact counts").
SELECT 'aantal_ongewogen' AS indicator, geslacht,
       NULL AS breakdown, NULL AS breakdown_value,
       count(*) AS value, NULL AS numerator, NULL AS denominator, count(*) AS n,
       NULL AS suppressed, NULL AS target, NULL AS target_met, NULL AS note
FROM panel GROUP BY geslacht
ORDER BY ind_pos(geslacht, ['v', 'm']);

-- indicator: score_gewogen
SELECT 'score_gewogen' AS indicator, geslacht,
       NULL AS breakdown, NULL AS breakdown_value,
       sum(gewicht * score) / sum(gewicht) FILTER (WHERE score IS NOT NULL) AS value,
       NULL AS numerator, NULL AS denominator, count(score) AS n,
       NULL AS suppressed, NULL AS target, NULL AS target_met, ind_sample_note(count(score), 0) AS note
FROM panel GROUP BY geslacht
ORDER BY ind_pos(geslacht, ['v', 'm']);

-- indicator: score_actieven_som
SELECT 'score_actieven_som' AS indicator, geslacht,
       NULL AS breakdown, NULL AS breakdown_value,
       coalesce(sum(gewicht * score) FILTER (WHERE actief), 0) AS value,
       NULL AS numerator, NULL AS denominator,
       count(score) FILTER (WHERE actief) AS n,
       NULL AS suppressed, NULL AS target, NULL AS target_met, ind_sample_note(count(score) FILTER (WHERE actief), 0) AS note
FROM panel GROUP BY geslacht
ORDER BY ind_pos(geslacht, ['v', 'm']);

-- indicator: actief_alt_gewicht
SELECT 'actief_alt_gewicht' AS indicator,
       NULL AS breakdown, NULL AS breakdown_value,
       sum(gewicht_alt) FILTER (WHERE actief) / sum(gewicht_alt) FILTER (WHERE actief IS NOT NULL) AS value,
       sum(gewicht_alt) FILTER (WHERE actief) AS numerator,
       sum(gewicht_alt) FILTER (WHERE actief IS NOT NULL) AS denominator,
       count(actief) AS n,
       NULL AS suppressed, NULL AS target, NULL AS target_met, ind_share_note(sum(gewicht_alt) FILTER (WHERE actief) / sum(gewicht_alt) FILTER (WHERE actief IS NOT NULL), count(actief), 1) AS note
FROM panel;

-- wachttijd_mediaan_gewogen is written by hand: see HAND.md.
CREATE TEMP VIEW wachttijden AS
SELECT ind_int(id, []) AS id,
       ind_level(specialisme, ['cardiologie', 'dermatologie', 'orthopedie', 'neurologie'], []) AS specialisme,
       ind_num(weken, [-1]) AS weken,
       ind_num(gewicht, []) AS gewicht
FROM read_csv('wachttijden.csv', header = true, all_varchar = true,
              delim = ',', quote = '"', escape = '"');

-- indicator: wachttijd_mediaan
SELECT 'wachttijd_mediaan' AS indicator, specialisme,
       NULL AS breakdown, NULL AS breakdown_value,
       percentile_cont(0.5) WITHIN GROUP (ORDER BY weken) AS value,
       NULL AS numerator, NULL AS denominator,
       count(weken) AS n,
       NULL AS suppressed, NULL AS target, NULL AS target_met,
       CASE WHEN count(weken) = 0 THEN 'no values' END AS note
FROM wachttijden
GROUP BY specialisme
ORDER BY ind_pos(specialisme, ['cardiologie', 'dermatologie', 'orthopedie', 'neurologie']);

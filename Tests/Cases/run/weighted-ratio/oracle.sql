CREATE TEMP VIEW huishoudens AS
SELECT ind_int(id, []) AS id,
       ind_level(type, ['alleenstaand', 'paar', 'gezin'], []) AS type,
       ind_num(zorg, []) AS zorg,
       ind_num(totaal, []) AS totaal,
       ind_int(personen, []) AS personen,
       ind_num(gewicht, []) AS gewicht
FROM read_csv('huishoudens.csv', header = true, all_varchar = true,
              delim = ',', quote = '"', escape = '"');

-- indicator: zorguitgaven_aandeel
SELECT 'zorguitgaven_aandeel' AS indicator, type, NULL AS breakdown, NULL AS breakdown_value,
       sum(gewicht * zorg) / sum(gewicht * totaal) AS value,
       sum(gewicht * zorg) AS numerator, sum(gewicht * totaal) AS denominator,
       count(totaal) AS n,
       NULL AS suppressed, NULL AS target, NULL AS target_met, ind_sample_note(count(totaal), 1) AS note
FROM huishoudens GROUP BY type
ORDER BY ind_pos(type, ['alleenstaand', 'paar', 'gezin']);

-- indicator: uitgaven_per_persoon
SELECT 'uitgaven_per_persoon' AS indicator, NULL AS breakdown, NULL AS breakdown_value,
       sum(gewicht * totaal) / sum(gewicht * personen) AS value,
       sum(gewicht * totaal) AS numerator, sum(gewicht * personen) AS denominator,
       count(personen) AS n,
       NULL AS suppressed, NULL AS target, NULL AS target_met, ind_sample_note(count(personen), 1) AS note
FROM huishoudens;

-- indicator: uitgaven_per_persoon_ongewogen
SELECT 'uitgaven_per_persoon_ongewogen' AS indicator, NULL AS breakdown, NULL AS breakdown_value,
       sum(totaal) / sum(personen) AS value,
       sum(totaal) AS numerator, sum(personen) AS denominator,
       count(personen) AS n,
       NULL AS suppressed, NULL AS target, NULL AS target_met, ind_sample_note(count(personen), 1) AS note
FROM huishoudens;

CREATE TEMP VIEW registratie AS
SELECT ind_int(id, []) AS id,
       ind_text(plaats, []) AS plaats,
       ind_bool(spoed) AS spoed,
       ind_date(datum) AS datum,
       ind_level(klasse, ['hoog', 'midden', 'laag'], []) AS klasse,
       ind_int(aantal, []) AS aantal,
       ind_num(score, []) AS score
FROM read_csv('registratie.csv', header = true, all_varchar = true,
              delim = ',', quote = '"', escape = '"');

-- indicator: per_plaats
-- text order is byte order: DuckDB compares VARCHAR by bytes (no collation)
SELECT 'per_plaats' AS indicator, plaats, NULL AS breakdown, NULL AS breakdown_value,
       count(*) AS value, NULL AS numerator, NULL AS denominator, count(*) AS n,
       NULL AS suppressed, NULL AS target, NULL AS target_met, NULL AS note
FROM registratie GROUP BY plaats
ORDER BY encode(plaats) NULLS LAST;

-- indicator: per_spoed_datum
SELECT 'per_spoed_datum' AS indicator, spoed, datum, NULL AS breakdown, NULL AS breakdown_value,
       count(*) AS value, NULL AS numerator, NULL AS denominator, count(*) AS n,
       NULL AS suppressed, NULL AS target, NULL AS target_met, NULL AS note
FROM registratie GROUP BY spoed, datum
ORDER BY spoed NULLS LAST, datum NULLS LAST;

-- indicator: per_klasse_aantal
SELECT 'per_klasse_aantal' AS indicator, klasse, aantal, NULL AS breakdown, NULL AS breakdown_value,
       count(*) AS value, NULL AS numerator, NULL AS denominator, count(*) AS n,
       NULL AS suppressed, NULL AS target, NULL AS target_met, NULL AS note
FROM registratie GROUP BY klasse, aantal
ORDER BY ind_pos(klasse, ['hoog', 'midden', 'laag']), aantal NULLS LAST;

-- indicator: per_score
SELECT 'per_score' AS indicator, score, NULL AS breakdown, NULL AS breakdown_value,
       count(*) AS value, NULL AS numerator, NULL AS denominator, count(*) AS n,
       NULL AS suppressed, NULL AS target, NULL AS target_met, NULL AS note
FROM registratie GROUP BY score
ORDER BY score NULLS LAST;

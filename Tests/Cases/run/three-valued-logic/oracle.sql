CREATE TEMP VIEW logica AS
SELECT ind_int(id, []) AS id,
       ind_int(a, []) AS a,
       ind_int(b, []) AS b,
       ind_level(c, ['x', 'y', 'z'], []) AS c
FROM read_csv('logica.csv', header = true, all_varchar = true,
              delim = ',', quote = '"', escape = '"');

-- indicator: f_and
SELECT 'f_and' AS indicator, NULL AS breakdown, NULL AS breakdown_value,
       count(*) AS value, NULL AS numerator, NULL AS denominator, count(*) AS n,
       NULL AS suppressed, NULL AS target, NULL AS target_met, NULL AS note
FROM logica WHERE a > 1 AND b > 1;

-- indicator: f_or
SELECT 'f_or' AS indicator, NULL AS breakdown, NULL AS breakdown_value,
       count(*) AS value, NULL AS numerator, NULL AS denominator, count(*) AS n,
       NULL AS suppressed, NULL AS target, NULL AS target_met, NULL AS note
FROM logica WHERE a > 1 OR b > 1;

-- indicator: f_not
SELECT 'f_not' AS indicator, NULL AS breakdown, NULL AS breakdown_value,
       count(*) AS value, NULL AS numerator, NULL AS denominator, count(*) AS n,
       NULL AS suppressed, NULL AS target, NULL AS target_met, NULL AS note
FROM logica WHERE NOT (a > 1);

-- indicator: f_not_or
SELECT 'f_not_or' AS indicator, NULL AS breakdown, NULL AS breakdown_value,
       count(*) AS value, NULL AS numerator, NULL AS denominator, count(*) AS n,
       NULL AS suppressed, NULL AS target, NULL AS target_met, NULL AS note
FROM logica WHERE NOT (a > 1 OR b > 1);

-- indicator: f_false_and_missing
SELECT 'f_false_and_missing' AS indicator, NULL AS breakdown, NULL AS breakdown_value,
       count(*) AS value, NULL AS numerator, NULL AS denominator, count(*) AS n,
       NULL AS suppressed, NULL AS target, NULL AS target_met, NULL AS note
FROM logica WHERE NOT (a > 100 AND b > 1);

-- indicator: f_true_or_missing
SELECT 'f_true_or_missing' AS indicator, NULL AS breakdown, NULL AS breakdown_value,
       count(*) AS value, NULL AS numerator, NULL AS denominator, count(*) AS n,
       NULL AS suppressed, NULL AS target, NULL AS target_met, NULL AS note
FROM logica WHERE a < 100 OR b > 1;

-- indicator: f_in
SELECT 'f_in' AS indicator, c, NULL AS breakdown, NULL AS breakdown_value,
       count(*) AS value, NULL AS numerator, NULL AS denominator, count(*) AS n,
       NULL AS suppressed, NULL AS target, NULL AS target_met, NULL AS note
FROM logica WHERE c IN ('x', 'y')
GROUP BY c ORDER BY ind_pos(c, ['x', 'y', 'z']);

-- indicator: f_not_in
SELECT 'f_not_in' AS indicator, c, NULL AS breakdown, NULL AS breakdown_value,
       count(*) AS value, NULL AS numerator, NULL AS denominator, count(*) AS n,
       NULL AS suppressed, NULL AS target, NULL AS target_met, NULL AS note
FROM logica WHERE c NOT IN ('x')
GROUP BY c ORDER BY ind_pos(c, ['x', 'y', 'z']);

-- indicator: f_not_equal
SELECT 'f_not_equal' AS indicator, c, NULL AS breakdown, NULL AS breakdown_value,
       count(*) AS value, NULL AS numerator, NULL AS denominator, count(*) AS n,
       NULL AS suppressed, NULL AS target, NULL AS target_met, NULL AS note
FROM logica WHERE c != 'z'
GROUP BY c ORDER BY ind_pos(c, ['x', 'y', 'z']);

-- indicator: f_between
SELECT 'f_between' AS indicator, NULL AS breakdown, NULL AS breakdown_value,
       count(*) AS value, NULL AS numerator, NULL AS denominator, count(*) AS n,
       NULL AS suppressed, NULL AS target, NULL AS target_met, NULL AS note
FROM logica WHERE a BETWEEN 2 AND 4;

-- indicator: f_is_missing
SELECT 'f_is_missing' AS indicator, NULL AS breakdown, NULL AS breakdown_value,
       count(*) AS value, NULL AS numerator, NULL AS denominator, count(*) AS n,
       NULL AS suppressed, NULL AS target, NULL AS target_met, NULL AS note
FROM logica WHERE a IS NULL;

-- indicator: f_is_not_missing_or
SELECT 'f_is_not_missing_or' AS indicator, NULL AS breakdown, NULL AS breakdown_value,
       count(*) AS value, NULL AS numerator, NULL AS denominator, count(*) AS n,
       NULL AS suppressed, NULL AS target, NULL AS target_met, NULL AS note
FROM logica WHERE b IS NOT NULL OR c = 'z';

-- indicator: f_two_filters
SELECT 'f_two_filters' AS indicator, NULL AS breakdown, NULL AS breakdown_value,
       count(*) AS value, NULL AS numerator, NULL AS denominator, count(*) AS n,
       NULL AS suppressed, NULL AS target, NULL AS target_met, NULL AS note
FROM logica WHERE (a >= 1) AND (c != 'z');

-- indicator: f_arithmetic
SELECT 'f_arithmetic' AS indicator, NULL AS breakdown, NULL AS breakdown_value,
       count(*) AS value, NULL AS numerator, NULL AS denominator, count(*) AS n,
       NULL AS suppressed, NULL AS target, NULL AS target_met, NULL AS note
FROM logica WHERE a + b > 4;

-- indicator: f_division
SELECT 'f_division' AS indicator, NULL AS breakdown, NULL AS breakdown_value,
       count(*) AS value, NULL AS numerator, NULL AS denominator, count(*) AS n,
       NULL AS suppressed, NULL AS target, NULL AS target_met, NULL AS note
FROM logica WHERE ind_div(a::DOUBLE, b) >= 1;

-- indicator: f_where
SELECT 'f_where' AS indicator, c, NULL AS breakdown, NULL AS breakdown_value,
       count(*) FILTER (WHERE NOT (b > 1)) AS value, NULL AS numerator, NULL AS denominator,
       count(*) FILTER (WHERE NOT (b > 1)) AS n,
       NULL AS suppressed, NULL AS target, NULL AS target_met, NULL AS note
FROM logica
GROUP BY c ORDER BY ind_pos(c, ['x', 'y', 'z']);

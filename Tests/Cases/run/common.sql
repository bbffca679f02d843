-- Macros shared by every case's oracle.sql; oracle.py runs this file first
-- on each case's fresh DuckDB connection. They spell out the reading and
-- result rules of LANGUAGE.md in SQL, independently of indc's sources.

-- boolean column: true/false, 1/0, ja/nee, yes/no in any case; empty = missing
CREATE TEMP MACRO ind_bool(x) AS
  CASE WHEN x IS NULL THEN NULL
       WHEN lower(x) IN ('true', '1', 'ja', 'yes') THEN true
       WHEN lower(x) IN ('false', '0', 'nee', 'no') THEN false
       ELSE error('not a boolean: ' || x) END;

-- category column: a level, a missing code (-> NULL) or empty (-> NULL)
CREATE TEMP MACRO ind_level(x, levels, codes) AS
  CASE WHEN x IS NULL OR list_contains(codes, x) THEN NULL
       WHEN list_contains(levels, x) THEN x
       ELSE error('not a level: ' || x) END;

-- text column with missing codes
CREATE TEMP MACRO ind_text(x, codes) AS
  CASE WHEN x IS NULL OR list_contains(codes, x) THEN NULL ELSE x END;

-- integer / number columns with numeric missing codes
CREATE TEMP MACRO ind_int(x, codes) AS
  CASE WHEN x IS NULL OR list_contains(codes, CAST(x AS BIGINT)) THEN NULL
       ELSE CAST(x AS BIGINT) END;
CREATE TEMP MACRO ind_num(x, codes) AS
  CASE WHEN x IS NULL OR list_contains(codes, CAST(x AS DOUBLE)) THEN NULL
       ELSE CAST(x AS DOUBLE) END;
-- number column of a file with decimal ","
CREATE TEMP MACRO ind_num_comma(x, codes) AS
  ind_num(replace(x, ',', '.'), codes);
CREATE TEMP MACRO ind_date(x) AS
  CASE WHEN x IS NULL THEN NULL
       WHEN NOT regexp_full_match(x, '[0-9]{4}-[0-9]{2}-[0-9]{2}') THEN error('not a date: ' || x)
       ELSE CAST(x AS DATE) END;

-- round(x, d): half away from zero
CREATE TEMP MACRO ind_round(x, d) AS
  sign(x) * floor(abs(x) * pow(10, d) + 0.5) / pow(10, d);

-- row-level and measure-level division: zero or missing divisor -> missing
CREATE TEMP MACRO ind_div(a, b) AS
  CASE WHEN b IS NULL OR b = 0 THEN NULL ELSE a / b END;

-- suppression: a cell with n < minimum shows none of value, numerator,
-- denominator, n, and only 'withheld' (published files never say why)
CREATE TEMP MACRO ind_keep(n, minimum, v) AS
  CASE WHEN n < minimum THEN NULL ELSE v END;
CREATE TEMP MACRO ind_reason(n, minimum) AS
  CASE WHEN n < minimum THEN 'withheld' END;

-- sort key of a category value: its position among the declared levels,
-- missing last
CREATE TEMP MACRO ind_pos(x, levels) AS
  coalesce(list_position(levels, x), 1000000);

-- the note of an estimate on a survey sample (a dataset with `weight` or
-- `sample`) whose interval cannot be computed: a share of 0 or 1, or fewer
-- than 1 degree of freedom (n - 1 < 1 for a sample without strata)
CREATE TEMP MACRO ind_sample_note(n, minimum) AS
  CASE WHEN n >= minimum AND n < 2 THEN 'no interval: fewer than 1 degree of freedom' END;
CREATE TEMP MACRO ind_share_note(p, n, minimum) AS
  CASE WHEN n < minimum THEN NULL
       WHEN p = 0 THEN 'no interval: the share is 0%'
       WHEN p = 1 THEN 'no interval: the share is 100%'
       ELSE ind_sample_note(n, minimum) END;

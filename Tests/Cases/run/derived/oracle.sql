CREATE TEMP VIEW personen AS
WITH typed AS (
  SELECT ind_int(id, []) AS id,
         ind_int(leeftijd, []) AS leeftijd,
         ind_text(opleiding_detail, []) AS opleiding_detail,
         ind_date(meetdatum) AS meetdatum,
         ind_num(score, []) AS score,
         ind_level(status, ['actief', 'inactief'], ['?']) AS status,
         ind_text(woonplaats, []) AS woonplaats
  FROM read_csv('personen.csv', header = true, all_varchar = true,
                delim = ',', quote = '"', escape = '"'))
SELECT *,
       CASE WHEN leeftijd >= 65 THEN '65+'
            WHEN leeftijd >= 40 THEN '40-64'
            WHEN leeftijd >= 18 THEN '18-39' END AS leeftijdsgroep,
       CASE opleiding_detail WHEN 'vmbo' THEN 'I' WHEN 'havo' THEN 'II' WHEN 'vwo' THEN 'II'
            WHEN 'hbo' THEN 'III' WHEN 'wo' THEN 'III' END AS opleiding,
       -- if(cond, a, b): a missing condition gives missing
       CASE WHEN status = 'actief' THEN 'ja'
            WHEN NOT (status = 'actief') THEN 'nee' END AS actief_label,
       year(meetdatum) AS meetjaar,
       quarter(meetdatum) AS meetkwartaal,
       month(meetdatum) AS meetmaand,
       lower(woonplaats) AS plaats,
       ind_round(score, 0) AS score_heel,
       ind_round(score, 1) AS score_1,
       abs(score - 5) AS afstand
FROM typed;

-- indicator: per_leeftijdsgroep
SELECT 'per_leeftijdsgroep' AS indicator, leeftijdsgroep, NULL AS breakdown, NULL AS breakdown_value,
       count(*) AS value, NULL AS numerator, NULL AS denominator, count(*) AS n,
       NULL AS suppressed, NULL AS target, NULL AS target_met, NULL AS note
FROM personen GROUP BY 2 ORDER BY ind_pos(leeftijdsgroep, ['18-39', '40-64', '65+']);

-- indicator: per_opleiding
SELECT 'per_opleiding' AS indicator, opleiding, NULL AS breakdown, NULL AS breakdown_value,
       count(*) AS value, NULL AS numerator, NULL AS denominator, count(*) AS n,
       NULL AS suppressed, NULL AS target, NULL AS target_met, NULL AS note
FROM personen GROUP BY 2 ORDER BY ind_pos(opleiding, ['I', 'II', 'III']);

-- indicator: per_actief_label
SELECT 'per_actief_label' AS indicator, actief_label, NULL AS breakdown, NULL AS breakdown_value,
       count(*) AS value, NULL AS numerator, NULL AS denominator, count(*) AS n,
       NULL AS suppressed, NULL AS target, NULL AS target_met, NULL AS note
FROM personen GROUP BY 2 ORDER BY encode(actief_label) NULLS LAST;

-- indicator: per_kwartaal
SELECT 'per_kwartaal' AS indicator, meetjaar, meetkwartaal, NULL AS breakdown, NULL AS breakdown_value,
       count(*) AS value, NULL AS numerator, NULL AS denominator, count(*) AS n,
       NULL AS suppressed, NULL AS target, NULL AS target_met, NULL AS note
FROM personen GROUP BY 2, 3 ORDER BY meetjaar NULLS LAST, meetkwartaal NULLS LAST;

-- indicator: per_maand
SELECT 'per_maand' AS indicator, meetmaand, NULL AS breakdown, NULL AS breakdown_value,
       count(*) AS value, NULL AS numerator, NULL AS denominator, count(*) AS n,
       NULL AS suppressed, NULL AS target, NULL AS target_met, NULL AS note
FROM personen GROUP BY 2 ORDER BY meetmaand NULLS LAST;

-- indicator: per_plaats
SELECT 'per_plaats' AS indicator, plaats, NULL AS breakdown, NULL AS breakdown_value,
       count(*) AS value, NULL AS numerator, NULL AS denominator, count(*) AS n,
       NULL AS suppressed, NULL AS target, NULL AS target_met, NULL AS note
FROM personen GROUP BY 2 ORDER BY encode(plaats) NULLS LAST;

-- indicator: per_score_heel
SELECT 'per_score_heel' AS indicator, score_heel, NULL AS breakdown, NULL AS breakdown_value,
       count(*) AS value, NULL AS numerator, NULL AS denominator, count(*) AS n,
       NULL AS suppressed, NULL AS target, NULL AS target_met, NULL AS note
FROM personen GROUP BY 2 ORDER BY score_heel NULLS LAST;

-- indicator: per_score_1
SELECT 'per_score_1' AS indicator, score_1, NULL AS breakdown, NULL AS breakdown_value,
       count(*) AS value, NULL AS numerator, NULL AS denominator, count(*) AS n,
       NULL AS suppressed, NULL AS target, NULL AS target_met, NULL AS note
FROM personen GROUP BY 2 ORDER BY score_1 NULLS LAST;

-- indicator: afstand_gemiddeld
SELECT 'afstand_gemiddeld' AS indicator, NULL AS breakdown, NULL AS breakdown_value,
       avg(afstand) AS value, NULL AS numerator, NULL AS denominator, count(afstand) AS n,
       NULL AS suppressed, NULL AS target, NULL AS target_met, NULL AS note
FROM personen;

#!/usr/bin/env python3
"""Generate the synthetic example data for the indicators in Indicators/*.ind.

Writes one CSV file per dataset declared in Indicators/datasets.ind into the folder
of this script.  Every file follows its declaration there: the declared delimiter,
decimal mark and encoding, a header row with the declared column names, category
values that are declared levels or missing codes, integers in integer columns, ISO
dates, booleans as ja/nee or true/false, RFC 4180 quoting only where a field needs it
and "\\n" line ends.

The data are synthetic.  They are shaped after the real sources described in seed 001
(RIVM, IZA-deelmonitor 'Naar meer hybride zorg', 1-meting) and seed 002 (Monitor
Digitale Zorg 2025): panel surveys 2021-2025 with weights, "weet niet" answers and
empty fields, 99 codes in 0-10 scores; Vektis claims; BeterDichtbij logs; AZW surveys;
NVZ hospital returns; and the Nivel GP practice survey, whose 2022 and 2023
telemonitoring frequencies reproduce seed 001 Tabel 1 exactly (asserted below).

Python 3 standard library only.  Deterministic: every dataset draws from its own
random.Random seeded with a fixed string, nothing depends on dict/set ordering or the
clock, so running the script twice gives byte-identical files.

    python3 Indicators/data/generate.py
"""

import csv
import math
import os
import random
import sys
from decimal import ROUND_HALF_UP, Decimal

DATA_DIR = os.path.dirname(os.path.abspath(__file__))
SEED = "indc-voorbeelddata-v1"
MDZ_YEARS = [2021, 2022, 2023, 2024, 2025]          # Monitor Digitale Zorg
PROCESS_YEARS = [2023, 2024, 2025]                  # zorgprocessen modules


# ------------------------------------------------------------------------------------
# Helpers
# ------------------------------------------------------------------------------------

def rng(name):
    """An independent, reproducible random stream per dataset (string seeds are hashed
    with SHA-512 by random.seed, independent of PYTHONHASHSEED)."""
    return random.Random(f"{SEED}/{name}")


def logit(p):
    return math.log(p / (1.0 - p))


def expit(x):
    return 1.0 / (1.0 + math.exp(-x))


def pick(r, items, weights):
    return r.choices(items, weights=weights, k=1)[0]


def calibrate(effects, target, weights=None):
    """Probabilities expit(a + e_i) whose (weighted) mean is `target`: solve the
    intercept a by bisection, so that the marginal share matches the published level
    while the differences by education, age, ... come from the effects e_i."""
    if weights is None:
        weights = [1.0] * len(effects)
    total = sum(weights)
    lo, hi = -15.0, 15.0
    for _ in range(60):
        mid = (lo + hi) / 2
        mean = sum(w * expit(mid + e) for w, e in zip(weights, effects)) / total
        if mean < target:
            lo = mid
        else:
            hi = mid
    a = (lo + hi) / 2
    return [expit(a + e) for e in effects]


def systematic(r, n, cells, probs):
    """n draws from a distribution by systematic sampling: every cell gets its expected
    count up to rounding, so small cells keep their intended proportions."""
    total = sum(probs)
    cum, acc = [], 0.0
    for p in probs:
        acc += p / total
        cum.append(acc)
    start = r.random()
    out, j = [], 0
    for i in range(n):
        u = (start + i) / n
        while j < len(cells) - 1 and u > cum[j]:
            j += 1
        out.append(cells[j])
    r.shuffle(out)
    return out


def stratified(r, n):
    """n uniforms in random order, one in each interval [k/n, (k+1)/n): answers drawn
    with them scatter less around the intended share than independent draws would
    (a balanced sample), while who answers what stays random."""
    slots = list(range(n))
    r.shuffle(slots)
    return [(k + r.random()) / n for k in slots]


def yes_no(r, p, dont_know=0.015, blank=0.008, u=None):
    v = r.random()
    if v < dont_know:
        return "weet niet"
    if v < dont_know + blank:
        return ""
    return "ja" if (r.random() if u is None else u) < p else "nee"


def checkbox(r, p, blank=0.02, u=None):
    if r.random() < blank:
        return ""
    return "ja" if (r.random() if u is None else u) < p else "nee"


def score(r, mean, sd=1.7, code99=0.05, blank=0.01):
    """A 0-10 answer; 99 = weet niet / niet van toepassing; empty = item skipped."""
    u = r.random()
    if u < code99:
        return "99"
    if u < code99 + blank:
        return ""
    return str(min(10, max(0, int(math.floor(r.gauss(mean, sd) + 0.5)))))


AGREE = ["helemaal oneens", "oneens", "neutraal", "eens", "helemaal eens"]


def likert(r, p_agree, p_neutral=0.26, strong=0.28, dont_know=0.04, blank=0.008, u=None):
    w = r.random()
    if w < dont_know:
        return "weet niet"
    if w < dont_know + blank:
        return ""
    v = r.random() if u is None else u
    if v < p_agree:
        return "helemaal eens" if r.random() < strong else "eens"
    if v < p_agree + p_neutral:
        return "neutraal"
    return "helemaal oneens" if r.random() < strong * 0.8 else "oneens"


def band(age, cuts):
    """The label that indc's bands(age, cuts...) gives, or None below the first cut."""
    if age is None or age < cuts[0]:
        return None
    for lo, hi in zip(cuts, cuts[1:]):
        if age < hi:
            return f"{lo}-{hi - 1}"
    return f"{cuts[-1]}+"


def fmt_weight(w):
    return f"{w:.3f}"


def normalise_weights(rows, key, field="gewicht"):
    """Scale raw weights so that they average exactly 1 within each group `key`."""
    groups = {}
    for row in rows:
        groups.setdefault(key(row), []).append(row)
    for k in sorted(groups):
        members = groups[k]
        mean = sum(m[field] for m in members) / len(members)
        for m in members:
            m[field] = m[field] / mean


def write_csv(name, header, rows, delimiter=",", encoding="utf-8"):
    path = os.path.join(DATA_DIR, name + ".csv")
    with open(path, "w", encoding=encoding, errors="strict", newline="") as f:
        w = csv.writer(f, delimiter=delimiter, quotechar='"', quoting=csv.QUOTE_MINIMAL,
                       lineterminator="\n")
        w.writerow(header)
        for row in rows:
            w.writerow(["" if row.get(c) is None else str(row.get(c)) for c in header])
    return path


def pct_half_up(count, n):
    """count/n as a whole percentage, rounded half up (as published tables do)."""
    return int((Decimal(count) * 100 / Decimal(n)).quantize(Decimal(1), rounding=ROUND_HALF_UP))


# ------------------------------------------------------------------------------------
# Monitor Digitale Zorg: zorgverleners
# ------------------------------------------------------------------------------------

BEROEPEN = ["huisarts", "medisch specialist", "sociaal geneeskundige", "verpleegkundige"]
HA, MS, SG, VP = BEROEPEN

# Respondents per year (sociaal geneeskundigen only from 2023).
ZV_SIZES = {
    HA: {2021: 235, 2022: 225, 2023: 245, 2024: 240, 2025: 230},
    MS: {2021: 258, 2022: 250, 2023: 268, 2024: 262, 2025: 255},
    SG: {2023: 140, 2024: 150, 2025: 145},
    VP: {2021: 440, 2022: 430, 2023: 455, 2024: 450, 2025: 440},
}

VP_SECTORS = ["huisartsenzorg", "ziekenhuiszorg", "ouderenzorg", "ggz", "gehandicaptenzorg", "overig", "onbekend"]
VP_SECTOR_P = [0.105, 0.245, 0.29, 0.11, 0.12, 0.10, 0.03]

# Share "ja" per beroep for 2021..2025 (seed 001 Figuur 4, seed 002 figuur 2).
ZV_USE = {
    "portaal_inzet": {HA: [80, 83, 85, 88, 89], MS: [70, 74, 78, 83, 85], SG: [35, 38, 40], VP: [40, 44, 48, 53, 56]},
    "telemonitoring_inzet": {HA: [18, 22, 26, 30, 31], MS: [20, 23, 26, 29, 30], SG: [6, 7, 7], VP: [22, 25, 28, 31, 33]},
    "schriftelijk_inzet": {HA: [93, 94, 94, 95, 95], MS: [62, 66, 70, 74, 76], SG: [45, 48, 50], VP: [30, 36, 43, 52, 58]},
    "beeldbellen_inzet": {HA: [55, 40, 32, 26, 29], MS: [72, 58, 48, 40, 45], SG: [40, 34, 38], VP: [32, 30, 29, 29, 31]},
}
ZV_VAARDIG = {HA: [84, 85, 87, 85, 84], MS: [83, 84, 86, 84, 83], SG: [81, 80, 79], VP: [78, 80, 82, 80, 79]}
ZV_HERONTWERP = {   # 2023, 2024, 2025 (seed 001 Figuur 15)
    "herontwerp_gesprekken": {HA: [40, 48, 52], MS: [50, 58, 62], SG: [35, 40, 43], VP: [42, 45, 47]},
    "herontwerp_pilot": {HA: [18, 24, 28], MS: [30, 36, 40], SG: [12, 15, 18], VP: [25, 27, 28]},
    "herontwerp_opgeschaald": {HA: [10, 14, 17], MS: [14, 19, 23], SG: [6, 8, 10], VP: [12, 13, 14]},
}
ZV_SAMEN = {HA: [61, 62, 65, 66], MS: [52, 53, 55, 57], SG: [48, 50, 51], VP: [41, 42, 44, 46]}   # 2022-2025 (seed 000: 44-65% in 2024)

# Mean 0-10 scores: (base, per-beroep shift).  Huisartsen a little less positive,
# verpleegkundigen the most positive (seed 002 figuur 5, seed 001 Figuur 9-12).
BEROEP_SHIFT = {HA: -0.35, MS: 0.0, SG: 0.1, VP: 0.4}
IMPACT_BASE = {"impact_regie": 6.3, "impact_toegankelijkheid": 6.45, "impact_kwaliteit": 5.9,
               "impact_werkdruk": 5.0, "impact_werkplezier": 5.3, "impact_kosten": 5.15}
WERK_BASE = {"werkdruk_portaal": 5.5, "werkdruk_telemonitoring": 5.7, "werkdruk_communicatie": 5.6,
             "werkplezier_portaal": 5.8, "werkplezier_telemonitoring": 6.0, "werkplezier_communicatie": 5.9}
VP_ONLY_BASE = {"werkdruk_zorgrobots": (6.3, 0.22), "werkdruk_toezicht": (6.6, 0.12), "werkdruk_medicatie": (6.8, 0.08),
                "werkplezier_zorgrobots": (6.4, 0.22), "werkplezier_toezicht": (6.5, 0.12), "werkplezier_medicatie": (6.7, 0.08)}
SECTOR_SHIFT = {"ouderenzorg": 0.3, "gehandicaptenzorg": 0.2, "ziekenhuiszorg": -0.25, "ggz": -0.2,
                "huisartsenzorg": 0.0, "overig": 0.0, "onbekend": 0.0}
RAPPORT_IMPACT = {2021: 5.9, 2022: 6.0, 2023: 6.0, 2024: 6.1, 2025: 6.2}        # seed 000: 6,1 in 2024
TOEGANKELIJK = {HA: [6.5, 6.5, 6.6, 6.8, 6.9], MS: [6.2, 6.2, 6.2, 6.25, 6.3], SG: [6.0, 6.0, 6.1], VP: [6.3, 6.3, 6.4, None, 6.5]}

ZV_AGE_USE = {"20-39": 0.45, "40-54": 0.0, "55+": -0.4, None: 0.0}
ZV_AGE_SCORE = {"20-39": 0.3, "40-54": 0.0, "55+": -0.3, None: 0.0}


def zv_age(r, beroep):
    if beroep == VP:
        if r.random() < 0.006:
            return r.choice([18, 19])          # a few student nurses: no bands group
        return r.randint(21, 66)
    if beroep == HA:
        return min(70, max(29, int(r.gauss(48, 10))))
    if beroep == MS:
        return min(70, max(31, int(r.gauss(48, 9))))
    return min(68, max(29, int(r.gauss(46, 10))))


def zv_sector(r, beroep):
    if beroep == HA:
        return "huisartsenzorg" if r.random() > 0.01 else "onbekend"
    if beroep == MS:
        return pick(r, ["ziekenhuiszorg", "ggz", "overig", "onbekend"], [0.88, 0.06, 0.04, 0.02])
    if beroep == SG:
        return pick(r, ["overig", "ggz", "ouderenzorg", "onbekend"], [0.8, 0.08, 0.08, 0.04])
    return pick(r, VP_SECTORS, VP_SECTOR_P)


def gen_zorgverleners():
    r = rng("zorgverleners")
    rows = []
    next_id = 100001
    pool = {b: [] for b in BEROEPEN}          # panel members, who may answer again next year
    for year in MDZ_YEARS:
        for beroep in BEROEPEN:
            n = ZV_SIZES[beroep].get(year)
            if not n:
                continue
            returning = [p for p in pool[beroep] if r.random() < 0.5][: int(n * 0.55)]
            people = []
            for p in returning:
                p["leeftijd"] = p["leeftijd"] + 1 if p["leeftijd"] is not None else None
                people.append(p)
            while len(people) < n:
                p = {"respondent_id": next_id, "beroep": beroep, "leeftijd": zv_age(r, beroep),
                     "sector": zv_sector(r, beroep)}
                if beroep == VP and r.random() < 0.01:
                    p["leeftijd"] = None           # self-reported age not given (KNMG ages come from the register)
                next_id += 1
                people.append(p)
            pool[beroep] = people
            for p in people:
                agegroup = band(p["leeftijd"], [20, 40, 55])
                factor = {"20-39": 1.06, "40-54": 0.98, "55+": 0.97, None: 1.0}[agegroup]
                rows.append({"respondent_id": p["respondent_id"], "jaar": year, "beroep": beroep,
                             "sector": p["sector"], "leeftijd": p["leeftijd"], "_age": agegroup,
                             "gewicht": factor * r.uniform(0.96, 1.04),
                             "panel": "Nivel V&V" if beroep == VP else "KNMG"})
    normalise_weights(rows, lambda x: (x["jaar"], x["beroep"]))

    def year_index(beroep, year):
        return year - (2023 if beroep == SG else 2021)

    by_cell = {}
    for row in rows:
        by_cell.setdefault((row["jaar"], row["beroep"]), []).append(row)
    for (year, beroep) in sorted(by_cell):
        cell = by_cell[(year, beroep)]
        yi = year_index(beroep, year)
        # Use of applications: calibrated to the published level, younger more often.
        for item, table in sorted(ZV_USE.items()):
            probs = calibrate([ZV_AGE_USE[x["_age"]] for x in cell], table[beroep][yi] / 100)
            for x, p, u in zip(cell, probs, stratified(r, len(cell))):
                x[item] = yes_no(r, p, dont_know=0.012, blank=0.006, u=u)
        probs = calibrate([{"20-39": 0.6, "40-54": 0.0, "55+": -0.6, None: 0.0}[x["_age"]] for x in cell],
                          ZV_VAARDIG[beroep][yi] / 100)
        for x, p, u in zip(cell, probs, stratified(r, len(cell))):
            p_neutral = (1 - p) * 0.6
            x["stelling_digitaal_vaardig"] = likert(r, p, p_neutral=p_neutral, strong=0.35, dont_know=0.01, u=u)
        for x in cell:
            age_shift = ZV_AGE_SCORE[x["_age"]]
            shift = BEROEP_SHIFT[beroep] + age_shift
            trend = 0.08 * max(0, year - 2023)
            for item, base in sorted(WERK_BASE.items()):
                x[item] = score(r, base + shift * 0.8 + trend, code99=0.06)
            for item, base in sorted(IMPACT_BASE.items()):
                x[item] = score(r, base + shift + 0.03 * (year - 2021), code99=0.05)
            if year in RAPPORT_IMPACT:
                x["rapportcijfer_impact"] = score(r, RAPPORT_IMPACT[year] + shift * 0.8, sd=1.5, code99=0.03)
            t = TOEGANKELIJK[beroep][yi]
            if t is not None:                      # not asked of nurses in 2024
                x["toegankelijkheid_communicatie"] = score(r, t + age_shift, code99=0.05)
            if beroep == VP:
                for item, (base, c99) in sorted(VP_ONLY_BASE.items()):
                    if item.startswith("werkplezier") and year == 2021:
                        continue                   # werkplezier items not asked in 2021
                    x[item] = score(r, base + SECTOR_SHIFT[x["sector"]] + age_shift * 0.5, code99=c99)
        if year >= 2023:
            for item, table in sorted(ZV_HERONTWERP.items()):
                p = table[beroep][year - 2023] / 100
                for x, u in zip(cell, stratified(r, len(cell))):
                    x[item] = checkbox(r, p, u=u)
        if year >= 2022:
            probs = calibrate([0.0 for _ in cell], ZV_SAMEN[beroep][yi - (0 if beroep == SG else 1)] / 100)
            for x, p, u in zip(cell, probs, stratified(r, len(cell))):
                x["samen_beslissen"] = yes_no(r, p, dont_know=0.06, u=u)
    rows.sort(key=lambda x: (x["jaar"], x["respondent_id"]))
    for x in rows:
        x["gewicht"] = fmt_weight(x["gewicht"])
    header = ["respondent_id", "jaar", "panel", "beroep", "sector", "leeftijd", "gewicht",
              "portaal_inzet", "telemonitoring_inzet", "schriftelijk_inzet", "beeldbellen_inzet",
              "werkdruk_portaal", "werkdruk_telemonitoring", "werkdruk_communicatie",
              "werkplezier_portaal", "werkplezier_telemonitoring", "werkplezier_communicatie",
              "werkdruk_zorgrobots", "werkdruk_toezicht", "werkdruk_medicatie",
              "werkplezier_zorgrobots", "werkplezier_toezicht", "werkplezier_medicatie",
              "toegankelijkheid_communicatie",
              "impact_regie", "impact_toegankelijkheid", "impact_kwaliteit", "impact_werkdruk",
              "impact_werkplezier", "impact_kosten", "rapportcijfer_impact",
              "herontwerp_gesprekken", "herontwerp_pilot", "herontwerp_opgeschaald",
              "stelling_digitaal_vaardig", "samen_beslissen"]
    write_csv("zorgverleners", header, rows)
    return rows


# ------------------------------------------------------------------------------------
# Monitor Digitale Zorg: zorggebruikers
# ------------------------------------------------------------------------------------

AB, CZ = "algemene bevolking", "chronisch zieken"
ZG_SIZES = {AB: {2021: 585, 2022: 575, 2023: 590, 2024: 580, 2025: 575},
            CZ: {2021: 460, 2022: 555, 2023: 565, 2024: 560, 2025: 555}}

EDU_DETAIL = ["geen opleiding", "basisonderwijs", "vmbo", "havo", "vwo", "mbo", "hbo", "wo",
              "", "anders", "anders, namelijk: lbo/huishoudschool", "wil ik niet zeggen"]
EDU_P = {AB: [0.01, 0.04, 0.20, 0.07, 0.05, 0.27, 0.22, 0.115, 0.012, 0.008, 0.004, 0.004],
         CZ: [0.02, 0.07, 0.26, 0.06, 0.04, 0.27, 0.17, 0.075, 0.015, 0.008, 0.006, 0.004]}
EDU_CAT = {"geen opleiding": "I", "basisonderwijs": "I", "vmbo": "I", "havo": "II", "vwo": "II", "mbo": "II",
           "hbo": "III", "wo": "III"}

ZG_USE = {   # share "ja" 2021..2025 (seed 002 figuur 1, seed 001 Figuur 5, 24)
    "portaal_gebruik": {AB: [35, 38, 41, 48, 53], CZ: [45, 48, 51, 58, 62]},
    "schriftelijk_gebruik": {AB: [28, 31, 33, 38, 41], CZ: [36, 39, 42, 48, 52]},
    "beeldbellen_gebruik": {AB: [14, 10, 8, 8, 9], CZ: [18, 13, 11, 10, 11]},
    "apps_informatie": {AB: [63, 64, 66, 68, 70], CZ: [58, 59, 61, 63, 65]},
    "zelf_meten": {AB: [29, 30, 31, 32, 33], CZ: [48, 49, 50, 51, 52]},
}
ZG_ZELFSTANDIG = {"zelfstandig_apps": {AB: [82, 83, 84, 85, 86], CZ: [72, 73, 74, 76, 77]},
                  "zelfstandig_computer": {AB: [85, 85, 86, 86, 87], CZ: [76, 77, 77, 78, 79]}}
ZG_STELLING = {  # share (helemaal) eens 2021..2025 (seed 002 figuur 6, seed 001 Figuur 19)
    "stelling_makkelijker_contact": ({AB: [50, 50, 51, 54, 55], CZ: [47, 47, 48, 51, 52]}, 1),
    "stelling_zorg_vanuit_huis": ({AB: [49, 49, 50, 50, 51], CZ: [44, 44, 43, 40, 39]}, 1),
    "stelling_kwaliteit": ({AB: [40, 40, 41, 45, 46], CZ: [37, 37, 38, 42, 43]}, 1),
    "stelling_privacy": ({AB: [42, 41, 40, 40, 39], CZ: [44, 43, 42, 42, 41]}, -1),
    "stelling_minder_persoonlijk": ({AB: [55, 55, 54, 53, 53], CZ: [58, 58, 57, 56, 55]}, -1),
}
ZG_NEGATIEF = {AB: [18, 17, 16, 16, 15], CZ: [20, 19, 18, 18, 17]}       # seed 000: 17% in 2023/2024
ZG_RAPPORT = {AB: [6.6, 6.6, 6.6, 6.8, 6.9], CZ: [6.4, 6.4, 6.4, 6.6, 6.7]}
ZG_SAMEN = {AB: [16, 16, 17, 18], CZ: [19, 20, 21, 22]}                    # 2022-2025; seed 000: 17-21% in 2024

EDU_USE = {"I": -0.55, "II": 0.0, "III": 0.45, None: 0.0}
AGE_USE = {"18-39": 0.45, "40-64": 0.05, "65+": -0.6, None: 0.0}


def zg_age(r, panel):
    if panel == AB:
        g = pick(r, ["jong", "18-39", "40-64", "65+"], [0.006, 0.23, 0.42, 0.344])
    else:
        g = pick(r, ["18-39", "40-64", "65+"], [0.135, 0.395, 0.47])
    if g == "jong":
        return r.choice([16, 17])
    if g == "18-39":
        return r.randint(18, 39)
    if g == "40-64":
        return r.randint(40, 64)
    return min(96, 65 + int(r.expovariate(1 / 9.0)))


def gen_zorggebruikers():
    r = rng("zorggebruikers")
    rows = []
    next_id = 500001
    pool = {AB: [], CZ: []}
    for year in MDZ_YEARS:
        for panel in (AB, CZ):
            n = ZG_SIZES[panel][year]
            people = [p for p in pool[panel] if r.random() < 0.62][: int(n * 0.6)]
            for p in people:
                p["leeftijd"] += 1
            while len(people) < n:
                people.append({"respondent_id": next_id, "panel": panel, "leeftijd": zg_age(r, panel),
                               "opleiding_detail": pick(r, EDU_DETAIL, EDU_P[panel])})
                next_id += 1
            pool[panel] = people
            for p in people:
                age = p["leeftijd"]
                if panel == CZ and year == 2021 and r.random() < 0.9:
                    age = None                     # 2021: age not linked for most of the chronic panel
                agegroup = band(age, [18, 40, 65])
                edu = EDU_CAT.get(p["opleiding_detail"])
                factor = {"I": 1.07, "II": 1.0, "III": 0.93, None: 1.0}[edu] * \
                    {"18-39": 1.06, "40-64": 1.0, "65+": 0.95, None: 1.0}[agegroup]
                rows.append({"respondent_id": p["respondent_id"], "jaar": year, "panel": panel,
                             "opleiding_detail": p["opleiding_detail"], "leeftijd": age,
                             "_age": agegroup, "_edu": edu, "gewicht": factor * r.uniform(0.97, 1.03)})
    normalise_weights(rows, lambda x: (x["jaar"], x["panel"]))

    by_cell = {}
    for row in rows:
        by_cell.setdefault((row["jaar"], row["panel"]), []).append(row)
    for (year, panel) in sorted(by_cell):
        cell = by_cell[(year, panel)]
        yi = year - 2021
        for item, table in sorted(ZG_USE.items()):
            if item == "zelf_meten":          # older people measure more; no education gradient
                eff = [{"18-39": -0.5, "40-64": 0.0, "65+": 0.5, None: 0.0}[x["_age"]] for x in cell]
            elif item == "schriftelijk_gebruik":  # education gap widening since 2021 (seed 002 figuur 7)
                eff = [{"I": -0.4 - 0.09 * yi, "II": 0.0, "III": 0.35 + 0.07 * yi, None: 0.0}[x["_edu"]]
                       + AGE_USE[x["_age"]] for x in cell]
            else:
                eff = [EDU_USE[x["_edu"]] + AGE_USE[x["_age"]] for x in cell]
            for x, p, u in zip(cell, calibrate(eff, table[panel][yi] / 100), stratified(r, len(cell))):
                x[item] = yes_no(r, p, u=u)
        for item, table in sorted(ZG_ZELFSTANDIG.items()):
            eff = [{"I": -0.9, "II": 0.0, "III": 0.6, None: 0.0}[x["_edu"]]
                   + {"18-39": 1.3, "40-64": 0.2, "65+": -1.1, None: 0.0}[x["_age"]] for x in cell]
            for x, p, v in zip(cell, calibrate(eff, table[panel][yi] / 100), stratified(r, len(cell))):
                u = r.random()
                if u < 0.01:
                    x[item] = "weet niet"
                elif u < 0.016:
                    x[item] = ""
                elif v < p:
                    x[item] = "zelfstandig"
                else:
                    x[item] = "met hulp" if r.random() < 0.6 else "niet"
        for item, (table, direction) in sorted(ZG_STELLING.items()):
            if direction > 0:
                eff = [{"I": -0.3, "II": 0.0, "III": 0.2, None: 0.0}[x["_edu"]]
                       + {"18-39": 0.15, "40-64": 0.0, "65+": -0.25, None: 0.0}[x["_age"]] for x in cell]
            else:
                eff = [{"I": 0.2, "II": 0.0, "III": -0.1, None: 0.0}[x["_edu"]]
                       + {"18-39": -0.2, "40-64": 0.0, "65+": 0.3, None: 0.0}[x["_age"]] for x in cell]
            for x, p, u in zip(cell, calibrate(eff, table[panel][yi] / 100), stratified(r, len(cell))):
                x[item] = likert(r, p, p_neutral=min(0.3, (1 - p) * 0.5), u=u)
        eff = [{"I": 0.35, "II": 0.0, "III": -0.3, None: 0.0}[x["_edu"]]
               + {"18-39": -0.3, "40-64": 0.0, "65+": 0.35, None: 0.0}[x["_age"]] for x in cell]
        for x, p, v in zip(cell, calibrate(eff, ZG_NEGATIEF[panel][yi] / 100), stratified(r, len(cell))):
            u = r.random()
            if u < 0.03:
                x["houding_digitale_zorg"] = "weet niet"
            elif u < 0.038:
                x["houding_digitale_zorg"] = ""
            elif v < p:
                x["houding_digitale_zorg"] = "zeer negatief" if r.random() < 0.25 else "negatief"
            else:
                x["houding_digitale_zorg"] = pick(r, ["neutraal", "positief", "zeer positief"], [0.36, 0.5, 0.14])
        for x in cell:
            shift = {"I": -0.3, "II": 0.0, "III": 0.2, None: 0.0}[x["_edu"]] + \
                {"18-39": 0.2, "40-64": 0.0, "65+": -0.3, None: 0.0}[x["_age"]]
            x["rapportcijfer_digitale_zorg"] = score(r, ZG_RAPPORT[panel][yi] + shift, sd=1.6, code99=0.035)
        if year >= 2022:
            eff = [{"18-39": 0.1, "40-64": 0.0, "65+": -0.1, None: 0.0}[x["_age"]] for x in cell]
            for x, p, u in zip(cell, calibrate(eff, ZG_SAMEN[panel][year - 2022] / 100), stratified(r, len(cell))):
                x["samen_beslissen"] = yes_no(r, p, dont_know=0.09, blank=0.01, u=u)
    rows.sort(key=lambda x: (x["jaar"], x["respondent_id"]))
    for x in rows:
        x["gewicht"] = fmt_weight(x["gewicht"])
    header = ["respondent_id", "jaar", "panel", "opleiding_detail", "leeftijd", "gewicht",
              "portaal_gebruik", "schriftelijk_gebruik", "beeldbellen_gebruik", "apps_informatie", "zelf_meten",
              "zelfstandig_apps", "zelfstandig_computer",
              "stelling_makkelijker_contact", "stelling_zorg_vanuit_huis", "stelling_kwaliteit",
              "stelling_privacy", "stelling_minder_persoonlijk",
              "houding_digitale_zorg", "rapportcijfer_digitale_zorg", "samen_beslissen"]
    write_csv("zorggebruikers", header, rows)
    return rows


# ------------------------------------------------------------------------------------
# Zorgprocessen volgens zorgverleners (long format)
# ------------------------------------------------------------------------------------

ZV_PROCESSES = ["afspraken inplannen", "informatievoorziening", "triage", "intake", "diagnose", "consult",
                "behandeling", "nazorg", "(door)verwijzen", "intercollegiaal overleg"]
# (deels) geschikt in 2024, per beroep (seed 001 Figuur 13, 26; seed 002 figuur 3)
SUITABLE = {HA: [88, 85, 55, 50, 30, 45, 35, 45, 90, 86],
            MS: [88, 86, 62, 58, 35, 48, 38, 50, 91, 87],
            SG: [85, 84, 50, 48, 30, 50, 30, 45, 86, 85],
            VP: [82, 91, 50, 52, 35, 55, 32, 55, 75, 80]}
# share (volledig of deels) digitaal uitgevoerd among those who find the process suitable
DONE_IF_SUITABLE = {HA: [0.85, 0.75, 0.42, 0.38, 0.5, 0.6, 0.5, 0.55, 0.9, 0.88],
                    MS: [0.72, 0.84, 0.86, 0.6, 0.5, 0.6, 0.5, 0.38, 0.72, 0.78],
                    SG: [0.7, 0.72, 0.5, 0.5, 0.5, 0.6, 0.45, 0.5, 0.7, 0.75],
                    VP: [0.7, 0.75, 0.6, 0.6, 0.38, 0.86, 0.55, 0.38, 0.6, 0.7]}
ZP_SAMPLE = {HA: 70, MS: 75, SG: 55, VP: 80}


def gen_zorgprocessen_zorgverleners(zv_rows):
    r = rng("zorgprocessen_zorgverleners")
    out = []
    for year in PROCESS_YEARS:
        for beroep in BEROEPEN:
            candidates = [x for x in zv_rows if x["jaar"] == year and x["beroep"] == beroep]
            chosen = sorted(r.sample(candidates, ZP_SAMPLE[beroep]), key=lambda x: x["respondent_id"])
            weights = [float(x["gewicht"]) * r.uniform(0.97, 1.03) for x in chosen]
            mean_w = sum(weights) / len(weights)
            for x, w in zip(chosen, weights):
                young = 0.25 if x["_age"] == "20-39" else (-0.25 if x["_age"] == "55+" else 0.0)
                for k, proc in enumerate(ZV_PROCESSES):
                    s = SUITABLE[beroep][k] / 100
                    if year == 2023:
                        s -= 0.03
                        if beroep != VP and proc in ("triage", "intake", "(door)verwijzen"):
                            s -= 0.05      # largest increase since 2023 among physicians
                        if beroep == VP and proc == "behandeling":
                            s -= 0.08      # strongest increase among nurses
                    elif year == 2025:
                        s += 0.01
                    s = expit(logit(min(0.97, max(0.03, s))) + young)
                    u = r.random()
                    if u < 0.035:
                        geschikt = "weet niet"
                    elif u < 0.045:
                        geschikt = ""
                    elif r.random() < s:
                        geschikt = "geschikt" if r.random() < 0.5 else "deels geschikt"
                    else:
                        geschikt = "niet geschikt"
                    d = DONE_IF_SUITABLE[beroep][k]
                    if year == 2023:
                        d -= 0.05
                    elif year == 2025:
                        d += 0.12 if beroep in (MS, VP) else 0.03
                    if geschikt in ("geschikt", "deels geschikt"):
                        p_done = min(0.97, d)
                    elif geschikt == "niet geschikt":
                        p_done = 0.08
                    else:
                        p_done = 0.4
                    nvt = 0.2 if (beroep == SG and proc in ("behandeling", "diagnose")) else 0.04
                    u = r.random()
                    if u < nvt:
                        uitgevoerd = "niet van toepassing"
                    elif u < nvt + 0.03:
                        uitgevoerd = "weet niet"
                    elif u < nvt + 0.036:
                        uitgevoerd = ""
                    elif r.random() < p_done:
                        uitgevoerd = "volledig digitaal" if r.random() < 0.32 else "deels digitaal"
                    else:
                        uitgevoerd = "niet digitaal"
                    out.append({"respondent_id": x["respondent_id"], "jaar": year, "beroep": beroep,
                                "gewicht": fmt_weight(w / mean_w), "zorgproces": proc,
                                "geschiktheid": geschikt, "digitaal_uitgevoerd": uitgevoerd})
    header = ["respondent_id", "jaar", "beroep", "gewicht", "zorgproces", "geschiktheid", "digitaal_uitgevoerd"]
    write_csv("zorgprocessen_zorgverleners", header, out)
    return out


# ------------------------------------------------------------------------------------
# Zorgprocessen volgens zorggebruikers (long format)
# ------------------------------------------------------------------------------------

ZG_PROCESSES = ["afspraak inplannen", "voorbereiden bezoek", "informatie ontvangen", "uitslagen ontvangen",
                "herhaalrecept aanvragen", "consult huisarts", "consult ziekenhuis",
                "controle chronische aandoening", "ggz-behandeling", "thuiszorg"]
POSSIBLE = [88, 82, 85, 82, 86, 55, 50, 58, 42, 38]
DESIRED = [80, 72, 76, 74, 82, 42, 38, 48, 31, 28]
RECEIVED_IF_DESIRED = [0.84, 0.8, 0.65, 0.72, 0.85, 0.38, 0.36, 0.46, 0.27, 0.22]
NOT_APPLICABLE = {AB: [0.04, 0.10, 0.06, 0.10, 0.30, 0.08, 0.30, 0.45, 0.42, 0.45],
                  CZ: [0.03, 0.08, 0.05, 0.06, 0.15, 0.05, 0.15, 0.15, 0.38, 0.35]}
ZPG_SAMPLE = {AB: 112, CZ: 112}


def gen_zorgprocessen_zorggebruikers(zg_rows):
    r = rng("zorgprocessen_zorggebruikers")
    out = []
    for year in PROCESS_YEARS:
        for panel in (AB, CZ):
            # adults only; 18-39-year-olds oversampled (about 28 % of the module) and
            # weighted back to their share in the panel
            candidates = [x for x in zg_rows if x["jaar"] == year and x["panel"] == panel and x["_age"] is not None]
            young = [x for x in candidates if x["_age"] == "18-39"]
            older = [x for x in candidates if x["_age"] != "18-39"]
            n = ZPG_SAMPLE[panel]
            k = min(len(young), round(0.28 * n))
            chosen = sorted(r.sample(young, k) + r.sample(older, n - k), key=lambda x: x["respondent_id"])
            pop_young = sum(float(x["gewicht"]) for x in young) / sum(float(x["gewicht"]) for x in candidates)
            design = {True: pop_young / (k / n), False: (1 - pop_young) / ((n - k) / n)}
            weights = [float(x["gewicht"]) * design[x["_age"] == "18-39"] * r.uniform(0.97, 1.03) for x in chosen]
            mean_w = sum(weights) / len(weights)
            for x, w in zip(chosen, weights):
                age_eff = {"18-39": 0.5, "40-64": 0.0, "65+": -0.45, None: 0.0}[x["_age"]]
                for k, proc in enumerate(ZG_PROCESSES):
                    def answer(p, dont_know=0.04):
                        u = r.random()
                        if u < dont_know:
                            return "weet niet"
                        if u < dont_know + 0.008:
                            return ""
                        if r.random() < p:
                            return "ja" if r.random() < 0.55 else "deels"
                        return "nee"
                    mogelijk = answer(expit(logit(POSSIBLE[k] / 100) + age_eff))
                    wenselijk = answer(expit(logit(DESIRED[k] / 100) + age_eff + (0.6 if mogelijk in ("ja", "deels") else -1.0)))
                    base = RECEIVED_IF_DESIRED[k] if wenselijk in ("ja", "deels") else 0.12
                    base = expit(logit(base) + 0.15 * (year - 2024) + age_eff * 0.6 + (0.2 if panel == CZ else 0.0)
                                 + (0.3 if mogelijk in ("ja", "deels") else -0.8))
                    u = r.random()
                    if u < NOT_APPLICABLE[panel][k]:
                        ontvangen = "niet van toepassing"
                    else:
                        ontvangen = answer(base, dont_know=0.03)
                    out.append({"respondent_id": x["respondent_id"], "jaar": year, "panel": panel,
                                "leeftijd": x["leeftijd"], "gewicht": fmt_weight(w / mean_w), "zorgproces": proc,
                                "digitaal_mogelijk": mogelijk, "digitaal_wenselijk": wenselijk,
                                "digitaal_ontvangen": ontvangen})
    header = ["respondent_id", "jaar", "panel", "leeftijd", "gewicht", "zorgproces",
              "digitaal_mogelijk", "digitaal_wenselijk", "digitaal_ontvangen"]
    write_csv("zorgprocessen_zorggebruikers", header, out)
    return out


# ------------------------------------------------------------------------------------
# Nivel huisartsenpraktijkenquête (seed 001 Tabel 1)
# ------------------------------------------------------------------------------------

FREQ = ["Dagelijks", "Wekelijks", "Maandelijks", "Enkele keren per jaar", "Niet"]
# Non-missing answers per year, in the declared level order.  2022 and 2023 reproduce
# seed 001 Tabel 1 (N=586: 6/20/11/10/53 %; N=406: 8/22/15/10/46 %); 2020 gives the
# 12 % users of the text, 2021 lies in between.
TABEL1 = {
    2020: [4, 9, 13, 26, 378],        # N=430, 52 users = 12.1 %
    2021: [12, 52, 45, 55, 334],      # N=498, 164 users = 32.9 %
    2022: [35, 117, 64, 59, 311],     # N=586
    2023: [32, 88, 60, 40, 186],      # N=406
}
PUBLISHED = {2022: (586, [6, 20, 11, 10, 53]), 2023: (406, [8, 22, 15, 10, 46])}
MISSING_ANSWERS = {2020: (5, 2), 2021: (6, 3), 2022: (9, 4), 2023: (7, 3)}   # ("weet niet", empty)
VORMEN = ["solopraktijk", "duopraktijk", "groepspraktijk", "gezondheidscentrum"]
VORM_P = [0.24, 0.27, 0.34, 0.15]
VORM_EFFECT = {"solopraktijk": -0.5, "duopraktijk": -0.15, "groepspraktijk": 0.25, "gezondheidscentrum": 0.45}
REGIO = ["Noord", "Oost", "Zuid", "West"]


def gen_huisartsenpraktijken():
    r = rng("huisartsenpraktijken")
    practices = []
    for i in range(1100):
        practices.append({"praktijk_id": 20001 + i, "praktijkvorm": pick(r, VORMEN, VORM_P),
                          "regio": pick(r, REGIO, [0.15, 0.22, 0.24, 0.39]),
                          "propensity": r.gauss(0, 1)})
    rows = []
    for year in sorted(TABEL1):
        counts = TABEL1[year]
        dk, blank = MISSING_ANSWERS[year]
        n = sum(counts) + dk + blank
        sample = sorted(r.sample(practices, n), key=lambda p: p["praktijk_id"])
        order = list(range(n))
        r.shuffle(order)
        respondents = [sample[i] for i in order[: sum(counts)]]
        missing = [sample[i] for i in order[sum(counts):]]
        # Practices with a higher propensity (group practices, health centres) use
        # telemonitoring more often: sort by propensity and hand out the exact counts.
        keyed = sorted(respondents, key=lambda p: -(p["propensity"] + VORM_EFFECT[p["praktijkvorm"]]
                                                    + r.gauss(0, 0.8)))
        labels = []
        for level, c in zip(FREQ, counts):
            labels.extend([level] * c)
        for p, level in zip(keyed, labels):
            rows.append({"praktijk_id": p["praktijk_id"], "jaar": year, "praktijkvorm": p["praktijkvorm"],
                         "regio": p["regio"], "telemonitoring_frequentie": level})
        for j, p in enumerate(missing):
            rows.append({"praktijk_id": p["praktijk_id"], "jaar": year, "praktijkvorm": p["praktijkvorm"],
                         "regio": p["regio"], "telemonitoring_frequentie": "weet niet" if j < dk else ""})
    rows.sort(key=lambda x: (x["jaar"], x["praktijk_id"]))
    header = ["praktijk_id", "jaar", "regio", "telemonitoring_frequentie", "praktijkvorm"]
    path = write_csv("huisartsenpraktijken", header, rows)
    check_tabel1(path)
    return rows


def check_tabel1(path):
    """Read the written file back and assert that the distribution per year reproduces
    seed 001 Tabel 1: N non-missing rows and percentages that round to the table."""
    counts = {}
    with open(path, encoding="utf-8", newline="") as f:
        for rec in csv.DictReader(f):
            value = rec["telemonitoring_frequentie"]
            if value in ("", "weet niet"):
                continue
            assert value in FREQ, value
            year = int(rec["jaar"])
            counts.setdefault(year, [0] * len(FREQ))[FREQ.index(value)] += 1
    for year, (n, percents) in sorted(PUBLISHED.items()):
        c = counts[year]
        assert c == TABEL1[year], (year, c, TABEL1[year])
        assert sum(c) == n, (year, sum(c), n)
        got = [pct_half_up(k, n) for k in c]
        assert got == percents, (year, got, percents)
        # not on a rounding edge either: also with round-half-even the same
        assert [round(100 * k / n) for k in c] == percents, year
    users = {y: sum(c[:4]) for y, c in counts.items()}
    assert pct_half_up(users[2020], sum(counts[2020])) == 12
    assert pct_half_up(users[2022], sum(counts[2022])) == 47
    assert pct_half_up(users[2023], sum(counts[2023])) == 54


# ------------------------------------------------------------------------------------
# Vektis-declaraties (';', decimal comma, windows-1252)
# ------------------------------------------------------------------------------------

LEEFTIJDSKLASSEN = ["0-17", "18-39", "40-64", "65-74", "75+"]
KWINTIELEN = [1, 2, 3, 4, 5, None]
MSZ_AGE_P = [0.06, 0.16, 0.36, 0.22, 0.20]
MSZ_Q_P = [0.21, 0.21, 0.20, 0.19, 0.17, 0.02]
# relative rate of each modality by age class and income quintile (seed 001 Figuur 20-21):
# written consults highest among the young and the richest; video rises with age up to
# 40 and then falls.
MOD_AGE = {"fysiek": [1.0, 0.98, 0.99, 1.01, 1.02], "telefonisch": [0.8, 0.9, 1.0, 1.1, 1.1],
           "beeldcontact": [0.9, 1.35, 1.15, 0.8, 0.45], "schriftelijk": [2.1, 1.9, 1.0, 0.55, 0.3]}
MOD_Q = {"fysiek": [1, 1, 1, 1, 1, 1], "telefonisch": [1.05, 1.02, 1, 0.98, 0.95, 1],
         "beeldcontact": [0.55, 0.7, 0.95, 1.2, 1.55, 0.8], "schriftelijk": [0.5, 0.7, 0.95, 1.25, 1.6, 0.8]}
# MSZ repeat consultations per quarter and the modality mix per 1000 (Figuur 1-2): phone
# peaked in the pandemic, video is falling back and steady since 2022, written digital
# consultations rise from the second half of 2022.  The digital rates are about three to
# six times the real Vektis ones, so that a sample of ~3,000 claims a year still has at
# least 10 digital claims per quarter and modality (minimum n of the dataset).
MSZ_HERHAAL = {2019: [600, 610, 570, 615], 2020: [560, 430, 525, 575], 2021: [590, 595, 565, 605],
               2022: [600, 605, 575, 615], 2023: [605, 615, 585, 620], 2024: [615, 620, 590, 630]}
RATE_TEL = {2019: [140, 140, 140, 145], 2020: [170, 380, 280, 320], 2021: [300, 270, 240, 250],
            2022: [220, 210, 200, 200], 2023: [190, 190, 185, 185], 2024: [180, 180, 175, 175]}
RATE_BEELD = {2019: [3, 3, 4, 4], 2020: [6, 34, 26, 28], 2021: [27, 25, 22, 21],
              2022: [19, 18, 18, 18], 2023: [18, 18, 18, 18], 2024: [18, 18, 18, 18]}
RATE_SCHRIFT = {2019: [1, 2, 2, 2], 2020: [3, 4, 4, 5], 2021: [6, 7, 8, 9],
                2022: [17, 17, 20, 23], 2023: [25, 26, 28, 29], 2024: [31, 32, 34, 35]}
TARIEF = {"fysiek": (96.0, 24.0), "telefonisch": (58.0, 12.0), "beeldcontact": (84.0, 18.0), "schriftelijk": (39.0, 9.0)}
# VVT clients with declared hours of home-care technology, per quarter (Figuur 3: an
# upward trend since the end of 2022, 2.8 % of clients in 2022 to 3.8 % in 2023).
VVT_TECH = {2019: [18, 19, 20, 21], 2020: [22, 23, 24, 24], 2021: [25, 26, 27, 28],
            2022: [30, 31, 33, 37], 2023: [41, 44, 47, 50], 2024: [53, 56, 59, 62]}
OTHER_CLAIMS = {   # claims per year: (sector, prestatie) -> count
    ("MSZ", "eerste consult"): 140, ("MSZ", "overig"): 60,
    ("huisartsenzorg", "regulier consult"): 220, ("huisartsenzorg", "overig"): 35,
    ("GGZ", "regulier consult"): 125, ("GGZ", "eerste consult"): 25, ("VVT", "overig"): 50,
}
OTHER_YEAR_FACTOR = {2019: 0.97, 2020: 0.9, 2021: 0.98, 2022: 1.0, 2023: 1.02, 2024: 1.04}
TOELICHTINGEN = ["patiënt verhuisd; adres gewijzigd", "zorg geleverd in België", "consult met tolk – meertalig",
                 'prestatie "herhaalconsult" handmatig gecorrigeerd', "één declaratie voor twee consulten",
                 "toeslag avond/weekend", "geïndexeerd tarief", "cliënt verhuisd naar instelling"]


def money(x):
    return f"{x:.2f}".replace(".", ",")


def gen_declaraties():
    r = rng("declaraties")
    rows = []
    patient_pools = {}

    def patient(cell):
        pool = patient_pools.setdefault(cell, [])
        if pool and r.random() < 0.35:
            return r.choice(pool)
        pid = f"{r.getrandbits(32):08x}"
        pool.append(pid)
        return pid

    for year in sorted(MSZ_HERHAAL):
        index = 1.0 + 0.028 * (year - 2019)
        # --- MSZ repeat consultations: exact counts per quarter and modality
        per_mod = {m: [] for m in TARIEF}
        for q in range(4):
            total = MSZ_HERHAAL[year][q]
            n_tel = round(total * RATE_TEL[year][q] / 1000)
            n_beeld = round(total * RATE_BEELD[year][q] / 1000)
            n_schrift = round(total * RATE_SCHRIFT[year][q] / 1000)
            if year >= 2022:
                assert n_beeld >= 10 and n_schrift >= 10, (year, q, n_beeld, n_schrift)
            per_mod["telefonisch"].extend([q + 1] * n_tel)
            per_mod["beeldcontact"].extend([q + 1] * n_beeld)
            per_mod["schriftelijk"].extend([q + 1] * n_schrift)
            per_mod["fysiek"].extend([q + 1] * (total - n_tel - n_beeld - n_schrift))
        for mod in ["fysiek", "telefonisch", "beeldcontact", "schriftelijk"]:
            quarters = per_mod[mod]
            cells, probs = [], []
            for a, pa in enumerate(MSZ_AGE_P):
                for k, pq in enumerate(MSZ_Q_P):
                    cells.append((LEEFTIJDSKLASSEN[a], KWINTIELEN[k]))
                    probs.append(pa * MOD_AGE[mod][a] * pq * MOD_Q[mod][k])
            assigned = systematic(r, len(quarters), cells, probs)
            mean, sd = TARIEF[mod]
            for q, (age, kw) in zip(quarters, assigned):
                cost = max(12.0, r.gauss(mean, sd)) * index
                if r.random() < 0.01:
                    cost *= r.uniform(2.5, 4.0)      # an occasional expensive consultation
                rows.append({"jaar": year, "kwartaal": q, "sector": "MSZ", "prestatie": "herhaalconsult",
                             "modaliteit": mod, "leeftijdsklasse": age, "inkomenskwintiel": kw,
                             "patient_id": patient(("MSZ", age, kw)), "kosten": cost})
        # --- other sectors and prestaties
        for (sector, prestatie), base in sorted(OTHER_CLAIMS.items()):
            n = round(base * OTHER_YEAR_FACTOR[year])
            for _ in range(n):
                q = pick(r, [1, 2, 3, 4], [0.255, 0.25, 0.235, 0.26])
                if sector == "GGZ":
                    age = pick(r, LEEFTIJDSKLASSEN, [0.0, 0.46, 0.39, 0.09, 0.06])
                    covid = year in (2020, 2021)
                    mod = pick(r, ["fysiek", "telefonisch", "beeldcontact", "schriftelijk"],
                               [0.55, 0.1, 0.32, 0.03] if covid else [0.7, 0.07, 0.19, 0.04])
                    cost = max(40.0, r.gauss(135, 35))
                elif sector == "MSZ" and prestatie == "eerste consult":
                    age = pick(r, LEEFTIJDSKLASSEN, MSZ_AGE_P)
                    mod = pick(r, ["fysiek", "telefonisch", "beeldcontact"], [0.9, 0.08, 0.02])
                    cost = max(60.0, r.gauss(145, 30))
                elif sector == "huisartsenzorg":
                    age = pick(r, LEEFTIJDSKLASSEN, [0.17, 0.25, 0.33, 0.13, 0.12])
                    mod = None                # declared on duration, not on contact form
                    cost = pick(r, [11.45, 22.90, 34.35], [0.3, 0.55, 0.15]) if prestatie == "regulier consult" \
                        else max(10.0, r.gauss(45, 20))
                elif sector == "VVT":
                    age = pick(r, LEEFTIJDSKLASSEN, [0.0, 0.02, 0.16, 0.27, 0.55])
                    mod = None
                    cost = max(20.0, r.gauss(310, 120))
                else:                          # MSZ overig: operations, admissions
                    age = pick(r, LEEFTIJDSKLASSEN, MSZ_AGE_P)
                    mod = None
                    cost = max(150.0, r.lognormvariate(7.3, 0.8))
                kw = pick(r, KWINTIELEN, MSZ_Q_P)
                rows.append({"jaar": year, "kwartaal": q, "sector": sector, "prestatie": prestatie,
                             "modaliteit": mod, "leeftijdsklasse": age, "inkomenskwintiel": kw,
                             "patient_id": patient((sector, age, kw)), "kosten": cost * index})
    # --- VVT home-care technology: a client pool that persists from quarter to quarter
    clients, active = [], []
    for year in sorted(VVT_TECH):
        index = 1.0 + 0.028 * (year - 2019)
        for q in range(4):
            target = VVT_TECH[year][q]
            active = [c for c in active if r.random() < 0.82]
            while len(active) < target:
                c = {"patient_id": f"{r.getrandbits(32):08x}",
                     "age": pick(r, LEEFTIJDSKLASSEN, [0.0, 0.03, 0.17, 0.28, 0.52]),
                     "kw": pick(r, KWINTIELEN, [0.3, 0.26, 0.19, 0.13, 0.1, 0.02])}
                clients.append(c)
                active.append(c)
            active = active[:target]
            for c in active:
                for _ in range(pick(r, [1, 2, 3], [0.35, 0.3, 0.35])):   # monthly claims
                    rows.append({"jaar": year, "kwartaal": q + 1, "sector": "VVT",
                                 "prestatie": "uren thuiszorgtechnologie", "modaliteit": None,
                                 "leeftijdsklasse": c["age"], "inkomenskwintiel": c["kw"],
                                 "patient_id": c["patient_id"],
                                 "kosten": r.choice([0.5, 1, 1, 1.5, 2, 3]) * 78.40 * index})
    # --- remarks, credit notes, order and ids
    rows.sort(key=lambda x: (x["jaar"], x["kwartaal"]))
    out, year_rows = [], {}
    for x in rows:
        year_rows.setdefault((x["jaar"], x["kwartaal"]), []).append(x)
    for key in sorted(year_rows):
        chunk = year_rows[key]
        r.shuffle(chunk)
        out.extend(chunk)
    for i, x in enumerate(out):
        x["declaratie_id"] = 100001 + i
        x["toelichting"] = None
        u = r.random()
        if u < 0.0015:
            x["kosten"] = -x["kosten"]
            x["toelichting"] = "creditering: correctie eerdere declaratie"
        elif u < 0.012:
            x["toelichting"] = r.choice(TOELICHTINGEN)
        x["kosten"] = money(x["kosten"])
    header = ["declaratie_id", "patient_id", "jaar", "kwartaal", "sector", "prestatie", "modaliteit",
              "leeftijdsklasse", "inkomenskwintiel", "kosten", "toelichting"]
    write_csv("declaraties", header, out, delimiter=";", encoding="windows-1252")
    return out


# ------------------------------------------------------------------------------------
# BeterDichtbij-gebruikersdata
# ------------------------------------------------------------------------------------

BD_CONV = {2019: (150, 20), 2020: (330, 125), 2021: (560, 265), 2022: (900, 180), 2023: (1250, 170), 2024: (1640, 180)}
BD_AGE_GROUPS = [(0, 9), (10, 19), (20, 29), (30, 39), (40, 49), (50, 59), (60, 69), (70, 79), (80, 89), (90, 99)]
BD_AGE_P = [0.028, 0.04, 0.08, 0.14, 0.11, 0.16, 0.205, 0.155, 0.062, 0.02]     # peak 60-70, small peak 30-40
SPECIALISMEN = ["Cardiologie", "Interne geneeskunde", "Longgeneeskunde", "Neurologie", "Orthopedie",
                "Dermatologie", "Urologie", "Reumatologie", "Oncologie", "Kindergeneeskunde", "KNO",
                "Geriatrie", "Maag-, darm- en leverziekten"]


def gen_beterdichtbij():
    r = rng("beterdichtbij")
    users = []
    rows = []
    next_gesprek = 300001
    for year in sorted(BD_CONV):
        n_msg, n_video = BD_CONV[year]
        kinds = ["berichten"] * n_msg + ["beeldbellen"] * n_video
        r.shuffle(kinds)
        # returning users first, then new ones; a user has 1-5 conversations a year
        returning = [u for u in users if r.random() < 0.25 and year - u["birth"] < 100]
        slots = []
        for u in returning + [None] * len(kinds):
            if len(slots) >= len(kinds):
                break
            if u is None:
                g = pick(r, BD_AGE_GROUPS, BD_AGE_P)
                age = r.randint(g[0], g[1])
                u = {"id": f"u{r.getrandbits(28):07x}", "birth": year - age}
                users.append(u)
            slots.extend([u] * pick(r, [1, 2, 3, 4, 5], [0.6, 0.22, 0.1, 0.05, 0.03]))
        slots = slots[: len(kinds)]
        r.shuffle(slots)
        for u, kind in zip(slots, kinds):
            age = max(0, year - u["birth"] - (1 if r.random() < 0.5 else 0))
            if kind == "berichten":
                mean = 7.0 if age < 40 else (5.0 if age < 70 else 4.0)
                n = 1 + int(r.expovariate(1 / (mean - 1)))
            else:
                n = 0 if r.random() < 0.75 else r.randint(1, 3)
            if 25 <= age <= 42 and r.random() < 0.35:
                spec = "Gynaecologie, verloskunde"
            elif age < 18 and r.random() < 0.6:
                spec = "Kindergeneeskunde"
            elif r.random() < 0.05:
                spec = ""
            else:
                spec = r.choice(SPECIALISMEN)
            rows.append({"gesprek_id": next_gesprek, "gebruiker_id": u["id"], "jaar": year, "leeftijd": age,
                         "gesprekstype": kind, "aantal_berichten": n, "specialisme": spec})
            next_gesprek += 1
    header = ["gesprek_id", "gebruiker_id", "jaar", "leeftijd", "gesprekstype", "aantal_berichten", "specialisme"]
    write_csv("beterdichtbij", header, rows)
    return rows


# ------------------------------------------------------------------------------------
# Dashboard Arbeidsmarkt Zorg en Welzijn: werknemers- en werkgeversenquête
# ------------------------------------------------------------------------------------

BRANCHES = ["ziekenhuizen", "umc", "ggz", "gehandicaptenzorg", "vvt", "huisartsen en gezondheidscentra",
            "overige zorg", "welzijn", "kinderopvang"]
BRANCHE_POP = [215, 85, 90, 180, 470, 60, 130, 230, 120]          # thousands of employees
# share (veel) te hoog excluding kinderopvang per quarter (seed 001 Figuur 8: between
# 37 and 49 %, 45 % in Q2 2023, 42 % in Q2 2024; Q2 higher than Q4)
WERKDRUK = {2019: [40, 44, 41, 38], 2020: [42, 49, 45, 44], 2021: [46, 48, 45, 43],
            2022: [44, 47, 44, 41], 2023: [43, 45, 42, 39], 2024: [40, 42]}
WERKDRUK_OFFSET = [3, 2, 1, 0, 4, 3, -5, -7, -9]
WN_SAMPLE = [58, 57, 57, 57, 64, 57, 57, 58, 12]


def gen_azw_werknemers():
    r = rng("azw_werknemers")
    rows = []
    next_id = 1
    pop_excl = sum(BRANCHE_POP[:-1])
    mean_offset = sum(p * o for p, o in zip(BRANCHE_POP[:-1], WERKDRUK_OFFSET[:-1])) / pop_excl
    for year in sorted(WERKDRUK):
        for q, level in enumerate(WERKDRUK[year]):
            quarter_rows = []
            for b, branche in enumerate(BRANCHES):
                n = WN_SAMPLE[b] + r.randint(-2, 3)
                p_high = (level + WERKDRUK_OFFSET[b] - mean_offset) / 100
                dk = 1 if r.random() < 0.6 else 2
                answered = n - dk
                n_high = round(p_high * answered)
                n_low = round(0.045 * answered)
                values = (["veel te hoog"] * round(n_high * 0.27) + ["te hoog"] * (n_high - round(n_high * 0.27))
                          + ["veel te laag"] * (n_low // 3) + ["te laag"] * (n_low - n_low // 3)
                          + ["precies goed"] * (answered - n_high - n_low) + ["weet niet"] * dk)
                r.shuffle(values)
                for v in values:
                    quarter_rows.append({"respondent_id": next_id, "jaar": year, "kwartaal": q + 1,
                                         "branche": branche, "werkdruk": v,
                                         "gewicht": BRANCHE_POP[b] / WN_SAMPLE[b] * r.uniform(0.9, 1.1)})
                    next_id += 1
            mean_w = sum(x["gewicht"] for x in quarter_rows) / len(quarter_rows)
            for x in quarter_rows:
                x["gewicht"] = fmt_weight(x["gewicht"] / mean_w)
            rows.extend(quarter_rows)
    header = ["respondent_id", "jaar", "kwartaal", "branche", "gewicht", "werkdruk"]
    write_csv("azw_werknemers", header, rows)
    return rows


WG_WAVES = [(2021, 2), (2021, 4), (2022, 2), (2022, 4), (2023, 2), (2023, 4), (2024, 2)]   # half-yearly
WG_INNOVATIE = [77.5, 76, 74, 72, 70, 69, 67.5]               # Q2 2021 77.5 %, Q2 2024 67.5 %
WG_OPLEIDEN = [None, None, None, 35, 33, 35, 37]               # new question from Q4 2022; 37 % in Q2 2024
WG_TECHNOLOGISCH = [None, None, None, 36, 31, 33, 36]          # data from Q4 2022 (footnote 7)
WG_SOCIAAL = [None, None, None, 33, 28, 30, 31]
WG_SAMPLE = [40, 36, 38, 40, 44, 38, 38, 40, 16]
MATE = ["zeer lage mate", "lage mate", "enigszins", "hoge mate", "zeer hoge mate"]
AANDACHT = ["zeer weinig", "weinig", "neutraal", "veel", "zeer veel"]


def five_point(r, levels, p_top, dont_know=0.035, u=None):
    if r.random() < dont_know:
        return "weet niet"
    if (r.random() if u is None else u) < p_top:
        return levels[4] if r.random() < 0.22 else levels[3]
    return pick(r, levels[:3], [0.12, 0.28, 0.6])


def gen_azw_werkgevers():
    r = rng("azw_werkgevers")
    employers = {b: [] for b in BRANCHES}
    next_id = 40001
    rows = []
    shifts = {"ziekenhuizen": 0.6, "umc": 0.8, "vvt": 0.2, "welzijn": -0.3, "kinderopvang": -0.6}
    for w, (year, q) in enumerate(WG_WAVES):
        wave = []
        for b, branche in enumerate(BRANCHES):
            n = WG_SAMPLE[b] + r.randint(-1, 2)
            members = [e for e in employers[branche] if r.random() < 0.7][:n]
            while len(members) < n:
                members.append({"id": next_id, "size": r.lognormvariate(0, 0.5)})
                next_id += 1
            employers[branche] = members
            for e in members:
                wave.append({"werkgever_id": e["id"], "jaar": year, "kwartaal": q, "branche": branche,
                             "gewicht": BRANCHE_POP[b] / WG_SAMPLE[b] * r.uniform(0.92, 1.08),
                             "_shift": shifts.get(branche, 0.0), "_size": 0.2 * math.log(e["size"])})
        # the published level holds for the weighted sector excluding kinderopvang
        weights = [x["gewicht"] if x["branche"] != "kinderopvang" else 0.0 for x in wave]
        probs = calibrate([x["_shift"] + x["_size"] for x in wave], WG_INNOVATIE[w] / 100, weights)
        for x, p, u in zip(wave, probs, stratified(r, len(wave))):
            x["innovatie_ingevoerd"] = "" if r.random() < 0.01 else ("ja" if u < p else "nee")
        if WG_OPLEIDEN[w] is not None:
            for item, levels, level, scale in (("opleiden_technologie", MATE, WG_OPLEIDEN[w], 0.5),
                                               ("betrekken_technologisch", AANDACHT, WG_TECHNOLOGISCH[w], 0.4),
                                               ("betrekken_sociaal", AANDACHT, WG_SOCIAAL[w], 0.0)):
                probs = calibrate([x["_shift"] * scale for x in wave], level / 100, weights)
                for x, p, u in zip(wave, probs, stratified(r, len(wave))):
                    x[item] = five_point(r, levels, p, u=u)
        mean_w = sum(x["gewicht"] for x in wave) / len(wave)
        for x in wave:
            x["gewicht"] = fmt_weight(x["gewicht"] / mean_w)
        wave.sort(key=lambda x: x["werkgever_id"])
        rows.extend(wave)
    header = ["werkgever_id", "jaar", "kwartaal", "branche", "gewicht", "innovatie_ingevoerd",
              "opleiden_technologie", "betrekken_technologisch", "betrekken_sociaal"]
    write_csv("azw_werkgevers", header, rows)
    return rows


# ------------------------------------------------------------------------------------
# NVZ-programma Digitale zorg: opgave per ziekenhuis per kwartaal
# ------------------------------------------------------------------------------------

NVZ_QUARTERS = [(y, q) for y in range(2019, 2024) for q in range(1, 5)] + [(2024, 1), (2024, 2)]
# adoption among reporting hospitals (seed 001 par. 3.6-3.7)
NVZ_BEELD = {2019: [0.46, 0.49, 0.53, 0.56], 2020: [0.6, 0.78, 0.82, 0.84], 2021: [0.86, 0.87, 0.88, 0.88],
             2022: [0.89, 0.89, 0.9, 0.9], 2023: [0.91, 0.92, 0.92, 0.93], 2024: [0.94, 0.94]}
NVZ_TELE = {2019: [0.55, 0.57, 0.59, 0.61], 2020: [0.63, 0.66, 0.68, 0.7], 2021: [0.72, 0.73, 0.74, 0.75],
            2022: [0.76, 0.77, 0.78, 0.79], 2023: [0.8, 0.81, 0.82, 0.83], 2024: [0.84, 0.84]}
NVZ_BD = {2019: 24, 2020: 29, 2021: 34, 2022: 38, 2023: 42, 2024: 45}                      # hospitals
NVZ_VIDEO = {2019: [260, 330, 420, 590], 2020: [1400, 14500, 11200, 15100], 2021: [17800, 16900, 15300, 16000],
             2022: [13300, 12100, 11000, 11600], 2023: [9000, 8600, 8000, 8400], 2024: [8300, 8000]}
NVZ_BUITEN = {2019: [0.08, 0.08, 0.085, 0.09], 2020: [0.11, 0.38, 0.26, 0.31], 2021: [0.29, 0.27, 0.25, 0.26],
              2022: [0.24, 0.23, 0.22, 0.22], 2023: [0.22, 0.22, 0.215, 0.22], 2024: [0.225, 0.23]}


def gen_nvz_ziekenhuizen():
    r = rng("nvz_ziekenhuizen")
    hospitals = []
    for i in range(70):
        umc = i < 7
        hospitals.append({"id": 101 + i, "size": r.uniform(190000, 280000) if umc else r.uniform(35000, 140000),
                          "order_b": r.random(), "order_t": r.random(), "order_bd": r.random(),
                          "video": r.lognormvariate(0, 0.5), "buiten": r.gauss(0, 0.03)})
    by_b = sorted(hospitals, key=lambda h: h["order_b"])
    by_t = sorted(hospitals, key=lambda h: h["order_t"])
    by_bd = sorted(hospitals, key=lambda h: h["order_bd"])
    rows = []
    for (year, q) in NVZ_QUARTERS:
        reporting = [h for h in hospitals if r.random() < 0.93]
        n_all = len(hospitals)
        adopt_b = {h["id"] for h in by_b[: round(NVZ_BEELD[year][q - 1] * n_all)]}
        adopt_t = {h["id"] for h in by_t[: round(NVZ_TELE[year][q - 1] * n_all)]}
        adopt_bd = {h["id"] for h in by_bd[: NVZ_BD[year]]}
        video_hosp = [h for h in reporting if h["id"] in adopt_b]
        weights = [h["size"] * h["video"] for h in video_hosp]
        total_w = sum(weights)
        target = NVZ_VIDEO[year][q - 1]
        exact = [target * w / total_w for w in weights]
        video = [int(math.floor(x)) for x in exact]
        order = sorted(range(len(exact)), key=lambda i: (-(exact[i] - video[i]), i))
        for i in order[: target - sum(video)]:
            video[i] += 1
        video_of = {h["id"]: v for h, v in zip(video_hosp, video)}
        for h in reporting:
            contacts = int(h["size"] * r.uniform(0.93, 1.07) * (0.82 if (year, q) == (2020, 2) else 1.0))
            share = min(0.6, max(0.02, NVZ_BUITEN[year][q - 1] + h["buiten"] + r.gauss(0, 0.01)))
            beeld = video_of.get(h["id"], 0)
            buiten = max(beeld, int(contacts * share))
            row = {"ziekenhuis_id": h["id"], "jaar": year, "kwartaal": q, "poli_contacten": contacts,
                   "poli_contacten_buiten": buiten, "beeldbelconsulten": beeld,
                   "beeldbellen_ingezet": "true" if h["id"] in adopt_b else "false",
                   "telemonitoring_ingezet": "true" if h["id"] in adopt_t else "false",
                   "beterdichtbij_ingezet": "true" if h["id"] in adopt_bd else "false"}
            if r.random() < 0.012:             # volumes not delivered this quarter
                row["poli_contacten"] = None
                row["poli_contacten_buiten"] = None
            rows.append(row)
    header = ["ziekenhuis_id", "jaar", "kwartaal", "poli_contacten", "poli_contacten_buiten", "beeldbelconsulten",
              "beeldbellen_ingezet", "telemonitoring_ingezet", "beterdichtbij_ingezet"]
    write_csv("nvz_ziekenhuizen", header, rows)
    return rows


# ------------------------------------------------------------------------------------

def main():
    zv = gen_zorgverleners()
    zg = gen_zorggebruikers()
    gen_zorgprocessen_zorgverleners(zv)
    gen_zorgprocessen_zorggebruikers(zg)
    gen_huisartsenpraktijken()
    gen_declaraties()
    gen_beterdichtbij()
    gen_azw_werknemers()
    gen_azw_werkgevers()
    gen_nvz_ziekenhuizen()
    total = 0
    names = ["zorgverleners", "zorggebruikers", "zorgprocessen_zorgverleners", "zorgprocessen_zorggebruikers",
             "huisartsenpraktijken", "declaraties", "beterdichtbij", "azw_werknemers", "azw_werkgevers",
             "nvz_ziekenhuizen"]
    for name in names:
        path = os.path.join(DATA_DIR, name + ".csv")
        size = os.path.getsize(path)
        with open(path, "rb") as f:
            lines = f.read().count(b"\n") - 1
        total += size
        print(f"{name + '.csv':36s} {lines:7d} rows {size:10d} bytes")
    print(f"{'total':36s} {'':12s} {total:10d} bytes")
    assert total <= 5_000_000, f"data too large: {total} bytes"


if __name__ == "__main__":
    sys.exit(main())

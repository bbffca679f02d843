#!/usr/bin/env python3
"""An attacker on indc's disclosure control, written from the published files and the .ind definitions only.

For each of many seeded random projects (a census of 30-150 rows: provincie p1-p4 nested in landsdeel
L1 = {p1, p2}, L2 = {p3, p4}; leeftijd; two booleans with missing values; a number with missing
values; an id), it writes the data and 2-6 random indicators (counts, counts with `where`, shares,
ratios, means, sums, medians, minima, maxima, distinct counts, distributions; `group by`, nested and
crossed `breakdown`s, filters that overlap), runs `indc run`, and then attacks results.json without
looking at the data:

  unknowns     the rows of every combination of provincie x leeftijd x b1 (ja/nee/missing) x
               b2 (ja/nee/missing) x x (missing or not): 216 non-negative numbers; landsdeel
               follows provincie (the attacker knows the hierarchy);
  equations    every shown row's n and its additive numbers (a count's value, a share's or a
               ratio's numerator and denominator, a distribution level's numerator and
               denominator); every cell absent from a grouping set has 0 rows; a withheld row's
               cell has at least 1 row (it is listed);
  attack       per withheld row and per additive quantity it would have published, the least and
               the greatest value the equations allow (scipy's linprog, HiGHS). Equal bounds
               recover the quantity exactly: a failure when the quantity is a linear combination
               of the published numbers (what indc's audit guarantees against); when it takes
               the bounds (x >= 0, a listed cell has a row) it is reported with the narrowed
               ranges, and fails only with --strict (the audit does not yet cover narrowing). A min/max total whose extreme no shown cell of a
               dimension has, beside one withheld cell, recovers that cell's extreme.

A withheld cell whose n is at least minimum n (provably, or as the judge sees in the data, never the
attacker) was withheld to protect others; what the attacker learns of it is counted apart
("secondary recovered"), not as a disclosure. A recovered
quantity of 0 (e.g. a withheld share's numerator where the total's is 0) is counted
apart: indc's audit works over the atoms present in the data and does not protect a quantity with no
rows (STATISTICS.md, limits). A range narrower than the protection level (minimum n) is reported;
`--strict` (or INDC_ATTACK_STRICT=1) fails on it too.

Usage: python3 Tests/Disclosure/attacker.py [--projects 200] [--seed 1] [--indc .build/debug/indc] [--strict]
(INDC_ATTACK_PROJECTS overrides --projects.) Exit 1 when anything non-zero was recovered.
See README.md beside this file for the result against the suppression before issue 14.
"""
import argparse, itertools, json, os, random, subprocess, sys, tempfile

import numpy as np
from scipy.optimize import linprog

PROVS = ["p1", "p2", "p3", "p4"]
LAND = {"p1": "L1", "p2": "L1", "p3": "L2", "p4": "L2"}
AGES = ["jong", "midden", "oud"]
TRI = ["ja", "nee", ""]
COMBOS = list(itertools.product(PROVS, AGES, TRI, TRI, [True, False]))  # prov, age, b1, b2, x present


def value(combo, column):
    prov, age, b1, b2, x = combo
    return {"provincie": prov, "landsdeel": LAND[prov], "leeftijd": age, "b1": b1, "b2": b2}[column]


FILTERS = {
    None: lambda c: True,
    'leeftijd != "oud"': lambda c: c[1] != "oud",
    "b2": lambda c: c[3] == "ja",
    'provincie != "p1"': lambda c: c[0] != "p1",
    'landsdeel = "L1"': lambda c: LAND[c[0]] == "L1",
}

# measure -> (text, [(quantity name, predicate on a combo within the cell's filter)], n predicate)
MEASURES = {
    "count": ("count()", [("n", lambda c: True)]),
    "count_where": ("count(where b1)", [("n", lambda c: c[2] == "ja")]),
    "share": ("share(b1)", [("n", lambda c: c[2] != ""), ("numerator", lambda c: c[2] == "ja")]),
    "ratio": ("count(where b1) / count()", [("n", lambda c: True), ("numerator", lambda c: c[2] == "ja")]),
    "mean": ("mean(x)", [("n", lambda c: c[4])]),
    "sum": ("sum(x)", [("n", lambda c: c[4])]),
    "median": ("median(x)", [("n", lambda c: c[4])]),
    "min": ("min(x)", [("n", lambda c: True)]),
    "max": ("max(x)", [("n", lambda c: True)]),
    "distinct": ("distinct(id)", [("n", lambda c: True)]),
    "distribution": ("distribution(leeftijd)", [("n", lambda c: True)]),
}


def make_project(rng, folder):
    rows = rng.randint(30, 150)
    minimum = rng.choice([3, 5, 10])
    weights = [rng.random() + 0.05 for _ in PROVS]
    lines = ["id,provincie,landsdeel,leeftijd,b1,b2,x"]
    for i in range(rows):
        prov = rng.choices(PROVS, weights)[0]
        x = "" if rng.random() < 0.15 else str(rng.randint(1, 99))
        lines.append(f"{i + 1},{prov},{LAND[prov]},{rng.choice(AGES)},{rng.choice(TRI)},{rng.choice(TRI)},{x}")
    open(os.path.join(folder, "data.csv"), "w").write("\n".join(lines) + "\n")
    indicators = []
    text = ['dataset d {', '  file "data.csv"', f'  minimum n {minimum}', '  column id: integer',
            '  column provincie: category("p1", "p2", "p3", "p4")', '  column landsdeel: category("L1", "L2")',
            '  column leeftijd: category("jong", "midden", "oud")', '  column b1: boolean', '  column b2: boolean',
            '  column x: number', '}']
    for k in range(rng.randint(2, 6)):
        kind = rng.choice(list(MEASURES))
        group = rng.choice([[], [], ["leeftijd"]]) if kind != "distribution" else []
        options = [c for c in ["provincie", "landsdeel", "leeftijd"] if c not in group and not (kind == "distribution" and c == "leeftijd")]
        breakdown = rng.sample(options, rng.randint(0, len(options)))
        filt = rng.choice(list(FILTERS))
        indicators.append({"name": f"i{k}", "kind": kind, "group": group, "breakdown": breakdown, "filter": filt})
        text += ["", f"indicator i{k} {{", f'  title "i{k}"', "  source d"]
        if filt:
            text.append(f"  filter {filt}")
        if group:
            text.append("  group by " + ", ".join(group))
        if breakdown:
            text.append("  breakdown " + ", ".join(breakdown))
        text += [f"  measure {MEASURES[kind][0]}", "}"]
    open(os.path.join(folder, "project.ind"), "w").write("\n".join(text) + "\n")
    return indicators, minimum


def key(v):
    return "" if v is None else str(v).lower() if isinstance(v, bool) else str(v)


def in_span(matrix, vector):
    """Whether the vector is a linear combination of the matrix's rows (least squares residual)."""
    solution = np.linalg.lstsq(matrix.T, vector, rcond=None)[0]
    return np.allclose(matrix.T @ solution, vector, atol=1e-7)


def truth(folder):
    """The judge's view (never the attacker's): the rows of each combination in the data, to tell a
    cell withheld for its own sake (n < minimum n) from one withheld to protect others."""
    import csv
    counts = np.zeros(len(COMBOS))
    index = {combo: i for i, combo in enumerate(COMBOS)}
    for row in csv.DictReader(open(os.path.join(folder, "data.csv"))):
        counts[index[(row["provincie"], row["leeftijd"], row["b1"], row["b2"], row["x"] != "")]] += 1
    return counts


def attack(indicators, minimum, document, counts=None):
    n = len(COMBOS)
    eq, eq_b, ub, ub_b = [], [], [], []
    targets = []  # (label, vector)
    extremes = []
    rows_by_name = {i["name"]: i for i in document["indicators"]}
    for ind in indicators:
        doc = rows_by_name[ind["name"]]
        passes = FILTERS[ind["filter"]]
        quantities = MEASURES[ind["kind"]][1]
        seen = {}
        for row in doc["rows"]:
            groups = {c: row[c] for c in ind["group"]}
            dim, level = row["breakdown"], row["breakdown_value"]
            lvl = row.get("leeftijd") if ind["kind"] == "distribution" else None

            def in_cell(c, groups=groups, dim=dim, level=level):
                return passes(c) and all(value(c, g) == v for g, v in groups.items()) and (dim is None or value(c, dim) == level)
            cell = np.array([1.0 if in_cell(c) else 0.0 for c in COMBOS])
            seen[(tuple(groups.items()), dim, level)] = True
            qs = list(quantities)
            if ind["kind"] == "distribution":
                qs = [("n", lambda c: True), ("numerator " + str(lvl), lambda c, l=lvl: c[1] == l)]
            vectors = [(name, cell * np.array([1.0 if p(c) else 0.0 for c in COMBOS])) for name, p in qs]
            label = f'{ind["name"]} {groups} {dim}={level}' + (f" level {lvl}" if lvl else "")
            if row["suppressed"] is None:
                for name, vec in vectors:
                    known = row["n"] if name == "n" else row["numerator"] if name.startswith("numerator") else None
                    if known is not None:
                        eq.append(vec); eq_b.append(float(known))
                if ind["kind"] in ("count", "count_where") and row["value"] is not None:
                    eq.append(vectors[0][1]); eq_b.append(float(row["value"]))
                if ind["kind"] == "share" and row["denominator"] is not None:
                    eq.append(vectors[0][1]); eq_b.append(float(row["denominator"]))
                if ind["kind"] == "ratio" and row["denominator"] is not None:
                    eq.append(vectors[0][1]); eq_b.append(float(row["denominator"]))
            else:
                targets.append((label + " @cell", vectors[0][1]))
                if dim is not None or ind["group"]:  # the total of a set without keys is listed even without rows
                    ub.append(-cell); ub_b.append(-1.0)
                for name, vec in vectors:
                    targets.append((label + " " + name, vec))
                targets.append((label + " @end", None))
        for group_values in ([()] if not ind["group"] else [((ind["group"][0], a),) for a in AGES]):
            for dim in [None] + ind["breakdown"]:
                levels = [None] if dim is None else (PROVS if dim == "provincie" else ["L1", "L2"] if dim == "landsdeel" else AGES)
                for level in levels:
                    if (group_values, dim, level) in seen or (dim is None and not ind["group"]):
                        continue
                    eq.append(np.array([1.0 if passes(c) and all(value(c, g) == v for g, v in group_values)
                                        and (dim is None or value(c, dim) == level) else 0.0 for c in COMBOS]))
                    eq_b.append(0.0)
        if ind["kind"] in ("min", "max"):
            extremes.append((ind, doc["rows"]))
    A_eq = np.array(eq) if eq else None
    A_ub = np.array(ub) if ub else None
    recovered, zeros, narrowed, secondary = [], [], [], []
    done = {}
    found = []
    for label, vec in targets:
        if label.endswith(" @end"):
            # A cell whose n is provably at least minimum n was withheld to protect others, not for its
            # own sake: what it gives away is not a disclosure (as in tau-ARGUS).
            sink = secondary if not_small else recovered
            sink += found
            found = []
            continue
        signature = vec.tobytes()
        if signature in done:
            bounds = done[signature]
        else:
            low = linprog(vec, A_ub=A_ub, b_ub=ub_b or None, A_eq=A_eq, b_eq=eq_b or None, bounds=(0, None), method="highs")
            high = linprog(-vec, A_ub=A_ub, b_ub=ub_b or None, A_eq=A_eq, b_eq=eq_b or None, bounds=(0, None), method="highs")
            if low.status != 0:
                raise RuntimeError(f"the published numbers are inconsistent for the attacker ({low.message})")
            bounds = (low.fun, -high.fun if high.status == 0 else float("inf"))
            done[signature] = bounds
        low, high = bounds
        if label.endswith(" @cell"):
            not_small = low >= minimum - 1e-9 or (counts is not None and vec @ counts >= minimum)
            continue
        if high - low < 0.5:
            if round(low) == 0:
                zeros.append(f"{label} = 0")
            elif A_eq is not None and in_span(A_eq, vec):
                found.append(f"{label} = {round(low)}")
            else:
                narrowed.append(f"{label} = {round(low)} (by non-negativity, not by a linear combination)")
        elif high - low < minimum and not not_small:
            narrowed.append(f"{label} in [{low:g}, {high:g}]")
    for ind, rows in extremes:
        for row in rows:
            if row["breakdown"] is not None or row["suppressed"] is not None:
                continue
            groups = [row[c] for c in ind["group"]]
            for dim in ind["breakdown"]:
                cells = [r for r in rows if r["breakdown"] == dim and [r[c] for c in ind["group"]] == groups]
                withheld = [r for r in cells if r["suppressed"] is not None]
                if len(withheld) == 1 and row["value"] not in [r["value"] for r in cells if r["suppressed"] is None]:
                    recovered.append(f'{ind["name"]} {dim}={withheld[0]["breakdown_value"]} {ind["kind"]} = {row["value"]}')
    return recovered, zeros, narrowed, secondary


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--projects", type=int, default=int(os.environ.get("INDC_ATTACK_PROJECTS", "200")))
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--indc", default=os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))), ".build/debug/indc"))
    parser.add_argument("--strict", action="store_true", default=os.environ.get("INDC_ATTACK_STRICT") == "1")
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args()
    totals = {"projects": 0, "withheld": 0, "recovered": 0, "zeros": 0, "narrowed": 0, "secondary recovered": 0, "leaky projects": 0}
    failures = []
    with tempfile.TemporaryDirectory() as work:
        for number in range(args.projects):
            rng = random.Random(args.seed * 1_000_003 + number)
            folder = os.path.join(work, f"p{number}")
            os.makedirs(folder)
            indicators, minimum = make_project(rng, folder)
            done = subprocess.run([args.indc, "run", folder, "--out", os.path.join(folder, "out")], capture_output=True, text=True)
            if done.returncode != 0:
                sys.exit(f"project {number}: indc run failed:\n{done.stderr}\n" + open(os.path.join(folder, "project.ind")).read())
            document = json.load(open(os.path.join(folder, "out", "results.json")))
            totals["withheld"] += sum(r["suppressed"] is not None for i in document["indicators"] for r in i["rows"])
            recovered, zeros, narrowed, secondary = attack(indicators, minimum, document, truth(folder))
            totals["secondary recovered"] += len(secondary)
            totals["projects"] += 1
            totals["recovered"] += len(recovered)
            totals["zeros"] += len(zeros)
            totals["narrowed"] += len(narrowed)
            if recovered or (args.strict and narrowed):
                totals["leaky projects"] += 1
                failures.append((number, recovered, narrowed if args.strict else []))
            if args.verbose and (recovered or narrowed):
                print(f"project {number}: recovered {recovered}; narrowed {narrowed}")
    print("attacker: " + ", ".join(f"{v} {k}" for k, v in totals.items()))
    for number, recovered, narrowed in failures[:5]:
        print(f"  project {number} (seed {args.seed}): " + "; ".join((recovered + narrowed)[:4]))
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()

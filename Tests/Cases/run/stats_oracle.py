#!/usr/bin/env python3
"""Expected results of the `reliability-nchs` run case, computed without indc.

    python3 Tests/Cases/run/stats_oracle.py               # rewrite reliability-nchs/expected/*.csv
    python3 Tests/Cases/run/stats_oracle.py --check       # compare only; exit 1 on a difference
    python3 Tests/Cases/run/stats_oracle.py --write-data  # also rewrite the two CSV files first
    python3 Tests/Cases/run/stats_oracle.py --table       # print the intermediate values (HAND.md)

Needs numpy and scipy (pip install scipy). Every share is a domain of the
whole file's design: an unweighted sample without strata (the bare `sample`
clause, every weight 1) of N rows; the domain is the cell's rows where the
input is not missing (n rows). With z_i = (y_i - p) / n on the domain and 0
elsewhere (so the mean of z over the N rows is 0), the linearization
variance is

    se^2 = N / (N - 1) * sum_i z_i^2 = N / (N - 1) * p (1 - p) / n

(R: svyciprop(~I(ja), subset(svydesign(ids = ~1, data = d), cell & !is.na(ja)))).
df = n - 1. NCHS 2017 (Parker et al., Vital Health Stat 2(175)):

    n_eff = min(n, p (1 - p) / se^2)     (n when p is 0 or 1: no design effect)
    nu    = n_eff * (qt(0.025, n - 1) / qt(0.025, df))^2       (= n_eff here)
    low   = qbeta(0.025, nu p, nu (1 - p) + 1)   (0 when p = 0)
    high  = qbeta(0.975, nu p + 1, nu (1 - p))   (1 when p = 1)
    W     = high - low

verdict, in this order: n < minimum n -> suppressed `n < 10`, reliability
empty; n_eff < 30 or n < 30 -> `unreliable: effective n < 30`; W >= 0.30 ->
`unreliable: interval wider than 30 percentage points`; W > 0.05 and
W / p > 1.30 -> `unreliable: relative interval width above 130%` (all three
with reliability `unreliable`); otherwise shown with `review: fewer than 8
degrees of freedom` (df < 8), `review: 0%` / `review: 100%` (p = 0 / 1) or
`reliable`. Then complementary suppression within each breakdown dimension
(one suppressed cell -> the shown cell with the smallest n is withheld).

The indicators with `interval beta` show the Korn-Graubard interval of R's
svyciprop(method = "beta") in ci_low / ci_high: the same low / high with
R's n_eff = p (1 - p) / se^2 (here n (N - 1) / N < n, so equal to the NCHS
one). The script does not import or call indc.
"""
import csv
import math
import os
import random
import sys

from scipy.stats import beta as beta_dist
from scipy.stats import t as t_dist

HERE = os.path.dirname(os.path.abspath(__file__))
CASE = os.path.join(HERE, "reliability-nchs")
MINIMUM_N = 10  # the default: the dataset has no `minimum n`

# groep: (rows, rows with an empty ja, ja = true among the others)
MAIN_GROUPS = [
    ("a", 5, 0, 2),      # n < 10: suppressed by minimum n
    ("b", 20, 0, 10),    # n < 30
    ("c", 32, 2, 15),    # n = 30 but n_eff = 30 (N - 1) / N < 30
    ("d", 40, 0, 20),    # width >= 0.30
    ("e", 40, 0, 1),     # relative width above 130%
    ("f", 100, 0, 30),   # reliable
    ("g", 300, 0, 3),    # W / p > 1.30 but W <= 0.05: reliable
    ("h", 60, 0, 6),     # relative width above 130%
    ("i", 60, 0, 9),     # W / p just below 1.30: reliable
    ("j", 50, 0, 25),    # W just below 0.30: reliable
]
DEEL = {"c": "k1", "f": "k2"}  # every other groep: k3
EDGE_GROUPS = [
    ("x", 100, 0, 0),    # p = 0, W <= 0.05: review: 0%
    ("y", 40, 0, 40),    # p = 1: review: 100%
    ("z", 60, 0, 15),    # reliable
]


def write_data():
    rng = random.Random(20240612)
    rows = []
    for g, total, empty, yes in MAIN_GROUPS:
        values = [""] * empty + ["ja"] * yes + ["nee"] * (total - empty - yes)
        rows += [(g, DEEL.get(g, "k3"), v) for v in values]
    rng.shuffle(rows)
    with open(os.path.join(CASE, "steekproef.csv"), "w", newline="") as f:
        f.write("id,groep,deel,ja\n")
        for i, (g, d, v) in enumerate(rows, 1):
            f.write(f"{i},{g},{d},{v}\n")
    rows = []
    for g, total, empty, yes in EDGE_GROUPS:
        values = [""] * empty + ["ja"] * yes + ["nee"] * (total - empty - yes)
        rows += [(g, v) for v in values]
    rng.shuffle(rows)
    with open(os.path.join(CASE, "rand.csv"), "w", newline="") as f:
        f.write("id,groep,ja\n")
        for i, (g, v) in enumerate(rows, 1):
            f.write(f"{i},{g},{v}\n")


def read(name):
    with open(os.path.join(CASE, name), newline="") as f:
        return list(csv.DictReader(f))


def fmt(x):
    if x is None:
        return ""
    if isinstance(x, bool):
        return "true" if x else "false"
    if isinstance(x, str):
        return x
    x = float(x)
    if x == int(x) and abs(x) < 1e15:
        return str(int(x))
    r = repr(x)
    assert "e" not in r, r
    return r


def cell(rows, N, keep):
    """One domain: the statistics of the share of ja among the kept rows."""
    ys = [1.0 if r["ja"] == "ja" else 0.0 for r in rows if keep(r) and r["ja"] != ""]
    n = len(ys)
    k = sum(ys)
    p = k / n
    # linearization: z_i = (y_i - p) / n on the domain, 0 elsewhere; mean over N is 0
    zsum2 = sum(((y - p) / n) ** 2 for y in ys)
    se = math.sqrt(N / (N - 1) * zsum2)
    df = n - 1
    if p in (0.0, 1.0):
        n_eff = float(n)
        r_neff = None  # R: 0/0
    else:
        r_neff = p * (1 - p) / se ** 2
        n_eff = min(float(n), r_neff)
    factor = (t_dist.ppf(0.025, n - 1) / t_dist.ppf(0.025, df)) ** 2
    nu = n_eff * factor
    low = 0.0 if p == 0 else beta_dist.ppf(0.025, nu * p, nu * (1 - p) + 1)
    high = 1.0 if p == 1 else beta_dist.ppf(0.975, nu * p + 1, nu * (1 - p))
    W = high - low
    rel = math.inf if p == 0 else W / p
    if n < MINIMUM_N:
        suppressed, reliability = f"n < {MINIMUM_N}", ""
    elif n_eff < 30 or n < 30:
        suppressed, reliability = "unreliable: effective n < 30", "unreliable"
    elif W >= 0.30:
        suppressed, reliability = "unreliable: interval wider than 30 percentage points", "unreliable"
    elif W > 0.05 and rel > 1.30:
        suppressed, reliability = "unreliable: relative interval width above 130%", "unreliable"
    else:
        suppressed = ""
        if df < 8:
            reliability = "review: fewer than 8 degrees of freedom"
        elif p == 0:
            reliability = "review: 0%"
        elif p == 1:
            reliability = "review: 100%"
        else:
            reliability = "reliable"
    # R's svyciprop(method = "beta") interval (uncapped n_eff); none at p = 0 or 1
    if r_neff is None:
        ci = (None, None)
    else:
        nu_r = r_neff * factor
        ci = (beta_dist.ppf(0.025, nu_r * p, nu_r * (1 - p) + 1),
              beta_dist.ppf(0.975, nu_r * p + 1, nu_r * (1 - p)))
    note = ""
    if p == 0:
        note = "no interval: the share is 0%"
    elif p == 1:
        note = "no interval: the share is 100%"
    return dict(n=n, k=k, p=p, se=se, df=df, n_eff=n_eff, nu=nu, low=low, high=high,
                W=W, rel=rel, suppressed=suppressed, reliability=reliability,
                ci=ci, note=note)


def complementary(cells):
    """cells: list of dicts of one breakdown dimension in result order."""
    if sum(1 for c in cells if c["suppressed"]) != 1:
        return
    shown = [c for c in cells if not c["suppressed"]]
    if shown:
        smallest = min(shown, key=lambda c: c["n"])  # first on a tie
        smallest["suppressed"] = "complementary"


def compute():
    main = read("steekproef.csv")
    edge = read("rand.csv")
    N, N_edge = len(main), len(edge)
    out = {}
    table = []

    # nchs_aandeel: group by groep, interval beta
    rows = []
    for g, *_ in MAIN_GROUPS:
        c = cell(main, N, lambda r, g=g: r["groep"] == g)
        table.append(("nchs_aandeel", g, c))
        shown = not c["suppressed"]
        rows.append(["nchs_aandeel", g, "", "",
                     c["p"] if shown else None, c["k"] if shown else None,
                     c["n"] if shown else None, c["n"] if shown else None, c["suppressed"],
                     c["se"] if shown else None, c["ci"][0] if shown else None,
                     c["ci"][1] if shown else None, c["df"] if shown else None,
                     c["reliability"], c["note"] if shown else ""])
    out["nchs_aandeel"] = (["indicator", "groep", "breakdown", "breakdown_value", "value",
                            "numerator", "denominator", "n", "suppressed", "se", "ci_low",
                            "ci_high", "df", "reliability", "note"], rows)

    # nchs_rand: p = 0 and p = 1 (default logit interval: ci not checked)
    rows = []
    for g, *_ in EDGE_GROUPS:
        c = cell(edge, N_edge, lambda r, g=g: r["groep"] == g)
        table.append(("nchs_rand", g, c))
        shown = not c["suppressed"]
        rows.append(["nchs_rand", g, "", "", c["p"] if shown else None,
                     c["n"] if shown else None, c["suppressed"],
                     c["se"] if shown else None, c["df"] if shown else None,
                     c["reliability"], c["note"] if shown else ""])
    out["nchs_rand"] = (["indicator", "groep", "breakdown", "breakdown_value", "value", "n",
                         "suppressed", "se", "df", "reliability", "note"], rows)

    # nchs_complementair: breakdown deel, interval beta; NCHS first, then complementary
    total = cell(main, N, lambda r: True)
    table.append(("nchs_complementair", "total", total))
    parts = []
    for d in ("k1", "k2", "k3"):
        c = cell(main, N, lambda r, d=d: r["deel"] == d)
        c["value_key"] = d
        parts.append(c)
        table.append(("nchs_complementair", "deel " + d, dict(c)))
    if not total["suppressed"]:
        complementary(parts)
    rows = []
    for key, c in [("", total)] + [(p["value_key"], p) for p in parts]:
        shown = not c["suppressed"]
        rows.append(["nchs_complementair", "deel" if key else "", key,
                     c["p"] if shown else None, c["n"] if shown else None, c["suppressed"],
                     c["se"] if shown else None, c["ci"][0] if shown else None,
                     c["ci"][1] if shown else None, c["df"] if shown else None])
    out["nchs_complementair"] = (["indicator", "breakdown", "breakdown_value", "value", "n",
                                  "suppressed", "se", "ci_low", "ci_high", "df"], rows)
    return out, table, N, N_edge


def render(header, rows):
    lines = [",".join(header)]
    for r in rows:
        assert len(r) == len(header)
        lines.append(",".join(fmt(v) for v in r))
    return "\n".join(lines) + "\n"


def main(argv):
    if "--write-data" in argv:
        write_data()
    out, table, N, N_edge = compute()
    if "--table" in argv:
        print(f"N = {N} (steekproef.csv), {N_edge} (rand.csv)\n")
        print("| indicator | cell | n | p | se | n_eff | W = high - low | W / p | verdict |")
        print("| --- | --- | --- | --- | --- | --- | --- | --- | --- |")
        for ind, key, c in table:
            verdict = c["suppressed"] or c["reliability"]
            print(f"| {ind} | {key} | {c['n']} | {c['p']:.6g} | {c['se']:.6g} | {c['n_eff']:.6g} | "
                  f"{c['high']:.6g} − {c['low']:.6g} = {c['W']:.6g} | {c['rel']:.6g} | {verdict} |")
        return 0
    status = 0
    for name, (header, rows) in out.items():
        path = os.path.join(CASE, "expected", name + ".csv")
        text = render(header, rows)
        if "--check" in argv:
            with open(path) as f:
                if f.read() != text:
                    print(f"differs: {path}")
                    status = 1
        else:
            with open(path, "w") as f:
                f.write(text)
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

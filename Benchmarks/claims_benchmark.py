#!/usr/bin/env python3
"""Claims-scale benchmark (issue 5): indc run vs DuckDB vs polars on the same CSV and the same five indicators.

Generates a deterministic claims CSV (declaratie_id, patient_id, jaar 2019-2024, kwartaal 1-4, sector,
modaliteit, leeftijdsklasse, inkomenskwintiel 1-5, herhaalconsult 0/1, kosten with 2 decimals) at
--rows rows, writes the dataset and the five indicators as a .ind file, then runs, --runs times each:
  indc:   one `indc run` (release build) computing all five indicators;
  duckdb: the same numbers as four SQL queries straight from the CSV;
  polars: four lazy scans collected together (collect_all).
It checks that the three agree (every cell; counts exactly, other values to 1e-9 relative) and fails
otherwise, then prints the median time per tool, the ratios indc/polars and indc/DuckDB, and indc's
peak resident memory.

Usage: python3 Benchmarks/claims_benchmark.py [--rows 10000000] [--runs 3] [--work /tmp/indc-claims]
Needs: swift (builds indc in release mode), and duckdb, polars, numpy from PyPI (installed when missing).
"""
import argparse, csv, os, statistics, subprocess, sys, tempfile, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PACKAGES = {"duckdb": "duckdb==2.0.0", "polars": "polars==2.1.0", "numpy": "numpy"}


def ensure_packages():
    missing = []
    for module, spec in PACKAGES.items():
        try:
            __import__(module)
        except ImportError:
            missing.append(spec)
    if missing:
        subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "--disable-pip-version-check"] + missing, check=True)


SECTORS = ["MSZ", "huisartsenzorg", "VVT", "GGZ"]
MODALITIES = ["fysiek", "telefonisch", "beeldcontact", "schriftelijk"]
AGES = ["0-17", "18-39", "40-64", "65-74", "75+"]

IND = """dataset claims {
  file "claims.csv"
  column declaratie_id: integer
  column patient_id: integer
  column jaar: integer
  column kwartaal: integer
  column sector: category("MSZ", "huisartsenzorg", "VVT", "GGZ")
  column modaliteit: category("fysiek", "telefonisch", "beeldcontact", "schriftelijk")
  column leeftijdsklasse: category("0-17", "18-39", "40-64", "65-74", "75+")
  column inkomenskwintiel: integer
  column herhaalconsult: integer
  column kosten: number
}

indicator digitale_herhaalconsulten_per_1000 {
  title "Digitale herhaalconsulten MSZ per 1000 herhaalconsulten"
  source claims
  filter sector = "MSZ" and herhaalconsult = 1
  group by jaar, inkomenskwintiel
  measure count(where modaliteit in ("beeldcontact", "schriftelijk")) / count() per 1000
}

indicator herhaalconsulten_per_modaliteit {
  title "Herhaalconsulten MSZ per modaliteit"
  source claims
  filter sector = "MSZ" and herhaalconsult = 1
  group by jaar, modaliteit
  measure count()
}

indicator patienten_vvt {
  title "Unieke patienten VVT"
  source claims
  filter sector = "VVT"
  group by jaar
  measure distinct(patient_id)
}

indicator gemiddelde_kosten {
  title "Gemiddelde kosten per declaratie"
  source claims
  group by leeftijdsklasse, jaar
  measure mean(kosten)
}

indicator totale_kosten {
  title "Totale kosten"
  source claims
  group by leeftijdsklasse, jaar
  measure sum(kosten)
}
"""


def generate(work, rows):
    import numpy as np, polars as pl
    path = os.path.join(work, "claims.csv")
    stamp = os.path.join(work, f"claims.{rows}.done")
    if os.path.exists(stamp) and os.path.exists(path):
        return path
    rng = np.random.default_rng(20261123)
    chunk = 2_000_000
    with open(path, "wb") as out:
        for start in range(0, rows, chunk):
            n = min(chunk, rows - start)
            sector = rng.choice(4, n, p=[0.4, 0.3, 0.15, 0.15])
            frame = pl.DataFrame({
                "declaratie_id": np.arange(start + 1, start + n + 1),
                "patient_id": rng.integers(1, 2_000_001, n),
                "jaar": rng.integers(2019, 2025, n),
                "kwartaal": rng.integers(1, 5, n),
                "sector": np.array(SECTORS)[sector],
                "modaliteit": np.array(MODALITIES)[rng.choice(4, n, p=[0.6, 0.2, 0.12, 0.08])],
                "leeftijdsklasse": np.array(AGES)[rng.choice(5, n, p=[0.15, 0.3, 0.3, 0.13, 0.12])],
                "inkomenskwintiel": rng.integers(1, 6, n),
                "herhaalconsult": (rng.random(n) < 0.45).astype(np.int64),
                "kosten": np.round(rng.gamma(2.0, 60.0, n), 2),
            })
            frame.write_csv(out, include_header=start == 0, float_precision=2)
    open(stamp, "w").close()
    return path


def run_indc(work, binary):
    out = os.path.join(work, "indc-results")
    # Timed as started directly, without a wrapper process's start-up; the peak memory comes from
    # `peak_memory`, since a child's ru_maxrss also counts its parent's pages before exec.
    with tempfile.TemporaryFile() as errors:
        started = time.monotonic()
        done = subprocess.run([binary, "run", work, "--out", out], stdout=subprocess.DEVNULL, stderr=errors)
        elapsed = time.monotonic() - started
        if done.returncode != 0:
            errors.seek(0)
            sys.exit("indc run failed:\n" + errors.read().decode("utf-8", "replace"))
    results = {}
    for name in ["digitale_herhaalconsulten_per_1000", "herhaalconsulten_per_modaliteit", "patienten_vvt", "gemiddelde_kosten", "totale_kosten"]:
        with open(os.path.join(out, name + ".csv"), newline="", encoding="utf-8") as f:
            reader = csv.DictReader(f)
            keys = reader.fieldnames[1:reader.fieldnames.index("breakdown")]
            results[name] = {tuple(row[k] for k in keys): float(row["value"]) for row in reader}
    return elapsed, results


def peak_memory(work, binary):
    """indc's peak resident memory in MB, from a small Python process that runs it once and reports its children's peak."""
    probe = ("import resource, subprocess, sys; r = subprocess.run(sys.argv[1:], capture_output=True, text=True); "
             "sys.stderr.write(r.stderr); print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss); sys.exit(r.returncode)")
    done = subprocess.run([sys.executable, "-c", probe, binary, "run", work, "--out", os.path.join(work, "indc-results")],
                          capture_output=True, text=True)
    if done.returncode != 0:
        sys.exit("indc run failed:\n" + done.stderr)
    return int(done.stdout.strip()) / 1024


def run_duckdb(path):
    import duckdb
    con = duckdb.connect()
    src = f"read_csv('{path}', header=true, columns={{'declaratie_id':'BIGINT','patient_id':'BIGINT','jaar':'BIGINT','kwartaal':'BIGINT'," \
          "'sector':'VARCHAR','modaliteit':'VARCHAR','leeftijdsklasse':'VARCHAR','inkomenskwintiel':'BIGINT','herhaalconsult':'BIGINT','kosten':'DOUBLE'})"
    started = time.monotonic()
    a = con.execute(f"select jaar, inkomenskwintiel, count(*) filter (where modaliteit in ('beeldcontact','schriftelijk')) * 1000.0 / count(*) "
                    f"from {src} where sector = 'MSZ' and herhaalconsult = 1 group by all").fetchall()
    b = con.execute(f"select jaar, modaliteit, count(*) from {src} where sector = 'MSZ' and herhaalconsult = 1 group by all").fetchall()
    c = con.execute(f"select jaar, count(distinct patient_id) from {src} where sector = 'VVT' group by all").fetchall()
    d = con.execute(f"select leeftijdsklasse, jaar, avg(kosten), sum(kosten) from {src} group by all").fetchall()
    elapsed = time.monotonic() - started
    return elapsed, {
        "digitale_herhaalconsulten_per_1000": {(str(r[0]), str(r[1])): r[2] for r in a},
        "herhaalconsulten_per_modaliteit": {(str(r[0]), r[1]): float(r[2]) for r in b},
        "patienten_vvt": {(str(r[0]),): float(r[1]) for r in c},
        "gemiddelde_kosten": {(r[0], str(r[1])): r[2] for r in d},
        "totale_kosten": {(r[0], str(r[1])): r[3] for r in d},
    }


def run_polars(path):
    import polars as pl
    started = time.monotonic()
    scan = pl.scan_csv(path)
    msz = scan.filter((pl.col("sector") == "MSZ") & (pl.col("herhaalconsult") == 1))
    a = msz.group_by("jaar", "inkomenskwintiel").agg(
        (pl.col("modaliteit").is_in(["beeldcontact", "schriftelijk"]).sum() * 1000.0 / pl.len()).alias("v"))
    b = msz.group_by("jaar", "modaliteit").agg(pl.len().alias("v"))
    c = scan.filter(pl.col("sector") == "VVT").group_by("jaar").agg(pl.col("patient_id").n_unique().alias("v"))
    d = scan.group_by("leeftijdsklasse", "jaar").agg(pl.col("kosten").mean().alias("m"), pl.col("kosten").sum().alias("s"))
    a, b, c, d = pl.collect_all([a, b, c, d])
    elapsed = time.monotonic() - started
    return elapsed, {
        "digitale_herhaalconsulten_per_1000": {(str(r[0]), str(r[1])): r[2] for r in a.iter_rows()},
        "herhaalconsulten_per_modaliteit": {(str(r[0]), r[1]): float(r[2]) for r in b.iter_rows()},
        "patienten_vvt": {(str(r[0]),): float(r[1]) for r in c.iter_rows()},
        "gemiddelde_kosten": {(r[0], str(r[1])): r[2] for r in d.iter_rows()},
        "totale_kosten": {(r[0], str(r[1])): r[3] for r in d.iter_rows()},
    }


def same(tool, reference, other):
    problems = []
    for name, cells in reference.items():
        theirs = other[name]
        if set(cells) != set(theirs):
            problems.append(f"{name}: cells differ ({len(cells)} vs {len(theirs)})")
            continue
        for key, value in cells.items():
            if abs(value - theirs[key]) > 1e-9 * max(abs(value), abs(theirs[key])):
                problems.append(f"{name} {key}: indc {value!r}, {tool} {theirs[key]!r}")
    return problems


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=10_000_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--work", default="/tmp/indc-claims")
    parser.add_argument("--indc", default=os.path.join(ROOT, ".build/release/indc"))
    parser.add_argument("--no-build", action="store_true", help="use the existing release build")
    args = parser.parse_args()
    ensure_packages()
    work = os.path.join(args.work, str(args.rows))
    os.makedirs(work, exist_ok=True)
    path = generate(work, args.rows)
    with open(os.path.join(work, "claims.ind"), "w", encoding="utf-8") as f:
        f.write(IND)
    if not args.no_build:
        subprocess.run(["swift", "build", "-c", "release", "--product", "indc"], cwd=ROOT, check=True, capture_output=True)
    times = {"indc": [], "duckdb": [], "polars": []}
    peak = peak_memory(work, args.indc)
    for _ in range(args.runs):
        elapsed, indc = run_indc(work, args.indc)
        times["indc"].append(elapsed)
        elapsed, duck = run_duckdb(path)
        times["duckdb"].append(elapsed)
        elapsed, polar = run_polars(path)
        times["polars"].append(elapsed)
        problems = same("duckdb", indc, duck) + same("polars", indc, polar)
        if problems:
            sys.exit("results differ:\n" + "\n".join(problems[:20]))
    size = os.path.getsize(path) / 1e6
    median = {tool: statistics.median(values) for tool, values in times.items()}
    print(f"| rows | file | tool | median of {args.runs} (s) | indc / tool |")
    print("| --- | --- | --- | --- | --- |")
    for tool in ["indc", "polars", "duckdb"]:
        print(f"| {args.rows:,} | {size:.0f} MB | {tool} | {median[tool]:.2f} | {median['indc'] / median[tool]:.2f} |")
    print(f"results identical across the three tools; indc peak memory {peak:.0f} MB")


if __name__ == "__main__":
    main()

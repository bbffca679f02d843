#!/usr/bin/env python3
"""Differential test of `indc sql`: every shipped indicator and every run case is computed by the
native engine (`indc run`) and by the SQL `indc sql` prints, on DuckDB and PostgreSQL, and the results
must be identical: text and counts exactly, floating values to 1e-9 relative.

Compared: every column SQL computes. Not compared: se, ci_low, ci_high, df, n_eff, change_se, change_p,
change_significant and reliability (survey intervals: SQL leaves them empty), and in `note` the reasons
that come from them (`no interval: …`). An indicator the native engine does not compute (data errors)
must make its query fail. Indicators `indc sql` refuses (`reliability nchs`) are listed, not compared.

    python3 Tests/Differential/differential.py [--engines duckdb,postgres] [--indc .build/debug/indc] [PROJECT ...]
"""
import argparse
import csv
import glob
import os
import re
import subprocess
import sys
import tempfile

import engines

SKIPPED = {"se", "ci_low", "ci_high", "df", "n_eff", "change_se", "change_p", "change_significant", "reliability"}
TRUTH = {("true", "t"), ("false", "f")}
# Known differences of an engine's CSV reading, not of the compiled SQL: (engine, project folder, indicator) → why.
KNOWN = {
    ("postgres", "delimiter-tab", "consulten_per_praktijk"):
        "PostgreSQL's COPY reads a quote inside an unquoted field (Huisartsen \"Het Plein\") as the start of a quoted part; "
        "indc and DuckDB keep it as a character",
}


def sql_queries(indc, project, dialect):
    """The queries by indicator, and the refused indicators with their reasons."""
    done = subprocess.run([indc, "sql", project, "--dialect", dialect], capture_output=True, text=True)
    queries = {}
    for block in re.split(r"(?m)^(?=-- indicator: )", done.stdout):
        if block.startswith("-- indicator: "):
            queries[block.split("\n", 1)[0][len("-- indicator: "):]] = block
    refused = dict(re.findall(r"(?m)^error: indicator (\S+): (.*)$", done.stderr))
    return queries, refused


def native(indc, project, out):
    subprocess.run([indc, "run", project, "--out", out], capture_output=True, text=True)
    tables = {}
    for path in glob.glob(os.path.join(out, "*.csv")):
        if not path.endswith(".rejected.csv") and os.path.basename(path) != "disclosure.csv":
            with open(path, newline="", encoding="utf-8") as file:
                tables[os.path.basename(path)[:-4]] = list(csv.reader(file))
    return tables


def same(expected, actual, column):
    if column == "note":
        expected = "; ".join(part for part in expected.split("; ") if part and not part.startswith("no interval:"))
    if expected == actual or (expected, actual) in TRUTH:
        return True
    try:
        a, b = float(expected), float(actual)
    except ValueError:
        return False
    return abs(a - b) <= 1e-9 * max(abs(a), abs(b)) or abs(a - b) < 1e-12


def differences(expected, actual):
    header, rows = expected[0], expected[1:]
    if isinstance(actual, Exception):
        return [f"query failed: {str(actual).splitlines()[0] if str(actual) else type(actual).__name__}"]
    if len(rows) != len(actual):
        return [f"{len(rows)} native rows, {len(actual)} SQL rows"]
    found = []
    for number, (mine, theirs) in enumerate(zip(rows, actual), 1):
        for column, a, b in zip(header, mine, theirs):
            if column not in SKIPPED and not same(a, b, column):
                found.append(f"row {number} {column}: native {a!r}, SQL {b!r}")
    return found[:5]


def compare(indc, project, engine, scratch):
    expected = native(indc, project, tempfile.mkdtemp(dir=scratch))
    queries, refused = sql_queries(indc, project, engine.dialect)
    results = engine.run(project, queries)
    report = {"compared": 0, "failed": [], "refused": refused, "known": []}
    for name in sorted(set(queries) | set(expected)):
        if name in refused:
            continue
        if name not in expected:
            if not isinstance(results.get(name), Exception):
                report["failed"].append((name, ["native computes nothing (data errors), the SQL query gave rows"]))
            report["compared"] += 1
            continue
        problems = ["no query"] if name not in results else differences(expected[name], results[name])
        report["compared"] += 1
        known = KNOWN.get((engine.name, os.path.basename(os.path.normpath(project)), name))
        if known and problems:
            report["known"].append((name, known))
            continue
        if problems:
            report["failed"].append((name, problems))
    return report


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--engines", default="duckdb,postgres")
    parser.add_argument("--indc", default=".build/debug/indc")
    parser.add_argument("projects", nargs="*")
    options = parser.parse_args()
    projects = options.projects or ["Indicators"] + sorted(glob.glob("Tests/Cases/run/*/"))
    failures = 0
    with tempfile.TemporaryDirectory() as scratch:
        for name in options.engines.split(","):
            engine = engines.DuckDB(scratch) if name == "duckdb" else engines.PostgreSQL(scratch, options.indc)
            compared, refused = 0, {}
            try:
                for project in projects:
                    report = compare(options.indc, project, engine, scratch)
                    compared += report["compared"]
                    refused.update(report["refused"])
                    for indicator, why in report["known"]:
                        print(f"known difference {name} {project} {indicator}: {why}")
                    for indicator, problems in report["failed"]:
                        failures += 1
                        print(f"FAIL {name} {project} {indicator}: " + "; ".join(problems))
            finally:
                if name == "postgres":
                    engine.stop()
            print(f"{name}: {compared} indicators from {len(projects)} projects compared with the native engine, "
                  f"{len(refused)} refused by indc sql ({', '.join(sorted(refused)) or 'none'})")
    print(f"differential: {failures} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())

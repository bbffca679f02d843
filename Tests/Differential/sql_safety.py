#!/usr/bin/env python3
"""Hostile and extreme inputs through `indc run --engine duckdb|postgres` (the engines' own clients,
as users run them): nothing from a `.ind` or data file reaches a shell or a client command, and the
engines publish what the native engine publishes, or refuse clearly (issue 13, items 1 and 7).

Expected values are the native engine's files compared column by column (as differential.py does), plus
hand-derived facts: a marker file that a smuggled command would create, 2^-1075 rounding to zero.

    python3 Tests/Differential/sql_safety.py [--indc .build/debug/indc] [TEST ...]
"""
import argparse
import csv
import glob
import os
import subprocess
import sys
import tempfile

import engines
from differential import differences

INDC = ".build/debug/indc"
POSTGRES = None


def project(folder, source, files):
    """Writes `p.ind` and the data files (name → text) into `folder`."""
    with open(os.path.join(folder, "p.ind"), "w", encoding="utf-8") as file:
        file.write(source)
    for name, text in files.items():
        with open(os.path.join(folder, name), "w", encoding="utf-8") as file:
            file.write(text)


def indc(folder, *arguments):
    return subprocess.run([os.path.abspath(INDC), *arguments], cwd=folder, capture_output=True, text=True)


def tables(out):
    found = {}
    for path in glob.glob(os.path.join(out, "*.csv")):
        if not path.endswith(".rejected.csv"):
            with open(path, newline="", encoding="utf-8") as file:
                found[os.path.basename(path)[:-4]] = list(csv.reader(file))
    return found


def run_engine(folder, engine, out):
    """`indc run` on `engine` (native, duckdb, postgres: its tables loaded first with `indc sql --ddl`)."""
    if engine == "native":
        return indc(folder, "run", ".", "--out", out)
    if engine == "duckdb":
        return indc(folder, "run", ".", "--engine", "duckdb", "--out", out)
    POSTGRES.databases += 1
    database = f"safety{POSTGRES.databases}"
    POSTGRES.psql("postgres", f"CREATE DATABASE {database};")
    ddl = indc(folder, "sql", ".", "--ddl", "--dialect", "postgres")
    POSTGRES.psql(database, ddl.stdout)
    url = f"postgresql://postgres@127.0.0.1:{POSTGRES.port}/{database}"
    return indc(folder, "run", ".", "--engine", "postgres", "--connection", url, "--out", out)


def same_as_native(folder, engine_names=("duckdb", "postgres")):
    """Problems where an engine's files differ from the native engine's."""
    run_engine(folder, "native", os.path.join(folder, "native"))
    native = tables(os.path.join(folder, "native"))
    problems = []
    for engine in engine_names:
        out = os.path.join(folder, engine)
        done = run_engine(folder, engine, out)
        if done.returncode != 0:
            problems.append(f"{engine} exited {done.returncode}: {done.stderr.strip()[-300:]}")
        computed = tables(out)
        for name, expected in native.items():
            if name not in computed:
                problems.append(f"{engine}: no {name}.csv")
                continue
            if computed[name][0] != expected[0]:
                problems.append(f"{engine} {name}: columns differ")
            problems += [f"{engine} {name}: {p}" for p in differences(expected, computed[name][1:])]
    return problems


def test_sqlTitleLineBreakCannotEndComment(folder):
    title = r'Aantal\n.shell touch XDUCK\n\\! touch YPG\nDROP TABLE IF EXISTS victim;'
    project(folder, f'dataset d {{\n  file "d.csv"\n  minimum n 0\n  column x: number\n}}\n'
                    f'indicator aantal {{\n  title "{title}"\n  source d\n  measure sum(x)\n}}\n', {"d.csv": "x\n1\n2\n"})
    problems = same_as_native(folder)
    return problems + [f"{marker} was created" for marker in ("XDUCK", "YPG") if os.path.exists(os.path.join(folder, marker))]


def test_sqlDDLPathLineBreakCannotRunCommand(folder):
    name = "d\n\\! touch PGMARK\n.csv"
    project(folder, 'dataset d {\n  file "d\\n\\\\! touch PGMARK\\n.csv"\n  minimum n 0\n  column x: number\n}\n'
                    'indicator s {\n  title "s"\n  source d\n  measure sum(x)\n}\n', {name: "x\n1\n"})
    ddl = indc(folder, "sql", ".", "--ddl", "--dialect", "postgres")
    here = os.getcwd()
    os.chdir(folder)  # psql's \! runs in psql's folder
    try:
        POSTGRES.psql("postgres", ddl.stdout)
    finally:
        os.chdir(here)
    problems = [] if ddl.returncode != 0 else [f"--ddl exited 0: {ddl.stdout[-300:]}"]
    return problems + (["PGMARK was created"] if os.path.exists(os.path.join(folder, "PGMARK")) else [])


def test_sqlNineteenDigitIntegersDecodedAsNative(folder):
    rows = ["9223372036854775807", "-9223372036854775808", "0009223372036854775807", "9223372036854775808", "+1234567890123456789",
            "-9223372036854775809", "00000000000000000000000000042", "12"]
    project(folder, 'dataset d {\n  file "d.csv"\n  minimum n 0\n  on error skip\n  column k: integer\n}\n'
                    'indicator n {\n  title "n"\n  source d\n  group by k\n  measure count()\n}\n', {"d.csv": "k\n" + "\n".join(rows) + "\n"})
    return same_as_native(folder)


def test_sqlOverflowingNumbersAreNotNumbers(folder):
    rows = ["1e400", "-1e400", "1.7976931348623159e308", "1.7976931348623158e308", "0.00001e308000", "5", "1" + "0" * 308, "1" + "0" * 309]
    project(folder, 'dataset d {\n  file "d.csv"\n  minimum n 0\n  on error skip\n  column x: number\n}\n'
                    'indicator s {\n  title "s"\n  source d\n  measure max(x)\n}\nindicator c {\n  title "c"\n  source d\n  measure count()\n}\n',
            {"d.csv": "x\n" + "\n".join(rows) + "\n"})
    return same_as_native(folder)


def test_sqlUnderflowingNumbersReadAsZero(folder):
    rows = ["1e-400", "-1e-400", "2.4703282292062327e-324", "2.4703282292062328e-324", "0.000000000001e-313", "4e-320", "0e99999999999"]
    project(folder, 'dataset d {\n  file "d.csv"\n  minimum n 0\n  column id: integer\n  column x: number\n}\n'
                    'indicator v {\n  title "v"\n  source d\n  group by id\n  measure max(x)\n}\n',
            {"d.csv": "id,x\n" + "\n".join(f"{i},{x}" for i, x in enumerate(rows)) + "\n"})
    problems = same_as_native(folder)
    native = tables(os.path.join(folder, "native")).get("v", [[]])
    values = [float(row[native[0].index("value")]) for row in native[1:]]
    if values != [0, 0, 0, 5e-324, 0, 4e-320, 0]:
        problems.append(f"native values {values}: 2^-1075 and below round to zero, just above it to 5e-324")
    return problems


def test_sqlYearZeroDateRefused(folder):
    project(folder, 'dataset d {\n  file "d.csv"\n  minimum n 0\n  column dag: date\n}\n'
                    'indicator n {\n  title "n"\n  source d\n  group by dag\n  measure count()\n}\n', {"d.csv": "dag\n0000-01-01\n2024-01-01\n"})
    done = run_engine(folder, "duckdb", os.path.join(folder, "duckdb"))
    problems = [] if done.returncode != 0 and "year 0" in done.stderr else [f"duckdb exited {done.returncode}: {done.stderr.strip()[-200:]}"]
    # PostgreSQL refuses while `indc sql --ddl` loads the table
    ddl = indc(folder, "sql", ".", "--ddl", "--dialect", "postgres")
    load = POSTGRES.psql("postgres", ddl.stdout)
    if load.returncode == 0 or "year 0" not in load.stderr:
        problems.append(f"postgres load exited {load.returncode}: {load.stderr.strip()[-200:]}")
    # a year-0 date in a filter: DuckDB holds it, PostgreSQL stops the query naming it
    literal = os.path.join(folder, "literal")
    os.mkdir(literal)
    project(literal, 'dataset d {\n  file "d.csv"\n  minimum n 0\n  column dag: date\n}\n'
                     'indicator n {\n  title "n"\n  source d\n  filter dag > "0000-01-01"\n  measure count()\n}\n', {"d.csv": "dag\n2024-01-01\n"})
    problems += same_as_native(literal, ("duckdb",))
    done = run_engine(literal, "postgres", os.path.join(literal, "postgres"))
    if done.returncode == 0 or "year 0" not in done.stderr:
        problems.append(f"postgres with a year-0 literal exited {done.returncode}: {done.stderr.strip()[-200:]}")
    return problems


def test_sqlBareCountCompilesAndRuns(folder):
    project(folder, 'dataset d {\n  file "d.csv"\n  minimum n 0\n  column id: integer\n}\n'
                    'indicator n {\n  title "n"\n  source d\n  measure count()\n}\n', {"d.csv": "id\n1\n2\n3\n"})
    return same_as_native(folder)


def test_sqlDuckDBEmptyFieldsAreNotNullText(folder):
    project(folder, 'dataset d {\n  file "d.csv"\n  minimum n 3\n  column g: category("a", "b")\n  column x: number\n}\n'
                    'indicator m {\n  title "m"\n  source d\n  group by g\n  measure mean(x)\n}\n', {"d.csv": "g,x\na,1\na,2\na,3\nb,4\n"})
    problems = same_as_native(folder, ("duckdb",))
    with open(os.path.join(folder, "duckdb", "m.csv"), encoding="utf-8") as file:
        return problems + (["duckdb wrote NULL text"] if "NULL" in file.read() else [])


def test_sqlConnectionIsNotAClientOption(folder):
    project(folder, 'dataset d {\n  file "d.csv"\n  minimum n 0\n  column x: number\n}\n'
                    'indicator s {\n  title "s"\n  source d\n  measure sum(x)\n}\n', {"d.csv": "x\n1\n"})
    done = indc(folder, "run", ".", "--engine", "duckdb", "--connection", "-unsigned", "--out", "out")
    if done.returncode != 0:
        return [f"exited {done.returncode}: {done.stderr[-200:]}"]
    return [] if os.path.exists(os.path.join(folder, "-unsigned")) else ["-unsigned was not opened as the database file"]


def main():
    global INDC, POSTGRES
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--indc", default=INDC)
    parser.add_argument("tests", nargs="*")
    options = parser.parse_args()
    INDC = options.indc
    tests = {name: test for name, test in globals().items() if name.startswith("test_")}
    chosen = [f"test_{name}" if not name.startswith("test_") else name for name in options.tests] or sorted(tests)
    passed = failed = 0
    with tempfile.TemporaryDirectory() as scratch:
        POSTGRES = engines.PostgreSQL(scratch, INDC)
        try:
            for name in chosen:
                folder = tempfile.mkdtemp(dir=scratch)
                problems = tests[name](folder)
                print(("FAIL " if problems else "ok   ") + name[5:] + "".join(f"\n     {p}" for p in problems[:6]))
                passed, failed = passed + (not problems), failed + bool(problems)
        finally:
            POSTGRES.stop()
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

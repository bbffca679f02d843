#!/usr/bin/env python3
"""Expected results of the `indc run` cases, computed by an independent engine.

Every case folder below Tests/Cases/run/ that holds an `oracle.sql` gets its
expected results from DuckDB. The file is a sequence of SQL statements:

    -- optional preamble: views over read_csv(...), run first
    CREATE TEMP VIEW ... ;

    -- indicator: NAME
    SELECT ... ;            -- exactly the result columns, already sorted

    -- indicator: OTHER
    SELECT ... ;

Each case gets a fresh in-memory DuckDB connection; `common.sql` (macros for
the reading and result rules) runs first, then the preamble, then the
queries, all with the case folder as the current directory. Each query's rows
are written to `<case>/expected/NAME.csv`.

Usage:
    python3 Tests/Cases/run/oracle.py            # (re)write the expected files
    python3 Tests/Cases/run/oracle.py --check    # compare only; exit 1 on a difference
    python3 Tests/Cases/run/oracle.py CASE ...   # only these case folders

Cell formatting (what `indc run --format csv` writes):
    missing             -> empty field
    booleans            -> true / false
    integral numbers    -> integer form (12, not 12.0)
    other numbers       -> shortest round-trip (Python repr), never an exponent
    dates               -> yyyy-mm-dd
Files are UTF-8 without a byte-order mark, "\\n" line ends, minimal quoting.
Expected files that are written by hand (see a case's HAND.md) are never
touched: only indicators named in oracle.sql are written or checked.
"""

import csv
import datetime
import decimal
import io
import math
import os
import re
import sys

try:
    import duckdb
except ImportError:  # pragma: no cover
    sys.exit("oracle.py needs DuckDB: pip install duckdb==2.0.0")

HERE = os.path.dirname(os.path.abspath(__file__))
MARKER = re.compile(r"^--\s*indicator:\s*(\S+)\s*$")


def split_sql(text):
    """The preamble and the (name, query) pairs of an oracle.sql file."""
    preamble, queries = [], []
    current = None
    for line in text.splitlines():
        m = MARKER.match(line)
        if m:
            current = [m.group(1), []]
            queries.append(current)
        elif current is None:
            preamble.append(line)
        else:
            current[1].append(line)
    names = [name for name, _ in queries]
    duplicates = {name for name in names if names.count(name) > 1}
    if duplicates:
        raise ValueError("indicator named twice: " + ", ".join(sorted(duplicates)))
    return "\n".join(preamble), [(name, "\n".join(lines)) for name, lines in queries]


def format_number(x):
    if isinstance(x, decimal.Decimal):
        x = float(x)
    if math.isnan(x) or math.isinf(x):
        raise ValueError("a result is %r: results never hold NaN or infinity" % x)
    if x == 0:
        return "0"
    if x.is_integer() and abs(x) < 2.0 ** 63:
        return str(int(x))
    text = repr(x)
    if "e" in text or "E" in text:
        text = format(decimal.Decimal(text), "f")
    return text


def format_cell(value):
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, (float, decimal.Decimal)):
        return format_number(value)
    if isinstance(value, datetime.datetime):
        raise ValueError("a timestamp in a result: cast it to DATE")
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, str):
        return value
    raise ValueError("cannot format %r (%s)" % (value, type(value).__name__))


def to_csv(header, rows):
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow(header)
    for row in rows:
        writer.writerow([format_cell(v) for v in row])
    return out.getvalue()


WITHHELD_BLANK = ["value", "numerator", "denominator", "n", "se", "ci_low", "ci_high", "df", "n_eff", "previous",
                  "change", "change_se", "change_p", "change_significant", "target_met", "target_status",
                  "target_gap", "reliability", "note"]


def describe(header, row):
    """A row's cell as `disclosure.csv` names it: `NAME g=v ... dim=value level L`, missing as (missing)."""
    text = lambda v: "(missing)" if v == "" else v
    b = header.index("breakdown")
    parts = ["%s=%s" % (g, text(v)) for g, v in zip(header[1:b], row[1:b])]
    if row[b]:
        parts.append("%s=%s" % (row[b], text(row[b + 1])))
    if header[b + 2] != "value":
        parts.append("level %s" % text(row[b + 2]))
    return row[0] + (" " + " ".join(parts) if parts else " total")


def withhold_secondary(case_dir, text):
    """Applies the case's `secondary.csv` (the cells indc's audit withholds to protect others: which
    cells is the audit's choice, checked for safety by Tests/Disclosure/attacker.py) to an expected
    CSV text: those rows show only `withheld` (and a fixed target). The values of every shown cell
    stay the oracle's."""
    path = os.path.join(case_dir, "secondary.csv")
    if not os.path.exists(path):
        return text
    with open(path, encoding="utf-8", newline="") as f:
        cells = {(r["indicator"], r["cell"]) for r in csv.DictReader(f)}
    relative = set()  # indicators with a relative target (`target >= 70% of OTHER`): a withheld row shows none
    for name in os.listdir(case_dir):
        if name.endswith(".ind"):
            with open(os.path.join(case_dir, name), encoding="utf-8") as f:
                for block in re.findall(r"(?ms)^indicator\s+(\w+)\s*\{(.*?)^\}", f.read()):
                    if re.search(r"(?m)^\s*target\b.*%\s+of\s+\w+", block[1]):
                        relative.add(block[0])
    rows = list(csv.reader(io.StringIO(text)))
    header = rows[0]
    if "breakdown" not in header:
        return text
    for row in rows[1:]:
        if (row[0], describe(header, row)) in cells:
            for column in WITHHELD_BLANK:
                if column in header:
                    row[header.index(column)] = ""
            row[header.index("suppressed")] = "withheld"
            if row[0] in relative:
                row[header.index("target")] = ""
    out = io.StringIO()
    csv.writer(out, lineterminator="\n", quoting=csv.QUOTE_MINIMAL).writerows(rows)
    return out.getvalue()


def run_case(case_dir):
    """{indicator name: expected CSV text} for one case folder."""
    with open(os.path.join(case_dir, "oracle.sql"), encoding="utf-8") as f:
        preamble, queries = split_sql(f.read())
    results = {}
    old_cwd = os.getcwd()
    os.chdir(case_dir)
    try:
        con = duckdb.connect(":memory:")
        con.execute("SET threads = 1")  # one summation order: stable last digits
        with open(os.path.join(HERE, "common.sql"), encoding="utf-8") as f:
            con.execute(f.read())
        if preamble.strip():
            con.execute(preamble)
        for name, query in queries:
            try:
                cursor = con.execute(query)
                header = [d[0] for d in cursor.description]
                rows = cursor.fetchall()
            except Exception as e:  # report which query failed
                raise RuntimeError("%s: indicator %s: %s" % (case_dir, name, e)) from e
            if not header or header[0] != "indicator":
                raise RuntimeError("%s: indicator %s: first column must be `indicator`"
                                   % (case_dir, name))
            for row in rows:
                if row[0] != name:
                    raise RuntimeError("%s: indicator %s: a row says %r"
                                       % (case_dir, name, row[0]))
            results[name] = withhold_secondary(case_dir, to_csv(header, rows))
        con.close()
    finally:
        os.chdir(old_cwd)
    return results


def main(argv):
    check = "--check" in argv
    selected = [a for a in argv if not a.startswith("--")]
    cases = sorted(d for d in os.listdir(HERE)
                   if os.path.isfile(os.path.join(HERE, d, "oracle.sql")))
    if selected:
        unknown = [s for s in selected if os.path.basename(s.rstrip("/")) not in cases]
        if unknown:
            sys.exit("no oracle.sql in: " + ", ".join(unknown))
        cases = [c for c in cases if c in {os.path.basename(s.rstrip("/")) for s in selected}]
    differences = 0
    written = 0
    for case in cases:
        case_dir = os.path.join(HERE, case)
        for name, text in run_case(case_dir).items():
            path = os.path.join(case_dir, "expected", name + ".csv")
            try:
                with open(path, encoding="utf-8", newline="") as f:
                    current = f.read()
            except FileNotFoundError:
                current = None
            if current == text:
                continue
            if check:
                differences += 1
                print("differs: %s" % os.path.relpath(path, os.getcwd()))
                if current is not None:
                    import difflib
                    sys.stdout.writelines(difflib.unified_diff(
                        current.splitlines(True), text.splitlines(True),
                        "committed", "oracle"))
                else:
                    print("  (file is missing)")
            else:
                os.makedirs(os.path.dirname(path), exist_ok=True)
                with open(path, "w", encoding="utf-8", newline="") as f:
                    f.write(text)
                written += 1
                print("wrote %s" % os.path.relpath(path, os.getcwd()))
    if check:
        if differences:
            print("oracle.py --check: %d expected file(s) differ from what DuckDB computes"
                  % differences)
            return 1
        print("oracle.py --check: %d case(s), all expected files match" % len(cases))
        return 0
    print("oracle.py: %d case(s), %d file(s) written" % (len(cases), written))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

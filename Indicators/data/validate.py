#!/usr/bin/env python3
"""Independent check of the CSV files in Indicators/data against Indicators/datasets.ind.

A test oracle, not a second implementation of indc: it reads the dataset declarations
with a simple regex-based reader (enough for datasets.ind: `file`, `delimiter`,
`decimal`, `encoding`, `column NAME: TYPE [missing(...)]`), then parses every CSV file
with Python's csv module using the declared delimiter and encoding and checks:

  - the file decodes strictly in the declared encoding, has "\\n" line ends and no
    byte-order mark (UTF-8) or carriage returns;
  - the header holds every declared column (undeclared extra columns are reported);
  - every record has as many fields as the header;
  - quoting is minimal (RFC 4180): each line equals the csv module's minimal quoting
    of its own fields;
  - every value fits its declared type: empty and declared missing codes are missing;
    integers are integers, numbers use the declared decimal mark (and no other
    separator), booleans are true/false/1/0/ja/nee/yes/no, dates are valid ISO dates,
    category values are declared levels.

Python 3 standard library only.  Exit code 0 when every file is valid, 1 otherwise.

    python3 Indicators/data/validate.py [-q] [path/to/datasets.ind]
"""

import csv
import datetime
import io
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_IND = os.path.join(os.path.dirname(HERE), "datasets.ind")

STRING = r'"((?:[^"\\]|\\.)*)"'
NUMBER = r"-?\d+(?:\.\d+)?"
NAME = r"(?:`[^`]+`|[^\W\d]\w*)"


def unescape(s):
    return re.sub(r"\\(.)", lambda m: {"n": "\n", "t": "\t"}.get(m.group(1), m.group(1)), s)


def strip_comments(text):
    """Remove # comments that are not inside a string."""
    out = []
    for line in text.split("\n"):
        in_string, escaped, cut = False, False, len(line)
        for i, ch in enumerate(line):
            if escaped:
                escaped = False
            elif ch == "\\" and in_string:
                escaped = True
            elif ch == '"':
                in_string = not in_string
            elif ch == "#" and not in_string:
                cut = i
                break
        out.append(line[:cut])
    return "\n".join(out)


def literals(text):
    """Strings and numbers in a comma-separated literal list."""
    values = []
    for m in re.finditer(STRING + "|(" + NUMBER + ")", text):
        values.append(unescape(m.group(1)) if m.group(1) is not None else m.group(2))
    return values


def parse_datasets(path):
    with open(path, encoding="utf-8") as f:
        text = strip_comments(f.read())
    datasets = []
    for m in re.finditer(r"\bdataset\s+(" + NAME + r")\s*\{", text):
        # find the matching closing brace (none of the values contain braces)
        depth, i = 1, m.end()
        while depth:
            depth += {"{": 1, "}": -1}.get(text[i], 0)
            i += 1
        body = text[m.end(): i - 1]
        ds = {"name": m.group(1).strip("`"), "file": None, "delimiter": ",", "decimal": ".",
              "encoding": "utf-8", "columns": []}
        for key in ("file", "delimiter", "decimal", "encoding"):
            km = re.search(r"\b" + key + r"\s+" + STRING, body)
            if km:
                ds[key] = unescape(km.group(1))
        if ds["delimiter"] == "tab":
            ds["delimiter"] = "\t"
        # a literal list: strings (which may contain parentheses) and numbers
        items = r"((?:\s*(?:" + STRING.replace("(", "(?:", 1) + "|" + NUMBER + r")\s*,?)*)"
        column_re = re.compile(
            r"\bcolumn\s+(" + NAME + r")\s*:\s*(integer|number|text|boolean|date|category\s*\(" + items + r"\s*\))"
            r"(\s*missing\s*\(" + items + r"\s*\))?", re.S)
        for cm in column_re.finditer(body):
            kind = "category" if cm.group(2).startswith("category") else cm.group(2)
            ds["columns"].append({
                "name": cm.group(1).strip("`"), "type": kind,
                "levels": literals(cm.group(3)) if kind == "category" else [],
                "missing": literals(cm.group(5)) if cm.group(4) else [],
            })
        datasets.append(ds)
    return datasets


BOOLEANS = {"true", "false", "1", "0", "ja", "nee", "yes", "no"}


def is_missing(value, column):
    if value == "":
        return True
    for code in column["missing"]:
        if value == code:
            return True
        if re.fullmatch(NUMBER, code) and column["type"] in ("integer", "number"):
            try:
                if float(value.replace(",", ".")) == float(code):
                    return True
            except ValueError:
                pass
    return False


def check_value(value, column, decimal):
    """None when the value fits, else a short reason."""
    if is_missing(value, column):
        return None
    kind = column["type"]
    if kind == "integer":
        return None if re.fullmatch(r"-?\d+", value) else "not an integer"
    if kind == "number":
        mark = re.escape(decimal)
        return None if re.fullmatch(r"-?\d+(?:" + mark + r"\d+)?", value) else f"not a number with decimal mark {decimal!r}"
    if kind == "boolean":
        return None if value.lower() in BOOLEANS else "not a boolean"
    if kind == "date":
        try:
            if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
                raise ValueError
            datetime.date.fromisoformat(value)
            return None
        except ValueError:
            return "not an ISO date"
    if kind == "category":
        return None if value in column["levels"] else "not a declared level or missing code"
    return None  # text


def minimal_line(fields, delimiter):
    buf = io.StringIO()
    csv.writer(buf, delimiter=delimiter, quoting=csv.QUOTE_MINIMAL, lineterminator="\n").writerow(fields)
    return buf.getvalue()


def validate(ds, base_dir, report):
    path = os.path.normpath(os.path.join(base_dir, ds["file"]))
    problems = []

    def problem(msg):
        if len(problems) < 25:
            problems.append(msg)
        else:
            problems.append(None)

    with open(path, "rb") as f:
        raw = f.read()
    try:
        text = raw.decode(ds["encoding"].replace("windows-", "cp").replace("latin-1", "latin_1"), errors="strict")
    except UnicodeDecodeError as e:
        return [f"{path}: not valid {ds['encoding']}: {e}"], None
    if text.startswith("\ufeff"):
        problem("starts with a byte-order mark")
    if "\r" in text:
        problem("contains carriage returns (line ends must be \\n)")
    if not text.endswith("\n"):
        problem("does not end with a newline")
    lines = text.split("\n")[:-1]
    records = list(csv.reader(io.StringIO(text, newline=""), delimiter=ds["delimiter"], strict=True))
    header = records[0]
    missing_cols = [c["name"] for c in ds["columns"] if c["name"] not in header]
    for name in missing_cols:
        problem(f"declared column `{name}` is not in the header")
    extra = [h for h in header if h not in {c["name"] for c in ds["columns"]}]
    if len(records) != len(lines):
        problem(f"{len(records)} records but {len(lines)} lines (a field contains a line break?)")
    for lineno, (rec, line) in enumerate(zip(records, lines), start=1):
        if minimal_line(rec, ds["delimiter"]) != line + "\n":
            problem(f"line {lineno}: quoting is not minimal: {line!r}")
    index = {h: i for i, h in enumerate(header)}
    stats = {c["name"]: {"missing": 0, "values": set()} for c in ds["columns"]}
    for lineno, rec in enumerate(records[1:], start=2):
        if len(rec) != len(header):
            problem(f"line {lineno}: {len(rec)} fields, header has {len(header)}")
            continue
        for c in ds["columns"]:
            if c["name"] not in index:
                continue
            value = rec[index[c["name"]]]
            reason = check_value(value, c, ds["decimal"])
            if reason:
                problem(f"line {lineno}, column `{c['name']}` ({c['type']}): {value!r} is {reason}")
            if is_missing(value, c):
                stats[c["name"]]["missing"] += 1
            elif c["type"] in ("category", "boolean"):
                stats[c["name"]]["values"].add(value)
    rows = len(records) - 1
    if report:
        print(f"{ds['name']}: {os.path.relpath(path)}  {rows} rows, {len(raw)} bytes, "
              f"delimiter {ds['delimiter']!r}, decimal {ds['decimal']!r}, {ds['encoding']}")
        if extra:
            print(f"    undeclared extra columns (ignored by indc): {', '.join(extra)}")
        for c in ds["columns"]:
            s = stats[c["name"]]
            note = ""
            if c["type"] == "category":
                unused = [lvl for lvl in c["levels"] if lvl not in s["values"]]
                if unused:
                    note = f"; levels never used: {unused}"
            print(f"    {c['name']:32s} {c['type']:9s} missing {100 * s['missing'] / max(rows, 1):5.1f}%{note}")
    if problems and problems[-1] is None:
        problems = [p for p in problems if p is not None] + ["... more problems not shown"]
    return [f"{path}: {p}" for p in problems], rows


def main(argv):
    args = [a for a in argv[1:] if a != "-q"]
    ind = args[0] if args else DEFAULT_IND
    quiet = "-q" in argv[1:]
    datasets = parse_datasets(ind)
    if not datasets:
        print(f"no datasets found in {ind}")
        return 1
    failures = []
    for ds in datasets:
        if not ds["columns"] or not ds["file"]:
            failures.append(f"{ds['name']}: could not read its declaration")
            continue
        problems, _ = validate(ds, os.path.dirname(os.path.abspath(ind)), report=not quiet)
        failures.extend(problems)
    for f in failures:
        print("ERROR", f)
    print(f"{len(datasets)} datasets checked: {'OK' if not failures else f'{len(failures)} problem(s)'}")
    return 0 if not failures else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))

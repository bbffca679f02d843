#!/usr/bin/env python3
"""Independent readers check indc's results.xlsx against its full-precision CSV files.

Runs `indc run PROJECT` three times (csv, csv-nl, xlsx) and checks, for every indicator:
  * openpyxl reads the workbook; the first sheet is "Toelichting" and lists every indicator once;
    sheet names are unique (case-insensitively) and at most 31 characters; no cell is a formula;
  * each indicator sheet has its header frozen (A2), and every number (waarde, ondergrens,
    bovengrens, n, vorige, verandering, doel) equals the value in the machine CSV exactly; a withheld
    cell reads "afgeschermd" where the CSV says suppressed; shares carry a percent number format;
  * LibreOffice (headless, converting every sheet to CSV as shown) displays each row exactly as the
    csv-nl file presents it (decimal comma read as a point): rounding, percent signs, labels.
Usage: workbook_check.py [--indc .build/debug/indc] [--project Indicators] [--no-libreoffice]
Exit 0 when everything matches, 1 with the differences listed.
"""
import argparse, csv, glob, json, os, shutil, subprocess, sys, tempfile

import openpyxl

NUMERIC = {"waarde": "value", "ondergrens": "ci_low", "bovengrens": "ci_high", "n": "n",
           "vorige": "previous", "verandering": "change", "verandering (procentpunt)": "change", "doel": "target"}


def run(indc, project, out, fmt):
    done = subprocess.run([indc, "run", project, "--out", out, "--format", fmt], capture_output=True, text=True)
    if done.returncode not in (0, 1):
        sys.exit(f"indc run --format {fmt} failed:\n{done.stderr}")


def machine_rows(folder, name):
    with open(os.path.join(folder, f"{name}.csv"), newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def check_workbook(path, machine, units, problems):
    book = openpyxl.load_workbook(path)
    names = book.sheetnames
    if names[0] != "Toelichting":
        problems.append(f"first sheet is {names[0]!r}, not 'Toelichting'")
    if len({n.lower() for n in names}) != len(names) or any(len(n) > 31 for n in names):
        problems.append("sheet names are not unique or longer than 31 characters")
    notes = book["Toelichting"]
    header_row = next(r for r in range(1, notes.max_row + 1) if notes.cell(r, 1).value == "tabblad")
    sheet_of = {notes.cell(r, 2).value: notes.cell(r, 1).value for r in range(header_row + 1, notes.max_row + 1)}
    if sorted(sheet_of) != sorted(units):
        problems.append(f"Toelichting lists {len(sheet_of)} indicators, the project has {len(units)}")
    for indicator, sheet_name in sheet_of.items():
        sheet = book[sheet_name]
        if sheet.freeze_panes != "A2":
            problems.append(f"{sheet_name}: header not frozen ({sheet.freeze_panes})")
        headers = [c.value for c in sheet[1]]
        rows = machine[indicator]
        if sheet.max_row - 1 != len(rows):
            problems.append(f"{sheet_name}: {sheet.max_row - 1} rows, the CSV has {len(rows)}")
            continue
        for offset, expected in enumerate(rows):
            cells = sheet[offset + 2]
            for header, cell in zip(headers, cells):
                if cell.data_type == "f":
                    problems.append(f"{sheet_name}!{cell.coordinate}: a formula")
                column = NUMERIC.get(header)
                if column is None:
                    continue
                want = expected[column]
                if column == "value" and expected["suppressed"]:
                    if cell.value != "afgeschermd":
                        problems.append(f"{sheet_name}!{cell.coordinate}: withheld cell shows {cell.value!r}")
                    continue
                if want == "" and cell.value is None:
                    continue
                if want == "" or not isinstance(cell.value, (int, float)) or float(want) != float(cell.value):
                    problems.append(f"{sheet_name}!{cell.coordinate} {header}: {cell.value!r}, CSV {want!r}")
                elif column == "value" and units[indicator] == "percent" and not cell.number_format.endswith("%"):
                    problems.append(f"{sheet_name}!{cell.coordinate}: a share formatted {cell.number_format!r}")
    return sheet_of


def check_libreoffice(path, presented, sheet_of, problems):
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        sys.exit("LibreOffice (soffice) is not installed: apt-get install libreoffice-calc-nogui")
    out = tempfile.mkdtemp()
    # CSV filter options: comma, double quote, UTF-8, from line 1, -, language, quoted text, detect
    # special numbers, save cell contents as shown, export formulas, remove space, every sheet (-1).
    subprocess.run([soffice, "--headless", "--convert-to", 'csv:Text - txt - csv (StarCalc):44,34,76,1,,1033,false,true,true,false,false,-1',
                    "--outdir", out, path], capture_output=True, check=True, env={**os.environ, "HOME": out})
    stem = os.path.splitext(os.path.basename(path))[0]
    for indicator, sheet_name in sheet_of.items():
        shown_path = os.path.join(out, f"{stem}-{sheet_name}.csv")
        if not os.path.exists(shown_path):
            problems.append(f"LibreOffice wrote no sheet {sheet_name}")
            continue
        with open(shown_path, newline="", encoding="utf-8") as handle:
            shown = list(csv.reader(handle))
        expected = [[field.replace(",", ".") if any(ch.isdigit() for ch in field) and not any(ch.isalpha() for ch in field) else field
                     for field in row] for row in presented[indicator]]
        if shown != expected:
            first = next((i for i, (a, b) in enumerate(zip(shown, expected)) if a != b), min(len(shown), len(expected)))
            problems.append(f"LibreOffice shows {sheet_name} row {first + 1} as {shown[first] if first < len(shown) else None}, "
                            f"csv-nl has {expected[first] if first < len(expected) else None}")
    shutil.rmtree(out)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--indc", default=".build/debug/indc")
    parser.add_argument("--project", default="Indicators")
    parser.add_argument("--no-libreoffice", action="store_true")
    args = parser.parse_args()
    work = tempfile.mkdtemp()
    for fmt in ("csv", "csv-nl", "xlsx"):
        run(args.indc, args.project, os.path.join(work, fmt), fmt)
    with open(os.path.join(work, "csv", "results.json"), encoding="utf-8") as handle:
        document = json.load(handle)
    entries = document["indicators"]
    units = {entry["name"]: entry.get("unit") for entry in entries}
    names = [os.path.basename(p)[:-4] for p in glob.glob(os.path.join(work, "csv", "*.csv")) if not p.endswith(".rejected.csv")]
    machine = {name: machine_rows(os.path.join(work, "csv"), name) for name in names}
    problems = []
    sheet_of = check_workbook(os.path.join(work, "xlsx", "results.xlsx"), machine, units, problems)
    if not args.no_libreoffice:
        presented = {}
        for name in names:
            with open(os.path.join(work, "csv-nl", f"{name}.csv"), newline="", encoding="utf-8-sig") as handle:
                presented[name] = list(csv.reader(handle, delimiter=";"))
        check_libreoffice(os.path.join(work, "xlsx", "results.xlsx"), presented, sheet_of, problems)
    shutil.rmtree(work)
    for problem in problems[:50]:
        print(problem)
    cells = sum(len(rows) for rows in machine.values())
    print(f"workbook_check: {len(sheet_of)} indicator sheets, {cells} rows: {len(problems)} difference(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())

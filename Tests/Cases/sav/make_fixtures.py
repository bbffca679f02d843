#!/usr/bin/env python3
"""Writes the SPSS fixtures of Tests/Cases/sav with an independent writer (pyreadstat, which wraps
ReadStat) and the values pandas reads back from each, which the Swift tests compare indc's reader with.

    python3 Tests/Cases/sav/make_fixtures.py          # rewrite the fixtures
    python3 Tests/Cases/sav/make_fixtures.py --check [--indc .build/debug/indc]
        # rewrite them in a temporary folder, compare pandas' values with the committed expected.csv,
        # and (with --indc) run `indc infer` and `indc run` on each fresh file and compare the sums and
        # means per group with what pandas computes from the same file

The same panel is written three ways: uncompressed (panel.sav), bytecode-compressed
(panel_compressed.sav) and zlib-compressed (panel.zsav). It has value labels (regio, with user-missing
code 9), a user-missing range (score 97-99), system-missing values, a short, a long (40) and a very long
(300 byte) string, non-ASCII text and a date. expected.csv holds each case as pandas reads it with
user-missing values as missing and regio as its label; empty means missing.
"""
import csv
import datetime
import math
import os
import re
import subprocess
import sys
import tempfile

import pandas as pd
import pyreadstat

HERE = os.path.dirname(os.path.abspath(__file__))


def panel():
    rows = []
    regions = [1, 2, 3, 9, 2, 1, 3, 1, 2, 2, 1, 3]
    for index in range(12):
        rows.append({
            "id": index + 1,
            "jaar": 2021 + index % 3,
            "regio": float(regions[index]),
            "score": [7.5, 98.0, 6.25, 10.0, float("nan"), 3.0, 97.0, 8.0, 99.0, 5.5, 1e-7, 123456.789][index],
            "gewicht": [0.8, 1.2, 1.0, 0.95, 1.1, 2.5, 0.4, 1.0, 1.3, 0.7, 0.9, 1.05][index],
            "naam": ["Anna", "Bram", "Cas", "Dirk", "Eva", "Fryslân", "Gijs", "Hanna", "Ilse", "Joost", "Kees", "Lotte"][index],
            "opmerking": ("tevreden over de zorg " * 2)[: 10 + 2 * index],
            "lang": ("Zoë schreef een lange toelichting. " * 10)[: 250 + 5 * index],
            "datum": datetime.date(2023, 1 + index, 15) if index != 4 else None,
        })
    # Dates stay datetime.date objects: pyreadstat writes them with a DATE format (a datetime64 column
    # of pandas 3 is written wrongly, as 1970-01-01).
    return pd.DataFrame(rows)


def write(folder):
    frame = panel()
    options = dict(
        column_labels={"regio": "Regio van de praktijk", "score": "Tevredenheid (0-10)", "gewicht": "Weegfactor"},
        variable_value_labels={"regio": {1: "Noord", 2: "Zuid", 3: "Oost", 9: "weet niet"}},
        missing_ranges={"regio": [9], "score": [{"lo": 97, "hi": 99}]},
    )
    pyreadstat.write_sav(frame, os.path.join(folder, "panel.sav"), **options)
    pyreadstat.write_sav(frame, os.path.join(folder, "panel_compressed.sav"), row_compress=True, **options)
    pyreadstat.write_sav(frame, os.path.join(folder, "panel.zsav"), compress=True, **options)
    read, meta = pyreadstat.read_sav(os.path.join(folder, "panel.sav"), apply_value_formats=False, user_missing=False)
    labels = meta.variable_value_labels["regio"]
    lines = [",".join(read.columns)]
    for _, row in read.iterrows():
        fields = []
        for column in read.columns:
            value = row[column]
            if value is None or (isinstance(value, float) and math.isnan(value)) or (hasattr(pd, "isna") and pd.isna(value)):
                fields.append("")
            elif column == "regio":
                fields.append(labels[value])
            elif column == "datum":
                fields.append(pd.Timestamp(value).strftime("%Y-%m-%d"))
            elif isinstance(value, float):
                fields.append(repr(value))
            else:
                fields.append('"' + str(value).replace('"', '""') + '"' if isinstance(value, str) else str(value))
        lines.append(",".join(fields))
    with open(os.path.join(folder, "expected.csv"), "w", encoding="utf-8") as out:
        out.write("\n".join(lines) + "\n")


INDICATORS = """
indicator score_per_regio {
  title "score"
  source panel
  group by regio
  measure sum(score)
  minimum n 0
}

indicator gewicht_per_jaar {
  title "gewicht"
  source panel
  group by jaar
  measure mean(gewicht)
  minimum n 0
}
"""


def compare_with_indc(folder, indc):
    """indc's results on each fresh file against pandas' group sums and means of the same file."""
    problems = []
    for name in ["panel.sav", "panel_compressed.sav", "panel.zsav"]:
        path = os.path.join(folder, name)
        frame, meta = pyreadstat.read_sav(path, apply_value_formats=True, user_missing=False)
        wanted = {("score_per_regio", str(key)): value for key, value in frame.groupby("regio")["score"].sum().items()}
        wanted.update({("gewicht_per_jaar", str(int(key))): value for key, value in frame.groupby("jaar")["gewicht"].mean().items()})
        project = os.path.join(folder, name.replace(".", "_"))
        os.makedirs(project)
        os.link(path, os.path.join(project, name))
        block = subprocess.run([indc, "infer", os.path.join(project, name)], capture_output=True, text=True, check=True).stdout
        block = block.replace(os.path.join(project, name), name)
        with open(os.path.join(project, "panel.ind"), "w", encoding="utf-8") as out:
            out.write(re.sub(r"^dataset \w+ \{", "dataset panel {", block, count=1, flags=re.M) + INDICATORS)
        subprocess.run([indc, "run", project, "--out", os.path.join(project, "out")], capture_output=True, text=True, check=True)
        for indicator, column in [("score_per_regio", "regio"), ("gewicht_per_jaar", "jaar")]:
            with open(os.path.join(project, "out", indicator + ".csv"), encoding="utf-8") as results:
                for row in csv.DictReader(results):
                    if row[column] == "":
                        continue
                    expected = wanted.pop((indicator, row[column]), None)
                    if expected is None or abs(float(row["value"]) - expected) > 1e-9 * max(1, abs(expected)):
                        problems.append(f"{name} {indicator} {row[column]}: indc {row['value']}, pandas {expected}")
        problems += [f"{name} {key}: pandas {value}, indc has no row" for key, value in wanted.items()]
    return problems


if __name__ == "__main__":
    if "--check" in sys.argv:
        with tempfile.TemporaryDirectory() as folder:
            write(folder)
            fresh = open(os.path.join(folder, "expected.csv"), encoding="utf-8").read()
            committed = open(os.path.join(HERE, "expected.csv"), encoding="utf-8").read()
            if fresh != committed:
                sys.exit("expected.csv differs from what pandas reads from a fresh pyreadstat file")
            if "--indc" in sys.argv:
                problems = compare_with_indc(folder, os.path.abspath(sys.argv[sys.argv.index("--indc") + 1]))
                print("\n".join(problems) if problems else "indc equals pandas on 3 fresh pyreadstat files")
                sys.exit(1 if problems else 0)
        sys.exit(0)
    write(HERE)

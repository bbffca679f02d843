#!/usr/bin/env python3
"""Writes the SPSS fixtures of Tests/Cases/sav with an independent writer (pyreadstat, which wraps
ReadStat) and the values pandas reads back from each, which the Swift tests compare indc's reader with.

    python3 Tests/Cases/sav/make_fixtures.py          # rewrite the fixtures
    python3 Tests/Cases/sav/make_fixtures.py --check  # rewrite them in a temporary folder and compare
                                                       # pandas' values with the committed expected.csv

The same panel is written three ways: uncompressed (panel.sav), bytecode-compressed
(panel_compressed.sav) and zlib-compressed (panel.zsav). It has value labels (regio, with user-missing
code 9), a user-missing range (score 97-99), system-missing values, a short, a long (40) and a very long
(300 byte) string, non-ASCII text and a date. expected.csv holds each case as pandas reads it with
user-missing values as missing and regio as its label; empty means missing.
"""
import datetime
import math
import os
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


if __name__ == "__main__":
    if "--check" in sys.argv:
        with tempfile.TemporaryDirectory() as folder:
            write(folder)
            fresh = open(os.path.join(folder, "expected.csv"), encoding="utf-8").read()
            committed = open(os.path.join(HERE, "expected.csv"), encoding="utf-8").read()
            sys.exit(0 if fresh == committed else "expected.csv differs from what pandas reads from a fresh pyreadstat file")
    write(HERE)

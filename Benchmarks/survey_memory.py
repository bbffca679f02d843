#!/usr/bin/env python3
"""Peak memory and time of `indc run` on a large survey file.

Grows the shipped zorggebruikers survey (Indicators/data/zorggebruikers.csv) to ROWS rows by
repeating its records with new respondent ids, then runs every shipped indicator on that dataset
over the big file with `indc run --data zorggebruikers=FILE`, and prints the run's peak resident
memory (getrusage of the child) and wall time. indc streams the file, so memory should stay flat
as ROWS grows (issue 3: under 200 MB at 1,000,000 rows).

Usage: python3 Benchmarks/survey_memory.py [--rows 1000000] [--indc .build/release/indc]
Build first: swift build -c release
"""
import argparse, csv, os, re, resource, subprocess, sys, tempfile, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def grow(source, target, rows):
    with open(source, newline="", encoding="utf-8") as f:
        reader = csv.reader(f)
        header = next(reader)
        records = list(reader)
    with open(target, "w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f, lineterminator="\n")
        writer.writerow(header)
        for i in range(rows):
            record = list(records[i % len(records)])
            record[0] = str(i + 1)
            writer.writerow(record)


def indicators_on(dataset):
    names = []
    for name in sorted(os.listdir(os.path.join(ROOT, "Indicators"))):
        if name.endswith(".ind"):
            text = open(os.path.join(ROOT, "Indicators", name), encoding="utf-8").read()
            for block in re.findall(r"indicator\s+(\S+)\s*\{(.*?)\n\}", text, re.S):
                if re.search(r"\bsource\s+" + dataset + r"\b", block[1]):
                    names.append(block[0])
    return names


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--indc", default=os.path.join(ROOT, ".build/release/indc"))
    args = parser.parse_args()
    work = tempfile.mkdtemp(prefix="indc-survey-")
    big = os.path.join(work, "zorggebruikers.csv")
    grow(os.path.join(ROOT, "Indicators/data/zorggebruikers.csv"), big, args.rows)
    names = indicators_on("zorggebruikers")
    command = [args.indc, "run", os.path.join(ROOT, "Indicators"), "--out", os.path.join(work, "results"),
               "--data", "zorggebruikers=" + big] + [a for n in names for a in ("--indicator", n)]
    started = time.monotonic()
    run = subprocess.run(command, capture_output=True, text=True)
    elapsed = time.monotonic() - started
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    size = os.path.getsize(big) / 1e6
    print(run.stderr.strip().splitlines()[-1] if run.stderr.strip() else "(no output)")
    print(f"rows {args.rows:,}  file {size:.0f} MB  indicators {len(names)}  exit {run.returncode}  "
          f"time {elapsed:.2f} s  peak memory {peak:.0f} MB")
    sys.exit(run.returncode)


if __name__ == "__main__":
    main()

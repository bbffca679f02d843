#!/usr/bin/env python3
"""The differential test on Spark: every shipped indicator and run case computed natively and by the
Spark SQL `indc sql --dialect spark` prints, run by pyspark in local mode over the temporary views
`indc sql --ddl --dialect spark` defines on the CSV files. Heavy (a JVM, minutes), so not part of CI:

    python3 -m pip install pyspark          # needs Java 17 or later
    python3 Tests/Differential/spark.py [--indc .build/debug/indc] [PROJECT ...]

Compared as in differential.py, with its list of known differences.
"""
import argparse
import glob
import re
import subprocess
import sys
import tempfile

import differential
from engines import text


class Spark:
    name = dialect = "spark"

    def __init__(self, indc):
        from pyspark.sql import SparkSession
        self.indc = indc
        self.session = (SparkSession.builder.master("local[1]").appName("indc-differential")
                        .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "1").getOrCreate())
        self.session.sparkContext.setLogLevel("OFF")

    def run(self, project, queries):
        ddl = subprocess.run([self.indc, "sql", project, "--dialect", "spark", "--ddl"], capture_output=True, text=True).stdout
        for statement in ddl.split(";\n"):
            statement = re.sub(r"(?m)^--.*$", "", statement).strip()
            if statement:
                try:
                    self.session.sql(statement)
                except Exception:  # noqa: BLE001 - the dataset's queries then fail, which the comparison judges
                    pass
        results = {}
        for name, query in queries.items():
            try:
                rows = self.session.sql(query.rstrip().rstrip(";")).collect()
                results[name] = [[text(value) for value in row] for row in rows]
            except Exception as error:  # noqa: BLE001 - any engine error is a failed query
                results[name] = RuntimeError(str(error).splitlines()[0] if str(error) else type(error).__name__)
        return results


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--indc", default=".build/debug/indc")
    parser.add_argument("projects", nargs="*")
    options = parser.parse_args()
    projects = options.projects or ["Indicators"] + sorted(glob.glob("Tests/Cases/run/*/"))
    engine = Spark(options.indc)
    compared, failures = 0, 0
    with tempfile.TemporaryDirectory() as scratch:
        for project in projects:
            report = differential.compare(options.indc, project, engine, scratch)
            compared += report["compared"]
            for indicator, problems in report["failed"]:
                failures += 1
                print(f"FAIL spark {project} {indicator}: " + "; ".join(problems))
    print(f"spark: {compared} indicators from {len(projects)} projects compared with the native engine")
    print(f"differential: {failures} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())

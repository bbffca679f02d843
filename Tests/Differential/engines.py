"""The SQL engines of the differential test: DuckDB through its Python package, PostgreSQL through
psql against a throwaway cluster on loopback (initdb/pg_ctl, as the `postgres` user when run as root).

Each engine runs the queries `indc sql` prints for one project and returns, per indicator, the rows
(lists of text fields as indc writes them: empty for missing, true/false, numbers as text) or the
error that stopped the query.
"""
import csv
import io
import os
import re
import shutil
import socket
import subprocess
import tempfile


def text(value):
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer() and abs(value) < 2**53:
        return str(int(value))
    return str(value)


class DuckDB:
    name = dialect = "duckdb"

    def __init__(self, scratch):
        import duckdb
        self.duckdb = duckdb
        self.scratch = scratch

    def utf8_copy(self, match):
        """DuckDB reads Windows-1252 only with its `encodings` extension, which cannot be installed
        offline: the query is pointed at a UTF-8 copy of the file instead (the decoding is PostgreSQL's test)."""
        path = match.group(1).replace("''", "'")
        copy = os.path.join(self.scratch, "utf8-" + os.path.basename(path))
        with open(path, "rb") as source, open(copy, "wb") as target:
            target.write(source.read().decode("cp1252").encode("utf-8"))
        return match.group(0).replace(match.group(1), copy).replace("encoding = 'windows-1252'", "encoding = 'utf-8'")

    def run(self, project, queries):
        results = {}
        for name, query in queries.items():
            query = re.sub(r"read_csv\('((?:[^']|'')*)'[^)]*encoding = 'windows-1252'\)", self.utf8_copy, query)
            connection = self.duckdb.connect()
            try:
                cursor = connection.execute(query)
                results[name] = [[text(value) for value in row] for row in cursor.fetchall()]
            except Exception as error:  # noqa: BLE001 - any engine error is a failed query
                results[name] = error
            finally:
                connection.close()
        return results


class PostgreSQL:
    name = dialect = "postgres"

    def __init__(self, scratch, indc):
        self.indc = indc
        self.bin = os.path.dirname(shutil.which("pg_ctl") or max(
            os.path.join("/usr/lib/postgresql", v, "bin") for v in os.listdir("/usr/lib/postgresql")) + "/pg_ctl")
        self.root = tempfile.mkdtemp(prefix="indc-pg-")
        os.chmod(self.root, 0o777)
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            self.port = probe.getsockname()[1]
        self.as_owner = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
        data = os.path.join(self.root, "data")
        self.owner([os.path.join(self.bin, "initdb"), "-D", data, "-U", "postgres", "--auth=trust",
                    "--encoding=UTF8", "--locale=C.UTF-8"])
        self.owner([os.path.join(self.bin, "pg_ctl"), "-D", data, "-w", "-l", os.path.join(self.root, "log"), "-o",
                    f"-c listen_addresses=127.0.0.1 -p {self.port} -k {self.root} -c fsync=off", "start"])
        self.databases = 0

    def owner(self, command):
        subprocess.run(self.as_owner + command, check=True, capture_output=True)

    def stop(self):
        self.owner([os.path.join(self.bin, "pg_ctl"), "-D", os.path.join(self.root, "data"), "-m", "fast", "-w", "stop"])
        shutil.rmtree(self.root, ignore_errors=True)

    def psql(self, database, script, csv_output=False):
        command = ["psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-h", "127.0.0.1", "-p", str(self.port), "-U", "postgres", "-d", database]
        if csv_output:
            command.append("--csv")
        return subprocess.run(command, input=script, capture_output=True, text=True)

    def run(self, project, queries):
        self.databases += 1
        database = f"project{self.databases}"
        created = self.psql("postgres", f"CREATE DATABASE {database};")
        if created.returncode != 0:
            raise RuntimeError(created.stderr)
        ddl = subprocess.run([self.indc, "sql", project, "--dialect", "postgres", "--ddl"], capture_output=True, text=True)
        # each dataset is loaded on its own: one with data errors leaves the others' tables in place
        for block in re.split(r"(?m)^(?=-- dataset )", ddl.stdout):
            self.psql(database, block)
        results = {}
        for name, query in queries.items():
            answer = self.psql(database, query, csv_output=True)
            if answer.returncode != 0:
                results[name] = RuntimeError(answer.stderr.strip())
                continue
            rows = list(csv.reader(io.StringIO(answer.stdout)))[1:]
            results[name] = rows
        return results

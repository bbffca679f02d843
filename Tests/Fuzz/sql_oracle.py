#!/usr/bin/env python3
"""DuckDB's parser as the oracle of the SQL fuzz target (SQLTarget.swift): one JSON request a line on
stdin, {"sql": TEXT, "strings": [...], "names": [...]}, one JSON answer a line on stdout, {"problem":
null or why}. The text must be exactly one statement that parses; each string must come back as a string
literal and each name as an identifier (a column, alias, table or CTE name) with exactly its text.
"""
import json
import sys

import duckdb


def walk(node, literals, names):
    if isinstance(node, dict):
        literal = node.get("literal")
        if isinstance(literal, dict) and literal.get("kind") == "STRING":
            literals.add(literal.get("text"))
        for key in ("alias", "table_name", "key"):
            if isinstance(node.get(key), str):
                names.add(node[key])
        for name in node.get("column_names") or []:
            names.add(name)
        for value in node.values():
            walk(value, literals, names)
    elif isinstance(node, list):
        for value in node:
            walk(value, literals, names)


def problem(connection, request):
    sql = request["sql"]
    statements = duckdb.extract_statements(sql)
    if len(statements) != 1:
        return f"{len(statements)} statements"
    tree = json.loads(connection.execute("SELECT json_serialize_sql(?)", [sql]).fetchone()[0])
    if tree.get("error"):
        return f"does not parse: {tree.get('error_message')}"
    literals, names = set(), set()
    walk(tree["statements"], literals, names)
    for text in request["strings"]:
        if text not in literals:
            return f"string {text!r} is not a literal of the query"
    for name in request["names"]:
        if name not in names:
            return f"name {name!r} is not an identifier of the query"
    return None


def main():
    connection = duckdb.connect()
    for line in sys.stdin:
        try:
            answer = problem(connection, json.loads(line))
        except Exception as error:  # noqa: BLE001 - any parser failure is a finding
            answer = f"{type(error).__name__}: {error}"
        sys.stdout.write(json.dumps({"problem": answer}) + "\n")
        sys.stdout.flush()


if __name__ == "__main__":
    main()

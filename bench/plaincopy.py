#!/usr/bin/env python3
"""The limit a ParScore merge is measured against: a plain copy of agency .parx files into
one SQLite file, in one transaction, with no validation at all. Each source is opened on its
own connection (SQLite attaches at most 10 databases), every row of every table is read and
inserted with INSERT OR IGNORE. Usage: plaincopy.py TARGET SOURCE...  (TARGET is replaced)"""
import os
import sqlite3
import sys


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    target_path, sources = sys.argv[1], sys.argv[2:]
    if os.path.exists(target_path):
        os.remove(target_path)
    target = sqlite3.connect(target_path, isolation_level=None)
    target.execute("PRAGMA journal_mode = DELETE")
    target.execute("PRAGMA synchronous = FULL")  # as durable as ParScore's own writes
    with sqlite3.connect(sources[0]) as first:
        schema = [row[0] for row in first.execute(
            "SELECT sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%'")]
    for statement in schema:
        target.execute(statement)
    tables = [row[0] for row in target.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    target.execute("BEGIN")
    for path in sources:
        source = sqlite3.connect(path)
        for table in tables:
            rows = source.execute(f'SELECT * FROM "{table}"')
            width = len(rows.description)
            target.executemany(f'INSERT OR IGNORE INTO "{table}" VALUES ({", ".join("?" * width)})', rows)
        source.close()
    target.execute("COMMIT")
    target.close()


if __name__ == "__main__":
    main()

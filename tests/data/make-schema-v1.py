#!/usr/bin/env python3
"""Builds schema-v1.parx: a .parx of schema version 1 (the format's first release) with
one assessment, answers in two layers, a note, evidence and log entries. The file is
committed; this script documents how it was made:  python3 make-schema-v1.py

No ParScore ever wrote a file of version 1: from the first commit that wrote .parx files
(2b1fcbb) ParxSchema::create ran the version-1 statements and the 1 -> 2 migration in one
transaction. So this file is written here from those statements (SCHEMA_V1 is
core/storage/parxschema.cpp's schemaV1, verbatim) with rows as ParScore writes them.
It is an inspectors' file (role 'inspector', what `merge -o` made from the start): an
agency's file (role 'agency') never holds appraisal layers (refused since 4d150e3; the
only builds that wrote them, 2b1fcbb to c511d95, wrote version 2, with answers as blobs and
the first seal, which no later ParScore reads). See tests/data/README.md."""
import hashlib
import os
import sqlite3

HERE = os.path.dirname(os.path.abspath(__file__))
TARGET = os.path.join(HERE, "schema-v1.parx")
ASSESSMENT = "5f0e2c1a-3b4d-4e5f-8a9b-0c1d2e3f4a5b"
SCHEMA_V1 = [
    "CREATE TABLE file_info (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL)",
    "CREATE TABLE criteria_sets (sha256 TEXT PRIMARY KEY NOT NULL, set_id TEXT NOT NULL, version TEXT NOT NULL, json BLOB NOT NULL)",
    "CREATE TABLE assessments (uuid TEXT PRIMARY KEY NOT NULL, criteria_sha256 TEXT NOT NULL, agency_code TEXT NOT NULL, agency_name TEXT NOT NULL, unit_group TEXT NOT NULL, year INTEGER NOT NULL, status TEXT NOT NULL, created_at INTEGER NOT NULL, seal_sha256 TEXT, sealed_at INTEGER, sealed_by TEXT)",
    "CREATE TABLE answers (assessment TEXT NOT NULL, layer TEXT NOT NULL, kind TEXT NOT NULL, item TEXT NOT NULL, answer TEXT NOT NULL, modified_at INTEGER NOT NULL, modified_by TEXT NOT NULL, PRIMARY KEY (assessment, layer, kind, item))",
    "CREATE TABLE notes (assessment TEXT NOT NULL, layer TEXT NOT NULL, node TEXT NOT NULL, text TEXT NOT NULL, modified_at INTEGER NOT NULL, modified_by TEXT NOT NULL, PRIMARY KEY (assessment, layer, node))",
    "CREATE TABLE blobs (sha256 TEXT PRIMARY KEY NOT NULL, size INTEGER NOT NULL, data BLOB NOT NULL)",
    "CREATE TABLE evidence (assessment TEXT NOT NULL, sha256 TEXT NOT NULL, name TEXT NOT NULL, mime_type TEXT NOT NULL, added_at INTEGER NOT NULL, added_by TEXT NOT NULL, PRIMARY KEY (assessment, sha256))",
    "CREATE TABLE evidence_links (assessment TEXT NOT NULL, sha256 TEXT NOT NULL, node TEXT NOT NULL, PRIMARY KEY (assessment, sha256, node))",
    "CREATE TABLE change_log (uuid TEXT PRIMARY KEY NOT NULL, assessment TEXT NOT NULL, at INTEGER NOT NULL, author TEXT NOT NULL, action TEXT NOT NULL, layer TEXT, item TEXT, old_value TEXT, new_value TEXT)",
    "CREATE INDEX change_log_by_assessment ON change_log (assessment, at)",
]

if os.path.exists(TARGET):
    os.remove(TARGET)
criteria = open(os.path.join(HERE, "small-set.json"), "rb").read()
criteria_sha = hashlib.sha256(criteria).hexdigest()
evidence = b"%PDF-1.4\n% Ke hoach CCHC 2025\n"
evidence_sha = hashlib.sha256(evidence).hexdigest()
t = 1735700000000  # 2025-01-01T03:33:20Z

db = sqlite3.connect(TARGET)
db.execute("PRAGMA journal_mode = DELETE")
db.execute("PRAGMA application_id = 1346458200")
for statement in SCHEMA_V1:
    db.execute(statement)
db.execute("PRAGMA user_version = 1")
db.executemany("INSERT INTO file_info VALUES (?, ?)", [("uuid", "0b6c2f4e-6f3a-4d1b-9a57-2d1f6c8e9a10"), ("role", "inspector")])
db.execute("INSERT INTO criteria_sets VALUES (?, 'test.small', '1', ?)", (criteria_sha, criteria))
db.execute("INSERT INTO assessments VALUES (?, ?, 'SNV', 'Sở Nội vụ', 'so', 2025, 'draft', ?, NULL, NULL, NULL)",
           (ASSESSMENT, criteria_sha, t))
answers = [
    ("self", "node", "1.1", '{"yes":true}'),
    ("self", "node", "1.2", '{"denominator":10,"numerator":9}'),
    ("self", "bonus", "B1", "1"),
    ("appraisal1", "node", "1.2", '{"denominator":10,"numerator":8}'),
    ("appraisal1", "node", "2.1", '{"percent":87.5}'),
]
for i, (layer, kind, item, answer) in enumerate(answers):
    db.execute("INSERT INTO answers VALUES (?, ?, ?, ?, ?, ?, 'Nguyễn Văn A')", (ASSESSMENT, layer, kind, item, answer, t + i))
    db.execute("INSERT INTO change_log VALUES (?, ?, ?, 'Nguyễn Văn A', 'answer', ?, ?, '', ?)",
               (f"00000000-0000-4000-8000-{i:012d}", ASSESSMENT, t + i, layer, item if kind == "node" else f"{kind}:{item}", answer))
db.execute("INSERT INTO notes VALUES (?, 'self', '1.2', 'Một nhiệm vụ chuyển sang năm sau', ?, 'Nguyễn Văn A')", (ASSESSMENT, t))
db.execute("INSERT INTO blobs VALUES (?, ?, ?)", (evidence_sha, len(evidence), evidence))
db.execute("INSERT INTO evidence VALUES (?, ?, 'ke-hoach-cchc-2025.pdf', 'application/pdf', ?, 'Nguyễn Văn A')", (ASSESSMENT, evidence_sha, t))
db.execute("INSERT INTO evidence_links VALUES (?, ?, '1.1')", (ASSESSMENT, evidence_sha))
db.commit()
db.close()
print(TARGET)

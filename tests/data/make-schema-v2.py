#!/usr/bin/env python3
"""Builds schema-v2.parx: a .parx of schema version 2 holding one assessment sealed by the
second definition of the seal (before seals recorded their version, and before a link
kept its own name). The file is committed; this script documents how it was made and
how that seal was computed:  python3 make-schema-v2.py"""
import hashlib
import json
import os
import sqlite3

HERE = os.path.dirname(os.path.abspath(__file__))
TARGET = os.path.join(HERE, "schema-v2.parx")
ASSESSMENT = "7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d"

with open(os.path.join(HERE, "make-schema-v1.py"), encoding="utf-8") as source:
    text = source.read()
start = text.index("SCHEMA_V1 = [")
SCHEMA_V1 = eval(text[start + len("SCHEMA_V1 = "):text.index("]", start) + 1])
SCHEMA_V2 = SCHEMA_V1 + [
    "ALTER TABLE evidence ADD COLUMN effective_date TEXT",
    "CREATE TABLE comments (uuid TEXT PRIMARY KEY NOT NULL, assessment TEXT NOT NULL,"
    " node TEXT NOT NULL, author TEXT NOT NULL, created_at INTEGER NOT NULL, text TEXT NOT NULL)",
]

if os.path.exists(TARGET):
    os.remove(TARGET)
criteria = open(os.path.join(HERE, "small-set.json"), "rb").read()
criteria_sha = hashlib.sha256(criteria).hexdigest()
evidence = b"%PDF-1.4\n% Bao cao CCHC 2025\n"
evidence_sha = hashlib.sha256(evidence).hexdigest()
t = 1767225600000  # 2026-01-01T00:00:00Z
answers = [("node", "1.1", '{"yes":true}'), ("node", "1.2", '{"denominator":10,"numerator":9}')]
notes = [("1.2", "Một nhiệm vụ chuyển sang năm sau")]
name = "bao-cao-cchc-2025.pdf"
date = "2025-12-20"

# The second seal: SHA-256 of the compact JSON array below (Qt's compact JSON writes
# UTF-8 without escaping non-ASCII letters, like json.dumps with these options).
canonical = ["parscore-seal-2", ASSESSMENT, criteria_sha, "STP", "Sở Tư pháp", "so", 2025,
             [list(a) for a in sorted(answers)], [list(n) for n in sorted(notes)],
             [[evidence_sha, name, date, evidence_sha]], [[evidence_sha, "1.1"]]]
seal = hashlib.sha256(json.dumps(canonical, ensure_ascii=False, separators=(",", ":")).encode()).hexdigest()

db = sqlite3.connect(TARGET)
db.execute("PRAGMA journal_mode = DELETE")
db.execute("PRAGMA application_id = 1346458200")
for statement in SCHEMA_V2:
    db.execute(statement)
db.execute("PRAGMA user_version = 2")
db.executemany("INSERT INTO file_info VALUES (?, ?)", [("uuid", "1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f"), ("role", "agency")])
db.execute("INSERT INTO criteria_sets VALUES (?, 'test.small', '1', ?)", (criteria_sha, criteria))
db.execute("INSERT INTO assessments VALUES (?, ?, 'STP', 'Sở Tư pháp', 'so', 2025, 'submitted', ?, ?, ?, 'Trần Thị B')",
           (ASSESSMENT, criteria_sha, t, seal, t + 100))
for i, (kind, item, answer) in enumerate(answers):
    db.execute("INSERT INTO answers VALUES (?, 'self', ?, ?, ?, ?, 'Trần Thị B')", (ASSESSMENT, kind, item, answer, t + i))
for node, note in notes:
    db.execute("INSERT INTO notes VALUES (?, 'self', ?, ?, ?, 'Trần Thị B')", (ASSESSMENT, node, note, t))
db.execute("INSERT INTO blobs VALUES (?, ?, ?)", (evidence_sha, len(evidence), evidence))
db.execute("INSERT INTO evidence VALUES (?, ?, ?, 'application/pdf', ?, 'Trần Thị B', ?)", (ASSESSMENT, evidence_sha, name, t, date))
db.execute("INSERT INTO evidence_links VALUES (?, ?, '1.1')", (ASSESSMENT, evidence_sha))
db.execute("INSERT INTO change_log VALUES ('00000000-0000-4000-8000-000000000001', ?, ?, 'Trần Thị B', 'seal', 'self', NULL, 'draft', ?)",
           (ASSESSMENT, t + 100, seal))
db.commit()
db.close()
print(TARGET)

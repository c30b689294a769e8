#!/usr/bin/env python3
"""Differential check of `parscore-cli overview --json` against the reference (§6).

    python3 overview_diff.py --cli build/app/parscore-cli --builtin-dir resources/criteria \
        [--agencies 30] [--seed 2026] [--keep-dir D]

Builds a province file with the CLI itself, as inspectors would: one agency file per
agency (`new` on a built-in set, `answer` with random self answers from the fuzzer's
generator, some `seal`ed); `province new --year --title --agencies LIST.tsv` with the
province's list of expected agencies (most of those submitting, some that never do);
`merge` of them all into it (a dry run first must hold exactly the submissions of another
year and name the agencies not listed; then merged with `--accept-mismatched`); then
`answer --layer appraisal1` (and a few `appraisal2`) on the province file. Some agencies
share their answers (ties), some answer nothing (null layers). Then compares
`overview --json` on both layers, and with `--group`, with parscore_ref.overview
computed from the same answers files: order, numbers (exactly, as decimals), ranks,
status, seal, over-claim and the agencies that have not submitted. Exit status 1 on any
difference.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import fuzz_score as fz  # noqa: E402
import parscore_ref as ref  # noqa: E402

NAMES = ["Sở Nội vụ", "UBND xã Gia Hưng", "UBND phường Hoa Lư", "Sở Y tế", "UBND xã Trường Yên",
         "Ban Quản lý các khu công nghiệp", "UBND phường Nam Định", "Sở Tư pháp"]


def run(cli, args, check=True):
    env = dict(os.environ, PARSCORE_LANG="en", QT_QPA_PLATFORM="offscreen")
    p = subprocess.run([cli, *args], capture_output=True, env=env)
    if check and p.returncode != 0:
        raise SystemExit(f"overview-diff: {' '.join(args)} exited {p.returncode}:\n"
                         f"{p.stderr.decode(errors='replace')}")
    return p


def load_sets(builtin_dir):
    sets = []
    for path in sorted(Path(builtin_dir).glob("*.json")):
        data = path.read_bytes()
        res = ref.load_criteria(data)
        if res.status != 0:
            raise SystemExit(f"overview-diff: the reference refuses {path}")
        sets.append((res.criteria, json.loads(data)["unitKinds"]))
    return sets


def completed(rng, crit, doc):
    """Most self-assessments answer every item: only complete layers are ranked."""
    if rng.random() < 0.6:
        for n in fz.leaves_of(crit):
            if n.scored_by == "agency" and n.id not in doc["answers"]:
                doc["answers"][n.id] = fz.valid_answer(rng, n)
    return doc


def appraisal_doc(rng, crit, rescore):
    """Every appraiser leaf (mostly), some agency leaves re-scored, sometimes a penalty."""
    ans = {}
    skip = rng.random() < 0.25   # an appraisal still missing an item: final incomplete
    for n in fz.leaves_of(crit):
        if n.scored_by == "appraiser" and not (skip and rng.random() < 0.3):
            ans[n.id] = fz.valid_answer(rng, n)
        elif n.scored_by == "agency" and rng.random() < rescore:
            ans[n.id] = fz.valid_answer(rng, n)
    doc = {"format": "parscore.answers", "formatVersion": 1, "answers": ans}
    if crit.penalty and crit.penalty["items"] and rng.random() < 0.3:
        doc["penalty"] = {rng.choice(list(crit.penalty["items"])): rng.randint(0, 3)}
    return doc


def parsed(crit, doc, role):
    """The reference's reading of an answers file that must be valid."""
    if doc is None:
        return None
    res = ref.load_answers(fz.dumps(doc).encode(), crit, role)
    if res.status != 0:
        raise SystemExit(f"overview-diff: generated answers are invalid: {[str(p) for p in res.problems]}")
    return res


def plan_agencies(rng, sets, count):
    """Who the agencies are and what each layer holds (answers files as dicts)."""
    agencies, pool = [], {}
    for i in range(count):
        crit, groups = rng.choice(sets)
        a = {"code": f"{groups[0][:2].upper()}{i:03d}", "name": f"{rng.choice(NAMES)} {i}",
             "group": rng.choice(groups), "year": 2025 if rng.random() < 0.2 else 2026,
             "crit": crit, "seal": rng.random() < 0.5, "layers": {}}
        earlier = pool.get(crit.sha256, [])
        c = rng.random()
        if c < 0.08:
            a["layers"]["self"] = None                       # nothing answered
        elif earlier and c < 0.35:
            a["layers"]["self"] = rng.choice(earlier)         # the same answers: a tie
        else:
            doc = completed(rng, crit, fz.gen_answers(rng, crit, "agency")[0])
            a["layers"]["self"] = doc
            pool.setdefault(crit.sha256, []).append(doc)
        if rng.random() < 0.65:
            a["layers"]["appraisal1"] = appraisal_doc(rng, crit, 0.15)
            if rng.random() < 0.15:
                a["layers"]["appraisal2"] = appraisal_doc(rng, crit, 0.05)
        agencies.append(a)
    return agencies


PROVINCE_YEAR = 2026


def plan_expected(rng, sets, agencies):
    """The province's list: most agencies that submit, and a few that never do."""
    expected = [{"agencyCode": a["code"], "agencyName": a["name"], "group": a["group"]}
                for a in agencies if rng.random() < 0.85]
    for i in range(max(2, len(agencies) // 8)):
        groups = rng.choice(sets)[1]
        expected.append({"agencyCode": f"MS{i:03d}", "agencyName": f"{rng.choice(NAMES)} (chưa nộp) {i}",
                         "group": rng.choice(groups)})
    return expected


def write_agency_list(work, expected):
    """The province's list as a spreadsheet saves it: a header, then code, name, group (TSV)."""
    path = work / "agencies.tsv"
    lines = ["code\tname\tgroup"] + [f"{e['agencyCode']}\t{e['agencyName']}\t{e['group']}" for e in expected]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def make_agency_file(cli, work, a):
    path = work / "inbox" / f"{a['code']}.parx"
    run(cli, ["new", "--criteria", f"builtin:{a['crit'].id}@{a['crit'].version}", "--agency-code", a["code"],
              "--agency-name", a["name"], "--group", a["group"], "--year", str(a["year"]), "-o", str(path)])
    if a["layers"]["self"] is not None:
        answers = work / f"{a['code']}-self.json"
        answers.write_text(fz.dumps(a["layers"]["self"]), encoding="utf-8")
        run(cli, ["answer", str(path), "--answers", str(answers)])
    if a["seal"]:
        run(cli, ["seal", str(path)])


def check_held(cli, province, inbox, agencies, expected):
    """Before anything is merged: a dry run holds exactly the submissions of another year than
    the province's and names the agencies of its year that the list does not."""
    problems = []
    p = run(cli, ["merge", "-o", str(province), str(inbox), "--dry-run", "--json"], check=False)
    other_year = sorted(a["code"] for a in agencies if a["year"] != PROVINCE_YEAR)
    if p.returncode != (2 if other_year else 0):
        problems.append(f"merge --dry-run exited {p.returncode}: {p.stderr.decode(errors='replace')}")
        return problems
    report = json.loads(p.stdout)
    held = sorted(h["agencyCode"] for h in report.get("held", []))
    if held != other_year:
        problems.append(f"merge held {held}\n    expected {other_year}")
    listed = {e["agencyCode"] for e in expected}
    not_listed = sorted(n["agencyCode"] for n in report.get("notListed", []))
    want = sorted(a["code"] for a in agencies if a["year"] == PROVINCE_YEAR and a["code"] not in listed)
    if not_listed != want:
        problems.append(f"merge not listed {not_listed}\n    expected {want}")
    return problems


def build_province(cli, work, agencies, expected):
    """`province new` with the list, then `merge` of every submission (the other year's
    accepted by the inspector), then the appraisals; the problems of the merge's report."""
    inbox = work / "inbox"
    inbox.mkdir()
    with ThreadPoolExecutor(max_workers=4) as pool:
        list(pool.map(lambda a: make_agency_file(cli, work, a), agencies))
    province = work / "province.parx"
    run(cli, ["province", "new", "-o", str(province), "--year", str(PROVINCE_YEAR),
              "--title", f"Thẩm định Chỉ số CCHC năm {PROVINCE_YEAR}",
              "--agencies", str(write_agency_list(work, expected))])
    problems = check_held(cli, province, inbox, agencies, expected)
    run(cli, ["merge", "-o", str(province), str(inbox), "--accept-mismatched"])
    for a in agencies:
        for layer in ("appraisal1", "appraisal2"):
            if layer in a["layers"]:
                answers = work / f"{a['code']}-{layer}.json"
                answers.write_text(fz.dumps(a["layers"][layer]), encoding="utf-8")
                run(cli, ["answer", str(province), "--layer", layer, "--agency", a["code"],
                          "--answers", str(answers)])
    # Explanation requests on every third submitted agency (one or two, on its first items):
    # the status becomes explanationRequested and the row counts them as open.
    for i, a in enumerate(agencies):
        a["requests"] = (i % 3) if a["seal"] else 0
        for node in list(a["crit"].by_id)[:a["requests"]]:
            run(cli, ["request-explanation", str(province), "--agency", a["code"], "--node", node,
                      "--text", f"Giải trình mục {node}"])
    return province, problems


def expected_status(a, layers):
    if not a["seal"]:
        return "draft"
    appraised = any(not ref.layer_is_empty(layers.get(k)) for k in ("appraisal1", "appraisal2"))
    return "inAppraisal" if appraised else "submitted"


def reference_rows(agencies, uuids):
    rows = []
    for a in agencies:
        layers = {"self": parsed(a["crit"], a["layers"]["self"], "agency")}
        for k in ("appraisal1", "appraisal2"):
            layers[k] = parsed(a["crit"], a["layers"].get(k), "appraiser")
        rows.append({"uuid": uuids.get(a["code"], "?"), "agencyCode": a["code"], "agencyName": a["name"],
                     "group": a["group"], "year": a["year"],
                     "status": "explanationRequested" if a.get("requests") else expected_status(a, layers),
                     "openRequests": a.get("requests", 0),
                     "sealed": a["seal"], "sealIntact": a["seal"], "criteria": a["crit"], "layers": layers})
    return rows


def compare(label, expected, actual):
    """Differences between the reference's object and the CLI's (extra CLI keys allowed)."""
    problems = []
    if actual.get("missing") != expected["missing"]:
        problems.append(f"{label}: missing {actual.get('missing')}\n    expected {expected['missing']}")
    if actual.get("layer") != expected["layer"]:
        problems.append(f"{label}: layer {actual.get('layer')!r}, expected {expected['layer']!r}")
    exp_rows, act_rows = expected["assessments"], actual.get("assessments", [])
    exp_codes = [r["agencyCode"] for r in exp_rows]
    act_codes = [r.get("agencyCode") for r in act_rows]
    if exp_codes != act_codes:
        problems.append(f"{label}: order {act_codes}\n    expected {exp_codes}")
    by_code = {r.get("agencyCode"): r for r in act_rows}
    for e in exp_rows:
        act = by_code.get(e["agencyCode"])
        if act is None:
            continue
        if act.get("provisional") is not (e["status"] != "final"):
            problems.append(f"{label} {e['agencyCode']}: provisional {act.get('provisional')!r}")
        act = {k: act[k] for k in e if k in act}
        act["criteria"] = {k: act.get("criteria", {}).get(k) for k in ("id", "version")}
        for path, want, got in fz.diff(fz.ref_json_normalized(e), fz.normalize(act)):
            problems.append(f"{label} {e['agencyCode']}.{path}: got {fz.show(got)}, expected {fz.show(want)}")
    return problems


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--cli", required=True)
    ap.add_argument("--builtin-dir", required=True)
    ap.add_argument("--agencies", type=int, default=30)
    ap.add_argument("--seed", type=int, default=2026)
    ap.add_argument("--keep-dir")
    args = ap.parse_args(argv)
    rng = random.Random(args.seed)
    sets = load_sets(args.builtin_dir)
    agencies = plan_agencies(rng, sets, args.agencies)
    expected_list = plan_expected(rng, sets, agencies)

    with tempfile.TemporaryDirectory() as tmp:
        work = Path(args.keep_dir or tmp)
        work.mkdir(parents=True, exist_ok=True)
        province, problems = build_province(args.cli, work, agencies, expected_list)
        ranked, compared = 0, 0
        groups = sorted({a["group"] for a in agencies})
        runs = [("final", None), ("self", None), ("final", groups[-1]), ("self", groups[0])]
        for layer, group in runs:
            cli_args = ["overview", str(province), "--layer", layer, "--json"] + (["--group", group] if group else [])
            actual = json.loads(run(args.cli, cli_args).stdout)
            uuids = {r["agencyCode"]: r["uuid"] for r in actual.get("assessments", [])}
            rows = reference_rows(agencies, uuids)
            expected = ref.overview(rows, layer, group)
            expected["missing"] = ref.missing(expected_list, rows, PROVINCE_YEAR, group)
            ranked += sum(r["rank"] is not None for r in expected["assessments"])
            compared += sum(r["overclaim"] is not None for r in expected["assessments"])
            problems += compare(f"--layer {layer}" + (f" --group {group}" if group else ""), expected, actual)
        if run(args.cli, ["overview", str(province)], check=False).returncode != 0:
            problems.append("the readable overview did not exit 0")
    for p in problems[:40]:
        print(p)
    print(f"overview-diff: {len(agencies)} agencies, {ranked} ranked rows and {compared} over-claims "
          f"compared, {len(expected_list)} expected agencies, {len(problems)} difference(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Differential check of the published results (workbook, ranking, final cards) against the reference.

    python3 results_diff.py --cli build/app/parscore-cli --builtin-dir resources/criteria \
        [--agencies 30] [--seed 2026] [--cards 4] [--keep-dir D]

Builds a random province with the CLI exactly as overview_diff.py does (its functions,
imported), then makes about a third of the agencies' first appraisal round answer
every item and `finalize`s the submitted ones whose final layer is then complete. It
reads back what the province publishes and compares every number with parscore_ref,
never with the CLI's own JSON:
 1. `export -o out.xlsx` (and `--layer self`), read with openpyxl (Debian's
    /usr/bin/python3 runs this very file with --dump-xlsx when the running interpreter
    has no openpyxl): sheet 1, one row per agency in the reference's overview order with
    year, self and final points and percent, over-claim, grade, rank and the provisional
    mark; sheet 2, per agency and node, the maximum and state of the ranked layer, self
    (scored as the agency), appraisal 1 and 2 and the final answers (as the appraisers),
    each empty where the layer answers nothing at or below the node, then the bonus,
    penalty and total rows.
 2. `report --ranking [--group G]` in Vietnamese, read with `pdftotext -raw`: every row
    (STT, code — name, self %, final %, grade, rank, the * of a provisional result) in the
    reference's order, and the provisional heading with its count.
 3. `report --agency C --layer final` for a few agencies: the bonus, penalty, total,
    index and grade rows of each layer, and the provisional heading.
Exit status 1 on any difference.
"""
from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent


def dump_xlsx(path) -> dict:
    """Every sheet's name and cell values (None for an empty cell), row by row."""
    import openpyxl
    book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    return {"sheets": [{"name": ws.title, "rows": [list(r) for r in ws.iter_rows(values_only=True)]}
                       for ws in book.worksheets]}


def read_xlsx(path) -> dict:
    try:
        return dump_xlsx(path)
    except ImportError:  # openpyxl is Debian's: ask its interpreter
        p = subprocess.run(["/usr/bin/python3", __file__, "--dump-xlsx", str(path)], capture_output=True)
        if p.returncode != 0:
            raise SystemExit(f"results-diff: cannot read {path} with openpyxl:\n{p.stderr.decode(errors='replace')}")
        return json.loads(p.stdout)


if len(sys.argv) == 3 and sys.argv[1] == "--dump-xlsx":   # before importing the rest (3.11 syntax)
    json.dump(dump_xlsx(sys.argv[2]), sys.stdout, ensure_ascii=False)
    sys.exit(0)

sys.path.insert(0, str(HERE))
import fuzz_score as fz  # noqa: E402
import overview_diff as od  # noqa: E402
import parscore_ref as ref  # noqa: E402

EMPTY = ref.AnswersResult(ref.EXIT_OK, [])
MINUS = "\u2212"


# --------------------------------------------------------------------------- the reference's figures
def hundredths(v):
    return None if v is None else ref._hundredths(v)


def vn(h, signed=None) -> str:
    """Hundredths as the printed documents show them in Vietnamese: "1234,50", "−0,25";
    signed="+" or MINUS for a bonus or penalty other than zero."""
    text = f"{abs(h) // 100},{abs(h) % 100:02d}"
    if signed and h != 0:
        return signed + text
    return (MINUS if h < 0 else "") + text


def layer_cards(row):
    """The scorecards of one assessment: self as the agency, each round and the final
    answers as the appraisers, and which nodes each layer says anything of."""
    crit, layers = row["criteria"], row["layers"]
    cards, says, holds = {}, {}, {}
    for k in ref.LAYERS:
        ans = layers.get(k)
        cards[k] = ref.score(crit, ans or EMPTY, "agency" if k == "self" else "appraiser")
        holds[k] = not ref.layer_is_empty(ans)
        said = set()
        for n in reversed(list(ref.iter_nodes(crit.roots))):     # children before parents
            if (ans is not None and n.id in ans.outcomes) or any(c.id in said for c in n.children):
                said.add(n.id)
        says[k] = said
    cards["final"] = ref.score(crit, ref.final_answers([layers.get(k) for k in ref.LAYERS]), "appraiser")
    return cards, says, holds


def same_number(got, want_h) -> bool:
    """A workbook number equal to the reference's hundredths (stored as hundredths / 100)."""
    if want_h is None:
        return got is None
    return isinstance(got, (int, float)) and not isinstance(got, bool) and got == want_h / 100


# --------------------------------------------------------------------------- 1. the workbook
OVERVIEW_HEADERS = ["No.", "Code", "Agency", "Group", "Year", "Status", "Seal", "Self points", "Self %",
                    "Final points", "Final %", "Over-claim (points)", "Over-claim (percentage points)",
                    "Grade", "Rank", "Provisional"]
DETAIL_HEADERS = ["Code", "Agency", "No.", "Criterion", "Maximum", "Self", "Appraisal 1", "Appraisal 2",
                  "Final", "State", "Note"]


def header_row(label, sheet, headers, warned, problems):
    """Index of the header row: 1 under the warning of an unofficial set, else 0."""
    at = 1 if warned else 0
    rows = sheet["rows"]
    if len(rows) <= at or list(rows[at][:len(headers)]) != headers:
        problems.append(f"{label}: header row {at} is {rows[at] if len(rows) > at else None}, expected {headers}")
        return None
    if warned and not rows[0][0]:
        problems.append(f"{label}: no warning above the header for an unofficial criteria set")
    return at


def check_workbook_overview(label, sheet, expected, warned, problems):
    layer = expected["layer"]
    at = header_row(label, sheet, OVERVIEW_HEADERS, warned, problems)
    if at is None:
        return
    rows = [r + [None] * (16 - len(r)) for r in sheet["rows"][at + 1:]]
    exp = expected["assessments"]
    if [r[1] for r in rows] != [e["agencyCode"] for e in exp]:
        problems.append(f"{label}: order {[r[1] for r in rows]}\n    expected {[e['agencyCode'] for e in exp]}")
        return
    for i, (got, e) in enumerate(zip(rows, exp), start=1):
        ranked = e[layer]
        oc = e["overclaim"] or {}
        want = {
            "No.": (got[0], i), "name": (got[2], e["agencyName"]), "group": (got[3], e["group"]),
            "year": (got[4], e["year"]), "rank": (got[14], e["rank"]),
            "grade": (got[13], ranked.get("grade") if ranked else None),
            "provisional": (got[15] is not None, layer == "final" and e["status"] != "final"),
        }
        numbers = {
            "self points": (got[7], hundredths(e["self"]["points"]) if e["self"] else None),
            "self %": (got[8], hundredths(e["self"].get("percent")) if e["self"] else None),
            "final points": (got[9], hundredths(e["final"]["points"]) if e["final"] else None),
            "final %": (got[10], hundredths(e["final"].get("percent")) if e["final"] else None),
            "over-claim points": (got[11], hundredths(oc.get("points"))),
            "over-claim percentage points": (got[12], hundredths(oc.get("percentPoints"))),
        }
        for what, (g, w) in want.items():
            if g != w:
                problems.append(f"{label} {e['agencyCode']}: {what} {g!r}, expected {w!r}")
        for what, (g, w) in numbers.items():
            if not same_number(g, w):
                problems.append(f"{label} {e['agencyCode']}: {what} {g!r}, expected "
                                f"{'empty' if w is None else ref.fmt(ref.Fraction(w, 100))}")


def check_workbook_detail(label, sheet, expected, rows_by_code, warned, problems):
    """Sheet 2 against the reference's scoring of each layer; returns how many cells were compared."""
    layer = expected["layer"]
    at = header_row(label, sheet, DETAIL_HEADERS, warned, problems)
    if at is None:
        return 0
    got_rows = [r + [None] * (11 - len(r)) for r in sheet["rows"][at + 1:]]
    state_names = {}
    compared = 0
    i = 0
    for e in expected["assessments"]:
        code = e["agencyCode"]
        row = rows_by_code[code]
        crit = row["criteria"]
        cards, says, holds = layer_cards(row)
        ranked = cards["self" if layer == "self" else "final"]
        lines = []   # (No., title, max, self, a1, a2, final, state)
        for n in ref.iter_nodes(crit.roots):
            rn = ranked["nodes"].get(n.id)
            cells = [hundredths(rn["maxPoints"]) if rn else None]
            for k in ref.LAYERS:
                node = cards[k]["nodes"].get(n.id)
                cells.append(hundredths(node["points"]) if node and n.id in says[k] else None)
            cells.append(hundredths(cards["final"]["nodes"][n.id]["points"]))
            lines.append((n.id, n.title, cells, rn["state"] if rn else None))
        for key, title in (("bonus", "Bonus"), ("penalty", "Penalty"), ("points", "Total")):
            cells = [hundredths(ranked["total"]["maxPoints"]) if key == "points" else None]
            cells += [hundredths(cards[k]["total"][key]) if holds[k] else None for k in ref.LAYERS]
            cells.append(hundredths(cards["final"]["total"][key]))
            lines.append((None, title, cells, None))
        for node_id, title, cells, state in lines:
            if i >= len(got_rows):
                problems.append(f"{label}: the sheet ends before {code} {node_id or title}")
                return compared
            got = got_rows[i]
            i += 1
            where = f"{label} {code} {node_id or title}"
            if (got[0], got[1], got[2], got[3]) != (code, e["agencyName"], node_id, title):
                problems.append(f"{where}: row {got[:4]}, expected {[code, e['agencyName'], node_id, title]}")
                return compared
            for col, name, want in zip(range(4, 9), DETAIL_HEADERS[4:9], cells):
                compared += 1
                if not same_number(got[col], want):
                    problems.append(f"{where}: {name} {got[col]!r}, expected "
                                    f"{'empty' if want is None else ref.fmt(ref.Fraction(want, 100))}")
            if state is None:
                if node_id is not None and got[9] is not None:
                    problems.append(f"{where}: state {got[9]!r}, expected empty (outside the ranked layer)")
            elif state_names.setdefault(state, got[9]) != got[9] or got[9] is None:
                problems.append(f"{where}: state {got[9]!r} for {state}, elsewhere {state_names[state]!r}")
    if i != len(got_rows):
        problems.append(f"{label}: {len(got_rows) - i} row(s) more than expected, from {got_rows[i][:4]}")
    if len(set(state_names.values())) != len(state_names):
        problems.append(f"{label}: different states share a name: {state_names}")
    return compared


def check_workbooks(cli, work, province, rows, problems):
    compared = 0
    by_code = {r["agencyCode"]: r for r in rows}
    warned = any(r["criteria"].status != "official" for r in rows)   # a warning row above the headers
    for layer in ("final", "self"):
        out = work / f"results-{layer}.xlsx"
        od.run(cli, ["export", str(province), "-o", str(out)] + (["--layer", "self"] if layer == "self" else []))
        book = read_xlsx(out)
        if [s["name"] for s in book["sheets"]] != ["Overview", "Detail"]:
            problems.append(f"export --layer {layer}: sheets {[s['name'] for s in book['sheets']]}")
            continue
        expected = ref.overview(rows, layer)
        check_workbook_overview(f"xlsx {layer} overview", book["sheets"][0], expected, warned, problems)
        compared += check_workbook_detail(f"xlsx {layer} detail", book["sheets"][1], expected, by_code, warned,
                                         problems)
    return compared


# --------------------------------------------------------------------------- 2, 3. the PDFs
def translations():
    """Vietnamese of the printed documents' labels, from the catalogue the CLI is built with."""
    out = {}
    root = ET.parse(HERE.parent.parent / "translations" / "parscore_vi.ts").getroot()
    for ctx in root.iter("context"):
        name = ctx.findtext("name")
        for m in ctx.iter("message"):
            t = m.find("translation")
            forms = [f.text for f in t.iter("numerusform")]
            out[(name, m.findtext("source"))] = forms[0] if forms else t.text
    return out


def pdf_text(path) -> str:
    """The PDF's text, row by row, its whitespace collapsed to single spaces."""
    p = subprocess.run(["pdftotext", "-raw", str(path), "-"], capture_output=True)
    if p.returncode != 0:
        raise SystemExit(f"results-diff: pdftotext {path} exited {p.returncode}")
    # The font joins "fi" and "fl" into one glyph, which pdftotext gives back as such.
    text = p.stdout.decode().replace("\ufb01", "fi").replace("\ufb02", "fl")
    return " ".join(text.split())


def percent_text(total):
    return vn(hundredths(total["percent"])) if total and "percent" in total else "—"


def check_ranking(cli, work, province, rows, group, vi, problems):
    label = "ranking" + (f" --group {group}" if group else "")
    out = work / f"ranking-{group or 'all'}.pdf"
    od.run(cli, ["--lang", "vi", "report", str(province), "--ranking", "-o", str(out)]
           + (["--group", group] if group else []))
    text = pdf_text(out)
    expected = ref.overview(rows, "final", group)["assessments"]
    provisional = sum(e["status"] != "final" for e in expected)
    heading = vi[("ParScore::RankingHtml", "PROVISIONAL: the results of %n agency(ies) are not final yet; "
                  "their figures marked * may change.")].replace("%n", str(provisional))
    if (heading in text) != (provisional > 0):
        problems.append(f"{label}: the heading {'lacks' if provisional else 'has'} {heading!r}")
    position, number, previous = -1, 0, None
    for e in expected:
        number = number + 1 if previous == (e["year"], e["group"]) else 1
        previous = (e["year"], e["group"])
        star = "*" if e["status"] != "final" else ""
        final = e["final"]
        line = " ".join([
            str(number), f"{e['agencyCode']} — {e['agencyName']}", percent_text(e["self"]),
            percent_text(final) + star if final else "—",
            final["grade"] + star if final and "grade" in final else "—",
            f"{e['rank']}{star}" if e["rank"] is not None else "—"])
        at = text.find(line + " ")
        if at < 0:
            near = text.find(f"{e['agencyCode']} — ")
            problems.append(f"{label}: no row {line!r}\n    printed {text[max(0, near - 4):near + len(line) + 8]!r}")
        elif at < position:
            problems.append(f"{label}: {e['agencyCode']} printed before the agency ranked above it")
        else:
            position = at
    return len(expected)


def check_card(cli, work, province, row, vi, problems):
    code = row["agencyCode"]
    out = work / f"card-{code}.pdf"
    od.run(cli, ["--lang", "vi", "report", str(province), "--agency", code, "--layer", "final", "-o", str(out)])
    text = pdf_text(out)
    crit = row["criteria"]
    cards, _, holds = layer_cards(row)
    shown = [cards[k]["total"] for k in ref.LAYERS if holds[k]] + [cards["final"]["total"]]

    def t(source):
        return vi[("ParScore::FinalCardHtml", source)]

    lines = []
    if crit.bonus:
        lines.append([t("Bonus points"), vn(ref.round_hundredths(crit.bonus["max"]))]
                     + [vn(hundredths(s["bonus"]), "+") for s in shown])
    if crit.penalty:
        lines.append([t("Penalty points"), vn(ref.round_hundredths(crit.penalty["max"]))]
                     + [vn(hundredths(s["penalty"]), MINUS) for s in shown])
    lines.append([t("TOTAL"), vn(hundredths(cards["final"]["total"]["maxPoints"]))]
                 + [vn(hundredths(s["points"])) for s in shown])
    lines.append([t("Index")] + [percent_text(s) + " %" if "percent" in s else "—" for s in shown])
    lines.append([t("Grade")] + [s.get("grade", "—") for s in shown])
    for line in lines:
        if " ".join(line) + " " not in text:
            near = text.find(line[0] + " ")
            problems.append(f"card {code}: no row {' '.join(line)!r}\n    printed {text[near:near + 80]!r}")
    heading = t("PROVISIONAL: the appraisal is not final; the final points, index and grade may change.")
    if (heading in text) != (row["status"] != "final"):
        problems.append(f"card {code} ({row['status']}): the provisional heading {'missing' if row['status'] != 'final' else 'printed'}")
    return len(lines)


# --------------------------------------------------------------------------- the province
def complete_some(rng, agencies):
    """About a third of the agencies get a first round answering every item (agency items
    not answered by themselves too): their final layer is complete and can be finalized."""
    chosen = set()
    for a in agencies:
        if rng.random() < 0.35:
            crit = a["crit"]
            own = ref.load_answers(fz.dumps(a["layers"]["self"]).encode(), crit, "agency").outcomes \
                if a["layers"]["self"] else {}
            doc = od.appraisal_doc(rng, crit, 0.15)
            for n in fz.leaves_of(crit):
                if n.id not in doc["answers"] and (n.scored_by == "appraiser" or n.id not in own):
                    doc["answers"][n.id] = fz.valid_answer(rng, n)
            a["layers"]["appraisal1"] = doc
            chosen.add(a["code"])
    return chosen


def finalize(cli, province, rows, chosen):
    """`finalize` each chosen submitted agency whose final layer the reference finds complete;
    the reference's status follows. Returns the problems (a refusal the reference disagrees with)."""
    problems = []
    for r in rows:
        if r["agencyCode"] not in chosen or r["status"] == "draft":
            continue
        fin = ref.final_answers([r["layers"].get(k) for k in ref.LAYERS])
        complete = ref.score(r["criteria"], fin, "appraiser")["total"]["complete"]
        p = od.run(cli, ["finalize", str(province), "--agency", r["agencyCode"]], check=False)
        if (p.returncode == 0) != complete:
            problems.append(f"finalize {r['agencyCode']} exited {p.returncode}, the reference finds the final "
                            f"layer {'complete' if complete else 'incomplete'}: {p.stderr.decode(errors='replace')}")
        if p.returncode == 0:
            r["status"], r["openRequests"] = "final", 0
    return problems


def card_rows(rows, count):
    """The agencies whose cards are printed: the first final result, the first with a second
    round, the first with no appraisal, the first draft, then the first others."""
    kinds = [lambda r: r["status"] == "final", lambda r: r["layers"].get("appraisal2") is not None,
             lambda r: r["layers"].get("appraisal1") is None, lambda r: r["status"] == "draft"]
    picked = []
    for kind in kinds:
        picked += [r for r in rows if kind(r) and r not in picked][:1]
    picked += [r for r in rows if r not in picked]
    return picked[:count]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--cli", required=True)
    ap.add_argument("--builtin-dir", required=True)
    ap.add_argument("--agencies", type=int, default=30)
    ap.add_argument("--seed", type=int, default=2026)
    ap.add_argument("--cards", type=int, default=4, help="final cards printed and compared")
    ap.add_argument("--keep-dir")
    args = ap.parse_args(argv)
    started = time.monotonic()
    rng = random.Random(args.seed)
    sets = od.load_sets(args.builtin_dir)
    agencies = od.plan_agencies(rng, sets, args.agencies)
    expected_list = od.plan_expected(rng, sets, agencies)
    chosen = complete_some(random.Random(args.seed + 1), agencies)
    vi = translations()

    with tempfile.TemporaryDirectory() as tmp:
        work = Path(args.keep_dir or tmp)
        work.mkdir(parents=True, exist_ok=True)
        province, problems = od.build_province(args.cli, work, agencies, expected_list)
        rows = od.reference_rows(agencies, {})    # agency codes are unique: no uuid needed
        problems += finalize(args.cli, province, rows, chosen)
        final = sum(r["status"] == "final" for r in rows)
        cells = check_workbooks(args.cli, work, province, rows, problems)
        groups = sorted({a["group"] for a in agencies})
        ranked = sum(check_ranking(args.cli, work, province, rows, g, vi, problems) for g in (None, groups[0]))
        cards = sum(check_card(args.cli, work, province, r, vi, problems) for r in card_rows(rows, args.cards))
    for p in problems[:40]:
        print(p)
    print(f"results-diff: {len(agencies)} agencies ({final} final), {cells} workbook detail cells, "
          f"{ranked} ranking rows, {cards} card rows compared in {time.monotonic() - started:.1f} s, "
          f"{len(problems)} difference(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())

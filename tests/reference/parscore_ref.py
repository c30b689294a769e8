#!/usr/bin/env python3
"""Independent reference implementation of the ParScore criteria format, version 1.

Implements /work/shared/criteria-format.md sections 1-4 (criteria set, answers, totals,
agency/appraiser roles) plus the `score --json` object of section 5 and the numbers and
ranks of the `overview --json` object of section 6, reading the open
points as /work/main/docs/criteria-format-notes.md decides them.  Written from the
documents only (no ParScore C++ source was read).  Python 3.11, standard library only.

All arithmetic uses fractions.Fraction.  A JSON number is read as an IEEE double and its
value is the shortest decimal that reads back as that double: Fraction(repr(x)).

Library use:
    res = load_criteria(criteria_bytes)            # -> CriteriaResult (status 0/1/2)
    out = score_files(criteria_bytes, answers_bytes, "agency")   # -> ScoreResult
    out.status, out.problems, out.json            # json: the dict `score --json` prints
    overview(assessments, layer="final")          # -> the dict `overview --json` prints
Command line (mirrors parscore-cli, handy for hand checks):
    parscore_ref.py check FILE.json
    parscore_ref.py score --criteria C.json --answers A.json [--as agency|appraiser] [--json]

Interpretations (where contract + notes left a choice; the fuzzer avoids the ones marked *):
 1. b = 0 (ratio / percent tiers) is treated exactly like a not-applicable answer: the
    policy applies AND the leaf's state is `notApplicable`.
 2. Whole numbers and `formatVersion` are judged by value: 2.0 / 1e2 are whole (*).
    formatVersion > 1 (any number, 1.5 too) -> exit 2; missing / non-number / < 1 -> exit 1.
 3. `total.bonus` and `total.penalty` are always present (0 when the set has no section);
    bonus/penalty answers are allowed in the agency role too.
 4. `total.complete` = no unanswered leaf among the role's leaves (N/A counts as answered);
    an agency view with no agency leaves is complete, max 0, no percent/grade.
 5. A node's percent = its rounded-hundredths points / its hundredths maximum, rounded.
 6. A syntactically valid JSON number that overflows a double (1e400) is exit 1 "not
    finite", not exit 2 (*). NaN/Infinity literals are not JSON -> exit 2.
 7. Unknown top-level keys of an answers file are ignored (*); inside an answer object they
    make it invalid (notes).
 8. Option/item `label` must be present and a string (may be empty (*)); bonus/penalty
    sections need `maxPoints` and `items` (items may be empty).
 9. Bad `scoredBy`/`notApplicable` values on a parent are ignored like good ones (*).
10. Tier `atLeast` with input `percent` may lie outside 0..100 (only the general number
    limits apply); `value` of a number tier has no range limit besides finiteness.
11. `score` validates the criteria set first: if it is invalid/unreadable that status wins
    over anything wrong with the answers file (*).
12. An agency answer to an `appraiser` node is reported as such, whatever its content.
13. Answer numbers (`points`, `percent`) have no ±1,000,000 limit (their ranges are
    tighter anyway); a `checked` list may be empty (scores 0, answered).
14. Grade = highest minPercent <= the rounded percent; negative minPercent is allowed.
15. Leaves may have maxPoints 0; `children: []` is a leaf.
16. Overview: a layer is empty when it has no answer and no bonus or penalty item (a
    count of 0 is an item); rows with equal agency codes are ordered by uuid; strings
    compare by code point.
17. Over-claim (issue 10): the final answers scored as the agency minus the self layer
    scored as the agency; points = the difference of the totals, percentPoints = the exact
    difference of total/maximum x 100 rounded once (None when either maximum is 0).  None
    when the self layer is empty, or when no appraisal layer answers an agency leaf or
    holds a bonus or penalty item.  Negative: the agency claimed more than it is given.
18. Missing agencies: the expected agencies with no assessment of their code in the
    province's year (any year when the province has none), of the shown group only, ordered
    by group then code.
"""
from __future__ import annotations

import hashlib
import json
import math
import sys
from dataclasses import dataclass, field
from fractions import Fraction

sys.setrecursionlimit(max(sys.getrecursionlimit(), 6000))

LIMIT = Fraction(1_000_000)          # |x| bound of every number in a set (notes: Numbers)
WHOLE_LIMIT = 10 ** 15               # bound of whole numbers in answers
EXIT_OK, EXIT_INVALID, EXIT_UNREADABLE = 0, 1, 2

KINDS = ("manual", "boolean", "choice", "checklist", "ratio", "tiers", "deduction", "percent")
POLICIES = ("forbidden", "exclude", "full", "zero")
SCORERS = ("agency", "appraiser")
STATUSES = ("official", "draft", "illustrative")
ROLES = ("agency", "appraiser")

TOP_KEYS = {"format", "formatVersion", "id", "version", "year", "title", "unitKinds",
            "issuer", "legalBasis", "status", "grades", "nodes", "bonus", "penalty"}
NODE_KEYS = {"id", "title", "maxPoints", "children", "rule", "scoredBy", "notApplicable",
             "guidance", "evidence", "legalBasis"}
RULE_KEYS = {
    "manual": {"step"}, "boolean": set(), "choice": {"options"}, "checklist": {"items"},
    "ratio": {"floorPercent", "fullAtPercent"}, "tiers": {"input", "tiers"},
    "deduction": {"perItem", "floorPoints"}, "percent": set(),
}
# Keys an answer object must have, exactly, per rule kind (tiers depends on `input`).
ANSWER_KEYS = {
    "manual": {"points"}, "boolean": {"yes"}, "choice": {"option"}, "checklist": {"checked"},
    "ratio": {"numerator", "denominator"}, ("tiers", "percent"): {"numerator", "denominator"},
    ("tiers", "number"): {"value"}, "deduction": {"count"}, "percent": {"percent"},
}
NA_KEYS = {"notApplicable", "reason"}


# --------------------------------------------------------------------------- problems
@dataclass
class Problem:
    ref: str | None      # node id (or bonus/penalty item id) the problem is tied to
    msg: str
    where: str = "node"  # "node", "bonus", "penalty", "grade", "set", "file"

    def __str__(self) -> str:
        if self.ref is None:
            return self.msg
        return f"{self.where} {self.ref}: {self.msg}"


class Unreadable(Exception):
    """The file cannot be used at all: exit status 2."""


# --------------------------------------------------------------------------- numbers
def as_double(v):
    """The IEEE double a JSON number denotes, or None if v is not a JSON number."""
    if isinstance(v, bool):
        return None
    if isinstance(v, int):
        try:
            return float(v)
        except OverflowError:
            return math.inf if v > 0 else -math.inf
    if isinstance(v, float):
        return v
    return None


def dec(d: float) -> Fraction:
    """Shortest decimal that reads back as the double d, exactly."""
    return Fraction(repr(d))


def has_decimals(f: Fraction, n: int) -> bool:
    return (f * 10 ** n).denominator == 1


def get_number(v, *, decimals=None, lo=None, lo_open=False, hi=None, limit=True):
    """Validate a JSON number.  Returns (Fraction, None) or (None, message)."""
    d = as_double(v)
    if d is None:
        return None, "must be a number"
    if not math.isfinite(d):
        return None, "must be a finite number"
    f = dec(d)
    if limit and abs(f) > LIMIT:
        return None, "out of range (|x| must be at most 1,000,000)"
    if decimals is not None and not has_decimals(f, decimals):
        return None, f"has more than {decimals} decimals"
    if lo is not None and (f < lo or (lo_open and f == lo)):
        return None, (f"must be greater than {fmt(lo)}" if lo_open else f"must be at least {fmt(lo)}")
    if hi is not None and f > hi:
        return None, f"must be at most {fmt(hi)}"
    return f, None


def get_whole(v):
    """A whole number of an answers file: no fractional part, 0 <= n <= 10^15."""
    d = as_double(v)
    if d is None:
        return None, "must be a whole number"
    if not math.isfinite(d) or d != math.floor(d):
        return None, "must be a whole number"
    if d < 0:
        return None, "must not be negative"
    if d > WHOLE_LIMIT:
        return None, "is too large (at most 10^15)"
    return int(d), None


def round_hundredths(x: Fraction) -> int:
    """x rounded half away from zero to hundredths, returned as integer hundredths.
    The one rounding function of the whole implementation."""
    h = Fraction(x) * 100
    if h >= 0:
        return math.floor(h + Fraction(1, 2))
    return -math.floor(-h + Fraction(1, 2))


def fmt(x) -> str:
    """Shortest decimal text of a Fraction with a terminating expansion (for messages)."""
    x = Fraction(x)
    if x.denominator == 1:
        return str(x.numerator)
    s = "-" if x < 0 else ""
    x = abs(x)
    for n in range(1, 40):
        y = x * 10 ** n
        if y.denominator == 1:
            digits = str(y.numerator).rjust(n + 1, "0")
            return s + digits[:-n] + "." + digits[-n:]
    return s + str(float(x))


def hundredths_to_json(h: int):
    """Integer hundredths -> a JSON-ready number: int when whole, else the shortest float."""
    if h % 100 == 0:
        return h // 100
    return float(Fraction(h, 100))


# --------------------------------------------------------------------------- JSON files
def _no_constant(name):
    raise ValueError(f"{name} is not JSON")


def parse_json_bytes(data: bytes, expected_format: str):
    """Parse a file of ours; Unreadable (exit 2) for anything not valid JSON / not ours /
    made by a newer version.  Returns (obj, problems) where problems are exit-1 issues of
    the header (formatVersion present but wrong)."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        raise Unreadable(f"not UTF-8: {e}")
    try:
        obj = json.loads(text, parse_constant=_no_constant)
    except (ValueError, RecursionError) as e:
        raise Unreadable(f"not valid JSON: {e}")
    if not isinstance(obj, dict):
        raise Unreadable("not a JSON object")
    if obj.get("format") != expected_format:
        raise Unreadable(f"not a {expected_format} file (format is {obj.get('format')!r})")
    probs = []
    fv = obj.get("formatVersion")
    d = as_double(fv)
    if d is not None and d > 1:
        raise Unreadable(f"made by a newer version (formatVersion {fv})")
    if "formatVersion" not in obj:
        probs.append(Problem(None, "formatVersion is required", "set"))
    elif d is None or d != 1:
        probs.append(Problem(None, "formatVersion must be the integer 1", "set"))
    return obj, probs


# --------------------------------------------------------------------------- criteria
@dataclass
class Rule:
    kind: str
    step: Fraction = Fraction(1, 4)
    options: dict = field(default_factory=dict)     # choice: id -> points
    items: dict = field(default_factory=dict)       # checklist: id -> points
    floor: Fraction = Fraction(0)                   # ratio floorPercent
    full_at: Fraction = Fraction(100)               # ratio fullAtPercent
    input: str | None = None                        # tiers
    tiers: list = field(default_factory=list)       # [(atLeast, points)]; atLeast float for number
    per_item: Fraction = Fraction(1)
    floor_points: Fraction = Fraction(0)


@dataclass
class Node:
    id: str
    title: str
    max: Fraction | None
    children: list
    rule: Rule | None = None
    scored_by: str = "agency"
    policy: str = "forbidden"
    depth: int = 0

    @property
    def is_leaf(self) -> bool:
        return not self.children


@dataclass
class Criteria:
    raw: dict
    sha256: str
    id: str
    version: str
    status: str
    roots: list
    by_id: dict
    grades: list                      # [(minPercent Fraction, label)]
    bonus: dict | None                # {"max": Fraction, "items": {id: points}}
    penalty: dict | None


@dataclass
class CriteriaResult:
    status: int
    criteria: Criteria | None
    problems: list
    warnings: list


class _Ctx:
    def __init__(self):
        self.problems: list[Problem] = []
        self.warnings: list[Problem] = []
        self.seen: set[str] = set()
        self.by_id: dict[str, Node] = {}

    def err(self, ref, msg, where="node"):
        self.problems.append(Problem(ref, msg, where))

    def warn(self, ref, msg, where="node"):
        self.warnings.append(Problem(ref, msg, where))


def _nonempty_str(v) -> bool:
    return isinstance(v, str) and v != ""


def _unknown_keys(ctx, raw: dict, allowed: set, ref, where):
    for k in raw:
        if k not in allowed:
            ctx.warn(ref, f"unknown key {k!r} ignored", where)


def _parse_rule(ctx: _Ctx, raw, nid, mx):
    if not isinstance(raw, dict):
        ctx.err(nid, "rule must be an object")
        return None
    kind = raw.get("kind")
    if kind not in KINDS:
        ctx.err(nid, f"unknown rule kind {kind!r}")
        return None
    _unknown_keys(ctx, raw, {"kind"} | RULE_KEYS[kind], nid, "node")
    r = Rule(kind)
    ok = True

    def num(key, default=None, **kw):
        nonlocal ok
        if key not in raw:
            if default is None:
                ctx.err(nid, f"rule field {key} is required")
                ok = False
            return default
        f, e = get_number(raw[key], **kw)
        if e:
            ctx.err(nid, f"rule field {key} {e}")
            ok = False
        return f

    def entries(key, what, points_hi):
        """choice options / checklist items: non-empty list of {id, label, points}."""
        nonlocal ok
        lst = raw.get(key)
        out = {}
        if not isinstance(lst, list) or not lst:
            ctx.err(nid, f"rule field {key} must be a non-empty array")
            ok = False
            return out
        for i, e in enumerate(lst):
            if not isinstance(e, dict):
                ctx.err(nid, f"{what} #{i + 1} must be an object")
                ok = False
                continue
            _unknown_keys(ctx, e, {"id", "label", "points"}, nid, "node")
            eid = e.get("id")
            if not _nonempty_str(eid):
                ctx.err(nid, f"{what} #{i + 1}: id must be a non-empty string")
                ok = False
                eid = None
            elif eid in out:
                ctx.err(nid, f"{what} id {eid!r} is repeated")
                ok = False
            if not isinstance(e.get("label"), str):
                ctx.err(nid, f"{what} {eid or i + 1}: label is required")
                ok = False
            if "points" not in e:
                ctx.err(nid, f"{what} {eid or i + 1}: points is required")
                ok = False
                continue
            p, err = get_number(e["points"], decimals=6, lo=Fraction(0), hi=points_hi)
            if err:
                ctx.err(nid, f"{what} {eid or i + 1}: points {err}")
                ok = False
            elif eid is not None and eid not in out:
                out[eid] = p
        return out

    if kind == "manual":
        s = num("step", Fraction(1, 4), decimals=6, lo=Fraction(0), lo_open=True)
        if s is not None:
            r.step = s
    elif kind == "choice":
        r.options = entries("options", "option", mx)
    elif kind == "checklist":
        r.items = entries("items", "item", None)
    elif kind == "ratio":
        fl = num("floorPercent", Fraction(0), decimals=6)
        fa = num("fullAtPercent", Fraction(100), decimals=6)
        if fl is not None and fa is not None:
            if not (0 <= fl <= fa <= 100):
                ctx.err(nid, "ratio needs 0 <= floorPercent <= fullAtPercent <= 100")
                ok = False
            r.floor, r.full_at = fl, fa
    elif kind == "tiers":
        inp = raw.get("input")
        if inp not in ("percent", "number"):
            ctx.err(nid, f"tiers input must be 'percent' or 'number' (got {inp!r})")
            ok = False
            inp = None
        r.input = inp
        lst = raw.get("tiers")
        if not isinstance(lst, list) or not lst:
            ctx.err(nid, "rule field tiers must be a non-empty array")
            ok = False
            lst = []
        seen = set()
        for i, t in enumerate(lst):
            if not isinstance(t, dict):
                ctx.err(nid, f"tier #{i + 1} must be an object")
                ok = False
                continue
            _unknown_keys(ctx, t, {"atLeast", "points"}, nid, "node")
            if "atLeast" not in t:
                ctx.err(nid, f"tier #{i + 1}: atLeast is required")
                ok = False
                at = None
            elif inp == "number":
                d = as_double(t["atLeast"])
                if d is None or not math.isfinite(d):
                    ctx.err(nid, f"tier #{i + 1}: atLeast must be a finite number")
                    ok = False
                    at = None
                else:
                    at = d
            else:
                at, e = get_number(t["atLeast"], decimals=6)
                if e:
                    ctx.err(nid, f"tier #{i + 1}: atLeast {e}")
                    ok = False
            if at is not None:
                if at in seen:
                    ctx.err(nid, f"tier #{i + 1}: atLeast {at} is repeated")
                    ok = False
                seen.add(at)
            if "points" not in t:
                ctx.err(nid, f"tier #{i + 1}: points is required")
                ok = False
                continue
            p, e = get_number(t["points"], decimals=6, lo=Fraction(0), hi=mx)
            if e:
                ctx.err(nid, f"tier #{i + 1}: points {e}")
                ok = False
            elif at is not None:
                r.tiers.append((at, p))
    elif kind == "deduction":
        pi = num("perItem", None, decimals=6, lo=Fraction(0), lo_open=True)
        fp = num("floorPoints", Fraction(0), decimals=6, hi=mx)
        if pi is not None:
            r.per_item = pi
        if fp is not None:
            r.floor_points = fp
    return r if ok else None


def _parse_node(ctx: _Ctx, raw, depth, where_desc):
    if not isinstance(raw, dict):
        ctx.err(None, f"{where_desc} must be an object")
        return None
    nid = raw.get("id")
    ref = nid if _nonempty_str(nid) else None
    if ref is None:
        ctx.err(None, f"{where_desc}: id must be a non-empty string")
    elif nid in ctx.seen:
        ctx.err(nid, "id is used by more than one node")
    else:
        ctx.seen.add(nid)
    label = ref or where_desc
    first_p, first_w = len(ctx.problems), len(ctx.warnings)
    _unknown_keys(ctx, raw, NODE_KEYS, label, "node")
    if not _nonempty_str(raw.get("title")):
        ctx.err(label, "title must be a non-empty string")
    for k in ("guidance", "evidence", "legalBasis"):
        if k in raw and not isinstance(raw[k], str):
            ctx.err(label, f"{k} must be a string")
    mx = None
    if "maxPoints" not in raw:
        ctx.err(label, "maxPoints is required")
    else:
        mx, e = get_number(raw["maxPoints"], decimals=2, lo=Fraction(0))
        if e:
            ctx.err(label, f"maxPoints {e}")
    kids_raw = raw.get("children", [])
    if not isinstance(kids_raw, list):
        ctx.err(label, "children must be an array")
        kids_raw = []
    node = Node(nid if ref else "", raw.get("title") if isinstance(raw.get("title"), str) else "",
                mx, [], depth=depth)
    if kids_raw:
        if raw.get("rule") is not None:
            ctx.err(label, "a node with children has no rule")
        for k in ("scoredBy", "notApplicable"):
            if k in raw:
                ctx.warn(label, f"{k} on a node with children is ignored")
        kids = [_parse_node(ctx, c, depth + 1, f"child #{i + 1} of node {label}")
                for i, c in enumerate(kids_raw)]
        node.children = [c for c in kids if c is not None]
        if mx is not None and len(node.children) == len(kids_raw) and all(c.max is not None for c in node.children):
            s = sum((c.max for c in node.children), Fraction(0))
            if s != mx:
                ctx.err(label, f"maxPoints {fmt(mx)} is not the sum of its children's ({fmt(s)})")
    else:
        if raw.get("rule") is None:
            ctx.err(label, "a leaf needs a rule")
        else:
            node.rule = _parse_rule(ctx, raw["rule"], label, mx)
        sb = raw.get("scoredBy", "agency")
        if sb not in SCORERS:
            ctx.err(label, f"scoredBy must be 'agency' or 'appraiser' (got {sb!r})")
        else:
            node.scored_by = sb
        pol = raw.get("notApplicable", "forbidden")
        if pol not in POLICIES:
            ctx.err(label, f"notApplicable must be one of {', '.join(POLICIES)} (got {pol!r})")
        else:
            node.policy = pol
    if ref and ref not in ctx.by_id:
        ctx.by_id[ref] = node
    if ref is None:   # a node without a usable id: its problems name its position instead
        for lst, start in ((ctx.problems, first_p), (ctx.warnings, first_w)):
            for p in lst[start:]:
                if p.ref == label:
                    p.ref, p.msg = None, f"{label}: {p.msg}"
    return node


def _parse_extra(ctx: _Ctx, raw, key):
    """bonus / penalty section."""
    if not isinstance(raw, dict):
        ctx.err(None, f"{key} must be an object", "set")
        return None
    _unknown_keys(ctx, raw, {"maxPoints", "items"}, key, "set")
    ok = True
    mx = None
    if "maxPoints" not in raw:
        ctx.err(None, f"{key}.maxPoints is required", "set")
        ok = False
    else:
        mx, e = get_number(raw["maxPoints"], decimals=2, lo=Fraction(0))
        if e:
            ctx.err(None, f"{key}.maxPoints {e}", "set")
            ok = False
    items = {}
    lst = raw.get("items")
    if not isinstance(lst, list):
        ctx.err(None, f"{key}.items must be an array", "set")
        return None
    for i, it in enumerate(lst):
        if not isinstance(it, dict):
            ctx.err(None, f"{key} item #{i + 1} must be an object", key)
            ok = False
            continue
        iid = it.get("id")
        ref = iid if _nonempty_str(iid) else None
        _unknown_keys(ctx, it, {"id", "title", "points"}, ref or f"#{i + 1}", key)
        if ref is None:
            ctx.err(None, f"{key} item #{i + 1}: id must be a non-empty string", key)
            ok = False
        elif iid in items:
            ctx.err(iid, "item id is repeated", key)
            ok = False
        if not _nonempty_str(it.get("title")):
            ctx.err(ref or f"#{i + 1}", "title must be a non-empty string", key)
            ok = False
        if "points" not in it:
            ctx.err(ref or f"#{i + 1}", "points is required", key)
            ok = False
            continue
        p, e = get_number(it["points"], decimals=6, lo=Fraction(0))
        if e:
            ctx.err(ref or f"#{i + 1}", f"points {e}", key)
            ok = False
        elif ref is not None and iid not in items:
            items[iid] = p
    return {"max": mx, "items": items} if ok else None


def load_criteria(data: bytes) -> CriteriaResult:
    """Load and validate a criteria set file (its bytes)."""
    try:
        raw, head = parse_json_bytes(data, "parscore.criteria")
    except Unreadable as e:
        return CriteriaResult(EXIT_UNREADABLE, None, [Problem(None, str(e), "file")], [])
    ctx = _Ctx()
    ctx.problems.extend(head)
    _unknown_keys(ctx, raw, TOP_KEYS, None, "set")
    for k in ("id", "version", "title"):
        if not _nonempty_str(raw.get(k)):
            ctx.err(None, f"{k} must be a non-empty string", "set")
    y = as_double(raw.get("year"))
    if y is None or not math.isfinite(y) or y != math.floor(y) or not (1900 <= y <= 2999):
        ctx.err(None, "year must be an integer from 1900 to 2999", "set")
    uk = raw.get("unitKinds")
    if not isinstance(uk, list) or not all(_nonempty_str(u) for u in uk):
        ctx.err(None, "unitKinds must be an array of non-empty strings", "set")
    if raw.get("status") not in STATUSES:
        ctx.err(None, f"status must be one of {', '.join(STATUSES)}", "set")
    for k in ("issuer", "legalBasis"):
        if k in raw and not isinstance(raw[k], str):
            ctx.err(None, f"{k} must be a string", "set")
    grades = []
    if "grades" in raw:
        g = raw["grades"]
        if not isinstance(g, list):
            ctx.err(None, "grades must be an array", "set")
        else:
            seen = set()
            for i, gr in enumerate(g):
                if not isinstance(gr, dict):
                    ctx.err(None, f"grade #{i + 1} must be an object", "grade")
                    continue
                _unknown_keys(ctx, gr, {"label", "minPercent"}, f"#{i + 1}", "grade")
                lab = gr.get("label")
                if not _nonempty_str(lab):
                    ctx.err(None, f"grade #{i + 1}: label must be a non-empty string", "grade")
                if "minPercent" not in gr:
                    ctx.err(None, f"grade #{i + 1}: minPercent is required", "grade")
                    continue
                mp, e = get_number(gr["minPercent"], decimals=6)
                if e:
                    ctx.err(None, f"grade #{i + 1}: minPercent {e}", "grade")
                    continue
                if mp in seen:
                    ctx.err(None, f"grade #{i + 1}: minPercent {fmt(mp)} is repeated", "grade")
                seen.add(mp)
                if _nonempty_str(lab):
                    grades.append((mp, lab))
    roots = []
    nodes = raw.get("nodes")
    if not isinstance(nodes, list) or not nodes:
        ctx.err(None, "nodes must be a non-empty array", "set")
    else:
        roots = [_parse_node(ctx, n, 0, f"top-level node #{i + 1}") for i, n in enumerate(nodes)]
    extras = {}
    for k in ("bonus", "penalty"):
        extras[k] = _parse_extra(ctx, raw[k], k) if k in raw else None
    if not ctx.problems:
        total = sum((r.max for r in roots), Fraction(0))
        if total != 100:
            ctx.warn(None, f"the set totals {fmt(total)} points, not 100", "set")
        crit = Criteria(raw, hashlib.sha256(data).hexdigest(), raw["id"], raw["version"],
                        raw["status"], roots, ctx.by_id, grades, extras["bonus"], extras["penalty"])
        return CriteriaResult(EXIT_OK, crit, [], ctx.warnings)
    return CriteriaResult(EXIT_INVALID, None, ctx.problems, ctx.warnings)


def iter_nodes(roots):
    """Pre-order (display order), iterative so deep trees are fine."""
    stack = list(reversed(roots))
    while stack:
        n = stack.pop()
        yield n
        stack.extend(reversed(n.children))


# --------------------------------------------------------------------------- answers
NA = "notApplicable"


@dataclass
class AnswersResult:
    status: int
    problems: list
    outcomes: dict = field(default_factory=dict)   # leaf id -> Fraction (exact points) | NA
    bonus: dict = field(default_factory=dict)      # item id -> count
    penalty: dict = field(default_factory=dict)


def evaluate_answer(node: Node, ans):
    """(outcome, None) or (None, message).  outcome: exact points (Fraction) or NA."""
    r = node.rule
    mx = node.max
    if not isinstance(ans, dict):
        return None, "answer must be an object"
    keys = set(ans)
    if "notApplicable" in keys:
        if keys != NA_KEYS:
            extra = sorted(keys - NA_KEYS)
            return None, (f"not-applicable answer has unexpected keys {extra}" if extra
                          else "not-applicable answer needs a reason")
        if ans["notApplicable"] is not True:
            return None, "notApplicable must be true"
        reason = ans["reason"]
        if not isinstance(reason, str) or not reason.strip():
            return None, "not-applicable answer needs a non-empty reason"
        if node.policy == "forbidden":
            return None, "this item cannot be answered not applicable"
        return NA, None
    want = ANSWER_KEYS[("tiers", r.input) if r.kind == "tiers" else r.kind]
    if keys != want:
        return None, f"a {r.kind} answer has exactly the keys {sorted(want)} (got {sorted(keys)})"

    if r.kind == "manual":
        x, e = get_number(ans["points"], decimals=2, lo=Fraction(0), hi=mx, limit=False)
        if e:
            return None, f"points {e}"
        if (x / r.step).denominator != 1:
            return None, f"points {fmt(x)} is not a multiple of the step {fmt(r.step)}"
        return x, None
    if r.kind == "boolean":
        if not isinstance(ans["yes"], bool):
            return None, "yes must be true or false"
        return (mx if ans["yes"] else Fraction(0)), None
    if r.kind == "choice":
        o = ans["option"]
        if not isinstance(o, str) or o not in r.options:
            return None, f"unknown option {o!r}"
        return r.options[o], None
    if r.kind == "checklist":
        c = ans["checked"]
        if not isinstance(c, list) or not all(isinstance(i, str) for i in c):
            return None, "checked must be an array of item ids"
        if len(set(c)) != len(c):
            return None, "checked repeats an item"
        for i in c:
            if i not in r.items:
                return None, f"unknown item {i!r}"
        return min(sum((r.items[i] for i in c), Fraction(0)), mx), None
    if r.kind == "ratio" or (r.kind == "tiers" and r.input == "percent"):
        a, e = get_whole(ans["numerator"])
        if e:
            return None, f"numerator {e}"
        b, e = get_whole(ans["denominator"])
        if e:
            return None, f"denominator {e}"
        if b == 0:
            if a != 0:
                return None, "numerator must be 0 when the denominator is 0"
            if node.policy == "forbidden":
                return None, "denominator 0 (did not arise) but this item cannot be not applicable"
            return NA, None
        if a > b:
            return None, "numerator is greater than the denominator"
        p = Fraction(100 * a, b)
        if r.kind == "ratio":
            if p >= r.full_at:
                return mx, None
            if p < r.floor:
                return Fraction(0), None
            return Fraction(a, b) * mx, None
        return _tier_points(r.tiers, p), None
    if r.kind == "tiers":     # input number
        v = as_double(ans["value"])
        if v is None or not math.isfinite(v):
            return None, "value must be a finite number"
        return _tier_points(r.tiers, v), None
    if r.kind == "deduction":
        n, e = get_whole(ans["count"])
        if e:
            return None, f"count {e}"
        return max(mx - n * r.per_item, r.floor_points), None
    if r.kind == "percent":
        p, e = get_number(ans["percent"], decimals=2, lo=Fraction(0), hi=Fraction(100), limit=False)
        if e:
            return None, f"percent {e}"
        return p / 100 * mx, None
    raise AssertionError(r.kind)


def _tier_points(tiers, value):
    best = None
    for at, pts in tiers:
        if at <= value and (best is None or at > best[0]):
            best = (at, pts)
    return best[1] if best else Fraction(0)


def node_in_role(node: Node, role: str) -> bool:
    """Agency role: appraiser leaves and parents of only appraiser leaves are outside."""
    if role == "appraiser":
        return True
    if node.is_leaf:
        return node.scored_by == "agency"
    return any(node_in_role(c, role) for c in node.children)


def load_answers(data: bytes, crit: Criteria, role: str) -> AnswersResult:
    try:
        raw, head = parse_json_bytes(data, "parscore.answers")
    except Unreadable as e:
        return AnswersResult(EXIT_UNREADABLE, [Problem(None, str(e), "file")])
    res = AnswersResult(EXIT_OK, list(head))
    P = res.problems
    ans = raw.get("answers", {})
    if not isinstance(ans, dict):
        P.append(Problem(None, "answers must be an object", "set"))
        ans = {}
    for nid, a in ans.items():
        node = crit.by_id.get(nid)
        if node is None:
            P.append(Problem(nid, "no node has this id"))
        elif not node.is_leaf:
            P.append(Problem(nid, "a node with children cannot be answered"))
        elif role == "agency" and node.scored_by == "appraiser":
            P.append(Problem(nid, "only the appraiser scores this item (agency answer not allowed)"))
        else:
            out, e = evaluate_answer(node, a)
            if e:
                P.append(Problem(nid, e))
            else:
                res.outcomes[nid] = out
    for key in ("bonus", "penalty"):
        m = raw.get(key, {})
        sec = getattr(crit, key)
        items = sec["items"] if sec else {}
        if not isinstance(m, dict):
            P.append(Problem(None, f"{key} must be an object", "set"))
            continue
        for iid, cnt in m.items():
            if iid not in items:
                P.append(Problem(iid, f"no {key} item has this id", key))
                continue
            n, e = get_whole(cnt)
            if e:
                P.append(Problem(iid, f"count {e}", key))
            else:
                getattr(res, key)[iid] = n
    if P:
        res.status = EXIT_INVALID
    return res


# --------------------------------------------------------------------------- scoring
def score(crit: Criteria, ans: AnswersResult, role: str) -> dict:
    """The object `parscore-cli score --json` prints.  Numbers are int/float (JSON-ready)."""
    nodes_out = {}
    total_pts = 0
    total_max = 0
    all_complete = True

    # post-order computation, iterative: (node) -> (points_h, max_h, state)
    memo = {}
    stack = [(r, False) for r in reversed(crit.roots) if node_in_role(r, role)]
    while stack:
        n, done = stack.pop()
        if n.is_leaf:
            o = ans.outcomes.get(n.id)
            mh = round_hundredths(n.max)
            if o is None:
                memo[id(n)] = (0, mh, "incomplete")
            elif o is NA:
                if n.policy == "exclude":
                    memo[id(n)] = (0, 0, "notApplicable")
                elif n.policy == "full":
                    memo[id(n)] = (mh, mh, "notApplicable")
                else:  # zero
                    memo[id(n)] = (0, mh, "notApplicable")
            else:
                memo[id(n)] = (round_hundredths(o), mh, "complete")
            continue
        kids = [c for c in n.children if node_in_role(c, role)]
        if not done:
            stack.append((n, True))
            stack.extend((c, False) for c in reversed(kids))
            continue
        vals = [memo[id(c)] for c in kids]
        states = {v[2] for v in vals}
        if states == {"notApplicable"}:
            st = "notApplicable"
        elif "incomplete" in states:
            st = "incomplete"
        else:
            st = "complete"
        memo[id(n)] = (sum(v[0] for v in vals), sum(v[1] for v in vals), st)

    for n in iter_nodes([r for r in crit.roots]):
        if not node_in_role(n, role):
            continue
        ph, mh, st = memo[id(n)]
        o = {"points": hundredths_to_json(ph), "maxPoints": hundredths_to_json(mh)}
        if mh != 0:
            o["percent"] = hundredths_to_json(round_hundredths(Fraction(ph * 100, mh)))
        o["state"] = st
        nodes_out[n.id] = o
        if n.is_leaf and st == "incomplete":
            all_complete = False
    for r in crit.roots:
        if node_in_role(r, role):
            total_pts += memo[id(r)][0]
            total_max += memo[id(r)][1]

    def extra(key):
        sec = getattr(crit, key)
        if not sec:
            return 0
        s = sum((sec["items"][i] * c for i, c in getattr(ans, key).items()), Fraction(0))
        return round_hundredths(min(s, sec["max"]))

    bh, ph_ = extra("bonus"), extra("penalty")
    total_pts += bh - ph_
    total = {"points": hundredths_to_json(total_pts), "maxPoints": hundredths_to_json(total_max)}
    if total_max != 0:
        pct_h = round_hundredths(Fraction(total_pts * 100, total_max))
        total["percent"] = hundredths_to_json(pct_h)
        pct = Fraction(pct_h, 100)
        best = None
        for mp, lab in crit.grades:
            if mp <= pct and (best is None or mp > best[0]):
                best = (mp, lab)
        if best:
            total["grade"] = best[1]
    total["bonus"] = hundredths_to_json(bh)
    total["penalty"] = hundredths_to_json(ph_)
    total["complete"] = all_complete
    return {
        "criteria": {"id": crit.id, "version": crit.version, "sha256": crit.sha256,
                     "status": crit.status},
        "total": total,
        "nodes": nodes_out,
    }


@dataclass
class ScoreResult:
    status: int
    problems: list
    json: dict | None
    stage: str          # "criteria" or "answers" or "ok"


def score_files(criteria_bytes: bytes, answers_bytes: bytes, role: str = "agency") -> ScoreResult:
    """What `parscore-cli score --criteria C --answers A --as ROLE --json` must do."""
    cr = load_criteria(criteria_bytes)
    if cr.status != EXIT_OK:
        return ScoreResult(cr.status, cr.problems, None, "criteria")
    ar = load_answers(answers_bytes, cr.criteria, role)
    if ar.status != EXIT_OK:
        return ScoreResult(ar.status, ar.problems, None, "answers")
    return ScoreResult(EXIT_OK, [], score(cr.criteria, ar, role), "ok")


# --------------------------------------------------------------------------- overview (§6)
LAYERS = ("self", "appraisal1", "appraisal2")


def layer_is_empty(ans) -> bool:
    """A layer with no answer and no bonus or penalty item (`null` in show and overview)."""
    return ans is None or not (ans.outcomes or ans.bonus or ans.penalty)


def final_answers(layers) -> AnswersResult:
    """§4 with the notes: per leaf and per bonus/penalty item, the latest layer that
    mentions it wins.  `layers` oldest first (self, appraisal1, appraisal2); None = empty."""
    out = AnswersResult(EXIT_OK, [])
    for a in layers:
        if a is None:
            continue
        out.outcomes.update(a.outcomes)
        out.bonus.update(a.bonus)
        out.penalty.update(a.penalty)
    return out


def _percent_hundredths(total):
    """The rounded percent of a §5 total as integer hundredths (exact), or None."""
    if total is None or "percent" not in total:
        return None
    return int(Fraction(repr(total["percent"])) * 100) if isinstance(total["percent"], float) \
        else total["percent"] * 100


def _hundredths(v) -> int:
    """A JSON number of §5 (at most two decimals) as integer hundredths, exactly."""
    return int(Fraction(repr(v)) * 100) if isinstance(v, float) else v * 100


def overclaim(crit: Criteria, layers) -> dict | None:
    """Interpretation 17: {"points", "percentPoints"} or None.  `layers` oldest first."""
    if layer_is_empty(layers[0]):
        return None

    def touches(a):
        return a is not None and (bool(a.bonus) or bool(a.penalty) or any(
            crit.by_id[i].scored_by == "agency" for i in a.outcomes))

    if not any(touches(a) for a in layers[1:]):
        return None
    mine = score(crit, layers[0], "agency")["total"]
    given = score(crit, final_answers(layers), "agency")["total"]
    sp, sm = _hundredths(mine["points"]), _hundredths(mine["maxPoints"])
    gp, gm = _hundredths(given["points"]), _hundredths(given["maxPoints"])
    pp = None
    if sm != 0 and gm != 0:
        pp = hundredths_to_json(round_hundredths(Fraction(gp * 100, gm) - Fraction(sp * 100, sm)))
    return {"points": hundredths_to_json(gp - sp), "percentPoints": pp}


def missing(expected, assessments, year: int | None, group: str | None = None) -> list:
    """Interpretation 18.  expected: dicts with agencyCode, agencyName, group.  A draft
    (status "draft") is not a submission: its agency is still missing."""
    submitted = {a["agencyCode"] for a in assessments
                 if (not year or a["year"] == year) and a["status"] != "draft"}
    out = [dict(e) for e in expected if e["agencyCode"] not in submitted
           and (group is None or e["group"] == group)]
    return sorted(out, key=lambda e: (e["group"], e["agencyCode"]))


def overview(assessments, layer: str = "final", group: str | None = None) -> dict:
    """The object `overview --json` prints (keys of §6 only).

    assessments: dicts with uuid, agencyCode, agencyName, group, year, status, sealed,
    sealIntact, criteria (a Criteria), layers: {"self"|"appraisal1"|"appraisal2":
    AnswersResult or None} and optionally openRequests (default 0).  Rows ranked within (year, group) on `layer` by the rounded
    percent, highest first, competition style (1, 2, 2, 4); not complete / no percent /
    empty layer -> rank None.  Ordered by year, group, rank (unranked last), agency code,
    then uuid.  `group` keeps one group's rows after ranking."""
    if layer not in ("self", "final"):
        raise ValueError(layer)
    rows = []
    for a in assessments:
        crit = a["criteria"]
        ls = [a["layers"].get(k) for k in LAYERS]
        self_total = None if layer_is_empty(ls[0]) else score(crit, ls[0], "agency")["total"]
        fin = final_answers(ls)
        final_total = None if layer_is_empty(fin) else score(crit, fin, "appraiser")["total"]
        row = {k: a[k] for k in ("uuid", "agencyCode", "agencyName", "group", "year", "status",
                                 "sealed", "sealIntact")}
        row["criteria"] = {"id": crit.id, "version": crit.version}
        row["self"] = self_total
        row["final"] = final_total
        row["overclaim"] = overclaim(crit, ls)
        row["openRequests"] = a.get("openRequests", 0)  # explanation requests not yet closed
        chosen = self_total if layer == "self" else final_total
        key = _percent_hundredths(chosen) if chosen is not None and chosen["complete"] else None
        rows.append((row, key))

    def order(item):
        row, key = item
        return (row["year"], row["group"], key is None, -(key or 0), row["agencyCode"], row["uuid"])

    rows.sort(key=order)
    out = []
    place = 0
    prev = None
    for row, key in rows:
        same = prev is not None and (prev[0]["year"], prev[0]["group"]) == (row["year"], row["group"])
        place = place + 1 if same else 1
        if key is None:
            row["rank"] = None
        elif same and prev[1] == key:
            row["rank"] = prev[0]["rank"]
        else:
            row["rank"] = place
        out.append(row)
        prev = (row, key)
    if group is not None:
        out = [r for r in out if r["group"] == group]
    return {"layer": layer, "assessments": out}


# --------------------------------------------------------------------------- CLI
def _read(path):
    try:
        with open(path, "rb") as f:
            return f.read()
    except OSError as e:
        print(f"error: cannot read {path}: {e}", file=sys.stderr)
        sys.exit(EXIT_UNREADABLE)


def main(argv=None) -> int:
    import argparse
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    c = sub.add_parser("check")
    c.add_argument("file")
    s = sub.add_parser("score")
    s.add_argument("--criteria", required=True)
    s.add_argument("--answers", required=True)
    s.add_argument("--as", dest="role", choices=ROLES, default="agency")
    s.add_argument("--json", action="store_true")
    a = ap.parse_args(argv)
    if a.cmd == "check":
        r = load_criteria(_read(a.file))
        for w in r.warnings:
            print(f"warning: {w}", file=sys.stderr)
        for p in r.problems:
            print(f"error: {p}", file=sys.stderr)
        if r.status == 0:
            print("ok")
        return r.status
    cb = _read(a.criteria)
    cr = load_criteria(cb)          # interpretation 11: the set's status wins
    if cr.status != EXIT_OK:
        for p in cr.problems:
            print(f"error: {p}", file=sys.stderr)
        return cr.status
    ab = _read(a.answers)
    r = score_files(cb, ab, a.role)
    for p in r.problems:
        print(f"error: {p}", file=sys.stderr)
    if r.status == 0:
        if a.json:
            print(json.dumps(r.json, ensure_ascii=False))
        else:
            for k, v in r.json["nodes"].items():
                print(f"{k:12} {v['points']:>10} / {v['maxPoints']:<10} {v.get('percent', ''):>8} {v['state']}")
            print("total", r.json["total"])
    return r.status


if __name__ == "__main__":
    sys.exit(main())

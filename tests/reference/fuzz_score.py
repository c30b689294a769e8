#!/usr/bin/env python3
"""Differential fuzzer: parscore-cli against the independent reference parscore_ref.py.

    python3 fuzz_score.py --cli build/app/parscore-cli --cases 500 --seed 1 \
        [--builtin-dir resources/criteria] [--jobs 4] [--only 17] [--no-shrink]

Each case is generated from its own random stream (seed, index), so `--only I` replays
case I of a run exactly.  Kinds of case:
  score     random valid criteria set + answers (mostly valid, ~30 % with one injected
            problem); `score --json` run as agency and as appraiser; exit status, JSON
            (numbers compared exactly as decimals) and, on exit 1, the node id in stderr
  boundary  small hand-shaped sets hitting rounding / floor / grade / N/A boundaries
  badcrit   a valid set with one injected defect: `criteria check` and `score` must exit 1
            and stderr must name the offending node id (check: every node at fault)
  chaos     one value of a valid set or answers file replaced / deleted / added at random
  unread    files that are not ours / not JSON / newer: exit 2
  builtin   (--builtin-dir) answers against every shipped set, by path and builtin:ID@VER
Ends with `fuzz: N passed, M failed`; exit status 1 if M > 0.
"""
from __future__ import annotations

import argparse
import concurrent.futures as cf
import json
import math
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from fractions import Fraction as F
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import parscore_ref as ref  # noqa: E402

sys.setrecursionlimit(max(sys.getrecursionlimit(), 6000))


# =========================================================================== JSON text
class Lit:
    """A raw JSON number literal, written as is (alternative spellings, float noise)."""
    __slots__ = ("text",)

    def __init__(self, text):
        self.text = text

    def value(self):
        return ref.dec(float(self.text))

    def __repr__(self):
        return f"Lit({self.text})"


def num_text(x) -> str:
    if isinstance(x, Lit):
        return x.text
    if isinstance(x, F):
        return ref.fmt(x)
    if isinstance(x, float):
        r = repr(x)
        assert math.isfinite(x), r
        return r
    return str(x)


def dumps(o, indent=None) -> str:
    out = []
    nl = "\n" if indent else ""

    def w(v, lvl):
        pad = (" " * (indent * (lvl + 1))) if indent else ""
        endpad = (" " * (indent * lvl)) if indent else ""
        if isinstance(v, bool) or v is None:
            out.append(json.dumps(v))
        elif isinstance(v, (int, float, F, Lit)):
            out.append(num_text(v))
        elif isinstance(v, str):
            out.append(json.dumps(v, ensure_ascii=False))
        elif isinstance(v, dict):
            if not v:
                out.append("{}")
                return
            out.append("{" + nl)
            for i, (k, x) in enumerate(v.items()):
                out.append(pad + json.dumps(k, ensure_ascii=False) + (": " if indent else ":"))
                w(x, lvl + 1)
                out.append(("," if i < len(v) - 1 else "") + nl)
            out.append(endpad + "}")
        elif isinstance(v, list):
            if not v:
                out.append("[]")
                return
            short = indent and all(not isinstance(x, (dict, list)) for x in v)
            if short:
                out.append("[" + ", ".join(_one(x) for x in v) + "]")
                return
            out.append("[" + nl)
            for i, x in enumerate(v):
                out.append(pad)
                w(x, lvl + 1)
                out.append(("," if i < len(v) - 1 else "") + nl)
            out.append(endpad + "]")
        else:
            raise TypeError(type(v))

    def _one(x):
        return dumps(x)

    w(o, 0)
    return "".join(out)


def loads_lit(data: bytes):
    """Parse JSON keeping number literals as Lit (for shrinking shipped/generated files)."""
    return json.loads(data.decode("utf-8"), parse_float=Lit, parse_int=Lit)


def value_of(x):
    if isinstance(x, Lit):
        return x.value()
    if isinstance(x, F):
        return x
    if isinstance(x, bool):
        raise TypeError
    if isinstance(x, (int, float)):
        return ref.dec(float(x))
    raise TypeError(type(x))


# =========================================================================== generators
WORDS = ["Công tác", "chỉ đạo", "điều hành", "cải cách", "hành chính", "thủ tục", "kế hoạch",
         "văn bản", "quy phạm", "pháp luật", "tổ chức", "bộ máy", "công chức", "tài chính",
         "chính phủ số", "mức độ hài lòng", "hồ sơ", "đúng hạn", "tuyên truyền", "kiểm tra"]
GRADE_LABELS = ["Xuất sắc", "Tốt", "Khá", "Trung bình", "Yếu", "Kém", "A", "B", "C"]
OPTION_IDS = ["a", "b", "c", "d", "e", "on_time", "late", "none", "đúng_hạn", "x-1", "1", "2"]
REASONS = ["Không phát sinh", "Không có VBQPPL được giao", "n/a", "Không có hồ sơ trong kỳ"]


def title(rng):
    return " ".join(rng.sample(WORDS, rng.randint(1, 4))).capitalize()


def rand_dec(rng, lo: F, hi: F, decimals: int) -> F:
    """Random multiple of 10^-decimals in [lo, hi] (lo/hi need not be multiples)."""
    s = 10 ** decimals
    a = math.ceil(lo * s)
    b = math.floor(hi * s)
    if b < a:
        return F(a, s) if F(a, s) <= hi else lo
    return F(rng.randint(a, b), s)


def rand_points(rng, mx: F) -> F:
    """Rule points 0..mx, with 0-3 (sometimes 6) decimals, favouring the ends."""
    r = rng.random()
    if r < 0.12:
        return F(0)
    if r < 0.25 and ref.has_decimals(mx, 6):
        return mx
    d = rng.choice([0, 1, 2, 2, 3, 3, 6])
    return rand_dec(rng, F(0), mx, d)


HUGE = [False]   # set per generated set: leaves up to 2,500 points (sums stay <= 10^6)


def rand_max(rng) -> F:
    r = rng.random()
    if r < 0.07:
        return F(0)
    if HUGE[0] and r < 0.6:
        return rand_dec(rng, F(1), F(2500), rng.choice([0, 2]))
    d = rng.choice([0, 0, 1, 2, 2])
    hi = rng.choice([1, 2, 3, 5, 10, 20, 40])
    v = rand_dec(rng, F(1, 100), F(hi), d)
    return v if v > 0 else F(1)


def alt_literal(rng, f: F):
    """Same decimal value, another JSON spelling (trailing zeros or exponent)."""
    s = ref.fmt(f)
    c = rng.randrange(3)
    if c == 0:
        return Lit(s + ("0" if "." in s else ".0"))
    k = rng.randint(1, 3)
    m = f * 10 ** k
    if m.denominator != 1:
        return Lit(s + "00" if "." in s else s + ".00")
    if c == 1:
        return Lit(f"{m.numerator}e-{k}")
    return Lit(f"{m.numerator}E-{k}")


def gen_rule(rng, mx: F) -> dict:
    kind = rng.choice(ref.KINDS)
    r = {"kind": kind}
    if kind == "manual":
        st = rng.choice([None, F("0.25"), F("0.5"), F(1), F("0.1"), F("0.05"), F("0.01"),
                         F("0.125"), F("0.2"), F("0.3"), F("0.75")])
        if st is not None:
            r["step"] = st
    elif kind in ("choice", "checklist"):
        ids = rng.sample(OPTION_IDS, rng.randint(1, 4))
        key = "options" if kind == "choice" else "items"
        if kind == "choice":
            pts = [rand_points(rng, mx) for _ in ids]
        else:
            n = len(ids)
            pts = [rand_points(rng, mx * rng.choice([F(1), F(1, 2), F(1, n)])) for _ in ids]
        r[key] = [{"id": i, "label": title(rng), "points": p} for i, p in zip(ids, pts)]
    elif kind == "ratio":
        c = rng.randrange(5)
        fl = rand_dec(rng, F(0), F(100), rng.choice([0, 0, 1, 2, 6]))
        fa = rand_dec(rng, fl, F(100), rng.choice([0, 0, 2]))
        if rng.random() < 0.15:
            fa = fl
        if c in (1, 3):
            r["floorPercent"] = fl
        if c in (2, 3):
            r["fullAtPercent"] = fa
        if c == 4:
            r["floorPercent"] = rng.choice([F(0), F(50), F(80)])
            r["fullAtPercent"] = F(100)
        if c == 2 and rng.random() < 0.5:
            r["fullAtPercent"] = rand_dec(rng, F(0), F(100), 0)
    elif kind == "tiers":
        inp = rng.choice(["percent", "number"])
        r["input"] = inp
        n = rng.randint(1, 4)
        seen = set()
        tiers = []
        for _ in range(n):
            if inp == "percent":
                a = rng.choice([rand_dec(rng, F(0), F(100), rng.choice([0, 0, 1, 2])),
                                rand_dec(rng, F(-20), F(120), 0), F(0), F(100)])
                key = a
            else:
                a = rng.choice([float(rng.randint(-10, 1000)), rng.randint(0, 50) / 10,
                                rng.uniform(-100, 100), 1e-3, 0.1, 1e9, 1e300, -1e-300, 0.0])
                key = a
            if key in seen:
                continue
            seen.add(key)
            tiers.append({"atLeast": a, "points": rand_points(rng, mx)})
        r["tiers"] = tiers
    elif kind == "deduction":
        r["perItem"] = rng.choice([F("0.25"), F("0.5"), F(1), F("0.1"), F("0.125"),
                                   F("0.333333"), F(2), rand_dec(rng, F("0.01"), F(3), 2)])
        c = rng.randrange(6)
        if c == 1:
            r["floorPoints"] = F(0)
        elif c in (2, 3):
            r["floorPoints"] = -rand_dec(rng, F(0), mx + 3, rng.choice([0, 1, 2, 3]))
        elif c == 4:
            r["floorPoints"] = rand_dec(rng, F(0), mx, rng.choice([0, 2]))
        elif c == 5:
            r["floorPoints"] = rng.choice([mx, -mx, F("-0.335"), F("-1")])
    return r


class Ids:
    """Id style of one generated set."""
    ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII"]

    def __init__(self, rng):
        self.style = rng.choice(["num"] * 4 + ["mixed"])

    def child(self, parent_id, j, level):
        if parent_id is None:
            return self.ROMAN[j] if self.style == "mixed" else str(j + 1)
        if self.style == "mixed" and level >= 3:
            return f"{parent_id}.{'abcdefgh'[j]}"
        return f"{parent_id}.{j + 1}"


def gen_node(rng, ids, nid, level, maxdepth, force_appraiser=False, alt=0.0):
    p_parent = {1: 0.7, 2: 0.5, 3: 0.35}.get(level, 0.0)
    if level < maxdepth and rng.random() < p_parent:
        fa = force_appraiser or rng.random() < 0.08
        kids = [gen_node(rng, ids, ids.child(nid, j, level + 1), level + 1, maxdepth, fa, alt)
                for j in range(rng.randint(1, 4))]
        n = {"id": nid, "title": title(rng), "maxPoints": sum((value_of(k["maxPoints"]) for k in kids), F(0)),
             "children": kids}
        if rng.random() < 0.03:
            n["scoredBy"] = "agency"          # ignored on a parent (warning)
        return n
    mx = rand_max(rng)
    n = {"id": nid, "title": title(rng), "maxPoints": mx, "rule": gen_rule(rng, mx)}
    if rng.random() < alt:
        n["maxPoints"] = alt_literal(rng, mx)
    sb = "appraiser" if force_appraiser else rng.choice([None, None, "agency", "appraiser"])
    if sb:
        n["scoredBy"] = sb
    pol = rng.choice([None, "forbidden", "exclude", "full", "zero"])
    if pol:
        n["notApplicable"] = pol
    if rng.random() < 0.1:
        n["guidance"] = "Hướng dẫn: " + title(rng)
    if rng.random() < 0.05:
        n["children"] = []
    return n


def deep_chain(rng, depth, prefix="n"):
    """A valid chain of `depth` levels ending in one leaf."""
    mx = rand_max(rng)
    node = {"id": f"{prefix}{depth}", "title": "Sâu", "maxPoints": mx, "rule": gen_rule(rng, mx)}
    for k in range(depth - 1, 0, -1):
        node = {"id": f"{prefix}{k}", "title": "Sâu", "maxPoints": mx, "children": [node]}
    return node


def gen_grades(rng):
    c = rng.random()
    if c < 0.1:
        return None
    if c < 0.2:
        return []
    n = rng.randint(1, 5)
    mins = set()
    while len(mins) < n:
        mins.add(rng.choice([rand_dec(rng, F(0), F(100), rng.choice([0, 0, 1, 2])),
                             F(0), F(90), F(80), F(70), F(50), F(-10), F("89.995"), F("12.345678")]))
    mins = sorted(mins, reverse=True)
    labels = rng.sample(GRADE_LABELS, n)
    return [{"label": l, "minPercent": m} for l, m in zip(labels, mins)]


def gen_extra(rng, prefix):
    if rng.random() < 0.45:
        return None
    mx = rng.choice([F(0), F(1), F(3), F(5), F("2.5"), rand_dec(rng, F(0), F(10), 2)])
    items = [{"id": f"{prefix}{i + 1}", "title": title(rng),
              "points": rng.choice([F(1), F("0.5"), F("0.25"), F("0.005"), F("0.125"),
                                    rand_dec(rng, F(0), F(4), rng.choice([0, 2, 3]))])}
             for i in range(rng.randint(0, 4))]
    return {"maxPoints": mx, "items": items}


def gen_criteria(rng, deep=False) -> dict:
    HUGE[0] = rng.random() < 0.08
    ids = Ids(rng)
    maxdepth = rng.randint(1, 4)
    alt = 0.1 if rng.random() < 0.3 else 0.0
    roots = [gen_node(rng, ids, ids.child(None, j, 1), 1, maxdepth, alt=alt)
             for j in range(rng.randint(1, 5))]
    if deep:
        roots.append(deep_chain(rng, rng.randint(20, 120)))
    c = {"format": "parscore.criteria", "formatVersion": 1,
         "id": rng.choice(["vn.ninhbinh.par.so", "vn.ninhbinh.par.xa", "test.fuzz"]),
         "version": rng.choice(["2026.1", "2025", "fuzz-1"]),
         "year": rng.choice([2025, 2026, 1900, 2999]),
         "title": "Bộ Chỉ số CCHC " + title(rng),
         "unitKinds": rng.choice([["so"], ["xa", "phuong"], []]),
         "status": rng.choice(ref.STATUSES)}
    if rng.random() < 0.5:
        c["issuer"] = "UBND tỉnh Ninh Bình"
    g = gen_grades(rng)
    if g is not None:
        c["grades"] = g
    c["nodes"] = roots
    for k, p in (("bonus", "B"), ("penalty", "P")):
        e = gen_extra(rng, p)
        if e is not None:
            c[k] = e
    return c


# ----------------------------------------------------------------------- answers
def leaves_of(crit: ref.Criteria):
    return [n for n in ref.iter_nodes(crit.roots) if n.is_leaf]


def parents_of(crit: ref.Criteria):
    return [n for n in ref.iter_nodes(crit.roots) if not n.is_leaf]


def ratio_pair_at(p: F):
    """(a, b) with 100 a / b == p exactly (p in [0, 100])."""
    q = p / 100
    return q.numerator, q.denominator


def valid_answer(rng, n: ref.Node):
    r = n.rule
    mx = n.max
    if n.policy != "forbidden" and rng.random() < 0.12:
        return {"notApplicable": True, "reason": rng.choice(REASONS)}
    k = r.kind
    if k == "manual":
        K = math.floor(mx / r.step)
        cands = [i for i in {0, K, rng.randint(0, K), rng.randint(0, K), max(K - 1, 0)}
                 if ref.has_decimals(i * r.step, 2)]
        x = rng.choice(cands) * r.step if cands else F(0)
        return {"points": x}
    if k == "boolean":
        return {"yes": rng.random() < 0.6}
    if k == "choice":
        return {"option": rng.choice(list(r.options))}
    if k == "checklist":
        ids = list(r.items)
        sub = ids if rng.random() < 0.3 else rng.sample(ids, rng.randint(0, len(ids)))
        rng.shuffle(sub)
        return {"checked": sub}
    if k == "ratio" or (k == "tiers" and r.input == "percent"):
        if n.policy != "forbidden" and rng.random() < 0.1:
            return {"numerator": 0, "denominator": 0}
        targets = []
        if k == "ratio":
            targets = [r.floor, r.full_at, r.floor, r.full_at]
        else:
            targets = [at for at, _ in r.tiers if 0 <= at <= 100] * 2
        c = rng.random()
        if targets and c < 0.45:
            a, b = ratio_pair_at(rng.choice(targets))
            m = rng.choice([1, 1, 2, 3, 10, max(1, 10 ** 15 // b)])
            a, b = a * m, b * m
            if rng.random() < 0.3 and b > 1:   # just below the target
                if b * 1000 <= 10 ** 15:
                    a, b = a * 1000 - 1, b * 1000
                elif a > 0:
                    a -= 1
                if a < 0:
                    a = 0
        elif c < 0.55:
            a, b = 29, 200
        elif c < 0.62:
            a, b = 9, 10
        elif c < 0.7:
            b = rng.choice([10 ** 15, 10 ** 12 + 7])
            a = rng.randint(0, b)
        else:
            b = rng.randint(1, rng.choice([3, 10, 200, 1000]))
            a = rng.choice([0, b, rng.randint(0, b)])
        return {"numerator": a, "denominator": b}
    if k == "tiers":
        ats = [at for at, _ in r.tiers]
        c = rng.random()
        if c < 0.4:
            v = rng.choice(ats)
        elif c < 0.55:
            v = math.nextafter(rng.choice(ats), -math.inf)
        elif c < 0.65:
            v = math.nextafter(rng.choice(ats), math.inf)
        elif c < 0.8:
            v = float(rng.randint(-5, 1000))
        else:
            v = rng.choice([rng.uniform(-1e3, 1e3), 1e300, -1e300, 0.0, -0.0, 5e-324])
        if v == math.inf or v == -math.inf:
            v = 0.0
        return {"value": v}
    if k == "deduction":
        c = rng.random()
        room = mx - r.floor_points
        if c < 0.3 and room > 0:
            q = room / r.per_item
            cnt = math.ceil(q) if rng.random() < 0.5 else math.floor(q)
        elif c < 0.4:
            cnt = rng.choice([10 ** 15, 999999])
        else:
            cnt = rng.randint(0, 12)
        return {"count": max(cnt, 0)}
    if k == "percent":
        p = rng.choice([F(0), F(100), F("12.5"), F("33.33"), F("99.99"), F("0.01"),
                        rand_dec(rng, F(0), F(100), rng.choice([0, 1, 2]))])
        return {"percent": p}
    raise AssertionError(k)


def wrong_kind_answer(rng, n):
    kinds = {"manual": {"points": F(0)}, "boolean": {"yes": True}, "choice": {"option": "a"},
             "checklist": {"checked": []}, "ratio": {"numerator": 1, "denominator": 2},
             "number": {"value": 1.0}, "deduction": {"count": 1}, "percent": {"percent": F(50)}}
    mine = n.rule.kind
    if mine == "tiers":
        mine = "ratio" if n.rule.input == "percent" else "number"
    return kinds[rng.choice([k for k in kinds if k != mine])]


def out_of_range_answers(n: ref.Node):
    """Answers of the right shape but wrong values, for leaf n."""
    r, mx = n.rule, n.max
    k = r.kind
    out = []
    if k == "manual":
        out += [{"points": mx + r.step}, {"points": F(-1) * r.step}, {"points": F("0.001")},
                {"points": "1"}]
        if not ref.has_decimals(r.step, 1) or r.step > F("0.01"):
            x = r.step + F("0.01")
            if x <= mx and (x / r.step).denominator != 1:
                out.append({"points": x})
    elif k == "boolean":
        out += [{"yes": 1}, {"yes": "true"}, {"yes": None}]
    elif k == "choice":
        out += [{"option": "zz-unknown"}, {"option": 1}, {"option": None}]
    elif k == "checklist":
        ids = list(r.items)
        out += [{"checked": [ids[0], ids[0]]}, {"checked": ["zz-unknown"]}, {"checked": ids[0]},
                {"checked": [1]}]
    elif k == "ratio" or (k == "tiers" and r.input == "percent"):
        out += [{"numerator": 3, "denominator": 2}, {"numerator": -1, "denominator": 2},
                {"numerator": 1, "denominator": 0}, {"numerator": F("1.5"), "denominator": 2},
                {"numerator": 1, "denominator": 10 ** 15 + 1}, {"numerator": "1", "denominator": 2},
                {"numerator": 1}]
        if n.policy == "forbidden":
            out.append({"numerator": 0, "denominator": 0})
    elif k == "tiers":
        out += [{"value": "1"}, {"value": None}, {"value": True}]
    elif k == "deduction":
        out += [{"count": -1}, {"count": F("1.5")}, {"count": 10 ** 15 + 1}, {"count": "2"}]
    elif k == "percent":
        out += [{"percent": F("100.01")}, {"percent": F(-1)}, {"percent": F("33.333")},
                {"percent": F("0.001")}]
    return out


def gen_answers(rng, crit: ref.Criteria, mode: str):
    """mode: agency (only agency leaves), full (any leaves), invalid (full + one defect).
    Returns (answers dict, note)."""
    leaves = leaves_of(crit)
    q = rng.choice([1.0, 1.0, 0.85, 0.5, 0.2])
    ans = {}
    for n in leaves:
        if mode == "agency" and n.scored_by == "appraiser":
            continue
        if rng.random() < q:
            ans[n.id] = valid_answer(rng, n)
    keys = list(ans)
    rng.shuffle(keys)
    ans = {k: ans[k] for k in keys}
    doc = {"format": "parscore.answers", "formatVersion": 1, "answers": ans}
    for key in ("bonus", "penalty"):
        sec = getattr(crit, key)
        if sec and sec["items"] and rng.random() < 0.7:
            m = {}
            for iid in sec["items"]:
                if rng.random() < 0.6:
                    m[iid] = rng.choice([0, 1, 1, 2, 3, 10, 10 ** 15])
            doc[key] = m
        elif rng.random() < 0.1:
            doc[key] = {}
    note = mode
    if mode == "invalid":
        note = inject_answer_defect(rng, crit, doc)
    return doc, note


def inject_answer_defect(rng, crit, doc) -> str:
    ans = doc["answers"]
    leaves = leaves_of(crit)
    parents = parents_of(crit)
    n = rng.choice(leaves)
    choices = ["unknown", "wrongkind", "range", "range", "range", "na", "extra", "missing",
               "notobject", "bonus"]
    if parents:
        choices.append("parent")
    if any(l.scored_by == "appraiser" for l in leaves):
        choices += ["appraiser", "appraiser"]
    c = rng.choice(choices)
    if c == "unknown":
        ans[rng.choice([n.id + ".9", "99", "X.1", n.id + " ", ""])] = valid_answer(rng, n)
    elif c == "parent":
        p = rng.choice(parents)
        ans[p.id] = rng.choice([{"points": F(0)}, {"notApplicable": True, "reason": "x"},
                                {"yes": True}])
    elif c == "appraiser":
        a = rng.choice([l for l in leaves if l.scored_by == "appraiser"])
        ans[a.id] = valid_answer(rng, a)
    elif c == "wrongkind":
        ans[n.id] = wrong_kind_answer(rng, n)
    elif c == "range":
        ans[n.id] = rng.choice(out_of_range_answers(n))
    elif c == "na":
        ans[n.id] = rng.choice([{"notApplicable": True}, {"notApplicable": True, "reason": "   "},
                                {"notApplicable": False, "reason": "x"},
                                {"notApplicable": True, "reason": ""},
                                {"notApplicable": "true", "reason": "x"},
                                {"notApplicable": True, "reason": "x", "points": F(0)}])
        if n.policy == "forbidden" and rng.random() < 0.5:
            ans[n.id] = {"notApplicable": True, "reason": "Không phát sinh"}
    elif c == "extra":
        a = dict(valid_answer(rng, n))
        a[rng.choice(["comment", "note", "evidence"])] = "x"
        ans[n.id] = a
    elif c == "missing":
        ans[n.id] = {}
    elif c == "notobject":
        ans[n.id] = rng.choice([None, 1, "yes", []])
    elif c == "bonus":
        key = rng.choice(["bonus", "penalty"])
        sec = getattr(crit, key)
        m = doc.setdefault(key, {})
        if sec and sec["items"] and rng.random() < 0.6:
            iid = rng.choice(list(sec["items"]))
            m[iid] = rng.choice([-1, F("1.5"), "1", 10 ** 15 + 1])
        else:
            m["ZZ9"] = 1
    return "invalid:" + c


# ----------------------------------------------------------------------- bad criteria
def all_nodes_struct(roots):
    """(node, parent) pairs of a possibly malformed tree; non-objects are skipped."""
    out = []
    if not isinstance(roots, list):
        return out
    stack = [(r, None) for r in reversed(roots)]
    while stack:
        n, p = stack.pop()
        if not isinstance(n, dict):
            continue
        out.append((n, p))
        kids = n.get("children")
        if isinstance(kids, list):
            for c in reversed(kids):
                stack.append((c, n))
    return out


def recompute_sums(roots):
    """Parent maxPoints := sum of children's (where all are numeric); post-order."""
    def rec(n):
        kids = n.get("children") or []
        if not kids:
            return
        for k in kids:
            rec(k)
        try:
            n["maxPoints"] = sum((value_of(k["maxPoints"]) for k in kids), F(0))
        except (TypeError, KeyError, ValueError):
            pass
    for r in roots:
        rec(r)


def inject_criteria_defect(rng, c) -> tuple[str, str | None]:
    """Mutate set c in place; returns (description, offending node id or None)."""
    roots = c["nodes"]
    nodes = all_nodes_struct(roots)
    leaves = [n for n, _ in nodes if not n.get("children")]
    parents = [n for n, _ in nodes if n.get("children")]
    kinds = ["dup", "nanstr", "huge", "neg", "3dec", "noise", "norule", "policy", "scoredby",
             "rulefield", "rulefield", "rulefield", "kind"]
    if parents:
        kinds += ["sum", "sum", "parentrule"]
    k = rng.choice(kinds)
    leaf = rng.choice(leaves)
    lid = leaf["id"]
    if k == "dup":
        others = [n for n, _ in nodes if n is not leaf]
        if not others:
            roots.append(json.loads(json.dumps(leaf, default=str)))
            roots[-1]["maxPoints"] = leaf["maxPoints"]
            roots[-1]["rule"] = {"kind": "boolean"}
            return "dup", lid
        o = rng.choice(others)
        # give a leaf the id of another node (keeps the tree shape)
        leaf["id"] = o["id"]
        return "dup", o["id"]
    if k == "sum":
        p = rng.choice(parents)
        p["maxPoints"] = value_of(p["maxPoints"]) + rng.choice([F("0.01"), F(1), F(-1) * F("0.01")])
        if p["maxPoints"] < 0:
            p["maxPoints"] = F("0.01")
        return "sum", p["id"]
    if k == "nanstr":
        leaf["maxPoints"] = rng.choice(["NaN", "Infinity", "1", None, True])
        return "nan-like", lid
    if k == "huge":
        leaf["maxPoints"] = rng.choice([F(10 ** 7), Lit("1e308"), F("1000000.01")])
        recompute_sums(roots)
        return "huge", lid
    if k == "neg":
        leaf["maxPoints"] = rng.choice([F(-1), F("-0.01"), Lit("-5")])
        recompute_sums(roots)
        return "negative", lid
    if k == "3dec":
        leaf["maxPoints"] = value_of(leaf["maxPoints"]) + F("0.005")
        recompute_sums(roots)
        return "3-decimals", lid
    if k == "noise":
        leaf["maxPoints"] = Lit("0.30000000000000004")
        recompute_sums(roots)
        return "float-noise", lid
    if k == "norule":
        leaf.pop("rule", None)
        return "leaf-without-rule", lid
    if k == "parentrule":
        p = rng.choice(parents)
        p["rule"] = {"kind": "boolean"}
        return "parent-with-rule", p["id"]
    if k == "policy":
        leaf["notApplicable"] = rng.choice(["Exclude", "none", "", "ignore", True, "na"])
        return "bad-policy", lid
    if k == "scoredby":
        leaf["scoredBy"] = rng.choice(["inspector", "Agency", "", "both", 1])
        return "bad-scoredBy", lid
    if k == "kind":
        leaf["rule"] = rng.choice([{"kind": "slider"}, {"kind": ""}, {}, {"kind": "Manual"}, []])
        return "bad-kind", lid
    # rule field defects, fitted to the leaf's rule
    mx = value_of(leaf["maxPoints"])
    r = leaf["rule"]
    kind = r["kind"]
    if kind == "manual":
        r["step"] = rng.choice([F(0), F(-1) * F("0.25"), F("0.0000001"), Lit("2e6"), "0.25"])
    elif kind == "choice":
        o = rng.choice(r["options"])
        v = rng.choice(["above", "neg", "dupid", "empty", "noid", "nolabel"])
        if v == "above":
            o["points"] = mx + rng.choice([F("0.01"), F(1), F("0.000001")])
        elif v == "neg":
            o["points"] = F(-1)
        elif v == "dupid":
            r["options"].append(dict(o))
        elif v == "empty":
            r["options"] = []
        elif v == "noid":
            o["id"] = ""
        else:
            o.pop("label")
    elif kind == "checklist":
        it = rng.choice(r["items"])
        v = rng.choice(["neg", "dupid", "empty", "7dec"])
        if v == "neg":
            it["points"] = F("-0.5")
        elif v == "dupid":
            r["items"].append(dict(it))
        elif v == "empty":
            r["items"] = []
        else:
            it["points"] = F("0.1234567")
    elif kind == "ratio":
        v = rng.choice(["inverted", "over", "neg"])
        if v == "inverted":
            r["floorPercent"], r["fullAtPercent"] = F(90), F("89.99")
        elif v == "over":
            r["fullAtPercent"] = F("100.5")
        else:
            r["floorPercent"] = F(-10)
    elif kind == "tiers":
        v = rng.choice(["noinput", "badinput", "empty", "dupat", "above"])
        if v == "noinput":
            r.pop("input")
        elif v == "badinput":
            r["input"] = rng.choice(["count", "Percent", ""])
        elif v == "empty":
            r["tiers"] = []
        elif v == "dupat":
            t = r["tiers"][0]
            r["tiers"].append({"atLeast": t["atLeast"], "points": F(0)})
        else:
            r["tiers"][-1]["points"] = mx + F("0.5")
    elif kind == "deduction":
        v = rng.choice(["zero", "neg", "missing", "floorabove", "floorhuge"])
        if v == "zero":
            r["perItem"] = F(0)
        elif v == "neg":
            r["perItem"] = F("-0.5")
        elif v == "missing":
            r.pop("perItem")
        elif v == "floorabove":
            r["floorPoints"] = mx + F("0.01")
        else:
            r["floorPoints"] = F(-10 ** 7)
    else:   # boolean / percent have no fields: make the leaf's maxPoints bad instead
        leaf["maxPoints"] = F("-0.5")
        recompute_sums(roots)
        return "negative", lid
    return f"rule-{kind}", lid


def deep_bad_criteria(rng):
    depth = rng.randint(50, 150)
    c = gen_criteria(rng)
    chain = deep_chain(rng, depth, prefix="d")
    bottom = chain
    while bottom.get("children"):
        bottom = bottom["children"][0]
    v = rng.choice(["norule", "3dec"])
    if v == "norule":
        bottom.pop("rule")
    else:
        bottom["maxPoints"] = F("0.125")
        recompute_sums([chain])
    c["nodes"].append(chain)
    return c, f"deep-{depth}-{v}", bottom["id"]


def unreadable(rng, crit_doc, ans_doc):
    """Returns (criteria bytes, answers bytes, note) where one file is unusable."""
    which = rng.choice(["criteria", "answers"])
    doc = crit_doc if which == "criteria" else ans_doc
    fmt_name = doc["format"]
    v = rng.choice(["truncated", "notours", "newer", "array", "garbage", "missing", "swapped",
                    "noformat", "latin1", "nanliteral"])
    text = dumps(doc).encode()
    if v == "truncated":
        b = text[: len(text) // 2]
    elif v == "notours":
        b = dumps(dict(doc, format=fmt_name + ".v2")).encode()
    elif v == "newer":
        b = dumps(dict(doc, formatVersion=rng.choice([2, 99]))).encode()
    elif v == "array":
        b = b"[" + text + b"]"
    elif v == "garbage":
        b = rng.choice([b"", b"\x00\x01PK", b"null", b"42", b"\"parscore.criteria\""])
    elif v == "missing":
        b = None
    elif v == "swapped":
        b = dumps(dict(doc, format="parscore.answers" if which == "criteria" else "parscore.criteria")).encode()
    elif v == "noformat":
        d = dict(doc)
        d.pop("format")
        b = dumps(d).encode()
    elif v == "latin1":
        b = text.replace("Bộ".encode(), b"B\xe9") if which == "criteria" else b"{\"format\": \"\xff\"}"
    else:
        b = text[:-1] + b", \"x\": NaN}"
    cb = dumps(crit_doc).encode()
    ab = dumps(ans_doc).encode()
    if which == "criteria":
        return b, ab, f"unreadable-criteria:{v}"
    return cb, b, f"unreadable-answers:{v}"


# ----------------------------------------------------------------------- boundary family
def boundary_case(rng):
    """Small sets aimed at one exact boundary; returns (criteria doc, answers doc, note)."""
    base = {"format": "parscore.criteria", "formatVersion": 1, "id": "t.boundary",
            "version": "1", "year": 2026, "title": "Biên", "unitKinds": ["so"],
            "status": "illustrative",
            "grades": [{"label": "Tốt", "minPercent": F(90)}, {"label": "Khá", "minPercent": F(80)},
                       {"label": "Trung bình", "minPercent": F(70)}, {"label": "Yếu", "minPercent": F(0)}]}
    A = lambda a, **kw: dict({"format": "parscore.answers", "formatVersion": 1, "answers": a}, **kw)
    c = rng.randrange(12)
    if c == 11:
        c = 10
    if c == 0:   # 9/10 at floor 80 with max 2 -> 1.8
        mx = rng.choice([F(2), F(3), F("2.5"), F("0.01")])
        a, b = rng.choice([(9, 10), (8, 10), (4, 5), (79, 100), (10, 10), (799, 1000)])
        n = {"id": "1.1.2", "title": "Tỷ lệ", "maxPoints": mx,
             "rule": {"kind": "ratio", "floorPercent": F(80), "fullAtPercent": F(100)}}
        return dict(base, nodes=[n]), A({"1.1.2": {"numerator": a, "denominator": b}}), "b:ratio-floor"
    if c == 1:   # 29/200 x 1 -> 0.145 -> 0.15 ; k/200 family
        mx = rng.choice([F(1), F(3), F("0.5")])
        a = rng.choice([29, 1, 3, 5, 7, 199])
        n = {"id": "1", "title": "Tỷ lệ", "maxPoints": mx, "rule": {"kind": "ratio"}}
        return dict(base, nodes=[n]), A({"1": {"numerator": a, "denominator": 200}}), "b:ratio-half"
    if c == 2:   # grade boundaries at the rounded percent: x / 200
        x = rng.choice([F("179.99"), F("179.98"), F("159.99"), F("139.99"), F("180"), F("139.98")])
        n = {"id": "1", "title": "Điểm", "maxPoints": F(200), "rule": {"kind": "manual", "step": F("0.01")}}
        return dict(base, nodes=[n]), A({"1": {"points": x}}), "b:grade-rounded"
    if c == 3:   # deduction hitting / passing a negative floor
        per = rng.choice([F("0.5"), F("0.125"), F(1)])
        fl = rng.choice([F(-1), F("-0.335"), F(0), F("-2.5")])
        mx = rng.choice([F(2), F(1), F(0)])
        cnt = rng.randint(0, 40)
        n = {"id": "3.1", "title": "Trừ", "maxPoints": mx,
             "rule": {"kind": "deduction", "perItem": per, "floorPoints": fl}}
        return dict(base, nodes=[n]), A({"3.1": {"count": cnt}}), "b:deduction-floor"
    if c == 4:   # b = 0 / N/A with each policy, next to a scored leaf
        pol = rng.choice(["exclude", "full", "zero", "forbidden", None])
        l1 = {"id": "2.1", "title": "Phát sinh", "maxPoints": F(3), "rule": {"kind": rng.choice(["ratio", "boolean"])}}
        if l1["rule"]["kind"] == "boolean":
            a1 = {"notApplicable": True, "reason": "Không phát sinh"}
        else:
            a1 = rng.choice([{"numerator": 0, "denominator": 0}, {"notApplicable": True, "reason": "Không"}])
        if pol:
            l1["notApplicable"] = pol
        l2 = {"id": "2.2", "title": "Khác", "maxPoints": F(7), "rule": {"kind": "boolean"}}
        p = {"id": "2", "title": "Nhóm", "maxPoints": F(10), "children": [l1, l2]}
        ans = {"2.1": a1}
        if rng.random() < 0.7:
            ans["2.2"] = {"yes": True}
        return dict(base, nodes=[p]), A(ans), f"b:na-{pol}"
    if c == 5:   # tiers exactly at atLeast
        n = {"id": "4", "title": "Bậc", "maxPoints": F(2), "rule": {"kind": "tiers", "input": "percent", "tiers": [
            {"atLeast": F(50), "points": F(1)}, {"atLeast": F("66.67"), "points": F("1.5")},
            {"atLeast": F(90), "points": F(2)}]}}
        a, b = rng.choice([(1, 2), (9, 10), (2, 3), (6667, 10000), (89, 100), (0, 1)])
        return dict(base, nodes=[n]), A({"4": {"numerator": a, "denominator": b}}), "b:tiers-at"
    if c == 6:   # percent answer with two decimals, products with 4 decimals
        mx = rng.choice([F("0.5"), F("1.5"), F("2.25"), F(3)])
        p = rng.choice([F("33.33"), F("0.01"), F("12.5"), F("99.99"), F("50.05")])
        n = {"id": "5", "title": "Phần trăm", "maxPoints": mx, "rule": {"kind": "percent"}}
        return dict(base, nodes=[n]), A({"5": {"percent": p}}), "b:percent"
    if c == 7:   # bonus / penalty over caps
        n = {"id": "1", "title": "X", "maxPoints": F(10), "rule": {"kind": "manual", "step": F("0.01")}}
        bon = {"maxPoints": F(3), "items": [{"id": "B1", "title": "b", "points": F(1)},
                                            {"id": "B2", "title": "b", "points": F("0.005")}]}
        pen = {"maxPoints": F("0.5"), "items": [{"id": "P1", "title": "p", "points": F("0.2")}]}
        ans = A({"1": {"points": F(rng.choice([0, 850, 1000]), 100)}},
                bonus={"B1": rng.randint(0, 5), "B2": rng.randint(0, 3)}, penalty={"P1": rng.randint(0, 4)})
        return dict(base, nodes=[n], bonus=bon, penalty=pen), ans, "b:bonus-caps"
    if c == 8:   # agency role: appraiser leaves and all-appraiser parents (70 of 100)
        nodes = [{"id": "1", "title": "Tự chấm", "maxPoints": F(70), "children": [
                     {"id": "1.1", "title": "a", "maxPoints": F(40), "rule": {"kind": "boolean"}},
                     {"id": "1.2", "title": "b", "maxPoints": F(30), "rule": {"kind": "manual", "step": F("0.5")}}]},
                 {"id": "2", "title": "Điều tra", "maxPoints": F(30), "children": [
                     {"id": "2.1", "title": "c", "maxPoints": F(20), "rule": {"kind": "percent"}, "scoredBy": "appraiser"},
                     {"id": "2.2", "title": "d", "maxPoints": F(10), "rule": {"kind": "percent"}, "scoredBy": "appraiser"}]}]
        ans = {"1.1": {"yes": True}, "1.2": {"points": F("28.5")}}
        if rng.random() < 0.5:
            ans["2.1"] = {"percent": F("87.5")}
        return dict(base, nodes=nodes), A(ans), "b:agency-70"
    if c == 10:
        return extreme_case(rng, base, A)
    # checklist over the cap, manual on/off step
    n1 = {"id": "6", "title": "DS", "maxPoints": F(1), "rule": {"kind": "checklist", "items": [
        {"id": "a", "label": "A", "points": F("0.5")}, {"id": "b", "label": "B", "points": F("0.75")},
        {"id": "c", "label": "C", "points": F("0.125")}]}}
    n2 = {"id": "7", "title": "Tay", "maxPoints": F(2), "rule": {"kind": "manual"}}
    chk = rng.choice([["a", "b"], ["c"], ["a", "c"], [], ["c", "b", "a"]])
    x = rng.choice([F("1.75"), F("1.7"), F(2), F("2.25"), F(0)])
    return dict(base, nodes=[n1, n2]), A({"6": {"checked": chk}, "7": {"points": x}}), "b:checklist-manual"


def extreme_case(rng, base, A):
    """Magnitudes that overflow 64-bit fixed point if a product is formed naively."""
    M = F(1_000_000)
    v = rng.randrange(8)
    if v == 0:   # ratio with 15-digit counts on a 1,000,000-point leaf
        fl = rng.choice([F(0), F("28.213099"), F("99.999999"), F(50)])
        n = {"id": "E1", "title": "x", "maxPoints": M,
             "rule": {"kind": "ratio", "floorPercent": fl, "fullAtPercent": F(100)}}
        b = rng.choice([10 ** 15, 10 ** 15 - 1, 999_999_999_999_989])
        a = rng.choice([b - 1, b // 3, rng.randint(0, b), (fl / 100 * b).__floor__(), (fl / 100 * b).__ceil__()])
        return dict(base, nodes=[n]), A({"E1": {"numerator": a, "denominator": b}}), "b:extreme-ratio"
    if v == 1:   # deduction: 10^15 x 999999.999999 against a -10^6 floor
        n = {"id": "E2", "title": "x", "maxPoints": rng.choice([M, F("0.01"), F(0)]),
             "rule": {"kind": "deduction", "perItem": rng.choice([F("999999.999999"), F("0.000001"), F(M)]),
                      "floorPoints": rng.choice([-M, F("-999999.995"), F(0)])}}
        cnt = rng.choice([10 ** 15, 1, 2, 999_999_999_999_999, rng.randint(0, 10 ** 15)])
        return dict(base, nodes=[n]), A({"E2": {"count": cnt}}), "b:extreme-deduction"
    if v == 2:   # bonus/penalty: 10^6 points x 10^15 times, micro points
        n = {"id": "E3", "title": "x", "maxPoints": F(100), "rule": {"kind": "percent"}}
        bon = {"maxPoints": rng.choice([M, F("999999.99"), F(0)]),
               "items": [{"id": "B1", "title": "b", "points": M}, {"id": "B2", "title": "b", "points": F("0.000001")},
                         {"id": "B3", "title": "b", "points": F("0.004999")}]}
        pen = {"maxPoints": rng.choice([M, F("0.01")]),
               "items": [{"id": "P1", "title": "p", "points": F("999999.999999")},
                         {"id": "P2", "title": "p", "points": F("0.000005")}]}
        cnt = lambda: rng.choice([0, 1, 5, 999, 10 ** 15, 999_999_999_999_999])
        ans = A({"E3": {"percent": F("99.99")}}, bonus={"B1": cnt(), "B2": cnt(), "B3": cnt()},
                penalty={"P1": cnt(), "P2": cnt()})
        return dict(base, nodes=[n], bonus=bon, penalty=pen), ans, "b:extreme-bonus"
    if v == 3:   # huge negative percent: tiny maximum, deep negative floor
        n1 = {"id": "E4", "title": "x", "maxPoints": F("0.01"),
              "rule": {"kind": "deduction", "perItem": F(1000), "floorPoints": -M}}
        return dict(base, nodes=[n1]), A({"E4": {"count": rng.choice([1, 10 ** 15, 999])}}), "b:extreme-percent"
    if v == 4:   # number tiers at the ends of the double range
        ats = [1.7976931348623157e308, -1.7976931348623157e308, 5e-324, -5e-324, 0.0, 1e-300]
        rng.shuffle(ats)
        n = {"id": "E5", "title": "x", "maxPoints": F(4), "rule": {"kind": "tiers", "input": "number", "tiers": [
            {"atLeast": a, "points": F(k) / 2} for k, a in enumerate(ats[:4])]}}
        val = rng.choice(ats + [-0.0, 1e308, 2.2250738585072014e-308])
        return dict(base, nodes=[n]), A({"E5": {"value": val}}), "b:extreme-tiers"
    if v == 5:   # choice points with 6 decimals on both sides of .005, up to the max
        pts = [F("0.005"), F("0.004999"), F("999999.995"), F("0.015"), F("0.025"), F("1.005")]
        n = {"id": "E6", "title": "x", "maxPoints": M, "rule": {"kind": "choice", "options": [
            {"id": f"o{k}", "label": "o", "points": p} for k, p in enumerate(pts)]}}
        return dict(base, nodes=[n]), A({"E6": {"option": f"o{rng.randrange(len(pts))}"}}), "b:extreme-choice"
    if v == 6:   # many leaves with odd thirds: sum of rounded leaves, not rounded sum
        k = rng.randint(50, 250)
        leaves = [{"id": f"W{j}", "title": "w", "maxPoints": F(1), "rule": {"kind": "ratio"}} for j in range(k)]
        top = {"id": "W", "title": "w", "maxPoints": F(k), "children": leaves}
        ans = {f"W{j}": {"numerator": rng.choice([1, 2, 1, 3]), "denominator": rng.choice([3, 6, 200, 7])}
               for j in range(k) if rng.random() < 0.9}
        return dict(base, nodes=[top]), A(ans), "b:extreme-wide"
    # checklist: six-decimal item points summing across a half hundredth
    items = [{"id": f"i{j}", "label": "i", "points": p} for j, p in
             enumerate([F("0.001666"), F("0.001667"), F("0.001667"), F("0.333333"), F("0.333334")])]
    n = {"id": "E7", "title": "x", "maxPoints": F("0.67"), "rule": {"kind": "checklist", "items": items}}
    chk = rng.sample([it["id"] for it in items], rng.randint(0, 5))
    return dict(base, nodes=[n]), A({"E7": {"checked": chk}}), "b:extreme-checklist"


# Not used on purpose (contract silent, ParScore and the reference read them differently;
# see the report): "" for option/item labels, whitespace-only titles/labels, formatVersion
# values like 1.5, numbers that underflow (1e-400), a UTF-8 BOM, > 511 nesting levels.
CHAOS_VALUES = [None, True, False, 0, -1, F("0.5"), F("-0.01"), F("1.005"), Lit("1e308"),
                Lit("-0"), Lit("1E2"), "", "x", "1", "NaN", [], [1], {}, {"kind": "boolean"},
                10 ** 15, 10 ** 15 + 1, F(1_000_001)]
AMBIGUOUS_EMPTY = {"label"}     # keys whose "" the fuzzer does not generate


def chaos_mutate(rng, doc):
    """Replace / delete / add one value somewhere in doc (in place); returns a description."""
    paths = []

    def walk(o, path):
        if isinstance(o, dict):
            for k, v in o.items():
                paths.append((o, k, path + [k]))
                walk(v, path + [k])
        elif isinstance(o, list):
            for j, v in enumerate(o):
                paths.append((o, j, path + [j]))
                walk(v, path + [j])
    walk(doc, [])
    skip = {"format", "formatVersion"}
    paths = [p for p in paths if p[1] not in skip
             and not (p[1] in ("scoredBy", "notApplicable") and isinstance(p[0], dict)
                      and p[0].get("children"))]      # a parent's are ignored: silent point
    if not paths:
        doc["extra"] = _copy(rng.choice(CHAOS_VALUES))
        return "chaos:add-key extra"
    cont, key, path = rng.choice(paths)
    op = rng.choices(["replace", "delete", "add"], [0.7, 0.2, 0.1])[0]
    where = "/".join(str(x) for x in path)
    if op == "delete":
        del cont[key]
        return f"chaos:delete {where}"
    if op == "add" and isinstance(cont, dict) and isinstance(cont[key], dict):
        cont[key][rng.choice(["extra", "comment", "x-note"])] = _copy(rng.choice(CHAOS_VALUES))
        return f"chaos:add-key {where}"
    v = rng.choice(CHAOS_VALUES)
    if v == "" and key in AMBIGUOUS_EMPTY:
        v = "x"
    cont[key] = _copy(v)
    return f"chaos:set {where}={dumps(v)}"


# =========================================================================== running
@dataclass
class Files:
    criteria: bytes | None        # None: file missing
    answers: bytes | None
    crit_arg: str | None = None   # builtin:ID@VER instead of a path


@dataclass
class Check:
    """One command and what the reference expects of it."""
    argv_tail: list               # after the CLI path, with {C} {A} placeholders
    expect_status: int
    expect_json: dict | None = None
    must_mention: list = field(default_factory=list)   # any one of these ids in stderr
    all_of: bool = False          # must_mention: every id (not just one)
    primary: str | None = None    # this id above all (the injected defect)
    label: str = ""


@dataclass
class Case:
    index: int
    kind: str
    note: str
    files: Files
    checks: list
    crit_doc: object = None       # structure for shrinking (None: not shrinkable)
    ans_doc: object = None


@dataclass
class Failure:
    case: Case
    check: Check
    signature: tuple
    detail: str
    actual_status: int | None
    actual_stdout: str
    actual_stderr: str


def mention_re(i: str):
    return re.compile(r"(?<![\w.])" + re.escape(i) + r"(?!\w|\.\w)")


def mentioned(stderr: str, ident: str) -> bool:
    if not ident.strip():
        return True
    return bool(mention_re(ident).search(stderr)) or (ident in stderr and not ident.isdigit()
                                                       and len(ident) > 3)


def normalize(o):
    """Parsed CLI JSON -> numbers as Fraction(repr()); bools kept distinct."""
    if isinstance(o, bool) or o is None or isinstance(o, str):
        return o
    if isinstance(o, int):
        return F(o)
    if isinstance(o, float):
        return ref.dec(o) if math.isfinite(o) else o
    if isinstance(o, list):
        return [normalize(x) for x in o]
    if isinstance(o, dict):
        return {k: normalize(v) for k, v in o.items()}
    return o


def diff(exp, act, path=""):
    """List of (path, expected, actual); type-aware (True != 1)."""
    out = []
    if isinstance(exp, dict) and isinstance(act, dict):
        for k in exp:
            p = f"{path}.{k}" if path else k
            if k not in act:
                out.append((p, exp[k], "<absent>"))
            else:
                out += diff(exp[k], act[k], p)
        for k in act:
            if k not in exp:
                out.append((f"{path}.{k}" if path else k, "<absent>", act[k]))
        return out
    if isinstance(exp, bool) or isinstance(act, bool):
        if not (isinstance(exp, bool) and isinstance(act, bool) and exp == act):
            out.append((path, exp, act))
        return out
    if isinstance(exp, F) and isinstance(act, F):
        if exp != act:
            out.append((path, exp, act))
        return out
    if type(exp) is not type(act) or exp != act:
        out.append((path, exp, act))
    return out


def show(v):
    if isinstance(v, F):
        return ref.fmt(v) if ref.has_decimals(v, 12) else str(v)
    if isinstance(v, str) and v == "<absent>":
        return v
    try:
        return dumps(v)
    except TypeError:
        return repr(v)


def path_pattern(p: str, node_ids) -> str:
    if p.startswith("nodes."):
        rest = p[len("nodes."):]
        for nid in sorted(node_ids, key=len, reverse=True):
            if rest == nid or rest.startswith(nid + "."):
                tail = rest[len(nid):]
                return "nodes.*" + tail
        return "nodes.*"
    return p


def ref_json_normalized(j):
    return normalize(json.loads(json.dumps(j)))


class Runner:
    def __init__(self, cli, tmp, timeout=20.0):
        self.cli = cli
        self.tmp = Path(tmp)
        self.timeout = timeout

    def write(self, tag, files: Files):
        d = self.tmp / tag
        d.mkdir(parents=True, exist_ok=True)
        cp, ap = d / "criteria.json", d / "answers.json"
        for p, b in ((cp, files.criteria), (ap, files.answers)):
            if p.exists():
                p.unlink()
            if b is not None:
                p.write_bytes(b)
        return (files.crit_arg or str(cp)), str(ap)

    def run(self, argv_tail, c, a):
        argv = [self.cli] + [x.replace("{C}", c).replace("{A}", a) for x in argv_tail]
        try:
            p = subprocess.run(argv, capture_output=True, timeout=self.timeout)
        except subprocess.TimeoutExpired:
            return None, "", "<timeout>"
        except OSError as e:
            return None, "", f"<cannot run: {e}>"
        return (p.returncode, p.stdout.decode("utf-8", "replace"),
                p.stderr.decode("utf-8", "replace"))

    def evaluate(self, tag, case: Case, check: Check, node_ids):
        """Run one check; returns None on agreement, else a Failure."""
        c, a = self.write(tag, case.files)
        st, out, err = self.run(check.argv_tail, c, a)
        fail = lambda sig, detail: Failure(case, check, sig, detail, st, out, err)
        if st is None:
            return fail(("timeout-or-unrunnable", check.label), err)
        if st < 0 or st > 2:
            return fail(("crash", check.label, st), f"exit status {st}")
        if st != check.expect_status:
            return fail(("exit", check.label, check.expect_status, st),
                        f"exit status {st}, expected {check.expect_status}")
        if st == 0 and check.expect_json is not None:
            try:
                got = json.loads(out, parse_constant=lambda s: s)
            except ValueError as e:
                return fail(("stdout-not-json", check.label), f"stdout is not one JSON value: {e}")
            d = diff(ref_json_normalized(check.expect_json), normalize(got))
            if d:
                pats = sorted({path_pattern(p, node_ids) for p, _, _ in d})
                detail = "\n".join(f"    {p}: expected {show(e)}, got {show(g)}" for p, e, g in d[:25])
                if len(d) > 25:
                    detail += f"\n    … {len(d) - 25} more differences"
                return fail(("json", check.label, pats[0]), detail)
        if st == 1 and check.must_mention:
            ids = [i for i in check.must_mention if i is not None]
            hit = [i for i in ids if mentioned(err, i)]
            if check.primary is not None and not mentioned(err, check.primary):
                return fail(("mention", check.label),
                            f"stderr does not name the offending node {check.primary!r}")
            if ids and (not hit or (check.all_of and len(hit) < len(ids))):
                missing = [i for i in ids if i not in hit]
                return fail(("mention" if not hit else "mention-not-all", check.label),
                            f"stderr names none of the expected ids {ids[:8]}" if not hit else
                            f"stderr does not name {missing[:8]} (of {len(ids)} ids at fault)")
        return None


# ----------------------------------------------------------------------- case building
def score_checks(cb, ab, roles=("agency", "appraiser"), crit_check=False, variants=False):
    checks = []
    for role in roles:
        r = ref.score_files(cb or b"", ab or b"", role) if cb is not None and ab is not None else None
        if r is None:
            st, js, ids = 2, None, []
        else:
            st, js = r.status, r.json
            ids = problem_ids(r.problems)
        checks.append(Check(["score", "--criteria", "{C}", "--answers", "{A}", "--as", role, "--json"],
                            st, js, ids, label=f"score-{role}"))
    if variants and cb is not None and ab is not None:
        r = ref.score_files(cb, ab, "agency")
        ids = problem_ids(r.problems)
        # --as omitted means agency; the readable table must agree on the exit status
        checks.append(Check(["score", "--criteria", "{C}", "--answers", "{A}", "--json"],
                            r.status, r.json, ids, label="score-default-role"))
        checks.append(Check(["score", "--answers", "{A}", "--criteria", "{C}", "--as", "appraiser"],
                            ref.score_files(cb, ab, "appraiser").status, None, [], label="score-table"))
    if crit_check:
        cr = ref.load_criteria(cb) if cb is not None else None
        st = cr.status if cr else 2
        checks.append(Check(["criteria", "check", "{C}"], st,
                            must_mention=problem_ids(cr.problems) if cr else [],
                            label="criteria-check"))
    return checks


def build_case(seed, i, builtins) -> Case:
    rng = random.Random(f"parscore-fuzz/{seed}/{i}")
    if builtins and rng.random() < 0.2:
        return builtin_case(rng, i, builtins)
    x = rng.random()
    if x < 0.64:
        kind = "score"
    elif x < 0.74:
        kind = "boundary"
    elif x < 0.88:
        kind = "badcrit"
    elif x < 0.94:
        kind = "chaos"
    else:
        kind = "unread"
    if kind == "boundary":
        cd, ad, note = boundary_case(rng)
        cb, ab = dumps(cd, indent=2).encode(), dumps(ad, indent=2).encode()
        return Case(i, kind, note, Files(cb, ab), score_checks(cb, ab), cd, ad)
    if kind == "badcrit":
        if rng.random() < 0.1:
            cd, note, bad_id = deep_bad_criteria(rng)
        else:
            cd = gen_criteria(rng)
            note, bad_id = inject_criteria_defect(rng, cd)
        cb = dumps(cd, indent=rng.choice([None, 2])).encode()
        ab = dumps({"format": "parscore.answers", "formatVersion": 1, "answers": {}}).encode()
        cr = ref.load_criteria(cb)
        ids = problem_ids(cr.problems)
        if cr.status != 1 or bad_id not in ids:
            # the generator's own defect was not found by the reference: flag loudly
            raise RuntimeError(f"case {i}: reference did not reject {note} at {bad_id!r}: "
                               f"status {cr.status}, problems {[str(p) for p in cr.problems]}")
        # the injected node must be named; "lists every problem": so must every other node
        # the reference finds at fault (a separate mismatch class if only those are missing)
        checks = [Check(["criteria", "check", "{C}"], 1, must_mention=sorted(set(ids)), all_of=True,
                        primary=bad_id, label="criteria-check"),
                  Check(["score", "--criteria", "{C}", "--answers", "{A}", "--as", "agency", "--json"],
                        1, None, ids, label="score-badcrit")]
        return Case(i, kind, f"badcrit:{note}@{bad_id}", Files(cb, ab), checks, None, None)
    cd = gen_criteria(rng, deep=rng.random() < 0.04)
    cb = dumps(cd, indent=rng.choice([None, 2, 2])).encode()
    cr = ref.load_criteria(cb)
    if cr.status != 0:
        raise RuntimeError(f"case {i}: generated set invalid: {[str(p) for p in cr.problems]}")
    if kind == "chaos":
        ad, _ = gen_answers(rng, cr.criteria, rng.choice(["agency", "full"]))
        target = rng.choice(["criteria", "answers"])
        note = chaos_mutate(rng, cd if target == "criteria" else ad)
        cb = dumps(cd, indent=2).encode()
        ab = dumps(ad, indent=2).encode()
        return Case(i, kind, f"{target}-{note}", Files(cb, ab),
                    score_checks(cb, ab, crit_check=(target == "criteria")), cd, ad)
    if kind == "unread":
        ad, _ = gen_answers(rng, cr.criteria, "agency")
        cb2, ab, note = unreadable(rng, cd, ad)
        checks = score_checks(cb2, ab, roles=("agency",))
        if cb2 is None or "criteria" in note:
            cr2 = ref.load_criteria(cb2) if cb2 is not None else None
            checks.append(Check(["criteria", "check", "{C}"], cr2.status if cr2 else 2, label="criteria-check"))
        return Case(i, kind, note, Files(cb2, ab), checks, None, None)
    mode = rng.choices(["agency", "full", "invalid"], [0.38, 0.34, 0.28])[0]
    ad, note = gen_answers(rng, cr.criteria, mode)
    ab = dumps(ad, indent=rng.choice([None, 2])).encode()
    return Case(i, kind, note, Files(cb, ab),
                score_checks(cb, ab, crit_check=(i % 5 == 0), variants=(i % 10 == 3)), cd, ad)


def load_builtins(d):
    out = []
    for p in sorted(Path(d).glob("*.json")):
        b = p.read_bytes()
        out.append((p, b, ref.load_criteria(b)))
    return out


def builtin_case(rng, i, builtins) -> Case:
    p, b, cr = rng.choice(builtins)
    if cr.status != 0:
        return Case(i, "builtin", f"builtin-invalid:{p.name}", Files(b, b"{}"),
                    [Check(["criteria", "check", "{C}"], cr.status, label="builtin-check")], None, None)
    mode = rng.choices(["agency", "full", "invalid"], [0.4, 0.4, 0.2])[0]
    ad, note = gen_answers(rng, cr.criteria, mode)
    ab = dumps(ad, indent=2).encode()
    checks = score_checks(b, ab)
    files = Files(b, ab)
    if rng.random() < 0.25:
        files.crit_arg = f"builtin:{cr.criteria.id}@{cr.criteria.version}"
        for c in checks:
            c.label += "-builtinref"
    return Case(i, "builtin", f"builtin:{p.name}:{note}", files, checks, loads_lit(b), ad)


def builtin_export_cases(builtins, start):
    cases = []
    for k, (p, b, cr) in enumerate(builtins):
        if cr.status != 0:
            continue
        c = Case(start + k, "export", f"export:{p.name}", Files(b, b"{}"),
                 [Check(["criteria", "export", f"builtin:{cr.criteria.id}@{cr.criteria.version}"], 0,
                        label="export")], None, None)
        c.export_bytes = b
        cases.append(c)
    return cases


# ----------------------------------------------------------------------- shrinking
def struct_ids(doc):
    if not isinstance(doc, dict):
        return []
    return [i for i in (n.get("id") for n, _ in all_nodes_struct(doc.get("nodes", [])))
            if isinstance(i, str)]


def problem_ids(problems):
    """Ids stderr must name: nodes always; bonus/penalty item ids only for answers
    (a set's bonus/penalty items are not nodes and may be named by position)."""
    return [p.ref for p in problems
            if p.ref is not None and (p.where == "node" or p.msg.startswith(("no bonus", "no penalty", "count")))]


def shrink(runner: Runner, fail: Failure, budget=250):
    """Greedy delta-debugging of a score failure on a valid set.  Returns (crit_doc, ans_doc)."""
    case, check = fail.case, fail.check
    cd = _copy(case.crit_doc)
    ad = _copy(case.ans_doc)
    calls = 0

    def still_fails(cd2, ad2):
        nonlocal calls
        calls += 1
        cb = dumps(cd2, indent=2).encode()
        ab = dumps(ad2, indent=2).encode()
        role = check.argv_tail[check.argv_tail.index("--as") + 1]
        r = ref.score_files(cb, ab, role)
        if ref.load_criteria(cb).status != 0:
            return False
        ck = Check(check.argv_tail, r.status, r.json, problem_ids(r.problems), label=check.label)
        tmpcase = Case(case.index, case.kind, case.note, Files(cb, ab), [ck])
        f2 = runner.evaluate(f"shrink{case.index}", tmpcase, ck, struct_ids(cd2))
        return f2 is not None and f2.signature == fail.signature

    progress = True
    while progress and calls < budget:
        progress = False
        # 1. drop answers, bonus/penalty entries
        for key in ("answers", "bonus", "penalty"):
            m = ad.get(key)
            if not isinstance(m, dict):
                continue
            for k in list(m):
                if calls >= budget:
                    break
                ad2 = _copy(ad)
                del ad2[key][k]
                if still_fails(cd, ad2):
                    ad, progress = ad2, True
        # 2. drop whole subtrees / hoist a child into its parent's place
        ids = struct_ids(cd)
        for nid in ids:
            if calls >= budget:
                break
            for op in ("drop", "hoist"):
                cd2 = _copy(cd)
                if not _tree_op(cd2, nid, op):
                    continue
                keep = set(struct_ids(cd2))
                ad2 = _copy(ad)
                if isinstance(ad2.get("answers"), dict):
                    ad2["answers"] = {k: v for k, v in ad2["answers"].items() if k in keep or k not in ids}
                if still_fails(cd2, ad2):
                    cd, ad, progress = cd2, ad2, True
                    break
        # 3. simpler leaves: boolean rule (answer yes/no/unanswered), fewer optional keys
        for nid in struct_ids(cd):
            if calls >= budget:
                break
            node = next((n for n, _ in all_nodes_struct(cd["nodes"]) if n.get("id") == nid), None)
            if node is None or node.get("children") or node.get("rule") == {"kind": "boolean"}:
                continue
            for yes in (None, True, False):
                cd2 = _copy(cd)
                n2 = next(n for n, _ in all_nodes_struct(cd2["nodes"]) if n.get("id") == nid)
                n2["rule"] = {"kind": "boolean"}
                ad2 = _copy(ad)
                a2 = ad2.get("answers") if isinstance(ad2.get("answers"), dict) else {}
                old = a2.get(nid)
                if isinstance(old, dict) and "notApplicable" in old:
                    if yes is not None:
                        continue
                elif yes is None:
                    a2.pop(nid, None)
                else:
                    a2[nid] = {"yes": yes}
                if calls < budget and still_fails(cd2, ad2):
                    cd, ad, progress = cd2, ad2, True
                    break
        if calls < budget:
            cd2 = _copy(cd)
            for n, _ in all_nodes_struct(cd2["nodes"]):
                n["title"] = "T"
                for k in ("guidance", "evidence", "legalBasis"):
                    n.pop(k, None)
                if n.get("notApplicable") == "forbidden":
                    n.pop("notApplicable")
                if n.get("scoredBy") == "agency":
                    n.pop("scoredBy")
            cd2["title"] = "T"
            if cd2 != cd and still_fails(cd2, ad):
                cd, progress = cd2, True
        # 4. drop optional sections
        for key in ("grades", "bonus", "penalty", "issuer"):
            if key in cd and calls < budget:
                cd2 = _copy(cd)
                del cd2[key]
                ad2 = _copy(ad)
                if key in ("bonus", "penalty"):
                    ad2.pop(key, None)
                if still_fails(cd2, ad2):
                    cd, ad, progress = cd2, ad2, True
        if isinstance(cd.get("grades"), list) and len(cd["grades"]) > 1:
            for g in list(cd["grades"]):
                cd2 = _copy(cd)
                cd2["grades"] = [x for x in cd2["grades"] if x["minPercent"] is not g["minPercent"]
                                 and value_of(x["minPercent"]) != value_of(g["minPercent"])]
                if cd2["grades"] and calls < budget and still_fails(cd2, ad):
                    cd, progress = cd2, True
                    break
    return cd, ad, calls


def _copy(o):
    if isinstance(o, dict):
        return {k: _copy(v) for k, v in o.items()}
    if isinstance(o, list):
        return [_copy(v) for v in o]
    return o


def _tree_op(doc, nid, op):
    roots = doc["nodes"]
    for n, p in all_nodes_struct(roots):
        if n.get("id") != nid:
            continue
        siblings = p["children"] if p is not None else roots
        k = next(j for j, s in enumerate(siblings) if s is n)
        if op == "drop":
            if len(siblings) < 2:
                return False
            del siblings[k]
        else:
            kids = n.get("children") or []
            if not kids:
                return False
            siblings[k] = kids[0]
        recompute_sums(roots)
        return True
    return False


# ----------------------------------------------------------------------- reporting
def shell_quote(s):
    return "'" + s.replace("'", "'\\''") + "'"


def print_repro(f: Failure, cb: bytes | None, ab: bytes | None, heading: str, out=sys.stdout):
    c = f.case
    check = f.check
    w = lambda s="": print(s, file=out)
    w(f"---- {heading}: case {c.index} [{c.kind}] {c.note} — {check.label}")
    w(f"  class: {f.signature}")
    if "\n" in f.detail:
        w("  problem:")
        w(f.detail)
    else:
        w("  problem: " + f.detail.strip())
    if cb is None:
        w("  criteria.json: <missing file>")
    else:
        w("  cat > criteria.json <<'EOF'")
        w(cb.decode("utf-8", "replace"))
        w("EOF")
    if any("{A}" in x for x in check.argv_tail):
        if ab is None:
            w("  answers.json: <missing file>")
        else:
            w("  cat > answers.json <<'EOF'")
            w(ab.decode("utf-8", "replace"))
            w("EOF")
    crit_arg = c.files.crit_arg or "criteria.json"
    cmd = ["parscore-cli"] + [x.replace("{C}", crit_arg).replace("{A}", "answers.json") for x in check.argv_tail]
    w("  command: " + " ".join(shell_quote(x) if " " in x else x for x in cmd))
    exp = f"exit {check.expect_status}"
    if check.expect_status == 0 and check.expect_json is not None:
        exp += "\n" + json.dumps(check.expect_json, ensure_ascii=False)
    if check.must_mention:
        exp += f"  (stderr naming one of {check.must_mention[:6]})"
    w("  expected: " + exp)
    w(f"  actual:   exit {f.actual_status}")
    if f.actual_stdout.strip():
        w("  stdout: " + f.actual_stdout.strip()[:3000])
    if f.actual_stderr.strip():
        w("  stderr: " + f.actual_stderr.strip()[:2000])
    w()


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description="Differential fuzzer for parscore-cli score/criteria check")
    ap.add_argument("--cli", required=True, help="path to parscore-cli")
    ap.add_argument("--cases", type=int, default=500)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--builtin-dir", help="directory of shipped *.json criteria sets")
    ap.add_argument("--jobs", type=int, default=max(2, (os.cpu_count() or 2)))
    ap.add_argument("--only", type=int, action="append", help="run only case I (repeatable)")
    ap.add_argument("--no-shrink", action="store_true")
    ap.add_argument("--shown-per-class", type=int, default=2,
                    help="full reproductions printed per mismatch class (default 2)")
    ap.add_argument("--timeout", type=float, default=20.0)
    ap.add_argument("--keep-dir", help="write case files here instead of a temp dir")
    a = ap.parse_args(argv)

    cli = a.cli if os.sep in a.cli else (shutil.which(a.cli) or a.cli)
    if not (os.path.isfile(cli) and os.access(cli, os.X_OK)):
        print(f"fuzz: CLI not found or not executable: {a.cli}", file=sys.stderr)
        print("fuzz: 0 passed, 1 failed")
        return 2
    cli = os.path.abspath(cli)
    builtins = load_builtins(a.builtin_dir) if a.builtin_dir and os.path.isdir(a.builtin_dir) else []
    if a.builtin_dir and not builtins:
        print(f"fuzz: no *.json criteria sets in {a.builtin_dir}", file=sys.stderr)
    for p, _, cr in builtins:
        if cr.status != 0:
            print(f"fuzz: reference rejects shipped set {p.name} (status {cr.status}):", file=sys.stderr)
            for pr in cr.problems[:20]:
                print(f"    {pr}", file=sys.stderr)

    indices = a.only if a.only else list(range(a.cases))
    gen_errors = []
    cases = []
    for i in indices:
        try:
            cases.append(build_case(a.seed, i, builtins))
        except RuntimeError as e:
            gen_errors.append(str(e))
    if builtins and not a.only:
        cases += builtin_export_cases(builtins, a.cases)

    tmp_ctx = tempfile.TemporaryDirectory(prefix="parscore-fuzz-") if not a.keep_dir else None
    tmp = a.keep_dir or tmp_ctx.name
    runner = Runner(cli, tmp, a.timeout)

    def run_case(case: Case):
        fails = []
        ids = struct_ids(case.crit_doc) if isinstance(case.crit_doc, dict) else []
        if not ids and case.files.criteria:
            try:
                ids = struct_ids(json.loads(case.files.criteria))
            except Exception:
                ids = []
        for k, check in enumerate(case.checks):
            if case.kind == "export":
                st, out, err = runner.run(check.argv_tail, "", "")
                want = case.export_bytes.decode("utf-8", "replace")
                if st != 0 or out != want:
                    fails.append(Failure(case, check, ("export", "builtin bytes differ" if st == 0 else st),
                                         f"exit {st}; stdout {len(out)} chars vs file {len(want)} chars",
                                         st, out[:300], err))
                continue
            f = runner.evaluate(f"c{case.index}", case, check, ids)
            if f:
                fails.append(f)
        return fails

    results = {}
    with cf.ThreadPoolExecutor(max_workers=max(1, a.jobs)) as ex:
        futs = {ex.submit(run_case, c): c for c in cases}
        for fu in cf.as_completed(futs):
            c = futs[fu]
            try:
                results[c.index] = fu.result()
            except Exception as e:   # a fuzzer bug must not hide the other results
                import traceback
                results[c.index] = [Failure(c, c.checks[0] if c.checks else Check([], 0),
                                            ("fuzzer-internal-error", type(e).__name__),
                                            traceback.format_exc(), None, "", "")]

    passed = failed = 0
    by_class: dict = {}
    for c in sorted(cases, key=lambda c: c.index):
        fs = results[c.index]
        if fs:
            failed += 1
            for f in fs:
                by_class.setdefault(f.signature, []).append(f)
        else:
            passed += 1

    for sig, fs in sorted(by_class.items(), key=lambda kv: -len(kv[1])):
        print(f"==== mismatch class {sig}: {len(fs)} occurrence(s); cases "
              + ", ".join(str(f.case.index) for f in fs[:30]) + (" …" if len(fs) > 30 else ""))
        for n, f in enumerate(fs[: a.shown_per_class]):
            cb, ab = f.case.files.criteria, f.case.files.answers
            heading = "reproduction"
            if n == 0 and not a.no_shrink and f.case.crit_doc is not None and sig[0] in ("json", "exit", "mention", "crash"):
                try:
                    cd, ad, calls = shrink(runner, f)
                    cb, ab = dumps(cd, indent=2).encode(), dumps(ad, indent=2).encode()
                    # re-run the shrunk case to print its actual output
                    role = f.check.argv_tail[f.check.argv_tail.index("--as") + 1]
                    r = ref.score_files(cb, ab, role)
                    ck = Check(f.check.argv_tail, r.status, r.json, problem_ids(r.problems),
                               label=f.check.label)
                    sc = Case(f.case.index, f.case.kind, f.case.note, Files(cb, ab), [ck])
                    f2 = runner.evaluate(f"final{f.case.index}", sc, ck, struct_ids(cd))
                    if f2 is not None:
                        f = f2
                        heading = f"shrunk reproduction ({calls} tries)"
                    else:
                        cb, ab = f.case.files.criteria, f.case.files.answers
                except Exception as e:   # shrinking is best effort
                    print(f"  (shrinking failed: {e!r})")
                    cb, ab = f.case.files.criteria, f.case.files.answers
            print_repro(f, cb, ab, heading)
    for g in gen_errors:
        print(f"fuzz: generator/reference self-check failed: {g}")
    if tmp_ctx:
        tmp_ctx.cleanup()
    failed += len(gen_errors)
    kinds = {}
    for c in cases:
        kinds[c.kind] = kinds.get(c.kind, 0) + 1
    ncalls = sum(len(c.checks) for c in cases)
    print("fuzz: cases by kind: " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items()))
          + f"; {ncalls} CLI runs; {len(by_class)} mismatch class(es)")
    print(f"fuzz: {passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

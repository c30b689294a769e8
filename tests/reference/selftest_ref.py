#!/usr/bin/env python3
"""Hand-computed checks of parscore_ref.py (no CLI needed):  python3 selftest_ref.py -v"""
import json
import unittest

import parscore_ref as ref


def crit(nodes, **extra):
    c = {"format": "parscore.criteria", "formatVersion": 1, "id": "t.set", "version": "1",
         "year": 2026, "title": "T", "unitKinds": ["so"], "status": "draft",
         "grades": [{"label": "Tốt", "minPercent": 90}, {"label": "Khá", "minPercent": 80},
                    {"label": "Trung bình", "minPercent": 70}, {"label": "Yếu", "minPercent": 0}],
         "nodes": nodes}
    c.update(extra)
    return c


def leaf(i, mx, rule, **kw):
    d = {"id": i, "title": "L" + i, "maxPoints": mx, "rule": rule}
    d.update(kw)
    return d


def parent(i, kids, mx=None):
    if mx is None:
        from fractions import Fraction
        s = sum(Fraction(repr(float(k["maxPoints"]))) for k in kids)
        mx = int(s) if s.denominator == 1 else float(s)
    return {"id": i, "title": "P" + i, "maxPoints": mx, "children": kids}


def answers(a=None, **kw):
    d = {"format": "parscore.answers", "formatVersion": 1, "answers": a or {}}
    d.update(kw)
    return d


def run(c, a, role="appraiser"):
    cb = json.dumps(c, ensure_ascii=False).encode() if not isinstance(c, bytes) else c
    ab = json.dumps(a).encode() if not isinstance(a, bytes) else a
    return ref.score_files(cb, ab, role)


def pts(c, a, nid, role="appraiser"):
    r = run(c, a, role)
    assert r.status == 0, [str(p) for p in r.problems]
    return r.json["nodes"][nid]["points"]


class Rounding(unittest.TestCase):
    def test_half_away(self):
        F = ref.Fraction
        self.assertEqual(ref.round_hundredths(F("0.145")), 15)
        self.assertEqual(ref.round_hundredths(F("-0.145")), -15)
        self.assertEqual(ref.round_hundredths(F("0.144999")), 14)
        self.assertEqual(ref.round_hundredths(F("-0.125")), -13)
        self.assertEqual(ref.round_hundredths(F(2, 3)), 67)
        self.assertEqual(ref.dec(0.1), F(1, 10))


class Rules(unittest.TestCase):
    def test_ratio_floor(self):
        c = crit([leaf("1", 2, {"kind": "ratio", "floorPercent": 80, "fullAtPercent": 100})])
        self.assertEqual(pts(c, answers({"1": {"numerator": 9, "denominator": 10}}), "1"), 1.8)
        self.assertEqual(pts(c, answers({"1": {"numerator": 8, "denominator": 10}}), "1"), 1.6)
        self.assertEqual(pts(c, answers({"1": {"numerator": 79, "denominator": 100}}), "1"), 0)
        self.assertEqual(pts(c, answers({"1": {"numerator": 10, "denominator": 10}}), "1"), 2)
        c2 = crit([leaf("1", 2, {"kind": "ratio", "floorPercent": 50, "fullAtPercent": 90})])
        self.assertEqual(pts(c2, answers({"1": {"numerator": 9, "denominator": 10}}), "1"), 2)
        self.assertEqual(pts(c2, answers({"1": {"numerator": 89, "denominator": 100}}), "1"), 1.78)

    def test_ratio_29_200(self):
        c = crit([leaf("1", 1, {"kind": "ratio"})])
        r = run(c, answers({"1": {"numerator": 29, "denominator": 200}}))
        self.assertEqual(r.json["nodes"]["1"], {"points": 0.15, "maxPoints": 1, "percent": 15,
                                                 "state": "complete"})
        self.assertEqual(r.json["total"]["percent"], 15)
        self.assertEqual(r.json["total"]["grade"], "Yếu")

    def test_deduction_negative_floor(self):
        c = crit([leaf("1", 2, {"kind": "deduction", "perItem": 0.5, "floorPoints": -1})])
        for n, want in [(0, 2), (3, 0.5), (5, -0.5), (6, -1), (100, -1)]:
            self.assertEqual(pts(c, answers({"1": {"count": n}}), "1"), want, n)
        c = crit([leaf("1", 1, {"kind": "deduction", "perItem": 0.125, "floorPoints": -0.335})])
        self.assertEqual(pts(c, answers({"1": {"count": 9}}), "1"), -0.13)   # -0.125
        self.assertEqual(pts(c, answers({"1": {"count": 11}}), "1"), -0.34)  # floor -0.335
        r = run(c, answers({"1": {"count": 11}}))
        self.assertEqual(r.json["total"]["percent"], -34)
        c = crit([leaf("1", 2, {"kind": "deduction", "perItem": 1})])
        self.assertEqual(pts(c, answers({"1": {"count": 5}}), "1"), 0)

    def test_manual_step(self):
        c = crit([leaf("1", 2, {"kind": "manual"})])
        self.assertEqual(pts(c, answers({"1": {"points": 1.75}}), "1"), 1.75)
        self.assertEqual(run(c, answers({"1": {"points": 1.7}})).status, 1)
        self.assertEqual(run(c, answers({"1": {"points": 2.25}})).status, 1)
        c = crit([leaf("1", 2, {"kind": "manual", "step": 0.1})])
        self.assertEqual(pts(c, answers({"1": {"points": 0.3}}), "1"), 0.3)   # 0.3 = 3/10 exactly
        self.assertEqual(run(c, answers({"1": {"points": 0.35}})).status, 1)
        c = crit([leaf("1", 2, {"kind": "manual", "step": 1})])
        self.assertEqual(run(c, answers({"1": {"points": 1.5}})).status, 1)

    def test_checklist_cap_choice_boolean_percent(self):
        c = crit([leaf("1", 1, {"kind": "checklist", "items": [
            {"id": "a", "label": "A", "points": 0.5}, {"id": "b", "label": "B", "points": 0.75}]}),
            leaf("2", 2, {"kind": "choice", "options": [{"id": "x", "label": "X", "points": 1.125},
                                                       {"id": "y", "label": "Y", "points": 0}]}),
            leaf("3", 3, {"kind": "boolean"}),
            leaf("4", 3, {"kind": "percent"})])
        a = answers({"1": {"checked": ["b", "a"]}, "2": {"option": "x"}, "3": {"yes": True},
                     "4": {"percent": 33.33}})
        r = run(c, a)
        n = r.json["nodes"]
        self.assertEqual(n["1"]["points"], 1)
        self.assertEqual(n["2"]["points"], 1.13)
        self.assertEqual(n["3"]["points"], 3)
        self.assertEqual(n["4"]["points"], 1)      # 0.9999
        self.assertEqual(r.json["total"]["points"], 6.13)
        self.assertEqual(r.json["total"]["percent"], 68.11)   # 6.13/9 = 68.111..
        self.assertEqual(r.json["total"]["grade"], "Yếu")
        for bad in [{"1": {"checked": ["a", "a"]}}, {"1": {"checked": ["z"]}},
                    {"2": {"option": "z"}}, {"3": {"yes": 1}}, {"4": {"percent": 33.333}},
                    {"4": {"percent": 100.01}}, {"4": {"percent": -1}},
                    {"4": {"percent": 5, "note": "x"}}, {"3": {"points": 3}}]:
            r = run(c, answers(bad))
            self.assertEqual(r.status, 1, bad)
            self.assertEqual(r.problems[0].ref, list(bad)[0])

    def test_tiers(self):
        c = crit([leaf("1", 2, {"kind": "tiers", "input": "percent", "tiers": [
            {"atLeast": 50, "points": 1}, {"atLeast": 90, "points": 2}, {"atLeast": 70, "points": 1.5}]}),
            leaf("2", 2, {"kind": "tiers", "input": "number", "tiers": [
                {"atLeast": 0.1, "points": 1}, {"atLeast": 3, "points": 2}]})])
        for a, b, want in [(9, 10, 2), (89, 100, 1.5), (1, 2, 1), (49, 100, 0), (7, 10, 1.5)]:
            self.assertEqual(pts(c, answers({"1": {"numerator": a, "denominator": b}}), "1"), want)
        for v, want in [(0.1, 1), (0.09999999999999999, 0), (3, 2), (2.9999, 1), (-5, 0), (1e300, 2)]:
            self.assertEqual(pts(c, answers({"2": {"value": v}}), "2"), want)


class NotApplicable(unittest.TestCase):
    def mk(self, pol):
        kw = {} if pol is None else {"notApplicable": pol}
        return crit([leaf("1", 3, {"kind": "ratio"}, **kw), leaf("2", 7, {"kind": "boolean"})])

    def test_policies(self):
        na = {"notApplicable": True, "reason": "không phát sinh"}
        b0 = {"numerator": 0, "denominator": 0}
        for a1 in (na, b0):
            a = answers({"1": a1, "2": {"yes": True}})
            r = run(self.mk("exclude"), a).json
            self.assertEqual(r["nodes"]["1"], {"points": 0, "maxPoints": 0, "state": "notApplicable"})
            self.assertEqual((r["total"]["points"], r["total"]["maxPoints"], r["total"]["percent"]), (7, 7, 100))
            self.assertTrue(r["total"]["complete"])
            r = run(self.mk("full"), a).json
            self.assertEqual(r["nodes"]["1"], {"points": 3, "maxPoints": 3, "percent": 100, "state": "notApplicable"})
            self.assertEqual(r["total"]["points"], 10)
            r = run(self.mk("zero"), a).json
            self.assertEqual(r["nodes"]["1"], {"points": 0, "maxPoints": 3, "percent": 0, "state": "notApplicable"})
            self.assertEqual((r["total"]["percent"], r["total"]["grade"]), (70, "Trung bình"))
            for pol in (None, "forbidden"):
                r = run(self.mk(pol), a)
                self.assertEqual((r.status, r.problems[0].ref), (1, "1"))
        for bad in ({"notApplicable": True}, {"notApplicable": True, "reason": "  "},
                    {"notApplicable": False, "reason": "x"}, {"numerator": 1, "denominator": 0},
                    {"notApplicable": True, "reason": "x", "numerator": 1}):
            self.assertEqual(run(self.mk("zero"), answers({"1": bad})).status, 1, bad)

    def test_parent_states(self):
        c = crit([parent("1", [leaf("1.1", 1, {"kind": "boolean"}, notApplicable="exclude"),
                               leaf("1.2", 1, {"kind": "boolean"}, notApplicable="exclude")]),
                  leaf("2", 1, {"kind": "boolean"})])
        na = {"notApplicable": True, "reason": "x"}
        r = run(c, answers({"1.1": na, "1.2": na})).json
        self.assertEqual(r["nodes"]["1"], {"points": 0, "maxPoints": 0, "state": "notApplicable"})
        self.assertEqual(r["nodes"]["2"]["state"], "incomplete")
        self.assertFalse(r["total"]["complete"])
        self.assertEqual((r["total"]["maxPoints"], r["total"]["percent"]), (1, 0))
        r = run(c, answers({"1.1": na, "2": {"yes": True}})).json
        self.assertEqual(r["nodes"]["1"]["state"], "incomplete")
        r = run(c, answers({"1.1": na, "1.2": {"yes": True}, "2": {"yes": False}})).json
        self.assertEqual(r["nodes"]["1"], {"points": 1, "maxPoints": 1, "percent": 100, "state": "complete"})
        self.assertTrue(r["total"]["complete"])


class Roles(unittest.TestCase):
    def setUp(self):
        self.c = crit([
            parent("1", [leaf("1.1", 40, {"kind": "boolean"}),
                         leaf("1.2", 10, {"kind": "percent"}, scoredBy="appraiser")]),
            parent("2", [parent("2.1", [leaf("2.1.1", 10, {"kind": "percent"}, scoredBy="appraiser")]),
                         leaf("2.2", 10, {"kind": "percent"}, scoredBy="appraiser")]),
            leaf("3", 30, {"kind": "manual", "step": 0.5})])

    def test_agency_drops_appraiser(self):
        a = answers({"1.1": {"yes": True}, "3": {"points": 28.5}})
        r = run(self.c, a, "agency").json
        self.assertEqual(list(r["nodes"]), ["1", "1.1", "3"])
        self.assertEqual(r["nodes"]["1"], {"points": 40, "maxPoints": 40, "percent": 100, "state": "complete"})
        self.assertEqual(r["total"], {"points": 68.5, "maxPoints": 70, "percent": 97.86, "grade": "Tốt",
                                      "bonus": 0, "penalty": 0, "complete": True})
        r = run(self.c, a, "appraiser").json
        self.assertEqual(len(r["nodes"]), 8)
        self.assertEqual(r["total"]["maxPoints"], 100)
        self.assertFalse(r["total"]["complete"])
        self.assertEqual(r["nodes"]["1"]["maxPoints"], 50)
        bad = run(self.c, answers({"1.2": {"percent": 50}}), "agency")
        self.assertEqual((bad.status, bad.problems[0].ref), (1, "1.2"))
        self.assertEqual(run(self.c, answers({"1.2": {"percent": 50}}), "appraiser").status, 0)
        self.assertEqual(run(self.c, answers({"2.1": {"percent": 50}}), "agency").status, 1)
        self.assertEqual(run(self.c, answers({"2.1": {"percent": 50}}), "appraiser").status, 1)


class BonusPenaltyGrades(unittest.TestCase):
    def test_caps(self):
        c = crit([leaf("1", 10, {"kind": "manual", "step": 0.01})],
                 bonus={"maxPoints": 3, "items": [{"id": "B1", "title": "b", "points": 1},
                                                  {"id": "B2", "title": "b", "points": 0.005}]},
                 penalty={"maxPoints": 0.5, "items": [{"id": "P1", "title": "p", "points": 0.2}]})
        r = run(c, answers({"1": {"points": 8}}, bonus={"B1": 5}, penalty={"P1": 1})).json["total"]
        self.assertEqual((r["points"], r["bonus"], r["penalty"], r["percent"]), (10.8, 3, 0.2, 108))
        r = run(c, answers({"1": {"points": 8}}, bonus={"B2": 1}, penalty={"P1": 3})).json["total"]
        self.assertEqual((r["points"], r["bonus"], r["penalty"]), (7.51, 0.01, 0.5))
        self.assertEqual(run(c, answers(bonus={"B9": 1})).status, 1)
        self.assertEqual(run(c, answers(penalty={"P1": -1})).status, 1)
        self.assertEqual(run(c, answers(penalty={"P1": 1.5})).status, 1)
        self.assertEqual(run(c, answers(penalty={"P1": 2.0})).status, 0)

    def test_grade_at_rounded_percent(self):
        c = crit([leaf("1", 200, {"kind": "manual", "step": 0.01})])
        r = run(c, answers({"1": {"points": 179.99}})).json["total"]      # 89.995 -> 90
        self.assertEqual((r["percent"], r["grade"]), (90, "Tốt"))
        r = run(c, answers({"1": {"points": 179.98}})).json["total"]      # 89.99
        self.assertEqual((r["percent"], r["grade"]), (89.99, "Khá"))
        c = crit([leaf("1", 200, {"kind": "manual", "step": 0.01})],
                 grades=[{"label": "A", "minPercent": 50.005}])
        r = run(c, answers({"1": {"points": 100.01}})).json["total"]      # 50.005 -> 50.01
        self.assertEqual((r["percent"], r["grade"]), (50.01, "A"))
        r = run(c, answers({"1": {"points": 100}})).json["total"]
        self.assertNotIn("grade", r)
        c = crit([leaf("1", 0, {"kind": "boolean"})], grades=[])
        r = run(c, answers({"1": {"yes": True}})).json
        self.assertEqual(r["total"], {"points": 0, "maxPoints": 0, "bonus": 0, "penalty": 0, "complete": True})
        self.assertNotIn("percent", r["nodes"]["1"])


class Validation(unittest.TestCase):
    def check(self, c):
        return ref.load_criteria(json.dumps(c).encode() if not isinstance(c, bytes) else c)

    def test_criteria_invalid(self):
        good = crit([parent("1", [leaf("1.1", 1, {"kind": "boolean"}), leaf("1.2", 1.5, {"kind": "boolean"})])])
        self.assertEqual(self.check(good).status, 0)
        cases = {
            "dup": crit([leaf("1", 1, {"kind": "boolean"}), leaf("1", 1, {"kind": "boolean"})]),
            "sum": crit([parent("1", [leaf("1.1", 1, {"kind": "boolean"})], mx=2)]),
            "neg": crit([leaf("1", -1, {"kind": "boolean"})]),
            "3dec": crit([leaf("1", 1.125, {"kind": "boolean"})]),
            "nan": crit([leaf("1", "NaN", {"kind": "boolean"})]),
            "huge": crit([leaf("1", 1e7, {"kind": "boolean"})]),
            "norule": crit([{"id": "1", "title": "x", "maxPoints": 1}]),
            "parentrule": crit([dict(parent("1", [leaf("1.1", 1, {"kind": "boolean"})]), rule={"kind": "boolean"})]),
            "pol": crit([leaf("1", 1, {"kind": "boolean"}, notApplicable="Exclude")]),
            "scorer": crit([leaf("1", 1, {"kind": "boolean"}, scoredBy="inspector")]),
            "opt": crit([leaf("1", 1, {"kind": "choice", "options": [{"id": "a", "label": "a", "points": 1.5}]})]),
            "ratio": crit([leaf("1", 1, {"kind": "ratio", "floorPercent": 90, "fullAtPercent": 80})]),
            "tiersdup": crit([leaf("1", 1, {"kind": "tiers", "input": "number", "tiers": [
                {"atLeast": 1, "points": 1}, {"atLeast": 1.0, "points": 0}]})]),
            "step0": crit([leaf("1", 1, {"kind": "manual", "step": 0})]),
            "per0": crit([leaf("1", 1, {"kind": "deduction", "perItem": 0})]),
            "floor": crit([leaf("1", 1, {"kind": "deduction", "perItem": 1, "floorPoints": 1.5})]),
            "noise": crit([leaf("1", 0.30000000000000004, {"kind": "boolean"})]),
        }
        for name, c in cases.items():
            r = self.check(c)
            self.assertEqual(r.status, 1, name)
            self.assertIn("1", [p.ref for p in r.problems], name)
        self.assertEqual(self.check(crit([])).status, 1)
        self.assertEqual(self.check(crit([leaf("1", 1, {"kind": "boolean"})], status="final")).status, 1)
        self.assertEqual(self.check(crit([leaf("1", 1, {"kind": "boolean"})], year=1800)).status, 1)
        w = self.check(crit([leaf("1", 1, {"kind": "boolean"}, foo=1)]))
        self.assertEqual(w.status, 0)
        self.assertTrue(w.warnings)

    def test_unreadable(self):
        good = crit([leaf("1", 1, {"kind": "boolean"})])
        self.assertEqual(self.check(b"{not json").status, 2)
        self.assertEqual(self.check(b"[1]").status, 2)
        self.assertEqual(self.check(dict(good, format="other")).status, 2)
        self.assertEqual(self.check(dict(good, formatVersion=2)).status, 2)
        self.assertEqual(self.check(dict(good, formatVersion="1")).status, 1)
        self.assertEqual(self.check(b'{"format":"parscore.criteria","formatVersion":NaN}').status, 2)
        a = answers({"1": {"yes": True}})
        self.assertEqual(run(good, dict(a, format="parscore.criteria")).status, 2)
        self.assertEqual(run(good, dict(a, formatVersion=3)).status, 2)
        self.assertEqual(run(good, b"").status, 2)

    def test_answers_invalid(self):
        c = crit([parent("1", [leaf("1.1", 1, {"kind": "ratio"}, notApplicable="zero"),
                               leaf("1.2", 1, {"kind": "deduction", "perItem": 0.5})])])
        for bad in [{"9": {"count": 1}}, {"1": {"count": 1}}, {"1.1": {"numerator": 3, "denominator": 2}},
                    {"1.2": {"count": -1}}, {"1.2": {"count": 1.5}}, {"1.2": {"count": 1e16}},
                    {"1.2": {"count": "1"}}, {"1.1": {"numerator": 1}}, {"1.2": {"points": 1}},
                    {"1.2": {"notApplicable": True, "reason": "x"}}, {"1.2": None}]:
            r = run(c, answers(bad))
            self.assertEqual(r.status, 1, bad)
            self.assertEqual(r.problems[0].ref, list(bad)[0], bad)
        self.assertEqual(run(c, answers({"1.2": {"count": 2.0}})).status, 0)
        self.assertEqual(run(c, answers({"1.1": {"numerator": 1e15, "denominator": 1e15}})).status, 0)


class Overview(unittest.TestCase):
    """§6 ranks: 1, 2, 2, 4 within (year, group); incomplete / empty -> None."""
    C = crit([parent("1", [leaf("1.1", 1, {"kind": "boolean"}),
                           leaf("1.2", 2, {"kind": "ratio", "floorPercent": 80})]),
              parent("2", [leaf("2.1", 1, {"kind": "percent"}, scoredBy="appraiser")])],
             bonus={"maxPoints": 1, "items": [{"id": "B1", "title": "b", "points": 0.5}]})

    def crit_(self):
        r = ref.load_criteria(json.dumps(self.C, ensure_ascii=False).encode())
        self.assertEqual(r.status, 0)
        return r.criteria

    def agency(self, code, self_answers=None, a1=None, group="so", year=2026, **kw):
        c = self.crit_()

        def load(a, role):
            if a is None:
                return None
            r = ref.load_answers(json.dumps(answers(a, **kw if role == "agency" else {})).encode(), c, role)
            self.assertEqual(r.status, 0, [str(p) for p in r.problems])
            return r
        return {"uuid": "u-" + code, "agencyCode": code, "agencyName": "N " + code, "group": group,
                "year": year, "status": "draft", "sealed": False, "sealIntact": False, "criteria": c,
                "layers": {"self": load(self_answers, "agency"), "appraisal1": load(a1, "appraiser")}}

    FULL = {"1.1": {"yes": True}, "1.2": {"numerator": 10, "denominator": 10}}
    NINETY = {"1.1": {"yes": True}, "1.2": {"numerator": 9, "denominator": 10}}

    def ranks(self, o):
        return [(r["agencyCode"], r["rank"]) for r in o["assessments"]]

    def test_ties_skip_and_unranked_last(self):
        rows = [self.agency("D", {"1.1": {"yes": False}, "1.2": {"numerator": 10, "denominator": 10}}),
                self.agency("C", self.NINETY), self.agency("B", self.NINETY), self.agency("A", self.FULL),
                self.agency("E", {"1.1": {"yes": True}}), self.agency("F")]
        o = ref.overview(rows, "self")
        self.assertEqual(self.ranks(o), [("A", 1), ("B", 2), ("C", 2), ("D", 4), ("E", None), ("F", None)])
        b = o["assessments"][1]
        self.assertEqual(b["self"]["points"], 2.8)
        self.assertEqual(b["self"]["maxPoints"], 3)
        self.assertEqual(b["self"]["percent"], 93.33)
        self.assertIsNone(o["assessments"][5]["self"])
        self.assertIsNone(o["assessments"][5]["final"])
        # As the appraisers nobody is complete without the survey item 2.1.
        self.assertEqual([r for _, r in self.ranks(ref.overview(rows))], [None] * 6)

    def test_final_takes_the_latest_layer_per_leaf(self):
        rows = [self.agency("A", self.FULL, {"2.1": {"percent": 50}}),
                self.agency("D", {"1.1": {"yes": False}, "1.2": {"numerator": 10, "denominator": 10}},
                            {"1.1": {"yes": True}, "2.1": {"percent": 75}})]
        o = ref.overview(rows)
        self.assertEqual(self.ranks(o), [("D", 1), ("A", 2)])
        self.assertEqual(o["assessments"][0]["final"]["points"], 3.75)
        self.assertEqual(o["assessments"][0]["self"]["points"], 2)

    def test_groups_and_years_apart_and_group_filter_keeps_ranks(self):
        rows = [self.agency("X1", self.NINETY, group="xa"), self.agency("S1", self.NINETY),
                self.agency("S2", self.FULL), self.agency("S3", self.NINETY, year=2025)]
        o = ref.overview(rows, "self")
        self.assertEqual(self.ranks(o), [("S3", 1), ("S2", 1), ("S1", 2), ("X1", 1)])
        self.assertEqual(self.ranks(ref.overview(rows, "self", "so")), [("S3", 1), ("S2", 1), ("S1", 2)])

    def test_a_bonus_alone_is_not_an_empty_layer(self):
        o = ref.overview([self.agency("A", {}, bonus={"B1": 0})], "self")
        self.assertIsNotNone(o["assessments"][0]["self"])
        self.assertIsNone(ref.overview([self.agency("A", {})], "self")["assessments"][0]["self"])


if __name__ == "__main__":
    unittest.main()

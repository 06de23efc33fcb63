"""Draw one report from the layout space: ``draw(seed, renderer)`` -> a document model.

The model is renderer-neutral: ``blocks`` (title / h / p / pagebreak / table), each with an
``orient`` (portrait or landscape); tables carry ``rules``, ``head`` (rows of header cells with
colspan/rowspan), ``repeat_head`` and body ``rows`` of cells (text with ``\\n`` = new paragraph,
colspan, rowspan, an ``id`` for page lookup). ``truth`` holds what was printed, as the values it
means (corpus/expected.py turns it into the expected rows). Both renderers (corpus/render.py
via ``render_drawn``, corpus/docx_render.py) draw the same model.
"""
from __future__ import annotations

import random

from corpus import draw_text as T
from corpus.space import draw_layout, is_heldout, synonyms

TOOLS = {"IIT": range(1, 6), "EIT": range(6, 9), "OIT": range(9, 11)}
# relative column widths of the measures tables, by role (text-heavy columns wider)
WIDTH = {"measure": 20, "analysis": 18, "measure_analysis": 15, "steps": 28, "period": 11, "responsible": 13,
         "period_responsible": 15, "follow_up": 13, "indicator": 13, "code": 7, "seq": 5, "budget": 9,
         "target": 11, "remark": 8}


def _cell(text, **kw):
    return {"text": text, **{k: v for k, v in kw.items() if v is not None}}


class Drawer:
    def __init__(self, seed: int, renderer: str, header_words: str | None = None):
        self.seed = seed
        self.dims = draw_layout(seed, renderer)
        if header_words:  # a bank in place of the drawn half (e.g. "unknown"); content draws unchanged
            self.dims["header_half"] = header_words
        self.rng = random.Random(f"content:{seed}")
        self.hrng = random.Random(f"headers:{seed}")
        self.syn = synonyms()
        self.blocks: list[dict] = []
        self.truth = {"indicator_scores": [], "questions": [], "measures": []}
        self.orient = "landscape" if self.dims["orientation"] == "landscape" else "portrait"

    # ---------------------------------------------------------------- helpers
    def num(self, v: float) -> str:
        return T.score_text(v, self.dims["digits"], self.rng)

    def dg(self, s: str) -> str:
        return T.fmt_digits(s, self.dims["digits"], self.rng)

    def head(self, role: str) -> str:
        half = self.dims["header_half"]
        return self.hrng.choice(self.syn[role][half])

    def add(self, b: dict) -> None:
        b.setdefault("orient", self.orient)
        self.blocks.append(b)

    def ind_score(self, no: int, source: str) -> None:
        self.truth["indicator_scores"].append({"no": no, "score": self.ind[no], "source": source})

    # ---------------------------------------------------------------- document
    def draw(self) -> dict:
        d, rng = self.dims, self.rng
        org = rng.choice(T.ORGS)
        edition = d["edition"]
        ay = rng.randint(2563, 2566) if edition == "2566" else rng.randint(2567, 2569)
        py = ay + 1
        self.ay, self.py, self.org = ay, py, org
        self.ind = {n: round(rng.uniform(60, 100), 2) for n in range(1, 11)}
        tools = {t: round(sum(self.ind[n] for n in ns) / len(ns), 2) for t, ns in TOOLS.items()}
        overall = round(0.3 * tools["IIT"] + 0.3 * tools["EIT"] + 0.4 * tools["OIT"], 2)
        level = T.level_of(overall, rng.choice(["band", "pass"]))
        self.doc = {"org_name": org[0], "org_type": org[3], "district": org[4], "province": org[5],
                    "assessment_year": ay, "plan_year": py, "overall": overall, "level": level,
                    "iit": None, "eit": None, "oit": None}
        printed = org[2] + org[1] if d["org_title"] == "abbr" else org[0]
        self.add({"type": "title", "lines": [
            "รายงานการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ",
            f"ประจำปีงบประมาณ พ.ศ. {self.dg(str(ay))}", printed]})
        summary = d["summary"]
        if summary in ("prose", "results_table"):
            self.add({"type": "p", "text": f"{printed} อำเภอ{org[4]} จังหวัด{org[5]}"})
        self.add({"type": "p", "text": f"ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ ประจำปีงบประมาณ "
                                      f"พ.ศ. {self.dg(str(ay))} {printed} ได้คะแนน {self.num(overall)} คะแนน "
                                      f"อยู่ในระดับ {level}"})
        if summary in ("kv", "kv_and_table"):
            self.kv_block(printed, tools)
        if summary == "prose":
            self.add({"type": "p", "text": f"แยกตามเครื่องมือ แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IIT) ได้ "
                                          f"{self.num(tools['IIT'])} คะแนน แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก "
                                          f"(EIT) ได้ {self.num(tools['EIT'])} คะแนน และแบบตรวจการเปิดเผยข้อมูลสาธารณะ "
                                          f"(OIT) ได้ {self.num(tools['OIT'])} คะแนน"})
            self.doc.update(iit=tools["IIT"], eit=tools["EIT"], oit=tools["OIT"])
        if summary in ("results_table", "kv_and_table"):
            self.results_table(tools)
        self.distractor()
        if d["q.present"] == "yes":
            self.add({"type": "h", "text": "ผลคะแนนรายข้อคำถาม"})
            self.questions(edition)
        self.measures(edition)
        name = f"s{self.seed:06d}_{d['renderer']}"
        return {"name": name, "seed": self.seed, "dims": d, "font": d["font"], "digits": d["digits"],
                "heldout": is_heldout(self.seed), "blocks": self.blocks,
                "truth": dict(self.truth, document=self.doc)}

    def kv_block(self, printed: str, tools: dict) -> None:
        o = self.org
        lines = [f"หน่วยงาน : {printed}", f"อ.{o[4]} จ.{o[5]}",
                 f"IIT {self.num(tools['IIT'])} | EIT {self.num(tools['EIT'])} | OIT {self.num(tools['OIT'])}"]
        self.add({"type": "title", "lines": lines, "left": True})
        self.doc.update(iit=tools["IIT"], eit=tools["EIT"], oit=tools["OIT"])

    def results_table(self, tools: dict) -> None:
        d = self.dims
        span = d["r.tool_span"] == "yes"
        head = [[_cell(self.head("indicator")), _cell(self.head("score"))] + ([_cell(self.head("tool_score"))] if span else [])]
        rows = []
        for n in range(1, 11):
            cells = [_cell(f"{self.dg(str(n))}. {T.INDICATOR_NAMES[n]}"), _cell(self.num(self.ind[n]), cls="num")]
            if span and n in (1, 6, 9):
                tool = {1: "IIT", 6: "EIT", 9: "OIT"}[n]
                cells.append(_cell(f"{tool}\n{self.num(tools[tool])}", rowspan=len(TOOLS[tool]), cls="num"))
            rows.append({"cells": cells})
            self.ind_score(n, "results_table")
        if span:
            self.doc.update(iit=tools["IIT"], eit=tools["EIT"], oit=tools["OIT"])
        self.add({"type": "h", "text": "ผลคะแนนรายตัวชี้วัด"})
        self.add({"type": "table", "rules": d["r.rules"], "head": head, "repeat_head": True, "rows": rows,
                  "widths": [50, 20, 30] if span else [70, 30]})

    def distractor(self) -> None:
        kind, rng = self.dims["distractor"], self.rng
        if kind == "last_year":
            self.add({"type": "p", "text": f"ทั้งนี้ ผลการประเมินประจำปีงบประมาณ พ.ศ. {self.dg(str(self.ay - 1))} ได้คะแนน "
                                          f"{self.num(T.score_value(rng, 50, 99))} คะแนน"})
        elif kind == "national_avg":
            self.add({"type": "p", "text": "ค่าเฉลี่ยผลการประเมินระดับประเทศ"})
            self.add({"type": "table", "rules": "grid", "repeat_head": True,
                      "head": [[_cell(x) for x in ("ค่าเฉลี่ยระดับประเทศ", "IIT", "EIT", "OIT", "รวม")]],
                      "rows": [{"cells": [_cell("องค์กรปกครองส่วนท้องถิ่น")] +
                                [_cell(self.num(T.score_value(rng, 60, 95)), cls="num") for _ in range(4)]}]})
        elif kind == "other_bodies":
            others = rng.sample([o for o in T.ORGS if o != self.org], 3)
            self.add({"type": "p", "text": "เปรียบเทียบผลคะแนนกับหน่วยงานอื่นในจังหวัด"})
            self.add({"type": "table", "rules": "grid", "repeat_head": True,
                      "head": [[_cell("หน่วยงาน"), _cell("คะแนนรวม"), _cell("ระดับ")]],
                      "rows": [{"cells": [_cell(o[0]), _cell(self.num(v := T.score_value(rng, 60, 99)), cls="num"),
                                          _cell(T.level_of(v, "band"))]} for o in others]})
        elif kind == "band_table":
            bands = [("AA", "95 - 100"), ("A", "85 - 94.99"), ("B", "75 - 84.99"), ("C", "65 - 74.99"),
                     ("D", "55 - 64.99"), ("E", "50 - 54.99"), ("F", "0 - 49.99")]
            self.add({"type": "p", "text": "เกณฑ์ระดับผลการประเมิน"})
            self.add({"type": "table", "rules": "grid", "repeat_head": True,
                      "head": [[_cell("ช่วงคะแนน"), _cell("ระดับผลการประเมิน")]],
                      "rows": [{"cells": [_cell(self.dg(r)), _cell(b)]} for b, r in bands]})

    # ---------------------------------------------------------------- questions
    def questions(self, edition: str) -> None:
        d, rng = self.dims, self.rng
        qs = T.edition_questions(edition)
        by_ind: dict[int, list[str]] = {}
        for code, n in qs:
            by_ind.setdefault(n, []).append(code)
        sep = d["q.code_column"] == "separate"
        head = None
        if d["q.header"] == "one":
            head = [([_cell(self.head("code"))] if sep else []) + [_cell(self.head("question")), _cell(self.head("score"))]]
        width = [10, 70, 20] if sep else [80, 20]
        grouped = d["q.arrangement"] == "grouped"
        rows = []
        for n in range(1, 11):
            label = f"ตัวชี้วัดที่ {self.dg(str(n))} {T.INDICATOR_NAMES[n]}"
            if grouped:
                rows.append({"cls": "indrow", "cells": [_cell(label, colspan=len(width) - 1),
                                                        _cell(self.num(self.ind[n]), cls="num")]})
                self.ind_score(n, "analysis_table")
            else:
                rows = []
                with_score = rng.random() < 0.5
                if with_score:
                    label += f" ({self.num(self.ind[n])} คะแนน)"
                    self.ind_score(n, "text")
                self.add({"type": "h", "text": label})
            for code in by_ind[n]:
                raw = code[0] + self.dg(code[1:])
                text = T.question_text(code, edition)
                score = T.score_value(rng, 40, 100)
                cells = ([_cell(raw), _cell(text)] if sep else [_cell(f"{raw} {text}")]) + [_cell(self.num(score), cls="num")]
                rows.append({"cells": cells})
                self.truth["questions"].append({"code": code, "raw_code": raw, "indicator_no": n, "text": text,
                                                "score": score})
            if not grouped:
                self.add({"type": "table", "rules": d["q.rules"], "head": head, "repeat_head": True, "rows": rows,
                          "widths": width})
        if grouped:
            self.add({"type": "table", "rules": d["q.rules"], "head": head, "repeat_head": True, "rows": rows,
                      "widths": width})

    # ---------------------------------------------------------------- measures
    def measure_columns(self) -> list[str]:
        d = self.dims
        cols = {"m5": ["measure", "analysis", "steps", "period", "responsible"],
                "m6": ["indicator", "measure", "analysis", "steps", "period", "responsible"],
                "m8": ["indicator", "code", "analysis", "measure", "measure_analysis", "steps", "period", "responsible"],
                "m5f": ["measure", "steps", "responsible", "period", "follow_up"]}[d["m.columns"]]
        if d["m.missing"] != "none" and d["m.missing"] in cols:
            cols.remove(d["m.missing"])
        if d["m.merged"] == "period_responsible" and "period" in cols and "responsible" in cols:
            cols.remove("responsible")
            cols[cols.index("period")] = "period_responsible"
        if d["m.merged"] == "code_in_analysis":
            if "code" in cols:
                cols.remove("code")
            if "analysis" not in cols:
                cols.insert(1, "analysis")
        if d["m.extra"] != "none":
            cols.insert(0 if d["m.extra"] == "seq" else len(cols), d["m.extra"])
        if d["m.order"] == "shuffled":
            self.rng.shuffle(cols)
        return cols

    def one_measure(self, seq: int, edition: str, cols: list[str], heading_ind: int | None) -> tuple[dict, dict]:
        d, rng = self.dims, self.rng
        n = heading_ind or rng.randint(1, 10)
        codes = [c for c, i in T.edition_questions(edition) if i == n]
        picked = sorted(rng.sample(codes, rng.randint(1, min(2, len(codes)))), key=lambda c: int(c[1:]))
        long = d["m.long_rows"] == "yes"
        steps = [s + (T.LONG_STEP_TAIL if long and rng.random() < 0.6 else "")
                 for s in rng.sample(T.STEPS, rng.randint(5, 8) if long else rng.randint(2, 4))]
        marks = {"arabic_dot": lambda i: f"{i}. ", "thai_dot": lambda i: f"{T.fmt_digits(str(i), 'thai', rng)}. ",
                 "dash": lambda i: "- "}[d["m.steps"]]
        shape = rng.choice(T.PERIOD_SHAPES[d["m.periods"]])
        ptext, pstart, pend = T.draw_period(self.py, shape, d["months"], d["digits"], rng)
        units = rng.sample(T.UNITS, rng.randint(1, 3))
        if "ทุกส่วนราชการ" in units:
            units = ["ทุกส่วนราชการ"]
        m = {"measure": f"{rng.choice(T.MEASURE_HEADS)}{rng.choice(T.MEASURE_TOPICS)}",
             "analysis": rng.choice(T.ANALYSES), "measure_analysis": rng.choice(T.MEASURE_ANALYSES),
             "steps": steps, "period_text": ptext, "period_start": pstart.isoformat(), "period_end": pend.isoformat(),
             "responsible": units, "follow_up": rng.choice(T.FOLLOW_UPS), "indicator_no": None, "question_codes": []}
        raw_codes = [c[0] + self.dg(c[1:]) for c in picked]
        numbering = {"none": "", "arabic_dot": f"{seq}. ", "thai_paren": f"{T.fmt_digits(str(seq), 'thai', rng)}) ",
                     "paren_both": f"({seq}) "}[d["m.numbering"]]
        ind_label = f"ตัวชี้วัดที่ {self.dg(str(n))} {T.INDICATOR_NAMES[n]}"
        cells = {}
        for i, col in enumerate(cols):
            if col == "measure":
                t = numbering + m["measure"]
            elif col == "analysis":
                t = m["analysis"]
                if d["m.merged"] == "code_in_analysis":
                    t = " ".join(raw_codes) + " " + t
                    m["question_codes"] = picked
            elif col == "measure_analysis":
                t = m["measure_analysis"]
            elif col == "steps":
                t = "\n".join(marks(k) + s for k, s in enumerate(steps, 1))
            elif col == "period":
                t = ptext
            elif col == "responsible":
                t = "\n".join(units) if rng.random() < 0.7 else "\n".join(f"- {u}" for u in units)
            elif col == "period_responsible":
                t = ptext + "\n" + "\n".join(units)
            elif col == "follow_up":
                t = m["follow_up"]
            elif col == "indicator":
                t = ind_label
                if rng.random() < 0.5:
                    t += f"\n({self.num(self.ind[n])} คะแนน)"
                    m["indicator_score"] = True
                m["indicator_no"] = n
            elif col == "code":
                t = "\n".join(raw_codes)
                m["question_codes"] = picked
            elif col == "seq":
                t = self.dg(str(seq))
            elif col == "budget":
                t = rng.choice(["-", self.dg(f"{rng.randint(1, 50)},000"), "ไม่ใช้งบประมาณ"])
            elif col == "target":
                t = f"ร้อยละ {self.dg(str(rng.choice([70, 80, 90, 100])))} ของกลุ่มเป้าหมาย"
            elif col == "remark":
                t = rng.choice(["-", "", "ดำเนินการต่อเนื่อง"])
            cells[col] = _cell(t, id=f"m{seq}c{i}")
        if m["question_codes"] or heading_ind:
            m["indicator_no"] = n
        for k in ("analysis", "measure_analysis", "follow_up"):
            if k not in cols and not (k == "analysis" and d["m.merged"] == "code_in_analysis"):
                m[k] = None
        if "responsible" not in cols and "period_responsible" not in cols:
            m["responsible"] = []
        if "period" not in cols and "period_responsible" not in cols:
            m.update(period_text=None, period_start=None, period_end=None)
        m["cell_ids"] = [c["id"] for c in cells.values()]
        m["ind_for_score"] = n
        return m, {"cells": [cells[c] for c in cols]}

    def measure_head(self, cols: list[str]) -> list[list[dict]]:
        role = {"period_responsible": None, "seq": "seq"}
        names = []
        for c in cols:
            if c == "period_responsible":
                names.append(self.head("period") + "/" + self.head("responsible"))
            elif c == "code":
                names.append(self.head("question"))
            else:
                names.append(self.head(role.get(c, c)))
        if self.dims["m.header"] == "one" or len(cols) < 4:
            return [[_cell(x) for x in names]]
        # two levels: the last k columns grouped under an upper cell; for the 8-column layout
        # also the indicator/code/analysis group
        k = self.rng.randint(2, min(5, len(cols) - 1))
        upper = [_cell(x, rowspan=2) for x in names[:-k]] + [_cell(self.head("group_action"), colspan=k)]
        return [upper, [_cell(x) for x in names[-k:]]]

    def measures(self, edition: str) -> None:
        d, rng = self.dims, self.rng
        if d["orientation"] == "landscape_measures":
            self.orient = "landscape"
        self.add({"type": "pagebreak"})
        self.add({"type": "title", "lines": [f"มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. "
                                             f"{self.dg(str(self.py))}", self.org[0]]})
        cols = self.measure_columns()
        head = self.measure_head(cols)
        count = rng.randint(3, 6)
        arrangement = d["m.arrangement"]
        total = sum(WIDTH[c] for c in cols)
        table = {"type": "table", "rules": d["m.rules"], "head": head, "repeat_head": d["m.repeat_header"] == "yes",
                 "rows": [], "cls": "measures", "widths": [round(100 * WIDTH[c] / total, 1) for c in cols]}
        scored = set()
        for seq in range(1, count + 1):
            heading_ind = rng.randint(1, 10) if arrangement != "one_table" else None
            m, row = self.one_measure(seq, edition, cols, heading_ind)
            if m.pop("indicator_score", False) and m["ind_for_score"] not in scored:
                self.ind_score(m["ind_for_score"], "measures_table")
                scored.add(m["ind_for_score"])
            self.truth["measures"].append(m)
            if arrangement == "one_table":
                table["rows"].append(row)
                continue
            if arrangement == "per_page" and seq > 1:
                self.add({"type": "pagebreak"})
            self.add({"type": "h", "text": f"ประเด็นที่ {self.dg(str(seq))} {T.INDICATOR_NAMES[heading_ind]}"})
            self.add(dict(table, rows=[row]))
        if arrangement == "one_table":
            self.add(table)


def draw(seed: int, renderer: str = "html", header_words: str | None = None) -> dict:
    """The document model of one seed for one renderer (same content for both renderers).
    ``header_words`` ("unknown") prints every column title of the results, questions and measures
    tables from that bank of content/header_synonyms.json instead of the seed's half; only the
    header RNG reads the bank, so the content, layout and the expected rows stay those of the seed."""
    return Drawer(seed, renderer, header_words).draw()

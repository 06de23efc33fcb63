"""Tests of the layout-space corpus (corpus/space.py, draw.py, html_render.py, docx_render.py,
fuzz.py): draws are deterministic and cover the space, expected rows respect the contract and
score perfectly, both renderers write real PDFs with the structures they claim, held-out
wording stays out of the normalizer's vocabulary, and a fixed small sample scores above the
floors in corpus/floors.json.
"""
from __future__ import annotations

import ast
import datetime as dt
import hashlib
import json
import re
import shutil
from pathlib import Path

import pytest

from corpus import draw_text as T
from corpus.draw import draw
from corpus.expected import build_expected_drawn, to_records
from corpus.fuzz import check_floors, parse_seeds, score_dir
from corpus.score import score_records
from corpus.space import DIMENSIONS, HELDOUT_MIN, draw_layout, synonyms
from shared_dir import SHARED

REPO = Path(__file__).resolve().parents[1]
FLOORS = REPO / "corpus" / "floors.json"
CODE = re.compile(r"^(i([1-9]|[12][0-9]|30)|e([1-9]|1[0-5])|o([1-9]|[1-3][0-9]|4[0-3]))$", re.ASCII)
EDITION_MAX = {"2566": {"i": 30, "e": 15, "o": 43}, "2568": {"i": 15, "e": 9, "o": 28}}


def test_draws_are_deterministic_and_renderer_neutral():
    a, b = draw(17, "html"), draw(17, "html")
    assert a == b
    d = draw(17, "docx")
    assert d["blocks"] == a["blocks"] and d["truth"] == a["truth"]
    assert d["dims"] == dict(a["dims"], renderer="docx")


def test_layout_space_values_all_drawn():
    seen = {k: set() for k in DIMENSIONS}
    for s in list(range(300)) + list(range(HELDOUT_MIN, HELDOUT_MIN + 100)):
        for k, v in draw_layout(s).items():
            seen[k].add(v)
    for k, (values, _) in DIMENSIONS.items():
        if k == "renderer":
            continue
        missing = set(values) - seen[k]
        if k == "font":
            missing -= {"Sarabun"}  # may be replaced by Sarabun IT9 when digits = it9
        assert not missing, (k, missing)


def test_development_seeds_never_print_heldout_wording():
    bank = synonyms()
    heldout = {w for v in bank.values() for w in v["heldout"]}
    for s in range(0, 60):
        m = draw(s)
        assert m["dims"]["header_half"] == "dev"
        heads = [c["text"] for b in m["blocks"] if b["type"] == "table" for r in (b.get("head") or []) for c in r]
        assert not any(w in h for h in heads for w in heldout), s
    assert any(draw_layout(s)["header_half"] == "heldout" for s in range(HELDOUT_MIN, HELDOUT_MIN + 20))


def _normalizer_strings() -> list[str]:
    out = []
    for p in (REPO / "normalizers").rglob("*.py"):
        for node in ast.walk(ast.parse(p.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                out.append(node.value)
    vocab = REPO / "normalizers" / "data" / "header_vocab.json"
    if vocab.exists():
        def walk(o):
            if isinstance(o, str):
                out.append(o)
            elif isinstance(o, dict):
                for k, v in o.items():
                    walk(k)
                    walk(v)
            elif isinstance(o, list):
                for v in o:
                    walk(v)
        walk(json.loads(vocab.read_text(encoding="utf-8")))
    for p in (REPO / "normalizers").rglob("*.json"):  # other vocabulary data files
        if "catalogs" not in p.parts:
            out.append(p.read_text(encoding="utf-8"))
    return out


def test_heldout_header_words_are_not_in_the_normalizer_vocabulary():
    """The held-out half of the synonym bank measures wording nobody tuned on: no phrase of it
    may appear in the normalizers' string literals or header vocabulary data."""
    squash = lambda s: re.sub(r"[\s/()\-]+", "", s)  # noqa: E731
    strings = [squash(s) for s in _normalizer_strings()]
    hits = [(role, w) for role, v in synonyms().items() for w in v["heldout"]
            if any(squash(w) in s for s in strings)]
    assert hits == [], f"held-out header wording found in normalizers/: {hits}"


def test_synonym_halves_are_disjoint():
    for role, v in synonyms().items():
        assert v["dev"] and v["heldout"] and not set(v["dev"]) & set(v["heldout"]), role


def test_unknown_header_words_are_not_in_the_normalizer_vocabulary():
    """The third bank (``unknown``: ``fuzz --header-words unknown``) stands for wording nobody
    can know: no phrase of it may appear in the normalizers' string literals or header
    vocabulary data, and it shares no phrase with either half (a held-out phrase inside it, or
    it inside one, would let tuning on it leak into held-out wording)."""
    squash = lambda s: re.sub(r"[\s/()\-]+", "", s)  # noqa: E731
    strings = [squash(s) for s in _normalizer_strings()]
    bank = synonyms()
    hits = [(role, w) for role, v in bank.items() for w in v["unknown"] if any(squash(w) in s for s in strings)]
    assert hits == [], f"unknown header wording found in normalizers/: {hits}"
    heldout = {squash(w) for v in bank.values() for w in v["heldout"]}
    dev = {squash(w) for v in bank.values() for w in v["dev"]}
    for role, v in bank.items():
        assert v["unknown"], role
        for w in map(squash, v["unknown"]):
            assert w not in dev and not any(w in h or h in w for h in heldout), (role, w)


def test_unknown_header_words_change_only_the_titles():
    """``header_words="unknown"`` prints every column title of the results, questions and
    measures tables from the unknown bank and draws the same content (expected rows) as
    without it; without it, draws stay as they were (seeds and goldens depend on them)."""
    bank = synonyms()
    unknown = {w for v in bank.values() for w in v["unknown"]}
    known = {w for v in bank.values() for h in ("dev", "heldout") for w in v[h]}
    for s in (3, 17, 2303, 2312):
        a, u = draw(s, "html"), draw(s, "html", header_words="unknown")
        assert a == draw(s, "html", header_words=None)
        assert u["truth"] == a["truth"] and u["dims"] == dict(a["dims"], header_half="unknown")
        heads = [(b.get("cls"), c["text"]) for b in u["blocks"] if b["type"] == "table" and b.get("rules")
                 for r in (b.get("head") or []) for c in r]
        ours = [t for k, t in heads if t not in ("ค่าเฉลี่ยระดับประเทศ", "IIT", "EIT", "OIT", "รวม", "หน่วยงาน",
                                                 "คะแนนรวม", "ระดับ", "ช่วงคะแนน", "ระดับผลการประเมิน")]
        assert ours and all(any(w in t for w in unknown) for t in ours), s
        assert not any(w in t for t in ours for w in known if len(w) >= 4), s  # ``ที่``, ``ข้อ`` are words of any title


def test_period_truths_written_by_hand():
    class Fixed:  # a stand-in RNG: randint answers from a queue, choice picks the first
        def __init__(self, ints):
            self.ints = list(ints)

        def randint(self, a, b):
            v = self.ints.pop(0)
            assert a <= v <= b
            return v

        def choice(self, seq):
            return seq[0]

        def random(self):
            return 0.0

    # only the end carries a year (contract: 1 มีนาคม 30 กันยายน 2567 -> 2024-03-01 .. 2024-09-30)
    assert T.draw_period(2567, "open_start", "full", "arabic", Fixed([5, 11])) == \
        ("1 มีนาคม 30 กันยายน 2567", dt.date(2024, 3, 1), dt.date(2024, 9, 30))
    assert T.draw_period(2569, "range", "abbr_dots", "arabic", Fixed([0, 11])) == \
        ("ต.ค. 68 – ก.ย. 69", dt.date(2025, 10, 1), dt.date(2026, 9, 30))
    assert T.draw_period(2567, "same_year_range", "abbr_nodots", "arabic", Fixed([3, 5])) == \
        ("มค – มีค 67", dt.date(2024, 1, 1), dt.date(2024, 3, 31))
    assert T.draw_period(2569, "quarter", "full", "thai", Fixed([3, 3])) == \
        ("ไตรมาสที่ ๓", dt.date(2026, 4, 1), dt.date(2026, 6, 30))
    assert T.draw_period(2567, "range", "full", "arabic", Fixed([0, 5])) == \
        ("ตุลาคม 2566 – มีนาคม 2567", dt.date(2023, 10, 1), dt.date(2024, 3, 31))
    assert T.draw_period(2567, "day_start", "full", "thai", Fixed([0, 5, 1])) == \
        ("๑ ตุลาคม ๒๕๖๖ – มีนาคม ๒๕๖๗", dt.date(2023, 10, 1), dt.date(2024, 3, 31))


def test_mixed_digits_mix_and_keep_the_value():
    import random
    rng = random.Random(1)
    for _ in range(50):
        s = T.fmt_digits("94.45", "mixed", rng)
        assert re.search("[๐-๙]", s) and re.search("[0-9]", s)
        assert s.translate(str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")) == "94.45"


@pytest.mark.parametrize("seed", list(range(0, 40)) + [HELDOUT_MIN, HELDOUT_MIN + 1])
def test_expected_rows_respect_contract_domains(seed):
    m = draw(seed)
    e = build_expected_drawn(m)
    d = e["document"]
    ed = m["dims"]["edition"]
    assert d["plan_year"] == d["assessment_year"] + 1
    assert (2562 <= d["assessment_year"] <= 2566) if ed == "2566" else d["assessment_year"] >= 2567
    for k in ("overall_score", "iit_score", "eit_score", "oit_score"):
        assert d[k] is None or 0 <= d[k] <= 100
    for q in e["question_scores"]:
        assert CODE.match(q["question_code"]) and int(q["question_code"][1:]) <= EDITION_MAX[ed][q["question_code"][0]]
        assert q["tool"] == {"i": "IIT", "e": "EIT", "o": "OIT"}[q["question_code"][0]]
        assert (q["question_code"], q["indicator_no"]) in T.edition_questions(ed)
        assert 0 <= q["score"] <= 100 and q["question_text"]
    fy = (dt.date(d["plan_year"] - 544, 10, 1), dt.date(d["plan_year"] - 543, 9, 30))
    for r in e["planned_measures"]:
        if r["period_start"]:
            assert fy[0] <= dt.date.fromisoformat(r["period_start"]) <= dt.date.fromisoformat(r["period_end"]) <= fy[1]
        assert r["measure"] and not re.match(r"^\(?[0-9๐-๙]{1,2}[.)]", r["measure"])
        assert r["steps"] and all(not re.match(r"^([0-9๐-๙]+\.|-)\s", s) for s in r["steps"])
        assert all(CODE.match(c) for c in r["question_codes"])
    # scores printed in the document are the expected values, in the drawn digit style
    assert e["dims"] == m["dims"] and e["seed"] == seed


@pytest.fixture(scope="module")
def html_pair(tmp_path_factory):
    from corpus.html_render import render_html_pdf
    out = tmp_path_factory.mktemp("html")
    res = []
    for seed in (4, 9):
        m = draw(seed, "html")
        pdf, pages = render_html_pdf(m)
        p = out / f"{m['name']}.pdf"
        p.write_bytes(pdf)
        res.append((m, p, build_expected_drawn(m, pages, p.name)))
    return res


def test_html_render_is_deterministic_and_pages_known(html_pair):
    from corpus.html_render import render_html_pdf
    m, p, e = html_pair[0]
    assert render_html_pdf(m)[0] == p.read_bytes()
    for r in e["planned_measures"]:
        assert 1 <= r["page_first"] <= r["page_last"] <= e["document"]["page_count"]


def test_expected_rows_pass_contract_check_and_score_perfectly(html_pair, tmp_path):
    import importlib.util

    import pyarrow as pa
    import pyarrow.parquet as pq

    from datastore.schema import SCHEMA_VERSION, TABLES

    stamp = dt.datetime(2026, 1, 1, tzinfo=dt.timezone.utc)
    for m, p, e in html_pair:
        doc_id = hashlib.sha256(p.read_bytes()).hexdigest()
        rec = to_records(e, doc_id)
        c = score_records(rec, e)
        assert c["q_exact"] == c["q_expected"] and c["ind_exact"] == c["ind_expected"]
        assert c["doc_exact"] == c["doc_fields"] and c["m_edits"] == 0 and c["wrong_unflagged"] == 0
        rec["document"].update(source_uri=e["file"], file_name=e["file"], ingested_at=stamp,
                               pipeline_version="expected", schema_version=SCHEMA_VERSION, doc_kind="report")
        rows = {"documents": [rec["document"]], "indicator_scores": rec["indicator_scores"],
                "question_scores": rec["question_scores"], "planned_measures": rec["planned_measures"]}
        for table, schema in TABLES.items():
            (tmp_path / table).mkdir(exist_ok=True)
            data = [{k: r.get(k) for k in schema.names} for r in rows.get(table, [])]
            pq.write_table(pa.Table.from_pylist(data, schema=schema), tmp_path / table / f"{doc_id}.parquet")
    # the same rows read back from Parquet by `python -m corpus score DIR --data OUT`
    sample = tmp_path / "sample"
    sample.mkdir()
    for m, p, e in html_pair:
        (sample / f"{p.stem}.expected.json").write_text(json.dumps(e, ensure_ascii=False), encoding="utf-8")
    res = score_dir(sample, data=tmp_path)
    r = res["total"]["rates"]
    assert r["question_exact"] == r["indicator_exact"] == r["doc_fields_exact"] == r["measure_found"] == 1.0
    assert r["measure_cer"] == 0.0 and r["period_exact"] == 1.0 and r["wrong_unflagged"] == 0
    assert res["dims"]["renderer"]["html"]["docs"] == 2
    checker = SHARED / "tools" / "check_contract.py"
    if not checker.exists():
        pytest.skip("../shared/tools/check_contract.py not available")
    spec = importlib.util.spec_from_file_location("check_contract", checker)
    cc = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(cc)
    assert cc.check(tmp_path) == []


def test_it9_font_draws_ascii_digits_as_thai_digits():
    from fontTools.ttLib import TTFont

    from corpus.fonts import it9_font_files
    f = TTFont(str(it9_font_files()[0]))
    cmap, glyf = f.getBestCmap(), f["glyf"]
    for i in range(10):  # same outline as the Thai digit, but a glyph of its own
        ascii_g, thai_g = glyf[cmap[0x30 + i]], glyf[cmap[0x0E50 + i]]
        assert cmap[0x30 + i] != cmap[0x0E50 + i]
        assert ascii_g.getCoordinates(glyf)[0] == thai_g.getCoordinates(glyf)[0]
    assert "Sarabun IT9" in {n.toUnicode() for n in f["name"].names if n.nameID == 1}


def test_it9_text_layer_keeps_ascii_and_thai_digits_apart(tmp_path):
    """A report in Sarabun IT9 that prints ASCII digits (drawn Thai) and real Thai digits (step
    numbers): the text layer holds each as typed."""
    import pdfplumber

    from corpus.html_render import render_html_pdf
    seed = next(s for s in range(300) if draw_layout(s)["digits"] == "it9" and draw_layout(s)["m.steps"] == "thai_dot")
    m = draw(seed)
    (tmp_path / "x.pdf").write_bytes(render_html_pdf(m)[0])
    with pdfplumber.open(tmp_path / "x.pdf") as d:
        text = "".join(p.extract_text() or "" for p in d.pages)
    overall = f"{m['truth']['document']['overall']:.2f}"
    assert overall in text and "๑." in text


def _model_with(**dims) -> dict:
    """The first seed whose layout has these values (a value may be a tuple of choices)."""
    for s in range(5000):
        lay = draw_layout(s)
        if all(lay[k] in (v if isinstance(v, tuple) else (v,)) for k, v in dims.items()):
            return draw(s, "docx")
    raise AssertionError(f"no seed < 5000 draws {dims}")


def test_docx_has_real_merged_cells_header_rows_and_rules(tmp_path):
    import docx
    from docx.oxml.ns import qn

    from corpus.docx_render import build_docx
    m = _model_with(**{"m.header": "two", "m.repeat_header": "yes", "m.rules": "zebra",
                       "m.arrangement": "one_table", "r.tool_span": "yes",
                       "summary": ("results_table", "kv_and_table")})
    d = docx.Document(str(build_docx(m, tmp_path / "x.docx")))
    xml = [t._tbl.xml for t in d.tables]
    measures = xml[-1]
    assert 'w:gridSpan w:val=' in measures and "w:vMerge" in measures  # horizontal + vertical merges
    assert "w:tblHeader" in measures and 'w:fill="E8E8E8"' in measures
    assert 'w:insideV w:val="nil"' in measures
    results = next(x for x in xml if "IIT" in x)
    assert "w:vMerge" in results  # tool score spanning indicator rows
    assert any(s.orientation == 1 for s in d.sections) or m["dims"]["orientation"] == "portrait"
    body = d.element.body.xml
    assert qn("w:cs") and 'w:cs="' + m["font"] + '"' in body


needs_soffice = pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice not installed")


@needs_soffice
def test_docx_renders_to_pdf_with_thai_font_and_text(tmp_path):
    import pdfplumber

    from corpus.docx_render import _skeleton, render_docx_pdfs
    m = draw(4, "docx")
    (pdf, pages), = render_docx_pdfs([m], tmp_path)
    e = build_expected_drawn(m, pages, pdf.name)
    with pdfplumber.open(pdf) as doc:
        assert len(doc.pages) == e["document"]["page_count"]
        fonts = {c["fontname"].split("+")[-1] for c in doc.pages[0].chars}
        text = _skeleton("".join(p.extract_text() or "" for p in doc.pages))
    assert any(m["font"].replace(" ", "") in f for f in fonts), fonts
    assert _skeleton(m["truth"]["document"]["org_name"][-6:]) in text
    assert all("page_first" in r for r in e["planned_measures"])


@needs_soffice
def test_fixed_sample_scores_above_floors(tmp_path, capsys):
    """CI: a fixed small sample of both renderers, run through extract + normalize, scored
    against corpus/floors.json (raised by the coordinator as the parser improves)."""
    from corpus.__main__ import main

    floors = json.loads(FLOORS.read_text(encoding="utf-8"))
    assert main(["fuzz", "--seeds", floors["_ci_seeds"], "--out", str(tmp_path), "--renderer", "both"]) == 0
    res = score_dir(tmp_path, jobs=1)
    assert len(res["files"]) == 2 * len(parse_seeds(floors["_ci_seeds"]))
    assert {v["error"] for v in res["files"].values()} == {None}
    assert "m.rules" in res["dims"] and "renderer" in res["dims"]
    assert check_floors(res, floors) == []


def test_scan_of_a_draw_has_no_text_layer_and_same_rows(html_pair, tmp_path):
    import pdfplumber

    from corpus.fuzz import scan_sample
    m, p, e = html_pair[0]  # the shorter document: scanning is slow
    src = tmp_path / p.name
    shutil.copy(p, src)
    src.with_suffix(".expected.json").write_text(json.dumps(e, ensure_ascii=False), encoding="utf-8")
    out, = scan_sample([src], tmp_path / "scan", log=lambda s: None)
    se = json.loads(out.with_suffix(".expected.json").read_text(encoding="utf-8"))
    assert se["planned_measures"] == e["planned_measures"] and se["file"] == out.name
    assert se["dims"]["scan"].startswith("yes_")
    with pdfplumber.open(out) as doc:
        assert len(doc.pages) == e["document"]["page_count"] and not doc.pages[0].chars


def test_check_floors():
    res = {"total": {"rates": {"question_exact": 0.5, "wrong_unflagged_rate": 0.02}}}
    assert check_floors(res, {"question_exact": 0.4, "max_wrong_unflagged_rate": 0.05, "_ci_seeds": "1"}) == []
    assert len(check_floors(res, {"question_exact": 0.6, "max_wrong_unflagged_rate": 0.01})) == 2
    assert parse_seeds("3..5,9") == [3, 4, 5, 9]

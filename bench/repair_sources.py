"""Source texts of the Thai repair pair sets "fresh" .. "fresh6" (issue 16): each set's true
lines, drawn from text none of the earlier sets used (checked by 16-character stretches), for
``bench/measure_repair_groups.py --make-freshN`` to render and read in every font x reader
group. Deterministic: the same lines on every run."""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

import thai_repair_sets as sets  # noqa: E402

FRESH_FILE = ROOT / "tests" / "data" / "repair_fresh.json"
FRESH2_FILE = ROOT / "tests" / "data" / "repair_fresh2.json"
FRESH3_FILE = ROOT / "tests" / "data" / "repair_fresh3.json"
FRESH4_FILE = ROOT / "tests" / "data" / "repair_fresh4.json"
FRESH5_FILE = ROOT / "tests" / "data" / "repair_fresh5.json"
FRESH6_FILE = ROOT / "tests" / "data" / "repair_fresh6.json"
_LAO = re.compile("[\u0e80-\u0eff]")
_THAI = re.compile("[\u0e01-\u0e5b]")
_MARK = re.compile("[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]")


def fresh_source_lines() -> list[str]:
    """The true lines of the fresh dev set (disjoint from both halves of the groups)."""
    import make_repair_groups as mg
    from pythainlp.corpus import provinces

    from corpus import draw_text as dt

    seen = set(mg.source_lines()["dev"]) | set(mg.source_lines()["held_out"])
    prose = []
    for x in sets.prose_lines(40, skip=28):
        if "|" not in x and x not in prose:
            prose.append(x)
    cells, per = [], {}
    for text in sets._seed_texts():
        n = 0
        for line in text.splitlines():
            if "\t" not in line:
                continue
            for cell in line.split("\t"):
                cell = " ".join(cell.split())
                if (len(cell) < 30 or len(cell) > 160 or "<" in cell or _LAO.search(cell)
                        or "\ufffd" in cell or len(_THAI.findall(cell)) < 0.6 * len(cell.replace(" ", ""))):
                    continue
                n += 1
                if n > 8 and n % 3 == 0 and cell not in cells:
                    cells.append(cell)
        per[len(per)] = n
    cells = cells[::max(1, len(cells) // 15)][:15]
    bank = [f"{dt.MEASURE_HEADS[i % 4]}{t}" for i, t in enumerate(dt.MEASURE_TOPICS[::2])]
    bank += dt.ANALYSES[::2] + dt.STEPS[1::3] + dt.MEASURE_ANALYSES[:2]
    prov = sorted(p[0] if isinstance(p, tuple) else p for p in provinces())
    prov_lines = [" ".join(prov[k::19][:5]) for k in (3, 11)]
    lines = prose[:20] + cells + bank + mg._names(100, 8) + mg._titles(25, 8) + prov_lines
    short = [x if len(x) <= 140 else x[:140].rsplit(" ", 1)[0] for x in lines]
    return [x for x in dict.fromkeys(short) if x not in seen]


def _bank_texts(pattern: str) -> list[str]:
    """Paragraph, list and table-cell texts of the corpus content banks matching ``pattern``
    (corpus/content/), placeholders filled from each bank's own org and vars, cut at spaces
    to <= 140 characters."""
    out = []
    for path in sorted((ROOT / "corpus" / "content").glob(pattern)):
        bank = json.loads(path.read_text(encoding="utf-8"))
        if "blocks" not in bank:
            continue
        org = bank.get("org") or {}
        fill = {"ORG": org.get("name", ""), "DISTRICT": org.get("district", ""),
                "PROVINCE": org.get("province", ""), "AY": str(bank.get("assessment_year", "")),
                "PY": str(bank.get("plan_year", "")), **{k: str(v) for k, v in (bank.get("vars") or {}).items()}}
        texts = []
        for block in bank["blocks"]:
            if block["type"] == "p":
                texts.append(block["text"])
            elif block["type"] == "list":
                texts += block["items"]
            elif block["type"] == "table":
                for row in block.get("rows", []):
                    texts += [c for c in row if isinstance(c, str)]
        for text in texts:
            text = re.sub(r"\{(\w+)\}", lambda m: fill.get(m.group(1), ""), text)
            text = " ".join(text.split())
            while len(text) > 140:
                cut = text[:140].rsplit(" ", 1)[0]
                out.append(cut)
                text = text[len(cut):].strip()
            out.append(text)
    return out


def _content_texts() -> list[str]:
    """The Thai texts of the seed content banks (corpus/content/0*.json), 30 characters or more."""
    return [x for x in _bank_texts("0*.json")
            if len(x) >= 30 and not _MARK.match(x) and len(_THAI.findall(x)) >= 0.6 * len(x.replace(" ", ""))]


def fresh2_source_lines() -> list[str]:
    """The true lines of "fresh2" (issue 16, session 4): text none of the three other sets
    holds -- content-bank paragraphs, lists and table cells (corpus/content), the corpus
    generator's question texts, follow-ups, org names and the halves of its measure/analysis/
    step banks fresh did not take, pythainlp names and Wikipedia titles at new offsets,
    pythainlp's Thai country names, and seed table cells fresh skipped (n % 3 == 1)."""
    import make_repair_groups as mg

    from corpus import draw_text as dt

    old = set(mg.source_lines()["dev"]) | set(mg.source_lines()["held_out"]) | set(fresh_source_lines())
    grams = {x[i:i + 16] for x in old for i in range(0, max(1, len(x) - 15), 4)}

    def new(x: str) -> bool:  # no 16-character stretch of any older line
        return x not in old and not any(x[i:i + 16] in grams for i in range(max(1, len(x) - 15)))

    content = [x for x in dict.fromkeys(_content_texts()) if new(x)]
    content = content[::max(1, len(content) // 18)][:18]
    cells = []
    for text in sets._seed_texts():
        n = 0
        for line in text.splitlines():
            if "\t" not in line:
                continue
            for cell in line.split("\t"):
                cell = " ".join(cell.split())
                if (len(cell) < 30 or len(cell) > 160 or "<" in cell or _LAO.search(cell)
                        or "\ufffd" in cell or len(_THAI.findall(cell)) < 0.6 * len(cell.replace(" ", ""))):
                    continue
                n += 1
                if n > 8 and n % 3 == 1 and cell not in cells and new(cell):
                    cells.append(cell)
    cells = cells[::max(1, len(cells) // 8)][:8]
    qs = [q for k in "ieo" for q in dt.Q_TEXT[k]]
    bank = [x for x in qs[::2] if len(x) >= 20][:10] + list(dt.FOLLOW_UPS) + [dt.LONG_STEP_TAIL.strip()]
    bank += [f"{dt.MEASURE_HEADS[(i + 1) % 4]}{t}" for i, t in enumerate(dt.MEASURE_TOPICS[1::2])][:4]
    bank += dt.ANALYSES[1::2][:3] + dt.STEPS[2::3] + dt.MEASURE_ANALYSES[2:]
    bank += [f"{o[0]} อำเภอ{o[4]} จังหวัด{o[5]}" for o in dt.ORGS[-4:]]
    from pythainlp.corpus import countries

    ctry = sorted(c for c in countries() if _THAI.search(c))
    ctry_lines = [" ".join(ctry[k::23][:5]) for k in (5, 17)]
    lines = content + cells + bank + mg._names(150, 8) + mg._titles(70, 8) + ctry_lines
    short = [x if len(x) <= 140 else x[:140].rsplit(" ", 1)[0] for x in lines]
    return [x for x in dict.fromkeys(short) if new(x)]


def _real_truth_lines(residue: int = 2) -> list[str]:
    """Lines of the known-good texts of real documents in ../shared/realdocs (memos of
    PK-124960/AI-Innovator25 and the gazette of wannaphong/fixthaipdf): names, ranks,
    abbreviations, Thai and Arabic digits mixed with Thai, long royal words."""
    from shared_dir import REALDOCS

    paths = sorted((REALDOCS / "PK-124960__AI-Innovator25" / "ground_truth").glob("*.txt"))
    paths += [REALDOCS / "wannaphong__fixthaipdf" / "140A022N0000000000100.expected_clean_text.txt"]
    out = []
    for path in paths:
        if not path.exists():
            continue
        n = 0
        for line in path.read_text(encoding="utf-8").splitlines():
            line = " ".join(line.split())
            if (len(line) < 30 or "\ufffd" in line or _LAO.search(line) or _MARK.match(line)
                    or len(_THAI.findall(line)) < 0.6 * len(line.replace(" ", ""))):
                continue
            n += 1
            if n % 3 == residue:
                out.append(line if len(line) <= 140 else line[:140].rsplit(" ", 1)[0])
    return out


def _generated_lines() -> list[str]:
    """Thai written by pythainlp's own functions (numbers as words, baht text, Thai dates)
    mixed with digits, and long dictionary words (>= 16 characters) from its word list."""
    import datetime as _dt

    from pythainlp.corpus import thai_words
    from pythainlp.util import bahttext, num_to_thaiword, thai_strftime

    out = []
    for k, amount in enumerate((1250.5, 38400, 972105.25, 12000000, 457.75, 60321)):
        day = _dt.datetime(2023 + k % 3, 1 + (k * 5) % 12, 3 + k * 4)
        out.append(f"โอนเงินจำนวน {amount:,.2f} บาท ({bahttext(amount)}) เมื่อ{thai_strftime(day, '%A ที่ %-d %B %Y')}")
    for k, n in enumerate((17, 245, 3068, 51)):
        out.append(f"ผู้เข้าร่วมโครงการ {n} คน ({num_to_thaiword(n)}คน) คิดเป็นร้อยละ {n * 7 % 100}.{k}5 ของเป้าหมาย")
    long = sorted(w for w in thai_words() if len(w) >= 16 and _THAI.fullmatch(w[0]) and " " not in w
                  and re.search("[\u0e31\u0e34-\u0e3a\u0e47-\u0e4c]", w))
    step = max(1, len(long) // 40)
    picked = long[7::step]
    out += [" ".join(picked[i:i + 3]) for i in range(0, 24, 3)]
    return out


def fresh3_source_lines() -> list[str]:
    """The true lines of "fresh3" (issue 16, session 5): text none of the four other sets
    holds (no 16-character stretch of any of their lines) -- lines of real documents'
    known-good texts (../shared/realdocs memos and gazette), pythainlp's number words, baht
    texts and Thai dates mixed with digits, long dictionary words, names and Wikipedia
    titles at offsets no other set uses."""
    import make_repair_groups as mg

    old = (set(mg.source_lines()["dev"]) | set(mg.source_lines()["held_out"]) | set(fresh_source_lines())
           | set(fresh2_groups()["true"]["fresh"]))
    grams = {x[i:i + 16] for x in old for i in range(0, max(1, len(x) - 15), 4)}

    def new(x: str) -> bool:
        return x not in old and not any(x[i:i + 16] in grams for i in range(max(1, len(x) - 15)))

    real = [x for x in dict.fromkeys(_real_truth_lines()) if new(x)]
    real = real[::max(1, len(real) // 36)][:36]
    lines = real + _generated_lines() + mg._names(230, 8) + mg._titles(86, 8)
    short = [x if len(x) <= 140 else x[:140].rsplit(" ", 1)[0] for x in lines]
    return [x for x in dict.fromkeys(short) if new(x)]


_TYPO = re.compile("[\u0e48-\u0e4c][\u0e31\u0e34-\u0e3a\u0e47]|([\u0e31-\u0e3a\u0e47-\u0e4e])\\1|\u0e40\u0e40|[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]{4}")


def _usable(x: str) -> bool:
    return (len(x) >= 20 and "\ufffd" not in x and "(cid" not in x and not _LAO.search(x) and not _MARK.match(x)
            and not _TYPO.search(x) and len(_THAI.findall(x)) >= 0.6 * len(x.replace(" ", "")))


def _budget_lines() -> list[str]:
    """Line items of the FY2565 budget book (../shared/realdocs/kaogeek__thailand-budget-pdf2csv,
    the community's checked CSV): equipment names (transliterations, long compounds), places
    and amounts; plans, outputs and projects."""
    import csv

    from shared_dir import REALDOCS

    path = REALDOCS / "kaogeek__thailand-budget-pdf2csv" / "2022-3-17.csv"
    if not path.exists():
        return []
    rows = list(csv.DictReader(path.open(encoding="utf-8")))
    items = sorted({f"{r['ITEM_DESCRIPTION']} งบประมาณ {r['AMOUNT']} บาท" for r in rows
                    if r["ITEM_DESCRIPTION"] and r["AMOUNT"]})
    items = [" ".join(x.split()) for x in items if _usable(x)]
    heads = sorted({r[k] for r in rows for k in ("BUDGET_PLAN", "OUTPUT", "PROJECT") if r[k]})
    heads = [" ".join(x.split()) for x in heads if _usable(x) and not re.search("[\u0e01-\u0e4e][0-9]", x)]
    return items[3::max(1, len(items) // 16)][:16] + heads[::2]


def _ita_items() -> list[str]:
    """The OIT item names o1-o43 of ../shared/research/ita_domain.md, four to a line."""
    from shared_dir import SHARED

    path = SHARED / "research" / "ita_domain.md"
    if not path.exists():
        return []
    items = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if re.match(r"- (9|10)\.\d", line):
            for part in re.split(r",\s*", line.split(":", 1)[1]):
                part = part.strip().rstrip(".")
                if re.match(r"o\d+ ", part) and _THAI.search(part):
                    items.append(re.sub(r"\s*\(.*?\)", "", part))
    return [" ".join(items[i:i + 4]) for i in range(0, len(items), 4)]


def _word_lines() -> list[str]:
    """Words none of the sets' sources were drawn from: Thai transliterations of English
    words (pythainlp th_en_transliteration), and ORST/Volubilis words outside ``thai_words()``
    that carry SARA AM or a tone on an upper or lower vowel, four to a line."""
    import pythainlp

    from pythainlp.corpus import thai_words

    base = Path(pythainlp.__file__).parent / "corpus"
    known = set(thai_words())
    trans = [ln.split("\t")[0] for ln in (base / "th_en_transliteration_v1.4.tsv").read_text(encoding="utf-8").splitlines()[1:]]
    trans = sorted(w for w in trans if 4 <= len(w) <= 16 and _THAI.fullmatch(w[0]) and " " not in w
                   and _MARK.search(w) and not _TYPO.search(w))
    stacked = re.compile("\u0e33|[\u0e31\u0e34-\u0e3a][\u0e48-\u0e4b]")
    extra = []
    for name in ("orst_words_th.txt", "volubilis_words_th.txt"):
        extra += [w for w in (base / name).read_text(encoding="utf-8").split("\n")
                  if 3 <= len(w) <= 18 and w not in known and " " not in w and _THAI.fullmatch(w[0])
                  and stacked.search(w) and not _TYPO.search(w) and not re.search("[^\u0e01-\u0e4e]", w)]
    extra = sorted(set(extra))
    out = []
    for pool, n in ((trans, 7), (extra, 9)):
        picked = pool[5::max(1, len(pool) // (4 * n))][:4 * n]
        out += [" ".join(picked[i:i + 4]) for i in range(0, len(picked), 4)]
    return out


def _number_lines() -> list[str]:
    """Thai digits, phone numbers, percentages, section numbers and Thai dates mixed with
    Thai words (templates none of the sets used)."""
    from pythainlp.util import arabic_digit_to_thai_digit as thd
    from pythainlp.util import num_to_thaiword

    out = []
    for k, (n, pct) in enumerate(((42, 87.5), (1306, 64.25), (7, 99.1), (285, 12.75), (96, 100.0), (5120, 3.4))):
        sec = f"{k + 2}.{(k * 3) % 7 + 1}"
        out.append(thd(f"ข้อ {sec} ผู้ตอบแบบสำรวจ {n} ราย ({num_to_thaiword(n)}ราย) "
                       f"ร้อยละ {pct} พึงพอใจต่อการให้บริการ"))
        out.append(f"ติดต่อสอบถามได้ที่ 0-{2 + k}{k}{k + 3}-{1000 + 37 * k} ต่อ {k + 11} "
                   f"ในวันและเวลาราชการ ภายในวันที่ {3 + k * 4} {('มีนาคม', 'เมษายน', 'สิงหาคม')[k % 3]} {2565 + k % 4}")
    return out


def fresh4_source_lines() -> list[str]:
    """The true lines of "fresh4" (issue 16, session 6): text none of the five other sets
    holds (no 16-character stretch of any of their lines) -- the FY2565 budget book's line
    items (../shared/realdocs kaogeek CSV), the OIT item names of ../shared/research, the
    memos' known-good lines fresh3 skipped, Thai transliterations and ORST/Volubilis words
    with SARA AM or stacked marks, numbers, phone numbers and dates mixed with Thai, names
    and Wikipedia titles at offsets no other set uses."""
    import make_repair_groups as mg

    old = (set(mg.source_lines()["dev"]) | set(mg.source_lines()["held_out"]) | set(fresh_source_lines())
           | set(fresh2_groups()["true"]["fresh"]) | set(fresh3_groups()["true"]["fresh"]))
    grams = {x[i:i + 16] for x in old for i in range(0, max(1, len(x) - 15), 4)}

    def new(x: str) -> bool:
        return x not in old and not any(x[i:i + 16] in grams for i in range(max(1, len(x) - 15)))

    real = [x for x in dict.fromkeys(_real_truth_lines(residue=0)) if new(x)]
    real = real[1::max(1, len(real) // 12)][:12]
    lines = (_budget_lines() + _ita_items() + real + _word_lines() + _number_lines()
             + mg._names(300, 8) + mg._titles(60, 8))
    short = [x if len(x) <= 140 else x[:140].rsplit(" ", 1)[0] for x in lines]
    return [x for x in dict.fromkeys(short) if new(x)]


def _content_texts_of(pattern: str) -> list[str]:
    """Like ``_content_texts`` for the content files matching ``pattern`` (``_usable`` lines)."""
    return [x for x in _bank_texts(pattern) if _usable(x) and len(x) >= 30]


def _edition_texts() -> list[str]:
    """The questionnaire editions' printed question texts (corpus/content/editions.json: the
    IIT/EIT questions of ITA 2568 and the OIT item titles), the long ones whole, the short
    ones three to a line."""
    eds = json.loads((ROOT / "corpus" / "content" / "editions.json").read_text(encoding="utf-8"))
    texts = [" ".join(t.split()) for ed, codes in sorted(eds.items()) if ed != "_doc" for t in codes.values()]
    texts = [t if len(t) <= 140 else t[:140].rsplit(" ", 1)[0] for t in texts]
    long = [t for t in texts if len(t) >= 40 and _usable(t)]
    short = [t for t in texts if len(t) < 40 and _THAI.search(t)]
    return long + [" ".join(short[i:i + 3]) for i in range(0, len(short), 3)]


def _tnc_lines() -> list[str]:
    """Words of the Thai National Corpus frequency list (pythainlp ``tnc_freq``), ranks 1500-6000,
    that carry SARA AM or a mark, six to a line: common words in orders no text has."""
    import pythainlp

    path = Path(pythainlp.__file__).parent / "corpus" / "tnc_freq.txt"
    words = [ln.split("\t")[0] for ln in path.read_text(encoding="utf-8").splitlines()]
    words = [w for w in words[1500:6000] if 2 <= len(w) <= 14 and _THAI.fullmatch(w[0]) and " " not in w
             and re.search("[\u0e31\u0e33-\u0e3a\u0e47-\u0e4c]", w) and not _TYPO.search(w)
             and not re.search("[^\u0e01-\u0e4e]", w)]
    picked = words[3::max(1, len(words) // 96)][:96]
    return [" ".join(picked[i:i + 6]) for i in range(0, len(picked), 6)]


def fresh5_source_lines() -> list[str]:
    """The true lines of "fresh5" (issue 16, session 7): text none of the six other sets holds
    (no 16-character stretch of any of their lines) -- the questionnaire editions' question
    texts (corpus/content/editions.json), the variant content banks (corpus/content/v0*.json,
    none of which any set used), the memos' known-good lines no set used (every third line,
    residue 1), common Thai National Corpus words six to a line, names and Wikipedia titles
    at offsets no other set uses."""
    import make_repair_groups as mg

    old = (set(mg.source_lines()["dev"]) | set(mg.source_lines()["held_out"]) | set(fresh_source_lines())
           | set(fresh2_groups()["true"]["fresh"]) | set(fresh3_groups()["true"]["fresh"])
           | set(fresh4_groups()["true"]["fresh"]))
    grams = {x[i:i + 16] for x in old for i in range(0, max(1, len(x) - 15), 4)}

    def new(x: str) -> bool:
        return x not in old and not any(x[i:i + 16] in grams for i in range(max(1, len(x) - 15)))

    eds = [x for x in dict.fromkeys(_edition_texts()) if new(x)]
    eds = eds[::max(1, len(eds) // 24)][:24]
    content = [x for x in dict.fromkeys(_content_texts_of("v0*.json")) if new(x)]
    content = content[::max(1, len(content) // 24)][:24]
    real = [x for x in dict.fromkeys(_real_truth_lines(residue=1)) if new(x)]
    real = real[::max(1, len(real) // 14)][:14]
    lines = eds + content + real + _tnc_lines() + mg._names(360, 8) + mg._titles(40, 8)
    short = [x if len(x) <= 140 else x[:140].rsplit(" ", 1)[0] for x in lines]
    return [x for x in dict.fromkeys(short) if new(x)]


# Run in a child process: extractors.glyphs hooks pdfminer, which changes what pdfplumber
# reads from the rendered pairs afterwards.
_REAL_PDF_TEXT = r"""
import glob, json, re, sys
sys.path.insert(0, sys.argv[1])
import extractors.glyphs as g
g.install()
import pdfplumber
R = sys.argv[2]
paths = (sorted(glob.glob(R + "/sompawn__nysso/*/*.pdf")) + [R + "/Mhaew__PhichaiHospital/moit2-7.1.pdf"]
         + sorted(glob.glob(R + "/narinchulatat__itanew/*.pdf")) + sorted(glob.glob(R + "/NutMontree__ktltc/*.pdf"))
         + sorted(glob.glob(R + "/assystemth__Sawang_new/*.pdf")))
out = []
for p in paths:
    try:
        with pdfplumber.open(p) as d:
            for pg in d.pages[:15]:
                out += [" ".join(x.split()) for x in (pg.extract_text() or "").splitlines()]
    except Exception:
        continue
print(json.dumps(out, ensure_ascii=False))
"""


def _real_pdf_lines() -> list[str]:
    """Lines of real born-digital Thai PDFs in ../shared/realdocs that no set had read (ITA
    evidence documents of sompawn/nysso, the MOIT plan of Mhaew/PhichaiHospital, narinchulatat's
    MOIT reports, ktltc's survey report and form, Sawang's forms) as the pipeline's own text path
    reads them (glyph recovery): only lines whose every Thai run reads with no unknown character
    and that ``repair`` leaves as they are (a line the PDF itself garbles is not a true line)."""
    import subprocess

    from shared_dir import REALDOCS

    from normalizers.thai.thai_dict import unknown_chars
    from normalizers.thai.thai_text import repair

    if not REALDOCS.is_dir():
        return []
    got = subprocess.run([sys.executable, "-c", _REAL_PDF_TEXT, str(ROOT), str(REALDOCS)], capture_output=True,
                         text=True, check=True).stdout
    out = []
    for x in json.loads(got):
        if (not _usable(x) or len(x) < 30 or re.search("[^\u0e01-\u0e5b -~]", x) or ".." in x
                or re.search("[0-9] [0-9]+,", x)
                or any(unknown_chars(r) for r in re.findall("[\u0e01-\u0e4e]+", x)) or repair(x) != x):
            continue
        out.append(x if len(x) <= 140 else x[:140].rsplit(" ", 1)[0])
    return out


def _ttc_lines() -> list[str]:
    """Words of the Thai Textbook Corpus frequency list (pythainlp ``ttc_freq``) with SARA AM or
    a mark, ranks 800-5000, six to a line."""
    import pythainlp

    path = Path(pythainlp.__file__).parent / "corpus" / "ttc_freq.txt"
    words = [ln.split("\t")[0] for ln in path.read_text(encoding="utf-8").splitlines()]
    words = [w for w in words[800:5000] if 2 <= len(w) <= 14 and _THAI.fullmatch(w[0]) and " " not in w
             and re.search("[\u0e31\u0e33-\u0e3a\u0e47-\u0e4c]", w) and not _TYPO.search(w)
             and not re.search("[^\u0e01-\u0e4e]", w)]
    picked = words[5::max(1, len(words) // 48)][:48]
    return [" ".join(picked[i:i + 6]) for i in range(0, len(picked), 6)]


def fresh6_source_lines() -> list[str]:
    """The true lines of "fresh6" (issue 16, session 8): text none of the seven other sets holds
    (no 16-character stretch of any of their lines) -- real born-digital ITA evidence, MOIT
    reports and forms of ../shared/realdocs as the pipeline reads them (``_real_pdf_lines``),
    seed table cells no set took (n % 3 == 2), Thai Textbook Corpus words six to a line, names
    and Wikipedia titles at offsets no other set uses."""
    import make_repair_groups as mg

    old = (set(mg.source_lines()["dev"]) | set(mg.source_lines()["held_out"]) | set(fresh_source_lines())
           | set(fresh2_groups()["true"]["fresh"]) | set(fresh3_groups()["true"]["fresh"])
           | set(fresh4_groups()["true"]["fresh"]) | set(fresh5_groups()["true"]["fresh"]))
    grams = {x[i:i + 16] for x in old for i in range(0, max(1, len(x) - 15), 4)}

    def new(x: str) -> bool:
        return x not in old and not any(x[i:i + 16] in grams for i in range(max(1, len(x) - 15)))

    real = [x for x in dict.fromkeys(_real_pdf_lines()) if new(x)]
    real = real[::max(1, len(real) // 44)][:44]
    cells = []
    for text in sets._seed_texts():
        n = 0
        for line in text.splitlines():
            if "\t" not in line:
                continue
            for cell in line.split("\t"):
                cell = " ".join(cell.split())
                if not _usable(cell) or len(cell) < 30 or len(cell) > 160 or "<" in cell:
                    continue
                n += 1
                if n > 8 and n % 3 == 2 and cell not in cells and new(cell):
                    cells.append(cell)
    cells = cells[::max(1, len(cells) // 8)][:8]
    lines = real + cells + _ttc_lines() + mg._names(420, 8) + mg._titles(10, 8)
    short = [x if len(x) <= 140 else x[:140].rsplit(" ", 1)[0] for x in lines]
    return [x for x in dict.fromkeys(short) if new(x)]


def fresh_groups() -> dict:
    return json.loads(FRESH_FILE.read_text(encoding="utf-8"))


def fresh2_groups() -> dict:
    return json.loads(FRESH2_FILE.read_text(encoding="utf-8"))


def fresh3_groups() -> dict:
    return json.loads(FRESH3_FILE.read_text(encoding="utf-8"))


def fresh4_groups() -> dict:
    return json.loads(FRESH4_FILE.read_text(encoding="utf-8"))


def fresh5_groups() -> dict:
    return json.loads(FRESH5_FILE.read_text(encoding="utf-8"))


def fresh6_groups() -> dict:
    return json.loads(FRESH6_FILE.read_text(encoding="utf-8"))

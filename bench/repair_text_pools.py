"""Text pools the Thai repair pair sets (issue 16, bench/repair_sources.py) draw their true
lines from: corpus content banks, seed table cells, real documents' known-good texts and
born-digital PDFs of ../shared/realdocs, the FY2565 budget book, pythainlp's generated Thai,
word lists and frequency lists. Each pool is deterministic (the same lines on every run)."""
from __future__ import annotations

import functools
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

import thai_repair_sets as sets  # noqa: E402

_LAO = re.compile("[\u0e80-\u0eff]")
_THAI = re.compile("[\u0e01-\u0e5b]")
_MARK = re.compile("[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]")


def pick(xs: list, n: int, start: int = 0) -> list:
    """``n`` items of ``xs`` at an even stride from ``start``."""
    return xs[start::max(1, len(xs) // n)][:n]


def _thai_cell(cell: str) -> bool:
    """A seed table cell the first sets took: 30-160 characters, mostly Thai, no markup."""
    return not (len(cell) < 30 or len(cell) > 160 or "<" in cell or _LAO.search(cell)
                or "\ufffd" in cell or len(_THAI.findall(cell)) < 0.6 * len(cell.replace(" ", "")))


def seed_cells(residue: int, ok=_thai_cell, keep=lambda cell: True) -> list[str]:
    """The seeds' table cells that pass ``ok``, past the 8th of each seed, every third one
    (``n % 3 == residue``), first occurrence only, those ``keep`` accepts."""
    cells: list[str] = []
    for text in sets._seed_texts():
        n = 0
        for line in text.splitlines():
            if "\t" not in line:
                continue
            for cell in line.split("\t"):
                cell = " ".join(cell.split())
                if not ok(cell):
                    continue
                n += 1
                if n > 8 and n % 3 == residue and cell not in cells and keep(cell):
                    cells.append(cell)
    return cells


def bank_texts(pattern: str) -> list[str]:
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


def content_texts() -> list[str]:
    """The Thai texts of the seed content banks (corpus/content/0*.json), 30 characters or more."""
    return [x for x in bank_texts("0*.json")
            if len(x) >= 30 and not _MARK.match(x) and len(_THAI.findall(x)) >= 0.6 * len(x.replace(" ", ""))]


def real_truth_lines(residue: int = 2) -> list[str]:
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


def generated_lines() -> list[str]:
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


_TYPO = re.compile("[\u0e48-\u0e4c][\u0e31\u0e34-\u0e3a\u0e47]|([\u0e31-\u0e3a\u0e47-\u0e4e])\\1|\u0e40\u0e40|[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]{4}")


def usable(x: str) -> bool:
    return (len(x) >= 20 and "\ufffd" not in x and "(cid" not in x and not _LAO.search(x) and not _MARK.match(x)
            and not _TYPO.search(x) and len(_THAI.findall(x)) >= 0.6 * len(x.replace(" ", "")))


def budget_lines(start: int = 3, n: int = 16, heads: bool = True) -> list[str]:
    """Line items of the FY2565 budget book (../shared/realdocs/kaogeek__thailand-budget-pdf2csv,
    the community's checked CSV): equipment names (transliterations, long compounds), places
    and amounts (``n`` from ``start`` at an even stride); plans, outputs and projects. Without
    ``heads``: every item and no plans."""
    import csv

    from shared_dir import REALDOCS

    path = REALDOCS / "kaogeek__thailand-budget-pdf2csv" / "2022-3-17.csv"
    if not path.exists():
        return []
    rows = list(csv.DictReader(path.open(encoding="utf-8")))
    items = sorted({f"{r['ITEM_DESCRIPTION']} งบประมาณ {r['AMOUNT']} บาท" for r in rows
                    if r["ITEM_DESCRIPTION"] and r["AMOUNT"]})
    items = [" ".join(x.split()) for x in items if usable(x)]
    if not heads:  # all the items, for a caller that picks its own
        return items
    tops = sorted({r[k] for r in rows for k in ("BUDGET_PLAN", "OUTPUT", "PROJECT") if r[k]})
    tops = [" ".join(x.split()) for x in tops if usable(x) and not re.search("[\u0e01-\u0e4e][0-9]", x)]
    return pick(items, n, start) + tops[::2]


def ita_items() -> list[str]:
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


def word_lines() -> list[str]:
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


def number_lines() -> list[str]:
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


def content_texts_of(pattern: str) -> list[str]:
    """Like ``content_texts`` for the content files matching ``pattern`` (``usable`` lines)."""
    return [x for x in bank_texts(pattern) if usable(x) and len(x) >= 30]


def edition_texts() -> list[str]:
    """The questionnaire editions' printed question texts (corpus/content/editions.json: the
    IIT/EIT questions of ITA 2568 and the OIT item titles), the long ones whole, the short
    ones three to a line."""
    eds = json.loads((ROOT / "corpus" / "content" / "editions.json").read_text(encoding="utf-8"))
    texts = [" ".join(t.split()) for ed, codes in sorted(eds.items()) if ed != "_doc" for t in codes.values()]
    texts = [t if len(t) <= 140 else t[:140].rsplit(" ", 1)[0] for t in texts]
    long = [t for t in texts if len(t) >= 40 and usable(t)]
    short = [t for t in texts if len(t) < 40 and _THAI.search(t)]
    return long + [" ".join(short[i:i + 3]) for i in range(0, len(short), 3)]


def freq_lines(name: str, lo: int, hi: int, start: int, n: int) -> list[str]:
    """Words of a pythainlp frequency list ``name`` at ranks ``lo``-``hi`` that carry SARA AM or a
    mark, ``n`` of them from ``start`` at an even stride, six to a line."""
    import pythainlp

    path = Path(pythainlp.__file__).parent / "corpus" / name
    words = [ln.split("\t")[0] for ln in path.read_text(encoding="utf-8").splitlines()]
    words = [w for w in words[lo:hi] if 2 <= len(w) <= 14 and _THAI.fullmatch(w[0]) and " " not in w
             and re.search("[\u0e31\u0e33-\u0e3a\u0e47-\u0e4c]", w) and not _TYPO.search(w)
             and not re.search("[^\u0e01-\u0e4e]", w)]
    picked = pick(words, n, start)
    return [" ".join(picked[i:i + 6]) for i in range(0, len(picked), 6)]


def tnc_lines() -> list[str]:
    """Words of the Thai National Corpus frequency list (pythainlp ``tnc_freq``), ranks 1500-6000,
    that carry SARA AM or a mark, six to a line: common words in orders no text has."""
    return freq_lines("tnc_freq.txt", 1500, 6000, 3, 96)


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


@functools.lru_cache(maxsize=1)
def real_pdf_lines() -> tuple[str, ...]:
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
        return ()
    got = subprocess.run([sys.executable, "-c", _REAL_PDF_TEXT, str(ROOT), str(REALDOCS)], capture_output=True,
                         text=True, check=True).stdout
    out = []
    for x in json.loads(got):
        if (not usable(x) or len(x) < 30 or re.search("[^\u0e01-\u0e5b -~]", x) or ".." in x
                or re.search("[0-9] [0-9]+,", x)
                or any(unknown_chars(r) for r in re.findall("[\u0e01-\u0e4e]+", x)) or repair(x) != x):
            continue
        out.append(x if len(x) <= 140 else x[:140].rsplit(" ", 1)[0])
    return tuple(out)


def ttc_lines() -> list[str]:
    """Words of the Thai Textbook Corpus frequency list (pythainlp ``ttc_freq``) with SARA AM or
    a mark, ranks 800-5000, six to a line."""
    return freq_lines("ttc_freq.txt", 800, 5000, 5, 48)


def _geothai(name: str) -> list:
    import geothai

    return json.loads((Path(geothai.__file__).parent / "_data" / f"{name}.json").read_text(encoding="utf-8"))


def geothai_address_lines(n: int, start: int = 0) -> list[str]:
    """Thai addresses (ตำบล/แขวง, อำเภอ/เขต, จังหวัด) of the geothai package's subdistrict, district and
    province tables (MIT and CC-BY-4.0), subdistricts whose name carries a mark or SARA AM, ``n`` of
    them from ``start`` at an even stride, two addresses to a line."""
    dist = {d[0]: d[1] for d in _geothai("districts")}
    prov = {p[0]: p[1] for p in _geothai("provinces")}
    subs = [s for s in _geothai("subdistricts") if _MARK.search(s[1]) or "\u0e33" in s[1]]
    out = []
    for s in pick(subs, 2 * n, start):
        d, p = dist.get(s[0][:4], ""), prov.get(s[0][:2], "")
        bkk = d.startswith("เขต")
        out.append(f"{'แขวง' if bkk else 'ตำบล'}{s[1]} {d if bkk else 'อำเภอ' + d} {p if bkk else 'จังหวัด' + p}")
    return [" ".join(out[i:i + 2]) for i in range(0, len(out), 2)]


def geothai_gazette_lines() -> list[str]:
    """The Thai titles of the Royal Gazette notices the geothai package cites for abolished and
    renamed areas (its abolished-sources table), the gazette reference cut off."""
    out = []
    for x in _geothai("abolished-sources"):
        t = x.split(", ราชกิจจานุเบกษา")[0].replace(" ... ", " ").strip()
        if _THAI.search(t) and not re.search("[A-Za-z]", t):
            out.append(t)
    return out


def wordlist_lines(name: str, start: int, n: int) -> list[str]:
    """Words of a pythainlp word list ``name`` (one a line) that carry SARA AM or a mark, Thai letters
    only, ``n`` of them from ``start`` at an even stride, six to a line."""
    import pythainlp

    path = Path(pythainlp.__file__).parent / "corpus" / name
    words = [w.strip("\ufeff ") for w in path.read_text(encoding="utf-8").splitlines()]
    words = [w for w in words if 3 <= len(w) <= 14 and re.fullmatch("[\u0e01-\u0e4e]+", w)
             and re.search("[\u0e31\u0e33-\u0e3a\u0e47-\u0e4c]", w) and not _TYPO.search(w)]
    picked = pick(words, n, start)
    return [" ".join(picked[i:i + 6]) for i in range(0, len(picked), 6)]

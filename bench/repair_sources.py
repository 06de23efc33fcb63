"""Source texts of the Thai repair pair sets "fresh" .. "fresh12" (issue 16): each set's true
lines, drawn from text none of the earlier sets used (checked by 16-character stretches), for
``bench/measure_repair_groups.py --make-freshN`` to render and read in every font x reader
group. Deterministic: the same lines on every run. The text pools are in
bench/repair_text_pools.py."""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "bench"))

import repair_text_pools as pools  # noqa: E402
import thai_repair_sets as sets  # noqa: E402
from repair_text_pools import pick  # noqa: E402

DATA = ROOT / "tests" / "data"
FRESH_FILE = DATA / "repair_fresh.json"
FRESH2_FILE = DATA / "repair_fresh2.json"
FRESH3_FILE = DATA / "repair_fresh3.json"
FRESH4_FILE = DATA / "repair_fresh4.json"
FRESH5_FILE = DATA / "repair_fresh5.json"
FRESH6_FILE = DATA / "repair_fresh6.json"
FRESH7_FILE = DATA / "repair_fresh7.json"
FRESH8_FILE = DATA / "repair_fresh8.json"
FRESH9_FILE = DATA / "repair_fresh9.json"
FRESH10_FILE = DATA / "repair_fresh10.json"
FRESH11_FILE = DATA / "repair_fresh11.json"
FRESH12_FILE = DATA / "repair_fresh12.json"
FRESH13_FILE = DATA / "repair_fresh13.json"
FRESH14_FILE = DATA / "repair_fresh14.json"
FRESH15_FILE = DATA / "repair_fresh15.json"
FRESH16_FILE = DATA / "repair_fresh16.json"
FRESH17_FILE = DATA / "repair_fresh17.json"
FRESH18_FILE = DATA / "repair_fresh18.json"
FRESH19_FILE = DATA / "repair_fresh19.json"
FRESH20_FILE = DATA / "repair_fresh20.json"
FRESH21_FILE = DATA / "repair_fresh21.json"
FRESH22_FILE = DATA / "repair_fresh22.json"
FRESH23_FILE = DATA / "repair_fresh23.json"
FRESH24_FILE = DATA / "repair_fresh24.json"
FRESH25_FILE = DATA / "repair_fresh25.json"
FRESH29_FILE = DATA / "repair_fresh29.json"
FRESH30_FILE = DATA / "repair_fresh30.json"
FRESH31_FILE = DATA / "repair_fresh31.json"
FRESH32_FILE = DATA / "repair_fresh32.json"
FRESH33_FILE = DATA / "repair_fresh33.json"
FRESH34_FILE = DATA / "repair_fresh34.json"
FRESH35_FILE = DATA / "repair_fresh35.json"
FRESH36_FILE = DATA / "repair_fresh36.json"
FRESH36D_FILE = DATA / "repair_fresh36d.json"
FRESH37_FILE = DATA / "repair_fresh37.json"
FRESH38_FILE = DATA / "repair_fresh38.json"
FRESH39_FILE = DATA / "repair_fresh39.json"
FRESH40_FILE = DATA / "repair_fresh40.json"
FRESH41_FILE = DATA / "repair_fresh41.json"
FRESH30AM_FILE = DATA / "repair_fresh30am.json"
FRESH31AM_FILE = DATA / "repair_fresh31am.json"
FRESH29U_FILE = DATA / "repair_fresh29u.json"
FRESH30U_FILE = DATA / "repair_fresh30u.json"
FILES = {"fresh": FRESH_FILE, "fresh2": FRESH2_FILE, "fresh3": FRESH3_FILE, "fresh4": FRESH4_FILE,
         "fresh5": FRESH5_FILE, "fresh6": FRESH6_FILE, "fresh7": FRESH7_FILE, "fresh8": FRESH8_FILE,
         "fresh9": FRESH9_FILE, "fresh10": FRESH10_FILE, "fresh11": FRESH11_FILE,
         "fresh12": FRESH12_FILE, "fresh13": FRESH13_FILE,
         "fresh14": FRESH14_FILE, "fresh15": FRESH15_FILE,
         "fresh16": FRESH16_FILE, "fresh17": FRESH17_FILE, "fresh18": FRESH18_FILE,
         "fresh19": FRESH19_FILE, "fresh20": FRESH20_FILE, "fresh21": FRESH21_FILE,
         "fresh22": FRESH22_FILE, "fresh23": FRESH23_FILE, "fresh24": FRESH24_FILE,
         "fresh25": FRESH25_FILE, "fresh29": FRESH29_FILE, "fresh30": FRESH30_FILE,
         "fresh31": FRESH31_FILE, "fresh32": FRESH32_FILE, "fresh33": FRESH33_FILE, "fresh34": FRESH34_FILE,
         "fresh35": FRESH35_FILE, "fresh36": FRESH36_FILE,
         "fresh36d": FRESH36D_FILE, "fresh37": FRESH37_FILE, "fresh38": FRESH38_FILE, "fresh39": FRESH39_FILE,
         "fresh40": FRESH40_FILE, "fresh41": FRESH41_FILE,
         "fresh30am": FRESH30AM_FILE, "fresh31am": FRESH31AM_FILE,
         "fresh29u": FRESH29U_FILE, "fresh30u": FRESH30U_FILE}


def _groups(name: str) -> dict:
    return json.loads(FILES[name].read_text(encoding="utf-8"))


def _halves() -> set[str]:
    import make_repair_groups as mg

    src = mg.source_lines()
    return set(src["dev"]) | set(src["held_out"])


def _older(upto: int) -> set[str]:
    """The true lines of the groups' halves, "fresh" (as its sources give it) and the kept
    sets fresh2 .. fresh<upto>."""
    old = _halves() | set(fresh_source_lines())
    for k in range(2, upto + 1):
        if f"fresh{k}" in FILES:  # no sets fresh26-28 exist
            old |= set(_groups(f"fresh{k}")["true"]["fresh"])
        if k > 36 and f"fresh{k - 1}d" in FILES:  # a dev set made in session k - 1 after its unseen one
            old |= set(_groups(f"fresh{k - 1}d")["true"]["fresh"])
    return old


def _novel(old: set[str]) -> Callable[[str], bool]:
    """Whether a line is new text: not one of ``old`` and no 16-character stretch of any."""
    grams = {x[i:i + 16] for x in old for i in range(0, max(1, len(x) - 15), 4)}

    def new(x: str) -> bool:
        return x not in old and not any(x[i:i + 16] in grams for i in range(max(1, len(x) - 15)))

    return new


def _finish(lines: list[str], new: Callable[[str], bool]) -> list[str]:
    """The lines cut at a space to <= 140 characters, first occurrence, the new ones."""
    short = [x if len(x) <= 140 else x[:140].rsplit(" ", 1)[0] for x in lines]
    return [x for x in dict.fromkeys(short) if new(x)]


def _new_of(xs: list[str], new: Callable[[str], bool], n: int, start: int = 0) -> list[str]:
    return pick([x for x in dict.fromkeys(xs) if new(x)], n, start)


def fresh_source_lines() -> list[str]:
    """The true lines of the fresh dev set (disjoint from both halves of the groups)."""
    import make_repair_groups as mg
    from pythainlp.corpus import provinces

    from corpus import draw_text as dt

    seen = _halves()
    prose = []
    for x in sets.prose_lines(40, skip=28):
        if "|" not in x and x not in prose:
            prose.append(x)
    cells = pick(pools.seed_cells(0), 15)
    bank = [f"{dt.MEASURE_HEADS[i % 4]}{t}" for i, t in enumerate(dt.MEASURE_TOPICS[::2])]
    bank += dt.ANALYSES[::2] + dt.STEPS[1::3] + dt.MEASURE_ANALYSES[:2]
    prov = sorted(p[0] if isinstance(p, tuple) else p for p in provinces())
    prov_lines = [" ".join(prov[k::19][:5]) for k in (3, 11)]
    lines = prose[:20] + cells + bank + mg._names(100, 8) + mg._titles(25, 8) + prov_lines
    return _finish(lines, lambda x: x not in seen)


def fresh2_source_lines() -> list[str]:
    """The true lines of "fresh2" (issue 16, session 4): text none of the three other sets
    holds -- content-bank paragraphs, lists and table cells (corpus/content), the corpus
    generator's question texts, follow-ups, org names and the halves of its measure/analysis/
    step banks fresh did not take, pythainlp names and Wikipedia titles at new offsets,
    pythainlp's Thai country names, and seed table cells fresh skipped (n % 3 == 1)."""
    import make_repair_groups as mg
    from pythainlp.corpus import countries

    from corpus import draw_text as dt

    new = _novel(_older(1))
    content = _new_of(pools.content_texts(), new, 18)
    cells = pick(pools.seed_cells(1, keep=new), 8)
    qs = [q for k in "ieo" for q in dt.Q_TEXT[k]]
    bank = [x for x in qs[::2] if len(x) >= 20][:10] + list(dt.FOLLOW_UPS) + [dt.LONG_STEP_TAIL.strip()]
    bank += [f"{dt.MEASURE_HEADS[(i + 1) % 4]}{t}" for i, t in enumerate(dt.MEASURE_TOPICS[1::2])][:4]
    bank += dt.ANALYSES[1::2][:3] + dt.STEPS[2::3] + dt.MEASURE_ANALYSES[2:]
    bank += [f"{o[0]} อำเภอ{o[4]} จังหวัด{o[5]}" for o in dt.ORGS[-4:]]
    ctry = sorted(c for c in countries() if pools._THAI.search(c))
    ctry_lines = [" ".join(ctry[k::23][:5]) for k in (5, 17)]
    lines = content + cells + bank + mg._names(150, 8) + mg._titles(70, 8) + ctry_lines
    return _finish(lines, new)


def fresh3_source_lines() -> list[str]:
    """The true lines of "fresh3" (issue 16, session 5): text none of the four other sets
    holds (no 16-character stretch of any of their lines) -- lines of real documents'
    known-good texts (../shared/realdocs memos and gazette), pythainlp's number words, baht
    texts and Thai dates mixed with digits, long dictionary words, names and Wikipedia
    titles at offsets no other set uses."""
    import make_repair_groups as mg

    new = _novel(_older(2))
    real = _new_of(pools.real_truth_lines(), new, 36)
    lines = real + pools.generated_lines() + mg._names(230, 8) + mg._titles(86, 8)
    return _finish(lines, new)


def fresh4_source_lines() -> list[str]:
    """The true lines of "fresh4" (issue 16, session 6): text none of the five other sets
    holds (no 16-character stretch of any of their lines) -- the FY2565 budget book's line
    items (../shared/realdocs kaogeek CSV), the OIT item names of ../shared/research, the
    memos' known-good lines fresh3 skipped, Thai transliterations and ORST/Volubilis words
    with SARA AM or stacked marks, numbers, phone numbers and dates mixed with Thai, names
    and Wikipedia titles at offsets no other set uses."""
    import make_repair_groups as mg

    new = _novel(_older(3))
    real = _new_of(pools.real_truth_lines(residue=0), new, 12, start=1)
    lines = (pools.budget_lines() + pools.ita_items() + real + pools.word_lines() + pools.number_lines()
             + mg._names(300, 8) + mg._titles(60, 8))
    return _finish(lines, new)


def fresh5_source_lines() -> list[str]:
    """The true lines of "fresh5" (issue 16, session 7): text none of the six other sets holds
    (no 16-character stretch of any of their lines) -- the questionnaire editions' question
    texts (corpus/content/editions.json), the variant content banks (corpus/content/v0*.json,
    none of which any set used), the memos' known-good lines no set used (every third line,
    residue 1), common Thai National Corpus words six to a line, names and Wikipedia titles
    at offsets no other set uses."""
    import make_repair_groups as mg

    new = _novel(_older(4))
    eds = _new_of(pools.edition_texts(), new, 24)
    content = _new_of(pools.content_texts_of("v0*.json"), new, 24)
    real = _new_of(pools.real_truth_lines(residue=1), new, 14)
    lines = eds + content + real + pools.tnc_lines() + mg._names(360, 8) + mg._titles(40, 8)
    return _finish(lines, new)


def fresh6_source_lines() -> list[str]:
    """The true lines of "fresh6" (issue 16, session 8): text none of the seven other sets holds
    (no 16-character stretch of any of their lines) -- real born-digital ITA evidence, MOIT
    reports and forms of ../shared/realdocs as the pipeline reads them (``real_pdf_lines``),
    seed table cells no set took (n % 3 == 2), Thai Textbook Corpus words six to a line, names
    and Wikipedia titles at offsets no other set uses."""
    import make_repair_groups as mg

    new = _novel(_older(5))
    real = _new_of(pools.real_pdf_lines(), new, 44)
    ok = lambda c: pools.usable(c) and 30 <= len(c) <= 160 and "<" not in c  # noqa: E731
    cells = pick(pools.seed_cells(2, ok=ok, keep=new), 8)
    lines = real + cells + pools.ttc_lines() + mg._names(420, 8) + mg._titles(10, 8)
    return _finish(lines, new)


def fresh7_source_lines() -> list[str]:
    """The true lines of "fresh7" (issue 16, session 9): text none of the eight other sets holds
    (no 16-character stretch of any of their lines) -- the born-digital realdocs lines fresh6's
    stride passed over (``real_pdf_lines``), the budget book's line items no set took (most share
    an address with fresh4's), the Phupha word-frequency list (pythainlp ``phupha_word_freqs``,
    which no set used) and TNC words of ranks 6000-12000 six to a line, names and Wikipedia
    titles at offsets no other set uses. (Seed prose and the content banks have no line left
    without a stretch of an older set.)"""
    import make_repair_groups as mg

    new = _novel(_older(6))
    real = _new_of(pools.real_pdf_lines(), new, 36, start=2)
    budget = _new_of(pools.budget_lines(heads=False), new, 8, start=1)
    words = (pools.freq_lines("phupha_word_freqs.txt", 4000, 20000, 7, 48)
             + pools.freq_lines("tnc_freq.txt", 6000, 12000, 2, 36))
    lines = real + budget + words + mg._names(480, 8) + mg._titles(18, 7) + mg._titles(33, 6)
    return _finish(lines, new)


def fresh8_source_lines() -> list[str]:
    """The true lines of "fresh8" (issue 16, session 10): text none of the nine other sets holds
    (no 16-character stretch of any of their lines) -- born-digital realdocs lines at a stride
    offset neither fresh6 nor fresh7 took, budget-book line items no set took, rarer words of the
    Phupha, TNC and TTC frequency lists (ranks no set used) six to a line, names and Wikipedia
    titles at offsets no other set uses."""
    import make_repair_groups as mg

    new = _novel(_older(7))
    real = _new_of(pools.real_pdf_lines(), new, 36, start=5)
    budget = _new_of(pools.budget_lines(heads=False), new, 8, start=3)
    words = (pools.freq_lines("phupha_word_freqs.txt", 20000, 40000, 3, 36)
             + pools.freq_lines("tnc_freq.txt", 12000, 20000, 4, 24)
             + pools.freq_lines("ttc_freq.txt", 5000, 12000, 1, 24))
    lines = real + budget + words + mg._names(540, 8) + mg._titles(78, 8) + mg._titles(94, 6)
    return _finish(lines, new)


def fresh9_source_lines() -> list[str]:
    """The true lines of "fresh9" (issue 16, session 11): text none of the ten other sets holds
    (no 16-character stretch of any of their lines) -- born-digital realdocs lines at a stride
    offset no earlier set took, the last budget-book line items no set took, still rarer words of the
    Phupha, TNC and TTC frequency lists (ranks no set used) six to a line, names and Wikipedia
    titles at offsets no other set uses."""
    import make_repair_groups as mg

    new = _novel(_older(8))
    real = _new_of(pools.real_pdf_lines(), new, 36, start=8)
    budget = _new_of(pools.budget_lines(heads=False), new, 8)
    words = (pools.freq_lines("phupha_word_freqs.txt", 40000, 62000, 5, 36)
             + pools.freq_lines("tnc_freq.txt", 20000, 32000, 3, 24)
             + pools.freq_lines("ttc_freq.txt", 12000, 19400, 2, 24))
    lines = real + budget + words + mg._names(610, 8) + mg._titles(6, 4) + mg._titles(56, 4)
    return _finish(lines, new)


def fresh10_source_lines() -> list[str]:
    """The true lines of "fresh10" (issue 16, session 12): text none of the eleven other sets holds
    (no 16-character stretch of any of their lines) -- born-digital realdocs lines at a stride offset
    no earlier set took, Thai addresses and Royal Gazette notice titles of the geothai package's
    tables (MIT and CC-BY-4.0, no set used it), words of pythainlp's thai2fit word list and its
    syllable list (CC0, no set used either) six to a line, names at an offset no other set uses.
    (The budget-book pool and the Wikipedia title offsets are used up.)"""
    import make_repair_groups as mg

    new = _novel(_older(9))
    real = _new_of(pools.real_pdf_lines(), new, 30, start=11)
    places = pools.geothai_address_lines(10, start=3) + pools.geothai_gazette_lines()[::2]
    words = (pools.wordlist_lines("words_th_thai2fit_201810.txt", 7, 24)
             + pools.wordlist_lines("syllables_th.txt", 4, 12))
    lines = real + places + words + mg._names(680, 7)
    return _finish(lines, new)


def fresh11_source_lines() -> list[str]:
    """The true lines of "fresh11" (issue 16, session 14): text none of the twelve other sets holds
    (no 16-character stretch of any of their lines) -- born-digital realdocs lines no earlier set
    took, thai2fit words and syllables at offsets fresh10 did not take, rarer TNC, TTC and Phupha
    words (ranks no set used) six to a line, names at an offset no other set uses. No geothai text: a place-name
    gazetteer drawn from it is measured on this set unbiased."""
    import make_repair_groups as mg

    new = _novel(_older(10))
    real = _new_of(pools.real_pdf_lines(), new, 26, start=3)
    words = (pools.wordlist_lines("words_th_thai2fit_201810.txt", 3, 60)
             + pools.wordlist_lines("syllables_th.txt", 2, 24)
             + pools.freq_lines("tnc_freq.txt", 32000, 44000, 1, 36)
             + pools.freq_lines("ttc_freq.txt", 19400, 26000, 1, 24)
             + pools.freq_lines("phupha_word_freqs.txt", 62000, 80000, 1, 24))
    lines = real + words + mg._names(760, 14)
    return _finish(lines, new)


def fresh12_source_lines() -> list[str]:
    """The true lines of "fresh12" (issue 16, session 15): text none of the thirteen other sets holds
    (no 16-character stretch of any of their lines) -- born-digital realdocs lines at a stride
    offset no earlier set took, thai2fit words and syllables at offsets fresh10 and fresh11 did not
    take, TNC words of ranks no set used (44000-60000), TTC and Phupha words at new stride offsets,
    six to a line, names at an offset no other set uses (the realdocs pool gives one new line). No
    geothai text."""
    import make_repair_groups as mg

    new = _novel(_older(11))
    real = _new_of(pools.real_pdf_lines(), new, 26, start=1)
    words = (pools.wordlist_lines("words_th_thai2fit_201810.txt", 5, 108)
             + pools.wordlist_lines("syllables_th.txt", 1, 36)
             + pools.freq_lines("tnc_freq.txt", 44000, 60000, 1, 36)
             + pools.freq_lines("ttc_freq.txt", 2000, 19400, 13, 36)
             + pools.freq_lines("phupha_word_freqs.txt", 10000, 62000, 11, 36))
    lines = real + words + mg._names(830, 18)
    # two tones on one base is a typo of the word list (เสื้่อ), not Thai text
    return [x for x in _finish(lines, new) if not re.search("[\u0e48-\u0e4b]{2}", x)]


def fresh13_source_lines() -> list[str]:
    """The true lines of "fresh13" (issue 16, session 16): text none of the fourteen other sets holds
    (no 16-character stretch of any of their lines) -- thai2fit words and syllables, TTC and Phupha
    words at stride offsets no earlier set took, TNC words of ranks no set used (60000-80000), six to
    a line, names at an offset no other set uses, the four Wikipedia title lines no set took, the
    realdocs lines still new. No geothai text. Made before the session's rules changed and kept
    unseen: only its per-group totals are read."""
    import make_repair_groups as mg

    new = _novel(_older(12))
    real = _new_of(pools.real_pdf_lines(), new, 26, start=7)
    words = (pools.wordlist_lines("words_th_thai2fit_201810.txt", 9, 108)
             + pools.wordlist_lines("syllables_th.txt", 5, 36)
             + pools.freq_lines("tnc_freq.txt", 60000, 80000, 1, 36)
             + pools.freq_lines("ttc_freq.txt", 2000, 19400, 7, 36)
             + pools.freq_lines("phupha_word_freqs.txt", 10000, 62000, 6, 36))
    lines = real + words + mg._names(900, 18) + mg._titles(48, 2) + mg._titles(68, 2)
    # two tones on one base is a typo of the word list (เสื้่อ), not Thai text
    return [x for x in _finish(lines, new) if not re.search("[\u0e48-\u0e4b]{2}", x)]


def _strided_set(older: int | tuple, real_start: int, offsets: tuple[int, int, int, int, int, int], tnc_low: int,
                 names_at: int, scale: int = 1) -> list[str]:
    """The true lines of a pair set made the fresh14 way: text none of the sets up to ``older``
    holds (no 16-character stretch of any of their lines) -- the realdocs lines still new (from
    ``real_start``), thai2fit words and syllables, TNC words of ranks ``tnc_low``-106000, TTC,
    Phupha and ORST words at the stride ``offsets`` (in that order) no earlier set took, six to a
    line, names from ``names_at``; ``scale`` times as many words and names (at a stride ``scale``
    times finer: the offsets still differ from every older set's). Two tones on one base is a typo of the word list (เสื้่อ), not
    Thai text: such lines are left out."""
    import make_repair_groups as mg

    upto, *also = older if isinstance(older, tuple) else (older,)  # (36, "fresh36d"): fresh2..fresh36 and fresh36d
    new = _novel(_older(upto).union(*(_groups(x)["true"]["fresh"] for x in also)))
    real = _new_of(pools.real_pdf_lines(), new, 26, start=real_start)
    thai2fit, syllables, tnc, ttc, phupha, orst = offsets
    k = scale
    words = (pools.wordlist_lines("words_th_thai2fit_201810.txt", thai2fit, 108 * k)
             + pools.wordlist_lines("syllables_th.txt", syllables, 36 * k)
             + pools.freq_lines("tnc_freq.txt", tnc_low, 106000, tnc, 36 * k)
             + pools.freq_lines("ttc_freq.txt", 2000, 19400, ttc, 36 * k)
             + pools.freq_lines("phupha_word_freqs.txt", 10000, 62000, phupha, 36 * k)
             + pools.wordlist_lines("orst_words_th.txt", orst, 36 * k))
    lines = real + words + mg._names(names_at, 18 * k)
    return [x for x in _finish(lines, new) if not re.search("[\u0e48-\u0e4b]{2}", x)]


# The pair sets made the fresh14 way (``_strided_set``), each before its session's rules changed and kept
# unseen (only its per-group totals are read): name -> (older sets excluded, realdocs start, strides,
# lowest TNC rank, names start, scale). fresh14 (session 17) took TNC ranks 80000-106000, every later one
# 60000-106000; from fresh19 (session 22) on each has twice the words and names (four lines a group:
# fresh18's 66 lines were too few to tell a group's change from noise), at offsets no older set took
# (no sets fresh26-28 exist). ``fresh<N>_source_lines()`` reads its row (``__getattr__``).
_STRIDED: dict[str, tuple] = {
    "fresh14": (13, 11, (11, 3, 1, 10, 9, 6), 80000, 970, 1),     # session 17
    "fresh15": (14, 13, (13, 6, 7, 4, 3, 10), 60000, 1040, 1),    # session 18
    "fresh16": (15, 5, (15, 7, 10, 16, 13, 14), 60000, 1110, 1),  # session 19
    "fresh17": (16, 9, (17, 8, 13, 19, 15, 18), 60000, 1180, 1),  # session 20
    "fresh18": (17, 14, (19, 9, 16, 22, 17, 22), 60000, 1250, 1),  # session 21
    "fresh19": (18, 16, (21, 10, 19, 25, 19, 26), 60000, 1320, 2),  # session 22
    "fresh20": (19, 18, (23, 11, 22, 28, 21, 30), 60000, 1390, 2),  # session 23
    "fresh21": (20, 20, (25, 12, 25, 31, 23, 34), 60000, 1460, 2),  # session 24
    "fresh22": (21, 22, (27, 13, 28, 34, 25, 38), 60000, 1530, 2),  # session 25
    "fresh23": (22, 24, (29, 14, 31, 37, 27, 42), 60000, 1600, 2),  # session 26
    "fresh24": (23, 26, (31, 15, 34, 40, 29, 46), 60000, 1670, 2),  # session 27
    "fresh25": (24, 28, (33, 16, 37, 43, 31, 50), 60000, 1740, 2),  # session 28
    "fresh29": (25, 30, (35, 17, 40, 46, 33, 54), 60000, 1810, 2),  # session 29
    "fresh30": (29, 32, (37, 18, 43, 49, 35, 58), 60000, 1880, 2),  # session 30
    "fresh31": (30, 34, (39, 19, 46, 52, 37, 62), 60000, 1950, 2),  # session 31
    "fresh32": (31, 36, (41, 20, 49, 55, 39, 66), 60000, 2020, 2),  # session 32
    "fresh33": (32, 38, (43, 21, 52, 58, 41, 70), 60000, 2090, 2),  # session 33
    "fresh34": (33, 40, (45, 22, 55, 61, 43, 74), 60000, 2160, 2),  # session 34
    "fresh35": (34, 42, (47, 23, 58, 64, 45, 78), 60000, 2230, 2),  # session 35
    "fresh36": (35, 44, (49, 24, 61, 67, 47, 82), 60000, 2300, 2),  # session 36
    # session 36, dev: made after fresh36 (excludes its text) to see whether fresh36's TLWG-wide loss recurs
    "fresh36d": (36, 47, (53, 27, 67, 73, 53, 91), 60000, 2450, 2),
    "fresh37": ((36, "fresh36d"), 50, (57, 29, 71, 79, 57, 97), 60000, 2600, 2),  # session 37 (excludes fresh36d too)
    "fresh38": (37, 53, (61, 31, 75, 85, 61, 103), 60000, 2750, 2),  # session 38 (_older(37) holds fresh36d)
    "fresh39": (38, 56, (65, 33, 79, 91, 65, 109), 60000, 2900, 2),  # session 39
    "fresh40": (39, 59, (69, 35, 83, 97, 69, 115), 60000, 3050, 2),  # session 40
    "fresh41": (40, 62, (73, 37, 87, 103, 73, 121), 60000, 3200, 2),  # session 41
}


def _am_first(name: str, rx: str) -> list[str]:
    """The true lines of ``name`` with its first line that holds no ``า`` and matches ``rx`` (a
    ``ำ``) moved to the front: every WeasyPrint subset then names its SARA AA glyph by that
    ``ำ`` cluster (thai_aa_glyph), as fresh32's first line did."""
    lines = _groups(name)["true"]["fresh"]
    i = next(i for i, x in enumerate(lines) if "\u0e32" not in x and re.search(rx, x))
    return [lines[i], *lines[:i], *lines[i + 1:]]


def fresh30am_source_lines() -> list[str]:
    """fresh30 (dev) with a bare ``ำ`` drawn first (``พลำ``): every ``า`` reads ``ำ`` (session 32)."""
    return _am_first("fresh30", "[\u0e01-\u0e2e]\u0e33")


def fresh31am_source_lines() -> list[str]:
    """fresh31 (dev) with a tone + ``ำ`` drawn first (``ล้ำ``): every ``า`` reads ``้ำ`` (session 32)."""
    return _am_first("fresh31", "\u0e49\u0e33")


def _u_first(name: str, rx: str) -> list[str]:
    """The true lines of ``name`` with its first line whose first ``ุ`` matches ``rx`` (under a low
    ``๋`` or ``๊``) moved to the front: every WeasyPrint TLWG subset and LibreOffice PDF then names its
    SARA U glyph by that tone (thai_u_glyph), as fresh36's text made them (session 36)."""
    lines = _groups(name)["true"]["fresh"]
    i = next(i for i, x in enumerate(lines) if (m := re.search(rx, x)) and "\u0e38" not in x[:m.start() + 1])
    return [lines[i], *lines[:i], *lines[i + 1:]]


def fresh29u_source_lines() -> list[str]:
    """fresh29 (dev) with ``ต้มตุ๋น`` drawn first: every ``ุ`` reads ``๋`` (session 36)."""
    return _u_first("fresh29", "[\u0e01-\u0e2e]\u0e38\u0e4b")


def fresh30u_source_lines() -> list[str]:
    """fresh30 (dev) with ``ตุ๊กๆ`` drawn first: every ``ุ`` reads ``๊`` (session 36)."""
    return _u_first("fresh30", "[\u0e01-\u0e2e]\u0e38\u0e4a")


def __getattr__(name: str):
    """``fresh<N>_groups()``: the pair set ``fresh<N>`` as stored (its groups and true lines), one
    reader per file of ``FILES``; ``fresh<N>_source_lines()``: the true lines of a set of ``_STRIDED``."""
    m = re.fullmatch(r"(fresh[0-9]*(?:am|d|u)?)_groups", name)
    if m and m.group(1) in FILES:
        return lambda: _groups(m.group(1))
    m = re.fullmatch(r"(fresh[0-9]+d?)_source_lines", name)
    if m and m.group(1) in _STRIDED:
        *args, scale = _STRIDED[m.group(1)]
        return lambda: _strided_set(*args, scale=scale)
    raise AttributeError(name)

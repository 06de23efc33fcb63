"""CER of ``ita repair`` per font x reader group, on tests/data/repair_groups.json
(dev and held-out halves) and tests/data/repair_fresh.json ("fresh dev").

    PYTHONPATH=$PWD .venv/bin/python bench/measure_repair_groups.py [--lines] [--fresh-only] [--fresh3-only]
        [--fresh4-only] [--held-out] [--diff] [--diff2] [--diff3] [--diff4]
    PYTHONPATH=$PWD .venv/bin/python bench/measure_repair_groups.py --make-fresh | --make-fresh2 | --make-fresh3
        | --make-fresh4

Prints raw -> repaired CER for the dev half (rules were debugged on it), the fresh dev
set and, with ``--held-out``, the held-out half (only measured); ``!!`` marks a group above the 0.5 % target.
Each group half is repaired as one text (what ``ita repair`` does with a file);
``--lines`` repairs each line alone instead (what ``ita repair`` did before it read its
input as one text); ``--cli`` repairs as ``ita repair`` does (``repair_block``). ``--diff`` prints the fresh lines that differ from the truth.

"Fresh dev" (issue 16, session 3): a third set of pairs from source text nobody had
looked at while writing the rules -- seed prose lines past the 28th of each seed (set (a)
used lines 1-28, the groups lines 1-4 and 21-24), seed table cells past the 8th of each
seed (set (a) used the first 8), the corpus generator's measure and analysis wording
(corpus/draw_text.py), pythainlp names and Wikipedia titles at offsets neither half
uses, and Thai province names. Rendered and read exactly as tests/make_repair_groups.py
renders the two halves (same fonts, renderers and readers). It is measured before a rule
changes and debugged on; held-out stays measure-only.

"Fresh2" (tests/data/repair_fresh2.json, issue 16, session 4): a fourth set, made once fresh
had been tuned on, from text none of the three others holds (checked: no 16-character stretch
of any older line): the corpus content banks' paragraphs, lists and table cells
(corpus/content/0*.json, placeholders filled from the bank), the generator's question texts,
follow-ups, long step tail and org names and the halves of its measure/analysis/step banks
fresh did not take, pythainlp names and Wikipedia titles at new offsets, pythainlp's Thai
country names, seed table cells fresh skipped. ``--diff2`` prints its differing lines.

"Fresh3" (tests/data/repair_fresh3.json, issue 16, session 5): a fifth set, made once fresh2
had been tuned on, from text none of the four others holds (no 16-character stretch of any of
their lines): every third usable line of the known-good texts of real documents in
../shared/realdocs (the PK-124960/AI-Innovator25 memos: ranks, unit abbreviations, names,
Thai digits; the fixthaipdf gazette), pythainlp's baht texts, number words and Thai dates
mixed with Arabic digits, long dictionary words (>= 16 characters), names and Wikipedia
titles at offsets no other set uses. ``--diff3`` prints its differing lines,
``--fresh3-only`` measures only it.

"Fresh4" (tests/data/repair_fresh4.json, issue 16, session 6): a sixth set, made once fresh3
had been tuned on, from text none of the five others holds (no 16-character stretch of any of
their lines): line items, plans and projects of the FY2565 budget book (the kaogeek community's
checked CSV in ../shared/realdocs: equipment names, transliterations, places, amounts), the OIT
item names of ../shared/research/ita_domain.md, the memo lines fresh3 skipped, Thai
transliterations of English words (pythainlp th_en_transliteration) and ORST/Volubilis words
outside ``thai_words()`` with SARA AM or a tone on an upper vowel, Thai digits, phone numbers,
percentages and dates mixed with Thai, names and Wikipedia titles at offsets no other set uses.
``--diff4`` prints its differing lines, ``--fresh4-only`` measures only it.

"Fresh5" to "fresh24" (sessions 7 to 27; sources in bench/repair_sources.py, text pools
in bench/repair_text_pools.py): ``--make-freshN``, ``--diffN``, ``--freshN-only``; ``--group=NAME``
limits a diff to the groups whose key holds NAME.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

import thai_repair_sets as sets  # noqa: E402
from normalizers.thai.thai_cer import corpus_cer  # noqa: E402
from normalizers.thai.thai_text import repair, repair_block  # noqa: E402
import repair_sources as sources  # noqa: E402
from repair_sources import (  # noqa: E402, F401 (the *_groups readers are used by the tests through this module)
    FILES, FRESH2_FILE, FRESH3_FILE, FRESH4_FILE, FRESH5_FILE, FRESH6_FILE, FRESH7_FILE, FRESH8_FILE, FRESH9_FILE,
    FRESH10_FILE, FRESH11_FILE, FRESH_FILE, fresh2_groups, fresh3_groups, fresh4_groups, fresh5_groups, fresh6_groups,
    fresh7_groups, fresh8_groups, fresh9_groups, fresh10_groups, fresh11_groups, fresh12_groups, fresh13_groups,
    fresh14_groups, fresh15_groups, fresh16_groups, fresh17_groups, fresh18_groups, fresh19_groups, fresh20_groups,
    fresh_groups)



def _make_set(src: list[str], out: Path) -> None:
    """Render ``src`` in every font x reader group (``make_repair_groups.build``) into ``out``."""
    import make_repair_groups as mg

    mg.source_lines = lambda: {"fresh": src}
    data = mg.build()
    out.write_text(json.dumps(data, ensure_ascii=False, indent=0, sort_keys=True) + "\n", encoding="utf-8")
    print(f"wrote {out} ({len(src)} lines, {len(data['groups'])} groups)")


def make_set(name: str) -> None:
    """Render set ``name`` ("fresh" .. "fresh10") from its sources into its file."""
    _make_set(getattr(sources, f"{name}_source_lines")(), FILES[name])


def fresh_cer(key: str, fn=None, data: dict | None = None) -> float:
    data = data or fresh_groups()
    broken = data["groups"][key]["fresh"]
    truth = data["true"]["fresh"]
    got = [b.replace("\n", "") for b in broken] if fn is None else sets.repair_group(broken, fn)
    return corpus_cer(zip(got, truth))


def ratchet(name: str, fn, ceilings: dict[str, float], slack: float = 0.00001) -> tuple[dict[str, float], dict]:
    """(each group's CER of pair set ``name`` repaired by ``fn``, as one text as ``ita repair``
    reads a file; the groups now worse than their ``ceilings``: key -> (CER, ceiling)). The
    per-group ratchet tests of tests/test_thai_repair_fresh*.py."""
    data = getattr(sources, f"{name}_groups")()
    cers = {key: fresh_cer(key, fn, data) for key in sorted(data["groups"])}
    worse = {k: (round(v, 5), ceilings[k]) for k, v in cers.items() if k in ceilings and v > ceilings[k] + slack}
    return cers, worse


def by_cli(text: str) -> str:
    """What ``ita repair`` gives for ``text`` (``repair_block``: a SARA AM typed as ``ํ`` + ``า``
    stays as typed on a line with no other change, in a text that types most ``ำ`` composed)."""
    return "\n".join(repair_block(text.split("\n")))


def by_line(text: str) -> str:
    return "\n".join(repair(line) for line in text.split("\n"))


def main() -> None:
    for name in FILES:
        if f"--make-{name}" in sys.argv:
            make_set(name)
            return
    fn = by_line if "--lines" in sys.argv else by_cli if "--cli" in sys.argv else repair
    held = "--held-out" in sys.argv
    data = sets.reader_groups()
    files = FILES
    extra = {k: json.loads(f.read_text(encoding="utf-8")) if f.exists() else None for k, f in files.items()}
    keys = sorted(data["groups"])
    halves: tuple[str, ...] = ("dev", *files, *(("held_out",) if held else ()))
    if "--fresh-only" in sys.argv:
        halves = tuple(files)
    for k in files:
        if f"--{k}-only" in sys.argv:
            halves = (k,)
    halves = tuple(h for h in halves if h not in extra or extra[h] is not None)
    sums = dict.fromkeys(halves, 0.0)
    over = dict.fromkeys(halves, 0)
    for key in keys:
        row = {}
        for half in halves:
            if half in extra:
                row[half] = (fresh_cer(key, None, extra[half]), fresh_cer(key, fn, extra[half]))
            else:
                row[half] = (sets.group_cer(half, key), sets.group_cer(half, key, fn))
            sums[half] += row[half][1] / len(keys)
            over[half] += row[half][1] > 0.005
        flag = "  !!" if max(v[1] for v in row.values()) > 0.005 else ""
        cols = "   ".join(f"{h} {a * 100:6.2f} -> {b * 100:5.2f} %" for h, (a, b) in row.items())
        print(f"{key:28s} {cols}{flag}")
    print("mean " + "   ".join(f"{h} {sums[h] * 100:.2f} % ({over[h]} groups > 0.5 %)" for h in halves))
    for half in files:
        if "--diff" + half[5:] not in sys.argv or extra[half] is None:
            continue
        only = [a[8:] for a in sys.argv if a.startswith("--group=")]
        for key in keys:
            if only and not any(o in key for o in only):
                continue
            broken = extra[half]["groups"][key]["fresh"]
            got = sets.repair_group(broken, fn)
            for b, g, t in zip(broken, got, extra[half]["true"]["fresh"]):
                if g != t:
                    print(f"--- {key}\n  raw {b!r}\n  got {g}\n  tru {t}")

if __name__ == "__main__":
    main()

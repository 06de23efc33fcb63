"""CER of ``ita repair`` per font x reader group, on tests/data/repair_groups.json
(dev and held-out halves) and tests/data/repair_fresh.json ("fresh dev").

    PYTHONPATH=$PWD .venv/bin/python bench/measure_repair_groups.py [--lines] [--fresh-only] [--held-out] [--diff]
    PYTHONPATH=$PWD .venv/bin/python bench/measure_repair_groups.py --make-fresh

Prints raw -> repaired CER for the dev half (rules were debugged on it), the fresh dev
set and, with ``--held-out``, the held-out half (only measured); ``!!`` marks a group above the 0.5 % target.
Each group half is repaired as one text (what ``ita repair`` does with a file);
``--lines`` repairs each line alone instead (what ``ita repair`` did before it read its
input as one text). ``--diff`` prints the fresh lines that differ from the truth.

"Fresh dev" (issue 16, session 3): a third set of pairs from source text nobody had
looked at while writing the rules -- seed prose lines past the 28th of each seed (set (a)
used lines 1-28, the groups lines 1-4 and 21-24), seed table cells past the 8th of each
seed (set (a) used the first 8), the corpus generator's measure and analysis wording
(corpus/draw_text.py), pythainlp names and Wikipedia titles at offsets neither half
uses, and Thai province names. Rendered and read exactly as tests/make_repair_groups.py
renders the two halves (same fonts, renderers and readers). It is measured before a rule
changes and debugged on; held-out stays measure-only.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

import thai_repair_sets as sets  # noqa: E402
from normalizers.thai.thai_cer import corpus_cer  # noqa: E402
from normalizers.thai.thai_text import repair  # noqa: E402

FRESH_FILE = ROOT / "tests" / "data" / "repair_fresh.json"
_LAO = re.compile("[\u0e80-\u0eff]")
_THAI = re.compile("[\u0e01-\u0e5b]")


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


def make_fresh() -> None:
    import make_repair_groups as mg

    src = fresh_source_lines()
    mg.source_lines = lambda: {"fresh": src}
    data = mg.build()
    FRESH_FILE.write_text(json.dumps(data, ensure_ascii=False, indent=0, sort_keys=True) + "\n",
                          encoding="utf-8")
    print(f"wrote {FRESH_FILE} ({len(src)} lines, {len(data['groups'])} groups)")


def fresh_groups() -> dict:
    return json.loads(FRESH_FILE.read_text(encoding="utf-8"))


def fresh_cer(key: str, fn=None, data: dict | None = None) -> float:
    data = data or fresh_groups()
    broken = data["groups"][key]["fresh"]
    truth = data["true"]["fresh"]
    got = [b.replace("\n", "") for b in broken] if fn is None else sets.repair_group(broken, fn)
    return corpus_cer(zip(got, truth))


def by_line(text: str) -> str:
    return "\n".join(repair(line) for line in text.split("\n"))


def main() -> None:
    if "--make-fresh" in sys.argv:
        make_fresh()
        return
    fn = by_line if "--lines" in sys.argv else repair
    fresh_only = "--fresh-only" in sys.argv
    held = "--held-out" in sys.argv
    data = sets.reader_groups()
    fresh = fresh_groups() if FRESH_FILE.exists() else None
    keys = sorted(data["groups"])
    sums = {"dev": 0.0, "fresh": 0.0, "held_out": 0.0}
    over = {"dev": 0, "fresh": 0, "held_out": 0}
    for key in keys:
        row = {}
        halves = ("fresh",) if fresh_only else ("dev", "fresh", "held_out") if held else ("dev", "fresh")
        for half in halves:
            if half == "fresh":
                if fresh is None:
                    continue
                row[half] = (fresh_cer(key, None, fresh), fresh_cer(key, fn, fresh))
            else:
                row[half] = (sets.group_cer(half, key), sets.group_cer(half, key, fn))
            sums[half] += row[half][1] / len(keys)
            over[half] += row[half][1] > 0.005
        flag = "  !!" if max(v[1] for v in row.values()) > 0.005 else ""
        cols = "   ".join(f"{h} {a * 100:6.2f} -> {b * 100:5.2f} %" for h, (a, b) in row.items())
        print(f"{key:28s} {cols}{flag}")
    print("mean " + "   ".join(f"{h} {sums[h] * 100:.2f} % ({over[h]} groups > 0.5 %)"
                               for h in sums if h == "fresh" or (not fresh_only and (held or h == "dev"))))
    if "--diff" in sys.argv and fresh is not None:
        for key in keys:
            broken = fresh["groups"][key]["fresh"]
            got = sets.repair_group(broken, fn)
            for b, g, t in zip(broken, got, fresh["true"]["fresh"]):
                if g != t:
                    print(f"--- {key}\n  raw {b!r}\n  got {g}\n  tru {t}")


if __name__ == "__main__":
    main()

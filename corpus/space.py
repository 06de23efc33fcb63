"""The layout space: every dimension a drawn report varies along, and its values.

``draw_layout(seed)`` picks one value per dimension with ``random.Random(seed)``; the same
seed always gives the same layout. Dimensions prefixed ``m.`` describe the measures tables,
``q.`` the per-question tables, ``r.`` the results (per-indicator) table; the others the whole
document. Scores are aggregated per (dimension, value) by ``corpus.space_score``, so a failure
names the value that breaks.

Seeds ``>= HELDOUT_MIN`` are the held-out range: measure only, never debug on. Only they may
print the held-out half of the header synonym bank (content/header_synonyms.json).
"""
from __future__ import annotations

import json
import random
from pathlib import Path

HELDOUT_MIN = 100_000
SYNONYMS = Path(__file__).with_name("content") / "header_synonyms.json"

# name -> (values, what it means). Order of values is irrelevant; draws are uniform unless
# WEIGHTS says otherwise.
DIMENSIONS: dict[str, tuple[tuple[str, ...], str]] = {
    "renderer": (("html", "docx"), "weasyprint HTML or python-docx -> LibreOffice PDF (set by the caller)"),
    "font": (("Sarabun", "Noto Sans Thai", "Garuda", "Loma", "Kinnari", "Norasi", "Laksaman", "Waree"),
             "body font (digits=it9 forces 'Sarabun IT9', ASCII digits drawn as Thai digits)"),
    "digits": (("thai", "arabic", "mixed", "it9"),
               "numbers as Thai digits, Arabic digits, both mixed inside one number (๙4.๔5), or ASCII "
               "digits in a font that draws them as Thai digits (TH SarabunIT๙ style)"),
    "months": (("abbr_dots", "abbr_nodots", "full"), "ต.ค. 68 / ตค 68 / ตุลาคม 2568 in periods"),
    "edition": (("2566", "2568"), "questionnaire: 2562-2566 (i1-i30, e1-e15, o1-o43) or the later one "
                                  "(i1-i15, e1-e9, o1-o28)"),
    "orientation": (("portrait", "landscape_measures", "landscape"), "page orientation of the whole "
                                                                      "document or of the measures part"),
    "summary": (("prose", "kv", "results_table", "kv_and_table"),
                "where the overall/tool scores are printed: sentences, a key/value summary sheet "
                "(อ.X จ.Y, IIT … | EIT … | OIT …), a results table, or both"),
    "distractor": (("none", "last_year", "national_avg", "other_bodies", "band_table"),
                   "numbers that are not the document's own scores"),
    "org_title": (("full", "abbr"), "title prints the full org name or อบต./ทต./ทม."),
    # per-question tables
    "q.present": (("yes", "no"), "the report prints question scores"),
    "q.arrangement": (("grouped", "per_indicator"), "one table with indicator rows between question "
                                                    "rows, or one table per indicator under a heading"),
    "q.code_column": (("merged", "separate"), "code in the text cell (i7 …) or a column of its own"),
    "q.rules": (("grid", "none", "horizontal", "zebra"), "rules of the question tables"),
    "q.header": (("one", "none"), "a header row, or none"),
    # results table
    "r.tool_span": (("yes", "no"), "tool scores in cells spanning the indicator rows (1-5, 6-8, 9-10)"),
    "r.rules": (("grid", "none", "horizontal", "zebra"), "rules of the results table"),
    # measures
    "m.arrangement": (("one_table", "per_measure", "per_page"),
                      "one table for all measures, one per measure under `ประเด็นที่ N`, one per page"),
    "m.columns": (("m5", "m6", "m8", "m5f"), "which columns: 5 (measure, analysis, steps, period, "
                                          "responsible), 6 (+indicator), 8 (+code, measure_analysis), "
                                          "(m5f: measure, steps, responsible, period, follow-up)"),
    "m.order": (("standard", "shuffled"), "column order"),
    "m.extra": (("none", "seq", "budget", "target", "remark"), "an extra column that is not data"),
    "m.merged": (("none", "period_responsible", "code_in_analysis"),
                 "two roles in one column: period + units, or codes printed in the analysis cell"),
    "m.missing": (("none", "responsible", "period"), "a role the table does not print"),
    "m.header": (("one", "two"), "one header row, or an upper cell grouping sub-columns"),
    "m.rules": (("grid", "none", "horizontal", "zebra"), "rules of the measures tables"),
    "m.repeat_header": (("yes", "no"), "header rows repeated on each page a table spans"),
    "m.numbering": (("none", "arabic_dot", "thai_paren", "paren_both"), "list number before each measure"),
    "m.steps": (("arabic_dot", "thai_dot", "dash"), "step numbering"),
    "m.periods": (("mixed", "ranges", "quarters", "fiscal", "open_start"),
                  "period shapes: a mix, month ranges, quarters, whole fiscal year, ranges whose "
                  "start has no year"),
    "m.long_rows": (("no", "yes"), "rows long enough to break across pages"),
    "header_half": (("dev", "heldout"), "which half of the synonym bank the headers use"),
}

WEIGHTS = {"q.present": (0.8, 0.2)}


def is_heldout(seed: int) -> bool:
    return seed >= HELDOUT_MIN


def synonyms() -> dict:
    """The synonym bank: role -> {"dev": [...], "heldout": [...]}."""
    data = json.loads(SYNONYMS.read_text(encoding="utf-8"))
    return {k: v for k, v in data.items() if not k.startswith("_")}


def draw_layout(seed: int, renderer: str | None = None) -> dict[str, str]:
    """One value per dimension, from the seed (``renderer`` fixed by the caller if given)."""
    rng = random.Random(f"layout:{seed}")
    out = {}
    for name, (values, _) in DIMENSIONS.items():
        w = WEIGHTS.get(name)
        out[name] = rng.choices(values, weights=w)[0] if w else rng.choice(values)
    if renderer:
        out["renderer"] = renderer
    if not is_heldout(seed):
        out["header_half"] = "dev"
    if out["digits"] == "it9":
        out["font"] = "Sarabun IT9"
    if out["m.columns"] == "m8":  # the 8-column layout has its two-level header
        out["m.header"] = "two"
    return out


def describe_markdown() -> str:
    """The dimension table for corpus/README.md."""
    lines = ["| dimension | values | meaning |", "|---|---|---|"]
    for name, (values, doc) in DIMENSIONS.items():
        lines.append(f"| `{name}` | {', '.join(values)} | {doc} |")
    return "\n".join(lines)

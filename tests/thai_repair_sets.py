"""Test sets for Thai text repair (used by tests/test_thai_text_cer.py and bench/).

Set (a): known Thai text (seed prose lines and ITA table cells) rendered to PDF
with several Thai fonts by two renderers (weasyprint/Pango and reportlab), read
back with pdfplumber. ``true`` is what was rendered, ``broken`` the text layer.
Set (b): real PDFs from ../shared/realdocs with known-good text.
"""

from __future__ import annotations

import glob
import html
import pickle
import re
import subprocess
import sys
import tempfile
from functools import lru_cache
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
from shared_dir import REALDOCS, SEEDS, SHARED  # noqa: E402,F401 - $ITA_SHARED_DIR or ../shared

_SITE = Path(__import__("sysconfig").get_paths()["purelib"])
TLWG = Path("/usr/share/fonts/truetype/tlwg")
FONTS = {
    "Sarabun": _SITE / "fontpkg_sarabun/files/Sarabun-Regular.ttf",
    "NotoSansThai": _SITE / "fontpkg_noto_sans_thai/files/NotoSansThai[wdth,wght].ttf",
    "Garuda": TLWG / "Garuda.ttf",
    "Loma": TLWG / "Loma.ttf",
    "Kinnari": TLWG / "Kinnari.ttf",
    "Laksaman": TLWG / "Laksaman.ttf",
}
REPORTLAB_FONTS = ("Sarabun", "Garuda")

_THAI = re.compile("[\u0e01-\u0e5b]")
_LAO = re.compile("[\u0e80-\u0eff]")


def need_shared() -> None:
    """Skip the calling test (with the reason) when the shared seeds are absent."""
    if not SEEDS.is_dir():
        import pytest
        from shared_dir import SKIP_REASON
        pytest.skip(SKIP_REASON)


def _seed_texts() -> list[str]:
    need_shared()
    return [Path(p).read_text(encoding="utf-8") for p in sorted(glob.glob(str(SEEDS / "*.txt")))]


def clean_seed_lines() -> list[str]:
    """Every non-empty line of the seeds that is clean Thai (no Lao typos)."""
    out = []
    for text in _seed_texts():
        for line in text.splitlines():
            if line.strip() and not _LAO.search(line) and "\ufffd" not in line:
                out.append(line)
    return out


def prose_lines(per_seed: int = 14, skip: int = 0) -> list[str]:
    """Thai prose lines (no tabs, no markup) from each seed, deterministic sample;
    ``skip`` lines per seed are passed over first (``skip=14`` gives a held-out set)."""
    out = []
    for text in _seed_texts():
        n = -skip
        for line in text.splitlines():
            line = line.strip()
            if ("\t" in line or "<" in line or len(line) < 25 or len(line) > 220
                    or _LAO.search(line) or "\ufffd" in line
                    or len(_THAI.findall(line)) < 0.6 * len(line.replace(" ", ""))):
                continue
            n += 1
            if n > 0:
                out.append(line)
            if n >= per_seed:
                break
    return out


def cell_texts(per_seed: int = 8) -> list[str]:
    """Thai table cells (question texts etc.) from the seeds' tab-separated rows."""
    out, seen = [], set()
    for text in _seed_texts():
        n = 0
        for line in text.splitlines():
            if "\t" not in line:
                continue
            for cell in line.split("\t"):
                cell = cell.strip()
                if (len(cell) < 30 or len(cell) > 160 or cell in seen or "<" in cell
                        or _LAO.search(cell) or "\ufffd" in cell):
                    continue
                seen.add(cell)
                out.append(cell)
                n += 1
            if n >= per_seed:
                break
    return out


def _weasy_pdf(body: str, font: Path, path: Path, css: str = "") -> None:
    import weasyprint

    doc = (
        "<html><head><meta charset='utf-8'><style>"
        f"@font-face{{font-family:F;src:url('file://{font}')}}"
        "@page{size:1400mm 800mm;margin:10mm}"
        "body{font-family:F;font-size:14pt}"
        "p{white-space:nowrap;margin:0 0 6pt 0}" + css +
        "</style></head><body>" + body + "</body></html>"
    )
    weasyprint.HTML(string=doc).write_pdf(str(path))


def _reportlab_pdf(lines: list[str], font: Path, name: str, path: Path) -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    face = "RL" + name
    if face not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(face, str(font)))
    c = canvas.Canvas(str(path), pagesize=(3800, 60 + 24 * len(lines)))
    y = 40 + 24 * len(lines)
    for line in lines:
        c.setFont(face, 14)
        c.drawString(20, y, line)
        y -= 24
    c.save()


def _page_lines(path: Path) -> list[str]:
    import pdfplumber

    with pdfplumber.open(str(path)) as pdf:
        return pdf.pages[0].extract_text().split("\n")


def render_prose(lines: list[str], font_name: str, renderer: str, workdir: Path) -> list[tuple[str, str]]:
    """(broken, true) pairs: each line rendered on one PDF line and read back."""
    path = workdir / f"prose-{renderer}-{font_name}.pdf"
    if renderer == "weasyprint":
        _weasy_pdf("".join(f"<p>{html.escape(x)}</p>" for x in lines), FONTS[font_name], path)
    else:
        _reportlab_pdf(lines, FONTS[font_name], font_name, path)
    got = _page_lines(path)
    if len(got) != len(lines):
        raise RuntimeError(f"{path.name}: {len(got)} lines read back for {len(lines)} rendered")
    return list(zip(got, lines))


def render_cells(cells: list[str], font_name: str, workdir: Path) -> list[tuple[str, str]]:
    """(broken cell as extract_table returns it, true cell) for cells wrapped in a narrow column."""
    import pdfplumber

    path = workdir / f"cells-{font_name}.pdf"
    rows = "".join(f"<tr><td>{i + 1}</td><td>{html.escape(c)}</td><td>9{i}.5</td></tr>"
                   for i, c in enumerate(cells))
    css = ("@page{size:210mm 3000mm;margin:15mm}tr{page-break-inside:avoid}table{border-collapse:collapse}"
           "td{border:1px solid black;padding:3pt;vertical-align:top}"
           "td:nth-child(2){width:60mm}")
    _weasy_pdf(f"<table>{rows}</table>", FONTS[font_name], path, css)
    got: list[str] = []
    with pdfplumber.open(str(path)) as pdf:
        for page in pdf.pages:
            for table in page.extract_tables():
                for row in table:
                    if len(row) >= 2 and row[1] is not None:
                        got.append(row[1])
    if len(got) != len(cells):
        raise RuntimeError(f"{path.name}: {len(got)} cells read back for {len(cells)}")
    return list(zip(got, cells))


def _in_clean_process(func_name: str):
    """Run ``func_name`` of this module in a fresh interpreter and return its result.

    Rendering depends on which shared libraries the process loaded first (importing
    opencv/pypdfium2 before weasyprint changes NotoSansThai glyph positions and so the
    text layer), so the sets are always made in a process of their own.
    """
    code = (f"import pickle, sys; sys.path.insert(0, {str(Path(__file__).parent)!r}); "
            f"import thai_repair_sets as m; sys.stdout.buffer.write(pickle.dumps(m.{func_name}()))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, check=True, timeout=600,
                         cwd=str(REPO))
    return pickle.loads(out.stdout)


@lru_cache(maxsize=1)
def held_out() -> dict[str, list[tuple[str, str]]]:
    """Prose lines not used while developing the rules (seed lines 15-28), weasyprint."""
    need_shared()
    return _in_clean_process("_held_out_here")


def _held_out_here(fonts=("Sarabun", "NotoSansThai", "Garuda", "Kinnari")) -> dict[str, list[tuple[str, str]]]:
    lines = prose_lines(14, skip=14)
    out = {}
    with tempfile.TemporaryDirectory() as tmp:
        for name in fonts:
            out[f"held-out/weasyprint/{name}/prose"] = render_prose(lines, name, "weasyprint", Path(tmp))
    return out


@lru_cache(maxsize=1)
def set_a() -> dict[str, list[tuple[str, str]]]:
    """All of set (a), keyed by ``renderer/font/kind``; each value a list of (broken, true)."""
    need_shared()
    return _in_clean_process("_set_a_here")


def _set_a_here() -> dict[str, list[tuple[str, str]]]:
    lines, cells = prose_lines(), cell_texts()
    out: dict[str, list[tuple[str, str]]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        for name in FONTS:
            out[f"weasyprint/{name}/prose"] = render_prose(lines, name, "weasyprint", work)
            out[f"weasyprint/{name}/cells"] = render_cells(cells, name, work)
        for name in REPORTLAB_FONTS:
            out[f"reportlab/{name}/prose"] = render_prose(lines, name, "reportlab", work)
    return out


# ---------------------------------------------------------------- font x reader groups
GROUPS_FILE = Path(__file__).resolve().parent / "data" / "repair_groups.json"


@lru_cache(maxsize=1)
def reader_groups() -> dict:
    """tests/data/repair_groups.json (made by tests/make_repair_groups.py): ``true`` lines
    per half and, per ``font/reader`` group, the broken lines per half."""
    import json

    return json.loads(GROUPS_FILE.read_text(encoding="utf-8"))


def repair_group(broken: list[str], fn) -> list[str]:
    """Run ``fn`` (``repair``) on one group half as one text, as ``ita repair`` reads a
    file, and give back one string per entry (an entry's lines joined without newline:
    a reader line that starts with a mark continues the line before it)."""
    out = fn("\n".join(broken)).split("\n")
    res, k = [], 0
    for entry in broken:
        n = entry.count("\n") + 1
        res.append("".join(out[k:k + n]))
        k += n
    return res


def group_cer(half: str, key: str, fn=None) -> float:
    """Micro-averaged CER of one group half, raw (``fn`` None) or through ``fn``."""
    from normalizers.thai.thai_cer import corpus_cer

    data = reader_groups()
    broken = data["groups"][key][half]
    truth = data["true"][half]
    got = [b.replace("\n", "") for b in broken] if fn is None else repair_group(broken, fn)
    return corpus_cer(zip(got, truth))


@lru_cache(maxsize=None)
def _fresh_group(name: str, key: str, fn) -> tuple[list[str], list[str], list[str]]:
    """(true lines, raw entries, repaired entries) of group ``key`` of the pair set ``name``
    (``fresh9``, ``fresh10``: ``measure_repair_groups.<name>_groups``), repaired by ``fn`` as one text."""
    import measure_repair_groups as m  # bench/ (on sys.path in the tests that call this); it imports this module

    data = getattr(m, f"{name}_groups")()
    raw = data["groups"][key]["fresh"]
    return data["true"]["fresh"], raw, repair_group(raw, fn)


def fresh_line(name: str, key: str, want: str, fn) -> tuple[str, str]:
    """(raw entry, repaired entry) of group ``key`` of the pair set ``name`` for the true line
    holding ``want``."""
    truth, raw, got = _fresh_group(name, key, fn)
    k = next(i for i, t in enumerate(truth) if want in t)
    return raw[k].replace("\n", ""), got[k]


def line_by_raw(name: str, key: str, printed: str, fn) -> tuple[str, str]:
    """(repaired, true) of the one line of group ``key`` of the pair set ``name`` whose raw text
    holds ``printed``, the group repaired as one text by ``fn`` (as ``ita repair`` reads a file)."""
    import repair_sources as src

    data = src._groups(name)
    raw = data["groups"][key]["fresh"]
    hits = [(got, true) for r, got, true in zip(raw, repair_group(raw, fn), data["true"]["fresh"]) if printed in r]
    assert len(hits) == 1, (printed, len(hits))
    return hits[0]

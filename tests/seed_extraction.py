"""Build an ``Extraction`` straight from a seed text (../shared/seeds/*.txt).

The seeds are text renderings of real reports: tab-separated lines are table rows, ``|…|``
lines are table rows, ``<p>`` separates paragraphs inside a cell, blank lines separate
tables. This lets normalizer tests run on the real reports' table content and wording
without a PDF renderer in between (the PDF path is tested on rendered samples).
"""
from __future__ import annotations

import re
from pathlib import Path

from extractors.model import Extraction, PageText, RawTable

from shared_dir import SEEDS  # noqa: E402 - $ITA_SHARED_DIR or ../shared
_TAG = re.compile(r"</?(?:p|u|b|i|strong|em)>")


def _cells_tsv(line: str) -> list[str]:
    return [_TAG.sub(" ", c).replace("  ", " ").strip() for c in line.rstrip("\n").split("\t")]


def _cells_pipe(line: str) -> list[str] | None:
    s = line.strip()
    if not (s.startswith("|") and s.endswith("|")):
        return None
    parts = [p.strip() for p in s[1:-1].split("|")]
    if all(re.fullmatch(r"-*", p) for p in parts):
        return []  # the markdown separator line
    return [_TAG.sub(" ", p).strip() for p in parts]


def seed_extraction(path: Path, doc_id: str = "0" * 64) -> Extraction:
    """One page per seed (page breaks are not in the seed text); tables split on blank lines."""
    text_lines: list[str] = []
    tables: list[RawTable] = []
    current: list[list[str]] = []

    def flush():
        nonlocal current
        if current:
            n = max(len(r) for r in current)
            rows = [r + [""] * (n - len(r)) for r in current]
            tables.append(RawTable(page=1, index=len(tables), bbox=(0, 0, 1, 1), rows=rows))
        current = []

    for line in path.read_text(encoding="utf-8").splitlines():
        pipe = _cells_pipe(line)
        if "\t" in line:
            cells = _cells_tsv(line)
            if set(c.strip("- ") for c in cells) <= {""}:
                continue
            if current and len(cells) != len(current[0]):
                flush()
            current.append(cells)
        elif pipe is not None:
            if pipe:
                if current and len(pipe) != len(current[0]):
                    flush()
                current.append(pipe)
        else:
            flush()
            if line.strip():
                text_lines.append(line.strip().strip("*").strip())
    flush()
    page = PageText(page=1, method="text", text="\n".join(text_lines), full_text="")
    return Extraction(doc_id=doc_id, file_name=path.name, page_count=1, pages=[page], tables=tables)


def seed_paths() -> list[Path]:
    return sorted(SEEDS.glob("*.txt"))

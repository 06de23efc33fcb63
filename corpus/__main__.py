"""CLI: ``python -m corpus render [NAMES...] --out DIR [--expected-dir DIR]``,
``python -m corpus samples`` (bundled samples + golden + variants),
``python -m corpus fuzz --seeds A..B --out DIR [--renderer html|docx|both] [--scan] [--header-words unknown]``
(layout-space sample),
``python -m corpus score DIR [--data OUT] [--json]`` (a fuzz sample: run the pipeline or read OUT, rates per
dimension value) or ``python -m corpus score DATA_DIR [EXPECTED...]`` (a written dataset against expected files)."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m corpus")
    sub = ap.add_subparsers(dest="cmd", required=True)
    r = sub.add_parser("render", help="render content files to PDF + expected JSON")
    r.add_argument("names", nargs="*", help="content names or JSON paths (default: all)")
    r.add_argument("--out", required=True)
    r.add_argument("--expected-dir")
    sub.add_parser("samples", help="rebuild data/raw + tests/golden (seeds) and tests/corpus (variants)")
    f = sub.add_parser("fuzz", help="render a sample of the layout space (PDF + expected JSON per seed)")
    f.add_argument("--seeds", required=True, help="A..B (inclusive), A,B,C; seeds >= 100000 are held out")
    f.add_argument("--out", required=True)
    f.add_argument("--renderer", choices=("html", "docx", "both"), default="both")
    f.add_argument("--scan", action="store_true", help="also write simulated scans of every PDF (DIR/scan)")
    f.add_argument("--header-words", choices=("unknown",),
                   help="print every column title from this bank (in neither half; the parser never learns it)")
    s = sub.add_parser("score", help="score a fuzz sample (runs the pipeline) or a written dataset")
    s.add_argument("data_dir", help="a fuzz sample directory, or a dataset directory (old form)")
    s.add_argument("expected", nargs="*", help="old form: *.expected.json (default: tests/golden + tests/corpus)")
    s.add_argument("--data", help="read the pipeline's rows from this dataset instead of running it")
    s.add_argument("--jobs", type=int, default=1)
    s.add_argument("--detail", action="store_true", help="list what differs per document")
    s.add_argument("--json", action="store_true")
    a = ap.parse_args(argv)

    if a.cmd == "render":
        from corpus.build import build_one, content_names
        for n in a.names or content_names():
            info = build_one(n, a.out, a.expected_dir)
            print(f"{info['name']}: {info['pages']} pages, {info['bytes']} bytes, sha256 {info['sha256'][:12]}")
    elif a.cmd == "samples":
        from corpus.build import build_one, content_names
        from corpus.variants import write_variants
        write_variants()
        for n in content_names():
            seed = n[:3].isdigit()
            info = build_one(n, REPO / ("data/raw" if seed else "tests/corpus"),
                             REPO / ("tests/golden" if seed else "tests/corpus"))
            print(f"{info['name']}: {info['pages']} pages, {info['bytes']} bytes")
    elif a.cmd == "fuzz":
        from corpus.fuzz import fuzz, parse_seeds
        fuzz(parse_seeds(a.seeds), a.out, a.renderer, a.scan, header_words=a.header_words)
    elif a.cmd == "score" and (a.data or (not a.expected and any(Path(a.data_dir).rglob("*.expected.json")))):
        from corpus.fuzz import format_report, score_dir
        res = score_dir(a.data_dir, a.data, a.jobs)
        if a.json:
            import json
            print(json.dumps(res, ensure_ascii=False, indent=1, default=str))
        else:
            print(format_report(res, detail=a.detail))
    elif a.cmd == "score":
        from corpus.score import format_table, score_dataset
        exp = a.expected or sorted(str(p) for d in ("tests/golden", "tests/corpus")
                                   for p in (REPO / d).glob("*.expected.json"))
        res = score_dataset(a.data_dir, exp)
        if a.json:
            import json
            print(json.dumps(res, ensure_ascii=False, indent=1))
        else:
            print(format_table(res))
    return 0


if __name__ == "__main__":
    sys.exit(main())

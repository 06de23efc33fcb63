"""Our own recognizer for numeric table cells (Thai and Arabic digits, ``.``, ``-``).

Tesseract's ``tha`` model cannot output ๔ ๖ ๗ ๘ ๙, so numeric cells of scanned reports are
read here instead. A cell image is cut into glyphs by connected components; ``.`` and ``-`` are
recognised by their geometry (a small blob on the baseline, a flat bar at mid height) and
digits by a tiny numpy MLP trained on glyphs rendered from real Thai fonts (Sarabun, Noto Sans
Thai, the TLWG fonts) with scan-like augmentation. A digit's value is read whatever its
script: reports mix Thai and Arabic digits inside one number (``๙4.๔5``).

The model (``extractors/models/numerals.npz``) is built by ``python -m extractors.numerals
build``; nothing is downloaded at run time.

The package, one concept a module: ``glyphs`` (segmentation and features), ``mlp`` (the
classifier), ``training`` (building and loading the model), ``reading`` (numeric cells),
``spans`` (numbers inside text lines), ``codes`` (question codes).
"""
from __future__ import annotations

from extractors.numerals.codes import read_code, read_code_run, read_leading_code
from extractors.numerals.glyphs import FEAT_SIDE, Glyph, features, glyph_features, ink_mask
from extractors.numerals.mlp import ARABIC_DIGITS, CLASSES, MLP, OTHER, THAI_DIGITS, train_mlp
from extractors.numerals.reading import (CellReading, alternatives, analyse, analyse_many, other_prob,
                                         read_number, segment)
from extractors.numerals.spans import SpanReading, read_span
from extractors.numerals.training import (MODEL_PATH, NEGATIVE_CHARS, build, degrade, font_files, load_model,
                                          main, make_samples, random_number, render_text)

__all__ = ["ARABIC_DIGITS", "CLASSES", "FEAT_SIDE", "MLP", "MODEL_PATH", "NEGATIVE_CHARS", "OTHER", "THAI_DIGITS",
           "CellReading", "Glyph", "SpanReading", "alternatives", "analyse", "analyse_many", "build", "degrade",
           "features", "font_files", "glyph_features", "ink_mask", "load_model", "main", "make_samples",
           "other_prob", "random_number", "read_code", "read_code_run", "read_leading_code", "read_number", "read_span",
           "render_text", "segment", "train_mlp"]

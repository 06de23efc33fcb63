"""Normalizers: pure functions from extracted tables/text to contract records.

The layout shows the concepts:

- ``normalizers.thai``: Thai text repair (broken text layers, OCR output), lexicon, CER;
- ``normalizers.fields``: field parsers (numbers, periods, codes and catalogs, indicators,
  units, organisations, places);
- ``normalizers.tables``: table understanding (grids, headers, cell types, column roles, rows);
- ``normalizers.records``: contract rows from understood tables and text, and cross-checks;
- ``normalizers.document``: the normalize stage (one ``Extraction`` → ``Records``).
"""

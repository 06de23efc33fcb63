"""A measure name opening in the middle of a word (dev seed 20041 html, tables ruled across
only, the header word ``แนวทาง`` split over two columns): on page 8 the second measure reads
``าน (5) มาตรการทบทวนหลักเกณฑ์…``, the end of another cell's word before it, with no flag about
the name. No Thai word starts with a following vowel or a tone mark: such a name (or finding)
is ``cell_content_mismatch``. One HTML render, the real extract and normalize stages."""

from corpus_seeds import render_seed


def test_measure_name_opening_mid_word_flagged(tmp_path):
    _, _, records, _ = render_seed(20041, tmp_path, "html")
    m = next(m for m in records.planned_measures if "(5) มาตรการทบทวน" in m["measure"])
    assert m["measure"].startswith("าน")
    assert "cell_content_mismatch:measure" in m["flags"]
    clean = [m for m in records.planned_measures if m["measure"][0] in "กมแโ"]
    assert clean and not any("cell_content_mismatch:measure" in m["flags"] for m in clean)

"""Table understanding: structure first, then meaning.

    text     tolerant matching keys (``squash``, ``loose``)
    vocab    the header vocabulary (``normalizers/data/header_vocab.json``), matched per role
    header   each column's header levels (an upper cell groups its sub-columns)
    cells    the content type of one cell (score, code + text, indicator, period, units, …)
    assign   column roles decided jointly from header words, cell types and position
    rows     the kind of each body row (question, indicator, heading, subtotal, continuation)
    spans    values in cells that span several rows (a tool score over indicators 1–5)

Dependency order (no cycles): text → vocab → header → cells → assign → rows/spans.
Nothing here imports ``normalizers.tables.grid``'s builders or ``normalizers.tables.roles``; the Table and
Row objects are passed in.
"""

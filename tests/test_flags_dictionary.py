"""The data dictionary documents every flag kind the code can emit (docs/flags.yaml) and every
table and column of the contract (docs/data_dictionary.md)."""
from __future__ import annotations

import re
import textwrap
from pathlib import Path

import pandas as pd
import pytest
import yaml

from flag_scan import kind_of, scan

ROOT = Path(__file__).resolve().parents[1]
DICT = yaml.safe_load((ROOT / "docs" / "flags.yaml").read_text(encoding="utf-8"))["kinds"]
LEVELS = {"info", "check", "problem"}


def _template(kind: str) -> str:
    """``<tool>_score_disagrees`` and the scanner's ``<>_score_disagrees`` → one template."""
    return re.sub(r"<[^>]*>", "<>", kind)


def _documented(kind: str) -> bool:
    """A concrete kind (``iit_score_disagrees``) or a scanned template is in the dictionary."""
    for k in DICT:
        if _template(k) == _template(kind):
            return True
        rx = "^" + re.escape(_template(k)).replace(re.escape("<>"), "[a-z0-9]+") + "$"
        if re.match(rx, kind):
            return True
    return False


def test_every_entry_says_what_it_means_and_what_to_do():
    assert len(DICT) >= 90
    for kind, e in DICT.items():
        assert set(e) == {"form", "where", "means", "do", "level"}, kind
        assert e["level"] in LEVELS, kind
        assert len(e["means"]) > 20 and len(e["do"]) > 5, kind


def test_every_flag_kind_the_code_emits_is_documented():
    found = scan()
    missing = {k: where for k, where in found.items() if not _documented(k)}
    assert not missing, ("flag kinds emitted by the code but missing from docs/flags.yaml "
                         f"(add them with form/where/means/do/level): {missing}")


def test_the_scanner_finds_flags_however_they_are_written(tmp_path):
    src = tmp_path / "m.py"
    src.write_text(textwrap.dedent('''
        def f(row, flags, tool, t, q):
            flags.append("alpha_one")
            row.flags.extend([f"beta_two:{tool}", "gamma_three"])
            _add(row, f"delta_four:{tool}")
            tag = "theta_eight:" + tool
            flags.append(tag)
            doc["flags"] = sorted(set(doc.get("flags") or []) | {f"{tool}_epsilon"})
            out = Period(None, None, q.flags + ["zeta_six"])
            return None, [f"eta_seven:{tool}"]
        def _add(row, flag):
            row["flags"].append(flag)
        def other():
            names.append("column_name")
            return None, ["plain_list"]
    '''))
    assert set(scan([src])) == {"alpha_one", "beta_two", "gamma_three", "delta_four", "<>_epsilon", "zeta_six",
                                "eta_seven", "theta_eight"}


@pytest.mark.slow
def test_every_flag_in_a_real_dataset_is_documented(real_dataset):
    seen = set()
    for table in ("documents", "indicator_scores", "question_scores", "planned_measures"):
        for fl in pd.read_parquet(real_dataset / table)["flags"]:
            seen.update(kind_of(f) for f in fl)
    assert len(seen) >= 10  # data/raw's reports do carry flags
    assert {k for k in seen if not _documented(k)} == set()


def test_data_dictionary_has_every_table_and_column():
    from datastore.schema import TABLES
    text = (ROOT / "docs" / "data_dictionary.md").read_text(encoding="utf-8")
    for table, schema in TABLES.items():
        m = re.search(rf"^## `{table}`.*?(?=^## |\Z)", text, re.M | re.S)
        assert m, f"docs/data_dictionary.md has no section for {table}"
        for name in schema.names:
            assert re.search(rf"^\| `{name}` \|", m.group(0), re.M), f"{table}.{name} is not in docs/data_dictionary.md"

#!/usr/bin/env python3
"""Check a dataset directory against the contract (docs/contract.md): ``ita check`` as a script.

usage: scripts/check_contract.py DATA_DIR    exit 0 when it holds, 1 otherwise (one line per problem)
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # run from a checkout without installing

from flows.cli import main  # noqa: E402

if __name__ == "__main__":
    if len(sys.argv) != 2 or sys.argv[1].startswith("-"):
        print(__doc__)
        sys.exit(2)
    sys.exit(main(["check", sys.argv[1]]))

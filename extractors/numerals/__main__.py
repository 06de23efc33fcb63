"""``python -m extractors.numerals build``: build the digit model."""
import sys

from extractors.numerals.training import main

raise SystemExit(main(sys.argv[1:]))

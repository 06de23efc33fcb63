#!/usr/bin/env bash
# Set up everything the pipeline and its tests need on a fresh Debian/Ubuntu machine:
# system packages (Tesseract + Thai, poppler, Thai fonts, Pango for the PDF renderer),
# a virtualenv in .venv with the project and its dev dependencies.
# Idempotent: re-running it only installs what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

APT_PACKAGES=(
  tesseract-ocr tesseract-ocr-tha tesseract-ocr-eng   # OCR for scanned reports
  poppler-utils qpdf                                   # pdftoppm/pdfinfo; qpdf for test PDFs
  fonts-thai-tlwg                                      # Thai fonts (rendering test PDFs, numeral model)
  libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz0b       # weasyprint (test-corpus renderer)
  libreoffice-writer-nogui                             # Word-made test reports: .docx -> PDF (corpus/docx_render.py)
  gcc libc6-dev python3-dev                            # compiling the Thai repair hot path (mypyc)
)

missing=()
for p in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  echo "setup: installing system packages: ${missing[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

PY=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$PY" -m venv .venv
fi
.venv/bin/python -m pip install -q --upgrade pip
# the project, its dev tools and mypyc in one pip call (one resolve, one editable build: CI's
# machine is fresh every time); without mypyc (e.g. no wheel for this platform) the dev set alone
native=1
.venv/bin/python -m pip install -q -c constraints.txt -e ".[dev,native]" \
  || { native=0; .venv/bin/python -m pip install -q -c constraints.txt -e ".[dev]"; }
# Thai repair hot path compiled with mypyc (same results, ~1.6x faster); optional
{ [ "$native" = 1 ] && .venv/bin/python scripts/build_native.py; } \
  || echo "setup: native build skipped; Thai repair runs from the Python sources (slower)"
echo "setup: done ($(.venv/bin/python --version), $(tesseract --version 2>&1 | head -1))"

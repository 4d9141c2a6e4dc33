#!/usr/bin/env bash
# The test suite: set up (test extras, poppler, Chromium included), then pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --test
exec .venv/bin/python -m pytest -q "$@"

"""Shared fixtures: config, small article files, golden files, the shared evaluation data."""

from __future__ import annotations

import os

# one BLAS thread: the layer's cross-validation fits small matrices, and on two cores a thread pool only fights the
# other process (the cross-validation fixture of tests/test_labels.py: 74 s → 48 s); set before numpy is imported
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from brief.config import BriefConfig

ROOT = Path(__file__).resolve().parents[1]
DATA = Path(__file__).resolve().parent / "data"
GOLDEN = DATA / "golden"
SHARED = ROOT.parent / "shared" / "data"


def pytest_addoption(parser):
    parser.addoption("--update-golden", action="store_true", help="rewrite golden files from current output")


@pytest.fixture
def cfg() -> BriefConfig:
    return BriefConfig()


@pytest.fixture
def article_path():
    def path(name: str) -> Path:
        return DATA / "articles" / name

    return path


@pytest.fixture
def shared_data() -> Path:
    if not SHARED.is_dir():
        pytest.skip("../shared/data is not present")
    return SHARED


@pytest.fixture
def golden(request):
    def check(name: str, actual: str) -> None:
        path = GOLDEN / name
        if request.config.getoption("--update-golden"):
            path.write_text(actual, encoding="utf-8")
        assert path.exists(), f"missing golden {name}; run pytest --update-golden"
        assert actual == path.read_text(encoding="utf-8"), f"{name} differs; review and run pytest --update-golden"

    return check

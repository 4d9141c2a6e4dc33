"""Shared fixtures: config, small article files, golden files, the shared evaluation data."""

from __future__ import annotations

from pathlib import Path

import pytest

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

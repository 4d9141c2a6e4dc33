"""The committed examples are what the pipeline makes now (rewrite them with scripts/example.sh)."""

from __future__ import annotations

from pathlib import Path

import pytest

from brief import pipeline
from brief.config import load_config
from brief.render import render

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


CONFIG = EXAMPLES / "brief.toml"


@pytest.fixture(scope="module")
def briefing():
    return pipeline.brief_article(EXAMPLES / "seed_article.txt", load_config(CONFIG))


@pytest.mark.parametrize("fmt", ["json", "md"])
def test_committed_example_is_current(briefing, fmt):
    path = EXAMPLES / f"seed_article.{fmt}"
    assert path.exists(), f"{path.name} missing: run bash scripts/example.sh"
    assert render(briefing, fmt, load_config(CONFIG)).decode("utf-8") == path.read_text(encoding="utf-8"), (
        f"{path.name} is stale: run bash scripts/example.sh and review the diff"
    )


def test_committed_pdf_is_one_a4_page():
    pypdf = pytest.importorskip("pypdf")
    reader = pypdf.PdfReader(EXAMPLES / "seed_article.pdf")
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert (round(float(box.width), 1), round(float(box.height), 1)) == (595.3, 841.9)

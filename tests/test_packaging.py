"""The wheel ships the package data and the top-level templates."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    result = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(out), str(ROOT)],
        capture_output=True, text=True, timeout=300,
    )
    if result.returncode != 0 and "hatchling" in result.stderr:
        pytest.skip("hatchling is not installed for --no-build-isolation")
    assert result.returncode == 0, result.stderr
    (path,) = out.glob("brief-*.whl")
    return path


def test_wheel_contains_templates_and_data(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    templates = {p.name for p in (ROOT / "templates").iterdir() if p.is_file()}
    assert templates and {f"brief/templates/{name}" for name in templates} <= names
    for data in ("userdict.txt", "stopwords.txt", "cues.toml", "sections_model.json"):
        data = f"brief/data/{data}"
        assert data in names
    assert "brief/cli.py" in names and not any(n.startswith(("tests/", "bench/")) for n in names)


def test_console_script_declared(wheel):
    entry_points = next(n for n in zipfile.ZipFile(wheel).namelist() if n.endswith("entry_points.txt"))
    assert "brief = brief.cli:main" in zipfile.ZipFile(wheel).read(entry_points).decode()

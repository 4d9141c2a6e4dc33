"""JSONL article records {"id", "text", "title"?, "date"?}: reading them and briefing one into a brief/1 object."""

from __future__ import annotations

import json
import math
import re
from pathlib import Path
from typing import Any

from .config import BriefConfig
from .errors import InputError
from .models import Briefing

_SURROGATE = re.compile(r"[\ud800-\udfff]")


def read_records(path: Path, cfg: BriefConfig) -> list[dict[str, Any]]:
    """Every line of a JSONL file as a dict; a broken line becomes a record that fails alone."""
    from .load import decode

    path = Path(path)
    try:
        if path.is_dir():
            raise InputError(f"{path}: is a folder, not a JSONL file")
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except OSError as err:
        raise InputError(f"{path}: cannot read ({err.strerror or err})") from None
    text, _ = decode(data, str(path), "a JSONL file") if data.strip() else ("", "utf-8")
    records = []
    for number, line in enumerate(text.split("\n"), 1):  # not splitlines(): U+2028 or U+0085 may stand inside a string
        if not line.strip():
            continue
        try:
            record = json.loads(line, parse_constant=_reject_constant)
        except json.JSONDecodeError as err:
            record = {"id": None, "_error": f"line {number}: not valid JSON ({err.msg})"}
        except ValueError as err:  # NaN, Infinity: Python extensions, not JSON; an output could not echo them
            record = {"id": None, "_error": f"line {number}: not valid JSON ({err})"}
        except RecursionError:
            record = {"id": None, "_error": f"line {number}: JSON nested too deeply"}
        if isinstance(record, dict) and isinstance(record.get("id"), float) and not math.isfinite(record["id"]):
            record = {"id": None, "_error": f"line {number}: the id is not a finite number"}
        if not isinstance(record, dict):
            record = {"id": None, "_error": f"line {number}: not a JSON object"}
        if isinstance(record.get("id"), str):
            # A "\ud800" escape gives a lone surrogate, which no UTF-8 output (JSONL, a digest) can hold.
            record["id"] = _SURROGATE.sub("\ufffd", record["id"])
        record.setdefault("_line", number)
        records.append(record)
    if not records:
        raise InputError(f"{path}: no records (expected one JSON object per line)")
    return records


def _reject_constant(name: str):
    raise ValueError(f"{name} is not JSON")


def brief_of(record: dict[str, Any], cfg: BriefConfig, name: str) -> Briefing:
    """The Briefing of one record {"text", "title"?, "date"?} (of ``batch`` or ``daily``); InputError, starting with
    ``name``, when a field is missing or not a string, or the date is no calendar date (``clean.given_date``)."""
    from . import clean, pipeline

    if record.get("_error"):
        raise InputError(record["_error"])
    text, title, date = record.get("text"), record.get("title"), record.get("date")
    if text is None:
        raise InputError(f"{name}: missing \"text\" string")
    if not isinstance(text, str):
        raise InputError(f"{name}: \"text\" must be a string")
    for field, value in (("title", title), ("date", date)):
        if value is not None and not isinstance(value, str):
            raise InputError(f"{name}: \"{field}\" must be a string")
    if date:
        try:
            clean.given_date(date)
        except InputError as err:
            raise InputError(f"{name}: {err}") from None
    title = clean.unmarked(title).strip() if title else None  # like its text, it may keep its page's &amp; and <b>
    return pipeline.brief_text(text, cfg, title=title or None, date=date or None, name=name)


def brief_record(record: dict[str, Any], cfg: BriefConfig) -> dict[str, Any]:
    """Brief one record into the brief/1 JSON object with its ``id``; raises BriefError when it cannot."""
    from . import render

    briefing = brief_of(record, cfg, f"record {record.get('id')!r} (line {record.get('_line')})")
    result = json.loads(render.render(briefing, "json", cfg))
    result["id"] = record.get("id")
    return result

"""BriefConfig: every tunable, one frozen object handed to every stage; load_config() reads TOML."""

from __future__ import annotations

import dataclasses
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import ConfigError

SEGMENTERS = ("auto", "rjieba", "jieba")
DEFAULT_KEYWORD_POS = frozenset({"n", "ns", "nt", "nz", "nr", "vn", "v", "l", "j", "eng"})


@dataclass(frozen=True, slots=True)
class Branding:
    """What the masthead and footer of a rendered brief say, and its colours."""

    bulletin: str = "信息快报"  # masthead name
    unit: str = ""  # issuing unit (编印单位); empty leaves it out
    issue: str = ""  # issue number, e.g. "12" → 第12期; empty leaves it out
    classification: str = "内部资料 注意保存"
    recipients: str = ""  # 报/送 line in the footer; empty leaves it out
    disclaimer: str = "本材料由系统根据公开报道自动摘编，仅供参考。"
    accent: str = "#c00000"  # masthead red
    serif_font: str = "Noto Serif CJK SC"
    sans_font: str = "Noto Sans CJK SC"
    kai_font: str = ""  # e.g. "AR PL UKai CN" sets the key points in 楷体 (about +40 KB of PDF)

    @property
    def imprint(self) -> str:
        """The unit as the masthead names it: ××市人民政府办公室编 (编 added unless the unit says it: …编, …编印)."""
        unit = self.unit.strip()
        return unit if not unit or unit.endswith(("编", "编印", "主办", "印发")) else unit + "编"

    def __post_init__(self) -> None:
        import re

        for name, most in _BRANDING_CHARS.items():
            if len(getattr(self, name)) > most:
                raise ConfigError(f"{name} is {len(getattr(self, name))} characters; the masthead and footer take at most {most}")
        if not re.fullmatch(r"#[0-9a-fA-F]{3}([0-9a-fA-F]{3})?", self.accent):
            raise ConfigError(f"accent colour {self.accent!r} is invalid; use #rgb or #rrggbb")
        for name in ("serif_font", "sans_font", "kai_font"):
            value = getattr(self, name)
            if value and not re.fullmatch(r"[\w \-\u4e00-\u9fff]{1,64}", value):
                raise ConfigError(f"{name} {getattr(self, name)!r} is invalid; use a plain font family name")


# what a one-page brief has room for (the masthead's name is set in 3rem type, ten or so characters a line)
_BRANDING_CHARS = {"bulletin": 30, "unit": 100, "issue": 20, "classification": 40, "recipients": 300, "disclaimer": 300}


@dataclass(frozen=True, slots=True)
class BriefConfig:
    """Options for the whole pipeline; the defaults are the documented behaviour."""

    budget: int = 300  # characters of key sentences in the summary
    max_summary_sentences: int = 6
    keywords: int = 8
    damping: float = 0.85
    max_iterations: int = 100
    tolerance: float = 1e-6
    keyword_window: int = 5
    keyword_pos: frozenset[str] = DEFAULT_KEYWORD_POS
    userdict: Path | None = None  # extra jieba dictionary lines (word [freq] [tag])
    stopwords: Path | None = None  # extra keyword stopwords, one per line
    cues: Path | None = None  # extra section cues (TOML, same shape as brief/data/cues.toml)
    section_model: bool = True  # the learned layer over the section rules (brief/data/sections_model.json)
    templates: Path | None = None  # a folder whose templates override the built-in ones
    segmenter: str = "auto"  # "auto" (jieba-rs when installed, else jieba), "rjieba" or "jieba"
    max_input_bytes: int = 8 * 1024 * 1024
    article_timeout: float = 60.0  # seconds per article in batch work
    branding: Branding = field(default_factory=Branding)

    def __post_init__(self) -> None:
        _check_range("budget", self.budget, 10, 5000)
        _check_range("max_summary_sentences", self.max_summary_sentences, 1, 50)
        _check_range("keywords", self.keywords, 0, 50)
        _check_range("damping", self.damping, 0.01, 0.99)
        _check_range("max_iterations", self.max_iterations, 1, 10000)
        _check_range("tolerance", self.tolerance, 1e-12, 1e-1)
        _check_range("keyword_window", self.keyword_window, 2, 20)
        _check_range("max_input_bytes", self.max_input_bytes, 1024, 1 << 31)
        _check_range("article_timeout", self.article_timeout, 0.1, 86400)
        for name in ("userdict", "stopwords", "cues"):
            path = getattr(self, name)
            if path is not None and not Path(path).is_file():
                what = "is not a file" if Path(path).exists() else "does not exist"  # a folder, /dev/null
                raise ConfigError(f"{name} file {path} {what}")
        if not isinstance(self.section_model, bool):
            raise ConfigError(f"section_model = {self.section_model!r} is invalid; use true or false")
        if self.segmenter not in SEGMENTERS:
            raise ConfigError(f"segmenter {self.segmenter!r} is invalid; use one of {', '.join(SEGMENTERS)}")
        if self.templates is not None and not Path(self.templates).is_dir():
            raise ConfigError(f"templates folder {self.templates} does not exist")


def _check_range(name: str, value: Any, low: float, high: float) -> None:
    if isinstance(value, bool) or not isinstance(value, int | float) or not low <= value <= high:
        raise ConfigError(f"{name} = {value!r} is invalid; it must be a number from {low} to {high}")


def load_config(path: Path | str | None = None, **overrides: Any) -> BriefConfig:
    """Read an optional TOML file (top-level keys, plus a ``[branding]`` table), then apply overrides.

    Overrides that are ``None`` are ignored, so CLI options left unset keep the file's value;
    overrides named after a Branding field go to the branding.
    """
    values: dict[str, Any] = {}
    branding: dict[str, Any] = {}
    if path is not None:
        try:
            data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise ConfigError(f"{path}: config file not found") from None
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as err:
            raise ConfigError(f"{path}: cannot read config: {err}") from None
        table = data.pop("branding", {})
        if not isinstance(table, dict):
            raise ConfigError(f"{path}: branding = {table!r} is invalid; use a [branding] table")
        branding.update(table)
        data.pop("smtp", None)  # read by `brief mail` (the SMTP password), not a pipeline option
        values.update(data)
    branding_fields = {f.name for f in dataclasses.fields(Branding)}
    for key, value in overrides.items():
        if value is None:
            continue
        (branding if key in branding_fields else values)[key] = value
    valid = {f.name for f in dataclasses.fields(BriefConfig)} - {"branding"}
    unknown = sorted(set(values) - valid) + sorted(set(branding) - branding_fields)
    if unknown:
        raise ConfigError(f"unknown option(s) {', '.join(unknown)}; valid: {', '.join(sorted(valid | branding_fields))}")
    for key in ("userdict", "stopwords", "cues", "templates"):
        if isinstance(values.get(key), str):
            values[key] = Path(values[key])
        elif key in values and not isinstance(values[key], Path):
            raise ConfigError(f"{key} = {values[key]!r} is invalid; give a path in quotes")
    if "keyword_pos" in values:
        tags = values["keyword_pos"]
        if not isinstance(tags, list | tuple | set | frozenset) or not all(isinstance(tag, str) for tag in tags):
            raise ConfigError(f"keyword_pos = {tags!r} is invalid; use a list of part-of-speech tags: [\"n\", \"vn\"]")
        values["keyword_pos"] = frozenset(tags)
    for key, value in branding.items():
        if isinstance(value, bool) or not isinstance(value, str | int | float):
            raise ConfigError(f"{key} = {value!r} is invalid; use text, e.g. {key} = \"…\"")
    try:
        return BriefConfig(branding=Branding(**{k: str(v) for k, v in branding.items()}), **values)
    except TypeError as err:
        raise ConfigError(f"bad config value: {err}") from None

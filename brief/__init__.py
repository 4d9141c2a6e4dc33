"""brief: Chinese news articles → one-page key-point briefings.

The pipeline functions are imported on first use, so ``brief --help`` and the CLI's start-up stay
fast and the heavy modules (jieba, numpy, WeasyPrint) load only when needed.
"""

from importlib import import_module

from .config import BriefConfig, Branding, load_config
from .errors import BriefError, ConfigError, ExtractionError, InputError, RenderError
from .models import Article, Briefing, Keyword, Scored, Section, SectionKind, Sentence, Statistic

_LAZY = {"brief_article": "pipeline", "brief_text": "pipeline", "brief_day": "daily", "Digest": "daily"}

__all__ = [
    "Article", "Branding", "Digest", "BriefConfig", "BriefError", "Briefing", "ConfigError", "ExtractionError",
    "InputError", "Keyword", "RenderError", "Scored", "Section", "SectionKind", "Sentence", "Statistic",
    "__version__", "brief_article", "brief_day", "brief_text", "load_config",
]


def __getattr__(name: str):
    if name == "__version__":  # importlib.metadata costs 50 ms of every start: only when asked
        from importlib.metadata import PackageNotFoundError, version

        try:
            return version("brief")
        except PackageNotFoundError:  # running from a checkout without an install
            return "0.0.0"
    if name in _LAZY:
        return getattr(import_module(f".{_LAZY[name]}", __name__), name)
    raise AttributeError(f"module 'brief' has no attribute {name!r}")

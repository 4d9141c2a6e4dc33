"""brief: Chinese news articles → one-page key-point briefings."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("brief")
except PackageNotFoundError:  # running from a checkout without an install
    __version__ = "0.0.0"

from .config import BriefConfig, Branding, load_config
from .errors import BriefError, ConfigError, ExtractionError, InputError, RenderError
from .models import Article, Briefing, Keyword, Scored, Section, SectionKind, Sentence, Statistic
from .pipeline import brief_article, brief_text

__all__ = [
    "Article", "Branding", "BriefConfig", "BriefError", "Briefing", "ConfigError", "ExtractionError",
    "InputError", "Keyword", "RenderError", "Scored", "Section", "SectionKind", "Sentence", "Statistic",
    "__version__", "brief_article", "brief_text", "load_config",
]

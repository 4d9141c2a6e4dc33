"""Errors: every failure the CLI reports as one line with exit code 2."""


class BriefError(Exception):
    """Base: the CLI reports it as one line."""


class InputError(BriefError, ValueError):
    """Missing, unreadable or undecodable input, or an input with no usable text."""


class ExtractionError(BriefError):
    """No article body found after cleaning."""


class ConfigError(BriefError, ValueError):
    """Bad option; the message lists the valid values."""


class RenderError(BriefError):
    """Template, font or PDF failure."""

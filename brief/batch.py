"""Process-pool map over articles: per-article timeout, a crashed worker loses only its own article."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import TimeoutError as FutureTimeout
from typing import Any, TypeVar

from .config import BriefConfig
from .errors import BriefError

log = logging.getLogger(__name__)
T = TypeVar("T")
R = TypeVar("R")


def map_articles(
    fn: Callable[[T, BriefConfig], R],
    tasks: Sequence[T],
    cfg: BriefConfig,
    *,
    jobs: int = 1,
    progress: Callable[[int], Any] | None = None,
) -> Iterator[tuple[T, R | BriefError]]:
    """Yield ``(task, fn(task, cfg))`` in task order; a failure yields its BriefError instead.

    The work always runs in a pebble process pool (even one task with one job), so an article
    that hangs past ``cfg.article_timeout`` or kills its worker is reported as an error, the
    others go on, and the caller's process survives. ``fn`` must be a module-level function.
    """
    if not tasks:
        return
    from pebble import ProcessExpired, ProcessPool

    with ProcessPool(max_workers=max(1, jobs)) as pool:
        try:
            futures = [pool.schedule(_call, args=(fn, task, cfg), timeout=cfg.article_timeout) for task in tasks]
            for task, future in zip(tasks, futures):
                try:
                    result = future.result()
                except FutureTimeout:
                    result = BriefError(f"took longer than {cfg.article_timeout:g} s; skipped")
                except ProcessExpired as err:
                    result = BriefError(f"the worker died while reading it (exit code {err.exitcode})")
                except Exception as err:  # an unpicklable result or a pool failure: report, go on
                    result = BriefError(f"internal error: {type(err).__name__}: {err}")
                if progress:
                    progress(1)
                yield task, result
        except BaseException:
            pool.stop()
            raise


def _call(fn: Callable[[T, BriefConfig], R], task: T, cfg: BriefConfig) -> R | BriefError:
    """Run one task; library errors come back as values so the pool never sees them as crashes."""
    try:
        return fn(task, cfg)
    except BriefError as err:
        return err
    except RecursionError:
        return BriefError("input too deeply nested to read")
    except MemoryError:
        return BriefError("out of memory while reading it")
    except Exception as err:  # a bug must not sink the batch: report it against this article only
        log.exception("internal error")
        return BriefError(f"internal error: {type(err).__name__}: {err}")

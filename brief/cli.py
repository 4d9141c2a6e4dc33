"""Command line: arguments → BriefConfig → one library call → files. Errors are one line, exit 2."""

from __future__ import annotations

import json
import logging
import os
import re
import signal
import stat
import sys
import tempfile
from collections.abc import Iterable
from contextlib import contextmanager, suppress
from pathlib import Path

import click

from .config import BriefConfig, load_config
from .errors import BriefError

FORMATS = ("pdf", "html", "email", "md", "txt", "json")
SUFFIX_FORMATS = {".pdf": "pdf", ".html": "html", ".htm": "html", ".md": "md", ".markdown": "md",
                  ".txt": "txt", ".text": "txt", ".json": "json"}


class BriefFailed(click.ClickException):
    """A BriefError reported as one line with exit code 2."""

    exit_code = 2

    def show(self, file=None) -> None:
        click.echo(f"brief: error: {one_line(self.format_message())}", err=True)


def one_line(message: str, limit: int = 1000) -> str:
    """Control characters (a newline in a file name, say) escaped, so an error stays one line;
    a message made huge by a huge file name keeps its start and its end."""
    message = re.sub(r"[\x00-\x1f\x7f]", lambda m: repr(m.group())[1:-1], message.strip())
    return message if len(message) <= limit else f"{message[: limit // 2]}…{message[-limit // 2:]}"


def config_options(func):
    """Options shared by every command that runs the pipeline."""
    options = [
        click.option("--config", "config_path", type=click.Path(dir_okay=False, path_type=Path),
                     help="TOML file with options and a [branding] table."),
        click.option("--budget", type=int, help="Characters of key sentences (default 300)."),
        click.option("--keywords", type=int, help="Number of keywords (default 8)."),
        click.option("--userdict", type=click.Path(path_type=Path), help="Extra jieba dictionary: word [freq] [tag]."),
        click.option("--stopwords", type=click.Path(path_type=Path), help="Extra keyword stopwords, one per line."),
        click.option("--max-input-mb", type=float, help="Largest input accepted, in MiB (default 8)."),
        click.option("--templates", type=click.Path(file_okay=False, path_type=Path),
                     help="Folder of templates that override the built-in ones."),
        click.option("--bulletin", help="Masthead name (default 信息快报)."),
        click.option("--unit", help="Issuing unit shown in the masthead."),
        click.option("--issue", help="Issue number shown as 第N期."),
    ]
    for option in reversed(options):
        func = option(func)
    return func


def make_config(config_path=None, max_input_mb=None, **overrides) -> BriefConfig:
    """Build the BriefConfig from a config file and the CLI options that were given."""
    if max_input_mb is not None:
        if not 0.001 <= max_input_mb <= 2048:  # also refuses nan and inf
            raise BriefFailed(f"--max-input-mb {max_input_mb:g} is invalid; it must be a number from 0.001 to 2048")
        overrides["max_input_bytes"] = int(max_input_mb * 1024 * 1024)
    try:
        return load_config(config_path, **overrides)
    except BriefError as err:
        raise BriefFailed(str(err)) from None


def check_output(path: Path, sources: Iterable[Path | str] = ()) -> Path:
    """The folder ``path`` will be written in; BriefFailed when it cannot be, or when writing would replace one of
    the ``sources`` (an input file, or a file inside an input folder) (checked before any work)."""
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    try:
        if path.is_dir():
            raise BriefFailed(f"{path}: is a folder; give a file name")
        if path.is_file() and not os.access(path, os.W_OK):  # a 444 report: replacing it would undo its owner's chmod
            raise BriefFailed(f"{path}: is read-only; not replacing it (give another -o, or make it writable)")
        for source in sources:
            source = Path(source)
            if str(source) == "-" or not path.is_file() or not source.exists():
                continue
            if source.is_dir() and source.resolve() in path.resolve().parents or path.samefile(source):
                raise BriefFailed(f"{path}: is an input; writing there would replace it")
        if not folder.is_dir():
            what = "is not a folder" if folder.exists() else "does not exist"
            raise BriefFailed(f"{path}: output folder {folder} {what}")
    except OSError as err:  # a name too long for the file system, say
        raise BriefFailed(f"{path}: cannot write here ({err.strerror or err})") from None
    return folder


@contextmanager
def atomic_output(path: Path, binary: bool = True):
    """Write to a temporary file beside ``path`` and rename it on success; nothing is left on failure.

    A stream (/dev/stdout, a FIFO, a device) is written in place: renaming over it would replace
    it with a regular file. A symlink is followed, so the link stays and its target is replaced.
    A replaced file keeps its mode (a 600 briefing stays 600); a new one gets 666 less the umask,
    as ``open`` would give it (umask 077 → 600).
    """
    path = Path(path)
    mode, encoding = ("wb", {}) if binary else ("w", {"encoding": "utf-8"})
    folder = check_output(path)
    if str(path).startswith(("/dev/", "/proc/self/fd/")) or (path.exists() and not path.is_file()):
        try:
            handle = open(path, mode, **encoding)
        except OSError as err:
            raise cannot_write(path, err) from None
        with _closing(handle, path):
            yield handle
        return
    if path.is_symlink():
        path = Path(os.path.realpath(path))
        folder = check_output(path)
    try:
        file_mode = stat.S_IMODE(os.stat(path).st_mode) if path.is_file() else 0o666 & ~_umask()
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.", suffix=".part")
    except OSError as err:
        raise BriefFailed(f"{path}: cannot write here ({err.strerror or err})") from None
    try:
        with _closing(os.fdopen(fd, mode, **encoding), path) as handle:
            yield handle
        try:
            os.chmod(tmp, file_mode)
            os.replace(tmp, path)
        except OSError as err:
            raise cannot_write(path, err) from None
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


@contextmanager
def _closing(handle, path: Path):
    """Close ``handle`` after the block: what is still buffered failing to go (a full disk) is "cannot write",
    unless the block failed first (its error is the one to report)."""
    try:
        yield handle
    except BaseException:
        with suppress(OSError):
            handle.close()
        raise
    try:
        handle.close()
    except OSError as err:
        raise cannot_write(path, err) from None


def cannot_write(path: Path | None, err: OSError) -> Exception:
    """The BriefFailed of a failed write to ``path`` (None: standard output); a closed pipe stays itself, as
    whoever read it has all they wanted (``run`` exits 0)."""
    if isinstance(err, BrokenPipeError):
        return err
    name = "standard output" if path is None or Path(path) == Path("/dev/stdout") else path
    return BriefFailed(f"{name}: cannot write ({err.strerror or err})")


def _umask() -> int:
    """The process's umask (0o022 on most desktops, 0o077 under a careful admin); reading it means setting it,
    so it is set to the strictest value for that instant and put back."""
    mask = os.umask(0o077)
    os.umask(mask)
    return mask


def write_bytes(data: bytes, output: Path | None) -> None:
    """Write to ``output`` atomically, or to standard output."""
    try:
        if output is None:
            sys.stdout.buffer.write(data)
            sys.stdout.buffer.flush()
            return
        with atomic_output(output) as handle:
            handle.write(data)
    except OSError as err:
        raise cannot_write(output, err) from None


def pick_format(fmt: str | None, output: Path | None) -> str:
    """The --format given (one the output suffix does not contradict), else the output suffix's, else plain text."""
    if fmt:
        if output is not None:
            check_suffix(fmt, output)
        return fmt
    if output is None:
        return "txt"
    try:
        return SUFFIX_FORMATS[output.suffix.lower()]
    except KeyError:
        check_output(output)  # a folder is named as such, not as a suffix no format has
        raise BriefFailed(f"{output}: cannot tell the format from the suffix; use --format {'|'.join(FORMATS)}") from None


def check_suffix(fmt: str, output: Path) -> None:
    """Refuse a --format that the output's suffix names otherwise (HTML in x.pdf); email is HTML, so x.html fits it.
    A suffix no format has (x.out) says nothing."""
    named = SUFFIX_FORMATS.get(output.suffix.lower())
    if named is not None and named != fmt and (fmt, named) != ("email", "html"):
        fits = {"email": "html"}.get(fmt, fmt)
        raise BriefFailed(f"{output}: --format {fmt} does not go in a {output.suffix} file; name it *.{fits} "
                          "or leave out --format")


_LIBRARY_LOGGERS = ("trafilatura", "htmldate", "courlan", "justext")  # what extracting an HTML page runs


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="brief", prog_name="brief")
@click.option("-v", "--verbose", count=True, help="Log more (-vv for debug).")
def cli(verbose: int) -> None:
    """Turn Chinese news articles into one-page key-point briefings (简报)."""
    logging.basicConfig(level=[logging.WARNING, logging.INFO, logging.DEBUG][min(verbose, 2)],
                        format="brief: %(levelname)s: %(message)s")
    if verbose < 2:  # the HTML libraries' own logs (lxml parsing failed, empty HTML tree) say nothing brief's error
        for name in _LIBRARY_LOGGERS:  # does not, and would make it more than one line
            logging.getLogger(name).setLevel(logging.CRITICAL)


def _dash_is_stdout(ctx: click.Context, param: click.Parameter, value: Path | None) -> Path | None:
    """``-o -`` means standard output, as ``-`` does for the input: for ``make``, as if no ``-o`` were given."""
    if value == Path("-"):
        stdout_is_open()
        return None
    return value


def _dash_is_stdout_stream(ctx: click.Context, param: click.Parameter, value: Path | None) -> Path | None:
    """``-o -`` means standard output, written in place as a stream (``atomic_output``)."""
    if value == Path("-"):
        stdout_is_open()
        return Path("/dev/stdout")
    return value


def stdout_is_open() -> None:
    """BriefFailed when standard output was closed (``>&-``), before any work is done for it."""
    if sys.stdout is None:
        raise BriefFailed("standard output is closed; give -o FILE")


@cli.command()
@click.argument("source", metavar="INPUT")
@click.option("-o", "--output", type=click.Path(path_type=Path), callback=_dash_is_stdout,
              help="Output file (format from its suffix); - or none: standard output.")
@click.option("-f", "--format", "fmt", type=click.Choice(FORMATS), help="Output format.")
@click.option("--title", help="The article's title, instead of the one found in the text.")
@click.option("--date", type=click.DateTime(["%Y-%m-%d"]),
              help="The article's date, YYYY-MM-DD, instead of the one found (新华社北京4月15日电 gives no year).")
@config_options
def make(source: str, output: Path | None, fmt: str | None, title: str | None, date, **options) -> None:
    """Brief one article (.txt or .html file, or - for stdin).

    \b
    brief make article.txt -o brief.pdf
    brief make page.html --format json
    brief make article.txt --title "标题" --date 2024-04-15 -f md
    cat article.txt | brief make - -f md
    """
    cfg = make_config(**options)
    fmt = pick_format(fmt, output)
    if output is not None:
        check_output(output, [source])
    else:
        stdout_is_open()
    if fmt == "pdf" and output is None and sys.stdout.isatty():
        raise BriefFailed("a PDF is not shown on a terminal; give -o FILE.pdf")
    stdin = _read_stdin(cfg) if source == "-" else None
    given = {"title": title or None, "date": date.date().isoformat() if date else None}
    try:
        if fmt == "pdf" and (os.cpu_count() or 1) > 1:
            briefing = _analyse_while_preloading_pdf(source, stdin, cfg, given)
        else:
            briefing = _analyse(source, stdin, cfg, given)
        from . import render

        data = render.render(briefing, fmt, cfg)
    except BriefError as err:
        raise BriefFailed(str(err)) from None
    write_bytes(data, output)


def _read_stdin(cfg: BriefConfig) -> bytes:
    """Standard input up to the size limit; read one byte past it, a stream is only known to be more than that."""
    if sys.stdin is None:
        raise BriefFailed("<stdin>: standard input is closed; give a file")
    try:
        data = sys.stdin.buffer.read(cfg.max_input_bytes + 1)
    except OSError as err:
        raise BriefFailed(f"<stdin>: cannot read ({err.strerror or err})") from None
    if len(data) > cfg.max_input_bytes:
        from .load import size_text

        raise BriefFailed(f"<stdin>: input too large (more than {size_text(cfg.max_input_bytes)}, the limit; "
                          "raise it with --max-input-mb)")
    return data


def _analyse(source: str, stdin: bytes | None, cfg: BriefConfig, given: dict[str, str | None]):
    """The Briefing of a path, or of standard input's bytes; ``given`` title and date override the ones found."""
    from . import load, pipeline

    if stdin is not None:
        return pipeline.brief_document(load.load_bytes(stdin, "<stdin>", cfg), cfg, **given)
    return pipeline.brief_article(source, cfg, **given)


def _analyse_while_preloading_pdf(source: str, stdin: bytes | None, cfg: BriefConfig, given: dict[str, str | None]):
    """Analyse in a forked child while this process imports WeasyPrint and loads the fonts.

    The two take most of a cold run (jieba's dictionary and numpy there, WeasyPrint here), so on two
    cores they overlap. The child starts before anything heavy is imported and hands back the pickled
    Briefing (or its BriefError) through a pipe; if it cannot run or dies, the analysis runs here.
    """
    import pickle

    try:
        readable, writable = os.pipe()
    except OSError:
        return _analyse(source, stdin, cfg, given)
    try:
        pid = os.fork()
    except OSError:  # out of processes or memory: analyse here
        os.close(readable)
        os.close(writable)
        return _analyse(source, stdin, cfg, given)
    if pid == 0:  # the child: never returns into the CLI
        status = 1
        try:
            os.close(readable)
            os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")  # small matrices: no BLAS thread pool to start
            try:
                result = _analyse(source, stdin, cfg, given)
            except BriefError as err:
                result = err
            with os.fdopen(writable, "wb") as pipe:
                pipe.write(pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL))
            status = 0
        finally:
            os._exit(status)  # no atexit handlers, no flushing of the parent's buffers
    os.close(writable)
    with os.fdopen(readable, "rb") as pipe:
        try:
            # imported after the fork: the child needs none of it
            from .fit import preload

            preload()
            data = pipe.read()
        finally:
            pipe.close()  # should preload fail, a child still writing gets EPIPE rather than waiting forever
            os.waitpid(pid, 0)
    if not data:  # the child failed in an unexpected way: do it here, where any error shows properly
        return _analyse(source, stdin, cfg, given)
    result = pickle.loads(data)
    if isinstance(result, BriefError):
        raise result
    return result


@cli.command()
@click.argument("source", metavar="IN.jsonl", type=click.Path(path_type=Path))
@click.option("-o", "--output", type=click.Path(path_type=Path), required=True, callback=_dash_is_stdout_stream,
              help="Output JSONL file (- for standard output).")
@click.option("-j", "--jobs", type=click.IntRange(1, 64), default=min(os.cpu_count() or 1, 64),
              show_default="cores, at most 64", help="Worker processes.")
@config_options
def batch(source: Path, output: Path, jobs: int, **options) -> None:
    """Brief every record {"id", "text", "title"?, "date"?} of a JSONL file into OUT.jsonl.

    \b
    brief batch articles.jsonl -o briefs.jsonl
    A record that fails gets {"id", "error"}; the others go on.
    """
    from .batch import map_articles
    from .records import brief_record, read_records

    cfg = make_config(**options)
    check_output(output, [source])
    try:
        records = read_records(source, cfg)
        from . import pipeline, render  # noqa: F401  (numpy, scipy, jinja2: imported before the fork too)

        pipeline.warm_up(cfg)  # once here, not once per worker inside the article time limit
    except BriefError as err:
        raise BriefFailed(str(err)) from None
    failed = 0
    with _progress(len(records), "briefing") as advance, atomic_output(output, binary=False) as handle:
        for record, result in map_articles(brief_record, records, cfg, jobs=jobs, progress=advance):
            if isinstance(result, BriefError):
                failed += 1
                result = {"id": record.get("id"), "error": str(result)}
            line = json.dumps(result, ensure_ascii=False, sort_keys=True)
            if not line.isascii():
                try:
                    line.encode("utf-8")
                except UnicodeEncodeError:  # a lone surrogate in an id: keep it, \u-escaped
                    line = json.dumps(result, ensure_ascii=True, sort_keys=True)
            try:
                handle.write(line + "\n")
            except OSError as err:
                raise cannot_write(output, err) from None
    if failed == len(records):
        raise BriefFailed(f"no record could be briefed ({failed} of {failed} failed; see their \"error\" in {output})")
    if failed:
        click.echo(f"brief: warning: {failed} of {len(records)} records failed (see their \"error\")", err=True)


@cli.command("eval")
@click.argument("source", metavar="DATA.jsonl", type=click.Path(path_type=Path))
@click.option("--budget", "eval_budget", type=click.IntRange(10, 5000), default=200, show_default=True,
              help="Summary length in characters.")
@click.option("--limit", type=click.IntRange(1), help="Only the first N records.")
@click.option("--config", "config_path", type=click.Path(dir_okay=False, path_type=Path), help="TOML options file.")
def evaluate(source: Path, eval_budget: int, limit: int | None, config_path: Path | None) -> None:
    """Character-level ROUGE-1/2/L F1 of brief beside Lead (and textrank4zh when installed).

    \b
    brief eval ../shared/data/crud_dev.jsonl --budget 200
    Records need "text" and "summary" ("title" optional).
    """
    import time

    from . import evaluate as ev

    cfg = make_config(config_path)
    try:
        records = ev.read_records(source)[:limit]
        with _progress(len(records), "evaluating") as advance:
            rows, failures = ev.evaluate_records(records, eval_budget, cfg, progress=advance, timer=time.perf_counter)
    except BriefError as err:
        raise BriefFailed(str(err)) from None
    click.echo(f"{source}: {len(records)} articles, budget {eval_budget} characters (ROUGE F1 ×100)")
    click.echo(f"{'system':<14}{'R-1':>8}{'R-2':>8}{'R-L':>8}{'ms/article':>12}")
    for row in rows:
        timing = f"{1000 * row.seconds / max(row.articles, 1):.1f}" if row.seconds else "-"
        click.echo(f"{row.system:<14}{row.r1:>8.2f}{row.r2:>8.2f}{row.rl:>8.2f}{timing:>12}")
    if not ev.textrank4zh_available():
        click.echo("(textrank4zh not installed: pip install -e .[bench] to compare with it)")
    if failures:
        click.echo(f"brief: warning: {failures} records could not be briefed (scored as empty)", err=True)


@contextmanager
def _progress(total: int, label: str):
    """A rich progress bar on stderr when it is a terminal; a no-op otherwise."""
    if not sys.stderr.isatty() or total < 2:
        yield lambda n=1: None
        return
    from rich.progress import Progress

    with Progress(transient=True, console=None) as bar:
        task = bar.add_task(label, total=total)
        yield lambda n=1: bar.advance(task, n)


def _on_sigterm(main_pid: int):
    """SIGTERM (kill, a scheduler's timeout) ends the run like Ctrl-C: temporary files go, workers stop."""

    def handler(signum, frame):
        if os.getpid() != main_pid:  # a forked worker keeps the default: die at once
            signal.signal(signal.SIGTERM, signal.SIG_DFL)
            os.kill(os.getpid(), signal.SIGTERM)
            return
        raise KeyboardInterrupt

    return handler


def main() -> None:
    """Entry point of the ``brief`` script and ``python -m brief``: run, then leave at once.

    Tearing the interpreter down (WeasyPrint's layout objects, fonts, numpy) takes a few tenths of a
    second after a PDF; every command has closed its files, pools and children by the time it returns,
    so the process ends with ``os._exit`` once its output is flushed.
    """
    code = run()
    for stream in (sys.stdout, sys.stderr):
        try:
            if stream is not None:  # None: the descriptor was closed before the start (>&-)
                stream.flush()
        except (OSError, ValueError):  # a closed pipe or stream: nothing more to say
            pass
    logging.shutdown()
    os._exit(code)


def run() -> int:
    """Run the CLI on ``sys.argv`` and return the exit code; no traceback ever reaches the user."""
    signal.signal(signal.SIGTERM, _on_sigterm(os.getpid()))
    stdout = sys.stdout
    try:
        code = cli.main(standalone_mode=False, prog_name="brief")  # --help and --version return 0
        return code if isinstance(code, int) else 0
    except click.exceptions.Abort:
        click.echo("brief: interrupted", err=True)
        return 130
    except click.UsageError as err:  # one line, as every other error, with where to read more
        where = err.ctx.command_path if err.ctx is not None else "brief"
        click.echo(f"brief: error: {one_line(err.format_message())} (see {where} --help)", err=True)
        return err.exit_code
    except click.ClickException as err:
        err.show()
        return err.exit_code
    except KeyboardInterrupt:
        click.echo("brief: interrupted", err=True)
        return 130
    except BrokenPipeError:
        return 0
    except SystemExit:  # click ends a closed pipe (EPIPE) so, after swapping in a stdout that stays quiet: as above
        if sys.stdout is not stdout:
            return 0
        raise
    except Exception as err:  # a bug: one line, not a traceback (-vv logs it)
        logging.getLogger(__name__).debug("internal error", exc_info=True)
        click.echo(f"brief: internal error: {type(err).__name__}: {one_line(str(err))}", err=True)
        return 2


# The daily digest commands live in their own module; it imports the helpers above.
from .cli_daily import daily, mail  # noqa: E402

cli.add_command(daily)
cli.add_command(mail)


if __name__ == "__main__":  # python -m brief.cli, as python -m brief
    main()

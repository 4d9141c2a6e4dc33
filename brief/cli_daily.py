"""`brief daily` and `brief mail`: the day's articles → one digest (PDF/HTML), or an email of it.

Registered on the main group by cli.py, which imports this module at its end. This module imports
cli.py's helpers only after both commands exist (see the end), so either module can be imported first.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
from pathlib import Path

import click

from .errors import BriefError

DAILY_SUFFIXES = {".pdf": "pdf", ".html": "html", ".htm": "html", ".md": "md", ".markdown": "md", ".txt": "txt"}


def _inputs_and_day(func):
    """INPUTS, --date, --jobs: shared by both commands."""
    options = [
        click.argument("inputs", nargs=-1, required=True, metavar="INPUTS...", type=click.Path(path_type=Path)),
        click.option("--date", "day", required=True, type=click.DateTime(formats=["%Y-%m-%d"]),
                     help="The day of the briefing (YYYY-MM-DD); shown in the masthead."),
        click.option("-j", "--jobs", type=click.IntRange(1, 64), default=min(os.cpu_count() or 1, 64),
                     show_default="cores, at most 64", help="Worker processes."),
    ]
    for option in reversed(options):
        func = option(func)
    return func


def _stdout_dash(stream: bool):
    """The callback that reads ``-o -`` as standard output: cli.py's, looked up when it runs (imported at the end)."""
    def callback(ctx: click.Context, param: click.Parameter, value: Path | None) -> Path | None:
        return (_dash_is_stdout_stream if stream else _dash_is_stdout)(ctx, param, value)

    return callback


def _make_digest(inputs, day: dt.date, cfg, jobs: int):
    """Plan, map with a progress bar, reduce; failures on stderr one line each; exit 2 when none made it."""
    from . import daily as lib

    tasks, early = lib.plan(inputs, cfg)
    if tasks:
        try:
            # Import the pipeline and load jieba once, here, before the pool forks: not in every worker
            # inside its first article's time limit (measured: 14.7 → 9.8 CPU seconds for 100 articles).
            from . import pipeline

            pipeline.warm_up(cfg)
        except BriefError as err:
            raise BriefFailed(str(err)) from None
    with _progress(len(tasks), "briefing") as advance:
        digest = lib.digest_tasks(tasks, early, day, cfg, jobs=jobs, progress=advance)
    for failure in digest.failures:
        click.echo(f"brief: failed: {failure.name}: {failure.message}", err=True)
    if not digest.items:
        raise BriefFailed(f"no article could be briefed ({len(digest.failures)} of {digest.read} failed)")
    return digest


def _finish(digest, output: Path, extra: str = "") -> None:
    if digest.failures:
        click.echo(f"brief: warning: {len(digest.failures)} of {digest.read} articles not included "
                   f"(listed under 未收录)", err=True)
    if digest.stale:
        from .daily import STALE_DAYS

        numbers = "、".join(str(item.number) for item in digest.stale[:10]) + ("…" if len(digest.stale) > 10 else "")
        told = f"items {numbers} are" if len(digest.stale) > 1 else f"item {numbers} is"
        click.echo(f"brief: warning: {told} dated more than {STALE_DAYS} days before "
                   f"{digest.day.isoformat()} or after it", err=True)
    shown = len(digest.items)
    click.echo(f"brief: {digest.read} read, {shown} item{'' if shown == 1 else 's'}, {digest.merged} merged as duplicates, "
               f"{len(digest.failures)} failed{extra} → {output}", err=True)


@click.command()
@_inputs_and_day
@click.option("-o", "--output", type=click.Path(path_type=Path), required=True, callback=_stdout_dash(stream=False),
              help="Output file: .pdf, .html, .md or .txt; - for standard output (text unless --format).")
@click.option("-f", "--format", "fmt", type=click.Choice(["pdf", "html", "email", "md", "txt"]),
              help="Output format (default: from the suffix).")
@click.option("--page-per-article", is_flag=True, help="One page per article instead of compact items.")
def daily(inputs, day, jobs, output: Path, fmt, page_per_article: bool, **options) -> None:
    """Brief the day's articles into one digest: 今日要览, 目录, items grouped by topic.

    INPUTS are article files (.txt, .html), folders (walked, sorted) and JSONL files
    ({"id", "text", "title"?, "date"?} per line). Same-event reports are merged into one item.
    Exit 0 when at least one article made it (a warning lists the failed ones), 2 when none.

    \b
    brief daily today/ --date 2019-12-05 -o daily.pdf
    brief daily a.txt b.html feed.jsonl --date 2019-12-05 -o daily.html --jobs 2
    """
    from . import digest_render as render

    cfg = make_config(**options)
    if output is not None:
        check_output(output, inputs)
    if fmt and output is not None:
        check_suffix(fmt, output)
    fmt = fmt or ("txt" if output is None else DAILY_SUFFIXES.get(output.suffix.lower()))
    if fmt is None:
        raise BriefFailed(f"{output}: cannot tell the format from the suffix; use .pdf, .html, .md or .txt "
                          "(or --format)")
    if page_per_article and fmt not in ("pdf", "html"):
        raise BriefFailed(f"--page-per-article makes pages of a PDF or an HTML digest, not of {fmt}")
    if fmt == "pdf" and output is None and sys.stdout.isatty():
        raise BriefFailed("a PDF is not shown on a terminal; give -o FILE.pdf")
    digest = _make_digest(inputs, day.date(), cfg, jobs)
    try:
        if fmt == "pdf":
            result = render.to_pdf(digest, cfg, page_per_article=page_per_article)
            data, extra = result.pdf, f", {result.pages} pages"
        else:
            data, extra = render.render_digest(digest, fmt, cfg, page_per_article=page_per_article), ""
    except BriefError as err:
        raise BriefFailed(str(err)) from None
    write_bytes(data, output)
    _finish(digest, output or "standard output", extra)


@click.command()
@_inputs_and_day
@click.option("--to", "recipients", multiple=True, required=True,
              help="Recipient address (repeatable; or several, separated by , or ;).")
@click.option("--from", "sender", required=True, help="Sender address, e.g. '简报 <brief@example.org>'.")
@click.option("--subject", help="Subject (default: 【bulletin】date).")
@click.option("-o", "--output", type=click.Path(path_type=Path), callback=_stdout_dash(stream=True),
              help="Write the message to OUT.eml, or - for standard output (sends nothing).")
@click.option("--smtp", "server", metavar="HOST:PORT", help="Send through this SMTP server.")
@click.option("--starttls", is_flag=True, help="Upgrade the SMTP connection with STARTTLS (certificate checked).")
@click.option("--user", help="SMTP login; the password comes from BRIEF_SMTP_PASSWORD or --smtp-config.")
@click.option("--smtp-config", type=click.Path(dir_okay=False, path_type=Path),
              help="TOML file with [smtp] password = \"…\" (keep it chmod 600).")
def mail(inputs, day, jobs, recipients, sender, subject, output, server, starttls, user, smtp_config,
         **options) -> None:
    """Make the day's digest and email it: text + HTML, the PDF attached.

    \b
    brief mail today/ --date 2019-12-05 --to boss@example.org --from brief@example.org -o today.eml
    BRIEF_SMTP_PASSWORD=… brief mail today/ --date 2019-12-05 --to a@example.org \\
        --from brief@example.org --smtp smtp.example.org:587 --starttls --user brief
    """
    from . import digest_render as render
    from . import mail as lib_mail

    if (output is None) == (server is None):
        raise BriefFailed("give exactly one of -o OUT.eml (write the message) or --smtp HOST:PORT (send it)")
    if output is not None and (starttls or user or smtp_config):
        raise BriefFailed("--starttls, --user and --smtp-config go with --smtp, not with -o")
    if output is not None and output.suffix.lower() != ".eml" and output != Path("/dev/stdout"):
        raise BriefFailed(f"{output}: the message is written as an .eml file; name it OUT.eml")
    cfg = make_config(**options)
    try:  # check everything cheap before the articles are briefed
        to = [address for text in recipients for address in lib_mail.check_addresses(text)]
        sender_address = lib_mail.check_address(sender)
        subject = lib_mail.check_subject(subject) if subject is not None else None
        host, port = lib_mail.parse_server(server) if server else (None, None)
        password = lib_mail.smtp_password(os.environ, smtp_config) if server else None
        if user is not None and password is None:
            raise lib_mail.MailError(f"--user needs a password: set {lib_mail.PASSWORD_ENV} or use --smtp-config")
        if server:  # a server down, silent or refusing the login is found now, not after the digest (reconnects then)
            lib_mail.check_smtp(host, port, starttls=starttls, user=user, password=password)
    except BriefError as err:
        raise BriefFailed(str(err)) from None
    if output is not None:
        check_output(output, inputs)
    digest = _make_digest(inputs, day.date(), cfg, jobs)
    from email.utils import make_msgid  # here, not at start-up: it loads socket

    try:
        result = render.to_pdf(digest, cfg)
        message = lib_mail.digest_message(
            digest, cfg, sender=sender_address, to=to, subject=subject, pdf=result.pdf,
            date=dt.datetime.now(dt.timezone.utc), message_id=make_msgid(domain=sender_address.domain),
        )
        if output is not None:
            try:
                with atomic_output(output) as handle:
                    handle.write(message.as_bytes())
            except OSError as err:
                raise cannot_write(output, err) from None
            _finish(digest, "standard output" if output == Path("/dev/stdout") else output, f", {result.pages} pages")
            return
        refused = lib_mail.send_smtp(message, host, port, starttls=starttls, user=user, password=password)
    except BriefError as err:
        raise BriefFailed(str(err)) from None
    for address in sorted(refused):
        click.echo(f"brief: warning: the server refused {address}", err=True)
    _finish(digest, f"{len(to) - len(refused)} recipient(s) via {host}:{port}", f", {result.pages} pages")


# cli.py's helpers, imported last: cli.py imports this module at its own end to register the commands,
# so they must exist before this import runs; the shared options are attached here for the same reason.
from .cli import (  # noqa: E402
    BriefFailed, _dash_is_stdout, _dash_is_stdout_stream, _progress, atomic_output, cannot_write, check_output,
    check_suffix, config_options, make_config, write_bytes,
)

for _command in (daily, mail):
    _command.params.extend(reversed(config_options(lambda: None).__click_params__))

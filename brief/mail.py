"""The daily digest as an email: multipart/mixed[multipart/alternative[text/plain, text/html], PDF],
written as a .eml file or sent over SMTP. Headers never carry a line break (no header injection)."""

from __future__ import annotations

import datetime as dt
import email.policy
import logging
import re
import smtplib
import ssl
import tomllib
from collections.abc import Mapping, Sequence
from contextlib import contextmanager
from email.errors import HeaderParseError
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime, getaddresses, parseaddr
from pathlib import Path

from .config import BriefConfig
from .errors import BriefError
from .segment import word_ends

log = logging.getLogger(__name__)

PASSWORD_ENV = "BRIEF_SMTP_PASSWORD"
LOCAL_HOSTS = frozenset({"localhost", "127.0.0.1", "::1"})
# Line breaks of every kind (CR, LF, VT, FF, NEL, LS, PS, FS/GS/RS) and other control characters.
_BREAKS = re.compile(r"[\x00-\x1f\x7f\x85\u2028\u2029]+")


class MailError(BriefError, ValueError):
    """A bad address or subject, a missing password, or an SMTP failure."""


def header_text(text: str) -> str:
    """One line for a header: every line break or control character becomes a space."""
    return re.sub(r"\s{2,}", " ", _BREAKS.sub(" ", text)).strip()


def check_subject(subject: str) -> str:
    """A subject given by a person: refused when it holds a line break, else trimmed."""
    if _BREAKS.search(subject):
        raise MailError("the subject must be one line (it contains a line break or control character)")
    if not subject.strip():
        raise MailError("the subject is empty")
    return subject.strip()


def check_address(text: str) -> Address:
    """Parse ``name <user@host>`` or ``user@host``; refuse line breaks, spaces, missing parts and a second address.
    A non-ASCII domain (例子.中国) is IDNA-encoded (xn--…), as a header and an SMTP envelope need it."""
    if _BREAKS.search(text):
        raise MailError(f"address {text!r} contains a line break or control character")
    if len([pair for pair in getaddresses([text]) if any(pair)]) > 1:  # parseaddr would keep the first alone
        raise MailError(f"{text!r} holds more than one address; give one here")
    name, spec = parseaddr(text)  # strict parsing where the running Python has it (the default there)
    local, at, domain = spec.rpartition("@")
    if not spec or not at or not local or not domain or " " in spec or "." not in domain.strip("."):
        raise MailError(f"address {text!r} is invalid; use user@example.org or 'Name <user@example.org>'")
    try:
        domain = domain if domain.isascii() else domain.encode("idna").decode("ascii")
        return Address(display_name=name, addr_spec=f"{local}@{domain}")
    except UnicodeError:
        raise MailError(f"address {text!r} is invalid: {domain!r} is not a valid domain name") from None
    except (ValueError, IndexError, HeaderParseError) as err:  # headerregistry's parser says why
        raise MailError(f"address {text!r} is invalid: {err}") from None


def check_addresses(text: str) -> list[Address]:
    """One --to: an address, or several separated by ``,`` or ``;`` (outside quotes), each checked."""
    parts = [part for part in _LIST_SEPARATOR.split(text) if part.strip()]
    return [check_address(part.strip()) for part in parts] or [check_address(text)]


_LIST_SEPARATOR = re.compile(r'[,;](?=(?:[^"]*"[^"]*")*[^"]*$)')  # an even number of quotes after it: not quoted


def default_subject(cfg: BriefConfig, day: dt.date, headline: str = "", items: int = 0) -> str:
    """【信息快报】2019年12月5日：<the first item's title>等12条: the bulletin, the date and what leads the day, so that
    one day's message is not another's in the inbox."""
    subject = f"【{cfg.branding.bulletin}】{day.year}年{day.month}月{day.day}日"
    headline = headline.split("——")[0].strip()  # the main title, not its subtitle
    if headline:
        lead = headline
        if len(headline) > SUBJECT_HEADLINE_CHARS:  # cut where the title's parts meet (强调 弘扬…), else between words
            cut = max(headline.rfind(mark, 0, SUBJECT_HEADLINE_CHARS) for mark in _TITLE_BREAKS)
            if cut < SUBJECT_HEADLINE_CHARS // 2:
                cut = max((end for end in word_ends(headline) if end < SUBJECT_HEADLINE_CHARS), default=0)
                said = [m.start() for m in _SAID.finditer(headline, SUBJECT_HEADLINE_CHARS // 2, cut)]
                cut = said[-1] if said else cut  # …召开民主生活会…, not …民主生活会强调加强党的…
            for opening, closing in _PAIRED:  # …重要文章…, not …重要文章《在二十届中央审计…: a title cut open
                if (at := headline.rfind(opening, 0, cut)) > headline.rfind(closing, 0, cut):
                    cut = at
            lead = headline[: cut if cut >= SUBJECT_HEADLINE_CHARS // 2 else SUBJECT_HEADLINE_CHARS - 1].rstrip() + "…"
        subject += f"：{lead}" + (f"等{items}条" if items > 1 else "")
    return header_text(subject)


SUBJECT_HEADLINE_CHARS = 28
_TITLE_BREAKS = " 　，,：:；、"
_SAID = re.compile(r"强调|指出|表示|要求")  # a verb of saying: the words said, cut short, are no subject
_PAIRED = (("《", "》"), ("“", "”"))


def attachment_name(day: dt.date) -> str:
    """An ASCII file name for the PDF (RFC 2231 Chinese names show badly in older clients)."""
    return f"briefing-{day.isoformat()}.pdf"


def build_message(
    *,
    subject: str,
    sender: str | Address,
    to: Sequence[str | Address],
    text: str,
    html: str,
    pdf: bytes | None = None,
    filename: str = "briefing.pdf",
    date: dt.datetime | None = None,
    message_id: str | None = None,
) -> EmailMessage:
    """multipart/mixed[multipart/alternative[text/plain, text/html], application/pdf].

    The subject goes through :func:`header_text` (a line break can never start a new header) and is
    RFC 2047-encoded by the SMTP policy; addresses are checked with :func:`check_address`.
    ``date`` and ``message_id`` are the caller's: the library does not read the clock.
    """
    if not to:
        raise MailError("no recipient; give at least one --to address")
    if not re.fullmatch(r"[A-Za-z0-9._-]{1,100}", filename):
        raise MailError(f"attachment name {filename!r} must be ASCII letters, digits, '.', '_' or '-'")
    message = EmailMessage(policy=email.policy.SMTP)
    message["Subject"] = header_text(subject)
    message["From"] = sender if isinstance(sender, Address) else check_address(sender)
    message["To"] = [a if isinstance(a, Address) else check_address(a) for a in to]
    if date is not None:
        message["Date"] = format_datetime(date)
    if message_id is not None:
        message["Message-ID"] = header_text(message_id)
    message["MIME-Version"] = "1.0"
    message.set_content(text, subtype="plain", charset="utf-8")
    message.add_alternative(html, subtype="html", charset="utf-8")
    if pdf is not None:
        message.add_attachment(pdf, maintype="application", subtype="pdf", filename=filename)
    return message


def digest_message(
    digest,
    cfg: BriefConfig,
    *,
    sender: str | Address,
    to: Sequence[str | Address],
    subject: str | None = None,
    pdf: bytes | None = None,
    date: dt.datetime | None = None,
    message_id: str | None = None,
) -> EmailMessage:
    """The day's message: text and email HTML of the Digest, its PDF attached (rendered if not given)."""
    from . import digest_render

    filename = attachment_name(digest.day)
    if pdf is None:
        pdf = digest_render.to_pdf(digest, cfg).pdf
    # the day's lead: the story 今日要览 opens with (the most important), else the first item
    first = digest.glance_points[0].item if digest.glance_points else 1
    lead = next((item for item in digest.items if item.number == first), digest.items[0] if digest.items else None)
    return build_message(
        subject=subject if subject is not None else default_subject(
            cfg, digest.day, (lead.briefing.written or lead.briefing.article).title if lead else "", len(digest.items)),
        sender=sender,
        to=to,
        text=digest_render.to_text(digest, cfg, attachment=filename),
        html=digest_render.to_email(digest, cfg, attachment=filename),
        pdf=pdf,
        filename=filename,
        date=date,
        message_id=message_id,
    )


def smtp_password(env: Mapping[str, str], config: Path | str | None = None) -> str | None:
    """The SMTP password: the BRIEF_SMTP_PASSWORD environment variable, else ``password`` in the
    ``[smtp]`` table of a TOML file. Never from arguments or article content."""
    if env.get(PASSWORD_ENV):
        return env[PASSWORD_ENV]
    if config is None:
        return None
    path = Path(config)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise MailError(f"{path}: SMTP config file not found") from None
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as err:
        raise MailError(f"{path}: cannot read SMTP config: {err}") from None
    if path.stat().st_mode & 0o077:
        log.warning("%s holds a password and is readable by others; chmod 600 it", path)
    password = (data.get("smtp") or {}).get("password")
    if password is not None and not isinstance(password, str):
        raise MailError(f"{path}: [smtp] password must be a string")
    return password


def parse_server(text: str) -> tuple[str, int]:
    """HOST:PORT (``[::1]:25`` for IPv6) → (host, port)."""
    match = re.fullmatch(r"\[([0-9A-Fa-f:.]+)\]:(\d{1,5})|([A-Za-z0-9.\-]+):(\d{1,5})", text.strip())
    if not match:
        raise MailError(f"SMTP server {text!r} is invalid; use HOST:PORT, e.g. smtp.example.org:587")
    host = match.group(1) or match.group(3)
    port = int(match.group(2) or match.group(4))
    if not 0 < port < 65536:
        raise MailError(f"SMTP port {port} is invalid")
    return host, port


def check_smtp(
    host: str,
    port: int,
    *,
    starttls: bool = False,
    user: str | None = None,
    password: str | None = None,
    timeout: float = 10.0,
) -> None:
    """Connect, EHLO, STARTTLS and log in as :func:`send_smtp` will, then quit: a server that is down or silent,
    a bad certificate or a refused login is found in seconds, before the day's articles are briefed."""
    with _session(host, port, starttls=starttls, user=user, password=password, timeout=timeout):
        pass


def send_smtp(
    message: EmailMessage,
    host: str,
    port: int,
    *,
    starttls: bool = False,
    user: str | None = None,
    password: str | None = None,
    timeout: float = 30.0,
) -> dict[str, tuple[int, bytes]]:
    """Send over SMTP, with STARTTLS (certificate checked) and login when asked.

    A password is only sent over STARTTLS, or to this machine. Every failure is a MailError with one
    line that never contains the password. Returns the recipients the server refused (the others got it).
    """
    with _session(host, port, starttls=starttls, user=user, password=password, timeout=timeout) as smtp:
        refused = smtp.send_message(message)
    return dict(refused)


@contextmanager
def _session(host: str, port: int, *, starttls: bool, user: str | None, password: str | None, timeout: float):
    """An SMTP connection greeted, upgraded and logged in; any failure in it (sending too) is one MailError."""
    if user is not None and password is None:
        raise MailError(f"--user needs a password: set {PASSWORD_ENV} or give it in an SMTP config file")
    if user is not None and not starttls and host not in LOCAL_HOSTS:
        raise MailError("refusing to send the SMTP password unencrypted; add --starttls")
    try:
        with smtplib.SMTP(host, port, timeout=timeout) as smtp:
            smtp.ehlo()
            if starttls:
                smtp.starttls(context=ssl.create_default_context())
                smtp.ehlo()
            if user is not None:
                smtp.login(user, password or "")
            yield smtp
    except smtplib.SMTPAuthenticationError as err:
        raise MailError(f"SMTP login as {user!r} refused ({err.smtp_code})") from None
    except smtplib.SMTPRecipientsRefused as err:
        raise MailError(f"SMTP server refused every recipient: {', '.join(sorted(err.recipients))}") from None
    except smtplib.SMTPException as err:
        raise MailError(f"SMTP {host}:{port}: {type(err).__name__}: {str(err)[:200]}") from None
    except ssl.SSLError as err:
        raise MailError(f"SMTP {host}:{port}: TLS failed: {err.reason or err}") from None
    except OSError as err:
        raise MailError(f"SMTP {host}:{port}: cannot connect ({err.strerror or err})") from None

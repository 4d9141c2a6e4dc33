"""The daily email: .eml structure parsed back, RFC 2047 subject, ASCII attachment name, no header
injection, and a real SMTP round trip to an aiosmtpd server on 127.0.0.1."""

from __future__ import annotations

import datetime as dt
import email
import email.policy
import socket
from pathlib import Path

import pytest
from briefing_fixture import make_briefing
from click.testing import CliRunner

from brief import daily, mail
from brief.cli import cli  # registers daily and mail (brief.cli_daily imported first would be circular)
from brief.config import BriefConfig, Branding

DAY = dt.date(2019, 12, 5)
DAILY = Path(__file__).resolve().parent / "data" / "daily"
FAKE_PDF = b"%PDF-1.7\n% a stand-in: these tests check the message, not the PDF\n%%EOF\n"
SENT = dt.datetime(2019, 12, 5, 8, 0, tzinfo=dt.timezone.utc)


@pytest.fixture(scope="module")
def cfg() -> BriefConfig:
    return BriefConfig()


@pytest.fixture(scope="module")
def digest(cfg) -> daily.Digest:
    task = daily.Task(0, "county.txt", "county.txt")
    return daily.reduce_day([(task, make_briefing())], [daily.Failure("bad.html", "the input is empty")], DAY, cfg)


def _message(digest, cfg, **overrides):
    args = {"sender": "简报系统 <brief@example.org>", "to": ["boss@example.org", "张三 <zhang@example.cn>"],
            "pdf": FAKE_PDF, "date": SENT, "message_id": "<1@example.org>", **overrides}
    return mail.digest_message(digest, cfg, **args)


def _parse(raw: bytes) -> email.message.EmailMessage:
    return email.message_from_bytes(raw, policy=email.policy.default)


def test_structure_subject_and_attachment(digest, cfg, tmp_path):
    raw = _message(digest, cfg).as_bytes()  # what `brief mail -o` writes
    assert b"=?utf-8?" in raw.split(b"\r\n\r\n", 1)[0]  # the Subject is RFC 2047-encoded
    assert all(ord(c) < 128 for c in raw.decode("ascii"))  # the whole message is 7-bit
    message = _parse(raw)
    assert message["Subject"] == "【信息快报】2019年12月5日：法治护航基层治理"  # the day's lead, as no other day's
    assert [p.get_content_type() for p in message.walk()] == [
        "multipart/mixed", "multipart/alternative", "text/plain", "text/html", "application/pdf"]
    text = message.get_body(("plain",)).get_content()
    html = message.get_body(("html",)).get_content()
    assert "今日要览" in text and "未收录" in text and "briefing-2019-12-05.pdf" in text
    assert "目录" in html and "<style" not in html and 'width="600"' in html
    (attachment,) = list(message.iter_attachments())
    assert attachment.get_filename() == "briefing-2019-12-05.pdf"
    assert attachment.get_filename().isascii()
    assert attachment.get_content() == FAKE_PDF
    assert message["To"].addresses[1].display_name == "张三"
    assert message["Date"].datetime == SENT


def test_the_default_subject_names_the_day_s_lead_and_how_many_items(cfg):
    day = dt.date(2019, 12, 5)
    assert mail.default_subject(cfg, day) == "【信息快报】2019年12月5日"
    assert mail.default_subject(cfg, day, "福建启动防台风Ⅰ级应急响应——漳州、厦门发布动员令", 14) == (
        "【信息快报】2019年12月5日：福建启动防台风Ⅰ级应急响应等14条")
    parts = mail.default_subject(cfg, day, "习近平在瞻仰延安革命纪念地时强调 弘扬伟大建党精神和延安精神 为实现目标而团结奋斗", 20)
    assert parts == "【信息快报】2019年12月5日：习近平在瞻仰延安革命纪念地时强调…等20条"  # not …和延…
    one = mail.default_subject(cfg, day, "中共中央 国务院在南京举行2022年南京大屠杀死难者国家公祭仪式", 18)
    assert one == "【信息快报】2019年12月5日：中共中央 国务院在南京举行2022年南京大屠杀死难者…等18条"  # not …死难者国…
    said = mail.default_subject(cfg, day, "中共中央政治局召开民主生活会强调加强党的政治建设推进全面从严治党", 22)
    assert said == "【信息快报】2019年12月5日：中共中央政治局召开民主生活会…等22条"  # not …强调加强党的政治建设推进…
    titled = mail.default_subject(cfg, day, "《求是》杂志发表习近平总书记重要文章《在二十届中央审计委员会第一次会议上的讲话》", 22)
    assert titled == "【信息快报】2019年12月5日：《求是》杂志发表习近平总书记重要文章…等22条"  # no 《 left open
    long = mail.default_subject(cfg, day, "甲" * 40, 1)
    assert long == "【信息快报】2019年12月5日：" + "甲" * (mail.SUBJECT_HEADLINE_CHARS - 1) + "…"


@pytest.mark.parametrize("subject", ["速报\r\nBcc: spy@evil.example", "速报\nBcc: spy@evil.example",
                                     "速报\rBcc: spy@evil.example", "速报\u2028Bcc: spy@evil.example"])
def test_subject_with_line_breaks_cannot_add_headers(digest, cfg, subject):
    message = _parse(_message(digest, cfg, subject=subject).as_bytes())
    assert message["Bcc"] is None
    assert message["Subject"] == "速报 Bcc: spy@evil.example"
    with pytest.raises(mail.MailError):
        mail.check_subject(subject)


def test_title_or_bulletin_with_line_breaks_cannot_add_headers(cfg):
    hostile = BriefConfig(branding=Branding(bulletin="快报\r\nBcc: spy@evil.example"))
    briefing = make_briefing(title="标题\r\nBcc: spy@evil.example\r\n\r\n正文")
    digest = daily.reduce_day([(daily.Task(0, "a\r\nX-Evil: 1", "a.txt"), briefing)], [], DAY, hostile)
    message = _parse(_message(digest, hostile).as_bytes())
    assert message["Bcc"] is None and message["X-Evil"] is None
    assert "\n" not in message["Subject"] and "\r" not in message["Subject"]


@pytest.mark.parametrize("address", ["boss@example.org\r\nBcc: spy@evil.example", "no-at-sign", "a@", "@b.org",
                                     "a b@example.org", "x@localhost-without-dot", "", "a@b..org", "a@.b.org",
                                     "a@example.org, c@example.org", "<a@example.org> c@example.org"])
def test_bad_addresses_are_refused(address):
    with pytest.raises(mail.MailError):
        mail.check_address(address)


def test_good_addresses():
    assert mail.check_address("简报 <brief@example.org>").addr_spec == "brief@example.org"
    assert mail.check_address("boss@example.org").display_name == ""
    assert mail.check_address("张三 <zs@例子.中国>").addr_spec == "zs@xn--fsqu00a.xn--fiqs8s"  # IDNA, not RFC 2047


def test_one_to_may_name_several_recipients_each_checked(digest, cfg):
    several = mail.check_addresses('boss@example.org, "Zhang, San" <zs@例子.中国>; c@example.org')
    assert [a.addr_spec for a in several] == ["boss@example.org", "zs@xn--fsqu00a.xn--fiqs8s", "c@example.org"]
    assert several[1].display_name == "Zhang, San"
    with pytest.raises(mail.MailError, match="a@b..org"):
        mail.check_addresses("boss@example.org; a@b..org")
    message = _parse(_message(digest, cfg, to=several).as_bytes())
    assert [a.addr_spec for a in message["To"].addresses] == [a.addr_spec for a in several]


def test_attachment_name_must_be_ascii(digest, cfg):
    with pytest.raises(mail.MailError):
        mail.build_message(subject="s", sender="a@example.org", to=["b@example.org"], text="t", html="<p>h</p>",
                           pdf=FAKE_PDF, filename="简报.pdf")


def test_password_from_environment_then_config_file(tmp_path):
    config = tmp_path / "smtp.toml"
    config.write_text('[smtp]\npassword = "from-file"\n', encoding="utf-8")
    config.chmod(0o600)
    assert mail.smtp_password({"BRIEF_SMTP_PASSWORD": "from-env"}, config) == "from-env"
    assert mail.smtp_password({}, config) == "from-file"
    assert mail.smtp_password({}, None) is None
    with pytest.raises(mail.MailError):
        mail.smtp_password({}, tmp_path / "missing.toml")


def test_server_parsing():
    assert mail.parse_server("smtp.example.org:587") == ("smtp.example.org", 587)
    assert mail.parse_server("[::1]:25") == ("::1", 25)
    for bad in ("smtp.example.org", "host:99999", "host:25\r\nX: y"):
        with pytest.raises(mail.MailError):
            mail.parse_server(bad)


def test_password_never_sent_in_clear_to_another_host(digest, cfg):
    message = _message(digest, cfg)
    with pytest.raises(mail.MailError, match="unencrypted"):
        mail.send_smtp(message, "smtp.example.org", 25, user="u", password="p")
    with pytest.raises(mail.MailError, match="password"):
        mail.send_smtp(message, "127.0.0.1", 25, user="u", password=None)


# ---------------------------------------------------------------------------- a real SMTP server


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class _Sink:
    def __init__(self):
        self.envelopes = []

    async def handle_DATA(self, server, session, envelope):
        self.envelopes.append(envelope)
        return "250 OK"


class _Authenticator:
    def __call__(self, server, session, envelope, mechanism, auth_data):
        from aiosmtpd.smtp import AuthResult

        ok = auth_data.login == b"brief" and auth_data.password == b"s3cret"
        return AuthResult(success=ok, handled=False)


@pytest.fixture
def smtp_server():
    controller_module = pytest.importorskip("aiosmtpd.controller")
    sink = _Sink()
    controller = controller_module.Controller(sink, hostname="127.0.0.1", port=_free_port(),
                                              authenticator=_Authenticator(), auth_require_tls=False)
    controller.start()
    try:
        yield controller, sink
    finally:
        controller.stop()


def test_smtp_round_trip(digest, cfg, smtp_server):
    controller, sink = smtp_server
    refused = mail.send_smtp(_message(digest, cfg), "127.0.0.1", controller.port, user="brief", password="s3cret")
    assert refused == {}
    (envelope,) = sink.envelopes
    assert envelope.mail_from == "brief@example.org"
    assert sorted(envelope.rcpt_tos) == ["boss@example.org", "zhang@example.cn"]
    received = _parse(envelope.original_content or envelope.content)
    assert received["Subject"] == "【信息快报】2019年12月5日：法治护航基层治理"
    assert [p.get_content_type() for p in received.walk()][2:] == ["text/plain", "text/html", "application/pdf"]
    (attachment,) = list(received.iter_attachments())
    assert attachment.get_filename() == "briefing-2019-12-05.pdf" and attachment.get_content() == FAKE_PDF


def test_smtp_wrong_password_is_one_line_without_the_password(digest, cfg, smtp_server):
    controller, sink = smtp_server
    with pytest.raises(mail.MailError) as info:
        mail.send_smtp(_message(digest, cfg), "127.0.0.1", controller.port, user="brief", password="wrong-pw")
    assert "wrong-pw" not in str(info.value) and "\n" not in str(info.value)
    assert sink.envelopes == []


def test_smtp_unreachable_is_a_mail_error(digest, cfg):
    with pytest.raises(mail.MailError, match="cannot connect"):
        mail.send_smtp(_message(digest, cfg), "127.0.0.1", _free_port(), timeout=5)


def test_a_server_that_never_answers_is_found_by_the_check_in_its_timeout():
    with socket.socket() as silent:  # accepts connections (the backlog) and never says 220
        silent.bind(("127.0.0.1", 0))
        silent.listen()
        with pytest.raises(mail.MailError, match="timed out"):
            mail.check_smtp("127.0.0.1", silent.getsockname()[1], timeout=0.5)


def test_the_check_greets_and_logs_in_and_sends_nothing(smtp_server):
    controller, sink = smtp_server
    mail.check_smtp("127.0.0.1", controller.port, user="brief", password="s3cret")
    with pytest.raises(mail.MailError, match="login as 'brief' refused"):
        mail.check_smtp("127.0.0.1", controller.port, user="brief", password="wrong-pw")
    assert sink.envelopes == []


# ---------------------------------------------------------------------------- `brief mail`


def test_cli_mail_writes_eml_and_sends_nothing(tmp_path):
    out = tmp_path / "today.eml"
    result = CliRunner().invoke(cli, ["mail", 
        str(DAILY / "03_economy_first_half.txt"), str(DAILY / "06_broken.txt"), "--date", "2019-12-05",
        "--to", "boss@example.org", "--from", "brief@example.org", "-o", str(out), "-j", "1"])
    assert result.exit_code == 0, result.output
    message = _parse(out.read_bytes())
    assert message["Subject"].startswith("【信息快报】2019年12月5日：") and message["Message-ID"]
    (attachment,) = list(message.iter_attachments())
    assert attachment.get_content().startswith(b"%PDF")
    assert "06_broken.txt" in message.get_body(("plain",)).get_content()  # listed under 未收录
    assert "warning: 1 of 2 articles not included" in result.stderr


def test_cli_mail_sends_through_smtp(tmp_path, smtp_server, monkeypatch):
    controller, sink = smtp_server
    monkeypatch.setenv("BRIEF_SMTP_PASSWORD", "s3cret")
    result = CliRunner().invoke(cli, ["mail", 
        str(DAILY / "04_wetland_restoration.txt"), "--date", "2019-12-05", "--to", "a@example.org",
        "--to", "b@example.org, c@example.org; d@例子.中国", "--from", "简报 <brief@example.org>", "--subject", "今日简报",
        "--smtp", f"127.0.0.1:{controller.port}", "--user", "brief", "-j", "1"])
    assert result.exit_code == 0, result.output
    (envelope,) = sink.envelopes
    everyone = ["a@example.org", "b@example.org", "c@example.org", "d@xn--fsqu00a.xn--fiqs8s"]
    assert sorted(envelope.rcpt_tos) == everyone  # every address of a --to, none dropped
    assert [a.addr_spec for a in _parse(envelope.content)["To"].addresses] == everyone
    assert _parse(envelope.content)["Subject"] == "今日简报"


@pytest.mark.parametrize("extra", [
    ["--subject", "a\nBcc: spy@evil.example", "-o", "x.eml"],
    ["--to", "boss@example.org\r\nBcc: spy@evil.example", "-o", "x.eml"],
    [],  # neither -o nor --smtp
    ["-o", "x.eml", "--smtp", "127.0.0.1:25"],  # both
    ["-o", "x.eml", "--user", "brief"],
    ["-o", "x.pdf"],  # a message is no PDF
])
def test_cli_mail_refuses_before_briefing(tmp_path, extra, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(cli, ["mail", 
        str(DAILY / "04_wetland_restoration.txt"), "--date", "2019-12-05", "--to", "a@example.org",
        "--from", "brief@example.org", *extra])
    assert result.exit_code == 2
    assert not (tmp_path / "x.eml").exists() and not (tmp_path / "x.pdf").exists()


@pytest.mark.parametrize("login", ["unreachable", "wrong password"])
def test_cli_mail_checks_the_server_before_briefing(tmp_path, smtp_server, login, monkeypatch):
    """A server that cannot be reached, or refuses the login, is reported in seconds, not after every article
    has been briefed and the PDF rendered."""
    controller, sink = smtp_server
    monkeypatch.setenv("BRIEF_SMTP_PASSWORD", "wrong-pw")

    def planned(*args):
        raise AssertionError("the articles are briefed before the server is checked")

    monkeypatch.setattr(daily, "plan", planned)
    port = _free_port() if login == "unreachable" else controller.port
    result = CliRunner().invoke(cli, ["mail", str(DAILY / "04_wetland_restoration.txt"), "--date", "2019-12-05",
                                      "--to", "a@example.org", "--from", "brief@example.org",
                                      "--smtp", f"127.0.0.1:{port}", "--user", "brief", "-j", "1"])
    assert result.exit_code == 2, result.output
    assert ("cannot connect" if login == "unreachable" else "login as 'brief' refused") in result.output
    assert sink.envelopes == []

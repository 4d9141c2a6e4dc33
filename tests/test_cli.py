"""The command line through its real entry point: formats, stdin, errors, atomic output."""

from __future__ import annotations

import json
import os
import shlex
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from brief.cli import BriefFailed, atomic_output, check_output, cli

ARTICLE = Path(__file__).resolve().parent / "data" / "articles" / "county_dump.txt"


def run(*args: str, stdin: bytes | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "brief", *args], input=stdin, capture_output=True, cwd=cwd, timeout=120)


def test_make_json_to_stdout_through_the_entry_point():
    result = run("make", str(ARTICLE), "--format", "json")
    assert result.returncode == 0, result.stderr.decode()
    data = json.loads(result.stdout)
    assert data["schema"] == "brief/1"
    assert data["title"].startswith("清河县召开2024年春季安全生产工作会议")
    assert data["date"] == "2024-03-18"
    assert set(data) == {"schema", "title", "date", "source", "byline", "body", "sentences", "summary", "keywords",
                         "statistics", "day", "subtitle", "brief"}


def test_make_takes_a_title_and_a_date_the_text_lacks(tmp_path):
    dateline = tmp_path / "item.txt"  # a dateline gives no year: no date of its own
    dateline.write_text("新华社北京4月15日电 国家卫生健康委15日召开新闻发布会，介绍今年以来的监管情况。会议指出，各地共查处案件120件。", encoding="utf-8")
    undated = json.loads(run("make", str(dateline), "-f", "json").stdout)
    assert (undated["date"], undated["day"]) == (None, "4月15日")  # the day the brief shows, though no date is known
    result = run("make", str(dateline), "-f", "json", "--title", "卫健委召开新闻发布会", "--date", "2024-04-15")
    assert result.returncode == 0, result.stderr.decode()
    data = json.loads(result.stdout)
    assert (data["title"], data["date"]) == ("卫健委召开新闻发布会", "2024-04-15")
    # the article's own date gives way too
    assert json.loads(run("make", str(ARTICLE), "-f", "json", "--date", "2024-03-19").stdout)["date"] == "2024-03-19"
    bad = run("make", str(dateline), "-f", "json", "--date", "2024-02-30")
    assert bad.returncode == 2 and b"--date" in bad.stderr and not bad.stdout


def test_make_from_stdin_markdown():
    result = run("make", "-", "-f", "md", stdin=ARTICLE.read_bytes())
    assert result.returncode == 0, result.stderr.decode()
    assert "清河县" in result.stdout.decode()


def test_make_output_dash_is_stdout_not_a_file_named_dash(tmp_path):
    result = run("make", "-", "-o", "-", "-f", "md", stdin=ARTICLE.read_bytes(), cwd=tmp_path)
    assert result.returncode == 0, result.stderr.decode()
    assert "清河县" in result.stdout.decode()
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(("suffix", "check"), [(".html", b"<html"), (".md", "清河县".encode()), (".txt", "清河县".encode()), (".json", b'"schema"')])
def test_format_follows_the_output_suffix(tmp_path, suffix, check):
    out = tmp_path / f"brief{suffix}"
    result = CliRunner().invoke(cli, ["make", str(ARTICLE), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert check in out.read_bytes()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["make", "missing-file.txt"], "no such file"),
        (["make", "."], "folder"),
        (["make", str(ARTICLE), "-o", "x.docx"], "cannot tell the format"),
        (["make", str(ARTICLE), "--budget", "0"], "budget"),
        # usage errors too, with where to read more
        (["make", str(ARTICLE), "--budget", "abc"], "'abc' is not a valid integer. (see brief make --help)"),
        (["make", str(ARTICLE), "--date", "2024-13-01"], "--date"),
        (["make"], "Missing argument 'INPUT'"),
        (["nosuch"], "No such command 'nosuch'. (see brief --help)"),
    ],
)
def test_errors_are_one_line_exit_2(args, message, tmp_path):
    result = run(*args, cwd=tmp_path if args[1:2] == ["."] else None)
    assert result.returncode == 2
    err = result.stderr.decode().strip()
    assert message in err and "Traceback" not in err and len(err.splitlines()) == 1, err


def test_failed_make_leaves_no_output_file(tmp_path):
    bad = tmp_path / "empty.txt"
    bad.write_bytes(b"")
    out = tmp_path / "out.json"
    result = run("make", str(bad), "-o", str(out))
    assert result.returncode == 2 and "empty" in result.stderr.decode()
    assert list(tmp_path.iterdir()) == [bad]


def test_output_onto_an_input_is_refused_and_the_input_kept(tmp_path):
    article = tmp_path / "a.txt"
    article.write_bytes(ARTICLE.read_bytes())
    records = tmp_path / "in.jsonl"
    records.write_text(json.dumps({"id": 1, "text": ARTICLE.read_text(encoding="utf-8")}, ensure_ascii=False) + "\n", encoding="utf-8")
    before = records.read_bytes()
    for args in (["make", str(article), "-o", str(article), "-f", "txt"], ["batch", str(records), "-o", str(records)],
                 ["daily", str(tmp_path), "--date", "2024-03-18", "-o", str(article)]):
        result = run(*args)
        assert result.returncode == 2 and result.stderr.decode().count("\n") == 1, args
        assert "is an input" in result.stderr.decode()
    assert article.read_bytes() == ARTICLE.read_bytes() and records.read_bytes() == before


def test_a_brief_or_digest_brief_made_is_no_article_to_brief_again(tmp_path):
    article = tmp_path / "a.txt"
    article.write_bytes(ARTICLE.read_bytes())
    for fmt in ("html", "email"):
        made = tmp_path / f"brief.{fmt}.html"
        assert run("make", str(article), "-f", fmt, "-o", str(made)).returncode == 0
        result = run("make", str(made), "-f", "md")
        assert result.returncode == 2 and "made by brief" in result.stderr.decode(), fmt
        made.unlink()
    # yesterday's digest left in the folder: listed as no article, not merged with the story it tells
    assert run("daily", str(tmp_path), "--date", "2024-03-18", "-o", str(tmp_path / "daily.html")).returncode == 0
    assert run("daily", str(article), "--date", "2024-03-18", "-o", str(tmp_path / "d.md")).returncode == 0
    assert (tmp_path / "d.md").read_text(encoding="utf-8").startswith("# ")  # a Markdown digest, by its suffix
    digest = tmp_path / "out" / "daily.txt"
    digest.parent.mkdir()
    assert run("daily", str(tmp_path), "--date", "2024-03-18", "-o", str(digest)).returncode == 0
    text = digest.read_text(encoding="utf-8")
    assert "本工具生成的简报" in text and "2篇报道" not in text


def test_a_text_or_markdown_brief_or_digest_brief_made_is_no_article_either(tmp_path):
    article = tmp_path / "a.txt"
    article.write_bytes(ARTICLE.read_bytes())
    for fmt in ("txt", "md"):
        made = tmp_path / "out" / f"brief.{fmt}"
        made.parent.mkdir(exist_ok=True)
        assert run("make", str(article), "-o", str(made)).returncode == 0
        result = run("make", str(made), "-f", "json")
        assert result.returncode == 2 and "made by brief" in result.stderr.decode(), fmt
        digest = tmp_path / "out" / f"daily.{fmt}"
        assert run("daily", str(article), "--date", "2024-03-18", "-o", str(digest)).returncode == 0
        result = run("make", str(digest), "-f", "json")
        assert result.returncode == 2 and "made by brief" in result.stderr.decode(), fmt
    # yesterday's digest written as .txt into the folder: listed as no article, not briefed as a story (【今日要览】…)
    digest = tmp_path / "daily.txt"
    assert run("daily", str(article), "--date", "2024-03-18", "-o", str(digest)).returncode == 0
    assert run("daily", str(tmp_path), "--date", "2024-03-19", "-o", str(tmp_path / "out" / "d.txt")).returncode == 0
    text = (tmp_path / "out" / "d.txt").read_text(encoding="utf-8")
    assert "daily.txt：本工具生成的简报" in text and "今日要览】（" not in text


def test_outputs_follow_the_umask_and_keep_the_mode_of_the_file_they_replace(tmp_path):
    """Briefings are 内部资料: umask 077 gives a 600 file, and a 600 or 640 one is not opened up to 644."""
    def mode(path: Path) -> int:
        return stat.S_IMODE(path.stat().st_mode)

    kept = tmp_path / "kept.md"
    kept.write_bytes(b"old")
    kept.chmod(0o640)
    result = subprocess.run([sys.executable, "-m", "brief", "make", str(ARTICLE), "-o", str(tmp_path / "new.md")],
                            capture_output=True, timeout=120, umask=0o077)
    assert result.returncode == 0, result.stderr.decode()
    assert mode(tmp_path / "new.md") == 0o600
    previous = os.umask(0o022)
    try:
        with atomic_output(kept) as handle:
            handle.write(b"new")
        with atomic_output(tmp_path / "open.md") as handle:
            handle.write(b"new")
    finally:
        os.umask(previous)
    assert (kept.read_bytes(), mode(kept)) == (b"new", 0o640)
    assert mode(tmp_path / "open.md") == 0o644


def test_a_read_only_output_is_not_replaced(tmp_path):
    out = tmp_path / "signed.md"
    out.write_text("签发稿", encoding="utf-8")
    out.chmod(0o444)
    if os.access(out, os.W_OK):
        pytest.skip("running as root: a 444 file is writable (test_a_file_the_user_may_not_write_is_refused checks the rule)")
    result = run("make", str(ARTICLE), "-o", str(out))
    err = result.stderr.decode()
    assert result.returncode == 2 and "read-only" in err and len(err.splitlines()) == 1, err
    assert out.read_text(encoding="utf-8") == "签发稿" and stat.S_IMODE(out.stat().st_mode) == 0o444


def test_a_file_the_user_may_not_write_is_refused(tmp_path, monkeypatch):
    """The rule itself, as a user who is not root meets it (os.access says no to W_OK)."""
    out = tmp_path / "signed.md"
    out.write_text("签发稿", encoding="utf-8")
    real_access = os.access
    monkeypatch.setattr(os, "access", lambda path, how: how != os.W_OK and real_access(path, how))
    with pytest.raises(BriefFailed, match="read-only"):
        check_output(out)
    with pytest.raises(BriefFailed, match="read-only"), atomic_output(out) as handle:
        handle.write(b"new")
    assert out.read_text(encoding="utf-8") == "签发稿" and list(tmp_path.iterdir()) == [out]
    assert check_output(tmp_path / "new.md") == tmp_path  # a new file is no one's to protect


def test_output_into_missing_folder_is_a_clear_error(tmp_path):
    result = run("make", str(ARTICLE), "-o", str(tmp_path / "no" / "such" / "out.json"))
    assert result.returncode == 2 and "does not exist" in result.stderr.decode()


def test_an_output_that_is_a_folder_is_named_so(tmp_path):
    (tmp_path / "briefs").mkdir()
    for args in (("make", str(ARTICLE), "-o", str(tmp_path / "briefs")),
                 ("daily", str(ARTICLE), "--date", "2024-04-15", "-o", str(tmp_path / "briefs"))):
        result = run(*args)
        assert result.returncode == 2 and "is a folder" in result.stderr.decode(), args


def test_batch_reports_a_bad_record_and_goes_on(tmp_path):
    records = [
        {"id": "a", "text": ARTICLE.read_text(encoding="utf-8")},
        {"id": "b", "text": ""},
        {"id": "c", "text": "市政府召开常务会议，研究部署近期重点工作。会议要求各部门抓好落实。", "title": "常务会议"},
    ]
    source = tmp_path / "in.jsonl"
    source.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n{not json\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = run("batch", str(source), "-o", str(out), "--jobs", "2")
    assert result.returncode == 0, result.stderr.decode()
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [line["id"] for line in lines] == ["a", "b", "c", None]
    assert lines[0]["schema"] == "brief/1" and lines[2]["title"] == "常务会议"
    assert "empty" in lines[1]["error"] and "JSON" in lines[3]["error"]
    assert "2 of 4 records failed" in result.stderr.decode()


def test_batch_records_may_give_a_date(tmp_path):
    text = "新华社北京4月15日电 国家卫生健康委15日召开新闻发布会，介绍今年以来的监管情况。会议指出，各地共查处案件120件。"
    source = tmp_path / "in.jsonl"
    dates = ["2024-04-15", "15/04/2024", 20240415, "20240415", "2024年4月15日"]
    records = [{"id": n, "text": text, "date": date} for n, date in enumerate(dates, 1)]
    source.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    result = CliRunner().invoke(cli, ["batch", str(source), "-o", str(tmp_path / "out.jsonl")])
    assert result.exit_code == 0, result.output
    out = [json.loads(line) for line in (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()]
    assert out[0]["date"] == out[3]["date"] == out[4]["date"] == "2024-04-15"  # as datasets write it too
    assert "YYYY-MM-DD" in out[1]["error"] and '"date" must be a string' in out[2]["error"]


def test_batch_output_dash_is_stdout(tmp_path):
    source = tmp_path / "in.jsonl"
    source.write_text(json.dumps({"id": "c", "text": "市政府召开常务会议，研究部署近期重点工作。"}, ensure_ascii=False) + "\n",
                      encoding="utf-8")
    result = run("batch", str(source), "-o", "-", "--jobs", "1", cwd=tmp_path)
    assert result.returncode == 0, result.stderr.decode()
    assert json.loads(result.stdout)["id"] == "c"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.jsonl"]


def test_version_and_help():
    runner = CliRunner()
    assert runner.invoke(cli, ["--version"]).output.startswith("brief, version")
    help_text = runner.invoke(cli, ["--help"]).output
    for command in ("make", "batch"):
        assert command in help_text
    # python -m brief.cli runs the CLI as python -m brief does (it printed nothing and exited 0)
    done = subprocess.run([sys.executable, "-m", "brief.cli", "daily", "--help"], capture_output=True, timeout=120,
                          env=dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parents[1])))
    assert done.returncode == 0 and b"Usage: brief daily" in done.stdout


def test_eval_prints_brief_beside_lead(tmp_path):
    text = "清河县召开安全生产工作会议。会议指出，全县共排查整治隐患1.2万处。会议强调要压实责任。下一步将开展大检查。"
    source = tmp_path / "eval.jsonl"
    source.write_text(json.dumps({"id": "x", "text": text, "summary": "清河县召开安全生产工作会议，排查整治隐患1.2万处。"},
                                 ensure_ascii=False) + "\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["eval", str(source), "--budget", "40"])
    assert result.exit_code == 0, result.output
    rows = {line.split()[0]: line.split()[1:4] for line in result.output.splitlines()[2:] if line.startswith(("brief", "lead"))}
    assert set(rows) >= {"brief", "lead"}
    assert all(0 < float(value) <= 100 for value in rows["brief"])


def test_batch_where_every_record_fails_exits_2(tmp_path):
    source = tmp_path / "in.jsonl"
    source.write_text('{"id": "a", "text": ""}\n{"id": "b", "text": "English only."}\n', encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = run("batch", str(source), "-o", str(out), "--jobs", "1")
    assert result.returncode == 2 and "no record could be briefed" in result.stderr.decode()
    assert [json.loads(line)["id"] for line in out.read_text(encoding="utf-8").splitlines()] == ["a", "b"]


def test_make_pdf_error_from_the_analysing_child_is_one_line(tmp_path):
    """PDF output analyses in a forked child; its BriefError reaches the user as one line, exit 2."""
    bad = tmp_path / "empty.txt"
    bad.write_bytes(b"")
    out = tmp_path / "out.pdf"
    result = run("make", str(bad), "-o", str(out))
    assert result.returncode == 2 and "empty" in result.stderr.decode(), result.stderr.decode()
    assert len(result.stderr.decode().strip().splitlines()) == 1
    assert list(tmp_path.iterdir()) == [bad]


def test_make_pdf_when_the_analysing_child_dies_analyses_in_process(tmp_path):
    """A child that dies without an answer (killed, out of memory) costs time, not the brief."""
    script = f"""
import os, sys
import brief.cli as cli
parent, analyse = os.getpid(), cli._analyse
def dying(*args):
    if os.getpid() != parent:
        os._exit(9)
    return analyse(*args)
cli._analyse = dying
sys.argv = ["brief", "make", {str(ARTICLE)!r}, "-o", {str(tmp_path / "out.pdf")!r}]
cli.main()
"""
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr.decode()
    assert (tmp_path / "out.pdf").read_bytes().startswith(b"%PDF")


def test_quick_weasyprint_import_undoes_itself_when_a_library_is_not_found():
    """If the fast import (no ctypes.util.find_library) fails, nothing of it stays behind and the
    normal import runs."""
    script = """
import ctypes.util, importlib, sys
from brief import fit
real_search, real_import, calls = ctypes.util.find_library, importlib.import_module, []
def failing(name, *args):
    calls.append(name)
    if len(calls) == 1:
        importlib.import_module = real_import
        real_import("weasyprint.urls")  # a partial import, as when dlopen fails half-way
        raise OSError("cannot load library 'libpango-1.0-0'")
    return real_import(name, *args)
importlib.import_module = failing
assert fit._import_weasyprint_quickly() is None
assert ctypes.util.find_library is real_search
assert not [m for m in sys.modules if m.startswith("weasyprint")], "partial import left behind"
importlib.import_module = real_import
assert fit._weasyprint().HTML
print("ok")
"""
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, timeout=120, check=False)
    assert result.returncode == 0 and result.stdout.strip() == b"ok", result.stderr.decode()


def test_make_pdf_when_preloading_fails_ends_with_one_line(tmp_path):
    """A WeasyPrint that cannot load (no Pango) fails while the child may still be writing a large
    Briefing into the pipe: the run must end at once with the one-line error, not wait for a reader."""
    seed = tmp_path / "long.txt"  # its pickled Briefing is far larger than a pipe's 64 KiB buffer
    seed.write_text("".join(f"第{i}条：市司法局组织开展第{i}场普法宣传活动，发放资料{i * 7}份。" for i in range(1, 1500)),
                    encoding="utf-8")
    script = f"""
import sys
import brief.fit as fit
from brief.errors import RenderError
def broken():
    raise RenderError("PDF output needs Pango and HarfBuzz (test)")
fit.preload = broken
import brief.cli as cli
sys.argv = ["brief", "make", {str(seed)!r}, "-o", {str(tmp_path / "out.pdf")!r}]
cli.main()
"""
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, timeout=60, check=False)
    err = result.stderr.decode().strip()
    assert result.returncode == 2 and "Pango" in err and len(err.splitlines()) == 1, err
    assert not (tmp_path / "out.pdf").exists()


def test_the_quick_exit_keeps_exit_codes_and_logged_lines():
    """main() leaves with os._exit: --version's 0, a text brief on stdout and a usage error's 2 all get out."""
    version = run("--version")
    assert version.returncode == 0 and version.stdout.decode().startswith("brief, version")
    text = run("make", str(ARTICLE), "-f", "txt")
    assert text.returncode == 0 and text.stdout.decode() == CliRunner().invoke(cli, ["make", str(ARTICLE), "-f", "txt"]).output
    usage = run("make", str(ARTICLE), "--format", "docx")
    assert usage.returncode == 2 and "docx" in usage.stderr.decode()


def test_the_pdf_side_of_make_does_not_import_the_analysis():
    """The parent of ``brief make -o x.pdf`` renders while the child analyses: numpy and scipy there would cost a
    cold run their import time (0.1–0.2 s) on the critical path."""
    heavy = "('numpy', 'scipy', 'jieba', 'rjieba')"
    code = f"import sys, brief.render, brief.fit; print(sorted(m for m in {heavy} if m in sys.modules))"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, timeout=120)
    assert result.returncode == 0, result.stderr.decode()
    assert result.stdout.decode().strip() == "[]"


def test_the_default_jobs_is_accepted_on_a_host_with_more_than_64_cores(tmp_path):
    """--jobs takes 1 to 64; its default (the cores) is capped there, not refused on a 96-core host."""
    script = """
import os
import shlex
os.cpu_count = lambda: 96
from brief.cli import cli
for args in (["batch", "in.jsonl", "-o", "out.jsonl"], ["daily", "a.txt", "--date", "2024-06-19", "-o", "d.md"],
             ["mail", "a.txt", "--date", "2024-06-19", "--to", "a@example.org", "--from", "b@example.org",
              "-o", "m.eml"]):
    print(cli.commands[args[0]].make_context(args[0], args[1:]).params["jobs"])
"""
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, timeout=120, cwd=tmp_path,
                            env=dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parents[1])))
    assert result.returncode == 0, result.stderr.decode()
    assert result.stdout.decode().split() == ["64", "64", "64"]


def test_daily_and_mail_output_dash_is_stdout_not_a_file_named_dash(tmp_path):
    digest = run("daily", str(ARTICLE), "--date", "2024-03-18", "-f", "md", "-o", "-", "-j", "1", cwd=tmp_path)
    assert digest.returncode == 0, digest.stderr.decode()
    assert digest.stdout.decode().startswith("# 信息快报") and "清河县" in digest.stdout.decode()
    text = run("daily", str(ARTICLE), "--date", "2024-03-18", "-o", "-", "-j", "1", cwd=tmp_path)  # text, as make's
    assert text.returncode == 0 and "清河县" in text.stdout.decode() and not text.stdout.startswith(b"#")
    message = run("mail", str(ARTICLE), "--date", "2024-03-18", "--to", "a@example.org", "--from", "b@example.org",
                  "-o", "-", "-j", "1", cwd=tmp_path)
    assert message.returncode == 0, message.stderr.decode()
    assert message.stdout.startswith(b"Subject: ") and b"\nTo: a@example.org" in message.stdout
    assert message.stderr.decode().rstrip().endswith("→ standard output")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
def test_a_full_disk_is_cannot_write_not_an_internal_error(tmp_path):
    source = tmp_path / "in.jsonl"
    source.write_text(json.dumps({"id": "a", "text": ARTICLE.read_text(encoding="utf-8")}, ensure_ascii=False) + "\n",
                      encoding="utf-8")
    batch = run("batch", str(source), "-o", "/dev/full", "-j", "1")
    with open("/dev/full", "wb") as full:
        made = subprocess.run([sys.executable, "-m", "brief", "make", str(ARTICLE), "-f", "txt"], stdout=full,
                              stderr=subprocess.PIPE, timeout=120)
    for result, name in ((batch, "/dev/full"), (made, "standard output")):
        err = result.stderr.decode().strip()
        assert result.returncode == 2 and err == f"brief: error: {name}: cannot write (No space left on device)", err


def test_a_file_that_cannot_be_finished_is_cannot_write_and_leaves_nothing(tmp_path, monkeypatch):
    def full(*args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", full)
    with pytest.raises(BriefFailed, match="out.md: cannot write [(]No space left on device[)]"):
        with atomic_output(tmp_path / "out.md") as handle:
            handle.write(b"brief")
    assert list(tmp_path.iterdir()) == []


def test_a_format_the_output_suffix_contradicts_is_refused(tmp_path):
    """-f email -o x.pdf wrote HTML into a .pdf; email is HTML, so x.html takes it, and x.out says nothing."""
    for args in (["make", str(ARTICLE), "-f", "email", "-o", str(tmp_path / "x.pdf")],
                 ["make", str(ARTICLE), "-f", "md", "-o", str(tmp_path / "x.TXT")],
                 ["daily", str(ARTICLE), "--date", "2024-03-18", "-f", "email", "-o", str(tmp_path / "x.pdf")],
                 ["daily", str(ARTICLE), "--date", "2024-03-18", "-f", "md", "-o", str(tmp_path / "x.json")]):
        result = CliRunner().invoke(cli, args)
        assert result.exit_code == 2 and "does not go in a" in result.output, args
    assert list(tmp_path.iterdir()) == []
    for name in ("x.htm", "x.out"):
        assert CliRunner().invoke(cli, ["make", str(ARTICLE), "-f", "email", "-o", str(tmp_path / name)]).exit_code == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["x.htm", "x.out"]


def test_a_closed_stdout_is_one_line_and_a_closed_stderr_no_failure(tmp_path):
    brief = f"{shlex.quote(sys.executable)} -m brief"
    article = shlex.quote(str(ARTICLE))
    for command in (f"make {article} -f txt", f"batch {article} -o -", f"daily {article} --date 2024-03-18 -o -"):
        result = subprocess.run(f"{brief} {command} >&-", shell=True, capture_output=True, timeout=120, cwd=tmp_path)
        err = result.stderr.decode().strip()
        assert result.returncode == 2 and err == "brief: error: standard output is closed; give -o FILE", (command, err)
    out = tmp_path / "out.txt"
    done = subprocess.run(f"{brief} make {article} -o {shlex.quote(str(out))} 2>&-", shell=True, timeout=120)
    assert done.returncode == 0 and "清河县" in out.read_text(encoding="utf-8")
    assert subprocess.run(f"{brief} --version >&-", shell=True, timeout=120).returncode == 0


def test_a_reader_that_stops_early_ends_batch_quietly(tmp_path):
    """brief batch in.jsonl -o - | head -c1: the pipe closes while records are still written; exit 0, nothing said."""
    line = json.dumps({"id": "a", "text": ARTICLE.read_text(encoding="utf-8")}, ensure_ascii=False) + "\n"
    source = tmp_path / "in.jsonl"
    source.write_text(line * 40, encoding="utf-8")  # far more than a pipe holds
    reader = subprocess.Popen([sys.executable, "-m", "brief", "batch", str(source), "-o", "-", "-j", "1"],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert reader.stdout.read(1) == b"{"
    reader.stdout.close()
    err = reader.stderr.read().decode()
    assert reader.wait(timeout=120) == 0 and err == "", err

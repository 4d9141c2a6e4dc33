"""Faults in batch work: a worker that crashes or hangs loses only its own article; an interrupted
run leaves no output file; the size and time limits give clear messages."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from brief.batch import map_articles
from brief.config import BriefConfig
from brief.errors import BriefError
from fault_helpers import ARTICLE, ROOT, echo_task, faulty_cli_command, misbehaving_task

ENV = dict(os.environ, PYTHONPATH=str(ROOT))


def test_map_articles_isolates_crashes_and_timeouts():
    """Hang, exit, segfault, BriefError and a bug each fail alone; every other task comes back, in order."""
    tasks = [("ok", 1), ("hang", 30), ("ok", 2), ("exit", 3), ("ok", 3), ("segfault", None), ("ok", 4),
             ("error", "bad article"), ("bug", "oops"), ("ok", 5)]
    cfg = BriefConfig(article_timeout=1.5)
    started = time.monotonic()
    results = list(map_articles(misbehaving_task, tasks, cfg, jobs=2))
    assert time.monotonic() - started < 20, "a hanging article must not hold the batch"
    assert [task for task, _ in results] == tasks
    by_kind = {task: result for task, result in results}
    for n in range(1, 6):
        assert by_kind[("ok", n)] == f"ok {n}"
    assert isinstance(by_kind[("hang", 30)], BriefError) and "longer than 1.5 s" in str(by_kind[("hang", 30)])
    assert isinstance(by_kind[("exit", 3)], BriefError) and "died" in str(by_kind[("exit", 3)])
    assert isinstance(by_kind[("segfault", None)], BriefError) and "died" in str(by_kind[("segfault", None)])
    assert str(by_kind[("error", "bad article")]) == "bad article"
    assert isinstance(by_kind[("bug", "oops")], BriefError) and "ValueError" in str(by_kind[("bug", "oops")])


def test_map_articles_single_task_is_bounded_too():
    """One task alone still gets the time bound and crash isolation (it is batch work as well)."""
    cfg = BriefConfig(article_timeout=1.0)
    [(_, hung)] = list(map_articles(misbehaving_task, [("hang", 30)], cfg, jobs=1))
    assert isinstance(hung, BriefError) and "longer than" in str(hung)
    [(_, died)] = list(map_articles(misbehaving_task, [("exit", 9)], cfg, jobs=1))
    assert isinstance(died, BriefError) and "died" in str(died)


def test_map_articles_progress_and_order():
    ticks = []
    tasks = [(f"t{i}", 0.05 * (5 - i)) for i in range(5)]
    results = list(map_articles(echo_task, tasks, BriefConfig(), jobs=2, progress=ticks.append))
    assert [r for _, r in results] == [f"done t{i}" for i in range(5)]
    assert sum(ticks) == 5
    assert list(map_articles(echo_task, [], BriefConfig(), jobs=2)) == []


def _records(path: Path, ids: list[str]) -> None:
    path.write_text("".join(json.dumps({"id": i, "text": ARTICLE}, ensure_ascii=False) + "\n" for i in ids),
                    encoding="utf-8")


def test_brief_batch_survives_crash_segfault_and_hang(tmp_path: Path):
    """`brief batch` end to end: the misbehaving records get an "error"; the others are briefed."""
    ids = ["a", "crash", "b", "segfault", "c", "hang", "d"]
    _records(tmp_path / "in.jsonl", ids)
    (tmp_path / "brief.toml").write_text("article_timeout = 8\n", encoding="utf-8")
    done = subprocess.run(faulty_cli_command() + ["batch", "in.jsonl", "-o", "out.jsonl", "-j", "2",
                                                  "--config", "brief.toml"],
                          cwd=tmp_path, env=ENV, capture_output=True, timeout=180)
    err = done.stderr.decode()
    assert done.returncode == 0, err
    assert "Traceback" not in err and "3 of 7 records failed" in err
    out = [json.loads(line) for line in (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in out] == ids
    for record in out:
        if record["id"] in ("crash", "segfault", "hang"):
            assert "error" in record and "summary" not in record
        else:
            assert record["summary"] and "error" not in record
    assert "longer than 8 s" in out[5]["error"] and "died" in out[1]["error"] and "died" in out[3]["error"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["brief.toml", "in.jsonl", "out.jsonl"]


def _terminal_sigint() -> None:
    """In the child: Ctrl-C as at a terminal. A test run started in the background of a shell script
    inherits SIGINT ignored, and Python then keeps ignoring it."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _children(pid: int) -> list[int]:
    try:
        return [int(p) for p in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except OSError:
        return []


@pytest.mark.parametrize("faulty,signum", [(True, signal.SIGINT), (False, signal.SIGINT), (True, signal.SIGTERM)],
                         ids=["ctrl-c-slow-records", "ctrl-c-real-records", "sigterm"])
def test_interrupted_batch_leaves_no_output(faulty: bool, signum: int, tmp_path: Path):
    """Ctrl-C (SIGINT to the process group) or SIGTERM to the process mid-run: exit 130, one line,
    no output or temp file, the previous output untouched, no workers left."""
    ids = [f"slow{i}" for i in range(40)] if faulty else [f"r{i}" for i in range(5000)]  # > 1.5 s of work
    _records(tmp_path / "in.jsonl", ids)
    (tmp_path / "out.jsonl").write_text("previous run\n", encoding="utf-8")  # must survive untouched
    command = faulty_cli_command() if faulty else [sys.executable, "-m", "brief"]
    process = subprocess.Popen(command + ["batch", "in.jsonl", "-o", "out.jsonl", "-j", "2"], cwd=tmp_path,
                               env=ENV, stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True,
                               preexec_fn=_terminal_sigint)
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and not list(tmp_path.glob(".out.jsonl.*.part")):
            time.sleep(0.05)
        assert list(tmp_path.glob(".out.jsonl.*.part")), "the batch never started writing"
        time.sleep(1.5)
        workers = _children(process.pid)
        if signum == signal.SIGINT:
            os.killpg(process.pid, signal.SIGINT)  # what a terminal's Ctrl-C does
        else:
            os.kill(process.pid, signal.SIGTERM)
        _, err = process.communicate(timeout=60)
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
    err = err.decode()
    assert process.returncode == 130, err
    assert "Traceback" not in err, err
    assert [line for line in err.splitlines() if line.strip()] == ["brief: interrupted"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.jsonl", "out.jsonl"]
    assert (tmp_path / "out.jsonl").read_text(encoding="utf-8") == "previous run\n"
    time.sleep(0.5)
    alive = [pid for pid in workers if Path(f"/proc/{pid}").exists()
             and "zombie" not in Path(f"/proc/{pid}/status").read_text().lower()]
    assert not alive, f"worker processes left running: {alive}"


def test_batch_record_too_large_fails_alone(tmp_path: Path):
    """The size limit applies per record in batch work, with the same clear message."""
    path = tmp_path / "in.jsonl"
    path.write_text(json.dumps({"id": "big", "text": ARTICLE * 100}, ensure_ascii=False) + "\n"
                    + json.dumps({"id": "ok", "text": ARTICLE}, ensure_ascii=False) + "\n", encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "brief", "batch", str(path), "-o", str(tmp_path / "out.jsonl"),
                           "--max-input-mb", "0.05", "-j", "1"], cwd=ROOT, env=ENV, capture_output=True, timeout=120)
    assert done.returncode == 0, done.stderr.decode()
    big, ok = [json.loads(line) for line in (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()]
    assert "too large" in big["error"] and "--max-input-mb" in big["error"]
    assert ok["summary"]


def test_interrupted_daily_leaves_no_output(tmp_path: Path):
    """Ctrl-C while `brief daily` maps its articles: exit 130, one line, the previous digest untouched."""
    _records(tmp_path / "feed.jsonl", [f"r{i}" for i in range(3000)])  # far more than 0.5 s of work on a fast machine
    (tmp_path / "daily.html").write_text("previous digest\n", encoding="utf-8")
    process = subprocess.Popen([sys.executable, "-m", "brief", "daily", "feed.jsonl", "--date", "2023-12-05",
                                "-o", "daily.html", "-j", "2"], cwd=tmp_path, env=ENV,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True,
                               preexec_fn=_terminal_sigint)
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and not _children(process.pid):
            time.sleep(0.05)
        assert _children(process.pid), "the digest never started its workers"
        time.sleep(0.5)
        os.killpg(process.pid, signal.SIGINT)
        _, err = process.communicate(timeout=60)
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
    err = err.decode()
    assert process.returncode == 130 and "Traceback" not in err, err
    assert [line for line in err.splitlines() if line.strip()][-1] == "brief: interrupted"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["daily.html", "feed.jsonl"]
    assert (tmp_path / "daily.html").read_text(encoding="utf-8") == "previous digest\n"

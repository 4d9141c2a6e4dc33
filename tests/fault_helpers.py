"""Shared helpers for the bad-input, property and fault tests: a small self-written article, the
Briefing invariants, and module-level task functions (picklable) that hang or kill their worker."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from brief.config import BriefConfig
from brief.errors import BriefError
from brief.models import Briefing
from brief.speakers import read_alone

try:
    from brief.rank import drop_asides
except ImportError:  # rank.py without aside dropping: summary texts are plain sentence prefixes
    def drop_asides(text: str) -> str:
        return text

ROOT = Path(__file__).resolve().parent.parent

# Self-written test article (not copied from any source): seven sentences, numbers, a plan.
ARTICLE_TITLE = "市司法局举办宪法宣传周开放日活动"
ARTICLE_BODY = (
    "12月4日是国家宪法日，也是宪法宣传周的重要节点。\n"
    "市司法局以“弘扬宪法精神”为主题，组织开展了第二届司法行政开放日活动，邀请社会各界代表走进司法单位。\n"
    "活动期间，各界代表参观了公共法律服务中心和社区矫正中心，听取了全市司法行政工作情况介绍。\n"
    "今年以来，全市共发放宣传资料20.34万件、宣传册13万份，建成村级公共法律服务工作室503个。\n"
    "各级公共法律服务中心共接待群众咨询3.5万余人次，办理法律援助案件1200件，同比增长12.5%。\n"
    "代表们纷纷表示，活动形式新颖、内容丰富，加深了对司法行政工作的了解。\n"
    "下一步，市司法局将继续深化普法宣传教育，力争到2025年实现公共法律服务平台全覆盖。"
)
ARTICLE = f"{ARTICLE_TITLE}\n来源：本地日报 2023-12-05\n{ARTICLE_BODY}\n"


def article_text(title: str = ARTICLE_TITLE, body: str = ARTICLE_BODY) -> str:
    """A plain-text page dump with a title line, a metadata line and the body."""
    return f"{title}\n来源：本地日报 2023-12-05\n{body}\n"


def check_briefing(briefing: Briefing, cfg: BriefConfig) -> None:
    """Every invariant a Briefing must keep, whatever the input (asserts)."""
    body = briefing.article.body
    sentences = briefing.sentences
    assert isinstance(briefing.article.title, str)
    for i, s in enumerate(sentences):
        assert s.index == i, "sentence indices are 0..n-1"
        assert 0 <= s.start <= s.end <= len(body), f"sentence {i} offsets out of the body"
        assert body[s.start : s.end] == s.text, f"sentence {i}: body[start:end] != text"
        assert s.text.strip(), f"sentence {i} is blank"
        assert len(s.tokens) == len(s.tags)
        if i:
            assert sentences[i - 1].end <= s.start, "sentences overlap or are out of order"
    assert len(briefing.scores) == len(sentences)
    # Summary: within the budget, document order, made of the article's sentences.
    assert sum(len(item.text) for item in briefing.summary) <= cfg.budget, "summary over budget"
    assert len(briefing.summary) <= cfg.max_summary_sentences
    indices = [item.index for item in briefing.summary]
    assert indices == sorted(set(indices)), f"summary not in document order: {indices}"
    if sentences:
        assert briefing.summary, "a non-empty article has a non-empty summary"
    for item in briefing.summary:
        assert 0 <= item.index < len(sentences)
        sentence = sentences[item.index].text
        # rank.py may drop short parenthetical asides (（记者 …）) and trim at a clause boundary, where
        # the boundary mark becomes "…": the text is then a prefix of the sentence without its asides; and it shows
        # the sentence as it reads alone (speakers.read_alone: 同时，… loses 同时，, 他 is named)
        alone = read_alone(sentences, item.index)
        forms = {sentence, drop_asides(sentence), alone, drop_asides(alone)}
        assert item.text in forms or (
            item.text.endswith("…") and any(form.startswith(item.text[:-1]) for form in forms)
        ), f"summary text {item.text!r} is not (a trimmed form of) sentence {item.index} {sentence!r}"
        if item.text == sentence or (item.text.endswith("…") and sentence.startswith(item.text[:-1])):
            assert item.text.rstrip("…") in body  # no aside dropped: a span of the body
    # Facts: text as written, inside its sentence, offsets into the body.
    for fact in briefing.statistics:
        assert 0 <= fact.sentence_index < len(sentences)
        sentence = sentences[fact.sentence_index]
        assert fact.text and fact.text in sentence.text, f"fact {fact.text!r} not in its sentence"
        assert body[fact.start : fact.end] == fact.text, f"fact {fact.text!r}: body[start:end] differs"
        assert sentence.start <= fact.start <= fact.end <= sentence.end
        assert fact.value == fact.value, "fact value is NaN"
    # Sections: one per sentence.
    assert sorted(section.index for section in briefing.sections) == list(range(len(sentences)))
    for keyword in briefing.keywords:
        assert keyword.word.strip()


# ---------------------------------------------------------------- batch tasks (module level: picklable)


def echo_task(task, cfg: BriefConfig):
    """Return the task's name after an optional short sleep."""
    name, delay = task if isinstance(task, tuple) else (task, 0)
    if delay:
        time.sleep(delay)
    return f"done {name}"


def misbehaving_task(task, cfg: BriefConfig):
    """``("ok", x)`` → result; ``("hang", s)`` sleeps; ``("exit", code)`` kills the worker;
    ``("segfault", _)`` crashes it for real; ``("error", msg)`` raises a BriefError; ``("bug", _)`` a ValueError."""
    kind, arg = task
    if kind == "hang":
        time.sleep(arg)
        return "woke up"
    if kind == "exit":
        os._exit(arg)
    if kind == "segfault":
        import ctypes
        import faulthandler

        faulthandler.disable()  # pytest enables it; the dump would only be noise here
        sys.stderr.flush()
        ctypes.string_at(0)  # reads address 0: SIGSEGV
    if kind == "error":
        raise BriefError(arg)
    if kind == "bug":
        raise ValueError(arg)
    return f"ok {arg}"


def faulty_record(record, cfg: BriefConfig):
    """brief.records.brief_record, except that ids "crash", "segfault" and "hang" misbehave (CLI fault tests)."""
    from brief.records import _original_brief_record  # set by run_faulty_cli below

    if record.get("id") == "crash":
        os._exit(3)
    if record.get("id") == "segfault":
        misbehaving_task(("segfault", None), cfg)
    if record.get("id") == "hang":
        time.sleep(600)
    if str(record.get("id", "")).startswith("slow"):
        time.sleep(0.5)
    return _original_brief_record(record, cfg)


FAULTY_CLI = """
import sys
sys.path.insert(0, {tests!r})
import brief.records, fault_helpers
brief.records._original_brief_record = brief.records.brief_record
brief.records.brief_record = fault_helpers.faulty_record
from brief.cli import main
sys.argv[0] = "brief"
main()
"""


def faulty_cli_command() -> list[str]:
    """argv prefix for a `brief` whose batch records with ids crash/segfault/hang/slow* misbehave."""
    return [sys.executable, "-c", FAULTY_CLI.format(tests=str(Path(__file__).resolve().parent))]

"""The engine on the shared question set: the figures the project promises.

tests/data/eval-dev.jsonl is a copy of shared/eval/dev.jsonl, so the suite runs on a fresh
machine. A second, unseen set measures the same things: fix causes, never one question.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.engine.builder import build_snapshot
from bot.engine.corpus import load_corpus
from bot.engine.evaluation import EvalReport, evaluate, load_items, with_typos
from bot.engine.search import Searcher
from bot.engine.service import QuoteView

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def report() -> EvalReport:
    snapshot = build_snapshot(load_corpus(REPO / "corpus"), "test")
    searcher = Searcher(snapshot)
    people = {p.id: p.name for p in snapshot.people}
    quotes = [
        QuoteView(
            document=q.story_id,
            paragraph=q.paragraph,
            text=q.text,
            speaker=people.get(q.speaker_id) if q.speaker_id else None,
            kind=q.kind,
        )
        for q in snapshot.quotes
    ]
    return evaluate(load_items(REPO / "tests/data/eval-dev.jsonl"), searcher, quotes)


def misses(report: EvalReport) -> str:
    return "\n".join(f"{i.id}: {i.question} -> {i.detail}" for i in report.items if not i.ok)


def test_recall(report: EvalReport) -> None:
    assert report.recall_at_1.total == 20
    assert report.recall_at_1.value is not None and report.recall_at_1.value >= 0.95, misses(report)
    assert report.recall_at_3.value == 1.0, misses(report)


def test_speakers_are_right_on_every_speaker_question(report: EvalReport) -> None:
    assert report.speaker.total >= 10
    assert report.speaker.value == 1.0, misses(report)


def test_every_attribution_item_is_right(report: EvalReport) -> None:
    assert report.attribution.total == 5
    assert report.attribution.value == 1.0, misses(report)


def test_abstains_exactly_on_the_unanswerable(report: EvalReport) -> None:
    assert report.abstained_unanswerable.total == 3
    assert report.abstained_unanswerable.value == 1.0, misses(report)
    assert report.abstained_answerable.hits == 0, misses(report)


@pytest.mark.parametrize("seed", range(1, 6))
def test_a_typo_in_each_question_costs_little_and_never_a_wrong_answer(seed: int) -> None:
    """`storybot eval --typos SEED`: one typo in a word of each question (names included)."""
    snapshot = build_snapshot(load_corpus(REPO / "corpus"), "test")
    items = with_typos(load_items(REPO / "tests/data/eval-dev.jsonl"), seed)
    report = evaluate(items, Searcher(snapshot), [])
    assert report.recall_at_1.value is not None and report.recall_at_1.value >= 0.9, misses(report)
    assert report.abstained_unanswerable.value == 1.0, misses(report)

"""The confidence signal `sole_and_closest`: the best passage is the closest in meaning of all
and no other passage holds as much of the question's topic, as far as the story knows the
topic's words and the passage holds the kind of answer asked."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest

from bot.engine.confidence import HIGH_CONFIDENCE, Signals, probability
from bot.engine.nearest import Closeness
from bot.engine.search import Searcher
from bot.engine.search.signals import Topical
from tests.engine.conftest import REPO


def test_a_paraphrase_on_the_one_passage_both_readings_pick_is_answered(
    searcher: Searcher,
) -> None:
    question = "biden snubbed him at some point right? what happened"
    answer = searcher.ask(question)
    assert answer.confidence == "high"
    assert "arriving unannounced for a meeting" in answer.passages[0].text
    signals = searcher.confidence_signals(question)
    assert signals is not None and signals.sole_and_closest > 0
    # without it the same passage is only the closest the story comes: it holds under half
    # of the question's topic
    assert probability(replace(signals, sole_and_closest=0.0)) < HIGH_CONFIDENCE


def test_a_passage_without_the_kind_of_answer_asked_gets_nothing_from_it(
    searcher: Searcher,
) -> None:
    # the one passage on the ruling, closest in meaning, names no judge
    question = "which judge ruled on garcia's case"
    signals = searcher.confidence_signals(question)
    assert signals is not None and signals.answer_type < 0 < signals.meaning_agrees
    assert signals.sole_and_closest == 0.0
    assert searcher.ask(question).confidence == "low"


def test_being_the_only_passage_on_the_topic_raises_confidence() -> None:
    shared = Signals(
        coverage=0.5,
        known=0.5,
        answer_type=0.0,
        speaker=0.0,
        speaker_pick=0.0,
        margin=0.0,
        meaning_agrees=0.5,
        sole_and_closest=0.1,
    )
    assert probability(replace(shared, sole_and_closest=0.5)) > probability(shared)


def test_the_sole_pick_is_read_only_where_it_can_change_the_rating(
    searcher: Searcher, monkeypatch: pytest.MonkeyPatch
) -> None:
    # `sole_and_closest` lies between 0 and the share of the topic the story knows, and the
    # model rises with it: where both ends rate a passage alike, counting the passages as
    # much on the topic (`_topic_pick`, a pass over postings) changes no answer
    lines = (REPO / "tests" / "data" / "eval-dev.jsonl").read_text().splitlines()
    questions = [row["q"] for row in map(json.loads, lines) if "q" in row]
    picked: list[int] = []
    pick = Searcher._topic_pick

    def counted(self: Searcher, best: int, topical: Topical) -> float:
        picked.append(best)
        return pick(self, best, topical)

    monkeypatch.setattr(Searcher, "_topic_pick", counted)
    answers = [searcher.ask(q).model_dump() for q in questions]
    read = len(picked)
    agreement = Searcher._with_agreement

    def every_pick(
        self: Searcher,
        signals: Signals,
        best: int,
        closeness: Closeness,
        topical: Topical,
        *,
        sole_decides: bool = True,
    ) -> Signals:
        return agreement(self, signals, best, closeness, topical, sole_decides=True)

    monkeypatch.setattr(Searcher, "_with_agreement", every_pick)
    picked.clear()
    assert [searcher.ask(q).model_dump() for q in questions] == answers
    assert len(picked) > read

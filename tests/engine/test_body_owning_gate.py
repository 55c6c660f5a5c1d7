"""13p50m: a question holding no noun of speech (`_SPEECH_NOUN_WORDS`, the first run of letters
of each of `NOUNS_OF_SPEECH`'s nouns) is not run through `_BODY_OWNING` (a name typed in "s"
before what someone said: "westgates take"), which tries every word of every question. The gate
is exact: every match of the pattern holds one of the words, in every noun's every form here
and in every question of tests/data's sets and of the shapes it was written for."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bot.engine.search import searcher
from bot.engine.text import may_hold_word

NOUNS = [
    *(
        "comment comments remark remarks words quote quotes view views response reaction statement"
        " statements position opinion take answer reply message claim claims argument thoughts"
        " verdict assessment stance explanation justification excuse defence defense criticism"
        " critique warning pitch rationale theory theories reasoning thinking logic point analysis"
        " line lines quip quips one-liner one-liners soundbite soundbites retort retorts shoutout"
        " shout-out shout-outs shoutouts"
    ).split(),
    "shout out",
    "shout  outs",
]


@pytest.mark.parametrize("noun", NOUNS)
def test_every_noun_of_speech_passes_the_gate(noun: str) -> None:
    for typed in (noun, noun.upper(), noun.title()):
        question = f"what was westgates {typed} on the ruling"
        assert searcher._BODY_OWNING.search(question), question
        assert may_hold_word(question, searcher._SPEECH_NOUN_WORDS), question


def _questions() -> list[str]:
    root = Path(__file__).resolve().parents[1] / "data"
    return [
        item["q"]
        for path in sorted(root.glob("eval-*.jsonl"))
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip() and "q" in (item := json.loads(line))
    ]


def test_no_question_the_pattern_matches_is_passed_over() -> None:
    questions = [
        *_questions(),
        "what did northwind say",
        "westgates take on the ruling",
        "Lumoras statements about the fire",
        "whats the mayors one-liner about it",
        "the unions shout out to nurses",
        "the citys position_ on it",
    ]
    matched = 0
    for question in questions:
        if searcher._BODY_OWNING.search(question):
            matched += 1
            assert may_hold_word(question, searcher._SPEECH_NOUN_WORDS), question
    assert matched >= 20
    assert not may_hold_word("how old is he", searcher._SPEECH_NOUN_WORDS)

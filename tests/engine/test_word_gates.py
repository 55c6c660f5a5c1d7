"""Patterns of a question's reading run only where the question holds one of the words every
match holds (`text.may_hold_word`, 13words): the words each pattern is gated by must be those
of every match, or a question that matched would no longer be read so. Checked on every
question of the test sets and probes, as typed, lower-case and in capitals, and on the forms
whose words are split by other characters ("tl;dr", "write-up", "w/", "I'm", "U.S.")."""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path

import pytest

from bot.engine import about_bot, answer_types, chat, epithets, question, reasons, story_facts
from bot.engine.search import reading, searcher
from bot.engine.text import lower_words, may_hold_word

GATED = {
    "chat._SPELLED_NUMBER": (chat._SPELLED_NUMBER, chat._NUMBER_WORDS),
    "chat._SHORTHAND_WORD": (chat._SHORTHAND_WORD, chat._SHORTHAND_RUNS),
    "chat._WRITER_WORDS": (chat._WRITER_WORDS, chat._WRITER_OPENINGS),
    "story_facts._MAY_ASK": (story_facts._MAY_ASK, story_facts._MAY_ASK_OPENINGS),
    "story_facts._STORY_ITSELF": (story_facts._STORY_ITSELF, story_facts._STORY_NOUN_OPENINGS),
    "about_bot._MAY_ASK": (about_bot._MAY_ASK, about_bot._MAY_ASK_WORDS),
    "reading._ONE": (reading._ONE, reading._ONES),
    "reading._SEMI_AUXILIARY": (reading._SEMI_AUXILIARY, reading._SEMI_AUXILIARY_OPENINGS),
    "reading._MOTION_TO": (reading._MOTION_TO, reading._MOTION_VERBS),
    "question._ASKS_THEIR_WORDS": (question._ASKS_THEIR_WORDS, question._THEIR),
    "question._ASKS_FROM_X": (question._ASKS_FROM_X, question._FROM_X_WORDS),
    "question._ASKS_WORDS_X_USED": (question._ASKS_WORDS_X_USED, question._WORDS_USED),
    "question._POINTING": (question._POINTING, question.SOMEONE_NOUNS),
    "question._FROM_PLACE": (question._FROM_PLACE, question.SOMEONE_NOUNS),
    "question._PLACE_THEN_SOMEONE": (question._PLACE_THEN_SOMEONE, question.SOMEONE_NOUNS),
    "question._WORDS_NOUN": (question._WORDS_NOUN, question._WORDS_NOUNS),
    "question._ASKS_WHO_SAID": (question._ASKS_WHO_SAID, question._WHO),
    "question._OWNED_WORDS_TAIL": (question._OWNED_WORDS_TAIL, question._SPEECH_NOUN_WORDS),
    "question._X_WORDS_TAIL": (question._X_WORDS_TAIL, question._SPEECH_NOUN_WORDS),
    "question._X_ON": (question._X_ON, question._ON),
    "reasons._TIMING_ASKED": (reasons._TIMING_ASKED, reasons._TIMING_WORDS),
    "answer_types._EXPECTS_PLACE": (answer_types._EXPECTS_PLACE, answer_types._WHERE),
    # 13p50f
    "chat._CONVERSATIONAL": (chat._CONVERSATIONAL, chat._CONVERSATIONAL_WORDS),
    "searcher._DAY_BY_PUBLICATION": (searcher._DAY_BY_PUBLICATION, searcher._DAY_WORDS),
    "searcher._TODAY_SAID": (searcher._TODAY_SAID, searcher._DAY_WORDS),
    "searcher._NEGATED": (searcher._NEGATED, searcher._NEGATION),
    "searcher._ASKS_WHAT_WAS_DIRECTED": (searcher._ASKS_WHAT_WAS_DIRECTED, searcher._TO),
    "searcher._SAID_WORDS": (searcher._SAID_WORDS, searcher._SAID_WORDS_VERBS),
    "reasons._HOW_AN_ACT": (reasons._HOW_AN_ACT, reasons._HOW),
    "epithets._LABEL_NOUN": (epithets._LABEL_NOUN, epithets._LABEL_NOUN_WORDS),
    "answer_types._EXPECTS_PERSON": (answer_types._EXPECTS_PERSON, answer_types._PERSON_WORDS),
    "answer_types._ENDS_WITH_WHEN": (answer_types._ENDS_WITH_WHEN, answer_types._WHEN),
    "answer_types._ENDS_ASKING_NUMBER": (answer_types._ENDS_ASKING_NUMBER, answer_types._HOW),
    "answer_types._DATE_FORM_TAIL": (
        answer_types._DATE_FORM_TAIL,
        answer_types._DATE_FORM_TAIL_WORDS,
    ),
    "answer_types._DEED": (answer_types._DEED, answer_types._DEED_WORDS),
    "question._ASKS_QUOTE_X": (question._ASKS_QUOTE_X, question._QUOTE_VERBS),
    "question._GIVEN_REASON": (question._GIVEN_REASON, question._GIVEN_VERBS),
    "answer_types._ASKS_OCCUPATION": (
        answer_types._ASKS_OCCUPATION,
        answer_types._OCCUPATION_WORDS,
    ),
    "reasons._REASON_FORM": (reasons._REASON_FORM, reasons._REASON_FORM_WORDS),
}

# words every gate's pattern matches only when split from the rest by other characters
_SPLIT_FORMS = [
    "tl;dr of this?",
    "tl dr pls",
    "TLDR",
    "any write-up on it",
    "the writeup said",
    "news story about the dam",
    "this write-up says what",
    "ELI5 the ruling",
    "w/ the mayor",
    "what happened b4 the vote",
    "U.S. envoy's comments from Rubio on it",
    "I'm asking: what did people say",
    "forty-two thousand and five ppl",
    "twenty one",
    "Sound bites from the mayor on the dam?",
    "Anything from Bukele?",
    "what words did the mayor use about it",
    "her exact remarks",
    "the ones he went to see",
    "going to the white house",
    "used to run the port",
    "ended up leaving",
    "that Maryland man",
    "this guy from Texas",
    "why now, of all times?",
    "trumps one-liners about it",
    "Bukele's 'we will not' one-liner",
    "the mayors defence of the plan",
    # 13p50f's gates, each matched
    "what day of the week was the vote",
    "Which date of the month?",
    "quote trump on the ruling",
    "please cite the professor about deterrence",
    "what excuse did the chief give",
    "which compliment did he pay her",
    "what nick names did he give himself",
    "what nicknames does he call himself",
    "was it ortega or the mayor who proposed the increase",
    "who designed the park",
    "did he win, and by how much?",
    "they met when?",
    "buddies since when",
    "how does locking deportees up abroad discourage migrants",
    "what did the mayor say yesterday",
    "what did she tell them this morning",
    "what did they announce last night",
    "what did the court order the white house to do about garcia",
    "did trump say that the deal was off",
    "so bukele claimed the prison was empty, right?",
    "why not just free him",
    "is bukele a good guy or not",
    "what's the fee",
    "what is the % of voters",
    "how many guards were there",
    "can you tell me what happened",
    "does anyone know why",
    "any1 know what the mayor said",
    "what's going on with the dam",
    "what's the deal with the port?",
    "any info on the strike",
    "i wanna know what he said right now",
    "which official signed it",
    "which organisation paid",
    "what does bukele do for a living",
    "what is her line of work",
    "what's the reason for the delay",
    "what's in it for him",
    "for what purpose did he go",
    "what is the prison calledwhatever",
    "what was the prison named?",
    "what's the name of the prison",
    "is it named after someone",
    "what were the hrw numbers on detentions",
    "what stats on arrests did they cite",
    "what age was he",
    "how big is el salvador's population",
]


@cache
def _texts() -> list[str]:
    data = Path(__file__).resolve().parents[1] / "data"
    found: set[str] = set(_SPLIT_FORMS)
    for path in [*data.glob("*.jsonl"), *data.glob("probes-*/probes.jsonl")]:
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            row = json.loads(line)
            found.update(t for t in [row.get("q"), *(row.get("turns") or [])] if isinstance(t, str))
    return sorted(t for text in found for t in (text, text.lower(), text.upper()))


@pytest.mark.parametrize("name", sorted(GATED))
def test_every_match_holds_a_word_of_its_gate(name: str) -> None:
    pattern, words = GATED[name]
    matched = [text for text in _texts() if pattern.search(text)]
    assert matched, f"{name}: no text here matches, nothing checked"
    assert [text for text in matched if not may_hold_word(text, words)] == []


def test_every_count_asked_holds_a_word_or_sign_of_it() -> None:
    # `answer_types._counted`: "how", a quantity's noun, or the sign "%" ("what % voted")
    matched = [text for text in _texts() if answer_types._COUNTED.search(text)]
    assert len(matched) > 10
    for text in matched:
        assert "%" in text or may_hold_word(text, answer_types._COUNTED_WORDS), text
    assert answer_types._counted("what is the % of voters") is not None
    assert answer_types._counted("what is the fee") is not None
    assert answer_types._counted("what did he say about the fees") is None


def test_every_number_asked_holds_a_word_or_sign_of_it() -> None:
    # `answer_types.expected_answer` runs `_EXPECTS_NUMBER` only where one stands
    matched = [text for text in _texts() if answer_types._EXPECTS_NUMBER.search(text)]
    assert len(matched) > 10
    for text in matched:
        assert "%" in text or may_hold_word(text, answer_types._NUMBER_ASKED_WORDS), text


def test_every_name_asked_holds_name_or_called() -> None:
    # `answer_types.named_thing`: "named", "names", "calledwhatever" hold them; beyond ASCII
    # (where `re` pairs letters a lower-case text may not show) every pattern runs
    patterns = (answer_types._ASKS_NAME, answer_types._LATE_NAME)
    matched = [text for text in _texts() if any(p.search(text) for p in patterns)]
    assert len(matched) > 5
    for text in matched:
        assert "name" in text.lower() or "called" in text.lower(), text
    assert answer_types.named_thing("what is the prison calledwhatever") == "the prison"
    assert answer_types.named_thing("WHAT IS THE PRISON CALLED") == "THE PRISON"
    assert answer_types.named_thing("what did the warden say about the prison") is None


def test_a_set_off_question_needs_its_mark_and_a_named_alone_a_question_mark_before_words() -> None:
    # `question._asked_from` runs `_SET_OFF_QUESTION` only where "," ";" or ":" stands;
    # `chat.question_after_opening_phrase` `_NAMED_ALONE` only where a "?" has words after it
    for text in _texts():
        if question._SET_OFF_QUESTION.search(text):
            assert any(mark in text for mark in question._SET_OFF_MARKS), text
        if chat._NAMED_ALONE.match(text):
            assert "?" in text.rstrip()[:-1], text
    for text in ("trump? what did he say", "the mayor?\twhat about the dam?", "bukele?? really"):
        assert chat._NAMED_ALONE.match(text) and "?" in text.rstrip()[:-1]
    assert not chat._NAMED_ALONE.match("what did trump say?  ")


def test_a_texts_words_are_its_runs_of_letters_and_digits_lower_case() -> None:
    assert lower_words("Who's the U.S. envoy? ELI5, w/ tl;dr") == {
        "who", "s", "the", "u", "envoy", "eli5", "w", "tl", "dr"
    }  # fmt: skip


def test_a_text_beyond_ascii_may_hold_any_word() -> None:
    # `re` ignoring case matches "ſ" as "s": "ſix" is a number word to `_SPELLED_NUMBER`
    assert chat._SPELLED_NUMBER.search("ſix")
    assert may_hold_word("ſix", frozenset({"six"}))
    assert not may_hold_word("sixty-first", frozenset({"six"}))


def test_gate_words_are_lower_case_runs() -> None:
    for name, (_, words) in GATED.items():
        assert all(re.fullmatch(r"[a-z0-9]+", word) for word in words), name

"""Two checks of the top passage read it only where the question can need them, with the same
verdicts: a word held only in an adverb idiom ("in return": `Searcher._held_only_in_idioms`)
looked for only where the topic holds a word WordNet puts after a preposition in one, and a
word held only before a name's last word ("the Harbour Authority": `Searcher.
_held_only_as_modifiers_of_names`) only where the question gives such a word a phrase of its
own. Most questions give neither, and the passage's idioms and capitalised runs went unread.
And whether the best passage holds the sentence closest in meaning of the pool's
(`_closest_sentence_in`) read until a passage closer than its own, its verdict unchanged."""

from __future__ import annotations

import numpy as np
import pytest

from bot.engine.lexicon import WordNet, shared_wordnet
from bot.engine.search import Searcher
from bot.engine.search import searcher as searcher_module
from bot.engine.text import iter_words, term_of, terms
from bot.engine.words import PREPOSITIONS
from tests.engine.stories import questions_in_test_data, searcher_for

FERRY_STORY = "\n".join(
    [
        "The island of Carrow will lose its winter ferry from January, the county said on Friday.",
        "“We asked for a later sailing and were offered nothing in return,” said Fenella Rusk,"
        " who runs the island shop.",
        "A spokesman for the Harbour Authority said the timetable was set by the operator.",
        "The operator, Westline Shipping, said it could not run the crossing at a loss.",
    ]
)


@pytest.fixture(scope="module")
def carrow() -> Searcher:
    return searcher_for("carrow-ferry", FERRY_STORY)


def _passage(searcher: Searcher, opening: str) -> int:
    return next(at for at, p in enumerate(searcher.snapshot.passages) if p.text.startswith(opening))


def _wordnet() -> WordNet:
    wordnet = shared_wordnet()
    if wordnet is None:
        pytest.skip("no WordNet")
    return wordnet


def test_the_words_after_a_preposition_in_an_idiom_are_wordnets() -> None:
    wordnet = _wordnet()
    after = wordnet.idiom_words_after(PREPOSITIONS)
    assert {"return", "turn", "time", "place"} <= after
    assert "ferry" not in after and "sailing" not in after
    # every word one of them is, and none other of these: the idiom's lookup itself
    words = [*sorted(after)[::25], "ferry", "sailing", "timetable", "loss", "shop", "county"]
    for word in words:
        held = any(wordnet.is_adverb_idiom(p, word) for p in PREPOSITIONS)
        assert held == (word in after), word


def test_a_topic_no_idiom_holds_reads_no_idioms_of_the_passage(
    carrow: Searcher, monkeypatch: pytest.MonkeyPatch
) -> None:
    _wordnet()
    passage = _passage(carrow, "“We asked for a later sailing")
    question = "did the islanders want a later sailing"

    def unread(self: Searcher, at: int) -> tuple[tuple[str, str], ...]:
        raise AssertionError("the passage's idioms read")

    monkeypatch.setattr(Searcher, "_idioms_of", unread)
    assert not carrow._held_only_in_idioms(terms("later sailing"), passage, question)


def test_a_topic_word_held_only_in_an_idiom_is_still_found(carrow: Searcher) -> None:
    _wordnet()
    passage = _passage(carrow, "“We asked for a later sailing")
    assert carrow._held_only_in_idioms(["return"], passage, "is a return sailing planned")
    # the question saying the idiom itself means it
    assert not carrow._held_only_in_idioms(["return"], passage, "what did they get in return")


def test_names_are_not_read_where_the_question_phrases_no_word_of_the_topic(
    carrow: Searcher, monkeypatch: pytest.MonkeyPatch
) -> None:
    passage = _passage(carrow, "A spokesman for the Harbour Authority")
    question = "what does the harbour say about the timetable"

    def unread(text: str) -> list[object]:
        raise AssertionError("the passage's capitalised runs read")

    monkeypatch.setattr(searcher_module, "_capitalised_runs", unread)
    assert not carrow._held_only_as_modifiers_of_names(
        question, terms("harbour timetable"), passage
    )


def test_a_word_before_a_names_last_word_is_still_found(carrow: Searcher) -> None:
    passage = _passage(carrow, "A spokesman for the Harbour Authority")
    # "harbour" given a phrase of its own ("harbour of carrow"), held only in the name
    assert carrow._held_only_as_modifiers_of_names(
        "what about the harbour of carrow", terms("harbour carrow"), passage
    )


def _closest_sentence_read_whole(
    vectors: dict[int, np.ndarray], question: np.ndarray, best: int, pool: list[int]
) -> bool:
    """`_closest_sentence_in` as it read every passage of the pool, in its order."""
    closest, owner = -2.0, -1
    for passage in dict.fromkeys(pool):
        if len(vectors[passage]):
            nearest = float((vectors[passage] @ question).max())
            if nearest > closest:
                closest, owner = nearest, passage
    return owner == best


def test_the_closest_sentence_stops_at_a_closer_passage_with_the_same_verdicts(
    carrow: Searcher, monkeypatch: pytest.MonkeyPatch
) -> None:
    rng = np.random.default_rng(13)
    dimensions = 8
    question = rng.normal(size=dimensions).astype(np.float32)
    question /= np.linalg.norm(question)
    monkeypatch.setattr(Searcher, "_idf_vector", lambda self, words: question)
    embedded: list[int] = []

    def made(self: Searcher, passage: int) -> np.ndarray:
        embedded.append(passage)
        return vectors[passage]

    monkeypatch.setattr(Searcher, "_sentences_embedded", made)
    for case in range(400):
        # sentences of a few values (ties), some passages of none, repeats in the pool
        vectors = {
            p: rng.integers(-2, 3, size=(int(rng.integers(0, 4)), dimensions)).astype(np.float32)
            / 4
            for p in range(6)
        }
        if case % 5 == 0:
            vectors[3] = vectors[1].copy()  # the same sentences: a tie
        pool = [int(p) for p in rng.integers(0, 6, size=int(rng.integers(1, 7)))]
        best = pool[0] if case % 3 else int(rng.integers(0, 6))
        carrow._sentence_vectors.clear()
        assert carrow._closest_sentence_in(best, pool, [("w", "w")]) == (
            _closest_sentence_read_whole(vectors, question, best, pool)
        ), (case, best, pool)
    # the first passage after the best that is closer ends it: the last is not embedded
    vectors = {
        0: np.array([question * 0.5]),
        1: np.array([question * 0.9]),
        2: np.array([question * 0.7]),
    }
    carrow._sentence_vectors.clear()
    embedded.clear()
    assert not carrow._closest_sentence_in(0, [0, 1, 2], [("w", "w")])
    assert embedded == [0, 1]
    carrow._sentence_vectors.clear()


def _heads_one_term_at_a_time(question: str, topic: list[str]) -> set[str]:
    """The phrase heads as they were read, one topic term at a time (`_modified_in`)."""
    words = list(iter_words(question))
    heads = set()
    for term in topic:
        for at, (word, _, end) in enumerate(words):
            if term_of(word.lower()) != term:
                continue
            after = words[at + 1 : at + 3]
            if after and after[0][0].lower() == "of" and question[end : after[0][1]] == " ":
                end, after = after[0][2], after[1:]
            if (
                after
                and question[end : after[0][1]] == " "
                and term_of(after[0][0].lower()) in topic
            ):
                heads.add(term)
                break
    return heads


def test_the_phrase_heads_of_a_question_are_read_in_one_pass_the_same() -> None:
    questions = questions_in_test_data()
    assert any(searcher_module._phrase_heads(q, terms(q)) for q in questions)
    for question in questions:
        topic = terms(question)
        for asked in (topic, topic[1:], topic[::2]):
            assert searcher_module._phrase_heads(question, asked) == _heads_one_term_at_a_time(
                question, asked
            ), (question, asked)

"""Each passage's tokens are worked out at index time and stored; answering never tokenises one."""

from __future__ import annotations

import io
import itertools

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import bot.engine.search.reading as search_module  # where the searcher tokenises
from bot.engine.answer_types import holds_number
from bot.engine.initials import name_initials, people_names
from bot.engine.passage_terms import TERM_BREAK, PassageTerms, continues_previous, side_by_side
from bot.engine.search import Searcher
from bot.engine.search.base import word_pairs
from bot.engine.snapshot import IndexSnapshot
from bot.engine.text import TermSpan, term_spans, terms, tokens


def test_stored_tokens_are_the_passages_tokens(story_snapshot: IndexSnapshot) -> None:
    """Each passage's words' tokens, then the keys of the initials of the names it spells
    out (but its people's): "Temporary Protected Status" gives TPS."""
    stored = story_snapshot.passage_terms
    assert len(stored) == len(story_snapshot.passages)
    (analysis,) = story_snapshot.analyses
    people = people_names(analysis.attribution.people)
    for doc, passage in enumerate(story_snapshot.passages):
        keys = tuple(TermSpan(*key) for key in name_initials(passage.text, people))
        assert stored.tokens(doc) == (*tokens(passage.text), *keys)
        assert stored.holds_number(doc) == holds_number(passage.text)
    assert "TPS" in stored.key_places()
    assert "HRW" not in stored.key_places()  # Human Rights Watch is someone the story quotes


_WORDY = st.lists(
    st.sampled_from(
        [
            *" .,'’‘“”-–—\n\u00a0",
            "U.S.",
            "D.C.",
            "85,000",
            "6.5",
            "Trump's",
            "don’t",
            "the",
            "The",
            "said",
            "é",
            "東京",
            "_",
            "x_y",
            "3rd",
            "a.",
            "Mr.",
        ]
    ),
    max_size=30,
).map("".join)


@settings(max_examples=300, deadline=None)
@given(texts=st.lists(st.one_of(_WORDY, st.text(max_size=60)), max_size=5))
def test_a_build_s_passage_terms_are_those_of_the_passages_tokens(texts: list[str]) -> None:
    """A build makes each story's terms from its passages' texts without a token object a
    word (`PassageTerms.of_texts`): the same arrays, byte for byte, as from `tokens`."""
    for text in texts:
        assert [TermSpan(*found) for found in zip(*term_spans(text), strict=True)] == tokens(text)
    holds = [holds_number(t) for t in texts]
    continuing = [continues_previous(t) for t in texts]
    made = PassageTerms.of_texts(texts, holds, continuing)
    expected = PassageTerms.build(
        [(tokens(t), h) for t, h in zip(texts, holds, strict=True)], continuing
    )
    assert made.to_bytes() == expected.to_bytes()


def test_the_story_s_passage_terms_are_those_of_its_tokens(
    story_snapshot: IndexSnapshot,
) -> None:
    texts = [p.text for p in story_snapshot.passages]
    holds = [holds_number(t) for t in texts]
    continuing = [continues_previous(t) for t in texts]
    made = PassageTerms.of_texts(texts, holds, continuing)
    expected = PassageTerms.build(
        [(tokens(t), h) for t, h in zip(texts, holds, strict=True)], continuing
    )
    assert made.to_bytes() == expected.to_bytes()


def test_bytes_round_trip_and_damage(story_snapshot: IndexSnapshot) -> None:
    stored = story_snapshot.analyses[0].passage_terms
    loaded = PassageTerms.from_bytes(stored.to_bytes())
    assert [loaded.tokens(d) for d in range(len(loaded))] == [
        stored.tokens(d) for d in range(len(stored))
    ]
    damaged = bytearray(stored.to_bytes())
    damaged[-3] ^= 0xFF
    with pytest.raises(ValueError, match="checksum"):
        PassageTerms.from_bytes(bytes(damaged))
    with pytest.raises(ValueError):
        PassageTerms.from_bytes(b"not terms at all")


def test_concatenated_parts_keep_each_passage(story_snapshot: IndexSnapshot) -> None:
    texts = [p.text for p in story_snapshot.passages]
    parts = [
        PassageTerms.build([(tokens(t), holds_number(t)) for t in texts[:10]]),
        PassageTerms.build([]),
        PassageTerms.build([(tokens(t), holds_number(t)) for t in texts[10:]]),
    ]
    joined = PassageTerms.join(parts)
    assert [joined.tokens(d) for d in range(len(joined))] == [tuple(tokens(t)) for t in texts]
    assert [joined.terms(d) for d in range(len(joined))] == [
        tuple(t.term for t in tokens(text)) for text in texts
    ]
    assert [joined.holds_number(d) for d in range(len(joined))] == [holds_number(t) for t in texts]
    assert [terms for part in parts for terms in part.every_passage_s_terms()] == [
        joined.terms(d) for d in range(len(joined))
    ]
    assert parts[1].every_passage_s_terms() == ()
    with pytest.raises(IndexError):
        joined.tokens(len(texts))


def test_parts_concatenated_under_one_vocabulary_keep_each_passage(
    story_snapshot: IndexSnapshot,
) -> None:
    """A build's files hold every passage's terms as one (`build_files`), read in place."""
    texts = [p.text for p in story_snapshot.passages]

    def part(texts: list[str]) -> PassageTerms:
        found = [(tokens(t), holds_number(t)) for t in texts]
        return PassageTerms.build(found, [continues_previous(t) for t in texts])

    parts = [part(texts[:10]), part([]), part(texts[10:])]
    released = []
    out = io.BytesIO()
    PassageTerms.write_concatenated(parts, out, group=2, between=lambda: released.append(1))
    one = PassageTerms.from_bytes(out.getvalue())  # its checksum checked
    assert [one.tokens(d) for d in range(len(one))] == [tuple(tokens(t)) for t in texts]
    assert [one.holds_number(d) for d in range(len(one))] == [holds_number(t) for t in texts]
    # Each part's first passage continues nothing; the rest as their texts say.
    expected = [continues_previous(t) and d not in (0, 10) for d, t in enumerate(texts)]
    assert any(expected)
    assert [one.continues(d) for d in range(len(one))] == expected
    # the pages of the parts read so far let go after every 2 parts of each pass (the
    # vocabulary and sizes, then the 6 arrays) and after each array
    assert len(released) == 1 + 6 * 2
    # one part's terms alone are its stored form
    alone = io.BytesIO()
    PassageTerms.write_concatenated(parts[:1], alone)
    assert alone.getvalue() == parts[0].to_bytes()
    empty = io.BytesIO()
    PassageTerms.write_concatenated([], empty)
    assert len(PassageTerms.from_bytes(empty.getvalue())) == 0


def test_answering_tokenises_no_passage(
    story_snapshot: IndexSnapshot, monkeypatch: pytest.MonkeyPatch
) -> None:
    passages = {p.text for p in story_snapshot.passages}
    real = search_module.tokens

    def questions_only(text: str) -> list[object]:
        assert text not in passages, "a passage was tokenised while answering"
        return list(real(text))

    monkeypatch.setattr(search_module, "tokens", questions_only)
    searcher = Searcher(story_snapshot)
    for question in (
        "What did Bukele say about returning Garcia?",
        "How many people has El Salvador detained?",
        "what did the Cornell professor say about human rights",
    ):
        answer = searcher.ask(question)
        assert answer.passages and answer.passages[0].highlights


def test_passage_vectors_are_worked_out_at_index_time(
    story_snapshot: IndexSnapshot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from bot.engine.semantic import Embedder, wordllama_files

    files = wordllama_files()
    assert files is not None and story_snapshot.passage_vectors is not None
    texts = [p.text for p in story_snapshot.passages]
    assert story_snapshot.passage_vectors.tobytes() == Embedder(files).embed(texts).tobytes()
    real = Embedder.embed

    def questions_only(self: Embedder, batch: list[str]) -> object:
        assert not set(batch) & set(texts), "a passage was embedded while answering"
        return real(self, batch)

    monkeypatch.setattr(Embedder, "embed", questions_only)
    answer = Searcher(story_snapshot).ask("How many people has El Salvador detained?")
    assert answer.passages


# Words the tokeniser makes terms of in many ways (possessives, dotted acronyms, numbers, stop
# words, marks), and text that is anything at all.
_WORDS = st.sampled_from(
    ["the", "budget", "Budget's", "U.S.", "1,200", "rights", "human", "’s", "a", "é", "x"]
)
_TEXTS = st.one_of(
    st.lists(_WORDS, max_size=12).map(" ".join),
    st.text(max_size=40),
)


@settings(max_examples=200, deadline=None)
@given(texts=st.lists(_TEXTS, min_size=1, max_size=5), asked=st.lists(_WORDS, max_size=4))
def test_a_passage_s_line_holds_a_pair_exactly_where_it_stands_side_by_side(
    texts: list[str], asked: list[str]
) -> None:
    """The phrase bonus looks for a question's word pairs in each passage's line of terms
    (`side_by_side`): found exactly where the two terms stand one after the other, in that
    order, never across terms nor within one (a term holds no NUL), a pair of the same term
    twice or the empty line of a passage with no terms included."""
    stored = PassageTerms.join([PassageTerms.build([(tokens(t), False) for t in texts])])
    vocabulary = sorted({term for t in texts for term in terms(t)} | set(terms(" ".join(asked))))
    for passage, text in enumerate(texts):
        own = tuple(t.term for t in tokens(text))
        assert stored.line(passage) == TERM_BREAK + TERM_BREAK.join(own) + TERM_BREAK
        assert stored.placed_terms(passage) == tuple((t.term, t.start, t.end) for t in tokens(text))
        beside = set(itertools.pairwise(own))
        for first, second in itertools.product(vocabulary, repeat=2):
            found = side_by_side(first, second) in stored.line(passage)
            assert found == ((first, second) in beside), (text, first, second)
    # and as the phrase bonus reads them of a build's files: in the term numbers, no line made
    pairs = [*itertools.product(vocabulary, repeat=2), ("budget", "never-a-term")]
    read_back = PassageTerms.join([PassageTerms.from_bytes(stored._parts[0].to_bytes())])
    for joined in (stored, read_back):
        reader = joined.pairs_beside(pairs)
        assert reader is not None
        for passage, text in enumerate(texts):
            beside = set(itertools.pairwise(t.term for t in tokens(text)))
            assert reader.held(passage) == [pair in beside for pair in pairs], text
            # the phrase bonus of a passage: the held pairs' bonuses added up in their order
            bonuses = [(side_by_side(*pair), 0.1 + at / 7) for at, pair in enumerate(pairs)]
            held = zip(bonuses, reader.held(passage), strict=True)
            expected = sum(bonus for (_, bonus), found in held if found)
            assert reader.bonus(passage, bonuses) == expected, text
            assert type(reader.bonus(passage, bonuses)) is type(expected)


def test_a_pair_s_numbers_are_found_only_where_a_term_s_number_starts() -> None:
    """Term numbers 256, 512, 0 are the bytes 00 01 00 00 | 00 02 00 00 | 00 00 00 00: those of
    1 then 2 stand there one byte in, and terms 1 and 2 are not side by side."""
    vocabulary = [f"t{number}" for number in range(600)]
    stored = PassageTerms(
        vocabulary=vocabulary,
        offsets=np.array([0, 3], dtype=np.int64),
        term_ids=np.array([256, 512, 0], dtype=np.int32),
        starts=np.zeros(3, dtype=np.int32),
        ends=np.zeros(3, dtype=np.int32),
        holds_number=np.zeros(1, dtype=np.bool_),
    )
    reader = stored.pairs_beside([("t1", "t2"), ("t256", "t512"), ("t512", "t0"), ("t0", "t256")])
    assert reader is not None
    assert reader.held(0) == [False, True, True, False]
    assert reader.bonus(0, [("", 1.0), ("", 2.0), ("", 4.0), ("", 8.0)]) == 6.0
    assert side_by_side("t1", "t2") not in stored.line(0)


def test_the_pairs_of_a_build_of_several_stories_are_read_of_their_lines() -> None:
    # each story's terms are numbered in its own vocabulary
    first = PassageTerms.of_texts(["human rights"], [False], [False])
    second = PassageTerms.of_texts(["rights of humans"], [False], [False])
    assert PassageTerms.join([first, second]).pairs_beside([("human", "right")]) is None


@given(st.text())
def test_no_term_holds_the_break_between_terms(text: str) -> None:
    assert all(TERM_BREAK not in term for term in terms(text))


def test_the_phrase_bonus_adds_the_pairs_a_passage_holds(story_snapshot: IndexSnapshot) -> None:
    """Each word pair of the question standing side by side in a passage adds the smaller of
    its words' idf, in the pairs' sorted order (the same float whatever the string hashing)."""
    searcher = Searcher(story_snapshot)
    index = story_snapshot.index
    stored = story_snapshot.passage_terms
    asked = word_pairs(terms("human rights abuses of the Salvadoran prison el salvador"))
    assert asked
    holding = 0
    for passage in range(len(stored)):
        beside = set(itertools.pairwise(stored.terms(passage)))
        want = sum(min(index.idf(a) or 0.0, index.idf(b) or 0.0) for a, b in sorted(asked & beside))
        got = searcher._phrase_bonus(passage, searcher._phrases(asked))
        assert (type(got), float(got).hex()) == (type(want), float(want).hex())
        holding += bool(asked & beside)
    assert holding >= 2


def test_runs_by_initials_are_numbered_across_the_stories_joined() -> None:
    """Words side by side whose terms begin with the letters asked, by their terms: how many
    passages hold them and where the first stand, numbered as the joined passages are; not
    across a passage's end, nor with more between them than the gap allows."""
    first = PassageTerms.of_texts(
        ["a state of emergency", "the state. Emergency"], [False, False], [False, False]
    )
    second = PassageTerms.of_texts(["no state of emergency here"], [False], [False])
    joined = PassageTerms.join([first, second])
    runs = joined.runs_by_initials("se", [frozenset((4,))], places=5)
    assert list(runs) == [("state", "emergenc")]
    (found,) = runs.values()
    assert found.passages == 2
    assert found.places == [(0, 2, 20), (2, 3, 21)]
    assert joined.runs_by_initials("se", [frozenset((1,))], places=5) == {}

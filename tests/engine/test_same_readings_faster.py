"""Readings made faster with the same results: a question's words split by a pattern of ASCII
ranges where its text is ASCII (`text._ASCII_WORD`), the roles a word makes another role
("Deputy Chief") remembered by the roles (`question._held_as_another_role`), and a question's
speaker and verb spans read once of a text (`question._speaker_spans`)."""

from __future__ import annotations

import random
import re

import pytest

from bot.engine import question, text
from bot.engine.mentions import Found
from bot.engine.models import Person
from tests.engine.stories import questions_in_test_data


def _ascii_texts() -> list[str]:
    """Every question of tests/data folded as `tokens` folds it, and random runs of every ASCII
    character (dotted initials, numbers with separators, apostrophes, underscores among them)."""
    texts = [t for t in map(text.fold_marks, questions_in_test_data()) if t.isascii()]
    rng = random.Random(13)
    pieces = [chr(c) for c in range(128)] + ["U.S.", "D.C.", "6.5", "85,000", "don't", "a_b"]
    texts += ["".join(rng.choice(pieces) for _ in range(40)) for _ in range(3000)]
    return texts


def test_ascii_words_are_the_words_of_every_ascii_text() -> None:
    for typed in _ascii_texts():
        fast = [(m.group(), m.span()) for m in text._ASCII_WORD.finditer(typed)]
        assert fast == [(m.group(), m.span()) for m in text._WORD.finditer(typed)], typed
        assert text._ASCII_WORD_PART.split(typed) == text._WORD_PART.split(typed), typed
    # why: on each ASCII character the Unicode classes are the ranges
    for character in map(chr, range(128)):
        for unicode_class, ascii_class in (
            (r"[^\W\d_]", "[A-Za-z]"),
            (r"\d", "[0-9]"),
            (r"[^\W_]", "[A-Za-z0-9]"),
        ):
            assert bool(re.fullmatch(unicode_class, character)) == bool(
                re.fullmatch(ascii_class, character)
            ), (character, unicode_class)
    assert text._ASCII_WORD.pattern == text._WORD.pattern.replace(r"[^\W\d_]", "[A-Za-z]").replace(
        r"\d", "[0-9]"
    ).replace(r"[^\W_]", "[A-Za-z0-9]")


def test_a_text_beyond_ascii_is_split_as_before() -> None:
    typed = "Zürich's mayor, Ólafur, said São Paulo's 85,000 U.S. ﬁrms_ ½"
    assert [m.span() for m in text._word_matches(typed)] == [
        m.span() for m in text._WORD.finditer(typed)
    ]
    assert [t.term for t in text.tokens(typed)] == text.terms(typed)
    assert text.term_spans(typed)[0] == text.terms(typed)


def test_the_roles_a_word_before_makes_another_role() -> None:
    assert question._held_as_another_role(("Deputy Chief of Police",)) == {"chief"}
    assert question._held_as_another_role(("Police Chief", "former mayor")) == {"mayor"}
    assert question._held_as_another_role(("Police Chief",)) == frozenset()


def test_many_people_sharing_a_name_have_their_roles_read_once() -> None:
    roles = [("Police Chief",), ("Deputy Chief",), ("Police Chief", "former chief")]
    people = [
        Person(id=f"dana-okafor-{n}", name=f"Dana{n} Okafor", roles=roles[n % 3]) for n in range(90)
    ]
    question._held_as_another_role.cache_clear()
    for _ in range(3):
        plainly = question._holding_it_plainly("the chief", people)
        assert [p.roles for p in plainly] == [("Police Chief",)] * 30
    assert question._held_as_another_role.cache_info().misses == 3


def test_a_question_is_split_once_for_its_words_and_its_terms() -> None:
    typed = "Did Trump’s aide say “no deal” to the U.S. in 2025, or didn't he?"
    matches = list(text._WORD.finditer(text.fold_marks(typed)))
    before = text._folded_words.cache_info()
    words = list(text.iter_words(typed))
    found = text.tokens(typed)
    after = text._folded_words.cache_info()
    assert (after.misses - before.misses, after.hits - before.hits) == (1, 1)
    # the words as written (the curly apostrophe kept), the terms of the words as folded
    assert words == [(typed[m.start() : m.end()], m.start(), m.end()) for m in matches]
    assert "Trump’s" in [word for word, _, _ in words]
    assert [(t.term, t.start, t.end) for t in found] == [
        (term, m.start(), m.end()) for m in matches if (term := text._term(m.group())) is not None
    ]
    assert list(text.iter_words("what did he say")) == [
        ("what", 0, 4),
        ("did", 5, 8),
        ("he", 9, 11),
        ("say", 12, 15),
    ]


def test_the_words_a_phrase_bridge_reads_are_remembered() -> None:
    from bot.engine.search import reading

    asked = "tell me about how long they locked him up for"
    first = reading._unframed_words(asked)
    assert reading._unframed_words(asked) is first
    # not the words asking for the kind of answer ("how long"), nor chat's opening ("tell me")
    assert [word for word, _, _ in first] == ["about", "they", "locked", "him", "up", "for"]


def test_whose_words_a_question_asks_is_read_once_of_a_text(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The reading of a question and whose words it asks (`words_asked_of`, which the searcher
    asks twice of a question) read its speaker and verb spans once: the patterns of asking
    are read of each text once, with the same result each time."""
    calls: list[str] = []
    real = question._asked_from

    def counted(typed: str) -> tuple[int, int | None]:
        calls.append(typed)
        return real(typed)

    monkeypatch.setattr(question, "_asked_from", counted)
    typed = "what did the harbour master of Quillon say about the dredging?"
    assert question.words_asked_of(typed) == "the harbour master of Quillon"
    assert question.words_asked_of(typed) == "the harbour master of Quillon"
    question.read_question(typed, [])
    assert calls == [typed]


def test_a_word_s_lemma_lines_are_read_once() -> None:
    """A question's readings ask `all_lemmas` of one word again (its word class, the kind of
    answer it asks): the word's lines of lemminflect's table are found once, and each answer
    is still a dict of its own with the same lemmas."""
    from bot.engine import words

    first = words.all_lemmas("Quillons")
    before = words._lemma_lines_of.cache_info()
    again = words.all_lemmas("Quillons")
    # not searched again: found in the lines' memory, or (13p50k) with the lemmas themselves
    # (`all_lemmas` remembers them by the word)
    assert words._lemma_lines_of.cache_info().misses == before.misses
    assert again == first and again is not first
    assert words.all_lemmas("met") == {"VERB": ("meet",)}


_HARBOUR_STORY = "\n".join(
    [
        "The harbour at Quillon will be dredged this spring, the port authority said.",
        'Harbour master Ines Brandt said: "The boats have been running aground for a year."',
        "The council will pay $2 million for the work, which starts in April.",
        '"We wanted to set up a fund for the fishermen," said councillor Tomas Reyes.',
        "Fishing boats will moor at the old pier while the work goes on.",
    ]
)


def test_a_question_s_unknown_words_and_phrasal_verbs_are_read_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Every bridge of a question ("skippers", "vessels": words the story never uses) is
    looked for from its topic words the story never uses and the verbs of its phrasal verbs
    ("set up"): each read once a question, the answer the same."""
    from bot.engine.search import Searcher
    from tests.engine.stories import searcher_for

    searcher = searcher_for("quillon", _HARBOUR_STORY)
    asked = "did the councillor set up money for the skippers whose vessels ran aground"
    before = searcher.ask(asked)
    calls: list[str] = []
    for name in ("_unknown_topic_words", "_verbs_of_phrases"):
        real = getattr(Searcher, name)

        def counted(self: Searcher, *args: object, _real=real, _name=name) -> object:  # type: ignore[no-untyped-def]
            calls.append(_name)
            return _real(self, *args)

        monkeypatch.setattr(Searcher, name, counted)
    after = searcher.ask(asked)
    assert sorted(calls) == ["_unknown_topic_words", "_verbs_of_phrases"]
    assert after == before
    assert after.passages[0].text.startswith('"We wanted to set up a fund')


class _NotRead(tuple):  # type: ignore[type-arg]
    def __iter__(self):  # type: ignore[no-untyped-def]
        raise AssertionError("the people named by name were read")


def test_whom_speaker_words_name_by_name_is_read_only_for_a_possessive() -> None:
    """ "the chief" of a surname's 90 people: with no possessive naming anyone ("Trump's
    adviser"), every one of them is of the owner's country, and whom the words name by name
    (90 ids) is not read; with one, it is, and those named by name stay."""
    people = tuple(
        Person(id=f"dana-okafor-{n}", name=f"Dana Okafor{n}", roles=("Police Chief",))
        for n in range(90)
    )
    found = [Found(people, 4, 9, _NotRead(people))]

    class Countries:
        def of(self, person: Person) -> frozenset[int]:
            return frozenset({1}) if person.id == "ann-lee" else frozenset()

    held = question._of_owners_country("the chief", found, people, Countries())  # type: ignore[arg-type]
    assert held == people
    owner = Person(id="ann-lee", name="Ann Lee")
    whose = [Found((owner,), 0, 7, (owner,)), Found(people, 10, 15, people[:2])]
    held = question._of_owners_country("Ann Lee's chief", whose, people, Countries())  # type: ignore[arg-type]
    assert held == people[:2]


def test_a_surnames_people_held_plainly_are_read_once_for_the_same_words(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    roles = [("Harbour Master",), ("Deputy Harbour Master",), ("former master",)]
    people = [
        Person(id=f"ines-calloway-{n}", name=f"Ines{n} Calloway", roles=roles[n % 3])
        for n in range(60)
    ]
    first = question._holding_it_plainly("the harbour master", people)
    assert [p.roles for p in first] == [("Harbour Master",)] * 20
    read: list[tuple[str, ...]] = []

    def counted(held: tuple[str, ...]) -> frozenset[str]:
        read.append(held)
        return frozenset()

    monkeypatch.setattr(question, "_held_as_another_role", counted)
    assert question._holding_it_plainly("the harbour master", list(people)) == first
    assert read == []  # the same words of the same people: not read again
    # other people of the same roles (another build's) are read for themselves
    others = [p.model_copy() for p in people]
    assert len(question._holding_it_plainly("the harbour master", others)) == 60
    assert len(read) == 60
    # other words of the same people: read again
    question._holding_it_plainly("the master", people)
    assert len(read) == 120

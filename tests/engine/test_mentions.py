"""MentionFinder skips a name's pattern when the text lacks its probe: never a match lost."""

from __future__ import annotations

import itertools
import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.engine.mentions import (
    MentionFinder,
    _plain_words,
    _probe_view,
    _surface_pattern,
    _surfaces,
    find_mentions,
    word_spans,
)
from bot.engine.models import Person
from bot.engine.names import tokenize
from bot.engine.snapshot import IndexSnapshot

PEOPLE = (
    Person(id="a", name="Liam O’Hara", aliases=("Liam O’Hara", "O'Hara"), roles=("mayor",)),
    Person(id="b", name="Åsa Kīng", aliases=("Åsa Kīng", "Kīng"), roles=("president",)),
    Person(id="c", name="Kirk Sims", aliases=("Kirk Sims", "Sims"), roles=("President", "rep.")),
    Person(id="d", name="Ø", aliases=("Ø",)),
)
# Pieces of those names, in other cases, and the letters that match ASCII letters when case is
# ignored (ı, İ, ſ, the Kelvin sign), between separators and apostrophes of every kind.
PIECES = [
    *"liam o hara åsa kīng kirk sims mayor president rep. ø".split(),
    *"LIAM O'HARA OHARA ÅSA KĪNG KIRK SIMS MAYORS PRESIDENTS REP. Ø".split(),
    *["ı", "İ", "ſ", "\u212a", "’", "'", "-", "‐", " ", "s", "es", ".", "é", "“", "x"],
]
# Each letter as a question may write it: in either case, or as a letter standing for it.
LOOKALIKES = {"s": "sSſ", "i": "iIıİ", "k": "kK\u212a", "'": "'’ ", " ": " -‐"}
SURFACES = sorted({s for p in PEOPLE for s, _ in _surfaces(p)})


@st.composite
def written_names(draw: st.DrawFn) -> str:
    """A name or role of PEOPLE as a question may write it, within some other words."""
    surface = draw(st.sampled_from(SURFACES))
    letters = [draw(st.sampled_from(LOOKALIKES.get(c.lower(), c))) for c in surface]
    before, after = draw(st.sampled_from(PIECES)), draw(st.sampled_from(PIECES))
    return before + " " + "".join(letters) + draw(st.sampled_from(["", " ", "s"])) + after


texts = st.one_of(st.lists(st.sampled_from(PIECES), max_size=12).map("".join), written_names())


def every_pattern(text: str, people: tuple[Person, ...]) -> list[tuple[Person, int, int]]:
    """find_mentions before the probes: every pattern run on every text."""
    matches = [
        (m.start(), m.end(), person)
        for person in people
        for surface, plural in _surfaces(person)
        for m in _surface_pattern(surface, plural).finditer(text)
    ]
    matches.sort(key=lambda m: (m[0], -(m[1] - m[0])))
    chosen: list[tuple[Person, int, int]] = []
    taken_until, span = -1, (-1, -1)
    for start, end, person in matches:
        if (start, end) == span:
            if all(p.id != person.id for p, s, e in chosen if (s, e) == span):
                chosen.append((person, start, end))
        elif start >= taken_until:
            chosen.append((person, start, end))
            span, taken_until = (start, end), end
    return chosen


@settings(max_examples=2000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=texts)
def test_the_probes_lose_no_match(text: str) -> None:
    assert MentionFinder(PEOPLE).find(text) == every_pattern(text, PEOPLE)


def test_letters_that_stand_for_ascii_ones_still_match() -> None:
    finder = MentionFinder(PEOPLE)
    for text in ("what did ſims say", "what did \u212airk Sims say", "the presıdent", "PRESİDENT"):
        assert finder.find(text) == every_pattern(text, PEOPLE), text
        assert finder.find(text), text


def test_the_story_questions_find_the_same_people(story_snapshot: IndexSnapshot) -> None:
    people = tuple(story_snapshot.people)
    finder = MentionFinder(people)
    for question in [
        "What did the president say?",
        "what did Trump’s former attorney general nominee say",
        "what did floresmacias say about the Florida rep.?",
        "What did the Salvadoran presidents say?",
        "and Garcia? what about Kilmar Abrego-Garcia",
    ]:
        want = every_pattern(question, people)
        assert want and finder.find(question) == want == find_mentions(question, people)


SHARING = (
    *PEOPLE,
    Person(id="e", name="Ada Sims", aliases=("Ada Sims", "Sims"), roles=("mayor",)),
    Person(id="f", name="Bo Sims", aliases=("Bo Sims", "Sims", "O'Hara"), roles=("rep.",)),
    # found twice where "mayor" stands, by her alias and by her role: once in what is found
    Person(id="g", name="Di Mayor", aliases=("Mayor",), roles=("mayor",)),
)


@settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=texts)
def test_people_sharing_a_name_are_each_found_where_it_stands(text: str) -> None:
    """A surname or role several people share is searched for once: each of them is still
    found there, in the order every pattern run on its own gives."""
    assert MentionFinder(SHARING).find(text) == every_pattern(text, SHARING)


_ONE_FINDER = MentionFinder(SHARING)


@settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=texts)
def test_a_finder_that_has_read_other_texts_finds_the_same_people(text: str) -> None:
    """The people of each surface, worked out once and kept by one finder across texts,
    are what every pattern run on its own finds, in its order."""
    assert _ONE_FINDER.find(text) == every_pattern(text, SHARING)
    assert _ONE_FINDER.find(text + " and Sims") == every_pattern(text + " and Sims", SHARING)


def test_a_surname_alone_runs_no_full_names_pattern() -> None:
    """A newsroom corpus has dozens of people of one surname: "what did Sims say" compiles
    and runs the surname's pattern, not each "<first name> Sims" (some 1 ms each)."""
    finder = MentionFinder(SHARING)
    found = finder.find("what did Sims say?")
    assert {p.id for p, _, _ in found} == {"c", "e", "f"}
    tried = {finder._surfaces[at].surface for at in finder._patterns}
    assert not tried & {"Kirk Sims", "Ada Sims", "Bo Sims"}
    assert "Sims" not in tried  # one word of ASCII letters: found without its pattern
    assert finder.find("what did Kırk Sims say?")  # a letter outside ASCII: through it
    assert "Sims" in {finder._surfaces[at].surface for at in finder._patterns}


# Around a word: what a name may not touch (\w of every kind: letters, digits, numbers,
# "_"; hyphens), what it may (spaces, marks, apostrophes), and a plural's endings.
_AROUND = [*"sS_-‐‑–’'. ,5", "es", "ES", "٣", "²", "½", "\u00a0", "“", "—"]


@settings(max_examples=1000, deadline=None)
@given(
    word=st.sampled_from(["sims", "mayor", "es", "s", "a", "president"]),
    plural=st.booleans(),
    pieces=st.lists(st.sampled_from(_AROUND), max_size=8),
    cases=st.lists(st.booleans(), min_size=1, max_size=3),
    places=st.lists(st.integers(0, 8), min_size=1, max_size=3),
)
def test_a_plain_word_is_found_where_its_pattern_matches(
    word: str, plural: bool, pieces: list[str], cases: list[bool], places: list[int]
) -> None:
    """A one-word surface of ASCII letters, in a text with no letter outside ASCII, is found
    with str.find where its compiled pattern (`_surface_pattern`) matches, to the offset."""
    for at, upper in sorted(zip(places, cases, strict=False), reverse=True):
        pieces.insert(min(at, len(pieces)), word.upper() if upper else word.title())
    text = "".join(pieces)
    lowered = _probe_view(text)
    assert lowered is not None and len(lowered) == len(text)
    want = [m.span() for m in _surface_pattern(word, plural).finditer(text)]
    assert word_spans(text, lowered, (word,), plural=plural) == want, text


# Full names and roles of several words, as a surface writes them, and what may stand between
# and around their words in a question: separators of each kind, none, letters and marks.
_SURFACES = [
    "Omar Abernathy",
    "Governor Omar Abernathy",
    "Flores-Macias",
    "a b",
    "Es S",
    "vice  president",
]
_BETWEEN = [*_AROUND, " ", "  ", "-", " - ", "\t", "\u2009", "x", "O", "\u2010\u2013"]


@settings(max_examples=2000, deadline=None)
@given(
    surface=st.sampled_from(_SURFACES),
    plural=st.booleans(),
    data=st.data(),
)
def test_a_name_of_plain_words_is_found_where_its_pattern_matches(
    surface: str, plural: bool, data: st.DataObject
) -> None:
    """A surface of several words of ASCII letters ("Omar Abernathy", "Flores-Macias"), in a
    text with no letter outside ASCII, is found with str.find where its compiled pattern
    matches, to the offset: its words in any case, with any run of separators between them
    or none, and the same boundaries and plural endings as one word."""
    words = _plain_words(surface)
    assert words is not None
    pieces = data.draw(st.lists(st.sampled_from(_BETWEEN), max_size=6))
    for _ in range(data.draw(st.integers(1, 3))):
        written = []
        for word in words:
            case = data.draw(st.sampled_from([str.lower, str.upper, str.title]))
            written.append(case(word))
            written.append(data.draw(st.sampled_from(["", " ", "-", "\u00a0", "x", "–", " \n "])))
        at = data.draw(st.integers(0, len(pieces)))
        pieces.insert(at, "".join(written[:-1]))
    text = "".join(pieces)
    lowered = _probe_view(text)
    assert lowered is not None and len(lowered) == len(text)
    want = [m.span() for m in _surface_pattern(surface, plural).finditer(text)]
    assert word_spans(text, lowered, words, plural=plural) == want, text


def test_a_full_name_first_seen_compiles_no_pattern() -> None:
    """ "what did Kirk Sims say": the full name of ASCII letters is found without compiling
    its pattern (0.2-0.4 ms each, a question naming someone by full name first seen)."""
    finder = MentionFinder(SHARING)
    found = finder.find("what did Kirk  Sims say?")
    assert [(p.id, start, end) for p, start, end in found] == [("c", 9, 19)]
    tried = {finder._surfaces[at].surface for at in finder._patterns}
    assert tried == {"Åsa Kīng", "Kīng", "Ø"}  # no ASCII piece to probe for: each run
    assert _plain_words("O’Hara") is None and _plain_words("Åsa Kīng") is None


# Pieces at the edges of tokenising: abbreviations, initials, possessives with each
# apostrophe, hyphens, marks that have a lower case (Ⓐ), digits, white space of all kinds.
_TOKEN_EDGES = [
    *"aAzZ.., '’‘s-_“”—5Ⓐ\t\n\u00a0",
    *("Mr.", "U.S.", "e.g.", "I.", "Bukele's", "dogs’", "’s", "A.B.C.", "co-op", "ſ"),
]


@given(st.lists(st.sampled_from(_TOKEN_EDGES), max_size=12).map("".join), st.integers(0, 50))
@settings(max_examples=2_000, deadline=None)
def test_tokens_are_the_text_s_own_and_know_their_case(text: str, offset: int) -> None:
    """What attribution reads of a token, worked out when it is made, is what its text
    says; its offsets find its text; words keep an abbreviation's full stop."""
    tokens = tokenize(text, offset)
    assert all(text[t.start - offset : t.end - offset] == t.text for t in tokens)
    assert all(a.end <= b.start for a, b in itertools.pairwise(tokens))
    for t in tokens:
        assert t.lower == t.text.lower()
        assert t.is_word == (t.kind == "word")
        assert t.is_cap == (t.kind == "word" and t.text[:1].isupper())
    assert "".join(t.text for t in tokens) == "".join(text.split())


def test_tokens_of_abbreviations_possessives_and_marks() -> None:
    found = [(t.text, t.kind) for t in tokenize("Mr. Bukele’s U.S. visit, Ⓐ “no”.")]
    assert found == [
        ("Mr.", "word"),
        ("Bukele", "word"),
        ("’s", "poss"),
        ("U.S.", "word"),
        ("visit", "word"),
        (",", "punct"),
        ("Ⓐ", "punct"),
        ("“", "punct"),
        ("no", "word"),
        ("”", "punct"),
        (".", "punct"),
    ]
    assert [t.lower for t in tokenize("Ⓐ")] == ["ⓐ"]


def test_a_text_read_again_is_answered_from_what_was_found_before() -> None:
    """Questions name the same people again and again: a text's mentions are kept, and each
    caller gets a list of its own."""
    finder = MentionFinder(SHARING)
    text = "what did Sims tell the mayor?"
    first = finder.find(text)
    assert first == every_pattern(text, SHARING) and len(first) == 6
    first.clear()
    finder._pattern = None  # type: ignore[assignment,method-assign]  # no pattern runs again
    assert finder.find(text) == every_pattern(text, SHARING)


def test_a_persons_names_are_kept_lower_cased_without_separators() -> None:
    # as a question may type them: "bo-sims", "bo sims", "O Hara", "o'hara" name the same
    finder = MentionFinder(SHARING)
    assert finder.names_of(SHARING[5]) == {"bosims", "sims", "ohara"}
    assert finder.names_of(SHARING[5]) is finder.names_of(SHARING[5])


@settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=texts)
def test_a_span_s_people_are_one_group_with_those_it_names_by_name(text: str) -> None:
    """A surname or role several people share is one group where it stands: a tuple a
    person of the groups is what every pattern run on its own finds, and the group's people
    named by name are those whose own name or alias the words found are (as a question may
    type them: "Åsa-kīng" is Åsa Kīng's name)."""
    groups = MentionFinder(SHARING).find_groups(text)
    found = [(p, start, end) for people, start, end, _ in groups for p in people]
    assert found == every_pattern(text, SHARING)
    for people, start, end, by_name in groups:
        words = as_a_name(text[start:end])
        assert by_name == tuple(
            p for p in people if words in {as_a_name(a) for a in (p.name, *p.aliases)}
        )


def as_a_name(words: str) -> str:
    """`words` as names are compared: lower case, without the spaces, hyphens and apostrophes
    a question may put between a name's words or leave out ("Åsa-kīng" names Åsa Kīng)."""
    return re.sub(r"[\s\-‐‑–'’‘ʼ]+", "", words.lower())


def test_people_sharing_a_surname_are_found_once_each_without_reading_their_ids(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A surname many people share (290 at 1,000,000 passages), first seen: its people found,
    once each by id (one listed twice, and two of one id, found once: the first), in the
    order they were given, told apart without reading each one's id again (a pydantic
    attribute: reading 290 of them was some 50,000 instructions a question naming them)."""
    people = [
        Person(id=f"p{i}", name=f"Given{i} Mensah", aliases=(f"Given{i} Mensah", "Mensah"))
        for i in range(30)
    ]
    twin = Person(id="p3", name="Other Mensah", aliases=("Other Mensah", "Mensah"))
    given = [*people, people[5], twin]
    finder = MentionFinder(given)
    expected = find_mentions("what did mensah say", people)
    assert [p.id for p, _, _ in expected] == [p.id for p in people]

    def no_id(person: Person) -> str:
        raise AssertionError("an id read")

    monkeypatch.setattr(Person, "id", property(no_id), raising=False)
    groups = finder.find_groups("what did Mensah say")
    monkeypatch.undo()
    assert len(groups) == 1
    assert groups[0].people == tuple(people)
    assert groups[0].by_name == tuple(people)


def test_a_word_that_is_one_s_alias_and_another_s_role_names_only_the_first_by_name() -> None:
    """A "governor" as one person's alias and another's role: both are found there, and only
    the one called so by name is named by it (a role's surface is never taken for a name)."""
    people = [
        Person(id="g", name="Ada Governor", aliases=("Ada Governor", "Governor")),
        Person(id="r", name="Bo Tan", aliases=("Bo Tan",), roles=("governor",)),
    ]
    finder = MentionFinder(people)
    (group,) = finder.find_groups("what did the governor say")
    assert {p.id for p in group.people} == {"g", "r"}
    assert [p.id for p in group.by_name] == ["g"]

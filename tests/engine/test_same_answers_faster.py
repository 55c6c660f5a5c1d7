"""Readings made faster with the same results: the names in a passage read a span at a time,
each person's name keys once (`Searcher._held_only_in_names`: a surname 90 people share at
100,000 passages), a text's terms from its words as strings (`text._word_strings`), and a
question's control characters looked for only when it has an unprintable one
(`text.clean_question`); the terms of the names of the people a question names read at once
(`_only_names`), and a surname's people whose names are read only among those it names by name
where every name is ASCII (`searcher._maybe_named_by`: 300 people at 1,000,000 passages); the
names of the people a role names, as mentions reads a name, read at once (`_read_names`: 890
people at 1,000,000 passages); a probe's many surfaces looked up by a piece of each (`_held`:
793 surfaces of one probe at 1,000,000 passages)."""

from __future__ import annotations

import itertools
import unicodedata

import pytest

from bot.engine import mentions, text
from bot.engine.answer_types import AnswerKind
from bot.engine.mentions import Found, MentionFinder, _as_a_name, _as_names_at_once
from bot.engine.models import Person
from bot.engine.question import read_question
from bot.engine.search import Searcher
from bot.engine.search import searcher as searcher_module
from bot.engine.search.base import ExpectedAnswer
from tests.engine.stories import questions_in_test_data, searcher_for

# Three Dunnes of one family, and a campaign whose name holds "wages"
DUNNE_STORY = "\n".join(
    [
        "The harbour town of Lenmouth voted on Tuesday to close its fish market after 80 years.",
        "According to the Fair Wages Campaign, 300 workers in Lenmouth have lost their jobs since"
        " the cannery shut last spring, Moira Dunne, Sean Dunne and Ciara Dunne said.",
        "“Families here are struggling to pay rent,” said Moira Dunne, who runs the campaign's"
        " local office.",
        "“We sold the boat in March,” said Sean Dunne, her brother.",
        "“I left for Dublin,” said Ciara Dunne, their cousin.",
        "A law passed in May lets employers pay seasonal staff below the national minimum.",
    ]
)


@pytest.fixture(scope="module")
def dunnes() -> Searcher:
    return searcher_for("lenmouth-dunnes", DUNNE_STORY)


def test_the_names_in_a_passage_are_read_once_a_span_and_a_person(
    dunnes: Searcher, monkeypatch: pytest.MonkeyPatch
) -> None:
    question = "what happened to the wages of workers in lenmouth"
    passage = next(
        at
        for at, p in enumerate(dunnes.snapshot.passages)
        if p.text.startswith("According to the Fair Wages Campaign")
    )
    passage_text = dunnes.snapshot.passages[passage].text
    read = read_question(question, dunnes._mentions)
    topic = ["wage", "worker", "lenmouth"]
    assert dunnes._held_only_in_names(topic, passage, read, question)  # "wages" in the name

    read_keys: list[str] = []

    def counted(written: str) -> str:
        read_keys.append(written)
        return text.match_key(written)

    monkeypatch.setattr(searcher_module, "match_key", counted)
    assert dunnes._held_only_in_names(topic, passage, read, question)
    # each span's words once, and no one's names again (before: each person's names, each time)
    spans = dunnes._mentions.find_groups(passage_text)
    assert len(read_keys) == len(spans)
    assert sorted(read_keys) == sorted(passage_text[f.start : f.end] for f in spans)


def test_the_answer_of_a_word_held_only_in_a_name_is_unchanged(dunnes: Searcher) -> None:
    answer = dunnes.ask("what happened to the wages of workers in lenmouth")
    assert answer.answered and answer.confidence == "low"
    assert answer.passages[0].text.startswith("According to the Fair Wages Campaign")


def test_a_texts_words_as_strings_are_its_words() -> None:
    texts = [*map(text.fold_marks, questions_in_test_data())]
    texts += ["Zürich's mayor, Ólafur, said São Paulo's 85,000 U.S. ﬁrms_ ½", "D.C. 6.5 don't"]
    for typed in texts:
        assert text._word_strings(typed) == [m.group() for m in text._word_matches(typed)]


def test_a_question_with_no_unprintable_character_skips_the_control_pattern(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    class NoControl:
        def sub(self, *_: object) -> str:
            raise AssertionError("the control pattern was run on a printable text")

    monkeypatch.setattr(text, "_CONTROL", NoControl())
    assert text.clean_question("what did  Bukele say?") == "what did Bukele say?"


def test_every_control_character_is_unprintable_and_still_replaced() -> None:
    # why the shortcut holds: `isprintable` is false for each character the pattern takes
    taken = [c for c in map(chr, range(0x110000)) if text._CONTROL.match(c)]
    assert taken and not any(c.isprintable() for c in taken)
    for c in taken:
        typed = f"what did{c}Bukele say\u200b?"
        expected = " ".join(text._CONTROL.sub(" ", unicodedata.normalize("NFKC", typed)).split())
        assert text.clean_question(typed) == expected


def _name_terms_one_by_one(searcher: Searcher, named: frozenset[str]) -> set[str]:
    """`_only_names`' terms as it read them before: each name of each person on its own."""
    people = [searcher._people[person] for person in named if person in searcher._people]
    return {term for p in people for name in (p.name, *p.aliases) for term in text.terms(name)}


@pytest.mark.parametrize(
    "topic",
    [["moira"], ["dunne"], ["moira", "dunne"], ["wage"], ["sean", "brother"], []],
)
def test_the_names_of_the_people_asked_are_read_at_once_with_the_same_terms(
    dunnes: Searcher, topic: list[str]
) -> None:
    named = frozenset(p.id for p in dunnes._people.values() if p.name.endswith("Dunne"))
    assert len(named) == 3
    names = _name_terms_one_by_one(dunnes, named)
    expected = ExpectedAnswer(AnswerKind.PERSON, named=named)
    telling = dunnes._telling_terms(topic)
    assert dunnes._only_names(topic, expected) is (bool(names) and all(t in names for t in telling))
    assert dunnes._only_names(topic, expected) is dunnes._only_names(topic, expected)  # kept


def test_names_with_marks_and_pieces_give_each_names_own_terms() -> None:
    names = ["Ｍoira  Dunne", "O’Brien-Smith", "Dr. J.R. Ewing", "São Paulo’s\u00a0mayor"]
    one_by_one = {term for name in names for term in text.terms(name)}
    pieces = set("\n".join(names).split())
    assert set(text.terms(" ".join(sorted(pieces)))) == one_by_one


def _person(person_id: str, name: str, *aliases: str) -> Person:
    return Person(id=person_id, name=name, aliases=aliases)


def test_a_surname_many_share_is_read_as_no_ones_name_without_reading_each_name() -> None:
    said = "Mensah said the price rose."
    ama = _person("ama-mensah", "Governor Ama Mensah", "Ama Mensah")
    kofi = _person("kofi-mensah", "Kofi Mensah", "Kofi Mensah")
    found = Found((ama, kofi), 0, 6, ())
    assert searcher_module._maybe_named_by(found, said) == ()
    # every one of them whose name or alias the words are, as match_key writes them, is there
    plain = _person("mensah", "Mensah", "Mensah")
    found = Found((ama, plain, kofi), 0, 6, (plain,))
    assert searcher_module._maybe_named_by(found, said) == (plain,)
    key = text.match_key(said[:6])
    for person in (ama, plain, kofi):
        keys = {text.match_key(n) for n in (person.name, *person.aliases)}
        assert (key in keys) is (person in searcher_module._maybe_named_by(found, said))


def test_a_name_beyond_ascii_has_every_person_read() -> None:
    # "Ｍensah" (a full-width letter) is "mensah" as match_key writes it, not as mentions
    # reads a name: each person's names are read
    wide = _person("wide", "Ｍensah", "Ｍensah")
    kofi = _person("kofi-mensah", "Kofi Mensah")
    found = Found((wide, kofi), 0, 6, ())
    assert searcher_module._maybe_named_by(found, "Mensah said so.") == (wide, kofi)
    found = Found((kofi,), 0, 7, ())
    assert searcher_module._maybe_named_by(found, "Ménsah said so.") == (kofi,)


# names as a story may write them: accents, full-width letters, hyphens and dashes, apostrophes,
# spaces of every kind at either end, a final sigma (lowered by what stands next to it), a
# dotted capital I (lowered to two characters), an empty alias, and a name holding the very
# character `_read_names` joins names with
_WRITTEN = [
    ("Governor Fatima Haddad", "Fatima Haddad", "Haddad"),
    ("Ｍoira  Dunne", "Ｍoira", "MOIRA DUNNE"),
    ("Ana Flores-Macías", "Flores‐Macías", "Flores – Macías", "prof. flores macias"),
    ("Seán O’Brien-Smith", "O'Brien", "Oʼ Brien", "O‘BRIEN"),
    ("ΟΔΥΣΣΕΑΣ ΑΝΔΡΕΟΥ", "ΟΔΥΣΣΕΑΣ", "ΑΣ'", "Σ", "ΑΣ-Β"),
    ("İlkay Gündoğan", "İLKAY", "\u00a0Gündoğan\t", " "),
    ("Dr. J.R. Ewing", "", "J.R."),
    ("Kofi\x00Mensah", "Kofi Mensah"),
    ("Ｍensah", "Ｍensah"),
]


@pytest.mark.parametrize("first", [7, 8, 9])
def test_the_names_of_a_roles_people_read_at_once_are_each_names_own(first: int) -> None:
    people = [_person(f"p{i}", *names) for i, names in enumerate(_WRITTEN[:first])]
    finder = MentionFinder(people)
    finder._read_names(tuple(people))
    for person in people:
        one_by_one = frozenset(_as_a_name(n) for n in (person.name, *person.aliases))
        assert finder.names_of(person) == one_by_one


def test_a_role_many_hold_names_by_name_those_it_names_as_before() -> None:
    # "senator" is the role of every one of them, and a name only of Ida Senator and of "the
    # Senator": by name, only those two, each name read as it was one by one
    senators = [
        Person(id=f"s{i}", name=f"Senator {first} {last}", aliases=(last,), roles=("senator",))
        for i, (first, last) in enumerate(
            [
                ("Ana", "Flores-Macías"),
                ("Sean", "O’Brien"),
                ("Ｍoira", "ΔΥΣΣΕΑΣ"),
                ("Ida", "Senator"),
            ]
        )
    ]
    plain = _person("senator", "The Senator", "senator")
    people = [*senators, plain]
    for said in ("The senator said so.", "The SENATOR said so.", "Senator's words."):
        read = MentionFinder(people).find_groups(said)
        alone = MentionFinder(people)
        alone._read_names = lambda people: None  # type: ignore[method-assign]
        assert read == alone.find_groups(said)
        (found,) = read
        assert [p.id for p in found.people] == ["s0", "s1", "s2", "s3", "senator"]
        assert [p.id for p in found.by_name] == ["s3", "senator"]


def test_every_character_is_read_as_a_name_reads_it_by_string_methods() -> None:
    every = [chr(c) for c in range(0x110000)]
    for between in ("a", "Σ", " ", "-"):
        words = between.join(every)
        assert _as_names_at_once(words) == _as_a_name(words)
    for name in ("Ｍoira  Dunne", "O’Brien-Smith", "ΑΣ'", "İlkay\u00a0Gündoğan\u2028", " - "):
        assert _as_names_at_once(name) == _as_a_name(name)


def test_a_probe_many_surfaces_share_finds_the_same_people_by_a_piece_of_each() -> None:
    # 40 governors (a probe's surfaces looked up by a piece of each, `_held`): the same
    # groups as each surface's pieces tested in turn, wherever a text names them
    firsts = ["Fatima", "Omar", "Ana", "Kofi", "Seán", "Ｍoira", "Ida", "Lee"]
    lasts = ["Haddad", "Governor", "Flores-Macías", "O’Brien", "Ng"]
    people = [
        Person(
            id=f"g{i}",
            name=f"Governor {first} {last}",
            aliases=(f"Governor {first} {last}", f"{first} {last}", last),
            roles=("governor",),
        )
        for i, (first, last) in enumerate(itertools.product(firsts, lasts))
    ]
    texts = [
        "Governor Fatima Haddad met Governor Omar Governor.",
        "The governors said so, Ana Flores-Macias and Kofi OBrien too.",
        "Seán O’Brien and ｍoira ng, and Ida-Ng, and LEE HADDAD.",
        "governor governor haddad",
        "No one at all.",
    ]
    keyed = MentionFinder(people)
    assert max(map(len, keyed._by_probe.values())) >= mentions._KEYED_FROM
    plain = MentionFinder(people)
    plain._held = lambda probe, lowered: plain._by_probe[probe]  # type: ignore[method-assign]
    for said in texts:
        assert keyed.find_groups(said) == plain.find_groups(said)
    assert keyed.find_groups(texts[0])

"""Shapes of news English that credited a quotation to the wrong person, or to nobody, in
stories written for an answer key nobody working on the engine had seen (eighteenth session):
a surname two people share, a role phrase opened by a possessive determiner, words relayed
from someone else, a pronoun after another person was named. Each story is of our own wording."""

from __future__ import annotations

import pytest

from tests.engine.stories import people_and_roles as people
from tests.engine.stories import searcher_for, speakers_of

OPENING = "The Harrow Valley bakery chain said Monday it would close nine of its shops."
CLOSING = "The chain's remaining shops will open as usual on Saturday."


def bakery(*paragraphs: str) -> list[str]:
    return [OPENING, *paragraphs, CLOSING]


SISTERS = bakery(
    "The closures come after a poor year, in what its founder, Mara Quill, called “a winter we"
    " did not see coming.”",
    "In a letter to staff, Quill wrote that the chain had “grown faster than our ovens.”",
    "“Nobody here did anything wrong,” Quill wrote.",
    "Quill’s younger sister, Dana Quill, who left the company in 2019, has criticised its"
    " expansion.",
    "“We stopped baking and started franchising,” Quill said on Tuesday.",
)


def test_a_surname_two_people_share_is_the_one_named_so_far_then_nobody() -> None:
    # Before: "Mara Quill" was nobody (her role phrase opens with "its"), so every bare
    # "Quill" went to Dana Quill, the only Quill the story knew, even before she was named.
    searcher = searcher_for("quill", "\n".join(SISTERS))
    assert {"Mara Quill", "Dana Quill"} <= set(people(searcher))
    assert "Quill" not in people(searcher)
    assert speakers_of(searcher, "a winter we did not see") == ["Mara Quill"]
    assert speakers_of(searcher, "grown faster than our ovens") == ["Mara Quill"]
    assert speakers_of(searcher, "Nobody here did anything wrong") == ["Mara Quill"]
    # once both are named, a bare "Quill" is either of them: nobody
    assert speakers_of(searcher, "started franchising") == [None]


def test_a_surname_several_full_names_end_is_nobody_until_the_text_decides() -> None:
    # Only "Quill said" makes a Quill a speaker: both full names become people, and the
    # bare surname after both were named is nobody's, not the one the reader knew first.
    body = "\n".join(
        bakery(
            "Mara Quill and Dana Quill founded the chain in 1998 in a rented garage.",
            "“We never meant to grow this big,” Quill said.",
        )
    )
    searcher = searcher_for("quill2", body)
    assert {"Mara Quill", "Dana Quill"} <= set(people(searcher))
    assert speakers_of(searcher, "never meant to grow") == [None]


def test_words_the_speaker_relays_from_someone_else_are_not_the_speakers() -> None:
    # Before: both were credited to Ines Roca, who only recalled them.
    body = "\n".join(
        bakery(
            "“We were the first bakery on this street,” said Ines Roca, who ran the shop on"
            " Mill Lane.",
            "Roca recalled a customer once asking her, “Why is the bread always gone by noon?”",
            "“It was busy,” she said. She kept thinking of her late father telling her, on the"
            " day they opened, “Bake twice as much as you think.”",
        )
    )
    searcher = searcher_for("roca", body)
    assert speakers_of(searcher, "first bakery on this street") == ["Ines Roca"]
    assert speakers_of(searcher, "bread always gone") == [None]
    assert speakers_of(searcher, "Bake twice as much") == [None]
    assert speakers_of(searcher, "It was busy") == ["Ines Roca"]


def test_an_ing_noun_after_the_cue_relays_nothing() -> None:
    # "finding" is the -ing form of a speech verb, but a noun here: the words are Roca's
    body = "\n".join(bakery("Ines Roca, a baker, said the survey finding was “a shock to us all.”"))
    assert set(speakers_of(searcher_for("roca", body), "a shock to us all")) == {"Ines Roca"}


ROCA = "“We were the first bakery on this street,” said Ines Roca, who ran the shop there."
ORTIZ = "Lena Ortiz, a nurse, bought her rolls on Mill Lane for 30 years."
BRAGA = "Tomas Braga, a courier, delivered the shop's flour every Monday."


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # the story turns to someone it has named: the pronoun is theirs, not the last speaker's
        (
            (
                ORTIZ,
                ROCA,
                "For Lena Ortiz, the closing ends a routine. “I will miss it,” she said.",
            ),
            "Lena Ortiz",
        ),
        ((ORTIZ, ROCA, "Ortiz shook her head. “I will miss it,” she said."), "Lena Ortiz"),
        (
            (
                ROCA,
                "Lena Ortiz, a nurse who lives nearby, held up a loaf. “I will miss it,” she said.",
            ),
            "Lena Ortiz",
        ),
        # of two subjects, the one the pronoun can be, known to fit
        (
            (ORTIZ, BRAGA, "Ortiz and Braga exchanged a look. “I will miss it,” he said."),
            "Tomas Braga",
        ),
        # two the pronoun may be: nobody
        ((ORTIZ, ROCA, "Ortiz and Roca exchanged a look. “I will miss it,” she said."), None),
        # the pronoun's paragraph names nobody: the previous one's one subject who can fit
        (
            (
                ORTIZ,
                BRAGA,
                "Ortiz, in her reply, turned to the lease, which Braga had signed in 2001.",
                "“I will miss it,” she said.",
            ),
            "Lena Ortiz",
        ),
        (
            (
                ORTIZ,
                ROCA,
                "Ortiz turned to the lease, which Roca had signed.",
                "“I will miss it,” she said.",
            ),
            None,
        ),
        # someone unnamed became a subject after her: nobody
        (
            (ORTIZ, ROCA, "Ortiz shook her head. Her neighbor agreed. “I will miss it,” she said."),
            None,
        ),
        # named, but not as a subject: nobody (before: Ines Roca, the last speaker)
        ((ORTIZ, ROCA, "The closing upset Ortiz. “I will miss it,” she said."), None),
    ],
)
def test_a_pronoun_after_the_story_names_someone_new(
    paragraphs: tuple[str, ...], expected: str | None
) -> None:
    searcher = searcher_for("ortiz", "\n".join(bakery(*paragraphs)))
    assert speakers_of(searcher, "I will miss it") == [expected]


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        # a parenthetical between the subject and its verb: a prepositional or -ed phrase
        ("Nico Varga, a baker, for his part, said the ovens were “older than I am.”", "Nico Varga"),
        ("Nico Varga, in reply, said the ovens were “older than I am.”", "Nico Varga"),
        ("Nico Varga, asked about the ovens, said they were “older than I am.”", "Nico Varga"),
        (
            "Nico Varga, pressed on the lease talks, said only that “older than I am” was fair.",
            "Nico Varga",
        ),
        # a role with a relative clause of more than ten words in all
        (
            "Nico Varga, a baker at the chain's riverside shop in the old town who was also let"
            " go, said the ovens were “older than I am.”",
            "Nico Varga",
        ),
        # a noun phrase no role word heads: "a Republican from the valley"
        (
            "Nico Varga, a Republican from the valley, said the ovens were “older than I am.”",
            "Nico Varga",
        ),
        # a kinship noun, or a title after the role, in apposition before the name
        ("His wife, Ada Varga, said the ovens were “older than I am.”", "Ada Varga"),
        (
            "“The ovens are older than I am,” the chain's chief executive, Dr. Ada Varga, said.",
            "Ada Varga",
        ),
        # words no role list knows before a full name opening the sentence
        ("Former Riverside star Ada Varga said the ovens were “older than I am.”", "Ada Varga"),
    ],
)
def test_the_subject_of_a_cue_past_what_stands_around_it(paragraph: str, speaker: str) -> None:
    searcher = searcher_for("varga", "\n".join(bakery(paragraph)))
    assert speakers_of(searcher, "older than I am") == [speaker]


@pytest.mark.parametrize(
    "paragraph",
    [
        # "the younger Varga" is not the Varga the story knows: nobody
        "Ada Varga, a baker, opened the shop. The younger Varga said the ovens were “older than"
        " I am.”",
    ],
)
def test_no_subject_past_what_stands_around_it_credits_nobody(paragraph: str) -> None:
    searcher = searcher_for("varga", "\n".join(bakery(paragraph)))
    assert speakers_of(searcher, "older than I am") == [None]


def test_a_shared_surname_the_text_decides_continues_its_speaker() -> None:
    # Before: the second stretch and the "he said" after "For Varga," had no speaker once
    # his wife, Ada Varga, was named: the bare "Varga" counted as someone else.
    body = "\n".join(
        bakery(
            "Among the regulars was Nico Varga, 74, a retired mechanic. “I come for the rye,”"
            " Varga said. “Nobody else bakes it right.”",
            "His wife, Ada Varga, said the shop had been their Sunday habit for decades.",
            "For Varga, the news came as a shock. “I will have to learn to bake,” he said.",
        )
    )
    searcher = searcher_for("varga", body)
    assert {"Nico Varga", "Ada Varga"} <= set(people(searcher))
    assert speakers_of(searcher, "I come for the rye") == ["Nico Varga"]
    assert speakers_of(searcher, "Nobody else bakes it right") == ["Nico Varga"]
    assert speakers_of(searcher, "learn to bake") == ["Nico Varga"]


@pytest.mark.parametrize(
    ("paragraphs", "cue", "speaker"),
    [
        # the roles the story gave decide which of them "the elder" and "the younger" are
        (
            (
                "The chain is run by Mara Quill, its chief executive. Her older brother, Tom"
                " Quill, sold his share in 2020.",
            ),
            "the elder Quill said",
            "Tom Quill",
        ),
        (
            ("Mayor Ada Quill opened the first shop. Her son, Leo Quill, runs it now.",),
            "the younger Quill said",
            "Leo Quill",
        ),
        (
            ("Mayor Ada Quill opened the first shop. Her son, Leo Quill, runs it now.",),
            "the elder Quill said",
            "Ada Quill",
        ),
        # a role between dashes; a Quill the story names only later is not yet one of them
        # ("keep the name": Ada, below), but once named, three: "the younger" is a guess
        (
            (
                "The ribbon was cut by Leo Quill — the son of Mayor Ada Quill — on Monday.",
                "“We will keep the name,” the elder Quill said. Her aunt, Rosa Quill, agreed.",
            ),
            "the younger Quill said",
            None,
        ),
        # one Quill known: "the younger Quill" is someone else, nobody
        (("Mayor Ada Quill opened the first shop.",), "the younger Quill said", None),
        # nothing the story says decides it: nobody
        (
            ("Ada Quill and Leo Quill opened the first shop together in 1990.",),
            "the elder Quill said",
            None,
        ),
        # three of the name: kin roles are relative (Ada's father, and Ada, Leo's mother), so
        # "the elder" of them is a guess: nobody
        (
            (
                "Mayor Ada Quill opened the first shop. Her son, Leo Quill, runs it now.",
                "Ada Quill remembered her own father, Bruno Quill, baking at dawn.",
            ),
            "the elder Quill said",
            None,
        ),
    ],
)
def test_the_elder_or_the_younger_of_a_shared_surname(
    paragraphs: tuple[str, ...], cue: str, speaker: str | None
) -> None:
    quote = f"“We will keep the recipes,” {cue}."
    searcher = searcher_for("quill3", "\n".join(bakery(*paragraphs, quote)))
    assert speakers_of(searcher, "keep the recipes") == [speaker]
    if "Leo Quill —" in paragraphs[0]:
        assert speakers_of(searcher, "keep the name") == ["Ada Quill"]


@pytest.mark.parametrize(
    ("paragraphs", "words", "speaker"),
    [
        # a verb after "but" shares the sentence's subject, a pronoun too
        (
            (
                "Dr. Ines Roca, a nutritionist, called the bread “honest food” but said the"
                " prices were “hard to defend.”",
            ),
            "hard to defend",
            "Ines Roca",
        ),
        (
            (
                "Mayor Tomas Braga, who signed the lease with owner Lena Ortiz, watched from the"
                " door. He did not speak but told reporters later that it was “a sad morning.”",
            ),
            "a sad morning",
            "Tomas Braga",
        ),
        # "accused X of": the accuser's words
        (
            ("Councilwoman Lena Ortiz accused the owners of “selling out the street.”",),
            "selling out the street",
            "Lena Ortiz",
        ),
        # a shared surname after one of its bearers is named in the same paragraph
        (
            (
                "Ada Varga and her brother, Nico Varga, worked the ovens for years.",
                "On Monday, Nico Varga told reporters he had seen it coming. “I said it in"
                " March,” Varga said.",
            ),
            "I said it in March",
            "Nico Varga",
        ),
    ],
)
def test_a_subject_shared_over_but_accused_of_and_a_surname_its_paragraph_decides(
    paragraphs: tuple[str, ...], words: str, speaker: str
) -> None:
    searcher = searcher_for("misc", "\n".join(bakery(*paragraphs)))
    assert speakers_of(searcher, words) == [speaker]


def test_a_shared_surname_its_paragraph_does_not_decide_is_nobody() -> None:
    body = "\n".join(
        bakery(
            "Ada Varga and her brother, Nico Varga, worked the ovens for years.",
            "Both were at the door on Monday. “I said it in March,” Varga said.",
        )
    )
    assert speakers_of(searcher_for("misc", body), "I said it in March") == [None]


def test_a_title_before_a_shared_surname_is_no_namesake() -> None:
    body = "\n".join(
        bakery(
            "Ada Varga, a baker, sued the landlord. Judge Varga, no relation, heard the case.",
            "“We will appeal,” Varga said.",
        )
    )
    searcher = searcher_for("misc", body)
    assert "Judge Varga" not in people(searcher)


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # someone the story does not name spoke last: "she" may be them, nobody
        (
            (
                "“We will rebuild,” Mayor Ann Lee said. A city spokeswoman said repairs would"
                " take weeks. “We are working around the clock,” she said.",
            ),
            None,
        ),
        (
            (
                "Mayor Ann Lee toured the shops on Monday.",
                "A city spokeswoman said repairs would take weeks. “We are working around the"
                " clock,” she said.",
            ),
            None,
        ),
        # the unnamed speaker inside the named one's reported clause: she still speaks
        (
            (
                "Mayor Ann Lee said the city's engineer had described the wall as “sound,” a"
                " word she said “We are working around the clock” would not change.",
            ),
            "Ann Lee",
        ),
    ],
)
def test_a_pronoun_after_a_speaker_the_story_does_not_name(
    paragraphs: tuple[str, ...], speaker: str | None
) -> None:
    searcher = searcher_for("lee", "\n".join(bakery(*paragraphs)))
    assert set(speakers_of(searcher, "working around the clock")) == {speaker}


def test_a_fuller_name_with_the_same_first_name_is_no_namesake() -> None:
    body = "\n".join(
        bakery(
            "Mayor Ann Lee opened the first shop in 1990.",
            "Ann Marie Lee, as the deed names her, still owns the building. “It stays,” Lee said.",
        )
    )
    searcher = searcher_for("lee", body)
    assert "Ann Marie Lee" not in people(searcher)
    assert speakers_of(searcher, "It stays") == ["Ann Lee"]


COUPLE = "Among the first in line were Lena Ortiz and her husband, Tomas Ortiz, both bakers."


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # "his" is the last speaker; the story named his wife from her side ("her husband")
        (
            (
                COUPLE,
                "“We got here at five,” Tomas Ortiz said.",
                "His wife said the wait was “worth every minute.”",
            ),
            "Lena Ortiz",
        ),
        # ... or from his ("his wife, Lena Ortiz,")
        (
            (
                "Tomas Ortiz came with his wife, Lena Ortiz, at dawn.",
                "“We got here at five,” Tomas Ortiz said.",
                "His wife said the wait was “worth every minute.”",
            ),
            "Lena Ortiz",
        ),
        # a wife the story never named: nobody
        (
            (
                "“We got here at five,” said Tomas Braga, a baker.",
                "His wife said the wait was “worth every minute.”",
            ),
            None,
        ),
        # two women before "her": whose husband is not decided, nobody
        (
            (
                "Ines Roca, a nurse, lives next door.",
                "Lena Ortiz and Ines Roca came with her husband, Tomas Ortiz.",
                "“We got here at five,” Tomas Ortiz said.",
                "His wife said the wait was “worth every minute.”",
            ),
            None,
        ),
    ],
)
def test_his_wife_is_the_one_the_story_named_so(
    paragraphs: tuple[str, ...], speaker: str | None
) -> None:
    searcher = searcher_for("couple", "\n".join(bakery(*paragraphs)))
    assert set(speakers_of(searcher, "worth every minute")) == {speaker}


def test_a_first_name_alone_after_the_full_name_is_that_person() -> None:
    # Before: "Ana said" made a person "Ana" of her own, apart from Ana Quill: her words were
    # not found as hers ("what did Ana Quill say")
    family = bakery(
        "The Quills have baked on Mill Street since 1961. His wife, Ana Quill, keeps the books.",
        "Their son, Leo Quill, left in 2019.",
        "Ana said the last loaves would go to the food bank, “as his mother would have wanted.”",
    )
    searcher = searcher_for("quill-first", "\n".join(family))
    assert "Ana" not in people(searcher)
    assert set(speakers_of(searcher, "as his mother would have wanted")) == {"Ana Quill"}
    answer = searcher.ask("what did ana quill say about the last loaves")
    assert answer.asked_speaker == "Ana Quill"
    assert "food bank" in answer.passages[0].text


@pytest.mark.parametrize(
    "introduced",
    [
        # a first name with a role of its own is someone introduced so: not the full name's
        "Ana, a cashier who asked that her surname not be used, said the last loaves would go"
        " to the food bank, “as his mother would have wanted.”",
        # two full names with that first name: which one is a guess
        "Ana Moreno, a neighbour, came too. Ana said the last loaves would go to the food bank,"
        " “as his mother would have wanted.”",
    ],
)
def test_a_first_name_that_does_not_decide_who_is_not_the_full_name(introduced: str) -> None:
    family = bakery(
        "The Quills have baked on Mill Street since 1961. His wife, Ana Quill, keeps the books.",
        introduced,
    )
    searcher = searcher_for("quill-first2", "\n".join(family))
    assert "Ana Quill" not in speakers_of(searcher, "as his mother would have wanted")


def test_a_country_ending_an_organisations_name_is_the_country_when_alone() -> None:
    # Before: "Portugal called ..." was credited to Trade Data Portugal, whose name ends with it
    story = bakery(
        "Flour imports rose 12 percent last year, according to Trade Data Portugal.",
        "Spain accused Lisbon of dumping cheap flour; Portugal called the claim “a tax on"
        " breakfast.”",
        "Baker Lena Washington said prices would rise. “We cannot eat the difference,”"
        " Washington said.",
    )
    searcher = searcher_for("flour", "\n".join(story))
    assert "Trade Data Portugal" not in speakers_of(searcher, "a tax on breakfast")
    # a person's surname that is also a capital is still hers
    assert speakers_of(searcher, "We cannot eat the difference") == ["Lena Washington"]


def test_a_sentence_opening_with_a_quantifier_names_no_one() -> None:
    # Before: "Both Quills" was a person, credited with what "one of them said"
    story = bakery(
        "Mara Quill and her brother, Tom Quill, inherited the chain in 2010.",
        "Both Quills said they had been offered money for the recipes. “If the banks call in"
        " the loan, we will take that call,” one of them said.",
    )
    searcher = searcher_for("quill-both", "\n".join(story))
    assert "Both Quills" not in people(searcher)
    assert speakers_of(searcher, "we will take that call") == [None]

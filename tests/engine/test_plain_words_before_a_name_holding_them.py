""" "Why isn't the Reed administration bothered by the marine life concerns": a passage holding
words of the question only inside the name of someone the question does not ask of ("According
to the Marine Life Trust, the harbor administration has cut ...") is not shown first over one
shown after it that holds the question's words otherwise, where the story writes the name's
words elsewhere as plain words ("harm marine life in the bay"). Two words of a longer name are
those plain words in a question typed with capitals too, and before a noun naming a thing
("the marine life concerns"; before a word for people they still name the group:
test_name_words_typed_as_plain_words.py). A name whose words the story never writes plainly
("Grace" of "Grace Holt") keeps its passage's place."""

from __future__ import annotations

from tests.engine.stories import searcher_for

TRUST = (
    "According to the Marine Life Trust, the harbor administration has cut its inspection"
    " budget twice since 2020, and fines for dumping in the bay go uncollected."
)
UNTROUBLED = (
    "Those warnings do not seem to trouble the Reed administration. On Friday the mayor posted"
    " a video of the dredgers at work."
)
BAIT_SHOP = "Grace Holt, who runs a bait shop on the pier, said business had been slow all spring."
HARBOR_STORY = "\n".join(
    [
        "The Port Ellis council approved a plan on Thursday to dredge the harbor's north channel.",
        "Biologist Nora Quill said the dredging would stir up old sediment and harm marine life"
        " in the bay.",
        UNTROUBLED,
        TRUST,
        BAIT_SHOP,
        "The dredging is set to begin in June and last eleven weeks.",
    ]
)


def test_a_name_holding_the_words_asked_is_not_shown_first() -> None:
    searcher = searcher_for("harbor-dredge", HARBOR_STORY)
    answer = searcher.ask("why isn't the Reed administration bothered by the marine life concerns")
    assert answer.passages[0].text == UNTROUBLED
    answer = searcher.ask("does the reed administration care about marine life")
    assert answer.passages[0].text != TRUST


def test_the_name_asked_of_still_answers() -> None:
    searcher = searcher_for("harbor-dredge", HARBOR_STORY)
    for question in (
        "what did the Marine Life Trust find",
        "what did the marine life trust say about the harbor administration",
    ):
        answer = searcher.ask(question)
        assert answer.confidence == "high"
        assert answer.passages[0].text == TRUST


def test_a_name_whose_words_the_story_never_writes_plainly_keeps_its_place() -> None:
    searcher = searcher_for("harbor-dredge", HARBOR_STORY)
    for question in ("what did grace ebe say", "what did grace ebe say about business"):
        assert searcher.ask(question).passages[0].text == BAIT_SHOP

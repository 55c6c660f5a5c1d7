""" "What titles has Lindqvist given himself": a question asking the labels someone gave
themselves is answered by the passage telling one by its construction ("Lindqvist has called
himself “the butter baron”"), shown first over a passage holding the words asking it in
another sense ("given": "That wish was later granted"), which was rated high; and a passage
telling no label the one asked of gave themselves is not vouched for ("what nicknames has the
mayor given herself" of the mayor's passage on the wish granted)."""

from __future__ import annotations

from tests.engine.stories import searcher_for

LABEL = (
    "Lindqvist has called himself “the butter baron” and even “the last honest cook in town.”"
    " He opened his first bistro in 2009."
)
GRANTED = (
    "None of that seems to bother the mayor, who has known Lindqvist for years. In 2019"
    " Lindqvist himself asked her for a later closing hour. That wish was later granted."
)
BISTRO_STORY = "\n".join(
    [
        "Chef Marco Lindqvist will open a third restaurant on Harbor Street in May, his company"
        " said.",
        "“We cook the way my grandmother did,” Lindqvist said. “Butter, salt and patience.”",
        LABEL,
        "Health inspectors cited his second bistro twice last year for storing fish too warm.",
        GRANTED,
        "The new restaurant will seat 80 and serve dinner only.",
    ]
)


def test_the_label_he_gave_himself_is_shown_first() -> None:
    searcher = searcher_for("bistro", BISTRO_STORY)
    for question in (
        "What titles has Lindqvist given himself",
        "What kind of titles has Lindqvist given himself?",
    ):
        answer = searcher.ask(question)
        assert answer.passages[0].text == LABEL
        assert not (answer.confidence == "high" and answer.passages[0].text == GRANTED)


def test_no_label_of_the_one_asked_is_no_high_answer() -> None:
    searcher = searcher_for("bistro", BISTRO_STORY)
    answer = searcher.ask("what nicknames has the mayor given herself")
    assert answer.confidence != "high"


def test_the_label_and_the_wish_still_answer() -> None:
    searcher = searcher_for("bistro", BISTRO_STORY)
    for question, passage in (
        ("what nicknames has the chef given himself", LABEL),
        ("what has Lindqvist called himself", LABEL),
        ("was his wish granted", GRANTED),
    ):
        answer = searcher.ask(question)
        assert answer.confidence == "high"
        assert answer.passages[0].text == passage

"""Members of a body the story names, asked as the speaker ("what did the judges say", "the
senators", "the lawmakers"), stand for the body: a court speaks through its judges' ruling, a
senate through its senators' vote, and the story may report those words as the body's. That
is no clear evidence the story is silent, so the question is searched (the closest passages,
labelled), not refused. WordNet ties the members to their bodies; a body the story never
names as one ("the White House" is no legislature's house), and one member's role ("the chief
justice", "the judge": the story would have named them), are still refused; any one of them
("a judge", "any senator") stands for the body as the members do."""

from __future__ import annotations

import pytest

from bot.engine.search import Searcher
from tests.engine.stories import searcher_for

HARBOUR_STORY = "\n".join(
    [
        "The Supreme Court ordered the port authority on Friday to reopen the north harbour"
        " to fishing boats, in a unanimous ruling.",
        "The court found that the closure had no basis in the harbour law.",
        "The Senate voted 61-39 on Thursday to fund a new sea wall for the harbour.",
        "Parliament passed a bill on Wednesday capping mooring fees.",
        "“We will comply with the ruling,” harbour master Ines Duarte said at the White House.",
        "Fishermen had protested the closure for six weeks.",
    ]
)


@pytest.fixture(scope="module")
def harbour() -> Searcher:
    return searcher_for("harbour", HARBOUR_STORY)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # Before: "The story doesn't quote the judges." though the court's ruling answers it
        (
            "What were the judges telling the port authority it had to do about the harbour?",
            "ordered the port authority",
        ),
        ("what did the justices say about the closure", "The court found that the closure"),
        # Before: "The story doesn't quote the senators."
        ("what did the senators say about the sea wall", "The Senate voted 61-39"),
        # a legislature (Parliament), as WordNet ties lawmakers and legislators to it
        ("what did the lawmakers say about mooring fees", "capping mooring fees"),
        # Before: "The story doesn't quote a judge.": any one of the court's judges, whoever
        ("did a judge tell the port authority to reopen the harbour?", "ordered the port"),
        ("did a senator say anything about the sea wall", "The Senate voted 61-39"),
    ],
)
def test_members_of_a_body_the_story_names_are_searched(
    harbour: Searcher, question: str, expected: str
) -> None:
    answer = harbour.ask(question)
    assert answer.answered, answer.reason
    assert answer.confidence == "low"  # no passage is vouched for as their own words
    assert any(expected in passage.text for passage in answer.passages[:2])


@pytest.mark.parametrize(
    ("question", "who"),
    [
        # one member: the story would have named whoever holds the role
        ("what did the chief justice say about the harbour", "the chief justice"),
        ("what did the judge say about the closure", "the judge"),
        # members of no body the story names
        ("what did the congressmen say about the closure", "the congressmen"),
    ],
)
def test_a_member_or_members_of_a_body_the_story_does_not_name_are_refused(
    harbour: Searcher, question: str, who: str
) -> None:
    answer = harbour.ask(question)
    assert not answer.answered
    assert answer.reason == f"The story doesn't quote {who}."


def test_a_house_in_a_longer_name_is_no_legislature() -> None:
    # "the White House" holds "House", a legislature's chamber in WordNet; "to house" is a verb
    story = searcher_for(
        "visit",
        "\n".join(
            [
                "The governor visited the White House on Monday.",
                "The state will house the new archive in the old mill.",
                "“It was a good meeting,” the governor, Ada Morrow, said.",
            ]
        ),
    )
    for who in ("the lawmakers", "the senators", "the judges"):
        answer = story.ask(f"what did {who} say about the archive")
        assert not answer.answered
        assert answer.reason == f"The story doesn't quote {who}."

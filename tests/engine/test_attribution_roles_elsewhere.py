"""A role held somewhere else than in the story's own cast, and a name given to a bill (the
twentieth session's attribution set 6, its wrong credit read after the set was measured): "said
the owner of a sports bar across the street, Joe Marchetti" is Marchetti's, not the words of the
team's owner the story named before; `legislation, known as the "Safe Patient Limits Act"` is a
name, nobody's words. Stories of our own wording."""

from __future__ import annotations

from tests.engine.stories import searcher_for
from tests.engine.test_attribution_unseen3 import quoted

OWNER = "The Harbor City Gulls may leave for Dunmore, team owner Franklin Deel said on Monday."
SAID_BY_DEEL = "“We have run out of road here,” Deel said."


def test_the_holder_of_a_role_somewhere_else_named_after_it_is_the_speaker() -> None:
    searcher = searcher_for(
        "gulls",
        "\n".join(
            [
                OWNER,
                SAID_BY_DEEL,
                "“We’d lose 400 jobs on game nights,” said the owner of a sports bar across the"
                " street, Joe Marchetti, who spoke first.",
                "“It is a sad day for the valley,” said the mayor of a nearby town, Ellen Park.",
            ]
        ),
    )
    assert quoted(searcher, "run out of road") == ["Franklin Deel"]
    assert quoted(searcher, "400 jobs") == ["Joe Marchetti"]
    assert quoted(searcher, "sad day") == ["Ellen Park"]


def test_the_holder_of_a_role_somewhere_else_left_unnamed_is_nobody() -> None:
    searcher = searcher_for(
        "gulls",
        "\n".join(
            [
                OWNER,
                SAID_BY_DEEL,
                "“Game nights pay my rent,” said the owner of a diner on Canal Street.",
            ]
        ),
    )
    assert quoted(searcher, "pay my rent") == [None]


def test_the_story_s_own_role_holder_is_still_read_by_the_role() -> None:
    # a guard: "the owner of the team" is the owner the story named
    searcher = searcher_for(
        "gulls",
        "\n".join(
            [
                OWNER,
                "“The lease ends in June,” said the owner of the team.",
            ]
        ),
    )
    assert quoted(searcher, "lease ends") == ["Franklin Deel"]


def test_a_bill_known_by_a_name_is_no_one_s_words() -> None:
    searcher = searcher_for(
        "ratios",
        "\n".join(
            [
                "Nurses at St. Anne's walked out on Tuesday over staffing.",
                "State Sen. Paul Hendricks said he would bring back legislation, known as the"
                " “Safe Staffing Now Act,” that would set ratios in every hospital.",
                "“Nurses cannot be stretched any thinner,” Hendricks said.",
            ]
        ),
    )
    assert quoted(searcher, "Safe Staffing Now Act") == [None]
    assert quoted(searcher, "stretched any thinner") == ["Paul Hendricks"]

"""A thing asked of in general ("is a mayor there allowed a third term") is not answered with
high confidence by a passage holding its words only as someone's own, whom the question does
not name ("during Mayor Hale's third term"): that tells of theirs, not of the rule asked about
(shown first, low). Asked of them by name, it is theirs."""

from __future__ import annotations

from tests.engine.stories import searcher_for

STORY = "\n".join(
    [
        "Voters in Port Elling will choose a new harbour board on Tuesday.",
        "Mayor Ruth Hale opened the new ferry terminal last spring, the first big project of"
        " Hale's third term.",
        "Term limits for the board were scrapped by the council in 2015.",
        "“We need people on the board who know the water,” said skipper Alan Brody.",
    ]
)


def test_a_thing_asked_in_general_is_not_answered_by_someones_own() -> None:
    searcher = searcher_for("port-elling", STORY)
    answer = searcher.ask("is a mayor there normally allowed a third term")
    assert not (answer.confidence == "high" and "Hale's third term" in answer.passages[0].text)


def test_asked_of_its_owner_it_is_theirs() -> None:
    searcher = searcher_for("port-elling", STORY)
    answer = searcher.ask("what did hale open in her third term")
    assert answer.confidence == "high"
    assert "Hale's third term" in answer.passages[0].text

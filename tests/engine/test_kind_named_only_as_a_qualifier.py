""" "Which unions does the port hire dockers from": the names of things of a kind asked. A
passage holding the kind's word only before a noun it qualifies ("union member dockers":
dockers, not unions) names none of them; where a passage shown after it names one ("the
Anchor and Tidewater unions"), that one is shown first and the other is no high answer."""

from __future__ import annotations

from tests.engine.stories import searcher_for

QUALIFIER = (
    "The port has agreed to hire alleged union member dockers fired from the Belmar yards,"
    " having so far taken on more than 250 of them at its terminal."
)
NAMES = (
    "Port director Nils Aro said the port will negotiate with the Anchor and Tidewater"
    " unions over the terminal's night shifts."
)
PORT_STORY = "\n".join(
    [
        "The Kestrel port opened its new container terminal on Monday.",
        QUALIFIER,
        "The terminal cost $40 million to build, the port said.",
        NAMES,
    ]
)


def test_the_passage_naming_them_comes_first() -> None:
    searcher = searcher_for("kestrel-port", PORT_STORY)
    answer = searcher.ask("which unions does the port hire dockers from for the terminal")
    assert answer.passages[0].text == NAMES
    assert not (answer.confidence == "high" and answer.passages[0].text == QUALIFIER)

"""A reason given in a sentence of the passage naming only one of the question's people is of
something else they did: "why did Okafor refuse to meet Lind" is not answered with high
confidence by "Lind tried to meet Governor Okafor in 2020, which Okafor rebuffed. But now
that the port has reopened, Lind is back.", whose "now that" tells why Lind is back. A
reason in the sentence telling of the refusal still answers, high."""

from __future__ import annotations

from tests.engine.stories import searcher_for

NO_REASON = (
    "Mayor Oskar Lind tried to meet Governor Ada Okafor in 2020, arriving unannounced for a"
    " meeting, which Okafor rebuffed. But now that the port has reopened, Lind is back in the"
    " capital as well."
)
PORT_STORY = "\n".join(
    [
        "The port of Brevik reopened on Monday after two years of repairs, its owners said.",
        "“This keeps three hundred people in work,” said harbour master Rui Costa.",
        "Mayor Oskar Lind praised the crews who rebuilt the quay walls over the winter.",
        NO_REASON,
        "The first ferry is due to sail from the new berth in June.",
    ]
)


def test_a_reason_for_something_else_is_no_answer() -> None:
    searcher = searcher_for("brevik-port", PORT_STORY)
    answer = searcher.ask("why did okafor refuse to meet lind")
    assert not (answer.confidence == "high" and answer.passages[0].text == NO_REASON)


def test_a_reason_for_the_refusal_is_shown_first() -> None:
    told = (
        "Governor Ada Okafor refused to meet Mayor Oskar Lind in 2020 because he had arrived"
        " unannounced."
    )
    searcher = searcher_for("brevik-port", PORT_STORY.replace(NO_REASON, told))
    answer = searcher.ask("why did okafor refuse to meet lind")
    assert answer.confidence == "high"
    assert answer.passages[0].text == told

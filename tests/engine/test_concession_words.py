""" "Though" and "tho" carry no topic, on a story of its own: a chat question ending in "tho"
("whats in it for the port tho") is not about whatever a paragraph says "though" of, and
"even tho" before a clause leaves the clause's words to say what is asked."""

from __future__ import annotations

from tests.engine.stories import searcher_for

PORT_STORY = "\n".join(
    [
        "The council approved the new cargo terminal, though only two councillors spoke in "
        "favour of it.",
        "The port expects the terminal to bring 300 jobs and more ships to the bay.",
        "Fishermen worry that the dredging will drive the fish out of the bay.",
    ]
)


def test_tho_is_no_topic() -> None:
    port = searcher_for("port", PORT_STORY)
    answer = port.ask("whats in it for the port tho")
    assert "300 jobs" in answer.passages[0].text
    for question in ("whats in it for the port tho", "whats in it for the port though"):
        assert port.confidence_signals(question) == port.confidence_signals(
            "whats in it for the port"
        ), question

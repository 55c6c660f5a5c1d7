""" "matt hurts" of Matt Hertz: a surname misheard by dictation or misspelt into an English word
("gates" of Gaetz), right after the person's first name. The speller left an English word
alone, so the question named no one: the passage naming him was vetoed as holding the
question's "matt" only inside a name it did not ask of (low), and his words were not asked for
as his. Now the word after a first name of someone in the story is read as the next word of
their name when it is near it (`NameSpeller._after_first_name`)."""

from __future__ import annotations

from tests.engine.stories import searcher_for

DAM_STORY = "\n".join(
    [
        "The Harlow water district approved a new dam on the Teller River on Thursday.",
        "Former state Sen. Matt Hertz, the governor's pick for water commissioner, toured the"
        " site with district staff over the weekend.",
        "“This dam will keep the valley's farms alive through the next drought,” Hertz said.",
        "District chair Amy Castellano said the project would cost $40 million over six years.",
        "“We have waited a decade for this,” Castellano said.",
        "Opponents say the reservoir will flood 300 acres of forest.",
    ]
)


def test_who_is_answered_high_by_the_passage_naming_the_misheard_name() -> None:
    answer = searcher_for("dam", DAM_STORY).ask(
        "so who is the guy who toured the site over the weekend matt hurts or something"
    )
    assert answer.confidence == "high"
    assert "Matt Hertz" in answer.passages[0].text


def test_the_misheard_name_asks_for_their_words() -> None:
    answer = searcher_for("dam", DAM_STORY).ask("what did matt hurts say about the dam")
    assert answer.asked_speaker == "Matt Hertz"
    assert "keep the valley's farms alive" in answer.passages[0].text


def test_a_first_name_alone_is_not_read_with_a_surname() -> None:
    searcher = searcher_for("dam", DAM_STORY)
    assert searcher._speller.correct("what did matt say about the dam") == (
        "what did matt say about the dam"
    )
    # a word far from the surname is left as typed
    assert searcher._speller.correct("did matt hurry to the site") == "did matt hurry to the site"

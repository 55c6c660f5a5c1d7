""" "rama swammy" of Priya Ramaswamy, "oka for brandt" of Okafor-Brandt: a name dictation does
not know is written as several words. Each word was read alone, so the question named no one
("The story doesn't quote rama swammy") or a name's words were diluted by the others. Now a run
of words whose sound joined (metaphone) is that of a known name is read as the name
(`NameSpeller._dictated_names`), unless the run is the question's own words (words the story
uses at its ends, a name typed whole with more after it). A name asked late in a run-on, of
"it" ("the contractor doing the dredging whats it called"), asks a name of the thing the
run-on opens with (`answer_types._named_late`): a story that names none answers it low."""

from __future__ import annotations

from tests.engine.stories import searcher_for

HARBOR_STORY = "\n".join(
    [
        "Port director Valentina Okafor-Brandt announced on Monday that the Eastgate harbor will"
        " close to all boats for six weeks starting June 2 so its main channel can be dredged.",
        "“The channel is too shallow for the cargo ships this port needs to survive,”"
        " Okafor-Brandt said.",
        "The dredging will be done by a contractor from out of state, which the port has not"
        " named. The work will cost $4.6 million, most of it paid by a federal grant.",
        "Desmond Kilbride, who heads the Eastgate fishing cooperative, said the closure would"
        " cost his 238 members about $1.2 million in lost catch.",
        "The city council voted 7-2 on Thursday to allow the closure. Council member Priya"
        " Ramaswamy, one of the two votes against it, said the fishermen were never consulted."
        " “Nobody asked the people who actually use this harbor,” Ramaswamy said.",
        "The harbor last closed for dredging in 2009.",
    ]
)


def test_a_surname_dictated_as_two_words_asks_for_their_words() -> None:
    answer = searcher_for("harbor", HARBOR_STORY).ask(
        "um so what did rama swammy say about the vote"
    )
    assert answer.asked_speaker == "Priya Ramaswamy"
    assert "Nobody asked the people" in answer.passages[0].text


def test_a_hyphenated_name_heard_as_words_is_joined() -> None:
    answer = searcher_for("harbor", HARBOR_STORY).ask(
        "what did oka for brandt say about the channel"
    )
    assert answer.asked_speaker == "Valentina Okafor-Brandt"
    assert "too shallow" in answer.passages[0].text


def test_a_whole_name_dictated_in_pieces_is_read() -> None:
    answer = searcher_for("harbor", HARBOR_STORY).ask(
        "what did dez mond kill bride say the closure would cost"
    )
    assert answer.asked_speaker == "Desmond Kilbride"
    assert "238 members" in answer.passages[0].text


def test_the_questions_own_words_are_not_joined() -> None:
    speller = searcher_for("harbor", HARBOR_STORY)._speller
    for question in (
        "what did ramaswamy say about the vote",  # the name typed
        "what did kilbride say about the closure",
        "did ramaswamy vote against it",  # a name and a word the story uses
        "what did okafor brandt say",  # the name's words, typed apart
    ):
        assert speller.correct(question) == question


def test_a_name_asked_late_of_it_in_a_run_on_is_low_where_none_is_told() -> None:
    answer = searcher_for("harbor", HARBOR_STORY).ask(
        "the contractor doing the dredging whats it called"
    )
    assert answer.confidence == "low"

"""Shapes of news English that left a quotation with nobody, or credited it to the wrong
person, in attribution set 7 (`tests/data/attribution/unseen-7`, twenty-second session: read
whole). Each story is of our own wording, with guards that must stay as they were."""

from __future__ import annotations

from bot.engine.evaluation import EvalItem, evaluate
from bot.engine.service import quote_views
from tests.engine.stories import quoted, searcher_for

OPENING = "The Fenwick ferry crews walked off the job on Monday over a new schedule."
CLOSING = "Talks resume on Thursday."


def ferry(*paragraphs: str) -> str:
    return "\n".join([OPENING, *paragraphs, CLOSING])


def test_words_another_speaker_told_in_a_reported_clause_are_theirs() -> None:
    # Before: with no "that" after "said", the name before "told" was no clause subject, and
    # the words relayed were nobody's
    body = ferry(
        "Deckhand Tomasz Wolski and harbor master Irene Calloway met the crews at the pier.",
        "Wolski said Calloway told him after the meeting, “The schedule is not up for a vote.”",
        "Pilot Dana Holm, a captain for 20 years, said her dispatcher, Luis Ortega, told the"
        " crews before the first sailing, “Nobody leaves the dock short-handed.”",
        "“We heard her, and we heard him,” Wolski said.",
    )
    searcher = searcher_for("ferry-relayed", body)
    assert quoted(searcher, "not up for a vote") == ["Irene Calloway"]
    assert quoted(searcher, "Nobody leaves the dock") == ["Luis Ortega"]
    assert quoted(searcher, "We heard her") == ["Tomasz Wolski"]


def test_a_name_after_told_or_an_inverted_cue_is_no_reported_subject() -> None:
    # guards: "told Y" makes Y the one spoken to, and `"...," said Y` is Y's own cue
    body = ferry(
        "Deckhand Tomasz Wolski and harbor master Irene Calloway met the crews at the pier.",
        "Wolski told Calloway after the meeting, “The schedule has to change.”",
        "“It will not,” said Calloway, who left soon after.",
    )
    searcher = searcher_for("ferry-told", body)
    assert quoted(searcher, "The schedule has to change") == ["Tomasz Wolski"]
    assert quoted(searcher, "It will not") == ["Irene Calloway"]


def test_words_an_unnamed_sender_radioed_in_a_reported_clause_are_nobodys() -> None:
    # Before: "radioed" is no cue word, so the words went to the reporter, Wolski
    body = ferry(
        "Deckhand Tomasz Wolski, who had waited at the pier since dawn, said a dispatcher"
        " radioed him before noon: “Stay home, no boat is sailing today.”",
        "Harbor master Irene Calloway said her deputy, Luis Ortega, phoned the crews at six:"
        " “The first sailing is cancelled.”",
    )
    searcher = searcher_for("ferry-radioed", body)
    assert quoted(searcher, "no boat is sailing") == [None]
    assert quoted(searcher, "first sailing is cancelled") == ["Luis Ortega"]


def test_a_quotation_in_single_marks_inside_another_is_nobodys() -> None:
    # Before: the inner quotation was part of the outer one only, so the scare term, the
    # title and the words relayed inside a speaker's quotation were shown as the speaker's
    body = ferry(
        "Deckhand Tomasz Wolski has worked the crossing for 22 years.",
        "“They call it ‘efficiency,’” Wolski said. “I call it my friends’ jobs going overboard.”",
        "“I read ‘The Long Crossing’ twice in the ’90s. The captain used to tell us, 'Nobody"
        " sails alone,' every morning,” he said.",
    )
    searcher = searcher_for("ferry-nested", body)
    quotes = {q.text: q.speaker_id for q in searcher.snapshot.quotes}
    assert quotes["efficiency"] is None
    assert quotes["The Long Crossing"] is None
    assert quotes["Nobody sails alone"] is None
    assert quoted(searcher, "They call it") == ["Tomasz Wolski"]
    assert quoted(searcher, "every morning") == ["Tomasz Wolski"]
    # apostrophes open or close no quotation: "friends’ jobs", "the ’90s"
    assert not any(text.startswith(("jobs", "90s")) for text in quotes)
    assert "I call it my friends’ jobs going overboard." in quotes


def test_a_key_quotation_is_scored_on_the_quotation_that_is_it_whole() -> None:
    # Before: the scare quote "sinking" was also found inside the director's "Nothing is
    # sinking", and scored as credited to her; the comma closing the key's words ("Nothing is
    # sinking,", as the story writes them) kept them from matching the quotation at all
    body = ferry(
        "Posts claiming the old ferry was “sinking” spread online over the weekend.",
        "“Nothing is sinking,” said ferry director Irene Calloway.",
    )
    searcher = searcher_for("ferry-scored", body)
    items = [
        EvalItem(id="s1", kind="attribution", quote="sinking", speaker=None),
        EvalItem(
            id="s2", kind="attribution", quote="Nothing is sinking,", speaker="irene calloway"
        ),
    ]
    report = evaluate(items, searcher, quote_views(searcher.snapshot))
    assert [item.ok for item in report.items] == [True, True]
    assert report.attribution_wrong.hits == 0


def test_an_appositive_with_a_participle_phrase_leaves_the_subject_its_cue() -> None:
    # Before: "seeking" was taken for a verb of the appositive's own, so the subject was not
    # found, "said he was ..." was nobody's and so was the "he said" after it
    body = ferry(
        "Captain Ruth Mallory and deckhand Tomasz Wolski spoke at the pier.",
        "Wolski, a Democrat seeking a seat on the port board, said he was sure the schedule"
        " would change. “They cannot sail without us,” he said.",
    )
    searcher = searcher_for("ferry-seeking", body)
    assert quoted(searcher, "cannot sail without us") == ["Tomasz Wolski"]


def test_a_role_before_dr_and_a_name_is_that_persons_role() -> None:
    # Before: the role ended with "Dr.", whose head is no role anyone calls her by, so "the
    # board chair said" found no one
    body = ferry(
        "Ferry board chair Dr. Ines Varga said the schedule was final. Deckhand Tomasz Wolski"
        " said the crews would stay out.",
        "Varga rejected that. “We will not cut a single sailing,” the board chair said.",
    )
    searcher = searcher_for("ferry-dr", body)
    assert quoted(searcher, "cut a single sailing") == ["Ines Varga"]
    assert {p.name: p.roles for p in searcher.snapshot.people}["Ines Varga"][-1] == "chair"


def test_she_after_a_quotation_over_two_paragraphs_reaches_back_to_before_it() -> None:
    # Before: "she" looked only one paragraph back, at the quotation's first paragraph, which
    # names nobody: both paragraphs were nobody's
    body = ferry(
        "Captain Ruth Mallory read a statement to the board during public comment.",
        "“I learned to steer on this crossing when I was twelve. My father taught me.",
        "“I am asking you not to cut the night run,” she told the board.",
    )
    searcher = searcher_for("ferry-two-paragraphs", body)
    assert quoted(searcher, "I learned to steer") == ["Ruth Mallory"]
    assert quoted(searcher, "not to cut the night run") == ["Ruth Mallory"]


def test_what_someone_refused_to_say_is_not_their_words() -> None:
    # Before: the words after "refused to say" / "declined to say" were shown as the
    # captain's, which she is reported as not saying
    body = ferry(
        "Captain Ruth Mallory spoke to reporters at the pier.",
        "Mallory refused to say “strike” and declined to say whether the crews would"
        " “hold the line.” “We will be here tomorrow,” she said.",
    )
    searcher = searcher_for("ferry-refused", body)
    assert quoted(searcher, "strike") == [None]
    assert quoted(searcher, "hold the line") == [None]
    assert quoted(searcher, "We will be here tomorrow") == ["Ruth Mallory"]

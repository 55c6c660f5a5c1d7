"""Bridges from a question's everyday words to a story's own, on stories of their own: a synonym
of another sense does not pick the passages alone, and the corpus word closest in meaning to a
question word counts towards the answer's confidence only where the passage holds it and is the
closest to the question in meaning too."""

from __future__ import annotations

import pytest

from bot.engine.lexicon import Source
from bot.engine.search import Searcher, SearchSettings
from tests.engine.stories import searcher_for

# A county moving its inmates to a state prison: what it costs, who objects; "prison", "jail",
# "inmates" and "house" are in many paragraphs, and the one "flashy" thing is a stadium.
JAIL_STORY = "\n".join(
    [
        (
            "The county of Orrin will move 400 inmates from its crowded jail to a state prison "
            "in Dunmore next spring."
        ),
        "Sheriff Ada Quill said the jail was built for 250 inmates and now holds 610.",
        (
            "Keeping the inmates in Dunmore costs the county less than housing them at home, "
            "the budget office said."
        ),
        "The state prison charges $80 a day for each inmate; the county jail spends $140.",
        "Families of inmates worry about the two-hour drive to visit them.",
        (
            "A flashy new stadium opened downtown last month, paid for by a bond the voters "
            "approved."
        ),
        "The prison in Dunmore was renovated in 2019 and has room for 1,200 more inmates.",
        "Quill said the county will also house some inmates in a work-release center.",
        "Defence lawyers said moving clients far from the courthouse delays their cases.",
        "The county board voted 5-2 for the plan on Tuesday.",
        (
            "Board member Lev Marsh, who voted no, called the jail a disgrace that should not "
            "house anyone."
        ),
        "The jail's kitchen failed an inspection in March.",
    ]
)
_COST_PARAGRAPHS = {3, 4}
_STADIUM_PARAGRAPH = 6

# A town twinning with a Portuguese port: the mayor will "travel" there; protesters stood
# "outside" the council chamber.
TWINNING_STORY = "\n".join(
    [
        (
            "The town of Keswater will twin with the Portuguese port of Aveiro, the council "
            "decided on Monday."
        ),
        "Mayor Ines Falk will travel to Aveiro in May to sign the agreement with its mayor.",
        (
            "The council's opposition leader, Tom Reyes, said the money would be better spent "
            "on roads."
        ),
        "Falk said twinning would bring students and businesses from both towns together.",
        "The agreement costs the town nothing beyond the mayor's fares, the finance officer said.",
        "Aveiro is twinned with four other towns, among them one in Brazil.",
        "Keswater's fishing fleet has shrunk from 40 boats to 12 since 1990.",
        "Schools in both towns plan exchanges for pupils aged 14 to 16.",
        "The council meets again on June 3 to set the summer budget.",
        "A petition against the twinning gathered 212 signatures.",
        "Protesters stood outside the council chamber but did not go in.",
    ]
)
_TRAVEL_PARAGRAPH = 2
WITHOUT_MEANING_BRIDGES = SearchSettings(meaning_bridge_min=1.0)


@pytest.fixture(scope="module")
def jail() -> Searcher:
    return searcher_for("orrin-jail", JAIL_STORY)


@pytest.fixture(scope="module")
def twinning() -> Searcher:
    return searcher_for("keswater-twinning", TWINNING_STORY)


@pytest.mark.parametrize(
    "question",
    [
        "is it cheaper to house inmates at the prison",
        "would it be cheaper to house the inmates in prison",
    ],
)
def test_a_synonym_of_another_sense_does_not_pick_the_passages(
    jail: Searcher, question: str
) -> None:
    """ "cheaper" is nowhere in the story, and its other words ("house", "inmates", "prison")
    are in most paragraphs. WordNet's "cheap" is also "flashy" (tawdry), which the story uses
    once, of a stadium: that synonym alone kept only the stadium's paragraph in the running,
    and it was shown first. The paragraphs on what housing the inmates costs come first."""
    answer = jail.ask(question)
    shown = [p.paragraph for p in answer.passages]
    assert shown[0] in _COST_PARAGRAPHS, shown
    assert _STADIUM_PARAGRAPH not in shown


def test_a_word_reached_in_meaning_counts_where_the_passage_holds_it_and_meaning_agrees(
    twinning: Searcher,
) -> None:
    """ "trip" is nowhere in the story; the story's word closest to it in meaning, "travel",
    is in the paragraph that answers, which is also the closest to the whole question: two
    readings agree, and the answer is given as one."""
    question = "is the mayor going on a trip"
    answer = twinning.ask(question)
    assert answer.passages[0].paragraph == _TRAVEL_PARAGRAPH
    assert answer.confidence == "high"
    without = Searcher(twinning.snapshot, WITHOUT_MEANING_BRIDGES).ask(question)
    assert without.passages[0].paragraph == _TRAVEL_PARAGRAPH
    assert without.confidence == "low"


def test_a_word_reached_in_meaning_that_the_passage_lacks_vouches_for_nothing(
    twinning: Searcher,
) -> None:
    """ "trip" reaches the story's "travel", which is in the mayor's paragraph, not in the
    opposition leader's, put first (and closest in meaning): that the story knows the word
    somewhere makes that passage no likelier the answer. Counted, it rated the passage high."""
    question = "what does the opposition think of the trip"
    words = twinning._question_words(question)
    unknown = twinning._unknown_topic_words(question, words, [w.term for w in words])
    assert twinning._meaning_bridges(unknown, {}) == {"trip": "travel"}
    assert twinning.ask(question).passages[0].paragraph == 3
    without = Searcher(twinning.snapshot, WITHOUT_MEANING_BRIDGES)
    assert twinning.confidence_signals(question) == without.confidence_signals(question)


def test_a_word_of_a_closed_class_is_never_reached_in_meaning(twinning: Searcher) -> None:
    """ "weather" is closest in meaning to the story's "outside", and "refuse" to its "not":
    words that carry no topic. Reached, they made "what was the weather like for the protest"
    (the story never says) an answer, from the paragraph where protesters stood outside."""
    assert twinning._closest_corpus_term("weather") is None
    assert twinning._closest_corpus_term("refuse") is None
    assert twinning._closest_corpus_term("trip") == "travel"
    answer = twinning.ask("what was the weather like for the protest")
    assert answer.confidence == "low"


# A museum returning a statue: the story says "returned"; "give" and "back" are in a
# paragraph about donations.
STATUE_STORY = "\n".join(
    [
        "The Harlow Museum has kept the bronze statue of a horse since 1902.",
        "The statue stands in the main hall beside the museum's old map room.",
        "Veland's culture minister said the statue was taken without consent.",
        "Its director said the statue will be returned to Veland next spring.",
        "Visitors who give a donation may come back for free.",
        "A new wing for maps is planned for 2027.",
        "The museum's board meets on Thursday.",
    ]
)
_RETURN_PARAGRAPH = 4
WITH_PHRASES = SearchSettings(bridge_sources=(Source.FAMILY, Source.SYNONYMS, Source.PHRASES))
WORD_BY_WORD = SearchSettings(bridge_sources=(Source.FAMILY, Source.SYNONYMS))


def test_a_verb_phrase_reaches_the_story_word_for_it_when_phrases_are_on() -> None:
    """ "given back" is WordNet's give_back, whose sense is the story's "returned": with the
    "phrases" source (off by default: measured no better) the passage holding "returned" holds
    the phrase, and its words are no longer missing from it; by default too, as "give back"
    stands in the definition of "return" ("phrase_defined"); word by word they are missing,
    and the answer is rated low."""
    searcher = searcher_for("statue", STATUE_STORY)
    question = "will the statue be given back"
    with_phrases = Searcher(searcher.snapshot, WITH_PHRASES).ask(question)
    assert with_phrases.passages[0].paragraph == _RETURN_PARAGRAPH
    assert with_phrases.confidence == "high"
    by_default = searcher.ask(question)
    assert by_default.passages[0].paragraph == _RETURN_PARAGRAPH
    assert by_default.confidence == "high"
    without = Searcher(searcher.snapshot, WORD_BY_WORD).ask(question)
    assert without.passages[0].paragraph == _RETURN_PARAGRAPH
    assert without.confidence == "low"


# A harbour town's old pier: four paragraphs hold "old pier", one says it will be razed.
PIER_STORY = "\n".join(
    [
        "The harbour town of Penmoor has argued over its future for a decade.",
        "The old pier was built in 1890 and last repaired in 1962, the harbour master said.",
        "Anglers want the old pier kept open through the summer.",
        "The council plans to raze the old pier in June and build a breakwater.",
        "A ferry to the islands leaves from the old pier twice a week.",
        "The breakwater will cost 4 million pounds, paid by the port authority.",
        "The council will discuss the ferry timetable on Friday, its clerk said.",
        "Ferry crews said the timetable leaves them no rest on Sundays.",
        "Council members met the anglers' club on Tuesday.",
    ]
)
_RAZE_PARAGRAPH = 4


def test_words_typed_side_by_side_reach_the_story_word_for_their_phrase() -> None:
    """ "tearing down" is WordNet's tear_down, whose sense is the story's "raze": the story
    never uses "tear", so the passage razing the pier holds the whole question and comes first;
    without the "multiword" source it is not among the first three."""
    searcher = searcher_for("pier", PIER_STORY)
    question = "are they tearing down the old pier"
    assert searcher.ask(question).passages[0].paragraph == _RAZE_PARAGRAPH
    sources = tuple(s for s in SearchSettings().bridge_sources if s is not Source.MULTIWORD)
    without = Searcher(searcher.snapshot, SearchSettings(bridge_sources=sources)).ask(question)
    assert _RAZE_PARAGRAPH not in [p.paragraph for p in without.passages[:3]]


# A minister's hospital visit: one paragraph says she "arrived unannounced", WordNet's
# "without warning".
VISIT_STORY = "\n".join(
    [
        "The health minister of Corlan visited the Brisk Valley hospital on Thursday.",
        "Staff said the minister arrived unannounced and walked straight to the children's ward.",
        "The hospital has waited two years for a new roof, its director said.",
        "The minister's office declined to comment on the budget.",
        "Nurses told the minister the ward needs twelve more beds.",
        "Heavy snow closed the valley road for most of the day.",
        "The director said the minister promised money for the roof.",
    ]
)
_UNANNOUNCED_PARAGRAPH = 2


def test_two_words_side_by_side_reach_the_story_word_they_define() -> None:
    """ "without warning" stands so in WordNet's definition of "unannounced", a word of the
    story's, and the story never uses "without": the passage where the minister "arrived
    unannounced" comes first; without the "phrase_defined" source it is not among the first
    three."""
    searcher = searcher_for("visit", VISIT_STORY)
    question = "did the minister show up without warning"
    assert searcher.ask(question).passages[0].paragraph == _UNANNOUNCED_PARAGRAPH
    sources = tuple(s for s in SearchSettings().bridge_sources if s is not Source.PHRASE_DEFINED)
    without = Searcher(searcher.snapshot, SearchSettings(bridge_sources=sources)).ask(question)
    assert _UNANNOUNCED_PARAGRAPH not in [p.paragraph for p in without.passages[:3]]

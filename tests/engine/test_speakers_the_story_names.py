"""Who a speaker question asks for, when the story names them as no one it quotes: a group it
mentions may still have its words reported, so the question is searched (the closest
passages, labelled); a role it gives nobody, a town, or a name it never uses, is refused (a
country or capital stands for its government: test_places_as_speakers.py). A role's words are
not cut short by a speech word inside them ("the secretary of state")."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from bot.engine.corpus import story_file_text
from bot.engine.search import Searcher
from tests.engine.stories import searcher_for

BRIDGE_STORY = "\n".join(
    [
        "The Harwick bridge will reopen in March, officials said Monday.",
        (
            "Members of Governor Ann Pike's cabinet, including engineer Sam Ibe, said the "
            "repairs had cost twice the first estimate because the steel arrived late."
        ),
        "“We will find the money,” Pike said.",
        "Press Secretary Dana Holt said: “Drivers will pay no toll this year.”",
        "The secretary's deputy declined to say when the tolls would return.",
        "Traffic through Harwick fell by a third during the closure.",
    ]
)


@pytest.fixture(scope="module")
def bridge() -> Searcher:
    return searcher_for("bridge", BRIDGE_STORY)


def test_a_group_the_story_mentions_is_no_evidence_it_reports_nothing(bridge: Searcher) -> None:
    # Before: "The story doesn't quote Pike's cabinet." for a question the story answers
    answer = bridge.ask("Did Pike's cabinet tell drivers why the repairs cost more?")
    assert answer.answered, answer.reason
    # the passage names her cabinet, whose words it reports: vouched for as theirs
    assert answer.confidence == "high"
    assert "twice the first estimate" in answer.passages[0].text


def test_a_group_the_story_reports_is_searched_not_refused(bridge: Searcher) -> None:
    answer = bridge.ask("why did Pike's cabinet say the repairs cost more?")
    assert answer.answered, answer.reason
    assert "steel arrived late" in answer.passages[0].text


@pytest.mark.parametrize(
    ("question", "who"),
    [
        ("what did the secretary's deputy say about the tolls?", "the secretary's deputy"),
        ("what did Brenton say about the bridge?", "Brenton"),
        ("what did Harwick say about the bridge?", "Harwick"),  # a place says nothing itself
        ("what did the secretary of state say about the tolls?", "the secretary of state"),
    ],
)
def test_someone_the_story_quotes_not_is_refused(bridge: Searcher, question: str, who: str) -> None:
    answer = bridge.ask(question)
    assert not answer.answered
    assert answer.reason == f"The story doesn't quote {who}."
    assert answer.passages == ()


def test_a_speech_word_after_of_belongs_to_the_role(bridge: Searcher) -> None:
    # Before: "the secretary of" was read as the speaker, and Holt's quote shown as the answer
    answer = bridge.ask("What did Secretary of State Marco Rubio say about the tolls?")
    assert not answer.answered
    assert answer.asked_speaker is None
    # named as typed: "Marco" is one edit from the story's "March", but a name the user wrote
    assert answer.reason == "The story doesn't quote Secretary of State Marco Rubio."


def test_a_group_in_the_plural_is_searched(bridge: Searcher) -> None:
    # "officials said" reports a group: not one person the story leaves unquoted
    answer = bridge.ask("what did officials say about the bridge?")
    assert answer.answered, answer.reason
    assert "reopen in March" in answer.passages[0].text


def test_a_name_the_story_never_uses_is_named_as_typed(bridge: Searcher) -> None:
    # "Marco" is one edit from the story's "March": the refusal still says what was typed
    answer = bridge.ask("How did Marco Rubio vote on the bridge?")
    assert not answer.answered
    assert answer.reason == "The story doesn't mention Marco Rubio."


@pytest.mark.parametrize(
    ("group", "confidence"),
    [
        # the passage names the people around Pike ("Pike's cabinet"): it reports their words
        ("Pike's team", "high"),
        ("Pike's people", "high"),
        # the governor is named by no name: no passage is vouched for as her staff's words
        ("the governor's staff", "low"),
        # her office speaks for her (sixteenth session: refused as someone not quoted)
        ("the governor's office", "low"),
    ],
)
def test_the_people_around_someone_named_are_searched(
    bridge: Searcher, group: str, confidence: str
) -> None:
    # the story reports what her cabinet said, in words no quote carries; before: "The story
    # doesn't quote Pike's team."
    answer = bridge.ask(f"why did {group} say the repairs cost more?")
    assert answer.answered, answer.reason
    assert answer.confidence == confidence
    assert "steel arrived late" in answer.passages[0].text


@pytest.mark.parametrize(
    ("question", "who"),
    [
        # initials and a surname typed in lower case, as in chat
        ("what did jd brenton say about the bridge?", "jd brenton"),
        # a surname with its particle, which may be an English word ("van")
        ("what did van hollen say about the tolls", "van hollen"),
        ("did de santis say anything about the bridge", "de santis"),
        # an organisation's name in lower case: its kind of word last
        (
            "did the riverside residents association say anything about the tolls?",
            "the riverside residents association",
        ),
        ("what did amnesty international say about harwick", "amnesty international"),
    ],
)
def test_names_typed_in_lower_case_the_story_never_uses_are_refused(
    bridge: Searcher, question: str, who: str
) -> None:
    answer = bridge.ask(question)
    assert not answer.answered
    assert answer.reason == f"The story doesn't quote {who}."


@pytest.mark.parametrize(
    "question",
    [
        "has the mayor of Dunmore weighed in on the tolls?",
        "did the mayor of dunmore chime in about the bridge",
        "did the mayor of Dunmore push back on the toll plan?",
    ],
)
def test_a_speech_verb_with_its_particle_asks_for_words(bridge: Searcher, question: str) -> None:
    # Before: "weigh in" was no speech verb, so the question was searched and Holt's quote
    # about tolls shown as the closest passage for a mayor the story never mentions
    answer = bridge.ask(question)
    assert not answer.answered
    assert answer.reason.lower() == "the story doesn't quote the mayor of dunmore."


def test_what_someone_published_is_asked_as_their_words(bridge: Searcher) -> None:
    # Before: searched, and Holt's quote about tolls shown as the closest passage
    answer = bridge.ask("has the mayor of Dunmore published anything about the tolls?")
    assert not answer.answered
    assert answer.reason == "The story doesn't quote the mayor of Dunmore."


def test_a_phrasal_verb_without_its_particle_is_no_speech(bridge: Searcher) -> None:
    # "weigh" alone asks a weight, not what the steel said
    answer = bridge.ask("how much did the steel weigh?")
    assert answer.answered, answer.reason
    assert answer.asked_speaker is None


def test_a_negated_question_names_the_speaker_without_the_negation(bridge: Searcher) -> None:
    # Before: "The story doesn't quote doesn't the city council."
    answer = bridge.ask("why doesn't the city council think drivers should pay a toll?")
    assert not answer.answered
    assert answer.reason == "The story doesn't quote the city council."


@pytest.mark.parametrize(
    "question",
    [
        "why didn't officials say when the bridge reopens?",
        "why doesn't the administration think the steel was late",
        "why won't pike say where the money comes from",
    ],
)
def test_a_negated_question_is_searched(bridge: Searcher, question: str) -> None:
    # a word of the sentence is no part of a speaker's name: before, "doesn't the
    # administration" was refused as an organisation the story never quotes
    answer = bridge.ask(question)
    assert answer.answered, answer.reason


TRAVEL_STORY = "\n".join(
    [
        "Visitors are returning to Norway's fjord villages after a quiet winter.",
        "The Norwegian transport ministry lowered its warning for the mountain roads on Friday.",
        "“We have never had so many bookings in March,” hotel owner Siri Dahl said.",
    ]
)


@pytest.fixture(scope="module")
def travel() -> Searcher:
    return searcher_for("travel", TRAVEL_STORY)


def test_the_government_of_a_place_the_story_mentions_is_searched(travel: Searcher) -> None:
    # Before: "The story doesn't quote the norwegian government." though its ministry's
    # warning is the answer
    answer = travel.ask("does the norwegian government say the roads are safe now?")
    assert answer.answered, answer.reason
    assert answer.confidence == "low"
    assert "lowered its warning" in answer.passages[0].text


def test_the_government_of_a_place_the_story_never_mentions_is_refused(travel: Searcher) -> None:
    answer = travel.ask("what did the swedish government say about the roads?")
    assert not answer.answered
    assert answer.reason == "The story doesn't quote the swedish government."


# A story that spells out one organisation's name and writes another's initials only.
LEVEE_STORY = "\n".join(
    [
        "The Lowater levee held through Tuesday's flood, the town council said.",
        (
            "Engineers from the Department of Homeland Security inspected the levee on "
            "Wednesday and found no cracks."
        ),
        "“We raised it by a metre in 2019, and that is why it held,” Mayor Ines Okafor said.",
        "“The east bank needs more sandbags,” said Tomas Brenner, a volunteer coordinator.",
        "An FEMA team is expected on Friday to assess the damage to farms.",
        "A United Nations report last year called the levee a model for the region.",
        "The Justice Department opened an inquiry into the levee contracts.",
    ]
)


@pytest.fixture(scope="module")
def levee() -> Searcher:
    return searcher_for("levee", LEVEE_STORY)


@pytest.mark.parametrize(
    ("question", "who"),
    [
        ("what does the aclu say about the levee", "the aclu"),
        ("what's the nyt reporting about the flood", "the nyt"),
        ("did cnn comment on the levee", "cnn"),
        ("what's the fbi's take on the flood", "the fbi"),
        ("what did the ACLU say about the levee", "the ACLU"),
        ("any comment from the aclu on the levee?", "the aclu"),
        ("what did the eu say about the levee", "the eu"),  # two letters, no name of them
        # "noed", one edit away, has the story's "no" for its stem, but is no word
        ("did noem comment on the levee", "noem"),
    ],
)
def test_initials_of_someone_the_story_never_names_are_refused(
    levee: Searcher, question: str, who: str
) -> None:
    # Before: a short lower-case word was searched, and the mayor's quote shown as the closest
    # passage for an organisation the story never mentions ("the ACLU": "doesn't mention")
    answer = levee.ask(question)
    assert not answer.answered
    assert answer.reason == f"The story doesn't quote {who}."
    assert "Ines Okafor" in answer.quoted_speakers
    assert answer.passages == ()


@pytest.mark.parametrize(
    "question",
    [
        "what did dhs say about the levee",  # the story spells the name out
        "what did fema say about the farms",  # the story writes the letters
        "what did the un say about the levee",  # the story's "United Nations"
        "what did the doj say about the contracts",  # its "Justice Department", in WordNet
    ],
)
def test_initials_of_a_name_the_story_writes_are_searched(levee: Searcher, question: str) -> None:
    answer = levee.ask(question)
    assert answer.answered, answer.reason
    assert answer.asked_speaker is None  # the story quotes neither


@pytest.mark.parametrize(
    "question",
    [
        "what did okaf say about the levee",  # Okafor with letters left out
        "what did brner say about the sandbags",  # five letters: before, refused as a name
    ],
)
def test_a_word_a_slip_of_the_keys_from_a_name_or_a_word_is_searched(
    levee: Searcher, question: str
) -> None:
    answer = levee.ask(question)
    assert answer.answered, answer.reason


def test_a_short_role_misspelt_after_the_is_read_as_the_role(levee: Searcher) -> None:
    # Before: "the mayr" was no one, and the council's passage answered with high confidence
    answer = levee.ask("what did the mayr say about the levee")
    assert answer.asked_speaker == "Ines Okafor"
    assert "raised it by a metre" in answer.passages[0].text


def test_whats_asks_what_someone_is_saying(levee: Searcher) -> None:
    answer = levee.ask("whats the mayor saying about the levee")
    assert answer.asked_speaker == "Ines Okafor"
    assert "raised it by a metre" in answer.passages[0].text


def test_the_command_line_names_whom_the_story_quotes_instead(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "levee.txt").write_text(story_file_text({"id": "levee"}, LEVEE_STORY))
    result = subprocess.run(
        [sys.executable, "-m", "bot", "ask", "what does the aclu say about the levee"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "The story doesn't quote the aclu." in result.stdout
    assert "The story quotes" in result.stdout and "Ines Okafor" in result.stdout
    assert "raised it by a metre" not in result.stdout


def test_an_organisation_after_a_role_word_is_no_one_the_story_names(levee: Searcher) -> None:
    # Before: "Justice Department" made someone called "Department" (a justice), and "what did
    # dhs say" (the story's Department of Homeland Security) was refused as their words:
    # "Department is mentioned in the story but not quoted."
    answer = levee.ask("what did the justice department say about the contracts")
    assert answer.answered, answer.reason
    assert "inquiry into the levee contracts" in answer.passages[0].text
    assert "Department" not in {person.name for person in levee.snapshot.people}


def test_initials_in_capitals_are_the_story_s_own_name_before_any_office_s(
    levee: Searcher,
) -> None:
    # Before: "DHS" was written out as the "Homeland Security department" of any story, which
    # this one never writes, and refused: "The story doesn't quote Homeland Security
    # department."
    answer = levee.ask("what did DHS say about the levee")
    assert answer.answered, answer.reason
    assert "found no cracks" in answer.passages[0].text


@pytest.mark.parametrize("office", ["potus", "POTUS"])
def test_an_office_s_initials_in_lower_case_name_its_holder(levee: Searcher, office: str) -> None:
    # Before: "potus" (five letters, no English word) was a name: "doesn't quote potus". It is
    # the U.S. president: of a story whose home country is the United States, its president
    story = (
        "“The visit went well,” President Ana Ruiz said after the Canadian leader’s visit.\n"
        "The United States will host the next round in May, U.S. officials said."
    )
    answer = searcher_for("visit", story).ask(f"what did {office} say about the visit")
    assert answer.asked_speaker == "Ana Ruiz"


def test_the_asking_word_after_the_verb_asks_for_the_speaker_s_words(levee: Searcher) -> None:
    # as said aloud; before, a plain question
    answer = levee.ask("so okafor said what about the levee")
    assert answer.asked_speaker == "Ines Okafor"
    assert "raised it by a metre" in answer.passages[0].text
    refused = levee.ask("the aclu said what about the levee")
    assert refused.reason == "The story doesn't quote the aclu."


def test_a_possessive_typed_without_its_apostrophe_says_whose(levee: Searcher) -> None:
    # Before: "okafors" was corrected to "okafor", and the mayor's own quote answered for
    # her deputy
    answer = levee.ask("what did okafors deputy say about the levee")
    assert not answer.answered
    assert answer.reason == "The story doesn't quote okafor's deputy."
    # a name with an "s" before the verb is the name typed with one letter too many
    assert levee.ask("what did okafors say about the levee").asked_speaker == "Ines Okafor"
    assert levee.ask("okafors comments on the levee").asked_speaker == "Ines Okafor"


@pytest.mark.parametrize("part", ["Ruiz", "bello"])
def test_a_part_of_a_hyphenated_surname_names_its_holder(part: str) -> None:
    # Before: "bello" was no one's name (searched, no speaker; refused before this round)
    story = searcher_for("dam", "“The dam will hold,” said engineer Ana Ruiz-Bello.")
    answer = story.ask(f"what did {part} say about the dam")
    assert answer.asked_speaker == "Ana Ruiz-Bello"


@pytest.mark.parametrize(
    "question",
    [
        "what was the first thing pike said about the bridge",
        "what was the one thing Pike said she would do about the money",
    ],
)
def test_what_a_relative_clause_says_someone_said_asks_for_their_words(
    bridge: Searcher, question: str
) -> None:
    # Before: read as a passive ("what was said") and searched as a plain question
    answer = bridge.ask(question)
    assert answer.asked_speaker == "Ann Pike"
    assert "We will find the money" in answer.passages[0].text


def test_a_passive_still_asks_for_no_one_s_words(bridge: Searcher) -> None:
    assert bridge.ask("what was Pike told about the steel").asked_speaker is None


@pytest.mark.parametrize("who", ["the big guy", "that old dude"])
def test_a_word_for_anyone_with_plain_adjectives_is_no_evidence(bridge: Searcher, who: str) -> None:
    # Before: "The story doesn't quote the big guy." (chat's nickname for whoever is in charge)
    answer = bridge.ask(f"what did {who} say about the money")
    assert answer.answered, answer.reason


def test_a_word_for_anyone_with_words_of_its_own_is_still_refused(bridge: Searcher) -> None:
    answer = bridge.ask("what did the mexican guy say about the bridge")
    assert answer.reason == "The story doesn't quote the mexican guy."


@pytest.mark.parametrize("question", ["holt reaction to the toll?", "any holt response on tolls"])
def test_a_name_before_a_word_for_a_reaction_asks_for_their_words(
    bridge: Searcher, question: str
) -> None:
    # Before: a plain question, and Holt's words no more than any passage's
    answer = bridge.ask(question)
    assert answer.asked_speaker == "Dana Holt"
    assert "Drivers will pay no toll" in answer.passages[0].text


def test_a_role_the_story_gives_nobody_before_a_word_for_a_reaction_is_refused(
    bridge: Searcher,
) -> None:
    answer = bridge.ask("the treasury minister reaction to the tolls?")
    assert answer.reason == "The story doesn't quote the treasury minister."
    # a thing's "reaction" is no one's words: the question is searched
    assert bridge.ask("traffic reaction to the closure").answered


TARIFF_STORY = "\n".join(
    [
        "Canadian Trade Minister Lea Roux met Governor Ann Pike in Harwick on Tuesday.",
        "“These tariffs hurt farmers on both sides of the border,” Roux said.",
        "Pike said the state would look for new buyers for its grain.",
    ]
)


@pytest.mark.parametrize(
    "question",
    ["what did the canada guy say about the tariffs", "the canada lady on tariffs?"],
)
def test_a_country_s_name_before_a_word_for_anyone_is_its_people_s_word(question: str) -> None:
    # Before: "The story doesn't quote the canada guy." ("the canadian guy" was Roux)
    answer = searcher_for("tariffs", TARIFF_STORY).ask(question)
    assert answer.asked_speaker == "Lea Roux"
    assert "These tariffs hurt farmers" in answer.passages[0].text


def test_someone_of_a_country_the_story_mentions_is_searched_not_refused() -> None:
    # Before: "The story doesn't quote the canadian lady." of a story naming Pike without
    # her country, and Canada: she may well be the one meant. Closest passages, not refused.
    story = TARIFF_STORY + "\nCanada buys most of the state's grain."
    answer = searcher_for("grain", story.replace("Canadian Trade", "Trade")).ask(
        "what did the canadian lady say about grain"
    )
    assert answer.answered, answer.reason
    assert answer.confidence == "low" and answer.asked_speaker is None


def test_a_country_whose_people_the_story_does_not_quote_is_still_refused() -> None:
    answer = searcher_for("tariffs", TARIFF_STORY).ask("what did the mexico guy say about tariffs")
    assert answer.reason == "The story doesn't quote the mexico guy."


def test_putting_out_a_statement_is_speech(bridge: Searcher) -> None:
    # Before: searched as a plain question, neither Pike's words nor a refusal
    answer = bridge.ask("did pike issue a statement about the money")
    assert answer.asked_speaker == "Ann Pike"
    assert "We will find the money" in answer.passages[0].text
    absent = bridge.ask("did amnesty international put out a statement about the bridge")
    assert absent.reason == "The story doesn't quote amnesty international."


def test_putting_out_anything_is_speech(bridge: Searcher) -> None:
    # Before: "did amnesty international put out anything" was searched as a plain question
    # and got the closest passages: publishing anything is putting out words
    absent = bridge.ask("did amnesty international put out anything on the bridge?")
    assert absent.reason == "The story doesn't quote amnesty international."
    answer = bridge.ask("has pike published something about the money")
    assert answer.asked_speaker == "Ann Pike"
    assert "We will find the money" in answer.passages[0].text


def test_the_question_a_speaker_is_asked_about_is_read_however_long_their_role(
    bridge: Searcher,
) -> None:
    # Before: "how long" was read only within the first three words, so named by her role
    # the question asked for nothing in particular and Holt's toll quote was rated high
    by_role = bridge.ask("did the press secretary say how long the toll would last?")
    by_name = bridge.ask("did holt say how long the toll would last?")
    assert by_role.asked_speaker == by_name.asked_speaker == "Dana Holt"
    assert by_role.confidence == by_name.confidence == "low"


@pytest.mark.parametrize(
    "who", ["the Pike administration", "team pike", "the pike government", "the Pike camp"]
)
def test_the_people_around_someone_named_are_not_that_person(bridge: Searcher, who: str) -> None:
    # Before: read as Pike herself, her own words shown as theirs ("We will find the money")
    # where her cabinet speaks for her government
    answer = bridge.ask(f"what did {who} say about the repairs?")
    assert answer.answered, answer.reason
    assert answer.asked_speaker is None and answer.confidence == "low"
    assert any("twice the first estimate" in p.text for p in answer.passages[:2])
    # with her, her own words are asked for too
    assert bridge.ask("what did pike and her team say about the money").asked_speaker == "Ann Pike"


@pytest.mark.parametrize(
    ("question", "reason"),
    [
        # a name opening the message is a name all the same when its next word is capitalised
        ("Amnesty International opinion on the levee?", "doesn't mention Amnesty International"),
        ("Amnesty International says what on the flood", "doesn't mention Amnesty International"),
        # an organisation's name typed in lower case before "statement"
        ("amnesty international statement on the levee", "doesn't quote amnesty international"),
    ],
)
def test_an_organisation_the_story_never_names_asked_for_its_words_is_refused(
    levee: Searcher, question: str, reason: str
) -> None:
    # Before: searched, and the mayor's quote shown as the closest passage
    answer = levee.ask(question)
    assert not answer.answered
    assert answer.reason is not None and reason in answer.reason


def test_a_capitalised_first_word_alone_is_no_name(levee: Searcher) -> None:
    assert levee.ask("Sandbags on the east bank, who asked for more?").answered

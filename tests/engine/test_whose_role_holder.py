"""Someone asked about by a role and whose it is ("Vick's lawyer", "the lawyer for Vick") is
not the story's holder of that role for someone else ("Hensley's lawyer, Carl Mintz"): the
story does not quote them, and Mintz's words are never shown as theirs. A role the story
abbreviates before a name ("State Sen. Amy Keller") is that role written out ("the state
senator")."""

from __future__ import annotations

import pytest

from bot.engine.search.settings import FollowUp
from tests.engine.stories import asked_for_words, searcher_for

SCHOOL_STORY = "\n".join(
    [
        "The Brandt County school board voted 5-2 on Tuesday to close Elm Street Elementary, "
        "the oldest school in the district.",
        "“We cannot keep a building open for 140 children when it costs us $2 million a "
        "year,” said board chair Denise Okafor.",
        "Superintendent Raymond Vick, who proposed the closure in March, said the savings "
        "would pay for new teachers at the other schools.",
        "Board member Tom Hensley, one of the two votes against, called the decision "
        "“short-sighted and cruel.”",
        "Hensley’s lawyer, Carl Mintz, said his client was considering a lawsuit over the vote.",
        "State Sen. Amy Keller, who represents the district, said she would ask the state to "
        "review the decision.",
    ]
)

CO_OP_STORY = "\n".join(
    [
        "The Larch Valley water board raised rates by 12 percent on Wednesday.",
        "“Nobody likes a rate increase, but the pipes are 90 years old,” said board chair "
        "Helen Ruiz.",
        "Carl Mintz, a lawyer for Ana Lopez, said the farmer would appeal the increase.",
        "“The farmers will pay more than anyone,” said Lopez, who grows apples in the valley.",
    ]
)


@pytest.mark.parametrize(
    "question",
    [
        "what did vick's lawyer say",
        "what did okafor's lawyer say about the vote",
        "what did the lawyer for vick say",
        "what did the board chair's lawyer say",
    ],
)
def test_a_role_holder_of_someone_else_is_not_whom_asked(question: str) -> None:
    searcher = searcher_for("elm-street", SCHOOL_STORY)
    answer = searcher.ask(question)
    assert answer.asked_speaker != "Carl Mintz"
    assert not answer.answered
    assert answer.reason is not None and "doesn't quote" in answer.reason


@pytest.mark.parametrize(
    "question", ["what did hensley's lawyer say", "what did the lawyer for hensley say"]
)
def test_the_role_holder_of_the_one_asked_about_is_still_answered(question: str) -> None:
    searcher = searcher_for("elm-street", SCHOOL_STORY)
    answer = asked_for_words(searcher, question, "Carl Mintz")
    assert "lawsuit" in answer.passages[0].text


def test_a_role_holder_for_someone_named_after_the_name_is_theirs_only() -> None:
    searcher = searcher_for("larch-valley", CO_OP_STORY)
    refused = searcher.ask("what did ruiz's lawyer say about the rates")
    assert refused.asked_speaker != "Carl Mintz"
    assert not refused.answered
    answer = asked_for_words(searcher, "what did lopez's lawyer say", "Carl Mintz")
    assert "appeal" in answer.passages[0].text


@pytest.mark.parametrize("question", ["what did the state senator say", "what did the senator say"])
def test_an_abbreviated_title_is_the_role_written_out(question: str) -> None:
    searcher = searcher_for("elm-street", SCHOOL_STORY)
    answer = asked_for_words(searcher, question, "Amy Keller")
    assert "review the decision" in answer.passages[0].text


CLINIC_STORY = "\n".join(
    [
        "The Harlow clinic will stay open after the town council found the money on Monday.",
        "“We were two votes from losing it,” said council leader Grace Adeyemi.",
        "Her brother, Dr. Paul Adeyemi, has run the clinic since 2015.",
    ]
)


@pytest.mark.parametrize(
    "question", ["what did dr adeyemi say", "what did Dr. Adeyemi say", "what did mr adeyemi say"]
)
def test_a_title_before_a_shared_surname_picks_whom_it_fits(question: str) -> None:
    searcher = searcher_for("harlow-clinic", CLINIC_STORY)
    answer = searcher.ask(question)
    assert answer.asked_speaker != "Grace Adeyemi"
    assert not answer.answered
    assert answer.reason == "Paul Adeyemi is mentioned in the story but not quoted."


@pytest.mark.parametrize("question", ["what did adeyemi say", "what did ms adeyemi say"])
def test_a_shared_surname_without_a_title_or_with_hers_is_still_the_one_quoted(
    question: str,
) -> None:
    searcher = searcher_for("harlow-clinic", CLINIC_STORY)
    answer = asked_for_words(searcher, question, "Grace Adeyemi")
    assert "two votes" in answer.passages[0].text


@pytest.mark.parametrize(
    "question", ["what did the attorney say", "what did hensley's attorney say"]
)
def test_a_role_in_other_words_of_its_meaning_is_the_storys_role(question: str) -> None:
    searcher = searcher_for("elm-street", SCHOOL_STORY)
    answer = asked_for_words(searcher, question, "Carl Mintz")
    assert "lawsuit" in answer.passages[0].text


def test_a_role_in_other_words_is_still_nobody_elses_role_holder() -> None:
    searcher = searcher_for("elm-street", SCHOOL_STORY)
    answer = searcher.ask("what did vick's attorney say")
    assert answer.asked_speaker != "Carl Mintz"
    assert not answer.answered


PARTY_STORY = "\n".join(
    [
        "The Orin County council passed its budget on Thursday after a long night of debate.",
        "“This budget protects democratic oversight of every dollar,” said council leader "
        "Marta Quill.",
        "Council member Joe Brandt, a Republican, voted against it. “We are spending money we "
        "do not have,” Brandt said.",
    ]
)


def test_people_by_what_they_belong_to_are_refused_when_the_story_names_none_so() -> None:
    searcher = searcher_for("orin-budget", PARTY_STORY)
    answer = searcher.ask("what did democrats say about the budget")
    assert not answer.answered
    assert answer.reason == "The story doesn't quote democrats."


def test_people_by_what_they_belong_to_are_searched_when_the_story_calls_someone_so() -> None:
    searcher = searcher_for("orin-budget", PARTY_STORY)
    answer = searcher.ask("what did republicans say about the budget")
    assert answer.answered
    assert "Brandt said" in answer.passages[0].text


PATROL_STORY = "\n".join(
    [
        "The department will add 20 officers to night patrols after a string of burglaries.",
        "Deputy Chief Lisa Moreno, who will lead the new patrols, said officers would start "
        "on Monday.",
        "“People deserve to sleep without worrying about their front door,” said Police Chief "
        "Rob Tanner.",
        "Former chief Walt Greene called the plan “a band-aid.”",
    ]
)


@pytest.mark.parametrize(
    "question", ["what did the chief say", "what did the chief say about the new patrols"]
)
def test_the_role_is_its_plain_holder_not_a_deputy_or_a_former_one(question: str) -> None:
    searcher = searcher_for("night-patrols", PATROL_STORY)
    answer = asked_for_words(searcher, question, "Rob Tanner")
    assert {quote.speaker for quote in answer.passages[0].quotes} == {"Rob Tanner"}


def test_a_deputy_asked_for_as_one_is_still_the_deputy() -> None:
    searcher = searcher_for("night-patrols", PATROL_STORY)
    answer = asked_for_words(searcher, "what did the deputy chief say", "Lisa Moreno")
    assert "Monday" in answer.passages[0].text


NEIGHBOURS_STORY = "\n".join(
    [
        "Police Chief Rob Tanner said the department would add officers to night patrols.",
        "“I’m not waiting for anyone,” said Eastgate resident Frank Ellis, 67, whose garage was "
        "broken into twice.",
        "His daughter, Jen Morrow, a nurse, said she worried about him living alone.",
    ]
)


def test_a_role_holder_of_whom_a_pronoun_stands_for_is_not_someone_elses() -> None:
    searcher = searcher_for("eastgate", NEIGHBOURS_STORY)
    refused = searcher.ask("what did tanner's daughter say")
    assert refused.asked_speaker != "Jen Morrow"
    assert not refused.answered
    answer = asked_for_words(searcher, "what did ellis's daughter say", "Jen Morrow")
    assert "living alone" in answer.passages[0].text


VOTE_STORY = "\n".join(
    [
        "The Brandt County school board voted 5-2 on Tuesday to close Elm Street Elementary.",
        "Board member Tom Hensley, one of the two votes against, said the board had not "
        "studied bus routes. “Nobody has told me how a six-year-old gets across Route 9,” "
        "Hensley said.",
        "“We cannot keep a building open for 140 children,” said board chair Denise Okafor.",
    ]
)


@pytest.mark.parametrize(
    "question",
    ["what did the dissenting board member say", "what did the angry board member say"],
)
def test_a_quoted_role_holder_described_in_other_words_is_searched_not_refused(
    question: str,
) -> None:
    searcher = searcher_for("elm-street-vote", VOTE_STORY)
    answer = searcher.ask(question)
    assert answer.answered
    assert answer.confidence == "low"
    assert any(quote.speaker == "Tom Hensley" for p in answer.passages for quote in p.quotes)


def test_a_role_holder_of_another_country_is_still_refused() -> None:
    searcher = searcher_for("elm-street-vote", VOTE_STORY)
    assert not searcher.ask("what did the mexican board member say").answered


def test_his_critics_after_asking_for_someone_are_not_him() -> None:
    searcher = searcher_for("elm-street-vote", VOTE_STORY)
    first = asked_for_words(searcher, "what did hensley say", "Tom Hensley")
    answer = searcher.ask(
        "what did his critics say",
        follow_up=FollowUp(
            question="what did hensley say",
            asked_speaker_id=first.asked_speaker_id,
            shown=tuple((p.story_id, p.paragraph) for p in first.passages),
        ),
    )
    assert answer.asked_speaker != "Tom Hensley"
    assert answer.confidence != "high"

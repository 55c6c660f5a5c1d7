"""A source set off before or after a question ("per the accountant, is the fee a gamble?",
"according to the accountant, ..."), or asked for their words ("what did the plumber say"),
by a word WordNet has first as a kind of person that is no role of `ROLES_ASKED_ABOUT`, was
read as naming no one: the question was searched plain and the economist's passage holding
"gamble" came first and high, as if the accountant had said it (issue 9). One the story
describes by no such word may still be someone it quotes by name (a story's politicians are
"Trump", "Bukele"), so that is no clear evidence of absence: the closest passages are shown,
low, vouched for as no one's words. A source the story does describe so is asked for their
words, as before."""

from __future__ import annotations

import pytest

from tests.engine.stories import searcher_for

FEE_STORY = "\n".join(
    [
        "The town of Harlow will charge visitors a new parking fee at the lake from June.",
        "“The fee is a gamble: if visitors stay away, the shops lose more than the town gains,”"
        " said Rosa Lind, an economist at Harlow College.",
        "Lind said the town should try the fee for one summer before deciding.",
        "Mayor Paul Greer said the money would pay for new trails.",
    ]
)


@pytest.fixture(scope="module")
def fee():  # type: ignore[no-untyped-def]
    return searcher_for("fee", FEE_STORY)


@pytest.mark.parametrize(
    "typed",
    [
        # on 9refuse2: the economist's "The fee is a gamble" first and high, no speaker read
        "per the accountant, is the fee a gamble?",
        "according to the accountant, is the fee a gamble?",
        "is the fee a gamble, per the accountant?",
        "is the fee a gamble according to the accountant",
    ],
)
def test_a_source_the_story_never_describes_is_not_vouched_for(fee, typed: str) -> None:  # type: ignore[no-untyped-def]
    answer = fee.ask(typed)
    assert answer.answered, answer.reason
    assert answer.confidence == "low"
    assert answer.asked_speaker is None
    assert answer.passages[0].text.startswith("“The fee is a gamble")


@pytest.mark.parametrize(
    "typed",
    [
        # as on 9refuse2: the closest passages, low (guards: not refused)
        "what did the plumber say about the fee?",
        "per the dentist, will the fee keep visitors away?",
    ],
)
def test_a_source_never_described_is_not_refused(fee, typed: str) -> None:  # type: ignore[no-untyped-def]
    answer = fee.ask(typed)
    assert answer.answered, answer.reason
    assert answer.confidence == "low"


@pytest.mark.parametrize(
    "typed",
    [
        "per the economist, is the fee a gamble?",
        "according to the economist, is the fee a gamble?",
    ],
)
def test_a_source_the_story_quotes_is_asked_for_their_words(fee, typed: str) -> None:  # type: ignore[no-untyped-def]
    # a guard, as on 9refuse2
    answer = fee.ask(typed)
    assert answer.asked_speaker == "Rosa Lind"
    assert answer.confidence == "high"
    assert answer.passages[0].text.startswith("“The fee is a gamble")


def test_a_word_for_anyone_is_no_occupation(fee) -> None:  # type: ignore[no-untyped-def]
    # a guard, as on 9refuse2: "the guy" may be anyone the story quotes
    answer = fee.ask("per the guy, is the fee a gamble?")
    assert answer.answered, answer.reason


def test_an_occupation_the_story_gives_is_theirs() -> None:
    # a guard, as on 9refuse2: the story's accountant is asked for
    story = searcher_for(
        "audit",
        "\n".join(
            [
                "The Harlow council will vote on the lake budget next week.",
                "“The budget leaves nothing for repairs,” said Mia Holt, an accountant who"
                " audited the town's books.",
                "Mayor Paul Greer said the repairs could wait a year.",
            ]
        ),
    )
    answer = story.ask("per the accountant, is there money for repairs?")
    assert answer.asked_speaker == "Mia Holt"
    assert answer.passages[0].text.startswith("“The budget leaves")


LEVY_STORY = "\n".join(
    [
        "The Harlow council will vote on a lake levy next week.",
        "A report by the state auditor found the lake trails had not been repaired since 2015.",
        "“The trails are a danger to walkers,” the auditor's report reads.",
        "“We can't keep paying more every year,” said Carla Nunez, who has rented a cabin by"
        " the lake for 12 years.",
    ]
)


@pytest.mark.parametrize(
    ("typed", "first"),
    [
        # the auditor, mentioned as no person the story quotes (its report is): searched
        ("per the auditor, are the trails safe?", "“The trails are a danger"),
        # the renter, described by the verb of the noun's family ("who has rented")
        ("what did the renter say about paying?", "“We can't keep paying"),
    ],
)
def test_an_occupation_the_story_mentions_in_any_form_is_searched(typed: str, first: str) -> None:
    # guards, as on 9refuse2
    answer = searcher_for("levy", LEVY_STORY).ask(typed)
    assert answer.answered, answer.reason
    assert answer.passages[0].text.startswith(first)

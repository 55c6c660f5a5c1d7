"""What a country said ("what did the United States say about the border"), read plainly (no
one the story quotes is the United States), found the words of someone the story makes of
another country ("Mexican President Ana Ruiz": "We will not let the United States decide
...") and rated them high as the country's. Not vouched for now; her words asked by her name
still are."""

from __future__ import annotations

from tests.engine.stories import searcher_for

CROSSING_STORY = "\n".join(
    [
        "Mexican President Ana Ruiz met border officials in Tijuana on Friday to discuss the new "
        "crossing.",
        "“We will not let the United States decide who crosses our border,” Ruiz said.",
        "The new crossing will open in June and handle trucks only.",
        "Canadian Trade Minister Tom Bell said the crossing would help Canada's exports too.",
    ]
)


def test_the_words_of_someone_of_another_country_are_not_the_countrys() -> None:
    searcher = searcher_for("tijuana-crossing", CROSSING_STORY)
    answer = searcher.ask("what did the united states say about the border")
    assert answer.answered, answer.reason
    assert answer.confidence != "high"


def test_her_words_asked_by_her_name_still_answer() -> None:
    searcher = searcher_for("tijuana-crossing", CROSSING_STORY)
    answer = searcher.ask("what did ruiz say about the united states")
    assert answer.confidence == "high"
    assert answer.asked_speaker == "Ana Ruiz"


def test_a_country_the_story_names_by_its_peoples_word_is_searched_not_refused() -> None:
    # before: "The story doesn't quote mexico", though it quotes the Mexican President (the
    # story writes "Mexican", never "Mexico"); her words are shown, none vouched for as the
    # country's
    searcher = searcher_for("tijuana-crossing", CROSSING_STORY)
    answer = searcher.ask("what did mexico say about the border")
    assert answer.answered, answer.reason
    assert answer.confidence != "high"
    assert "We will not let the United States" in answer.passages[0].text


def test_a_country_the_story_never_names_is_still_refused() -> None:
    searcher = searcher_for("tijuana-crossing", CROSSING_STORY)
    assert not searcher.ask("what did brazil say about the border").answered

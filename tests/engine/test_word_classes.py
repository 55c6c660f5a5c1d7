"""A question's adverbs not made from an adjective ("ever", "still") are not asked of a passage
holding the verb they qualify; its nouns and verbs are. On a story of its own, and WordNet's
parts of speech."""

from __future__ import annotations

import pytest

from bot.engine.lexicon import wordnet_directory
from bot.engine.search import Searcher
from bot.engine.word_classes import WordClass, WordClasses
from tests.engine.stories import searcher_for

# A harbour town's deal with a shipping firm: the firm's gifts in one paragraph ("donated"), the
# fishermen's fears in another; nothing says anyone protested or resigned.
HARBOUR_STORY = "\n".join(
    [
        "The port city of Halvik signed a trade pact with the shipping firm Nordlane on Tuesday.",
        (
            "Under the deal the firm donated a maritime museum, a ferry terminal and a rowing "
            "club to the city in 2019."
        ),
        "The mayor, Ines Dahl, said the pact would bring 400 jobs to the harbour.",
        "Critics say the firm pays little tax and hides its accounts.",
        "Dahl first met the chief executive of Nordlane at a conference in Oslo.",
        "The harbour's cranes, idle since the winter storms, will be replaced next year.",
        "Fishermen fear the new terminal will crowd their boats out of the bay.",
        "The mayor said the city would hold a referendum if the pact is extended.",
        "The council approved the pact by seven votes to four.",
        "The firm's shares rose 3 percent after the announcement.",
        "The mayor, 52, has led the city since 2017.",
        "The pact runs for ten years and can be renewed twice.",
        "Schools will get new buses paid for by the port authority.",
        "Trade unions welcomed the promise of steady work on the docks.",
        "A rival bid from a Danish company was turned down in March.",
        "Environmental groups want the bay dredged less often.",
    ]
)


@pytest.fixture(scope="module")
def harbour() -> Searcher:
    return searcher_for("harbour", HARBOUR_STORY)


@pytest.fixture(scope="module")
def classes() -> WordClasses:
    directory = wordnet_directory()
    assert directory is not None
    return WordClasses(directory)


def test_an_adverb_the_story_does_not_use_leaves_the_answer_confident(harbour: Searcher) -> None:
    # The passage says the firm donated, not that it "ever" did: without the rule the adverb's
    # weight (that of the corpus's rarest word) halved the passage's share of the topic and the
    # answer was only the closest.
    answer = harbour.ask("did the firm ever donate anything")
    assert "donated a maritime museum" in answer.passages[0].text
    assert answer.confidence == "high"


@pytest.mark.parametrize(
    "question",
    [
        # the adverb is not asked of the passage, the noun or the verb still is
        "did the fishermen ever protest",
        # ("are the fishermen still worried" is answered: "worried" reaches the story's
        # "fear" in meaning, which the passage holds and where meaning agrees)
        "are the fishermen still complaining",
        # without a verb the passage holds, the adverb is part of what is asked: the story
        # says the city would hold a referendum, not that one is on, and nothing of the unions
        # since they welcomed the pact
        "is the referendum still on",
        "are the unions still around",
        # a verb is what the question asks about, in a question asking why or how too: the
        # story never says the mayor resigned nor that the fishermen protested
        "why did the mayor resign",
        "how did the fishermen protest",
    ],
)
def test_a_missing_noun_or_verb_still_leaves_only_the_closest_passages(
    harbour: Searcher, question: str
) -> None:
    answer = harbour.ask(question)
    assert answer.answered and answer.passages
    assert answer.confidence == "low"


@pytest.mark.parametrize(
    ("word", "previous", "expected"),
    [
        ("ever", "", WordClass.ADVERB),
        ("still", "", WordClass.ADVERB),
        ("back", "garcia", WordClass.ADVERB),
        ("meet", "ever", WordClass.VERB),
        ("build", "china", WordClass.VERB),
        ("weather", "the", None),
        ("name", "", None),  # a noun more often than a verb
        ("visit", "the", None),  # mostly a verb, but a noun after a determiner
        ("release", "Garcia's", None),
        ("Nordlane", "", None),  # WordNet does not know it
    ],
)
def test_a_word_is_of_the_part_of_speech_wordnet_tags_it_with_most(
    classes: WordClasses, word: str, previous: str, expected: WordClass | None
) -> None:
    assert classes.class_of(word, previous) is expected

"""A quotation closing on a question mark and the words saying whose it is are one sentence:
"“Why would I lock the doors on children who come here every afternoon?” Siddiq said, adding
that he would keep reading hours going" is one sentence, the speaker's rhetorical question the
reason he gives (`reasons.gives_reason`). Before, the sentence was cut at "?”", the question
holding none of the topic's words and the tag no reason, so a why- or how-question asking his
reason ("how does siddiq justify keeping the branch open") was read as given no reason
(answer type -1) and rated low on its right passage."""

from __future__ import annotations

import pytest

from bot.engine.reasons import gives_reason
from bot.engine.search import Searcher
from tests.engine.stories import searcher_for

LIBRARY_STORY = "\n".join(
    [
        "The city council voted on Tuesday to close the Elm Street library branch at the end of"
        " June, citing a budget shortfall of $2 million.",
        "Mayor Dana Hart said the decision was painful but necessary. Residents packed the"
        " meeting, and several asked the council to delay the vote.",
        "Librarian Omar Siddiq, who has run the branch for 15 years, refused to hand over the keys"
        " to the building on Wednesday.",
        "“Why would I lock the doors on children who come here every afternoon?” Siddiq said,"
        " adding that he would keep reading hours going until the city changed the locks.",
        "The branch, which opened in 1962, lends about 40,000 books a year and runs an"
        " after-school club for 60 children.",
        "Hart said the council would look for a community group to run a smaller reading room in"
        " the building next year.",
    ]
)
QUOTE = "“Why would I lock the doors on children who come here every afternoon?”"


@pytest.fixture(scope="module")
def library() -> Searcher:
    return searcher_for("library", LIBRARY_STORY)


def test_the_tag_after_a_quoted_question_is_in_its_sentence() -> None:
    passage = LIBRARY_STORY.splitlines()[3]
    assert gives_reason(passage, {"siddiq", "keep"})
    # the words of cause still need the topic: the tag is on it, a sentence without it is not
    assert not gives_reason(passage + " The mayor left.", {"mayor", "left"})


@pytest.mark.parametrize(
    "question",
    [
        "how does siddiq justify keeping the branch open",
        "whats siddiqs excuse for keeping the branch open",
        "how did the librarian justify keeping reading hours going",
        "why did siddiq say he would keep the reading hours",
    ],
)
def test_the_rhetorical_question_is_the_reason_given(library: Searcher, question: str) -> None:
    answer = library.ask(question)
    assert answer.answered, answer.reason
    assert answer.passages[0].text.startswith(QUOTE)
    assert answer.confidence == "high"


def test_a_reason_the_story_does_not_give_stays_low(library: Searcher) -> None:
    # the mayor's passage says the decision was painful, not why it was made
    answer = library.ask("how did the mayor justify closing the branch")
    assert not (answer.answered and answer.confidence == "high")

"""A speaker's words relayed and their own words on the same thing, side by side: a paragraph
reporting what they said ("Ruiz said it would be “foolish” ... to reinstate former treasurer
Marta Vance") and the one carrying on from it with their quotation ("“I don't have the votes
to reinstate her.”"). Both answer "what did Ruiz say about reinstating Vance"; question sets
take one or the other as the answer. Their own words come first, the relayed paragraph beside
them, and the confidence is read of the pair as before; unless the relayed paragraph holds a
telling word of the question the quotation lacks (other than a name it stands in for by a
pronoun), or the question asks whether they think or do something rather than what they said.
On a story of its own (a water board's treasurer)."""

from __future__ import annotations

import pytest

from bot.engine.builder import build_snapshot
from bot.engine.corpus import parse_story
from bot.engine.search import Searcher
from tests.engine.stories import REPO, asked_for_words, searcher_for

BOARD_STORY = "\n".join(
    [
        "The county water board met on Thursday after a year of missing money.",
        "Board chair Tomas Ruiz said it would be “foolish” for the board to reinstate former "
        "treasurer Marta Vance before the audit ended.",
        "“How can I trust someone who lost the ledgers?” Ruiz said, adding that he would not "
        "pay her legal fees either. “I don't have the votes to reinstate her.”",
        "Ruiz said the board had spent more on lawyers than on pipes this year.",
        "Engineer Dana Holt said the new pump station would open in May.",
        "“It's ahead of schedule and under budget,” Holt said.",
        "Vance has denied wrongdoing and is suing the board.",
    ]
)

OWN = "I don't have the votes to reinstate her"
RELAYED = "it would be “foolish”"


@pytest.fixture(scope="module")
def board() -> Searcher:
    return searcher_for("board", BOARD_STORY)


@pytest.mark.parametrize(
    "question",
    [
        "what did ruiz say about reinstating vance",
        "what did the board chair say about bringing vance back",
    ],
)
def test_their_own_words_first_and_the_relayed_passage_beside(
    board: Searcher, question: str
) -> None:
    answer = asked_for_words(board, question, "Tomas Ruiz")
    assert OWN in answer.passages[0].text
    assert RELAYED in answer.passages[1].text
    # the confidence is read of the pair, as it was of the relayed passage first
    assert answer.confidence == "high"


def test_a_word_only_the_relayed_passage_holds_keeps_it_first(board: Searcher) -> None:
    # the audit is told only in the writer's words; his own words still come beside them
    answer = asked_for_words(board, "what did ruiz say about the audit", "Tomas Ruiz")
    assert RELAYED in answer.passages[0].text
    assert OWN in answer.passages[1].text


def test_whether_they_think_so_is_the_relayed_passage(board: Searcher) -> None:
    answer = board.ask("does ruiz think reinstating vance is foolish")
    assert answer.answered
    assert RELAYED in answer.passages[0].text


def test_the_pair_forms_when_copies_of_the_story_outrank_the_partner() -> None:
    # Three copies of the shipped story (a corpus holding a story twice, or a story and its
    # update): the copies' relayed paragraphs (¶13) outrank his own words (¶14), which were then
    # not among the passages ranked, and the relayed one stayed first with no quotation of his.
    text = (REPO / "corpus" / "bukele-white-house.txt").read_text(encoding="utf-8")
    stories = [
        parse_story(
            text.replace('id = "bukele-white-house"', f'id = "copy-{n}"', 1).encode(),
            source=f"copy-{n}.txt",
        )
        for n in range(3)
    ]
    copies = Searcher(build_snapshot(stories, "test"))
    answer = asked_for_words(copies, "what did Bukele say about returning Garcia?", "Nayib Bukele")
    first, second = answer.passages[:2]
    assert (first.paragraph, second.paragraph) == (14, 13)
    assert first.story_id == second.story_id

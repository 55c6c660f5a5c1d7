"""Stories for tests: a searcher over a story of a test's own, and a copy of the shipped
corpus a test may change."""

from __future__ import annotations

import datetime as dt
import json
import re
import shutil
from pathlib import Path

from bot.engine.answer import Answer
from bot.engine.builder import build_snapshot
from bot.engine.corpus import parse_story, story_file_text
from bot.engine.models import QuoteKind
from bot.engine.search import Searcher
from bot.frontend.conversation import follow_up, turn_of
from bot.storage import ConversationTurn

REPO = Path(__file__).resolve().parents[2]


# A school board closing a school, shared by the tests of 9wrong8's rules (message parts,
# two people asked together, a date of a deed a passage never tells): a sale dated, the
# board's later word on it undated, two people who met, one of them never quoted
SCHOOL_CLOSING = "\n".join(
    [
        "The Brackwater school board voted 5-2 on Monday to close Elm Street Elementary at the"
        " end of the year.",
        "Superintendent Grace Odum met privately with parent organizer Luis Ferreira last month"
        " to discuss the plan.",
        "“We cannot keep a half-empty building open while classrooms elsewhere are crowded,”"
        " Odum told the board.",
        "Teacher Priya Nand said her students would have to ride a bus for forty minutes.",
        "“Nobody asked the families what they wanted,” said board member Carl Wendt, who voted"
        " against the plan.",
        "Ferreira has led the parents' group since 2019.",
        "The district sold the old Harlow campus to a developer in 2017, a deal the board later"
        " called a mistake.",
    ]
)


# A city budget passed over one councilman's vote, shared by the tests of 9read67's readings
# of whose words a question asks ("the mayor's take on X — what did she say", "and brandt on
# the roads?")
CITY_BUDGET = "\n".join(
    [
        "The city council passed its budget on Thursday after a four-hour hearing.",
        "“This budget keeps every library open and fixes the roads we have ignored,” Mayor"
        " Lena Ortiz said.",
        "Councilman Paul Brandt voted against it. “We are borrowing against our children,”"
        " Brandt said.",
        "The budget adds $4 million for road repairs, and the library system gets $1 million.",
    ]
)


# A ferry strike whose union leader and the company's executive are quoted, shared by the tests
# of 9read68's readings of whose words a question asks ("say back", "X on Y", "the catch the
# professor mentioned"); each test adds the paragraphs it needs
FERRY_STRIKE = "\n".join(
    [
        "Ferry workers at the Port of Calloway went on strike on Tuesday over pay.",
        "Union leader Dana Moreau met shipping executive Victor Hale on Monday, but the talks"
        " broke down.",
        "“We will not go back to work until Hale puts a fair offer on the table,” Moreau told"
        " reporters.",
        "“I don't have the authority to raise wages without the board,” Hale said.",
        "Moreau said the company had earned record profits last year.",
    ]
)


def searcher_for(story_id: str, body: str) -> Searcher:
    """A searcher over one story of `body`'s paragraphs, as a story file would hold them."""
    text = story_file_text({"id": story_id}, body)
    story = parse_story(text.encode(), source=f"{story_id}.txt")
    return Searcher(build_snapshot([story], "test"))


def searcher_for_stories(bodies: dict[str, str]) -> Searcher:
    """A searcher over several stories, each of its id and its paragraphs in `bodies`."""
    stories = [
        parse_story(story_file_text({"id": story_id}, body).encode(), source=f"{story_id}.txt")
        for story_id, body in bodies.items()
    ]
    return Searcher(build_snapshot(stories, "test"))


def people_and_roles(searcher: Searcher) -> dict[str, tuple[str, ...]]:
    """Everyone the people reader found in `searcher`'s stories, with their roles."""
    return {p.name: p.roles for p in searcher.snapshot.people}


def speakers_of(searcher: Searcher, words: str, *, quoted_only: bool = False) -> list[str | None]:
    """Who the story credits with each quotation holding `words` (`quoted_only`: of those in
    quotation marks, not reported speech)."""
    names = {p.id: p.name for p in searcher.snapshot.people}
    return [
        names.get(q.speaker_id) if q.speaker_id else None
        for q in searcher.snapshot.quotes
        if words in q.text and not (quoted_only and q.kind is QuoteKind.INDIRECT)
    ]


def opening_with(searcher: Searcher, words: str) -> list[str | None]:
    """Who is credited with each quotation opening with `words` (words in single marks inside
    someone's are a quotation of their own, not the words around them)."""
    names = {p.id: p.name for p in searcher.snapshot.people}
    return [
        names.get(q.speaker_id) if q.speaker_id else None
        for q in searcher.snapshot.quotes
        if q.text.startswith(words)
    ]


def quoted(searcher: Searcher, words: str) -> list[str | None]:
    """Who is credited with each quotation (in quotation marks) holding `words`."""
    return speakers_of(searcher, words, quoted_only=True)


def asked_for_words(searcher: Searcher, question: str, speaker: str) -> Answer:
    """The answer to `question`, which must be answered as asking for `speaker`'s words."""
    answer = searcher.ask(question)
    assert answer.answered, answer.reason
    assert answer.asked_speaker == speaker
    return answer


def first_passage(searcher: Searcher, question: str) -> str:
    """The text of the passage `searcher` puts first for `question` (which it must answer)."""
    answer = searcher.ask(question)
    assert answer.answered, answer.reason
    return answer.passages[0].text


def copy_corpus(tmp_path: Path) -> Path:
    """A copy of the shipped corpus in `tmp_path`/corpus."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for story in (REPO / "corpus").glob("*.txt"):
        shutil.copy(story, corpus)
    return corpus


def questions_in_test_data() -> list[str]:
    """Every question of the question sets in tests/data, in file order."""
    data = Path(__file__).resolve().parents[1] / "data"
    asked = []
    for path in sorted(data.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                asked.append(str(json.loads(line).get("q", "")))
    return asked


def shipped_paragraphs() -> list[str]:
    """Every paragraph of the shipped stories in corpus/ (header included), in file order."""
    paragraphs = []
    for path in sorted((REPO / "corpus").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        paragraphs += [p for p in re.split(r"\n\s*\n", text) if p.strip()]
    return paragraphs


def asked_in_turn(searcher: Searcher, *questions: str) -> Answer:
    """The answer to the last of `questions`, each asked as a follow-up of the ones before, as
    the front ends pass a conversation's turns."""
    turns: list[ConversationTurn] = []
    answer = None
    for question in questions:
        answer = searcher.ask(question, follow_up=follow_up(turns))
        turns.append(turn_of(answer, dt.datetime.now(dt.UTC)))
    assert answer is not None
    return answer

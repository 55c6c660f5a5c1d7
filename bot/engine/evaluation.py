"""Scoring the engine on a question set (format: shared/eval/README.md).

Measures: Recall@1, Recall@3 and MRR over answerable questions (stretch ones apart); speaker
accuracy over questions with a speaker key; abstention on unanswerable questions and false
abstention on answerable ones; attribution accuracy over `attribution` items.
"""

from __future__ import annotations

import json
import random
import re
from collections.abc import Iterable, Sequence
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from bot.engine.answer import Answer
from bot.engine.search import Searcher
from bot.engine.service import QuoteView
from bot.engine.text import fold
from bot.errors import QuestionError, StoryBotError


class EvalItem(BaseModel):
    model_config = ConfigDict(extra="ignore")

    id: str
    q: str | None = None
    gold: list[str] = []
    speaker: str | None = None
    answerable: bool = True
    absent_speaker: str | None = None
    kind: str | None = None
    quote: str | None = None
    stretch: bool = False


class ItemResult(BaseModel):
    id: str
    question: str | None
    ok: bool
    detail: str
    rank: int | None = None  # rank of the first passage holding a gold snippet


class Ratio(BaseModel):
    hits: int = 0
    total: int = 0

    @property
    def value(self) -> float | None:
        return self.hits / self.total if self.total else None

    def add(self, hit: bool) -> None:
        self.total += 1
        self.hits += int(hit)

    def __str__(self) -> str:
        value = self.value
        return "n/a" if value is None else f"{value:.2f} ({self.hits}/{self.total})"


class EvalReport(BaseModel):
    recall_at_1: Ratio = Field(default_factory=Ratio)
    recall_at_3: Ratio = Field(default_factory=Ratio)
    mrr: float = 0.0
    stretch_recall_at_1: Ratio = Field(default_factory=Ratio)
    stretch_recall_at_3: Ratio = Field(default_factory=Ratio)
    speaker: Ratio = Field(default_factory=Ratio)
    abstained_unanswerable: Ratio = Field(default_factory=Ratio)
    abstained_answerable: Ratio = Field(default_factory=Ratio)
    attribution: Ratio = Field(default_factory=Ratio)
    items: list[ItemResult] = []

    def lines(self) -> list[str]:
        return [
            f"Recall@1                       {self.recall_at_1}",
            f"Recall@3                       {self.recall_at_3}",
            f"MRR                            {self.mrr:.3f}",
            f"stretch Recall@1 / @3          {self.stretch_recall_at_1} / "
            f"{self.stretch_recall_at_3}",
            f"speaker right                  {self.speaker}",
            f"unanswerable abstained         {self.abstained_unanswerable}",
            f"answerable abstained (wrong)   {self.abstained_answerable}",
            f"attribution right              {self.attribution}",
        ]


def with_typos(items: Sequence[EvalItem], seed: int) -> list[EvalItem]:
    """The items with one typo in each question, as people make them: in a word of five
    letters or more (names included), two neighbouring letters swapped, one dropped or one
    doubled; the same for the same seed. Measures how the engine takes misspelt questions."""
    rng = random.Random(seed)
    return [
        item.model_copy(update={"q": _one_typo(item.q, rng)}) if item.q else item for item in items
    ]


def _one_typo(question: str, rng: random.Random) -> str:
    words = list(re.finditer(r"[A-Za-z]{5,}", question))
    if not words:
        return question
    word = rng.choice(words)
    text, at = word.group(), rng.randrange(1, len(word.group()) - 1)
    variants = [
        text[:at] + text[at + 1] + text[at] + text[at + 2 :],  # swapped
        text[:at] + text[at + 1 :],  # dropped
        text[:at] + text[at] + text[at:],  # doubled
    ]
    typo = rng.choice([v for v in variants if v != text])  # swapping "rr" changes nothing
    return question[: word.start()] + typo + question[word.end() :]


def normalise(text: str) -> str:
    """Case, curly quotes and white space folded, as the question set's README says."""
    return re.sub(r"\s+", " ", fold(text).lower()).strip()


def load_items(path: Path) -> list[EvalItem]:
    items: list[EvalItem] = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            items.append(EvalItem.model_validate(json.loads(line)))
        except (json.JSONDecodeError, ValidationError) as exc:
            raise StoryBotError(f"{path.name} line {number}: not a question item ({exc})") from exc
    return items


def evaluate(
    items: Sequence[EvalItem], searcher: Searcher, quotes: Iterable[QuoteView]
) -> EvalReport:
    report = EvalReport()
    reciprocal_ranks: list[float] = []
    quote_list = list(quotes)
    for item in items:
        if item.kind == "attribution":
            report.items.append(_score_attribution(item, quote_list, report))
            continue
        if item.q is None:
            continue
        try:
            answer = searcher.ask(item.q)
        except QuestionError as exc:
            answer = Answer(question=item.q, answered=False, reason=str(exc))
        if not item.answerable:
            report.abstained_unanswerable.add(not answer.answered)
            report.items.append(
                ItemResult(
                    id=item.id,
                    question=item.q,
                    ok=not answer.answered,
                    detail=answer.reason or "answered (should abstain)",
                )
            )
            continue
        report.items.append(_score_answer(item, answer, report, reciprocal_ranks))
    report.mrr = sum(reciprocal_ranks) / len(reciprocal_ranks) if reciprocal_ranks else 0.0
    return report


def _score_answer(
    item: EvalItem, answer: Answer, report: EvalReport, reciprocal_ranks: list[float]
) -> ItemResult:
    gold = [normalise(g) for g in item.gold]
    rank = next(
        (p.rank for p in answer.passages if any(g in normalise(p.text) for g in gold)), None
    )
    at1, at3 = (
        (report.stretch_recall_at_1, report.stretch_recall_at_3)
        if item.stretch
        else (
            report.recall_at_1,
            report.recall_at_3,
        )
    )
    at1.add(rank == 1)
    at3.add(rank is not None and rank <= 3)
    if not item.stretch:
        reciprocal_ranks.append(1 / rank if rank else 0.0)
    report.abstained_answerable.add(not answer.answered)
    ok = rank == 1
    detail = f"gold at rank {rank}" if rank else "gold not returned"
    if not answer.answered:
        detail = f"abstained: {answer.reason}"
    if item.speaker:
        top = answer.passages[0] if answer.passages else None
        speakers = [q.speaker or "" for q in top.quotes] if top else []
        right = any(item.speaker in s.lower() for s in speakers)
        report.speaker.add(right)
        ok = ok and right
        detail += f"; speakers in top passage: {sorted(set(speakers)) or 'none'}"
    return ItemResult(id=item.id, question=item.q, ok=ok, detail=detail, rank=rank)


def _score_attribution(
    item: EvalItem, quotes: Sequence[QuoteView], report: EvalReport
) -> ItemResult:
    wanted = normalise(item.quote or "")
    holders = [q for q in quotes if wanted and wanted in normalise(q.text)]
    speakers = sorted({q.speaker or "unknown" for q in holders})
    right = bool(holders) and all(
        item.speaker is not None and item.speaker in (q.speaker or "").lower() for q in holders
    )
    report.attribution.add(right)
    return ItemResult(
        id=item.id,
        question=item.quote,
        ok=right,
        detail=f"credited to {speakers or 'no quote found'}",
    )

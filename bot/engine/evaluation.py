"""Scoring the engine on a question set (format: shared/eval/README.md).

Measures: Recall@1, Recall@3 and MRR over answerable questions (stretch ones apart), whether
the passages come as an answer or as the closest ones; answerable questions refused; the share
of answerable questions answered with high confidence and how often those have the gold passage
first; unanswerable questions answered with high confidence, and refused; speaker accuracy over
questions with a speaker key; attribution over `attribution` items: right, and credited to
someone else (the worst error: crediting nobody is the safe miss). Each measure also per
category. `half` splits a set in two by the number in each id (even / odd), so the
confidence model can be fitted on one half and checked on the other.
"""

from __future__ import annotations

import json
import math
import random
import re
import statistics
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from bot.engine.answer import Answer
from bot.engine.confidence import Signals, fit
from bot.engine.models import QuoteKind
from bot.engine.reports import QuoteView
from bot.engine.search import Searcher
from bot.engine.text import fold_marks
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
    category: str | None = None
    # a question about the story itself: the fact it asks for (story_facts.StoryFact: byline,
    # published, outlet, url, title), answered right when the answer is about the story and
    # gives that fact (and, with `gold`, shows the passage holding it: the byline line)
    story_fact: str | None = None
    # an attribution item's story (its id), when the corpus holds several: the quote is looked
    # for there only
    story: str | None = None

    @property
    def group(self) -> str:
        """The category the item is reported under ("original" for the first 28)."""
        if self.category:
            return self.category
        if self.kind == "attribution":
            return "attribution"
        return "original" if self.answerable else "unanswerable"


class ItemResult(BaseModel):
    id: str
    question: str | None
    ok: bool
    detail: str
    rank: int | None = None  # rank of the first passage holding a gold snippet
    top: str | None = None  # where the first passage stands and how it begins


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


class CategoryReport(BaseModel):
    """The measures over one category of items."""

    recall_at_1: Ratio = Field(default_factory=Ratio)
    recall_at_3: Ratio = Field(default_factory=Ratio)
    refused_answerable: Ratio = Field(default_factory=Ratio)
    high_confidence: Ratio = Field(default_factory=Ratio)  # answerable answered with "high"
    high_gold_first: Ratio = Field(default_factory=Ratio)  # of those, gold first
    unanswerable_high: Ratio = Field(default_factory=Ratio)  # unanswerable, answered "high"
    unanswerable_refused: Ratio = Field(default_factory=Ratio)
    speaker: Ratio = Field(default_factory=Ratio)


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
    attribution_wrong: Ratio = Field(default_factory=Ratio)  # credited to someone else
    high_confidence: Ratio = Field(default_factory=Ratio)
    high_gold_first: Ratio = Field(default_factory=Ratio)
    unanswerable_high: Ratio = Field(default_factory=Ratio)
    absent_speaker_refused: Ratio = Field(default_factory=Ratio)
    categories: dict[str, CategoryReport] = {}
    items: list[ItemResult] = []

    def category(self, name: str) -> CategoryReport:
        return self.categories.setdefault(name, CategoryReport())

    def table(self) -> list[str]:
        """One line per category: gold in the top 3 and first, answerable refused, answered
        with high confidence (and gold first among those), unanswerable answered with high
        confidence, speaker right."""
        head = (
            f"{'category':<13}{'R@3':>10}{'R@1':>10}{'refused':>10}{'high':>10}"
            f"{'high ok':>10}{'unans hi':>10}{'speaker':>10}"
        )
        rows = [head]
        for name in sorted(self.categories):
            c = self.categories[name]
            cells = [
                c.recall_at_3,
                c.recall_at_1,
                c.refused_answerable,
                c.high_confidence,
                c.high_gold_first,
                c.unanswerable_high,
                c.speaker,
            ]
            rows.append(f"{name:<13}" + "".join(f"{_fraction(r):>10}" for r in cells))
        return rows

    def trade_off(self, threshold: float) -> str:
        """The confidence setting's trade-off in one line."""
        return (
            f"trade-off at search.high_confidence = {threshold:.2f}: "
            f"{_percent(self.high_confidence)} of answerable questions answered with high "
            f"confidence, gold first in {_percent(self.high_gold_first)} of them; "
            f"{_percent(self.unanswerable_high)} of unanswerable ones answered with high "
            "confidence (the rest get the closest passages, labelled, or a refusal)"
        )

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
            f"  credited to someone else     {self.attribution_wrong}",
            f"answered with high confidence  {self.high_confidence}",
            f"  of those, gold first         {self.high_gold_first}",
            f"unanswerable, high confidence  {self.unanswerable_high}",
            f"absent speakers refused        {self.absent_speaker_refused}",
        ]


def _fraction(ratio: Ratio) -> str:
    return "-" if ratio.total == 0 else f"{ratio.hits}/{ratio.total}"


def _percent(ratio: Ratio) -> str:
    value = ratio.value
    return "n/a" if value is None else f"{value:.0%}"


def half(items: Sequence[EvalItem], which: str) -> list[EvalItem]:
    """The items whose id's number is even (`which` = "even") or odd ("odd")."""
    wanted = 0 if which == "even" else 1
    return [item for item in items if _id_number(item.id) % 2 == wanted]


def _id_number(item_id: str) -> int:
    digits = "".join(ch for ch in item_id if ch.isdigit())
    return int(digits) if digits else 0


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
    return re.sub(r"\s+", " ", fold_marks(text).lower()).strip()


def _bare(text: str) -> str:
    """`normalise`d, without quotation marks or a comma around the words."""
    return normalise(text).strip(" '\",")


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
            report.items.append(_score_unanswerable(item, answer, report))
            continue
        report.items.append(_score_answer(item, answer, report, reciprocal_ranks))
    report.mrr = sum(reciprocal_ranks) / len(reciprocal_ranks) if reciprocal_ranks else 0.0
    return report


def _score_unanswerable(item: EvalItem, answer: Answer, report: EvalReport) -> ItemResult:
    category = report.category(item.group)
    high = answer.answered and answer.confidence == "high"
    report.abstained_unanswerable.add(not answer.answered)
    report.unanswerable_high.add(high)
    category.unanswerable_high.add(high)
    category.unanswerable_refused.add(not answer.answered)
    ok = not high
    if item.absent_speaker:
        report.absent_speaker_refused.add(not answer.answered)
        ok = not answer.answered
    if not answer.answered:
        detail = f"refused: {answer.reason}"
    else:
        detail = f"answered with {answer.confidence} confidence"
    return ItemResult(id=item.id, question=item.q, ok=ok, detail=detail, top=_top(answer))


def _score_answer(
    item: EvalItem, answer: Answer, report: EvalReport, reciprocal_ranks: list[float]
) -> ItemResult:
    gold = [normalise(g) for g in item.gold]
    rank = next(
        (p.rank for p in answer.passages if any(g in normalise(p.text) for g in gold)), None
    )
    if item.story_fact is not None:
        about = answer.about_story
        if about is None or item.story_fact not in about.asked:
            rank = None
        elif not gold:
            rank = 1  # a fact of the story's details: no passage holds it
    category = report.category(item.group)
    at1, at3 = (
        (report.stretch_recall_at_1, report.stretch_recall_at_3)
        if item.stretch
        else (report.recall_at_1, report.recall_at_3)
    )
    at1.add(rank == 1)
    at3.add(rank is not None and rank <= 3)
    category.recall_at_1.add(rank == 1)
    category.recall_at_3.add(rank is not None and rank <= 3)
    if not item.stretch:
        reciprocal_ranks.append(1 / rank if rank else 0.0)
    report.abstained_answerable.add(not answer.answered)
    category.refused_answerable.add(not answer.answered)
    high = answer.answered and answer.confidence == "high"
    report.high_confidence.add(high)
    category.high_confidence.add(high)
    if high:
        report.high_gold_first.add(rank == 1)
        category.high_gold_first.add(rank == 1)
    ok = rank == 1
    detail = f"gold at rank {rank}" if rank else "gold not returned"
    if not answer.answered:
        detail = f"refused: {answer.reason}"
    else:
        detail += f" ({answer.confidence} confidence)"
    if item.speaker:
        top = answer.passages[0] if answer.passages else None
        speakers = [q.speaker or "" for q in top.quotes] if top else []
        right = any(item.speaker in s.lower() for s in speakers)
        report.speaker.add(right)
        category.speaker.add(right)
        ok = ok and right
        detail += f"; speakers in top passage: {sorted(set(speakers)) or 'none'}"
    return ItemResult(
        id=item.id, question=item.q, ok=ok, detail=detail, rank=rank, top=_top(answer)
    )


def _top(answer: Answer) -> str | None:
    if not answer.passages:
        return None
    top = answer.passages[0]
    text = " ".join(top.text.split())
    return f"¶{top.paragraph}: {text[:90]}{'…' if len(text) > 90 else ''}"


def _score_attribution(
    item: EvalItem, quotes: Sequence[QuoteView], report: EvalReport
) -> ItemResult:
    """Whether the quotation holding `item.quote` is credited to `item.speaker` (a key its
    speaker's name holds), or to nobody when `item.speaker` is null (a scare quote, a title,
    an unnamed source's words). Credited to someone else is the worst error and counted apart;
    credited to nobody where someone said it is only a miss. Reported speech holding the words
    counts only where no quotation does, and a quotation that is the key's words whole counts
    alone where a longer one holds them too (a scare quote "flipped" beside "Nothing flipped",
    a quotation nested inside another); so does one nested inside another that both hold
    the words (a key gives a quotation's first words: those are the inner one's). The key's
    own quotation marks and a comma closing it (`'We're a family here,'`) are no part of the
    words."""
    wanted = _bare(item.quote or "")
    mine = [q for q in quotes if wanted and (item.story is None or q.story_id == item.story)]
    holding = [q for q in mine if wanted in normalise(q.text)]
    quoted = [q for q in holding if q.kind is not QuoteKind.INDIRECT]
    whole = [q for q in quoted if _bare(q.text) == wanted]
    innermost = [q for q in quoted if not any(_nests(q, other) for other in quoted)]
    holders = whole or innermost or holding
    credited = {q.speaker for q in holders if q.speaker}
    if item.speaker is None:
        right, wrong = bool(holders) and not credited, bool(credited)
    else:
        key = item.speaker
        right = bool(holders) and all(key in (q.speaker or "").lower() for q in holders)
        # a part of the key's name ("Pryce" of "owen pryce") is the same person, named short
        wrong = any(
            key not in name.lower() and not set(name.lower().split()) <= set(key.split())
            for name in credited
        )
    report.attribution.add(right)
    report.attribution_wrong.add(wrong)
    report.category(item.group).speaker.add(right)
    shown = sorted(credited) + (["nobody"] if any(not q.speaker for q in holders) else [])
    return ItemResult(
        id=item.id,
        question=item.quote,
        ok=right,
        detail=f"credited to {shown}" if holders else "no quote found",
    )


def _nests(outer: QuoteView, inner: QuoteView) -> bool:
    """`inner` is a quotation in single marks inside `outer` (same paragraph, its words
    within): the key's words inside both are the inner one's, as its cue there says whose."""
    return (
        outer is not inner
        and outer.story_id == inner.story_id
        and outer.paragraph == inner.paragraph
        and len(inner.text) < len(outer.text)
        and inner.text in outer.text
    )


def fit_confidence(items: Sequence[EvalItem], searcher: Searcher) -> tuple[float, ...]:
    """The confidence model's coefficients fitted on `items`: for each question the engine
    does not refuse, its signals, labelled by whether the gold passage comes first in the
    ranking they are read of (never, for an unanswerable question)."""
    rows: list[Signals] = []
    labels: list[bool] = []
    for item in items:
        if item.q is None or item.kind == "attribution":
            continue
        try:
            reading = searcher.confidence_reading(item.q)
        except QuestionError:
            continue
        if reading is None:
            continue
        signals, first = reading
        gold = [normalise(g) for g in item.gold]
        rows.append(signals)
        labels.append(item.answerable and any(g in normalise(first) for g in gold))
    return fit(rows, labels)


# The rule that sets search.high_confidence (confidence.HIGH_CONFIDENCE), applied to the
# question sets the model was not fitted on (every set in tests/data but the shared set's even
# half): of these thresholds, the one that answers the most answerable questions with high
# confidence while a typical set (the mean over the sets less one standard deviation between
# them) has the gold passage first in at least 90 % of those, and at most 15 % of the
# unanswerable questions pooled get a high-confidence answer (the targets). On a tie,
# the higher threshold. Asked of the fitting half instead (one standard error down), the rule
# chose 0.55, where sets written later and kept apart from all tuning got the gold passage
# first in 82-96 % of their high-confidence answers (86 % pooled over five): the fitting half
# flattered the model by more than its standard error, and one set's share swings by as much.
# A lower threshold is taken only where the answers it adds to the higher one taken are
# themselves right at least as often, pooled over the sets (`MIN_HIGH_GOLD_FIRST`): an average
# over all the high answers can hide a band of added ones mostly wrong. At the twentieth
# session's refit the typical set allowed 0.55 (0.903 against 0.9), where the 70 answers added
# to 0.6's were right in 59 (84 %), 7 more unanswerable questions among them. An unanswerable
# question the lower threshold answers with high confidence is one more answer it adds, and a
# wrong one: a passage presented as the answer where the story has none. In the thirty-third
# session, with two wrong answers of the band between 0.55 and 0.6 made low (9wrong13), its
# answerable questions were right in 46 of 51 (90.2 %) but 4 unanswerable ones came with them:
# 46 of 55 (84 %), so 0.6 stays.
THRESHOLDS = (0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9)
MIN_HIGH_GOLD_FIRST = 0.9
MAX_UNANSWERABLE_HIGH = 0.15


def typical_share(shares: Sequence[float]) -> float | None:
    """What a typical set gets of `shares` (one a set): their mean less one standard deviation
    between them. None for no sets."""
    if not shares:
        return None
    return statistics.fmean(shares) - statistics.pstdev(shares)


def spread_beyond_chance(shares: Sequence[Ratio]) -> tuple[float, float] | None:
    """How far the sets' shares (one `Ratio` a set, hits of total) spread: the standard
    deviation between them beyond what chance alone gives sets of their sizes (a set of 20
    answers right 96 % of the time in truth shows 90 % or 100 % by chance), and that chance
    spread (the binomial one at the pooled share, its variance averaged over the sets). None
    for no sets.
    Over the sets in tests/data, from the shipped threshold down to 0.45 the first is at most
    0.007: the sets differ no more than their sizes explain, so the one standard deviation
    `typical_share` takes off is the noise of a set of about their size (what a member asking
    a few dozen questions sees), not a difference between kinds of sets."""
    counted = [r for r in shares if r.total]
    if not counted:
        return None
    hits = sum(r.hits for r in counted)
    total = sum(r.total for r in counted)
    pooled = hits / total
    observed = statistics.pvariance([r.hits / r.total for r in counted])
    chance = statistics.fmean([pooled * (1 - pooled) / r.total for r in counted])
    return math.sqrt(max(observed - chance, 0.0)), math.sqrt(chance)


def sets_held_out(
    directory: Path, fitted_on: str = "eval-dev.jsonl", fitting_half: str = "even"
) -> dict[str, list[EvalItem]]:
    """The question sets in `directory` (eval-*.jsonl) the confidence model was not fitted on,
    by name: the other half of `fitted_on`, and every other set whole."""
    other_half = "odd" if fitting_half == "even" else "even"
    sets: dict[str, list[EvalItem]] = {}
    for path in sorted(directory.glob("eval-*.jsonl")):
        items = load_items(path)
        if path.name == fitted_on:
            sets[f"{path.name} ({other_half} half)"] = half(items, other_half)
        else:
            sets[path.name] = items
    return sets


def choose_threshold(sets: Sequence[Sequence[EvalItem]], searcher: Searcher) -> float | None:
    """The confidence threshold the rule above picks on the question `sets` with `searcher`'s
    model and settings (None when no threshold keeps both limits)."""

    def reports_at(threshold: float) -> list[EvalReport]:
        settings = searcher.settings.model_copy(update={"high_confidence": threshold})
        thresholded = Searcher(searcher.snapshot, settings)
        return [evaluate(items, thresholded, []) for items in sets]

    return threshold_by_rule(reports_at)


def threshold_by_rule(reports_at: Callable[[float], Sequence[EvalReport]]) -> float | None:
    """The threshold the rule above picks of THRESHOLDS, given each one's reports on the sets
    (`reports_at`: one report a set, however each set is scored); None when none keeps both
    limits."""
    # (reach, right of those, threshold, unanswerable questions answered high) of the
    # threshold taken so far, from the highest down
    best: tuple[int, int, float, int] | None = None
    for threshold in sorted(THRESHOLDS, reverse=True):
        reports = reports_at(threshold)
        gold_first = typical_share(
            [value for r in reports if (value := r.high_gold_first.value) is not None]
        )
        unanswerable = Ratio(
            hits=sum(r.unanswerable_high.hits for r in reports),
            total=sum(r.unanswerable_high.total for r in reports),
        )
        if gold_first is None or gold_first < MIN_HIGH_GOLD_FIRST:
            continue
        if (unanswerable.value or 0.0) > MAX_UNANSWERABLE_HIGH:
            continue
        reach = sum(r.high_confidence.hits for r in reports)
        right = sum(r.high_gold_first.hits for r in reports)
        # the answers added to the threshold taken above, right as often as the floor asks,
        # an unanswerable question answered with high confidence counted as a wrong answer
        adds_right_enough = best is None or (
            reach > best[0]
            and right - best[1]
            >= MIN_HIGH_GOLD_FIRST * (reach - best[0] + unanswerable.hits - best[3])
        )
        if adds_right_enough:
            best = (reach, right, threshold, unanswerable.hits)
    return None if best is None else best[2]

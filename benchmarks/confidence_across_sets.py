"""What the confidence model gives on question sets it was not fitted on.

Usage::

    .venv/bin/python benchmarks/confidence_across_sets.py [--leave-one-out | --halves]

Scores every question set in tests/data (the shared set as its two halves) with the shipped
model (bot/engine/confidence.py, fitted on the shared set's even half) at its threshold, and
prints each set's high-confidence reach, the gold passage first among those, and unanswerable
questions rated high; then the same pooled over the sets it was not fitted on, with the share
a typical set gets (the mean over sets less one standard deviation between them).

With `--leave-one-out`, also the estimate for a model of the same form fitted on many
phrasings: each set scored by the model fitted on all the other sets (leave one set out), at
the shipped threshold. Both estimates are optimistic for a set nobody has seen: the engine's
rules were tuned on these sets' misses, so its first passage is right more often on them
(docs/quality-history.md, "Confidence on sets it was not fitted on (eleventh session, 9c)",
compares with a set written and kept apart; the README's "Quality, measured" with the latest).

With `--held-out NAME [NAME ...]` (names as printed, e.g. "eval-fresh-19.jsonl" or
"eval-dev.jsonl (odd half)"), the model a fit on many phrasings would ship: fitted on every
other set, its threshold picked by the rule (`threshold_by_rule`) on those sets each scored by
the model fitted on the rest of them (leave one set out), then scored on the named group
beside the shipped model.

With `--halves [--ridge R]`, the model fitted on one half of every set instead (the even- or
odd-numbered questions of each of the sets in tests/data, the dev set among them; ~1,100
answerable questions against the dev set's even half's 52), its threshold the lowest (by 0.01)
where its high answers on that half, each set scored by a model fitted without its fold of sets,
are right at least 98.5 % of the time with at most 10 of 549 unanswerable questions high (the
shipped model's share over the sets); then the trade-off (high / right / wrong / unanswerable
high, pooled) at each threshold on the other half, the shipped model beside it; each way round.
Read from the readings as `--set-halves` is: the answers the sentence closest in meaning vouches
for counted from as far below each threshold as SENTENCE_VOUCHED_FROM is below the shipped
one (0.05), for both models, so that the shipped model at 0.6 is the engine as shipped. It also
prints how steady each fit is: how many answers over the sets change between high and low when
one question is left out of it. At the twenty-fifth session this fit reached no further than
the shipped one at as many wrong and unanswerable high answers (docs/quality-history.md, 9fit).
"""

from __future__ import annotations

import argparse
import random
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path

import numpy as np
import numpy.typing as npt

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.engine import confidence  # noqa: E402
from bot.engine.builder import build_snapshot  # noqa: E402
from bot.engine.confidence import FloatArray  # noqa: E402
from bot.engine.corpus import load_corpus  # noqa: E402
from bot.engine.evaluation import (  # noqa: E402
    THRESHOLDS,
    EvalItem,
    EvalReport,
    evaluate,
    fit_confidence,
    half,
    load_items,
    normalise,
    sets_held_out,
    spread_beyond_chance,
    threshold_by_rule,
    typical_share,
)
from bot.engine.search import Searcher, SearchSettings  # noqa: E402
from bot.engine.snapshot import IndexSnapshot  # noqa: E402
from bot.errors import QuestionError  # noqa: E402

FITTED_ON = "eval-dev.jsonl (even half)"


def question_sets() -> dict[str, list[EvalItem]]:
    """Every set in tests/data, the shared set as its two halves (the fitting one first)."""
    fitting = half(load_items(ROOT / "tests/data/eval-dev.jsonl"), "even")
    return {FITTED_ON: fitting, **sets_held_out(ROOT / "tests/data")}


def line(report: EvalReport) -> str:
    return (
        f"high {report.high_confidence}, gold first {report.high_gold_first}, "
        f"unanswerable high {report.unanswerable_high}"
    )


def summary(reports: Sequence[EvalReport]) -> str:
    """`reports` pooled, and the gold-first share of a typical one (mean less one deviation)."""
    typical = typical_share(
        [value for r in reports if (value := r.high_gold_first.value) is not None]
    )
    shown = "n/a" if typical is None else f"{typical:.2f}"
    spread = spread_beyond_chance([r.high_gold_first for r in reports])
    apart = (
        ""
        if spread is None
        else (f" (sets' spread beyond chance {spread[0]:.3f}, chance alone {spread[1]:.3f})")
    )
    return f"{line(pooled(reports))}; a typical set's gold first: {shown}{apart}"


def pooled(reports: Sequence[EvalReport]) -> EvalReport:
    total = EvalReport()
    for report in reports:
        for name in ("high_confidence", "high_gold_first", "unanswerable_high"):
            ratio, part = getattr(total, name), getattr(report, name)
            ratio.hits += part.hits
            ratio.total += part.total
    return total


def scored(
    items: Sequence[EvalItem],
    snapshot: IndexSnapshot,
    coefficients: tuple[float, ...],
    threshold: float,
) -> EvalReport:
    """`items` scored by the model of `coefficients` at `threshold`."""
    shipped = confidence.COEFFICIENTS
    confidence.COEFFICIENTS = coefficients
    try:
        settings = SearchSettings(high_confidence=threshold)
        return evaluate(items, Searcher(snapshot, settings), [])
    finally:
        confidence.COEFFICIENTS = shipped


def held_out(
    sets: dict[str, list[EvalItem]], group: Sequence[str], snapshot: IndexSnapshot
) -> None:
    """The model fitted on every set but `group`, its threshold picked by the rule on the
    fitting sets scored leave one set out, beside the shipped model, on `group`."""
    unknown = [name for name in group if name not in sets]
    if unknown:
        raise SystemExit(f"no such set: {', '.join(unknown)} (one of: {', '.join(sets)})")
    fitting = {name: items for name, items in sets.items() if name not in group}
    out_of_fold = {
        name: fit_confidence(
            [item for other, its in fitting.items() if other != name for item in its],
            Searcher(snapshot),
        )
        for name in fitting
    }
    chosen = threshold_by_rule(
        lambda t: [scored(fitting[name], snapshot, out_of_fold[name], t) for name in fitting]
    )
    everything = [item for items in fitting.values() for item in items]
    coefficients = fit_confidence(everything, Searcher(snapshot))
    print(f"fitted on the {len(fitting)} sets but {', '.join(group)}:")
    print("  COEFFICIENTS = (" + ", ".join(f"{c:.3f}" for c in coefficients) + ")")
    if chosen is None:
        print("  no threshold keeps the rule's limits on the fitting sets (leave one set out)")
        return
    picked = pooled([scored(fitting[n], snapshot, out_of_fold[n], chosen) for n in fitting])
    print(
        f"  the rule's threshold on the fitting sets, leave one set out: {chosen} ({line(picked)})"
    )
    ours = [scored(sets[name], snapshot, coefficients, chosen) for name in group]
    theirs = [evaluate(sets[name], Searcher(snapshot), []) for name in group]
    for name, mine, shipped in zip(group, ours, theirs, strict=True):
        print(f"  {name}: this model {line(mine)}; shipped {line(shipped)}")
    print(f"  pooled: this model {line(pooled(ours))}; shipped {line(pooled(theirs))}")


@dataclass(frozen=True)
class Reading:
    """What one question gives the model: its signals (None when refused), whether the
    engine's other conditions let it be rated high (asked at threshold 0), whether the gold
    passage is first in what it shows (the evaluation's count) and in the ranking the signals
    are read of (the label a fit learns)."""

    answerable: bool
    signals: FloatArray | None
    allowed: bool
    vouched: bool
    gold_first: bool
    label: bool


def readings(items: Sequence[EvalItem], snapshot: IndexSnapshot) -> list[Reading]:
    anything = Searcher(snapshot, SearchSettings(high_confidence=0.0))
    # rated high only where the sentence closest in meaning vouches for the passage
    by_sentence = Searcher(snapshot, SearchSettings(high_confidence=1.0, sentence_vouched_from=0.0))
    read: list[Reading] = []
    for item in items:
        if item.q is None or item.kind == "attribution":
            continue
        gold = [normalise(g) for g in item.gold]
        try:
            answer = anything.ask(item.q)
            reading = anything.confidence_reading(item.q)
        except QuestionError:
            answer, reading = None, None
        shown = answer.passages if answer is not None else ()
        first = bool(shown) and any(g in normalise(shown[0].text) for g in gold)
        signals = None if reading is None else np.array(reading[0].vector())
        label = reading is not None and any(g in normalise(reading[1]) for g in gold)
        allowed = answer is not None and answer.answered and answer.confidence == "high"
        vouched = allowed and _high(by_sentence, item.q)
        read.append(
            Reading(
                answerable=item.answerable,
                signals=signals,
                allowed=allowed,
                vouched=vouched,
                gold_first=item.answerable and first,
                label=item.answerable and label,
            )
        )
    return read


def _high(searcher: Searcher, question: str) -> bool:
    try:
        answer = searcher.ask(question)
    except QuestionError:
        return False
    return answer.answered and answer.confidence == "high"


def fitted(sets: Sequence[Sequence[Reading]], ridge: float = 1.0) -> tuple[float, ...]:
    """The model fitted on every question of `sets` the engine does not refuse."""
    rows = [r for one in sets for r in one if r.signals is not None]
    x = np.array([r.signals for r in rows])
    labels = np.array([r.label for r in rows], dtype=np.float64)
    return confidence.fit_arrays(x, labels, ridge=ridge)


def report_of(
    read: Sequence[Reading],
    coefficients: tuple[float, ...],
    threshold: float,
    floor: float | None = None,
) -> EvalReport:
    """The evaluation's high-confidence figures of one set, from its readings: high from
    `threshold` on, and from `floor` (the engine's SENTENCE_VOUCHED_FROM unless given) where
    the sentence closest in meaning vouches for the passage."""
    report = EvalReport()
    weights = np.array(coefficients)
    floor = min(threshold, confidence.SENTENCE_VOUCHED_FROM if floor is None else floor)
    for r in read:
        chance = 0.0 if r.signals is None else 1.0 / (1.0 + np.exp(-float(r.signals @ weights)))
        # from SENTENCE_VOUCHED_FROM up, where the sentence closest in meaning vouches too
        high = r.allowed and (chance >= threshold or (chance >= floor and r.vouched))
        if r.answerable:
            report.high_confidence.add(high)
            if high:
                report.high_gold_first.add(r.gold_first)
        else:
            report.unanswerable_high.add(high)
    return report


def set_halves(sets: dict[str, list[EvalItem]], snapshot: IndexSnapshot, repeats: int) -> None:
    """What the model gains fitted on many sets, on sets neither model saw (module doc)."""
    read = {name: readings(items, snapshot) for name, items in sets.items()}
    others = [name for name in read if name != FITTED_ON]
    shipped = fitted([read[FITTED_ON]])
    rng = random.Random(0)
    totals: dict[str, list[EvalReport]] = {"even half": [], "sets": []}
    chosen: dict[str, list[float]] = {"even half": [], "sets": []}
    for _ in range(repeats):
        order = others[:]
        rng.shuffle(order)
        for fitting, scoring in ((order[::2], order[1::2]), (order[1::2], order[::2])):
            with_even = [FITTED_ON, *fitting]
            model = fitted([read[n] for n in with_even])
            out_of_fold = {n: fitted([read[o] for o in with_even if o != n]) for n in fitting}
            for name, coefficients, scored_by in (
                ("even half", shipped, {n: shipped for n in fitting}),
                ("sets", model, out_of_fold),
            ):
                threshold = threshold_by_rule(
                    lambda t, by=scored_by, on=fitting: [report_of(read[n], by[n], t) for n in on]
                )
                if threshold is None:
                    continue
                chosen[name].append(threshold)
                totals[name].extend(report_of(read[n], coefficients, threshold) for n in scoring)
    print(
        f"fitted on, over {repeats} random halves of the {len(others)} sets, each way round "
        f"(each set scored {repeats} times, pooled):"
    )
    for name, reports in totals.items():
        mean = sum(chosen[name]) / len(chosen[name]) if chosen[name] else float("nan")
        print(f"  {name}: threshold {mean:.3f} on average; on the other half: {summary(reports)}")


# The thresholds `--halves` picks from, and what it asks of the answers rated high on the
# fitting halves (scored by models fitted without their set): the right passage first in at
# least this share of them, pooled, and at most this share of the unanswerable questions high
# (the shipped model's over the sets in tests/data at the twenty-fourth session: 10 of 549).
FINE_THRESHOLDS = tuple(round(0.3 + 0.01 * i, 2) for i in range(66))
PRECISION = 0.985
UNANSWERABLE_HIGH = 10 / 549
FOLDS = 5


def precise_threshold(
    reports_at: Callable[[float], Sequence[EvalReport]],
    precision: float = PRECISION,
    unanswerable: float = UNANSWERABLE_HIGH,
) -> float | None:
    """The lowest of FINE_THRESHOLDS at which the high answers of the reports pooled have the
    right passage first at least `precision` of the time and at most `unanswerable` of the
    unanswerable questions are rated high (None when none does)."""
    chosen = None
    for threshold in FINE_THRESHOLDS:
        total = pooled(reports_at(threshold))
        right, unanswerable_high = total.high_gold_first.value, total.unanswerable_high.value
        if right is not None and right >= precision and (unanswerable_high or 0.0) <= unanswerable:
            chosen = threshold
            break
    return chosen


def _fitting_reports(
    read: dict[tuple[str, str], list[Reading]],
    which: str,
    models: dict[str, tuple[float, ...]],
    threshold: float,
    band: float,
) -> list[EvalReport]:
    """Each set's `which` half scored by its model of `models` at `threshold`."""
    return [report_of(read[n, which], c, threshold, threshold - band) for n, c in models.items()]


def by_halves(snapshot: IndexSnapshot, ridge: float) -> None:
    """The shipped model against one fitted on one half of every set (the even- or odd-numbered
    questions of each, the dev set's among them), its threshold picked on that half, both
    scored on the other half: each way round."""
    sets = {
        path.name: load_items(path) for path in sorted((ROOT / "tests/data").glob("eval-*.jsonl"))
    }
    read = {
        (name, which): readings(half(items, which), snapshot)
        for name, items in sets.items()
        for which in ("even", "odd")
    }
    shipped = confidence.COEFFICIENTS
    band = confidence.HIGH_CONFIDENCE - confidence.SENTENCE_VOUCHED_FROM
    for fitting, checking in (("even", "odd"), ("odd", "even")):
        names = list(sets)
        model = fitted([read[name, fitting] for name in names], ridge)
        # each fitting set scored by a model fitted without its fold of sets
        folds = [names[i::FOLDS] for i in range(FOLDS)]
        out_of_fold = {
            name: fitted([read[o, fitting] for o in names if o not in fold], ridge)
            for fold in folds
            for name in fold
        }
        ours = precise_threshold(partial(_fitting_reports, read, fitting, out_of_fold, band=band))
        theirs = precise_threshold(
            partial(_fitting_reports, read, fitting, dict.fromkeys(names, shipped), band=band)
        )
        print(
            f"fitted on the {fitting} halves of the {len(names)} sets (ridge {ridge}): "
            "COEFFICIENTS = (" + ", ".join(f"{c:.3f}" for c in model) + ")"
        )
        print(
            f"  threshold for >= {PRECISION:.1%} right and <= {UNANSWERABLE_HIGH:.1%} "
            f"unanswerable high on the {fitting} halves (out of fold): {ours}; "
            f"the shipped model's by the same rule: {theirs} "
            f"(shipped: {confidence.HIGH_CONFIDENCE})"
        )
        if fitting == "even" and ours is not None:
            everything = [r for one in read.values() for r in one]
            dev = read["eval-dev.jsonl", "even"]
            for label, rows, at, floor, strength in (
                ("the dev set's even half (shipped)", dev, confidence.HIGH_CONFIDENCE, None, 1.0),
                (
                    "the sets' even halves",
                    [r for n in names for r in read[n, "even"]],
                    ours,
                    ours - band,
                    ridge,
                ),
            ):
                mean, most = moved_by_one(rows, everything, at, floor, strength)
                print(
                    f"  fitted on {label}: one question left out of the fit moves {mean:.1f} "
                    f"answers of the sets' {len(everything)} on average, {most} at most"
                )
        print(f"  threshold: shipped model | this model, on the {checking} halves (then {fitting})")
        marked = {confidence.HIGH_CONFIDENCE, ours, theirs}
        for threshold in sorted({*THRESHOLDS, *(m for m in marked if m is not None)}):
            cells = []
            for which in (checking, fitting):
                for coefficients, floor in ((shipped, threshold - band), (model, threshold - band)):
                    cells.append(
                        trade(
                            pooled(
                                [
                                    report_of(read[n, which], coefficients, threshold, floor)
                                    for n in names
                                ]
                            )
                        )
                    )
            mark = "*" if threshold in marked else " "
            print(
                f"  {mark}{threshold:.2f}: {cells[0]} | {cells[1]}"
                f"   ({fitting}: {cells[2]} | {cells[3]})"
            )


def moved_by_one(
    fitting: Sequence[Reading],
    everything: Sequence[Reading],
    threshold: float,
    floor: float | None = None,
    ridge: float = 1.0,
    most: int = 100,
) -> tuple[float, int]:
    """How steady the fit on `fitting` is: for each of its questions (at most `most`, drawn
    at random), how many of `everything`'s answers change between high and low when the model
    is fitted without that question (mean, most)."""
    rows = [r for r in fitting if r.signals is not None]
    shown = [r for r in everything if r.allowed and r.signals is not None]
    x = np.array([r.signals for r in shown])
    vouched = np.array([r.vouched for r in shown])
    floor = min(threshold, confidence.SENTENCE_VOUCHED_FROM if floor is None else floor)

    def highs(coefficients: tuple[float, ...]) -> npt.NDArray[np.bool_]:
        chance = 1.0 / (1.0 + np.exp(-(x @ np.array(coefficients))))
        high: npt.NDArray[np.bool_] = (chance >= threshold) | ((chance >= floor) & vouched)
        return high

    whole = highs(fitted([rows], ridge))
    left_out = random.Random(0).sample(range(len(rows)), min(most, len(rows)))
    moved = [
        int((highs(fitted([rows[:i] + rows[i + 1 :]], ridge)) != whole).sum()) for i in left_out
    ]
    return sum(moved) / len(moved), max(moved)


def trade(report: EvalReport) -> str:
    """high / right / wrong / unanswerable high."""
    high, right = report.high_confidence.hits, report.high_gold_first.hits
    return f"{high}/{right}/{high - right}/{report.unanswerable_high.hits}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--leave-one-out", action="store_true")
    parser.add_argument("--held-out", nargs="+", metavar="NAME")
    parser.add_argument("--set-halves", type=int, metavar="REPEATS")
    parser.add_argument("--halves", action="store_true")
    parser.add_argument("--ridge", type=float, default=1.0, help="for --halves")
    args = parser.parse_args()
    snapshot = build_snapshot(load_corpus(ROOT / "corpus"), "across")
    if args.halves:
        by_halves(snapshot, args.ridge)
        return
    sets = question_sets()
    if args.held_out:
        held_out(sets, args.held_out, snapshot)
        return
    if args.set_halves:
        set_halves(sets, snapshot, args.set_halves)
        return
    searcher = Searcher(snapshot)
    print(f"shipped model (fitted on {FITTED_ON}), threshold {searcher.settings.high_confidence}:")
    held: list[EvalReport] = []
    for name, items in sets.items():
        report = evaluate(items, searcher, [])
        print(f"  {name}: {line(report)}")
        if name != FITTED_ON:
            held.append(report)
    print(f"  pooled over the {len(held)} sets not fitted on: {summary(held)}")
    if not args.leave_one_out:
        return
    shipped = confidence.COEFFICIENTS
    print("each set scored by the model fitted on all the other sets (leave one set out):")
    scored: list[EvalReport] = []
    try:
        for name, items in sets.items():
            others = [item for other, its in sets.items() if other != name for item in its]
            confidence.COEFFICIENTS = fit_confidence(others, Searcher(snapshot))
            report = evaluate(items, Searcher(snapshot), [])
            print(f"  {name}: {line(report)}")
            scored.append(report)
    finally:
        confidence.COEFFICIENTS = shipped
    print(f"  pooled over all {len(scored)} sets: {summary(scored)}")


if __name__ == "__main__":
    main()

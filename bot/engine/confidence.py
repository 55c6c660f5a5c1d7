"""How sure the engine is that its best passage answers: a small logistic model over signals
that hold across phrasings.

The signals (`Signals`) describe the question and its best passage, never a wording: how much
of the question's topic the passage holds, how much of it the corpus knows at all, whether the
passage holds the kind of answer the question expects (an amount, a count, an age, a date, a
span of time, a person), whether it quotes the speaker asked about, how far it stands ahead
of the next passage, and whether it is also the passage closest in meaning to the question of
all (an independent reading). For a speaker question, how many of that speaker's passages hold
as much of the topic: the only one of them that does is very likely the one meant. For any
question, when the passage is the closest in meaning, how many of all the passages hold as much
of the topic: the only one that does, picked by both readings, is very likely meant though it
shares few of the question's words (a paraphrase).

The model is fitted with `fit` (plain Newton steps of logistic regression, numpy only) on the
even-numbered half of the shared question set, the label being "the gold passage is first"
(unanswerable questions are 0); the odd-numbered half and the project's fresh question set
check it. `benchmarks/fit_confidence.py` refits it and prints the coefficients below. Fitted on
the even half and twenty-odd other sets instead (~800 answerable questions), it ranks questions
no better on the sets neither saw, only its scale differs: the rule picks a higher threshold
and it reaches no further, while it lifts the near misses the behaviour tests hold low
(`benchmarks/confidence_across_sets.py --set-halves`; docs/quality-history.md, seventeenth
session: 9fit). Fitted on the even-numbered half of every set (~1,100 answerable questions) and
checked on the odd-numbered halves, and the reverse, it is no further ahead at as many wrong and
unanswerable high answers either, though one question left out of it changes under one answer
over the sets where it changes fourteen of this one's (`--halves`; twenty-fifth session: 9fit).

The answer is "high" when the model's probability reaches `HIGH_CONFIDENCE`, or
`SENTENCE_VOUCHED_FROM` where the sentence closest in meaning to the question is the best
passage's: below it the engine still shows its passages, labelled as the closest the story
comes. A refusal is never
decided here: weak lexical evidence is not evidence that the story is silent.
"""

from __future__ import annotations

import math
import operator
from collections.abc import Sequence
from dataclasses import dataclass, fields

import numpy as np
import numpy.typing as npt

FloatArray = npt.NDArray[np.float64]


@dataclass(frozen=True)
class Signals:
    """What the confidence model reads of a question and its best passage (each in [0, 1] or
    [-1, 1])."""

    # idf-weighted share of the question's topic words the passage holds; for a question asking
    # for an amount, a count, a date or a person, of those standing near such an answer in it
    coverage: float
    known: float  # idf-weighted share of the topic words the corpus uses at all
    # +1 the expected number/date/person is there (for what something brings someone, a
    # sentence framed "For X," for them), -1 not, 0 none expected
    answer_type: float
    speaker: float  # 1: the question asks what someone said and the passage quotes them
    # when it does: 1 / how many of the asked speaker's passages hold as much of the question's
    # topic as this one (the chance of picking the one meant among them); 1 when the question
    # has no topic ("what did Bukele say": any quote of theirs answers), 0 when none holds it
    speaker_pick: float
    margin: float  # (best score - second score) / best score
    # the coverage, when the passage is also the closest in meaning to the question of all
    # (an independent reading agrees); 0 when it is not
    meaning_agrees: float
    # when it is also the closest in meaning: 1 / how many passages of the whole story hold as
    # much of the question's topic as this one (two readings agree and no other passage is as
    # much on the topic, however few of the question's words it holds: a paraphrase), times
    # `known`; 0 when it is not the closest, holds none of the topic or not the kind of answer
    # asked, or the question has no telling topic word
    sole_and_closest: float

    def vector(self) -> list[float]:
        # the fields read at once: astuple() deep-copies them (a tenth of the model's time)
        return [1.0, *_SIGNAL_VALUES(self)]

    def agreeing(self, meaning_agrees: float, sole_and_closest: float) -> Signals:
        """These signals with the two readings' agreement given: `dataclasses.replace`'s,
        without its look at each field (a question asks it two or three times)."""
        return Signals(
            coverage=self.coverage,
            known=self.known,
            answer_type=self.answer_type,
            speaker=self.speaker,
            speaker_pick=self.speaker_pick,
            margin=self.margin,
            meaning_agrees=meaning_agrees,
            sole_and_closest=sole_and_closest,
        )


_SIGNAL_FIELDS = tuple(f.name for f in fields(Signals))
_SIGNAL_VALUES = operator.attrgetter(*_SIGNAL_FIELDS)


# Fitted by benchmarks/fit_confidence.py on the even-numbered half of shared/eval/dev.jsonl
# (intercept first, then the Signals fields in order): coverage, its agreement with the closest
# passage in meaning and that passage being the only one as much on the topic carry the model;
# the speaker match, the speaker's passage being the only one of theirs on the topic, and the
# expected kind of answer (an amount, a count, a date, a person) add much, the margin and the
# known words a little.
COEFFICIENTS: tuple[float, ...] = (-1.350, 1.431, -0.018, 0.791, 0.825, 0.807, 0.594, 1.244, 0.759)
# From this probability on, the passages are the answer. Chosen by the rule in
# bot/engine/evaluation.py (`choose_threshold`) on the sets the model was not fitted on: the
# widest reach that keeps the right passage first in at least 90 % of a typical set's
# high-confidence answers and gives at most 15 % of the unanswerable questions one, each lower
# threshold taken only where the answers it adds are right as often. At 0.6, 55 % of the
# answerable questions of the 53 sets are answered with high confidence, 98 % rightly (typical
# set 94 %), and 4 % of the unanswerable ones (twentieth session). A speaker
# question's passage among others of theirs as much on the topic is rated high only where
# meaning picks it too (searcher._among_rivals). (`benchmarks/fit_confidence.py` prints the
# trade-off at each threshold, `storybot eval` at the chosen one.)
HIGH_CONFIDENCE = 0.6
# From this probability up to HIGH_CONFIDENCE, the passages are the answer where the sentence
# closest in meaning to the question, of all the sentences of the passages ranked, is the best
# passage's (searcher: `_closest_sentence_in`): an independent reading a sentence at a time,
# which the paragraph's own vector dilutes. Over the 56 sets of tests/data, between 0.35 and
# 0.6 it picks the best passage for 72 % of the right answers against 40 % of the wrong ones and
# 53 % of the unanswerable questions. Chosen as the threshold is, by the answers it adds being
# right about as often as the rule asks of a lower threshold (`evaluation.MIN_HIGH_GOLD_FIRST`):
# from 0.55, 39 added over the sets, 35 right, no unanswerable question; from 0.5, 87 % right.
# The threshold rule (`choose_threshold`) is applied with it in place, to the answers it does
# not vouch for (docs/quality-history.md, twenty-second session: 9reach).
SENTENCE_VOUCHED_FROM = 0.55


def probability(signals: Signals, coefficients: Sequence[float] | None = None) -> float:
    """The model's probability that the best passage answers (by COEFFICIENTS unless given)."""
    weights = COEFFICIENTS if coefficients is None else coefficients
    values = signals.vector()
    if len(weights) != len(values):
        raise ValueError(f"{len(weights)} coefficients for {len(values)} signals")
    # the products added in order, as a generator of them did, without a Python step each
    z = sum(map(operator.mul, weights, values))
    return 1.0 / (1.0 + math.exp(-z))


def fit(
    rows: Sequence[Signals], labels: Sequence[bool], *, ridge: float = 1.0, steps: int = 50
) -> tuple[float, ...]:
    """Logistic regression by Newton's method with a small ridge penalty (not on the intercept),
    which keeps the weights finite when the signals separate the labels."""
    x: FloatArray = np.array([r.vector() for r in rows], dtype=np.float64)
    return fit_arrays(x, np.array(labels, dtype=np.float64), ridge=ridge, steps=steps)


def fit_arrays(
    x: FloatArray, y: FloatArray, *, ridge: float = 1.0, steps: int = 50
) -> tuple[float, ...]:
    """`fit` of the signal vectors `x` (one row a question, `Signals.vector`) and labels `y`
    (1.0 or 0.0)."""
    weights: FloatArray = np.zeros(x.shape[1])
    penalty: FloatArray = np.eye(x.shape[1]) * ridge
    penalty[0, 0] = 0.0
    for _ in range(steps):
        p = 1.0 / (1.0 + np.exp(-(x @ weights)))
        gradient = x.T @ (p - y) + penalty @ weights
        hessian = (x.T * (p * (1 - p))) @ x + penalty
        step = np.linalg.solve(hessian, gradient)
        weights = weights - step
        if float(np.abs(step).max()) < 1e-9:
            break
    return tuple(round(float(w), 3) for w in weights)

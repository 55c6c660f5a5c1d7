"""The engine on the shared question set: the figures the project promises.

tests/data/eval-dev.jsonl is a copy of shared/eval/dev.jsonl, so the suite runs on a fresh
machine. tests/data/eval-fresh.jsonl holds 62 questions written from the story before any
tuning and never tuned on, eval-fresh-2.jsonl to eval-fresh-22.jsonl more written before later
rounds (12 and 13 were lost with a machine); a further, unseen set measures the same things:
fix causes, never one question.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from bot.engine.builder import build_snapshot
from bot.engine.confidence import COEFFICIENTS, HIGH_CONFIDENCE, Signals, fit, fit_arrays
from bot.engine.corpus import load_corpus
from bot.engine.evaluation import (
    MIN_HIGH_GOLD_FIRST,
    EvalReport,
    Ratio,
    choose_threshold,
    evaluate,
    fit_confidence,
    half,
    load_items,
    sets_held_out,
    spread_beyond_chance,
    threshold_by_rule,
    typical_share,
    with_typos,
)
from bot.engine.reports import QuoteView
from bot.engine.search import Searcher
from bot.engine.snapshot import IndexSnapshot

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def report() -> EvalReport:
    snapshot = build_snapshot(load_corpus(REPO / "corpus"), "test")
    searcher = Searcher(snapshot)
    people = {p.id: p.name for p in snapshot.people}
    quotes = [
        QuoteView(
            story_id=q.story_id,
            paragraph=q.paragraph,
            text=q.text,
            speaker=people.get(q.speaker_id) if q.speaker_id else None,
            kind=q.kind,
        )
        for q in snapshot.quotes
    ]
    return evaluate(load_items(REPO / "tests/data/eval-dev.jsonl"), searcher, quotes)


def held_out(snapshot: IndexSnapshot, name: str) -> EvalReport:
    """A held-out set in tests/data, asked of the shipped story."""
    return evaluate(load_items(REPO / "tests/data" / name), Searcher(snapshot), [])


def misses(report: EvalReport) -> str:
    return "\n".join(f"{i.id}: {i.question} -> {i.detail}" for i in report.items if not i.ok)


def value(ratio: Ratio) -> float:
    assert ratio.value is not None
    return ratio.value


# The figures measured on tests/data/eval-dev.jsonl (README "Quality, measured"). Below the
# issue's targets for recall and reach (see the README): the tests hold what is achieved.
def test_recall_over_the_answerable_questions(report: EvalReport) -> None:
    assert report.recall_at_1.total == 94
    # 0.734; 66 before a paragraph carrying on from the one before was ranked with its words
    # and a tie with a passage close in meaning alone went to the one sharing the words, 68
    # before every form of a light verb carried no topic ("when it comes to gangs"); 69 before
    # a question's adverbs ("still", "so far") weighed 0.3 of a word: d130 "How far is the jail
    # ..." had its passage first by ¶12's "so far" alone (the fresh sets gained 4)
    # 70 since a speaker's direct quotation ranks as the kind of answer asked (d102 "What did
    # Nayib Bukele say about freeing Abrego Garcia from prison?") and "what day of the week"
    # asks for a day, not any date (d161); 71 since someone's circle in other words reaches
    # the story's words for it (d122 "... sat down with people close to Trump ...": ¶2's
    # "Trump's inner circle"); 74 since a reaction is looked for after what it was to (d177
    # "How has Trump responded to ...", d178 "How did Trump react while ...") and a question
    # about timing finds what else was going on (d171 "Why was the timing of Monday's meeting
    # awkward ...": "The meeting also came as ...")
    assert report.recall_at_1.hits >= 74, misses(report)
    # 77/94 since a verb's rarer sense reaches the story's word for it ("locked up": "put
    # away", "imprison": d142's ¶18, "wrongful imprisonments", second); 78 with d122, 81 with
    # d171, d177 and d178 above; 82 since a verb's base form after "did" reaches the story's
    # word for any of its verb senses (d135 "Did Trump express gratitude": gold second)
    assert value(report.recall_at_3) >= 0.87, misses(report)  # 82/94


def test_answerable_questions_are_almost_never_refused(report: EvalReport) -> None:
    assert report.abstained_answerable.total == 105
    assert report.abstained_answerable.hits == 0, misses(report)


def test_a_high_confidence_answer_has_the_right_passage_first(report: EvalReport) -> None:
    # 59/105: "What is the population of El Salvador?" asks for a count, which its passage
    # holds; at 0.55 since "who ..., X or Y?" no longer reads naming X as a sign of the answer
    # and a speaker's passage among others of theirs as much on topic needs meaning to agree;
    # 56 (53 right) before prepositions, semi-auxiliaries and "what day of the week" framed
    # the question rather than its topic and "AG" was read as the attorney general. 59 (56
    # right) since a number, a date or a name counts the topic only as far as it stands around
    # it and the model was refitted on that reading (d150 and d181 high, d150's gold 3rd;
    # "When did Trump post the prison video?" low: "Ahead of the visit" is no date it reads)
    # 51 (50 right) at 0.6, the threshold chosen on the sets held out (0.55: 58, 56 right);
    # 54 (53 right) since the passage alone in holding as much of the topic and closest in
    # meaning counts (sole_and_closest) and the model was refitted: "How did Bukele try to get
    # face time with Biden?", "Did Matt Gaetz end up running the Justice Department?", "is
    # that prison close to the city??", "Which state did Matt Gaetz used to represent" high;
    # "who said el salvador went from super dangerous to the safest lol" low; 53 (all right)
    # since a speaker's direct quotation ranks as the kind of answer asked: d119 "what did
    # hrw say about people vanishing" shows ¶20 (their words) first, low, not ¶18, high
    assert report.high_confidence.hits >= 55, misses(report)
    assert value(report.high_gold_first) >= 0.98, misses(report)  # 55/55


def test_unanswerable_questions_rarely_get_a_high_confidence_answer(report: EvalReport) -> None:
    assert report.unanswerable_high.total == 23
    # 0/23 since a thing asked of its owner must be held (d200 "nationality") and so must an
    # earlier state (d201 "before it was lowered"): 2/23 before
    assert report.unanswerable_high.hits == 0, misses(report)


def test_every_absent_speaker_or_role_is_refused(report: EvalReport) -> None:
    assert report.absent_speaker_refused.total == 9
    assert value(report.absent_speaker_refused) == 1.0, misses(report)


def test_speakers_are_right_on_every_speaker_category_question(report: EvalReport) -> None:
    speaker = report.categories["speaker"].speaker
    assert speaker.total == 20 and value(speaker) == 1.0, misses(report)
    assert value(report.speaker) == 1.0, misses(report)


def test_every_attribution_item_is_right(report: EvalReport) -> None:
    assert report.attribution.total == 10
    assert value(report.attribution) == 1.0, misses(report)


def test_each_category_is_reported(report: EvalReport) -> None:
    assert set(report.categories) >= {
        "speaker",
        "paraphrase",
        "chat",
        "reasoning",
        "numbers_dates",
        "unanswerable",
        "attribution",
    }
    # 59/105 since 9us (dev d130: "the US transfers" reaches "deported from the United States")
    assert report.trade_off(0.6).startswith("trade-off at search.high_confidence = 0.60: 56%")


def test_the_fresh_held_out_questions_score_within_reach_of_the_dev_set(
    story_snapshot: IndexSnapshot,
) -> None:
    """eval-fresh.jsonl: questions written from the story before any tuning, never tuned on."""
    fresh = held_out(story_snapshot, "eval-fresh.jsonl")
    # 45/50: "How old is Bukele?" since the kind asked for decides among passages equally on
    # topic, "what did trump say to bukele when he arrived" since ¶9 ("in return") carries on
    # from ¶8 ("After arriving"), "Why is Bukele controversial?" since a tie goes to the words
    assert value(fresh.recall_at_1) >= 0.90, misses(fresh)
    assert value(fresh.recall_at_3) >= 0.94, misses(fresh)  # 47/50
    assert fresh.abstained_answerable.hits == 0, misses(fresh)
    assert value(fresh.high_gold_first) >= 0.90, misses(fresh)
    # 28/50, all right, at 0.6 (31 at 0.55)
    assert value(fresh.high_confidence) >= 0.56, misses(fresh)
    assert value(fresh.unanswerable_high) == 0.0, misses(fresh)  # 0/12
    assert value(fresh.absent_speaker_refused) == 1.0, misses(fresh)
    assert value(fresh.speaker) == 1.0, misses(fresh)


def test_a_second_held_out_set_scores_within_reach_of_the_dev_set(
    story_snapshot: IndexSnapshot,
) -> None:
    """eval-fresh-2.jsonl: 38 questions written the way members type (chatty, misspelt,
    paraphrased, near misses) before the second round of issue 9's tuning, never tuned on."""
    held = held_out(story_snapshot, "eval-fresh-2.jsonl")
    assert value(held.recall_at_1) >= 0.83, misses(held)  # 25/30
    # 27/30: 28 before the closest word in meaning bridged "deal" to "agreed" (h19)
    assert value(held.recall_at_3) >= 0.90, misses(held)
    assert held.abstained_answerable.hits == 0, misses(held)
    # 18/30: "whats the fee el salvador charges per deportee" asks for an amount; "yo did biden
    # ever meet w bukele lol" needs no "ever" in the passage
    # 19/30 until sole_and_closest and its refit: "bukele calls himself wat now" is low since
    assert value(held.high_confidence) >= 0.6, misses(held)  # 18/30
    assert value(held.high_gold_first) >= 0.90, misses(held)  # 18/18
    # "when is trump going to visit el salvador" asks for a time to come: no longer rated high;
    # at 0.55, "how much is the prison costing el salvador per year" is, and since the refit on
    # the reading of a number's own words "did the supreme court punish the white house for
    # ignoring the ruling" (2/8); at 0.6 since the refit after the story's noun stopped counting
    # as a topic word, "how much is the prison costing el salvador per year" (1/8); 0/8 since
    # sole_and_closest's refit
    assert value(held.unanswerable_high) <= 0.25, misses(held)
    assert value(held.absent_speaker_refused) == 1.0, misses(held)


def test_a_third_held_out_set_is_measured_and_kept(story_snapshot: IndexSnapshot) -> None:
    """eval-fresh-3.jsonl: 21 questions written before the third round of issue 9's tuning,
    most of them paraphrases, reasoning and near misses (the hardest kinds), never tuned on."""
    held = held_out(story_snapshot, "eval-fresh-3.jsonl")
    assert value(held.recall_at_1) >= 0.61, misses(held)  # 8/13
    assert value(held.recall_at_3) >= 0.76, misses(held)  # 10/13
    assert held.abstained_answerable.hits == 0, misses(held)
    assert held.high_confidence.hits >= 4, misses(held)  # all 4 right
    assert value(held.high_gold_first) == 1.0, misses(held)
    # at 0.55: "is garcia actually in ms-13", "who won el salvador's last presidential election"
    assert value(held.unanswerable_high) <= 0.25, misses(held)  # 2/8


def test_a_fourth_held_out_set_is_measured_and_kept(story_snapshot: IndexSnapshot) -> None:
    """eval-fresh-4.jsonl: 22 questions written the way members type before the fourth round
    (speakers named by a role or a description, near misses, absent speakers), never tuned on."""
    held = held_out(story_snapshot, "eval-fresh-4.jsonl")
    assert value(held.recall_at_1) >= 0.92, misses(held)  # 13/14 ("how old is bukele anyway")
    assert value(held.recall_at_3) == 1.0, misses(held)  # 14/14
    assert held.abstained_answerable.hits == 0, misses(held)
    assert held.high_confidence.hits >= 10, misses(held)  # 10/14, all right, at 0.6 (12 at 0.55)
    assert value(held.high_gold_first) == 1.0, misses(held)
    # "when does the state of emergency end": a near miss the engine still rates high
    assert value(held.unanswerable_high) <= 0.13, misses(held)  # 1/8
    assert value(held.absent_speaker_refused) == 1.0, misses(held)  # 3/3
    assert value(held.speaker) == 1.0, misses(held)  # 6/6


def test_a_fifth_held_out_set_is_measured_and_kept(story_snapshot: IndexSnapshot) -> None:
    """eval-fresh-5.jsonl: 26 questions written the way members type, mostly paraphrases and
    why/how questions, before issue 9's ranking round (the closest word in meaning as a bridge),
    never tuned on."""
    held = held_out(story_snapshot, "eval-fresh-5.jsonl")
    assert value(held.recall_at_1) >= 0.69, misses(held)  # 16/23
    assert value(held.recall_at_3) >= 0.82, misses(held)  # 19/23
    assert held.abstained_answerable.hits == 0, misses(held)
    assert held.high_confidence.hits >= 5, misses(held)  # all 5 right
    assert value(held.high_gold_first) == 1.0, misses(held)
    # 0 of 3: "what does taiwan think of the chinese gifts" is refused (the story does not
    # quote Taiwan) since one lower-case word of five letters or more can be a name
    assert held.unanswerable_high.hits == 0, misses(held)


def test_the_sixth_held_out_set(story_snapshot: IndexSnapshot) -> None:
    """eval-fresh-6.jsonl: 36 questions written the way members type (paraphrases, why/how,
    speakers, chat, numbers and eight near misses or absent people), kept out of the repository
    while issue 9's fifth round was tuned and measured only once it was merged."""
    held = held_out(story_snapshot, "eval-fresh-6.jsonl")
    assert value(held.recall_at_1) >= 0.85, misses(held)  # 24/28 ("how old is bukele")
    assert value(held.recall_at_3) >= 0.92, misses(held)  # 26/28
    assert held.abstained_answerable.hits == 0, misses(held)
    # all 16 right: "what's the population of el salvador" asks for a count; "did biden ever
    # meet bukele" needs no "ever" in the passage that says he met him
    # 20 (19 right) since the refit: "why does the white house like sending prisoners there"
    # is rated high on ¶4, not its gold; 15, all right, at 0.6; 16, all right, since
    # sole_and_closest and its refit ("is the emergency still going on down there", "what did
    # china build in el salvador" high; "what does bukele get out of the deal" low); 15, all
    # right, since the topic's common words are read beside the answer (9reach: "how old is
    # bukele" high; the refit puts "is the emergency still going on down there" and "what did
    # china build in el salvador" at 0.596, just under the threshold)
    assert held.high_confidence.hits >= 15, misses(held)
    assert held.high_gold_first.hits >= 15, misses(held)
    assert held.unanswerable_high.hits == 0, misses(held)
    assert value(held.speaker) == 1.0, misses(held)
    # 3 of 3: "el salvador's attorney general" showed Bondi's passage with low confidence
    # until a possessive naming nobody the story names was read as which attorney general
    assert value(held.absent_speaker_refused) == 1.0, misses(held)


def test_the_seventh_held_out_set(story_snapshot: IndexSnapshot) -> None:
    """eval-fresh-7.jsonl: 41 questions written the way members type (paraphrases, why/how,
    chat with emoji and shorthand, numbers, speakers, eight near misses or absent people), kept
    out of the repository while issue 9's sixth round was built and measured once, after it
    was merged."""
    held = held_out(story_snapshot, "eval-fresh-7.jsonl")
    assert value(held.recall_at_1) >= 0.72, misses(held)  # 24/33
    assert value(held.recall_at_3) >= 0.90, misses(held)  # 30/33
    assert held.abstained_answerable.hits == 0, misses(held)
    # 21, 20 right ("ever meet"; "what does bukele get out of helping trump" not); 20, all
    # right, since sole_and_closest's refit ("ok but how much $$ is el salvador getting" low)
    # 20, 19 right, since a why-question reads whether its passage gives a reason (9why): "why
    # is the US sending prisoners to el salvador instead of keeping them" is high on ¶4 (the
    # professor's "which serves as a major deterrent"; Miller's cost, the gold, second), "why
    # was garcia deported if it was a mistake" low (¶12 tells of it, in no words of a reason);
    # since the reason for a choice is read beside the course not taken (9wrong9), Miller's
    # "keeping the gang members in the U.S. would cost 100 times more" first, low (21, all
    # right)
    assert held.high_confidence.hits >= 20, misses(held)
    assert held.high_gold_first.hits >= 19, misses(held)
    assert held.unanswerable_high.hits <= 1, misses(held)  # at 0.55: "did garcia have a lawyer"
    assert value(held.speaker) == 1.0, misses(held)
    assert value(held.absent_speaker_refused) == 1.0, misses(held)


def test_the_eighth_held_out_set(story_snapshot: IndexSnapshot) -> None:
    """eval-fresh-8.jsonl: 42 questions written the way members type (paraphrases, why/how,
    chat with emoji and shorthand, numbers, speakers, eight near misses or absent people), kept
    out of the repository while the seventh session's issue-9 rounds were built, measured
    before them (the same ranking: R@1 26/34, 17 high) and once after they were merged."""
    held = held_out(story_snapshot, "eval-fresh-8.jsonl")
    assert value(held.recall_at_1) >= 0.79, misses(held)  # 27/34 (26 before "gotten")
    assert value(held.recall_at_3) >= 0.82, misses(held)  # 28/34
    assert held.abstained_answerable.hits == 0, misses(held)
    # 21, 20 right ("what's in it for bukele" not); 18, all right, at 0.6
    assert held.high_confidence.hits >= 18, misses(held)
    assert held.high_gold_first.hits >= 18, misses(held)
    # 0 of 8 since one lower-case word of five letters or more can name an absent speaker
    assert held.unanswerable_high.hits == 0, misses(held)
    assert value(held.speaker) == 1.0, misses(held)
    assert value(held.absent_speaker_refused) == 1.0, misses(held)  # 2 of 2


def test_the_ninth_held_out_set(story_snapshot: IndexSnapshot) -> None:
    """eval-fresh-9.jsonl: 45 questions written the way members type at the start of the
    eighth session, kept out of the repository. Measured at its start it showed a refusal of an
    answerable question ("what was the attorney general's take ...": the asking words read as
    the person) and 3 of 8 near misses rated high, so it was used to find that cause and is no
    longer blind; eval-fresh-10.jsonl is. Before -> after: R@1 26 -> 27/37, 15 high (13 right)
    -> 16 (14), 1 -> 0 refused, 3 -> 2 near misses high."""
    held = held_out(story_snapshot, "eval-fresh-9.jsonl")
    assert value(held.recall_at_1) >= 0.72, misses(held)  # 27/37
    assert value(held.recall_at_3) >= 0.86, misses(held)  # 32/37
    assert held.abstained_answerable.hits == 0, misses(held)
    # 15, 13 right, at 0.6 (18, 16 at 0.55); 17, 15 right, since sole_and_closest
    assert held.high_confidence.hits >= 17, misses(held)
    assert held.high_gold_first.hits >= 15, misses(held)
    # "what's the name of the prison" (a passage listing names of criminals: no name beside
    # "prison") and "when does bukele's term end" (a time to come; Trump's first term, in 2019,
    # is gone by) are no longer rated high
    assert held.unanswerable_high.hits == 0, misses(held)
    assert value(held.speaker) == 1.0, misses(held)
    assert value(held.absent_speaker_refused) == 1.0, misses(held)  # 2 of 2


def test_the_tenth_held_out_set(story_snapshot: IndexSnapshot) -> None:
    """eval-fresh-10.jsonl: 48 questions written the way members type at the start of the
    eighth session (after fresh-9 was measured), kept out of the repository and never looked
    at question by question until the session's issue-9 rounds were merged; measured before
    (R@1 30/40, 19 high, 18 right, 1 of 8 near misses high) and once after."""
    held = held_out(story_snapshot, "eval-fresh-10.jsonl")
    assert value(held.recall_at_1) >= 0.75, misses(held)  # 30/40
    assert value(held.recall_at_3) >= 0.90, misses(held)  # 36/40
    assert held.abstained_answerable.hits == 0, misses(held)
    # 20 high, 18 right: "are trump and bukele cooperating against gangs" is now high on
    # Leavitt's "El Salvador's cooperation" rather than "working together toward that end"
    # 22 (19 right) since the refit on a number's own words; 19 (18 right) at 0.6
    assert held.high_confidence.hits >= 19, misses(held)
    assert held.high_gold_first.hits >= 18, misses(held)
    # 0 of 8 at 0.6 since the refit after the story's noun stopped counting as a topic word
    # ("how much did the prison cost" was rated high)
    assert held.unanswerable_high.hits == 0, misses(held)
    assert value(held.speaker) == 1.0, misses(held)
    assert value(held.absent_speaker_refused) == 1.0, misses(held)  # 3 of 3


def test_the_eleventh_held_out_set(story_snapshot: IndexSnapshot) -> None:
    """eval-fresh-11.jsonl: 47 questions written the way members type at the start of the
    ninth session, kept out of the repository; measured at the start (R@1 34/39, 27 high, 26
    right, 1 of 8 near misses high). Two of its misses (the initials of a name the story
    spells out, and who wrote the article) were handed to a round as causes, so those two are
    not blind; the rest was measured once after the session's rounds were merged."""
    held = held_out(story_snapshot, "eval-fresh-11.jsonl")
    assert value(held.recall_at_1) >= 0.92, misses(held)  # 36/39
    assert value(held.recall_at_3) >= 0.97, misses(held)  # 38/39
    assert held.abstained_answerable.hits == 0, misses(held)
    # 28, 27 right, at 0.6 (32, 31 at 0.55); 29, 28 right, since sole_and_closest and its
    # refit ("is the us travel warning for el salvador lower now" and "wait why was garcia
    # deported in the first place??" high, "what does the us get out of sending deportees" low)
    assert held.high_confidence.hits >= 29, misses(held)
    assert held.high_gold_first.hits >= 28, misses(held)
    # "how many of the deportees are venezuelan": the $6 million "for taking deportees"
    assert held.unanswerable_high.hits <= 1, misses(held)
    assert value(held.speaker) == 1.0, misses(held)
    assert value(held.absent_speaker_refused) == 1.0, misses(held)  # 3 of 3


def test_the_threshold_rule_asks_90_percent_of_a_typical_set_not_of_the_pool() -> None:
    """Sets at 100 % and 80 % pool to 90 %, but one set in two would see one wrong answer in
    five: a typical set (mean less one deviation) gets 80 %."""
    assert typical_share([1.0, 0.8]) == pytest.approx(0.8)
    assert (typical_share([0.95, 0.92, 0.94]) or 0.0) >= MIN_HIGH_GOLD_FIRST
    assert typical_share([]) is None


def _reports(high: int, right: int, sets: int = 2, unanswerable: int = 1) -> list[EvalReport]:
    """`sets` alike reports with `high` answerable questions of 100 answered high, `right` of
    them rightly, `unanswerable` of 50 unanswerable ones high."""
    return [
        EvalReport.model_construct(
            high_confidence=Ratio(hits=high, total=100),
            high_gold_first=Ratio(hits=right, total=high),
            unanswerable_high=Ratio(hits=unanswerable, total=50),
        )
        for _ in range(sets)
    ]


@pytest.mark.parametrize(("added_right", "chosen"), [(6, 0.6), (9, 0.55)])
def test_a_lower_threshold_is_taken_only_where_the_answers_it_adds_are_right_enough(
    added_right: int, chosen: float
) -> None:
    """At 0.55 a typical set's high answers are right often enough (55 or 58 of 60), but the
    10 answers 0.55 adds to 0.6's 50 are right in 6 of them (60 %: not taken) or 9 (taken)."""

    def reports_at(threshold: float) -> list[EvalReport]:
        if threshold >= 0.65:
            return _reports(40, 40)
        if threshold == 0.6:
            return _reports(50, 49)
        if threshold == 0.55:
            return _reports(60, 49 + added_right)
        return _reports(80, 70)  # 87.5 %: below the typical set's floor

    assert threshold_by_rule(reports_at) == chosen


@pytest.mark.parametrize(("unanswerable_added", "chosen"), [(0, 0.55), (1, 0.6)])
def test_an_unanswerable_question_a_lower_threshold_answers_high_counts_as_a_wrong_answer(
    unanswerable_added: int, chosen: float
) -> None:
    """0.55 adds 10 answerable questions to 0.6's, 9 of them right (90 %: taken), unless it
    also answers an unanswerable one high in each set: 9 right of 11 answers added (not
    taken), though the pooled unanswerable share (2 of 50 a set) is far under its limit."""

    def reports_at(threshold: float) -> list[EvalReport]:
        if threshold >= 0.65:
            return _reports(40, 40)
        if threshold == 0.6:
            return _reports(50, 49)
        if threshold == 0.55:
            return _reports(60, 58, unanswerable=1 + unanswerable_added)
        return _reports(80, 70)  # 87.5 %: below the typical set's floor

    assert threshold_by_rule(reports_at) == chosen


def test_sets_as_far_apart_as_their_sizes_explain_spread_nothing_beyond_chance() -> None:
    """Two sets of 20 answers at 19 and 17 right differ by what chance gives sets of 20 at 90 %
    (a deviation of 0.067); sets of 200 as far apart (190 and 170) differ beyond it."""
    small = spread_beyond_chance([Ratio(hits=19, total=20), Ratio(hits=17, total=20)])
    assert small is not None
    assert small[0] == 0.0
    assert small[1] == pytest.approx((0.9 * 0.1 / 20) ** 0.5)
    large = spread_beyond_chance([Ratio(hits=190, total=200), Ratio(hits=170, total=200)])
    assert large is not None
    assert large[0] == pytest.approx((0.05**2 - 0.9 * 0.1 / 200) ** 0.5)
    # a set with no high-confidence answers tells nothing of the share
    assert spread_beyond_chance([Ratio(hits=0, total=0)]) is None


def test_a_fit_of_the_signal_vectors_is_the_fit_of_the_signals() -> None:
    """benchmarks/confidence_across_sets.py --set-halves fits the vectors it read once."""
    rows = [
        Signals(1.0, 1.0, 1.0, 0.0, 0.0, 0.5, 1.0, 1.0),
        Signals(0.5, 0.5, 0.0, 0.0, 0.0, 0.1, 0.5, 0.5),
        Signals(0.2, 1.0, -1.0, 1.0, 0.5, 0.0, 0.0, 0.0),
        Signals(0.9, 0.8, 0.0, 1.0, 1.0, 0.3, 0.9, 0.0),
    ]
    labels = [True, False, False, True]
    vectors = np.array([r.vector() for r in rows])
    assert fit_arrays(vectors, np.array(labels, dtype=np.float64)) == fit(rows, labels)


def test_the_shipped_confidence_model_is_the_one_fitted_on_the_even_half() -> None:
    """benchmarks/fit_confidence.py refits it: the coefficients in the code are its output."""
    snapshot = build_snapshot(load_corpus(REPO / "corpus"), "test")
    items = half(load_items(REPO / "tests/data/eval-dev.jsonl"), "even")
    fitted = fit_confidence(items, Searcher(snapshot))
    assert fitted == pytest.approx(COEFFICIENTS, abs=0.002)


def test_a_refit_is_written_into_the_model_in_one_command(tmp_path: Path) -> None:
    """benchmarks/fit_confidence.py --write: the coefficients and threshold replaced in place,
    the rest of confidence.py as it was."""
    spec = importlib.util.spec_from_file_location("fit", REPO / "benchmarks/fit_confidence.py")
    assert spec is not None and spec.loader is not None
    fitting = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(fitting)
    model = tmp_path / "confidence.py"
    shipped = (REPO / "bot/engine/confidence.py").read_text(encoding="utf-8")
    model.write_text(shipped, encoding="utf-8")
    fitting.write_model((-1.0, 0.5, 0.25, 0.125, 0.0, 1.0, 2.0, 3.0), 0.65, model)
    written = model.read_text(encoding="utf-8")
    listed = "(-1.000, 0.500, 0.250, 0.125, 0.000, 1.000, 2.000, 3.000)"
    assert f"COEFFICIENTS: tuple[float, ...] = {listed}" in written
    assert "\nHIGH_CONFIDENCE = 0.65\n" in written
    assert written.count("\n") == shipped.count("\n")


def test_the_shipped_threshold_is_the_one_the_stated_rule_picks_on_the_sets_held_out() -> None:
    """evaluation.choose_threshold on every set the model was not fitted on: the widest reach
    with the gold passage first in >= 90 % of a typical set's high-confidence answers and
    <= 15 % of unanswerable questions answered with high confidence."""
    snapshot = build_snapshot(load_corpus(REPO / "corpus"), "test")
    sets = sets_held_out(REPO / "tests/data")
    assert len(sets) == 95 and "eval-dev.jsonl (odd half)" in sets
    assert choose_threshold(list(sets.values()), Searcher(snapshot)) == HIGH_CONFIDENCE


@pytest.mark.parametrize("seed", range(1, 6))
def test_a_typo_in_each_question_costs_little_and_never_a_wrong_answer(seed: int) -> None:
    """`storybot eval --typos SEED`: one typo in a word of each question (names included).
    Before this engine (plain abstention by coverage) Recall@1 was 0.37-0.40 with 58-61 % of
    the answerable questions refused."""
    snapshot = build_snapshot(load_corpus(REPO / "corpus"), "test")
    items = with_typos(load_items(REPO / "tests/data/eval-dev.jsonl"), seed)
    report = evaluate(items, Searcher(snapshot), [])
    # seeds 1-5: 0.66-0.71, 2-4 of 105 refused (0.63-0.68 and 3-7 before a misspelt word was
    # written as meant in the text the question is read from: "Acording to the professor")
    assert value(report.recall_at_1) >= 0.65, misses(report)
    assert value(report.abstained_answerable) <= 0.04, misses(report)


def test_the_ninth_round_helpers_own_questions(story_snapshot: IndexSnapshot) -> None:
    """eval-own-9r.jsonl: 30 questions the eighth session's confidence helper wrote the way
    members type (paraphrases, chat, why/how, numbers, ten near misses and an absent role)
    before changing anything; measured before (12 high, all right; 2 of 10 unanswerable high)
    and after."""
    held = held_out(story_snapshot, "eval-own-9r.jsonl")
    assert value(held.recall_at_1) >= 0.90, misses(held)  # 18/20
    assert value(held.recall_at_3) == 1.0, misses(held)  # 20/20
    assert held.abstained_answerable.hits == 0, misses(held)
    # all 10 right at 0.6 (12 at 0.55); 9 since sole_and_closest's refit ("wait what video did
    # trump post before the visit" low)
    assert held.high_confidence.hits >= 9, misses(held)
    assert value(held.high_gold_first) == 1.0, misses(held)
    # 1 of 10: "what did taiwan say about the china gifts" is refused since one lower-case
    # word can be a name; "what gang was garcia accused of being in" is still rated high; 2
    # since a why-question reads whether its passage gives a reason (9why): "why did biden
    # refuse to meet bukele" on ¶31, whose "now that" stands in its sentence naming Bukele; 1
    # since a topic told of someone else is no answer ("what gang was garcia accused of being
    # in": the gang members of ¶12 are others)
    assert held.unanswerable_high.hits <= 1, misses(held)
    assert value(held.absent_speaker_refused) == 1.0, misses(held)  # 1 of 1


def test_the_ninth_round_second_helpers_near_misses(story_snapshot: IndexSnapshot) -> None:
    """eval-own-9n.jsonl: 23 answerable questions and 34 near misses (on the story's topic, not
    answered by it: a number or date of another event, a relation the passage does not state)
    the eighth session's second confidence helper wrote the way members type before changing
    anything. It holds what is achieved, not issue 9's limit: 13 of the 34 near misses were
    rated high at first (38 %, against <= 15 % asked), at every threshold from 0.55 to 0.65 at
    least 10; the fix is for a later round (docs/quality-history.md, "9n")."""
    held = held_out(story_snapshot, "eval-own-9n.jsonl")
    assert value(held.recall_at_1) >= 0.78, misses(held)  # 18/23
    assert value(held.recall_at_3) >= 0.91, misses(held)  # 21/23
    assert held.abstained_answerable.hits == 0, misses(held)
    # 12, 10 right, at 0.6 (15, 13 at 0.55); 15, 13 right, since sole_and_closest
    assert held.high_confidence.hits >= 15, misses(held)
    assert held.high_gold_first.hits >= 13, misses(held)
    # 12 since a question of a time to come is not high on times gone by ("when will ..."); 9
    # since a number, a date or a name counts the topic only around it ("how many people have
    # died in el salvador's prisons", "when did the supreme court rule on garcia", "when does
    # the state of emergency end" low; "how many people did human rights watch interview" not);
    # 5 since a topic told of someone else is no answer about the person asked ("what gang did
    # garcia belong to", "what crimes was garcia convicted of", "how many gang members did
    # trump deport last month") and "MS-13" holds no count ("how many tren de aragua members
    # are in the prison"); 0 since a count of a deed the story tells nowhere is not high
    # (9wrong5: "how many people did human rights watch interview")
    assert held.unanswerable_high.hits == 0, misses(held)


def test_the_ninth_session_initials_and_story_questions(story_snapshot: IndexSnapshot) -> None:
    """eval-own-9c.jsonl: 30 questions written the way members type before changing anything:
    initials of the story's names ("what is TPS", "tps", "TdA", "KAG"), questions about the
    story itself (who wrote it, when, its link, its outlet, its title) and near misses
    (initials it never spells out, "who wrote the law", "the link between them"). Before:
    Recall@1 7/24, 3 refused ("The story doesn't mention TPS"), 0 of 11 story questions
    answered from the story's details."""
    held = held_out(story_snapshot, "eval-own-9c.jsonl")
    assert held.recall_at_1.hits >= 23, misses(held)  # of 24
    assert held.recall_at_3.hits == 24, misses(held)
    assert held.abstained_answerable.hits == 0, misses(held)
    # 22, all right, until sole_and_closest's refit: "when was the fact sheet put out" and "who
    # published the list of criminals" are low since (20)
    assert held.high_confidence.hits >= 20, misses(held)  # all right
    assert value(held.high_gold_first) == 1.0, misses(held)
    story = held.categories["story_facts"]
    assert (story.recall_at_1.hits, story.high_confidence.hits) == (11, 11), misses(held)
    # "who wrote the law that bans reelection" is rated high on the reelection paragraph, as
    # before: a near miss of the relation asked, not a question about the story
    assert held.unanswerable_high.hits <= 1, misses(held)
    assert value(held.absent_speaker_refused) == 1.0, misses(held)  # "what did the FBI say"


def test_the_ninth_session_paraphrase_helpers_own_questions(story_snapshot: IndexSnapshot) -> None:
    """eval-own-9b.jsonl: 40 answerable questions (paraphrases in everyday words, chat openers,
    slang and emoji, a typo) and 6 near misses the ninth session's retrieval helper wrote the
    way members type before changing anything; measured before (R@1 27/40, 12 high, 11 right;
    1 of 6 unanswerable high) and after."""
    held = held_out(story_snapshot, "eval-own-9b.jsonl")
    assert value(held.recall_at_1) >= 0.67, misses(held)  # 27/40
    assert value(held.recall_at_3) >= 0.80, misses(held)  # 32/40
    assert held.abstained_answerable.hits == 0, misses(held)
    # 14, 13 right (12, 11 before): "hiii what did bukele say when he got to the oval office"
    # and "fr what did the press sec say they'd talk about" are read as speaker questions.
    # Wrong: "who did bukele hang out with before the white house visit" (¶8's visit)
    # 11, all right, at 0.6; 15, 14 right, since sole_and_closest (wrong: "why does trump like
    # shipping migrants off to el salvador's prison so much", on a passage not its gold); 14,
    # 13 right, since the topic's common words are read beside the answer (9reach: "lol how
    # old is bukele anyway" high; the refit puts "what did china build for el salvador", "who
    # lost out when bukele cozied up to beijing" and "how much cash has el salvador made off
    # the deal" at 0.596-0.598, just under the threshold)
    assert held.high_confidence.hits >= 14, misses(held)
    assert held.high_gold_first.hits >= 13, misses(held)
    # 1 of 6: "yo when is bukele flying back home" (a time to come the date reading misses)
    assert held.unanswerable_high.hits <= 1, misses(held)
    assert value(held.absent_speaker_refused) == 1.0, misses(held)  # 1 of 1


def test_the_near_miss_helpers_own_questions(story_snapshot: IndexSnapshot) -> None:
    """eval-own-9a.jsonl: 25 answerable number, date and name questions and 17 near misses (a
    number or date of another event, a name asked of a thing the story does not name, a past
    term for when one ends) the ninth session's near-miss helper wrote the way members type
    before changing anything. Before: 20 high (19 right), 14 of the 17 near misses high; after
    reading the words around the number, date or name: 20 high (19 right), 8 of 17."""
    held = held_out(story_snapshot, "eval-own-9a.jsonl")
    assert value(held.recall_at_1) >= 0.88, misses(held)  # 22/25
    assert held.abstained_answerable.hits == 0, misses(held)
    assert held.high_confidence.hits >= 20, misses(held)
    assert held.high_gold_first.hits >= 19, misses(held)
    # still high: a person, a name or a number beside the topic with the asked verb missing
    # ("who runs the supermax prison"); 4 of 17 since sole_and_closest's refit ("who is
    # garcia's lawyer" and "who made the hype video trump posted", "Truth Social", low); 5
    # since the refit with the why-questions' reading (9why): "who made the hype video trump
    # posted" high again (0.576 -> 0.628); 2 since "MS-13" holds no count ("how many gang
    # members were in trump's hype video"), "during trump's second term" is no date of it and
    # "what does it cost el salvador per inmate per year" asks for an amount; 0 since 9wrong6:
    # "who made the hype video trump posted" of a story telling no making (a deed untold)
    assert held.unanswerable_high.hits == 0, misses(held)


def test_the_speaker_reading_helpers_own_questions(story_snapshot: IndexSnapshot) -> None:
    """eval-own-9s.jsonl: 17 questions written the way members type before changing anything:
    a speech word used as a noun ("the hrw reports", "the china criticism", "his cost claims"),
    speaker questions behind a chat lead-in ("tldr on what", "gist of what") or typed "whatd",
    and near misses (absent speakers so asked, "what the story says"). Before: R@1 10/13, 9
    high (6 right), 1 of 4 unanswerable high, 0 of 3 absent speakers refused ("whatd putin
    say" answered with Bukele's quote); after: a noun is no speaker's verb, "whatd" is "what
    did", and a lead-in is read past."""
    held = held_out(story_snapshot, "eval-own-9s.jsonl")
    assert held.recall_at_1.hits >= 11, misses(held)  # of 13
    assert held.recall_at_3.hits >= 12, misses(held)
    assert held.abstained_answerable.hits == 0, misses(held)
    assert held.high_confidence.hits >= 8, misses(held)  # all right (7 before sole_and_closest)
    assert value(held.high_gold_first) == 1.0, misses(held)
    assert value(held.speaker) == 1.0, misses(held)  # 7 of 7
    assert held.unanswerable_high.hits == 0, misses(held)
    assert value(held.absent_speaker_refused) == 1.0, misses(held)  # 3 of 3


def test_the_confidence_helpers_blind_questions(story_snapshot: IndexSnapshot) -> None:
    """eval-own-9c2.jsonl: 52 questions (40 answerable, 11 near misses, an absent role) the
    eleventh session's confidence helper wrote the way members type before any change, and
    kept out of every fit and choice of that round: the gap between the sets the engine was
    tuned on and a new one (docs/quality-history.md, "Confidence on sets it was not fitted on
    (eleventh session, 9c)", moved from the README)."""
    held = held_out(story_snapshot, "eval-own-9c2.jsonl")
    assert value(held.recall_at_1) >= 0.67, misses(held)  # 27/40
    assert value(held.recall_at_3) >= 0.80, misses(held)  # 32/40
    assert held.abstained_answerable.hits == 0, misses(held)
    # 22 high, 18 right: near misses of the gold passage rated high ("were the two presidents
    # friendly in the oval office" on Bukele's "It's an honor to be here in the Oval Office")
    # 17 high, 15 right, at 0.6
    assert held.high_confidence.hits >= 17, misses(held)
    assert held.high_gold_first.hits >= 15, misses(held)
    assert held.unanswerable_high.hits == 0, misses(held)
    assert value(held.absent_speaker_refused) == 1.0, misses(held)  # 1 of 1


@pytest.mark.parametrize(
    ("name", "first", "high", "right"),
    # 19 high (18 right) and 17 (15) until sole_and_closest and its refit
    [("eval-fresh-14.jsonl", 29, 21, 20), ("eval-fresh-15.jsonl", 25, 18, 16)],
)
def test_the_eleventh_sessions_blind_sets(
    story_snapshot: IndexSnapshot, name: str, first: int, high: int, right: int
) -> None:
    """eval-fresh-14.jsonl and eval-fresh-15.jsonl: 48 questions each written the way members
    type at the start of the eleventh session, kept out of the repository and measured at its
    start (0.55: 23 high, 22 right; 21 high, 18 right). Their absent speakers ("did mexico's
    president weigh in", "what did jd vance say", "did amnesty international say anything")
    and a refused reasoning question ("why doesn't the administration think ...") were then used
    to find causes, so they are no longer blind; with the threshold they showed too low (86 %
    right), they are kept here."""
    held = held_out(story_snapshot, name)
    assert held.recall_at_1.hits >= first, misses(held)
    assert held.abstained_answerable.hits == 0, misses(held)
    assert held.high_confidence.hits >= high, misses(held)
    assert held.high_gold_first.hits >= right, misses(held)
    assert held.unanswerable_high.hits <= 2, misses(held)  # fresh-14: a cost, a level before
    assert value(held.absent_speaker_refused) == 1.0, misses(held)  # 3 of 3 each
    assert value(held.speaker) == 1.0, misses(held)


@pytest.mark.parametrize(
    ("name", "first", "high", "right", "unanswerable_high", "absent_refused"),
    [
        # since sole_and_closest's refit fresh-16's "wait so el salvador is getting paid for
        # this?? how much" (gold 2nd) and a near miss ("whats the name of the prison they're
        # sending ppl to") are low; fresh-17's near miss "whens garcia's next court hearing" is
        # high on the one passage on his case, closest in meaning; since the refit with the
        # why-questions' reading (9why), "whats the name of the prison they're sending ppl to"
        # is high (0.589 -> 0.623) on a passage naming no prison
        ("eval-fresh-16.jsonl", 26, 14, 13, 1, 3),
        ("eval-fresh-17.jsonl", 24, 22, 19, 1, 3),
    ],
)
def test_the_eleventh_sessions_sets_measured_at_its_start_and_end(
    story_snapshot: IndexSnapshot,
    name: str,
    first: int,
    high: int,
    right: int,
    unanswerable_high: int,
    absent_refused: int,
) -> None:
    """eval-fresh-16.jsonl and eval-fresh-17.jsonl: 48 questions each written the way members
    type at the start of the eleventh session, kept out of the repository through its rounds
    (two fresh-16 items were read: an answerable question refused, "does the us government
    say ...", and an absent organisation) and measured at its start (0.55: 20 high, 17 right,
    an answerable question refused, 2 of 3 absent speakers refused; 24 high, 20 right, 1 of 3)
    and end. They hold what is achieved, not issue 9's limits: fresh-17's high answers are 87 %
    right. Fresh-16's "what does the aclu say" (a lower-case initialism) is refused since the
    twelfth session (3 of 3)."""
    held = held_out(story_snapshot, name)
    assert held.recall_at_1.hits >= first, misses(held)  # of 36 (4 stretch questions apart)
    assert held.abstained_answerable.hits == 0, misses(held)
    assert held.high_confidence.hits >= high, misses(held)
    assert held.high_gold_first.hits >= right, misses(held)
    assert held.unanswerable_high.hits <= unanswerable_high, misses(held)
    assert held.absent_speaker_refused.hits >= absent_refused, misses(held)
    assert value(held.speaker) == 1.0, misses(held)


@pytest.mark.parametrize(
    ("name", "first", "high", "right", "speaker_right"),
    [
        # fresh-18: 17 high until sole_and_closest and its refit
        ("eval-fresh-18.jsonl", 26, 18, 17, 8),
        # fresh-19: 12 high until "the WH" led to the White House's words (9x)
        ("eval-fresh-19.jsonl", 32, 13, 13, 8),
        # 31 since an opening clause is not the speaker and "u seen this?" no part to
        # answer (9q); 32 since a roster is "a list of names" (definitions as bridges, 9gloss)
        ("eval-fresh-20.jsonl", 32, 18, 18, 8),
    ],
)
def test_the_twelfth_sessions_sets(
    story_snapshot: IndexSnapshot,
    name: str,
    first: int,
    high: int,
    right: int,
    speaker_right: int,
) -> None:
    """eval-fresh-18.jsonl and eval-fresh-19.jsonl: 48 questions each written the way members
    type at the start of the twelfth session by helpers who read only the story, kept out of
    the repository and measured at its start (960cff7: Recall@1 23 and 28 of 40, 17 high of
    which 16 right and 11 of 11, one answerable question refused in each, 2 of 3 absent
    speakers refused in each, speaker right 7 and 6 of 8). Fresh-18's misses were read for
    causes ("the el sal prez", "washington" as a speaker, "beijing", "aoc"); six fresh-19 items
    were read. eval-fresh-20.jsonl was written the same way in the middle of the session and
    measured on its start (Recall@1 24 of 40, 14 high all right, 4 answerable questions
    refused, speaker right 5 of 8, 1 of 3 absent speakers refused) and on main then (25, 15,
    4, 5 of 8, 2 of 3); its refusals and speaker misses were then read for causes ("el
    salvadors president", "HRWs verdict", "the big guy", "the cornell profs take", "put out a
    statement"). They hold what is achieved, not issue 9's limits: few high answers (30-42 %);
    "bondi on garcia?" showed Bukele's passage first till "X on Y?" was read (9q)."""
    held = held_out(story_snapshot, name)
    assert held.recall_at_1.hits >= first, misses(held)
    assert held.abstained_answerable.hits == 0, misses(held)
    assert held.high_confidence.hits >= high, misses(held)
    assert held.high_gold_first.hits >= right, misses(held)
    assert held.unanswerable_high.hits == 0, misses(held)
    assert value(held.absent_speaker_refused) == 1.0, misses(held)  # 3 of 3 each
    assert held.speaker.hits >= speaker_right, misses(held)


@pytest.mark.parametrize(
    ("name", "first", "high", "right", "unanswerable_high"),
    [
        # 14 high until sole_and_closest and its refit ("is it true biden snubbed him back in
        # the day", "did the white house publish a list of who they shipped off down there")
        # 31 and 17 until a speaker's quotation carrying on from the paragraph on the topic
        # counted as on it ("what did bukele say when asked about sending garcia back")
        ("eval-fresh-21.jsonl", 32, 18, 18, 1),
        # 9 (8) until the quotation of someone a plain question names, carrying on from the
        # paragraph on the topic, counted as on it
        ("eval-fresh-22.jsonl", 30, 10, 9, 0),
        # "how many MS-13 members are locked up in US prisons right now" is rated high on the
        # hype video's gang members locked up in the Salvadoran prison; since the refit with
        # the why-questions' reading (9why) also "How much does the US pay per prisoner per
        # year ..." on Miller's "100 times more" (0.587 -> 0.606)
        ("eval-fresh-23.jsonl", 26, 17, 17, 2),
        # 31, 15 (14), speaker 7 of 8, 1 unanswerable high at the start; 30, 17 (16), 6 of 8, 2
        # after the session's first merges; read then ("the el salvador guy", "what %",
        # "mexico's foreign minister reaction", "what exactly" after a statement)
        ("eval-fresh-26.jsonl", 32, 18, 17, 0),
    ],
)
def test_the_thirteenth_sessions_read_sets(
    story_snapshot: IndexSnapshot,
    name: str,
    first: int,
    high: int,
    right: int,
    unanswerable_high: int,
) -> None:
    """eval-fresh-21.jsonl (written at the end of the twelfth session and measured blind on its
    start and end: Recall@1 27 and 30 of 40, 14 and 13 high all right, one answerable question
    refused, speaker right 6 and 7 of 8) and eval-fresh-22.jsonl (written at the start of the
    thirteenth by a helper who read only the story; on its start ed4b21c: Recall@1 27, 9 high of
    which 8 right, one answerable question refused). Both were then read for causes ("45/47" as
    a speaker, "how come X thinks", "leaders in the Latin world", "where is the prison", "right
    now"). Fresh-21's "how much does it cost per prisoner per year" is rated high on Miller's
    "100 times more" (a ratio, not the amount asked). eval-fresh-23.jsonl (written at this
    session's start by a helper who read only the story; at ed4b21c Recall@1 24, 12 high all
    right, two speaker questions refused, 2 of 8 unanswerable high; 24, 15, 2 and 1 on main at
    5d33a51) was read for causes at the end ("HRW's write-up" and "what did the US president
    have to say" refused as people the story does not quote). eval-fresh-26.jsonl was written
    in the thirteenth session by a helper who read only the story, in a community's short,
    typo-prone style, and measured blind on its start and after its first merges."""
    held = held_out(story_snapshot, name)
    assert held.recall_at_1.hits >= first, misses(held)
    assert held.abstained_answerable.hits == 0, misses(held)
    assert held.high_confidence.hits >= high, misses(held)
    assert held.high_gold_first.hits >= right, misses(held)
    assert held.unanswerable_high.hits <= unanswerable_high, misses(held)
    assert value(held.absent_speaker_refused) == 1.0, misses(held)  # 3 of 3 each
    assert value(held.speaker) == 1.0, misses(held)  # 8 of 8 each


def test_the_fourteenth_sessions_read_set(story_snapshot: IndexSnapshot) -> None:
    """eval-fresh-24.jsonl: written in the thirteenth session by a helper who read only the
    story, its four refusals read then (27 -> 30 of 40 Recall@1, 15 high of which 13 -> 14
    right), read whole at the fourteenth's start for causes ("according to the story" searched
    as words, "... ?? what exactly he said" a question of its own, "The Cornell professor, what
    does he say ..." searched with no speaker)."""
    held = held_out(story_snapshot, "eval-fresh-24.jsonl")
    assert held.recall_at_1.hits >= 30, misses(held)
    assert held.recall_at_3.hits >= 36, misses(held)
    assert held.abstained_answerable.hits == 0, misses(held)
    assert held.high_confidence.hits >= 19, misses(held)
    assert held.high_gold_first.hits >= 19, misses(held)
    assert held.unanswerable_high.hits == 0, misses(held)
    assert value(held.absent_speaker_refused) == 1.0, misses(held)  # 3 of 3
    assert value(held.speaker) == 1.0, misses(held)  # 8 of 8


def test_the_thirteenth_sessions_chat_forms(story_snapshot: IndexSnapshot) -> None:
    """eval-own-9q.jsonl: 44 questions written the way members type before changing anything:
    "X on Y?", a statement before the question, possessives without their apostrophe, chat;
    8 unanswerable, 3 of them absent speakers. Before: Recall@1 27 of 36, 19 high (18 right),
    speaker right 17 of 20, absent speakers 2 of 3 ("obama on bukele?" was searched)."""
    held = held_out(story_snapshot, "eval-own-9q.jsonl")
    assert held.recall_at_1.hits >= 30, misses(held)
    assert held.abstained_answerable.hits == 0, misses(held)
    assert held.high_confidence.hits >= 22, misses(held)
    assert held.high_gold_first.hits >= 21, misses(held)
    assert held.unanswerable_high.hits == 0, misses(held)
    assert value(held.speaker) == 1.0, misses(held)  # 20 of 20
    assert value(held.absent_speaker_refused) == 1.0, misses(held)  # 3 of 3


def test_the_thirteenth_sessions_writings_and_have_to_say(story_snapshot: IndexSnapshot) -> None:
    """eval-own-9y.jsonl: 31 questions written the way members type before changing anything,
    in the classes of fresh-23's refusals and its quotation carrying on ("according to HRW's
    write-up", "what did the salvadoran president have to say", "did bukele say he has the
    power to send garcia back"); 7 unanswerable, 6 of them absent speakers. Before: Recall@1 5
    of 24, 13 answerable questions refused, 8 high (5 right), speaker right 5 of 17, absent
    speakers 4 of 6 ("what did Amnesty's report say" was searched)."""
    held = held_out(story_snapshot, "eval-own-9y.jsonl")
    assert held.recall_at_1.hits >= 17, misses(held)
    assert held.recall_at_3.hits >= 21, misses(held)
    # "whats HRW's writeup say": "writeup" is no word WordNet has
    assert held.abstained_answerable.hits <= 1, misses(held)
    # 18 high, 15 right: "what did bukele call abrego garcia" and "what did trump say after
    # claiming the media would love it" are rated high on the paragraph before the quotation;
    # 17 since a speaker's direct quotation ranks as the kind of answer asked ("did bukele say
    # he has the power to send garcia back": his words first, low, not ¶13, high)
    assert held.high_confidence.hits >= 17, misses(held)
    assert held.high_gold_first.hits >= 15, misses(held)
    assert held.unanswerable_high.hits == 0, misses(held)
    assert value(held.speaker) == 1.0, misses(held)  # 17 of 17
    assert value(held.absent_speaker_refused) == 1.0, misses(held)  # 6 of 6


def test_the_thirteenth_sessions_acronyms_and_everyday_phrasings(
    story_snapshot: IndexSnapshot,
) -> None:
    """eval-own-9x.jsonl: 40 questions written the way members type before changing anything:
    counting questions with a verb the story uses in another form ("how many people live"),
    everyday phrases for the story's formal ones ("run for another term"), initials of its
    phrases ("SoE", "soe", "WH", "HRW"), and English words that are no initials ("us", "am",
    "it"); 8 unanswerable, 2 of them absent speakers. Before: Recall@1 16 of 32, 10 high (all
    right), 2 answerable refused ("The story doesn't mention SoE.")."""
    held = held_out(story_snapshot, "eval-own-9x.jsonl")
    assert held.recall_at_1.hits >= 19, misses(held)
    assert held.abstained_answerable.hits == 0, misses(held)
    # 13, all right; 12 since the refit of 9reach ("is it safe to travel to el salvador now" at
    # 0.596, just under the threshold)
    assert held.high_confidence.hits >= 12, misses(held)
    assert held.high_gold_first.hits >= 12, misses(held)
    assert held.unanswerable_high.hits == 0, misses(held)
    assert value(held.absent_speaker_refused) == 1.0, misses(held)  # 2 of 2


def test_the_thirteenth_sessions_questions_asking_for_names(story_snapshot: IndexSnapshot) -> None:
    """eval-own-9z.jsonl: 28 questions written the way members type before changing anything:
    "which gangs", "what court", "which office" asking for the names of things; their
    neighbours ("which one of them", "which of them", a role, a country); 6 unanswerable. Before:
    Recall@1 18 of 22 (a passage on "gang members" in general before the one naming "Tren de
    Aragua and MS-13 gang members"), 12 high (11 right), 1 of 6 unanswerable high."""
    held = held_out(story_snapshot, "eval-own-9z.jsonl")
    # "which gangs does el salvador lock up for the us": the paragraph naming them first, low
    # (9wrong5: it was rated high on the one of "alleged gang member migrants", which holds
    # more of the question's words)
    assert held.recall_at_1.hits == 22, misses(held)
    assert held.recall_at_3.hits == 22, misses(held)
    assert held.abstained_answerable.hits == 0, misses(held)
    assert held.high_confidence.hits >= 11, misses(held)
    assert held.high_gold_first.hits == held.high_confidence.hits, misses(held)
    # "which gang was abrego garcia accused of belonging to", on that paragraph (as before)
    assert held.unanswerable_high.hits <= 1, misses(held)


def test_the_fourteenth_sessions_everyday_paraphrases(story_snapshot: IndexSnapshot) -> None:
    """eval-own-9gloss.jsonl: 28 questions written the way members type before changing
    anything, each in everyday words the story does not use ("inhabitants", "compliment",
    "vanishing", "boasting", "slammed", "spokeswoman"); 4 unanswerable. Before and after the
    definitions' bridges (none of its words is of one sense and reaches the story's words by
    its definition): Recall@1 12 of 24, Recall@3 17, 7 high (6 right), one answerable refused
    ("what did trump's spokeswoman say they'd go over": a role qualified by the person it
    serves, which the speaker reading did not read as the story's press secretary). Since a
    possessive says whose (the lead's round): 13, 18, none refused; its unanswerable "did
    trump's spokeswoman say how long the meeting would last" is then her words, and low only
    since the question after her speech verb is read whatever the length of her role."""
    held = held_out(story_snapshot, "eval-own-9gloss.jsonl")
    assert held.recall_at_1.hits >= 13, misses(held)
    assert held.recall_at_3.hits >= 18, misses(held)
    assert held.abstained_answerable.hits == 0, misses(held)
    assert held.high_confidence.hits >= 7, misses(held)
    assert held.high_gold_first.hits >= 6, misses(held)
    assert held.unanswerable_high.hits == 0, misses(held)


def test_the_fourteenth_sessions_why_questions(story_snapshot: IndexSnapshot) -> None:
    """eval-own-9why.jsonl: 28 questions written the way members type before changing anything:
    why, how come, what for, "what's the reason", "whats his excuse", "whats in it for"; 6 whose
    reason the story does not give ("why did gaetz go see bukele over the weekend"). Before:
    Recall@1 15 of 22, 7 high (6 right), 5 of the 6 unanswerable high, each on the passage
    telling of the matter asked about."""
    held = held_out(story_snapshot, "eval-own-9why.jsonl")
    assert held.recall_at_1.hits >= 15, misses(held)
    assert held.recall_at_3.hits >= 18, misses(held)
    assert held.abstained_answerable.hits == 0, misses(held)
    # 7 high, 6 right (y28 rekeyed since: 12 high, 11 right): "what for does the white house
    # want el salvador's supermax" is high on Leavitt's "using their supermax prison" (no
    # reason, but every word and closest in meaning); a speaker's passage giving no reason is
    # not rated high (sixteenth session):
    # "why did bukele say his country wants to help the us" (his "if we can help, we will do
    # it") no longer is, nor "why did bukele call himself a philosopher king", which the story
    # does not say
    assert held.high_confidence.hits >= 7, misses(held)
    assert held.high_gold_first.hits >= 6, misses(held)
    # "why was abrego garcia deported in the first place" (y28) was keyed unanswerable and
    # rated high on "a Maryland man they “mistakenly” deported": rekeyed to that passage
    # (9wrong9), as fresh-11's "why was garcia deported in the first place", fresh-9's "why was
    # he even deported" and this set's own "how did garcia end up in el salvador in the first
    # place" key it; the story's one word on why is that it was a mistake
    assert held.unanswerable_high.hits == 0, misses(held)


def test_the_fifteenth_sessions_near_misses(story_snapshot: IndexSnapshot) -> None:
    """eval-own-9near.jsonl: 33 questions written the way members type before changing anything,
    12 of them near misses (a number or person of another event, a relation the passage does not
    state, an attribute the story never gives). Before: Recall@1 18 of 21, 13 high (12 right),
    5 of the 12 near misses high; since numbers and times that are no answer of the kind asked
    are read so ("how many ms-13 members live in the united states", "when did trump's second
    term start"), 3. Since a role several people share names no one a "who" question asks
    for (twentieth session), "who was trump's pick for attorney general before bondi" is no
    longer a wrong high: Recall@1 20, 12 high (12 right)."""
    held = held_out(story_snapshot, "eval-own-9near.jsonl")
    assert held.recall_at_1.hits >= 20, misses(held)
    assert held.recall_at_3.hits >= 21, misses(held)
    assert held.abstained_answerable.hits == 0, misses(held)
    assert held.high_confidence.hits - held.high_gold_first.hits == 0, misses(held)
    assert held.high_gold_first.hits >= 12, misses(held)
    # still high: "who runs the prison outside san salvador" and "who designed the amusement
    # park china built" (the verb asked missing, the rest held beside a person), "how many
    # people have been convicted in the us" ("us" in lower case read as the pronoun)
    assert held.unanswerable_high.hits <= 3, misses(held)


def test_the_sixteenth_sessions_forum_questions(story_snapshot: IndexSnapshot) -> None:
    """eval-own-forum.jsonl: 26 questions written the way a politics forum types: long, with
    words set off before what they ask ("putting the politics aside for a sec, what did trump
    ..."), follow-ups, hedges. On the sixteenth session's start (8fb92f7): Recall@1 12 of 22,
    Recall@3 13, 4 high (4 right), speaker right 3 of 6, 1 of 2 absent speakers refused: a
    clause before "what did X say" hid the speaker, "HRW's overall verdict" asked for no one's
    words, "Guatemala's president, has he weighed in" got the closest passages."""
    held = held_out(story_snapshot, "eval-own-forum.jsonl")
    # 14, 16, 6 (6 right) since the seventeenth session's 9long read the writer's own words,
    # hedges and disclaimers as no topic ("correct me if I'm wrong, but", "not trying to start
    # a fight:")
    assert held.recall_at_1.hits >= 14, misses(held)
    assert held.recall_at_3.hits >= 16, misses(held)
    assert held.abstained_answerable.hits == 0, misses(held)
    assert held.high_confidence.hits >= 6, misses(held)
    assert held.high_gold_first.hits >= 6, misses(held)
    assert held.speaker.hits == 6, misses(held)
    assert held.unanswerable_high.hits == 0, misses(held)
    assert held.absent_speaker_refused.hits == 2, misses(held)


def test_the_seventeenth_sessions_long_forum_questions(story_snapshot: IndexSnapshot) -> None:
    """eval-own-9long.jsonl: 36 long questions as a forum writes them (context before the ask,
    the writer's own words, hedges, opinions, follow-ups), written before changing anything.
    At the start (d0c9dea): Recall@1 26 of 32, Recall@3 30, 12 high (11 right), the Mexican
    president asked for after a statement not refused: the kind of answer read of the
    message's first sentence, a follow-up pointing back keeping the statement before the
    question, "I read somewhere that", "seems crazy to me" read as topic."""
    held = held_out(story_snapshot, "eval-own-9long.jsonl")
    assert held.recall_at_1.hits >= 27, misses(held)
    assert held.recall_at_3.hits >= 30, misses(held)
    assert held.abstained_answerable.hits == 0, misses(held)
    assert held.high_confidence.hits >= 20, misses(held)
    assert held.high_gold_first.hits >= 20, misses(held)
    assert held.speaker.hits == 9, misses(held)
    assert held.unanswerable_high.hits == 0, misses(held)
    assert held.absent_speaker_refused.hits == 1, misses(held)


@pytest.mark.parametrize(
    ("name", "first", "high", "right", "speakers_right", "refused"),
    [
        # written in the thirteenth session by a helper who read only the story; blind until
        # the fifteenth read it: 26 of 40 first, 13 high (12 right) at the thirteenth's start
        ("eval-fresh-25.jsonl", 28, 18, 16, 8, 1),
        # written at the thirteenth's end, blind until the sixteenth read it: 25 first, 10 high
        # (8 right) at the thirteenth's end; 26, 15 (13) at the sixteenth's start
        ("eval-fresh-27.jsonl", 27, 17, 15, 8, 0),
    ],
)
def test_the_blind_sets_read_since(
    story_snapshot: IndexSnapshot,
    name: str,
    first: int,
    high: int,
    right: int,
    speakers_right: int,
    refused: int,
) -> None:
    """Fresh sets 25 and 27, each measured blind for two sessions, then read for causes
    (fresh-27: "the emergency measures in El Salvador" losing to passages sharing no word of
    it, "how does HRW characterise democracy", "the mexican president, what did he say")."""
    held = held_out(story_snapshot, name)
    assert held.recall_at_1.hits >= first, misses(held)
    assert held.abstained_answerable.hits <= refused, misses(held)
    assert held.high_confidence.hits >= high, misses(held)
    assert held.high_gold_first.hits >= right, misses(held)
    assert held.unanswerable_high.hits == 0, misses(held)
    assert value(held.absent_speaker_refused) == 1.0, misses(held)  # 3 of 3 each
    assert held.speaker.hits >= speakers_right, misses(held)


def test_the_eighteenth_sessions_read_set(story_snapshot: IndexSnapshot) -> None:
    """eval-fresh-39.jsonl: written in the eighteenth session by a helper who saw only the story,
    as journalists ask in a newsroom chat (terse editor-speak, abbreviations), read whole for
    causes by 9read39. On its start (6437c6e): Recall@1 32 of 40, Recall@3 36, 18 high all
    right, 2 answerable questions refused ("how did Biden respond when ...", "how old is
    Bukele? need it for the ID line"), "anything from Abrego Garcia himself on ..." rated
    high, absent speakers refused 2 of 3."""
    held = held_out(story_snapshot, "eval-fresh-39.jsonl")
    assert held.recall_at_1.hits >= 36, misses(held)
    assert held.recall_at_3.hits >= 38, misses(held)
    assert held.abstained_answerable.hits == 0, misses(held)
    assert held.high_confidence.hits >= 21, misses(held)
    assert held.high_gold_first.hits >= 21, misses(held)
    assert held.unanswerable_high.hits == 0, misses(held)
    assert value(held.absent_speaker_refused) == 1.0, misses(held)  # 3 of 3
    assert value(held.speaker) == 1.0, misses(held)  # 8 of 8


def test_the_eighteenth_sessions_set_read_by_the_lead(story_snapshot: IndexSnapshot) -> None:
    """eval-fresh-41.jsonl: written in the eighteenth session by a helper who saw only the story,
    as a heated political-argument server asks (sarcasm, leading questions, words in capitals
    for emphasis), read whole for causes by the lead. On its start (6437c6e): Recall@1 29 of
    40, Recall@3 36, 13 high all right, 2 answerable questions refused ("The story doesn't
    mention REFUSES.", "... OUR White House."), speaker right 6 of 8."""
    held = held_out(story_snapshot, "eval-fresh-41.jsonl")
    assert held.recall_at_1.hits >= 31, misses(held)
    assert held.recall_at_3.hits >= 37, misses(held)
    assert held.abstained_answerable.hits == 0, misses(held)
    assert held.high_confidence.hits >= 15, misses(held)
    assert held.high_gold_first.hits >= 15, misses(held)
    assert held.unanswerable_high.hits == 0, misses(held)
    assert value(held.absent_speaker_refused) == 1.0, misses(held)  # 3 of 3
    # "did trump seriously gush over bukele ...": no speech verb, Bukele's greeting first
    assert held.speaker.hits >= 7, misses(held)


def assert_read_set_floors(
    held: EvalReport,
    *,
    recall_at_1: int,
    recall_at_3: int,
    high: int,
    wrong_high: int = 0,
    absent_refused: int = 3,
    speaker: int = 8,
) -> None:
    """The floors of a fresh set read whole (each test's docstring says where it began): no
    answerable question refused, every high answer right (but the `wrong_high` its docstring
    names), none of its unanswerable questions rated high, its 3 absent speakers refused (but
    those its docstring names searched: `absent_refused` of 3) and its 8 speaker questions
    right (but those its docstring names wrong: `speaker` of 8)."""
    assert held.recall_at_1.hits >= recall_at_1, misses(held)
    assert held.recall_at_3.hits >= recall_at_3, misses(held)
    assert held.abstained_answerable.hits == 0, misses(held)
    assert held.high_confidence.hits >= high, misses(held)
    assert held.high_gold_first.hits >= held.high_confidence.hits - wrong_high, misses(held)
    assert held.unanswerable_high.hits == 0, misses(held)
    assert held.absent_speaker_refused.total == 3, misses(held)
    assert held.absent_speaker_refused.hits >= absent_refused, misses(held)
    assert held.speaker.total == 8, misses(held)
    assert held.speaker.hits >= speaker, misses(held)


def test_the_twenty_first_sessions_read_set(story_snapshot: IndexSnapshot) -> None:
    """eval-fresh-47.jsonl: written by a helper who saw only the story, as students asking for
    homework ("for the hw q about costs"), the last blind set of its batch, read whole in the
    twenty-first session. On its start (ed4115e): Recall@1 35 of 40, Recall@3 39, 28 high (27
    right: "the significance of the relationship for trump according to the cornell
    professor" rated high on the passage introducing him), none refused, speaker right 8."""
    held = held_out(story_snapshot, "eval-fresh-47.jsonl")
    assert_read_set_floors(held, recall_at_1=38, recall_at_3=39, high=27)


def test_the_twenty_second_sessions_read_set(story_snapshot: IndexSnapshot) -> None:
    """eval-fresh-52.jsonl: written blind by a helper who saw only the story, as a sports fans'
    Discord asks ("el sal", "or nah", "buddy buddy"), read whole in the twenty-second session.
    On its start (92e809d): Recall@1 33 of 40, Recall@3 37, 19 high (18 right: "how did these
    two even get close" on Bukele's "close ties to China"), none refused, "when is bukele's
    term up" rated high on "during Trump's first term", speaker right 8."""
    held = held_out(story_snapshot, "eval-fresh-52.jsonl")
    assert held.recall_at_1.hits >= 37, misses(held)
    assert held.recall_at_3.hits >= 38, misses(held)
    assert held.abstained_answerable.hits == 0, misses(held)
    # 9miss's history passage first for "get close": right, and rated low
    assert held.high_confidence.hits >= 20, misses(held)
    assert held.high_gold_first.hits >= 20, misses(held)
    assert held.unanswerable_high.hits == 0, misses(held)
    assert value(held.absent_speaker_refused) == 1.0, misses(held)  # 3 of 3
    assert held.speaker.hits == 8, misses(held)


def test_the_twenty_third_sessions_read_set(story_snapshot: IndexSnapshot) -> None:
    """eval-fresh-50.jsonl: 48 questions written blind in the twenty-first session by a helper
    who saw only the story, measured blind since, read whole in the twenty-third. On its start
    (8f6b382): Recall@1 31 of 40, Recall@3 36, 22 high (20 right: "is Bukele going to let that
    man come back home" on "Both men", "how come people in El Salvador don't have their normal
    rights" on "According to Human Rights Watch"), none refused, "what did Abrego Garcia do for
    work in Maryland" rated high, speaker right 7 ("what did Bukele offer the US")."""
    held = held_out(story_snapshot, "eval-fresh-50.jsonl")
    assert_read_set_floors(held, recall_at_1=32, recall_at_3=37, high=21)


def test_the_twenty_third_sessions_second_read_set(story_snapshot: IndexSnapshot) -> None:
    """eval-fresh-51.jsonl: 48 questions as a retirees' book club asks them (polite, wordy,
    people by title or description: "our President", "that gentleman from Maryland", "the
    professor who was interviewed"), written blind in the twenty-first session, measured blind
    since, read whole in the twenty-third. On its start (5a98b89): Recall@1 30 of 40, Recall@3
    36, 16 high (15 right: "that gentleman from Maryland" on "Both men"), "what did our President
    say" refused, speaker right 7."""
    held = held_out(story_snapshot, "eval-fresh-51.jsonl")
    assert_read_set_floors(held, recall_at_1=34, recall_at_3=38, high=17)


def test_the_twenty_third_sessions_third_read_set(story_snapshot: IndexSnapshot) -> None:
    """eval-fresh-53.jsonl: 48 questions as a neighbourhood parents' Slack asks them (school
    runs, "my 12yo asked", "explain like im 12", "a friend is thinking about a family
    holiday"), written blind in the twenty-third session, read whole in it. On its start
    (9948f35): Recall@1 27 of 40, Recall@3 37, 13 high all right, none refused, speaker right 7
    ("What did Trump say back to Bukele at the meeting? Anything nice about him?")."""
    held = held_out(story_snapshot, "eval-fresh-53.jsonl")
    assert_read_set_floors(held, recall_at_1=32, recall_at_3=37, high=13)


def test_the_twenty_fourth_sessions_read_set(story_snapshot: IndexSnapshot) -> None:
    """eval-fresh-56.jsonl: 48 questions as a Discord of retired military veterans asks them
    ("the Big Man", "the Boss", "the Donald", "NGOs", "SCOTUS", "Did Trump actually say "I'm
    in""), written blind in the twenty-fourth session, read whole in it. On its start
    (41680a4): Recall@1 30 of 40, Recall@3 34, 17 high all right, 2 refused ("The story
    doesn't mention Big Man.", "... NGOs."), speaker right 6."""
    held = held_out(story_snapshot, "eval-fresh-56.jsonl")
    assert_read_set_floors(held, recall_at_1=34, recall_at_3=36, high=18)


def test_the_twenty_fifth_sessions_read_set(story_snapshot: IndexSnapshot) -> None:
    """eval-fresh-55.jsonl: 48 questions as a legal-aid clinic's volunteers ask them in Slack
    ("client's tía keeps asking", "SV", "the Cornell profe", "estado de emergencia", "hw big is
    el salvador"), written blind by a helper who saw only the story, read whole in the
    twenty-fifth session. On its start (3b69258): Recall@1 35 of 40, Recall@3 39, 26 high (25
    right: "how is the govt getting around the SCOTUS ruling" rated high on Bukele's refusal
    despite it), none refused, speaker right 8."""
    held = held_out(story_snapshot, "eval-fresh-55.jsonl")
    assert_read_set_floors(held, recall_at_1=35, recall_at_3=39, high=27)


def test_the_twenty_sixth_sessions_read_set(story_snapshot: IndexSnapshot) -> None:
    """eval-fresh-58.jsonl: 48 questions as a high-school AP Government class's Discord asks
    them the night before a quiz ("need a quote for the quiz", "mr k said the hrw numbers
    might be on the quiz 😬", "Have a cite ready for tomorrow."), written blind by a helper who
    saw only the story, read whole in the twenty-sixth session. On its start (fe63009):
    Recall@1 35 of 40, Recall@3 39, 19 high all right, none refused, speaker right 8,
    absent speakers refused 2 of 3 ("what did chief justice roberts write" searched)."""
    held = held_out(story_snapshot, "eval-fresh-58.jsonl")
    assert_read_set_floors(held, recall_at_1=35, recall_at_3=39, high=22)


def test_the_twenty_sixth_sessions_second_read_set(story_snapshot: IndexSnapshot) -> None:
    """eval-fresh-57.jsonl: 48 questions as a newsroom copy desk asks them before a story runs
    ("Need the exact line before we run it", "what's the verbatim wording?", "Checking the HRW
    quote"), written blind by a helper who saw only the story; its refusals, speaker misses and
    wrong highs read in the twenty-fourth session (9read57w), read whole in the twenty-sixth.
    On its start (d2b23c7): Recall@1 35 of 40, Recall@3 39, 21 high (20 right: "who's the
    academic that says Trump and Bukele each get something out of the relationship" high on
    the professor's words credited to "he added"), none refused, speaker right 8, absent
    speakers refused 3 of 3."""
    held = held_out(story_snapshot, "eval-fresh-57.jsonl")
    assert_read_set_floors(held, recall_at_1=35, recall_at_3=39, high=21)


def test_the_twenty_seventh_sessions_read_set(story_snapshot: IndexSnapshot) -> None:
    """eval-fresh-59.jsonl: 48 questions as members of a commuters' Discord dictate them by
    voice (no punctuation, "question mark" said aloud, "boo kelly", "matt gates", "kill mar a
    bray go garcia", run-ons), written blind by a helper who saw only the story, read whole in
    the twenty-seventh session (9read59). On its start (c37b6b0): Recall@1 36 of 40, Recall@3
    39, 25 high all right, none refused, speaker right 7 ("um so when bukele first sat down
    with trump what did he say ..." read as asking a date), unanswerable high 1 of 8 ("whats
    the actual name of that mega prison"), absent speakers refused 3 of 3."""
    held = held_out(story_snapshot, "eval-fresh-59.jsonl")
    assert_read_set_floors(held, recall_at_1=37, recall_at_3=39, high=26)


def test_the_twenty_eighth_sessions_read_set(story_snapshot: IndexSnapshot) -> None:
    """eval-fresh-60.jsonl: 48 questions as students of a high-school civics class ask them in
    their Discord study server ("for my essay what does the cornell professor guy (flores
    something??) say", "wat does hrw say abt the prisons n stuff?? is it rly that bad 😬",
    "tldr what did trump say the media would do lol"), written blind by a helper who saw only
    the story, read whole in the twenty-eighth session (9read60). On its start (f85929b):
    Recall@1 31 of 40, Recall@3 36, 20 high all right, 1 refused ("did the US government
    officially say its safer to travel to el salvador now": "the US government officially"
    read as a speaker), speaker right 8, unanswerable high 0 of 8, absent speakers refused 3
    of 3."""
    held = held_out(story_snapshot, "eval-fresh-60.jsonl")
    assert_read_set_floors(held, recall_at_1=32, recall_at_3=37, high=21)


def test_the_twenty_ninth_sessions_read_set(story_snapshot: IndexSnapshot) -> None:
    """eval-fresh-63.jsonl: 48 questions as members of a bilingual Spanish-English church
    youth group's Discord ask them ("que dijo bukele when he first sat down w trump", "mi mama
    pregunta where is the prison?? y cuantos deportados are in there", "my tio asked how ..."),
    written blind by a helper who saw only the story, read whole in the twenty-ninth session
    (9read63). On its start (de5f1a7): Recall@1 31 of 40, Recall@3 35, 23 high (22 right), 1
    refused ("how did the top government lawyer feel about ...": "The story doesn't quote the
    top government lawyer."), speaker right 7 ("que dijo bukele ..." read as asking no one's
    words), unanswerable high 0 of 8, absent speakers refused 2 of 3 ("que dijo abrego
    garcia's lawyer ..." searched). The one wrong high is left: "why does the white house
    wanna send ppl to el salvador's prison instead of keeping them here" rated high on the
    professor's "For President Trump, the ability to send deportees to El Salvador's
    maximum-security prison ... serves as a major deterrent", not the White House's own "a
    way to save money". Since the reason for a choice is read beside the course not taken
    (9wrong9: "instead of keeping them here"), Miller's "keeping the gang members in the U.S.
    would cost 100 times more" is first, low (not this set's gold): no wrong high is left."""
    held = held_out(story_snapshot, "eval-fresh-63.jsonl")
    assert_read_set_floors(held, recall_at_1=34, recall_at_3=36, high=24)


def test_the_thirtieth_sessions_read_set(story_snapshot: IndexSnapshot) -> None:
    """eval-fresh-64.jsonl: 48 questions as members of a local news site's subscribers' Slack
    ask them, terse ("bukele quote on the 6 mil they're getting paid?", "# of deportees in that
    prison rn?", "rubio quote on the prison deal?"), written blind by a helper who saw only the
    story, kept out unread through the twenty-ninth session and read whole in the thirtieth
    (9read64). On its start (2c605b1): Recall@1 30 of 40, Recall@3 38, 18 high (16 right),
    none refused, speaker right 8, unanswerable high 0 of 8, absent speakers refused 2 of 3.
    Its two wrong highs then: "trump quote re: jailing ppl down there cheaper" rated high on his
    greeting ("It's an honor to have you ... the people of El Salvador"), his "for less money
    than it costs us, I'm in" not returned (now low, still not returned); "is it safer to
    vacation there now according to our govt" rated high on the professor's "turn one of the
    most dangerous countries into the safest ..." (Bukele's "government"), not the State
    Department's travel advisory (now low; the advisory still not in the top 3). The absent
    speaker searched then, "rubio quote on the prison deal?", is refused now. wrong_high=0: no
    wrong high is left."""
    held = held_out(story_snapshot, "eval-fresh-64.jsonl")
    assert_read_set_floors(held, recall_at_1=32, recall_at_3=38, high=18)


def test_the_thirty_first_sessions_read_set(story_snapshot: IndexSnapshot) -> None:
    """eval-fresh-65.jsonl: 48 questions as a hospital's night-shift nurses' Slack asks them
    ("what did bukele open w/ when he sat down in the oval? like his first line", "omg miller
    sayin its cheaper to jail them there?? how much cheaper 💸", "has the maryland guy's wife
    said anything abt all this"), written blind by a helper who saw only the story, kept out
    unread through the thirtieth session and read whole in the thirty-first (9read65). On its
    start (9c98e21): Recall@1 38 of 40, Recall@3 40, 22 high all right, none refused, speaker
    right 7 ("what did bukele open w/ ... like his first line": "his" read as no one, the
    passage of the two men's 2019 meeting first, his "It's an honor to be here in the Oval
    Office" second), unanswerable high 0 of 8, absent speakers refused 2 of 3 ("has the
    maryland guy's wife said anything abt all this" searched). Now its speaker question is
    right, 23 high, and the absent speaker refused ("The story doesn't quote the maryland guy's
    wife."). Its one Recall@1 miss is left: "why is the WH so into the prison deal money-wise"
    puts Trump's "for less money than it costs us, I'm in" (closer in meaning) before the White
    House's "a way to save money", second."""
    held = held_out(story_snapshot, "eval-fresh-65.jsonl")
    assert_read_set_floors(held, recall_at_1=39, recall_at_3=40, high=23)


def test_the_thirty_first_sessions_second_read_set(story_snapshot: IndexSnapshot) -> None:
    """eval-fresh-66.jsonl: 48 questions as a pub-quiz team's Discord crams them for a
    current-events night ("For the points - how many ... I heard 150", "true or false-ish:
    Trump said ...", "El Salvador's population is like 8 million, right?", "ok whos the
    harvard prof they quoted"), written blind by a helper who saw only the story, kept out
    unread through the thirtieth session and read whole in the thirty-first (9read66). On its
    start (9c98e21): Recall@1 34 of 40, Recall@3 38, 14 high all right, none refused, speaker
    right 7 ("For the points - what shout-out did Trump give to the Salvadoran public about
    their leader?" showed the professor's "PR win for both presidents" first, Trump's greeting
    third), unanswerable high 0 of 8, absent speakers refused 3 of 3. Raised after 9read66's
    rules (a saying given, a remark made, a number checked, a gain by its noun, the figure
    asked again, "angle", the reason of a view, the pronoun of an opening clause): Recall@1 38,
    19 high all right, speaker 8 (his greeting first). Left: "true or false-ish: Trump said
    he'd be on board if El Salvador could lock up bad guys cheaper ..." (his "for less money
    than it costs us, I'm in" not returned) and "Why do critics say Bukele broke the rules by
    running for a second go as president?" ("violating El Salvador's constitution when he
    sought reelection" not returned), both paraphrases."""
    held = held_out(story_snapshot, "eval-fresh-66.jsonl")
    assert_read_set_floors(held, recall_at_1=38, recall_at_3=38, high=19)


def test_the_thirty_second_sessions_read_set(story_snapshot: IndexSnapshot) -> None:
    """eval-fresh-67.jsonl: 48 questions as a human-rights NGO's volunteers' Slack asks them
    ("does HRW actually say torture?? need the exact line, ppl on twitter saying we're
    exaggerating", "HRW's read on Bukele since 2019 — what does their analysis say, word for
    word", "does abrego garcia have family in maryland? wife/kids?"), written blind by a helper
    who saw only the story, kept out unread through the thirty-first session and read whole in
    the thirty-second (9read67). On its start (6536a91): Recall@1 34 of 40, Recall@3 37, 22
    high all right, none refused, speaker right 8, unanswerable high 1 of 8 ("does abrego
    garcia have family in maryland? wife/kids?": "family" read only after an article, and its
    bridge "house" held in "White House"), absent speakers refused 2 of 3 ("Did Biden respond
    at all to Bukele's WH visit? what did he say": "what did he say" dropped as asking again).
    Now that one is low, Biden's words refused as never quoted, and 24 high ("..., word for
    word" no topic; "And Trump on April 7 re ...?" his words). Left, Recall@1: "how did the
    Cornell prof sum up the meeting overall" ("sum up" as a speech verb made it right but cost
    fresh-51 p05), "Which academic does the article lean on for analysis?", "Is there
    controversy over him running for president a second time?", "Was it friendly in the room
    between the two of them?" (paraphrases not returned), "wait so bukele flat out refused to
    send kilmar back?? ..." ("kilmar" finds the passage naming him whole) and "Why is the
    White House so keen on the El Salvador arrangement?" ("arrangement" finds Bukele's
    passage, the White House's says "relationship")."""
    held = held_out(story_snapshot, "eval-fresh-67.jsonl")
    assert_read_set_floors(held, recall_at_1=34, recall_at_3=37, high=24)


def test_the_thirty_second_sessions_second_read_set(story_snapshot: IndexSnapshot) -> None:
    """eval-fresh-68.jsonl: 48 questions as a news-commentary streamer's Discord chat types
    them ("what did trump say back to him lol", "wait so el salvador is getting PAID for
    this?? how much KEKW", "ms13 and tren de aragua r the ppl going in the prison?? PogChamp or
    nah", "WHAT DOES HUMAN RIGHTS WATCH SAY ABOUT HIM"), written blind by a helper who saw only
    the story, kept out unread through the thirty-first session and read whole in the
    thirty-second (9read68). On its start (6536a91): Recall@1 35 of 40, Recall@3 38, 22 high
    (21 right: "ms13 and tren de aragua r the ppl going in the prison??" high on the hype
    video's "alleged Tren de Aragua and MS-13 gang members being locked up in the prison",
    which answers it as 11 other sets take it for which gangs go to the prison: added to its
    gold), one refused ("bukele on sending abrego garcia back, what were his exact words": "I
    can't tell who you mean", "X on Y" read as naming both), speaker right 7, unanswerable high
    0 of 8, absent speakers refused 3 of 3. Now (the words of whom "X on Y" names; "exact
    words" no topic): Recall@1 37, Recall@3 39, 23 high all right, none refused, speaker 8.
    Left, three paraphrases: "who's the guy they sent to el salvador by accident" ("by
    accident" / "mistakenly", the gold second), "why is the white house so into shipping people
    to el salvador instead of locking them up here" ("a way to save money on the cost of
    housing inmates" not returned) and "ok but whats the catch the professor mentioned, why not
    just celebrate it" (his warning third)."""
    held = held_out(story_snapshot, "eval-fresh-68.jsonl")
    assert_read_set_floors(held, recall_at_1=37, recall_at_3=39, high=23)


def test_the_thirty_third_sessions_read_set(story_snapshot: IndexSnapshot) -> None:
    """eval-fresh-69.jsonl: 48 questions as a Model UN club's Discord asks them while prepping
    a crisis committee ("Quote me what Bukeley said about America's crime problem, need it for
    an opening speech", "Has Bukele taken heat for cozying up to Beijing? Our Taiwan delegate
    wants to know", "hrw numbers on el sal detentions?? how many locked up vs actually
    convicted, need for my position paper asap 🙏"), written blind by a helper who saw only the
    story, kept out unread through the thirty-second session and read whole in the
    thirty-third (9read69). On its start (c77facd): Recall@1 33 of 40, Recall@3 39, 19 high all
    right, none refused, speaker right 8, unanswerable high 0 of 8, absent speakers refused 3
    of 3. Now 34, 39, 21 high all right: "How does the Trump administration justify not acting
    on the Supreme Court ruling about Garcia?" first and high ("not" weighs as a word, not as
    an adverb saying when), "What were Bukele's opening words to Trump in the Oval Office?"
    high ("opening" qualifies someone's words as "first" does). Left, Recall@1: "What did
    Trump put up on his social media platform before Bukele showed up?" ("put up" read as
    "raise", the hype video second), "Was Bukele even allowed to run for a second term?"
    ("run for a second term" / "sought reelection": not returned), "Did the White House publish
    a list of the people it sent to El Salvador?" (the professor's "send deportees to El
    Salvador" closer in meaning, the fact sheet second), "hrw numbers on el sal detentions??
    ..." (HRW's "mass arbitrary detentions" first, the counts second), "did trump n bukele
    actually vibe in the oval or was it awkward lol" ("exchanged pleasantries" third) and "Why
    does the White House keep publicizing the deportations to El Salvador?" ("a bragging
    point" third)."""
    held = held_out(story_snapshot, "eval-fresh-69.jsonl")
    assert_read_set_floors(held, recall_at_1=34, recall_at_3=39, high=21)


def test_the_thirty_third_sessions_second_read_set(story_snapshot: IndexSnapshot) -> None:
    """eval-fresh-70.jsonl: 48 questions as a tech startup's #random Slack types them ("trump's
    shoutout to el salvador — what was the exact line lol", "and whats in it for bukele per
    that same guy", "and rubio? what did he say abt all this", "HRW says torture?? 😬 whats
    the rest of the list"), written blind by a helper who saw only the story, kept out unread
    through the thirty-second session and read whole in the thirty-third (9read70). On its
    start (c77facd): Recall@1 33 of 40, Recall@3 36, 22 high all right, none refused, speaker
    right 6 ("trump's shoutout ...": "shout-out" no noun of speech, Leavitt's passage first;
    "... per that same guy": "that same guy" read as no one, Bukele's own passage first),
    unanswerable high 0 of 8, absent speakers refused 2 of 3 ("and rubio? what did he say abt
    all this": "and rubio?" then "he" read as one plain question). Now (a shout-out is words;
    "and X?" then "he" asks X's words; "that same guy" asks as "he" does, and a pronoun no
    conversation tells is not whom the question names): Recall@1 35, Recall@3 37, 22 high all
    right, none refused, speaker 8, absent speakers refused 3 of 3. Left, Recall@1: "who's the
    academic they quoted and where does he teach" (the professor's "PR win" passage first, the
    one naming him "Cornell University professor" third), "who's the guy they sent down there
    by accident?" ("by accident" / "mistakenly", as fresh-68's), "Is El Salvador still under
    emergency rule, or has that been lifted?" ("lifted" reaches "raising concerns", the
    state of emergency second), "so what exactly has bukele signed up to take from us"
    ("signed up" finds no "agreed") and "how does being trump's buddy pay off for el
    salvador's economy" (the professor's "tourism and investment" not returned)."""
    held = held_out(story_snapshot, "eval-fresh-70.jsonl")
    assert_read_set_floors(held, recall_at_1=35, recall_at_3=37, high=22)


def test_the_thirty_third_sessions_third_read_set(story_snapshot: IndexSnapshot) -> None:
    """eval-fresh-71.jsonl: 48 questions as a foreign-policy think tank's summer interns type
    them in Slack drafting a briefing memo ("Per Flores-Macias, what signal does Washington
    send by routing deportees into El Salvador's maximum-security prison?", "Has Foggy Bottom
    changed its guidance for Americans traveling to El Salvador?", "bukele age? 🙏 between
    mtgs"), written blind in the thirty-third session by a helper who saw only the story,
    kept out unread, and read whole in the same session (9read71). On its start
    (ed6dbd3): Recall@1 26 of 40, Recall@3 33, 15 high all right, two refused ("Per
    Flores-Macias, ...": "The story doesn't mention Per Flores-Macias", "per" capitalised as
    the message's first word and in no dictionary, read as a name's first word; "Has Foggy
    Bottom ...": "doesn't mention Foggy Bottom", WordNet's name for the State Department),
    speaker right 7 (the first of those), unanswerable high 0 of 8, absent speakers refused 3
    of 3. Now (the word asking whose words is no name; a name WordNet defines as a body the
    story names is searched; to flag a caveat is to say it, the caveat a word of the topic):
    Recall@1 29, Recall@3 35, 16 high all right, none refused, speaker 8. Left, Recall@1:
    "bukele age? 🙏 between mtgs" (the emoji no longer hides "age", but the trailing "between
    mtgs" does, and reaches the meetings), "What did the president put out on his social
    platform in the run-up to the meeting?" (the passages naming "President" ranked above the
    hype video's), "What grandiose labels has the Salvadoran leader applied to himself?" ("PR
    win" passage's "leaders" first, "called himself" second), "Even setting aside
    repatriation — is Bukele at least willing to let Abrego Garcia out of custody?" ("let ...
    out of custody" / "release", third), "wait who's the cornell guy ... one-line take on the
    trump/bukele relationship" (his "close relationship" passage first, the one naming him
    second), "Explain the fiscal logic the White House is using to justify the arrangement."
    (Leavitt's passage first), "Why would this visit resonate with other heads of government
    in Latin America?" ("first president of a Latin American country" first) and four not
    returned: "Remind me who the guy is that the administration got told to bring back ...",
    "Where geographically is the facility holding the US deportees?" ("facility" / "prison"),
    "Is there a legal question mark over Bukele running for a second term?" ("sought
    reelection") and "What common policy goal do the two leaders share on the domestic
    security front?" ("crack down on gang activity")."""
    held = held_out(story_snapshot, "eval-fresh-71.jsonl")
    assert_read_set_floors(held, recall_at_1=29, recall_at_3=35, high=16)


def test_the_thirty_third_sessions_fourth_read_set(story_snapshot: IndexSnapshot) -> None:
    """eval-fresh-72.jsonl: 48 questions as off-duty 911 dispatchers' Slack types them, terse
    and in radio-speak ("quote bukele on sending abrego garcia back. copy", "bukele's opener in
    the oval, wat he say about our crime problem", "abrego garcias lawyer say anything after
    the meeting?", "10-4 on the prison stuff but is bukeles state of emergency still on? since
    when"), written blind by a helper who saw only the story and read whole in the
    thirty-third session (9read72). On its start (ed6dbd3): Recall@1 35 of 40, Recall@3 37,
    26 high all right, 1 refused ("bukele's opener in the oval, wat he say ...": the words set
    off read as someone not quoted, "bukele's opener in the oval"), speaker right 7 (that
    one), unanswerable high 0 of 8, absent speakers refused 2 of 3 ("abrego garcias lawyer say
    anything ...?": its "did" left out, a plain question). Now (a thing of someone's set off
    is no one a pronoun means; a question without its "did" asks as with it): Recall@1 36,
    Recall@3 38, 27 high all right, none refused, speaker 8, absent speakers refused 3 of 3.
    Left, Recall@1: "the guy they shipped down there by mistake, whats the court telling the
    wh to do" ("by mistake" / "mistakenly", as fresh-68's and fresh-70's "by accident"), "did
    he go against his own country's rules running for a 2nd term" ("sought reelection" third),
    "what kinda abuses are rights groups pinning on el salvador's cops and guards" (the
    professor's passage first, HRW's abuses second: "pinning on" no word of blame) and "lol so
    did trump n bukele just gas each other up the whole time" ("gas up" / "exchanged
    pleasantries": not returned)."""
    held = held_out(story_snapshot, "eval-fresh-72.jsonl")
    assert_read_set_floors(held, recall_at_1=36, recall_at_3=38, high=27)


def test_the_thirty_fourth_sessions_third_read_set(story_snapshot: IndexSnapshot) -> None:
    """eval-fresh-75.jsonl: 48 questions as rideshare and delivery drivers' Discord types them
    on phones between fares ("trump quote from april 7 about the money? he said hes 'in' or
    something", "Tell me what book a lay said about the state department travel thing", "oye y
    el profe ese de cornell q dijo de la reunion, les salio bien a los dos o q?", "how many
    salvadorans r on TPS rn"), written blind in the thirty-fourth session by a helper who saw
    only the story and read whole in the same session (9read75). On its start (cf4cb93):
    Recall@1 34 of 40, Recall@3 37, 20 high all right, 1 refused ("trump quote from april 7
    ...": "The story doesn't quote april 7.", "April" a first name and the date read as whose
    words after "quote from"), speaker right 7 (that one), unanswerable high 0 of 8, absent
    speakers refused 3 of 3. Now (a date or a weekday after "quote from" says when, not who):
    Recall@1 35, Recall@3 38, 21 high all right, none refused, speaker 8. Left, Recall@1:
    "who's the dude they shipped down there by accident" ("by accident" / "mistakenly", and
    "dude" no "man": the professor's "send deportees" passage first, the gold not returned),
    "oye y el profe ese de cornell q dijo de la reunion, ..." (Spanish: not returned), "why r
    trump n bukele even friends fr, n how long they known each other" (the "long-running
    friendship" passage first, "The two met in 2019" second), "explain why trump doesn't care
    about all the controversy around bukele" ("doesn't care" / "None of that appears to bother
    Trump": the "other controversies" passage first, "Those concerns don't seem to be top of
    mind" second, the gold third) and "y por que es
    buen negocio para bukele? like why is it good money for him" (Trump's "less money" first,
    "For Bukele, the arrangement is financially lucrative" second: "good money for him" asks
    no gain the "For X," framing is read for)."""
    held = held_out(story_snapshot, "eval-fresh-75.jsonl")
    assert_read_set_floors(held, recall_at_1=35, recall_at_3=38, high=21)


def test_the_thirty_fourth_sessions_second_read_set(story_snapshot: IndexSnapshot) -> None:
    """eval-fresh-74.jsonl: 48 questions as a university investigative-journalism class's
    fact-checking Slack asks them ("For my fact-check: what exactly did the Cornell professor
    say Trump gets out of being able to ship deportees to El Salvador's prison?", "whats
    stephen millers claim abt the cost?? 100x?? is that real or did i make it up", "bukelle
    said smth about the travel advisory being a 'gold star'?? exact wording pls 🙏"), written
    blind by a helper who saw only the story, kept out unread through the thirty-third session
    and read whole in the thirty-fourth (9read74). On its start (cf4cb93 = 117cbc2's code):
    Recall@1 36 of 40, Recall@3 37, 28 high of which 27 right ("how come the professor thinks
    this meeting matters beyond just the US and El Salvador?": the places set aside read as
    its topic, his "For President Trump, ... El Salvador's maximum-security prison ... the
    U.S." first and high, the "PR win" not in three), none refused, speaker right 8,
    unanswerable high 0 of 8, absent speakers refused 3 of 3. Now (words a question sets aside,
    "beyond just X", "besides X", "other than X", are no topic; a misgiving asked of someone,
    now "red flags" too, reaches the story's "warned"): Recall@1 38, Recall@3 39, 28 high all
    right, the rest the same; "Did the professor flag any red flags people should keep in mind
    about this partnership?" first and high. Left, Recall@1: "What did Trump put up on his
    social media platform before Bukele arrived?" ("put up" read as "raise"; "on" after it
    picks no sense; the hype video third, as fresh-69's) and "What's the controversy about
    Bukele running for president a second time?" ("running ... a second time" / "sought
    reelection": not returned, as fresh-69's and fresh-72's)."""
    held = held_out(story_snapshot, "eval-fresh-74.jsonl")
    assert_read_set_floors(held, recall_at_1=38, recall_at_3=39, high=28)


def test_the_thirty_fourth_sessions_fourth_read_set(story_snapshot: IndexSnapshot) -> None:
    """eval-fresh-76.jsonl: 48 questions as graduate students in a Latin American studies
    seminar's Slack ask them ("For my response paper: what does the Human Rights Watch analysis
    say Bukele's government has done to democratic institutions since he took office?", "Does
    the Cornell professor (Flores-Macías) voice any reservations about the visit, or is he only
    describing the mutual benefits?", "sry late q — hrw #s on ppl detained vs actually
    convicted?? seems wild"), written blind in the thirty-fourth session by a helper who saw
    only the story and read whole in the same session (9read76). On its start (cf4cb93):
    Recall@1 31 of 40, Recall@3 36, 24 high (22 right), none refused, speaker right 8,
    unanswerable high 1 of 8 ("What's the per-inmate annual cost of housing someone in the
    Salvadoran prison versus a US facility?": "the per-inmate annual cost" read as no amount
    asked, "per-inmate" as no amount of each, the White House's "save money on the cost of
    housing inmates" high), absent speakers refused 3 of 3. Wrong highs: "Why does
    Flores-Macias think the meeting matters beyond the bilateral relationship, i.e. for the
    rest of the region?" (what "beyond" sets aside searched as the topic: his "symbiotic
    relationship" carried on to his deterrence passage, high; his "PR win ... sure to get the
    attention of other leaders in the Latin world" not returned) and "wait did bukele rly say
    he wont send abrego garcia back?? 😬" (his own "How can I smuggle a terrorist ... I don't
    have the power to return him" first, high, the relaying "preposterous" second: the set's
    key holds only the relaying passage, where every other set takes both for such questions;
    left). Now (what a question sets aside is no topic; "the annual cost", "the per-inmate
    cost" ask an amount; "per-inmate" asks one of each): Recall@1 32, Recall@3 37, 23 high (22
    right), unanswerable high 0 of 8; merged with 9read74's misgiving told as a warning, "Does
    the Cornell professor ... voice any reservations ..., or is he only describing the mutual
    benefits?" finds his warning first, high: Recall@1 33, 24 high (23 right). Left, Recall@1:
    "Which Trump ally — the
    congressman who almost ended up running the Justice Department — saw Bukele just before the
    trip to Washington?" ("Justice Department" finds the "State Department" passage; Gaetz's
    third), "Where, geographically, are the people deported from the US being held in El
    Salvador?" (HRW's "detained 85,000 people in El Salvador" first: "Where, geographically,"
    read as asking no place; without the adverb the prison passage is first, a country the
    question names being no place that answers it), "Was there a legal problem with Bukele
    running for a second term?" ("sought reelection" not returned, as fresh-69's), "What did
    Trump put out on his own platform in the run-up to the meeting?" (the hype video not
    returned, as fresh-69's), "How does the story characterize the administration's attitude
    toward the human rights concerns — ...?" (HRW's passages first), "What population figure
    does the article give for El Salvador?" (the professor's deterrence passage first by
    meaning, the population third) and the wrong high above."""
    held = held_out(story_snapshot, "eval-fresh-76.jsonl")
    assert_read_set_floors(held, recall_at_1=33, recall_at_3=37, high=24, wrong_high=1)


def test_the_thirty_fourth_sessions_read_set(story_snapshot: IndexSnapshot) -> None:
    """eval-fresh-73.jsonl: 48 questions as a Salvadoran bakery owners' association's Discord
    asks them, many members learning English ("What the Cornell profesor say about why Trump
    likes sending deportados to the prison in El Salvador?", "hola grupo 👋 how many ppl from
    the US bukele got locked up already??", "buenas! wat did trump n bukele say to each other,
    was it friendly or nah"), written blind by a helper who saw only the story, kept out
    unread through the thirty-third session and read whole in the thirty-fourth (9read73). On
    its start (cf4cb93): Recall@1 32 of 40, Recall@3 35, 25 high of which 24 right ("Does the
    professor think this visit makes both of them look good?": "look" a topic word, which
    reached "seem", and his "would seem like an unlikely ally" came first and high), none
    refused, speaker right 8, unanswerable high 0 of 8, absent speakers refused 3 of 3. Now
    ("look" before an adjective is "seem", no topic; words said "to each other" are each
    one's words to the other's face; how a relation began is told by its history; "what kind
    of X" asks the names of things of the kind, as "which X" does): Recall@1 34, Recall@3 37,
    24 high all right, none refused. Left, Recall@1: "Does the professor think ... look
    good?" (his "would seem like an unlikely ally" first, low, "PR win for both presidents"
    second), "What kind of gang members are they sending to that prison?" (the hype video's
    "Tren de Aragua and MS-13 gang members" first, as right an answer; Leavitt's second), "Do
    Bukele and Trump agree on going hard against the gangs?" ("Both men have pledged to crack
    down": not returned; "agreed to accept ... gang member migrants" first), "Does Trump care
    about all the bad things people say about Bukele?" ("None of that appears to bother
    Trump": not returned), "hola grupo 👋 how many ppl from the US ..." ("the US" is not read
    as the story's "United States": HRW's 85,000 "in the U.S." passage first) and "Why is the
    White House sending them to El Salvador and not keeping them in US jails?" (Miller's
    "keeping the gang members in the U.S. would cost 100 times more" first, as right an
    answer; the White House's "save money" not returned)."""
    held = held_out(story_snapshot, "eval-fresh-73.jsonl")
    assert_read_set_floors(held, recall_at_1=34, recall_at_3=37, high=24)


def test_the_thirty_fifth_sessions_fourth_read_set(story_snapshot: IndexSnapshot) -> None:
    """eval-fresh-80.jsonl: 48 questions as an agricultural co-op's Discord asks them, Central
    Valley farmers and farmworkers, bilingual, on their phones ("My cousins are on TPS. Did
    Bukele ever ask Trump to keep that for Salvadorans?", "how much money has el salvador
    gotten for taking the deportados", "so is el salvador safe to visit now or what, mi
    familia wants to go for navidad 🙏"), written blind by a helper who saw only the story,
    kept out unread and read whole in the thirty-fifth session (9read80). On its start
    (ca6f38a): Recall@1 34 of 40, Recall@3 37, 27 high all right, none refused, speaker right
    8, absent speakers refused 3 of 3, and one unanswerable question high ("is TPS for
    salvadorans still good right now or are they ending it?": the 2019 passage of Bukele
    asking to maintain it, "later granted"). Now (whether something holds still, now, is not
    told by a passage dated to a time gone by with no word of its lasting; what someone calls
    a thing is told where the story gives it a word, not where it only follows a preposition:
    "what did trump call the people they sending over there" of his "say hello to the people
    of El Salvador"; each passage naming a thing of the kind asked shown before those above
    it holding no word of the kind): Recall@1 35, Recall@3 38, 27 high all right, unanswerable
    high 0 of 8. Left, Recall@1: "Which gangs are they saying they send to that prison?" (the
    hype video's "Tren de Aragua and MS-13 gang members" first, as right an answer; Leavitt's
    second), "wait so is the maryland guy coming home or nah 😟" ("coming home" is not read
    as "return": WordNet's "come home" is "become clear"; "facilitate the return of ... a
    Maryland man" first, Bukele's "preposterous" not returned), "so is el salvador safe to
    visit now ..." ("visit" does not reach the "travel advisory"; "the safest in the western
    hemisphere" first), "Why does the White House want to send inmates to El Salvador instead
    of keeping them here?" (Miller's "keeping the gang members in the U.S. would cost 100
    times more" first, as right an answer) and "Why is it good for El Salvador to be so close
    with Trump?" ("For Bukele, the arrangement is financially lucrative" first, as right an
    answer; the professor's "tourism and investment" second). Held low with the gold first:
    "how much money ... the deportados" (the Spanish "deportados" not read as "deportees") and
    seven others."""
    held = held_out(story_snapshot, "eval-fresh-80.jsonl")
    assert_read_set_floors(held, recall_at_1=35, recall_at_3=38, high=27)


def test_the_thirty_fifth_sessions_read_set(story_snapshot: IndexSnapshot) -> None:
    """eval-fresh-77.jsonl: 48 questions as a high-school Spanish teachers' Slack asks them,
    some in Spanish in part or whole ("y qué dijo el profesor de Cornell sobre lo que gana
    Bukele con todo esto?", "¿Cuántos deportados tiene ya Bukele en esa cárcel?", "q edad tiene
    bukele? y cuando llegó a DC exactly", "What kinds of abuses do human rights researchers
    accuse Salvadoran authorities of? Necesito la lista para la clase."), written blind by a
    helper who saw only the story, kept out unread through the thirty-fourth session and read
    whole in the thirty-fifth (9read77). On its start (ca6f38a = e569c6f's code): Recall@1 34
    of 40, Recall@3 37, 24 high all right, none refused, speaker right 8 of 8, unanswerable high
    0 of 8, absent speakers refused 3 of 3. Now (Spanish's words of function in a question
    Spanish in part are no topic: "con" had reached "convict"; a Spanish past participle of a
    verb English shares is read as the English one, "deportados": "deported"): Recall@1 36,
    Recall@3 38, 24 high all right, none refused. Left, Recall@1: "What has Bukele agreed to
    take in from the United States?" ("take in" reaches no "accept": WordNet's senses of it
    hold "receive", "house", not "accept"; his "How can I smuggle a terrorist into the United
    States?" first, the gold second), "Is it true Bukele broke his own country's rules by
    running for president again?" ("broke" reaches "crack", not "violate", even before
    "rules"; "running ... again" is no "reelection": not returned), "q edad tiene bukele? y
    cuando llegó a DC exactly" ("edad" is Spanish's open vocabulary, age; the arrival second)
    and "Why would a tiny country like El Salvador be useful to Trump at all?" (read as finding
    a tiny country odd, the professor's concession "would seem like an unlikely ally" first by
    design; the gold "For President Trump, the ability to send deportees ..." not returned)."""
    held = held_out(story_snapshot, "eval-fresh-77.jsonl")
    assert_read_set_floors(held, recall_at_1=36, recall_at_3=38, high=24)


def test_the_thirty_fifth_sessions_second_read_set(story_snapshot: IndexSnapshot) -> None:
    """eval-fresh-78.jsonl: 48 questions as a county library's news discussion group's Discord
    asks them, older members writing whole sentences, teenagers chat ("Did Trump say anything
    nice to the people of El Salvador? My husband swears he did.", "What did the Chinese build
    for El Salvador? I gather a library was involved, which naturally interests us.", "ok so
    who even is this bukele guy n why is he so chummy w trump?? 🤔", "sry late to this, y does
    the whitehouse even want the el salvador deal? $$$?"), written blind in the thirty-fourth
    session by a helper who saw only the story, kept out unread through it and read whole in
    the thirty-fifth (9read78). On its start (ca6f38a = e569c6f's code): Recall@1 32 of 40,
    Recall@3 37, 25 high of which 24 right ("How does the professor explain a small country
    like El Salvador being such a close partner to Trump?": read as any question of his words,
    his one passage holding "close" and "country", "the close relationship with President
    Trump has provided a major platform", was the answer, high, though it gives no reason),
    none refused, speaker right 8, unanswerable high 0 of 8, absent speakers refused 3 of 3.
    Now (how someone explains a state of affairs asks its reason; two of the story's words
    typed as one, "whitehouse", are the two; "who is this X" asks who X is): Recall@1 34,
    Recall@3 37, 24 high all right, none refused. Left, Recall@1: "Which American politician
    sat down with the Salvadoran leader just before he came to Washington?" (Gaetz's "met with
    ... ahead of his visit" not returned: "sat down with", "just before" in other words),
    "Has our government changed its warning to Americans thinking of vacationing in El
    Salvador?" ("downgraded its travel advisory" third), "wait how many ppl from the US r
    locked up in that prison??" (HRW's 85,000 first, as fresh-73's "the US"), "Why would other
    leaders in Latin America be watching this visit so closely?" ("sure to get the attention
    of other leaders in the Latin world" third), the professor's "close partner" question
    ("would seem like an unlikely ally": not returned, now low) and "Explain why the article
    thinks the administration isn't too troubled by the abuse reports." ("Those concerns don't
    seem to be top of mind": not returned)."""
    held = held_out(story_snapshot, "eval-fresh-78.jsonl")
    assert_read_set_floors(held, recall_at_1=34, recall_at_3=37, high=24)


def test_the_thirty_fifth_sessions_third_read_set(story_snapshot: IndexSnapshot) -> None:
    """eval-fresh-79.jsonl: 48 questions as a Slack of retired US foreign-service officers asks
    them ("What was POTUS's reply to Bukele's flattery? I gather he had a message for the
    Salvadoran public.", "Has Foggy Bottom changed its travel warning for El Salvador?",
    "Population of El Salvador per the piece?", "wait so is bukele actualy sending abrego
    garcia back or nah?? 🙄"), written blind by a helper who saw only the story, kept out
    unread and read whole in the thirty-fifth session (9read79). On its start (ca6f38a):
    Recall@1 31 of 40, Recall@3 38, 18 high all right, none refused, speaker right 8,
    unanswerable high 0 of 8, absent speakers refused 3 of 3. Now ("per" before a determiner
    names a source, no rate: "per the piece" was read as "per prisoner", the population's
    passage held low; a reply is a reaction, as a response is; a name typed whole is its
    person, named by the story's one word for them too, in the order shown; the verb asking
    the words of someone the story does not quote is no topic): Recall@1 33, Recall@3 38, 19
    high all right, none refused. Left, Recall@1: "What grandiose labels has the Salvadoran
    leader applied to himself?" ("the Salvadoran leader" is not read as Bukele in a plain
    question: the professor's "calling the meeting a PR win" with "Salvadoran" and "leaders"
    first, "Bukele has called himself" second), "Whose incarceration did the President's
    promotional clip on his social platform depict?" (every word a paraphrase: the hype video
    not returned), "Why would a country of Salvador's size be a useful partner for this White
    House, per the academic ...?" (the professor's "For President Bukele" first, "For
    President Trump" second: "this White House" is not read as Trump), "Why does the White
    House like the El Salvador arrangement from a budgetary standpoint?" ("standpoint" a topic
    word, bridged to "stands accused"; "save money" third), "How, according to Human Rights
    Watch, has the emergency regime played out in practice?" (HRW's first quotation, closest
    in meaning, before the one on the state of emergency), "How many deportees from the US has
    El Salvador imprisoned to date?" ("the US" is not read as the story's "United States", and
    "to date" leaves "date" a topic word: the "more than 250" passage not returned) and "When
    was the Salvadoran state of exception declared ...?" ("state of exception" is not read as
    "state of emergency")."""
    held = held_out(story_snapshot, "eval-fresh-79.jsonl")
    assert_read_set_floors(held, recall_at_1=33, recall_at_3=38, high=19)


def test_the_thirty_sixth_sessions_second_read_set(story_snapshot: IndexSnapshot) -> None:
    """eval-fresh-84.jsonl: 48 questions as a freelance translators' and interpreters' Slack asks
    them, English often a second language ("What did Bukele say, word for word, about the 6
    million dollars his government receives for the deportees? I need the exact formulation for
    a subtitle.", "What is the reproach made to Bukele regarding his relations with Beijing?",
    "How was the ambiance between the two men during the encounter, cordial or rather tense?",
    "the state of emergency in salvador, still in vigor or finished? since when is it"),
    written blind at the start of the thirty-sixth session by a helper who saw only the story,
    and read whole in it (9read84). On its start (153fb5b): Recall@1 34 of 40, Recall@3 35, 21
    high all right, 1 refused ("the reproach made to Bukele regarding ...": "regarding" read
    as a verb of saying, "the reproach made to Bukele" the speaker), speaker right 8,
    unanswerable high 0 of 8, absent speakers refused 3 of 3. Now (a participle English uses
    as a preposition is no verb of saying; what the article itself judges or thinks is asked of
    its own words, a passage quoting no one weighed double; "what word does X use" asks X's
    words; a relaying passage holding a word of the question in the story's form stays before
    the quotation after it): Recall@1 35, Recall@3 37, 21 high all right, none refused. Left,
    Recall@1: "What did Trump publish on his social network before the visit of Bukele?"
    ("publish" asks for his words, and "Trump posted a hype video" quotes him in none: not
    returned), "What is the reproach made to Bukele regarding his relations with Beijing?"
    ("relations" reaches the story's "relationship", two passages of it first; "criticized
    for his close ties to China" third), "Is there some problem with the fact that Bukele
    presented himself again as candidate to the presidency?" ("sought reelection" in other
    words: not returned), "How was the ambiance between the two men during the encounter,
    cordial or rather tense?" ("exchanged pleasantries during the highly anticipated meetup":
    no word shared, not returned) and "How does the Cornell professor explain that a so small
    country became an ally of Trump? Which word he uses for their relation?" (the first
    question's answer, his "For President Trump ... a major deterrent", a reason, first; "the
    pair have formed a symbiotic relationship" third)."""
    held = held_out(story_snapshot, "eval-fresh-84.jsonl")
    assert_read_set_floors(held, recall_at_1=35, recall_at_3=37, high=21)


def test_the_thirty_sixth_sessions_read_set(story_snapshot: IndexSnapshot) -> None:
    """eval-fresh-83.jsonl: 48 questions as a community college criminal-justice program's
    students' Discord asks them ("What did Stephen Miller say it would cost to keep these gang
    members locked up here instead of in El Salvador?", "How can you tell the Trump admin isn't
    that worried about the human rights complaints?", "What kind of titles has Bukele given
    himself?", "so is bukele sending abrego garcia back or nah 💀"), written blind at the start
    of the thirty-sixth session by a helper who saw only the story, read whole in it (9read83).
    On its start (153fb5b): Recall@1 36 of 40, Recall@3 38, 27 high all right, none refused,
    speaker right 8 of 8, unanswerable high 0 of 8, absent speakers refused 3 of 3. Now (a
    passage holding words of the question only inside a name it does not ask of, "Human Rights
    Watch", words its story writes plainly too, is not shown first over one holding them
    otherwise, and a name's two words before a noun naming a thing, "human rights complaints",
    or typed in a question with capitals are plain words; a question asking the labels someone
    gave themselves shows the passage telling one first, "Bukele has called himself a
    “philosopher king”", not the wish "later granted"; a cost asked "instead of" another is
    answered by a multiple, "100 times more"): Recall@1 38, Recall@3 38, 28 high all right,
    none refused. Left, Recall@1: "Did Trump take a shot at the press when the Abrego Garcia
    thing came up?" ("press" reaches no "media": its news sense is WordNet's second, "the
    print media", a hypernym's word; "take a shot at" no "claim"; not returned) and "Was the
    meeting friendly or was there tension between the two of them?" (the gold's "meetup" is
    no word the dictionary knows, so not "meet": read as "meet-up" it cost four Recall@1 and
    two speakers elsewhere; "the two of them" finds "two years ago" and "The two met", which
    other sets' "when did the two of them first meet" needs; not returned). Ten right answers
    held low with their gold first, two of them (the titles, the admin's worry) put first by
    the orders above, which never rate a passage they move high."""
    held = held_out(story_snapshot, "eval-fresh-83.jsonl")
    assert_read_set_floors(held, recall_at_1=38, recall_at_3=38, high=28)


def test_the_thirty_seventh_sessions_second_read_set(story_snapshot: IndexSnapshot) -> None:
    """eval-fresh-86.jsonl: 48 questions as a high-school debate club's Discord asks them the
    night before a tournament ("what did trump say right after bukele refused to send garcia
    back? want the exact words", "what did the courts tell the WH to do about the guy they
    deported by accident", "bukele nicknames?? need the dictator one for my rebuttal 💀", "why
    doesnt trump care about bukele's controversies?? how long have they been tight"), written
    blind by a helper who saw only the story, read whole in the thirty-seventh session
    (9read86). On its start (8a04192): Recall@1 31 of 40, Recall@3 38, 21 high all right, none
    refused, speaker right 8 of 8, unanswerable high 0 of 8, absent speakers refused 3 of 3.
    Now (someone's words "right after" another's deed are their first after the passage the
    deed's words find; "what did X tell Y to do" of an X the story never quotes asks what Y
    was ordered to do; "what kind of abuses" of a passage never saying "abuses" shows the
    passage listing them first; a count asked "in the salvadoran prison" is no count asked in
    a country; "agreed to do" stands for any deed agreed; an emoji closing the message ends
    "for my rebuttal" as a mark does): Recall@1 34, Recall@3 39, 23 high all right, none
    refused. Left, Recall@1: "what did trump say about bukele himself??" (his
    "[President Bukele] can take these horrible criminals" names him, ahead of "They have one
    hell of a president", which does not), "how did trump and bukele act toward each other at
    the meeting" ("toward that end" and "Both men" first; "meetup" no word the dictionary
    knows; "toward" as a stop word lost fresh-76 r04), "how is this deal supposed to help el
    salvador's economy" (the professor's "expected to bring tourism and investment to the
    Central American country" shares no word; not returned), "why does the admin say the SC
    ruling doesnt force them ..." (Bukele's "preposterous ... despite a unanimous Supreme Court
    ruling" first; "force" reaches no "compel"), "why doesnt trump care about bukele's
    controversies?? how long have they been tight" (each part's best in turn, the second's
    first second: a passage every part shows put first lost five Recall@1 elsewhere), "why was
    bukele's visit a big deal compared to other leaders" (¶11 takes "other leaders" from the
    paragraph before). Eleven right answers held low with their gold first, three of them
    put first by the orders above, which never rate a passage they move high."""
    held = held_out(story_snapshot, "eval-fresh-86.jsonl")
    assert_read_set_floors(held, recall_at_1=34, recall_at_3=39, high=23)


def test_the_thirty_seventh_sessions_read_set(story_snapshot: IndexSnapshot) -> None:
    """eval-fresh-85.jsonl: 48 questions as a small-town Rotary club's Slack asks them ("Good
    morning all. What did the White House press secretary, Ms. Leavitt, say the two presidents
    would be discussing?", "How is the Trump administration treating the reports of abuse in
    the Salvadoran prisons? Are they concerned?", "Who else helped put this article
    together?", "so whos paying who here.. did el salvador get paid for taking these folks"),
    written blind at the end of the thirty-sixth session by a helper who saw only the story,
    read whole in the thirty-seventh (9read85). On its start (8a04192): Recall@1 36 of 40,
    Recall@3 38, 23 high of which 22 right, none refused, speaker right 8 of 8, unanswerable
    high 0 of 8, absent speakers refused 3 of 3. The one wrong high: the Trump administration's
    treatment of the abuse reports, of ¶10's "Flores-Macias warned that reports of human rights
    abuses ... should be taken seriously", which never writes Trump's name (its "both
    presidents" is a plural role). Now (a question asking of someone named as its subject shows
    first the paragraph carrying on from its first passage, pointing back, that writes their
    name and holds a word of the question the first lacks: ¶11's "Those concerns don't seem to
    be top of mind for the Trump administration", low; a speaker named twice, a role and the
    name set off by a comma, is one speaker however many words both take; "who else helped put
    this article together", "who helped write it" ask for the byline; a word asked as an
    adverb held only before "of", "ahead of", is never rated high for it): Recall@1 38,
    Recall@3 40, 24 high all right, none refused. Left, Recall@1: "Were the justices split on the
    decision about the Maryland man, or did they all agree?" (¶13's "unanimous Supreme Court
    ruling" second, after ¶12's "a Maryland man": neither "split" nor "agree" reaches
    "unanimous") and "How did Professor Flores-Macias size up the meeting overall? Who came out
    ahead?" (the first part shows ¶3's "according to Cornell University professor Gustavo
    Flores-Macias" before ¶10's "PR win for both presidents", closer in meaning, "meeting"
    being a word most passages use; "size up" is no verb of saying; the gold third: the second
    part's ¶2, "ahead of his visit", is now low, and the first part's passages come first).
    Fourteen right answers held low with their gold first: eight by the model's probability
    alone (p12's prison "just outside the capital city" at 0.52), six by the engine's
    conditions or an order the model does not read (r04's ¶11 among them)."""
    held = held_out(story_snapshot, "eval-fresh-85.jsonl")
    assert_read_set_floors(held, recall_at_1=38, recall_at_3=40, high=24)


def test_the_thirty_eighth_sessions_read_set(story_snapshot: IndexSnapshot) -> None:
    """eval-fresh-87.jsonl: 48 questions as a tenants' union's organizing Slack asks them ("Did
    the feds change their warning about traveling to El Salvador? One of our building captains
    wants to go visit family", "How is the administration getting around the Supreme Court
    ruling on Garcia? What's their argument?", "which gangs r they shipping to that supermax??
    asking for our KYR fact sheet 🙏"), written blind by a helper who saw only the story, read
    whole in the thirty-eighth session (9read87). On its start (be6fd920): Recall@1 35 of 40,
    Recall@3 38, 24 high of which 23 right, 1 refused, speaker right 8 of 8, unanswerable high
    0 of 8, absent speakers refused 3 of 3. The one wrong high: the administration's way around
    the ruling, of ¶13's "Bukele said it would be “preposterous” for him to return Garcia ...
    despite a unanimous Supreme Court ruling" (¶16's Cabinet saying the court "has no
    jurisdiction" second). The refusal: "The story doesn't quote the feds change their", the
    speaker words running across the verb to "their warning". Now (a verb doing something to
    "his/her/their" words is no part of the speaker, and one the story does not quote is
    searched, not refused: ¶24's "downgraded its travel advisory", low; a government asked of
    by "the" and a word for the people around a leader, owned by no one, is the story's own
    country's, never vouched for on a passage quoting only people of another country: ¶13
    held low): Recall@1 36, Recall@3 39, 23 high all right, none refused. Left, Recall@1:
    "Did Bukele bend his own country's rules to stay in power?" (¶28's "accused of violating
    El Salvador's constitution when he sought reelection" not among the three: neither "rules"
    nor "stay in power" reaches its words), "lol did trump n bukele just spend the whole
    meeting hyping each other up" (¶6's "each praising the other's virtues" third, after ¶11's
    "Trump posted a hype video"), "did trump say anything abt garcia himself ..." (¶15's
    "Trump interjected to claim the media “would love it”" and ¶16 name no Garcia: ¶16 third,
    after his other quotes) and r03 (¶16 second). Thirteen right answers held low with their
    gold first (p03's ¶24 among them)."""
    held = held_out(story_snapshot, "eval-fresh-87.jsonl")
    assert_read_set_floors(held, recall_at_1=36, recall_at_3=39, high=23)


def test_the_thirty_eighth_sessions_third_read_set(story_snapshot: IndexSnapshot) -> None:
    """eval-fresh-92.jsonl: 48 questions as reference librarians in a university library's
    Slack relay their patrons' ("A patron asks what Kilmar Abrego Garcia's lawyers said in
    response to Bukele's refusal to send him back.", "Does the article give the name of the
    maximum-security prison where the deportees are held?", "patron at the desk wants 2 things
    lol: how old is bukele? and how many ppl live in el salvador?"), written blind in the
    thirty-eighth session, read whole in it (9read92). On its start (be6fd920): Recall@1 31 of
    40, Recall@3 36, 26 high all right, none refused, speaker right 8 of 8, unanswerable high 1
    of 8 (whether the article names the prison: ¶4's "El Salvador's maximum-security prison",
    which names none), absent speakers refused 2 of 3 (the lawyers: "a patron asks what ..."
    was no question of anyone's words). Now ("does the article give the name of X" asks X's
    name as "what is the name of X" does; a question relayed for someone, "a patron asks what X
    said", asks what its clause asks, and who relays it and their verb are no topic; "sum up"
    asks for someone's words; a question after words set off by a colon is read for its kind
    there, and how many questions follow counts nothing): Recall@1 35, Recall@3 36, 28 high all
    right, none refused, unanswerable high 0 of 8, absent speakers refused 3 of 3. Left,
    Recall@1: p04's shared aim "pursued jointly" (¶17's "working together toward that end": no
    word of the question reaches it), p09's what Trump "shared online" (¶11's "posted a hype
    video to Truth Social" not shown: ¶8 and ¶2, of his visit, closer in meaning), p11's
    "which U.S. state" (¶24's "U.S. State Department" holds the words side by side; ¶12's
    "Maryland man" is no state by the rules), c02's prison "they're sending ppl to" (¶4's "send
    deportees", "people" first) and c06's Trump's reaction "smth about the media?" (¶16's direct
    "These are sick people" before ¶15's "claim the media 'would love it'", the hint's "media"
    being a second sentence's). Seven right answers held low with their gold first (s03, p05,
    p06, c01, r01, r03, r05), by the model's probability."""
    held = held_out(story_snapshot, "eval-fresh-92.jsonl")
    assert_read_set_floors(held, recall_at_1=35, recall_at_3=36, high=28)


def test_the_thirty_eighth_sessions_second_read_set(story_snapshot: IndexSnapshot) -> None:
    """eval-fresh-88.jsonl: 48 questions as a retired schoolteachers' association's Discord
    types them on tablets, whole sentences with a greeting or a thanks ("Dear bot, what did
    President Bukele say when he first greeted Mr. Trump in the Oval Office?", "What year did
    Bukele try to see President Biden? Thank you kindly.", "What did Trump put up on his social
    media before the visit? My grandson mentioned a video.", "what day did bukele get to
    washington & what day was the big meeting? ty"), written blind at the end of the
    thirty-seventh session by a helper who saw only the story, read whole in the thirty-eighth
    (9read88). On its start (be6fd920): Recall@1 37 of 40, Recall@3 39, 29 high all right, none
    refused, speaker right 8 of 8, unanswerable high 0 of 8, absent speakers refused 3 of 3.
    Now (a verb of saying in another sentence is not the one asking: "... Biden? Thank you
    kindly." asked the words of "year did Bukele try to see President Biden?", a person's noun,
    and a passage quoting no one was never vouched for; a word of size the story never writes
    between a determiner and its noun, "the big meeting", is no topic word; where the ranking
    the model reads puts first a passage holding none of the telling words and the one shown
    holds them all, the model reads the one shown, which lifts six answers of other sets):
    Recall@1 37, Recall@3 39, 31 high all right. Left, Recall@1: p02 "What kinds of
    mistreatment ... by that human rights group?" (¶20's "abuses, including ... ill-treatment"
    third: "mistreatment" reaches no word of the story in WordNet but by two steps), p06 "Were
    the two presidents friendly with one another during the get-together?" (¶6's "exchanged
    pleasantries during the highly anticipated meetup" not returned: "friendly" and
    "get-together" reach none of its words), p11 "Does the Trump administration feel it has to
    do what the Supreme Court said about bringing the man back?" (¶13, Bukele's refusal "to
    return Garcia ... despite a unanimous Supreme Court ruling", first by "bring back" ->
    "return"; ¶16's Cabinet "did not compel them" second). Six right answers held low with
    their gold first: p05 ("ran for president a second time" reaches ¶28's "sought reelection",
    but "rules don't allow" its "banned" only through an antonym), p07 ("sit down with", "agree"
    of "rebuffed"), p09 ("put up on his social media": the sense "post" is not picked by "on"),
    p08, c07 and n03 (each shown first by an order the model does not read: a tie broken by
    the words, a paragraph carrying on, ¶20 read with the paragraph before it; n03's ¶20
    holds "still" by "remains", a bridge, so not every telling word)."""
    held = held_out(story_snapshot, "eval-fresh-88.jsonl")
    assert_read_set_floors(held, recall_at_1=37, recall_at_3=39, high=31)


def test_the_thirty_ninth_sessions_read_set(story_snapshot: IndexSnapshot) -> None:
    """eval-fresh-90.jsonl: 48 questions as a news podcast's listeners argue in its Discord after
    an episode ("Stephen Miller's claim about how much cheaper it is to hold them down there,
    what exactly did he say? not trusting the host's paraphrase on this", "bruh what did trump
    even say when bukele said he cant send garcia back 🙄🙄", "How many people actually live in
    El Salvador? Someone in here swears it's 20 million"), written blind by a helper who saw
    only the story, read whole in the thirty-ninth session (9read90). On its start (976e9455):
    Recall@1 34 of 40, Recall@3 38, 23 high all right, none refused, speaker right 7 of 8,
    unanswerable high 0 of 8, absent speakers refused 3 of 3. The speaker missed: Miller's
    claim, set off by a comma with a topic of fourteen words, was no one "he" meant (words set
    off were read so only up to six), and ¶16's Trump and Bondi came first, low. Now (someone's
    words on a topic set off before a question name whom its pronoun means however long the
    topic; what someone said when someone else the question names did or said something is
    their reaction to it, the first of their passages after the event's, as "how did X react
    when ..." is read; hearsay from the writer's chat, "someone in here swears", is no part of
    what is asked): Recall@1 37, Recall@3 39, 24 high all right, speaker right 8 of 8 (Miller's
    ¶25 first, low: none of "how much cheaper ... hold them" is its "cost 100 times more ...
    house them"). Left, Recall@1: p03's whether they are "on the same page" about gangs
    (¶17's "Both men have pledged to crack down on gang activity" not among the three: "same
    page" reaches no word of it, ¶30's "None of that appears to bother Trump" first), r03's
    what closeness to Trump does for El Salvador's economy "according to the prof" (¶5's
    "tourism and investment" second, after his ¶4, closer in meaning) and r05's why Bukele said
    they were "so eager to help" (¶7's "We're very eager to help. We know that you have a crime
    problem" second, after ¶24's "financially lucrative", the closest in meaning of his three
    passages). Thirteen right answers held low with their gold first (s04, c05 and n04 among
    them), by the model's probability."""
    held = held_out(story_snapshot, "eval-fresh-90.jsonl")
    assert_read_set_floors(held, recall_at_1=37, recall_at_3=39, high=24)


def _across_sets() -> Any:
    spec = importlib.util.spec_from_file_location(
        "across", REPO / "benchmarks/confidence_across_sets.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["across"] = module  # its dataclass looks its module up by name
    spec.loader.exec_module(module)
    return module


def test_the_halves_threshold_is_the_lowest_keeping_the_precision_and_unanswerable_limits() -> None:
    """benchmarks/confidence_across_sets.py --halves: the refitted model's threshold is the
    lowest at which the pooled high answers are right often enough and few unanswerable ones
    are high, however the answers between two such thresholds fare."""
    across = _across_sets()

    def reports_at(threshold: float) -> list[EvalReport]:
        # from 0.7 on 100 high, 1 wrong; from 0.5 120, 2 wrong (98.3 %); below 150, 2 wrong
        # (98.7 %) and 2 of 100 unanswerable questions high (1 above)
        high, wrong = (100, 1) if threshold >= 0.7 else (120, 2) if threshold >= 0.5 else (150, 2)
        unanswerable = 2 if threshold < 0.5 else 1
        return [
            EvalReport(
                high_confidence=Ratio(hits=high, total=200),
                high_gold_first=Ratio(hits=high - wrong, total=high),
                unanswerable_high=Ratio(hits=unanswerable, total=100),
            )
        ]

    assert across.precise_threshold(reports_at, 0.985, 0.02) == 0.3
    assert across.precise_threshold(reports_at, 0.985, 0.015) == 0.7
    assert across.precise_threshold(reports_at, 0.99, 0.02) == 0.7
    assert across.precise_threshold(reports_at, 0.995, 0.02) is None


def test_read_signals_score_as_the_engine_does_with_the_sentence_vouched_band() -> None:
    """A passage from SENTENCE_VOUCHED_FROM up to the threshold is high where its sentence
    vouches for it (`report_of` of the readings, as the engine's `_ask_part`)."""
    across = _across_sets()
    coefficients = (0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0)  # probability of coverage

    def reading(coverage: float, vouched: bool) -> Any:
        signals = np.array([1.0, coverage, 0, 0, 0, 0, 0, 0, 0], dtype=np.float64)
        return across.Reading(
            answerable=True,
            signals=signals,
            allowed=True,
            vouched=vouched,
            gold_first=True,
            label=True,
        )

    # probabilities 0.52 (vouched), 0.574 (vouched), 0.574 (not), 0.69
    read = [reading(0.08, True), reading(0.3, True), reading(0.3, False), reading(0.8, False)]
    assert across.report_of(read, coefficients, 0.6).high_confidence.hits == 2
    assert across.report_of(read, coefficients, 0.6, 0.5).high_confidence.hits == 3
    assert across.report_of(read, coefficients, 0.7).high_confidence.hits == 1


def test_the_thirty_ninth_sessions_second_read_set(story_snapshot: IndexSnapshot) -> None:
    """eval-fresh-91.jsonl: 48 questions as long-haul truck drivers' Discord types them tersely at
    rest stops ("what did bukele say abt helping us w/ crime", "parked at the TA, quick q how old
    is bukele lol he looks like a kid", "wut did trump say when bukele said he couldnt send him
    back lmao", "bruh did the govt admit they deported the maryland guy by mistake 😬"),
    written blind, read whole in the thirty-ninth session (9read91). On its start (976e9455):
    Recall@1 36 of 40, Recall@3 38, 25 high all right, none refused, speaker right 8 of 8,
    unanswerable high 0 of 8, absent speakers refused 3 of 3. Misses: c02's age (the writer's
    "parked at the TA," before "quick q" hid the question word, so no age was asked; "lol he
    looks like a kid" after it found ¶30), c07's Trump's reply (his ¶9 "It's an honor to have
    you" first, his ¶15 "interjected to claim the media 'would love it'" not shown), r03's HRW
    on the detention numbers (¶18's "has detained 85,000 people", reported, not kept of HRW's
    passages: it holds "detained", not "detention") and r05 (below). Now (a question after a
    comma starts past its preface; a laugh ends the question before a remark, as a comma does;
    among a speaker's passages a topic word in another of its forms is on topic, after those
    holding the question's own word; "what did X say when Y said ..." finds X's reply after Y's
    deed, as a reaction; a change scheduled in the present, "takes effect on January 5", is a
    time to come): Recall@1 38, Recall@3 40, 26 high all right, none refused. Left, Recall@1:
    r03 (¶18 third, after HRW's ¶20 holding "detentions" and ¶19) and r05's "why doesnt trump
    care abt all the controversy around bukele" (¶30's "None of that appears to bother Trump"
    third, after ¶27's controversies: "care" reaches "concern", not "bother", and ¶30 points
    back across ¶28 and an inserted headline). Twelve right answers held low with their gold
    first (p01 to p04, p07, p09, p10, c01, c04, c06, c07, r07), by the model's probability."""
    held = held_out(story_snapshot, "eval-fresh-91.jsonl")
    assert_read_set_floors(held, recall_at_1=38, recall_at_3=40, high=26)

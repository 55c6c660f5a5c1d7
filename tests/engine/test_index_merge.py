"""A merged index (index/merge.py) is the index a whole build of the new corpus gives, array
for array: stories (runs of passages) added, changed and removed anywhere, and kept passages
whose terms are asked again (their first-occurring terms moved)."""

from __future__ import annotations

import io
from collections.abc import Sequence
from functools import cache

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.engine.attribution import merge_attributions
from bot.engine.build_merge import merged_index
from bot.engine.builder import SpeakerTerms, analyse_story, indexed_terms, snapshot_of
from bot.engine.corpus import parse_story, story_file_text
from bot.engine.index import BM25Index
from bot.engine.index.merge import merge_postings
from bot.engine.shown import StoredShown, write_shown
from bot.engine.snapshot import IndexSnapshot
from bot.engine.story_analysis import StoryAnalysis

WORDS = ["budget", "mayor", "said", "the", "council", "vote", "road", "x", "y", "zebra"]

word = st.sampled_from(WORDS)
passage = st.lists(word, max_size=8)
story = st.lists(passage, min_size=1, max_size=4)
corpus = st.lists(story, max_size=6)


def _flat(stories: Sequence[Sequence[Sequence[str]]]) -> list[Sequence[str]]:
    return [p for s in stories for p in s]


def _merged(
    old: Sequence[Sequence[Sequence[str]]],
    new: Sequence[Sequence[Sequence[str]]],
    same: Sequence[int | None],
) -> BM25Index:
    """`new`'s index merged from `old`'s: new story j is old story same[j] unchanged (None:
    fresh)."""
    old_index = BM25Index.build(_flat(old))
    old_starts = np.cumsum([0, *map(len, old)])
    kept = np.full(int(old_starts[-1]), -1, dtype=np.int64)
    fresh: dict[int, Sequence[str]] = {}
    at = 0
    for j, s in enumerate(new):
        source = same[j]
        if source is None:
            fresh.update({at + i: p for i, p in enumerate(s)})
        else:
            start = int(old_starts[source])
            kept[start : start + len(s)] = np.arange(at, at + len(s))
        at += len(s)
    flat_new = _flat(new)
    return BM25Index(merge_postings(old_index._postings, kept, fresh, flat_new.__getitem__))


def _assert_same(merged: BM25Index, built: BM25Index) -> None:
    a, b = merged._postings, built._postings
    assert a.terms == b.terms
    for field in ("passage_lengths", "offsets", "passages", "tfs", "contribs", "idf"):
        x, y = getattr(a, field), getattr(b, field)
        assert x.dtype == y.dtype, field
        np.testing.assert_array_equal(x, y, err_msg=field)
    assert merged.to_bytes() == built.to_bytes()  # every float, bit for bit


@settings(max_examples=300, deadline=None)
@given(old=corpus, data=st.data())
def test_merged_index_is_a_whole_build(old: list[list[list[str]]], data: st.DataObject) -> None:
    """Each old story kept, changed (fresh terms) or dropped, and fresh stories put in
    anywhere; the kept ones keep their order, as a reindex's do."""
    new: list[list[list[str]]] = []
    same: list[int | None] = []
    for i, s in enumerate(old):
        for _ in range(data.draw(st.integers(0, 1))):
            new.append(data.draw(story))
            same.append(None)
        fate = data.draw(st.sampled_from(["keep", "keep", "change", "drop"]))
        if fate == "keep":
            new.append(s)
            same.append(i)
        elif fate == "change":
            new.append(data.draw(story))
            same.append(None)
    if data.draw(st.booleans()):
        new.append(data.draw(story))
        same.append(None)
    _assert_same(_merged(old, new, same), BM25Index.build(_flat(new)))


@pytest.mark.parametrize(
    ("old", "new", "same"),
    [
        # the first story changed: "said" and "mayor" first appear in a kept passage now,
        # where "mayor" comes before "said", unlike their old order
        ([[["said", "mayor"]], [["mayor", "said"]]], [[["x"]], [["mayor", "said"]]], [None, 1]),
        ([[["a"]], [["b"]]], [[["b"]]], [1]),  # a term no passage holds any more
        ([[["a", "a", "b"]]], [[["c"]], [["a", "a", "b"]]], [None, 0]),  # a story put first
        ([[["a"]]], [], []),  # every story removed
        ([], [[["a", "b"]]], [None]),  # the first story
    ],
)
def test_merged_index_examples(
    old: list[list[list[str]]], new: list[list[list[str]]], same: list[int | None]
) -> None:
    _assert_same(_merged(old, new, same), BM25Index.build(_flat(new)))


def test_merge_refuses_a_mapping_that_is_not_a_corpus() -> None:
    postings = BM25Index.build([["a"], ["b"]])._postings
    with pytest.raises(ValueError, match="order"):
        merge_postings(postings, np.array([1, 0]), {}, lambda p: [])
    with pytest.raises(ValueError, match="fresh"):
        merge_postings(postings, np.array([0, 1]), {1: ["c"]}, lambda p: [])
    with pytest.raises(ValueError, match="every old passage"):
        merge_postings(postings, np.array([0]), {}, lambda p: [])


# -- a reindex's merge (build_merge.py): stories added, fixed and removed ---------------------

# Each story id's versions: speakers given other roles in other stories (which changes the
# index terms of passages quoting them in stories whose files did not change), quotes
# reworded, people added and dropped, words no other story uses.
_VERSIONS = {
    "a": [
        'Mayor Jane Smith opened the session on Monday.\n\n"We will fix the roads," Smith said.',
        'Jane Smith, a professor of law, spoke.\n\n"The roads are a disgrace," Smith said.',
        "The council met on Monday. Nobody spoke.",
    ],
    "b": [
        '"Budgets are tight," said Jane Smith.\n\nThe council voted on the budget.',
        '"Budgets are tight," said Governor Jane Smith.\n\nThe zebra crossing was painted.',
        'Omar Diaz, the treasurer, said the budget was "balanced at last."',
    ],
    "c": [
        'Treasurer Omar Diaz said the fund was "nearly empty."\n\n"Hardly," said Jane Smith.',
        'Omar Diaz said the fund was "full."\n\nThe mayor said nothing.',
    ],
    "d": [
        'Councillor Ann Lee said: "The roads first."\n\nLee added that "the budget can wait."',
        "Ann Lee stayed quiet. The quokka escaped from the zoo.",
    ],
}


@cache
def _analysis(story_id: str, version: int) -> StoryAnalysis:
    text = story_file_text({"id": story_id}, _VERSIONS[story_id][version])
    story = parse_story(text.encode(), source=f"{story_id}.txt")
    return analyse_story(story, f"{story_id}:{version}")


_corpora = st.dictionaries(st.sampled_from(sorted(_VERSIONS)), st.integers(0, 2), min_size=1).map(
    lambda chosen: {s: v % len(_VERSIONS[s]) for s, v in chosen.items()}
)


@settings(max_examples=60, deadline=None)
@given(old=_corpora, data=st.data())
def test_a_reindex_merges_the_index_a_whole_build_makes(
    old: dict[str, int], data: st.DataObject
) -> None:
    """Stories added, fixed (another version) and removed: the merged index is the whole
    build's, byte for byte, and the snapshot answers from it."""
    new = dict(old)
    for story_id in data.draw(st.lists(st.sampled_from(sorted(_VERSIONS)), max_size=2)):
        fate = data.draw(st.sampled_from(["fix", "remove", "add"]))
        if fate == "remove" and len(new) > 1:
            new.pop(story_id, None)
        else:
            new[story_id] = data.draw(st.integers(0, len(_VERSIONS[story_id]) - 1))
    previous = snapshot_of([_analysis(s, v) for s, v in sorted(old.items())], "old")
    analyses = [_analysis(s, v) for s, v in sorted(new.items())]
    whole = snapshot_of(analyses, "new")
    attribution = merge_attributions([a.attribution for a in analyses])
    people = {p.id: p for p in attribution.people}
    merged = merged_index(
        previous,
        analyses,
        attribution.quotes,
        people,
        SpeakerTerms(people).with_speakers,
        BM25Index.DEFAULT_PARAMETERS,
    )
    if merged is None:  # more than half the passages changed: a whole build instead
        fresh = [a for a in analyses if a not in previous.analyses]
        assert sum(len(a.passage_keys) for a in fresh) * 2 > len(whole.passages)
    else:
        assert merged.to_bytes() == whole.index.to_bytes()
    through = snapshot_of(analyses, "new", previous=previous)
    assert through.index.to_bytes() == whole.index.to_bytes()
    assert indexed_terms(through) == indexed_terms(whole)
    # from the previous build read from its files: its kept stories' shown passages copied
    stored = previous.model_copy(update={"shown": StoredShown(memoryview(_shown(previous)))})
    reindexed = snapshot_of(analyses, "new", previous=stored)
    assert reindexed.reused_shown is not None and reindexed.reused_shown.shown is stored.shown
    assert _shown(reindexed) == _shown(whole)


def _shown(snapshot: IndexSnapshot) -> bytes:
    """`snapshot`'s shown passages as its files hold them (copied where it reuses them)."""
    out = io.BytesIO()
    write_shown(
        out,
        snapshot.analyses,
        snapshot.quotes,
        snapshot.people,
        group=2,
        between=lambda: None,
        reused=snapshot.reused_shown,
    )
    return out.getvalue()


def test_a_role_learnt_in_a_changed_story_reaches_the_unchanged_stories_passages() -> None:
    """Story b's file is the same, but Jane Smith is a professor by story a's new version:
    b's passage quoting her is indexed again with that role (a whole build's terms)."""
    previous = snapshot_of([_analysis("a", 0), _analysis("b", 0)], "old")
    analyses = [_analysis("a", 1), _analysis("b", 0)]
    merged = snapshot_of(analyses, "new", previous=previous)
    whole = snapshot_of(analyses, "new")
    assert merged.index.to_bytes() == whole.index.to_bytes()
    quoting = [t for t in indexed_terms(merged)[len(analyses[0].passage_keys) :] if "tight" in t]
    assert quoting and "professor" in quoting[0]
    assert merged.index.passage_frequency("professor") == whole.index.passage_frequency("professor")

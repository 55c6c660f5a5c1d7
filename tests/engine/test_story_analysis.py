"""A story's analysis as stored: read back, it is the analysis that was stored."""

from __future__ import annotations

import gc
import sys
import zlib
from pathlib import Path

import numpy as np
import orjson
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.engine import story_analysis
from bot.engine.builder import analyse_story
from bot.engine.corpus import load_corpus
from bot.engine.models import Passage, Span
from bot.engine.story_analysis import (
    StoredStory,
    StoryAnalysis,
    _story_facts,
    _told_bytes,
    _trusted,
)

REPO = Path(__file__).resolve().parents[2]


def test_an_analysis_reads_back_as_it_was() -> None:
    story = load_corpus(REPO / "corpus")[0]
    analysis = analyse_story(story, "key")
    loaded = StoryAnalysis.from_bytes("key", analysis.to_bytes())
    assert loaded.key == "key"
    assert loaded.story == story
    assert loaded.story.model_dump() == story.model_dump()
    assert loaded.story.content_hash == story.content_hash
    assert loaded.attribution == analysis.attribution
    assert loaded.terms == analysis.terms
    assert [loaded.passage_terms.tokens(i) for i in range(len(story.passages))] == [
        analysis.passage_terms.tokens(i) for i in range(len(story.passages))
    ]
    if analysis.vectors is None:
        assert loaded.vectors is None
    else:
        assert loaded.vectors is not None
        assert np.array_equal(loaded.vectors, analysis.vectors)


def test_an_analysis_deferred_is_decoded_only_when_asked_for(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Read from a build's files, an analysis decodes nothing until something asks for its
    people, terms or story; then it is the analysis that was written."""
    import bot.engine.story_analysis as story_analysis

    story = load_corpus(REPO / "corpus")[0]
    analysis = analyse_story(story, "key")
    parts = analysis.stored_parts()
    paragraphs = [paragraph for _, paragraph in analysis.passage_keys]
    decoded: list[str] = []
    real = story_analysis._attribution

    def counted(facts: dict[str, object]) -> object:
        decoded.append("attribution")
        return real(facts)  # type: ignore[arg-type]

    monkeypatch.setattr(story_analysis, "_attribution", counted)
    deferred = StoryAnalysis.deferred("key", story.id, paragraphs, parts, analysis.vectors)
    assert deferred.passage_keys == analysis.passage_keys and decoded == []
    assert deferred.attribution == analysis.attribution and decoded == ["attribution"]
    assert deferred.terms == analysis.terms
    assert deferred.story == story
    assert deferred.to_bytes() == analysis.to_bytes()


def test_an_analysis_read_with_its_own_vectors_lets_its_blob_go() -> None:
    """How a build reads what its workers hand back: the same analysis, and nothing of the
    blob kept (its vectors copied; the story's JSON and the terms are copies anyway)."""
    story = load_corpus(REPO / "corpus")[0]
    analysis = analyse_story(story, "key")
    blob = analysis.to_bytes()
    alone = sys.getrefcount(blob)
    viewed = StoryAnalysis.from_bytes("key", blob)
    assert sys.getrefcount(blob) > alone  # its vectors are a view of it
    own = StoryAnalysis.from_bytes("key", blob, own_vectors=True)
    del viewed
    assert sys.getrefcount(blob) == alone
    assert own.to_bytes() == blob


def test_a_passage_not_cut_from_its_body_keeps_its_own_text() -> None:
    story = load_corpus(REPO / "corpus")[0]
    first = story.paragraphs[0].model_copy(update={"text": "Not the body's text."})
    odd = story.model_copy(update={"paragraphs": (first, *story.paragraphs[1:])})
    analysis = analyse_story(odd, "odd")
    assert StoryAnalysis.from_bytes("odd", analysis.to_bytes()).story == odd


def test_models_made_from_trusted_values_are_pydantics_own() -> None:
    values = {
        "story_id": "s",
        "paragraph": 3,
        "text": "Hello.",
        "start": 10,
        "end": 16,
        "sentences": (Span(start=10, end=16),),
        "role": "story",
    }
    made = _trusted(Passage, {**values, "role": Passage(**values).role})
    validated = Passage(**values)
    assert made == validated == Passage.model_construct(**values | {"role": validated.role})
    assert made.model_dump() == validated.model_dump()
    assert made.model_fields_set == validated.model_fields_set
    assert made.key == ("s", 3)
    assert hash(made.sentences[0]) == hash(Span(start=10, end=16))
    with pytest.raises(Exception, match="frozen"):
        made.text = "changed"  # type: ignore[misc]


def test_a_damaged_analysis_is_refused() -> None:
    story = load_corpus(REPO / "corpus")[0]
    blob = bytearray(analyse_story(story, "key").to_bytes())
    blob[len(blob) // 2] ^= 1
    with pytest.raises(ValueError, match="damaged"):
        StoryAnalysis.from_bytes("key", bytes(blob))
    with pytest.raises(ValueError):
        StoryAnalysis.from_bytes("key", b"STANALYS")


def test_an_analysis_read_back_is_stored_again_without_making_its_story(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """How a build's worker hands an analysis back: stored, read, saved, its story unmade."""
    import bot.engine.story_analysis as story_analysis

    stored = analyse_story(load_corpus(REPO / "corpus")[0], "key").to_bytes()
    loaded = StoryAnalysis.from_bytes("key", stored)

    def unwanted(facts: object) -> None:
        raise AssertionError("the story was made")

    monkeypatch.setattr(story_analysis, "_story", unwanted)
    assert loaded.to_bytes() == stored


def test_passage_texts_are_read_without_making_the_story(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """What a reindex's report compares: the story passages' texts (not credits or headlines),
    read from the stored form without making the story (a whole build made every story)."""
    import bot.engine.story_analysis as story_analysis

    story = load_corpus(REPO / "corpus")[0]
    assert len(story.passages) < len(story.paragraphs)  # the story has credits to leave out
    loaded = StoryAnalysis.from_bytes("key", analyse_story(story, "key").to_bytes())

    def unwanted(facts: object) -> None:
        raise AssertionError("the story was made")

    with monkeypatch.context() as patched:
        patched.setattr(story_analysis, "_story", unwanted)
        texts = loaded.passage_texts()
    assert texts == [p.text for p in story.passages]
    assert loaded.story == story
    assert loaded.passage_texts() == texts  # and once made, from the story


def test_a_story_made_while_answering_is_left_out_of_garbage_collection() -> None:
    """A story read back is made when an answer first shows it and then kept as long as the
    build: its models are frozen (gc.freeze), so that later collections do not walk every
    story made so far (at 100,000 passages a full one took 50-240 ms of a question)."""
    story = load_corpus(REPO / "corpus")[0]
    loaded = StoryAnalysis.from_bytes("key", analyse_story(story, "key").to_bytes())
    made = loaded.story
    assert made == story
    sentence = made.passages[0].sentences[0]
    young = gc.get_objects()  # every generation a collection walks (not the frozen objects)
    assert not any(o is made or o is sentence for o in young)
    assert gc.isenabled()


def test_a_passage_is_shown_without_making_its_story(monkeypatch: pytest.MonkeyPatch) -> None:
    """An answer shows a passage or two of a story, its metadata and its body's text: those are
    read without making the story's every passage, and are the story's own."""
    import bot.engine.story_analysis as story_analysis

    story = load_corpus(REPO / "corpus")[0]
    first = story.paragraphs[0].model_copy(update={"text": "Not the body's text."})
    odd = story.model_copy(update={"paragraphs": (first, *story.paragraphs[1:])})
    stored = analyse_story(odd, "key").to_bytes()
    loaded = StoryAnalysis.from_bytes("key", stored)
    with monkeypatch.context() as patched:
        patched.setattr(story_analysis, "_story", None)  # making the story would fail
        alone = [loaded.passage(i) for i in reversed(range(len(odd.passages)))][::-1]
        assert loaded.meta == odd.meta and loaded.body == odd.body
        assert loaded.to_bytes() == stored
    assert alone == list(odd.passages) and alone[0].text == "Not the body's text."
    assert all(p.model_dump() == q.model_dump() for p, q in zip(alone, odd.passages, strict=True))
    young = gc.get_objects()  # kept as long as the build, as a story is: frozen
    assert not any(o is alone[1] or o is alone[1].sentences[0] for o in young)
    assert loaded.story == odd  # made when asked for, all of it
    assert loaded.passage(2) is alone[2] and loaded.meta is loaded.story.meta


# -- the stored story: each part decodes alone ----------------------------------------------------

_RECORDS = st.lists(
    st.tuples(
        st.integers(0, 2**31),
        st.integers(0, 10**6),
        st.integers(0, 10**6),
        st.sampled_from(["story", "headline", "credit"]),
        st.lists(st.integers(0, 10**6), max_size=8),
        st.none() | st.text(max_size=40),
    ).map(list),
    max_size=12,
    unique_by=lambda record: record[0],  # a story's paragraph numbers are its own
)


@settings(max_examples=200, deadline=None)
@given(
    meta=st.lists(st.text(max_size=20) | st.none(), max_size=7),
    source=st.text(max_size=20) | st.none(),
    body=st.text(max_size=300),
    records=_RECORDS,
)
def test_a_stored_story_reads_back_part_by_part(
    meta: list[object], source: str | None, body: str, records: list[list[object]]
) -> None:
    """Any story's facts stored (`_told_bytes`) read back whole and each part alone: its
    metadata, its body (any text, UTF-8) and each paragraph's record by its number."""
    facts = {"meta": meta, "source": source, "body": body, "paragraphs": records}
    stored = StoredStory(_told_bytes(facts))
    assert stored.facts() == facts
    assert stored.meta() == meta and stored.body() == body
    for start in range(-2, len(body) + 2, 7):  # any slice of the body, ASCII or not
        assert stored.text(start, start + 5) == body[start : start + 5]
        assert stored.text(start, len(body) + 3) == body[start:]
    for record in records:  # numbers in any order, skipping some: each found by its number
        assert stored.paragraph(record[0]) == record  # type: ignore[arg-type]
    missing = max((int(r[0]) for r in records), default=0) + 1  # type: ignore[call-overload]
    with pytest.raises(KeyError):
        stored.paragraph(missing)


def test_a_damaged_stored_story_is_refused() -> None:
    story = load_corpus(REPO / "corpus")[0]
    told = _told_bytes(_story_facts(story))
    for damaged in (told[:-1], told + b"x", told[:10], b"{}", b"STORY\x00\x01\x00" + b"\xff" * 20):
        with pytest.raises(ValueError):
            StoredStory(damaged)


def test_a_shown_passage_decodes_only_its_own_paragraph(monkeypatch: pytest.MonkeyPatch) -> None:
    """Showing a passage of a stored story decodes its paragraph's record, the metadata and
    the body's text, never the whole story's JSON (some 20-60 µs a story at 10 KB)."""
    import bot.engine.story_analysis as story_analysis

    story = load_corpus(REPO / "corpus")[0]
    stored = analyse_story(story, "key").to_bytes()
    loaded = StoryAnalysis.from_bytes("key", stored)
    decoded: list[int] = []
    real = story_analysis.orjson.loads

    def counted(data: bytes | memoryview) -> object:
        decoded.append(len(data))
        return real(data)

    monkeypatch.setattr(story_analysis.orjson, "loads", counted)
    passage = loaded.passage(3)
    assert passage == story.passages[3]
    assert loaded.meta == story.meta and loaded.body == story.body
    paragraphs = len(orjson.dumps(_story_facts(story)["paragraphs"]))
    assert len(decoded) == 2 and sum(decoded) < paragraphs // 4  # one record, the head


_REAL_BODY = StoredStory.body


def test_an_ascii_body_is_sliced_without_decoding_all_of_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """An answer checks a passage and its quotes against their story's words: of an ASCII
    body only those words are decoded (decoding each shown story's body touched every page of
    it); a body with other characters is decoded whole, once, and both give the body's own."""
    story = load_corpus(REPO / "corpus")[0]
    ascii_story = story.model_copy(update={"body": story.body.encode("ascii", "replace").decode()})
    for made, whole in ((ascii_story, False), (story, True)):
        loaded = StoryAnalysis.from_bytes("key", analyse_story(made, "key").to_bytes())
        decoded: list[str] = []

        def counted(self: StoredStory, decoded: list[str] = decoded) -> str:
            decoded.append("body")
            return _REAL_BODY(self)

        with monkeypatch.context() as patched:
            patched.setattr(StoredStory, "body", counted)
            for at in (2, 3, 5):
                passage = made.passages[at]
                own = made.body[passage.start : passage.end]
                assert loaded.text(passage.start, passage.end) == own
                assert loaded.passage(at).text == passage.text
        # a body with other characters is decoded once, however many passages are checked
        assert len(decoded) == (1 if whole else 0)


def test_an_older_build_s_analysis_still_answers_and_is_stored_again_in_the_new_form() -> None:
    """A blob of the version before (the story as one JSON object), as a build stored before
    this version holds it: read back and shown the same until the rebuild the new index
    version starts, which stores it in the new form."""
    story = load_corpus(REPO / "corpus")[0]
    analysis = analyse_story(story, "key")
    said, _, terms = analysis.stored_parts()
    told = orjson.dumps(_story_facts(story))
    vectors = b"" if analysis.vectors is None else analysis.vectors.astype("<f4").tobytes()
    payload = b"".join((said, told, terms, vectors))
    lengths = (len(said), len(told), len(terms), len(vectors))
    older = story_analysis._PREFIX.pack(b"STANALYS", 2, *lengths, zlib.crc32(payload)) + payload
    loaded = StoryAnalysis.from_bytes("key", older)
    assert [loaded.passage(i) for i in range(len(story.passages))] == list(story.passages)
    assert loaded.meta == story.meta and loaded.body == story.body
    assert loaded.passage_texts() == [p.text for p in story.passages]
    assert loaded.to_bytes() == analysis.to_bytes()  # stored again as a fresh analysis is
    assert StoryAnalysis.from_bytes("key", older).story == story

"""Dense vectors from the model the `wordllama` package ships, read in place and offline."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
import textwrap
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.engine import semantic
from bot.engine.corpus import load_corpus
from bot.engine.lexicon import Source
from bot.engine.search import Searcher, SearchSettings
from bot.engine.semantic import Embedder, wordllama_files, words_tokenise_alone
from bot.engine.snapshot import IndexSnapshot
from bot.engine.text import TermSpan

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def embedder() -> Embedder:
    files = wordllama_files()
    assert files is not None, "the wordllama package ships its model: it must be installed"
    return Embedder(files)


def test_vectors_are_unit_length_and_closer_for_related_texts(embedder: Embedder) -> None:
    jail, prison, weather = embedder.embed(
        ["he was locked up in jail", "he was held in prison", "sunny weather at the beach"]
    )
    assert np.linalg.norm(jail) == pytest.approx(1.0, abs=1e-5)
    assert float(jail @ prison) > float(jail @ weather)


def test_a_text_without_tokens_is_the_zero_vector(embedder: Embedder) -> None:
    (empty,) = embedder.embed([""])
    assert not empty.any()


def _one_by_one(embedder: Embedder, texts: list[str]) -> np.ndarray:  # type: ignore[type-arg]
    """Each text's vector as the embedder made it before its passages were embedded
    together: its rows widened to 32 bits, their mean (numpy's), scaled to unit length."""
    vectors = np.zeros((len(texts), embedder.dimensions), dtype=np.float32)
    matrix = embedder._matrix.astype(np.float16)  # as stored
    for row, text in enumerate(texts):
        ids = embedder._tokenizer.encode(text, add_special_tokens=False).ids
        ids = np.clip(np.asarray(ids, dtype=np.int64), 0, len(matrix) - 1)
        if len(ids):
            vectors[row] = matrix[ids].astype(np.float32).mean(axis=0)
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    return vectors / np.where(norms > 0, norms, np.float32(1.0))


def test_a_build_s_embedder_makes_the_same_vectors_to_the_last_bit(
    embedder: Embedder, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A build's workers embed with 32-bit rows and a story's passages tokenised at once;
    a searcher embeds a question alone: the same bits either way, and as one by one."""
    files = wordllama_files()
    assert files is not None
    monkeypatch.setenv("TOKENIZERS_PARALLELISM", "false")  # as in a build's worker
    for_build = Embedder(files, for_build=True)
    story = load_corpus(REPO / "corpus")[0]
    texts = [p.text for p in story.paragraphs] + ["", "x", "a word", "“Quoted,” she said."]
    made = for_build.embed(texts)
    assert made.dtype == np.float32
    assert made.tobytes() == embedder.embed(texts).tobytes()
    assert made.tobytes() == _one_by_one(embedder, texts).tobytes()
    assert all(
        embedder.embed([text]).tobytes() == made[row : row + 1].tobytes()
        for row, text in enumerate(texts)
    )


@pytest.fixture(scope="module")
def build_embedder() -> Embedder:
    files = wordllama_files()
    assert files is not None
    return Embedder(files, for_build=True)


def test_the_model_s_tokenizer_tokenises_each_word_alone() -> None:
    """A build's workers tokenise a word at a time only with the tokenizer file that was
    checked for it: the installed one, which has the property."""
    files = wordllama_files()
    assert files is not None
    config = files.tokenizer.read_bytes()
    assert words_tokenise_alone(config)
    assert hashlib.sha256(config).hexdigest() == semantic._WORDWISE_TOKENIZER
    assert Embedder(files, for_build=True)._words_alone
    assert Embedder(files)._words_alone


def test_a_merge_across_words_is_seen() -> None:
    """A tokenizer whose merges join a word to the "▁" of the next, or that splits words
    before merging, is not tokenised a word at a time."""
    files = wordllama_files()
    assert files is not None
    model = json.loads(files.tokenizer.read_bytes())
    across = json.loads(json.dumps(model))
    across["model"]["merges"].append("s \u2581the")
    assert not words_tokenise_alone(json.dumps(across).encode())
    split = json.loads(json.dumps(model))
    split["pre_tokenizer"] = {"type": "Whitespace"}
    assert not words_tokenise_alone(json.dumps(split).encode())


_PIECES = [*"ab ZQ.,'’“”-\n\t\u00a0\u2581<>/s", "<s>", "</s>", "<unk>", "the", "é", "😀", "  "]
_AWKWARD = st.lists(st.sampled_from(_PIECES), max_size=40).map("".join)


@settings(max_examples=300, deadline=None)
@given(texts=st.lists(st.one_of(_AWKWARD, st.text(max_size=80)), min_size=1, max_size=6))
def test_a_build_tokenises_a_word_at_a_time_as_the_tokenizer_does_a_whole_text(
    build_embedder: Embedder, texts: list[str]
) -> None:
    """Whatever the text (several spaces, spaces at its ends, "▁", special tokens' marks),
    the token ids made from the words seen are the tokenizer's own for the whole text."""
    tokenizer = build_embedder._tokenizer
    expected = [tokenizer.encode(text, add_special_tokens=False).ids for text in texts]
    assert build_embedder._ids_by_word(texts) == expected
    assert build_embedder._ids_by_word(texts) == expected  # now from the words seen


def test_a_searcher_tokenises_several_texts_a_word_at_a_time(embedder: Embedder) -> None:
    """A passage's sentences, embedded together to find the one closest to a question, are
    tokenised from the words seen as a question is (not each sentence's byte-pair merges
    whole): the same vectors to the last bit as the tokenizer's own for each whole text,
    those it cannot take a word at a time (several spaces, "▁", "<") among them."""
    texts = [
        "Bukele said he would not return Garcia.",
        "“We won't,” the Salvadoran president told reporters.",
        "  two  spaces ",
        "a \u2581 mark",
        "<s> and more",
        "",
    ]
    embedder._word_ids.clear()
    made = embedder.embed(texts)
    assert {"Bukele", "Garcia.", "Salvadoran", "“We"} <= embedder._word_ids.keys()
    assert made.tobytes() == _one_by_one(embedder, texts).tobytes()
    assert embedder.embed(texts).tobytes() == made.tobytes()  # now from the words seen


def test_a_build_tokenises_the_story_and_synthetic_news_as_the_tokenizer_does(
    build_embedder: Embedder,
) -> None:
    sys.path.insert(0, str(REPO / "benchmarks"))
    from synthetic import story_text

    texts = [p.text for story in load_corpus(REPO / "corpus") for p in story.paragraphs]
    for number in range(40):
        text, _ = story_text(number, 7)
        texts += text.split("\n\n")
    tokenizer = build_embedder._tokenizer
    expected = [e.ids for e in tokenizer.encode_batch_fast(texts, add_special_tokens=False)]
    assert build_embedder._ids_by_word(texts) == expected


@settings(max_examples=200, deadline=None)
@given(text=st.text(max_size=200))
def test_a_question_embedded_alone_is_its_row_of_a_batch(embedder: Embedder, text: str) -> None:
    """A question is embedded by its own shorter path: the same bits as in a batch."""
    alone = embedder.embed([text])
    assert alone.shape == (1, embedder.dimensions) and alone.dtype == np.float32
    assert alone.tobytes() == embedder.embed([text, "a second text"])[:1].tobytes()


@settings(max_examples=300, deadline=None)
@given(text=st.one_of(_AWKWARD, st.text(max_size=120)))
def test_a_question_s_tokens_are_the_tokenizer_s_own_for_the_whole_text(
    embedder: Embedder, text: str
) -> None:
    """A searcher tokenises a question a word at a time from the words it has seen (the
    installed tokenizer allows it): the tokenizer's own ids for the whole question, the first
    time and from the words seen, and so the same vector."""
    assert embedder._words_alone
    expected = embedder._tokenizer.encode(text, add_special_tokens=False).ids
    assert embedder._question_ids(text) == expected
    assert embedder._question_ids(text) == expected  # now from the words seen
    assert embedder.embed([text]).tobytes() == _one_by_one(embedder, [text]).tobytes()


def run_python(code: str) -> str:
    done = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_the_vectors_are_wordllama_s_own() -> None:
    """The same numbers as WordLlamaInference.embed(norm=True), built from the same files (in
    a subprocess: importing wordllama sets up the root logger)."""
    out = run_python(
        """
        import json
        import numpy as np
        from safetensors import safe_open
        from tokenizers import Tokenizer
        from wordllama import WordLlamaInference
        from bot.engine.semantic import Embedder, wordllama_files

        files = wordllama_files()
        with safe_open(str(files.weights), "np") as f:
            matrix = f.get_tensor("embedding.weight")
        theirs = WordLlamaInference(matrix, Tokenizer.from_file(str(files.tokenizer)))
        texts = ["What did Bukele say?", "a much longer sentence about the prison deal", "x"]
        gap = np.abs(theirs.embed(texts, norm=True) - Embedder(files).embed(texts)).max()
        print(json.dumps(float(gap)))
        """
    )
    assert json.loads(out) < 1e-5


def test_searching_with_the_model_touches_no_network_and_never_imports_wordllama() -> None:
    """With every socket refused, the model loads from the installed package and ranks; the
    wordllama package's code (which could download) is never imported."""
    out = run_python(
        """
        import json, logging, socket, sys
        from pathlib import Path

        def refuse(*args, **kwargs):
            raise OSError("network access attempted")

        socket.socket.connect = refuse
        socket.socket.connect_ex = refuse
        socket.create_connection = refuse
        socket.getaddrinfo = refuse

        from bot.engine.builder import build_snapshot
        from bot.engine.corpus import load_corpus
        from bot.engine.search import Searcher

        searcher = Searcher(build_snapshot(load_corpus(Path("corpus")), "offline"))
        answer = searcher.ask("what did the two leaders think of each other?")
        print(json.dumps({
            "paragraph": answer.passages[0].paragraph,
            "imported": sorted(m for m in sys.modules if m.startswith("wordllama")),
            "root_handlers": len(logging.getLogger().handlers),
        }))
        """
    )
    found = json.loads(out)
    assert found == {"paragraph": 7, "imported": [], "root_handlers": 0}


def test_closeness_in_meaning_finds_a_passage_sharing_few_words(
    story_snapshot: IndexSnapshot,
) -> None:
    """ "think of each other" is praise both ways in the story (¶7: "an honor to be here ...
    with the president and leader of the free world"); by the words alone, ¶14 comes first."""
    question = "what did the two leaders think of each other?"
    dense = Searcher(story_snapshot).ask(question)
    assert dense.passages[0].paragraph == 7
    words_only = Searcher(story_snapshot, SearchSettings(semantic_weight=0.0)).ask(question)
    assert words_only.passages[0].paragraph != 7


def test_questions_asked_at_once_on_a_new_searcher_all_get_the_same_answer(
    story_snapshot: IndexSnapshot,
) -> None:
    """The service asks from worker threads: the first questions may load the model together."""
    question = "what did the two leaders think of each other?"
    expected = Searcher(story_snapshot).ask(question)
    searcher = Searcher(story_snapshot)
    start = threading.Barrier(4)

    def ask() -> list[int]:
        start.wait()
        return [p.paragraph for p in searcher.ask(question).passages]

    with ThreadPoolExecutor(4) as pool:
        found = list(pool.map(lambda _: ask(), range(4)))
    assert found == [[p.paragraph for p in expected.passages]] * 4


# WordNet's bridges but a capital's to its country ("beijing" -> "china" would reach ¶27 too):
# what is left to reach a word is its closeness in meaning
WORDNET_WORDS_ONLY = SearchSettings(bridge_sources=(Source.FAMILY, Source.SYNONYMS))
# nor the closeness in meaning that picks a verb's rarer sense ("presents": "present" is
# "give" as a "gift", `_sense_bridges`)
WITHOUT_MEANING_BRIDGES = WORDNET_WORDS_ONLY.model_copy(
    update={"meaning_bridge_min": 1.0, "sense_pick_min": 1.0}
)


@pytest.mark.parametrize(
    ("question", "paragraph"),
    [
        # "nice" -> "pleasantries" (¶6: "exchanged pleasantries"); WordNet relates them not
        ("was the atmosphere nice between the two presidents", 6),
        # "crisis" -> "emergency" (¶20: "a state of emergency ... remains in effect")
        ("is the crisis declaration still in force", 20),
        # "presents" -> "gift" (¶27: China's library, pier and park "as a gift"); "country"
        # is in five passages (of "hand over", "over" was ¶18's "concerns over ...": now a
        # phrasal verb's particle, no word of its own, and ¶27 is first without the bridge)
        ("what presents did beijing bring to the country", 27),
    ],
)
def test_a_word_the_story_never_uses_reaches_its_closest_word_in_meaning(
    story_snapshot: IndexSnapshot, question: str, paragraph: int
) -> None:
    answer = Searcher(story_snapshot, WORDNET_WORDS_ONLY).ask(question)
    assert answer.passages[0].paragraph == paragraph
    without = Searcher(story_snapshot, WITHOUT_MEANING_BRIDGES).ask(question)
    assert without.passages[0].paragraph != paragraph


def test_a_meaning_bridge_needs_closeness_not_a_shared_piece_of_a_word(
    story_snapshot: IndexSnapshot,
) -> None:
    """ "super" and the story's "supermax" share their first sub-word token, which alone makes
    them look close; "trip" and "travel" share none."""
    searcher = Searcher(story_snapshot)
    assert searcher._closest_corpus_term("trip") == "travel"
    assert searcher._closest_corpus_term("guilty") == "convict"
    assert searcher._closest_corpus_term("super") is None
    assert searcher._closest_corpus_term("weekend") is None  # its own word: no bridge


def test_meaning_bridges_keep_no_word_table_from_the_approximate_index_s_size_on(
    story_snapshot: IndexSnapshot,
) -> None:
    """A vector per corpus word is kept only where every passage's is compared exactly."""
    large = Searcher(story_snapshot, SearchSettings(semantic_exact_below=10, semantic_probes=2))
    assert large._closest_corpus_term("trip") is None
    assert Searcher(story_snapshot, WITHOUT_MEANING_BRIDGES)._closest_corpus_term("trip") is None


def test_no_meaning_bridge_when_a_kind_of_answer_is_asked_for(
    story_snapshot: IndexSnapshot,
) -> None:
    """ "how much ... paid" wants the passage holding an amount (¶24: "$6 million"), which the
    kind's bonus finds; "paid" -> "money" would only add a rival without one (¶21: "less money
    than it costs us")."""
    question = "how much is el salvador getting paid by the us"
    searcher = Searcher(story_snapshot)
    assert searcher.ask(question).passages[0].paragraph == 24
    words = searcher._question_words(question)
    unknown = searcher._unknown_topic_words(question, words, [w.term for w in words])
    reached = searcher._meaning_bridges(unknown, {})
    assert reached == {"pay": "money"}  # what the bridge would be, were it used


@pytest.mark.parametrize(
    "question",
    [
        "is the weather nice in san salvador this week",  # "weather" -> "outside": a near miss
        "how long was the trip to washington",  # "trip" -> "travel"
    ],
)
def test_the_confidence_model_does_not_read_the_meaning_bridges(
    story_snapshot: IndexSnapshot, question: str
) -> None:
    """They order the passages: the confidence model reads the ranking made without them (the
    one it was fitted on), and a bridged word the best passage lacks counts for nothing there,
    so a near miss is no more confident for them (tests/engine/test_paraphrase_bridges.py: where
    the passage holds it and meaning agrees, it counts)."""
    bridged = Searcher(story_snapshot)
    unknown = bridged._unknown_topic_words(question, *_words_and_topic(bridged, question))
    assert bridged._meaning_bridges(unknown, {})
    without = Searcher(story_snapshot, WITHOUT_MEANING_BRIDGES)
    assert (
        bridged.ask(question).passages[0].paragraph == without.ask(question).passages[0].paragraph
    )
    assert bridged.confidence_signals(question) == without.confidence_signals(question)


def _words_and_topic(searcher: Searcher, question: str) -> tuple[list[TermSpan], list[str]]:
    words = searcher._question_words(question)
    return words, [w.term for w in words]


@pytest.mark.parametrize(
    ("question", "paragraph", "confidence"),
    [
        ("why is bukele criticised", 27, "low"),  # "criticized for his close ties to China"
        # the White House press secretary: every telling word held (9read88)
        ("who is the president's press person", 23, "high"),
    ],
)
def test_a_passage_sharing_the_words_wins_a_tie_with_one_close_in_meaning_alone(
    story_snapshot: IndexSnapshot, question: str, paragraph: int, confidence: str
) -> None:
    """With one passage sharing the question's words, the fused scores can tie exactly: it
    holds the best BM25 score (1 when scaled) and is the least close in meaning of the
    candidates (0 when scaled), the closest passage in meaning shares no word (1 and 0).
    Words in common are the firmer evidence; story order decided before. The confidence
    model reads the ranking it was fitted on, which puts the other first: never "high" for
    that, but where the other holds none of the question's telling words and the one shown
    holds every one, the model reads the one shown (9read88: ¶23's "press secretary")."""
    answer = Searcher(story_snapshot).ask(question)
    assert answer.passages[0].paragraph == paragraph
    assert answer.confidence == confidence


def test_a_weighted_text_with_equal_weights_is_its_plain_vector(embedder: Embedder) -> None:
    words = ["bukele", "said", "it", "would", "be", "preposterous"]
    plain = embedder.embed([" ".join(words)])[0]
    weighted = embedder.embed_weighted([(word, 2.0) for word in words])
    assert np.allclose(weighted, plain, atol=1e-6)


def test_a_word_weighted_zero_leaves_no_trace(embedder: Embedder) -> None:
    alone = embedder.embed(["prison"])[0]
    weighted = embedder.embed_weighted([("bukele", 0.0), ("prison", 1.0)])
    assert np.allclose(weighted, alone, atol=1e-6)
    assert not embedder.embed_weighted([("bukele", 0.0)]).any()


def test_a_question_s_rare_word_weighs_more_in_its_closeness_than_names_every_passage_has(
    story_snapshot: IndexSnapshot,
) -> None:
    """Trump and Bukele are in most passages; "library" in one (¶27, China's gifts). Each token
    alike, the question's vector is mostly the two names, and ¶27 is not among the three closest
    passages; each word weighted by its idf, it is among the two closest."""
    searcher = Searcher(story_snapshot)
    question = "what did trump and bukele say about the library"
    words = searcher._question_words(question)
    weighted = searcher._idf_closeness([(question[w.start : w.end], w.term) for w in words])
    plain = searcher._closeness(" ".join(question[w.start : w.end] for w in words))
    assert weighted is not None and plain is not None
    paragraph = {at: p.paragraph for at, p in enumerate(story_snapshot.passages)}
    assert 27 in [paragraph[at] for at in weighted.closest(2)]
    assert 27 not in [paragraph[at] for at in plain.closest(3)]


@pytest.mark.parametrize(
    "question",
    [
        "do people disappear under bukele's government",
        # "... still in force" until "still" weighed less than a word in the order shown, and
        # "is the emergency in el salvador in effect" until ¶20 was read with the country ¶19
        # names (`MeaningCloseness._in_context`), each of which puts ¶20 first with the plain
        # vector too
        "are salvadoran emergency powers still in place",
    ],
)
def test_the_idf_closeness_orders_what_is_shown_not_what_the_confidence_model_reads(
    story_snapshot: IndexSnapshot, question: str
) -> None:
    """With `semantic_idf` the state of emergency and its "enforced disappearances" (¶20) come
    first: the plain vector leans on the names and the common words and puts ¶20 lower. The
    confidence model's signals are read of the plain ranking, as it was fitted."""
    plain = Searcher(story_snapshot)
    weighted = Searcher(story_snapshot, SearchSettings(semantic_idf=True))
    assert weighted.ask(question).passages[0].paragraph == 20
    assert plain.ask(question).passages[0].paragraph != 20
    assert weighted.confidence_signals(question) == plain.confidence_signals(question)


def test_several_texts_and_a_weighted_question_are_embedded_without_numpy_s_dispatch(
    embedder: Embedder, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A passage's sentences embedded together and a question's weighted vector are bounded
    and scaled by numpy's own operations, not through `np.clip` and `np.linalg.norm`, whose
    Python dispatch cost more than the operations on a few rows: the same bits as those
    (`_one_by_one`'s, and the weighted sum scaled by `np.linalg.norm`)."""
    texts = ["Bukele said he would not return Garcia.", "“We won't,” he told reporters.", ""]
    words = [("bukele", 1.5), ("prison", 0.25), ("garcia", 3.0)]
    expected = _one_by_one(embedder, texts)
    summed = np.zeros(embedder.dimensions, dtype=np.float32)
    for word, weight in words:
        ids = embedder._question_ids(word)
        rows = np.add.reduce(embedder._matrix[ids], axis=0, dtype=np.float32)
        summed += np.float32(weight) * rows
    weighted = summed / np.linalg.norm(summed)

    def unused(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError("numpy's function was called")

    monkeypatch.setattr(np, "clip", unused)
    monkeypatch.setattr(np.linalg, "norm", unused)
    assert embedder.embed(texts).tobytes() == expected.tobytes()
    assert embedder.embed_weighted(words).tobytes() == weighted.tobytes()

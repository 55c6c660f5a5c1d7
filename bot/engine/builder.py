"""Stories -> an IndexSnapshot: attribution, each passage's index terms and the BM25 index."""

from __future__ import annotations

import datetime as dt
import gc
import hashlib
import itertools
import logging
import mmap
import multiprocessing
import os
from collections.abc import Callable, Iterator, Mapping, Sequence
from concurrent.futures import CancelledError, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import nullcontext
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

from bot.engine.answer_types import holds_number
from bot.engine.attribution import StoryAttribution, attribute_story, merge_attributions
from bot.engine.build_merge import kept_stories, merged_index
from bot.engine.build_stop import BuildStop, Progress, ctrl_c_kept_from_workers
from bot.engine.build_version import build_version
from bot.engine.corpus import (
    DUPLICATE_HINT,
    MAX_STORY_BYTES,
    NO_STORIES,
    check_inside,
    corpus_files,
    parse_story,
)
from bot.engine.fingerprint_record import FileSignatures
from bot.engine.index import BM25Index
from bot.engine.initials import name_initials, people_names
from bot.engine.memory import mapped_files, read_ahead_mapped_files, release_mapping
from bot.engine.models import Passage, Person, Quote, Story, quotes_by_passage
from bot.engine.passage_terms import PassageTerms, continues_previous
from bot.engine.semantic import Embedder, Vectors, shared_embedder, wordllama_files
from bot.engine.shelves import PassageShelf, QuoteShelf, StoryShelf
from bot.engine.shown import Reused
from bot.engine.snapshot import IndexSnapshot
from bot.engine.story_analysis import StoryAnalysis
from bot.engine.text import terms
from bot.errors import CorpusError
from bot.files import FileRefused, read_limited
from bot.pausepoints import pause_point

log = logging.getLogger(__name__)

# Given each batch of fresh analyses' keys and stored forms as the build reads them back
# (`analyse_corpus`'s `keep`)
Keep = Callable[[list[tuple[str, bytes]]], None]


def analyse_story(story: Story, key: str, *, in_worker: bool = False) -> StoryAnalysis:
    """Attribute `story`'s quotes, tokenise and embed its passages. For one story only;
    `key` is what the analysis is reused by (`file_key`); `in_worker`: in a build's worker
    process (`_start_worker`), which embeds with an embedder of its own made for builds."""
    texts = [p.text for p in story.passages]
    embedder = _worker_embedder() if in_worker else _embedder()
    attribution = attribute_story(story)
    people = people_names(attribution.people)
    return StoryAnalysis(
        key=key,
        story=story,
        attribution=attribution,
        passage_terms=PassageTerms.of_texts(
            texts,
            list(map(holds_number, texts)),
            list(map(continues_previous, texts)),
            [name_initials(text, people) for text in texts],
        ),
        vectors=embedder.embed(texts) if embedder else None,
    )


def embedding_available() -> bool:
    """Whether builds embed passages (the model is installed): a stored analysis made
    otherwise is not reused."""
    return wordllama_files() is not None


@lru_cache(maxsize=1)
def _embedder() -> Embedder | None:
    """The passage embedder of a build in this process: the one its searchers share."""
    files = wordllama_files()
    return shared_embedder(files) if files is not None else None


@lru_cache(maxsize=1)
def _worker_embedder() -> Embedder | None:
    """A build worker's own embedder (`Embedder(for_build=True)`), loaded once per worker."""
    files = wordllama_files()
    return Embedder(files, for_build=True) if files is not None else None


def build_snapshot(
    stories: Sequence[Story], corpus_hash: str, progress: Progress | None = None
) -> IndexSnapshot:
    """Attribute quotes and index every story passage. Pure: touches no files."""
    analyses: list[StoryAnalysis] = []
    done = 0
    total = sum(len(s.passages) for s in stories)
    for story in stories:
        analyses.append(analyse_story(story, "story:" + story.content_hash))
        done += len(story.passages)
        if progress:
            progress("tokenising", done, total)
    return snapshot_of(analyses, corpus_hash, progress)


def snapshot_of(
    analyses: Sequence[StoryAnalysis],
    corpus_hash: str,
    progress: Progress | None = None,
    *,
    joined_vectors: Vectors | None = None,
    previous: IndexSnapshot | None = None,
) -> IndexSnapshot:
    """The snapshot of stories already analysed (in story order): people merged across
    stories, each passage's terms with the names and roles of the people it quotes, BM25.
    `joined_vectors`: as `assemble_snapshot`'s (`with_joined_vectors`); `previous`: the build
    in use, whose BM25 index the new one is merged from (build_merge.py): the same index as a
    whole build, with only the changed stories' passages indexed again."""
    attribution = merge_attributions([a.attribution for a in analyses])
    people = {p.id: p for p in attribution.people}
    speakers = SpeakerTerms(people)
    index = None
    reused = None
    if previous is not None:
        # The build in use's pages read from its files (its stories' attributions; then its
        # index) let go after each pass over them: held, they were 1.2 GB of a reindex's
        # peak at 1,000,000 passages (read again from the files if touched again).
        previous.release_mapped_pages()
        places = kept_stories(previous, analyses, attribution.quotes, people)
        if places is not None:
            index = merged_index(
                previous,
                analyses,
                attribution.quotes,
                people,
                speakers.with_speakers,
                BM25Index.DEFAULT_PARAMETERS,
                places=places,
            )
            if previous.shown is not None:
                reused = Reused(previous.shown, places)
        previous.release_mapped_pages()
    if index is None:
        index = _whole_index(analyses, attribution.quotes, speakers, progress)
    snapshot = assemble_snapshot(
        analyses,
        index,
        corpus_hash,
        dt.datetime.now(dt.UTC),
        attribution=attribution,
        joined_vectors=joined_vectors,
        mapped_files=previous.mapped_files if previous is not None else (),
        reused_shown=reused,
    )
    snapshot.release_mapped_pages()  # its stories' terms, read in place
    return snapshot


def _whole_index(
    analyses: Sequence[StoryAnalysis],
    quotes: Sequence[Quote],
    speakers: SpeakerTerms,
    progress: Progress | None,
) -> BM25Index:
    """The BM25 index of every passage of `analyses`, with its speakers' terms."""
    quoted = quotes_by_passage(quotes)

    def indexed() -> Iterator[Sequence[str]]:
        """Each passage's terms as the index holds them, a story at a time: the index reads
        them in chunks, so that every passage's are never held at once (a list of a million
        passages' terms was some 400 MB of the build's peak)."""
        for analysis in analyses:
            for key, own in zip(analysis.passage_keys, analysis.terms, strict=True):
                quotes = quoted.get(key)
                yield speakers.with_speakers(own, quotes) if quotes else own

    def index_progress(done: int, total: int) -> None:
        if progress:
            progress("indexing", done, total)

    passages = sum(a.passage_count for a in analyses)
    return BM25Index.build(indexed(), count=passages, progress=index_progress)


def assemble_snapshot(
    analyses: Sequence[StoryAnalysis],
    index: BM25Index,
    corpus_hash: str,
    built_at: dt.datetime,
    *,
    attribution: StoryAttribution | None = None,
    joined_vectors: Vectors | None = None,
    nearest_trained: bytes | None = None,
    mapped_files: tuple[mmap.mmap, ...] = (),
    reused_shown: Reused | None = None,
) -> IndexSnapshot:
    """The snapshot of stories already analysed and their BM25 index (as `snapshot_of` built
    it): how a stored build is read back. `joined_vectors`: every passage's vector, when the
    caller has put them in one matrix already (each story's a view of it); `nearest_trained`:
    the build's nearest-neighbour centres, when stored; `mapped_files`: the files the
    analyses are read from in place (a previous build's, for the stories it reuses);
    `reused_shown`: that build's shown passages its files' writer copies."""
    if attribution is None:
        attribution = merge_attributions([a.attribution for a in analyses])
    vectors = joined_vectors
    if vectors is None:
        analyses, vectors = with_joined_vectors(analyses)
    passages = PassageShelf(analyses)
    return IndexSnapshot(
        corpus_hash=corpus_hash,
        stories=StoryShelf(analyses),
        passages=passages,
        people=attribution.people,
        quotes=QuoteShelf.of(attribution.quotes, passages.places),
        index=index,
        passage_terms=PassageTerms.join([a.passage_terms for a in analyses]),
        passage_vectors=vectors,
        nearest_trained=nearest_trained,
        analyses=tuple(analyses),
        built_at=built_at,
        mapped_files=mapped_files,
        reused_shown=reused_shown,
    )


def with_joined_vectors(
    analyses: Sequence[StoryAnalysis],
) -> tuple[Sequence[StoryAnalysis], Vectors | None]:
    """Every passage's vector in one matrix, in passage order, and the analyses with their
    vectors as views of it (so that they are held once); None and the analyses as they are
    unless every story has its vectors."""
    vectors = _joined_vectors(analyses)
    if vectors is None:
        return analyses, None
    ends = itertools.accumulate(a.passage_count for a in analyses)
    return [
        a.with_vectors(vectors[end - a.passage_count : end])
        for a, end in zip(analyses, ends, strict=True)
    ], vectors


def _joined_vectors(analyses: Sequence[StoryAnalysis]) -> Vectors | None:
    """Every passage's vector in passage order; None unless every story has its vectors."""
    parts = [a.vectors for a in analyses]
    if not parts or any(v is None for v in parts):
        return None
    present = [v for v in parts if v is not None]
    whole = _one_matrix(present)
    if whole is not None:  # a whole build's, gathered in this order (`_VectorRows`)
        return whole
    # Story by story rather than one np.concatenate: that holds the interpreter for the whole
    # copy (100 MB at 100,000 passages), and questions wait for it.
    read_ahead_mapped_files(present)
    joined = np.empty((sum(len(v) for v in present), present[0].shape[1]), dtype=np.float32)
    # The build in use's, read from its files: their pages let go every so often, not a
    # story's at a time (a fault maps the pages around it as well, the kernel's fault-around
    # or a whole large folio, so the next story's faults mapped a story's pages let go again:
    # a reindex at 1,000,000 passages still held 0.6 GB of the 1 GB copied).
    files = mapped_files(present)
    at = copied = 0
    for vectors in present:
        joined[at : at + len(vectors)] = vectors
        at += len(vectors)
        copied += vectors.nbytes
        if copied >= _RELEASE_EVERY or at == len(joined):
            for mapping in files:
                release_mapping(mapping)
            copied = 0
    return joined


_RELEASE_EVERY = 64 << 20  # bytes of mapped vectors copied between letting their pages go


def _one_matrix(parts: Sequence[Vectors]) -> Vectors | None:
    """The matrix `parts` are, one after the other, when they are consecutive rows of one
    array that they fill (so it needs no copy); else None."""
    whole = parts[0].base
    if type(whole) is not np.ndarray or whole.dtype != np.float32 or whole.ndim != 2:
        return None
    if not whole.flags.c_contiguous:
        return None
    at = _address(whole)
    for part in parts:
        if part.base is not whole or _address(part) != at or not part.flags.c_contiguous:
            return None
        at += part.nbytes
    return whole if at == _address(whole) + whole.nbytes else None


def _address(array: Vectors) -> int:
    address: int = array.__array_interface__["data"][0]
    return address


class _VectorRows:
    """Passage vectors gathered story by story, as the workers hand them back, into one
    matrix (each story's own copy until they were joined was a second copy of every vector
    at the build's peak, 1 GB at 1,000,000 passages).

    The matrix is made once, of `most_rows` rows (as many as the stories can have passages):
    `np.empty`'s pages are backed only once written, so rows never filled cost no memory,
    and nothing is copied or zeroed while questions wait. Growing it in place instead
    (`ndarray.resize` by a quarter: numpy zero-fills the rows it adds) held the interpreter's
    lock 60-100 ms at 100,000 passages, the event loop's longest stall in a rebuild. The
    rows left unused are cut off at the end (a shrink copies nothing)."""

    def __init__(self, most_rows: int) -> None:
        self._most_rows = most_rows
        self._matrix: Vectors | None = None
        self._filled = 0

    def add(self, vectors: Vectors) -> tuple[int, int]:
        """Append `vectors`' rows; their (start, end) in the matrix."""
        matrix = self._matrix
        start, end = self._filled, self._filled + len(vectors)
        if matrix is None:
            rows = max(self._most_rows, end)
            matrix = self._matrix = np.empty((rows, vectors.shape[1]), dtype=np.float32)
        elif vectors.shape[1] != matrix.shape[1]:
            raise ValueError("passage vectors of another width")
        if end > len(matrix):
            raise ValueError(f"more than the {len(matrix)} passage vectors expected")
        matrix[start:end] = vectors
        self._filled = end
        return start, end

    def finished(self) -> Vectors | None:
        """The matrix of every row added (None if none was); add no more after."""
        matrix = self._matrix
        if matrix is not None and len(matrix) != self._filled:
            matrix.resize((self._filled, matrix.shape[1]), refcheck=False)
        return matrix


def most_passages(raw: bytes) -> int:
    """The most passages a story file can have: each is a non-blank line of it
    (`parse_story`)."""
    return raw.count(b"\n") + 1


def indexed_terms(snapshot: IndexSnapshot) -> list[list[str]]:
    """The terms each passage of `snapshot` was indexed with (for benchmarks and checks)."""
    people = {p.id: p for p in snapshot.people}
    quotes = quotes_by_passage(snapshot.quotes)
    return [passage_index_terms(p, quotes.get(p.key, []), people) for p in snapshot.passages]


def passage_index_terms(
    passage: Passage, quotes: Sequence[Quote], people: dict[str, Person]
) -> list[str]:
    """A passage's terms, plus the names and roles of the people it quotes.

    So "what did the professor say" reaches a paragraph that quotes the professor only as "he".
    Only words the passage lacks are added: a name it already says is not counted twice.
    """
    return with_speakers(terms(passage.text), quotes, people)


def with_speakers(
    own: Sequence[str], quotes: Sequence[Quote], people: dict[str, Person]
) -> list[str]:
    """A passage's own terms, plus the names and roles of the people it quotes (those it
    lacks)."""
    indexed = list(own)
    present = set(indexed)
    for speaker_id in dict.fromkeys(q.speaker_id for q in quotes if q.speaker_id):
        person = people[speaker_id]
        for label in (person.name, *person.roles):
            for term in _label_terms(label):
                if term not in present:
                    indexed.append(term)
                    present.add(term)
    return indexed


class SpeakerTerms:
    """`with_speakers` for many passages quoting the same people: the terms of each group of
    speakers' names and roles worked out once (a few thousand groups among 100,000 passages).
    """

    def __init__(self, people: dict[str, Person]) -> None:
        self._people = people
        self._terms: dict[tuple[str, ...], tuple[str, ...]] = {}

    def with_speakers(self, own: Sequence[str], quotes: Sequence[Quote]) -> list[str]:
        """What `with_speakers(own, quotes, people)` returns."""
        speakers = tuple(dict.fromkeys(q.speaker_id for q in quotes if q.speaker_id))
        terms = self._terms.get(speakers)
        if terms is None:
            terms = self._terms[speakers] = tuple(
                dict.fromkeys(
                    term
                    for speaker_id in speakers
                    for label in (self._people[speaker_id].name, *self._people[speaker_id].roles)
                    for term in _label_terms(label)
                )
            )
        present = set(own)
        return [*own, *(term for term in terms if term not in present)]


@lru_cache(maxsize=65_536)
def _label_terms(label: str) -> tuple[str, ...]:
    """A name's or role's terms: the same few labels recur in thousands of passages."""
    return tuple(terms(label))


# -- building from the corpus folder: every core, and only the stories that changed -------------

# Below this many stories to analyse, starting worker processes (each imports the engine,
# about a second) costs more than it saves.
_POOL_FROM = 40
_CHUNK = 8  # stories per task sent to a worker
_WORKER_NICENESS = 10
_KEEP_CHUNK = 100  # fresh analyses handed to `keep` at a time (some 8 MB at 50 passages)
# A worker's cyclic collection runs after this many more objects made than freed (Python's
# default: 700). A story's analysis leaves next to no cyclic garbage (reference counting frees
# its objects), but makes thousands of tokens and spans at once, and the default collected
# many times a story for nothing.
_WORKER_COLLECT_AFTER = 20_000


def file_key(name: str, raw: bytes, *, embedded: bool = True) -> str:
    """What a story's analysis is reused by: its file's name and bytes, and how it was made
    (the analysis's version, whether passages were embedded)."""
    made = f"{build_version()}:{'embedded' if embedded else 'plain'}"
    return hashlib.sha256(made.encode() + b"\0" + name.encode() + b"\0" + raw).hexdigest()


@dataclass(frozen=True)
class AnalysedCorpus:
    analyses: dict[str, StoryAnalysis]  # by `file_key`, in story-id order
    fingerprint: str  # `corpus_fingerprint` of the files as they were read
    signatures: FileSignatures  # each file as the system described it just before its read


def analyse_corpus(
    directory: Path,
    *,
    max_bytes: int = MAX_STORY_BYTES,
    previous: Mapping[str, StoryAnalysis] | None = None,
    progress: Progress | None = None,
    workers: int | None = None,
    keep: Keep | None = None,
    empty_ok: bool = False,
    stop: BuildStop | None = None,
) -> AnalysedCorpus:
    """Every story file's analysis: reused from `previous` (by `file_key`) for a file whose
    name and bytes are unchanged, worked out in worker processes (one per core) for the
    others; and the fingerprint of the bytes analysed. Raises CorpusError as `load_corpus`
    does (the same file first, the same message).

    `keep`: given the fresh analyses' keys and stored forms (`StoryAnalysis.to_bytes`), a
    batch at a time as they are read back, for the store to write them while the other
    stories are analysed (`IndexStore.keep_analyses`); a story whose file is refused later
    may be among them.

    A folder with no story file raises CorpusError (NO_STORIES) unless `empty_ok`: a person
    removing the last story means it; a build that finds none most often has the wrong path.

    `stop`: the worker processes are ended when it is asked (then BuildStopped is raised).
    """
    if not directory.is_dir():
        raise CorpusError(directory, "the corpus folder does not exist")
    previous = previous or {}
    embedded = embedding_available()
    paths = corpus_files(directory)
    if not paths and not empty_ok:
        raise CorpusError(directory.absolute(), NO_STORIES)
    workers = workers or len(os.sched_getaffinity(0))
    # A whole build (nothing to reuse) starts its worker processes before reading the files:
    # each imports the engine and loads the embedding model meanwhile (~0.5 s).
    pool = None
    if not previous and workers >= 2 and len(paths) >= _POOL_FROM:
        pool = _pool(workers)
        with ctrl_c_kept_from_workers():
            for _ in range(workers):  # a pool starts a process only for a task
                pool.submit(os.getpid)
    try:
        with stop.workers(pool) if stop is not None and pool is not None else nullcontext():
            return _analyse_read(
                directory, paths, max_bytes, previous, embedded, progress, workers, pool, keep, stop
            )
    finally:
        if pool is not None:
            _let_go(pool)


def _analyse_read(
    directory: Path,
    paths: Sequence[Path],
    max_bytes: int,
    previous: Mapping[str, StoryAnalysis],
    embedded: bool,
    progress: Progress | None,
    workers: int,
    pool: ProcessPoolExecutor | None,
    keep: Keep | None = None,
    stop: BuildStop | None = None,
) -> AnalysedCorpus:
    """`analyse_corpus` of the files at `paths`, in `pool` when one was started."""
    fingerprint = hashlib.sha256()  # as corpus_fingerprint hashes files that all load
    signatures = FileSignatures()
    read: list[tuple[Path, str, bytes] | CorpusError] = []
    for count, path in enumerate(paths, start=1):
        if progress and (count % 100 == 0 or count == len(paths)):
            progress("reading", count, len(paths))
        signatures.take(path)
        try:
            check_inside(path, directory)
            raw = read_limited(path, max_bytes, what="story file")
        except CorpusError as exc:
            read.append(exc)
            continue
        except FileRefused as exc:
            read.append(CorpusError(path, exc.problem))
            continue
        read.append((path, file_key(path.name, raw, embedded=embedded), raw))
        fingerprint.update(path.name.encode() + b"\0" + raw + b"\0")
    wanted = {
        item[1]: (item[2], item[0].name, item[1])
        for item in read
        if not isinstance(item, CorpusError) and item[1] not in previous
    }
    fresh = _analyse_files(list(wanted.items()), progress, workers, pool, keep, stop)
    stories: dict[str, tuple[str, StoryAnalysis]] = {}
    for item in read:
        if isinstance(item, CorpusError):
            raise item
        path, key, _ = item
        found = previous.get(key) or fresh[key]
        if isinstance(found, str):
            raise CorpusError(path, found)
        story_id = found.story_id
        if story_id in stories:
            used = stories[story_id][1].story.source
            problem = f"duplicate id {story_id!r}, already used by {used}; {DUPLICATE_HINT}"
            raise CorpusError(path, problem)
        stories[story_id] = (key, found)
    return AnalysedCorpus(
        analyses={key: analysis for key, analysis in (stories[i] for i in sorted(stories))},
        fingerprint=fingerprint.hexdigest(),
        signatures=signatures,
    )


def _analyse_files(
    files: list[tuple[str, tuple[bytes, str, str]]],
    progress: Progress | None,
    workers: int,
    pool: ProcessPoolExecutor | None = None,
    keep: Keep | None = None,
    stop: BuildStop | None = None,
) -> dict[str, StoryAnalysis | str]:
    """The analysis of each (key, (bytes, file name)), or the problem that stops it; in
    `pool` if given (its caller shuts it down), else in one started here if worth it (its
    processes ended when `stop` is asked).

    A worker hands each analysis back in its stored form, read here as a build read back from
    the database is: a quarter of the CPU of pickling the analysis's models across and then
    encoding them to be saved (~4 ms a story), and the stories stay compact until asked for."""
    jobs = [job for _, job in files]
    if pool is not None or (workers >= 2 and len(files) >= _POOL_FROM):
        started = pool if pool is not None else _pool(workers)
        try:
            with stop.workers(started) if stop is not None else nullcontext():
                with ctrl_c_kept_from_workers():  # `map` submits every task: they start
                    analysed = started.map(_analyse_in_worker, jobs, chunksize=_CHUNK)
                return _collect(files, analysed, progress, keep)
        except (BrokenProcessPool, CancelledError):
            if stop is not None:
                stop.check()  # shut down by `stop`
            # A worker died (killed, or a script without the `if __name__ == "__main__"`
            # guard that spawned processes need): the same work, in this process.
            log.warning("the worker processes stopped; analysing the stories in this process")
        finally:
            if pool is None:
                _let_go(started)
    return _collect(files, map(_analyse_file, jobs), progress, keep)


def _pool(workers: int) -> ProcessPoolExecutor:
    # spawn: a fork of a process running an event loop and threads is not safe
    return ProcessPoolExecutor(
        workers, mp_context=multiprocessing.get_context("spawn"), initializer=_start_worker
    )


def _let_go(pool: ProcessPoolExecutor) -> None:
    """`pool` shut down, the build going on without waiting for its workers to end: each
    tears down an interpreter holding the engine and its caches (~0.1 s of CPU a worker, a
    second and more of wall on a busy machine, as niced processes), which the build's own
    threads, ahead of them, no longer wait through. The pool's own thread reaps them."""
    pool.shutdown(wait=False, cancel_futures=True)


def _collect(
    files: list[tuple[str, tuple[bytes, str, str]]],
    results: Iterator[bytes | str],
    progress: Progress | None,
    keep: Keep | None = None,
) -> dict[str, StoryAnalysis | str]:
    done: dict[str, StoryAnalysis | str] = {}
    kept: list[tuple[str, bytes]] = []
    gathered = _VectorRows(sum(most_passages(raw) for _, (raw, _, _) in files))
    rows: dict[str, tuple[int, int]] = {}
    for count, ((key, _), result) in enumerate(zip(files, results, strict=True), start=1):
        # each blob let go once read (its vectors copied into the build's matrix): all of
        # them held until the vectors are joined were the build's largest copy (1.6 GB at
        # 1,000,000 passages)
        if isinstance(result, str):
            done[key] = result
        else:
            analysis = StoryAnalysis.from_bytes(key, result)
            if analysis.vectors is not None:
                rows[key] = gathered.add(analysis.vectors)
                analysis = analysis.with_vectors(None)
            done[key] = analysis
            if keep is not None:  # its stored form as the worker made it: not encoded again
                kept.append((key, result))
                if len(kept) >= _KEEP_CHUNK:
                    keep(kept)
                    kept = []
        del result
        if count == 1:
            pause_point("analysing")  # a test's Ctrl-C point: the workers at work
        if progress and (count % 10 == 0 or count == len(files)):
            progress("tokenising", count, len(files))
    if keep is not None and kept:
        keep(kept)
    matrix = gathered.finished()
    if matrix is not None:
        for key, (start, end) in rows.items():
            read = done[key]
            assert not isinstance(read, str)
            done[key] = read.with_vectors(matrix[start:end])
    return done


def _start_worker() -> None:
    """Workers give way to the process that serves questions: with every core analysing,
    the event loop otherwise waits for a core (0.5 s and more on a busy machine). Each is
    one thread: the embedder tokenises a story's passages in one call, which would otherwise
    start the tokenizers library's threads on cores the other workers use."""
    os.nice(_WORKER_NICENESS)
    os.environ["TOKENIZERS_PARALLELISM"] = "false"
    _worker_embedder()  # loaded now, while the build reads the files (`analyse_corpus`)
    # The engine's modules and word lists, loaded now, live as long as the worker: left out
    # of every collection, which would walk them all again; and collections rarer
    # (valgrind, a story: 82.2 M instructions, 80.3 M so; `_WORKER_COLLECT_AFTER`).
    gc.freeze()
    gc.set_threshold(_WORKER_COLLECT_AFTER)


def _analyse_file(job: tuple[bytes, str, str], *, in_worker: bool = False) -> bytes | str:
    """The analysis's stored form (`StoryAnalysis.to_bytes`); a CorpusError does not survive
    pickling, so its problem is returned."""
    raw, name, key = job
    try:
        story = parse_story(raw, source=name)
        return analyse_story(story, key, in_worker=in_worker).to_bytes()
    except CorpusError as exc:
        return exc.problem


def _analyse_in_worker(job: tuple[bytes, str, str]) -> bytes | str:
    """`_analyse_file` in a worker process started by `_start_worker`."""
    return _analyse_file(job, in_worker=True)

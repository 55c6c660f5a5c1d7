"""The one entry point every front end calls: ask, quotes, stories, reindex, corpus changes.

The service holds the current index in memory and swaps it only after a new build has been
saved, so questions keep being answered from the old index while a reindex runs, and a failed
reindex changes nothing.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import dataclasses
import datetime as dt
import logging
import threading
import time
from collections.abc import Awaitable, Callable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from bot.engine.answer import Answer
from bot.engine.build_changes import BuildChanges, build_changes
from bot.engine.build_stop import BuildStop
from bot.engine.build_version import corpus_hash
from bot.engine.corpus import MAX_STORY_BYTES, corpus_files
from bot.engine.corpus_edits import CorpusEditing
from bot.engine.corpus_files import CorpusFiles
from bot.engine.fingerprint_record import corpus_fingerprint, record_fingerprint
from bot.engine.memory import long_lived_objects
from bot.engine.models import Passage, Person, Story
from bot.engine.nearest import FilledIndex, previous_filled, trained_index
from bot.engine.query_log import QueryLog
from bot.engine.reports import (
    AskSource,
    QuoteView,
    ReindexReport,
    reindex_report,
)
from bot.engine.search import FollowUp, Searcher, SearchSettings
from bot.engine.semantic import Vectors
from bot.engine.snapshot import BuildRecord, IndexSnapshot, IndexStore, QueryLogEntry
from bot.errors import (
    CorpusError,
    IndexNotBuiltError,
    QuestionError,
    ReindexBusyError,
    StorageError,
    StoryBotError,
)
from bot.files import resolved
from bot.pausepoints import pause_point

if TYPE_CHECKING:
    from bot.config import Settings  # the settings file; the engine reads only its sections
    from bot.engine.build_stop import Progress
    from bot.engine.builder import AnalysedCorpus, Keep

log = logging.getLogger(__name__)

_FINGERPRINT_RECORD = "corpus-fingerprint.json"  # in the store's local folder


class StoryService(CorpusEditing):
    """Answers from the stored index; rebuilds it from the corpus folder on demand; changes
    the corpus (`CorpusEditing`, corpus_edits.py).

    The engine's one front door: every operation a front end needs is a method here, and each
    is short, handing the work to the searcher, the builder, `CorpusFiles` or `QueryLog`; what
    it owns itself is when the index is swapped (after a build is saved) and the locks that
    keep changes one at a time.
    """

    def __init__(
        self,
        store: IndexStore,
        corpus_dir: Path,
        settings: SearchSettings | None = None,
        clock: Callable[[], dt.datetime] = lambda: dt.datetime.now(dt.UTC),
        *,
        max_story_bytes: int = MAX_STORY_BYTES,
        workers: int | None = None,
        answering: bool = True,
    ) -> None:
        self._store = store
        self.corpus_dir = corpus_dir
        self.max_story_bytes = max_story_bytes  # corpus.max_story_bytes: larger files are refused
        self.settings = settings or SearchSettings()
        self._clock = clock
        self._searcher: Searcher | None = None
        self._snapshot: IndexSnapshot | None = None  # the build in use (the searcher's)
        # False (`storybot index`): the service only builds. It keeps the stored build for the
        # analyses and centres a reindex reuses, and makes no searcher for it nor for the new
        # one (at 100,000 passages each takes a second and is thrown away).
        self.answering = answering
        self._build: BuildRecord | None = None
        self._reindex_lock = asyncio.Lock()
        self._refresh_lock = asyncio.Lock()
        self.corpus_lock = asyncio.Lock()  # one corpus change (and its reindex) at a time
        self.files = CorpusFiles(corpus_dir, max_bytes=max_story_bytes)
        self.workers = workers  # processes analysing stories in a build (None: one per core)
        self._query_log = QueryLog(store)
        self._files: asyncio.Future[None] | None = None  # the last build's files being written

    @classmethod
    def from_settings(
        cls, store: IndexStore, settings: Settings, *, answering: bool = True
    ) -> StoryService:
        """The service the CLI and every front end build from the same settings."""
        return cls(
            store,
            settings.corpus.dir,
            settings.search,
            max_story_bytes=settings.corpus.max_story_bytes,
            answering=answering,
        )

    # -- lifetime -----------------------------------------------------------------------------

    async def start(self, *, build_if_missing: bool = True) -> BuildRecord | None:
        """Load the stored index; build it when there is none or the corpus changed.

        A corpus that changed but no longer loads leaves the stored index answering.
        """
        # The corpus files hashed while the build is read and its searcher made, on the other
        # core: both mostly read files and hash them outside the interpreter's lock (20,000
        # story files at 1,000,000 passages, ~0.7 s).
        hashing = (
            asyncio.ensure_future(asyncio.to_thread(self._corpus_hash))
            if build_if_missing
            else None
        )
        try:
            snapshot = await self._store.load_active_snapshot()
            build = await self._store.active_build()
            if snapshot is not None and build is not None:
                await self._use(snapshot, build)
        except BaseException:
            if hashing is not None:  # its thread runs on: not left behind unawaited
                await asyncio.gather(hashing, return_exceptions=True)
            raise
        if hashing is None:
            return self._build
        wanted = await hashing
        if snapshot is None or snapshot.corpus_hash != wanted:
            try:
                await self._reindex(None, wait_for=wanted)
            except Exception as exc:
                if snapshot is None:
                    raise
                if not isinstance(exc, StoryBotError):  # a bug: its traceback
                    log.exception(
                        "the corpus changed but could not be indexed; serving the old index"
                    )
                else:  # a story file, the corpus folder: the admin's to fix, in one line
                    where = (
                        f"{resolved(exc.path)}: {exc.problem}"
                        if isinstance(exc, CorpusError)
                        else exc
                    )
                    log.error(
                        "the corpus changed but could not be indexed (%s); serving the old index",
                        where,
                    )
        return self._build

    @property
    def build(self) -> BuildRecord | None:
        return self._build

    @property
    def snapshot(self) -> IndexSnapshot | None:
        """The build in use, as read or built (None before one is)."""
        return self._snapshot

    @property
    def searcher(self) -> Searcher:
        if self._searcher is None:
            raise IndexNotBuiltError("No index has been built yet: run `storybot index`.")
        return self._searcher

    @property
    def _in_use(self) -> IndexSnapshot:
        if self._snapshot is None:
            raise IndexNotBuiltError("No index has been built yet: run `storybot index`.")
        return self._snapshot

    async def _use(self, snapshot: IndexSnapshot, build: BuildRecord) -> None:
        # In a thread: at 100,000 passages the searcher's tables take longer than a question
        # may wait.
        self._searcher = await self._searcher_for(snapshot)
        self._snapshot, self._build = snapshot, build

    async def _searcher_for(self, snapshot: IndexSnapshot) -> Searcher | None:
        if not self.answering:
            return None
        return await asyncio.to_thread(Searcher, snapshot, self.settings)

    def _corpus_hash(self) -> str:
        # Recorded beside the store's files: a start then reads no story file whose size and
        # times say it is unchanged (fingerprint_record.py; ~1 s of CPU at 20,000 files).
        folder = self._store.local_folder()
        return corpus_hash(
            corpus_fingerprint(
                self.corpus_dir,
                max_bytes=self.max_story_bytes,
                record=folder / _FINGERPRINT_RECORD if folder is not None else None,
            )
        )

    # -- questions ----------------------------------------------------------------------------

    async def ask(
        self,
        question: str,
        *,
        source: AskSource | None = None,
        top_k: int | None = None,
        follow_up: FollowUp | None = None,
    ) -> Answer:
        """Answer a question (off the event loop) and log it. Raises QuestionError."""
        answer, entry = await self.answer(question, source=source, top_k=top_k, follow_up=follow_up)
        await self.log(entry)
        return answer

    async def answer(
        self,
        question: str,
        *,
        source: AskSource | None = None,
        top_k: int | None = None,
        follow_up: FollowUp | None = None,
    ) -> tuple[Answer, QueryLogEntry]:
        """Answer a question (off the event loop), and its query-log entry: the caller logs it
        with `log` once the answer is on its way, so the reply does not wait for the database.
        Raises QuestionError (that question is logged before)."""
        searcher = self.searcher
        started = time.perf_counter()
        try:
            answer = await asyncio.to_thread(
                searcher.ask, question, top_k=top_k, follow_up=follow_up
            )
        except QuestionError as exc:
            await self.log(self._entry(question, None, str(exc), started, source))
            raise
        return answer, self._entry(question, answer, answer.reason, started, source)

    def _entry(
        self,
        question: str,
        answer: Answer | None,
        reason: str | None,
        started: float,
        source: AskSource | None,
    ) -> QueryLogEntry:
        source = source or AskSource()
        top = answer.passages[0] if answer and answer.passages else None
        return QueryLogEntry(
            at=self._clock(),
            source=source.name,
            question=question[:2000],
            answered=bool(answer and answer.answered),
            reason=reason,
            top_document=top.story_id if top else None,
            top_paragraph=top.paragraph if top else None,
            latency_ms=(time.perf_counter() - started) * 1000,
            guild_id=source.guild_id,
            channel_id=source.channel_id,
            user_id=source.user_id,
        )

    @property
    def unlogged(self) -> int:
        """Questions answered but not in the query log yet (the database refused the write)."""
        return self._query_log.unlogged

    async def log(self, entry: QueryLogEntry) -> None:
        """Log `entry` after any entries held back, oldest first; never raises (`QueryLog`)."""
        await self._query_log.log(entry)

    async def logged(self) -> None:
        """Wait for the query log to hold every question this process has logged so far:
        what /stats reads."""
        await self._query_log.written()

    # -- what the corpus holds ----------------------------------------------------------------

    def stories(self) -> Sequence[Story]:
        """The indexed stories, in order (each made from the stored build when first read)."""
        return self._in_use.stories

    async def story_files(self) -> list[Path]:
        """The story files in the corpus folder, indexed or not: what a reindex would read."""
        return await asyncio.to_thread(corpus_files, self.corpus_dir)

    def quoted_people(self) -> tuple[Person, ...]:
        return self.searcher.quoted_people

    def quoted_and_reported(self) -> tuple[list[str], list[str]]:
        """The names of `quoted_people` the story quotes in quotation marks, and of those whose
        words it only reports (never in quotation marks), each in `quoted_people`'s order."""
        reported = self.searcher.reported_only()
        people = self.searcher.quoted_people
        return (
            [p.name for p in people if p.id not in reported],
            [p.name for p in people if p.id in reported],
        )

    def people(self) -> tuple[Person, ...]:
        return self._in_use.people

    def quotes(self, speaker: str | None = None) -> list[QuoteView]:
        """Every quote, in story order; `speaker` matches a name or alias, case-insensitively."""
        return quote_views(self._in_use, speaker)

    def quote_speakers(self) -> Iterator[str | None]:
        """Each quote's speaker as `quotes()` names them (None: unknown), in story order,
        without making each quote's view: for counting them (0.4 s of views at 100,000
        passages)."""
        snapshot = self._in_use
        names = {p.id: p.name for p in snapshot.people}
        return (names.get(q.speaker_id) if q.speaker_id else None for q in snapshot.quotes)

    def context(self, story_id: str, paragraph: int, radius: int = 1) -> list[Passage]:
        """The story passages around a paragraph, for "more context"."""
        story = self._in_use.stories.by_id.get(story_id)
        if story is None:
            return []
        return [p for p in story.passages if abs(p.paragraph - paragraph) <= radius]

    # -- reindex ------------------------------------------------------------------------------

    async def reindex(
        self,
        progress: Progress | None = None,
        *,
        from_scratch: bool = False,
        empty_ok: bool = False,
    ) -> ReindexReport:
        """Rebuild from the corpus folder and swap the new index in; on any error nothing changes.

        The analysis of a story whose file is unchanged since the build in use is reused
        (unless `from_scratch`): only the changed stories are analysed again.
        Raises CorpusError (naming the file) when a story file is bad, ReindexBusyError when
        another process sharing the store is reindexing. A corpus folder with no story file is
        refused (CorpusError) unless `empty_ok` (a person removed the last story).
        """
        return await self._reindex(progress, from_scratch=from_scratch, empty_ok=empty_ok)

    async def _reindex(
        self,
        progress: Progress | None,
        *,
        wait_for: str | None = None,
        from_scratch: bool = False,
        empty_ok: bool = False,
    ) -> ReindexReport:
        """`wait_for` (start-up, the corpus hash wanted): when another process is building,
        wait for its build and use it if it is of that corpus, rather than fail."""
        waited = False
        async with self._reindex_lock:
            while True:
                try:
                    async with self._store.reindexing():
                        if wait_for is not None and await self._use_stored(wait_for):
                            assert self._build is not None
                            current = self._in_use
                            return reindex_report(current, current, self._build)
                        return await self._build_and_save(progress, from_scratch, empty_ok)
                except ReindexBusyError:
                    if wait_for is None:
                        raise
                    if not waited:
                        log.info("another process is building the index: waiting for it")
                    waited = True
                    await asyncio.sleep(0.2)

    async def _build_and_save(
        self, progress: Progress | None, from_scratch: bool, empty_ok: bool = False
    ) -> ReindexReport:
        await self.files_written()  # the last build's, before the next: one writer at a time
        started = time.perf_counter()
        old = self._snapshot
        previous = old if not from_scratch else None
        # Each fresh analysis stored as the build reads it back, while the workers analyse the
        # others: the save then writes only the build's own rows (at 100,000 passages ~170 MB
        # less to write at the build's end, ~1 s and more of its wall).
        kept = _AnalysesKept(self._store, asyncio.get_running_loop())
        stop = BuildStop(progress)
        try:
            try:
                snapshot, read, changes = await asyncio.to_thread(
                    self._build_snapshot, previous, stop, kept.keep, old, empty_ok
                )
            except asyncio.CancelledError:  # Ctrl-C in `storybot index`, the bot stopping
                # A thread is not cancelled: the build stops at its next check (`BuildStop`),
                # its worker processes with it. Not awaited: the caller learns at once that
                # nothing of it is kept (`storybot index` says so), and asyncio's executor,
                # shut down as the process ends, waits for the thread.
                stop.ask()  # its worker processes ended now
                kept.stop()
                raise
            finally:
                await kept.written()
            if old is not None:  # what the build needed of the old one's files is copied
                old.release_mapped_pages()
            duration_ms = (time.perf_counter() - started) * 1000
            # The new searcher is made while the build is saved (SQLite's work and the
            # searcher's run on two cores at once), and answers only once the build is saved.
            searcher = asyncio.ensure_future(self._searcher_for(snapshot))
            try:
                build = await self._store.save_snapshot(snapshot, duration_ms)
            except BaseException:
                await asyncio.gather(searcher, return_exceptions=True)  # its thread runs on
                raise
        except BaseException:  # failed or cancelled
            if kept.stored:  # the build's analyses, stored ahead: no build holds them
                await _logged(self._store.drop_unused_analyses())
            raise
        self._searcher, self._snapshot, self._build = await searcher, snapshot, build
        await asyncio.to_thread(self._record_fingerprint, read)
        if self._store.local_folder() is not None:
            self._files = asyncio.ensure_future(self._answer_from_files(snapshot))
        return reindex_report(old, snapshot, build, changes)

    async def files_written(self) -> None:
        """Wait until the files of the last build this service made are written, and answered
        from (`_answer_from_files`); at once when there are none to write."""
        if self._files is not None:
            await asyncio.shield(self._files)

    async def _answer_from_files(self, snapshot: IndexSnapshot) -> None:
        """Write `snapshot`, the build just saved and answering as made, as the files a start
        reads (`storybot index`'s writer), then answer from the build read back from them, as
        after a restart: its arrays memory-mapped and each shown passage read as stored, not
        made from its story (~0.14 ms less a question at 100,000 passages).

        After the swap rather than before it: the new build answers at once, not after some
        290 MB are written and read back (~1 s of CPU at 100,000 passages). The next reindex
        waits for them; not under the reindex lock, which would make `refresh` skip a build
        another process saves meanwhile (it is answered from, not this one's files). The old
        build's files are removed only once the new ones are whole; a failure leaves them so,
        and the new build answering as made (the next start reads it from the database and
        writes its files)."""
        try:
            kept = await self._store.keep_build_files(snapshot, read=self.answering)
            if kept is None:  # not wanted, refused by the disk (a warning), or no longer active
                return
            searcher = await self._searcher_for(kept)
        except StorageError as exc:  # the database closed first, or failing
            log.warning("the new build's files were not written (%s): answering as made", exc)
            return
        except Exception:
            log.exception("the new build's files could not be written: answering as made")
            return
        if self._snapshot is snapshot:  # not replaced meanwhile (`refresh`)
            self._searcher, self._snapshot = searcher, kept

    def _record_fingerprint(self, read: AnalysedCorpus) -> None:
        """Record the fingerprint of the story files the build read, beside the store's files:
        the next start after a reindex then reads no story file while none changed."""
        folder = self._store.local_folder()
        if folder is not None:
            record = folder / _FINGERPRINT_RECORD
            record_fingerprint(
                record, self.corpus_dir, self.max_story_bytes, read.fingerprint, read.signatures
            )

    async def _use_stored(self, corpus_hash: str) -> bool:
        """Use the stored build if it is of `corpus_hash` (another process just built it)."""
        build = await self._store.active_build()
        if build is None or build.corpus_hash != corpus_hash:
            return False
        if self._build is None or self._build.id != build.id:
            snapshot = await self._store.load_active_snapshot()
            if snapshot is None or snapshot.corpus_hash != corpus_hash:
                return False
            await self._use(snapshot, build)
        return True

    async def refresh(self) -> bool:
        """Load the stored active build if it is not the one in use (another process built
        it); True if the index changed. Questions keep the old index until the new one is
        wholly loaded. Skipped while this process reindexes: it uses its own build after."""
        if self._reindex_lock.locked():
            return False
        async with self._refresh_lock:
            while True:
                build = await self._store.active_build()
                if build is None or (self._build is not None and self._build.id == build.id):
                    return False
                snapshot = await self._store.load_active_snapshot()
                after = await self._store.active_build()
                if after is not None and after.id == build.id:
                    break  # the snapshot is of `build`: no other was saved in between
            if snapshot is None or self._reindex_lock.locked():
                return False
            searcher = await self._searcher_for(snapshot)
            self._searcher, self._snapshot, self._build = searcher, snapshot, build
            log.info(
                "now answering from build %d (%d passages), built by another process",
                build.id,
                build.passages,
            )
            return True

    def _build_snapshot(
        self,
        previous: IndexSnapshot | None,
        stop: BuildStop,
        keep: Keep | None = None,
        old: IndexSnapshot | None = None,
        empty_ok: bool = False,
    ) -> tuple[IndexSnapshot, AnalysedCorpus, BuildChanges]:
        """A snapshot of the corpus folder, and the files as they were read (their analyses
        let go). From `previous` (the build in use, None: from scratch): the analyses of the
        files that did not change (by file name and bytes; the others are worked out on every
        core), the BM25 index the new one is merged from, and the nearest-neighbour centres,
        kept while they fit. `keep`: given the fresh analyses as they are made
        (`analyse_corpus`). And the changes from `old` (the build in use, even from scratch).
        `stop`: the progress told (its every step, and each stage's end, a point the build
        stops at when asked: raises BuildStopped)."""
        # imported here: a process that only answers from a stored build (`storybot ask`) needs
        # nothing of building, and the builder's modules were some 60 ms of its start
        from bot.engine.builder import analyse_corpus, snapshot_of, with_joined_vectors

        reused = previous.analyses if previous is not None else ()
        centres = previous.nearest_trained if previous is not None else None
        with long_lived_objects():
            corpus = analyse_corpus(
                self.corpus_dir,
                max_bytes=self.max_story_bytes,
                previous={a.key: a for a in reused},
                progress=stop,
                stop=stop,
                workers=self.workers,
                keep=keep,
                empty_ok=empty_ok,
            )
            pause_point("building")
            stop.check()
            built_hash = corpus_hash(corpus.fingerprint)
            # The analyses as the workers handed them back hold their own vectors: let those
            # go once they are joined into one matrix, rather than hold both while the index
            # is built (100 MB at 100,000 passages).
            analyses, vectors = with_joined_vectors(list(corpus.analyses.values()))
            read = dataclasses.replace(corpus, analyses={})
            del corpus
            learning = None
            if vectors is not None and self.settings.uses_nearest_index(len(vectors)):
                # Learnt (and for a whole build filled) on a thread of its own while this one
                # merges the people and builds BM25: faiss lets the interpreter go while it
                # works, so it takes the core the workers left idle, not the event loop's turn
                # (~1 s less of a whole build at 100,000 passages). The same centres and index
                # byte for byte: the same vectors, learnt on one faiss thread as before.
                learning = _NearestLearning(vectors, centres, fill=previous is None)
            try:
                snapshot = snapshot_of(
                    analyses, built_hash, stop, joined_vectors=vectors, previous=previous
                )
                stop.check()
                # Counted while the centres are learnt, on a core this thread would leave idle
                # waiting for them (after the save, 0.2 s of a whole build's end at 100,000
                # passages); from the stories and quotes, which the centres do not change.
                changes = build_changes(old, snapshot)
            except BaseException:
                if learning is not None:
                    learning.wait()  # no faiss work left running after a failed build
                raise
            learnt = learning.result() if learning is not None else None
            stop.check()
            if vectors is None or learnt is None:
                return snapshot, read, changes
            trained, made = learnt
            if made is None:  # filled here once, for both the save (which writes it) and
                made = _filled_nearest(previous, snapshot, vectors, trained)  # the searcher
            update = {"nearest_trained": trained, "nearest_made": made}
            return snapshot.model_copy(update=update), read, changes


async def _logged(work: Awaitable[None]) -> None:
    """`work`, its failure logged rather than raised (a failure's tidying up: the failure
    that called for it is the one raised)."""
    try:
        await work
    except Exception as exc:
        log.warning("the failed build's stored analyses are left to the next build (%s)", exc)


class _AnalysesKept:
    """A build's fresh analyses written to the store as the build's thread hands them over
    (`keep`, `IndexStore.keep_analyses` on the event loop), one batch at a time: the batches
    waiting are held in memory. A write that fails stops the others (the save writes what is
    not stored: nothing is lost but time)."""

    def __init__(self, store: IndexStore, loop: asyncio.AbstractEventLoop) -> None:
        self._store, self._loop = store, loop
        self._writing: concurrent.futures.Future[None] | None = None
        self._stopped = False
        self.stored = False  # some batch was handed to the store

    def keep(self, stored: list[tuple[str, bytes]]) -> None:
        """On the build's thread: `stored` written once the batch before it is."""
        self._wait()
        if self._stopped:
            return
        try:
            self._writing = asyncio.run_coroutine_threadsafe(self._kept(stored), self._loop)
            self.stored = True
        except RuntimeError:  # the event loop is closed: the process is ending
            self._stopped = True

    def _wait(self) -> None:
        writing, self._writing = self._writing, None
        while writing is not None:
            try:
                writing.result(timeout=1.0)
            except concurrent.futures.TimeoutError:
                if not self._loop.is_closed():  # else it never runs
                    continue
                self._stopped = True
            except Exception as exc:  # the save writes them instead
                log.info("the build's analyses are written with its save (%s)", exc)
                self._stopped = True
            return

    async def _kept(self, stored: list[tuple[str, bytes]]) -> None:
        if not self._stopped:  # checked on the event loop: not after `stop`
            await self._store.keep_analyses(stored)

    def stop(self) -> None:
        """On the event loop: no batch written from now on (the build was cancelled)."""
        self._stopped = True

    async def written(self) -> None:
        """On the event loop: once the last batch handed over is written (or failed)."""
        writing, self._writing = self._writing, None
        if writing is not None:
            await asyncio.gather(asyncio.wrap_future(writing), return_exceptions=True)


class _NearestLearning:
    """The nearest-neighbour centres learnt for a build's `vectors` (`trained_index` on one
    faiss thread: `centres`, the build in use's, while they still fit), and with `fill` the
    index of them filled with the vectors, on a thread of its own; `result` waits for them.
    Learnt before the build is saved with them, rather than by each searcher made for it:
    a reindex keeps the centres in use."""

    def __init__(self, vectors: Vectors, centres: bytes | None, *, fill: bool) -> None:
        self._vectors, self._centres, self._fill = vectors, centres, fill
        self._learnt: tuple[bytes, FilledIndex | None] | None = None
        self._failed: BaseException | None = None
        self._thread = threading.Thread(target=self._learn, name="nearest-centres", daemon=True)
        self._thread.start()

    def _learn(self) -> None:
        try:
            trained = trained_index(self._vectors, self._centres, one_thread=True)
            self._learnt = (trained, FilledIndex(self._vectors, trained) if self._fill else None)
        except BaseException as exc:  # raised again by `result`, on the build's thread
            self._failed = exc

    def wait(self) -> None:
        self._thread.join()

    def result(self) -> tuple[bytes, FilledIndex | None]:
        self._thread.join()
        if self._failed is not None:
            raise self._failed
        assert self._learnt is not None
        return self._learnt


def _filled_nearest(
    previous: IndexSnapshot | None, snapshot: IndexSnapshot, vectors: Vectors, trained: bytes
) -> FilledIndex:
    """The nearest-neighbour index of `trained` with `snapshot`'s passages (`vectors`) added:
    from `previous`'s, when it was filled from the same centres, keeping the entries of the
    stories whose analysis the new build reuses (a reindex after one story changed: 0.03 s
    of CPU at 100,000 passages, against 0.25 s adding every vector again), byte for byte
    the same index."""
    old = None
    if previous is not None:
        old = previous_filled(
            previous.nearest_made, previous.nearest_filled, previous.passage_vectors, trained
        )
    if old is None:
        return FilledIndex(vectors, trained)
    starts: dict[str, int] = {}
    at = 0
    for analysis in snapshot.analyses:
        starts[analysis.key] = at
        at += analysis.passage_count
    moved = np.full(int(old.ntotal), -1, dtype=np.int64)
    at = 0
    for analysis in previous.analyses if previous is not None else ():
        count = analysis.passage_count
        start = starts.get(analysis.key)
        if start is not None:
            moved[at : at + count] = np.arange(start, start + count)
        at += count
    try:
        return FilledIndex.updated(old, moved, vectors, trained)
    except ValueError:  # not of these centres after all: every vector added again
        log.warning("the previous nearest-neighbour index does not fit: filling it again")
        return FilledIndex(vectors, trained)


def quote_views(snapshot: IndexSnapshot, speaker: str | None = None) -> list[QuoteView]:
    """Every quote of `snapshot`, in story order, as listed (`StoryService.quotes`); `speaker`
    matches a name or alias, case-insensitively."""
    people = {p.id: p for p in snapshot.people}
    wanted = _matching_people(speaker, snapshot.people) if speaker else None
    views: list[QuoteView] = []
    for quote in snapshot.quotes:
        if wanted is not None and quote.speaker_id not in wanted:
            continue
        person = people.get(quote.speaker_id) if quote.speaker_id else None
        views.append(
            QuoteView(
                story_id=quote.story_id,
                paragraph=quote.paragraph,
                text=quote.text,
                speaker=person.name if person else None,
                kind=quote.kind,
            )
        )
    return views


def _matching_people(name: str, people: Sequence[Person]) -> set[str]:
    needle = " ".join(name.lower().split())
    return {
        p.id
        for p in people
        if needle == p.id or any(needle in alias.lower() for alias in (p.name, *p.aliases))
    }

"""Corpus changes for a person, as every front end makes them (StoryService.add_story,
remove_story, restore_story), over a real corpus folder and SQLite file: an upload never
replaces a story without a yes, no text is lost, and a change whose reindex fails is undone."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bot.engine.corpus_files import KEEP_COPIES, KEPT_FOLDER
from bot.engine.reports import NothingKeptError, StoryExistsError
from bot.engine.service import StoryService
from bot.errors import CorpusError
from bot.storage import Database

REPO = Path(__file__).resolve().parents[2]
SHIPPED = "bukele-white-house.txt"
NEW = b'+++\nid = "bridge"\ntitle = "The bridge"\n+++\nThe bridge opened on Friday.\n'


def _files(corpus: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(corpus.iterdir()) if p.is_file()}


async def test_add_replace_remove_restore(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    shutil.copytree(REPO / "corpus", corpus)
    original = (corpus / SHIPPED).read_bytes()
    edited = original.replace(b"preposterous", b"absurd")
    async with Database.open(tmp_path / "db.sqlite3") as db:
        service = StoryService(db, corpus)
        await service.start()
        added = await service.add_story(NEW, "upload (1).txt")
        assert (added.verb, added.file, added.kept) == ("added", "bridge.txt", None)
        assert added.report.stories_added == ("bridge",)

        before = _files(corpus)
        with pytest.raises(StoryExistsError) as exists:
            await service.add_story(edited, "mine.txt")
        assert exists.value.existing is not None and exists.value.file == SHIPPED
        assert _files(corpus) == before and service.kept_copies() == []

        replaced = await service.add_story(edited, "mine.txt", replace=True)
        assert replaced.verb == "replaced" and replaced.kept is not None
        assert replaced.kept.path.read_bytes() == original
        assert (corpus / SHIPPED).read_bytes() == edited
        answer = await service.ask("what did Bukele say about Garcia?")
        assert any("absurd" in p.text for p in answer.passages)

        removed = await service.remove_story("bridge")
        assert (
            removed.report.stories_removed == ("bridge",) and not (corpus / "bridge.txt").exists()
        )
        restored = await service.restore_story("bridge")
        assert restored.verb == "restored" and (corpus / "bridge.txt").read_bytes() == NEW
        assert restored.kept is None  # nothing stood in its place
        back = await service.restore_story("bukele-white-house")
        assert (corpus / SHIPPED).read_bytes() == original
        assert back.kept is not None and back.kept.path.read_bytes() == edited  # kept in turn
        with pytest.raises(NothingKeptError):
            await service.restore_story("bridge")


async def test_a_change_whose_reindex_fails_is_undone(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    shutil.copytree(REPO / "corpus", corpus)
    async with Database.open(tmp_path / "db.sqlite3") as db:
        service = StoryService(db, corpus)
        build = await service.start()
        (corpus / "zz-broken.txt").write_bytes(b"no header\n")
        before = _files(corpus)
        edited = (corpus / SHIPPED).read_bytes().replace(b"Bukele said", b"Bukele  said")
        for change in (
            lambda: service.add_story(NEW, "bridge.txt"),
            lambda: service.add_story(edited, "x.txt", replace=True),
            lambda: service.remove_story("bukele-white-house"),
        ):
            with pytest.raises(CorpusError, match=r"zz-broken\.txt"):
                await change()
            assert _files(corpus) == before and service.build == build
            assert service.kept_copies() == []  # a copy is kept only when the change holds


async def test_only_the_newest_copies_are_kept(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    shutil.copytree(REPO / "corpus", corpus)
    async with Database.open(tmp_path / "db.sqlite3") as db:
        service = StoryService(db, corpus)
        await service.start()
        await service.add_story(NEW, "bridge.txt")
        for n in range(KEEP_COPIES + 2):
            text = NEW.replace(b"Friday", f"day {n}".encode())
            await service.add_story(text, "bridge.txt", replace=True)
        kept = service.kept_copies()
        assert len(kept) == KEEP_COPIES and all(c.path.parent.name == KEPT_FOLDER for c in kept)
        assert b"day 5" in kept[0].path.read_bytes()  # newest first: the text before the last

"""Hostile corpus edits, through the bot's /reindex and through `storybot index`: a file that is
empty, not UTF-8, 50 MB, with a broken header or a duplicate id, a link out of the folder (to a
story, to /dev/zero), a link loop, a FIFO, a folder named like a story. Every reindex refuses
with a message naming the file and the problem, and the old index answers right after.

The links, the FIFO and the 50 MB file are refused before they are read: the corpus fingerprint
taken before every reindex (and at start-up) must not follow a link to /dev/zero, block on a
FIFO or read 50 MB.
"""

from __future__ import annotations

import logging
import os
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from bot.cli import main
from bot.engine.corpus import story_file_text
from bot.files import resolved
from tests.discord.botworld import GARCIA, REPO, BotWorld, bot_world, reply_text

__all__ = ["bot_world"]

SHIPPED = "bukele-white-house.txt"
FIFTY_MB = 50_000_000
OLD_INDEX = "The previous index (1 story, 30 passages) still answers."


def _write(corpus: Path, name: str, data: bytes) -> Path:
    path = corpus / name
    path.write_bytes(data)
    return path


def _fifty_mb(corpus: Path) -> Path:
    path = corpus / "huge.txt"
    with open(path, "wb") as handle:
        handle.write(story_file_text({"id": "huge"}, "").encode())
        line = b"The mayor said the bridge would open on Friday, and then it did not.\n"
        handle.write(line * (FIFTY_MB // len(line) + 1))
    return path


def _outside_story(corpus: Path) -> Path:
    secret = corpus.parent / "outside-secret.txt"
    secret.write_text(story_file_text({"id": "outside"}, "A secret paragraph."), "utf-8")
    link = corpus / "outside.txt"
    link.symlink_to(secret)
    return link


def _dev_zero(corpus: Path) -> Path:
    link = corpus / "zeros.txt"
    link.symlink_to("/dev/zero")
    return link


def _loop(corpus: Path) -> Path:
    link = corpus / "loop.txt"
    link.symlink_to(link)
    return link


def _fifo(corpus: Path) -> Path:
    path = corpus / "pipe.txt"
    os.mkfifo(path)
    return path


def _folder(corpus: Path) -> Path:
    path = corpus / "folder.txt"
    path.mkdir()
    (path / "inside.txt").write_text("not a story", "utf-8")
    return path


# (case, make the file, words the refusal must hold after "<file name>: ")
CASES: list[tuple[str, Callable[[Path], Path], str]] = [
    ("empty", lambda c: _write(c, "empty.txt", b""), "is empty"),
    (
        "not-utf8",
        lambda c: _write(
            c, "latin1.txt", "+++\nid = 'x'\n+++\nCaf\xe9 cr\xe8me.".encode("latin-1")
        ),
        "is not UTF-8",
    ),
    ("50mb", _fifty_mb, "is 50,000,0"),
    ("broken-header", lambda c: _write(c, "header.txt", b"+++\nid = = 'x'\n+++\nText."), "header"),
    (
        "duplicate-id",
        lambda c: _write(c, "zz-copy.txt", (c / SHIPPED).read_bytes()),
        f"duplicate id 'bukele-white-house', already used by {SHIPPED}",
    ),
    ("link-outside", _outside_story, "is a link to a file outside the corpus folder"),
    ("link-dev-zero", _dev_zero, "is a link to a file outside the corpus folder"),
    ("link-loop", _loop, "is a link that cannot be followed"),
    ("fifo", _fifo, "is not a regular file"),
    ("folder", _folder, "is not a regular file"),
]


def _remove(path: Path) -> None:
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path)
    else:
        path.unlink()


def _no_unexpected_errors(caplog: pytest.LogCaptureFixture) -> None:
    bad = [r for r in caplog.records if r.levelno >= logging.ERROR and r.name.startswith("bot.")]
    assert not bad, [r.getMessage() for r in bad]


async def test_reindex_refuses_every_hostile_file_and_the_old_index_answers(
    bot_world: BotWorld, caplog: pytest.LogCaptureFixture
) -> None:
    world = bot_world
    before = world.service.build
    assert before is not None
    for case, make, problem in CASES:
        path = make(world.corpus)
        exchange = await world.slash(world.admin, "reindex", {})
        failed = await exchange.wait_for(
            "edit_original", predicate=lambda r: "Reindex failed" in (r.content or "")
        )
        text = reply_text(failed)
        assert text.startswith(f"Reindex failed: `{path.name}`: "), (case, text)
        assert problem in text, (case, text)
        assert OLD_INDEX in text, (case, text)
        assert str(world.corpus) not in text, (case, text)  # no server paths shown
        # the old index answers at once
        asked = await world.slash(world.member, "ask", {"question": GARCIA})
        assert "paragraph 13" in reply_text(await asked.callback()), case
        assert world.service.build == before, case
        assert await world.database.active_build() == before, case
        _remove(path)
    again = await world.slash(world.admin, "reindex", {})
    done = await again.wait_for(predicate=lambda r: not reply_text(r).startswith("Reindexing"))
    assert reply_text(done).startswith("The corpus has not changed"), reply_text(done)
    _no_unexpected_errors(caplog)


@pytest.fixture(scope="module")
def indexed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database holding the shipped corpus's index, built once for the module."""
    folder = tmp_path_factory.mktemp("indexed")
    corpus = folder / "corpus"
    shutil.copytree(REPO / "corpus", corpus)
    assert main(["index", "--db", str(folder / "db.sqlite3"), "--corpus", str(corpus)]) == 0
    return folder


@pytest.mark.parametrize(("case", "make", "problem"), CASES, ids=[c[0] for c in CASES])
def test_storybot_index_refuses_the_file_and_ask_still_answers(
    indexed: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    case: str,
    make: Callable[[Path], Path],
    problem: str,
) -> None:
    corpus = tmp_path / "corpus"
    shutil.copytree(REPO / "corpus", corpus)
    db = tmp_path / "db.sqlite3"
    shutil.copy(indexed / "db.sqlite3", db)
    capsys.readouterr()
    path = make(corpus)
    where = ["--db", str(db), "--corpus", str(corpus)]

    assert main(["index", *where]) == 1
    out, err = capsys.readouterr()
    assert err.startswith(f"storybot: {resolved(path)}: "), err  # the whole path, resolved
    assert problem in err and out == ""

    # `storybot ask` starts, finds the corpus changed but unloadable, and answers from the old
    # index (the failed reindex is logged, not fatal).
    assert main(["ask", *where, GARCIA]) == 0
    out, _ = capsys.readouterr()
    assert "paragraph 13" in out and "quoting Nayib Bukele" in out


def test_the_configured_story_size_limit_is_the_one_storybot_index_applies(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    shutil.copytree(REPO / "corpus", tmp_path / "corpus")
    config = tmp_path / "config.toml"
    config.write_text("[corpus]\nmax_story_bytes = 5000\n", "utf-8")
    assert main(["index", "--config", str(config)]) == 1
    _, err = capsys.readouterr()
    assert err.startswith(f"storybot: {resolved(tmp_path / 'corpus' / SHIPPED)}: is "), err
    assert "the limit is 5,000" in err

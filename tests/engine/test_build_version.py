"""The version a build is made at includes the code that makes it: an upgrade whose reading of
stories differs rebuilds the stored build at its first start, even when no one bumped the format
number (before, the upgraded bot answered from analyses made by the code it replaced)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

import bot.engine.build_version as build_version
from bot.engine.service import StoryService
from bot.storage import Database
from tests.engine.stories import copy_corpus

REPO = Path(__file__).resolve().parents[2]


def test_the_version_covers_every_module_a_build_is_made_by() -> None:
    # in a fresh interpreter: the package's modules importing the builder brings in
    imported = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys, bot.engine.builder\n"
            "print('\\n'.join(m.__file__ for n, m in sys.modules.items()"
            " if n == 'bot' or n.startswith('bot.')))",
        ],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    made_by = {Path(file).resolve().relative_to(REPO).as_posix() for file in imported}
    assert made_by == set(build_version.BUILDING_MODULES)


async def test_a_build_made_by_other_code_is_made_again_at_the_next_start(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus = copy_corpus(tmp_path)
    async with Database.open(tmp_path / "db.sqlite3") as db:
        first = await StoryService(db, corpus).start()
    monkeypatch.setattr(build_version, "building_code", lambda: "other-code")
    async with Database.open(tmp_path / "db.sqlite3") as db:
        service = StoryService(db, corpus)
        again = await service.start()
        assert first is not None and again is not None
        assert again.id != first.id  # built again, not served as stored
        assert again.corpus_hash.startswith(f"v{build_version.INDEX_FORMAT_VERSION}.other-code:")
        assert (await service.ask("what did Bukele say about returning Garcia?")).answered

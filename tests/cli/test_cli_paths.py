"""Paths and settings a careless admin or a newcomer gets wrong: each ends in one line naming
the path as resolved and a non-zero exit, never a traceback, never a read without end.
The real command line, in a subprocess."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.cli.test_cli import one_clear_line, storybot


def test_config_naming_a_folder_or_a_device_is_refused(checkout: Path) -> None:
    folder = checkout / "conf.d"
    folder.mkdir()
    one_clear_line(storybot(checkout, "--config", "conf.d", "index"), str(folder), "folder")
    # /dev/zero never ends: read without a limit it fills memory.
    one_clear_line(
        storybot(checkout, "--config", "/dev/zero", "index"), "/dev/zero", "not a regular file"
    )
    fifo = checkout / "config.fifo"
    os.mkfifo(fifo)  # a read would wait for a writer forever
    one_clear_line(storybot(checkout, "--config", str(fifo), "ask", "hi"), str(fifo))
    one_clear_line(storybot(checkout, "ask", "--file", "/dev/zero"), "/dev/zero")
    one_clear_line(storybot(checkout, "eval", "/dev/zero"), "/dev/zero")
    huge = checkout / "huge.toml"
    huge.write_bytes(b"# " + b"x" * 2_000_000 + b"\n")
    one_clear_line(storybot(checkout, "--config", str(huge), "index"), str(huge), "the limit")


def test_corpus_naming_a_file_or_a_missing_folder_is_refused(checkout: Path) -> None:
    story = checkout / "corpus" / "bukele-white-house.txt"
    one_clear_line(
        storybot(checkout, "--corpus", "corpus/bukele-white-house.txt", "index"),
        str(story),
        "not a folder",
    )
    one_clear_line(
        storybot(checkout, "--corpus", "stories", "ask", "hi"),
        str(checkout / "stories"),
        "does not exist",
    )


def test_a_config_outside_the_checkout_names_the_corpus_folder_it_resolved(
    checkout: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    elsewhere = tmp_path_factory.mktemp("etc")
    (elsewhere / "storybot.toml").write_text('[corpus]\ndir = "corpus"\n', encoding="utf-8")
    line = one_clear_line(
        storybot(checkout, "--config", str(elsewhere / "storybot.toml"), "index"),
        str(elsewhere / "corpus"),
        "does not exist",
        str(elsewhere / "storybot.toml"),
    )
    assert str(checkout / "corpus") not in line


def test_token_file_naming_a_device_is_refused_without_reading_it(checkout: Path) -> None:
    (checkout / "config.toml").write_text('[discord]\ntoken_file = "/dev/zero"\n', encoding="utf-8")
    env_without_token = {k: v for k, v in os.environ.items() if k != "DISCORD_TOKEN"}
    import subprocess
    import sys

    result = subprocess.run(
        [sys.executable, "-m", "bot", "--config", "config.toml", "run"],
        cwd=checkout,
        capture_output=True,
        text=True,
        timeout=60,
        env=env_without_token,
        check=False,
    )
    one_clear_line(result, "token_file /dev/zero", "not a regular file")


@pytest.mark.parametrize(
    ("setting", "name"),
    [
        ("[discord]\nanswer_retention_days = 100000000\n", "discord.answer_retention_days"),
        ("[slack]\nanswer_retention_days = 100000000\n", "slack.answer_retention_days"),
        ("[discord]\nmax_upload_bytes = 10000000000\n", "discord.max_upload_bytes"),
        ("[corpus]\nmax_story_bytes = 10000000000\n", "corpus.max_story_bytes"),
        ("[discord]\nadmin_guild_ids = [-1]\n", "discord.admin_guild_ids"),
        ("[search]\nmax_question_chars = 100000000\n", "search.max_question_chars"),
    ],
)
def test_settings_that_would_break_the_program_are_refused_at_start(
    checkout: Path, setting: str, name: str
) -> None:
    (checkout / "config.toml").write_text(setting, encoding="utf-8")
    one_clear_line(
        storybot(checkout, "--config", "config.toml", "index"),
        str(checkout / "config.toml"),
        name,
    )


def test_a_broken_or_oversized_story_file_is_named_by_its_resolved_path(checkout: Path) -> None:
    bad = checkout / "corpus" / "zz-bad.txt"
    bad.write_bytes(b"no header\n")
    one_clear_line(storybot(checkout, "index"), f"{bad}: must start with a TOML header")
    bad.unlink()
    (checkout / "config.toml").write_text("[corpus]\nmax_story_bytes = 1000\n", encoding="utf-8")
    story = checkout / "corpus" / "bukele-white-house.txt"
    one_clear_line(
        storybot(checkout, "--config", "config.toml", "index"),
        f"{story}: is ",
        "the limit is 1,000",
    )

"""The `storybot` command's entry (`bot.launch`): a Ctrl-C while the command line's modules
load says so in one line and exits 130, with no traceback (the console script imported
`bot.cli` itself before, where nothing could catch it)."""

from __future__ import annotations

import sys
import types
from importlib.metadata import entry_points

import pytest

from bot import launch


class _InterruptedWhileLoading(types.ModuleType):
    """Stands for `bot.cli` while a Ctrl-C arrives as it loads: reading its `main` raises."""

    def __getattr__(self, name: str) -> object:
        raise KeyboardInterrupt


def test_ctrl_c_while_the_modules_load_says_so_and_exits_130(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setitem(sys.modules, "bot.cli", _InterruptedWhileLoading("bot.cli"))
    assert launch.main() == 130
    captured = capsys.readouterr()
    assert captured.err == "storybot: interrupted; nothing changed\n"
    assert captured.out == ""


def test_the_storybot_command_enters_through_launch() -> None:
    (storybot,) = entry_points(group="console_scripts", name="storybot")
    assert storybot.value == "bot.launch:main"

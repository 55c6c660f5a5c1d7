"""The `storybot` command and `python -m bot`: the command line, its modules loaded where a
Ctrl-C can be caught. A console script imports its entry's module before calling it, so with
`bot.cli:main` as the entry a Ctrl-C in the first half second (numpy, pydantic, the engine
loading) printed a traceback; this module imports nothing heavy itself."""

from __future__ import annotations

import sys


def main() -> int:
    try:
        from bot.cli import main as run_command_line
    except KeyboardInterrupt:  # Ctrl-C while the modules load: nothing has begun
        print("storybot: interrupted; nothing changed", file=sys.stderr)
        return 130
    return run_command_line()

"""Named points where a process can be told to stop and wait, so a test can act on it (kill
it, say) at exactly that point rather than after a guessed time.

With STORYBOT_PAUSE_AT=<name>[,<name>...] in its environment, a process reaching
`pause_point(<name>)` writes "storybot paused at <name>" as a line on stderr and waits for a
line on stdin before it goes on (or for its end). Without the variable a pause point does
nothing. `storybot index` passes through "analysing" (the first story's analysis read back,
the others under way), "building" (the stories read), "save begun" (the write lock taken,
nothing written), "save half-written", "save written" (every row written, the commit not
begun) and "committed"; a process writing a build's files (bot/engine/build_files.py),
through "build files written" (all of them, not yet renamed into place).
"""

from __future__ import annotations

import os
import sys

PAUSE_ENV = "STORYBOT_PAUSE_AT"


def pause_point(name: str) -> None:
    if name not in os.environ.get(PAUSE_ENV, "").split(","):
        return
    sys.stderr.write(f"storybot paused at {name}\n")
    sys.stderr.flush()
    sys.stdin.readline()  # blocks this thread: the test decides what happens next

"""`storybot ask` read as a member would in a terminal: every reply, answers, refusals and
what the story's details say, kept within the width the passages are wrapped to. The real
command line, in a subprocess."""

from __future__ import annotations

import shutil
from pathlib import Path

from tests.cli.test_cli import REPO, storybot

WIDTH = 88


def test_refusals_and_story_details_are_wrapped_like_the_passages(tmp_path: Path) -> None:
    shutil.copytree(REPO / "corpus", tmp_path / "corpus")
    story = (tmp_path / "corpus" / "bukele-white-house.txt").read_text("utf-8")
    story = story.replace('title = ""', 'title = "Bukele meets Trump at the White House"', 1)
    story = story.replace('outlet = ""', 'outlet = "The Hill"', 1)
    story = story.replace('url = ""', f'url = "https://example.org/{"a" * 60}"', 1)
    (tmp_path / "corpus" / "bukele-white-house.txt").write_text(story, "utf-8")
    questions = tmp_path / "questions.txt"
    questions.write_text(
        "what did Kamala Harris say?\nwhat's the weather in Paris?\n"
        "who is quoted in the story?\nwhat did Bukele say about returning Garcia?\n",
        encoding="utf-8",
    )
    result = storybot(tmp_path, "ask", "--file", str(questions))
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "The story covers: Bukele meets Trump at the White House\n" in out
    assert "The story quotes Donald Trump," in out
    assert "— Bukele meets Trump at the White House, The Hill, paragraph 14," in out
    assert f"https://example.org/{'a' * 60}\n" in out  # a link is never broken
    too_long = [line for line in out.splitlines() if len(line) > WIDTH and "https://" not in line]
    assert too_long == [], too_long

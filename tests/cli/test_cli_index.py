"""`storybot index` on a corpus of many stories: the report counts what a list would drown,
and --progress shows each stage of the build. The real command line, in a subprocess."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import orjson

from tests.cli.test_cli import REPO, storybot

STORY = REPO / "corpus" / "bukele-white-house.txt"
COPIES = 14


def _corpus(folder: Path) -> Path:
    folder.mkdir()
    text = STORY.read_text("utf-8")
    for n in range(COPIES):
        story = text.replace('id = "bukele-white-house"', f'id = "copy-{n:03d}"', 1)
        (folder / f"copy-{n:03d}.txt").write_text(story, "utf-8")
    return folder


def test_index_summarises_long_lists_and_shows_progress(tmp_path: Path) -> None:
    shutil.copytree(REPO / "corpus", tmp_path / "one")
    corpus = _corpus(tmp_path / "many")
    db = str(tmp_path / "db.sqlite3")
    assert storybot(tmp_path, "index", "--db", db, "--corpus", "one").returncode == 0
    result = storybot(tmp_path, "index", "--progress", "--db", db, "--corpus", str(corpus))
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert f"Indexed {COPIES} stories, " in out
    changes = (
        f"Changes since the previous build: added {COPIES} stories: copy-000, copy-001, "
        f"copy-002 … and {COPIES - 3} more; removed 1 story: bukele-white-house;"
    )
    assert changes in out, out
    listed = re.findall(r"^  copy-\d+: \d+ passages", out, re.MULTILINE)
    assert len(listed) == 10 and f"  … and {COPIES - 10} more\n" in out
    # Progress: a line per tenth of each stage (stderr is not a terminal here), to 100 %.
    for stage in ("reading", "tokenising", "indexing"):
        lines = re.findall(rf"^{stage}: [\d,]+/[\d,]+ \((\d+)%\)$", result.stderr, re.MULTILINE)
        assert lines and lines[-1] == "100", (stage, result.stderr)
        assert len(lines) <= 11
    # Without --progress, a small corpus indexes quietly.
    quiet = storybot(tmp_path, "index", "--db", db, "--corpus", "one")
    assert quiet.returncode == 0 and quiet.stderr == ""


def _ask_all(tmp_path: Path, db: str, corpus: Path) -> str:
    questions = tmp_path / "questions.txt"
    questions.write_text("what did Bukele say about Garcia?\nwho is Abrego Garcia?\n", "utf-8")
    asked = storybot(
        tmp_path, "ask", "--json", "--file", str(questions), "--db", db, "--corpus", str(corpus)
    )
    assert asked.returncode == 0, asked.stderr
    return asked.stdout


def test_a_new_process_analyses_only_the_changed_story_and_answers_as_a_whole_build(
    tmp_path: Path,
) -> None:
    corpus = _corpus(tmp_path / "many")
    db = str(tmp_path / "db.sqlite3")
    first = storybot(tmp_path, "index", "--progress", "--db", db, "--corpus", str(corpus))
    assert f"tokenising: {COPIES}/{COPIES} (100%)" in first.stderr, first.stderr
    changed = corpus / "copy-003.txt"
    changed.write_text(changed.read_text("utf-8").replace("preposterous", "absurd"), "utf-8")

    again = storybot(tmp_path, "index", "--progress", "--db", db, "--corpus", str(corpus))
    assert again.returncode == 0, again.stderr
    # the other stories' analyses came from the database: one story analysed
    assert "tokenising: 1/1 (100%)" in again.stderr, again.stderr
    assert "Changes since the previous build: passages +1 -1;" in again.stdout

    whole = str(tmp_path / "whole.sqlite3")
    assert storybot(tmp_path, "index", "--db", whole, "--corpus", str(corpus)).returncode == 0
    assert _ask_all(tmp_path, db, corpus) == _ask_all(tmp_path, whole, corpus)


def test_a_failed_reindex_keeps_the_old_build_and_its_stored_analyses(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path / "many")
    db = str(tmp_path / "db.sqlite3")
    assert storybot(tmp_path, "index", "--db", db, "--corpus", str(corpus)).returncode == 0
    before = _ask_all(tmp_path, db, corpus)
    changed = corpus / "copy-003.txt"
    original = changed.read_text("utf-8")
    changed.write_text(original.replace("preposterous", "absurd"), "utf-8")
    (corpus / "bad.txt").write_text("+++\nid = 'Bad Id'\n+++\ntext\n", "utf-8")

    failed = storybot(tmp_path, "index", "--db", db, "--corpus", str(corpus))
    assert failed.returncode == 1 and "bad.txt" in failed.stderr

    (corpus / "bad.txt").unlink()
    changed.write_text(original, "utf-8")
    # the corpus is as indexed again: the old build answers, and nothing needs analysing
    assert _ask_all(tmp_path, db, corpus) == before
    again = storybot(tmp_path, "index", "--progress", "--db", db, "--corpus", str(corpus))
    assert again.returncode == 0, again.stderr
    assert "tokenising" not in again.stderr


# The real command line in a subprocess, with each searcher made announced on stderr.
COUNTING = """
import sys
from bot.engine.search.base import SearcherBase
from bot.cli import main

made = SearcherBase.__init__

def announced(self, *args, **kwargs):
    print("searcher made", file=sys.stderr)
    made(self, *args, **kwargs)

SearcherBase.__init__ = announced
raise SystemExit(main(sys.argv[1:]))
"""


def _counted(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", COUNTING, *args],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_index_makes_no_searcher_and_the_next_ask_answers_from_the_new_build(
    tmp_path: Path,
) -> None:
    corpus = _corpus(tmp_path / "many")
    db = str(tmp_path / "db.sqlite3")
    first = _counted(tmp_path, "index", "--db", db, "--corpus", str(corpus))
    assert first.returncode == 0, first.stderr
    assert f"Indexed {COPIES} stories, " in first.stdout
    changed = corpus / "copy-003.txt"
    changed.write_text(changed.read_text("utf-8").replace("preposterous", "absurd"), "utf-8")

    # A reindex reuses the stored build's analyses without a searcher for it or for the new one
    # (at 100,000 passages each took a second, and `storybot index` answers nothing).
    again = _counted(tmp_path, "index", "--progress", "--db", db, "--corpus", str(corpus))
    assert again.returncode == 0, again.stderr
    assert "searcher made" not in again.stderr and "searcher made" not in first.stderr
    assert "tokenising: 1/1 (100%)" in again.stderr, again.stderr
    assert f"Indexed {COPIES} stories, " in again.stdout
    assert "  copy-003: " in again.stdout and "Quotes per speaker:" in again.stdout
    assert "Changes since the previous build: passages +1 -1;" in again.stdout

    # ask still makes one, and answers from the new build as a whole build would
    asked = _counted(
        tmp_path, "ask", "--json", "what was absurd?", "--db", db, "--corpus", str(corpus)
    )
    assert asked.returncode == 0, asked.stderr
    assert asked.stderr.count("searcher made") == 1
    assert "absurd" in asked.stdout
    whole = str(tmp_path / "whole.sqlite3")
    assert storybot(tmp_path, "index", "--db", whole, "--corpus", str(corpus)).returncode == 0
    assert _ask_all(tmp_path, db, corpus) == _ask_all(tmp_path, whole, corpus)


def test_index_records_the_corpus_fingerprint_and_no_change_is_missed(tmp_path: Path) -> None:
    """`storybot index` records the corpus's fingerprint for the next start
    (fingerprint_record.py); a file then given new bytes of the same size behind the same
    modification time is still seen as changed: the next `ask` indexes it and quotes it."""
    corpus = _corpus(tmp_path / "many")
    db = tmp_path / "db.sqlite3"
    common = ("--db", str(db), "--corpus", str(corpus))
    assert storybot(tmp_path, "index", *common).returncode == 0
    record = orjson.loads((tmp_path / "db.sqlite3.builds" / "corpus-fingerprint.json").read_bytes())
    assert record["folder"] == str(corpus.resolve())
    assert sorted(record["files"]) == sorted(p.name for p in corpus.iterdir())

    changed = corpus / "copy-003.txt"
    before = changed.stat()
    text = changed.read_text("utf-8")
    assert len("preposterous") == len("outrageously")
    changed.write_text(text.replace("preposterous", "outrageously"), "utf-8")
    os.utime(changed, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert changed.stat().st_size == before.st_size
    asked = storybot(tmp_path, "ask", "--json", "what was outrageously done?", *common)
    assert asked.returncode == 0, asked.stderr
    quoted = " ".join(p["text"] for p in orjson.loads(asked.stdout)["passages"])
    assert "outrageously" in quoted and "preposterous" not in quoted


def test_a_header_excluding_a_paragraph_past_the_story_s_end_is_warned_of(
    tmp_path: Path,
) -> None:
    """exclude_paragraphs naming paragraph 40 of a 2-paragraph story excludes nothing: the
    admin is told which story and which number, and the story is indexed."""
    from bot.engine.corpus import story_file_text

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    body = "“The pier is safe,” Mayor Ann Holt said.\nThe ferry runs again on Monday.\n"
    (corpus / "pier.txt").write_text(
        story_file_text({"id": "pier", "title": "Pier", "exclude_paragraphs": [2, 40]}, body),
        encoding="utf-8",
    )
    db = str(tmp_path / "db.sqlite3")
    result = storybot(tmp_path, "index", "--db", db, "--corpus", str(corpus))
    assert result.returncode == 0, result.stderr
    assert "Indexed 1 story" in result.stdout
    said = " ".join(result.stderr.split())
    assert "pier" in said and "exclude_paragraphs names paragraph 40" in said
    assert "it has 2 paragraphs" in said

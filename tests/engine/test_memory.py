"""A build's memory-mapped files let go of once copied: the process stops holding their pages
(what a reindex at 1,000,000 passages held twice), and reading them again gives the same."""

from __future__ import annotations

import mmap
import re
import sys
from pathlib import Path

import numpy as np
import pytest

from bot.engine.memory import release_mapped_pages, release_mapping

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


def test_a_mapped_array_s_pages_go_and_read_back_the_same(tmp_path: Path) -> None:
    vectors = _mapped_matrix(tmp_path)
    expected = np.array(vectors)  # touches every page
    held = _file_pages_held()
    for start in range(0, len(vectors), 1000):  # as a reindex copies them, story by story
        release_mapped_pages(vectors[start : start + 1000])
    assert _file_pages_held() < held - 48 * MIB
    assert np.array_equal(vectors, expected)


def test_an_array_of_its_own_memory_is_left_as_it_is() -> None:
    vectors = np.arange(1024, dtype=np.float32).reshape(4, 256)
    release_mapped_pages(vectors[1:3])
    assert np.array_equal(vectors, np.arange(1024, dtype=np.float32).reshape(4, 256))


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

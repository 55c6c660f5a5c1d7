"""What the command-line tests share."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.cli.test_cli import REPO


@pytest.fixture
def checkout(tmp_path: Path) -> Path:
    """A folder laid out like a fresh checkout: a corpus, no config, no database."""
    shutil.copytree(REPO / "corpus", tmp_path / "corpus")
    return tmp_path

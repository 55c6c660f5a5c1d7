"""The version of a build's analyses and index terms, and the hash a build is stored under:
apart from the builder, so a start that finds its build current imports nothing of building."""

from __future__ import annotations

import functools
import hashlib
from pathlib import Path

# Bump when tokenisation, attribution or the passages' index terms change: a stored index of another
# version is rebuilt at start-up instead of being served with stale terms.
# 2: each passage's tokens stored with the build (PassageTerms); 3: and its dense vector;
# 4: reflexive pronouns ("called himself") are index terms, no longer stop words;
# 5: each story's analysis stored on its own (StoryAnalysis), reused by later builds;
# 6: whether each passage continues the one before (PassageTerms.continues);
# 7: the initials of the names a passage spells out ("TPS") are terms of it (initials.py);
# 8: each story stored so that a paragraph, its metadata and body decode alone (StoredStory;
# an older build's stories still answer until the rebuild this version starts).
INDEX_FORMAT_VERSION = 8

# The modules a build is made by (the builder and everything of the package it imports; a test,
# tests/engine/test_build_version.py, keeps the list whole): their source is part of the
# version, so a change to how stories are read (a person's aliases, a quote's speaker) rebuilds
# a stored build at the next start even where no one bumped INDEX_FORMAT_VERSION. Before, an
# upgrade kept answering from the analyses of the code it replaced ("flores macias" found no one
# until the corpus changed).
_ROOT = Path(__file__).resolve().parents[2]  # where the `bot` package stands
BUILDING_MODULES = (
    "bot/__init__.py",
    "bot/errors.py",
    "bot/files.py",
    "bot/pausepoints.py",
    "bot/toml_errors.py",
    "bot/engine/__init__.py",
    "bot/engine/answer.py",
    "bot/engine/answer_types.py",
    "bot/engine/attribution/__init__.py",
    "bot/engine/attribution/base.py",
    "bot/engine/attribution/gender.py",
    "bot/engine/attribution/paragraphs.py",
    "bot/engine/attribution/quotations.py",
    "bot/engine/attribution/reported.py",
    "bot/engine/attribution/resolution.py",
    "bot/engine/attribution/speakers.py",
    "bot/engine/attribution/story.py",
    "bot/engine/build_merge.py",
    "bot/engine/build_stop.py",
    "bot/engine/build_version.py",
    "bot/engine/builder.py",
    "bot/engine/caches.py",
    "bot/engine/corpus.py",
    "bot/engine/countries.py",
    "bot/engine/descriptions.py",
    "bot/engine/epithets.py",
    "bot/engine/fingerprint_record.py",
    "bot/engine/first_names.py",
    "bot/engine/index/__init__.py",
    "bot/engine/index/bm25.py",
    "bot/engine/index/build.py",
    "bot/engine/index/merge.py",
    "bot/engine/index/okapi.py",
    "bot/engine/index/postings.py",
    "bot/engine/index/rows.py",
    "bot/engine/index/stored.py",
    "bot/engine/index/topk.py",
    "bot/engine/initials.py",
    "bot/engine/lexicon.py",
    "bot/engine/memory.py",
    "bot/engine/mentions.py",
    "bot/engine/models.py",
    "bot/engine/names.py",
    "bot/engine/nearest.py",
    "bot/engine/occupations.py",
    "bot/engine/passage_terms.py",
    "bot/engine/people.py",
    "bot/engine/places.py",
    "bot/engine/role_owners.py",
    "bot/engine/semantic.py",
    "bot/engine/shelves.py",
    "bot/engine/shown.py",
    "bot/engine/snapshot.py",
    "bot/engine/story_analysis.py",
    "bot/engine/text.py",
    "bot/engine/trusted.py",
    "bot/engine/words.py",
)


@functools.cache
def building_code() -> str:
    """A digest of the source of `BUILDING_MODULES` (~50 files read once, a few ms)."""
    digest = hashlib.sha256()
    for module in BUILDING_MODULES:
        digest.update(module.encode() + b"\0" + (_ROOT / module).read_bytes() + b"\0")
    return digest.hexdigest()[:16]


def build_version() -> str:
    """The version a build and each story's analysis are made at: the format and the code."""
    return f"v{INDEX_FORMAT_VERSION}.{building_code()}"


def corpus_hash(fingerprint: str) -> str:
    """The hash a build is stored under: the corpus files' fingerprint and the build version."""
    return f"{build_version()}:{fingerprint}"

"""The version of a build's analyses and index terms, and the hash a build is stored under:
apart from the builder, so a start that finds its build current imports nothing of building."""

from __future__ import annotations

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


def corpus_hash(fingerprint: str) -> str:
    """The hash a build is stored under: the corpus files' fingerprint and the index format."""
    return f"v{INDEX_FORMAT_VERSION}:{fingerprint}"

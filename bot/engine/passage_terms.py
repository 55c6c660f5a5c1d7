"""Every passage's words, worked out once at index time and stored with the build.

Answering a question looks at each candidate passage's terms (the phrase bonus, highlights),
whether it holds a number and whether it continues the passage before it; tokenising a passage
for that costs far more than the BM25 lookup that found it. So the build keeps, for every
passage, its tokens (a term id, and the word's offsets in the passage text) and those two flags
as flat arrays: loading them is one read, no decoding.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import json
import operator
import re
import struct
import sys
from collections.abc import Callable, Sequence
from typing import Any, BinaryIO, NamedTuple

import numpy as np
import numpy.typing as npt
from isal.isal_zlib import crc32  # zlib.crc32's checksum, several times as fast

from bot.engine.text import TermSpan, term_spans
from bot.engine.words import BACK_REFERENCES

__all__ = ["PassageTerms", "continues_previous", "is_key", "opens_with_quotation", "side_by_side"]

_MAGIC = b"STPTERMS"
_VERSION = 2  # 2: whether each passage continues the one before (`continues`)
_PREFIX = struct.Struct("<8sIII")  # magic, version, header length, payload crc
_ARRAYS = (
    "offsets",
    "term_ids",
    "starts",
    "ends",
    "holds_number",
    "continues",
    "term_ends",
    "vocabulary",
)
# A paragraph's opening: a quotation mark, or its first word (after any quotation mark).
_OPENING = re.compile(r"\s*([\"“‘']?)\s*([A-Za-z]+)")


def is_key(term: str) -> bool:
    """Whether a passage's term is a key to look it up by rather than one of its words: the
    initials of a name it spells out ("TPS": `initials.py`), in capitals as no word's term
    is. Keys are no index terms of BM25, so they weigh in no ranking."""
    return term.isupper()


def continues_previous(text: str) -> bool:
    """Whether a paragraph carries on from the one before without naming what it is about:
    it opens with a quotation (a speaker's words backing the point just made, "“A state of
    emergency ... remains in effect”" after "a Human Rights Watch analysis of El Salvador
    reads") or with a word that points back ("Those concerns don't seem to be top of mind",
    "He added", "“It's an honor to have you,” Trump said in return")."""
    opening = _OPENING.match(text)
    if opening is None:
        return False
    quotation, word = opening.groups()
    return bool(quotation) or word.lower() in BACK_REFERENCES


def opens_with_quotation(text: str) -> bool:
    """Whether a paragraph opens with a quotation (`continues_previous`'s first kind): the
    words of whom the paragraph before names, about what it names."""
    opening = _OPENING.match(text)
    return opening is not None and bool(opening.group(1))


# No term holds it (terms are words: text.py), so a stored vocabulary is split on it, and in a
# passage's `line` a pair of terms side by side is found as the pair between three of them.
TERM_BREAK = "\0"


def side_by_side(first: str, second: str) -> str:
    """What a passage's `line` (`PassageTerms.line`) holds exactly where the term `first`
    stands right before `second`: between NULs, a term is whole."""
    return f"{TERM_BREAK}{first}{TERM_BREAK}{second}{TERM_BREAK}"


_NO_LETTER = 255  # a term's first letter beyond Latin-1: runs by initials are of letters below


class Runs(NamedTuple):
    """Where words side by side stand (`PassageTerms.runs_by_initials`): in how many
    passages, and the first few places as (passage, start, end)."""

    passages: int
    places: list[tuple[int, int, int]]


class PassageTerms:
    """Tokens of passage `i` are `tokens(i)`; `holds_number(i)` says whether it holds a number,
    `continues(i)` whether it carries on from passage `i - 1` (`continues_previous`)."""

    def __init__(
        self,
        *,
        vocabulary: list[str],
        offsets: npt.NDArray[np.int64],
        term_ids: npt.NDArray[np.int32],
        starts: npt.NDArray[np.int32],
        ends: npt.NDArray[np.int32],
        holds_number: npt.NDArray[np.bool_],
        continues: npt.NDArray[np.bool_] | None = None,
    ) -> None:
        self._vocabulary = vocabulary
        self._offsets = offsets
        self._term_ids = term_ids
        self._starts = starts
        self._ends = ends
        self._holds_number = holds_number
        self._continues = (
            np.zeros(len(holds_number), dtype=np.bool_) if continues is None else continues
        )

    @classmethod
    def build(
        cls,
        passages: Sequence[tuple[Sequence[TermSpan], bool]],
        continuing: Sequence[bool] = (),
    ) -> PassageTerms:
        """From each passage's tokens and whether it holds a number, in passage order, and
        whether each continues the one before (`continuing`; none when not given). The first
        passage continues nothing."""
        ids: dict[str, int] = {}
        lengths = np.fromiter((len(t) for t, _ in passages), dtype=np.int64, count=len(passages))
        offsets = np.zeros(len(passages) + 1, dtype=np.int64)
        np.cumsum(lengths, out=offsets[1:])
        total = int(offsets[-1])
        term_ids = np.empty(total, dtype=np.int32)
        starts = np.empty(total, dtype=np.int32)
        ends = np.empty(total, dtype=np.int32)
        at = 0
        for found, _ in passages:
            for token in found:
                term_ids[at] = ids.setdefault(token.term, len(ids))
                starts[at] = token.start
                ends[at] = token.end
                at += 1
        holds = np.fromiter((h for _, h in passages), dtype=np.bool_, count=len(passages))
        continues = np.zeros(len(passages), dtype=np.bool_)
        if continuing:
            continues[:] = np.asarray(continuing, dtype=np.bool_)
            continues[:1] = False
        return cls(
            vocabulary=list(ids),
            offsets=offsets,
            term_ids=term_ids,
            starts=starts,
            ends=ends,
            holds_number=holds,
            continues=continues,
        )

    @classmethod
    def of_texts(
        cls,
        texts: Sequence[str],
        holds: Sequence[bool],
        continuing: Sequence[bool],
        added: Sequence[Sequence[tuple[str, int, int]]] = (),
    ) -> PassageTerms:
        """`build` of each text's tokens (`text.tokens`), whether it holds a number and
        whether it continues the one before: the same arrays, made without a token object a
        word (a build's every passage; the objects were most of tokenising a story).
        `added[i]`: terms that are no word of text i, as (term, start, end), put after its
        words' (the initials of the names it spells out: `initials.name_initials`)."""
        terms: list[str] = []
        starts: list[int] = []
        ends: list[int] = []
        lengths = []
        for i, text in enumerate(texts):
            found, begin, end = term_spans(text)
            if added and added[i]:
                found += [term for term, _, _ in added[i]]
                begin += [start for _, start, _ in added[i]]
                end += [stop for _, _, stop in added[i]]
            terms += found
            starts += begin
            ends += end
            lengths.append(len(found))
        vocabulary = list(dict.fromkeys(terms))  # in first use, as `build` numbers them
        ids = dict(zip(vocabulary, range(len(vocabulary)), strict=True))
        offsets = np.zeros(len(texts) + 1, dtype=np.int64)
        np.cumsum(lengths, out=offsets[1:])
        continues = np.array(continuing, dtype=np.bool_).reshape(len(texts))
        continues[:1] = False
        return cls(
            vocabulary=vocabulary,
            offsets=offsets,
            term_ids=np.array(list(map(ids.__getitem__, terms)), dtype=np.int32),
            starts=np.array(starts, dtype=np.int32),
            ends=np.array(ends, dtype=np.int32),
            holds_number=np.array(holds, dtype=np.bool_).reshape(len(texts)),
            continues=continues,
        )

    @classmethod
    def write_concatenated(
        cls,
        parts: Sequence[PassageTerms],
        out: BinaryIO,
        *,
        group: int = 0,
        between: Callable[[], None] = lambda: None,
    ) -> None:
        """The passages of `parts`, one after the other under one vocabulary (ids in order of
        first use), written to `out` from its start as `to_bytes` writes them: a build's
        terms in the files it is started from (`build_files`), read in place. Each array is
        written a part at a time, the prefix (its checksum covers them) last: joined first,
        the arrays were 0.7 GB more at 1,000,000 passages, a build's memory peak.
        `between()` runs after every `group` parts of each pass (a build whose parts are read
        from files lets their pages go)."""
        ids: dict[str, int] = {}
        passages = tokens = 0
        for count, part in enumerate(parts, 1):
            for term in part._vocabulary:
                ids.setdefault(term, len(ids))
            passages += len(part)
            tokens += int(part._offsets[-1])  # a page of each part's: let go as the others
            if group and count % group == 0:
                between()
        blob = TERM_BREAK.join(ids).encode("utf-8", "surrogatepass")
        header = _header(
            [
                ("offsets", np.dtype("<i8"), passages + 1),
                ("term_ids", np.dtype("<i4"), tokens),
                ("starts", np.dtype("<i4"), tokens),
                ("ends", np.dtype("<i4"), tokens),
                ("holds_number", np.dtype(np.bool_), passages),
                ("continues", np.dtype(np.bool_), passages),
                ("term_ends", np.dtype("<i8"), 1),
                ("vocabulary", np.dtype(np.uint8), len(blob)),
            ]
        )
        begin = out.tell()
        out.write(_PREFIX.pack(_MAGIC, _VERSION, len(header), 0))
        out.write(header)
        crc = 0

        def put(array: npt.NDArray[Any], dtype: str) -> None:
            nonlocal crc
            data = np.ascontiguousarray(array.astype(dtype, copy=False)).data.cast("B")
            out.write(data)
            crc = crc32(data, crc)

        def each_part(write: Callable[[PassageTerms], None]) -> None:
            for count, part in enumerate(parts, 1):
                write(part)
                if group and count % group == 0:
                    between()
            between()

        put(np.zeros(1, dtype=np.int64), "<i8")
        at = 0

        def offsets(part: PassageTerms) -> None:
            nonlocal at
            put(part._offsets[1:] + at, "<i8")
            at += int(part._offsets[-1])

        def term_ids(part: PassageTerms) -> None:
            if len(part._term_ids):
                mapping = np.fromiter(
                    map(ids.__getitem__, part._vocabulary), np.int32, len(part._vocabulary)
                )
                put(mapping[part._term_ids], "<i4")

        each_part(offsets)
        each_part(term_ids)
        each_part(lambda part: put(part._starts, "<i4"))
        each_part(lambda part: put(part._ends, "<i4"))
        each_part(lambda part: put(part._holds_number, "|b1"))
        each_part(lambda part: put(part._continues, "|b1"))
        put(np.array([len(ids)], dtype=np.int64), "<i8")
        put(np.frombuffer(blob, dtype=np.uint8), "|u1")
        end = out.tell()
        out.seek(begin)
        out.write(_PREFIX.pack(_MAGIC, _VERSION, len(header), crc))
        out.seek(end)

    @classmethod
    def join(cls, parts: Sequence[PassageTerms]) -> JoinedPassageTerms:
        """The passages of `parts`, one after the other (each story's own, as analysed)."""
        return JoinedPassageTerms(parts)

    def __len__(self) -> int:
        return len(self._offsets) - 1

    def tokens(self, passage: int) -> tuple[TermSpan, ...]:
        lo, hi = int(self._offsets[passage]), int(self._offsets[passage + 1])
        vocabulary = self._vocabulary
        return tuple(
            TermSpan(vocabulary[t], s, e)
            for t, s, e in zip(
                self._term_ids[lo:hi].tolist(),
                self._starts[lo:hi].tolist(),
                self._ends[lo:hi].tolist(),
                strict=True,
            )
        )

    def placed_terms(self, passage: int) -> tuple[tuple[str, int, int], ...]:
        """`tokens(passage)` as plain (term, start, end) tuples: what showing a passage reads
        (a frozen `TermSpan` a word was most of the cost of a passage first shown)."""
        lo, hi = int(self._offsets[passage]), int(self._offsets[passage + 1])
        terms = map(self._vocabulary.__getitem__, self._term_ids[lo:hi].tolist())
        starts, ends = self._starts[lo:hi].tolist(), self._ends[lo:hi].tolist()
        return tuple(zip(terms, starts, ends, strict=True))

    def terms(self, passage: int) -> tuple[str, ...]:
        """The terms of `passage`'s tokens, in order (its index terms)."""
        lo, hi = int(self._offsets[passage]), int(self._offsets[passage + 1])
        ids = self._term_ids[lo:hi].tolist()
        if len(ids) < 2:  # an itemgetter of one item gives the item, not a tuple
            return tuple([self._vocabulary[t] for t in ids])
        # picked in C: half the time of a comprehension (each candidate's phrase bonus reads
        # its terms the first time it is seen)
        terms: tuple[str, ...] = operator.itemgetter(*ids)(self._vocabulary)
        return terms

    def line(self, passage: int) -> str:
        """`passage`'s terms, in order, each between NULs: a pair of them stands side by side
        where the line holds `side_by_side(first, second)`."""
        return TERM_BREAK + TERM_BREAK.join(self.terms(passage)) + TERM_BREAK

    def every_passage_s_terms(self) -> tuple[tuple[str, ...], ...]:
        """`terms(i)` of every passage, in order, but its keys (`is_key`): what the BM25
        index is built from. Read in one pass (a build reads every story's, and 100,000
        passages' slices one by one took a second)."""
        term_ids, offsets = self._term_ids, self._offsets
        keys = self._key_mask()
        if keys is not None:  # left out: they are no words, and would lengthen the passage
            kept = ~keys[term_ids]
            offsets = np.concatenate(([0], np.cumsum(kept)))[offsets]
            term_ids = term_ids[kept]
        words = list(map(self._vocabulary.__getitem__, term_ids.tolist()))
        bounds = offsets.tolist()
        return tuple(tuple(words[lo:hi]) for lo, hi in itertools.pairwise(bounds))

    def _key_mask(self) -> npt.NDArray[np.bool_] | None:
        """Which of the vocabulary's terms are keys; None when none is."""
        # str.isupper is `is_key`, called from C: a build's vocabulary is a million terms
        keys = np.fromiter(
            map(str.isupper, self._vocabulary), dtype=np.bool_, count=len(self._vocabulary)
        )
        return keys if keys.any() else None

    def key_places(self) -> dict[str, list[int]]:
        """Each key term (`is_key`) and the passages holding it, in order."""
        keys = self._key_mask()
        if keys is None:
            return {}
        at = np.flatnonzero(keys[self._term_ids])
        passages = np.searchsorted(self._offsets, at, side="right") - 1
        places: dict[str, list[int]] = {}
        vocabulary = self._vocabulary
        for term_id, passage in zip(self._term_ids[at].tolist(), passages.tolist(), strict=True):
            held = places.setdefault(vocabulary[term_id], [])
            if not held or held[-1] != passage:
                held.append(passage)
        return places

    def runs_by_initials(
        self, letters: str, gaps: Sequence[frozenset[int]], places: int
    ) -> dict[tuple[str, ...], Runs]:
        """The runs of `len(letters)` words side by side in one passage whose terms begin
        with `letters` (lower case) in turn, the characters between word k and word k + 1
        numbering one of `gaps[k]` (1: a space; 4: " of "), by their terms: the number of
        passages holding each, and where its first `places` stand (passage, start, end).
        Keys, placed after the words, begin with a capital and are never in a run. One pass
        over the build's first letters (a question typing initials needs it)."""
        first = self._first_letters
        width = len(letters)
        if width < 2 or len(first) < width or max(map(ord, letters)) >= _NO_LETTER:
            return {}
        at = np.flatnonzero(first[: len(first) - width + 1] == ord(letters[0]))
        for k in range(1, width):
            at = at[first[at + k] == ord(letters[k])]
            gap = self._starts[at + k] - self._ends[at + k - 1]
            at = at[np.isin(gap, list(gaps[k - 1]))]
        passages = np.searchsorted(self._offsets, at, side="right") - 1
        within = self._offsets[passages + 1] >= at + width  # the run ends in its passage
        at, passages = at[within], passages[within]
        if not len(at):
            return {}
        ids = self._term_ids[at[:, None] + np.arange(width)]
        groups, which = np.unique(ids, axis=0, return_inverse=True)
        which = which.reshape(-1)
        # each group's runs in story order, and its passages counted once each
        order = np.lexsort((at, which))
        bounds = np.searchsorted(which[order], np.arange(len(groups) + 1))
        held = np.bincount(np.unique(which * len(self) + passages) // len(self))
        found: dict[tuple[str, ...], Runs] = {}
        for group, term_ids in enumerate(groups.tolist()):
            first_runs = order[bounds[group] : min(bounds[group] + places, bounds[group + 1])]
            starts = at[first_runs]
            found[tuple(self._vocabulary[t] for t in term_ids)] = Runs(
                int(held[group]),
                list(
                    zip(
                        passages[first_runs].tolist(),
                        self._starts[starts].tolist(),
                        self._ends[starts + width - 1].tolist(),
                        strict=True,
                    )
                ),
            )
        return found

    @functools.cached_property
    def _first_letters(self) -> npt.NDArray[np.uint8]:
        """The first letter of each token's term, as a byte (`_NO_LETTER`: none that fits)."""
        codes = np.fromiter(
            (min(ord(term[0]), _NO_LETTER) if term else _NO_LETTER for term in self._vocabulary),
            dtype=np.uint8,
            count=len(self._vocabulary),
        )
        return codes[self._term_ids]

    def holds_number(self, passage: int) -> bool:
        return bool(self._holds_number[passage])

    def continues(self, passage: int) -> bool:
        return bool(self._continues[passage])

    @property
    def continuing(self) -> npt.NDArray[np.bool_]:
        """`continues(i)` of every passage, in one array."""
        return self._continues

    def pairs_beside(self, pairs: Sequence[tuple[str, str]]) -> PairsBeside | None:
        """Which of `pairs` of terms stand side by side in a passage, read of the passages'
        term numbers (`PairsBeside`); None when the vocabulary holds a term twice (a term is
        then more than one number: `line` tells)."""
        reading = self._pair_reading
        if reading is None:
            return None
        numbers, term_bytes, offsets = reading
        patterns = [
            np.array([numbers[a], numbers[b]], dtype=self._term_ids.dtype).tobytes()
            if a in numbers and b in numbers
            else None
            for a, b in pairs
        ]
        return PairsBeside(term_bytes, offsets, self._term_ids.dtype.itemsize, patterns)

    @functools.cached_property
    def _pair_reading(self) -> tuple[dict[str, int], memoryview, memoryview] | None:
        """Each term's number, and the term numbers and offsets as memory read in place
        (worked out on the first question that asks, once a build)."""
        numbers = {term: at for at, term in enumerate(self._vocabulary)}
        if len(numbers) != len(self._vocabulary):
            return None
        term_bytes = np.ascontiguousarray(self._term_ids).data.cast("B")
        offsets = np.ascontiguousarray(self._offsets, dtype=np.int64).data.cast("B").cast("q")
        return numbers, term_bytes, offsets

    # -- persistence ----------------------------------------------------------------------------

    def to_bytes(self) -> bytes:
        return b"".join(self.to_pieces())

    def to_pieces(self) -> list[bytes | memoryview]:
        """`to_bytes` in pieces, most of them views of the arrays (a build's file is written
        from them: joined, the bytes of a million passages' terms were made three times)."""
        blob = TERM_BREAK.join(self._vocabulary).encode("utf-8", "surrogatepass")
        arrays: dict[str, npt.NDArray[Any]] = {
            "offsets": self._offsets,
            "term_ids": self._term_ids,
            "starts": self._starts,
            "ends": self._ends,
            "holds_number": self._holds_number,
            "continues": self._continues,
            "term_ends": np.array([len(self._vocabulary)], dtype=np.int64),
            "vocabulary": np.frombuffer(blob, dtype=np.uint8),
        }
        layout = []
        pieces: list[bytes | memoryview] = []
        crc = 0
        for name in _ARRAYS:
            array = np.ascontiguousarray(arrays[name])
            dtype = array.dtype.newbyteorder("<")
            layout.append((name, dtype, len(array)))
            data = np.ascontiguousarray(array.astype(dtype, copy=False)).data.cast("B")
            pieces.append(data)
            crc = crc32(data, crc)
        header = _header(layout)
        return [_PREFIX.pack(_MAGIC, _VERSION, len(header), crc), header, *pieces]

    @classmethod
    def from_bytes(
        cls, data: bytes | memoryview, *, copy: bool = False, checked: bool = False
    ) -> PassageTerms:
        """Load `to_bytes` output; ValueError when it is damaged. The arrays are views of
        `data` (which they keep alive) unless `copy`. `checked`: the caller has checked the
        bytes already (a memory-mapped file: reading every page to check it again would
        bring all of them into memory)."""
        try:
            return cls._from_bytes(memoryview(data).cast("B"), copy, checked)
        except ValueError:
            raise
        except Exception as exc:  # any structural surprise means damaged data
            raise ValueError(f"damaged passage terms: {exc}") from exc

    @classmethod
    def _from_bytes(cls, data: memoryview, copy: bool, checked: bool) -> PassageTerms:
        magic, version, header_length, crc = _PREFIX.unpack_from(data)
        if magic != _MAGIC or version != _VERSION:
            raise ValueError("not passage terms of this version")
        start = _PREFIX.size + header_length
        payload = data[start:]
        if not checked and crc32(payload) != crc:
            raise ValueError("damaged passage terms: checksum mismatch")
        arrays: dict[str, npt.NDArray[Any]] = {}
        for entry in json.loads(bytes(data[_PREFIX.size : start])):
            dtype = np.dtype(entry["dtype"])
            array = np.frombuffer(
                payload, dtype=dtype, count=entry["count"], offset=entry["offset"]
            )
            arrays[entry["name"]] = array.astype(dtype.newbyteorder("="), copy=copy)
        size = int(arrays.pop("term_ends")[0])
        text = arrays.pop("vocabulary").tobytes().decode("utf-8", "surrogatepass")
        # one string for a word however many stories' vocabularies hold it (a build reads
        # every story's: a million passages' vocabularies were some 250 MB of copies)
        vocabulary = list(map(sys.intern, text.split(TERM_BREAK))) if size else []
        offsets = arrays["offsets"]
        if (
            len(vocabulary) != size
            or len(offsets) != len(arrays["holds_number"]) + 1
            or len(arrays["continues"]) != len(arrays["holds_number"])
            or int(offsets[-1]) != len(arrays["term_ids"])
            or len(arrays["starts"]) != len(arrays["term_ids"])
            or len(arrays["ends"]) != len(arrays["term_ids"])
            or (not checked and len(arrays["term_ids"]) and int(arrays["term_ids"].max()) >= size)
        ):
            raise ValueError("damaged passage terms: inconsistent arrays")
        return cls(vocabulary=vocabulary, **arrays)


class PairsBeside:
    """Which of a question's pairs of terms stand side by side in a passage: the pair's two
    term numbers one right after the other among the passage's (`line`'s `side_by_side`
    test without making the line: a passage's terms joined into a string took some 2.5 µs
    a passage first seen, read by the phrase bonus of some 16 candidates a question)."""

    def __init__(
        self,
        term_bytes: memoryview,
        offsets: memoryview,
        itemsize: int,
        patterns: Sequence[bytes | None],
    ) -> None:
        self._term_bytes = term_bytes
        self._offsets = offsets
        self._itemsize = itemsize
        self._patterns = patterns  # a pair's two numbers as stored; None: a term never used

    def held(self, passage: int) -> list[bool]:
        """For each pair in order, whether `passage` holds its first term right before its
        second."""
        size = self._itemsize
        numbers = bytes(
            self._term_bytes[self._offsets[passage] * size : self._offsets[passage + 1] * size]
        )
        held = []
        for pattern in self._patterns:
            if pattern is None:
                held.append(False)
                continue
            at = numbers.find(pattern)
            while at > 0 and at % size:  # inside a number: not where one starts
                at = numbers.find(pattern, at + 1)
            held.append(at >= 0)
        return held

    def bonus(self, passage: int, bonuses: Sequence[tuple[str, float]]) -> float:
        """The bonuses of the pairs `held` finds in `passage` (`bonuses`: each pair's, in the
        pairs' order, after its line form), added up by `sum` in that order (the int 0 when
        none is: as `sum` of none gives). One call a candidate: the phrase bonus read a list
        of flags and zipped it with the bonuses, ~1 µs more of each."""
        size = self._itemsize
        offsets = self._offsets
        numbers = bytes(self._term_bytes[offsets[passage] * size : offsets[passage + 1] * size])
        found = []
        for pattern, (_, bonus) in zip(self._patterns, bonuses, strict=True):
            if pattern is None:
                continue
            at = numbers.find(pattern)
            while at > 0 and at % size:  # inside a number: not where one starts
                at = numbers.find(pattern, at + 1)
            if at >= 0:
                found.append(bonus)
        return sum(found)


def _header(arrays: Sequence[tuple[str, np.dtype[Any], int]]) -> bytes:
    """The stored form's header: each array's name, little-endian type, length and place,
    in the order `arrays` gives them."""
    layout = []
    at = 0
    for name, dtype, count in arrays:
        layout.append({"name": name, "dtype": dtype.str, "count": count, "offset": at})
        at += count * dtype.itemsize
    return json.dumps(layout).encode()


class JoinedPassageTerms:
    """Several `PassageTerms` read as one, in place: a build's passages are its stories' own,
    and copying 2,000 stories' arrays into one cost each reindex a third of a second."""

    def __init__(self, parts: Sequence[PassageTerms]) -> None:
        self._parts = [part for part in parts if len(part)]
        self._ends = list(itertools.accumulate(len(part) for part in self._parts))

    def __len__(self) -> int:
        return self._ends[-1] if self._ends else 0

    def _find(self, passage: int) -> tuple[PassageTerms, int]:
        if not 0 <= passage < len(self):
            raise IndexError(passage)
        part = bisect.bisect_right(self._ends, passage)
        return self._parts[part], passage - (self._ends[part - 1] if part else 0)

    def tokens(self, passage: int) -> tuple[TermSpan, ...]:
        part, local = self._find(passage)
        return part.tokens(local)

    def terms(self, passage: int) -> tuple[str, ...]:
        part, local = self._find(passage)
        return part.terms(local)

    def key_places(self) -> dict[str, list[int]]:
        """`PassageTerms.key_places` over every part, passages numbered across them."""
        places: dict[str, list[int]] = {}
        for part, end in zip(self._parts, self._ends, strict=True):
            first = end - len(part)
            for term, passages in part.key_places().items():
                places.setdefault(term, []).extend(first + p for p in passages)
        return places

    def placed_terms(self, passage: int) -> tuple[tuple[str, int, int], ...]:
        part, local = self._find(passage)
        return part.placed_terms(local)

    def runs_by_initials(
        self, letters: str, gaps: Sequence[frozenset[int]], places: int
    ) -> dict[tuple[str, ...], Runs]:
        """`PassageTerms.runs_by_initials` over every part, passages numbered across them."""
        found: dict[tuple[str, ...], Runs] = {}
        for part, end in zip(self._parts, self._ends, strict=True):
            first = end - len(part)
            for terms, runs in part.runs_by_initials(letters, gaps, places).items():
                held = found.get(terms, Runs(0, []))
                shifted = [(first + p, start, stop) for p, start, stop in runs.places]
                found[terms] = Runs(held.passages + runs.passages, held.places + shifted)
        return found

    def line(self, passage: int) -> str:
        part, local = self._find(passage)
        return part.line(local)

    def pairs_beside(self, pairs: Sequence[tuple[str, str]]) -> PairsBeside | None:
        """`PassageTerms.pairs_beside` of a build of one part (read from its files); None
        for several (each its own vocabulary: `line` tells)."""
        return self._parts[0].pairs_beside(pairs) if len(self._parts) == 1 else None

    def holds_number(self, passage: int) -> bool:
        part, local = self._find(passage)
        return part.holds_number(local)

    @functools.cached_property
    def continuing(self) -> npt.NDArray[np.bool_]:
        """`continues(i)` of every passage, in one array: what a searcher reads of a pool of
        candidates at once (made on first need and kept with the build: 100,000 flags)."""
        if not self._parts:
            return np.zeros(0, dtype=np.bool_)
        return np.concatenate([part.continuing for part in self._parts])

    def continues(self, passage: int) -> bool:
        """Whether `passage` carries on from `passage - 1`, of the same story (each part is
        one story's, and its first passage continues nothing)."""
        part, local = self._find(passage)
        return part.continues(local)

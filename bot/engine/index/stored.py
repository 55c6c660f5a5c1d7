"""The stored form of an index: a fixed prefix (magic bytes, format version, lengths, CRC-32),
a JSON header (parameters and where each array lies), then raw little-endian arrays aligned to
64 bytes and the vocabulary as UTF-8; no pickle.

The arrays keep the names they were first stored under ("doc_len", "doc_ids": a passage's
length, a posting's passage): renaming them would change the format.
"""

from __future__ import annotations

import json
import math
import struct
import zlib
from typing import Any

import numpy as np
import numpy.typing as npt

from bot.engine.index.postings import Postings

FORMAT_VERSION = 1
"""Version of the ``to_bytes`` format; ``from_bytes`` rejects any other."""

_MAGIC = b"STBM25IX"
_PREFIX = struct.Struct("<8sIIQI")  # magic, version, header length, payload length, payload crc
_ALIGN = 64

# Stored name -> `Postings` field, in stored order.
_ARRAYS = {
    "doc_len": "passage_lengths",
    "offsets": "offsets",
    "doc_ids": "passages",
    "tfs": "tfs",
    "contribs": "contribs",
    "idf": "idf",
    "max_contrib": "max_contrib",
    "min_contrib": "min_contrib",
    "kth_contrib": "kth_contrib",
}


def to_bytes(postings: Postings) -> bytes:
    """Compact binary form: header + raw little-endian arrays + vocabulary."""
    return b"".join(to_pieces(postings))


def to_pieces(postings: Postings) -> list[bytes | memoryview]:
    """`to_bytes` in pieces, most of them views of the arrays (for a file written without
    the whole of it in memory twice)."""
    terms = postings.terms
    blob = "".join(terms).encode("utf-8", "surrogatepass")
    term_ends = np.cumsum(np.fromiter(map(len, terms), np.int64, len(terms)))
    arrays: dict[str, npt.NDArray[Any]] = {
        stored: getattr(postings, field) for stored, field in _ARRAYS.items()
    }
    arrays["term_ends"] = term_ends
    arrays["vocab"] = np.frombuffer(blob, dtype=np.uint8)
    layout = []
    pos = 0
    for name, arr in arrays.items():
        a = np.ascontiguousarray(arr)
        dt = a.dtype.newbyteorder("<")
        layout.append({"name": name, "dtype": dt.str, "shape": list(a.shape), "offset": pos})
        pos += a.nbytes
        pos += -pos % _ALIGN
    header = json.dumps(
        {
            "n": len(postings.passage_lengths),
            "k1": postings.k1,
            "b": postings.b,
            "epsilon": postings.epsilon,
            "avgdl": postings.avgdl,
            "average_idf": postings.average_idf,
            "arrays": layout,
        }
    ).encode()
    header += b" " * (-(_PREFIX.size + len(header)) % _ALIGN)
    pieces: list[bytes | memoryview] = []
    crc = 0
    at = 0
    for entry, arr in zip(layout, arrays.values(), strict=True):
        off = int(str(entry["offset"]))
        if off > at:
            pad = bytes(off - at)
            pieces.append(pad)
            crc = zlib.crc32(pad, crc)
        a = np.ascontiguousarray(arr, dtype=np.dtype(str(entry["dtype"])))
        view = a.data.cast("B")
        pieces.append(view)
        crc = zlib.crc32(view, crc)
        at = off + a.nbytes
    if pos > at:
        pad = bytes(pos - at)
        pieces.append(pad)
        crc = zlib.crc32(pad, crc)
    prefix = _PREFIX.pack(_MAGIC, FORMAT_VERSION, len(header), pos, crc)
    return [prefix, header, *pieces]


def from_bytes(data: bytes | bytearray | memoryview, *, checked: bool = False) -> Postings:
    """Read ``to_bytes`` output; ``ValueError`` on another format version or corrupt data.

    The arrays are views of `data`. `checked`: the caller has checked every byte already (a
    memory-mapped file): the checksum and the check of every posting's passage, which read
    all of it into memory, are skipped."""
    try:
        return _from_bytes(memoryview(data).cast("B"), checked)
    except ValueError:
        raise
    except Exception as exc:  # any structural surprise means corrupt data
        raise ValueError(f"corrupt BM25 index data: {exc}") from exc


def _from_bytes(data: memoryview, checked: bool) -> Postings:
    if len(data) < _PREFIX.size:
        raise ValueError("corrupt BM25 index data: too short")
    magic, version, hlen, plen, crc = _PREFIX.unpack_from(data)
    if magic != _MAGIC:
        raise ValueError("not a BM25 index (bad magic bytes)")
    if version != FORMAT_VERSION:
        raise ValueError(
            f"unsupported BM25 index format version {version} (expected {FORMAT_VERSION});"
            " rebuild the index"
        )
    start = _PREFIX.size + hlen
    if len(data) != start + plen:
        raise ValueError("corrupt BM25 index data: wrong length")
    payload = data[start:]
    if not checked and zlib.crc32(payload) != crc:
        raise ValueError("corrupt BM25 index data: checksum mismatch")
    meta = json.loads(bytes(data[_PREFIX.size : start]))
    arrays: dict[str, npt.NDArray[Any]] = {}
    for entry in meta["arrays"]:
        dt = np.dtype(entry["dtype"])
        shape = tuple(int(s) for s in entry["shape"])
        count = math.prod(shape)
        off = int(entry["offset"])
        if off < 0 or off + count * dt.itemsize > plen:
            raise ValueError("corrupt BM25 index data: array out of bounds")
        arr = np.frombuffer(payload, dtype=dt, count=count, offset=off).reshape(shape)
        arrays[entry["name"]] = arr.astype(dt.newbyteorder("="), copy=False)
    blob = arrays.pop("vocab").tobytes().decode("utf-8", "surrogatepass")
    ends = arrays.pop("term_ends").tolist()
    starts = [0, *ends[:-1]] if ends else []
    terms = [blob[a:e] for a, e in zip(starts, ends, strict=True)]
    n = int(meta["n"])
    offsets = arrays["offsets"]
    v = len(terms)
    npost = len(arrays["doc_ids"])
    if (
        len(arrays["doc_len"]) != n
        or len(offsets) != v + 1
        or len(arrays["idf"]) != v
        or len(arrays["max_contrib"]) != v
        or len(arrays["min_contrib"]) != v
        or len(arrays["kth_contrib"]) != v
        or len(arrays["tfs"]) != npost
        or len(arrays["contribs"]) != npost
        or (ends and ends[-1] != len(blob))
        or int(offsets[0]) != 0
        or int(offsets[-1]) != npost
        or bool(np.any(np.diff(offsets) < 0))
        or (
            not checked
            and npost
            and not 0 <= int(arrays["doc_ids"].min()) <= int(arrays["doc_ids"].max()) < n
        )
    ):
        raise ValueError("corrupt BM25 index data: inconsistent arrays")
    if len(set(terms)) != v:
        raise ValueError("corrupt BM25 index data: duplicate vocabulary entries")
    return Postings(
        terms=terms,
        k1=float(meta["k1"]),
        b=float(meta["b"]),
        epsilon=float(meta["epsilon"]),
        avgdl=float(meta["avgdl"]),
        average_idf=float(meta["average_idf"]),
        **{_ARRAYS[name]: array for name, array in arrays.items()},
    )

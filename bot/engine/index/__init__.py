"""BM25 over passages: exact rank-bm25 ``BM25Okapi`` scores, cost following the postings.

The modules, the way the bm25s and whoosh packages divide it: `okapi` (the ranking formula,
a few lines read at a glance), `postings` (what an index holds), `build` (passages' terms to
postings), `topk` (the k best: from the rarest terms' passages, or with MaxScore pruning),
`rows` (the kept rows of the commonest terms' contributions and of frequent terms'
frequencies), `stored` (the binary format), and `bm25` (`BM25Index`, what the engine calls).

Deliberate differences from the reference, all for corpora or parameters where the
reference cannot answer: an empty corpus, or one whose passages are all empty, gives an
index where every score is 0 (``BM25Okapi`` raises ``ZeroDivisionError``); with ``k1 == 0``
or ``b == 1`` and empty passages the reference computes ``0 / 0 = nan`` for passages that
lack a term, this index gives 0 there.
"""

from bot.engine.index.bm25 import BM25Index
from bot.engine.index.stored import FORMAT_VERSION

__all__ = ["FORMAT_VERSION", "BM25Index"]

"""Question -> ranked passages with a confidence, or a refusal on evidence of absence.

Ranking is BM25 (Okapi, rank-bm25's formula) over each passage's words plus the names and roles
of the people it quotes. A question that asks what someone said puts the passages quoting them
first. Among the best BM25 candidates, passages holding the question's word pairs side by side
("human rights", "Salvadoran prisons") move up, and so do passages holding a number when the
question asks for one.

Three outcomes: the passages answer (confidence "high", from the model in confidence.py); they
are the closest the story comes (confidence "low"); or a refusal, only on clear evidence:
- the question asks what someone said whom the story does not quote (by name, or by a role
  the story gives nobody: "the Mexican president");
- it names something (a capitalised name, not an English word) the corpus never mentions;
- it shares no word with any passage.
Chat markup, shorthand and topic-free words are dealt with first (chat.py); a message holding
two questions is answered part by part.

`Searcher` is built in layers, each module using those before it: `settings`, `base` (what it
holds of a snapshot, per passage), `meaning` (closeness in meaning), `reading` (the question),
`rerank` (word pairs, expected answers), `candidates` (retrieval and fusion), `signals` (for the
confidence model), `render` (passages as answers show them), `searcher` (the outcome).
"""

from bot.engine.search.searcher import Searcher
from bot.engine.search.settings import FollowUp, SearchSettings

__all__ = ["FollowUp", "SearchSettings", "Searcher"]

"""How retrieval decides (`SearchSettings`), and the previous turn a follow-up continues."""

from __future__ import annotations

from dataclasses import dataclass

from pydantic import BaseModel, ConfigDict, Field

from bot.engine.confidence import HIGH_CONFIDENCE, SENTENCE_VOUCHED_FROM
from bot.engine.lexicon import Source


class SearchSettings(BaseModel):
    """How retrieval decides; every value is documented in config.example.toml."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    top_k: int = Field(default=3, ge=1, le=10)
    # The confidence model's probability (bot/engine/confidence.py) from which passages are
    # given as the answer; below it they are shown as the closest the story comes.
    high_confidence: float = Field(default=HIGH_CONFIDENCE, ge=0.0, le=1.0)
    # From this probability (up to `high_confidence`) they are given as the answer where the
    # best passage holds the sentence closest in meaning to the question, of all the sentences
    # of the passages ranked; at `high_confidence` or above it, it changes nothing.
    sentence_vouched_from: float = Field(default=SENTENCE_VOUCHED_FROM, ge=0.0, le=1.0)
    # When a question asks for an amount, a count, an age, a date (of the part it names: a
    # year for "what year") or a span of time (answer_types.expected_kind), or for someone
    # ("who"), a passage holding one (a person other than those the question names) has its
    # score multiplied by 1 + this, by the words and again after closeness in meaning is mixed
    # in; and when it asks what someone said, one of their passages quoting them directly,
    # after closeness in meaning is mixed in.
    answer_type_bonus: float = Field(default=0.5, ge=0.0, le=10.0)
    # When a question asks what the story itself thinks or judges ("how does the article judge
    # ..."), a passage quoting no one, in the story's own words, has its score multiplied by
    # 1 + this after closeness in meaning is mixed in: its view is all that is asked, where a
    # kind of answer is one of several things. Over the sets: 1 (x2) moved two answers first
    # and none back; 2 (x3) lost a right high answer.
    writers_view_bonus: float = Field(default=1.0, ge=0.0, le=10.0)
    # Topic words found in at least this share of the passages are what the whole corpus is
    # about ("meeting" in a story about a meeting); a passage need not contain them.
    common_share: float = Field(default=0.2, gt=0.0, le=1.0)
    # A passage that carries on from the one before (it opens with a quotation or a word
    # pointing back: "Those concerns ...") also ranks by the question's words it lacks and
    # that passage holds, their BM25 score there weighted by this; 0 turns it off.
    context_weight: float = Field(default=0.7, ge=0.0, le=1.0)
    # How many of the best BM25 passages are re-ranked with the phrase bonus.
    rerank_depth: int = Field(default=20, ge=1, le=1000)
    # Paraphrase bridges (bot/engine/lexicon.py): which WordNet relations lead a question word
    # the corpus lacks to words it uses ("synonyms", "family", "capitals": Beijing's China), how
    # many of the word's senses to follow, and how much a bridged word weighs against the word.
    bridge_sources: tuple[Source, ...] = (
        Source.FAMILY,
        Source.SYNONYMS,
        Source.CAPITALS,
        Source.REGIONS,
        Source.PREPOSITIONS,
        Source.DEFINITIONS,
        Source.MULTIWORD,
        Source.PHRASE_DEFINED,
        Source.BROADER_DEFINED,
        Source.AGAIN,
    )
    bridge_senses: int = Field(default=2, ge=1, le=50)
    bridge_weight: float = Field(default=0.6, ge=0.0, le=1.0)
    # What a word of a one-sense word's definition (source "definitions": "roster" -> "list",
    # "names") weighs against a word, in the order shown only: below a synonym.
    definition_weight: float = Field(default=0.3, ge=0.0, le=1.0)
    # A question's adverbs not made from an adjective ("still", "so far", "back then": they say
    # when or how far, not what about) weigh this much of a word in ranking, but where a
    # passage holds the phrase the question makes of one ("so far"); 1 weighs them as words.
    adverb_weight: float = Field(default=0.3, ge=0.0, le=1.0)
    # Dense retrieval (bot/engine/semantic.py): the share of a passage's ranking score that is
    # its cosine similarity to the question in WordLlama's embedding space (min-max scaled over
    # the candidates), the rest being its BM25 score (scaled by the best); 0 turns it off.
    semantic_weight: float = Field(default=0.5, ge=0.0, le=1.0)
    # How many passages closest to the question in meaning join the BM25 candidates.
    semantic_depth: int = Field(default=5, ge=0, le=1000)
    # The order shown reads closeness in meaning from a question vector weighing each of its
    # words by how few passages hold it (BM25's idf) instead of each token alike; the
    # confidence model reads the plain one it was fitted on. Off: over every set in tests/data
    # it puts the gold passage in the top 3 more often (574 of 636 against 565) but first no
    # more often (505 against 506), and two high answers fewer (docs/quality-history.md,
    # "Retrieval: the question's vector weighted by idf (eleventh session, 9r)").
    semantic_idf: bool = False
    # A topic word the corpus never uses also reaches the corpus word closest to it in
    # WordLlama's space when at least this close (cosine) and made of other sub-word tokens
    # ("trip" -> "travel", "crisis" -> "emergency"); weighted as a WordNet bridge; for
    # confidence only where the best passage holds it and is the closest in meaning; not
    # when an amount, a count, a date or a person is asked for. Below `semantic_exact_below`
    # passages only (it keeps a vector for each of the corpus's words). 1 turns it off.
    meaning_bridge_min: float = Field(default=0.4, ge=0.0, le=1.0)
    # A word WordNet has for a phrasal verb in any of its senses ("let out": "release") leads
    # the verb to the corpus's word where that word is at least this much closer in meaning
    # (cosine, WordLlama) to the phrase than to its verb alone: the sense the particle picks.
    # For the ranking only. Over every set of tests/data the same from 0.05 to 0.15. 1 turns
    # it off.
    particle_sense_gain: float = Field(default=0.1, ge=0.0, le=1.0)
    # ... and where it is at least this much closer to the phrase with the word typed after it
    # ("put up online": "posted") than to the phrase alone, and `base_sense_pick_min` close:
    # the sense that word picks (`_picked_by_what_follows`). For the ranking only. 1 turns it
    # off.
    context_sense_gain: float = Field(default=0.05, ge=0.0, le=1.0)
    # how close in meaning the story's word for a verb's rarer sense must be to the verb as
    # typed (`_sense_bridges`: "held" -> "detained" 0.30); 1.0 turns it off
    sense_pick_min: float = Field(default=0.25, ge=0.0, le=1.0)
    # the same for a verb's base form typed after "does", "did" or a modal ("does trump care"),
    # each corpus word scored also as its lemma ("care": the story's "concerns", whose lemma
    # "concern" is 0.23 from it)
    base_sense_pick_min: float = Field(default=0.2, ge=0.0, le=1.0)
    # From this many passages on, the passages closest in meaning are looked up in an
    # approximate nearest-neighbour index (bot/engine/nearest.py) instead of comparing the
    # question with every passage (~10 ms a question at 100,000 passages); below it, exact.
    # `semantic_probes`: how many of its ~sqrt(passages) groups a question looks into (more:
    # closer to exact, slower: each group of ~316 passages' product codes costs some 2-5 µs at
    # 100,000 passages; 10 find more of the exact nearest than 8 groups of 8-bit codes did, in
    # less time, docs/speed-history.md, "Fourteenth session (13ann)").
    semantic_exact_below: int = Field(default=20_000, ge=2)
    semantic_probes: int = Field(default=10, ge=1, le=10_000)
    # A capitalised name the corpus never uses refuses the question ("Bitcoin"), unless the name
    # alone (its words the corpus lacks) is close in meaning to one passage in particular: the
    # closest passage at least this much closer (cosine) than the next, as where the story
    # speaks of the thing in other words. "Beijing" leads by 0.25 (China's gifts), "Justice"
    # by 0.13 (the attorney general); a place or thing merely near the story's subject is about
    # as close to many passages (Venezuela 0.03, Honduras 0.03, Harvard 0.05, Bitcoin 0.02).
    # 1 refuses every unknown name, as without dense retrieval.
    unknown_name_lead: float = Field(default=0.1, ge=0.0, le=1.0)
    max_question_chars: int = Field(default=1000, ge=10, le=100_000)

    def uses_nearest_index(self, passages: int) -> bool:
        """Whether a corpus of `passages` (with vectors) is searched through the
        nearest-neighbour index."""
        return bool(self.semantic_weight) and passages >= self.semantic_exact_below


@dataclass(frozen=True)
class FollowUp:
    """The previous turn of a conversation, so "what else did he say?" can be read."""

    question: str
    asked_speaker_id: str | None
    shown: tuple[tuple[str, int], ...] = ()  # (story id, paragraph) already shown
    # said in the same message, before a question pointing back at it ("I read the US pays El
    # Salvador. How much is it?"): what it is about, the question is about too
    pointed_at: bool = False
    # whom the previous answer named, answering "who ...": whom its "he" or "she" means
    # ("who voted against it" - "what did he say")
    named_speaker_id: str | None = None
    # what the previous answer showed, in its order: what its "that" means ("who else said
    # that" is the first of them, the words it quotes)
    last_shown: tuple[tuple[str, int], ...] = ()

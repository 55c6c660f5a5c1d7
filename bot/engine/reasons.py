"""Questions asking for a reason, and passages giving one.

"Why won't Bukele send Abrego Garcia back" is answered by the passage that gives his reason
("“How can I smuggle a terrorist into the United States?” ... “I don't have the power to return
him”"), not by the one that only tells of the matter ("the White House was ordered to facilitate
the return of Kilmar Abrego Garcia"). What tells them apart is English's closed class of words
and constructions that give a cause, a purpose or a result (because, due to, so that, in order
to, as a result, which is why, citing, arguing that, criticised for, ...), never the story's
own words: it reads any story alike.

A passage gives a reason for what is asked when such a construction stands in one of its
sentences on the question's topic (holding one of its words): the sentence beside it may give
the reason for something else.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Collection, Iterator, Mapping

from bot.engine.text import SENTENCE_END, SENTENCE_STOP, may_hold_word, term_spans
from bot.engine.words import SPEECH_VERBS, all_lemmas

# A question asking why: "why", "how come", "what for", "for what reason", "what's the
# reason", "what made him", "what's in it for", "how does he justify", "his excuse", "what are
# they locked up for" (not "what does TPS stand for", "what did he ask for": the thing asked);
# and what a claim rests on, its grounds: "what's the basis", "whats the evidence", "what's that
# based on" (after a question, they ask it of that one's topic: `_REASON_FORM`).
_ASKS_REASON = re.compile(
    r"""(?=[befhjmrw])
    \b(?: why | whys | how\s+come | for\s+what(?:\s+reason|\s+purpose)? | what\s+for\b
        | what\s+(?:[\w'’-]+\s+){0,5}?(?!(?:ask|asks|asked|asking|stand|stands|stood|known
             |famous|responsible|look|looks|looked|looking|wait|waits|waited|waiting|vote|votes
             |voted|voting|pay|pays|paid|paying|call|calls|called|calling|apply|applied|search
             |searched|hope|hoped|care|cared|go|goes|went|going)\s)[\w'’-]+\s+for\s*[?!.]*\s*$
        | what(?:['’]?s|\s+is|\s+was|\s+are|\s+were)\s+(?:the\s+|their\s+|his\s+|her\s+|its\s+)?
          (?:reasons?|reasoning|point|purpose|motives?|motivation|rationale|logic|excuse
             |justification|goal|aim|idea|payoff|benefit|upside|basis|grounds|evidence|proof)\b
        | what(?:['’]?s|\s+is|\s+was|\s+are|\s+were)\s+(?:that|this|it|they|those)\s+based\s+on
        | based\s+on\s+what\b
        | what(?:['’]?s|\s+is)\s+in\s+it\s+for
        | what\s+(?:made|makes|make|caused|causes|cause|led|leads|prompted|prompts|drove
             |drives|motivated|motivates)\b
        | (?:reasons?|excuses?|justification|rationale|motives?)\s+(?:for|why|behind|of)\b
        | (?:what|which)\s+(?:reasons?|excuses?|justification|rationale|motives?)\b
        | justif(?:y|ies|ied)\b
        | how\s+(?!(?:long|often|much|many|far|soon|hard|loud|loudly)\b)(?:[\w'’-]+\s+){1,5}?
          (?:
            # "how are they arguing they need not ...", "how does she argue it is legal": on
            # what grounds, the reasons given
            argu(?:e|es|ed|ing)\b
            # "how is the government getting around the ruling", "how can they ignore the
            # court": the grounds they go by, which a story tells as their reason ("because the
            # court has no jurisdiction"), not the ruling or the court
          | (?:get(?:s|ting)?|got(?:ten)?)\s+(?:around|round|away\s+with)\b
          | (?:ignor|defy|defie|dodg|sidestepp?|skirt|evad|circumvent|bypass)(?:e|es|ed|ing|s|y)?\b
          # "how does the professor explain a small country being so close to Trump": the
          # account given of it, its reason (not "how does he explain that": a pronoun points
          # at words just told, which are their account, whatever their form)
          | explain(?:s|ed|ing)?\b(?!\s+(?:that|this|it)\s*[?!.]*\s*$)
          )
        )""",
    re.IGNORECASE | re.VERBOSE,
)

# The question's words that only ask for the reason: no topic a passage must hold ("what's the
# reason", "what excuse", "excuse for", "what's in it for", "what's the evidence", "what's that
# based on"; "why", "what for" are stop words).
_REASON_FORM = re.compile(
    r"""(?=[befijmrw])
    \b(?: (?:what|which)(?:['’]?s|\s+is|\s+was|\s+are|\s+were)?\s+(?:the\s+|their\s+|his\s+
              |her\s+|its\s+)?(?:reasons?|reasoning|excuses?|justification|rationale|motives?
              |motivation|logic|payoff|upside|basis|grounds|evidence|proof)
        | what(?:['’]?s|\s+is|\s+was|\s+are|\s+were)\s+(?:that|this|it|they|those)\s+based\s+on
        | based\s+on\s+what
        | (?:reasons?|excuses?|justification|rationale|motives?)\s+(?:for|why|behind)
        | for\s+what\s+(?:reasons?|purpose)
        | in\s+it\s+for )\b""",
    re.IGNORECASE | re.VERBOSE,
)
_REASON_FORM_WORDS = frozenset(  # a word every match of it holds (`may_hold_word`)
    "reason reasons reasoning excuse excuses justification rationale motive motives motivation"
    " logic payoff upside basis grounds evidence proof based purpose in".split()
)

# What gives a cause, a purpose or a result in English prose: conjunctions and prepositions
# of cause ("because", "due to", "now that"), of purpose ("in order to", "so that", "as a way
# to"), of result ("as a result", "which is why", "raising concerns"), verbs that explain or
# argue ("citing", "arguing that", "explained"), the cause of praise or blame ("criticized
# for", "accused of"), and what an inference rests on ("indicating that"). Not "due process",
# "due to be" (a time: "due to begin"), nor "since" of a time ("since taking office in 2019",
# "since 2019", "since then").
_GIVES_REASON = re.compile(
    r"""(?=['abcdefghijlmnoprstw‘])
    \b(?: because | [‘']?cause\s+(?=(?:i|we|you|he|she|they|it)\b) | cuz
        | due\s+to(?!\s+(?:process|be|begin|start|arrive|end|expire|open|close|take)\b)
        | owing\s+to | thanks\s+to | on\s+account\s+of | in\s+light\s+of | in\s+view\s+of
        | as\s+a\s+(?:result|consequence|way\s+(?:to|of)|means\s+(?:to|of))
        | in\s+(?:order|an\s+effort|a\s+bid|an\s+attempt)\s+to | so\s+as\s+to | so\s+that
        | now\s+that | given\s+that | seeing\s+that | in\s+exchange\s+for | in\s+return\s+for
        | for\s+fear\s+(?:of|that) | on\s+the\s+grounds?\s+(?:that|of) | in\s+response\s+to
        | in\s+retaliation\s+for | out\s+of\s+(?:fear|concern|respect|necessity)
        | (?:prompted|driven|motivated|caused)\s+by
        | therefore | thus | hence | consequently
        | (?:that|which|this)(?:['’]s|\s+is|\s+was)\s+why | the\s+reasons?
        | reasons?\s+(?:for|why|that|is|was)
        | (?:the|its|his|her|their)\s+(?:purpose|goal|aim|motive)
        | (?:which|that)\s+(?:serves?|served|acts?|acted|works?|worked)\s+as
        | (?:which|that)\s+(?:means?|meant)
        | (?:lead|leads|led|leading)\s+to | result(?:s|ed|ing)?\s+in
        | raising\s+(?:concerns?|fears?|questions?|doubts?)
        | explain(?:s|ed|ing)? | justif(?:y|ies|ied|ying)
        | cit(?:e|es|ed|ing)\s+(?!as\b) | argu(?:e|es|ed|ing)\s+that | insist(?:s|ed|ing)?\s+that
        | (?:criticized|criticised|accused|blamed|praised|condemned|faulted|credited|lauded
           |slammed|attacked|sued|punished|rewarded|thanked)\s+(?:him\s+|her\s+|them\s+)?(?:for|of)
        | (?:indicat|suggest|signal|show)(?:es|s|ed|ing)?\s+that
        | (?:do|does|did)\s*n[o']?[’']?t\s+have\s+the\s+
          (?:power|authority|right|jurisdiction|ability|means)
        | (?:has|have|had)\s+no\s+(?:power|authority|right|jurisdiction|choice|ability|way)
        )\b""",
    re.IGNORECASE | re.VERBOSE,
)
# A question the speaker asks in a quotation is one they answer themselves ("“How can I
# smuggle a terrorist into the United States?”"): the reason they give, as a question.
_RHETORICAL = re.compile(
    r"[“\"](?:[^”\"]*?[.!]\s+)?(?:how|why|what|who)\s+(?:can|could|would|should|will|do|does"
    r"|did|is|are|am)\b[^”\"?]*\?",
    re.IGNORECASE,
)


# A deed judged in the words that say why it is done or not: "it would be “preposterous” for
# him to return Garcia", "it is illegal to fish there", "it was necessary to close the bridge":
# "it" (or "that", "this"), a form of "be" (after "would", "will", "could", "might"), an
# adjective (`_judging`: in quotation marks or not, after "not", "too", "so", "very",
# "simply", "just", "quite"), "for" someone or nothing, and "to" before the deed. What a
# speaker calls doing a thing is their reason to do it or not ("why won't Bukele send Garcia
# back"), in a construction of English any story may use, not in the story's own words.
_JUDGED_DEED = re.compile(
    r"""\b(?:it|that|this)(?:\s+(?:would|will|could|might)\s+be|['’]d\s+be|['’]ll\s+be
           |['’]s|\s+is|\s+was)
        (?:\s+(?:not|too|so|very|simply|just|quite))?\s+[“"‘']?(?P<judged>[a-z]+)[”"’']?
        (?:\s+for\s+(?:[\w'’.-]+\s+){1,3}?)?\s*to\s+(?P<deed>[a-z]+)\b""",
    re.IGNORECASE | re.VERBOSE,
)
# The adjectives before "to" that raise a verb's subject ("it is likely to rain", "it was able
# to", "it is due to open", "it is set to close") or hedge what is known ("it is hard to say",
# "too early to tell"): they judge no deed.
_NOT_JUDGING = frozenset(
    "likely unlikely able unable sure certain bound due about apt liable set poised ready "
    "early soon late first last next only".split()
)
_KNOWING = frozenset("say tell know see predict determine confirm judge".split())


def _judging(word: str) -> bool:
    """Whether `word` is an adjective only (never a verb's form: "it is expected to", "it was
    going to"), and not one raising a verb's subject or hedging (`_NOT_JUDGING`)."""
    lemmas = all_lemmas(word.lower())
    return "ADJ" in lemmas and "VERB" not in lemmas and word.lower() not in _NOT_JUDGING


def judged_deed_spans(text: str) -> list[tuple[int, int]]:
    """Where `text` judges a deed ("it would be “preposterous” for him to return Garcia"):
    the reason the one judging gives to do it or not (`_JUDGED_DEED`)."""
    return [
        m.span()
        for m in _JUDGED_DEED.finditer(text)
        if _judging(m.group("judged")) and m.group("deed").lower() not in _KNOWING
    ]


# A question asking why a deed is not done, or how it is justified: a negation ("won't",
# "wont", "not", "never"), a refusal ("refusing", "declined", "rejects") or a justification
# ("justify", "excuse"). A deed judged answers it ("it would be “preposterous” for him to
# return Garcia": why he won't, how he justifies it), and not "why did he agree to return
# Garcia", whose premise the judgement contradicts (`judged_deed_spans`).
_WHY_NOT = re.compile(
    r"""n['’]t\b | \b(?: not | never | cannot
        | (?:wo|do|does|did|ca|is|are|was|were|would|could|should|has|have|had)nt
        | refus\w* | declin\w* | reject\w* | justif\w* | excuses? )\b""",
    re.IGNORECASE | re.VERBOSE,
)


def asks_why_not(question: str) -> bool:
    """Whether `question` asks why something is not done or how it is justified
    (`_WHY_NOT`)."""
    return _WHY_NOT.search(question) is not None


# How an act brings something about: "how does locking deportees up abroad discourage
# migrants", "how is sending people there supposed to stop illegal immigration", "how would
# taking the prisoners help his country": the subject a word ending in -ing right after the
# auxiliary, read as a verb's (`_is_a_verbs_participle`: not "Beijing", "king", "morning")
_HOW_AN_ACT = re.compile(
    r"\bhow\s+(?:does|do|did|is|was|would|will|can|could|might)\s+(?P<act>[a-z]+ing)\b",
    re.IGNORECASE,
)
_HOW = frozenset(("how",))  # the word every match of it holds (`may_hold_word`)


def asks_reason(question: str) -> bool:
    """Whether `question` asks why ("why won't he", "how come", "what for", "what's the
    reason", "what's in it for him"), or how an act brings about what it asks (`_HOW_AN_ACT`):
    the way it works is the reason it does ("which serves as a major deterrent" answers "how
    does locking deportees up abroad discourage migrants"; a passage telling only that they
    are locked up does not)."""
    if _ASKS_REASON.search(question) is not None:
        return True
    if not may_hold_word(question, _HOW):
        return False
    return any(_is_a_verbs_participle(m.group("act")) for m in _HOW_AN_ACT.finditer(question))


def _is_a_verbs_participle(word: str) -> bool:
    """Whether `word` (ending in -ing) is a form of a verb other than itself ("locking":
    "lock"; "being": "be"), not a noun or a name that only ends so ("king", "spring",
    "beijing")."""
    lower = word.lower()
    lemmas = all_lemmas(lower)
    return any(lemma.lower() != lower for pos in ("VERB", "AUX") for lemma in lemmas.get(pos, ()))


def reason_form_spans(question: str) -> list[tuple[int, int]]:
    """Where `question`'s words only ask for a reason ("what's the reason", "excuse for"):
    none is a topic a passage must hold."""
    if not may_hold_word(question, _REASON_FORM_WORDS):
        return []
    return [match.span() for match in _REASON_FORM.finditer(question)]


def reason_spans(
    text: str, *, rhetorical: bool = True, judged: bool = False
) -> list[tuple[int, int]]:
    """Where `text` gives a cause, a purpose or a result (character spans); a quoted
    rhetorical question among them unless not `rhetorical`; a deed judged
    (`judged_deed_spans`) where `judged`."""
    spans = [m.span() for m in _GIVES_REASON.finditer(text)]
    if judged:
        spans += judged_deed_spans(text)
    return spans + [m.span() for m in _RHETORICAL.finditer(text)] if rhetorical else spans


# Whom a why- or how-question asks the reason of: the words after its auxiliary, where its
# subject stands ("why did the city change the locks": "the city"; "how does siddiq justify
# ...": "siddiq"; "why won't he": "he"), a determiner's noun or one word (a name of more
# words is found from where it opens).
_AUXILIARY = (
    r"(?:did|does|do|would|will|is|was|are|were|has|have|had|can|could|should|wo|ca)"
    r"(?:n['’]?t)?"
)
_REASON_ASKED_OF = re.compile(
    rf"""\b(?: (?:why|how)\s+{_AUXILIARY} | how\s+come(?:\s+{_AUXILIARY})? )\s+
        (?!not\b)(?P<doer>(?:(?:the|a|an|this|that|these|those|our|their)\s+)?[\w'’.-]+)""",
    re.IGNORECASE | re.VERBOSE,
)


def reason_asked_of(question: str) -> tuple[int, int] | None:
    """Where `question`, asking why or how, names whom it asks the reason of, its subject
    ("why did the city change the locks": "the city"); None when it reads none there."""
    found = _REASON_ASKED_OF.search(question)
    return found.span("doer") if found else None


# A quotation closing on a question or an exclamation mark, then the words saying whose it is
# ("“How can I smuggle a terrorist into the United States?” Bukele said, adding ..."; "said
# Mayor Hart"): one sentence, the speech tag carrying on the sentence the quotation opens.
_CLOSES_QUOTED_QUESTION = re.compile(r"[?!][\"”]\s+$")
_SPEECH_TAG = re.compile(
    rf"(?:[A-Z][\w.'’-]*\s+){{1,4}}(?:{'|'.join(sorted(SPEECH_VERBS))})\b"
    rf"|(?:{'|'.join(sorted(SPEECH_VERBS))})\s+[A-Z]"
)


def _sentences(text: str) -> Iterator[tuple[int, int]]:
    """Where each sentence of `text` opens and closes (`SENTENCE_END`); a quoted question or
    exclamation and its speech tag after it are one (`_SPEECH_TAG`)."""
    ends = [
        m.end()
        for m in SENTENCE_END.finditer(text)
        if not (_CLOSES_QUOTED_QUESTION.search(m.group()) and _SPEECH_TAG.match(text, m.end()))
    ]
    return itertools.pairwise([0, *ends, len(text)])


# How many fewer of the topic's words than the passage's most on-topic sentence a sentence
# may hold and still be on the topic a reason is read in (`gives_reason`)
_TOPIC_SLACK = 1


def gives_reason(
    text: str,
    topic: Collection[str],
    *,
    rhetorical: bool = True,
    forms: Mapping[str, str] | None = None,
    judged: bool = False,
) -> bool:
    """Whether `text` gives a reason in a sentence holding terms of `topic`, all but one as
    many as its sentence holding most ("why did Biden refuse to meet Bukele" of "..., which
    Biden rebuffed. But now that Trump is back, Bukele is as well.": the second sentence's
    reason is of Bukele's return, naming only him), or in any sentence when none holds one
    (a passage carrying on from the one before, "“I don't have the power to return him”", is
    on the topic of that one). A rhetorical question quoted counts unless not `rhetorical`
    (the question asks the reason of someone else than whom it quotes). `forms`: the story's
    words a topic term reaches in other words (the question's bridges: "jailed" to
    "imprisonments"), each counted as the term it stands for: a sentence telling the topic
    in the story's own words is on it. A deed judged counts where `judged`
    (`judged_deed_spans`: read for the confidence model, not to order passages)."""
    spans = reason_spans(text, rhetorical=rhetorical, judged=judged)
    if not spans:
        return False
    if not topic:
        return True
    forms = forms or {}
    held = _topic_terms_by_sentence(text, topic, forms)
    most = max(n for _, _, n in held)
    if not most:
        return True
    on_topic = [(opens, closes) for opens, closes, n in held if n >= max(1, most - _TOPIC_SLACK)]
    return any(opens <= start < closes for start, _ in spans for opens, closes in on_topic)


# Someone's gain asked for: "what's in it for X", "what does X get out of it", "how does X
# benefit", "what did X gain", "how does X make money off it": the words naming X, after "in
# it for" (up to four words) or before the verb (up to four words; "get" only with "out of":
# "when did X get there" asks no gain).
_GAIN_FOR = re.compile(r"\bin\s+it\s+for\s+(?P<who>(?:[\w'’.-]+\s*){1,4})", re.IGNORECASE)
_GAIN_OF = re.compile(
    r"(?P<who>(?:[\w'’.-]+\s+){1,4}?)(?:(?:hoping|trying|going|want|wants|wanting|expect"
    r"|expects|expecting)\s+to\s+)?(?:(?:gets?|getting|got)\s+out\s+of|gains?|gained|gaining"
    r"|benefit|benefits|benefited|benefitted|benefiting|benefitting"
    # "how does bukele come out ahead": ends up better off
    r"|(?:come|comes|came|coming)\s+out\s+(?:ahead|on\s+top)"
    r"|(?:make|makes|making|made)\s+(?:any\s+|some\s+)?money|profit|profits|profited|profiting"
    # being paid is gaining: "is el salvador getting paid for this", "has it been paid"
    r"|(?:gets?|getting|gettin['’]?|got|gotten|is|are|was|were|being|been|be)\s+(?:\w+\s+)?"
    r"paid)\b",
    re.IGNORECASE,
)
# Where `_GAIN_OF` can match: a word its verbs open with (found in a few microseconds; the
# look-ahead of the letters they open with first: `re` finds no prefix to skip by in a
# case-insensitive alternation, and tried each word at every character, ~5 µs a question)
_GAIN_WORD = re.compile(
    r"(?=[bgmop])(?:out\s+of|gain|benefit|money|profit|paid|out\s+(?:ahead|on))", re.IGNORECASE
)
# What something means to someone asked for: "the significance of the relationship for trump",
# "what does the deal mean for bukele", "why does it matter for the club", "how important is
# it for them": the words after "for" (up to four words, within six words of the noun or verb
# of meaning). Not of several at once ("for both presidents", "for the two of them"): a
# sentence framed for one of them tells half of it.
_MEANING_FOR = re.compile(
    r"\b(?:significance|significant|importance|important|mean|means|meant|matter|matters"
    r"|mattered)\b(?:\s+[\w'’.-]+){0,6}?\s+for\s+(?!(?:both|each|all|the\s+two)\b)"
    r"(?P<who>(?:[\w'’.-]+\s*){1,4})",
    re.IGNORECASE,
)
# Someone's gain asked for by its noun: "what's the payoff for bukele himself", "the upside for
# the club", "any benefits for the city": the words after "for" (up to four words), as
# `_MEANING_FOR` reads them (not of several at once)
_GAIN_NOUN_FOR = re.compile(
    r"\b(?:pay-?offs?|upsides?|benefits?|advantages?|perks?|rewards?|incentives?)"
    r"\s+(?:(?:in\s+it|here|there)\s+)?for\s+(?!(?:both|each|all|the\s+two)\b)"
    r"(?P<who>(?:[\w'’.-]+\s*){1,4})",
    re.IGNORECASE,
)
# A sentence of a passage opening with whom it tells the stakes for: "For Bukele, the
# arrangement is financially lucrative", "“For President Trump, the ability to ...”": a
# phrase of up to five words, then a comma (not "For years,", which the question's words
# tell apart, nor "For Bukele's critics," nor "for him to return Garcia").
_FRAMED_FOR = re.compile(
    rf"(?:^|{SENTENCE_STOP}|[\"“‘])\s*For\s+(?P<whom>(?:[\w'’.-]+\s+){{0,4}}?[\w.-]+),",
)


def gain_asked_of(question: str) -> str | None:
    """The words of `question` naming whom it asks the gain of ("what's in it for Bukele tho":
    "Bukele tho"; "what does the club get out of the deal": "what does the club"; "what does
    the deal mean for bukele", "what's the payoff for bukele": "bukele"): a story tells what
    something brings someone in a sentence opening "For X," ("For Bukele, the arrangement is
    financially lucrative"), whatever words it then tells it in. None when it asks no one's
    gain."""
    # each pattern is tried only where the words it needs stand: tried at every place of every
    # question, `_GAIN_OF` (up to four words before the verb at every character) was ~40 µs
    # of each. "for" is found in lower case: no character but its letters' cases matches f, o
    # or r ignoring case.
    asks_for = "for" in question.lower()
    found = _GAIN_FOR.search(question) if asks_for else None
    if found is None and _GAIN_WORD.search(question):
        found = _GAIN_OF.search(question)
    if found is None and asks_for:
        found = _MEANING_FOR.search(question) or _GAIN_NOUN_FOR.search(question)
    return found.group("who") if found else None


def framed_for(text: str) -> list[str]:
    """Whom the sentences of `text` opening "For X," tell the stakes for, as written
    ("President Bukele")."""
    return [match.group("whom") for match in _FRAMED_FOR.finditer(text)]


# A why- or yes-or-no question taking what it asks about for odd ("is a country that small
# really a useful partner"; "so" opening a message, "as long as" are no degree words):
# "why would Trump team up with such a tiny
# country", "a country that small", "as small as", "even though it's tiny", "seems odd",
# "makes no sense" (a degree word before an adjective, or a word of oddity), "a little
# country like that", "a tiny country like el salvador" (a size or standing set beside its
# example: the kind's trait is what the question finds odd in it).
_ODDITY_ASKED = re.compile(
    r"""\b(?: such\s+an?\s+(?!lot\b|thing\b)[\w'’-]+
        | so\s+(?!(?:much|many|far|long|that|as|i|we|you|he|she|they|it|is|are|was|were|do|does
                 |did|has|have|had|can|could|will|would|should|why|what|who|how|when|where|the
                 |a|an|if|then|like|basically)\b)
          [\w'’-]+
        | (?:that|this)\s+(?:small|tiny|little|poor|weak|big|large|rich|minor|obscure)\b
        | an?\s+(?:small|tiny|little|poor|weak|big|large|rich|minor|obscure)\s+[\w'’-]+\s+like\b
        | as\s+(?!(?:long|soon|well|far|much|many)\b)[\w'’-]+\s+as
        | weird | odd | strange | unlikely | surprising | make?s?\s+no\s+sense | even\s+though )""",
    re.IGNORECASE | re.VERBOSE,
)
# A story's sentence granting that something seems odd before it says why it is not so:
# "While the leader of a nation of just 6 million would seem like an unlikely ally for Trump,
# the pair have formed a symbiotic relationship": what seems so (a verb of seeming after a
# modal, or before a word of oddity; "an unlikely ally"), in a sentence of concession
# ("while", "although", "but", "yet", ...).
_SEEMING = re.compile(
    r"""\b(?: (?:would|might|may|could|can)\s+(?:at\s+first\s+)?(?:seem|appear|look|sound)
          (?:\s+like)?(?:\s+an?)?
        | (?:seems?|seemed|seemingly|appears?|appeared|looks?|looked)\s+(?:like\s+)?(?:an?\s+)?
          (?:unlikely|odd|strange|surprising|improbable|unusual|curious|counterintuitive
             |puzzling|unexpected)
        | (?:unlikely|improbable|odd|strange)\s+(?:ally|allies|partners?|pair|friends?|match
             |choice|alliance|bedfellows|duo|couple)
        | at\s+first\s+glance | on\s+the\s+surface )\b""",
    re.IGNORECASE | re.VERBOSE,
)
_CONCEDING = re.compile(
    r"\b(?:while|although|though|even\s+if|but|yet|however|nevertheless|nonetheless|still)\b",
    re.IGNORECASE,
)


def asks_about_oddity(question: str) -> bool:
    """Whether `question` (asking why) takes what it asks about for odd ("why would Trump
    bother with such a tiny country", "a country that small", "seems odd")."""
    return _ODDITY_ASKED.search(question) is not None


def conceded_oddities(text: str) -> list[tuple[str, tuple[int, int]]]:
    """The sentences of `text` granting that something seems odd, in a sentence of
    concession ("While X would seem like an unlikely ally for Trump, the pair have formed a
    symbiotic relationship"), each with where (in the sentence) the words of seeming stand."""
    found = []
    for opens, closes in _sentences(text):
        sentence = text[opens:closes]
        seeming = _SEEMING.search(sentence)
        if seeming is not None and _CONCEDING.search(sentence) is not None:
            found.append((sentence, seeming.span()))
    return found


# A how-question about how a state came about: "how did trump and bukele get so close", "how
# did they become friends", "how did the two grow so tight" (a verb of becoming and what they
# became), "how did their friendship start"; not "how did he get the money" (a thing got) nor
# "how did it go" (no state).
_CAME_ABOUT_ASKED = re.compile(
    r"""^\W*(?:(?:so|and|but|ok|okay|wait)[, ]+)*how\s+(?:did|do|does|have|has|had|would|could)\b
        .*?\b(?:get|got|gotten|getting|become|became|becoming|grow|grew|grown|growing)\s+
        (?:so\s+|this\s+|that\s+|such\s+|really\s+|very\s+|super\s+)?
        (?:close|closer|tight|tighter|friendly|cozy|cosy|chummy|friends|allies|partners
           |connected|aligned|intertwined|involved)\b
      # "how did the friendship between bukele and trump start", "how did their alliance
      # begin": how a relation began, which its history tells as how they came close does
      | ^\W*(?:(?:so|and|but|ok|okay|wait)[, ]+)*how\s+(?:did|do|does|has|had)\b
        .*?\b(?:friendship|relationship|ties|alliance|bond|partnership|rapport)\b
        .*?\b(?:start|begin|come\s+about|form|develop)(?:\s+in\s+the\s+first\s+place)?
        (?=\s*(?:[^\w\s]|$))""",
    re.IGNORECASE | re.VERBOSE,
)
# A story's sentence telling how something came about over time: "who has built a relationship
# with Bukele over several years", "has met members of his inner circle multiple times over the
# years", "the two have been friends since 2015", "their ties grew".
_OVER_TIME = re.compile(
    r"""\b(?: over\s+(?:the|several|many|a\s+few|a\s+number\s+of|recent|the\s+past|the\s+last
                 |two|three|four|five|ten)?\s*(?:years|decades|months)
        | for\s+(?:years|decades|a\s+decade)
        | since\s+(?:1[89]|20)\d\d
        | (?:built|forged|developed|cultivated|deepened|strengthened|grew|grown)\s+
          (?:a|an|their|the|his|her|its|close|closer)\s+(?:\w+\s+)?
          (?:relationship|friendship|bond|ties|alliance|partnership|rapport) )\b""",
    re.IGNORECASE | re.VERBOSE,
)


def asks_how_it_came_about(question: str) -> bool:
    """Whether `question` asks how a state came about ("how did X and Y get so close"): a
    history answers it, in whatever words the story tells it."""
    return _CAME_ABOUT_ASKED.search(question) is not None


def sentences_over_time(text: str) -> list[str]:
    """The sentences of `text` telling something that came about over time ("who has built a
    relationship with Bukele over several years")."""
    return [
        text[opens:closes]
        for opens, closes in _sentences(text)
        if _OVER_TIME.search(text[opens:closes]) is not None
    ]


# A question about when something happened as a matter of its own: "why was the timing of the
# meeting awkward", "why now".
_TIMING_ASKED = re.compile(
    r"\b(?:timing|why\s+now|at\s+this\s+(?:time|moment|point)|of\s+all\s+times)\b", re.IGNORECASE
)
_TIMING_WORDS = frozenset({"timing", "why", "this", "times"})  # one in every match of it
# News telling what else was going on when something happened: "The meeting also came as the
# White House was ordered to ...", "comes amid", "at a time when", "on the heels of".
_COINCIDING = re.compile(
    r"""\b(?: (?:came|comes|come|coming)\s+(?:just\s+|only\s+|also\s+)?
            (?:as|amid|amidst|during|days?\s+after|weeks?\s+after|hours?\s+after|the\s+same\s+day)
        | at\s+a\s+time\s+when | on\s+the\s+heels\s+of | coincid(?:e|es|ed|ing)\s+with )\b""",
    re.IGNORECASE | re.VERBOSE,
)


def asks_timing(question: str) -> bool:
    """Whether `question` asks about the timing of something ("why was the timing awkward")."""
    return may_hold_word(question, _TIMING_WORDS) and _TIMING_ASKED.search(question) is not None


def coinciding_sentences(text: str) -> list[str]:
    """The sentences of `text` telling what else was going on when something happened ("The
    meeting also came as the White House was ordered to facilitate the return of ...")."""
    return [
        text[opens:closes]
        for opens, closes in _sentences(text)
        if _COINCIDING.search(text[opens:closes]) is not None
    ]


_ONE_CLAUSE_BREAK = re.compile(
    r"[,;:—–“”\"()]|\s-\s|\b(?:because|since|as|after|while|when|which|who|whom|whose|that|so"
    r"|to|amid|despite|though|although|if|until|before|for|due|given|thanks|and|but|or|over"
    r"|under|out|by|with|without|from|\w+ly)\b",
    re.IGNORECASE,
)


def _topic_terms_by_sentence(
    text: str, topic: Collection[str], forms: Mapping[str, str]
) -> list[tuple[int, int, int]]:
    """Each sentence of `text` (its start and end) with how many `topic` terms it holds, a
    word `forms` reaches counted as the term it stands for."""
    words, starts, _ = term_spans(text)
    pairs = list(zip(words, starts, strict=True))
    return [
        (
            opens,
            closes,
            len(
                {
                    w if w in topic else forms[w]
                    for w, at in pairs
                    if opens <= at < closes and (w in topic or w in forms)
                }
            ),
        )
        for opens, closes in _sentences(text)
    ]


def states_only_the_matter(
    text: str, topic: Collection[str], forms: Mapping[str, str] | None = None
) -> bool:
    """Whether every sentence of `text` holding the most `topic` terms (or words `forms`
    reaches) is one plain clause: no comma, dash, quotation or word opening another clause or
    a phrase of cause or purpose ("The old county prison on Mill Road holds 300 inmates."). Such
    a sentence states the matter a why-question asks about, not its reason."""
    forms = forms or {}
    held = _topic_terms_by_sentence(text, topic, forms)
    if not held:
        return False
    most = max(n for _, _, n in held)
    if most < 2:
        return False
    return all(
        not _ONE_CLAUSE_BREAK.search(text[opens:closes].rstrip(".!? "))
        for opens, closes, n in held
        if n == most
    )

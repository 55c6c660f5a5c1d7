"""How people write in chat, read before a question is searched.

- Markup is not the question: user, role and channel mentions (`<@123>`, `<@&456>`, `<#789>`),
  custom emoji (`<:name:123>`), emoji shortcodes (`:skull:`) and links are removed.
- Shorthand is read as the words it stands for ("abt" about, "ppl" people, "prez" president),
  and so are the initials of offices typed in capitals ("AG" attorney general, "SCOTUS") and
  ordinals typed in figures before the word they rank ("a 2nd term", not "April 7th").
- Words that carry no topic (interjections, filler, slang, light verbs: "lol", "tbh", "ngl",
  "stuff", "want") count for nothing: they are not searched for and no passage is expected to
  hold them.
- The openings people type before what they ask about ("tell me about", "what's going on
  with") are found (`conversational_spans`) so the question is not searched for them.

These are properties of chat writing in general, not of any story or question.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from functools import lru_cache

from bot.engine.lexicon import lemma_of, shared_wordnet
from bot.engine.occupations import is_person_noun
from bot.engine.text import iter_words, lower_words, may_hold_word, stem, terms
from bot.engine.words import (
    ABBREVIATIONS,
    ASKING_VERBS,
    BE_FORMS,
    NOUN_MARKERS,
    PREPOSITIONS,
    STOP_WORDS,
    all_lemmas,
    is_english_word,
)

_MARKUP = re.compile(
    r"""
    <(?:@[!&]?|\#)\d+>               # user, nickname, role and channel mentions
    | <[@\#][A-Z][A-Z0-9]+(?:\|[^>]*)?>  # Slack's user and channel mentions: <@U024BE7LH>
    | <![^>]*>                       # and its special ones: <!here>, <!subteam^S123|@team>
    | <a?:\w{1,32}:\d+>              # custom emoji
    | <(?:https?://|mailto:)[^>|\s]+(?:\|[^>]*)?>  # a link in angle brackets (Slack: <url|label>)
    | \bhttps?://\S+ | \bwww\.\S+    # links
    | (?<!\w):[a-z0-9_+-]{2,32}:(?!\w)  # emoji shortcodes
    """,
    re.IGNORECASE | re.VERBOSE,
)

# Chat shorthand for the words it stands for. Only forms that are not English words of their
# own ("u" and "r" as letters are not searched for anyway), but for the slang for the police
# and federal agents, which means only them.
_SHORTHAND = {
    "abt": "about",
    "bc": "because",
    "cuz": "because",
    "coz": "because",
    "b4": "before",
    "ppl": "people",
    "prez": "president",
    "pres": "president",
    "govt": "government",
    "gov": "government",
    "admin": "administration",
    "dept": "department",
    # chat's names for the police and federal agents (English words, but no others' names)
    "cops": "police",
    "cop": "police officer",
    "feds": "federal agents",
    "wat": "what",
    "wut": "what",
    "wht": "what",
    "whats": "what's",
    "wats": "what's",
    "hows": "how's",
    "whos": "who's",
    "whens": "when's",
    "wheres": "where's",
    "thru": "through",
    "tho": "though",
    "u": "you",
    "r": "are",
    "ur": "your",
    "n": "and",
    "w": "with",
    "w/": "with",
    "y": "why",
    "rn": "now",
    "mil": "million",
    "yrs": "years",
    "yr": "year",
    "info": "information",
    "deets": "details",
    "stats": "statistics",
    "didnt": "didn't",
    "doesnt": "doesn't",
    "dont": "don't",
    "wont": "won't",
    "cant": "can't",
    "isnt": "isn't",
    "arent": "aren't",
    "wasnt": "wasn't",
    "werent": "weren't",
    "hasnt": "hasn't",
    "havent": "haven't",
    "hadnt": "hadn't",
    "wouldnt": "wouldn't",
    "couldnt": "couldn't",
    "shouldnt": "shouldn't",
    "thats": "that's",
    "theyre": "they're",
    "youre": "you're",
    "theyve": "they've",
    "ive": "I've",
    "im": "I'm",
}


def _by_first_letter(words: list[str]) -> str:
    """An alternation of `words` in their order, as one alternative a first letter: the letter
    and the rest of its words in their order (abt, and, ab: "a(?:bt|nd|b)"). `re` tries each
    alternative in turn at a word's start; no two of these letters match one character (nor
    ignoring case), so the first word to match, and the match, are the same, after some 16
    tries rather than 58."""
    groups: dict[str, list[str]] = {}
    for word in words:
        groups.setdefault(word[0], []).append(word[1:])
    return "|".join(
        f"{re.escape(first)}(?:{'|'.join(map(re.escape, rests))})"
        for first, rests in groups.items()
    )


_SHORTHAND_ALTERNATIVES = _by_first_letter(sorted(_SHORTHAND, key=len, reverse=True))
# the word each shorthand is, as `may_hold_word` reads a text ("w/": "w")
_SHORTHAND_RUNS = frozenset(re.findall(r"[a-z0-9]+", shorthand)[0] for shorthand in _SHORTHAND)
# not a letter of an abbreviation: "U.S." is not "you.S."
_SHORTHAND_WORD = re.compile(
    rf"(?<![\w'’.])({_SHORTHAND_ALTERNATIVES})(?![\w'’]|\.\w)", re.IGNORECASE
)

# Words that say nothing of what a question is about: interjections, fillers, hedges, slang,
# the words people use for "a thing" when they do not name it (and for a side of one: "the
# taiwan angle", "the money aspect"), and light verbs ("want",
# "get", "make", "know") that frame a question rather than say what about. Compared
# lower-case.
TOPIC_FREE = frozenset(
    """
    lol lmao lmfao rofl haha hahaha hehe lmk ngl tbh imo imho idk idc iirc afaik fwiw btw brb
    omg omfg wtf wth smh fr frfr ikr bruh bro bruv dude yo hey hi hello heya hiya sup
    pls plz please thanks thank thx ty ok okay k kk wait um uh umm uhh hmm hm huh oh ah ahh
    wow whoa yeah yea ya yep yup nah nope sure exactly precisely
    literally basically actually really honestly seriously totally lowkey highkey even
    like kinda sorta gonna wanna gotta anyway anyways though tho although
    stuff thing things guy guys dude folks yall y'all everyone anybody somebody anyone someone
    angle angles aspect aspects
    bot storybot question quick curious wondering
    maybe perhaps probably frankly genuinely truly apparently somehow specifically vaguely
    everything nothing everybody nobody somewhere anywhere everywhere nowhere
    want wants wanted get gets got getting make makes made go goes went going come came
    know knew known think thought mean means seem seems happen happened
    """.split()
)


# The light verbs of TOPIC_FREE, whose every form carries no topic either.
_LIGHT_VERBS = frozenset("want get make go come know think mean seem happen".split())
_LIGHT_VERB_INITIALS = frozenset(verb[0] for verb in _LIGHT_VERBS)  # every form starts so


def strip_markup(text: str) -> str:
    """`text` without mentions, custom emoji, shortcodes and links (each becomes a space), and
    without the marks of chat's formatting: quote marks at a line's start ("> what did ..."),
    bold, italics, spoilers and code ("**what did bondi say**"), and words struck through,
    which their writer took back ("~~what did trump say~~ what did bondi say")."""
    # Each pattern looked for only where the text holds what every match of it holds (most
    # questions hold none): a pass of a pattern's alternatives over each place of a question
    # was ~5 µs.
    lower = text.lower()
    if text.lstrip().startswith(("||", "[")):
        text = _OPENING_ASIDE.sub(_opening_apart, text)
    if "](" in text:
        text = _MASKED_LINK.sub(r"\1", text)
    if "<" in text or ":" in text or "http" in lower or "www" in lower:
        text = _MARKUP.sub(" ", text)
    if "~~" in text:
        text = _STRUCK_THROUGH.sub(" ", text)
    if "```" in text:
        text = _FENCED.sub(_fenced_apart, text)
    if any(mark in text for mark in "*`|_>"):
        text = _FORMATTING.sub(" ", text)
    return text


# A masked link ("[the ruling](https://...)"): its label is what its writer typed, the address
# is not (left for _MARKUP, it split the label from its brackets)
_LINK_ADDRESS = r"\((?:https?://|mailto:|www\.)[^()\s]*\)"
_MASKED_LINK = re.compile(rf"(\[[^\[\]\n]+\]){_LINK_ADDRESS}")
# A spoiler or a link's label opening a message with words after it ("||spoiler|| what did
# ...", "[link](https://...) what did ..."): something set before the question, as a pasted
# block is
_OPENING_ASIDE = re.compile(rf"^\s*(?:\|\|([^|\n]+?)\|\||\[([^\[\]\n]+)\]{_LINK_ADDRESS})(?=\s*\w)")


def _opening_apart(match: re.Match[str]) -> str:
    """A spoiler or a link's label before a question as a sentence of its own: its words are
    no part of the question (the spoiler's "spoiler" read as the question's opening word, it
    asked for no one's words)."""
    aside = (match.group(1) or match.group(2)).strip()
    if not aside:
        return " "
    return f"{aside}{'' if aside[-1] in '.?!' else '.'} "


# A block of code or text pasted between fences ("```python\n...\n```"), its language after
# the opening fence on the fence's line
_FENCED = re.compile(r"```(?:[a-z]*[ \t]*\n)?(.*?)```", re.DOTALL)


def _fenced_apart(match: re.Match[str]) -> str:
    """A fenced block's text as a sentence of its own: what is pasted ("print('hi')", a
    quotation) is no part of the question typed after it ("```...``` what did trump say about
    crime" was read as one sentence opening with the code, and asked for no one's words)."""
    block = match.group(1).strip()
    if not block:
        return " "
    return f" {block}{'' if block[-1] in '.?!' else '.'} "


# Discord's and Slack's formatting (Markdown and Slack's mrkdwn): the marks, not the words
# (Slack's single "~" is left: "~$200 vs ~$2" says "about")
_STRUCK_THROUGH = re.compile(r"~~.+?~~")
_FORMATTING = re.compile(
    r"""
    (?m:^[ \t]*>{1,3}[ \t]?)           # a quote: "> ", ">>> " at a line's start
    | \*{1,3} | `{1,3} | \|\|          # bold, italics, code, spoilers
    | (?<![\w_])_{1,2}(?=\S) | (?<=\S)_{1,2}(?![\w_])  # italics and underline in _..._
    """,
    re.VERBOSE,
)


# The initials people type for offices and institutions of government, in capitals only ("AG"
# is the attorney general, "ag" farming): a story spells them out.
_OFFICE_INITIALS = {
    "AG": "attorney general",
    "DA": "district attorney",
    "VP": "vice president",
    "PM": "prime minister",
    "POTUS": "U.S. president",
    "SCOTUS": "Supreme Court",
    "DOJ": "Justice Department",
    "DHS": "Homeland Security department",
}
# Typed in lower case too from three letters ("potus", "scotus", "doj"): two are words or
# times ("da", "pm").
_OFFICE_INITIALS_WORD = re.compile(
    r"(?<![\w'’.])("
    + "|".join([*_OFFICE_INITIALS, *(f"(?i:{i})" for i in _OFFICE_INITIALS if len(i) >= 3)])
    + r")(?:['’]s)?(?![\w'’]|\.\w)"
)


# Two-letter initials of an office typed in lower case where nothing else reads so: as the
# owner of an office, apostrophe or not ("the da's office", "the ags office"), or after "the"
# before a verb of saying or at the end ("what did the da say", "and the ag?"). Elsewhere
# "da" and "ag" are other words ("the ag sector").
_OFFICE_INITIALS_LOWER = re.compile(
    r"(?<![\w'’.])(?P<initials>ag|da)(?:(?P<owner>['’]?s)(?=\s+office\b)"
    r"|(?<=\bthe\s(?:ag|da))(?=\s+(?:say|says|said|think|thinks|thought|argue|argues|argued"
    r"|claim|claims|claimed|tell|tells|told|want|wants|wanted|comment|respond|react)\b|\W*$))",
    re.IGNORECASE,
)


def _office_initials_lower_written_out(match: re.Match[str]) -> str:
    office = _OFFICE_INITIALS[match.group("initials").upper()]
    return f"{office}'s" if match.group("owner") else office


# Shorthand for someone or a body, as an owner ("the prez's take", "the govt's plan")
_OWNING_SHORTHAND = re.compile(r"(?<![\w'’.])(prez|pres|govt|admin|dept)(?=['’]s\b)", re.I)

_OFFICE_INITIALS_ANY_CASE = tuple(i for i in _OFFICE_INITIALS if len(i) >= 3)
_OFFICE_INITIALS_FOLDED = tuple(i.casefold() for i in _OFFICE_INITIALS_ANY_CASE)


# The sign for "number" before what is counted: "# of deportees" (not "#MeToo", "C#")
_NUMBER_SIGN = re.compile(r"(?<![\w#])#\s*of\b", re.IGNORECASE)
# A number of times as chat writes it: "100x more", "10x the cost" (not "4x4", "0x1F")
_TIMES = re.compile(r"(?<![\w.,])(\d+(?:\.\d+)?)[xX](?![\w])")
# A number with the letter of its order of magnitude, as chat writes it: "6M", "$6m", "85k",
# "1.5B", "2bn" (not "4k4", "3D", "M4"): a story writes "6 million", "85,000", "1.5 billion"
_MAGNITUDE = re.compile(r"(?<![\w.,])(\d+(?:\.\d+)?)(k|m|mn|b|bn)(?![\w'’])", re.IGNORECASE)
_DIGIT = re.compile(r"\d")  # what a `_MAGNITUDE` and an `_ORDINAL` hold
_MAGNITUDE_WORDS = {"m": "million", "mn": "million", "b": "billion", "bn": "billion"}
# "ex-" before a word: what it names was so before ("ex-congressman", "ex-FL rep"), which a
# story writes "former"
_EX = re.compile(r"(?<![\w'’.-])ex-(?=[^\W\d_])", re.IGNORECASE)


# "how many people live in X": the number of its people, which a story calls its population
# (a count asked of "people" is otherwise of some people it tells of: "85,000 people detained")
_HOW_MANY_LIVE = re.compile(
    r"\bhow\s+many\s+(?:people|ppl|persons|residents|inhabitants|folks)\s+"
    r"(?:(?:even|actually|really|still)\s+)?(?:live|are\s+living|reside|dwell)\s+(?=in\b|there\b)",
    re.IGNORECASE,
)


# Spanish typed into an English question ("que dijo bukele sobre trump", "cuanto dinero has
# el salvador gotten", "y cuántos deportados are in there"): a member of a bilingual community
# asks with the Spanish interrogative, the rest in English. Spanish's interrogatives are a
# closed class, listed here in full (accents optional, as chat drops them), read as the English
# ones where one opens a question: the message's start, or after a mark that ends a sentence
# or a clause, or after "and"/"y". `_SPANISH_ASKS`.
_SPANISH_INTERROGATIVES = {
    "qué": "what",
    "que": "what",
    "quién": "who",
    "quien": "who",
    "quiénes": "who",
    "quienes": "who",
    "cuál": "which",
    "cual": "which",
    "cuáles": "which",
    "cuales": "which",
    "cuándo": "when",
    "cuando": "when",
    "dónde": "where",
    "donde": "where",
    "adónde": "where",
    "adonde": "where",
    "cómo": "how",
    "como": "how",
    "cuánto": "how much",
    "cuanto": "how much",
    "cuánta": "how much",
    "cuanta": "how much",
    "cuántos": "how many",
    "cuantos": "how many",
    "cuántas": "how many",
    "cuantas": "how many",
    "por qué": "why",
    "por que": "why",
}
# The third-person forms of "decir", Spanish's verb of saying (preterite, present, imperfect,
# present perfect and pluperfect, singular and plural), with the English auxiliary that asks
# with the same tense: "qué dijo X" is "what did X say", "qué dice X" "what does X say", "qué
# ha dicho X" "what has X said".
_DECIR = {
    "dijo": ("did", "say"),
    "dijeron": ("did", "say"),
    "decía": ("did", "say"),
    "decia": ("did", "say"),
    "decían": ("did", "say"),
    "decian": ("did", "say"),
    "dice": ("does", "say"),
    "dicen": ("do", "say"),
    "ha dicho": ("has", "said"),
    "han dicho": ("have", "said"),
    "había dicho": ("had", "said"),
    "habia dicho": ("had", "said"),
    "habían dicho": ("had", "said"),
    "habian dicho": ("had", "said"),
}
# Where a question opens: the message's start, after a mark ending a sentence or a clause, or
# after "and" / Spanish "y" (not "y" as chat's "why": "y cuantos" is "and how many")
_QUESTION_OPENS = r"(?:^|(?<=[?!.;:,])\s*|(?<![\w'’])(?P<and>and|y|&)\s+)"
_SPANISH_ASKS = re.compile(
    _QUESTION_OPENS
    # Spanish's opening mark ("¿qué dijo ...?"), which the English question has not
    + r"(?P<mark>¿\s*)?(?P<word>"
    + "|".join(sorted(map(re.escape, _SPANISH_INTERROGATIVES), key=len, reverse=True))
    + r")(?:\s+(?P<decir>"
    + "|".join(sorted(map(re.escape, _DECIR), key=len, reverse=True))
    + r"))?(?=\s+[^\W\d_])",
    re.IGNORECASE,
)
# A form of "decir" where an English question's verb stands, after its auxiliary and whom it
# asks of ("what did el presidente dijo about the US": "... say about the US"), as "qué dijo"
# is read: the English verb of the auxiliary's tense
_DECIR_AFTER_AUXILIARY = re.compile(
    r"(?<![\w'’])(?P<aux>did|does|do|has|have|had)\s+(?:[^\s?!.;:,]+\s+){1,6}?(?P<decir>"
    + "|".join(sorted(map(re.escape, (d for d in _DECIR if " " not in d)), key=len, reverse=True))
    + r")(?![\w'’])",
    re.IGNORECASE,
)
_DECIR_WORDS = frozenset(d for d in _DECIR if " " not in d and d.isascii())


def _decir_in_english(match: re.Match[str]) -> str:
    verb = "said" if match.group("aux").lower() in ("has", "have", "had") else "say"
    start, end = match.span("decir")
    whole = match.group(0)
    return whole[: start - match.start()] + verb + whole[end - match.start() :]


# Where the one whose words "qué dijo" asks for ends: before a preposition (not "of"/"de",
# which join a noun's words: "el presidente de el salvador"), a clause's opening word, or a
# mark. Spanish's prepositions are a closed class, listed in full but "de".
_SPANISH_PREPOSITIONS = frozenset(
    "a al ante bajo con contra desde durante en entre hacia hasta mediante para por según"
    " segun sin sobre tras acerca".split()
)
_SPEAKER_ENDS = (
    (PREPOSITIONS - {"of"})
    | _SPANISH_PREPOSITIONS
    | frozenset(
        "when where while why how what if because that que cuando mientras porque si".split()
    )
    | frozenset("?!.;:,")
)
# What every interrogative holds, looked for first (a few substring tests, ~0.5 µs, where the
# pattern's search over a question without one is ~10 µs)
_INTERROGATIVE_PARTS = tuple(
    "que qué quien quién cual cuál cuan cuán donde dónde como cómo".split()
)


def _may_ask_in_spanish(text: str) -> bool:
    lower = text.lower()
    return any(part in lower for part in _INTERROGATIVE_PARTS)


_SPEAKER_WORD = re.compile(r"[^\s?!.;:,]+|[?!.;:,]")
_CLAUSE_END = re.compile(r"[?!.;]")


def _spanish_asked(text: str) -> str:
    """`text` with each Spanish interrogative opening a question read as the English one
    (`_SPANISH_ASKS`), and "qué" with a third-person form of "decir" and whom it asks of
    ("que dijo abrego garcia's lawyer about ...") as "what did X say" ("what did abrego
    garcia's lawyer say about ...")."""
    out: list[str] = []
    at = 0
    for match in _SPANISH_ASKS.finditer(text):
        if match.start() < at:
            continue
        opens = (
            match.start("and")
            if match.group("and")
            else match.start("mark")
            if match.group("mark")
            else match.start("word")
        )
        english = _SPANISH_INTERROGATIVES[" ".join(match.group("word").lower().split())]
        opening = ("and " if match.group("and") else "") + english
        out.append(text[at:opens])
        decir = match.group("decir")
        if decir is None or english != "what":  # "cómo dijo": how, not whose words
            clause = _CLAUSE_END.split(text[match.end("word") :], maxsplit=1)[0]
            english_after = any(w.lower() in STOP_WORDS for w in _SPEAKER_WORD.findall(clause))
            # "cuantos detenidos?": asked in Spanish alone, no English clause to read it in
            out.append(opening if english_after else text[opens : match.end("word")])
            at = match.end("word")
            continue
        aux, verb = _DECIR[" ".join(decir.lower().split())]
        rest = text[match.end() :]
        end = len(rest)
        for number, word in enumerate(_SPEAKER_WORD.finditer(rest)):
            if number and word.group().lower() in _SPEAKER_ENDS:
                end = word.start()
                break
        after = rest[end : end + 1]
        spaced = " " if after and after not in "?!.;:," else ""
        out.append(f"{opening} {aux} {rest[:end].strip()} {verb}{spaced}")
        at = match.end() + end
    out.append(text[at:])
    return "".join(out)


# Spanish's words of function typed into a question ("y qué dijo el profesor sobre lo que gana
# bukele con todo esto", "cuántos deportados tiene ya bukele en esa cárcel"): prepositions,
# pronouns and determiners, conjunctions, a few adverbs of time and degree, and the forms of
# the verbs that serve as auxiliaries or copulas ("ser", "estar", "haber", "tener"), a closed
# class listed here (accents optional, as chat drops them). They carry no topic, as English's
# do not, but read as words they are searched for ("con" reached "convict", "inmate"; "lo",
# "que", "esto" weigh as rare words). Not the articles and "de" / "del" / "san", which join
# the Spanish names a story writes ("El Salvador", "Tren de Aragua", "San Salvador"). Left out
# only where the question is in Spanish in part (`_SURELY_SPANISH`): "con", "sin", "en", "ha",
# "a", "me", "no" are English words too.
_SPANISH_FUNCTION_WORDS = frozenset(
    """
    sobre con para por desde hacia hasta entre sin según segun contra tras ante acerca en
    lo le les se su sus nos esto esta este estos estas eso esa ese esos esas aquello aquella
    aquel todo toda todos todas él ella ellos ellas usted ustedes algo nada cual cuales
    que y o u ni pero porque pues aunque sino también tambien
    ya muy más mas aquí aqui allí alli ahí ahi entonces ahora todavía todavia
    es son era eran fue fueron será sera está esta están estan estaba estaban estuvo hay
    había habia ha han habían habian tiene tienen tenía tenia tenían tenian tuvo
    """.split()
)
# The words of that class no English sentence uses ("lo", "para", "sus", "todo", "algo" are
# chat's English too), and Spanish's interrogatives (`_SPANISH_INTERROGATIVES`, of no topic
# too where a question asked in Spanish alone leaves them as typed: "cuántos deportados hay
# en la cárcel"): one of them marks a question as Spanish in part
_SURELY_SPANISH = frozenset(
    """
    sobre desde hacia hasta según segun acerca les esto esta este estos estas
    eso esa ese esos esas aquello aquella aquel toda todos todas él ellos ellas
    usted ustedes que pero porque pues aunque sino también tambien muy aquí aqui
    allí alli ahí ahi entonces ahora todavía todavia está están estan estaba estaban estuvo
    había habia habían habian tiene tienen tenía tenia tenían tenian tuvo
    """.split()
) | frozenset(word for word in _SPANISH_INTERROGATIVES if " " not in word)
_SPANISH_FUNCTION_WORDS |= _SURELY_SPANISH
_SPANISH_WORD = re.compile(r"(?<![\w'’-])[^\W\d_]+(?![\w'’-])")


def spanish_function_spans(text: str) -> list[tuple[int, int]]:
    """Where `text`, a question in Spanish in part (it holds a word of `_SURELY_SPANISH`),
    holds Spanish's words of function (`_SPANISH_FUNCTION_WORDS`): words of no topic."""
    if text.isascii() and _SURELY_SPANISH.isdisjoint(lower_words(text)):
        return []
    found = [(match.span(), match.group().lower()) for match in _SPANISH_WORD.finditer(text)]
    if not any(word in _SURELY_SPANISH for _, word in found):
        return []
    return [span for span, word in found if word in _SPANISH_FUNCTION_WORDS]


# A Spanish past participle of a verb English shares ("deportados", "arrestado",
# "confirmadas", "separados"), typed into a question Spanish in part ("cuántos deportados tiene
# ya bukele en esa cárcel"): read as the English participle ("deported"), which a story writes.
# Spanish makes it of the verb's stem and "-ado" / "-ada" (plural "-ados" / "-adas"); English
# of the stem and "-ed" ("deport-ed", "captur-ed"), or "-ated" ("separ-ated"). Only where that
# is an English verb's form (lemminflect's dictionary) and the word typed is no English word
# ("tornado", "avocado", "desperado" are kept), nor a name (capitalised after the first word).
_SPANISH_PARTICIPLE = re.compile(r"(?<![\w'’-])(?P<stem>[^\W\d_]{3,}?)ad[oa]s?(?![\w'’-])")


def _spanish_participle_in_english(match: re.Match[str]) -> str:
    typed, stem = match.group(), match.group("stem")
    if is_english_word(typed) or (match.start() and typed[:1].isupper()):
        return typed
    for english in (f"{stem}ed", f"{stem}ated"):
        if "VERB" in all_lemmas(english):
            return english
    return typed


def spanish_participles_in_english(text: str) -> str:
    """`text` with each Spanish past participle of a verb English shares read as the English
    one (`_SPANISH_PARTICIPLE`), where it is a question Spanish in part (it holds a word of
    `_SURELY_SPANISH`)."""
    if text.isascii() and _SURELY_SPANISH.isdisjoint(lower_words(text)):
        return text
    words = {match.group().lower() for match in _SPANISH_WORD.finditer(text)}
    if words.isdisjoint(_SURELY_SPANISH):
        return text
    return _SPANISH_PARTICIPLE.sub(_spanish_participle_in_english, text)


# A role typed in Spanish ("el presidente de el salvador", "la portavoz de la casa blanca", "el
# ministro"): a member of a bilingual community names the story's people by the role in the
# language they speak at home, the rest in English. The common nouns of office and of the
# people news quotes by role are a closed class, listed here (each gender; accents optional,
# as chat drops them) with the English role a story writes; a Spanish word that is an English
# one too ("director", "doctor", "fiscal") is left out, read as typed. Read with its article
# ("el", "la": "the") and the "de" joining it to whose or where it is ("of"; "del": "of the").
_SPANISH_ROLES = {
    "presidente": "president",
    "presidenta": "president",
    "vicepresidente": "vice president",
    "vicepresidenta": "vice president",
    "primer ministro": "prime minister",
    "primera ministra": "prime minister",
    "ministro": "minister",
    "ministra": "minister",
    "canciller": "foreign minister",
    "secretario de prensa": "press secretary",
    "secretaria de prensa": "press secretary",
    "secretario": "secretary",
    "secretaria": "secretary",
    "portavoz": "spokesperson",
    "vocero": "spokesman",
    "vocera": "spokeswoman",
    "fiscal general": "attorney general",
    "gobernador": "governor",
    "gobernadora": "governor",
    "alcalde": "mayor",
    "alcaldesa": "mayor",
    "senador": "senator",
    "senadora": "senator",
    "diputado": "lawmaker",
    "diputada": "lawmaker",
    "congresista": "congressman",
    "embajador": "ambassador",
    "embajadora": "ambassador",
    "abogado": "lawyer",
    "abogada": "lawyer",
    "juez": "judge",
    "jueza": "judge",
    "profesor": "professor",
    "profesora": "professor",
    "asesor": "adviser",
    "asesora": "adviser",
    "jefe": "chief",
    "jefa": "chief",
    "líder": "leader",
    "lider": "leader",
    "dirigente": "leader",
    "portavoces": "spokespeople",
}
_SPANISH_ROLE = re.compile(
    r"(?<![\w'’-])(?:(?P<article>el|la|los|las)\s+)?(?P<role>"
    + "|".join(sorted(map(re.escape, _SPANISH_ROLES), key=len, reverse=True))
    + r")(?:\s+(?P<of>del|de\s+(?:la|los|las)|de)(?=\s+[^\W\d_]))?(?![\w'’-])",
    re.IGNORECASE,
)
# Every role's first word, lower case and without accents, for `may_hold_word`
_SPANISH_ROLE_WORDS = frozenset(role.split()[0] for role in _SPANISH_ROLES if role.isascii())


def roles_typed_in_spanish(text: str) -> frozenset[str]:
    """The English roles `text` names in Spanish ("el presidente": "president"), lower case."""
    if not may_hold_word(text, _SPANISH_ROLE_WORDS):
        return frozenset()
    return frozenset(
        _SPANISH_ROLES[" ".join(match.group("role").lower().split())]
        for match in _SPANISH_ROLE.finditer(text)
    )


def _spanish_role_in_english(match: re.Match[str]) -> str:
    """The English of a Spanish role, its article and its "de" (`_SPANISH_ROLE`)."""
    english = _SPANISH_ROLES[" ".join(match.group("role").lower().split())]
    article = "the " if match.group("article") else ""
    joined = match.group("of")
    of = "" if joined is None else " of" if joined.lower() == "de" else " of the"
    return f"{article}{english}{of}"


_ORDINAL_WORDS = (
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth"
    " thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth"
).split()
_MONTH_NAMES = (
    "january|february|march|april|may|june|july|august|september|october|november|december"
    "|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
)
# An ordinal typed in figures before the word it ranks ("the 1st latam prez", "a 2nd term"): a
# story writes "first", "second". Not a day of a month ("April 7th", "the 7th of April", "on
# the 7th"), which a story writes in figures ("April 7").
_ORDINAL = re.compile(
    rf"(?<![\w'’.,])(1\d|20|[1-9])(?:st|nd|rd|th)"
    rf"(?=\s+(?!(?i:of|{_MONTH_NAMES})\b)[^\W\d_])",
    re.IGNORECASE,
)
_AFTER_MONTH = re.compile(rf"\b(?:{_MONTH_NAMES})\.?\s+$", re.IGNORECASE)


def _ordinal_written_out(match: re.Match[str]) -> str:
    """The word of an ordinal typed in figures ("2nd": "second"), where its suffix fits it."""
    if _AFTER_MONTH.search(match.string, 0, match.start()):
        return match.group(0)  # "April 7th"
    number = int(match.group(1))
    suffix = match.group(0)[len(match.group(1)) :].lower()
    fitting = "st" if number == 1 else "nd" if number == 2 else "rd" if number == 3 else "th"
    return _ORDINAL_WORDS[number - 1] if suffix == fitting else match.group(0)


# "hw" before the word a "how" asks with ("hw many", "hw big", "hw come"): "how", dropped
# letters; elsewhere it is homework ("doing hw on this")
_HOW_SHORT = re.compile(
    r"(?<![\w'’.])hw(?=\s+(?:many|much|long|old|big|large|small|far|often|soon|come)\b)",
    re.IGNORECASE,
)


# "gov" before a name ("gov hendry", "Gov Paul Hendry"): the title, governor; elsewhere the
# government ("the salvadoran gov", "gov officials")
_GOV_BEFORE = re.compile(r"(?<![\w'’.])gov\.?(?=\s+([^\W\d_]{3,}))", re.IGNORECASE)


def _gov_written_out(match: re.Match[str]) -> str:
    after = match.group(1).lower()
    if is_english_word(after) or after in TOPIC_FREE or after in _SHORTHAND:
        return match.group(0)
    return "governor"


def expand_shorthand(text: str, searched_in_words: Callable[[str, str], bool] | None = None) -> str:
    """`text` with chat shorthand and initials of offices written out ("abt" -> "about", "AG"
    -> "attorney general", "100x" -> "100 times", "ex-mayor" -> "former mayor"); the rest
    unchanged. A number dictated in words is written in figures unless `searched_in_words`
    (the words, the figure) says the corpus holds the words and not the figure (a story that
    writes "ninety years" is searched for "ninety", not "90")."""
    # Each but the last looked for only where the text holds what every match holds (most
    # questions hold none): a pass of a pattern over a question is 1-2 µs.
    if "mark" in text or "point" in text:
        text = _DICTATED_MARK.sub(_dictated_mark_written, text)
    if "#" in text:
        text = _NUMBER_SIGN.sub("number of", text)
    if "x" in text or "X" in text:
        text = _TIMES.sub(r"\1 times", text)
    if _DIGIT.search(text):
        text = _MAGNITUDE.sub(_magnitude_written_out, text)

    def in_figures(match: re.Match[str]) -> str:
        figure = _spelled_number_in_figures(match)
        if searched_in_words is not None and searched_in_words(match.group(0), figure):
            return match.group(0)
        return figure

    if may_hold_word(text, _NUMBER_WORDS):
        text = _SPELLED_NUMBER.sub(in_figures, text)
    if "aloud" in text.lower():
        text = _ALOUD_TO.sub("allowed", text)
    if "there" in text.lower():
        text = _THERE_FOR_THEIR.sub(r"\1their", text)
    if "ex-" in text.lower():
        text = _EX.sub("former ", text)
    if _DIGIT.search(text):
        text = _ORDINAL.sub(_ordinal_written_out, text)
    if "hw" in text.lower():
        text = _HOW_SHORT.sub("how", text)
    if "many" in text.lower():
        text = _HOW_MANY_LIVE.sub("what is the population ", text)
    if "gov" in text.lower():
        text = _GOV_BEFORE.sub(_gov_written_out, text)
    if _may_ask_in_spanish(text) and _SPANISH_ASKS.search(text):
        text = _spanish_asked(text)
    if may_hold_word(text, _SPANISH_ROLE_WORDS):
        text = _SPANISH_ROLE.sub(_spanish_role_in_english, text)
    if "ad" in text.lower():
        text = spanish_participles_in_english(text)  # "cuántos deportados": "deported"
    if may_hold_word(text, _DECIR_WORDS):
        text = _DECIR_AFTER_AUXILIARY.sub(_decir_in_english, text)
    if "ag" in text.lower() or "da" in text.lower():
        # "the das office": the district attorney's office
        text = _OFFICE_INITIALS_LOWER.sub(_office_initials_lower_written_out, text)
    if _may_name_an_office(text):
        text = _OFFICE_INITIALS_WORD.sub(
            lambda m: m.group(0).replace(m.group(1), _OFFICE_INITIALS[m.group(1).upper()]), text
        )
    if not may_hold_word(text, _SHORTHAND_RUNS):
        return text
    if "'" in text or "’" in text:
        # "the prez's take": the president's (the pattern below keeps off a word going on)
        text = _OWNING_SHORTHAND.sub(lambda m: _SHORTHAND[m.group(1).lower()], text)
    return _SHORTHAND_WORD.sub(lambda m: _SHORTHAND[m.group(1).lower()], text)


# A mark said aloud to a phone's dictation, typed as its words: "how old is he question mark"
# asks "how old is he?" (read as words, "mark" was a topic the story never uses, and a right
# answer low). Read so where the words end the message or a question follows them ("...
# question mark and what did trump say"), not as a noun a word before them determines or
# describes ("is there a question mark over the deal", "a big question mark"; "all this
# question mark" ends a question: a demonstrative last is a pronoun).
_DICTATED_MARK = re.compile(
    r"(?P<before>\S+)\s+(?P<mark>question\s+mark|exclamation\s+(?:mark|point))"
    r"(?=\s*$|\s*[^\w\s]|\s+(?:what|who|whom|whose|when|where|why|how|which|did|does|do|is|are"
    r"|was|were|has|have|had|can|could|will|would|and|also|so|but|or|plus|then|ok|okay|lol)\b)",
    re.IGNORECASE,
)
_MARK_NOUN_BEFORE = frozenset("a an the another any no one some big huge real giant major".split())


def _dictated_mark_written(match: re.Match[str]) -> str:
    """The mark a dictated "question mark" or "exclamation point" stands for, after the word
    before it; the words unchanged when that word makes them a noun ("a question mark")."""
    before = match.group("before")
    if before.lower() in _MARK_NOUN_BEFORE:
        return match.group()
    return before + ("?" if match.group("mark").lower().startswith("q") else "!")


# A number dictated in words, as a phone's dictation often writes it ("two hundred and thirty
# eight", "eighty five thousand"): a story writes one of ten or more in figures ("238",
# "85,000"), which the words never match. Words from one to nine alone are left as typed (a
# story spells them: "six weeks"), and so are runs that read as a year ("nineteen eighty four",
# "twenty twenty five": a tens or teens word right after a tens or teens word).
_UNITS = dict(
    zip("zero one two three four five six seven eight nine".split(), range(10), strict=True)
)
_TEENS = dict(
    zip(
        "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split(),
        range(10, 20),
        strict=True,
    )
)
_TENS = dict(
    zip(
        "twenty thirty forty fifty sixty seventy eighty ninety".split(),
        range(20, 100, 10),
        strict=True,
    )
)
# Each number word below a hundred and its value (the searcher reads a passage's figures by it)
NUMBER_WORDS: dict[str, int] = _UNITS | _TEENS | _TENS
_NUMBER_WORD = "|".join([*NUMBER_WORDS, "hundred", "thousand"])
_NUMBER_WORDS = frozenset(_NUMBER_WORD.split("|"))  # the words a `_SPELLED_NUMBER` opens with
_SPELLED_NUMBER = re.compile(
    rf"(?<![\w'’-])(?:{_NUMBER_WORD})(?:(?:\s+and\s+|[\s-]+)(?:{_NUMBER_WORD}))*(?![\w'’-])",
    re.IGNORECASE,
)


def _spelled_number_in_figures(match: re.Match[str]) -> str:
    """A run of number words (`_SPELLED_NUMBER`) in figures where it reads as one number of
    ten or more; as typed otherwise ("one", "five", "twenty twenty five", "hundred" alone)."""
    words = re.split(r"\s+and\s+|[\s-]+", match.group(0).lower())
    total = current = 0
    last = ""  # the kind of the word before: "unit", "teen", "tens", "hundred", "thousand"
    for word in words:
        if word in _UNITS:
            if last in ("unit", "teen"):
                return match.group(0)  # "five six": two numbers, or digits read one by one
            current += _UNITS[word]
            last = "unit"
        elif word in _TEENS or word in _TENS:
            if last in ("unit", "teen", "tens"):
                return match.group(0)  # "nineteen eighty four": a year
            current += _TEENS.get(word) or _TENS[word]
            last = "teen" if word in _TEENS else "tens"
        elif word == "hundred":
            if last not in ("unit", "teen", "tens") or current % 100 == 0 or current >= 100:
                return match.group(0)  # "hundred" alone, "a hundred": as typed
            current *= 100
            last = "hundred"
        else:  # thousand
            if last == "" or last == "thousand" or total:
                return match.group(0)
            total, current = current * 1000, 0
            last = "thousand"
    number = total + current
    if number < 10 or (last in ("", "thousand") and not number):
        return match.group(0)
    if total == 2000 and 0 < current < 100:
        return str(number)  # "two thousand and nine": the year 2009
    return f"{number:,}"  # "85,000", "1,200", as a story writes them


# A question asking a figure (a count, an amount, a date, an age, a distance) that offers its
# guess last ("when did the harbor last close was it 2009", "how many boats fit like 12", "how
# many were detained 85,000 or so"): a passage holding the figure answers it (whether the guess
# is right or not); read as the question's own words, the figure was no answer.
_ASKS_A_FIGURE = re.compile(
    r"^\W*(?:[\w'’]+\W+){0,3}?(?:how\s+(?:many|much|old|far|long|big|tall)|when"
    r"|what\s+(?:year|day|date|time|age))\b.*\d",
    re.IGNORECASE | re.DOTALL,
)
_OFFERED_FIGURE = re.compile(
    r"(?P<before>[\w'’]+)?\s+(?P<marker>(?:(?:was|is)\s+it|like|maybe|probably|prob)\s+)?"
    r"\$?\d[\d,.]*(?:\s+(?:million|billion|thousand|percent))?"
    r"(?:\s+or\s+\$?\d[\d,.]*(?:\s+(?:million|billion|thousand|percent))?)?"
    r"(?P<hedge>\s+(?:or\s+(?:what|something|smth|so|not|less|more)|ish|something))?"
    r"\s*[?!.]*\s*$",
    re.IGNORECASE,
)
# a word before a figure that makes it part of what is asked: "how many died in 2009", "how
# much more than 100", "when did it close after 2009"
_FIGURE_PART_OF_QUESTION = frozenset(
    "in on at since from to by of for than about over under before after between around until"
    " till during per each every the a an".split()
)


def offered_figure(text: str) -> str:
    """The guess a question asking a figure offers last (`_OFFERED_FIGURE`: "was it 2009",
    "like 12", "85,000 or so"); "" where it offers none or the figure belongs to what is asked
    ("how many died in 2009")."""
    if not _ASKS_A_FIGURE.match(text):
        return ""
    found = _OFFERED_FIGURE.search(text)
    if found is None:
        return ""
    before = (found.group("before") or "").lower()
    if not found.group("marker") and (not before or before in _FIGURE_PART_OF_QUESTION):
        return ""
    return text[found.end("before") :]


def _magnitude_written_out(match: re.Match[str]) -> str:
    """A number typed with its order of magnitude as a story writes it: thousands in figures
    ("85k": "85,000"; "1.5k": "1,500"), millions and billions in words ("6M": "6 million")."""
    number, letter = match.group(1), match.group(2).lower()
    if letter != "k":
        return f"{number} {_MAGNITUDE_WORDS[letter]}"
    whole, _, fraction = number.partition(".")
    if len(fraction) > 3:
        return match.group(0)
    return f"{int(whole + fraction.ljust(3, '0')):,}"


# "aloud to" before a verb: "allowed to" heard so by dictation ("is bukele even aloud to run
# again", "is he aloud to do that"); not after a verb of reading or saying, nor before whom
# it is said to ("read aloud to the class", "said it aloud to him")
_ALOUD_TO = re.compile(
    r"\b(?<!\bread\s)(?<!\bsaid\s)(?<!\bsay\s)(?<!\bsays\s)(?<!\bthink\s)(?<!\bthinking\s)"
    r"aloud(?=\s+to\s+(?!(?:the|a|an|his|her|him|them|me|us|you|my|our|their|your|it|its|this"
    r"|that|these|those|everyone|everybody|himself|herself|themselves|myself)\b)[^\W\d_])",
    re.IGNORECASE,
)


# "there" typed (or dictated) for "their" before what it owns: "what did there chair say",
# "what did he say about there kids". Only after "did/does/do" or "about"/"with" and before a
# word that is neither a verb of being or having, a word of quantity, a function word, nor an
# "-ing" word ("is there money", "about there being a vote", "from there on", "what about there")
_THERE_FOR_THEIR = re.compile(
    r"\b((?:did|does|do|about|with)\s+)there"
    r"(?=\s+(?!(?:be|been|being|is|are|was|were|will|would|could|should|might|may|must|can"
    r"|have|has|had|used|seem|seems|seemed|appear|appears|appeared|ever|anything|anyone"
    r"|anybody|any|no|not|never|enough|much|many|more|some|really|still|always|also|and|or"
    r"|but|in|on|at|to|for|of|from|with|by|that|then|now|too|as|a|an|the)\b)"
    r"(?![^\W\d_]*ing\b)[^\W\d_])",
    re.IGNORECASE,
)


def _may_name_an_office(text: str) -> bool:
    """Whether `text` holds initials `_OFFICE_INITIALS_WORD` may match: in capitals, or of
    three letters or more in any case (compared case-folded, which reads the long s as an
    "s" as the pattern's case-insensitive match does)."""
    if any(map(text.__contains__, _OFFICE_INITIALS)):
        return True
    folded = text.casefold()
    return any(map(folded.__contains__, _OFFICE_INITIALS_FOLDED))


# A letter held for tone ("lmaooo", "hiii", "okkk", "sooo"): three or more of it in a row,
# which no English word has.
_HELD_LETTER = re.compile(r"([a-z])\1{2,}")


def is_topic_free(word: str) -> bool:
    """Whether `word` (as written) carries no topic: an interjection, filler or slang, also
    with a letter held for tone ("lmaooo", "hiii"), or any form of a light verb ("gotten",
    "knows", "meant"; not one in -ing, which also names a thing: "the meaning")."""
    return _topic_free(word.lower().strip("'’"))


@lru_cache(maxsize=8192)
def _topic_free(lower: str) -> bool:
    """`is_topic_free` of a lower-case word. Remembered: the dictionary's lookup of a verb's
    forms (~10 µs) would be most of the time reading a question's words takes."""
    if lower in TOPIC_FREE:
        return True
    if _HELD_LETTER.search(lower):
        return any(form in TOPIC_FREE for form in _unheld(lower))
    if lower.endswith("ing") or lower[:1] not in _LIGHT_VERB_INITIALS:
        return False
    return any(lemma.lower() in _LIGHT_VERBS for lemma in all_lemmas(lower).get("VERB", ()))


def _unheld(word: str) -> tuple[str, str]:
    """`word` with each letter held for tone written once and twice ("okkk": "ok", "okk";
    "hiii": "hi", "hii")."""
    return _HELD_LETTER.sub(r"\1", word), _HELD_LETTER.sub(r"\1\1", word)


_OPENING_WORD = re.compile(r"[\w'’]+")
# Greetings that carry no topic where a message opens ("gm gm, ...", "morning all"), but may
# elsewhere ("Monday morning", "GM's plant")
_GREETINGS = frozenset(
    "gm gn morning mornin evening afternoon howdy greetings all fam peeps".split()
)
# "so" opening a question ("so what did he say", "sooo when ..."): how a turn starts in chat.
_OPENING_SO = "so"


# "quick q:", "dumb question but", "real quick,": saying that a question comes, not what it asks
_PREFACE = re.compile(
    r"(?:(?:a|one|another)\s+)?(?:quick|random|dumb|stupid|silly|simple|honest|serious|small)"
    r"\s+(?:one|q|qq|qn|question|query)\b(?:\s+(?:but|though|tho))?"
    r"|real(?:ly)?\s+quick(?:ly)?\b",
    re.IGNORECASE,
)


# An apology opening a message, with what it is for, up to the first mark or emoji: "sorry
# on school run 🙈", "sorry, late to this -", "apologies for the spam:". The writer's own
# news, nothing asked ("school run" found passages on "run"); not past a word a question may
# open with ("sorry what did he say?": the question is what follows "sorry").
_APOLOGY = re.compile(
    r"(?:sorry|soz|sry|apologies)\b"
    r"(?:\s+(?!(?:what|whats|why|how|when|where|who|which|whose|did|does|do|is|are|was|were"
    r"|can|could|has|have|had|will|would|should)\b)[\w'’]+){0,6}?"
    r"\s*[^\w\s'’]+",
    re.IGNORECASE,
)


@lru_cache(maxsize=256)
def chat_opening_end(text: str) -> int:
    """Where the question proper starts after the words people open a chat message with that
    carry no topic ("hiii", "lol ok so", "hey bot 👋", "wait", "fr", "quick q:"): 0 when it
    opens with what it asks, or is made of nothing but such words."""
    # remembered: a question's reading asks it of the same sentence some four times (whether
    # the sentence asks, which sentence asks, the opening left out)
    opened = False
    at = 0
    while (word := _OPENING_WORD.search(text, at)) is not None:
        preface = _PREFACE.match(text, word.start()) or (
            _APOLOGY.match(text, word.start()) if word.group()[:1] in "sSaA" else None
        )
        if preface:
            opened, at = True, preface.end()
            continue
        lower = word.group().lower()
        if not (
            is_topic_free(lower)
            or lower in _GREETINGS
            or lower == _OPENING_SO
            # "sooo": only a word of nothing but its letters is it with a letter held
            or (not lower.strip(_OPENING_SO) and _OPENING_SO in _unheld(lower))
        ):
            return word.start() if opened else 0
        opened, at = True, word.end()
    return 0


# Months and the spans of time gone by "back in" takes before it ("back in 2019", "back in
# april", "back in his first term", "back in trump's day"; not "back in a year": returned)
_MONTH = "(?:january|february|march|april|may|june|july|august|september|october|november|december)"
_SPAN_OF_TIME = (
    r"(?:the|his|her|their|[\w]+['’]s)\s+(?:[\w'’]+\s+)?"
    r"(?:term|days|years|time|era|administration|presidency)\b"
)

# How people open a question in chat, which says nothing of what they ask about: "tell me
# about the prison", "what's going on with Garcia", "what's the story with the deal".
_CONVERSATIONAL = re.compile(
    r"""(?=[acdiprtw])(?:
    \b(?:can|could|would|will)\s+you\s+(?:please\s+)?(?:tell|show|give)\s+me\b
    | \b(?:please\s+)?tell\s+me\b
    | \bi\s+(?:want|would\s+like|wanna)\s+to\s+know\b
    | \bdo\s+you\s+know\b
    | \b(?:does\s+|do\s+)?any(?:one|body|1)\s+know\b
    | \bwhat(?:['’]s|\s+is|\s+was)\s+(?:going\s+on|happening|up)\b
    | \bwhat(?:['’]s|\s+is|\s+was)\s+the\s+(?:story|deal|latest|news)
      \b(?=\s+(?:with|on|about|behind)\b)
    | \bwhat\s+happened\b
    | \bany\s+(?:news|info|information|word)\b
    | (?<!\bwho['’]s\s)(?<!\bwhos\s)(?<!\bwho\sis\s)(?<!\bwho\swas\s)(?<!\bwho\sare\s)
      \bright(?=\s+(?:now|away|then|here|there)\b)  # "right now": just now, no rights (not
      # "who's right here": the verdict asked)
    )""",
    re.IGNORECASE | re.VERBOSE,
)
# a word every match of it holds (`may_hold_word`): "you", "tell", "know", "any" ...
_CONVERSATIONAL_WORDS = frozenset(
    "you tell know going happening up story deal latest news happened any right".split()
)
# How soon or in what form a writer needs an answer: "need it asap", "need it verbatim"
_URGENCY = (
    r"(?:\s+(?:verbatim|asap|pls|plz|please|quick(?:ly)?|fast|now|today|tonight|urgently"
    r"|badly|exactly|word\s+for\s+word))*"
)
# "explain like I'm 12", "explain it like im five", "explain to me like I'm a kid": how simply
# to answer (chat's "ELI5"), no age or child the story is about
_SIMPLY = (
    r"(?:\s+(?:it|this|that))?(?:\s+to\s+(?:me|us))?"
    r"(?:\s+like\s+(?:i['’]?m|i\s+am|im|we['’]?re|were)\s+(?:a\s+)?"
    r"(?:\d{1,2}|five|ten|twelve|kid|kids|child|children|baby)\b)?"
)
# The words chat frames a question with anywhere in it, which say nothing of it either, each
# pattern with the strings one of which every match of it holds (lower case): looked for only
# in a question holding one, as few do (all of them at every place of every question took
# four times what the openings above take).
# A question relayed for someone else, who asks it in a few words that ask nothing themselves
# (the first no question word nor verb asking): "a patron asks what Bukele said", "my boss
# wants to know why ...", "one of our readers is asking how ...": the one who asks and their
# verb say nothing of what is asked (`question._REQUEST` reads the question after them)
RELAYED = (
    r"(?!(?:what|how|why|when|where|who|which|did|does|do|is|was|were|are|can|could|would"
    r"|will)\b)(?:[^\W\d_][\w'’-]*\s+){1,4}?"
    r"(?:asks|asked|(?:is|was)\s+(?:asking|wondering)|wonders|wondered"
    r"|(?:wants|wanted|would\s+like)\s+to\s+know)"
)
_FRAMING = tuple(
    (needles, re.compile(pattern, re.IGNORECASE))
    for needles, pattern in (
        # "can someone explain", "could someone remind me", "sum up", "give me" opening a
        # sentence: a request for an answer, no topic of it
        (
            ("explain", "sum", "remind", " me"),
            r"\b(?:can|could|would|will)\s+(?:you|u|someone|somebody|anyone|anybody)\s+"
            r"(?:please\s+|pls\s+)?(?:(?:tell|show|give|remind)\s+me|explain|sum\s+up|summari[sz]e)\b"
            rf"{_SIMPLY}|(?:^|(?<=[.!?]\s))(?:please\s+|pls\s+)?"
            rf"(?:(?:show|give)\s+me|explain|sum\s+up|summari[sz]e)\b{_SIMPLY}",
        ),
        # "..., right?": a tag asking to confirm what was said before it (not "a right?",
        # nor the verdict asked in "who's right?", "who is right")
        (
            ("right",),
            r"(?<![\w'’])(?<!\ba\s)(?<!\bthe\s)(?<!\bno\s)"
            r"(?<!\bwho['’]s\s)(?<!\bwhos\s)(?<!\bwho\sis\s)(?<!\bwho\swas\s)(?<!\bwho\sare\s)"
            r"right(?=\s*\?|\s*$)",
        ),
        # "2 questions: how old is he? and ...", "patron wants two things lol - ...": how many
        # questions follow, set off before them, counts nothing the story tells
        (
            ("thing", "question", "qs", "q's", "quer"),
            r"\b(?:\d+|two|three|four|five|a\s+couple(?:\s+of)?|a\s+few|several)\s+"
            r"(?:(?:quick|small|short|little|more|related)\s+)?"
            r"(?:things?|questions?|qs|q['’]s|queries)\b(?=[^:;?.!]{0,20}?\s*[:;–—-])",
        ),
        # "a patron asks why ...": who relays the question and how (`RELAYED`), at its start
        (
            ("ask", "wonder", "know"),
            rf"(?:^|(?<=[.!?:]\s))\W*{RELAYED}"
            r"(?=\s+(?:what|why|how|when|where|who|whom|which|whether|if)\b)",
        ),
        (("first place",), r"\bin\s+the\s+first\s+place\b"),  # "why was he deported ...": at all
        # "back in 2019", "back then", "back in his first term", "back in the day": in the past,
        # nothing sent back (and `_SAID_BACK`)
        (
            ("back",),
            rf"\bback\s+in\s+the\s+day\b"
            rf"|\bback(?=\s+then\b|\s+in\s+(?:\d{{4}}\b|{_MONTH}\b|{_SPAN_OF_TIME}))",
        ),
        # "what's china doing over there", "is it safe over here": chat's "there", where;
        # "over" is no topic of its own (not "back home", which may be a return: "sent back
        # home")
        (("over",), r"\bover(?=\s+(?:there|here)\b)"),
        # "is it true that ...": whether what follows is so, which is what a passage tells
        (("true",), r"\b(?:is|was)\s+it\s+(?:really\s+)?true\b"),
        (("dr",), r"\btl\s*;?\s*dr\b"),  # "tl;dr on what she said": in short
        # "... ? need it for the ID line", "..., need it verbatim for the graf", "— need the
        # figure": after the question, what the writer needs the answer for or as (a pronoun
        # or one noun), to the sentence's end: no part of what is asked ("ID" is no name the
        # story never uses); not "need the quote about jobs", "need the Garcia part"
        # "? Want his exact words before I post it in the main channel": the same, wanted,
        # with what the writer will do with it (a clause of their own: "before I post it")
        (
            ("need", "want"),
            r"(?:(?<=[?.!,;:—–-])|(?<=[?.!,;:—–-]\s))\s*(?:(?:i|we)\s+(?:really\s+|just\s+)?)?"
            r"(?:need|want)(?:s|ed)?\s+(?:it|this|that|them|these|those"
            r"|(?:(?:the|a|an|some|any|his|her|their)\s+)?(?:exact\s+|actual\s+|full\s+)?"
            r"[^\W\d_]+)"
            rf"{_URGENCY}(?:\s+for(?:\s+[\w'’-]+){{1,4}}{_URGENCY}"
            r"|\s+(?:before|so|so\s+that|cause|because|since)\s+(?:i|we)\s+[\w'’-]+"
            r"(?:\s+[\w'’-]+){0,6})?(?=\W*$|\s*[.!?]+\s)",
        ),
        # "what were his exact words", "her actual quote", "the precise wording": someone's
        # words asked as said, which is how a quotation gives them; no topic (a passage
        # holding "exact" is no closer), as "exactly" is none
        (
            ("exact", "actual", "precise", "verbatim"),
            r"\b(?:exact|actual|precise|verbatim)(?=\s+(?:words?|quotes?|quotations?|lines?"
            r"|wording|phrasing|phrases?|statements?|remarks?|comments?|response|reply"
            r"|answer|language)\b)",
        ),
        (("-wise",), r"(?<=\w)-wise\b"),  # "money-wise": as regards money
        # "what does their analysis say, word for word", "his exact words verbatim": the form
        # the answer is wanted in (a quotation is shown as the story has it), no topic
        (("word for word", "verbatim"), r"\bword\s+for\s+word\b|\bverbatim\b"),
        # "for my essay, ...", "... for context in my intro paragraph": what the writer asks
        # for, their own thing, which no story tells of; to the clause's end, or to a question
        # it opens with no comma ("for my essay what does the professor say")
        (
            ("my ",),
            r"\b(?:for|in|into)\s+my(?:\s+[^\W\d_][\w'’-]*){1,3}?"
            # an emoji after it ("for my rebuttal 💀") ends it as a mark does
            r"(?=(?:\s*[^\w\s,.;:?!)])*\s*(?:[,.;:?!)]|$)"
            r"|\s+(?:what|how|why|when|where)\s+"
            r"(?:did|does|do|has|have|had|would|will|is|was|were|can|could)\b)",
        ),
    )
)
# "what did trump say back to him", "what did she tell them back?": words said in reply, which
# a story tells as "said in return", "replied" or in no word of its own; "back" (group 1) no
# topic. Not "said back on April 7" (then), "told him to go back", "sent back home"
_SAID_BACK = re.compile(
    r"\b(?:say|said|says|tell|told|tells|write|wrote|writes|fire|fired|fires|shoot|shot"
    r"|snap|snapped|talk|talked|talks)(?:\s+(?:him|her|them|us|me))?\s+(back)"
    r"(?=\s+to\b|\s*(?:[^\w\s]|$)|\s+(?:lol|lmao|lmfao|tho|though|haha)\b)",
    re.IGNORECASE,
)
# "image wise", "money wise ?": "wise" after a word, ending the clause, says "as regards" it
# as "-wise" does, unless that word is a stop word ("is he wise", "so wise") or it is what a
# verb "be" says is wise ("is bukele wise", "was the deal wise")
_SPACED_WISE = re.compile(
    r"(?:\b([\w'’]+)\s+)?(?:\b([\w'’]+)\s+)?\b([\w'’]+)\s+(wise)(?=\s*(?:[^\w\s]|$))",
    re.IGNORECASE,
)
_BE = BE_FORMS | frozenset("seem seems seemed".split())


# Idioms a writer hedges or sets a question in with, which say nothing of what it asks: "if
# true", "either way", "out of curiosity", "for context", "a bit of a tangent", "kind of" (not
# "some kind of list": a noun after a determiner), "I might be wrong, or is it just
# noise?" (an alternative waved away: "or is it just ego", "or am I being unfair"), and a
# disclaimer opening a sentence ("not trying to start a fight,", "leaving aside whether you like
# him,", "putting the politics aside for a sec,"). Each pattern with the strings one of which
# every match holds (lower case), as `_FRAMING`.
_HEDGES = tuple(
    (needles, re.compile(pattern, re.IGNORECASE))
    for needles, pattern in (
        (
            ("if true", "if so", "if anything", "if not", "if any"),
            r"\bif\s+(?:true|so|anything|not)\b(?=\s*[,.?!]|\s*$)"
            r"|\bif\s+any(?:one|body)\s+(?:has|knows?)(?:\s+(?:it|that|this))?\b",
        ),
        (
            (
                "either way",
                "curiosity",
                "context",
                "nutshell",
                "be fair",
                "worth",
                "all people",
                "for a sec",
                "for a moment",
                "for a minute",
                "topic",
                "tangent",
                "side note",
                "better or",
                "idea",
            ),
            r"\beither\s+way\b|\bout\s+of\s+curiosity\b|\bfor\s+(?:some\s+)?context\b"
            r"|\bin\s+a\s+nutshell\b|\bto\s+be\s+fair\b|\bfor\s+what\s+it['’]?s\s+worth\b"
            r"|\bfor\s+a\s+(?:sec|second|moment|minute)\b(?=\s*[,.;:?!]|\s*$)|\bof\s+all\s+people\b"
            r"|\b(?:a\s+)?(?:(?:little\s+)?bit\s+)?off[-\s]topic\b"
            r"|\b(?:(?:a\s+)?bit\s+of\s+)?a\s+tangent\b|\b(?:on\s+a\s+)?side\s+note\b"
            r"|\bfor\s+better\s+or\s+(?:for\s+)?worse\b"
            r"|\b(?:any|no)\s+ideas?\b",  # "any idea?", "i had no idea": whether one knows
        ),
        (
            ("or is", "or was", "or are", "or were", "or am"),
            r",?\s*\bor\s+(?:is|was|are|were|am)\s+(?:it|that|this|he|she|they|i)\s+"
            r"(?:just|only|simply|all|being)\b[^?.!]*",
        ),
        (
            ("not trying", "not to be", "not that", "aside"),
            r"(?:^|(?<=[.!?]\s))\s*(?:not\s+(?:trying|to\s+be|that)\b[^,.?!:]*"
            r"|(?:leaving|putting|setting)\b[^,.?!:]*?\baside\b[^,.?!:]*)[,:]",
        ),
    )
)
# "kind of", "sort of" as a hedge ("I kind of doubt it", "was kind of awkward"), not the noun
# after a determiner ("some kind of list", "what sort of deal")
_KIND_OF = re.compile(r"\b(?:kind|sort)\s+of\b", re.IGNORECASE)
_KIND_DETERMINERS = frozenset("some what which any the this that one same no a every each".split())


def _hedge_spans(text: str, lower: str) -> list[tuple[int, int]]:
    """Where `text` (`lower` its lower case) hedges or sets its question in (`_HEDGES`,
    "kind of" as a hedge)."""
    spans = [
        match.span()
        for needles, pattern in _HEDGES
        if any(map(lower.__contains__, needles))
        for match in pattern.finditer(text)
    ]
    if "kind of" in lower or "sort of" in lower:
        for match in _KIND_OF.finditer(text):
            before = text[: match.start()].split()[-1:]
            if not before or before[0].lower() not in _KIND_DETERMINERS:
                spans.append(match.span())
    return spans


# A short exclamation of the writer's: "this is wild.", "that's crazy!", "it's insane lol."
# (the adjective checked to be one: `_exclamation_spans`)
_EXCLAMATION = re.compile(
    r"(?:^|(?<=[.!?]\s))\s*(?:this|that|it)(?:\s+(?:is|was)|['’]s)\s+"
    r"(?:(?:so|pretty|really|just|kinda|totally|absolutely|actually)\s+)?"
    r"(?P<adjective>[^\W\d_]+)(?:\s+(?:lol|lmao|tbh|ngl|honestly))?\s*[.!]+",
    re.IGNORECASE,
)


def _exclamation_spans(text: str) -> list[tuple[int, int]]:
    """Where `text` holds a short exclamation of the writer's (`_EXCLAMATION`)."""
    return [
        match.span()
        for match in _EXCLAMATION.finditer(text)
        if "ADJ" in all_lemmas(match.group("adjective").lower())
    ]


# A question's own preface anywhere in it ("maybe this is a dumb question, but", "weird question
# maybe"): `_PREFACE` where a message opens, said of the question further on
_PREFACE_ANYWHERE = re.compile(
    r"\b(?:quick|random|dumb|stupid|silly|simple|honest|serious|small|weird|genuine|naive|basic)"
    r"\s+(?:q|qq|qn|question|query)\b",
    re.IGNORECASE,
)

# The writer speaking of themselves: "I read somewhere that", "I vaguely remember", "I'm not
# sure", "I've heard", "if I'm wrong": what they know, think or feel, no part of what they ask
# about, though what follows may be ("I saw Bondi quoted on the ruling"). The first-person
# pronoun, the auxiliaries and adverbs after it, the verb or adjective they lead to, and the
# words that then open what was read or heard ("that", "somewhere"); not "we" ("how much are
# we paying"), often the writer's country.
_WRITER = frozenset("i i'm i've i'd i'll im ive".split())
_WRITER_AUXILIARIES = frozenset(
    """am was have had do did don't didn't can can't couldn't could might may must will would
    should won't wouldn't be been not never just really only also still even honestly
    genuinely actually vaguely kinda sorta always keep kept probably definitely totally
    personally kind sort of""".split()
)
_AFTER_WRITER = frozenset("that somewhere online if whether".split())
# The verbs of an impression ("seems crazy", "sounds exaggerated", "looks like"), whose
# adjective after them is the writer's opinion of what they ask about
_IMPRESSION = frozenset("seem seems seemed sound sounds sounded look looks looked".split())
_DEGREE = frozenset(
    "pretty so really very quite totally a bit little kinda sorta kind sort of".split()
)


# One of the words `writer_spans` starts from: looked for first, as most questions hold none
_WRITER_WORD_LIST = (
    "i im ive me keep keeps kept people everyone everybody somebody someone nobody folks seem"
    " seems seemed sound sounds sounded look looks looked my".split()
)
_WRITER_WORDS = re.compile(
    r"(?=[aefiklmnps])"
    rf"(?<![\w'’])(?:{'|'.join(_WRITER_WORD_LIST)}"
    r"|a\s+(?:friend|neighbou?r|colleague|coworker|classmate))(?![\w])",
    re.IGNORECASE,
)
_WRITER_OPENINGS = frozenset([*_WRITER_WORD_LIST, "a"])  # the word each match opens with


def writer_spans(text: str) -> list[tuple[int, int]]:
    """Where `text` has its writer speak of themselves ("I read somewhere that", "I'm not
    sure", "correct me", "to me") or give an impression ("seems crazy", "sounds
    exaggerated", "it looks like"): words saying nothing of what is asked."""
    words = [(w.lower().replace("’", "'"), a, b) for w, a, b in iter_words(text)]
    spans: list[tuple[int, int]] = []
    for at, (word, start, end) in enumerate(words):
        if spans and start < spans[-1][1]:
            continue  # within the words of the last ("people keep saying")
        if word in _WRITER:
            verb = at + 1
            while verb < len(words) and words[verb][0] in _WRITER_AUXILIARIES:
                verb += 1
            if verb < len(words) and _verb_or_adjective(words[verb][0]):
                last = verb
                while last + 1 < len(words) and words[last + 1][0] in _AFTER_WRITER:
                    last += 1
                spans.append((start, words[last][2]))
        elif word == "me" and at:
            before = words[at - 1]
            if before[0] == "to" or (before[0] not in STOP_WORDS and _verb_or_adjective(before[0])):
                spans.append((before[1], end))  # "correct me", "surprised me", "to me"
        elif word in _HABIT and at + 1 < len(words) and words[at + 1][0].endswith("ing"):
            spans.append((start, end))  # "keeps saying", "keep seeing": how often, no topic
        elif (
            word in _HEARSAY_SUBJECTS
            and _speech_verb_after(words, at)
            and (
                at == 0
                or _no_modifier(words[at - 1][0])
                # opening a sentence of its own: "... live in El Salvador? Someone in here
                # swears it's 20 million" ("Salvador" modifies no one)
                or text[words[at - 1][2] : start].strip()[-1:] in (".", "!", "?")
            )
        ):
            spans.append((start, words[_speech_verb_after(words, at)][2]))
        elif word in _WRITERS_OWN and (told := _told_by_someone_of_theirs(text, words, at)):
            spans.append(told)
        elif word in _IMPRESSION and (remark := _remark_after_question(text, words, at)):
            spans.append(remark)
        elif word in _IMPRESSION and _of_what_was_said(text, words, at):
            after = at + 1
            while after < len(words) and words[after][0] in _DEGREE:
                after += 1
            if after < len(words) and (
                words[after][0] == "like" or _verb_or_adjective(words[after][0])
            ):
                spans.append((start, words[after][2]))
    return spans


# Someone of the writer's own life as the subject of a clause: "my 12yo asked", "My husband
# swears he did", "my cousin said it was a video", "A friend is thinking about a holiday". Who
# they are and what they did tell why the writer asks, nothing of the story ("friend" found
# "friendship", "asked" a passage where Bukele asked); what they said or think of is kept.
# "my" and a noun for a kind of person or a child's age; "a" only before a noun that means the
# writer's own when indefinite ("a friend", "a neighbour"), not "a judge ruled". Not "our"
# ("our President" is the writer's country's).
_WRITERS_OWN = frozenset({"my", "a"})
_ACQUAINTANCES = frozenset("friend neighbour neighbor colleague coworker classmate".split())
_AGE = re.compile(r"\d{1,2}(?:yo|y/o|-year-old)?")
_AGE_WORDS = frozenset("yo year old year-old".split())
_THEIR_AUXILIARIES = _WRITER_AUXILIARIES | frozenset(
    "is are has does isn't hasn't doesn't keeps".split()
)
_CLAUSE_JOINERS = frozenset("and but so cuz because coz".split())
# WordNet's lexicographer files of verbs of thinking, saying, feeling and perceiving
# (verb.cognition, verb.communication, verb.emotion, verb.perception)
_VERBS_OF_THE_MIND = frozenset({31, 32, 37, 39})


def _told_by_someone_of_theirs(
    text: str, words: list[tuple[str, int, int]], at: int
) -> tuple[int, int] | None:
    """The subject and verb of a clause whose subject, from `words[at]` ("my", "a"), is
    someone of the writer's own life ("my 12yo asked", "A friend is thinking"), if it is one."""
    if (
        at
        and words[at - 1][0] not in _CLAUSE_JOINERS
        and not text[words[at - 1][2] : words[at][1]].strip()
    ):
        return None  # within a clause: "what did he tell my kids", "is there a friend"
    noun = at + 1
    if noun >= len(words):
        return None
    if words[at][0] == "a":
        if words[noun][0] not in _ACQUAINTANCES:
            return None
    elif _AGE.fullmatch(words[noun][0]):
        while noun + 1 < len(words) and words[noun + 1][0] in _AGE_WORDS:
            noun += 1
    elif not is_person_noun(words[noun][0]):
        return None
    verb = noun + 1
    while verb < len(words) and words[verb][0] in _THEIR_AUXILIARIES:
        verb += 1
    if verb >= len(words):
        return None
    lemmas = all_lemmas(words[verb][0])
    if words[verb][0] in STOP_WORDS or "VERB" not in lemmas:
        return None
    # what they did is no topic when it is saying, thinking, wanting or perceiving ("asked",
    # "swears", "is thinking"); else it may be what the question is about ("my aunt is visiting
    # LK, are the roads open"): only who they are is left out
    wordnet = shared_wordnet()
    told = (
        wordnet is not None
        and wordnet.first_verb_file(lemma_of(words[verb][0])) in _VERBS_OF_THE_MIND
    )
    return words[at][1], words[verb if told else noun][2]


# Who a remark after a question is about: what was asked, or whom ("... live in El Salvador? It
# seems rather a small country", "how old is bukele, he looks very young")
_REMARK_SUBJECTS = frozenset("it that this he she they which".split())
_REMARK_END = re.compile(r"[.!?]")
# A laugh closing the question before such a remark, as a comma would ("how old is he lol he
# looks like a kid", "lmaooo")
_LAUGH_AT_END = re.compile(r"\b(?:l+o+l+|lmf?a+o+|rofl|(?:ha){2,}h?|(?:he){2,})\W*$", re.I)


def _remark_after_question(
    text: str, words: list[tuple[str, int, int]], at: int
) -> tuple[int, int] | None:
    """The clause of the impression verb at `words[at]` when it is the writer's remark after
    their question ("How many people live in El Salvador? It seems rather a small country.",
    "how old is bukele anyway, he looks very young lol"): what they make of what they ask
    about, to the clause's end, whose words ("small country") are no part of what is asked
    and would find a passage about them. None when it is not after a question, or asks."""
    first = at
    while first and words[first - 1][0] in _DEGREE | {"also", "still", "just", "all"}:
        first -= 1
    if first and words[first - 1][0] in _REMARK_SUBJECTS:
        first -= 1
    start = words[first][1]
    before = text[:start].rstrip()
    laugh = _LAUGH_AT_END.search(before)
    if before.endswith(",") or laugh is not None:
        clause = before[: laugh.start()] if laugh is not None else before[:-1]
        sentence_start = max(clause.rfind(mark) for mark in ".!?") + 1
        if not asks(clause[sentence_start:]):
            return None
    elif not before.endswith("?"):
        return None
    end = _REMARK_END.search(text, words[at][2])
    if end is not None and text[end.start()] == "?":
        return None  # "it seems small?": a question of its own
    return start, end.start() if end is not None else len(text)


# "keep" before a verb's -ing form says it recurs ("people keep saying", "I keep wondering"),
# nothing of what ("keeping the gang members here" is kept)
_HABIT = frozenset("keep keeps kept".split())
# Whoever is heard saying something, with no name ("people say", "everyone keeps saying",
# "somebody said"): hearsay, what the writer asks the story about; what was said is the topic
_HEARSAY_SUBJECTS = frozenset("people everyone everybody somebody someone nobody folks".split())
_HEARSAY_VERBS = frozenset(
    "say says said saying claim claims claimed claiming call calls calling"
    # what they hold to against others: "someone swears it's 20 million", "keeps insisting"
    " swear swears swore sworn swearing insist insists insisted insisting".split()
)
# Where they are heard, between them and the verb: "someone in here swears", "somebody here
# claims", "people on reddit say", "someone in the chat keeps saying" (the writer's own
# places; not "people in El Salvador say", what is asked about)
_WHERE_HEARD = frozenset("here chat server channel thread discord reddit twitter comments".split())
_WHERE_HEARD_BEFORE = frozenset("in on the this".split())


def _no_modifier(word: str) -> bool:
    """Whether `word`, before a hearsay subject, leaves it anyone ("I keep seeing people say",
    "but nobody says"): a stop word or a verb, not words naming whose people ("the human
    rights folks say", "Trump's people say")."""
    return word in STOP_WORDS or set(all_lemmas(word)) == {"VERB"}


def _speech_verb_after(words: list[tuple[str, int, int]], at: int) -> int:
    """Where the speech verb of a hearsay subject at `words[at]` is ("people keep saying",
    "everyone says", "someone in here swears"), after where they were heard, "keep" or an
    auxiliary; 0 when none follows."""
    after = at + 1
    place = after
    while place < len(words) and words[place][0] in _WHERE_HEARD_BEFORE:
        place += 1
    if place < len(words) and words[place][0] in _WHERE_HEARD:
        after = place + 1  # "someone in here swears"
    while after < len(words) and words[after][0] in _WRITER_AUXILIARIES | _HABIT:
        after += 1
    return after if after < len(words) and words[after][0] in _HEARSAY_VERBS else 0


# The subjects of an impression the writer gives of what they tell or ask ("it seems crazy",
# "which sounds exaggerated"), not of someone's ("the team seems bothered": what is asked)
_IMPRESSION_SUBJECTS = frozenset("it that this which all everything".split())


def _of_what_was_said(text: str, words: list[tuple[str, int, int]], at: int) -> bool:
    """Whether the impression verb at `words[at]` gives the writer's impression: its subject
    is "it", "that", "which" or none ("Seems crazy to me")."""
    if at == 0 or text[: words[at][1]].rstrip()[-1:] in ".!?,":
        return True
    before = words[at - 1][0]
    return before in _IMPRESSION_SUBJECTS or is_topic_free(before)  # "the ... thing sounds"


@lru_cache(maxsize=8192)
def _verb_or_adjective(word: str) -> bool:
    """Whether lower-case `word` may be a verb or an adjective (not a stop word). Remembered:
    the dictionary's lookup is most of the time of reading the writer's words."""
    lemmas = all_lemmas(word)
    return word not in STOP_WORDS and ("VERB" in lemmas or "ADJ" in lemmas)


def conversational_spans(text: str) -> list[tuple[int, int]]:
    """Where `text` opens the question as people do in chat ("tell me about", "what's going
    on with") or frames it ("right?", "in the first place", "money-wise"): words to leave out
    of what the question is about."""
    return list(_conversational_spans(text))


@lru_cache(maxsize=64)
def _conversational_spans(text: str) -> tuple[tuple[int, int], ...]:
    # remembered: two steps read each question's (its words, its prepositions)
    spans = (
        [match.span() for match in _CONVERSATIONAL.finditer(text)]
        if may_hold_word(text, _CONVERSATIONAL_WORDS)
        else []
    )
    lower = text.lower()
    for needles, pattern in _FRAMING:
        # (the text's own test mapped over the needles: no generator made for each pattern)
        if any(map(lower.__contains__, needles)):
            spans += [match.span() for match in pattern.finditer(text)]
    spans += _hedge_spans(text, lower)
    if "q" in lower:  # "question", "q", "query"
        spans += [match.span() for match in _PREFACE_ANYWHERE.finditer(text)]
    if may_hold_word(text, _WRITER_OPENINGS) and _WRITER_WORDS.search(text):
        spans += writer_spans(text)
    if "!" in text or "." in text:
        spans += _exclamation_spans(text)
    if "back" in lower:
        spans += [match.span(1) for match in _SAID_BACK.finditer(text)]
    if "wise" in lower:
        spans += [
            match.span(4)
            for match in _SPACED_WISE.finditer(text)
            if match.group(3).lower() not in STOP_WORDS and not _is_what_is_wise(match)
        ]
    return tuple(sorted(spans))


def _is_what_is_wise(match: re.Match[str]) -> bool:
    """Whether the word before "wise" in a `_SPACED_WISE` match is what a verb "be" before it
    (or before its determiner) says is wise: "is bukele wise", "was the deal wise"; not "how is
    he justifying this money wise"."""
    before = [word.lower() for word in match.group(1, 2) if word]  # the optional groups
    one = before[-1] if before else ""
    two = before[-2] if len(before) > 1 else ""
    return one in _BE or (one in NOUN_MARKERS and two in _BE)


# Where a sentence of a chat message ends: a full stop or exclamation marks (held: "...",
# "!!") before more words (a new line is a space by now). Not the full stop of an
# abbreviation or an initial ("the U.S. is", "Mr. Trump"), which `_ends_a_sentence` tells.
# A quotation mark closing after the full stop is of the sentence it ends (a pasted "... she
# said. “We are in.” what did he say then").
_SENTENCE_END = re.compile(r"[.!]+[”\"]?\s+(?=\S)")


def _sentence_ends(text: str) -> Iterator[re.Match[str]]:
    """`_SENTENCE_END.finditer(text)`; none without a full stop or an exclamation mark (most
    questions: not looked for, the pattern's run is most of a microsecond a question)."""
    if "." not in text and "!" not in text:
        return iter(())
    return _SENTENCE_END.finditer(text)


# How a sentence that asks opens: a question word, or the verb a yes-no question puts first
_ASKS = re.compile(
    r"(?:what|whats|what['’]s|why|how|hows|how['’]s|when|where|who|whos|who['’]s|which|whose"
    r"|did|does|do|is|are|was|were|has|have|had|can|could|would|will|should)\b",
    re.IGNORECASE,
)
# Words by which a question points back at what the message said before it: "is that true?",
# "did the court rule on it?", "how many people live there", "did bukele say the same?" ask
# about the statement, which is then part of the question.
_POINTING_BACK = frozenset("it that this these those there then same so".split())
_SPEECH_STEMS = frozenset(stem(verb) for verb in ASKING_VERBS)
# The pronouns by which a question may mean someone a statement before it names ("what did
# he say", "is he still in prison")
_PERSONAL_PRONOUNS = frozenset("he she they him her them his hers their theirs".split())


# The nouns for what someone said: "Trump's comments", "the professor's take on ..."
# (`question` reads whose words they are)
NOUNS_OF_SPEECH = re.compile(
    r"(?:comments?|remarks?|words|quotes?|views?|response|reaction|statements?|position|"
    r"opinion|take|answer|reply|message|claims?|argument|thoughts"
    # what someone says of something when judging it or answering for it: "HRW's verdict on
    # democracy", "Bukele's justification for keeping him"
    r"|verdict|assessment|stance|explanation|justification|excuse|defen[cs]e|criticism"
    r"|critique|warning|pitch|rationale"
    # what someone makes of something, in their words: "the professor's theory on why"
    r"|theor(?:y|ies)|reasoning|thinking|logic|point|analysis"
    # a saying of theirs, as a newsroom names one: "Trump's line about Bukele", "her quip"
    r"|lines?|quips?|one-liners?|soundbites?|retorts?"
    # words said out to someone, naming or praising them: "Trump's shout-out to El Salvador"
    r"|shout-?outs?|shout\s+outs?)",
    re.IGNORECASE,
)
# ... and words set off that are someone's words on a topic, whose in a few words and the
# topic in any number: "Stephen Miller's claim about how much cheaper it is to hold them
# there, what did he say" asks his words on it as "Miller's claim, what did he say" does
_WORDS_ON_A_TOPIC = re.compile(
    r"[^\W\d_][\w.'’-]*(?:\s+[^\W\d_][\w.'’-]*){0,3}?['’]s?\s+(?:[^\W\d_][\w-]*\s+){0,2}?"
    rf"{NOUNS_OF_SPEECH.pattern}\s+(?:on|about|abt|over|regarding|concerning|for|of|to|that)\s",
    re.IGNORECASE,
)


# A few words set off before a question by a comma or a dash: "The Cornell professor, what does
# he say ...", "miller - what did he say about the cost"
# (a hyphen inside a name is no dash: "Flores-Macias, what does he ...")
_OPENING_PHRASE = re.compile(r"\s*(?P<phrase>[^,;:?!.–—]+?)\s*(?:,|;|:|\s[-–—]+\s)\s*")
_SETTING_OFF = ",;:-–—"  # what sets the words off: one of them is in every match
_MAX_OPENING_WORDS = 6
# An opening phrase naming whose words the question is asked by ("per the economist, does it
# make them look good?", "according to the mayor, will they ..."): a part of the question,
# which reads it as whose words, not someone a pronoun after it points back to
_BY_A_SOURCE = re.compile(r"(?:according\s+to|(?:as\s+)?per)\s", re.IGNORECASE)
# ... or a question of its own naming someone and asking nothing else, as chat moves on to
# them: "and rubio? what did he say", "what about the cornell guy? does he ...", "bukele?? what
# did he say about garcia"; its words after the opening that moves on to them
_NAMED_ALONE = re.compile(
    r"\s*(?:(?:and|so|but|ok|okay)\s+)?(?:(?:what|how)\s+about\s+)?"
    r"(?P<phrase>[^,;:?!.–—]+?)\s*\?+\s+(?=\S)",
    re.IGNORECASE,
)


def question_after_opening_phrase(text: str) -> int:
    """Where the question starts after a few words set off before it that it then points back
    to by a pronoun ("The Cornell professor, what does he say Trump gets", "bukele - what did
    he say about garcia"): those words say whom "he" means, as a statement before a question
    does (`question_after_statement`). 0 when the message opens otherwise."""
    opening = None
    if any(mark in text for mark in _SETTING_OFF):
        # (without one, the pattern's lazy phrase tried every length of the text first)
        opening = _OPENING_PHRASE.match(text)
    if opening is None and "?" in text.rstrip()[:-1]:  # a "?" with words after it
        opening = _NAMED_ALONE.match(text)
    if opening is None:
        return 0
    phrase = opening.group("phrase")
    if len(phrase.split()) > _MAX_OPENING_WORDS and not (
        # (not a question of its own, "trump's quote about bukele taking them for cheaper??
        # what exactly he said": it asks his words on that, `asks_again`)
        opening.re is _OPENING_PHRASE and _WORDS_ON_A_TOPIC.match(phrase)
    ):
        return 0
    rest = text[opening.end() :]
    if asks(opening.group("phrase")) or not asks(rest) or not names_someone_by_pronoun(rest):
        return 0
    if _BY_A_SOURCE.match(opening.group("phrase")):
        return 0
    if _after_statements(rest):
        # "hola all, mi tía said bukele was flattering. what did he say?": a greeting, and
        # the statement after it says whom "he" means
        return 0
    return opening.end()


def question_after_statement(text: str) -> int:
    """Where the question of a message starts after what its writer says first ("I read the
    article last night, pretty wild. why did bukele refuse to send him back?", "trump was
    on tv again lol. what did he say about the prison"): the statement is no part of what is
    asked (searched with it, its words dilute the question's), only the turn the question
    follows (whom "he" means). 0 when the message opens with its question, or when the
    question needs what was said before it: it points back ("is that true?") or asks of no
    topic of its own ("why?", "what did he say?")."""
    at = _after_statements(text)
    return at if at and _stands_alone(first_question(text[at:])) else 0


def question_pointing_back(text: str) -> int:
    """Where the question of a message starts after what its writer says first, when it
    points back at it ("I read the US pays El Salvador to hold people. How much is it
    actually?", "so garcia got deported. is he still in prison?"): 0 when the message opens
    with its question or the question stands alone (`question_after_statement`)."""
    at = _after_statements(text)
    return at if at and not _stands_alone(first_question(text[at:])) else 0


def _after_statements(text: str) -> int:
    """Where the first sentence that asks starts, after sentences that do not; 0 when the
    message opens asking or none asks. Each sentence is read on its own: "Good morning all.
    On the radio they played a bit where ... he wouldn't send that man back. What exactly did
    he say?" asks in its last, not in the rest after the greeting (which ends with the
    question's mark)."""
    at = 0
    for end in _sentence_ends(text):
        if not _ends_a_sentence(text, end.start()):
            continue
        sentence = text[at : end.start()]
        if not sentence.strip():
            return 0
        if asks(sentence):
            # 0 when it opens with a question: two are read as parts (question_parts)
            return at
        at = end.end()
    return at if asks(text[at:]) else 0


# Words that open a clause set before the question it times or conditions ("when the reporters
# asked about Garcia, what did Bukele say"), unless a question's verb follows them ("when did")
_SUBORDINATOR = re.compile(
    r"\W*(?:when|while|after|before|since|once|if|as)\s+(?!(?:did|does|do|is|was|were|are|has"
    r"|have|had|will|would|can|could|should)\b)",
    re.IGNORECASE,
)
_AFTER_CLAUSE = re.compile(r",\s+")
# And after words set off before a question by a colon or a semicolon, when the question does
# not point back at them: "patron wants 2 things lol: how old is he?" (not "one hell of a
# president: who said this?", whose words are what it asks of)
_COLON = re.compile(r"[:;]\s+")


def asking_sentence(text: str) -> str:
    """The sentence of `text` that asks, and what follows it: its kind of answer is read there
    ("I read the US pays El Salvador to hold people. How much is it?" asks for an amount,
    "When the reporters asked about Garcia, what did he say?" for words, no date). `text`
    itself when it opens asking or nothing in it does."""
    at = 0
    for end in _sentence_ends(text):
        if not _ends_a_sentence(text, end.start()):
            continue
        if asks(text[at : end.start()]):
            break
        if asks(text[end.end() :]):
            at = end.end()
            break
        at = end.end()
    else:
        at = 0
    sentence = text[at:]
    opened = sentence[chat_opening_end(sentence) :].lstrip()
    subordinate = _SUBORDINATOR.match(opened) is not None
    opens_asking = _ASKS.match(opened) is not None
    if subordinate or not opens_asking:
        # "when the reporters asked, what did he say", and a question after a statement and a
        # comma (or a colon: `_COLON`), as chat runs them on: "i had no idea it was that small,
        # how many live there?"
        for comma in _AFTER_CLAUSE.finditer(sentence):
            rest = sentence[comma.end() :]
            # past the words a question opens with there too: "parked at the depot, quick q
            # how old is he" (`chat_opening_end`)
            rest = rest[chat_opening_end(rest) :]
            if (_ASKS if subordinate else _QUESTION_WORD).match(rest):
                return rest
        for colon in _COLON.finditer(sentence) if not subordinate else ():
            rest = sentence[colon.end() :]
            if _QUESTION_WORD.match(rest) and _POINTING_BACK.isdisjoint(lower_words(rest)):
                return rest
    return sentence if opens_asking or sentence.rstrip().endswith("?") else text  # `asks`


def restated_after_comma(text: str) -> str | None:
    """The question `text` puts in other words after a comma ("what's the prison thing
    everyone talks about, like where even is it": "where even is it"), if any."""
    for comma in _AFTER_CLAUSE.finditer(text):
        restating = _RESTATING.match(text, comma.end())
        if restating and _QUESTION_WORD.match(text, restating.end()):
            return text[restating.end() :]
    return None


# How a question asking yes or no opens (after a joining word: "and did", "like, is")
_YES_NO_OPENING = re.compile(
    r"\W*(?:(?:and|but|so|like|or)\W+)?(?:did|does|do|is|was|were|are|has|have|had|can|could"
    r"|would|will|isn['’]t|wasn['’]t|didn['’]t|doesn['’]t)\b",
    re.IGNORECASE,
)


# A question asking yes or no with its verb left out, as chat asks after another: "Anything
# nice about him?" ("did he say anything nice ..."), "something about the prison?"
_YES_NO_WITHOUT_VERB = re.compile(
    r"\W*(?:(?:and|but|so|like|or)\W+)?(?:anything|something)\b", re.IGNORECASE
)


# A question word opening a question: it asks for what it names ("what's the population"),
# where one asking yes or no after "like" asks whether ("like, are they getting paid?")
_QUESTION_WORD = re.compile(
    r"(?:what|whats|what['’]s|why|how|hows|how['’]s|when|where|who|whos|who['’]s|which|whose)\b",
    re.IGNORECASE,
)
# How a question that puts the one before it in other words opens: "like, what's the
# population?", "I mean, how many were convicted?", "in other words"
# (or corrects it: "... no wait, what did vega say", "... i meant what did the mayor say")
_RESTATING = re.compile(
    r"\W*(?:like|i\s+mean|in\s+other\s+words|that\s+is|no\s+wait|wait\s+no|i\s+meant"
    r"|scratch\s+that)\b\W*",
    re.IGNORECASE,
)


def restates(question: str) -> bool:
    """Whether `question` puts the question before it in other words ("like, what's the
    population?", "I mean, how many were convicted?"): what it asks is what was meant."""
    restating = _RESTATING.match(question)
    return restating is not None and bool(_QUESTION_WORD.match(question, restating.end()))


def points_back(question: str) -> bool:
    """Whether `question` points back at what was said before it, by a pronoun or a word as
    "it" or "that" ("like how do both of them benefit")."""
    return any(
        word.lower() in _POINTING_BACK or word.lower() in _PERSONAL_PRONOUNS
        for word, _, _ in iter_words(question)
    )


def checks_the_answer(question: str) -> bool:
    """Whether `question`, after another, asks of what that one asked: it puts it in other
    words ("... how small are we talking? like what's the population?"), or asks yes or no
    of it, pointing back at it and naming no one ("... what did Bukele say? did he really call
    it preposterous?", "is it really about deterrence?", "did they call it a win?"). The same
    passage answers both, so it is read with the question before it, not as one of its own."""
    if restates(question):
        return True
    if not (_YES_NO_OPENING.match(question) or _YES_NO_WITHOUT_VERB.match(question)):
        return False
    words = [word for word, _, _ in iter_words(question)]
    if _ADDING.match(question) and not _points_back_at_a_thing(words):
        return False  # "how old is he? and is he the first to visit this term": another asked
    return points_back(question) and not any(
        word[:1].isupper() and word != "I" for word in words[1:]
    )


# A word adding a question to the one before it: "... ? and is he getting out of jail"
_ADDING = re.compile(r"\s*(?:and|also|plus)\s+", re.IGNORECASE)
_DETERMINING = frozenset("this that these those".split())


def _points_back_at_a_thing(words: Sequence[str]) -> bool:
    """Whether `words` point back at something said, not only at someone by a pronoun ("is
    that a lot", "is it true", "was it there"): a pointing word, but "this", "that" before a
    noun they determine ("this term", "that deal")."""
    wordnet = shared_wordnet()
    for at, word in enumerate(words):
        lower = word.lower()
        if lower not in _POINTING_BACK:
            continue
        after = words[at + 1].lower() if at + 1 < len(words) else ""
        if (
            lower in _DETERMINING
            and after
            and after not in STOP_WORDS
            and wordnet is not None
            and wordnet.is_noun(after)
        ):
            continue
        return True
    return False


def first_question(text: str) -> str:
    """`text` up to its first question mark: a question after it that points back ("... what
    did Bukele say? did he really call it preposterous?") points at this one, not at what the
    message said before it."""
    mark = text.find("?")
    return text if mark < 0 else text[: mark + 1]


def _ends_a_sentence(text: str, at: int) -> bool:
    """Whether the full stop at text[at] ends a sentence: not after an abbreviation ("Mr.")
    or an initial ("U.S.", "D.C.")."""
    if text[at] != ".":
        return True
    word = re.search(r"[\w.]*$", text[:at])
    before = word.group() if word else ""
    if before.lower() in ABBREVIATIONS:
        return False
    return not re.search(r"(?:^|\.)[A-Za-z]$", before)


def asks(sentence: str) -> bool:
    """Whether `sentence` asks: a question word or a verb first (after the words chat opens
    with: "ok so what did ..."), or a question mark at its end."""
    opened = sentence[chat_opening_end(sentence) :].lstrip()
    return bool(_ASKS.match(opened)) or sentence.rstrip().endswith("?")


def _stands_alone(question: str) -> bool:
    """Whether `question` asks about a topic of its own without pointing back at what was
    said before it."""
    asked = question[chat_opening_end(question) :]  # "ok so what did he say": no "so" of it
    words = [word.lower() for word, _, _ in iter_words(asked)]
    if any(word in _POINTING_BACK for word in words):
        return False
    return any(
        term not in _SPEECH_STEMS
        for word in words
        if not is_topic_free(word) and not _only_an_adverb(word)
        for term in terms(word)
    )


def _only_an_adverb(word: str) -> bool:
    """Whether `word` is an adverb and nothing else: it says how something is asked, not
    what about ("what exactly", "why again", "how come tho"), so a question of such words
    asks about the statement before it."""
    return set(all_lemmas(word)) == {"ADV"}


def names_someone_by_pronoun(question: str) -> bool:
    """Whether `question` names someone by a pronoun ("he", "him", "their"): maybe someone
    named before it."""
    return any(word.lower() in _PERSONAL_PRONOUNS for word, _, _ in iter_words(question))


# Question words that ask something of their own ("why?", "when?" after "what did he say")
_ASKING_ANEW = frozenset("why how when where who whom whose which".split())
# Words asking for more than was asked ("what else did he say")
_MORE = frozenset("else more other another anything".split())


def asks_again(question: str) -> bool:
    """Whether `question` only asks again for the words a question before it asked for
    ("trump's quote about the prison?? what exactly he said", "what did she say?"): "what"
    and a speech verb, with pronouns and adverbs, nothing it asks of its own."""
    words = [word.lower() for word, _, _ in iter_words(question)]
    return (
        "what" in words
        and any(terms(word) and set(terms(word)) <= _SPEECH_STEMS for word in words)
        and not any(word in _ASKING_ANEW or word in _MORE for word in words)
        and all(
            word in STOP_WORDS
            or word in _PERSONAL_PRONOUNS
            or is_topic_free(word)
            or _only_an_adverb(word)
            or all(term in _SPEECH_STEMS for term in terms(word))
            for word in words
        )
    )


# The words of a question asking for the figure a question before it asked about, as a quiz
# checks one ("... population is like 8 million, right? what's the actual figure in the
# story", "... I heard 150. so what's the real number?"): the figure, and words qualifying it
# or naming the story
_FIGURE_NOUNS = frozenset(
    "figure figures number numbers answer amount total count stat stats".split()
)
_FIGURE_AGAIN = _FIGURE_NOUNS | frozenset(
    "actual real correct right exact true precise official story article piece report".split()
)


def asks_the_figure_again(question: str) -> bool:
    """Whether `question` only asks for the figure, the number or the answer a question before
    it asked about ("what's the actual figure in the story", "so what's the real number"): a
    question word and such a noun, with words qualifying it or naming the story and words of
    no topic, nothing it asks of its own ("what's the actual figure for the fee" asks of the
    fee)."""
    asked = question[chat_opening_end(question) :]  # "so what's the real number"
    words = [word.lower() for word, _, _ in iter_words(asked)]
    return (
        bool(words)
        and _QUESTION_WORD.fullmatch(words[0]) is not None
        and any(word in _FIGURE_NOUNS for word in words)
        and all(
            word in STOP_WORDS
            or word in _FIGURE_AGAIN
            or is_topic_free(word)
            or _QUESTION_WORD.fullmatch(word) is not None
            for word in words
        )
    )


_READER = frozenset("you u ya yall y'all".split())


def asks_the_writer_only(question: str) -> bool:
    """Whether `question` asks only what its writer is to do with an answer for a thing of
    their own ("whats the main thing i should put in my essay"): it names one ("in my
    essay"), and besides says only words of no topic, verbs and adjectives. Not "should i be
    worried about going there", which the story may answer."""
    spans = conversational_spans(question)
    words = [(word.lower(), start) for word, start, _ in iter_words(question)]

    def framed(start: int) -> bool:
        return any(a <= start < b for a, b in spans)

    if not any(word == "my" and framed(start) for word, start in words):
        return False
    return all(
        framed(start)
        or word in STOP_WORDS
        or is_topic_free(word)
        or _QUESTION_WORD.fullmatch(word) is not None
        or "ADJ" in all_lemmas(word)
        or set(all_lemmas(word)) == {"VERB"}
        for word, start in words
    )


def asks_the_reader_only(question: str) -> bool:
    """Whether `question` asks only about whoever it is put to ("u seen this?", "did you hear
    about it?", "what do you think?"): it says "you", and besides only words of no topic and
    verbs (a word that may be a noun, "read", may be a topic)."""
    words = [word.lower() for word, _, _ in iter_words(question)]
    return any(word in _READER for word in words) and all(
        word in STOP_WORDS
        or word in _READER
        or is_topic_free(word)
        or set(all_lemmas(word)) == {"VERB"}
        for word in words
    )

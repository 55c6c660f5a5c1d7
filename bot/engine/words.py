"""The words the engine reasons with: each list once, with what it is for.

Stop words (what the index drops; what is never part of a name), the verbs and nouns that signal
reported speech (for `attribution`), the heads of roles and the words that make a name an
institution (for `people`), the verbs and role nouns a question asks with (for `question`), and
lemminflect's dictionary behind `is_dictionary_word`, `is_english_word`, `is_inflected_verb`.
Lexicons only: no rule lives here. Where two lists look alike their comments say how they differ.
WordNet's bridges between related words are `lexicon` (a different thing: relations, not lists).
"""

from __future__ import annotations

import bisect
import gzip
from collections.abc import Callable
from functools import cache, lru_cache
from importlib.util import find_spec
from pathlib import Path

from bot.engine.caches import remember

# --- Stop words ------------------------------------------------------------------------------

# Snowball's English stop list (snowballstem.org/algorithms/english/stop.txt), without the
# words that carry meaning in questions about news ("against", "no", "not", "only", "over"),
# with the question words contracted with "did" ("what'd he say"), which it lacks.
STOP_WORDS = frozenset(
    """
    i me my myself we our ours ourselves you your yours yourself yourselves he him his
    she her hers it its they them their theirs what which who whom
    this that these those am is are was were be been being have has had having do does did
    doing would should could ought i'm you're he's she's it's we're they're i've you've we've
    they've i'd you'd he'd she'd we'd they'd i'll you'll he'll she'll we'll they'll isn't
    aren't wasn't weren't hasn't haven't hadn't doesn't don't didn't won't wouldn't shan't
    shouldn't can't cannot couldn't mustn't let's that's who's what's here's there's when's
    where's why's how's what'd who'd how'd why'd where'd when'd a an the and but if or because
    as until while of at by for with about
    between into through during before after above below to from up down in out on off
    again further then once here there when where why how all any both each few more most
    other some such nor own same so than too very s t can will just don should now
    also may might must shall us much many else anything something
    regarding concerning re wrt
    """.split()
)
# ("regarding", "concerning", "re:" say "about": no topic, though "concerning" shares its
# stem with "concerns" and "regarding" reached "consider" through WordNet's verb "regard")


# --- Speech: what signals reported speech in a story, and what a question asks with ----------

_SAY = (
    "said says say told tells added adds asked asks asserted asserts argued argues claimed"
    " claims warned warns noted notes explained explains stated states wrote writes declared"
    " declares insisted insists acknowledged acknowledges announced announces replied replies"
    " responded responds continued continues interjected interjects remarked remarks recalled"
    " recalls suggested suggests contended contends countered counters conceded concedes"
    " confirmed confirms denied denies predicted predicts promised promises tweeted tweets"
    " urged urges vowed vows boasted boasts complained complains cautioned cautions stressed"
    " stresses emphasized emphasised emphasizes observed observes quipped quips joked jokes"
    " admitted admits testified alleged alleges maintained maintains reiterated reiterates"
    " concluded concludes reads found finds shouted exclaimed answered answers"
)
SPEECH_VERBS = frozenset(_SAY.split())
# Speaking to someone without a reported clause: "X addressed the crowd", "X spoke briefly".
ADDRESS_VERBS = frozenset("addressed addresses spoke speaks".split())
# Speech verbs that ask: the words after them may be someone else's answer.
QUESTION_VERBS = frozenset("asked asks".split())
# Verbs of not speaking that govern a speech verb's infinitive: X refused to say "...", X
# declined to call it "...": the words after are what X would not say, not X's.
REFUSAL_VERBS = frozenset("refused refuses declined declines".split())
# Verbs that characterise with a quoted label rather than report speech: X called it "...",
# X accused Y of "...".
LABEL_VERBS = frozenset(
    "described describes called calls dubbed dubs labeled labelled labels termed terms"
    " accused accuses".split()
)
# Speech verbs that take a reported clause (indirect speech).
CLAUSE_VERBS = SPEECH_VERBS - frozenset(
    "asked asks continued continues interjected interjects remarked remarks recalled recalls"
    " tweeted tweets urged urges quipped quips joked jokes testified reads shouted exclaimed"
    " answered answers".split()
)
# ... and among them those that drop "that": X said it would be ...
NO_THAT_VERBS = frozenset(
    "said says say told tells added adds claimed claims argued argues insisted insists warned"
    " warns wrote writes claim argue insist warn".split()
)
OBJECT_VERBS = frozenset("told tells".split())
PARTICIPLES = frozenset(
    "saying adding noting calling describing dubbing labeling labelling terming arguing"
    " warning claiming insisting telling explaining stressing asserting accusing".split()
)
CLAUSE_PARTICIPLES = PARTICIPLES - frozenset(
    "calling describing dubbing labeling labelling terming accusing".split()
)
INFINITIVES = frozenset(
    "say add note call describe argue warn claim insist tell explain stress assert declare"
    " announce suggest joke quip write".split()
)
# Documents an organisation speaks through: "a Human Rights Watch analysis ... reads".
DOC_NOUNS = frozenset(
    "analysis report statement study review survey memo letter release assessment"
    " investigation audit filing complaint lawsuit post opinion dissent".split()
)
# Nouns naming a work whose title may follow in quotation marks: the film "Jaws".
WORK_NOUNS = frozenset(
    "film movie book novel memoir song tune album single show series sitcom play musical opera poem"
    " documentary article essay column editorial podcast episode exhibit exhibition painting"
    " headline slogan campaign hashtag program programme game app".split()
)
SUBJECT_PRONOUNS = frozenset("he she they it we i".split())
# Words counting a group that open a sentence capitalised: never the start of a name ("Both
# Vito and Marco said").
QUANTIFIERS = frozenset("both all many some each most few several neither either".split())
# Open an adjunct between a speech verb and its clause: "said in an interview with X that".
PREPOSITIONS = frozenset(
    "in at on during to with after before from outside inside via through for near over"
    " under".split()
)
# Prepositions only (never a conjunction, as "as", "since", "before" may be): the noun phrase
# after one is no subject ("to the revolver found in the garage"), and no finite verb comes
# right after one but "to"'s infinitive ("replaced by counters": a noun, not "X counters")
GOVERNING_PREPOSITIONS = frozenset(
    "to of in at on with from into onto by for near under inside outside about against among"
    " between through over behind beside toward towards upon within without amid".split()
)
# Open a relative clause about a subject: "Reyes, who sponsored the bill, said".
RELATIVE_PRONOUNS = frozenset("who whose whom which".split())
OBJECT_PRONOUNS = frozenset("me us him her them you".split())
DETERMINERS = frozenset("the a an".split())
# Before a role, someone the story has not named: "a spokesman said", "said one official".
INDEFINITES = frozenset("a an one another some".split())
NOUN_MARKERS = DETERMINERS | frozenset("his her their its our my your this these those".split())
# Words that open a paragraph pointing back at the one before ("Those concerns ...", "He has
# been criticized ...", "Both men ..."): a third-person pronoun or a demonstrative.
BACK_REFERENCES = frozenset(
    "he she it they his her its their this that these those both none neither such".split()
)
# Between a subject and its verb: "Bukele has also called", "Trump later said".
AUX_ADVERBS = frozenset(
    "also has had have later then once previously repeatedly again recently reportedly"
    " publicly privately often even already just further frequently would will always usually"
    " sometimes".split()
)
BE_FORMS = frozenset("is was were are be been being am".split())
CLAUSE_OPENERS = frozenset(
    "and but or while when as because though although since after before if that which who"
    " so yet whereas where".split()
)
ADJUNCT_WORDS = frozenset(
    "still yet but and while when after before by even also then however meanwhile so".split()
)
TIME_WORDS = frozenset(
    "on in at during last this next earlier later yesterday today tonight morning afternoon"
    " evening night week month year weekend recently previously a an the interview statement"
    " briefing news conference speech post".split()
)
CLAUSE_STARTERS = frozenset(
    "it he she they we i there this these those the his her their its our a an".split()
)

# Verbs a question asks for someone's words with that say what the words did, not only that
# words were said: judging, greeting, answering for or painting something in words ("did X
# praise", "how did bukele justify keeping him", "how does HRW characterise democracy there");
# promising or offering too ("what did X offer": "if we can help, we will do it").
# "did they compliment each other" asks about compliments whoever "they" are ("what did she
# say" asks about nothing but her).
JUDGING_VERBS = frozenset(
    "praise criticize criticise thank defend accuse justify characterize characterise portray"
    " frame rationalize rationalise downplay greet compliment congratulate flatter slam blast"
    " mock warn promise deny admit predict vow pledge offer".split()
)
# Verbs of judging a thing's worth that ask someone's view of it, as "what did X think of"
# does ("how did the professor assess the meeting", "how does she rate his chances"), and the
# phrasal one ("how did she size up the deal"). Not among `ASKING_VERBS`: each is a noun or a
# verb of doing as often ("the judge", "the rate", "the view"; "who assessed the damage"), so
# `question._first_speech_verb` reads one as asking someone's words only after the one asked
# of, in a question "how" asks with an auxiliary, and not as a noun there ("the judge", "the
# court's judge", "judge ortiz"); elsewhere ("who assessed", a follow-up asking again, the
# reason of a deed, a typed name) each stays a word of the topic.
APPRAISING_VERBS = frozenset("assess evaluate appraise judge rate view".split())
APPRAISING_PHRASAL_VERBS = (("size", "up"),)
# Verbs a question asks for someone's words with (base forms, compared by stem so every form
# counts): the speech verbs, the verbs of opinion members ask with ("what does X think"), and
# the judging ones above.
ASKING_VERBS = (
    "say tell claim call describe think argue add mention announce respond react reply state"
    " assert comment note insist suggest stress explain write speak talk quote feel believe"
    " reckon figure answer report publish tweet"
).split() + sorted(JUDGING_VERBS)
# Verbs that ask for someone's words only with their particle ("did Mexico's president weigh
# in", "has anyone hit back"): alone they mean something else ("how much does it weigh").
PHRASAL_SPEECH_VERBS = (
    ("weigh", "in"),
    ("chime", "in"),
    ("jump", "in"),
    ("pipe", "up"),
    ("sound", "off"),
    ("lash", "out"),
    ("hit", "back"),
    ("fire", "back"),
    ("push", "back"),
    ("clap", "back"),
    ("open", "up"),
    ("bring", "up"),
    ("point", "out"),
    ("sum", "up"),  # "how did the professor sum up the meeting": in his words
)

# --- People: roles, names, institutions ----------------------------------------------------

# Nouns that head a role or title ("press secretary", "Attorney General", "Rep.").
ROLE_HEADS: frozenset[tuple[str, ...]] = frozenset(
    tuple(h.split())
    for h in (
        "president president-elect minister premier chancellor"
        " professor secretary adviser advisor aide strategist senator sen. rep. representative"
        " congressman congresswoman lawmaker spokesman spokeswoman spokesperson governor gov."
        " mayor analyst ceo cfo coo director chief judge justice ambassador envoy diplomat"
        " chairman chairwoman chair commissioner lawyer attorney researcher economist historian"
        " scientist expert official nominee candidate founder executive officer sheriff dr. prof."
        " gen. lt. col. sgt. capt. maj. cmdr. adm. supt. rev. general colonel lieutenant sergeant"
        " commander king queen pope dean"
        " coach manager reporter journalist activist leader deputy treasurer auditor"
        " superintendent administrator prosecutor counsel councilman councilwoman councilmember"
        " mr. mrs. ms. mx. mp"
    ).split()
) | frozenset(
    {
        ("attorney", "general"),
        ("prime", "minister"),
        ("vice", "president"),
        ("chief", "of", "staff"),
    }
)
# Nouns that head an appositive describing a person, without being a title to call them by.
# Family nouns whose holder a possessive ties to someone: "his wife", "her husband", "her
# grandmother" (`attribution.resolution`); a first name with one is a relative the story may
# have named in full ("Her son Darnell" after "his brother, Darnell Vail": `people`).
# Titles of address for clergy, written capitalised before a surname as before a full name
# ("Father Wilk", "Rabbi Stern", "Sister Agnes"): a noun for a kind of person that, alone before
# a known surname, is the title, not a first name ("Baker Holm" may be someone's name).
CLERICAL_TITLES = frozenset(
    "father sister rabbi imam pastor bishop archbishop cardinal deacon chaplain cantor"
    " monsignor reverend".split()
)
KIN_NOUNS = frozenset(
    "wife husband son daughter mother father brother sister grandmother grandfather grandson"
    " granddaughter aunt uncle niece nephew cousin".split()
)
PERSON_NOUNS = frozenset(
    "man woman resident citizen native immigrant migrant father mother son daughter student"
    " worker veteran teenager boy girl husband wife mom dad grandmother grandfather".split()
)
# Words that make a capitalised name an institution rather than a person.
ORG_WORDS = frozenset(
    "agency association bank board bureau center centre coalition college commission committee"
    " company corp corporation council court department foundation fund group institute"
    " institution international league ministry network office organization organisation party"
    " police project rights service society union university watch news times post inc llc ltd"
    " administration government senate congress army navy press alliance federation"
    " council".split()
)
# Nouns a story calls a company or other body by once it has named it ("the company said",
# "the firm's shares"): after a name with no first name or title, evidence that the name is
# no person's (`attribution.story._read_as_organisations`).
BODY_NOUNS = frozenset(
    "company firm business corporation startup automaker carmaker retailer manufacturer"
    " utility insurer lender chain agency association foundation organization organisation"
    " group".split()
)
# Nouns people use for an organisation of any kind ("the rights group", "the organisation"):
# with the organisation's own words before them they describe it; a question naming one the
# story does not know asks for a speaker it does not quote.
GROUP_NOUNS = frozenset(
    "group groups organisation organization org ngo nonprofit non-profit charity body"
    " outfit".split()
)
# Nouns for the people around someone ("Trump's team", "Bukele's government"): a story may
# report their words through its members without naming the group as a speaker.
ENTOURAGE_NOUNS = frozenset(
    "team staff camp cabinet circle people aides allies officials administration government"
    " campaign office spokespeople".split()
)
# Nouns people use for anyone in chat ("the Cornell guy"): after words of the person's own they
# describe them, as GROUP_NOUNS an organisation.
SOMEONE_NOUNS = frozenset(
    "guy dude lady gal fella fellow bloke chap gentleman person man woman".split()
)
# Function words: never part of a name (unlike STOP_WORDS, kept whole: "not", "over" and
# "only" matter to the index, and a name ends at "including" or "via").
FUNCTION_WORDS = frozenset(
    "a an the of to for with and or but nor by in on at from as that which who whom whose"
    " this these those into onto over under about after before during between among against"
    " including while when if than then so because though although since until unlike like"
    " via per its his her their our my your it he she they we i you there here not no is are"
    " was were be been being has have had do does did will would can could may might must"
    " shall should also even just only".split()
)
# English's one-word prepositions (a closed class): they say how the topic's words relate
# ("inside the government", "per the analysis", "against crime"), and a passage on the topic
# often says the relation in other words.
PREPOSITIONS = frozenset(
    "aboard about above across after against along amid amidst among amongst around as at"
    " atop before behind below beneath beside besides between beyond by concerning despite"
    " down during except excluding following for from in including inside into like minus"
    " near notwithstanding of off on onto opposite out outside over past per plus regarding"
    " round since than through throughout till to toward towards under underneath unlike"
    " until unto up upon versus via with within without".split()
)
# The prepositions that order events in time: a story often writes the order with an adverb
# ("ahead of the visit", "later") where a question has the preposition ("before the visit").
# Other prepositions' senses as adverbs mean something else ("about": "around", "roughly";
# "by": "past", "aside"; "off": "away").
TIME_PREPOSITIONS = frozenset("before after since until till during".split())
ABBREVIATIONS = frozenset(
    "rep sen gov dr mr mrs ms prof gen lt col sgt st jr sr rev maj capt cmdr adm supt"
    " inc co corp ltd no vs mt ft".split()
)
# Of those, the titles written before a person's name ("Mr. Bukele", "Dr. Flores-Macias",
# "Sen. Ruiz"): the name after one says who, the title only how politely.
PERSONAL_TITLES = frozenset(
    "rep sen gov dr mr mrs ms mx prof gen lt col sgt rev maj capt cmdr adm supt".split()
)
NAME_SUFFIXES = frozenset("jr. sr. ii iii iv".split())
NAME_PARTICLES = frozenset("de la del della der van von da di du dos das bin ibn al el le".split())
MONTHS = frozenset(
    "january february march april may june july august september october november december".split()
)
WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
NON_NAMES = WEEKDAYS | MONTHS

# Titles abbreviated before a name, as news style writes them (AP: "Sen. X", then "the
# senator"), and the word each stands for.
SPELLED_TITLES = {
    "sen.": "senator",
    "rep.": "representative",
    "gov.": "governor",
    "gen.": "general",
    "prof.": "professor",
    "lt.": "lieutenant",
    "col.": "colonel",
    "sgt.": "sergeant",
    "capt.": "captain",
    "maj.": "major",
    "cmdr.": "commander",
    "adm.": "admiral",
    "supt.": "superintendent",
    "rev.": "reverend",
}

# Heads that introduce a name without being a role to call someone by.
HONORIFICS = frozenset({"mr.", "mrs.", "ms.", "mx."})

# Words members use for anyone quoted for what they know ("what do the experts say"), and the
# role nouns of those a story quotes so: its professors, economists and researchers, whom it
# rarely calls experts itself.
EXPERT_WORDS = frozenset("expert analyst scholar academic specialist commentator pundit".split())
SCHOLARLY_ROLES = frozenset(
    "professor researcher scholar academic scientist economist historian analyst lecturer "
    "expert specialist criminologist sociologist demographer".split()
)
# The scholarly roles that name no field: a story's "Cornell University professor" may be the
# economist a member remembers him as (`Descriptions.scholar_in_other_words`)
SCHOLARS_OF_NO_FIELD = frozenset("professor researcher scholar academic lecturer".split())

# Role nouns that make "the <role>" in a question a reference to someone the story may not know.
# Unlike ROLE_HEADS (what introduces a name in a story) it holds plural and collective nouns
# ("lawyers", "the government", "the family") and leaves out titles nobody asks by ("dr.", "dean").
ROLES_ASKED_ABOUT = frozenset(
    "president professor secretary adviser advisor senator rep representative minister "
    "spokesman spokeswoman spokesperson governor mayor analyst ceo director chief judge "
    "ambassador general chancellor king queen pope prime official officer lawyer attorney "
    "expert economist leader chairman chair commissioner sheriff diplomat justice lawmaker "
    "prosecutor police spokesman congressman congresswoman councilman councilwoman "
    "government ministry embassy family campaign lawyers attorneys team".split()
)


# --- The dictionary ---------------------------------------------------------------------------


def all_lemmas(word: str) -> dict[str, tuple[str, ...]]:
    """lemminflect's `getAllLemmas(word)`, equal to it for every word: each part of speech the
    word can be a form of, with its lemmas, in the word's capitals.

    Read from lemminflect's own files, but looked up in its lines put in order instead of its
    parsed dictionary: lemminflect parses 80,000 lines into dicts on its first call (0.3-0.6 s,
    most of a cold `storybot ask`); ordering the lines takes a hundredth of that.
    Remembered by the word as typed (a copy each call: a caller may change its own): a
    question's readings ask it of the same words again and again (906 calls of 225 words in
    the 300 questions at 100,000 passages).
    """
    known = _ALL_LEMMAS.get(word)
    if known is None:
        known = remember(_ALL_LEMMAS, word, _read_lemmas(word), _ALL_LEMMAS_KEPT)
    return dict(known)


# `all_lemmas`' readings, by the word as typed
_ALL_LEMMAS: dict[str, dict[str, tuple[str, ...]]] = {}
_ALL_LEMMAS_KEPT = 16_384


def _read_lemmas(word: str) -> dict[str, tuple[str, ...]]:
    """`all_lemmas` of `word`, read from the table's lines."""
    lower = word.lower()
    lemmas: dict[str, tuple[str, ...]] = {}
    if "," not in lower:  # no word of the table holds one ("a,noun" is not the word "a")
        for line in _lemma_lines_of(lower):
            _, category, forms = line.split(",")
            upos = category.upper()
            lemmas["AUX" if upos == "MODAL" else upos] = tuple(forms.split("/"))
    lemmas.update(_lemma_overrides().get(lower, {}))
    style = _capitals(word)
    return {pos: tuple(style(form) for form in forms) for pos, forms in lemmas.items()}


@lru_cache(maxsize=4096)
def _lemma_lines_of(word: str) -> tuple[str, ...]:
    """The table's lines of `word` ("word,category,lemma/lemma"), in the file's order (the
    later wins, as in lemminflect): the lines starting "word," stand together in the lines'
    order, and their places in the file put them back in its order. Remembered: a question's
    readings ask `all_lemmas` of one word again (its word classes, its kind of answer)."""
    lines, order = _lemma_table()
    start = word + ","
    at = bisect.bisect_left(order, start, key=lines.__getitem__)
    places = []
    while at < len(order) and lines[order[at]].startswith(start):
        places.append(order[at])
        at += 1
    return tuple(lines[place] for place in sorted(places))


@cache
def _lemma_table() -> tuple[list[str], list[int]]:
    """lemminflect's lemma table's lines as in its file, and their places in the lines' order
    (sorted by a bound method of the list, no Python function called for each of 80,000 lines:
    a sixth of the time of sorting the lines by their word)."""
    data = (_lemminflect_resources() / "lemma_lu.csv.gz").read_bytes()
    lines = gzip.decompress(data).decode().splitlines()
    return lines, sorted(range(len(lines)), key=lines.__getitem__)


def _lemminflect_resources() -> Path:
    """lemminflect's folder of resources, found without importing the package: its
    `__init__` loads its inflection models and numpy's (7 ms of a cold `storybot ask`, for
    nothing the bot uses)."""
    spec = find_spec("lemminflect")
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError("lemminflect is not installed", name="lemminflect")
    return Path(next(iter(spec.submodule_search_locations))) / "resources"


@cache
def _lemma_overrides() -> dict[str, dict[str, tuple[str, ...]]]:
    text = (_lemminflect_resources() / "lemma_overrides.csv").read_text(encoding="utf-8")
    overrides: dict[str, dict[str, tuple[str, ...]]] = {}
    for line in text.splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            word, pos, lemma = line.split(",")
            overrides.setdefault(word, {})[pos] = (lemma,)
    return overrides


def _capitals(word: str) -> Callable[[str], str]:
    """lemminflect's caps style: the lemmas written as `word` is."""
    if word.isupper():
        return str.upper
    if word and word[0].isupper():
        return str.capitalize
    return str.lower


@lru_cache(maxsize=8192)
def _lemmas(word: str) -> dict[str, tuple[str, ...]]:
    return all_lemmas(word)


def is_inflected_verb(word: str) -> bool:
    """A lower-case word that can only be read here as a verb form: "met", "described", "has"."""
    lemmas = _lemmas(word)
    verbs = lemmas.get("VERB", ()) + lemmas.get("AUX", ())
    return bool(verbs) and (word not in verbs or "AUX" in lemmas)


def is_noun_of_its_own(word: str) -> bool:
    """A lower-case word that is a noun's own form, not only a plural or a verb's: "sports"
    (a verb's "sports" too, but "sports" the field names it), "games"; not "works" (of
    "work")."""
    return word in _lemmas(word).get("NOUN", ())


def is_dictionary_word(word: str) -> bool:
    """Whether lemminflect's dictionary knows `word` (any case)."""
    return _in_dictionary(word.lower())


@lru_cache(maxsize=100_000)
def _in_dictionary(lower: str) -> bool:
    # asked about the same words (names, roles) question after question: remember it
    return bool(all_lemmas(lower))


def is_english_word(word: str) -> bool:
    """Whether `word` is an English word: in lemminflect's dictionary, or a stop word."""
    lower = word.lower()
    return lower in STOP_WORDS or _in_dictionary(lower)

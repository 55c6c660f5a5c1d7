"""The words that signal reported speech, for `attribution`.

Verbs of saying and their participles and infinitives, the nouns of documents an organisation
speaks through, and the small closed classes (pronouns, determiners, auxiliaries, clause
openers) the cue rules test tokens against. Lexicons only: no rule lives here.
"""

from __future__ import annotations

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
# Verbs that characterise with a quoted label rather than report speech: X called it "...".
LABEL_VERBS = frozenset(
    "described describes called calls dubbed dubs labeled labelled labels termed terms".split()
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
    " warning claiming insisting telling explaining stressing asserting".split()
)
CLAUSE_PARTICIPLES = PARTICIPLES - frozenset(
    "calling describing dubbing labeling labelling terming".split()
)
INFINITIVES = frozenset(
    "say add note call describe argue warn claim insist tell explain stress assert declare"
    " announce suggest".split()
)
# Documents an organisation speaks through: "a Human Rights Watch analysis ... reads".
DOC_NOUNS = frozenset(
    "analysis report statement study review survey memo letter release assessment"
    " investigation audit filing complaint lawsuit post".split()
)
# Nouns naming a work whose title may follow in quotation marks: the film "Jaws".
WORK_NOUNS = frozenset(
    "film movie book novel memoir song album single show series sitcom play musical opera poem"
    " documentary article essay column editorial podcast episode exhibit exhibition painting"
    " headline slogan campaign hashtag program programme game app".split()
)
SUBJECT_PRONOUNS = frozenset("he she they it we i".split())
# Open an adjunct between a speech verb and its clause: "said in an interview with X that".
PREPOSITIONS = frozenset(
    "in at on during to with after before from outside inside via through for near over"
    " under".split()
)
# Open a relative clause about a subject: "Reyes, who sponsored the bill, said".
RELATIVE_PRONOUNS = frozenset("who whose whom which".split())
OBJECT_PRONOUNS = frozenset("me us him her them you".split())
DETERMINERS = frozenset("the a an".split())
# Before a role, someone the story has not named: "a spokesman said", "said one official".
INDEFINITES = frozenset("a an one another some".split())
NOUN_MARKERS = DETERMINERS | frozenset("his her their its our my your this these those".split())
# Between a subject and its verb: "Bukele has also called", "Trump later said".
AUX_ADVERBS = frozenset(
    "also has had have later then once previously repeatedly again recently reportedly"
    " publicly privately often even already just further frequently would will".split()
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

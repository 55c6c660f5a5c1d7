"""Finding speakers: the subject of a speech cue, with its appositives, relative clauses,
participles and coordinations (`X, a Maryland man, said`; `said X`; `X and Y said`)."""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from bot.engine.attribution.base import AttributorBase
from bot.engine.attribution.paragraphs import (
    Para,
    Ref,
    appositive_ok,
    finite_verb,
    time_word,
    whose_phrase,
    with_cue,
)
from bot.engine.first_names import PRONOUN_GENDER, first_name_gender, is_first_name
from bot.engine.lexicon import shared_wordnet
from bot.engine.mentions import Mention
from bot.engine.models import SpeakerKind
from bot.engine.names import (
    Token,
    cap_sequences,
    head_ending_at,
    is_name_like,
    is_role_modifier,
    looks_like_org,
    role_run_start,
    side_by_side,
)
from bot.engine.occupations import (
    a_common_word,
    describes_person,
    occupation_before,
    role_head_at,
)
from bot.engine.people import plural_possessive, ranked_class_start, title_of_start
from bot.engine.places import (
    ap_state_end,
    cap_run_before,
    is_place_comma,
    place_after_preposition,
)
from bot.engine.words import (
    ADJUNCT_WORDS,
    AUX_ADVERBS,
    BE_FORMS,
    CLAUSE_OPENERS,
    DETERMINERS,
    DOC_NOUNS,
    FUNCTION_WORDS,
    GOVERNING_PREPOSITIONS,
    INDEFINITES,
    INFINITIVES,
    KIN_NOUNS,
    LABEL_VERBS,
    NO_THAT_VERBS,
    NON_NAMES,
    NOUN_MARKERS,
    OBJECT_PRONOUNS,
    OBJECT_VERBS,
    ORG_WORDS,
    PARTICIPLES,
    PERSON_NOUNS,
    PREPOSITIONS,
    QUANTIFIERS,
    ROLE_HEADS,
    SPEECH_VERBS,
    SUBJECT_PRONOUNS,
    WORK_NOUNS,
    all_lemmas,
    is_inflected_verb,
)


class SpeakerFinder(AttributorBase):
    """Who a cue's verb has for subject."""

    def _verb_kind(self, para: Para, v: int) -> str | None:
        tok = para.tokens[v]
        if not tok.is_word or tok.is_cap or not self._verbal(para, v):
            return None
        if tok.lower in INFINITIVES and v > 0 and para.tokens[v - 1].lower == "to":
            return "infinitive"  # "used to say", "interjected to claim": not "say" finite
        if tok.lower in SPEECH_VERBS or tok.lower in LABEL_VERBS:
            return "finite"
        if tok.lower in POSTING_VERBS and (_posts_quotation(para, v) or posts_clause(para, v)):
            return "finite"
        if tok.lower in PARTICIPLES:
            return "participle"
        return None

    def _verbal(self, para: Para, v: int) -> bool:
        """Not a noun use of a verb-like word: "the claims", "his notes", "Trump's calls", and
        after a preposition ("replaced by counters that would be ...", "a list of claims"): no
        finite verb comes right after one (but "to"'s infinitive, "used to say", and a
        participle, "began by accusing")."""
        if v == 0:
            return True
        prev = para.tokens[v - 1]
        word = para.tokens[v].lower
        if prev.lower in GOVERNING_PREPOSITIONS and prev.lower != "to" and not word.endswith("ing"):
            return False
        return prev.kind != "poss" and prev.lower not in NOUN_MARKERS

    def _verb_subject(self, pi: int, v: int, kind: str) -> Ref | None:
        para = self.paras[pi]
        toks = para.tokens
        if kind == "participle":
            quoted_as = self._quoted_as(pi, v)
            if quoted_as is not None:
                return quoted_as
            if v >= 2 and toks[v - 1].lower == "by" and finite_verb(toks[v - 2]):
                # "X opened by accusing the hauler of "..."", "X began by saying": the subject
                # of the verb the participle says the manner of
                return self._subject_before(pi, v - 2)
            return self._participle_subject(pi, v)
        if kind == "infinitive":  # "interjected to claim": the subject of the governing verb
            g = v - 2
            if g < 0 or not is_inflected_verb(toks[g].lower):
                return None
            v = g
        ref = self._subject_before(pi, v)
        if ref is None and v > 0 and toks[v - 1].lower in ("and", "or", "but"):
            return self._coordinated_subject(pi, v)
        if ref is None and toks[v].lower in LABEL_VERBS:
            return self._reduced_relative_subject(pi, v)
        return ref

    def _reduced_relative_subject(self, pi: int, v: int) -> Ref | None:
        """`a route Whitford described as "..."`, `the plan Ruiz called "..."`: a verb of
        labelling in a relative clause with no "that" or "which", right after a noun phrase
        ("a", "an", "the", "this" or "that" and up to two words in lower case, the last a
        noun): its subject, the name between, when the story knows it as one person."""
        para = self.paras[pi]
        toks = para.tokens
        lo, _ = para.sentence(v)
        m = self.ending[pi].get(v - 1)
        if m is None or len(m.ids) != 1 or m.i - 2 < lo:
            return None
        if self.people[m.ids[0]].kind is not SpeakerKind.PERSON:
            return None
        n = m.i - 1
        noun = toks[n]
        if not noun.is_word or noun.is_cap or noun.lower in FUNCTION_WORDS or finite_verb(noun):
            return None
        for d in range(n - 1, max(lo, n - 3) - 1, -1):
            if toks[d].lower in ("a", "an", "the", "this", "that"):
                return Ref("person", m.i, m.j, ids=m.ids, cue="a <noun> X described as")
            if not toks[d].is_word or toks[d].is_cap or para.quote_of[d] != -1:
                return None
        return None

    def _subject_before(self, pi: int, v: int) -> Ref | None:
        """The subject phrase ending right before verb `v`: name, pronoun, role or document."""
        para = self.paras[pi]
        toks = para.tokens
        lo, _ = para.sentence(v)
        j = v - 1
        while j >= lo and toks[j].lower in AUX_ADVERBS:
            j -= 1
        if j > lo and toks[j].text in _DASHES:
            j = self._before_dashed_aside(pi, j, lo)  # "Dennis Marsh — no relation — wrote"
        title = self._title_closing_at(pi, j) if j >= lo else -1
        if j < lo or (para.quote_of[j] != -1 and title == -1) or toks[j].lower in BE_FORMS:
            return None  # nothing, a quotation, or a passive ("was told")
        if toks[j].lower in SUBJECT_PRONOUNS:
            return Ref("pronoun", j, j + 1, word=toks[j].lower, cue=f"{toks[j].lower} (pronoun)")
        if toks[j].lower == "who":
            return self._relative_subject(pi, j, lo)
        if toks[j].lower == "which":
            return self._body_before_which(pi, j, lo)
        named_before_of = self._name_before_of(pi, j, lo)
        if named_before_of is not None:
            j = named_before_of  # "Rita Okafor of the Red Cross said": Rita Okafor
        doc = self._document_subject(pi, j, lo)
        if doc is not None:
            return doc
        statement = self._statement_told_of(pi, j, lo)
        if statement is not None:
            return statement
        # `X, a former actor known for the series "Northern Line," said`: the comma closing the
        # appositive stands inside the title's quotation marks
        close = j if toks[j].text == "," or title != -1 else None
        given: Mention | None = None  # a name the appositive gives with "named"
        thing = False  # an appositive opening with "which": the name is no person's
        for n in range(2):  # ", 61, who chairs the committee," between a name and its verb
            if close is None:
                break
            k = close - 1
            while (
                k >= lo
                and (
                    para.quote_of[k] == title != -1
                    or toks[k].text != ","
                    or is_place_comma(toks, k)  # "a pharmacist in Duluth, Minnesota,"
                    or _thousands_comma(toks, k)  # "which collected 2,300 signatures,"
                )
                and para.quote_of[k] in (-1, title)
                and close - k <= 24
            ):
                k -= 1
            if k < lo or toks[k].text != ",":
                if n == 0:
                    return None
                break
            if toks[k + 1].lower == "including":
                return self._group_member(pi, k + 1, close) if n == 0 else None
            named = self.ending[pi].get(close - 1)
            if n == 0 and named is not None and toks[named.i - 1].lower in ("named", "called"):
                given = named  # "his own father, a coach in Ohio named Walt Donnelly,"
            head = None
            if named is not None and k + 1 in (named.i, self._np_start(para, named.i, named.j)):
                head = role_head_at(toks, k - 1)  # "the chief executive, Dr. Alan Fairbanks,"
                if head is None and toks[k - 1].lower in PERSON_NOUNS:
                    head = k - 1  # "His wife, Marlene Foy, said"
            if named is not None and head is not None:
                # "The mayor, Bill Chen, said" / "X's spokesman, Y, said": Y is the subject, and
                # the phrase starts at the role, so that a cue after a quotation finds it there
                start = self._role_phrase_start(pi, head, lo)
                if not self._subject_slot(pi, start, lo) and not self._reported_subject(
                    pi, start, lo
                ):
                    return None
                return Ref("person", start, named.j, ids=named.ids)
            if n == 0 and head is None:
                apposed = self._name_after_noun_phrase(pi, k, close, lo)
                if apposed is not None:
                    return apposed
            if (
                n == 1
                and named is not None
                and head is None
                and k + 1 in (named.i, self._np_start(para, named.i, named.j))
                and self._adverbial_opener(pi, lo, k)
            ):
                # "In a sharply worded dissent, Justice Daniel Holloway, who is not related to
                # his colleague, argued": the name after the opening phrase is the subject
                return Ref("person", k + 1, named.j, ids=named.ids)
            words = [t for x, t in enumerate(toks[k + 1 : close], k + 1) if para.quote_of[x] == -1]
            if n == 0 and self._parenthetical_cue(pi, k + 1, close):
                j = k - 1  # "Outfielder Jaylen Marsh, Sandoval said, asked": Marsh asked
                break
            if not appositive_ok(words):
                if n == 0:
                    return None
                break
            thing = thing or (bool(words) and words[0].lower == "which")
            j, close = k - 1, k
        if j < lo or toks[j].text == ",":
            return None
        if close is not None and not thing and named_before_of is None:
            # "Rita Okafor of the Red Cross, who ran the shelter, said": the name before the
            # "of" phrase, past the appositive
            named_before_of = self._name_before_of(pi, j, lo)
            if named_before_of is not None:
                j = named_before_of
        m = self.ending[pi].get(j)
        if m is None and given is not None and len(given.ids) == 1 and describes_person(toks[j]):
            start = j
            while start - 1 >= lo and toks[start - 1].is_word and not toks[start - 1].is_cap:
                start -= 1
                if toks[start].lower in POSSESSIVE_DETERMINERS or toks[start].lower in DETERMINERS:
                    break
            if toks[start].lower in POSSESSIVE_DETERMINERS | DETERMINERS and self._subject_slot(
                pi, start, lo
            ):
                return Ref("person", start, given.j, ids=given.ids)  # the name given is theirs
        if m is not None and m.i - 2 >= lo and toks[m.i - 1].lower in SENIORITY:
            # "the elder Greer said": of the people the surname names, the one it picks out
            if toks[m.i - 2].lower != "the" or not self._subject_slot(pi, m.i - 2, lo):
                return None
            known = self._named_so_far(pi, m.i, m.ids)
            pick = self._by_seniority(known, SENIORITY[toks[m.i - 1].lower])
            if pick is None and len(known) > 1:
                # of three or more: the pair in the scene; of two the roles do not order, the
                # one a pronoun bound to the cue fits ("the younger Pruitt said he")
                word = toks[m.i - 1].lower
                return Ref("elder", m.i - 2, m.j, ids=known, word=word, cue=f"the {word} X")
            if pick is None:  # not decided, or the story knows one of that name: nobody
                return Ref("unknown", m.i - 2, m.j, cue=f"undecided: the {toks[m.i - 1].text} X")
            return Ref("person", m.i - 2, m.j, ids=(pick,), cue=f"the {toks[m.i - 1].text} X")
        if m is not None:
            start = self._np_start(para, m.i, m.j)
            if start == m.i and self._title_given(pi, m, lo):
                start -= 1  # "Father Reis said" of Father Tomás Reis: a title no role list knows
            if start > lo and toks[start - 1].lower == "the":
                start -= 1  # "the Harbor Commission said"
            elif start < m.i and start > lo and toks[start - 1].lower in POSSESSIVE_DETERMINERS:
                start -= 1  # "Her son Darnell, 22, said": the kin noun's owner opens the phrase
            if not self._subject_slot(pi, start, lo) and not self._reported_subject(pi, start, lo):
                wider = self._modifiers_start(pi, start, lo) if m.j - m.i > 1 else None
                if wider is None:
                    # "At one point Sen. Gary Holcomb accused": the role run took in the opener
                    wider = next(
                        (s for s in range(start + 1, m.i + 1) if self._short_opener(pi, lo, s)),
                        None,
                    )
                if wider is None:
                    return None
                start = wider
            return Ref("person", start, m.j, ids=m.ids)
        if toks[j].lower in KIN_NOUNS and j - 1 >= lo and toks[j - 1].lower in ("his", "her"):
            # "His wife said": the wife of the one "his" is (`Resolver._resolve_kin`); so too
            # opening a clause reported with no "that" (`She said her husband used to tell`)
            if not self._subject_slot(pi, j - 1, lo) and not self._reported_subject(pi, j - 1, lo):
                return None
            phrase = f"{toks[j - 1].lower} {toks[j].lower}"
            return Ref("kin", j - 1, j + 1, word=phrase, cue=f"kin: {phrase}")
        head = role_head_at(toks, j)
        if head is not None:
            start = role_run_start(toks, head)
            phrase = self.body[toks[start].start : toks[j].end]
            indefinite = toks[start].lower in INDEFINITES
            if start > lo and toks[start - 1].lower in DETERMINERS | INDEFINITES | {"its"}:
                # "its" as "the": `its mayor said` of the town's mayor (not "his lawyer",
                # someone else's)
                indefinite = indefinite or toks[start - 1].lower in INDEFINITES
                start -= 1
            elif (
                pi == 0
                and start > lo
                and toks[start - 1].lower in ("his", "her", "their")
                and self._subject_slot(pi, start - 1, lo)
            ):
                # "..., his lawyer said on Tuesday" in the story's first paragraph: the one the
                # story names further down as "the lawyer, Petra Aalto," (`_owned_in_the_lede`)
                owned = f"{toks[start - 1].lower} {phrase}"
                return Ref("role", start - 1, j + 1, word=owned, cue=f"role: {owned}")
            elif pi == 0 and self._thing_owns(pi, start, lo):
                # `a decision the team's coach called "..."` in the story's first paragraph: as
                # "his lawyer" there, the one the story names further down as "the coach, X,"
                owned = f"{toks[start - 2].lower}'s {phrase}"
                return Ref("role", start - 3, j + 1, word=owned, cue=f"role: {owned}")
            if (
                not self._subject_slot(pi, start, lo)
                and not self._reported_subject(pi, start, lo)
                and not self._contact_relative(pi, start, lo)
            ):
                return None
            if indefinite:  # "a spokesman said": someone the story has not named
                return Ref("unknown", start, j + 1, cue=f"indefinite: {phrase}")
            return Ref("role", start, j + 1, word=phrase, cue=f"role: {phrase}")
        if toks[j].is_cap:
            i = j
            while i > lo and toks[i - 1].is_cap and toks[i].start - toks[i - 1].end <= 1:
                i -= 1
            if toks[i].lower == "the":
                i += 1
            joined = self._joined_body_start(pi, i, j, lo)
            if joined is not None:
                i = joined  # "the Department of Health said", "X Search and Rescue said"
            words = toks[i : j + 1]
            if joined is not None:
                words = [t for t in words if t.is_cap]  # the name's words, not "of", "and"
            if place_after_preposition(toks, i, j + 1):
                return None  # "in Duluth, Minnesota, said": a place, never the speaker
            start = i - 1 if i > lo and toks[i - 1].lower == "the" else i  # "the X Company said"
            slot = i <= j and is_name_like(words) and self._subject_slot(pi, start, lo)
            if not slot and i <= j and is_name_like(words) and len(words) > 1:
                slot = self._modifiers_start(pi, start, lo) is not None  # the name alone
            if slot:
                # `Brightwater Logistics, which runs the buses, said`: reporters write "who"
                # of a person, "which" of a company or any other body
                org = thing or joined is not None or looks_like_org([t.text for t in words])
                return Ref("name", start, j + 1, org=org)
        return None

    def _before_dashed_aside(self, pi: int, close: int, lo: int) -> int:
        """`The club's record goalscorer, Dennis Marsh — no relation to the chair — struck`:
        the token before an aside set off by a pair of dashes whose second closes at `close`
        right before the verb, the aside up to twelve words with no quotation, no name the
        story knows and no verb of speech (`close` itself when there is no such aside)."""
        para = self.paras[pi]
        toks = para.tokens
        for d in range(close - 1, max(lo, close - 13) - 1, -1):
            if para.quote_of[d] != -1 or toks[d].lower in SPEECH_VERBS or d in self.ending[pi]:
                return close
            if toks[d].text in _DASHES:
                return d - 1 if lo < d < close - 1 else close
        return close

    def _parenthetical_cue(self, pi: int, a: int, b: int) -> bool:
        """Tokens `a`..`b`-1, set off by commas between a subject and its verb, are a cue of
        their own and nothing else ("Jaylen Marsh, Sandoval said, asked"): a name the story
        knows as one person, or "he"/"she", then one verb of speech in the past or present."""
        para = self.paras[pi]
        toks = para.tokens
        if b - a < 2 or any(para.quote_of[x] != -1 for x in range(a, b)):
            return False
        verb = toks[b - 1].lower
        if verb not in SPEECH_VERBS or not (verb.endswith("ed") or verb in ("said", "says")):
            return False
        if b - a == 2 and toks[a].lower in ("he", "she"):
            return True
        m = self.starting[pi].get(a)
        return m is not None and m.j == b - 1 and len(m.ids) == 1

    def _joined_body_start(self, pi: int, i: int, j: int, lo: int) -> int | None:
        """Where a body's name opens when the run of capitalised words `i`..`j` is the end of a
        longer name joined by "of" (and "the") or "and": `the Department of Health`, `the
        Bureau of Land Management`, `Larch County Search and Rescue`, `the Food and Drug
        Administration` (not "for": `the Association for ...` is left as it was). Before "of",
        a noun for a body (`words.ORG_WORDS`: "Department",
        "Bureau", "University"; never "Governor of Texas" nor "Smith of Yale", a person's), or
        after "the" a plural for its members in a name of three capitalised words or more
        (`the United Industrial Workers of America`; not "the Governors of Ohio");
        around "and", two words English writes in lower case too (no given name: "Search and
        Rescue", not "Maria and Tom") in a name of three capitalised words or more. No word of
        it a name the story knows. None when no such joint stands right before `i`."""
        para = self.paras[pi]
        toks = para.tokens
        known = {x for m in self.mentions[pi] for x in range(m.i, m.j)}
        start = None
        while True:
            c = i - 1
            if c - 1 > lo and toks[c].lower == "the" and toks[c - 1].lower == "of":
                c -= 1
            if c - 1 < lo or toks[c].lower not in ("of", "and"):
                break
            left = toks[c - 1]
            if not left.is_cap or para.quote_of[c] != -1 or c - 1 in known:
                break
            k = c - 1
            while k > lo and toks[k - 1].is_cap and toks[k].start - toks[k - 1].end <= 1:
                k -= 1
            articled = k > lo and toks[k - 1].lower == "the"
            if toks[k].lower == "the" and k < c - 1:
                k += 1  # "The Department of Health said": a sentence's first word
                articled = True
            if toks[c].lower == "and":
                if not (a_common_word(left) and a_common_word(toks[c + 1])):
                    break
                if sum(t.is_cap for t in toks[k : j + 1]) < 3:
                    break
            elif left.lower not in ORG_WORDS and not (
                # "the United Industrial Workers of America", three capitalised words or more
                articled and _plural_members(left) and sum(t.is_cap for t in toks[k : j + 1]) > 2
            ):
                break
            if any(x in known for x in range(k, i)) or is_first_name(toks[k].text):
                break
            i = start = k
        return start

    def _name_before_of(self, pi: int, j: int, lo: int) -> int | None:
        """The last token of a person's name followed by an "of" phrase of a place or a body
        that ends at `j`, right before a cue's verb: "Rita Okafor of Eugene said", "... of
        Eugene, Oregon, said", "... of Eugene, Ore., said", "Rita Okafor of the Department of
        Health said". The phrase says where the person is from or whom they speak for: the
        speaker is the person, never the place or the body. A body written in lower case, or
        with an owner, after "the" is one too when a noun for a body is among its words ("Rita
        Okafor of the sheriff's office said", "... of the County Sheriff's Office marine unit
        said"; not "of the county sheriff said"). None when no person's name stands before its
        "of" ("the Department of Health said" stays the department's)."""
        para = self.paras[pi]
        toks = para.tokens
        end = j
        if toks[end].text == ",":
            end -= 1  # "of Eugene, Oregon, said": the comma closing the place
        k = end
        found: int | None = None
        place_comma = False
        plain = False  # a word in lower case, or an owner's "'s", in the phrase
        while k > lo and end - k < 12 and para.quote_of[k] == -1:
            tok = toks[k]
            if tok.text == ",":
                if not is_place_comma(toks, k):
                    break
                place_comma = True
            elif tok.text == ".":
                # the full stop of a state AP abbreviates ("Ore" "."; "W." "Va" ".")
                if not any(ap_state_end(toks, s) == k + 1 for s in range(max(lo, k - 2), k)):
                    break
            elif tok.lower == "of":
                if k + 1 <= end and self._person_name_ends(pi, k - 1, lo):
                    found = k - 1
                    break
            elif tok.lower in ("'s", "'") and k > lo and toks[k - 1].is_word:
                plain = True  # "Sheriff's Office": an owner inside the body's name
            elif tok.is_word and not tok.is_cap and tok.lower not in FUNCTION_WORDS:
                plain = True
            elif not (tok.is_cap or tok.lower in ("the", "and", "for")):
                break
            k -= 1
        if found is None or (end != j and not place_comma):
            return None
        first = k + 1
        if plain:
            words = toks[first + 1 : end + 1]
            if toks[first].lower != "the" or not any(t.lower in ORG_WORDS for t in words):
                return None  # "of the county sheriff said": no body
            return found
        if toks[first].lower == "the":
            first += 1
        if first > end or not toks[first].is_cap:
            return None  # "of the Red Cross": capitalised words after "of" (and "the")
        return found

    def _person_name_ends(self, pi: int, e: int, lo: int) -> bool:
        """A person's name ends at token `e`: a name the story knows, or capitalised words,
        two to four, side by side, the first a first name and none a body's word ("Rita
        Okafor"; not "Department", "Grace Church", "Bank")."""
        if e < lo:
            return False
        if e in self.ending[pi]:
            return True
        toks = self.paras[pi].tokens
        s = max(lo, cap_run_before(toks, e + 1))
        words = toks[s : e + 1]
        return (
            2 <= len(words) <= 4
            and side_by_side(toks, s, e + 1)
            and is_first_name(words[0].text)
            and is_name_like(words)
            and not looks_like_org([t.text for t in words])
        )

    def _title_closing_at(self, pi: int, j: int) -> int:
        """The quotation whose closing mark is token `j`, when it is a title ending with the
        comma of the phrase around it (`the series "Northern Line,"`, `a history titled
        "...,"`): its index, else -1."""
        para = self.paras[pi]
        toks = para.tokens
        if not para.is_close_mark(j) or j < 1 or toks[j - 1].text != ",":
            return -1
        qi = para.quote_of[j]
        k = para.quotes[qi].open_tok - 1
        if k < 0 or para.quote_of[k] != -1:
            return -1
        word = toks[k].lower
        if word in ("titled", "entitled"):
            return qi  # "a 2011 history of the club titled "...,"": whatever has a title, a work
        if word in ("called", "named") and k > 0:
            word = toks[k - 1].lower
        return qi if word in WORK_NOUNS else -1

    def _relative_subject(self, pi: int, j: int, lo: int) -> Ref | None:
        """`according to producer X, who said ...`, `X, the state climatologist, who said ...`:
        "who" right after a comma is the name the comma ends, or the name before an appositive
        ending there; not a name after "of" or in a list ("the wife of X, who said", "X and Y,
        who said": whom "who" is may then be someone else, or both)."""
        para = self.paras[pi]
        toks = para.tokens
        end = j - 1
        if end <= lo or toks[end].text != ",":
            return None
        # "X, a pharmacist in Duluth, Minnesota, who said", "X, a nurse in Eugene, who said":
        # a place ends the appositive of the name before it, and is no one "who" may be
        place = toks[end - 1].is_cap and place_after_preposition(
            toks, cap_run_before(toks, end), end
        )
        m = None if place else self.ending[pi].get(end - 1)
        if m is None and toks[end - 1].is_cap and not place:
            return self._unknown_name_before_who(pi, end, lo)
        if m is None:
            k = end - 1
            while (
                k > lo
                and (toks[k].text != "," or is_place_comma(toks, k))
                and para.quote_of[k] == -1
                and end - k <= 12
            ):
                k -= 1
            if k <= lo or toks[k].text != "," or not appositive_ok(toks[k + 1 : end]):
                return None
            m = self.ending[pi].get(k - 1)
            if m is None or toks[k + 1].lower not in DETERMINERS:
                return None  # only a role with its article: "X, the state climatologist,"
        if len(m.ids) != 1 or para.quote_of[m.i] != -1:
            return None
        start = self._np_start(para, m.i, m.j)
        after_of = start > lo and toks[start - 1].lower in _NOT_ANTECEDENT
        if after_of and not _words_of(para, start - 1, lo):
            return None
        return Ref("person", m.i, m.j, ids=m.ids, cue="X, who <verb>")

    def _body_before_which(self, pi: int, j: int, lo: int) -> Ref | None:
        """`retracted by the Journal of Cortical Research, which said ...`: "which" right
        after a comma is the body whose name the comma ends, a body the story knows or a name
        after "the" (capitalised words, joined by "of" or "of the" to those before: reporters
        write "which" of a body, "who" of a person). Never a name the story knows as a
        person's, nor a place ("in Duluth, which")."""
        para = self.paras[pi]
        toks = para.tokens
        end = j - 1
        if end - 1 <= lo or toks[end].text != "," or not toks[end - 1].is_cap:
            return None
        m = self.ending[pi].get(end - 1)
        if m is not None:
            if len(m.ids) != 1 or self.people[m.ids[0]].kind is not SpeakerKind.ORGANIZATION:
                return None
            return Ref("person", self._np_start(para, m.i, m.j), m.j, ids=m.ids, cue="X, which")
        known = {x for mention in self.mentions[pi] for x in range(mention.i, mention.j)}
        i = cap_run_before(toks, end)
        while i - 2 > lo:
            c = i - 1
            if toks[c].lower == "the" and toks[c - 1].lower == "of":
                c -= 1
            if toks[c].lower != "of" or not toks[c - 1].is_cap:
                break
            i = max(lo + 1, cap_run_before(toks, c))
        if i <= lo or toks[i - 1].lower != "the" or any(x in known for x in range(i, end)):
            return None
        words = [t for t in toks[i:end] if t.is_cap]
        if any(para.quote_of[x] != -1 for x in range(i - 1, end)) or not is_name_like(words):
            return None
        if place_after_preposition(toks, i, end) or is_first_name(words[0].text):
            return None
        return Ref("name", i, end, org=True, cue="X, which")

    def _unknown_name_before_who(self, pi: int, end: int, lo: int) -> Ref | None:
        """`The jury heard from Mary Holt, who said ...`: a name of two words or more the
        people reader did not find, right before ", who", is a name to read as a person's (as
        a cue's subject is), the words then theirs; not after "of" or "and" (as for a known
        name) nor at a sentence's opening, where a capitalised word may be anything."""
        toks = self.paras[pi].tokens
        i = self._unknown_name_start(pi, end, lo)
        if i is None:
            return None
        para = self.paras[pi]
        if i > lo and toks[i - 1].lower in _NOT_ANTECEDENT and not _words_of(para, i - 1, lo):
            return None
        return Ref("name", i, end, org=False)

    def _unknown_name_start(self, pi: int, end: int, lo: int) -> int | None:
        """Where a name of two words or more, its first a first name, ending before token
        `end` starts (outside quotations), when the people reader did not find it."""
        para = self.paras[pi]
        toks = para.tokens
        if end - 1 <= lo or not toks[end - 1].is_cap or (end - 1) in self.ending[pi]:
            return None
        i = end - 1
        while i > lo and toks[i - 1].is_cap and toks[i].start - toks[i - 1].end <= 1:
            i -= 1
        words = toks[i:end]
        if len(words) < 2 or not is_name_like(words) or not is_first_name(words[0].text):
            return None
        return i if para.quote_of[i] == -1 else None

    def _adverbial_opener(self, pi: int, lo: int, k: int) -> bool:
        """Tokens lo..k-1 are a phrase opening the sentence before its main clause: a
        preposition or a subordinating conjunction first ("In a sharply worded dissent",
        "After the vote"), no quotation and no speech verb in it."""
        para = self.paras[pi]
        toks = para.tokens
        if k <= lo or toks[lo].lower not in PREPOSITIONS | _SUBORDINATORS:
            return False
        return not any(
            para.quote_of[x] != -1 or toks[x].lower in SPEECH_VERBS or toks[x].text in ",;:"
            for x in range(lo, k)
        )

    def _name_after_noun_phrase(self, pi: int, k: int, close: int, lo: int) -> Ref | None:
        """`The head of the city's police union, Sgt. Phil Doyle, said`: a noun phrase opening
        a clause with an article or a possessive, then a name between commas before the verb.
        The name is the subject: in apposition to the phrase, or after it when the phrase is
        an adverbial ("The next day, X, 43, said"). Not after a verb ("X met the head of the
        union, Y, said": the phrase is an object)."""
        para = self.paras[pi]
        toks = para.tokens
        name = toks[k + 1 : close]
        named = self.ending[pi].get(close - 1)
        if not name or not all(t.is_cap for t in name if t.is_word and t.text[0].isalpha()):
            return None  # "2nd" of "Petty Officer 2nd Class Marcus Webb" is part of the title
        if any(t.text[0].isdigit() for t in name) and (
            named is None or ranked_class_start(toks, named.i - 1) is None
        ):
            return None
        s = k - 1
        while s > lo and toks[s - 1].text != "," and para.quote_of[s - 1] == -1 and k - s < 12:
            s -= 1
        # the phrase may open a clause inside that stretch: `X said a fraud investigator at her
        # bank, Y, told her` (a clause "said" reports with no "that"), `X said that a clerk, Y,`
        s = next(
            (
                x
                for x in range(s, k)
                if toks[x].lower in NOUN_MARKERS
                and (self._subject_slot(pi, x, lo) or self._reported_subject(pi, x, lo))
            ),
            s,
        )
        phrase = toks[s:k]
        # "The rescue swimmer who was lowered to the raft, Y, said": a relative clause after
        # a noun for a person, with no verb of speech, is part of the phrase
        head = _relative_after_person(phrase)
        if (
            not phrase
            or not (phrase[0].lower in NOUN_MARKERS or _named_owner(phrase))
            or not (self._subject_slot(pi, s, lo) or self._reported_subject(pi, s, lo))
            or any(para.quote_of[x] != -1 for x in range(s, k))
            or any(not (t.is_word or t.kind == "poss" or t.text in "’'") for t in phrase)
            or any(t.lower in ("and", "or") for t in phrase[1:])
            or any(_verb_form(t) for t in phrase[1:head])
        ):  # "The mayor and the union head, X, said": X and someone else
            return None
        if named is not None and k + 1 in (named.i, self._np_start(para, named.i, named.j)):
            return Ref("person", s, named.j, ids=named.ids)
        if named is None and is_name_like(name) and len(name) > 1:
            return Ref("name", k + 1, close, org=looks_like_org([t.text for t in name]))
        return None

    def _modifiers_start(self, pi: int, start: int, lo: int) -> int | None:
        """Where a run of words that may modify a role ends back, when it opens the sentence:
        "Former Western Ridge star Denise Harlan said", a role the role nouns do not know
        ("star"); None when no such run opens the sentence ("police arrested X"). Only before
        a full name: "the younger Donnelly" is not the Donnelly the story knows."""
        toks = self.paras[pi].tokens
        k = start
        while k > lo and is_role_modifier(toks[k - 1]) and side_by_side(toks, k - 1, k + 1):
            k -= 1
        if k > lo and toks[k - 1].lower in NOUN_MARKERS:
            k -= 1
        return k if k < start and k == lo else None

    def _named_so_far(self, pi: int, tok: int, ids: tuple[str, ...]) -> tuple[str, ...]:
        """Those of `ids` the story has named on their own before this point (outside
        quotations): "the elder Donnelly" is one of the Donnellys the reader has met."""
        named: set[str] = set()
        for p in range(pi + 1):
            para = self.paras[p]
            for m in self.mentions[p]:
                if p == pi and m.i >= tok:
                    break
                if len(m.ids) == 1 and m.ids[0] in ids and para.quote_of[m.i] == -1:
                    named.add(m.ids[0])
        return tuple(pid for pid in ids if pid in named)

    def _by_seniority(self, ids: tuple[str, ...], elder: bool) -> str | None:
        """Of people sharing a surname, the one "the elder" or "the younger" picks out by the
        roles the story gave them ("older brother", "the mayor's son"): the one whose roles
        say so, or the one whose roles do not say the opposite when each other one's do. Only
        of two: "the elder" compares two, and kin roles are relative ("his father, Salvatore",
        and Vito, the father of "their son, Marco": of three, which is "the elder" is a guess)."""
        if len(ids) != 2:
            return None
        said = {pid: _seniority(self.people[pid].roles) for pid in ids}
        fits = [pid for pid, s in said.items() if s is elder]
        if len(fits) == 1:
            return fits[0]
        if not fits:
            others = [pid for pid, s in said.items() if s is None]
            if len(others) == 1 and len(ids) > 1:
                return others[0]
        return None

    def _role_phrase_start(self, pi: int, head: int, lo: int) -> int:
        """Where the role phrase with head `head` starts, with its determiner or its owner:
        "the county sheriff", "Senator Okafor's spokesman"."""
        para = self.paras[pi]
        toks = para.tokens
        start = role_run_start(toks, head)
        if start > lo and toks[start - 1].lower in NOUN_MARKERS:  # "the", "its"
            return start - 1
        if start - 1 > lo and (
            toks[start - 1].kind == "poss" or plural_possessive(toks, start - 1)
        ):
            owner = self.ending[pi].get(start - 2)
            if owner is not None:
                return self._np_start(para, owner.i, owner.j)
            k = role_run_start(toks, start - 2) if toks[start - 2].is_word else start - 1
            while (
                k - 2 >= lo
                and toks[k].is_cap
                and toks[k - 1].lower in _NAME_LINKS
                and toks[k - 2].is_cap
                and toks[k - 2].is_word
            ):
                # "The Royal College of Midwives' regional officer": the owner is a name with
                # "of" (or "for", "and") between capitalised words, all of it before the role
                k = max(lo, cap_run_before(toks, k - 1))
            return k - 1 if k > lo and toks[k - 1].lower in DETERMINERS else k
        return start

    def _document_subject(self, pi: int, j: int, lo: int) -> Ref | None:
        """`a Human Rights Watch analysis of El Salvador (reads)`: the organisation speaks."""
        para = self.paras[pi]
        toks = para.tokens
        for d in range(j, max(lo, j - 6) - 1, -1):
            if not toks[d].is_word:
                return None
            if toks[d].lower not in DOC_NOUNS:
                continue
            if d < j and toks[d + 1].lower not in ("of", "on", "about", "from", "by", "into", "in"):
                return None
            owner_end = d - 1
            if owner_end >= lo and toks[owner_end].kind == "poss":
                owner_end -= 1
            m = self.ending[pi].get(owner_end)
            i = owner_end
            while i >= lo and toks[i].is_cap:
                i -= 1
            i += 1
            if i > owner_end:
                return None
            start = i - 1 if i > lo and toks[i - 1].lower in DETERMINERS else i
            if m is not None and m.i == i:
                return Ref("person", start, j + 1, ids=m.ids, cue=f"{toks[d].text} of X")
            if is_name_like(toks[i : owner_end + 1]):
                return Ref("name", start, owner_end + 1, org=True)
            return None
        return None

    def _statement_told_of(self, pi: int, j: int, lo: int) -> Ref | None:
        """`X said in a written statement that ...` then `The statement continued: "..."`:
        "the statement" (a document noun after "the", opening its sentence) is the one the
        story just told someone spoke in, in this paragraph or the one before ("in a
        statement", "in a letter to members"), and its words are theirs; nobody's when the
        story told of none there, or of several people's. So too after the quotation it cues
        (`"...," the statement said.`), when the one who spoke in it is a person: an
        organisation's statement (`Northsound Ferries said in a statement ...` then `"...," the
        statement said`) stays nobody's there, a collective source's words."""
        para = self.paras[pi]
        toks = para.tokens
        noun = toks[j].lower
        if noun not in DOC_NOUNS or j - 1 < lo or toks[j - 1].lower != "the":
            return None
        if j - 1 != lo:
            k = j - 2  # `"...," the statement said`: right after the quotation's closing mark
            if toks[k].text == "," and para.quote_of[k] == -1:
                k -= 1
            if k < lo or not para.is_close_mark(k) or para.quotes[para.quote_of[k]].open_tok < lo:
                return None
        speakers: set[str] = set()
        for p in (pi - 1, pi):
            if p < 0:
                continue
            para = self.paras[p]
            until = lo if p == pi else len(para.tokens)
            for k in range(2, until):
                if para.tokens[k].lower != noun or para.quote_of[k] != -1:
                    continue
                words = [t.lower for t in para.tokens[max(k - 4, 0) : k]]
                if not any(a == "in" and b in INDEFINITES for a, b in itertools.pairwise(words)):
                    continue  # "in a statement", "in a written statement"
                s_lo, s_hi = para.sentence(k)
                speakers |= {e.speaker for e in self._events_between(p, s_lo, s_hi)}
        if len(speakers) != 1:
            return None
        if j - 1 != lo and self.people[next(iter(speakers))].kind is not SpeakerKind.PERSON:
            return None
        return Ref("person", j - 1, j + 1, ids=(speakers.pop(),), cue=f"the {noun} of X")

    def _group_member(self, pi: int, i: int, j: int) -> Ref | None:
        # "Members of X's Cabinet, including Attorney General Pam Bondi, said ...": the speaker
        # is a group, and the story names one member of it; crediting the named member is the
        # only way to tell a reader whose side it is, so it is credited with its own cue.
        ids = {m.ids for m in self.mentions[pi] if i <= m.i and m.j <= j}
        if len(ids) != 1:
            return None
        (only,) = ids
        return Ref("person", i, j, ids=only, cue="named member of the speaking group")

    def _np_start(self, para: Para, i: int, j: int) -> int:
        """Start of the phrase of the name `tokens[i:j]` with its role words: "White House
        adviser Stephen Miller", "hotel owner Maria Lopez", "Teacher Maria Lopez"."""
        head = head_ending_at(para.tokens, i - 1) if i > 0 else None
        if head is not None:
            return role_run_start(para.tokens, head)
        ranked = ranked_class_start(para.tokens, i - 1) if i > 0 else None
        if ranked is not None:
            return ranked  # "Petty Officer 2nd Class Marcus Webb"
        titled = title_of_start(para.tokens, i)
        if titled is not None:
            return titled  # "Secretary of State Dana Whitfield"
        start = occupation_before(para.tokens, i, j, known=True)  # "Father Wilk"
        return i if start is None else start

    def _title_given(self, pi: int, m: Mention, lo: int) -> bool:
        """The capitalised word right before mention `m` (in its sentence, outside quotations)
        is a title the story gave someone the mention may be, though no list of roles knows it
        as one ("Father Reis" after "Father Tomás Reis": "father" a kin noun elsewhere)."""
        para = self.paras[pi]
        toks = para.tokens
        t = m.i - 1
        if t < lo or not toks[t].is_cap or not toks[t].is_word or para.quote_of[t] != -1:
            return False
        word = toks[t].lower
        return any(word in (r.lower() for r in self.people[pid].roles) for pid in m.ids)

    def _subject_slot(self, pi: int, start: int, lo: int) -> bool:
        """A phrase at `start` can be a clause subject: it opens a sentence or a clause."""
        para = self.paras[pi]
        toks = para.tokens
        if start <= lo:
            return True
        prev = toks[start - 1]
        if prev.lower in ("and", "or") and start - 2 >= lo:
            before = toks[start - 2]
            if before.is_cap or (start - 2) in self.ending[pi]:
                return False  # "Trump and Bukele said": a joint statement, nobody alone
            if before.text == "," and self._closes_named_appositive(pi, start - 2, lo):
                return False  # "Tomas Berg, a teacher, and Ana Lima said": the same
        return (
            prev.text in ",;:—–("
            or para.is_close_mark(start - 1)
            or prev.lower in CLAUSE_OPENERS
            or prev.lower == "what"  # "in what its chief executive called"
            or self._short_opener(pi, lo, start)
        )

    def _thing_owns(self, pi: int, start: int, lo: int) -> bool:
        """The role phrase at `start` is owned by "the" and a noun for no person, the phrase
        opening a clause: "the team's coach", "the company's chief executive" (not "the
        victim's lawyer")."""
        toks = self.paras[pi].tokens
        owner = start - 2
        if owner - 1 < lo or toks[start - 1].kind != "poss" or toks[owner - 1].lower != "the":
            return False
        noun = toks[owner]
        if not noun.is_word or noun.is_cap or noun.lower in FUNCTION_WORDS:
            return False
        if describes_person(noun):
            return False  # "the victim's lawyer": a person's agent
        return (
            self._subject_slot(pi, owner - 1, lo)
            or self._reported_subject(pi, owner - 1, lo)
            or self._contact_relative(pi, owner - 1, lo)
        )

    def _contact_relative(self, pi: int, start: int, lo: int) -> bool:
        """A role phrase at `start` opening with "the" is the subject of a relative clause
        with no "that" on the noun phrase right before it: `a decision the team's coach called
        "..."`, `the latest move the mayor described as "..."` (an article or a determiner, up
        to two words in lower case, then the noun)."""
        toks = self.paras[pi].tokens
        noun = start - 1
        if toks[start].lower != "the" or noun <= lo:
            return False
        head = toks[noun]
        if not head.is_word or head.is_cap or head.lower in FUNCTION_WORDS | SPEECH_VERBS:
            return False
        for d in range(noun - 1, max(lo, noun - 4) - 1, -1):
            if toks[d].lower in NOUN_MARKERS | INDEFINITES:
                return True
            if not toks[d].is_word or toks[d].is_cap or toks[d].lower in FUNCTION_WORDS:
                return False
        return False

    def _reported_subject(self, pi: int, start: int, lo: int) -> bool:
        """A phrase at `start`, right before a cue's verb, opens the clause another speech verb
        reports with no "that": `Ibarra said Okafor told her, "..."`, `He said Naomi Feld, a
        lawyer, told him`. Not after a verb with an object of its own (`X told Y ...`), nor
        after a cue inverted behind a quotation (`"...," said Y, ...`): there the phrase is
        that verb's object or subject."""
        para = self.paras[pi]
        toks = para.tokens
        verb = start - 1
        if verb <= lo or toks[verb].lower not in NO_THAT_VERBS or toks[verb].lower in OBJECT_VERBS:
            return False
        before = verb - 1
        if toks[before].text == "," and before > lo:
            before -= 1  # `"...", said Y`, the comma outside the marks
        return self._verbal(para, verb) and para.quote_of[before] == -1

    def _short_opener(self, pi: int, lo: int, start: int) -> bool:
        """Tokens lo..start-1 are a short phrase of time or occasion opening the sentence with
        no comma after it: "At one point Sen. Gary Holcomb accused ...", "In 2019 X said";
        no name in it ("With Gary Holcomb ..." is no opener of this kind)."""
        toks = self.paras[pi].tokens
        phrase = toks[lo:start]
        return (
            1 < len(phrase) <= 3
            and phrase[0].lower in _OPENING_PREPOSITIONS
            and all(t.is_word and (not t.is_cap or t.lower in NON_NAMES) for t in phrase[1:])
            and phrase[-1].lower not in FUNCTION_WORDS
        )

    def _closes_named_appositive(self, pi: int, close: int, lo: int) -> bool:
        """The comma `close` ends an appositive after a name: "Tomas Berg, a teacher,"."""
        para = self.paras[pi]
        toks = para.tokens
        k = close - 1
        while (
            k >= lo
            and (toks[k].text != "," or is_place_comma(toks, k))
            and para.quote_of[k] == -1
            and close - k <= 24
        ):
            k -= 1
        if k <= lo or toks[k].text != ",":
            return False
        return (k - 1) in self.ending[pi] and appositive_ok(toks[k + 1 : close])

    def _np_after(self, pi: int, s: int, cue: str) -> Ref | None:
        """The speaker phrase starting at `s`: `said Jane Doe`, `according to Cornell University
        professor X`, `according to a Human Rights Watch analysis`."""
        para = self.paras[pi]
        toks = para.tokens
        # "its" as "the": `according to its mayor` of the town, a role the story gave someone
        k = s + 1 if s < len(toks) and toks[s].lower in DETERMINERS | {"its"} else s
        r = k
        while r < len(toks) and r - k < 7 and r not in self.starting[pi]:
            if not is_role_modifier(toks[r]) or para.quote_of[r] != -1:
                break
            r += 1
        if r in self.starting[pi]:
            m = self.starting[pi][r]
            return Ref("person", s, m.j, ids=m.ids, cue=cue)
        if r > k and toks[s].lower == "the" and all(not t.is_cap for t in toks[k:r]):
            named = self._apposed_name(pi, r)
            if named is not None:  # "said the moderator, WRVT anchor Kevin Stroud,"
                return with_cue(named, f"{cue} (the <role>, X)")
            owned = self._owned_role_end(pi, r)
            named = self._apposed_name(pi, owned) if owned is not None else None
            if named is not None:  # "said the clinic's chief executive, Howard Lindqvist."
                return with_cue(named, f"{cue} (the <owner>'s <role>, X)")
        if r > k and role_head_at(toks, r - 1) is not None:
            phrase = self.body[toks[k].start : toks[r - 1].end]
            held_of_another = self._role_of_something_new(pi, r)
            if held_of_another is not None:
                # "said the owner of a sports bar across the street, Joe Marchetti": a holder
                # of the role elsewhere, not the story's own owner; the name after it, if any
                return with_cue(held_of_another, f"{cue} (the <role> of a ...)")
            if toks[s].lower in INDEFINITES or toks[k].lower in INDEFINITES:
                return Ref("unknown", s, r, cue=f"{cue} (indefinite: {phrase})")
            return Ref("role", s, r, word=phrase, cue=f"{cue} (role: {phrase})")
        sequences = list(cap_sequences(toks))
        for n, (i, j) in enumerate(sequences):  # a name not known yet, after any role words
            if k <= i <= r:
                words = toks[i:j]
                is_doc = j < len(toks) and toks[j].lower in DOC_NOUNS
                if (
                    j - i == 1
                    and n + 1 < len(sequences)
                    and sequences[n + 1][0] == j + 1
                    and _common_noun(toks[j])
                    and is_name_like(toks[j + 1 : sequences[n + 1][1]])
                ):
                    # "according to the Belgian newspaper Het Nieuwsblad": the name after the
                    # noun for what it is, not the word describing it ("Belgian")
                    i, j = sequences[n + 1]
                    words = toks[i:j]
                    is_doc = True
                elif not is_doc and j < len(toks) and _modified_noun(toks[j]):
                    # "according to Brightwater city documents", "according to Harlow police":
                    # the name describes the source; a body's records, else someone unnamed
                    heads = toks[j : j + 3]
                    if not any(t.lower in DOC_NOUNS | _RECORD_NOUNS for t in heads):
                        return None
                    is_doc = True
                if is_name_like(words):
                    org = is_doc or looks_like_org([t.text for t in words])
                    if words[-1].lower in ORG_WORDS:
                        # "according to the California Department of Forestry and Fire
                        # Protection": the body's whole name, not its head
                        j = _joined_body_end(para, j)
                    return Ref("name", i, j, org=org)
                break
        return None

    def _owned_role_end(self, pi: int, r: int) -> int | None:
        """Where the role words after a possessive ending at token `r` end ("the clinic's chief
        executive": after "executive"), all in lower case and outside quotation marks; None
        when no possessive stands there or no role words follow it."""
        para = self.paras[pi]
        toks = para.tokens
        if r >= len(toks) or toks[r].kind != "poss":
            return None
        end = r + 1
        while end < len(toks) and end - r <= 6 and para.quote_of[end] == -1:
            if toks[end].is_cap or not is_role_modifier(toks[end]):
                break
            end += 1
        if end == r + 1 or role_head_at(toks, end - 1) is None:
            return None
        return end

    def _role_of_something_new(self, pi: int, r: int) -> Ref | None:
        """For a role phrase ending before token `r` and going on with "of", "at" or "for" and
        an indefinite article ("the owner of a sports bar", "the principal at a nearby
        school"): whoever holds it there, someone the story has not given that role yet. The
        name set off by commas after the words it goes on with (`_apposed_name`), else an
        unknown speaker; None when the role goes on otherwise ("the mayor of the city")."""
        para = self.paras[pi]
        toks = para.tokens
        if not (
            r + 1 < len(toks)
            and toks[r].lower in _ROLE_PLACE_PREPOSITIONS
            and toks[r + 1].lower in ("a", "an")
            and para.quote_of[r] == -1
        ):
            return None
        comma = r + 2
        while comma < len(toks) and comma - r <= 12 and toks[comma].is_word:
            if para.quote_of[comma] != -1:
                break
            comma += 1
        named = self._apposed_name(pi, comma) if comma < len(toks) else None
        if named is not None:
            return named
        return Ref("unknown", r, comma, cue="indefinite")

    def _apposed_name(self, pi: int, r: int) -> Ref | None:
        """The name set off by commas right after a role phrase ending before token `r`:
        `said the moderator, WRVT anchor Kevin Stroud,` / `said the chairman, Tom Reed.`; None
        when anything but a comma or the sentence's end follows it ("the chairman, Tom Reed
        and ...": maybe a list)."""
        para = self.paras[pi]
        toks = para.tokens
        if r + 1 >= len(toks) or toks[r].text != "," or para.quote_of[r + 1] != -1:
            return None
        end = r + 1
        while end < len(toks) and end - r <= 8 and toks[end].text not in ",.;":
            if para.quote_of[end] != -1 or not (toks[end].is_word or toks[end].kind == "poss"):
                return None
            end += 1
        if end >= len(toks) or toks[end].text not in ",.;":
            return None
        start = end
        while start > r + 1 and toks[start - 1].is_cap:
            start -= 1
        if end - start < 2 or not all(map(is_role_modifier, toks[r + 1 : start])):
            return None
        for i in range(start, end):  # "WRVT anchor Kevin Stroud": the name ends the run
            m = self.starting[pi].get(i)
            if m is not None and m.j == end:
                return Ref("person", r + 1, end, ids=m.ids)
        words = toks[start:end]
        if any(k in self.starting[pi] for k in range(start, end)) or not is_name_like(words):
            return None
        return Ref("name", start, end, org=looks_like_org([t.text for t in words]))

    def _participle_subject(self, pi: int, v: int) -> Ref | None:
        """`X said, adding that ...` -> X; `while calling it a "...", X warned ...` -> X."""
        para = self.paras[pi]
        toks = para.tokens
        lo, hi = para.sentence(v)
        earlier = self._events_between(pi, lo, v)
        if earlier and self._own_subject(pi, v):
            # "she kept thinking of her late husband telling her": his words, not hers
            return Ref("relay", v, v + 1, cue=f"Y {toks[v].text}")
        if earlier:
            return Ref(
                "person",
                v,
                v + 1,
                ids=(earlier[-1].speaker,),
                cue=f"{toks[v].text} (same sentence)",
            )
        with_subject = self._with_subject(pi, v)
        if with_subject is not None:
            return with_subject
        main = self._main_clause_subject(pi, v)
        if main is not None:
            return main
        if not all(t.lower in ADJUNCT_WORDS or not t.is_word for t in toks[lo:v]):
            return None
        for k in range(v + 1, hi - 1):
            if para.quote_of[k] != -1 or toks[k].text != ",":
                continue
            m = self.starting[pi].get(k + 1) or self.starting[pi].get(
                self._name_after_role(para, k + 1)
            )
            if m is None:
                continue
            n = m.j
            while n < hi and toks[n].lower in AUX_ADVERBS:
                n += 1
            if n < hi and is_inflected_verb(toks[n].lower):
                return Ref(
                    "person", k + 1, m.j, ids=m.ids, cue=f"{toks[v].text} ..., X (main clause)"
                )
            return None
        return None

    def _quoted_as(self, pi: int, v: int) -> Ref | None:
        """`The statement quoted its chief executive, Samuel Okoro, as saying ...`, `The paper
        quoted Okoro as calling it ...`, `Okoro was quoted as saying ...`: the one quoted is the
        one saying, not the statement or paper (the sentence's subject)."""
        para = self.paras[pi]
        toks = para.tokens
        lo, _ = para.sentence(v)
        if v - 3 < lo or toks[v - 1].lower != "as":
            return None
        k = v - 2
        if toks[k].lower == "quoted" and toks[k - 1].lower in BE_FORMS:
            ref = self._subject_before(pi, k - 1)  # "Okoro was quoted as saying"
            return with_cue(ref, "X was quoted as saying") if ref is not None else None
        if toks[k].text == ",":
            k -= 1  # "quoted its chief executive, Samuel Okoro, as saying"
            c = next((x for x in range(k, max(lo, k - 10), -1) if toks[x].text == ","), None)
            apposed = c is not None and c - 1 in self.ending[pi] and k not in self.ending[pi]
            if apposed and c is not None and appositive_ok(toks[c + 1 : k + 1]):
                k = c - 1  # "quoted Victor Lund, a dredge captain, as calling"
        m = self.ending[pi].get(k)
        if m is None:
            i = self._unknown_name_start(pi, k + 1, lo)  # a name the people reader missed
            if i is not None and toks[i - 1].lower in _QUOTING_VERBS:
                return Ref("name", i, k + 1, org=False)
            return None
        if len(m.ids) != 1 or para.quote_of[m.i] != -1:
            return None
        for x in range(m.i - 1, max(lo, m.i - 10) - 1, -1):
            word = toks[x].lower
            if word in _QUOTING_VERBS:
                return Ref("person", m.i, m.j, ids=m.ids, cue="quoted X as saying")
            owner = x in self.ending[pi] and x + 1 < m.i and toks[x + 1].kind == "poss"
            if para.quote_of[x] != -1 or (x in self.ending[pi] and not owner):
                return None  # someone else named between ("Brightwater's" owns the role)
            if finite_verb(toks[x]) and not owner:
                return None
        return None

    def _main_clause_subject(self, pi: int, v: int) -> Ref | None:
        """`X, a teacher, spoke against the change during the comment period, telling the
        board that ...`: a participle of speech right after the comma that closes a main clause
        with no verb of speech is said by that clause's subject, the one of the finite verb
        nearest before it (a name, a role or a pronoun opening the sentence, or after a phrase
        opening it). Not when a quotation, a verb of speech, or "that", "which", "who" stands
        between that verb and the participle (a clause reported or relative; a participle
        right after a conjunction, "when asked about the path,", is no finite verb of a
        clause, and the one before it is looked for), nor when the
        subject opens a clause a conjunction subordinates ("because she ..., telling"), nor
        of an organisation (`The union criticized the decision in a statement, calling it
        "..."`: a collective source's words, nobody's as before)."""
        para = self.paras[pi]
        toks = para.tokens
        lo, _ = para.sentence(v)
        if v - 2 < lo or toks[v - 1].text != "," or para.quote_of[v - 1] != -1:
            return None

        def finite_before(end: int) -> int | None:
            return next(
                (
                    x
                    for x in range(end, lo, -1)
                    if finite_verb(toks[x])
                    and not toks[x].lower.endswith("ing")
                    and self._verbal(para, x)
                    and not (toks[x - 1].lower in QUANTIFIERS and toks[x].lower.endswith("s"))
                    and toks[x - 1].lower not in _SUBORDINATORS  # "when asked about it,"
                    and para.quote_of[x] == -1
                ),
                None,
            )

        f = finite_before(v - 2)
        if f is None or toks[f - 1].lower in ("who", "which", "that"):
            return None
        # the verb itself may be one of speech that reports no clause ("urged both sides to
        # accept help, calling the strike": one reporting a clause is an earlier event); one
        # after it opens a clause the participle may be said in
        if any(
            para.quote_of[x] != -1
            or (toks[x].lower in SPEECH_VERBS and x > f and toks[x - 1].lower not in _SUBORDINATORS)
            or toks[x].lower in ("that", "which", "who", "whom", "whose")
            for x in range(f, v)
        ):
            return None
        s = f
        if toks[f - 1].lower == "and" and f - 2 > lo:
            # "X posted the screenshots and tagged the city's account, adding:": the verb
            # before, which "and" joins with no comma between, has the subject
            first = finite_before(f - 2)
            if first is not None and not any(
                toks[x].text == ","
                or para.quote_of[x] != -1
                or toks[x].lower in SPEECH_VERBS | {"that", "which", "who", "whom", "whose"}
                for x in range(first + 1, f)
            ):
                s = first
        ref = self._subject_before(pi, s)
        if ref is None or ref.kind not in ("person", "name", "pronoun", "role"):
            return None
        if ref.org or any(self.people[i].kind is not SpeakerKind.PERSON for i in ref.ids):
            return None  # an organisation's statement "calling it ...": a collective source
        if ref.start > lo and (
            toks[ref.start - 1].lower in CLAUSE_OPENERS or not self._subject_slot(pi, ref.start, lo)
        ):
            return None
        return with_cue(ref, f"X ..., {toks[v].text} (main clause)")

    def _with_subject(self, pi: int, v: int) -> Ref | None:
        """`..., with Albright accusing Whitfield of relying on "..."`: a participle whose
        subject is the one person named between "with" and it (an absolute clause) is said by
        that person; not "with her husband telling her" (no name), nor a name in a list."""
        toks = self.paras[pi].tokens
        m = self.ending[pi].get(v - 1)
        if m is None or len(m.ids) != 1:
            return None
        start = self._np_start(self.paras[pi], m.i, m.j)
        if start < 1 or toks[start - 1].lower != "with":
            return None
        return Ref("person", start, m.j, ids=m.ids, cue=f"with X {toks[v].text}")

    def _own_subject(self, pi: int, v: int) -> bool:
        """The participle `v` has a subject of its own right before it, a person other than
        the sentence's speaker: "her husband telling her", "Lee saying", "him asking"."""
        toks = self.paras[pi].tokens
        if v == 0:
            return False
        prev = toks[v - 1]
        if prev.text == "," and v >= 2 and v - 2 in self.ending[pi]:
            m = self.ending[pi][v - 2]  # "his own father, Salvatore Castellano, telling him"
            return m.i > 0 and toks[m.i - 1].text == ","
        return (
            v - 1 in self.ending[pi]
            or prev.lower in OBJECT_PRONOUNS
            or prev.lower in PERSON_NOUNS
            or (prev.is_word and not prev.is_cap and role_head_at(toks, v - 1) is not None)
        )

    def _unnamed_subject_since(self, pi: int, a: int, v: int) -> bool:
        """Between tokens `a` and `v`, outside quotations, a noun for a person (singular, a
        role or not: "guard", "neighbor", "coach", "wife") right before a finite verb, with
        auxiliaries between: someone the story does not name is a clause subject there
        (`X said a crossing guard had flagged her down ...`), not the speaker of `a`. Not when
        a comma stands before the conjunction before `v`: `X told reporters that the suspect had
        fled, and asserted that ...` closes the reported clause, and the verb is X's again."""
        para = self.paras[pi]
        toks = para.tokens
        if v >= 2 and toks[v - 2].text == ",":
            return False
        for x in range(a + 1, v):
            if para.quote_of[x] != -1 or not finite_verb(toks[x]):
                continue
            j = x - 1
            while j > a and toks[j].lower in AUX_ADVERBS:
                j -= 1
            if j <= a or para.quote_of[j] != -1 or j in self.ending[pi]:
                continue
            if not (describes_person(toks[j]) or toks[j].lower in KIN_NOUNS):
                continue
            if not whose_phrase(toks, a, j):  # not a relative clause ("X, whose son attends")
                return True
        return False

    def _name_after_role(self, para: Para, k: int) -> int:
        r = k
        while r < len(para.tokens) and r - k < 7 and is_role_modifier(para.tokens[r]):
            if role_head_at(para.tokens, r) is not None:
                return r + 1
            r += 1
        return -1

    def _coordinated_subject(self, pi: int, v: int) -> Ref | None:
        """`X told reporters that ..., and asserted that ...`: the subject of the first verb."""
        para = self.paras[pi]
        toks = para.tokens
        lo, _ = para.sentence(v)
        earlier = self._events_between(pi, lo, v)
        found: list[Ref] = []
        for m in self.mentions[pi]:
            if not lo <= m.i < v or para.quote_of[m.i] != -1:
                continue
            if earlier and (m.i <= earlier[-1].tok or earlier[-1].speaker in m.ids):
                continue  # after a speech event, only someone else acting since counts, below
            if m.j < len(toks) and toks[m.j].kind == "poss":
                continue
            start = self._np_start(para, m.i, m.j)
            member = start > lo and toks[start - 1].lower == "including"
            if not member and not self._subject_slot(pi, start, lo):
                continue
            n = m.j
            for _ in range(2):  # "X, who represents the area, did not attend ... but wrote"
                if n >= v or toks[n].text != ",":  # "X, 71, a retired teacher, built ... and"
                    break
                close = next(
                    (
                        x
                        for x in range(n + 1, min(v, n + 25))
                        if toks[x].text in ",;" and not is_place_comma(toks, x)
                    ),
                    None,
                )
                if close is None or not appositive_ok(toks[n + 1 : close]):
                    break
                n = close
            if n < v and toks[n].text == ",":
                n += 1
            while n < v and toks[n].lower in AUX_ADVERBS:
                n += 1
            if n < v and is_inflected_verb(toks[n].lower):
                cue = (
                    "named member of the speaking group"
                    if member
                    else "and <verb> (sentence subject)"
                )
                found.append(Ref("person", start, m.j, ids=m.ids, cue=cue))
        # someone the story does not name became a clause subject since the speaker's verb
        # (`X said a crossing guard had flagged her down and told her ...`) or since the one
        # subject found (`X said, her son's coach phoned and warned her ...`): which of the two
        # "and" joins the verb to would be a guess
        if not earlier:
            relative = self._open_relative_clause(pi, v, lo)
            if relative is not None:
                return relative
        since = earlier[-1].tok if earlier else (found[-1].end - 1 if found else -1)
        if since >= 0 and not (earlier and found) and self._unnamed_subject_since(pi, since, v):
            return None
        if earlier:
            # `X told jurors they would hear a call in which Y, speaking to ..., described it
            # as "..." and said`: someone else is the subject of a verb since X spoke, and which
            # of the two "and" joins the verb to would be a guess, unless it is that one telling
            # the teller (`_told_the_teller`)
            if found:
                return self._told_the_teller(pi, v, earlier[-1].speaker, found)
            other = self._other_subject_since(pi, earlier[-1].tok, v, earlier[-1].speaker)
            if other is not None:
                # `Harlan said Marsh had called him and told him ...`: Marsh's telling him, or
                # nobody's; `Marsh said he had called her and told her ...`: not Marsh's
                return self._told_the_teller(pi, v, earlier[-1].speaker, [other])
            return Ref(
                "person", v, v + 1, ids=(earlier[-1].speaker,), cue="and <verb> (same subject)"
            )
        if not found and toks[lo].lower in ("he", "she") and lo + 1 < v:
            n = lo + 1  # "He did not speak but told reporters that": the pronoun's verb
            while n < v and toks[n].lower in AUX_ADVERBS:
                n += 1
            if is_inflected_verb(toks[n].lower) or toks[n].lower in BE_FORMS:
                word = toks[lo].lower
                return Ref("pronoun", lo, lo + 1, word=word, cue=f"{word} ... {toks[v].text}")
        if len({r.ids for r in found}) != 1:
            return None
        return found[0]

    def _open_relative_clause(self, pi: int, v: int, lo: int) -> Ref | None:
        """`the testimony of Elise Vance, who worked in the treasury department and told jurors
        ...`: "and" joins the verb to the relative clause still open before it (", who" and a
        finite verb, no comma, quotation, clause or other subject since), whose subject "who"
        is; None when there is no such clause ("X, who works there, said ... and told": the
        comma closed it, and the main clause's subject is found as before)."""
        para = self.paras[pi]
        toks = para.tokens
        w = v - 2
        while w > lo and toks[w].lower != "who":
            tok = toks[w]
            if para.quote_of[w] != -1 or tok.text in ",;:" or tok.lower in _CLAUSE_WORDS:
                return None
            if tok.lower in SUBJECT_PRONOUNS or self.ending[pi].get(w) is not None:
                return None  # someone else between: "who said Kemp had left and told"
            if tok.lower in SPEECH_VERBS:
                return None
            w -= 1
        if w <= lo or toks[w].lower != "who" or toks[w - 1].text != ",":
            return None
        n = w + 1
        while n < v and toks[n].lower in AUX_ADVERBS:
            n += 1
        if n >= v - 1 or not finite_verb(toks[n]) or self._unnamed_subject_since(pi, n, v):
            return None
        ref = self._relative_subject(pi, w, lo)
        if ref is None or ref.kind == "name":
            return ref  # a name to read as a person's first (`_unknown_name_before_who`)
        return with_cue(ref, "X, who <verb> ... and <verb>")

    def _other_subject_since(self, pi: int, a: int, v: int, speaker: str) -> Ref | None:
        """Someone other than `speaker` is a clause subject between the speaker's verb at `a`
        and the verb after "and" at `v`, outside quotations and right before a finite verb
        (auxiliaries between): a name of others (`X said Marsh had called him`, a Ref of them),
        or "he"/"she" of the gender the speaker is known not to be (`Marsh said he had called
        her`, a Ref of no one). None when there is none, or a comma stands before "and" (`X
        said the suspect had fled, and asserted ...` is X's again)."""
        para = self.paras[pi]
        toks = para.tokens
        if v >= 2 and toks[v - 2].text == ",":
            return None
        known = self.gender.get(speaker)
        if known is None:
            # "Harlan said she had ...": the pronoun bound to the speaker left John Harlan's
            # gender undecided against his first name, which still says who "she" is not
            words = self.people[speaker].name.split()
            known = first_name_gender(words[0]) if len(words) > 1 else None
        for x in range(a + 1, v - 1):
            if para.quote_of[x] != -1 or not finite_verb(toks[x]):
                continue
            j = x - 1
            while j > a and toks[j].lower in AUX_ADVERBS:
                j -= 1
            if j <= a or para.quote_of[j] != -1:
                continue
            word = toks[j].lower
            if word in ("he", "she") and known is not None and PRONOUN_GENDER[word] != known:
                return Ref("unknown", j, j + 1, cue=f"{word} (someone else) since the speaker")
            m = self.ending[pi].get(j)
            if m is not None and speaker not in m.ids and toks[m.j - 1].kind != "poss":
                start = self._np_start(para, m.i, m.j)
                if start - 1 > a and toks[start - 1].lower in PREPOSITIONS:
                    continue  # "X said the plan of Marsh was ..." : no subject
                return Ref("person", m.i, m.j, ids=m.ids)
        return None

    def _told_the_teller(self, pi: int, v: int, teller: str, found: list[Ref]) -> Ref | None:
        """`Tully said that in one meeting, Marchand looked at a spreadsheet and told him,
        "..."`: "and told him" after the teller's cue and one other person acting since, with
        no comma before "and", is that person's telling the teller ("him" the teller, whose
        gender the story tells and the pronoun fits: told by the teller, "him" would be
        someone else); None otherwise (which verb "and" joins would be a guess)."""
        toks = self.paras[pi].tokens
        if len({r.ids for r in found}) != 1 or teller in found[0].ids:
            return None
        if toks[v].lower not in OBJECT_VERBS or v + 1 >= len(toks) or toks[v - 2].text == ",":
            return None
        pronoun = toks[v + 1].lower
        if pronoun not in ("him", "her") or self.gender.get(teller) != PRONOUN_GENDER[pronoun]:
            return None
        return with_cue(found[0], "X said that Y ... and told him (Y)")


# "the owner of a bar", "the principal at a school", "a spokesman for a union"
_ROLE_PLACE_PREPOSITIONS = frozenset(("of", "at", "for"))


# Verbs of putting words on a site or a wall: a cue only right before a quotation they
# introduce (`X posted on Instagram: "..."`), never alone ("Whitley posted 24 points").
POSTING_VERBS = frozenset("posted posts".split())


def _posts_quotation(para: Para, v: int) -> bool:
    """`posted on X: "..."`, `posted on Instagram: "..."`, `posted: "..."`: the verb, an "on"
    and a capitalised name if any, a colon, and a quotation opening right after."""
    toks = para.tokens
    k = v + 1
    if k < len(toks) and toks[k].lower == "on":
        k += 1
        if k >= len(toks) or not toks[k].is_cap:
            return False
        while k < len(toks) and toks[k].is_cap:
            k += 1
    return k + 1 < len(toks) and toks[k].text == ":" and para.is_open_mark(k + 1)


def _after_posting_verb(para: Para, v: int) -> int | None:
    """Where the words after the posting verb `v` go on, past an "on" or "to" and the
    capitalised name after it ("posted on Facebook"); None if `v` is no posting verb or the
    "on"/"to" is followed by no name."""
    toks = para.tokens
    if toks[v].lower not in POSTING_VERBS:
        return None
    k = v + 1
    if k < len(toks) and toks[k].lower in ("on", "to"):
        k += 1
        if k >= len(toks) or not toks[k].is_cap:
            return None
        while k < len(toks) and toks[k].is_cap:
            k += 1
    return k


def posts_clause(para: Para, v: int) -> bool:
    """`posted on Facebook that ...`, `posted that ...`: the posting verb `v`, an "on" and a
    capitalised name if any, perhaps a phrase of time ("on Wednesday morning", "late
    Tuesday", up to four words), then "that" opening what was posted (not "posted 24
    points")."""
    toks = para.tokens
    k = _after_posting_verb(para, v)
    if k is None:
        return False
    start = k
    while k < len(toks) and k - start < 4 and (time_word(toks[k]) or toks[k].lower in _EDGES):
        if toks[k].lower == "that" or para.quote_of[k] != -1:
            break
        k += 1
    return k + 1 < len(toks) and toks[k].lower == "that" and para.quote_of[k] == -1


# Words opening a phrase of time after a posting verb: "late Tuesday", "early on Monday".
_EDGES = frozenset("on early late".split())


def posts_after_quotation(para: Para, v: int) -> bool:
    """`"...," she posted.`, `"...," Kell posted on Facebook, adding ...`: the posting verb `v`
    after a quotation's cue subject, then an "on" or "to" and a capitalised name if any, and
    the sentence's end or a comma: what was posted is the quotation before (not `"...," she
    said. Whitley posted 24 points`, a sentence of its own, nor "posted a photo")."""
    toks = para.tokens
    k = _after_posting_verb(para, v)
    if k is None:
        return False
    return k >= len(toks) or toks[k].text in (".", ",", "!", "?", ";")


def _plural_members(tok: Token) -> bool:
    """A plural noun for the people a body gathers, as its name's head before "of" (`the
    United Industrial Workers of America`, `the Veterans of Foreign Wars`): a word in lower
    case too, in "s", that is no noun's own lemma, nor a title's ("the Governors of Ohio and
    Texas": people who hold it, no body)."""
    word = tok.lower
    if not (a_common_word(tok) and word.endswith("s")):
        return False
    lemmas = all_lemmas(word).get("NOUN", (word,))
    return word not in lemmas and not any((lemma,) in ROLE_HEADS for lemma in lemmas)


def _joined_body_end(para: Para, j: int) -> int:
    """Where a body's name that the capitalised run ending before `j` opens ends, when "of"
    (and "the") follows a noun for a body there (`words.ORG_WORDS`) and capitalised words
    follow it, joined by "and" between two words English writes in lower case too: `the
    California Department of Forestry and Fire Protection`, `the Bureau of Land Management`
    (the other way round from `SpeakerFinder._joined_body_start`). `j` when nothing joins."""
    toks = para.tokens
    end = j
    if end + 1 >= len(toks) or toks[end].lower != "of" or toks[end - 1].lower not in ORG_WORDS:
        return j
    k = end + 1
    if toks[k].lower == "the" and k + 1 < len(toks):
        k += 1
    while True:
        if not (toks[k].is_cap and side_by_side(toks, end - 1, k + 1)):
            return end
        if para.quote_of[k] != -1 or toks[k].lower in FUNCTION_WORDS:
            return end
        while k < len(toks) and toks[k].is_cap and side_by_side(toks, k - 1, k + 1):
            k += 1
        end = k
        if (
            k + 1 < len(toks)
            and toks[k].lower == "and"
            and a_common_word(toks[k - 1])
            and a_common_word(toks[k + 1])
        ):
            k += 1
            continue
        return end


def _thousands_comma(toks: Sequence[Token], k: int) -> bool:
    """The comma at `k` parts the thousands of a number ("2,300"), no clause."""
    return (
        0 < k < len(toks) - 1
        and toks[k - 1].text.isdigit()
        and toks[k + 1].text.isdigit()
        and len(toks[k + 1].text) == 3
        and toks[k - 1].end == toks[k].start
        and toks[k].end == toks[k + 1].start
    )


# Records a body keeps, through which it is cited ("according to county records")
_RECORD_NOUNS = frozenset("documents records data figures filings estimates".split())


_DASHES = frozenset("—–")


def _named_owner(phrase: Sequence[Token]) -> bool:
    """A noun phrase opening with a name that owns it: one to three capitalised words and a
    possessive ending, then a word in lower case ("Zipline's head of public policy")."""
    k = 0
    while k < min(3, len(phrase)) and phrase[k].is_word and phrase[k].is_cap:
        k += 1
    return (
        0 < k < len(phrase) - 1
        and phrase[k].kind == "poss"
        and phrase[k + 1].is_word
        and not phrase[k + 1].is_cap
    )


def _modified_noun(tok: Token) -> bool:
    """A lower-case noun right after a name, which the name then describes ("Brightwater
    city documents", "Harlow police"): no function word, preposition or verb of speech."""
    if not tok.is_word or tok.is_cap or tok.lower in FUNCTION_WORDS or tok.lower in PREPOSITIONS:
        return False
    if tok.lower in SPEECH_VERBS or tok.lower in LABEL_VERBS:
        return False
    return bool(all_lemmas(tok.lower).get("NOUN"))


def _common_noun(tok: Token) -> bool:
    """A lower-case word WordNet knows only as a noun ("newspaper", "broadcaster"; not "and",
    "said", "told")."""
    if not tok.is_word or tok.is_cap:
        return False
    lemmas = all_lemmas(tok.lower)
    return bool(lemmas.get("NOUN")) and not lemmas.get("VERB") and tok.lower not in PREPOSITIONS


def _relative_after_person(phrase: Sequence[Token]) -> int:
    """Where a relative clause "who ..." opens in `phrase` after a noun for a kind of person
    ("the rescue swimmer who was lowered to the raft"), with no verb of speech in it; the
    phrase's length when there is none."""
    for x in range(2, len(phrase) - 1):
        if phrase[x].lower == "who":
            if describes_person(phrase[x - 1]) and not any(
                t.lower in SPEECH_VERBS for t in phrase[x + 1 :]
            ):
                return x
            break
    return len(phrase)


def _verb_form(tok: Token) -> bool:
    return tok.is_word and not tok.is_cap and is_inflected_verb(tok.lower)


# Open a short phrase of time or occasion before a subject: "At one point X said".
_OPENING_PREPOSITIONS = frozenset("at on in during after before by".split())
# Open a clause that comes before the main one: "When the vote came, X, 61, said".
_SUBORDINATORS = frozenset(
    "when while as after before because although though since if once".split()
)
# Before a name, words after which "who" may be someone else: "the wife of X, who said".
_NOT_ANTECEDENT = frozenset("of and or".split())
# Verbs whose object is the one a quotation is of: "quoted X as saying"
_QUOTING_VERBS = frozenset("quoted quotes quoting".split())
# words opening a clause of its own inside a relative clause: "who said that", "who knew when"
_CLAUSE_WORDS = frozenset("that when because while after before if although since".split())


def _words_of(para: Para, k: int, lo: int) -> bool:
    """Token `k` is "of" after a noun for something said or written ("the testimony of X, who
    told jurors", "the account of X, who"): no person that "who" may be instead of X, as in
    "the wife of X, who said" (WordNet: a communication, its first sense no person or group)."""
    toks = para.tokens
    if toks[k].lower != "of" or k - 1 < lo:
        return False
    noun = toks[k - 1]
    if not noun.is_word or noun.is_cap or para.quote_of[k - 1] != -1:
        return False
    wordnet = shared_wordnet()
    return wordnet is not None and wordnet.names_a_communication(noun.lower)


POSSESSIVE_DETERMINERS = frozenset("his her their its our my your".split())
# "the elder Greer", "the younger Reilly": True for the elder, False for the younger
SENIORITY = {"elder": True, "older": True, "younger": False}
_ROLE_WORDS = re.compile(r"[A-Za-z]+\.?")  # "the mayor’s son": the, mayor, s, son
_ELDER_WORDS = frozenset("elder older father mother dad mom grandfather grandmother sr.".split())
_YOUNGER_WORDS = frozenset("younger son daughter grandson granddaughter child jr.".split())


def _seniority(roles: tuple[str, ...]) -> bool | None:
    """Whether roles make someone the elder (True) or the younger (False) of a family: "older
    brother", "father" / "the mayor's son"; None when they say neither or both."""
    words = {w.lower() for role in roles for w in _ROLE_WORDS.findall(role)}
    elder, younger = bool(words & _ELDER_WORDS), bool(words & _YOUNGER_WORDS)
    return None if elder == younger else elder


# The relation seen from the other side, where it is one noun: "her husband, Marco" is Marco's
# wife's husband, so she is "his wife".
SPOUSES = {"wife": "husband", "husband": "wife"}


# Small words inside an organisation's name between capitalised words: "Royal College of
# Midwives", "Centre for Policy Studies", "Food and Drug Administration"
_NAME_LINKS = frozenset(("of", "for", "and"))

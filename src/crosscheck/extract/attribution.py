"""Who said it: speech events of a sentence, each with its source and the stretch of text
it reports (its scope); a claim inside a scope is credited to that source.

Patterns: "X said (that) ...", "..., X said", "according to X", "as reported by X",
"X told reporters", "X stated that", "X's estimate", a quotation with its speaker before or
after it (curly or straight quotes; a claim inside the quote is ``direct``), ", said X".
A sentence with no speech event of its own takes the source of the sentence before only
when it continues the report: a pronoun speaker ("It added that ...", "he said"), or a
quotation that follows a quoted speaker in the same paragraph. Narration is never guessed.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from crosscheck.extract.context import lemma
from crosscheck.extract.entities import Resolver
from crosscheck.extract.lexicon import (
    ADDRESSEE_NOUNS,
    AUXILIARIES,
    COMMON_ADJECTIVES,
    DETERMINERS,
    FIGHTING_VERBS,
    ING_ADJECTIVES,
    ING_CIRCUMSTANCES,
    ING_PREPOSITIONS,
    IRREGULAR,
    NEWS_SPEAKER_RELATIONS,
    NEWS_SPEAKERS,
    NOT_PAST_ED,
    PEOPLE_END,
    PERSONAL_PRONOUNS,
    PHRASE_BOUNDS,
    PREPOSITIONS,
    PRONOUNS,
    RELATIVES,
    SENTENCE_ADVERBS,
    SOURCE_NOUNS_CORE,
    STATUS_ADJECTIVES,
    SUBORDINATORS,
    WEEKDAYS,
)
from crosscheck.model import (
    CAPITAL,
    LEADING_ARTICLE,
    MARKS,
    NOT_AFTER_WORD,
    NOT_BEFORE_WORD,
    POSSESSIVE_MARK,
    WORD,
    normalize,
    plain_slug,
    without_marks,
)

SPEECH_VERBS = (
    "said|says|say|stated|states|told|tells|added|adds|reported|reports|estimated|estimates|"
    "announced|announces|claimed|claims|noted|notes|warned|warns|confirmed|confirms|cited|"
    "cites|believes|believe|explained|explains|wrote|writes|revealed|reveals|insisted|"
    "insists|acknowledged|acknowledges|indicated|indicates|disclosed|discloses|suggested|"
    "suggests|testified|testifies|asserted|asserts|alleged|alleges|put"
)
# what a body's data do where a source says ("interior ministry data showed"): verbs of
# saying for such a subject only (_data_body), kept apart from SPEECH_VERBS, whose subject
# owns no figure (match.owners)
_SHOW_VERBS = "showed|shows|show"
_SHOWING = frozenset(_SHOW_VERBS.split("|"))
_VERB = re.compile(rf"{NOT_AFTER_WORD}({SPEECH_VERBS}|{_SHOW_VERBS}){NOT_BEFORE_WORD}")
# the nouns of a body's figures: "according to X data", "X figures showed"
DATA_NOUNS = r"(?:data|figures?|statistics|numbers|estimates?|records?|tall(?:y|ies)|counts?)"
# what may follow them: "figures released", "data published" (a body's data)
_DATA_MADE = r"(?:\s+(?:released|published|compiled|issued|posted|made\s+public))?"
_PRONOUNS = {"it", "he", "she", "they", "its", "the agency", "the ministry", "the military"}
# the personal pronouns (PERSONAL_PRONOUNS) are no speaker's name, nor a half of one ("He
# and Jones said"); alone, all but "you" still look like a source ("she said")
_SPEAKING_PRONOUNS = PERSONAL_PRONOUNS - {"you"}
_QUOTE_PAIRS = (("“", "”"), ('"', '"'), ("«", "»"))
# Words that can stand in a source's noun phrase besides capitalised words: the lexicon's
# SOURCE_NOUNS_CORE and NEWS_SPEAKERS
SOURCE_NOUNS = SOURCE_NOUNS_CORE | NEWS_SPEAKERS
# the lexicon's words of who speaks in news, none of them one that was a source noun before
# them: written in lower case before a name they are no part of it ("Budget airline Ryanair
# said" is Ryanair's, "county coroner John Smith said" John Smith's), and one after a list's
# "and" or a comparison's "as" names no speaker alone ("Police and firefighters said")
_NEWS_ONLY = NEWS_SPEAKERS - SOURCE_NOUNS_CORE
_STOP_BEFORE = {
    "that",
    "which",
    "who",
    "and",
    "but",
    "while",
    "as",
    "when",
    "if",
    "because",
    "although",
    "though",
    "after",
    "before",
    "since",
    "then",
    "also",
    "so",
}
_WEEKDAY = f"(?:{'|'.join(sorted(WEEKDAYS))})"
# a weekday that ends what it is said with: "police said Friday (night).", "said Friday
# in a statement"; not "said Tuesday the blast killed 12" (what follows is the report),
# "said Monday's attack", "the Sunday Times"
_WEEKDAY_ENDS = (
    r"(?:\s+(?:morning|afternoon|evening|night))?"
    r"(?=\s*(?:[,;:.!?]|$|(?:in|at|on|after|before|during|when|while)\b))"
)
# what may follow a trailing "X said" when the sentence before it is what X said: "...,
# police said Friday.", "..., the JCS added on Monday." (a weekday so is a time, not a
# speaker after the verb as in "said John Smith")
_ADVERBIAL_AFTER = re.compile(
    r"^\s*(?:(?:on|in|at|during|last|earlier|late|later|this|when|while|after|before|"
    rf"yesterday|today){NOT_BEFORE_WORD}|on\s+\w+day|in\s+(?:a|its|his|her|their)\b|"
    rf"{_WEEKDAY}{_WEEKDAY_ENDS}|,|\.|$)",
    re.IGNORECASE,
)
# The source after "according to": up to 9 words. Each word is matched whole (an atomic
# group; only a final full stop may be given back to the look-ahead, and a full stop ends
# the source only where no word follows it: in one sentence that is an abbreviation's,
# "this L.A. Times story (which ...", "Dr. Smith"; a bracket ends it): with the plain
# "(?:[\w.]+\s*){1,9}?" a word could be cut into pieces in every possible way, and a line
# of "according to Reuters" repeated took minutes.
_ACCORDING = re.compile(
    rf"{NOT_AFTER_WORD}(?:according to|as reported by|as cited by|citing|quoting)\s+"
    rf"((?:(?>[\w{MARKS}'’&-]+(?:\.[\w{MARKS}'’&-]+|,\d{{3}}(?!\d))*)\.?\s*){{1,9}}?)"
    rf"(?=\s*(?:,(?!\d{{3}}(?!\d))|[;:()—–]|--|\.(?!\s+{CAPITAL})|$|"
    rf"{NOT_AFTER_WORD}(?:on|in|which|who|that|at|last|this|(?-i:yesterday|today))"
    rf"{NOT_BEFORE_WORD}|(?<!\bthe\s)(?<!\ba\s){NOT_AFTER_WORD}{_WEEKDAY}{_WEEKDAY_ENDS}))",
    re.IGNORECASE,
)


# A source's "of" before a figure ("a study of 12,400 people", "a survey of some 2,000
# firms") and its word before it
_OF_A_FIGURE = re.compile(
    r"(\S+)\s+of\s+(?=(?:(?:more\s+than|nearly|some|about|over|almost|around|at\s+least)"
    r"\s+)?\d)"
)


def _before_its_figure(words: str) -> str:
    """A source after "according to" up to "to" (the one written to: "a letter to the
    mayor") and up to a lower-case word's "of" before a figure ("a study of 12,400
    people": the study; not "the Group of 20", a name)."""
    words = re.split(r"\s+to\s+", words, maxsplit=1)[0]
    m = _OF_A_FIGURE.search(words)
    return words[: m.end(1)] if m is not None and m.group(1).islower() else words


@dataclass(frozen=True, slots=True)
class SpeechEvent:
    surface: str  # the source as written ("Seoul's spy agency, the National Intelligence ...")
    source_span: tuple[int, int]  # sentence-relative
    verb: str  # lemma: say, state, report, estimate, tell, add, cite, believe, accord
    scope: tuple[int, int]  # the reported text, sentence-relative
    direct: bool  # the scope is a quotation
    pronoun: bool  # "it added", "he said": the speaker is the previous one
    verb_span: tuple[int, int]
    # where the words about the statement end, when its report goes on after them ("police
    # said on Monday, adding that 30 were hurt": the comma after "on Monday"); the times
    # between the verb and there are the statement's (document._statement_times)
    said_until: int | None = None


def quotations(text: str) -> list[tuple[int, int]]:
    """Spans of quoted passages (inside the quote marks)."""
    spans = []
    for open_q, close_q in _QUOTE_PAIRS:
        pos = 0
        while True:
            s = text.find(open_q, pos)
            if s == -1:
                break
            e = text.find(close_q, s + 1)
            if e == -1:
                spans.append((s + 1, len(text)))  # a quote running on past the sentence
                break
            spans.append((s + 1, e))
            pos = e + 1
    return sorted(spans)


def speech_events(text: str, names: NameUse | None = None) -> list[SpeechEvent]:
    """The speech events of one sentence; ``names``: how its document uses names (whether
    "Procter and Gamble" is one name), the sentence alone when not given."""
    names = names if names is not None else NameUse(text)
    events: list[SpeechEvent] = []
    quotes = _Quotes(quotations(text))
    first_words = [w.start() for w in itertools.islice(_ALPHA.finditer(text), 8)]
    for m in _VERB.finditer(text):
        if quotes.contains(m.start()):
            continue  # a verb inside a quotation belongs to the quoted speaker's words
        event = _verb_event(text, m, quotes, first_words, names)
        if event is not None:
            events.append(event)
    commas: list[int] | None = None  # where the commas are, found at the first need
    for m in _ACCORDING.finditer(text):
        # "according to a letter to the mayor": the mayor is the one written to, no source;
        # "according to a study of 12,400 people": the study (its figure no name's part)
        surface = _before_its_figure(m.group(1).strip().rstrip("."))
        if not _looks_like_source(surface):
            continue
        start = m.start()
        j = _end_before_space(text, start)
        if (j > 0 and text[j - 1] == ",") or start > len(text) / 2:
            scope = (0, start)
        else:
            if commas is None:
                commas = [i for i, c in enumerate(text) if c == ","]
            k = bisect.bisect_left(commas, m.end())
            scope = (commas[k] + 1 if k < len(commas) else m.end(), len(text))
        verb = "cite" if m.group(0).lower().startswith(("citing", "quoting")) else "accord"
        events.append(
            SpeechEvent(
                surface,
                (m.start(1), m.start(1) + len(surface)),
                verb,
                scope,
                quotes.inside(scope),
                False,
                (m.start(), m.start(1)),
            )
        )
    return sorted((_without_demonstrative(text, e) for e in events), key=lambda e: e.verb_span)


_DEMONSTRATIVE = re.compile(
    rf"(?:this|that|these|those)\s+|(?:This|That|These|Those)\s+(?=[a-z](?![{MARKS}]))"
)


def _without_demonstrative(text: str, event: SpeechEvent) -> SpeechEvent:
    """The source without a demonstrative before it: "this L.A. Times story" is the L.A.
    Times's ("this" points at the story, it is no part of a name; capitalised, it is one
    only before a lower-case word: "This report", not "This American Life")."""
    m = _DEMONSTRATIVE.match(event.surface)
    if m is None or m.end() >= len(event.surface):
        return event
    start = event.source_span[0] + m.end()
    return replace(
        event, surface=event.surface[m.end() :], source_span=(start, event.source_span[1])
    )


# How far around a speech verb its subject, a passive auxiliary and what follows are read:
# windows, so that a sentence with thousands of verbs is read in linear time.
_WINDOW = 2000
# (a letter with a mark on it is no ASCII letter, as its composed form is not)
_ALPHA = re.compile(rf"(?:[A-Za-z](?![{MARKS}]))+")


# A title of an office named by "of" after the verb, and the name after it: "said Chief of
# Detectives Jane Doe", "said Secretary of the Interior John Smith", "said Attorney
# General of Ohio Ana Ruiz" (capitalised words alone stopped at "of": the
# source was "Chief"). The title capitalised, after a rank's words only: never a
# surname's "of" ("said John Smith of Reuters", "said Murray Head of the BBC": his outlet),
# nor a lower-case "said the head of the Red Cross had ..." (what was said). Not
# SOURCE_NOUNS, though ten words are in both: those are the lower-case words a source's
# noun phrase may hold besides capitalised ones, most of them no title before 'of'
# ('police', 'report', 'she': 'said Report of the Inquiry Jane Doe' names no source),
# and a capitalised title such as 'Ambassador' stands in a source's phrase without them.
_TITLE_WORDS = (
    "Chief|Secretary|Director|Minister|Head|Governor|Mayor|Commander|President|General|"
    "Chairman|Chairwoman|Chair|Commissioner|Superintendent|Inspector|Speaker|Ambassador"
)
_RANK_WORDS = "Deputy|Assistant|Associate|Acting|Interim|Vice|Attorney|Surgeon|Lord|Lieutenant"
_TITLE_OF = re.compile(
    rf"\s+((?:the\s+)?(?:(?:{_RANK_WORDS})\s+){{0,2}}(?:{_TITLE_WORDS})\s+of\s+"
    rf"(?:the\s+)?(?:{CAPITAL}[\w{MARKS}'’.-]*\s*){{1,6}})"
)

# the speech verbs whose past participle may stand for a passive before "to be"/"to have"
# ("Firefighters said to be exhausted"), where the active past takes no such "to"
_PASSIVE_BEFORE_TO = frozenset({"said", "reported", "estimated", "alleged", "believed"})


# a body's figures that show what a source says ("interior ministry data showed", "Labor
# Department figures show"): the body before its data noun (_FIGURES_OF's nouns)
_DATA_OF = re.compile(rf"^(?:the\s+)?(.+?)\s+{DATA_NOUNS}{_DATA_MADE}$", re.IGNORECASE)
# a body's data noun right before a verb of showing ("... data showed", "figures released
# on Tuesday show")
_DATA_BEFORE = re.compile(rf"\b{DATA_NOUNS}{_DATA_MADE}(?:\s+on\s+\w+)?\s+$", re.IGNORECASE)


_SHOWED_THAT = re.compile(r"\s+(?:(?:on|in|at|last|this)\s+[\w-]+\s+)?that\b", re.IGNORECASE)


_NO_BODY_WORDS = COMMON_ADJECTIVES | DETERMINERS | STATUS_ADJECTIVES


def _data_body(surface: str) -> tuple[str, int] | None:
    """The body whose data or figures a subject of "showed" is, with where it starts in
    ``surface`` ("the interior ministry data": "interior ministry" at 4, "Labor Department
    figures"), or None: no data noun, or nothing before it that names a body ("The data",
    "official figures", "His data", "Tests")."""
    m = _DATA_OF.match(surface)
    if m is None:
        return None
    body, start = m.group(1), m.start(1)
    # words before the body that name none: "official", "the latest", "his", "Preliminary"
    while (w := re.match(r"(\S+)\s+", body)) and w.group(1).lower() in _NO_BODY_WORDS:
        body, start = body[w.end() :], start + w.end()
    if body.split()[0].lower() in _NO_BODY_WORDS:
        return None  # "official figures", "his data", "those figures"
    return (body, start) if _figures_owner(body) else None


# the end of a comparison before a speaker: "than the company announced", "than
# officials", "than the 3,000 police reported", "than the $2 billion analysts expected"
_THAN_BEFORE = re.compile(
    r"\bthan\s+(?:the\s+)?(?:[$€£]?\d(?:[\d,.]*\d)?\s+(?:(?:million|billion|thousand)\s+)?)?$",
    re.IGNORECASE,
)  # (a figure ends on a digit: "more than 3,000, police said" is the police's)
# a relative clause whose object is the "it" before a verb of saying: "that called it",
# "who sold it" (the relative word, not after a comma: ", which meant it reported" is of
# the clause before, and a verb right before "it")
_RELATIVE_OBJECT = re.compile(r"(?<!,)\s+(?:that|who|which)\s+(?:had\s+|has\s+)?[a-z]+\s+$")
# a verb of saying that ends its sentence: what it says came before it
_SAID_LAST = re.compile(r"\s*(?:[.!?]|$)")


def _verb_event(
    text: str, m: re.Match[str], quotes: _Quotes, first_words: list[int], names: NameUse
) -> SpeechEvent | None:
    verb_word = m.group(1)
    vs, ve = m.span(1)
    after = text[ve : ve + _WINDOW]
    if verb_word == "put" and not re.match(
        rf"\s+the\s+(?:{WORD}+\s+){{0,2}}(?:toll|number|figure|count|total)", after
    ):
        return None
    shows = verb_word.lower() in _SHOWING
    if shows and not _DATA_BEFORE.search(text, 0, vs):
        return None  # "showed Israeli footage", "The video showed": no body's figures
    if re.search(
        r"\b(?:is|are|was|were|be|been|being|(?i:it|that|there|what)['’]s)\s+$",
        text[max(0, vs - _WINDOW) : vs],
    ):
        return None  # "is believed to", "was reported", "after it's revealed": passive
    if verb_word in _PASSIVE_BEFORE_TO and re.match(r"\s+to\s+(?:be|have)\b", after):
        # "Firefighters said to be exhausted ...": the passive without its "are" ("are
        # said to be"), its subject one spoken of, no speaker (not "it claims to be", "the
        # group says to have": the subject speaks of itself)
        return None
    lo = max(0, vs - _WINDOW)
    # ", said John Smith, a spokesman" / '"...," said the minister'
    inv = _TITLE_OF.match(after) or re.match(
        rf"\s+((?:the\s+)?(?:{CAPITAL}[\w{MARKS}'’.-]*\s*){{1,5}})", after
    )
    addressing = verb_word in _ADDRESSING
    subject = _subject_before(text[lo:vs], names, addressing, bool(inv) and not addressing)
    if subject is None:
        j = _end_before_space(text, vs)
        # never after "told"/"tells": what follows is the one told, not the speaker
        # ('Ortiz, who married him three weeks before, told Orozco, "..."')
        if inv and verb_word not in _ADDRESSING and (j == 0 or text[j - 1] in (",", "”", '"')):
            surface = inv.group(1).strip()
            s = ve + inv.start(1)
            if surface.endswith(".") and not text[s + len(surface) :].strip(" \t\n\"'”’)»]"):
                surface = surface[:-1]  # 'said Sgt. John Smith.': the sentence's full stop
            scope = _scope_before(text, vs)
            return SpeechEvent(
                surface,
                (s, s + len(surface)),
                lemma(verb_word),
                scope,
                quotes.inside(scope),
                False,
                (vs, ve),
            )
        return None
    surface, s = subject[0], subject[1] + lo
    if verb_word.lower() in _NOUNS_TOO and normalize(surface) in COMMON_ADJECTIVES:
        return None  # "Initial estimates indicate": the verb is the subject's noun
    if shows:
        body = _data_body(surface)
        if body is None:
            return None  # "Tests showed", "The data showed", "official figures showed"
        surface, s = body[0], s + body[1]  # "interior ministry data showed": the ministry's
    if _THAN_BEFORE.search(text, max(0, s - 40), s):
        # "a larger number than the company announced", "more than the 3,000 police
        # reported": what the figure is set against, no one's report of it
        return None
    relative = _RELATIVE_OBJECT.search(text[lo:s]) if normalize(surface) == "it" else None
    held = (
        None if relative is None else _subject_before(text[lo : lo + relative.start()] + " ", names)
    )
    if held is not None:
        # "the union that called it claimed": "it" is the relative clause's object, the
        # speaker the noun phrase before "that"
        surface, s = held[0], held[1] + lo
    elif relative is not None and _SAID_LAST.match(after):
        # "..., engineers who inspected it said.": a speaker no source list names; the
        # "it" is the clause's object, never an earlier speaker's (not "In the months that
        # followed it said 40 stores closed": there "it" speaks)
        return None
    pronoun = normalize(surface) in _PRONOUNS  # ("he", "she", "it", "they" among them)
    j = _end_before_space(text, s)
    if j > 0 and text[j - 1] in ("”", '"', "»") and not re.match(r"\s+that\b", after):
        q = quotes.last_ending_by(s)
        scope = q if q else (0, s)
        return SpeechEvent(
            surface, (s, s + len(surface)), lemma(verb_word), scope, True, pronoun, (vs, ve)
        )
    that_follows = re.match(
        rf"\s*(?:[\w{MARKS}'’,-]+\s+){{0,7}}?(?:that{NOT_BEFORE_WORD}|:)", after
    )
    if that_follows and shows:
        # figures show what follows them only right after the verb and its time ("showed
        # on Tuesday that"), never another verb's "that" ("showed, the paper reported,
        # adding that ...")
        that_follows = _SHOWED_THAT.match(after)
    prefix_words = sum(1 for w in first_words if w < j)  # counted up to 8
    # a lead-in of up to six words is no report when it is a time ("In the early hours of
    # Monday, police said, 13 ...", "After the quake struck on Sunday, officials said"); a
    # time clause that tells a figure is what is reported ("A storm killed 13 people on
    # Monday, officials said, and rescue teams searched ...": the officials' toll)
    nothing_before = prefix_words <= 3 or (
        prefix_words <= 6 and _is_time_phrase(text[:j]) and not _tells_a_figure(text[:j])
    )
    rest = after[_addressee_end(verb_word, after) :]
    if nothing_before and _SHORT_TAIL.fullmatch(rest):
        # "Prices rose 4 percent, the bank said (on Tuesday).": a short clause before the
        # source is what it reports when nothing but a few words without a figure follow
        nothing_before = False
    goes_on = _GOES_ON.match(rest)
    said_until = None
    if shows and not that_follows and _ends_report(rest):
        # "Inflation hit 9.1% in June, Labor Department figures showed, the paper
        # reported": the figures show what comes before them, whatever follows
        scope = _scope_before(text, s)
    elif goes_on and (not nothing_before or _tells_a_figure(text[:j])):
        # "Prices rose 0.4%, Halifax said on Wednesday, taking the average price to
        # £298,500", "12 people died, police said, adding that 30 were hurt": the clause
        # after the speaker is its report as well (the words before its comma, the
        # statement's: its time)
        scope = (0, len(text))
        said_until = ve + (len(after) - len(rest)) + goes_on.end(1)
    elif that_follows or nothing_before or not _ends_report(rest):
        scope = (ve + that_follows.end() if that_follows else ve, len(text))
    else:
        scope = _scope_before(text, s)
    surface, s = _widened(text, lo, vs, surface, s)  # (after the scope: it reads where s was)
    return SpeechEvent(
        surface,
        (s, s + len(surface)),
        lemma(verb_word),
        scope,
        quotes.inside(scope),
        pronoun,
        (vs, ve),
        said_until,
    )


# a finite verb of a lead-in: an auxiliary ("was killed") or a past in -ed ("killed"); an
# irregular past ("Riverton hit 118 degrees on Sunday", "A storm left 13 people dead") only
# in lower case after a word and right before the figure, as its object: the irregular
# forms are nouns, adjectives and names as often ("With 2 minutes left", "a 5-set match",
# "the Rose Parade", "after the 7.8 quake hit,", "Given 3 days notice")
_FINITE_AUX = "|".join(sorted(w for w in AUXILIARIES if w.isalpha()))
# (in lower case: "Fred", "United", "Ahmed" are names, "May" a month; NOT_PAST_ED:
# "hundred" a number, "red" a colour)
_NOT_PAST = "|".join(sorted(NOT_PAST_ED))
_FINITE = re.compile(
    rf"{NOT_AFTER_WORD}(?:{_FINITE_AUX}|(?!(?:{_NOT_PAST})\b)[a-z]{{2,}}ed){NOT_BEFORE_WORD}"
)
# (the auxiliaries among the irregular forms _FINITE reads already)
_IRREGULAR_PAST = "|".join(
    sorted((w for w in IRREGULAR if w.isalpha() and w not in AUXILIARIES), key=len, reverse=True)
)
_IRREGULAR_BEFORE_FIGURE = re.compile(rf"\w\s+(?:{_IRREGULAR_PAST})\s+\d")


def _tells_a_figure(lead: str) -> bool:
    """A lead-in before "X said" holds a figure (a digit) and a finite verb: it is what X
    reports ("A storm killed 13 people on Monday", "A 13-year-old boy was killed"), not a
    time that opens the sentence ("In the early hours of Monday", "On May 5"), nor a
    subordinate clause ("When 13 people died on Monday, police said, the mayor closed 40
    schools": the report is the main clause after it)."""
    first = lead.split(maxsplit=1)[0].lower() if lead.strip() else ""
    if first in SUBORDINATORS:
        return False
    return any(c.isdigit() for c in lead) and (
        _FINITE.search(lead) is not None or _IRREGULAR_BEFORE_FIGURE.search(lead) is not None
    )


# what may follow a speech verb that ends the sentence: a few words, no figure, the end
# (each run of letters taken whole, "++": with "+" a run without spaces, as a quote in
# Chinese is, could be cut into five pieces in as many ways as it has letters to the fifth)
_SHORT_TAIL = re.compile(rf"\s*(?:(?:[^\W\d]|[{MARKS}])++[.'’-]?\s*){{0,5}}[.!?]?[\"”’']?\s*")


def _end_before_space(text: str, end: int) -> int:
    """``len(text[:end].rstrip())``, stepping back over the white space only."""
    while end > 0 and text[end - 1].isspace():
        end -= 1
    return end


class _Quotes:
    """The quotations of a sentence, for position questions in O(log n). Quotes of one kind
    never overlap, so the spans fall into a few chains (at most one per kind of quote mark)
    of disjoint spans, each searched by bisection."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        self.chains: list[list[tuple[int, int]]] = []
        for span in spans:  # sorted by start
            for chain in self.chains:
                if chain[-1][1] < span[0]:
                    chain.append(span)
                    break
            else:
                self.chains.append([span])
        self.starts = [[a for a, _ in c] for c in self.chains]
        self.ends = [[b for _, b in c] for c in self.chains]

    def _last_starting_by(self, pos: int) -> list[tuple[int, int]]:
        found = []
        for chain, starts in zip(self.chains, self.starts, strict=True):
            i = bisect.bisect_right(starts, pos) - 1
            if i >= 0:
                found.append(chain[i])
        return found

    def contains(self, pos: int) -> bool:
        """Some quotation has a <= pos < b."""
        return any(pos < b for _, b in self._last_starting_by(pos))

    def inside(self, scope: tuple[int, int]) -> bool:
        """The scope lies inside one quotation (up to its closing mark)."""
        return any(scope[1] <= b + 1 for _, b in self._last_starting_by(scope[0]))

    def last_ending_by(self, pos: int) -> tuple[int, int] | None:
        """The quotation with the greatest start among those ending at or before pos."""
        found = []
        for chain, ends in zip(self.chains, self.ends, strict=True):
            i = bisect.bisect_right(ends, pos) - 1
            if i >= 0:
                found.append(chain[i])
        return max(found) if found else None


# the verbs whose object is the one spoken to: "X told reporters", never "..., told X"
_ADDRESSING = frozenset({"told", "tells"})
# the one spoken to, after "told" or after "to" ("said to the BBC"): a determiner or
# possessive, a word, and up to five capitalised (or quoted) words of a name after it
# (a gathering, a body or a medium, up to three words before it: "told a hastily
# arranged news conference", "told state broadcaster NHK", "told the Senate committee")
# (a word before the gathering is a modifier: no preposition, determiner or conjunction,
# so "told reporters after the meeting ended" is no addressee "reporters after the meeting")
_NOT_A_MODIFIER = "|".join(sorted(re.escape(w) for w in PHRASE_BOUNDS))
_ADDRESSEE = re.compile(
    r"\s+(?:(?:the|a|an|his|her|its|their|our|my|your|this|that)\s+)?"
    rf"(?:(?:(?!(?i:{_NOT_A_MODIFIER})\b)[\w{MARKS}'’.&-]+\s+){{0,3}}"
    rf"(?:{'|'.join(sorted(ADDRESSEE_NOUNS))})\b"
    rf"|[\w{MARKS}'’.&-]+)(?:\s+[“\"]?{CAPITAL}[\w{MARKS}'’.&-]*[”\"]?){{0,5}}"
)
_TO_ADDRESSEE = re.compile(
    r"\s+to\s+(?=(?:the|a|an|his|her|its|their|our|my|your|him|them|us|me)"
    rf"{NOT_BEFORE_WORD}|{CAPITAL}|{WORD}+s{NOT_BEFORE_WORD})"
)


def _addressee_end(verb_word: str, after: str) -> int:
    """Where the one spoken to ends in ``after`` (the text after the speech verb), or 0:
    "told the BBC", "said to reporters"."""
    if verb_word not in _ADDRESSING:
        to = _TO_ADDRESSEE.match(after)
        if to is None:
            return 0
        m = _ADDRESSEE.match(after, to.end() - 1)
    else:
        m = _ADDRESSEE.match(after)
    return m.end() if m else 0


# after a trailing "X said" and its time, a clause of a present participle that goes on
# with what X said ("..., taking the average price to £298,500", "..., adding that 30
# were hurt"), not a preposition in -ing ("following a vigil", "including 3 children",
# "according to", "citing")
_GOES_ON = re.compile(
    # (the statement's words: a time, a place or a manner; "said the crash happened
    # Monday, adding ..." reports the crash's time, no statement's)
    rf"^((?:\s+(?:(?:on|in|at|late|early|earlier|later|last|this|to)\b[^,;.:\d\"“”]{{0,30}}?"
    rf"|{_WEEKDAY}{_WEEKDAY_ENDS}))?\s*),\s+"
    rf"(?!(?:{'|'.join(sorted(ING_PREPOSITIONS | ING_CIRCUMSTANCES))})\b)(?-i:[a-z]+ing)\b",
    re.IGNORECASE,
)


def _ends_report(after: str) -> bool:
    """After a trailing 'X said', only adverbials follow: '..., the JCS added.'"""
    return bool(_ADVERBIAL_AFTER.match(after))


def _scope_before(text: str, end: int) -> tuple[int, int]:
    """(0, len(text[:end].rstrip().rstrip(",").rstrip()))."""
    end = _end_before_space(text, end)
    while end > 0 and text[end - 1] == ",":
        end -= 1
    return (0, _end_before_space(text, end))


_WORD = re.compile(rf"[\w{MARKS}'’.&-]+")


def _subject_before(
    left: str,
    names: NameUse,
    addressing: bool = False,
    speaker_after: bool = False,
    nested: bool = False,
) -> tuple[str, int] | None:
    """The source noun phrase right before a speech verb, with its start offset.

    Walks back over capitalised words, source nouns, possessives and 'of'/'the'; takes an
    appositive ("Seoul's spy agency, the National Intelligence Service") whole, or the
    subject before an aside (_subject_before_aside; ``addressing``: the verb is "told";
    ``speaker_after``: a name follows the verb, which may be its speaker; ``nested``: the
    words before an appositive's comma, where a place is read as the appositive's)."""
    stripped = left.rstrip()
    if stripped.endswith(","):
        # "Seoul's spy agency, the National Intelligence Service, said": an appositive pair
        inner = _subject_before(stripped[:-1] + " ", names, nested=True)
        if inner is None:
            return _subject_before_aside(left, stripped, names, addressing, speaker_after)
        before = left[: inner[1]].rstrip()
        if before.endswith(","):
            outer = _plain_subject(before[:-1] + " ", names)
            place = None if outer is None else _AFTER_PREPOSITION.search(left, 0, outer[1])
            if outer is not None and _RESIDENCE.search(left, 0, outer[1]):
                pass  # "Jane Doe, 66, of Riverton, Ohio, said": where she lives, read past
            elif place is not None:
                # "the Geological Survey in Golden, Colo., said": the place's, not a source
                held = _plain_subject(left[: place.start()], names)
                if held is not None and _starts_clause(left[: held[1]], addressing):
                    return held
            elif (
                outer is not None
                and (home := _NAME_OF_PLACE.fullmatch(outer[0]))
                and _REGION.fullmatch(inner[0])
                and not names_a_body(home.group(1))
            ):
                return home.group(1), outer[1]  # "Jane Doe of Riverton, Ohio, said": hers
            elif outer is not None and not _is_time_phrase(outer[0]) and not _a_relation(outer[0]):
                return left[outer[1] : inner[1] + len(inner[0])], outer[1]
            if (outer is None or _a_relation(outer[0])) and _DESCRIPTION.search(
                before, 0, len(before) - 1
            ):
                return inner  # "The suspect's lawyer, Jane Doe, told": the name speaks
        return _subject_before_aside(left, stripped, names, addressing, speaker_after)
    place = None if nested else _PLACE_BEFORE_VERB.search(left)
    if place is not None and not (
        place.group("by") == "in" and _a_body(place.group("where"), names)
    ):
        # "Officials in Riverton said", "the Navy in November said": where (or when) the
        # speaker was is no speaker, the source before it is; "a worker in Dubai said"
        # names none
        return _plain_subject(left[: place.start()], names)
    return _plain_subject(left, names)


# a name after a preposition of where right before the verb, no comma: "officials in
# Riverton said", "police in Texas and Oklahoma said". Not "at" nor "from", which name the
# body one works for as often ("doctors at Mercy Hospital", "a spokesperson from Waitrose")
_NAME = rf"{CAPITAL}[\w{MARKS}'’.&-]*(?:\s+{CAPITAL}[\w{MARKS}'’.&-]*){{0,3}}"
# the prepositions of where one is (after which a name with no comma is a place), and
# those of where one is from or goes, which name a place only set off by commas
_WHERE = "in|near|outside|across|around|throughout"
_WHENCE = "at|from|into|to|toward|towards"
_PLACE_BEFORE_VERB = re.compile(
    rf"\s(?P<by>{_WHERE})\s+(?P<where>(?:the\s+)?{_NAME}"
    rf"(?:(?:,\s*{_NAME}){{0,4}},?\s+and\s+(?:the\s+)?{_NAME})?)\s*$"
)
# what makes the name after "in" a body one speaks for, not a place: a source noun or a
# body's head last ("officials in the Health Ministry", "in New York City Hall", "a
# spokesman in the White House"), or a name the alias files know ("the Kremlin"). Only
# after "in": one outside, near or across a body does not speak for it ("a man outside
# the Sam's Club")
_BODY_HEADS = frozenset(
    "house hall congress parliament senate assembly cabinet administration bureau "
    "commission committee embassy consulate secretariat pentagon kremlin".split()
)
# and the heads of a body's name before its "of" (not a person's: "Royal Bank of Scotland,
# Edinburgh, said" is the bank's, "Jane Doe of Riverton, Ohio, said" hers): a public
# body's (_BODY_HEADS) or another organisation's (FIRM_HEADS, which match.owners also
# reads as a kind's word, no word of a name's own)
FIRM_HEADS = frozenset(
    "bank reserve foundation institute university college school academy association "
    "society union federation league club group fund trust church party borders "
    "corporation corp inc co company board center centre network".split()
)
ORG_HEADS = _BODY_HEADS | FIRM_HEADS


def names_a_body(name: str) -> bool:
    """Whether capitalised words name a body, not a person: the last is a source noun or a
    body's head ("Royal Bank", "Doctors Without Borders", "the Health Ministry"; not
    "Police Chief John Smith")."""
    head = _head(name)
    return head in SOURCE_NOUNS or head in ORG_HEADS


def _a_body(where: str, names: NameUse) -> bool:
    """Whether the name after "in" (``where``, _PLACE_BEFORE_VERB) is a body that speaks
    rather than where the speaker was."""
    name = re.sub(r"^the\s+", "", where)
    head = _head(name)
    return head in SOURCE_NOUNS or head in _BODY_HEADS or names.knows(name)


def _head(name: str) -> str:
    """A name's last word, lower case, its trailing stops and apostrophes off."""
    return name.split()[-1].lower().strip(".,'’")


# a place after its preposition, no speaker: "speaking in Riverton, Ohio, told", also
# after a description in lower case and its "of": "officials in the town of Riverton, Ohio,
# said" (a capitalised word before "of" is a name's: "at the University of Texas")
_AFTER_PREPOSITION = re.compile(
    rf"\s(?:{_WHERE}|{_WHENCE})\s+(?:(?:the|a|an)\s+(?:[a-z]+\s+){{1,2}}of\s+)?$"
)
# an aside that opens with "of" names where the one before it lives or comes from, not a
# speaker: "Jane Doe, 66, of Riverton, Ohio, said" (inside a name "of" has no comma
# before it: "the University of Texas, Austin, said" is the University's)
_RESIDENCE = re.compile(r",\s*of\s+$")
# a person's name, two to four capitalised words and no article, and the town after its
# "of", set off from the verb with its region by commas: "Jane Doe of Riverton, Ohio,
# said" names where she lives, as "Jane Doe, of Riverton, Ohio," does (not "The
# University of Texas, Austin," nor "The mayor of Riverton, Ohio,", a body or an office
# with its article, nor "Bank of America, ...", one word before "of")
_NAME_OF_PLACE = re.compile(
    rf"(?!(?:The|A|An)\s)({CAPITAL}[\w{MARKS}'’.-]*(?:\s+{CAPITAL}[\w{MARKS}'’.-]*){{1,3}})"
    rf"\s+of\s+{CAPITAL}[\w{MARKS}'’.-]*(?:\s+{CAPITAL}[\w{MARKS}'’.-]*){{0,2}}"
)
# the region after a town: one or two capitalised words or an abbreviation ("Ohio",
# "New York", "N.C.")
_REGION = re.compile(rf"{CAPITAL}[\w{MARKS}'’.-]*(?:\s+{CAPITAL}[\w{MARKS}'’.-]*)?")
# a description in lower case that opens the sentence or its clause, before the name it
# describes: "The suspect's lawyer, ", "..., and her sister, "
_DESCRIPTION = re.compile(
    r"(?:^|[;:“”\"»]|\b(?i:and|but))\s*(?i:the|a|an|his|her|its|their|our|my)\s+"
    r"(?:[a-z]+(?:['’]s)?\s+){0,3}[a-z]+\s*$"
)


# a description of a personal relation (NEWS_SPEAKER_RELATIONS: "The suspect's doctor", "A
# doctor", "the victim's neighbours") before a name: the name in the appositive speaks, as
# it did when these words were no source nouns; a role that speaks for its owner keeps its
# description ("The city's mayor, Jane Doe" is the city mayor, "The company's spokesman,
# Jane Doe" the company spokesman)
def _a_relation(description: str) -> bool:
    return _head(description) in NEWS_SPEAKER_RELATIONS


def _subject_before_aside(
    left: str, stripped: str, names: NameUse, addressing: bool, speaker_after: bool
) -> tuple[str, int] | None:
    """The subject before an aside set off by commas that is no name itself: a relative
    clause, an age, a description ('Chela Ortiz, who married the deputy three weeks
    before he was murdered, told ...'; '"...," Felt, 92, told ...'). Only a subject that
    starts the sentence or its clause (a quotation's end, a semicolon or a conjunction
    before it): in 'called to a church in Wasilla, Alaska, about 9:40 p.m., said James
    Steele' the speaker comes after the verb. After a comma too when the verb is "told",
    which puts no speaker after it ('..., Dave Marcus, director at McAfee Labs, told
    InternetNews.com'). Not an aside that is a clause of its own ('Additionally, he was
    selected ..., wrote') nor a subject that opens with a preposition ('In California').
    An aside with commas of its own ("speaking on Monday, June 3, told", "a nurse in
    Riverton, Ohio, told") is read back a comma at a time, up to _ASIDE_COMMAS, for a
    subject that starts the sentence or its clause: the one after a comma only right
    before the last aside, as before. Not when a name follows the verb
    (``speaker_after``), the speaker of an inverted report ("Jane Doe, 66, of Riverton,
    was walking home when she was struck, said Sgt. John Smith"), nor past an aside that
    opens with a verb of its own ("was walking"): those are no asides."""
    end = len(stripped) - 1  # the comma before the verb
    for depth in range(1 if speaker_after else _ASIDE_COMMAS):
        k = stripped.rfind(",", 0, end)
        aside = stripped[k + 1 : end].split()
        if k < 0 or not aside or any(q in stripped[k:] for q in '“”"«»()'):
            return None
        if aside[0].lower() in PERSONAL_PRONOUNS:
            return None
        outer = _plain_subject(left[:k] + " ", names)
        if (
            outer is not None
            and not _is_time_phrase(outer[0])
            and outer[0].split()[0].lower() not in _NOT_IN_NAME
            and _starts_clause(left[: outer[1]], addressing and depth == 0)
        ):
            return outer
        if aside[0].lower() in _AUXILIARIES:
            return None  # a predicate: what comes before it is no subject of this verb
        end = k
    return None


def _starts_clause(before: str, after_comma: bool) -> bool:
    """A subject after ``before`` starts the sentence or its clause: nothing before it, a
    quotation's end, a semicolon, a colon, "and" or "but" (or a comma: ``after_comma``)."""
    before = before.rstrip()
    ends = ('"', "”", "»", ";", ":") + ((",",) if after_comma else ())
    return not before or before.endswith(ends) or bool(re.search(r"\b(?:and|but)$", before, re.I))


_ASIDE_COMMAS = 4  # commas read back over for the subject before an aside
# a verb that opens a predicate, not an aside: "Jane Doe, 66, was walking ..." (the
# lexicon's auxiliaries but the forms of "be" that open an aside: "..., being treated, ...")
_AUXILIARIES = AUXILIARIES - {"be", "been", "being", "am"}


def _is_time_phrase(surface: str) -> bool:
    return bool(
        re.search(
            r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|"
            r"march|april|may|june|july|august|september|october|november|december|today|"
            r"yesterday|week|month|year|morning|evening|night)\b",
            surface,
            re.IGNORECASE,
        )
    )


SUBJECT_WINDOW = 400  # characters before a speech verb where its subject can be


def _plain_subject(left: str, names: NameUse) -> tuple[str, int] | None:
    """The subject right before a speech verb, and its offset in ``left``. Only the last
    SUBJECT_WINDOW characters are read: reading all of ``left`` for every verb was
    quadratic in a long sentence ("X said X said ..." 200 kB did not finish)."""
    cut = max(0, len(left) - SUBJECT_WINDOW)
    found = _subject_in(left[cut:], names)
    return None if found is None else (found[0], found[1] + cut)


def _subject_in(left: str, names: NameUse) -> tuple[str, int] | None:
    words = list(_WORD.finditer(left))
    if not words:
        return None
    i = len(words) - 1
    # "X said in a statement" is handled by position; here skip adverbs: "X also said"
    while i >= 0 and words[i].group().lower() in (
        "also",
        "later",
        "previously",
        "further",
        "separately",
        "earlier",
        "then",
        "had",
        "has",
        "have",
        "would",
        "will",
    ):
        i -= 1
    if i < 0:
        return None
    end = words[i].end()
    if left[end:].strip():
        return None  # punctuation between subject and verb
    start_i = i
    while start_i >= 0:
        w = words[start_i].group()
        low = w.lower().strip("'’")
        gap = left[words[start_i].end() : words[start_i + 1].start()] if start_i < i else ""
        if "," in gap or any(q in gap for q in '“”"('):
            break
        if low in ("and", "&") and _joins_one_name(left, words, start_i, i, names):
            start_i -= 1  # "the Academy of Arts and Sciences": one name, read on
            continue
        if low in _STOP_BEFORE:
            if low in ("and", "or", "as") and _news_only_after(words, start_i, i, low):
                return None  # "Police and firefighters said", "..., as paramedics said"
            break
        if (
            low in _NEWS_ONLY
            and w.islower()
            and start_i < i
            and words[start_i + 1].group()[0].isupper()
        ):
            break  # "Budget airline Ryanair said": the descriptor is no part of the name
        if not (
            w[0].isupper()
            or low in SOURCE_NOUNS
            or low in ("of", "the", "for", "s")
            or low.endswith(("'s", "’s"))
            or low.endswith("s'")
        ):
            break
        start_i -= 1
    start_i += 1
    if start_i > i:
        return None
    # drop a leading "of"/"for", and a sentence's adverb capitalised to open it ("Later
    # Doe added", "Meanwhile Smith said": Doe's, Smith's)
    while start_i <= i and (
        words[start_i].group().lower() in ("of", "for")
        or (start_i < i and words[start_i].group().lower() in SENTENCE_ADVERBS)
    ):
        start_i += 1
    if start_i > i:
        return None
    start = words[start_i].start()
    surface = left[start:end]
    if not _looks_like_source(surface) or _is_time_phrase(surface):
        return None
    if start_i > 0 and words[start_i - 1].group().lower() == "to":
        return None  # "A letter to the mayor said": the one written to, not the speaker
    if start_i > 0 and _object_before(left, words, start_i):
        return None  # "Rebels fighting government forces said": not the forces' words
    return surface, start


def _object_before(left: str, words: list[re.Match[str]], k: int) -> bool:
    """Whether the words read back as a subject from ``k`` are the object of a verb of
    fighting before them, or of its preposition, or of "allied with" (lexicon.
    FIGHTING_VERBS: "Rebels fighting government forces said", "Protesters clashing with
    security forces said", "Militias allied with government forces said"), no comma
    between: those fought speak for nobody here. The verb only after its subject, a
    plural or a name ("Rebels fighting"), not a noun in -ing ("After the fighting police
    said", "Following Monday's bombing police said", "During heavy shelling residents
    said"), nor any verb ("Doctors working with MSF said": the credit stays)."""
    j = k - 1
    if "," in left[words[j].end() : words[k].start()]:
        return False
    if words[j].group().lower() in ("with", "against", "alongside") and j > 0:
        j -= 1
        if words[j].group().lower() in ("allied", "aligned"):
            return True
    if words[j].group().lower() not in FIGHTING_VERBS or j == 0:
        return False
    subject = words[j - 1].group()
    if "," in left[words[j - 1].end() : words[j].start()] or subject.endswith(("'s", "’s")):
        return False
    if _after_a_preposition(words, j - 1):
        return False  # "After the Kabul bombing police said": a name modifying a noun
    low = subject.lower()
    return low not in DETERMINERS and (subject[0].isupper() or (low.endswith("s") and len(low) > 3))


def _after_a_preposition(words: list[re.Match[str]], k: int) -> bool:
    """Whether ``words[k]`` stands after a preposition opening the words, or anywhere after a
    preposition of time or circumstance or a wake's "of", with or without a determiner
    ("After the Kabul bombing", "Since Mariupol shelling", "Hours after Kabul bombing",
    "In the wake of the Kabul bombing"): a noun phrase's, no subject. Not a preposition
    inside the subject's own phrase ("Rebels in Idlib fighting government forces said",
    "Members of the Taliban fighting government forces said": they said, the forces did
    not)."""
    lo = max(0, k - 3)
    before = [w.group().lower() for w in words[lo:k]]
    at = len(before) - 1  # the preposition: the word before, or before its determiner
    if at >= 0 and before[at] in DETERMINERS:
        at -= 1
    if at < 0:
        return False
    if before[at] in _OF_A_TIME or (before[at] == "of" and at and before[at - 1] in _WAKES):
        return True  # "Hours after Kabul bombing", "In the wake of the Kabul bombing"
    return lo + at == 0 and before[at] in _PREPOSITIONS_ALL


_PREPOSITIONS_ALL = PREPOSITIONS | ING_PREPOSITIONS
# prepositions that open a time or a circumstance, not a phrase of a subject's own
_OF_A_TIME = frozenset({"after", "before", "since", "amid", "amidst", "despite",
                        "throughout", "until"}) | ING_PREPOSITIONS  # fmt: skip
# nouns whose "of" opens a circumstance too ("in the wake of the bombing")
_WAKES = frozenset({"wake", "aftermath"})


def _news_only_after(words: list[re.Match[str]], k: int, i: int, conjunction: str) -> bool:
    """The subject after ``words[k]`` ("and", "or", "as"; up to ``words[i]``) holds a word of
    _NEWS_ONLY, and it ends a list of sources ("Police and firefighters said": the walk
    stops at "and" and would credit the last alone) or a comparison ("..., as paramedics
    said earlier": another's report set beside this one): no speaker of its own."""
    if not any(w.group().lower() in _NEWS_ONLY for w in words[k + 1 : i + 1]):
        return False
    if conjunction == "as":
        return True
    if k == 0:
        return False
    prev = words[k - 1].group()
    return prev[0].isupper() or prev.lower() in SOURCE_NOUNS


def _joins_one_name(left: str, words: list[re.Match[str]], k: int, i: int, names: NameUse) -> bool:
    """The "and" (or "&") at ``words[k]``, met walking back from the subject's last word
    ``words[i]``, joins two halves of one name rather than two sources. Capitalised words
    on both sides, nothing between them and the conjunction, at most three after it, all
    capitalised (not "Texas and Oklahoma officials"); then one name when
    - it is "&" ("Procter & Gamble": prose joins two people with "and");
    - one word stands on both sides ("Johnson and Johnson");
    - it joins the words of a name after its "of" ("the Academy of Motion Picture Arts and
      Sciences", "the Department of Health and Human Services"), unless the document names
      the word after "and" elsewhere on its own ("the Secretary of State and Smith said");
    - the document uses the two halves only together, at least twice ("Procter and
      Gamble"): two people are named apart too, most often first by their full names
      ("Anna Smith and Mary Jones ... Smith and Jones added", or one speaking alone), so
      "Smith and Jones said" is still read as the nearer of two speakers, Jones, as the
      walk stops at a clause's "and";
    - it joins one capitalised word to one other right before the verb ("Procter and
      Gamble said", written once) and nothing says they are two: neither word stands
      apart in the document, the first is no pronoun ("He and Jones said") and ends no
      list of names ("Smith, Jones and Brown said": the list parts them). Two words
      alone cannot tell a firm from two people, and a writer who never names the two
      apart treats them as one ("Zadan and Meron added", producers who speak together):
      the pair is one source, as it said its words together."""
    if k == 0 or k >= i or i - k > 3:
        return False
    a, b = words[k - 1], words[k + 1]
    if left[a.end() : words[k].start()].strip() or left[words[k].end() : b.start()].strip():
        return False  # "Smith, and Jones said"
    if not a.group()[0].isupper() or not all(w.group()[0].isupper() for w in words[k + 1 : i + 1]):
        return False
    if words[k].group() == "&":
        return True
    ka, kb = _name_key(a.group()), _name_key(b.group())
    if ka == kb:
        return True
    j = k - 1  # the first word of the left half: up to three capitalised words
    while (
        j > 0
        and k - j < 3
        and words[j - 1].group()[0].isupper()
        and not left[words[j - 1].end() : words[j].start()].strip()
    ):
        j -= 1
    if (
        j >= 2
        and words[j - 1].group() == "of"
        and words[j - 2].group()[0].isupper()
        and not left[words[j - 2].end() : words[j].start()].replace("of", "", 1).strip()
    ):
        return not names.apart(kb, ka, kb)
    if names.two_bodies(ka, kb):
        return False  # "Yonhap and KCNA said", "Reuters and AFP said": each a source
    if names.one_name(ka, kb):
        return True
    return (
        j == k - 1
        and i == k + 1
        and ka.lower() not in PERSONAL_PRONOUNS
        and not _ENDS_LIST.search(left, 0, a.start())
        and not names.apart(ka, ka, kb)
        and not names.apart(kb, ka, kb)
    )


# a name and its comma before the pair: "Smith, Jones and Brown said" is a list of three
_ENDS_LIST = re.compile(rf"{CAPITAL}[\w{MARKS}'’.&-]*,\s*$")


def _name_key(word: str) -> str:
    """A capitalised word as a name's part: no possessive ("Gamble's"), no final stop."""
    return re.sub(r"(?:['’]s?)$", "", word.rstrip("."))


class NameUse:
    """How a document uses capitalised words: how often each stands in it, and how often
    two stand joined by "and" ("Procter and Gamble"), counted at the first question."""

    def __init__(self, text: str, known: Callable[[str], bool] | None = None) -> None:
        self.text = text
        self.known = known  # whether a word alone names a source the alias files know
        self._words: dict[str, int] | None = None
        self._pairs: dict[tuple[str, str], int] = {}

    def _count(self) -> dict[str, int]:
        if self._words is None:
            counts: dict[str, int] = {}
            pairs: dict[tuple[str, str], int] = {}
            previous: list[tuple[str, int]] = []  # the last two words and where they end
            for m in _WORD.finditer(self.text):
                w = m.group()
                if w[0].isupper():
                    key = _name_key(w)
                    counts[key] = counts.get(key, 0) + 1
                    if (
                        len(previous) == 2
                        and previous[1][0] == "and"
                        and previous[0][0][:1].isupper()
                        and not self.text[previous[0][1] : m.start()].replace("and", "", 1).strip()
                    ):
                        pair = (_name_key(previous[0][0]), key)
                        pairs[pair] = pairs.get(pair, 0) + 1
                previous = [*previous[-1:], (w, m.end())]
            self._words, self._pairs = counts, pairs
        return self._words

    def apart(self, word: str, a: str, b: str) -> bool:
        """``word`` (a half of "a and b") stands in the document outside "a and b"."""
        counts = self._count()
        together = self._pairs.get((a, b), 0)
        return counts.get(word, 0) > together * ((word == a) + (word == b))

    def knows(self, name: str) -> bool:
        """Whether the alias files know ``name`` as a source."""
        return self.known is not None and self.known(name)

    def two_bodies(self, a: str, b: str) -> bool:
        """Whether "a and b" are two sources whatever the document does: either is an
        acronym ("AFP", "KCNA", "S&P") or a name the alias files know alone."""
        return any((w.isupper() and len(w) > 1) or self.knows(w) for w in (a, b))

    def one_name(self, a: str, b: str) -> bool:
        """ "a and b" stands at least twice in the document, and neither half without it."""
        self._count()
        return (
            self._pairs.get((a, b), 0) >= 2 and not self.apart(a, a, b) and not self.apart(b, a, b)
        )


# words that end a lower-case organisation's name read backwards from its source noun
_NOT_IN_NAME = SENTENCE_ADVERBS | frozenset(
    "in on at from to by with of for into over under after before during near about "
    "than said says told this that these those its their his her our "
    # quantifiers and numbers ("some residents", "two witnesses", "one police officer")
    "some any all both each every many most few several other others another no none "
    "one two three four five six seven eight nine ten eleven twelve dozen dozens "
    # sentence adverbs ("..., meanwhile police said", "now officials say")
    "now still even too not further today".split()
)


def _widened(text: str, lo: int, vs: int, surface: str, s: int) -> tuple[str, int]:
    """``surface`` (at ``s``, before the verb at ``vs``; the window read from ``lo``) with
    the lower-case words of its name before it (_whole_lower_name)."""
    if surface[:1].isupper():
        return surface, s  # a name ("Peter Lynch"): a role before it is no part of it
    left = text[lo:vs]
    words = list(_WORD.finditer(left))
    first = next((k for k, w in enumerate(words) if w.start() == s - lo), None)
    if first is None:
        return surface, s
    start = lo + words[_whole_lower_name(left, words, first)].start()
    return text[start : s + len(surface)], start


# a named owner's possessive before a lower-case source's name: "Lisbon's" (not "the
# country's", which says nothing of whose; not "Here's", "That's": no owners)
_OWNER = re.compile(rf"({CAPITAL}(?:[^\W\d_]|[{MARKS}])*){POSSESSIVE_MARK}s")
_NO_OWNER = PRONOUNS | DETERMINERS | RELATIVES | frozenset("how why let".split())


def _owner(word: str) -> bool:
    m = _OWNER.fullmatch(word)
    return m is not None and m.group(1).lower() not in _NO_OWNER


def _whole_lower_name(left: str, words: list[re.Match[str]], first: int) -> int:
    """The first word of a source noun phrase written in lower case and whole after a comma
    or at the sentence's start: "..., the state emergency service said", "..., emergency
    services said" (the walk back stops at the first word that is no source noun, so the
    phrase was its last word, 'service', which no alias of 'state emergency service'
    names), and an owner's possessive before them ("..., Lisbon's seismology center
    said": it was "center"). Only when the words run back to a comma, a list's "and" or
    "or" ("the mayor and the fire chief said") or the start, an article allowed before
    them: "died in the flood police said" stays "police"."""
    k = first - 1
    while k >= 0:
        w = words[k].group()
        low = w.lower()
        gap = left[words[k].end() : words[k + 1].start()]
        if gap.strip() or not without_marks(w).isalpha() or not w.islower() or low in _STOP_BEFORE \
                or low in _NOT_IN_NAME or low.endswith(("ed", "ing", "ly")):  # fmt: skip
            if not gap.strip() and _owner(w):
                k -= 1  # "..., Lisbon's seismology center said": whose it is, read with it
            break
        k -= 1
    k += 1
    if k > 0 and words[k - 1].group().lower() in ("the", "a", "an") and not left[
            words[k - 1].end() : words[k].start()].strip():  # fmt: skip
        k -= 1  # "The state emergency service's spokesperson said"
    if k >= first:
        return first
    if words[k].group().lower() in ("the", "a", "an") and k + 1 >= first:
        return first  # "the" alone before the noun was read already
    before = left[words[k - 1].end() : words[k].start()] if k > 0 else left[: words[k].start()]
    if k > 0 and "," not in before and words[k - 1].group().lower() not in ("and", "or"):
        return first  # no comma (nor a list's "and") before them: "in the flood police said"
    if k == 0 and before.strip(" \t\n\"“'‘("):
        return first
    return k


# words that make no speaker alone, capitalised to open a sentence or not: an article
# before an adjective taken for a verb ("An estimated 1,500 pirates"), an auxiliary of a
# clause ("Having told everyone"). Not the common adjectives: they are surnames too
# ("Young said", "Major said")
_NO_SPEAKER = (DETERMINERS | AUXILIARIES | {"having", "being"}) - SOURCE_NOUNS
# speech verbs that are plural nouns too: after an adjective alone they are the subject's
# noun ("Initial estimates indicate", "Early reports say"), no verb of it
_NOUNS_TOO = frozenset("states reports estimates claims notes".split())
# nor an author of a report named by it ("Early reports", "Initial reports")
_NO_AUTHOR = _NO_SPEAKER | COMMON_ADJECTIVES


def _looks_like_source(surface: str) -> bool:
    words = surface.replace(",", " ").split()
    if not words:
        return False
    low_words = [w.lower().strip("'’") for w in words]
    if len(words) == 1 and low_words[0] in _SPEAKING_PRONOUNS:
        return True
    if all(w in _NO_SPEAKER for w in low_words):
        return False  # "An estimated 1,500", "Having told everyone"
    if any(w[0].isupper() for w in words if w.lower() not in ("the",)):
        return True
    if _UNNAMED.search(surface):
        return True  # "people familiar with the matter": an unnamed source
    return any(w.rstrip("'’s") in SOURCE_NOUNS or w in SOURCE_NOUNS for w in low_words)


# Sources that news leaves unnamed: "people familiar with the matter", "a person briefed on
# the talks", "two people with knowledge of the plans", "people close to the company"
_UNNAMED = re.compile(
    # ("close" alone: "according to" ends its source before a "to")
    r"\b(?:people|persons?|insiders?)\s+(?:familiar(?:\s+with)?|briefed(?:\s+on)?|close"
    r"|with\s+(?:direct\s+)?knowledge\s+of)\b",
    re.IGNORECASE,
)
UNNAMED_SOURCE = "unnamed-source"  # the one id of every source news leaves unnamed


def split_appositive(surface: str) -> list[str]:
    """A source's parts apart at its commas, not at those between groups of three ("the
    2,000-member union" is one part)."""
    return [p.strip() for p in _APPOSITIVE_COMMA.split(surface) if p.strip()]


_APPOSITIVE_COMMA = re.compile(r"(?<!\d),|,(?!\d{3}(?!\d))")


def resolve_source(surface: str, resolver: Resolver) -> str:
    """Canonical id of a source; appositive parts teach the resolver each other's names.

    Known names first (alias files, names the text defined), then a definite description
    of an earlier source, then whatever the resolver makes of the words; a source news
    leaves unnamed ("people familiar with the matter", "a person briefed on the plans")
    is one source however worded (UNNAMED_SOURCE)."""
    if _UNNAMED.search(surface):
        resolver.names.setdefault(UNNAMED_SOURCE, surface.strip())
        return UNNAMED_SOURCE
    parts = split_appositive(surface)
    candidates = [c for part in parts for c in _candidates(part)]
    known = next(
        (rid for c in candidates
         if (rid := resolver.table.lookup(c) or resolver.learned.get(normalize(c)))),
        None,
    ) or _definite_description(parts[-1], resolver) or next(
        (rid for c in candidates if (rid := resolver.resolve(c))), None
    )  # fmt: skip
    if known is None:
        known = plain_slug(parts[0])
        resolver.names.setdefault(known, parts[0].strip())  # the words it is made of
    for part in parts:
        resolver.alias(part, known)
    return known


def _definite_description(part: str, resolver: Resolver) -> str | None:
    """'the military' after 'the South's military': the entity last named with that head."""
    if not re.match(rf"(?i)the\s+[a-z](?![{MARKS}])", part.strip()):
        return None
    tail = normalize(part)
    for surface, entity_id in reversed(list(resolver.learned.items())):
        if surface != tail and surface.endswith(" " + tail):
            return entity_id
    return None


def _candidates(part: str) -> list[str]:
    """'the South's Joint Chiefs of Staff' -> itself, then 'Joint Chiefs of Staff'; 'the
    state emergency service's spokesperson' (one who speaks for the owner) -> itself, then
    'the state emergency service'."""
    m = _DOCUMENT_OF.match(part)
    # the L.A. Times's story: the L.A. Times; but "Early reports", "Initial reports" (a
    # sentence's capital on an adjective) name no author
    author = m is not None and not set(normalize(m.group(1)).split()) <= _NO_AUTHOR
    out = [m.group(1), part] if m and author else [part]
    m = _DESCRIBED_NAME.match(part)
    if m and _describes(m.group(1).split()):
        out.insert(0, m.group(2))  # the name, whatever words describe it
    m = _FIGURES_OF.match(part)
    if m and _figures_owner(m.group(1)):  # a body's name first
        out.insert(0, m.group(1))
    elif m:  # other words last, where the text or an alias file knows them ("CBP data")
        out.append(m.group(1))
    m = re.search(rf"['’]s\s+({CAPITAL}.*)$", part)
    if m:
        out.append(m.group(1))
    m = _SPEAKS_FOR.search(part)
    if m:
        out.append(m.group(1))
    return out


# a name after words in small letters that say what it is: "the state weather agency
# AEMET", "the rights group Human Rights Watch", "the state-run news agency KCNA" (group
# 1: those words, group 2: the name, its words in capitals to the end)
_DESCRIBED_NAME = re.compile(
    rf"^(?:[Tt]he|[Aa]n?)\s+((?:[a-z][\w'’-]*\s+)+)({CAPITAL}[\w{MARKS}.'’&-]*"
    rf"(?:\s+{CAPITAL}[\w{MARKS}.'’&-]*)*)$"
)


def _describes(small: list[str]) -> bool:
    """Whether the words in small letters before a name (_DESCRIBED_NAME) say what the
    name is ("state weather agency", "rights group", "ruling"), not whose role it is or
    another party: no preposition or relative ("the mayor of Houston", "the chief
    executive of the airline Qantas"), no list ("the local authorities and the UN"), no
    verb in -ing taking the name as its object ("the newspaper suing OpenAI", "the
    lawyer representing John Smith"; an adjective in -ing, lexicon.ING_ADJECTIVES,
    describes: "the ruling ANC", "the outgoing mayor John Smith")."""
    if any(w in PREPOSITIONS or w in RELATIVES or w in _LIST_WORDS for w in small):
        return False
    return not (small[-1].endswith("ing") and small[-1] not in ING_ADJECTIVES)


_LIST_WORDS = frozenset(("and", "or", "the", "a", "an", "nor"))
# a document named by its author: "the L.A. Times story", "a Reuters report"
_DOCUMENT_OF = re.compile(
    rf"^(.*{CAPITAL}[\w{MARKS}.'’&-]*)\s+"
    r"(?:story|stories|report|reports|article|articles|editorial|dispatch|broadcast|"
    r"interview|release|statement|bulletin|analysis|survey|study|poll)$"
)
# the figures of a body: "Customs and Border Protection data released (on Friday)",
# "Labor Department figures published": capitalised words joined by connectors, taken as
# the source when they are two or more or a body's head (_figures_owner: not "October
# data", "CPI data", "Chinese data", "2020 Census data"; those are tried last, where the
# text or an alias file knows them: "CBP data")
_FIGURES_OF = re.compile(
    rf"^((?:the\s+)?{CAPITAL}[\w{MARKS}.'’&-]*"
    rf"(?:\s+(?:(?:of|for|and|the|on)\s+)*{CAPITAL}[\w{MARKS}.'’&-]*)*)\s+"
    rf"{DATA_NOUNS}{_DATA_MADE}$"
)


def _figures_owner(name: str) -> bool:
    """Whether the words before a body's "data" or "figures" name the body (_FIGURES_OF):
    not a time's ("October", "New Year"), a year's, nor a people's adjective ("South
    Korean", "Chinese")."""
    bare = LEADING_ARTICLE.sub("", name)
    if any(ch.isdigit() for ch in bare) or _is_time_phrase(bare):
        return False
    if (
        PEOPLE_END.search(bare.split()[-1].lower())
        and " of " not in bare
        and not names_a_body(bare)
    ):
        return False  # "South Korean", "Chinese" (not "Bank of Japan", "Cleveland Clinic")
    capitals = [w for w in bare.split() if w[:1].isupper()]
    return len(capitals) >= 2 or names_a_body(bare)


# one who speaks for the possessive's owner: "the fire service's spokesperson", "the
# State Emergency Service's Riverton office" (a capitalised place before the office)
_SPEAKS_FOR = re.compile(
    r"^(.+?)['’]s\s+(?:"
    r"(?:chief\s+|senior\s+|press\s+)?(?:spokes(?:man|woman|person|people)|officials?"
    r"|representatives?)"  # lower-case roles: 'Russia's Foreign Ministry spokeswoman' is not
    rf"|(?:{CAPITAL}[\w{MARKS}-]*\s+)?(?:press\s+|regional\s+|local\s+)?office)$"  # Russia's
)

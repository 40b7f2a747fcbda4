"""One document's claims with their sources and time frames.

A pure function of one document (plus the alias table), so documents can be processed in
parallel or on other machines and merged in document order.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from crosscheck.extract.attribution import (
    SOURCE_NOUNS,
    UNNAMED_SOURCE,
    NameUse,
    SpeechEvent,
    quotations,
    resolve_source,
    speech_events,
)
from crosscheck.extract.claims import extract_claims
from crosscheck.extract.entities import AliasTable, Resolver
from crosscheck.extract.lexicon import (
    AGENT_ENDINGS,
    AUXILIARIES,
    CHANGE_NOUNS,
    COMMON_ADJECTIVES,
    CONJUNCTIONS,
    DETERMINERS,
    PERSON_NOUNS,
    PLURAL_DESCRIPTIONS,
    PREPOSITIONS,
    PRONOUNS,
)
from crosscheck.extract.nouns import singular
from crosscheck.extract.scope import origin_aside, ranks_since
from crosscheck.extract.timex import MONTH, YEAR, TimeMention, find_times
from crosscheck.model import (
    MARKS,
    NOT_AFTER_WORD,
    NOT_BEFORE_WORD,
    POSSESSIVE,
    WORD,
    Attribution,
    Claim,
    Document,
    Sentence,
    TimeSpan,
    plain_slug,
    slug,
)
from crosscheck.segment import MAYBE_FINAL, NEVER_FINAL


@dataclass(frozen=True, slots=True)
class _Source:
    entity: str
    surface: str
    span: tuple[int, int]  # document offsets
    verb: str
    paragraph: int
    sentence: int
    direct: bool
    name: str | None = None  # Attribution.name


_ENDS = " ,;:\"'“”()[]"  # around a name's words (and full stops: _trimmed)
# a final full stop that belongs to the name: an abbreviation's ('Valley Dairy Inc.', 'Jr.')
# as the sentence splitter tells them, or a dotted acronym's ('U.S.'); never a lone letter's
# ('Malcolm X.': an initial is one only with a name's word after it, 'John F. Kennedy')
_ABBREVIATIONS = NEVER_FINAL | MAYBE_FINAL
_DOTTED = re.compile(rf"(?:[^\W\d_][{MARKS}]*\.)+[^\W\d_][{MARKS}]*")


@functools.lru_cache(maxsize=4096)
def written_name(entity: str, surface: str) -> str | None:
    """The words of ``surface`` whose slug is ``entity``, as written: the first run, the
    longest from it ('Fire Chief Maria Lopes' for 'fire-chief-maria-lopes' in "Fire Chief
    Maria Lopes's office"), with a leading article (whether it is part of the name only
    its sentence tells: extract.document), on one line (a hard-wrapped "Fire
    Chief\nMaria Lopes" is the name on one), without the punctuation around it but a
    full stop that ends an abbreviation ('Valley Dairy Inc. said', 'U.S.'; a sentence's
    final full stop is the sentence's, not the name's: "according to Valley Dairy Inc."
    ending one gives 'Valley Dairy Inc', as its surface does), and without a possessive
    's when words follow it in ``surface`` ("Maria Lopes's office"; a name ending in one
    keeps it: "McDonald's"). None when no run of its words makes the id
    (an alias table's id, or a source named by a description of it: 'the official' of
    'harbour-official')."""
    key = f"-{entity.lower()}-"  # the id's words are among the surface's, or no run makes it
    whole = plain_slug(POSSESSIVE.sub("", surface))  # (slug's words, acronym or not)
    if key not in f"-{whole}-" and key not in f"-{plain_slug(surface)}-":
        return None
    words = [m.span() for m in re.finditer(r"\S+", surface)][:24]
    for i, (start, _) in enumerate(words):
        for j in range(len(words) - 1, i - 1, -1):
            piece = surface[start : words[j][1]]
            if entity in (slug(piece), plain_slug(piece)):
                return _trimmed(piece, followed=j < len(words) - 1) or None
    return None


def _trimmed(piece: str, followed: bool) -> str:
    """A name's words without what stands around them (written_name)."""
    text = " ".join(piece.split()).lstrip(_ENDS + ".")
    core = text.rstrip(_ENDS + ".")
    if followed and POSSESSIVE.search(core[-2:]):  # "Maria Lopes's office"
        core = core[:-2].rstrip(_ENDS + ".")
    last = core.rsplit(" ", 1)[-1]
    abbreviation = len(last) > 1 and (
        last.lower() in _ABBREVIATIONS or _DOTTED.fullmatch(last) is not None
    )
    if text[len(core) : len(core) + 1] == "." and abbreviation:
        core += "."
    return core


# what may stand before a sentence's first word: space, an opening quote or bracket, a dash
_OPENERS = " \t\n\"'“‘«([—–-"
_ARTICLES = frozenset({"the", "a", "an"})
# words no name is made of, whatever their capital: a source's nouns ('Officials said'),
# the words around them ('Local officials said') and function words ('The officials said')
_ORDINARY = (
    frozenset(SOURCE_NOUNS) | COMMON_ADJECTIVES | DETERMINERS | PREPOSITIONS | PRONOUNS
    | CONJUNCTIONS | AUXILIARIES
)  # fmt: skip
_RUN = re.compile(rf"{WORD}+")  # a run of word characters
_WORD_CHAR = re.compile(WORD)


class _Naming:
    """The words each source of one document is named by (Attribution.name): those of the
    claim's own source when they make its id, else those the document first named it by
    ('harbour official' of 'The official' said after 'A harbour official said')."""

    def __init__(self, text: str, resolver: Resolver, sentences: list[Sentence]) -> None:
        self.text = text
        self.resolver = resolver
        # where each sentence starts, the segmenter's: a dateline is one of its own, so the
        # words after 'MUMBAI (Reuters) -' open theirs, and '(Reuters)' stands inside one
        self.starts = sorted(s.span[0] for s in sentences)
        self.given: dict[str, str] = {}  # id -> its first name in the document
        self._lower: frozenset[str] | None = None
        # where each run of word characters starts, by the run (made once, when a name is
        # first looked for: a look per quote over the whole text was quadratic), and the
        # places each name is found inside a sentence
        self._runs: dict[str, list[int]] | None = None
        self._inside: dict[str, list[int]] = {}

    def __call__(self, entity: str, e: SpeechEvent, sent: Sentence) -> str | None:
        if entity == UNNAMED_SOURCE:  # one id, each article's own words
            return e.surface.strip()
        sentence = sent.text
        words = self.resolver.written(entity)
        first = written_name(entity, words) if words else None
        if first is None:  # an alias table's id, an acronym the text defines
            return None
        own = written_name(entity, e.surface)
        if own is not None:
            at = sentence.find(own.split()[0], e.source_span[0])
            opens = at >= 0 and not sentence[:at].strip(_OPENERS)
            name = self.named(own, opens, first, sent.span[0] + at if at >= 0 else -1)
        else:
            name = self.given.get(entity) or self.named(first, True, first)
        self.given.setdefault(entity, name)
        return name

    def named(self, words: str, opens: bool, given: str = "", own: int = -1) -> str:
        """A source's words as a name, by where they stand in their sentence (``opens``:
        first in it) and the name the document first gave its id (``given``). A leading
        article is dropped ('the police', 'A harbour official said'), and a capital 'The'
        before an acronym ('The FBI said' is FBI), but not a capital 'The' that is the
        name's: one inside a sentence ('according to The New York Times') or one opening
        it that the document also writes capitalised inside one ('The Hague said' where
        it writes '..., in The Hague'; but 'The Indian Navy said' is Indian Navy). The
        capital of a sentence's first word is dropped only when the name has no other
        and that word is an ordinary one (ordinary()): 'Officials said' is officials and
        'State media reported' state media, but 'Israeli officials said', 'Apple said'
        and 'Young said' keep it, as they do anywhere else in a sentence. ``own`` is where
        the claim's own words start in the document: they are never evidence of
        themselves."""
        first, _, rest = words.partition(" ")
        if first.lower() in _ARTICLES and rest:
            acronym = re.fullmatch(r"[A-Z][A-Z0-9&.]+", rest.split()[0]) is not None
            if first == "The" and not acronym and (not opens or self.midsentence(words, own)):
                return words
            words, opens = rest, False
        if opens and words[1:] == words[1:].lower() and self.ordinary(words, given, own):
            return words[0].lower() + words[1:]
        return words

    def midsentence(self, words: str, own: int = -1) -> bool:
        """Whether the document writes ``words`` as they are, capitals and all, after
        another word of their sentence (not first in it, where every word has one), by
        the segmenter's sentences: a dateline before them ('MUMBAI (Reuters) - The Coastal
        Navy said') is no word of theirs. The occurrence at ``own`` (the claim's own
        words) is never counted."""
        found = self._inside.get(words)
        if found is None:
            found = self._inside[words] = self._found_inside(words)
        return any(at != own for at in found)

    def _found_inside(self, words: str) -> list[int]:
        """Where the document writes ``words`` after another word of their sentence: the
        text matched only where the first run of word characters of ``words`` stands."""
        spelt = r"\s+".join(map(re.escape, words.split()))
        head = _RUN.match(words)
        if head is None:  # (no word character to look it up by)
            pattern = re.compile(NOT_AFTER_WORD + spelt + NOT_BEFORE_WORD)
            starts = [m.start() for m in pattern.finditer(self.text)]
        else:
            if self._runs is None:
                self._runs = {}
                for m in _RUN.finditer(self.text):
                    self._runs.setdefault(m.group(), []).append(m.start())
            # each start is a run's, so no word character before it; the words' own
            # pattern is compiled bare (the classes of word characters around it, some
            # 770 characters each, made each name's pattern 30 times slower to compile)
            core = re.compile(spelt)
            starts = []
            for at in self._runs.get(head.group(), ()):
                hit = core.match(self.text, at)
                if hit is not None and not _WORD_CHAR.match(self.text, hit.end()):
                    starts.append(at)
        out = []
        for at in starts:
            k = bisect.bisect_right(self.starts, at) - 1
            if k >= 0 and self.text[self.starts[k] : at].strip(_OPENERS):
                out.append(at)
        return out

    def ordinary(self, words: str, given: str, own: int = -1) -> bool:
        """Whether the first word of a source's name (capitalised by the sentence it
        opens) is an ordinary word, not a name's. Never when the name the document first
        gave the source holds it capitalised beside other words ('Young said' after
        'Steve Young', 'Jobs said' after 'Steve Jobs'), nor when the document writes it
        capitalised inside a sentence. Else it is one when it is a source's noun
        ('Officials said'); when the document writes it in lower case elsewhere
        ('Deputies said' where it writes 'as deputies interviewed them'); and, for a
        word alone that the document writes nowhere else, when it is the plural of a
        noun for a person: its singular a person's noun of the lexicon ('Deputies'), the
        word one of the lexicon's plural-only nouns for people ('Troops'; not 'Fish',
        'Data'), or its singular ending as a noun for who does something does ('-er',
        '-or', '-ist', '-ant', '-ent': 'Investors', 'Researchers', 'Scientists'; not
        '-ian' or '-ic', which end peoples' and faiths' names, 'Palestinians',
        'Catholics'), unless the document writes that singular capitalised inside a
        sentence ('the Russian army'). So the text decides: 'Sanders said' keeps its
        capital where the article writes 'Bernie Sanders', 'Rangers said' where it
        writes 'the Texas Rangers', and 'Waters said' is lowered where it writes 'flood
        waters'. Said alone, with neither, a surname or a team in a plural's form is
        lowered by its ending ('Powers said' with no 'Jerry Powers' before), and so is a
        wire no alias file names ('Reuters said' in an article that has no '(Reuters)'
        in its dateline nor 'Reuters' inside a sentence). Before more of the name's words,
        a function word or a common adjective is one too ('Local officials said')."""
        split = words.split()
        word = POSSESSIVE.sub("", split[0]).strip(_OPENERS + ".,;:")
        low = word.lower()
        if low in SOURCE_NOUNS or (len(split) > 1 and low in _ORDINARY):
            return True
        capital = low[:1].upper() + low[1:]
        if given != words and capital in given.split():
            return False
        if self.midsentence(capital, own):
            return False
        one = singular(low)
        if one != low and self.midsentence(one[:1].upper() + one[1:]):
            return False  # 'Russians said' beside 'the Russian army': a name's word
        if self._lower is None:
            self._lower = frozenset(
                w for w in re.findall(rf"(?:[^\W\d_]|[{MARKS}])+", self.text) if w.islower()
            )
        if low in self._lower:
            return True
        return len(split) == 1 and _plural_of_a_person(low)


def _plural_of_a_person(low: str) -> bool:
    """Whether a lower-case word is, by its form, the plural of a noun for a person
    (_Naming.ordinary): 'deputies', 'troops', 'investors'; not 'fish' nor 'data'."""
    if low in PLURAL_DESCRIPTIONS:
        return True
    one = singular(low)
    return one != low and (one in PERSON_NOUNS or one.endswith(AGENT_ENDINGS))


def extract_document(
    document: Document, sentences: list[Sentence], aliases: AliasTable
) -> list[Claim]:
    """Claims of a document, each with its attribution (or None) and time (or None)."""
    claims = extract_claims(document, sentences)
    return attach(document, sentences, claims, Resolver(aliases))


def attach(
    document: Document, sentences: list[Sentence], claims: list[Claim], resolver: Resolver
) -> list[Claim]:
    resolver.learn_from_text(document.text)
    by_sentence: dict[int, list[Claim]] = {}
    for c in claims:
        by_sentence.setdefault(c.sentence, []).append(c)
    out: list[Claim] = []
    last: _Source | None = None
    # "Procter and Gamble": one name where the text says so (never two the alias files
    # know apart: "Yonhap and KCNA")
    names = NameUse(document.text, known=lambda w: resolver.table.lookup(w) is not None)
    naming = _Naming(document.text, resolver, sentences)
    for sent in sentences:
        if sent.role in ("dateline", "credit"):
            continue
        base = sent.span[0]
        events = speech_events(sent.text, names)
        sources: list[tuple[SpeechEvent, _Source]] = []
        for e in events:
            if e.pronoun:
                if last is None or last.paragraph < sent.paragraph - 1:
                    continue  # "he said" with no speaker before: not guessed
                src = replace(last, verb=e.verb, sentence=sent.index, paragraph=sent.paragraph)
            else:
                entity = resolve_source(e.surface, resolver)
                src = _Source(
                    entity,
                    e.surface,
                    (base + e.source_span[0], base + e.source_span[1]),
                    e.verb,
                    sent.paragraph,
                    sent.index,
                    e.direct,
                    naming(entity, e, sent),
                )
            sources.append((e, src))
            last = src
        sentence_claims = by_sentence.get(sent.index, [])
        if not sentence_claims:
            continue  # (its speakers are kept for the sentences after it; nothing else read)
        quotes = quotations(sent.text)
        if not sources and quotes and last is not None and _continues(last, sent):
            # a quotation right after a quoted speaker, in the same paragraph
            for q in quotes:
                ev = SpeechEvent(last.surface, (0, 0), last.verb, q, True, True, (q[0], q[0]))
                sources.append((ev, replace(last, direct=True)))
        times = find_times(sent.text, document.published)
        statement_times = _statement_times(sent.text, times, events)
        rel_spans = [(c.span[0] - base, c.span[1] - base) for c in sentence_claims]
        baselines = _baselines(sent.text, sentence_claims, rel_spans, times)
        ranked = [t for t in times if _ranked_since(sent.text, t)]
        for k, c in enumerate(sentence_claims):
            rel = rel_spans[k]
            chosen = _event_for(rel, sources)
            attribution = None
            if chosen is not None:
                ev, src = chosen
                when = _nearest(statement_times, ev.verb_span[0])
                direct = ev.direct or any(a <= rel[0] and rel[1] <= b for a, b in quotes)
                attribution = Attribution(
                    entity=src.entity,
                    surface=src.surface,
                    span=src.span,
                    verb=src.verb,
                    direct=direct,
                    when=when.span.surface if when else None,
                    name=src.name,
                )
            scope = chosen[0].scope if chosen else (0, len(sent.text))
            excluded = _excluded(sent.text, c, rel, baselines, times, ranked)
            time = _governing_time(rel, k, rel_spans, times, statement_times, scope, sent.text,
                                   excluded)  # fmt: skip
            out.append(replace(c, attribution=attribution, time=time))
    return out


def _continues(last: _Source, sent: Sentence) -> bool:
    """A quotation in the sentence right after an attributed one, same paragraph."""
    return last.paragraph == sent.paragraph and last.sentence == sent.index - 1


def _event_for(
    rel: tuple[int, int], sources: list[tuple[SpeechEvent, _Source]]
) -> tuple[SpeechEvent, _Source] | None:
    """The speech event whose scope holds the claim; the narrowest when scopes nest, a
    body's data that "showed" it only where no one says it ("Smith said the figures showed
    40%": Smith's)."""
    best = None
    for ev, src in sources:
        a, b = ev.scope
        if a <= rel[0] and rel[1] <= b + 1:
            key = (ev.verb == "show", b - a)
            if best is None or key < best[0]:
                best = (key, (ev, src))
    return None if best is None else best[1]


def _statement_times(
    text: str, times: list[TimeMention], events: list[SpeechEvent]
) -> list[TimeMention]:
    """Times of the statement, not of the event: 'said on Thursday', 'Early Thursday, X said',
    'said earlier this year that ...'; not a time of a clause before the speaker's that
    ", and", ", but" or a semicolon ends right before the speaker ("12 whales had been
    refloated by Tuesday evening, and the alliance said it hoped ...")."""
    out = []
    for t in times:
        for e in events:
            if e.said_until is not None and e.verb_span[1] <= t.start and t.end <= e.said_until:
                out.append(t)  # "police said on Monday, adding that ...": the statement's
                break
            if t.end <= e.source_span[0] and _opens_on_speaker(text, t.end, e.source_span[0]):
                continue  # another clause's ("refloated by Tuesday evening, and the alliance said")
            outside = not (e.scope[0] <= t.start and t.end <= e.scope[1] + 1)
            near_verb = (
                e.source_span[0] - 40 <= t.start and t.end <= max(e.scope[0], e.verb_span[1]) + 40
            )
            if outside or (near_verb and t.end <= e.scope[0] + 1):
                out.append(t)
                break
    return out


def _opens_on_speaker(text: str, start: int, source: int) -> bool:
    """Whether a clause break (_CLAUSE_BREAK) between ``start`` and a speaker at
    ``source`` runs straight into the speaker, no comma between ("by Tuesday evening, and
    the alliance said"; not "In an interview on Monday, and in a statement later, the
    minister said": the statement's)."""
    return any(
        "," not in text[m.end() : source] for m in _CLAUSE_BREAK.finditer(text, start, source)
    )


def _nearest(times: list[TimeMention], pos: int) -> TimeMention | None:
    return min(times, key=lambda t: abs(t.start - pos), default=None)


# a clause joined on that moves the time on, its adverb straight after the conjunction or
# its auxiliary: "proposed the rules in May and since has received 300,000 comments", "had
# 300 staff in 2005 and now employs 500", "and has so far hired"; not a "since" of cause or
# of a starting point ("since prices were low", "worst year since the Depression"), an
# aside ("the company, now part of ...", "which later went"), "now-defunct", "later that
# month" (the same month) or "and moments later" (a time the finder does not read)
_MOVED_ON = re.compile(
    r"\b(?:(?:and|but)\s+(?:(?:has|have|had)\s+)?|(?:has|have|had)\s+)"
    r"(?:since|now|later|subsequently|thereafter|afterwards?|currently|so far)"
    r"(?![-\w])(?!\s+(?:that|this|the|in|on)\b)"
)


# A clause joined on by ", but", ", although" or a semicolon between a claim and a time
# after it: the time is that clause's ("He was jailed for 12 years, but it took until 2003
# ...": not in 2003; "sentences from 7 to 75 years; another goes on trial this month"),
# unless the "but" only narrows the time ("lost $3 million, but not until 2009", "but only
# in May")
_CONTRAST = re.compile(
    r"(?:,\s+(?:but|(?:al)?though)|;)\s+(?!(?:not|only|just|even|mostly|largely|mainly)\b)"
)


# what a change is measured from, straight after it or its noun (as the extractor knows
# them): "down 12% from September", "up 3% on last year", "a 12% drop in arrests from the
# previous month", "up 4% compared with last year", "over the same period last year",
# "12% higher than in September"; not a period it spans ("rose 7% from March to May",
# "from March until May", which may be read as two times), nor a day it happened on
# ("rose 3% on Monday")
_CHANGE_NOUNS = "|".join(sorted(CHANGE_NOUNS))
_FROM = re.compile(
    rf"\s*(?:(?:{_CHANGE_NOUNS})\s+(?:in\s+[\w-]+\s+)?)?"
    r"(?:(?:higher|lower|more|less)\s+than\s+(?:in\s+)?"
    r"|(?:from|compared\s+(?:with|to)|against|versus|vs\.?|relative\s+to"
    r"|in\s+comparison\s+(?:with|to))\s+"
    r"|(?:on|over)\s+(?=(?:the\s+)?(?:same|previous|prior|corresponding)\b"
    r"|(?:last|a)\s+(?:year|month|week|quarter)\b))"
    r"(?:(?:the|a)\s+)?(?:(?:same|corresponding)\s+\w+\s+(?:of\s+)?)?",
    re.IGNORECASE,
)
# a period's other end: inside the time read (its ranges have spaces round a dash, as
# the time finder writes them: "2019 - 2023", not "2023-10-01"), or right after it, as
# another time ("from March until May", "from January 1 to June 30") or a month or a year
# the finder reads alone only after "in" ("from 2023 through June"); not "from September
# to about 56,400", a level, nor "to reach $3 billion"
_TO = r"(?:to|through|thru|till|until)\b|[-\u2013]"
_SPANS = re.compile(r"\b(?:to|through|thru|till|until|and)\b|\s[-\u2013]\s", re.IGNORECASE)
_SPAN_AFTER = re.compile(rf"\s*(?:{_TO})", re.IGNORECASE)
_SPAN_TO = re.compile(rf"\s*(?i:{_TO})\s*(?:{MONTH}|{YEAR}\b)")
# what ties a figure after a baseline back to the baseline's time: its possessive or a
# level of it right after it ("from last year's 1,200 visitors", "from 2023 levels of
# 15,200"), or a clause that refers back to it ("from 2023, when the district had 15,200
# students", ", which saw 12,000 offences", ", a year in which", ", the year it won 202
# seats"), when no clause is joined on after that one ("from last year, when it sold 2
# million, and it now expects 2.3 million": the forecast is not last year's)
_TIED_BACK = re.compile(
    r"'s\b|\s+(?:levels?|records?|totals?|figures?|peaks?|highs?|lows?|tally)\s+of\b",
    re.IGNORECASE,
)
_BACK = re.compile(r",\s+(?:when|which|where|a\s+year\s+(?:in\s+which|when)|the\s+year)\b",
                   re.IGNORECASE)  # fmt: skip
_JOINED_ON = re.compile(r",\s+(?:and|but)\b|;", re.IGNORECASE)


def _refers_back(text: str, end: int, start: int) -> bool:
    """Whether the words from a baseline time's ``end`` to a figure's ``start`` tie the
    figure to that time (_TIED_BACK, _BACK)."""
    if _TIED_BACK.match(text, end, start):
        return True
    last = None
    for last in _BACK.finditer(text, end, start):  # noqa: B007 (the last one is asked)
        pass
    return last is not None and not _JOINED_ON.search(text, last.end(), start)


def _starts_no_period(
    text: str, words_end: int, t: TimeMention, times: Sequence[TimeMention]
) -> bool:
    """Whether the time ``t``, after the words of _FROM that end at ``words_end``, starts
    no period: no connector inside it, and none after it before another time, a month or
    a year."""
    if _SPANS.search(text, words_end, t.end) or _SPAN_TO.match(text, t.end):
        return False
    return not (
        _SPAN_AFTER.match(text, t.end) and any(t.end <= u.start <= t.end + 12 for u in times)
    )


def _baselines(
    text: str, claims: list[Claim], rel_spans: list[tuple[int, int]], times: list[TimeMention]
) -> list[TimeMention]:
    """The times a sentence's changes are measured from (the time the words of _FROM
    after a change lead to, when it starts no period): no change's time frame ("In
    October, prices rose 0.3% from September and were up 2.6% from October 2025": the
    2.6% is October's, not September's; _excluded)."""
    out = []
    for c, (_, end) in zip(claims, rel_spans, strict=True):
        m = _FROM.match(text, end) if c.change is not None else None
        if m is None:
            continue
        out += [t for t in times if end <= t.start <= m.end()  # (or the time holds them)
                and _starts_no_period(text, m.end(), t, times)]  # fmt: skip
    return out


# a level's earlier figure set off after it, whose time follows it: "was 3.1%, up from
# 2.9% in September" (not "rose to $40 from $30 in 2023", the rise's own year)
_UP_FROM = re.compile(r",\s*(?:up|down)\s+(?:[a-z]+ly\s+)?from\s+$", re.IGNORECASE)
# the words between that figure and its time: a few in lower case, no comma ("in late",
# "recorded in", "in the same period", "on"; not ", in October", the level's own)
_TO_ITS_TIME = re.compile(r"(?:\s+[a-z][a-z.-]*){0,5}\s*")


def _excluded(
    text: str,
    c: Claim,
    rel: tuple[int, int],
    baselines: list[TimeMention],
    times: Sequence[TimeMention],
    ranked: Sequence[TimeMention],
) -> list[TimeMention]:
    """The baselines that are no time frame of claim ``c``: for a figure that is no change,
    each before it (the level reached from one, "fell 12% from September to about 56,400";
    a figure of a clause after it, "up 6% on last year, and expects revenue of €19bn",
    whose time is then another's or none) but one its words tie it back to (_refers_back:
    "from 2023, when the district had 15,200 students" and "from last year's 1,200" are
    those years'); for a change, each
    but one its clause refers back to ("rose 0.4% from February, when they had fallen
    0.8%": February's); and the time of its earlier figure ("3.1%, up from 2.9% in
    September": the 2.9%'s); and a rank's time (``ranked``, _ranked_since) unless the
    figure's clause goes back to it (_back_to)."""
    if c.change is None:
        out = [t for t in baselines if t.end <= rel[0] and not _refers_back(text, t.end, rel[0])]
    else:
        out = [t for t in baselines if not (t.end <= rel[0] and _refers_back(text, t.end, rel[0]))]
    # "killed 40 people, the deadliest since 2005", "the first rate cut since March, with
    # rates at 4.5%": a rank's baseline (not "the largest since 2019, when 900 flights
    # were cancelled": 2019's figure)
    out += [t for t in ranked if not _back_to(text, t, rel)]
    if c.was_span is not None:
        shift = c.span[0] - rel[0]
        was_start, was_end = c.was_span[0] - shift, c.was_span[1] - shift
        if was_start >= rel[1] and _UP_FROM.search(text, rel[1], was_start):
            out += [t for t in times if t.start >= was_end
                    and _TO_ITS_TIME.fullmatch(text, was_end, t.start)]  # fmt: skip
    return out


def _ranked_since(text: str, t: TimeMention) -> bool:
    """Whether the time ``t`` is a "since" that a rank leads to ("the deadliest since
    2005", "the worst day since Friday", "the deadliest since January 20")."""
    if text[t.start : t.start + 5].lower() == "since":
        return ranks_since(text[: t.start])
    lead = _SINCE_BEFORE.search(text, 0, t.start)
    return lead is not None and ranks_since(text[: lead.start()])


def _back_to(text: str, t: TimeMention, rel: tuple[int, int]) -> bool:
    """Whether the figure at ``rel``, after a rank's time ``t``, belongs to that time: in a
    clause that goes back to it ("the largest since 2019, when 900 flights were
    cancelled", "since 2010, a year in which 52 died"; not past a clause of its own: ",
    and this time 40 people were killed"), or counted "since then"."""
    if t.end > rel[0]:
        return False
    then = _SINCE_THEN.search(text, rel[1])
    if then is not None and not _CLAUSE_BREAK.search(text, rel[1], then.start()):
        return True  # "400 flights have been cancelled since then": since the rank's time
    m = _RANK_WHEN.match(text, t.end, rel[0])
    return m is not None and not _CLAUSE_BREAK.search(text, m.end(), rel[0])


_SINCE_BEFORE = re.compile(r"\bsince\s+$", re.IGNORECASE)
_SINCE_THEN = re.compile(r"\bsince\s+then\b", re.IGNORECASE)  # in the figure's own clause
# what goes back to a rank's time after it: "the largest since 2019, when", "since 2019
# when", "(when ...", "- when", "in which", "which saw", "a year in which", "the year"
_RANK_WHEN = re.compile(
    r"\W*(?:when|(?:in|during)\s+which|which\s+saw|(?:a|the|that)\s+year)\b", re.IGNORECASE
)
_CLAUSE_BREAK = re.compile(r",\s*(?:and|but)\b|;", re.IGNORECASE)


# what between a figure and a time after it opens another clause: a comma, a semicolon,
# "while", "whereas", or "and", "but" right before the time, or an adverb between ("and
# two years ago he", "but only two years ago"; not "on the hall and gardens four years
# ago")
_NEXT_CLAUSE = re.compile(
    r"[,;]|\b(?:while|whereas)\b"
    r"|\b(?:and|but)(?:\s+(?:only|just|then|even|also|again|barely|nearly|exactly))?\s*$",
    re.IGNORECASE,
)


def _aside_time(text: str, t: TimeMention, before: int) -> bool:
    """Whether time ``t``, a date, is in an aside that says when a thing came to be
    (scope.origin_aside) and closes before ``before`` (the figure)."""
    if t.span.relative and t.span.granularity == "day":
        return False  # ("The baby, born on Monday, weighed 3.2kg": the figure's day)
    aside = origin_aside(text, t.start, t.end)
    return aside is not None and aside[1] < before


def _governing_time(
    rel: tuple[int, int],
    k: int,
    rel_spans: list[tuple[int, int]],
    times: list[TimeMention],
    statement: list[TimeMention],
    scope: tuple[int, int],
    text: str,
    excluded: Sequence[TimeMention],
) -> TimeSpan | None:
    """The time the claim's event happened: the first time expression after the claim
    (before the next claim), else the nearest one before it, unless a clause joined on
    between them moves the time on ('proposed the rules in May and since has received
    300,000 comments': not in May); never the statement's time, nor one ``excluded``
    (_excluded: the time a change of the sentence is measured from, 'in October, down 12%
    from September' is October's; an earlier figure's)."""
    candidates = [
        t
        for t in times
        if t not in statement
        and scope[0] <= t.start
        and t.end <= scope[1] + 1
        and not (t.start < rel[1] and rel[0] < t.end)  # the claim's own words ("two months")
        and t not in excluded
    ]
    # the next claim's start, but for a claim that is a time's own words in the figure's
    # clause ("a £4.2m refurbishment four years ago": the time after the figure, its "four
    # years" a claim; not "paid £40m, and two years ago he cost £10m")
    next_start = next(
        (a for a, b in rel_spans[k + 1 :]
         if not any(t.start <= a and b <= t.end
                    and not _NEXT_CLAUSE.search(text, rel[1], t.start) for t in times)),
        None,
    )  # fmt: skip
    after = [
        t for t in candidates if t.start >= rel[1] and (next_start is None or t.start < next_start)
    ]
    if after and not _CONTRAST.search(text, rel[1], after[0].start):
        return after[0].span
    before = [t for t in candidates if t.end <= rel[0] and not _aside_time(text, t, rel[0])]
    if not before or _MOVED_ON.search(text, before[-1].end, rel[0]):
        return None
    return before[-1].span

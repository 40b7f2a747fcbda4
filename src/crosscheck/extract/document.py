"""One document's claims with their sources and time frames.

A pure function of one document (plus the alias table), so documents can be processed in
parallel or on other machines and merged in document order.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from crosscheck.extract.attribution import (
    SOURCE_NOUNS,
    NameUse,
    SpeechEvent,
    quotations,
    resolve_source,
    speech_events,
)
from crosscheck.extract.claims import extract_claims
from crosscheck.extract.entities import AliasTable, Resolver
from crosscheck.extract.timex import TimeMention, find_times
from crosscheck.model import Attribution, Claim, Document, Sentence, TimeSpan


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


def _described(name: str | None) -> str | None:
    """A source's words as a name: a description's capital that only opens its sentence
    dropped ('Officials said' is officials, 'State media reported' state media: no other
    capital, and a source's noun last), a name's kept ('Apple said', 'Fire Chief Maria
    Lopes said')."""
    if not name or name[1:] != name[1:].lower():
        return name
    return name[0].lower() + name[1:] if name.split()[-1].lower() in SOURCE_NOUNS else name


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
    for sent in sentences:
        if sent.role in ("dateline", "credit"):
            continue
        base = sent.span[0]
        events = speech_events(sent.text, names)
        times = find_times(sent.text, document.published)
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
                    _described(resolver.written(entity)),
                )
            sources.append((e, src))
            last = src
        quotes = quotations(sent.text)
        if not sources and quotes and last is not None and _continues(last, sent):
            # a quotation right after a quoted speaker, in the same paragraph
            for q in quotes:
                ev = SpeechEvent(last.surface, (0, 0), last.verb, q, True, True, (q[0], q[0]))
                sources.append((ev, replace(last, direct=True)))
        statement_times = _statement_times(times, events)
        sentence_claims = by_sentence.get(sent.index, [])
        rel_spans = [(c.span[0] - base, c.span[1] - base) for c in sentence_claims]
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
            time = _governing_time(rel, k, rel_spans, times, statement_times, scope, sent.text)
            out.append(replace(c, attribution=attribution, time=time))
    return out


def _continues(last: _Source, sent: Sentence) -> bool:
    """A quotation in the sentence right after an attributed one, same paragraph."""
    return last.paragraph == sent.paragraph and last.sentence == sent.index - 1


def _event_for(
    rel: tuple[int, int], sources: list[tuple[SpeechEvent, _Source]]
) -> tuple[SpeechEvent, _Source] | None:
    """The speech event whose scope holds the claim; the narrowest when scopes nest."""
    best = None
    for ev, src in sources:
        a, b = ev.scope
        if (
            a <= rel[0]
            and rel[1] <= b + 1
            and (best is None or (b - a) < (best[0].scope[1] - best[0].scope[0]))
        ):
            best = (ev, src)
    return best


def _statement_times(times: list[TimeMention], events: list[SpeechEvent]) -> list[TimeMention]:
    """Times of the statement, not of the event: 'said on Thursday', 'Early Thursday, X said',
    'said earlier this year that ...'."""
    out = []
    for t in times:
        for e in events:
            outside = not (e.scope[0] <= t.start and t.end <= e.scope[1] + 1)
            near_verb = (
                e.source_span[0] - 40 <= t.start and t.end <= max(e.scope[0], e.verb_span[1]) + 40
            )
            if outside or (near_verb and t.end <= e.scope[0] + 1):
                out.append(t)
                break
    return out


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


def _governing_time(
    rel: tuple[int, int],
    k: int,
    rel_spans: list[tuple[int, int]],
    times: list[TimeMention],
    statement: list[TimeMention],
    scope: tuple[int, int],
    text: str,
) -> TimeSpan | None:
    """The time the claim's event happened: the first time expression after the claim
    (before the next claim), else the nearest one before it, unless a clause joined on
    between them moves the time on ('proposed the rules in May and since has received
    300,000 comments': not in May); never the statement's time."""
    candidates = [
        t
        for t in times
        if t not in statement
        and scope[0] <= t.start
        and t.end <= scope[1] + 1
        and not (t.start < rel[1] and rel[0] < t.end)  # the claim's own words ("two months")
    ]
    next_start = rel_spans[k + 1][0] if k + 1 < len(rel_spans) else None
    after = [
        t for t in candidates if t.start >= rel[1] and (next_start is None or t.start < next_start)
    ]
    if after and not _CONTRAST.search(text, rel[1], after[0].start):
        return after[0].span
    before = [t for t in candidates if t.end <= rel[0]]
    if not before or _MOVED_ON.search(text, before[-1].end, rel[0]):
        return None
    return before[-1].span

"""Whose figure it is and where, only as far as the words tie them to the figure.

The nearest capitalised name is a guess ("$137 million of diamonds ... from a famed Paris
store" has Paris nearest, and Paris owns nothing). A label an editor reads must say only
what the text says, so the owner it names is one the sentence links to the figure:

- a possessive: "Reyes's 20 points", "Acme's annual revenue of $22 billion";
- the subject of the figure's verb: "Okafor scored 20 points", "Tanaka had 11
  rebounds", "Austin Daye finished with 20 points", and of the figures the verb lists
  before it ("threw for 364 yards and three touchdowns"); when "He" or "She" opens the
  sentence as that subject, the person the sentences before name, as for how long below
  and only when they name no one else at all ("Reyes, who had not missed a game, was
  listed as inactive. He has 53 catches for 605 yards and five touchdowns");
- for a count got from someone named in full, who it came from: "Creighton also got 14
  points from backup center Will Artino";
- what an apposition says its name is accused of having or said to have: "Tanaka,
  alleged to have 19 wives,", "Acme, said to have $2 billion in debt,";
- an age in apposition: "Maria Tanaka, 36, of Riverside", "the 36-year-old Tanaka";
- how many a place in apposition is home to: "Riverton island, home to 120,000 people";
- for how long or how many times, the name that opens the figure's clause as its verb's
  subject: "Ortiz's been at the port for 31 years", "Sam Reyes, who has worked there for
  nearly 20 years", "Reyes hosted the show five times" (not who said it), and who
  serves a term: "Reyes was serving a 12-year sentence", "Reyes died while
  serving a 12-year sentence" (not the judge who handed it down); when that clause opens
  the sentence with "He" or "She", the person the sentences before name as their subject
  ("Mr. Okafor, 40, won the award. He hosted the show five times"), when they name one
  person and nobody else;

and the place it names is written "in X" or "at X" beside the figure, in its clause.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any

from crosscheck.extract.attribution import FIRM_HEADS, SPEECH_VERBS, names_a_body
from crosscheck.extract.entities import CONNECTORS, abbreviates
from crosscheck.extract.lexicon import (
    NUMBER_WORDS,
    PERSON_NOUNS,
    RELATIVE_NOUNS,
    TENS_WORDS,
    UNITS_WORDS,
    VAGUE_PLURALS,
)
from crosscheck.extract.nouns import singular
from crosscheck.extract.scope import CLAUSE_BREAK
from crosscheck.extract.timex import WEEKDAY


def _alternatives(words: frozenset[str]) -> str:
    """Words as a regex's alternatives, the longest first ('manager' before 'man')."""
    return "|".join(sorted(words, key=lambda w: (-len(w), w)))


# A run of capitalised words ("Maria Tanaka", "ACME", "St. Louis"); the words that open a
# sentence or are no names are dropped from its front (_trim).
# Atomic: a word read once as a name's word is not tried again as a particle (with "St."
# both, a run of them took exponential time).
_CAP = "A-ZÀ-ÖØ-Þ"  # capitals, Latin-1 ones too ("Ólafur", "Ürümqi")
# a name's word after its capital: letters, dots, hyphens, and an apostrophe inside the
# word ("O'Neal"), not the one of a possessive ("Okafor's": the name ends before it), an
# ampersand before a capital ("S&P", "AT&T")
_WORD = rf"(?:[\w.-]|['’](?=\w)(?!s\b)|&(?=[{_CAP}]))*"
_NAME = rf"[{_CAP}]{_WORD}(?>\s+(?:(?:de|van|von|da|del|la|le|&)\s+)?[{_CAP}]{_WORD})*"
# a name ties itself to a figure within this many characters on its left (the regular
# expressions look no further back: a long sentence costs no more than a short one)
LEFT_REACH = 160
# capitalised words that are no names: sentence openers, days, months, titles ("Mr")
NON_NAMES = frozenset(
    """the a an in on at by for from and but or as it he she they we i this that there
    monday tuesday wednesday thursday friday saturday sunday january february march april may
    june july august september october november december mr mrs ms dr""".split()
)
# and what may open a sentence before an owner's name ("Police said Baker, 16"; "Both
# Baker and Reyes", which writes no full name "Both Baker")
_NOT_NAMES = NON_NAMES | frozenset(
    "his her their its when while after before with police officials week".split()
    + "both either neither".split()
    # adverbs that open a sentence before a name ("Today Aleppo, home to ...")
    + "today now nearby meanwhile yesterday tonight currently however also then".split()
)
_PREPOSITIONS = frozenset("on in at for with from to by after before against over under".split())
# verbs whose subject owns the figure that follows: a player's points, a firm's sales (not
# "reported": "Reuters reported 40 dead" is a source, not an owner)
# what a firm does by the count: "American Airlines carried 19.2 million passengers",
# "Southwest canceled 1,200 flights", "Boeing delivered 44 jets"
_FIRM_VERBS = (
    r"carried|carries|flew|flies|delivered|delivers|shipped|ships|produced|produces"
    r"|canceled|cancelled|cancels|scrapped|handled|handles"
)
_VERBS = (
    r"(?:scored|scores|score|had|has|have|finished|finishes|added|adds|grabbed|grabs|pulled"
    r"|made|makes|hit|hits|ran|runs|threw|throws|passed|rushed|caught|collected|recorded"
    r"|records|posted|posts|totaled|totalled|tallied|netted|earned|earns|won|wins|lost|loses"
    r"|paid|pays|spent|spends|sold|sells|bought|buys|raised|raises|owns|owned|holds|held"
    r"|employs|employed|chipped|racked|piled|poured|dished|blocked|notched"
    r"|took|takes|captured|captures|secured|secures|garnered|garners|polled"
    rf"|{_FIRM_VERBS})"
)
_CAREER_HIGH = r"(?:\s+[a-z][\w-]*-(?:high|best|low))?"  # "a career-high 14 points"
_GET = r"receiv(?:e|es|ed|ing)|got|gets?|getting"
_POSSESSIVE = re.compile(rf"({_NAME})(?:'s|’s|'|’)\s+((?:[\w-]+\s+){{0,3}})$")
# the figures a verb lists before this one ("threw for 364 yards and three touchdowns",
# "has 53 catches for 605 yards and five touchdowns"): each a figure in digits and its
# noun, after "and", "for" or a comma; the subject owns the list
_LISTED = r"(?:\s+\d[\d,.]*\s+[a-z][\w'’-]*(?:\s+for|,)?(?:\s+and)?)*"
# the verb after its subject, up to the figure
_STAT_VERB = (
    rf"\s+(?:[a-z]+ly\s+)?(?:(?:has|had|have)\s+)?{_VERBS}"
    r"(?:\s+(?:in|up|down|on|out))?(?:\s+(?:with|for))?"
    rf"(?P<listed>{_LISTED})(?:\s+(?:a|an|his|her|their|its))?{_CAREER_HIGH}\s+$"
)
_SUBJECT = re.compile(rf"({_NAME}){_STAT_VERB}")
# what before a verb's subject makes it one of two subjects that open the clause ("United
# Airlines and American Airlines canceled 2,000 flights", "Both Smith and Jones scored":
# neither's alone; not a clause joined on, "Curry had 30 points and Thompson scored", nor
# an object, "Arsenal beat Chelsea and Saka scored") or the end of a longer name ("The
# Port Authority of New York and New Jersey handled", "Bank of America said it paid",
# "LeBron James of the Lakers scored")
_JOINED = re.compile(
    rf"(?:(?:^|[.;:!?]\s+|,\s+|\bof\s+)(?:[Tt]he\s+)?{_NAME}\s+(?:and|or|nor)"
    r"|\bof(?:\s+the)?)\s+$"
)
# a firm or a body that says what it did itself: "United Airlines said on Thursday it
# carried 16.5 million passengers", "Toyota said that it had sold 10.5 million cars"; a
# body's name only (_a_body: a person's "it" is something else's, "John Reyes said it sold
# 300 rooms"), and a verb of what it did, not of what it counted or found ("The ministry
# said it had recorded 412 cases" is its report of a count another source may give too)
_OWN_VERBS = (
    rf"{_FIRM_VERBS}|sold|sells|employs|employed|earned|earns|spent|spends|bought|buys|paid"
    r"|pays|raised|raises|hired|hires|won|wins"
)
_SAID_IT = re.compile(
    rf"({_NAME})\s+(?:said|says|announced|announces)(?:\s+in\s+a\s+statement"
    rf"|(?:\s+(?:late|early))?(?:\s+on)?\s+{WEEKDAY})?"
    r"(?:\s+that)?\s+it"
    rf"(?:\s+(?:has|had|have))?(?:\s+[a-z]+ly)?\s+(?:{_OWN_VERBS})(?:\s+(?:a|an|its))?\s+$"
)
# what an apposition says its name is accused of or said to have: "Reyes, accused of
# having two wives,", "Okafor, alleged to have 19 wives," (not "to have had 26 wives over
# his lifetime": a life's count, not what he has)
_ALLEGED = re.compile(
    rf"({_NAME}),\s+(?:accused|alleged|said|believed|reported|thought|known|rumou?red)"
    r"\s+(?:of\s+having|to\s+have)(?:\s+(?:a|an|his|her|their))?\s+$"
)
# the same opened by "He" or "She" (the sentence's first words): the person the
# sentences before name (_antecedent)
_PRONOUN_COUNT = re.compile(rf"^\s*(He|She){_STAT_VERB}")
# a count its clause's subject got from someone: whose it is comes after it ("Creighton
# also got 14 points from backup center Will Artino", "20 points from Derrick Rose"): a
# person's full name after "from" (two words or more, so no "Poland", "Boeing", "fellow
# Republicans"), after up to three words of what the person is ("backup center", "6-foot-10
# center"; not a determiner or a preposition: "from the United States"), the name ending
# the phrase ("from a famed Paris store" names a store), when the verb before the figure
# is one of getting. Known limit: a firm of two words reads as a person ("from Lockheed
# Martin"); nothing in the words tells it from "Derrick Rose".
_GOTTEN = re.compile(rf"\b(?:{_GET})(?:\s+(?:a|an|another|only|just))?{_CAREER_HIGH}\s+$")
_NO_ROLE = "|".join(sorted(_PREPOSITIONS | {"of", "the", "a", "an", "its", "their", "his", "her"}))
_ROLE_WORD = rf"(?!(?:{_NO_ROLE})\b)[a-z0-9][\w-]*"
_FULL_NAME = rf"[{_CAP}]{_WORD}(?:\s+[{_CAP}]{_WORD})+"
_FROM_NAME = re.compile(
    rf"^\s+from\s+(?:{_ROLE_WORD}\s+){{0,3}}({_FULL_NAME})"
    r"(?=\s*(?:[,.;:)]|$)|\s+(?:who|in|on|and)\b)"
)
# how long or how many times: the name that opens the figure's clause as its verb's
# subject owns it ("Lena Ortiz's been at the port for 31 years", "Reyes, who has worked
# there for nearly 20 years", "Sam Reyes hosted the show five times"). Held to what a
# reader would not doubt: the name opens the sentence or a clause after a stop, or a
# relative clause ("X, who"); it is a person's (two words, "X's been", "X, who", a title
# before it, or a surname its article writes in full); its verb is in the past and not
# one of saying (who gave a figure owns nothing) or giving; between verb
# and figure only prepositions (not "to": "sentenced the gunman to 40 years" is the
# gunman's) and nouns each after a determiner or a preposition ("at the plant for"), so
# no other clause or verb ("recalled the plant ran for", "freed hostages held for"). Only
# for these figures: of a count of things the subject is an agent ("X ordered 30,000
# troops", "Y deployed 34,000 troops" may give one subject). Bounded by LEFT_REACH.
_SAYING = frozenset(SPEECH_VERBS.split("|"))
# verbs whose subject owns no figure after them: of saying, and of giving (who hands down
# a term is not who serves it: "handed the gunman a 12-year term")
_NOT_OWNING = _SAYING | frozenset(
    "handed awarded granted offered imposed meted ordered allotted assigned promised "
    "sentenced".split()
)
_GAP_LEAD = (
    r"(?:at|in|for|on|with|from|by|over|under|during|since|of|the|a|an|his|her|their|its"
    r"|this|that)"
)
_GAP = rf"(?:\s+{_GAP_LEAD}(?:\s+(?!{_GAP_LEAD}\b)[a-z][a-z'’-]*)?)*"
# the name that opens the sentence or a clause after a stop, or a relative clause ("X, who")
_OPENS = rf"(?:(?:^|[.;:!?]\s+)({_NAME})|\b({_NAME}),\s+who)"
_PAST = r"[a-z]+ed|been|won|lost|spent|made|took|led|held|ran|hit|paid|sold"
# a figure after a list is the list's only as a count with its own noun ("and five
# touchdowns", not "12 in the first half" nor "3 more than"), the list's last (after
# "and") or one before another of its figures, and what follows the list ends the
# clause (_LIST_END): a stop; a comma before a clause's opener ("and", "as", "while", a
# participle: "three touchdowns, helping the Colts") or the subject's next verb ("two
# touchdowns, caught 52 passes"); "and" before what is no figure. Not
# a verb ("and 40 soldiers died", "and 12 analysts expect"), an aside ("2 receivers,
# Wayne and Clark, topped"), nor a preposition, which often says whose the figure is
# ("1,500 votes for Jones", "12 points for the Colts")
_NUMBER_WORDS = _alternatives(frozenset(UNITS_WORDS) - {"zero"} | frozenset(TENS_WORDS))
_NEXT_ITEM = re.compile(  # (a noun of two words ends in a plural: "six blocked shots")
    rf"(?:,|\s+and)\s+(?:\d[\d,.]*|(?:{_NUMBER_WORDS})\b)\s+[a-z][\w'’-]*"
    r"(?:\s+(?!(?:was|is|has|does)\b)[a-z][\w'’-]*s\b)?"
)
_LIST_END = re.compile(
    r"^(?:\s*(?:[.;:)]|$)"
    rf"|,\s+(?:and|but|as|while|which|when|[a-z]+ing|{_PAST}|caught|had|threw)\b"
    rf"|\s+and\s+(?!\d|(?:{_NUMBER_WORDS})\b))"
)
_WORDS = re.compile(r"[^\W\d_][\w'’-]*")
# the last word of a figure that is no noun of its own ("12 million", "12 more", "5 times
# as many")
_NO_NOUN = (
    NUMBER_WORDS
    | frozenset(VAGUE_PLURALS)
    | frozenset("dozen more fewer less others other times percent half".split())
)
_CLAUSE_SUBJECT = re.compile(rf"{_OPENS}(['’]s|\s+(?:has|had|have))?\s+({_PAST})({_GAP})\s+$")
# a term a person serves or faces, written as the object's attribute ("Ruiz was serving a
# 12-year sentence", "Ruiz, 41, received a five-year term") or after a clause of the
# person's ("Ruiz died while serving a 12-year sentence": who serves is the main clause's
# subject). Of such a term (_TERM) only these verbs of bearing it give an owner, never
# one of handing it down, asking for it or changing it ("sentenced the gunman to a
# 12-year term", "issued a 12-year sentence", "requested", "commuted"), nor of signing
# one, which has two parties ("United signed a five-year contract with the striker");
# between verb and figure, _GAP; in a participle's clause, the main verb is one in the
# past not of saying, and the words before "while" are lower case ones that open no other
# clause ("ran his organisation from behind bars while serving").
_BEAR = (
    r"serv(?:e|es|ed|ing)|fac(?:e|es|ed|ing)|complet(?:e|es|ed|ing)"
    rf"|finish(?:es|ed|ing)?|start(?:s|ed|ing)?|beg[iau]n(?:s|ning)?|{_GET}"
)
_AGED = r"(?:,\s*\d{1,3},)?"  # "Ruiz, 41, was serving"
_ADVERB = r"(?:\s+(?:[a-z]+ly|only|just|still|already|also|then|now|later|never))?"
_BEARING = re.compile(
    rf"{_OPENS}{_AGED}(['’]s|\s+(?:is|was|are|were|has|had|have)(?:\s+been)?)?{_ADVERB}"
    rf"\s+({_BEAR})({_GAP})\s+$"
)
_CLAUSE_OPENERS = (
    r"(?:that|who|whom|whose|which|where|because|and|but|or|as|if|than|he|she|they|it|to)"
)
_WHILE_BEARING = re.compile(
    rf"{_OPENS}{_AGED}(['’]s|\s+(?:has|had|have))?{_ADVERB}\s+({_PAST}|was|were)"
    rf"(?:\s+(?!{_CLAUSE_OPENERS}\b)[a-z][a-z'’-]*){{0,8}}"
    rf"\s+(?:while|after|before|when|until)\s+(?:{_BEAR})({_GAP})\s+$"
)
_DURATION_OWNERS = (_CLAUSE_SUBJECT, _BEARING, _WHILE_BEARING)
# whom a court sentences: the term is the sentenced person's, not the court's ("A judge
# sentenced Mark Hill to 12 years", "Dean Cole, 34, was sentenced on Friday to seven
# years", "was jailed for 12 years"). Between verb and term no year ("Hill was jailed in
# 2015 for three years": an earlier term); the object after up to three words of what
# the person is ("former banker John Carter"; no pronoun or "and": "him and co-defendant
# Dean Cole"); the subject of "was sentenced" opens the sentence, or follows a
# description in apposition ("His accomplice, Dean Cole, was"), never a name inside
# another phrase ("Mark Hill, from West Yorkshire, was", "The man who killed Mark Hill
# was", "Mark Hill and Dean Cole were")
_SENTENCING = r"(?:sentenced|jailed|imprisoned)"
_TO_TERM = r"(?:\s+(?:on|in|at)\s+(?!\d{4}\b)[\w.]+)?\s+(?:to|for)(?:\s+(?:a|an))?\s+$"
_NO_OBJECT = r"him|her|them|and|or|both|each|all"
_SENTENCED_TO = re.compile(
    rf"\b{_SENTENCING}\s+(?:the\s+)?(?:(?!(?:{_NO_OBJECT})\b){_ROLE_WORD}\s+){{0,3}}"
    rf"({_NAME}){_AGED}{_TO_TERM}"
)
# the subject of a passive that opens its sentence, alone or after a description in
# apposition ("Dean Cole, 34, was", "His accomplice, Dean Cole, was"), group 1
_PASSIVE_SUBJECT = (
    rf"(?:^|[.;:!?]\s+)(?:(?:[Hh]is|[Hh]er|[Tt]heir|[Tt]he|[Aa]n?)\s+[a-z][a-z'’ -]*,\s+)?"
    rf"({_NAME}){_AGED},?\s+(?:was|is|has\s+been|had\s+been){_ADVERB}\s+"
)
_WAS_SENTENCED = re.compile(rf"{_PASSIVE_SUBJECT}{_SENTENCING}{_TO_TERM}")
# a pronoun that opens the sentence as such a clause's subject ("He hosted the show five
# times", "She has served on the board for 12 years"): the figure is the person's the
# sentences before name (_antecedent). Not "It" or "They" (a thing's, or several people's).
_PRONOUN_SUBJECT = re.compile(
    rf"^\s*(He|She)(['’]s|\s+(?:has|had|have))?{_ADVERB}\s+({_PAST})({_GAP})\s+$"
)
# how many sentences back a pronoun's person may be named (each between opens with the
# same pronoun: "Okafor won. He also hosted ... He presided over it three times")
PRONOUN_REACH = 4
# a sentence whose main clause's subject is a name that opens it ("Mr. Okafor, 40, has
# never", "Okafor is considered", "Okafor, who had not missed a game, was"): not one of
# two ("Okafor and Reyes"), nor a name's possessive or part of a longer one ("Okafor's
# wife", "Bank of"); its title, if any, is read from the name's run (_TITLED); group 2,
# the relative clause
_NAMED_SUBJECT = re.compile(
    rf"^\s*({_NAME}){_AGED}(?:,\s+who\s+([^,;:.]{{1,80}}),)?\s+(?!(?:and|or|of|nor)\b)"
    r"(?=[a-z])"
)
# the main verb after that name, past its auxiliaries and adverbs ("has also said")
_MAIN_VERB = re.compile(r"(?:(?:has|had|have|also|then|later|[a-z]+ly)\s+)*([a-z]+)")
# a verb whose predicate describes its subject ("Carson is considered the epitome of the
# Oscar host"): a person named in it in lower case is the subject again, unless the
# predicate is a passive's agent ("was shot by a police officer") or a relative ("is the
# son of a coal miner", "was the mother of the gunman"): another person
_COPULAS = frozenset("is was are were been became becomes remains remained".split())
_RELATIVE = _alternatives(RELATIVE_NOUNS)
_AGENT_OR_RELATIVE = re.compile(rf"\bby\b|\b(?:{_RELATIVE})\s+of\b")
# another person named in lower case ("the gunman", "a man", "the new host", "the team's
# owner"); right after its determiner in a sentence that opens with the pronoun itself
# ("He praised his successor", not "his appearance as host")
_DETERMINER = r"\b(?:the|a|an|his|her|their|its|another|[a-z]+['’]s)\s+"
_PERSON_NOUN = rf"(?:{_alternatives(PERSON_NOUNS)})\b"
_OTHER_PERSON = re.compile(rf"{_DETERMINER}(?:[a-z][\w'’-]*\s+){{0,2}}?{_PERSON_NOUN}")
_OTHER_PERSON_BESIDE = re.compile(_DETERMINER + _PERSON_NOUN)
# a name right after the main verb, or after a passive's "by": its object ("Mr. Smith
# hired Jones", "was replaced by Jones"), another person
_NAMED_OBJECT = re.compile(r"\s*(?:(?:[a-z]+\s+)?by\s+)?[A-Z][a-z]")
_NAME_RUN = re.compile(_NAME)
_TERM = re.compile(
    r"\s*(?:(?:prison|jail)\s+)?(?:sentence|term|contract|deal|ban|suspension|stint)s?\b"
)
_TITLED = re.compile(r"^(Mr|Mrs|Ms|Dr)\.?\s")
_SINCE_THEN = re.compile(r"^\s*(?:ago|earlier|later|before|after)\b")
# a word that describes rather than names a thing: "career-high", "annual", "typical"
_MODIFIER = re.compile(r"(?:-\w+|al|ic|ive|ous|est|ed)$")
# what may follow a name that is the subject of its clause (not "a 35-year-old Boston man")
_NAME_END = re.compile(
    r"^(?:\s*[,.;:)]|\s*$|\s+(?:was|is|were|are|had|has|who|and|of|from|in|at|on|said|says"
    r"|allegedly|reportedly|told|died|did|does|will|would)\b)"
)
_APPOSITION_LEFT = re.compile(rf"({_NAME}),\s*$")
_APPOSITION_RIGHT = re.compile(r"^\s*(?:,|\)|\.|;|$)")
# A name's record of wins and losses written beside it, and the counts it goes on with:
# "Klitschko (52-3, 46 KOs)", "Champion, Wladimir Klitschko, 53-3, 47 KO's, dismantled":
# the name holds each side of the record and each count. The form with commas only for a
# name that is itself in apposition or opens the sentence: "beat Evansville, 91-73, on
# Sunday" is the game's score, not Evansville's. RECORD_LEFT ends before the figure
# (group "open": the name's own opening), RECORD_RIGHT follows it.
_RECORD = r"\d{1,3}(?:-\d{1,3}){1,2}"
_RECORD_LEFT = re.compile(
    rf"(?P<open>^|,\s*|\s)(?P<name>{_NAME})(?P<mark>,\s*|\s*\()"
    rf"(?P<record>(?:{_RECORD},\s*)?)(?P<before>(?:\d{{1,3}}-){{0,2}})$"
)
_RECORD_RIGHT = re.compile(r"^(?P<after>(?:-\d{1,3}){0,2})\s*(?:,|\))")
# a name that is a game's other side: a result verb or preposition before it ("Barcelona
# beat Real Madrid (3-1)", "drew with Real Madrid (1-1)"): two sides alone in its brackets
# are the game's score (a team's record so written after the team beaten is lost too: "the
# Colts (10-5) beat the Chiefs (2-13)"; a false warning costs more than a record not
# compared); three sides, or counts after them, are a record ("beat Reyes (45-7-2, 36 KOs)")
_RESULT_BEFORE = re.compile(
    r"\b(?:beat|beats|beating|defeated|defeats|defeating|downed|downs|edged|edges|routed|"
    r"routs|topped|tops|stunned|upset|blanked|thrashed|drew\s+with|draws?\s+with|tied|"
    r"ties|lost\s+to|loses\s+to|fell\s+to|falls\s+to|over|against|vs\.?|v\.?)\s+"
    r"(?:the\s+)?$",
    re.IGNORECASE,
)
# a height and a weight beside a name ("Guard Jo Reyes (6-4, 210 pounds)"), not a record
_WEIGHT_AFTER = re.compile(
    r"^(?:-\d{1,3}){0,2}\s*,\s*\d{2,3}(?:\s*-?\s*|\s+)(?:pounds|pound|lbs?\b|kg\b|kilograms)",
    re.IGNORECASE,
)
# how many live in a place, in apposition to its name: "Riverton island, home to 120,000
# people" (the place's kind, written in lower case or not, is part of its name: "Riverton
# island" is "Riverton Island"). Not "with a population of", which may be the sentence's
# subject's: "Riverton is the largest island in the North Sea, with a population of ..."
# the kinds of place a name may end with ("Riverton island", "the Kursk region"): for
# "home to" here and for where a figure is (_WHERE)
_PLACE_KINDS = (
    "island|city|town|county|province|state|region|district|village|area|coast|valley|border"
)
_HOME_TO = re.compile(rf"({_NAME}(?:\s+(?i:{_PLACE_KINDS})\b)?),\s+home\s+to\s+$")
# a place named in an apposition of another ("Delmar, a town in Riverton County, home to
# 12,000 people"): "home to" may be the town's, not the county's ("centred near Riverton
# Island, home to ..." is the island's)
_INSIDE = re.compile(
    r",\s+(?:a|an|the)\s+(?:[\w'’-]+\s+){0,4}?(?:in|of|near|outside|at)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# whom a fine or an award is given: "fined Google 2.4 billion euros", "awarded Reyes $2
# million"; and the same said in the passive, its subject opening the sentence ("Google
# was fined 2.4 billion euros"; not "The man who sued Google was awarded"). Not a verb
# of a transfer between two parties ("paid", "gave", "lent", "offered": "Acme paid $4.7
# billion to Northwind" is Acme's, a _VERBS subject, "Acme paid Northwind $4.5 billion"
# would be Northwind's), nor "owes", "billed", "charged" (the creditor's name)
_GIVING = r"(?:fined|fines|awarded|awards|granted|grants)"
_GIVEN_TO = re.compile(rf"\b{_GIVING}\s+({_NAME})\s+$")
_GIVEN = re.compile(rf"{_PASSIVE_SUBJECT}(?:{_GIVING}|ordered\s+to\s+pay)\s+(?:a\s+|an\s+)?$")
# a market index or a firm after "the" whose figure is its change that day: "The Nasdaq
# rose 2.1%", "The S&P 500 index ended up 1.2%" (after "the", a capital is a name's)
_MOVED = re.compile(
    rf"\b[Tt]he\s+({_NAME}(?:\s+\d+)?)\s+(?:(?i:index|composite|average)\s+)?"
    r"(?:rose|fell|gained|lost|climbed|dropped|jumped|slipped|slid|surged|tumbled|plunged"
    r"|advanced|declined|ended|closed|finished)(?:\s+(?:up|down|higher|lower))?"
    r"(?:\s+(?:by|a|an|some|about|nearly|almost))?\s+$"
)
_AGE_BEFORE = re.compile(rf"^\s+(?:([a-z]+)\s+)?({_NAME})")
_WHERE = re.compile(
    rf"\b(?:in|at)\s+(?:the\s+)?[{_CAP}][\w.’'-]*(?:\s+[{_CAP}][\w.’'-]*)*"
    rf"(?:\s+of\s+[{_CAP}][\w.’'-]*(?:\s+[{_CAP}][\w.’'-]*)*)?"  # "in the Gulf of Aden"
    rf"(?:\s+(?:{_PLACE_KINDS})\b)?"  # "in the Kursk region"
)
WHERE_REACH = 40  # characters between the figure and "in X"


# the common short form of English first names that stands for one formal name only, one
# for each ("Jim" is James, "Bill" William), so that no two short forms are one name ("Bill"
# and "Will", "Jim" and "Jimmy" may be a grandfather and his grandson): not "Chris",
# "Alex", "Sam", "Pat", "Harry", "Jerry", "Ted", "Ed", "Bert", "Rick", "Tony", "Andy",
# "Ray", "Don", "Will", "Dan", "Jeff", "Sue", "Deb", which stand for two or more (Daniel
# and Danielle, Jeffrey and Geoffrey) or are names of their own, nor the diminutives in -y
# and -ie ("Jimmy", "Billy", "Larry", "Becky"), often a son's. One person written both
# ways in one story ("Jim Reyes", "James Reyes") is one holder (same_person)
_FORMAL = {  # the short form: the formal name
    "jim": "james", "bill": "william", "bob": "robert", "mike": "michael", "tom": "thomas",
    "joe": "joseph", "dave": "david", "ben": "benjamin", "matt": "matthew", "nick": "nicholas",
    "greg": "gregory", "chuck": "charles", "tim": "timothy", "ken": "kenneth", "ron": "ronald",
    "pete": "peter", "doug": "douglas", "walt": "walter", "liz": "elizabeth", "jen": "jennifer",
}  # fmt: skip


def same_person(name: str) -> str:
    """A full name with its first name's short form as the formal one ("Jim Reyes" as
    "james reyes"), lower case: two names of one key name one person. A name of one word
    is a surname, only lower-cased ("Will" of "George Will" is no William)."""
    words = name.lower().split()
    if len(words) < 2:
        return name.lower()
    return " ".join([_FORMAL.get(words[0], words[0]), *words[1:]])


def _bare(word: str) -> str:
    return re.sub(r"(?:['’]s?)$", "", word.strip(".,")).lower()


def _trim(name: str) -> str | None:
    """The name without the words that open a sentence before it ("The Acme", "But Reyes"),
    None when what is left is no name ("Friday.")."""
    words = name.strip(".,").split()
    while words and _bare(words[0]) in _NOT_NAMES:
        words = words[1:]
    return " ".join(words) if words and _bare(words[-1]) not in _NOT_NAMES else None


def holder(*args: Any, **kwargs: Any) -> str | None:
    """The name the sentence ties to the figure: read_holder's name, with its arguments."""
    found = read_holder(*args, **kwargs)
    return found[0] if found else None


def read_holder(
    text: str,
    start: int,
    end: int,
    age: bool,
    kind: str = "",
    unit: str | None = None,
    full: Callable[[str], str | None] | None = None,
    before: Sequence[str] = (),
) -> tuple[str, str] | None:
    """The name the sentence ties to the figure at ``text[start:end]`` (sentence-relative
    offsets): a possessive before it, the subject of its verb, or, for an age (``age``: a
    figure that may be one; ``kind`` "age": one written as an age), the name in
    apposition; for a duration or a number of times (``kind``, ``unit``), the name that
    opens its clause, or for a duration the name of who bears it; None when only nearness
    would tell. ``full`` gives the full name an article writes for a surname (None when it
    writes none, or two): a word alone that opens a clause is a person's name only then,
    or after a title ("Mr."). ``before``: the sentences before this one, nearest last,
    where a pronoun that opens the clause finds its person.

    Returns the name and how it was read: "words" when the sentence's own words tie it to
    the figure, "pronoun" when a sentence-opening "He" or "She" stands for a person named
    before (a reading that may keep two figures apart but never joins them:
    cluster.owned)."""
    left, right = text[max(0, start - LEFT_REACH) : start], text[end:]
    if kind != "age" and (m := _POSSESSIVE.search(left)) and _describes(m.group(2).split()):
        return _via("words", _trim(m.group(1)))
    if kind == "count" and (m := _FROM_NAME.match(right)) and _GOTTEN.search(left):
        return _via("words", _trim(m.group(1)))
    m = _SUBJECT.search(left)
    if m and _JOINED.search(left, 0, m.start(1)):
        return None  # one of two subjects, or the end of a longer name: no one holder
    if m and m.group("listed") and not _listed_ok(text, start, end, kind, m.group("listed")):
        m = None  # a figure of another clause after the list: not the subject's
    if m and ((name := _trim(m.group(1))) or kind != "count"):
        return _via("words", name)  # (a pronoun is no name: "He scored 20", read below)
    if (
        kind == "count"
        and start <= LEFT_REACH
        and (p := _PRONOUN_COUNT.match(text[:start]))
        and (not p.group("listed") or _listed_ok(text, start, end, kind, p.group("listed")))
    ):
        return _via("pronoun", _antecedent(p.group(1), before, full, alone=True))
    if m:
        return None
    if kind != "age" and (name := _said_it(left, full)):
        return _via("words", name)
    if kind != "age" and (m := _ALLEGED.search(left)) and (name := _trim(m.group(1))):
        return _via("words", name)
    if (
        kind in ("money", "count", "percent")
        and ((m := _GIVEN_TO.search(left)) or (m := _GIVEN.search(left)))
        and (name := _trim(m.group(1)))
    ):
        return _via("words", name)
    if kind in ("percent", "other") and (m := _MOVED.search(left)) and (name := _trim(m.group(1))):
        return _via("words", name)
    if (
        kind in ("count", "other")
        and (m := _HOME_TO.search(left))
        and not _INSIDE.search(left, 0, m.start(1))
        and (name := _trim(m.group(1)))
    ):
        return _via("words", name)  # "Riverton island, home to 120,000 people,"
    if age and (m := _APPOSITION_LEFT.search(left)) and _APPOSITION_RIGHT.match(right):
        return _via("words", _trim(m.group(1)))
    if kind in ("count", "other") and (name := _record_holder(left, right, kind, start)):
        return _via("words", name)
    if age and kind == "age":  # "the 36-year-old Tanaka was", not "a 35-year-old Boston man"
        m = _AGE_BEFORE.match(right)
        if m and (m.group(1) or "") not in _PREPOSITIONS and _NAME_END.match(right[m.end() :]):
            return _via("words", _trim(m.group(2)))
    how_long = kind == "duration" or (kind == "count" and unit == "time")
    if not how_long or _SINCE_THEN.match(right):
        return None
    for sentenced in (_SENTENCED_TO, _WAS_SENTENCED) if kind == "duration" else ():
        if (m := sentenced.search(left)) and (name := _trim(m.group(1))):
            # a person's: a full name, a title before it, or a surname written in full
            person = " " in name or _is_person(m.group(1), name, full)
            return _via("words", name) if person else None
    routes: tuple[re.Pattern[str], ...] = (
        _DURATION_OWNERS if kind == "duration" else (_CLAUSE_SUBJECT,)
    )
    if kind == "duration" and _TERM.match(right):  # "a 12-year sentence": who bears it
        routes = (_BEARING, _WHILE_BEARING)
    if (
        _CLAUSE_SUBJECT in routes
        and start <= LEFT_REACH
        and (m := _PRONOUN_SUBJECT.match(text[:start]))
        and m.group(3) not in _NOT_OWNING
    ):
        return _via("pronoun", _antecedent(m.group(1), before, full))
    for pattern in routes:
        if (m := pattern.search(left)) and m.group(4) not in _NOT_OWNING:
            return _via("words", _person(m, full))
    return None


def _record_holder(left: str, right: str, kind: str, start: int) -> str | None:
    """The name whose record of wins and losses the figure is a side of ("52" of
    "Klitschko (52-3, 46 KOs)"; ``kind`` "other") or follows as a count ("46 KOs"; ``kind``
    "count"), written beside the name (see _RECORD_LEFT)."""
    r = _RECORD_RIGHT.match(right)  # (anchored: the cheap test first)
    if r is None:
        return None
    m = _RECORD_LEFT.search(left)
    if m is None:
        return None
    hyphens = (m.group("before") + r.group("after")).count("-")
    if kind == "count":  # after the whole record, and nothing of one around the figure
        if not m.group("record") or hyphens:
            return None
    elif m.group("record") or not 1 <= hyphens <= 2:
        return None  # a side: the record itself, first after the name
    if m.group("mark").startswith(","):  # commas: an apposition, or the sentence's opening
        opens = m.group("open")
        if not (opens.startswith(",") or (opens == "" and start <= LEFT_REACH)):
            return None
    if (
        kind == "other"
        and hyphens == 1
        and re.match(r"^(?:-\d{1,3})?\s*\)", right)
        and _RESULT_BEFORE.search(left, 0, m.start("name"))
    ):
        return None  # "beat Real Madrid (3-1)": the game's score (not "(45-7-2, 36 KOs)")
    if kind == "other" and _WEIGHT_AFTER.match(right):
        return None  # "Jo Reyes (6-4, 210 pounds)": a height
    return _trim(m.group("name"))


# a side of a record, from the characters beside it: the sides before it ("52-" of "52-3",
# none for the first) and after it, a stop after the record's last; written beside a
# name, in brackets or after a comma ("Reyes (52-3,", "Reyes, 53-3,"), not a score after
# a possessive or a verb ("the Tar Heels' 91-73 victory", "improved to 52-3")
_SIDE_LEFT = re.compile(r"(?:^|[^\d-])((?:\d{1,3}-){0,2})$")
_SIDE_RIGHT = re.compile(r"^((?:-\d{1,3}){0,2})(?![\d-])")
_BESIDE_LEFT = re.compile(r"(?:\(|,)\s*((?:\d{1,3}-){0,2})$")
_BESIDE_RIGHT = re.compile(r"^((?:-\d{1,3}){0,2})\s*[,)]")


def record_side(left: str, right: str, beside: bool = False) -> int | None:
    """Which side of a record of wins and losses ("52-3", "45-7-2") a figure is, from the
    characters just before (``left``) and after it (``right``): 0 for the first (wins), 1
    for the second, 2 for the third; None when it is no side of one. ``beside``: only a
    record written as _record_holder reads one beside a name ("Reyes (52-3, 46 KOs)")."""
    found = record(left, right, beside)
    return None if found is None else found.index("#")


def record(left: str, right: str, beside: bool = False) -> tuple[str, ...] | None:
    """The record a figure is a side of, its own side "#" ("52" of "52-3": ("#", "3"));
    None when it is no side of one (record_side)."""
    a = (_BESIDE_LEFT if beside else _SIDE_LEFT).search(left)
    b = (_BESIDE_RIGHT if beside else _SIDE_RIGHT).match(right)
    if a is None or b is None:
        return None
    sides = (*a.group(1).split("-")[:-1], "#", *b.group(1).split("-")[1:])
    return sides if 2 <= len(sides) <= 3 else None


def _via(how: str, name: str | None) -> tuple[str, str] | None:
    return (name, how) if name else None


def _listed_ok(text: str, start: int, end: int, kind: str, listed: str) -> bool:
    """Whether the figure at ``text[start:end]``, after the figures a verb lists
    (``listed``), may be one more of them: a count with a noun of its own that none of them
    has ("30 points, 18 points" is a part of the 30), right before a stop or "and" (not
    "12 points for the Colts", "and 40 soldiers in the unit died")."""
    said = _WORDS.findall(text[start:end].lower())
    if kind != "count" or not said or said[-1] in _NO_NOUN:
        return False
    had = {singular(w) for w in re.findall(r"\d[\d,.]*\s+([a-z][\w'’-]*)", listed)}
    if singular(said[-1]) in had:
        return False  # a part of a listed figure: "30 points, 18 points in the second half"
    rest, last = text[end:], bool(re.search(r"\band\s+$", text[:start]))
    while m := _NEXT_ITEM.match(rest):  # the figures of the list after this one
        rest, last = rest[m.end() :], True
    return last and bool(_LIST_END.match(rest))


def _antecedent(
    pronoun: str,
    before: Sequence[str],
    full: Callable[[str], str | None] | None,
    alone: bool = False,
) -> str | None:
    """The person a sentence-opening "He" or "She" stands for: back over sentences that open
    with the same pronoun, the first other one must open with a person's name as its
    subject (_is_person: a title before it, or a surname its article writes in full; two
    capitalised words alone may be a place or a club, "New York police arrested", and a
    job title before a name, "Police Chief Ray Kim", gives none), its verb not one of
    saying ("Tom Ash said on Friday that the mayor had retired": whose is "He"?), and it
    must name no other person, by name or in lower case ("the gunman", "the new host"; not
    in a copula's predicate, "Carson is considered the epitome of the Oscar host"). A
    title's sex must agree with the pronoun ("Mr." not "She", "Mrs."/"Ms." not "He",
    "Dr." either); a name without a title is not checked for sex. None when it opens
    otherwise, or is too far back. For a duration or a number of times only the verbs
    _PRONOUN_SUBJECT reads (_PAST): one of _VERBS right before such a figure ("He spent
    three days") gives no owner; for a count, those of _PRONOUN_COUNT (_VERBS), and then
    (``alone``) those sentences name no one else at all, by any capitalised word ("Okafor
    lost to Reyes in the final", though the article writes no Reyes in full). The name may
    be followed by a relative clause ("Okafor, who had not missed a game, was listed"),
    which must name no one in lower case nor a passive's agent."""
    for sentence in list(before)[::-1][:PRONOUN_REACH]:
        if re.match(rf"\s*{pronoun}\b", sentence):
            if _another_person(sentence, set(), full):
                return None  # "He handed the job to his deputy, Ray Jones": either
            if alone and _other_capitals(sentence[len(pronoun) + 1 :], set()):
                return None  # "He lost to Ruiz in the final"
            continue
        m = _NAMED_SUBJECT.match(sentence)
        if m is None or (name := _trim(m.group(1))) is None:
            return None
        if not _is_person(m.group(1), name, full):
            return None
        title = _TITLED.match(m.group(1))
        if title and title.group(1) != "Dr" and (title.group(1) == "Mr") != (pronoun == "He"):
            return None  # "Mrs. Okafor ... He", "Mr. Okafor ... She"
        rest = sentence[m.end() :]
        verb = _MAIN_VERB.match(rest)
        if verb and verb.group(1) in _SAYING:
            return None
        if verb and _NAMED_OBJECT.match(rest, verb.end()):
            return None  # "Mr. Smith hired Jones", "was shot by Jones"
        describes = verb and verb.group(1) in _COPULAS and not _AGENT_OR_RELATIVE.search(rest)
        if not describes and _OTHER_PERSON.search(rest):
            return None  # "Sarah Jones praised the new host", "was shot by a police officer"
        if m.group(2) and (_OTHER_PERSON.search(m.group(2)) or re.search(r"\bby\b", m.group(2))):
            return None  # "Reyes, who was shot by a gunman, died": either
        same = {name, full(name) if full is not None else None}
        if _another_person(sentence[m.end(1) :], same, full):
            return None  # two people: "He" may be either
        if alone and _other_capitals(sentence[m.end(1) :], same):
            return None  # "Okafor lost to Reyes in the final. He scored 20 points"
        return name
    return None


def _other_capitals(text: str, same: set[str | None]) -> bool:
    """Whether ``text`` has a capitalised word that is not of ``same`` (one person's names)
    nor a word that opens sentences or names no one: for a count after "He", the sentence
    before names its person alone ("Okafor lost to Reyes in the final" names two, though
    the article may not write Reyes in full)."""
    known = _NOT_NAMES | {_bare(w) for n in same if n for w in n.split()}
    for word in text.split():
        bare = _bare(word.strip("\"“”‘'(),;:"))
        if word.strip("\"“”‘'(")[:1].isupper() and bare and bare not in known:
            return True
    return False


def _another_person(
    text: str, same: set[str | None], full: Callable[[str], str | None] | None
) -> bool:
    """Whether ``text`` names a person besides ``same`` (one person's names): a title, a
    surname the article writes in full, or, in the sentence naming ``same``, two words
    ("Jackman is ..., Hugh Jackman's agent said" names one). When ``same`` is empty (a
    sentence the pronoun opens, whose capitalised words are as often a work or an award,
    "He won a Tony Award", as a person), not two words alone, but a person in lower case
    right after its determiner ("his son", "his deputy, Sam Reyes")."""
    for run in _NAME_RUN.finditer(text):
        other = _trim(run.group(0))
        if not other or other in same or (full is not None and full(other) in same):
            continue
        if (" " in other and same) or _is_person(run.group(0), other, full):
            return True
    return not same and bool(_OTHER_PERSON_BESIDE.search(text))


def _is_person(written: str, name: str, full: Callable[[str], str | None] | None) -> bool:
    """Whether a capitalised run (``written``, ``name`` without its sentence openers) is a
    person's name by what the article says of it: a title before it ("Mr."), or a surname
    the article writes in full ("Okafor", when it writes "Dev Okafor")."""
    return bool(_TITLED.match(written)) or (full is not None and full(name) is not None)


# the last words of a firm's name besides a body's (attribution.names_a_body: "Deutsche
# Bank", "the Health Ministry"): "United Airlines", "General Motors"
_FIRM_HEADS = frozenset(
    "airlines airline airways air lines airport port motor motors holdings industries "
    "systems technologies international energy pharmaceuticals".split()
)


# the words of a name that name a kind of firm or place, not one ("Airlines", "Bank",
# "Party", "Island", "County"); not a public body's ("Ministry", "Police", "Health": "the
# Gaza Health Ministry" and "the Palestinian Health Ministry" may be one, which only an
# alias file could tell)
_KIND_WORDS = FIRM_HEADS | _FIRM_HEADS | frozenset(_PLACE_KINDS.split("|")) | CONNECTORS


def owners_apart(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether two holders' names, as their words, name two owners (match.cluster): they
    share no word but a kind's ("United Airlines" and "American Airlines", "Air Canada"
    and "Air France", "Labour Party" and "Conservative Party"), and neither's words are
    all the other's ("Federal Reserve" may be "the U.S. Federal Reserve"); words compared
    without case or dots ("U.S." is "US"); nor when one's one word of its own is in
    capitals and gives the initials of the other's own words or of all its words ("U.S.
    Steel" and "United States Steel", "AA" and "American Airlines":
    entities.abbreviates)."""
    fa, fb = _folded(a), _folded(b)
    if fa <= fb or fb <= fa or (fa & fb) - _KIND_WORDS:
        return False
    own_a, own_b = fa - fb - _KIND_WORDS, fb - fa - _KIND_WORDS
    return not (_abbreviated(a, own_a, b, own_b) or _abbreviated(b, own_b, a, own_a))


def _abbreviated(
    short: frozenset[str], own: frozenset[str], long: frozenset[str], theirs: frozenset[str]
) -> bool:
    """Whether ``short``'s one word of its own (``own``, folded) is in capitals and gives
    the initials of ``long``'s own words (``theirs``), or of all its words: not "LA
    Galaxy" and "Los Angeles FC" (two words of their own), "AC Milan" and "Atletico
    Madrid", "UK" and "Ukraine", "AP" and "Apple" (a word's letters in order are no
    initials: "VW" of "Volkswagen" is an alias file's)."""
    if len(own) != 1:
        return False
    (key,) = own
    word = next(w for w in short if w.replace(".", "").lower() == key)
    others = [w for w in long if w.replace(".", "").lower() in theirs]
    return abbreviates(word, others, ordered=False) or abbreviates(word, list(long), ordered=False)


def _folded(words: frozenset[str]) -> frozenset[str]:
    return frozenset(w.replace(".", "").lower() for w in words)


def _said_it(left: str, full: Callable[[str], str | None] | None) -> str | None:
    """The firm or body that says it did what the figure after ``left`` counts (_SAID_IT,
    not one of two subjects nor a person), else None."""
    m = _SAID_IT.search(left)
    if m is None or _JOINED.search(left, 0, m.start(1)):
        return None
    name = _trim(m.group(1))
    return name if name and _a_body(m.group(1), name, full) else None


def said_of_itself(text: str, start: int, full: Callable[[str], str | None] | None = None) -> bool:
    """Whether the figure at ``text[start:]`` is what its speaker says it did itself
    ("United Airlines said it carried 16.5 million", as read_holder reads it): the holder
    read_holder gives is then the source too, and stays the holder."""
    return _said_it(text[max(0, start - LEFT_REACH) : start], full) is not None


def _a_body(written: str, name: str, full: Callable[[str], str | None] | None) -> bool:
    """Whether a capitalised run names a firm or a body, not a person: its last word a
    body's or a firm's ("United Airlines", "Deutsche Bank"), or one word the article
    does not show to be a person's (_is_person: "Toyota", "Boeing", not "Reyes" where it
    writes "Dev Reyes")."""
    if " " not in name:
        return not _is_person(written, name, full)
    return names_a_body(name) or name.split()[-1].lower() in _FIRM_HEADS


def _person(m: re.Match[str], full: Callable[[str], str | None] | None) -> str | None:
    """The name a clause pattern's match opens with when it is a person's: two words, "X's
    been", "X, who", or _is_person."""
    written = m.group(1) or m.group(2)
    name = _trim(written)
    if name is None:
        return None
    if m.group(2) or (m.group(3) or "").startswith(("'", "’")) or " " in name:
        return name
    return name if _is_person(written, name, full) else None


def _describes(words: list[str]) -> bool:
    """Whether the words between a possessive and its figure describe the figure ("Reyes's
    20 points", "Okafor's career-high 20", "Acme's annual revenue of $22 billion"), not
    another noun ("the Sheriff's station 24 hours after", "the People's Council whose")."""
    if not words:
        return True
    if words[-1].lower() == "of":
        return len(words) <= 3 and not any(w[:1].isupper() for w in words)
    return len(words) == 1 and bool(_MODIFIER.search(words[0]))


def where(text: str, start: int, end: int) -> str | None:
    """The place written "in X" or "at X" beside the figure, in its clause ("in Riverside",
    "at the Main Street pharmacy"); None when the sentence says none there."""
    best: tuple[int, str] | None = None
    for m in _WHERE.finditer(text):
        if m.end() <= start:
            between = text[m.end() : start]
        elif m.start() >= end:
            between = text[end : m.start()]
        else:
            continue
        if len(between) > WHERE_REACH or CLAUSE_BREAK.search(between):
            continue
        words = m.group(0).rstrip(".,").split()
        if words[-1][-2:] in ("'s", "’s"):  # "in Iran's south": in Iran; not "at X's home"
            if words[0] != "in":
                continue
            words[-1] = words[-1][:-2]
        if _bare(words[-1]) in _NOT_NAMES or re.match(r"\s*[$€£\d]", text[m.end() :]):
            continue  # "in Friday's game", "priced at US$999"
        if best is None or len(between) < best[0]:
            best = (len(between), " ".join(words))
    return best[1] if best else None


_SPACE = r"(?:[^\S\n]*\n[^\S\n]*(?!\s)|[^\S\n]+)"  # within a paragraph


def full_name(surname: str, text: str) -> str | None:
    """The one full name ending in ``surname`` that an article's ``text`` writes ("Jose
    Luis Moreno" for "Moreno"); None when it writes none, or two ("Carol Baker" and "Tom
    Baker": a surname alone then tells neither). A nickname in quotes before the surname
    is no part of it ("Sam Reyes" for 'Sam "The Hat" Reyes')."""
    found = {
        name
        for m in re.finditer(  # from a word's start, each word read once: linear time
            rf"(?<![\w’'-])((?:[{_CAP}](?:[\w-]|['’](?=\w))*+{_SPACE}){{1,3}})"
            rf"(?:[\"“'‘][^\"”'’\n]{{1,30}}[\"”'’]{_SPACE})?{re.escape(surname)}\b",
            text,
        )
        if (name := _trim(m.group(1) + surname)) and " " in name
    }
    return found.pop() if len(found) == 1 else None

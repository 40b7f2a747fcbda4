"""Word lists for extraction: English function words and quantity vocabulary.

Generic English only: nothing here names a domain, a country or an event. Domain
vocabulary (concepts, aliases) lives in the rule files under ``rules/``.
"""

from __future__ import annotations

import re

from crosscheck.quantity import SCALE_NAMES


def words(text: str) -> frozenset[str]:
    return frozenset(text.split())


UNITS_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}  # fmt: skip
TENS_WORDS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
SCALE_WORDS = {
    "hundred": 100.0, **{w: 1e3 ** (k + 1) for k, w in enumerate(SCALE_NAMES)},
    "mn": 1e6, "mln": 1e6, "bn": 1e9, "bln": 1e9, "tn": 1e12, "lakh": 1e5, "crore": 1e7,
}  # fmt: skip
# Every word of a figure written in words: "seven", "twenty-five", "1.5 million".
NUMBER_WORDS = frozenset(UNITS_WORDS) | frozenset(TENS_WORDS) | frozenset(SCALE_WORDS)
# Suffixes glued to a figure: "$13.6M", "2bn", "25k".
SCALE_SUFFIXES = {"k": 1e3, "K": 1e3, "m": 1e6, "M": 1e6, "mn": 1e6, "mil": 1e6, "b": 1e9,
                  "B": 1e9, "bn": 1e9, "tn": 1e12, "t": 1e12}  # fmt: skip
# "hundreds of", "tens of thousands of": (lower, upper) of what the plural allows
VAGUE_PLURALS = {
    "dozens": (12.0, 120.0),
    "scores": (40.0, 200.0),
    "hundreds": (100.0, 1000.0),
    "thousands": (1e3, 1e4),
    "millions": (1e6, 1e7),
    "billions": (1e9, 1e10),
}
FRACTION_WORDS = {
    "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4,
    "fourth": 4, "fourths": 4, "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6,
    "seventh": 7, "sevenths": 7, "eighth": 8, "eighths": 8, "ninth": 9, "ninths": 9,
    "tenth": 10, "tenths": 10,
}  # fmt: skip
ORDINAL_WORDS = words(
    """first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth
    thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth
    thirtieth fortieth fiftieth hundredth thousandth millionth"""
)
MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
WEEKDAYS = words("monday tuesday wednesday thursday friday saturday sunday")
# Times of day and of the week a thing recurs at ("call weekday mornings", "open evenings
# and weekends"): with the time units and weekdays, the words of when, never what is counted.
TIMES_OF_DAY = words(
    "morning afternoon evening night overnight daytime nighttime weekday weeknight weekend"
    " workday holiday"
)
WEEKDAY_ABBREVIATIONS = words("mon tue tues wed thu thur thurs fri sat sun")

# Qualifiers, longest first within each list; matched on lower-cased words.
QUALIFIERS_BEFORE: list[tuple[str, str]] = [
    ("no fewer than", "at_least"), ("no less than", "at_least"), ("a minimum of", "at_least"),
    ("at least", "at_least"), ("not less than", "at_least"),
    ("more than", "more_than"), ("greater than", "more_than"), ("in excess of", "more_than"),
    ("upwards of", "more_than"), ("just over", "more_than"), ("well over", "more_than"),
    ("higher than", "more_than"), ("larger than", "more_than"), ("bigger than", "more_than"),
    ("over the age of", "more_than"), ("older than", "more_than"),
    ("over", "more_than"), ("above", "more_than"), ("exceeding", "more_than"),
    ("north of", "more_than"), ("over than", "more_than"), ("beyond", "more_than"),
    ("no more than", "at_most"), ("not more than", "at_most"), ("a maximum of", "at_most"),
    ("at most", "at_most"), ("up to", "at_most"), ("as many as", "at_most"),
    ("as much as", "at_most"), ("as high as", "at_most"),
    # (seventeenth round) a measure's "as long as 20 hours", "as far as 650 feet"; not
    # a size's comparison ("an area as big as 40 football pitches")
    ("as long as", "at_most"), ("as far as", "at_most"), ("as deep as", "at_most"),
    ("as old as", "at_most"), ("as hot as", "at_most"), ("as fast as", "at_most"),
    ("as young as", "at_least"), ("as low as", "at_least"), ("as few as", "at_least"),
    ("as little as", "at_least"),
    ("fewer than", "less_than"), ("less than", "less_than"), ("just under", "less_than"),
    ("lower than", "less_than"), ("smaller than", "less_than"), ("younger than", "less_than"),
    ("under the age of", "less_than"),
    ("under", "less_than"), ("below", "less_than"), ("short of", "less_than"),
    ("shy of", "less_than"),
    ("an estimated", "approx"), ("approximately", "approx"), ("roughly", "approx"),
    ("around", "approx"), ("about", "approx"), ("some", "approx"), ("nearly", "approx"),
    ("almost", "approx"), ("close to", "approx"), ("circa", "approx"), ("estimated", "approx"),
    ("an approximate", "approx"), ("approx.", "approx"), ("c.", "approx"),
    ("around about", "approx"), ("more or less", "approx"), ("just about", "approx"),
    ("some", "approx"), ("nigh on", "approx"), ("the best part of", "approx"),
]  # fmt: skip
QUALIFIERS_AFTER: list[tuple[str, str]] = [
    ("or more", "at_least"), ("or over", "at_least"), ("or higher", "at_least"),
    ("and more", "at_least"), ("and up", "at_least"), ("plus", "at_least"),
    ("or fewer", "at_most"), ("or less", "at_most"), ("or lower", "at_most"),
    ("or so", "approx"), ("odd", "approx"), ("or thereabouts", "approx"),
]  # fmt: skip
# Nouns after a figure and 'plus' that name an age band, not what the figure counts: "the
# 50-plus age group", "the 65 plus bracket" (no count of ages, groups or brackets).
AGE_BAND_NOUNS = words("age bracket")
# Verbs of spreading, after which "over" is the preposition of the place covered, no
# qualifier, when the figure measures a stretch of a thing ("spread over 10 miles of
# farmland"; claims._over_a_stretch): lemmas
EXTENT_VERBS = words("spread stretch extend sprawl scatter")
# verbs of lying beneath a layer, as written before "under" ("found under 5 metres of
# snow": crosscheck.extract.claims._under_a_layer)
BURIED_VERBS = words("buried trapped found submerged hidden entombed pinned stuck")
# Words that may stand between a qualifier and its figure: "about US$ 3", "some 3".
QUALIFIER_GAP = words("a an")

HEDGES = [
    "is believed", "are believed", "was believed", "were believed", "believed to",
    "is thought", "are thought", "was thought", "thought to", "is estimated", "are estimated",
    "was estimated", "were estimated", "an estimated", "estimated", "estimates", "appears",
    "appear", "appeared", "apparently", "reportedly", "allegedly", "purportedly", "seems",
    "seem", "seemed", "likely", "possibly", "probably", "presumably", "may have",
    "might have", "could have", "is suspected", "are suspected", "suspected", "unconfirmed",
    "is said to", "are said to", "was said to", "were said to", "is expected", "are expected",
    "expected to", "projected", "forecast", "tentatively",
]  # fmt: skip
NEGATIONS = words(
    "not n't never no none neither nor denied denies deny denying rejected refuted dismissed"
)

# verbs of speed or width, whose figure is the size of the change only after 'by' or in a
# rate's unit ('narrowed by 3 points', 'widened 5 percentage points'; not 'slowed 200
# miles off the coast', 'an accelerated 3-year degree'): RATE_CHANGE_VERBS
RATE_UP = words("widened widen widens widening accelerated accelerate accelerates accelerating")
RATE_DOWN = words("slowed slows slowing narrowed narrows narrowing")
CHANGE_UP = (
    words(
        """rose rise rises risen rising increased increase increases increasing grew grow grows
    grown growing climbed climb climbs climbing jumped jump jumps jumping soared soar soars
    surged surge surges gained gain gains gaining added adding advanced advance advances
    rallied rally rallies spiked spike raised raise raises hiked hike expanded expand
    boosted boost up higher upped swelled ballooned"""
    )
    | RATE_UP
)
CHANGE_DOWN = (
    words(
        """fell fall falls fallen falling dropped drop drops dropping declined decline declines
    declining decreased decrease decreases decreasing slipped slip slips slid slide slides
    tumbled tumble plunged plunge plunges sank sink sinks lost lose loses losing shed sheds
    cut cuts cutting down lower lowered reduced reduce reduces reducing dipped dip dips eased
    ease eases retreated retreat slashed slash trimmed trim shrank shrink shrinks shrunk
    contracted contract plummeted plummet slumped slump"""
    )
    | RATE_DOWN
)
# Words of change that are adjectives too ("a slow 20 minutes", "the narrow 3 km road"):
# verbs of change only in their verb's place, after "to" or a modal ("forecast to slow
# from 3% to 2%", "could narrow to 40 from 50"); read as no direction elsewhere
CHANGE_DOWN_HOMOGRAPHS = words("slow narrow")
RATE_CHANGE_VERBS = RATE_UP | RATE_DOWN
MODALS = words("will would shall should can could may might must")
# quotation marks, as tokens: straight and curly, double and single
QUOTE_MARKS = frozenset("'\"\u2018\u2019\u201c\u201d")
# What the size of a change is written in, between its verb and the levels ("rose 12 per
# cent from 30 to 40", "dropped 0.2 percentage point to 4.1% from 4.3%"): the one list both
# the mention finder (numbers.py) and the claims (claims.py) read a change's size with.
CHANGE_SIZE_UNITS: tuple[tuple[str, ...], ...] = tuple(
    tuple(phrase.split())
    for phrase in (
        "percentage points", "percentage point", "basis points", "basis point", "per cent",
        "percent", "pct", "pc", "%", "points", "point", "bps", "cents", "cent", "pence", "p",
    )
)  # fmt: skip
CHANGE_NOUNS_UP = words(
    "increase increases rise rises gain gains jump jumps growth hike hikes surge"
)
CHANGE_NOUNS_DOWN = words(
    "decrease decreases drop drops decline declines fall falls cut cuts reduction"
)
# the verbs and the nouns of a change either way, each union made once
CHANGE_VERBS = CHANGE_UP | CHANGE_DOWN
CHANGE_NOUNS = CHANGE_NOUNS_UP | CHANGE_NOUNS_DOWN

# Adverbs in a claim's clause that narrow what is counted, mapped to their modifier.
NARROWING_ADVERBS = {
    "additionally": "additional", "further": "additional", "newly": "new",
    "initially": "initial", "originally": "initial", "previously": "previous",
}  # fmt: skip
# Verbs that take one kind of object, so the figure after the second may leave out the
# noun said after the first ("killing 10 people and injuring 80"; but "fired 30 rockets,
# killing 2" kills no rockets): lemmas, as the extraction's predicates are.
HARM_VERBS = words("kill injure wound hurt maim shoot stab")
# The words of death and of injury a count of casualties coordinates ("killed or
# wounded", "dead and injured", "died or were hurt"; extract.claims reads their lemmas)
DEATH_WORDS = words("kill killed killing die died dying dead perish perished")
INJURY_WORDS = words("injure injured injuring wound wounded wounding hurt maim maimed")
# Bodies of troops a figure before "-strong" gives the size of ("a 3,000-strong force"):
# a count of military personnel; and groups of people it gives the members of ("a 5
# 600-strong crowd"); nothing else ("a 30-strong fleet", "the 27-strong bloc": no claim)
MILITARY_UNITS = words(
    """force army contingent battalion brigade regiment garrison detachment militia corps
    battlegroup platoon"""
)
PEOPLE_GROUPS = words(
    """crowd workforce delegation team squad group staff mob membership congregation choir
    cast crew party gathering audience board committee cabinet jury panel orchestra gang
    march rally protest demonstration"""
)
# groups of people that may be made of those a count said before ("freed 90 prisoners. A
# second group of 110"): the others' size counts their own members (extract.claims)
GROUPS_OF_ANY = words("group party gang mob gathering")
# Verbs in -ing of fighting whose object is no speaker before "said" ("Rebels fighting
# government forces said", "Protesters clashing with security forces said";
# extract.attribution)
FIGHTING_VERBS = words(
    """fighting battling clashing attacking targeting shelling besieging confronting
    ambushing raiding bombing fleeing escaping resisting defying chasing pursuing"""
)
# The predicate of a count of those killed or wounded, either ("260 soldiers were killed
# or wounded", "dead and injured"): the casualties, as a concept file narrows it
# (extract.claims; match.cluster reads it as that outcome)
CASUALTY_PREDICATE = "casualty"
ARREST_VERBS = words("arrest detain")
SAME_OBJECT_VERBS = (HARM_VERBS, words("hire fire employ dismiss"), ARREST_VERBS)
# Peoples whose plural ends in -us, which is_plural reads as no plural ("12 Hindus"); most
# capitalised words in -us after a figure are brands or names ("40 Airbus", "3 Marcus").
PEOPLES_IN_US = words("hindus hutus zulus")
# What is shot or fired rather than hit: "shot 30 rounds, killing two" kills no rounds.
PROJECTILES = words(
    """round shot bullet arrow rocket missile shell dart pellet grenade projectile canister
    cartridge volley salvo flare time"""
)
# Words that are nouns after a figure ("80 injured", "the wounded") and a figure's verb
# before it ("injured 80 people", "wounded at least 12"; extract.context, extract.nouns).
OBJECT_VERBS = words("injured wounded")
# How badly: between a determiner and "injured"/"wounded" used as an adjective.
SEVERITY_ADVERBS = words(
    "seriously critically severely badly gravely fatally mortally slightly lightly moderately"
)
# Determiners before a figure that narrow it the same way: "another 3,000 troops".
NARROWING_BEFORE = {"another": "additional", "additional": "additional", "extra": "additional",
                    "further": "additional", "more": "additional"}  # fmt: skip

# A figure followed by "of" and one of these counts a part of a figure its sentence gives
# before it ("208,000 of which", "three of whom", "five of them"): it is a part
# (Claim.part), unless a word of WHOLE_BEFORE_PART opens it ("all 12 of them", "the two
# of them").
PART_PRONOUNS = words("which whom them those these it that")
# What opens the whole a partitive count picks from ("two of the bombs", "six of his
# points"; Claim.partitive): an article, a demonstrative or a possessive pronoun.
PARTITIVE_WHOLE = words("the those these his her its their our my your")
WHOLE_BEFORE_PART = words("all the")
# Words that pick a whole between "of the" and its figure: "of the total of 235,000",
# "of the remaining 40", "of the top 10".
WHOLE_WORDS = words("total remaining top last first only")

# Determiners before a bare "dozen" that make it twelve: "his dozen rounds" (those of
# DETERMINERS that pick a known set: not "a", "any", "each", "no"...).
DOZEN_DETERMINERS = words("the his her their its our my your those these this that")

# Verbs of staying (the forms news writes before a state: not "stay", "stayed", which
# take a place more often, "stayed in hospital"), never a noun after a figure: before a
# verb, what they stay is the figure's verb ("31 people remain missing": miss). Not
# "remains", a noun too ("six remains"). (As no counted noun, "31 remain missing",
# held: tests/conftest.HELD_REMAIN.)
STAYING_VERBS = words("remain remained")
AUXILIARIES = words(
    """is are was were be been being am have has had do does did will would shall should can
    could may might must 's 're 've"""
)
PREPOSITIONS = words(
    """to in on at for from with by of into onto near across after before during since
    among against over under between through throughout toward towards within without
    about around per via than like along beside besides beyond despite upon off out up down
    inside outside behind past"""
)
CONJUNCTIONS = words("and or but nor yet so while whereas although though because if unless")
RELATIVES = words("who whom whose which that where when")
# words that open a subordinate clause: what follows them, up to the main clause, is when
# or why, not what a source reports ("When 13 people died, police said, the mayor ...");
# not "as", which opens a figure as often ("As many as 13 people died on Monday, ...")
SUBORDINATORS = words(
    "when whenever after before since until till once while because although though if "
    "unless whereas"
)
DETERMINERS = words(
    """a an the this that these those its their his her our your my some any each every all
    both either neither no such what whatever which another other"""
)
# Words that end a noun phrase, none a modifier of its head ("at the", "and their"):
# claims, after a "-strong" figure and after "as long as 50 percent"; attribution, in an
# addressee's words
PHRASE_BOUNDS = PREPOSITIONS | CONJUNCTIONS | DETERMINERS
# Comparatives, which a figure's counted noun may be taken from ("13 more than Buford")
COMPARATIVES = words("more most less least fewer")
# What counts nothing when the extractor takes it for the counted noun: a determiner ("tied
# the game at 13-all"), a comparative, a number word ("the nineteen seventies"): a group's
# label names its head 'figure' (model.concept_words)
NOT_COUNTED = DETERMINERS | COMPARATIVES | NUMBER_WORDS
PRONOUNS = words("it he she they we i you them him us me there here one ones")
# the personal pronouns in the subject's case: no name, nor a half of one ("He and Jones")
PERSONAL_PRONOUNS = words("he she it they we i you")
# Adjectives common in front of counted nouns; with the suffix rules in nouns.py they tell
# modifiers ("additional", "injured") from parts of a compound noun ("transmission").
COMMON_ADJECTIVES = words(
    """additional new old more other several many few such small large big huge heavy light
    former current total combined initial first last next previous recent early late young
    elderly senior junior top key major minor main local foreign domestic military civilian
    armed injured wounded dead missing killed displaced stranded wanted unarmed active
    retired full part high low long short public private free own separate extra further
    various different similar same whole entire only single double triple certain
    estimated reported confirmed suspected alleged possible potential likely unknown
    annual monthly weekly daily average median net gross real nominal underlying regular
    special federal national international regional municipal urban rural northern southern
    eastern western central overseas"""
)
# Adjectives in -ly, no adverb before a noun: "30 daily flights", "12 elderly residents"
# (not "early", "only", "likely": "40 early today", "12 likely face charges")
LY_ADJECTIVES = words("elderly hourly daily weekly monthly quarterly yearly")
ADJECTIVE_SUFFIXES = (
    "al", "ive", "ous", "ful", "less", "able", "ible", "ic", "ary", "ish", "ese", "ian",
    "ean", "ent", "ant", "ile", "ical",
)  # fmt: skip
# Nouns that end like adjectives; a suffix rule must not take them for modifiers.
NOUNS_LIKE_ADJECTIVES = words(
    """official officials individual individuals professional professionals criminal criminals
    rival rivals arrival arrivals animal animals hospital hospitals terminal terminals signal
    signals missile missiles vehicle vehicles agent agents patient patients resident residents
    student students client clients participant participants migrant migrants immigrant
    immigrants applicant applicants tenant tenants defendant defendants servant servants
    inhabitant inhabitants plant plants incident incidents percent cent cents event events
    component components parent parents president presidents accident accidents
    rental rentals capital capitals total totals mammal mammals journal journals trial
    trials civilian civilians musician musicians politician politicians technician
    technicians physician physicians veteran veterans guardian guardians pedestrian
    pedestrians librarian librarians historian historians comedian comedians ferry
    military militia secretary secretaries dignitary dignitaries adversary adversaries
    salary salaries mercenary mercenaries missionary missionaries library libraries
    diary diaries summary summaries boundary boundaries anniversary primary primaries
    stationary vessel vessels nationals local locals chemical chemicals periodical
    mechanic mechanics clinic clinics republic republics medic medics graphic graphics
    topic topics cleric clerics critic critics fabric fabrics tonic traffic"""
)
# words in -ed that are no verb's past: a number, nouns, adjectives ("three hundred", "a
# red car"; extract.context's forms that are no verb, extract.attribution's lead-in verbs)
NOT_PAST_ED = words("hundred kindred indeed red bed seed deed")
# Plural nouns kept as they are: the singular reads oddly as a unit.
KEEP_PLURAL = words("people personnel police staff cattle livestock data media")
PLURAL_ONLY = words(
    """people personnel police staff children men women troops cattle livestock aircraft
    sheep deer fish crew crews militia infantry clergy youth offspring series species
    spacecraft headquarters data media teeth feet geese mice"""
)
# Words ending in "s" that are not plural nouns.
NOT_PLURAL = words(
    """radius genius chorus octopus iris alias ethos pathos kudos
    is was has its his this thus us as yes plus minus bus gas news series species
    always perhaps across famous various serious previous numerous enormous dangerous
    obvious anonymous continuous tremendous means less unless besides towards afterwards
    whereas nevertheless regardless headquarters chaos status campus census virus focus
    bonus consensus corpus genus lens bias atlas canvas crisis basis analysis thesis
    diagnosis emphasis hypothesis synopsis axis oasis apparatus surplus stimulus"""
)
# Nouns that begin with a letter and a hyphen, which quantulum3 reads as a unit after a
# figure ("20 t-shirts" as tonnes); a letter before a number ("30 m-16 rifles") is one too.
LETTER_COMPOUNDS = words(
    """t-shirt t-bone t-bill u-boat u-turn x-ray e-mail e-bike e-book c-section h-bomb
    g-force v-neck k-pop a-level"""
)
# Words after a figure and a glued "m" that make it metres: "30m tall", "5m away"; before
# anything else it is a million ("35m of its devices").
METRE_CONTEXT = frozenset(
    """tall high long wide deep away across below beneath above apart thick in into from
    under over and or to by sq square cubic""".split()
)
# A word of place that makes it metres where it ends its phrase ("trapped about 800m
# underground"), not before a noun it qualifies ("800m underground car park": millions).
# Not offshore, overhead, underwater, upstream, inland or downstream, which are as often
# money's or a mortgage's ("moved 800m offshore", "cut 15m overhead", "1.5m underwater on
# their mortgages", "invest 900m upstream": a review)
METRE_PLACES = words("underground")
# Races and events a distance in metres names, after a figure and a glued "m" with no
# currency sign before it, where the race (or a run of them) ends its noun phrase: "won
# the 100m final in 9.58 seconds", "the 400m hurdles final on Sunday" are metres
# ("$100m final payment", "100m people", "1m heat pumps", "2m race tickets" stay
# millions): extract.numbers._noun_follows
# Things a length is given for, singular, after a figure and a glued "m": metres ("the
# 400m ship", "a 50m pool", "a 3,000m runway"); a million counts a plural ("2m boats") or
# another noun ("a 10m deal"). Not "drop", "fall" or "wave", as often a change's or a
# crowd's ("a 5m drop in sales")
METRE_NOUNS = words(
    """ship vessel boat yacht ferry tanker freighter barge tower wall fence bridge tunnel
    cliff crater sinkhole pipe pipeline cable pool radius zone corridor mast crane
    antenna statue dam embankment runway cordon perimeter"""
)
# What a glued "m" and a hyphen before them make a million of, not metres: units that are
# no length and words of a count ("a 1.5m-barrel cut", "a 2m-tonne shipment", "a
# 2m-strong union", "a 10m-plus audience", "a 100m-year-old fossil"; "a 40m-span", "the
# 2m-rule" are metres)
MILLION_COMPOUNDS = words(
    """barrel barrels tonne tonnes ton tons litre litres liter liters gallon gallons
    dollar dollars euro euros pound pounds strong plus year"""
)
METRE_EVENTS = words(
    """final finals race races sprint sprints freestyle hurdles relay relays dash
    breaststroke backstroke butterfly medley steeplechase heat heats semifinal semifinals"""
)
TIME_UNITS = {
    "second": "second", "seconds": "second", "sec": "second", "secs": "second",
    "minute": "minute", "minutes": "minute", "min": "minute", "mins": "minute",
    "hour": "hour", "hours": "hour", "hr": "hour", "hrs": "hour",
    "day": "day", "days": "day", "week": "week", "weeks": "week",
    "fortnight": "fortnight", "fortnights": "fortnight",
    "month": "month", "months": "month", "year": "year", "years": "year",
    "decade": "decade", "decades": "decade", "century": "century", "centuries": "century",
}  # fmt: skip
# Words that make "the first two months" or "two months ago" a time frame, not a claim.
TIME_FRAME_BEFORE = words(
    "first last past next previous coming final following preceding recent initial early late"
)
TIME_FRAME_AFTER = words("ago earlier later before after beforehand since hence")

# Nouns for a person in lower case: what a relative is to someone ("the son of"), and
# anyone named by role or kin ("the gunman", "the actress", "his mother"). The owner of a
# figure reads them (match.owners: another person than the one named); so does an age
# ("the actress, 26, was").
RELATIVE_NOUNS = words(
    """father mother son daughter wife husband brother sister widow widower uncle aunt
    nephew niece cousin grandson granddaughter grandfather grandmother boyfriend girlfriend
    fiance fiancee friend partner"""
)
PERSON_NOUNS = RELATIVE_NOUNS | words(
    """man woman men women boy girl child toddler infant baby teenager gunman suspect
    victim mayor manager host coach player officer chief president minister governor
    leader boss owner driver mentor rival predecessor successor actor actress singer
    director producer judge teacher student worker employee pilot soldier doctor nurse
    star candidate winner agent spokesman spokeswoman spokesperson chairman chairwoman
    lawyer attorney captain senator deputy assistant colleague teammate prosecutor"""
)
# the person nouns that say a sex ("a 58-year-old man", "a 61-year-old woman"): two ages
# of a man and of a woman are two people's (match.cluster)
SEXED_NOUNS = {
    **dict.fromkeys(
        words(
            """man men boy boys male father husband son brother uncle nephew grandson
            grandfather widower boyfriend fiance gentleman schoolboy dad spokesman
            businessman policeman fireman sportsman stepfather stepson monk"""
        ),
        "male",
    ),
    **dict.fromkeys(
        words(
            """woman women girl girls female mother wife daughter sister aunt niece
            granddaughter grandmother widow girlfriend fiancee lady schoolgirl mum mom
            actress spokeswoman chairwoman businesswoman policewoman sportswoman
            stepmother stepdaughter nun waitress bride"""
        ),
        "female",
    ),
}
# the plural-only nouns (PLURAL_ONLY) that name people: such a word alone that opens a
# sentence is a description ('Troops said'), not 'Fish said' nor 'Data said'
# (extract.document)
PLURAL_PEOPLE = words(
    "people personnel police staff children men women troops crew crews militia infantry clergy "
    "youth"
)
# plural-only words for a body that speaks as a description does ('Headquarters said' is
# headquarters), though it names no people (extract.document; not a toll's noun)
PLURAL_DESCRIPTIONS = PLURAL_PEOPLE | words("headquarters")
# the endings of a noun for who does something ('investor', 'protester', 'scientist',
# 'attendant', 'resident'), not '-ian' or '-ic' ('Palestinians', 'Catholics': peoples and
# faiths, names) (extract.document)
AGENT_ENDINGS = ("er", "or", "ist", "ant", "ent")
# nouns for people that no ending or other list tells (extract.claims: who a toll counts)
MORE_PERSON_NOUNS = words(
    """person troop pilgrim inmate hostage rebel monk nun priest kid adult pupil teen fan
    guest cop marine guard captive casualty body witness thief pirate cadet"""
)
# nouns for those who belong to a body or stand for it ("40 KPH firefighters": a unit's
# members, no speed: extract.units; agent endings alone would take devices too: "90 KPH
# blowers")
MEMBER_NOUNS = words(
    """member supporter lawmaker legislator official activist delegate cadre voter fighter
    councillor councilor militant loyalist follower volunteer representative politician
    firefighter"""
)
# The ending of a people's name or its adjective ("Syrian", "Chinese", "Iraqi"): what
# "pounds" of money need before them ("Syrian pounds", not "5 Heavy pounds", units), and
# no model's name after digits ("3 400 Ukrainians": a thousands' space, nouns)
PEOPLE_END = re.compile(r"(?:an|ese|ish|ic|i|ch)$")
# Words that can stand in a source's noun phrase besides capitalised words
# (extract.attribution's SOURCE_NOUNS: these and NEWS_SPEAKERS): "officials said", "the
# state news agency reported", "the mayor said"
SOURCE_NOUNS_CORE = words(
    """agency agencies ministry military army police officials official spokesman spokeswoman
    spokesperson government authorities authority media analysts analyst experts expert
    sources source witnesses witness residents report reports statement service services
    intelligence office department council court prosecutors prosecutor investigators
    doctors hospital company firm group organisation organization committee commission
    survey study data figures spy defense defence health state news newspaper broadcaster
    chief chiefs staff minister president leader head director secretary general commander
    coast guard rescuers rescue team union board bank fund institute center centre
    observatory he she it they we i local officer officers mayor governor regional federal
    national state-run state-owned foreign interior force forces mission missions
    coalition alliance air security"""
)
# Who else speaks in news, in lower case (extract.attribution's SOURCE_NOUNS takes them):
# "..., firefighters said", "the coroner said", "according to paramedics" were no source.
# Common nouns only, none a title written before a name ("Judge", "Sgt.", "Senator": a
# title capitalised changes which words are a name) and none a description that an
# owner's possessive often makes no source's ("the suspect's lawyer", "the victim's family")
NEWS_SPEAKERS = words(
    # fire, rescue and medical services
    """firefighter firefighters fireman firemen brigade brigades paramedic paramedics medic
    medics lifeguards responders rescuer crew crews doctor coroner coroners examiner """
    # police and investigators
    """troopers deputy deputies detectives investigator inspectors agents """
    # government and diplomacy
    """spokesmen spokeswomen spokespeople lawmakers legislators diplomats aides negotiators
    mediators regulator regulators watchdog administration diplomat """
    # experts
    """economist economists researcher researchers scientist scientists forecaster
    forecasters meteorologists seismologists geologists """
    # civil society and firms
    """monitors observers activist activists organiser organisers organizer organizers
    campaigners charity charities volunteers airline airlines executives management
    delegation delegations """
    # armed forces and the people on the scene
    """troops soldier soldiers rebels militants survivors eyewitness eyewitnesses villager
    villagers neighbours neighbors passengers relatives"""
)
# those of NEWS_SPEAKERS who speak of a person, not for a body: before a name in an
# appositive ("The suspect's doctor, Jane Doe, said", "A doctor, Jane Doe, said") the name
# speaks, as after any description that is no source
NEWS_SPEAKER_RELATIONS = words("doctor neighbours neighbors relatives")
# Emergency telephone numbers, and the nouns after one that show it is the number ('911
# calls', 'a 999 call', '112 operators'), not a count of them.
EMERGENCY_NUMBERS = frozenset({"911", "999", "112"})
EMERGENCY_NOUNS = words(
    """call calls caller callers dispatcher dispatchers operator operators center centers
    centre centres system line lines tape tapes recording recordings emergency emergencies
    service services"""
)
# What links the two numbers of a ratio written in words: "one out of three Germans", "nine
# out of every 10": a share of the whole, not a count of it. Not yet "in" ("1 in 5
# residents", "one in every 500 users"): "42 in 1995" shows it needs a test that the whole
# is no year, and reading it moves development claims the shipped pair model is fitted on
# (a refit).
RATIO_LINKS = (("out", "of", "every"), ("out", "of"))  # (the longest first: tried in order)
# Designators that name even before a noun phrase and at a sentence's opening ("Section
# 230 of the Communications Decency Act", "Flight 370 passengers", "Windows 11 users"):
# words that cite a part of a text or name a flight, road, mission or product, never a
# verb or a gerund opening a sentence ("Building 300 homes will cost", "Order 300 copies
# now": counts), nor a rank ("No. 5 seed Indiana State", "No. 1 Tar Heels": which reports
# may give differently), nor a headline's subject ("Army 300 troops", "Police 300 officers").
DESIGNATORS = words(
    """article articles section sections chapter chapters clause clauses paragraph
    resolution resolutions amendment title annex appendix psalm verse episode volume vol
    flight route highway interstate apollo windows iphone day"""
)
# Capitalised designators whose number is an identifier, not a quantity (extract.claims'
# _identifier; and units.glued_name: "seat 12C"): DESIGNATORS, which name even before a
# noun phrase and at a sentence's opening (its _designated), and these others, which
# those alone read (so DESIGNATORS is their subset, each word written once; every reader
# strips a word's full stop: "No." is "no").
IDENTIFIER_NOUNS = DESIGNATORS | words(
    """flights room rooms pier gate gates berth platform terminal terminals no number
    page pages figure table bill bills act rule rules level phase stage round game week
    unit units version model type class grade lot district ward precinct block building
    floor exit lane channel track season issue item line station apartment suite box code
    reference ref case file order decree law regulation protocol directive schedule part
    division battalion brigade regiment company squadron corps fleet army group league
    category seat seats row bed beds cabin junction junctions"""
)
STREET_SUFFIXES = words(
    """street st st. avenue ave ave. road rd rd. boulevard blvd blvd. lane ln drive dr
    way place pl square sq court ct terrace parkway pkwy highway hwy crescent close"""
)
# the points of the compass, as words of place ("40 miles south of", "the north of")
COMPASS_POINTS = words("north south east west northeast northwest southeast southwest")
TIME_ZONES = words("gmt utc bst cet cest est edt cst cdt mst mdt pst pdt kst jst ist local")
# Verbs of saying, as lemmas: "officials said 3,600 were deployed" is the report's verb,
# not the figure's (extract.context.predicate)
SPEECH_LEMMAS = words(
    """say tell state report add announce claim note warn confirm estimate cite believe
    explain write reveal insist acknowledge indicate disclose suggest testify assert allege"""
)
# What a group's label leaves out of its brackets (match.cluster.label and its
# _verb_shown), as lemmas. Verbs that say how a figure was told or known, not what happened
# to it ("described the 43-year-old", "saw a crater about two metres wide") ...
# ("called up 3,000 reservists", "named three new directors" say what happened: not here)
KNOWING_LEMMAS = SPEECH_LEMMAS | words("describe identify see hear know think talk")
# ... light verbs, whose object says the event ("made an eight-year offer", "came one day
# after", "is used by about 70 percent", "took place about 150 nautical miles") ...
LIGHT_LEMMAS = words("be have do make give take get come go put hand bring keep let use")
# (knowing and light verbs stay where the counted noun's concept is an event, one with
# `predicates` or `event: true`, as it may be the noun's alone: "identified three
# suspects" is 'arrested (identified)', for 'arrested' alone would say they were) ...
# ... linking verbs, which say what something becomes or seems ("turned 68", "becoming the
# first physician under 40") ...
LINKING_LEMMAS = words("become turn seem appear")
# ... verbs of relation, which place a figure in a whole, not an event ("including two
# children", "depending on the weather", "societies representing 20,000 scientists"; not
# contain: "crews have contained 40 percent of the blaze" says what happened) ...
RELATION_LEMMAS = words("include exclude depend represent involve comprise concern")
# ... and verbs of feeling where they are adjectives of a thing: an -ing participle ("a
# frustrating 31-24 defeat", "an agonizing 41-year odyssey") or a participle between a
# determiner or possessive and the figure ("Friday's dispirited 88-72 loss"); a finite
# verb says what happened ("Xavier stunned Duke 78-70": 'figure (stunned)')
FEELING_LEMMAS = words(
    """frustrate disappoint surprise agonize dispirit amaze astonish shock stun please
    delight excite bore worry annoy embarrass impress depress discourage encourage thrill
    disturb trouble alarm upset satisfy"""
)
# Words the extractor may take for a figure's verb that are no verb ("just 4.5 pounds", "the
# key 12-0 run", "only 3 games", "a whopping 40 percent"): adverbs, common adjectives and
# adjectives in -ing, never shown as a verb in a label, even where it would tell two groups
# of a story apart (match.cluster._verb_as_written; the extractor's own list of forms that
# are no verb is extract.context._NO_VERB_FORMS)
# Adverbs between a figure or its auxiliary and its verb, which neither are the counted
# noun nor hide the verb ("with 30 still missing", "37 people were still missing"):
# context.adverb_before_verb
ADVERBS = words("also still just only even now then already again ever never soon almost")
# ... and those read so there only ("with 30 later found alive" reads as "with 30 found
# alive"): context.adverb_before_verb
VERB_ADVERBS = ADVERBS | words("later")
ING_ADJECTIVES = words(
    """whopping forthcoming remaining upcoming ongoing outstanding existing neighbouring
    neighboring ruling governing outgoing incoming reigning"""
)
TAKEN_FOR_VERBS = ADVERBS | COMMON_ADJECTIVES | ING_ADJECTIVES
# Sentence adverbs that open no name ("Later Doe added", "Meanwhile Smith said": Doe's,
# Smith's; not "now", "today", "further", "still", "even": "Now Magazine", "Today",
# "Further Education Funding Council" are names); extract.attribution's.
SENTENCE_ADVERBS = words(
    """meanwhile however later also already then yet instead again earlier separately
    moreover thus hence otherwise yesterday"""
)
SPEECH_VERBS_PAST = words("said told stated added reported announced claimed estimated")
# Prepositions in -ing: after "X said," no clause that goes on with X's report ("...,
# witnesses said, following a vigil", "including 3 children"; extract.attribution)
ING_PREPOSITIONS = words(
    """including according citing quoting excluding following regarding concerning
    considering during pending barring notwithstanding beginning starting ending"""
)
# Participles of a speaker's circumstances, no report of it: "..., the governor said,
# speaking to 300 supporters", "..., officials said, declining to give his age, 34"
ING_CIRCUMSTANCES = words(
    """speaking talking addressing writing appearing responding replying answering
    declining refusing reacting smiling standing sitting visiting wearing holding looking
    arriving leaving returning travelling traveling touring"""
)
# Adjectives of a figure's status before a body's data, no body ("official figures",
# "the latest data", "provisional estimates"; COMMON_ADJECTIVES holds the others)
STATUS_ADJECTIVES = words("official preliminary provisional latest")

# Counted nouns whose figure after "rose", "fell", "gained" is the size of a change.
CHANGE_MEASURE_NOUNS = words(
    """point points place places spot spots position positions notch notches seat seats
    rank ranks basis"""
)
# A rate's word as the time unit it names ("per annum", "per hr", "per yr", "per mo")
RATE_TIMES = TIME_UNITS | {"annum": "year", "yr": "year", "yrs": "year", "mo": "month",
                           "mos": "month"}  # fmt: skip
# Units of "per" after a price or a rate: "$3,500 a month", "9 billion shekels a year".
PER_WORDS = words(
    """second minute hour day week month year quarter night share person head capita gram
    kilogram kilo pound ounce ton tonne litre liter gallon barrel unit piece seat mile
    kilometre kilometer metre meter foot acre hectare household student patient employee
    visit session game match ride trip ticket"""
)
# What a speaker may be said to have told besides a person: a gathering, a body or a
# medium, the last word of the one spoken to ("told a news conference", "told state
# television", "told the Senate committee"; extract.attribution)
ADDRESSEE_NOUNS = words(
    """conference conferences briefing briefings television radio media broadcaster
    agency station committee hearing programme program newspaper channel panel summit
    session meeting parliament assembly audience"""
)
# Verbs that make "up" or "down" a particle rather than a direction: "gave up 517 yards".
PHRASAL_PARTICLE_VERBS = words(
    """gave give gives giving picked pick picks set sets made make makes took take takes
    shut put puts back backs locked lock summed sum sums ran run runs racked rack racks
    rounded round rounds chalked chalk broke break breaks wound wind"""
)

# Irregular verb forms and their base form (extract.context.lemma; the timeline's pasts of
# verbs of change: rules.timeline)
IRREGULAR = {
    "sent": "send", "said": "say", "fled": "flee", "struck": "strike", "took": "take",
    "taken": "take", "lost": "lose", "left": "leave", "held": "hold", "built": "build",
    "shot": "shoot", "brought": "bring", "caught": "catch", "won": "win", "fell": "fall",
    "fallen": "fall", "rose": "rise", "risen": "rise", "grew": "grow", "grown": "grow",
    "went": "go", "gone": "go", "came": "come", "made": "make", "gave": "give",
    "given": "give", "found": "find", "paid": "pay", "sold": "sell", "bought": "buy",
    "spent": "spend", "saw": "see", "seen": "see", "told": "tell", "kept": "keep",
    "met": "meet", "ran": "run", "stood": "stand", "led": "lead", "fought": "fight",
    "thought": "think", "sought": "seek", "drew": "draw", "drawn": "draw", "drove": "drive",
    "driven": "drive", "flew": "fly", "flown": "fly", "withdrew": "withdraw",
    "withdrawn": "withdraw", "began": "begin", "begun": "begin", "been": "be", "was": "be",
    "were": "be", "is": "be", "are": "be", "had": "have", "has": "have", "did": "do",
    "done": "do", "shown": "show", "known": "know", "knew": "know", "threw": "throw",
    "thrown": "throw", "blew": "blow", "blown": "blow", "stole": "steal", "stolen": "steal",
    "chose": "choose", "chosen": "choose", "wrote": "write", "written": "write",
    "broke": "break", "broken": "break", "spoke": "speak", "spoken": "speak", "sank": "sink",
    "sunk": "sink", "shrank": "shrink", "shrunk": "shrink", "swept": "sweep", "dealt": "deal",
    "meant": "mean",
    "felt": "feel", "lent": "lend", "fed": "feed", "hid": "hide", "hidden": "hide",
    "wore": "wear", "tore": "tear", "torn": "tear", "froze": "freeze", "frozen": "freeze",
    "got": "get", "gotten": "get", "taught": "teach", "laid": "lay", "heard": "hear",
    "understood": "understand", "sat": "sit", "slid": "slide", "beat": "beat",
    "beaten": "beat", "bit": "bite", "rode": "ride", "arose": "arise", "bore": "bear",
    "borne": "bear", "overran": "overrun", "undertook": "undertake", "hit": "hit",
    "put": "put", "set": "set", "cut": "cut", "hurt": "hurt", "shut": "shut", "let": "let",
    "quit": "quit", "spread": "spread", "cost": "cost", "upheld": "uphold",
    "withheld": "withhold", "forgave": "forgive", "sped": "speed", "lit": "light",
    "dug": "dig", "swung": "swing", "stuck": "stick", "struck down": "strike",
}  # fmt: skip
# the verbs that make a range the spread of what a set's members have ("sentences ranging
# from seven to 75 years": Claim.spread): past and participle only, what the members had
# ("could range from 3,000 to 5,000", "expected to range between", "in the range" are
# an estimate's bounds)
SPREAD_VERBS = words("ranged ranging")
# past participles spelt as their verb's base form, which IRREGULAR leaves out because
# the same word is as often a noun ("a 12-2 run"): read as participles only right before
# "by" ("schools run by 40 councils")
BASE_PARTICIPLES = words("run come become overcome overrun outrun")


# What a percentage measures, as economic and political copy names it: its words (lower
# case, in order) -> one name for each measure, so that two outlets' words for one
# measure read alike ("the jobless rate" and "unemployment"), and two measures never
# share a word of their names (the matcher keeps apart figures whose measures share no
# word: "interest rate" at 7.25% and "unemployment" at 7.25%). Only words that name one
# measure: not "rate", "prices", "growth", "debt", "deficit" or "yield" alone ("wage
# growth", "energy prices", "household debt", "a trade deficit", "crop yields").
PERCENT_MEASURES: dict[tuple[str, ...], str] = {
    tuple(phrase.split()): name
    for name, written in {
        "interest rate": ["interest rate", "interest rates", "policy rate", "benchmark rate",
                          "benchmark interest rate", "key rate", "key interest rate",
                          "base rate", "repo rate", "refinancing rate", "main rate",
                          "main interest rate"],
        "inflation": ["inflation", "consumer prices", "consumer price index", "cpi",
                      "consumer price inflation", "inflation rate"],
        "unemployment": ["unemployment", "unemployment rate", "jobless rate",
                         "joblessness"],
        "economic growth": ["gdp", "gross domestic product", "economy", "economic growth",
                            "gdp growth"],
        "budget deficit": ["budget deficit", "fiscal deficit"],
        "public debt": ["public debt", "government debt", "national debt"],
        "turnout": ["turnout", "voter turnout"],
        "bond yield": ["bond yield", "bond yields"],
    }.items()
    for phrase in written
}  # fmt: skip


# Who speaks for a body in a source's name ("Rudavian defence ministry spokesman Col.
# Piotr Amsel"): the body before such a word is the source too (rules.checks._one_source)
SPEAKER_ROLES = words("spokesman spokeswoman spokesperson spokesmen spokeswomen spokespeople")
# words before the role that say the speaker no longer, or not yet, speaks for the body
# ("former defence ministry spokesman", "shadow defence ministry spokesman")
SPEAKS_NO_MORE = words("former ex shadow")


# What else may happen to those a count counts, besides what a concept file's predicates
# say (killed, injured, displaced): a verb's lemma -> the outcome, read by the matcher to
# keep counts of different fates apart ("12 people are still missing" / "killed 12
# people", "30 were arrested" / "30 were injured"), never as what is counted (a concept
# file's predicate would narrow the counted concept too, and move the pair model's
# features). Not "rescue" or "save": a rescue is as often an intention ("racing to rescue
# 12 missing miners") and the same people as an evacuation ("rescued 40" / "evacuated
# 40"), which a review found split. "Released" (from hospital, from custody) is no count
# of the dead nor of those still held ("six were released by Wednesday afternoon")
FATE_VERBS = (
    {"miss": "missing"}
    | dict.fromkeys(ARREST_VERBS, "arrested")
    | dict.fromkeys(("release", "discharge"), "released")
)


# Another event of the story's kind, which a background sentence names with its year ("In
# 2019, a similar flood killed 31 people", "A previous outbreak in 2023 killed 38"): the
# words that say it is another one ("the last comparable disaster"), and the nouns of
# events (generic: any story's kind, singular) they may qualify. A figure of that event is
# not one of this story's (extract.scope.earlier)
EARLIER_WORDS = words("similar previous earlier prior comparable last")
# the determiners of a noun phrase that names one thing ("a similar flood", "its last
# national strike"): articles and possessives of a body
OWN_DETERMINERS = words("a an the its their")
# the events of a moment among them (scope._DATED_EVENT), not those that last (a war, a
# strike, an outbreak, a spill, a trial)
SUDDEN_EVENTS = words(
    "disaster catastrophe tragedy incident flood quake earthquake tremor storm hurricane "
    "typhoon cyclone tornado tsunami fire blaze wildfire explosion blast attack bombing "
    "shooting massacre crash accident collision derailment sinking shipwreck landslide "
    "avalanche eruption collapse stampede crush riot clash sinkhole mudslide rockslide leak"
)
EVENT_NOUNS = SUDDEN_EVENTS | words(
    "flooding outbreak epidemic pandemic drought famine unrest crisis war conflict strike "
    "election vote referendum case trial scandal spill fraud"
)


# Participles that after a figure make it a threshold, what is needed rather than
# what is ("five short of the 76 needed to govern alone", "76 seats required for a
# majority"): the matcher keeps such a figure from one that is not ("76 seats" an exit
# poll gave)
THRESHOLD_PARTICIPLES = words("needed required")
# the goals such a participle names ("needed to govern", "required for a majority"):
# without one, "needed to be hospitalised", "needed for the rescue", it is what happened
THRESHOLD_GOALS = {
    "to": words(
        "win govern form secure pass qualify clinch override block reach avoid break "
        "approve adopt ratify elect convict impeach amend overturn"
    ),
    "for": words("majority quorum win victory passage approval qualification title"),
    # goals said only after a verb of need ("needs 100,000 kettles returned to meet its
    # conditions"), not after the participle ("sent the 40 trucks needed to meet demand":
    # they were sent)
    "need": words("meet"),
}

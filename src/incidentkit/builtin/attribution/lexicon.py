"""Vocabulary of attribution: reporting verbs and their stances, channels, source nouns.

Data only, kept apart from the matching code (``_extract.py``) so it can be
read, reviewed and extended in one place. Every table is an immutable mapping
or frozenset; the matching code compiles patterns from them once.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from incidentkit.vocab import Stance

__all__ = [
    "BASE_FORMS",
    "CAPITALS",
    "CHANNELS",
    "CHANNEL_WORDS",
    "COUNTRY_DEMONYMS",
    "DEMONYMS",
    "FEMALE_NAMES",
    "FEMALE_TITLES",
    "GROUP_MODIFIERS",
    "GROUP_NOUNS",
    "IMPERSONAL_PARTICIPLES",
    "MALE_NAMES",
    "MEDIA_NAME_HEADS",
    "NEEDS_OBJECT",
    "NEEDS_THAT",
    "ORG_HEADS",
    "RANKS",
    "REPORT_NOUNS",
    "ROLE_NOUNS",
    "STOP_WORDS",
    "TITLE_WORDS",
    "VERBS",
    "VERB_STANCE",
]

#: Reporting verbs: every inflected form → its lemma. Participles in ``-ing``
#: (``saying``, ``adding``) are left out on purpose: FORMAT.md does not count a
#: follow-on participle as a new attribution.
VERBS: Mapping[str, str] = MappingProxyType({
    form: lemma
    for lemma, forms in {
        "say": ("say", "says", "said"),
        "write": ("write", "writes", "wrote"),
        "report": ("report", "reports", "reported"),
        "state": ("states", "stated"),
        "announce": ("announce", "announces", "announced"),
        "inform": ("informs", "informed"),
        "read": ("reads",),  # "the statement reads": only with a document for subject (see _extract)
        "add": ("add", "adds", "added"),
        "tell": ("tell", "tells", "told"),
        "note": ("note", "notes", "noted"),
        "stress": ("stress", "stresses", "stressed"),
        "explain": ("explain", "explains", "explained"),
        "specify": ("specify", "specifies", "specified"),
        "clarify": ("clarify", "clarifies", "clarified"),
        "warn": ("warn", "warns", "warned"),
        "estimate": ("estimate", "estimates", "estimated"),
        "post": ("post", "posts", "posted"),
        "publish": ("publish", "publishes", "published"),
        "list": ("list", "lists", "listed"),
        "name": ("name", "names", "named"),
        "call": ("call", "calls", "called"),
        "argue": ("argue", "argues", "argued"),
        "suggest": ("suggest", "suggests", "suggested"),
        "share": ("share", "shares", "shared"),
        "release": ("release", "releases", "released"),
        "speak": ("speak", "speaks", "spoke"),
        "offer": ("offers", "offered"),
        "confirm": ("confirm", "confirms", "confirmed"),
        "acknowledge": ("acknowledge", "acknowledges", "acknowledged"),
        "concede": ("concede", "concedes", "conceded"),
        "admit": ("admit", "admits", "admitted"),
        "claim": ("claim", "claims", "claimed"),
        "insist": ("insist", "insists", "insisted"),
        "allege": ("allege", "alleges", "alleged"),
        "blame": ("blame", "blames", "blamed"),
        "frame": ("frame", "frames", "framed"),
        "accuse": ("accuse", "accuses", "accused"),
        "describe": ("describe", "describes", "described"),
        "characterise": ("characterises", "characterised", "characterizes", "characterized"),
        "assert": ("asserts", "asserted"),
        "reveal": ("reveals", "revealed"),
        "disclose": ("discloses", "disclosed"),
        "reiterate": ("reiterates", "reiterated"),
        "recall": ("recalls", "recalled"),
        "comment": ("comments", "commented"),
        "emphasise": ("emphasises", "emphasised", "emphasizes", "emphasized"),
        "tweet": ("tweets", "tweeted"),
        "assess": ("assesses", "assessed"),
        "believe": ("believe", "believes"),
        "caution": ("caution", "cautions", "cautioned"),
        "deny": ("deny", "denies", "denied"),
        "dismiss": ("dismiss", "dismisses", "dismissed"),
        "dispute": ("dispute", "disputes", "disputed"),
        "reject": ("reject", "rejects", "rejected"),
        "refute": ("refute", "refutes", "refuted"),
    }.items()
    for form in forms
})

#: Uninflected forms: a main-clause verb only after a plural subject
#: (``Residents report``, ``Officials insist``), never after ``did``/``to``.
BASE_FORMS = frozenset(
    form for form, lemma in VERBS.items() if form == lemma
)

#: Lemma → stance when the source is named. Lemmas not listed are ``stated``.
#: ``describe`` is a characterisation: claimed when a named source does it,
#: hearsay (reported) for unnamed ones like every other verb.
VERB_STANCE: Mapping[str, Stance] = MappingProxyType({
    "confirm": Stance.CONFIRMED,
    "acknowledge": Stance.CONFIRMED,
    "concede": Stance.CONFIRMED,
    "admit": Stance.CONFIRMED,
    "claim": Stance.CLAIMED,
    "insist": Stance.CLAIMED,
    "allege": Stance.CLAIMED,
    "blame": Stance.CLAIMED,
    "frame": Stance.CLAIMED,
    "accuse": Stance.CLAIMED,
    "describe": Stance.CLAIMED,
    "characterise": Stance.CLAIMED,
    "assert": Stance.CLAIMED,
    "deny": Stance.DENIED,
    "dismiss": Stance.DENIED,
    "dispute": Stance.DENIED,
    "reject": Stance.DENIED,
    "refute": Stance.DENIED,
})

#: Stances an unnamed source keeps (``Ukrainian media claimed``); any other
#: verb with an unnamed source is hearsay: ``reported``.
UNNAMED_KEEPS = frozenset({Stance.DENIED})
#: Lemmas whose claimed stance an unnamed source keeps (``Officials insist``).
UNNAMED_CLAIM_LEMMAS = frozenset({"claim", "insist", "allege", "accuse", "blame"})

#: Verbs that report only with an object after them (``told reporters``,
#: ``called the strike an act of terror``, ``named X as``, ``spoke of``).
NEEDS_OBJECT = frozenset({"tell", "call", "name", "speak", "offer", "share", "release", "list", "publish",
                          "frame", "blame", "describe", "accuse", "characterise"})
#: Objects after which ``call`` summons rather than characterises (``called residents to``).
CALLED_PEOPLE = frozenset({"residents", "people", "citizens", "everyone", "everybody", "locals",
                           "ambulance", "ambulances", "police", "firefighters", "rescuers", "emergency"})

#: Verbs that report only with a ``that`` clause, a quote or a colon after them
#: (``warned that``), since their other uses are not reports (``warned residents``).
NEEDS_THAT = frozenset({"caution", "warn", "estimate", "post", "suggest", "argue", "recall", "comment",
                        "assess"})

#: ``call`` followed by these is not a report (``called on residents``).
CALL_PARTICLES = frozenset({"on", "for", "off", "up", "in", "out", "back"})
#: Objects that make ``share``/``post`` a report (``share videos of a drone``).
SHARED_THINGS = frozenset({"videos", "video", "footage", "photos", "photographs", "pictures",
                           "images", "clips", "posts"})
#: Objects that make ``offer`` a report (``offered a different reading``).
OFFERED_THINGS = frozenset({"reading", "account", "explanation", "version", "assessment",
                            "estimate", "figure", "figures", "interpretation", "picture", "view"})

#: Passive participles of impersonal hearsay (``are believed to``, ``is said to``).
IMPERSONAL_PARTICIPLES = frozenset({"believed", "thought", "said", "reported", "understood",
                                    "alleged", "rumoured", "rumored", "suspected", "claimed"})

#: Channels: canonical value → regular-expression fragments matching how a
#: report names it (compiled case-sensitively; ``(?i:...)`` where case varies).
CHANNELS: Mapping[str, tuple[str, ...]] = MappingProxyType({
    "Telegram": (
        r"(?:[Oo]n|[Vv]ia|[Ii]n|to)\s+(?:(?:his|her|its|their|the|an?)\s+)?(?:\p{L}+\s+){0,2}?(?:\p{L}+['’]s\s+)?"
        r"(?:official\s+|later\s+|new\s+)?Telegram(?:\s+(?:channel|account|page|post|message|messenger))?",
        r"(?i:in\s+an?\s+(?:later\s+|new\s+|separate\s+|second\s+|subsequent\s+|brief\s+)?)Telegram\s+"
        r"(?:post|message|update|statement)",
        r"(?i:the\s+)Telegram\s+channel\b",
    ),
    "X": (
        r"(?:[Oo]n|[Vv]ia|[Ii]n\s+a\s+post\s+on)\s+(?:X|Twitter)\b(?:,?\s+formerly\s+(?:known\s+as\s+)?Twitter)?",
        r"in\s+an?\s+(?:later\s+|new\s+)?(?:X|Twitter)\s+(?:post|message|video)",
        r"\btweeted\b",
    ),
    "Facebook": (
        r"(?:[Oo]n|[Vv]ia|[Ii]n\s+a\s+post\s+on)\s+(?:(?:his|her|its|their)\s+)?Facebook(?:\s+page)?",
        r"in\s+an?\s+(?:later\s+|new\s+)?Facebook\s+(?:post|message|video)",
    ),
    "Max": (  # the Russian state messenger: "on Max", "in the Max messenger", "on his MAX channel"
        r"(?:[Oo]n|[Vv]ia|[Ii]n)\s+(?:(?:his|her|its|their|the)\s+)?(?:official\s+)?(?:Max|MAX)"
        r"(?:\s+(?:messenger|channel|account|page|post|app))?(?!\s+\p{Lu})",
    ),
    "Instagram": (r"(?:[Oo]n|[Vv]ia)\s+(?:(?:his|her|its|their)\s+)?Instagram",),
    "VKontakte": (r"(?:[Oo]n|[Vv]ia)\s+(?:(?:his|her|its|their)\s+)?(?:VKontakte|VK)\b(?:\s+page)?",),
    "YouTube": (r"(?:[Oo]n|[Vv]ia)\s+(?:(?:his|her|its|their)\s+)?YouTube",),
    "television": (
        r"(?:told|tells|on|to)\s+(?:the\s+)?(?:(?:national|state|Russian|Ukrainian|local|public)\s+)?"
        r"(?:television|TV|[Tt]elethon)\b",
        # "on the United News telethon": Ukraine's joint news broadcast, under its name
        r"(?:on|to)\s+(?:the\s+)?(?:national\s+)?(?:\p{Lu}[\p{L}\-]*\s+){1,2}[Tt]elethon\b",
        r"in\s+an?\s+(?:(?:live|televised)\s+)?(?:television|TV)\s+(?:interview|address|appearance)",
        r"in\s+(?:an?\s+|his\s+|her\s+|its\s+|their\s+)?televised\s+(?:[\p{L}\-]+\s+)?"
        r"(?:statement|address|speech|interview|remarks|comments|appearance|message)",
    ),
    "radio": (
        r"(?:told|tells|on|to)\s+(?:the\s+)?(?:(?:national|state|local|public)\s+)?radio\b",
        r"in\s+an?\s+radio\s+interview",
    ),
    "briefing": (
        r"(?:told|tells)\s+(?:reporters|journalists|the\s+press|an?\s+(?:(?:televised|daily|regular|weekly|"
        r"evening|morning|joint)\s+)?(?:news\s+|press\s+)?(?:briefing|conference))",
        r"(?i:speaking|talking)\s+to\s+(?:reporters|journalists|the\s+press)",
        r"(?:at|during|in)\s+(?:a|the|his|her|its|their)\s+(?:(?:daily|regular|weekly|news|press)\s+)?"
        r"(?:briefing|press\s+conference)",
    ),
    "parliament": (
        r"(?:told|tells|addressed|addresses|(?:speech|address)\s+to)\s+(?:the\s+)?(?:parliament|Parliament|"
        r"lawmakers|MPs|Sejm|State\s+Duma|Verkhovna\s+Rada)\b",
    ),
    "press service": (
        r"(?:by|via|through|from)\s+(?:his|her|its|their|the)\s+press\s+(?:service|office)",
    ),
    "social media": (
        r"(?:[Oo]n|[Vv]ia|[Ii]n)\s+(?:(?:his|her|its|their)\s+)?social\s+(?:media|networks?)(?:\s+(?:accounts?|pages?|posts?))?",
        r"in\s+(?:a\s+)?social\s+media\s+posts?",
    ),
    "website": (
        r"on\s+(?:its|his|her|their|the)\s+(?:official\s+)?(?:web\s*site|web\s+page|site)\b",
    ),
    "video address": (
        r"in\s+(?:an?|his|her|their|its)\s+(?:(?:evening|nightly|late-night|daily)\s+)?video\s+(?:address|message)",
    ),
})
# Words every pattern of a channel above needs, spelled as the patterns spell them: a stretch of
# text holding none of them is not scanned for that channel. Keep them in step with CHANNELS.
CHANNEL_WORDS: Mapping[str, tuple[str, ...]] = MappingProxyType({
    "Telegram": ("Telegram",),
    "X": ("X", "Twitter", "tweeted"),
    "Facebook": ("Facebook",),
    "Max": ("Max", "MAX"),
    "Instagram": ("Instagram",),
    "VKontakte": ("VK",),
    "YouTube": ("YouTube",),
    "television": ("tele", "Tele", "TV"),  # television, telethon, Telethon, televised
    "radio": ("radio",),
    "briefing": ("reporters", "journalists", "press", "briefing", "conference"),
    "parliament": ("arliament", "lawmakers", "MPs", "Sejm", "Duma", "Rada"),
    "press service": ("press",),
    "social media": ("social",),
    "website": ("site", "web"),  # web site, website, web page, site
    "video address": ("video",),
})

#: Nouns naming a group of people or an unnamed body of information: a source
#: without a name (``officials``, ``residents``, ``preliminary reports``).
GROUP_NOUNS = frozenset("""
    officials official authorities residents witnesses eyewitnesses analysts experts observers
    commentators bloggers sources source locals rescuers investigators medics doctors
    journalists activists monitors insiders people users media outlets reports reporting
    information data services workers servicemen soldiers troops employees resident prosecutors
    police firefighters paramedics investigators
    witness eyewitness volunteer doctor medic soldier serviceman blogger analyst expert observer
    commentator journalist reporter insider channels newspapers websites accounts milbloggers
    worker employee rescuer firefighter driver nurse farmer engineer engineers technician technicians
    correspondents correspondent officer officers diplomat diplomats staffer staffers spokespeople
    economists economist scientists scientist researchers researcher specialists specialist historians
    academics scholars strategists planners veterans legislators politicians negotiators volunteers
    engineers pilots survivors neighbours neighbors relatives
    rebels militants insurgents fighters partisans guerrillas
    leaders ministers presidents governors mayors commanders lawmakers senators ambassadors envoys
""".split())

#: Words that may stand before a group noun (``some Russian commentators``).
GROUP_MODIFIERS = frozenset("""
    some many several the a an other local regional state independent preliminary military
    anonymous unnamed senior security official intelligence defence defense government
    city district western eastern russian ukrainian us u.s. american british european
    pro-kremlin pro-russian pro-war social emergency rescue medical law enforcement two three
    four five second third fourth fifth city's region's town's republic's city’s region’s town’s
    republic’s western-backed kremlin-backed russian-installed ukrainian-controlled national
    initial early latest first further unofficial unconfirmed war pro-war opposition foreign online anonymous
    telegram news some one another former retired serving top high-ranking air force navy army
    police border guard interior foreign health energy industry diplomatic monitoring investigative
    humanitarian nato un eu polish german french israeli
""".split())

#: Nouns heading a report-like thing whose author is the source (``the ministry's statement``).
REPORT_NOUNS = frozenset("""
    statement statements report reports summary figures data records tally update post message
    announcement account bulletin count briefing
""".split())

#: Nouns heading an organisation's name (``Black Sea Fleet``, ``security service``).
ORG_HEADS = frozenset("""
    ministry service services force forces command staff office police administration government
    embassy consulate delegation railways railway airlines airline
    council committee agency department directorate company operator fleet navy army guard
    centre center corporation group inspectorate authority commission headquarters
    kremlin pentagon military mission monitoring rights watch fund bank union organisation
    organization institute university association foundation court parliament assembly programme
    program cross network project team unit brigade battalion regiment corps division institute
    centre council technologies systems industries holding holdings labs laboratories airlines
    intelligence school academy college consortium
""".split())

#: Courtesy titles and military ranks: title words before a name that are no role of their own
#: (`Mr Khinshtein`, `Air Force commander Lt Gen Mykola Oleshchuk`, `spokesman Rear Admiral Daniel Hagari`).
RANKS = frozenset("""
    mr mrs ms dr lt gen col maj capt adm cmdr sgt brig rear lt-gen maj-gen brig-gen lieutenant-general
    major-general colonel-general lieutenant general colonel major admiral captain sergeant
    rank first second third
""".split())

#: Words of a person's title (``Governor``, ``Air Force commander``, ``acting regional``).
TITLE_WORDS = RANKS | frozenset("""
    governor mayor head president prime minister spokesman spokeswoman spokesperson commander
    commander-in-chief prosecutor secretary chief
    deputy acting interim member council local regional region city oblast district republic
    aide adviser advisor director chairman chairwoman speaker ombudsman representative officer
    military administration interior foreign defence defense health energy emergencies kremlin
    russian-installed moscow-installed occupation self-proclaimed first press state navy army
    air force senator lawmaker mp envoy ambassador leader premier former vice
    policy top diplomat crown prince king emir sheikh ministry committee executive
    expert analyst blogger journalist commentator observer researcher economist
""".split())

#: Nouns of a person's office, for ``the governor``, ``Rostov governor``, ``the mayor``.
ROLE_NOUNS = frozenset("""
    governor mayor head spokesman spokeswoman spokesperson commander commander-in-chief minister
    secretary aide adviser advisor chief director chairman chairwoman speaker ombudsman
    representative president premier envoy ambassador leader senator lawmaker prosecutor founder deputy
""".split())

#: Demonyms: a source NP made only of these and a group noun is unnamed.
DEMONYMS = frozenset("""
    russian ukrainian western us u.s. american british european belarusian polish moldovan
    romanian chinese iranian german french israeli
""".split())

#: Countries named by their capitals or themselves in reports (``Moscow denied``, ``Kyiv
#: said``): the word → the canonical source, a country standing for its government.
CAPITALS: Mapping[str, str] = MappingProxyType({
    "Moscow": "Russia", "Russia": "Russia", "Kyiv": "Ukraine", "Kiev": "Ukraine", "Ukraine": "Ukraine",
    "Minsk": "Belarus", "Belarus": "Belarus", "Washington": "United States", "Warsaw": "Poland",
    "Poland": "Poland", "Beijing": "China", "Tehran": "Iran", "Berlin": "Germany", "Paris": "France",
    "London": "United Kingdom", "Chisinau": "Moldova", "Bucharest": "Romania", "Ankara": "Turkey",
})

#: A country's possessive → its demonym, for organisation names found in the text
#: (``Poland's armed forces`` → ``Polish armed forces``), as the table names its entries.
COUNTRY_DEMONYMS: Mapping[str, str] = MappingProxyType({
    "russia": "Russian", "ukraine": "Ukrainian", "poland": "Polish", "belarus": "Belarusian",
    "moldova": "Moldovan", "romania": "Romanian", "germany": "German", "france": "French",
    "britain": "British", "israel": "Israeli", "iran": "Iranian", "china": "Chinese",
    "lithuania": "Lithuanian", "latvia": "Latvian", "estonia": "Estonian", "finland": "Finnish",
    "georgia": "Georgian", "turkey": "Turkish", "america": "American",
    "lebanon": "Lebanese", "syria": "Syrian", "yemen": "Yemeni", "iraq": "Iraqi", "jordan": "Jordanian",
    "egypt": "Egyptian", "qatar": "Qatari", "slovakia": "Slovak", "hungary": "Hungarian",
    "bulgaria": "Bulgarian", "denmark": "Danish", "norway": "Norwegian", "sweden": "Swedish",
    "belgium": "Belgian", "azerbaijan": "Azerbaijani", "armenia": "Armenian", "kazakhstan": "Kazakh",
    "saudi arabia": "Saudi", "uae": "Emirati", "kuwait": "Kuwaiti", "bahrain": "Bahraini", "oman": "Omani",
})

#: Given names that tell a person's gender, so ``she`` finds the last woman named and
#: ``he`` the last man (Ukrainian, Russian and English spellings). Names not listed
#: leave the gender open; surname endings (``-ova``, ``-ov``) and titles
#: (``spokeswoman``) decide it too.
FEMALE_NAMES = frozenset("""
    iryna irina olena elena yelena olena tatyana tatiana tetiana tetyana natalia nataliya nataliia
    natalya natalie maria mariya mariia marina maryna yulia yuliia julia anna hanna ganna olga olha
    svitlana svetlana oksana lyudmila liudmyla ludmila viktoria viktoriia victoria kateryna ekaterina
    yekaterina catherine anastasia anastasiia valentina valentyna galina halyna larisa larysa daria
    darya dariia alla inna nadia nadiya nadezhda vira vera lesia lesya ulyana uliana khrystyna kristina
    sofia sofiia elvira tamara zoya lilia liliia alina polina ella emma ursula kaja kamala hillary
    sarah susan karine antonina roksolana mariana maryana yevheniia evgenia evgeniya ksenia kseniia
    liubov lyubov raisa zinaida veronika alona alyona iuliia marta nina elizabeth mary jennifer linda
    patricia barbara margaret karen nancy lisa laura helen anne annalena kaja ursula giorgia mette
    sanna ingrida agnes rosemary linda jill samantha
""".split())
MALE_NAMES = frozenset("""
    oleksandr alexander aleksandr aleksander olexandr volodymyr vladimir ihor igor serhii serhiy sergiy
    sergei sergey serhij mykola nikolai nikolay andrii andriy andrei andrey andrew dmytro dmitry
    dmitri yurii yuriy yuri yury vitalii vitaliy vitali vitaly viktor victor vasyl vasily vasiliy
    oleh oleg pavlo pavel petro pyotr peter maksym maxim denys denis ivan roman ruslan taras bohdan
    borys boris vadym vadim vyacheslav viacheslav hennadiy gennady gennadiy anatolii anatoly
    valerii valeriy valery mikhail mykhailo michael yevgeny yevgen yevhen evgeny eugene alexei
    aleksei alexey oleksii oleksiy kirill kyrylo konstantin kostiantyn artem artyom stanislav
    rustam radiy ramzan timur tymur herman german leonid fedir fyodor stepan arsen emmanuel
    donald joe john james robert william david richard thomas mark paul steven kevin brian
    george anthony lloyd antony jens olaf keir rishi recep andrzej radoslaw mateusz
    mohammed muhammad mohammad mohamed ahmed ahmad hamed hamid khaled khalid saeed rasheed rashid
    majed javed abdullah abdel abdul hassan hussein yahya masoud massoud abbas ismail esmaeil
    benjamin naftali yair yoav israel itamar avichay nadav herzi daniel
""".split())
#: Last words of newspaper and magazine names, so ``told the Financial Times`` names an
#: outlet the source table does not know.
MEDIA_NAME_HEADS = frozenset("""
    Times Post Journal Guardian Telegraph Independent Pravda Gazette News Herald Economist
    Spiegel Monde Tribune Observer Politico Axios Bloomberg Insider Kommersant Vedomosti Novaya Gazeta
""".split())

FEMALE_TITLES = frozenset("spokeswoman chairwoman congresswoman businesswoman mrs ms madam".split())

#: Capitalised words that open a sentence or phrase but are never part of a name.
STOP_WORDS = frozenset("""
    on in at by the a an earlier later separately meanwhile also then yesterday today tonight
    overnight still however elsewhere but and or so since after before when while as of for
    from to with without this that these those it its he she they we our his her their there
    here what which who whom whose where why how according citing reportedly
    monday tuesday wednesday thursday friday saturday sunday
    january february march april may june july august september october november december
    live update updates breaking analysis result total nobody everyone someone anyone everybody
    somebody none no
""".split())

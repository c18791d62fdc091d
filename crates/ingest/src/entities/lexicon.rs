//! The word lists the entity rules consult: general English and newsroom vocabulary,
//! the place gazetteer in `data/places.txt`, the towns in `data/world_places.txt`,
//! the well-known organisations in `data/organisations.txt` and `data/firms.txt`, the
//! given names in `data/given_names.txt` and the common English words in
//! `data/common_words.txt`. Nothing here names a person, nor anything of a
//! particular story.

use crate::text::fold;
use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

/// Words that start sentences without being names: when a capitalised run begins a
/// sentence with one of these, it is dropped from the run ("The", "But", "While").
pub const SENTENCE_STARTERS: &[&str] = &[
    "shares",
    "stocks",
    "a",
    "an",
    "the",
    "this",
    "that",
    "these",
    "those",
    "there",
    "here",
    "it",
    "its",
    "he",
    "she",
    "they",
    "we",
    "you",
    "i",
    "his",
    "her",
    "their",
    "our",
    "my",
    "your",
    "him",
    "them",
    "but",
    "and",
    "or",
    "so",
    "yet",
    "for",
    "nor",
    "if",
    "when",
    "while",
    "whilst",
    "whether",
    "although",
    "though",
    "because",
    "since",
    "as",
    "after",
    "before",
    "during",
    "until",
    "unless",
    "once",
    "where",
    "what",
    "which",
    "who",
    "whom",
    "whose",
    "why",
    "how",
    "in",
    "on",
    "at",
    "by",
    "from",
    "to",
    "of",
    "with",
    "without",
    "about",
    "above",
    "below",
    "under",
    "over",
    "into",
    "onto",
    "through",
    "between",
    "among",
    "amid",
    "against",
    "despite",
    "according",
    "additionally",
    "also",
    "however",
    "meanwhile",
    "moreover",
    "furthermore",
    "nevertheless",
    "nonetheless",
    "still",
    "then",
    "thus",
    "therefore",
    "instead",
    "indeed",
    "likewise",
    "regardless",
    "perhaps",
    "maybe",
    "yes",
    "no",
    "not",
    "now",
    "today",
    "yesterday",
    "tomorrow",
    "tonight",
    "earlier",
    "later",
    "last",
    "next",
    "first",
    "second",
    "third",
    "finally",
    "many",
    "some",
    "several",
    "few",
    "most",
    "more",
    "less",
    "all",
    "both",
    "each",
    "every",
    "any",
    "other",
    "another",
    "such",
    "much",
    "only",
    "even",
    "just",
    "already",
    "again",
    "almost",
    "around",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "is",
    "are",
    "was",
    "were",
    "be",
    "been",
    "has",
    "have",
    "had",
    "do",
    "does",
    "did",
    "will",
    "would",
    "can",
    "could",
    "should",
    "may",
    "might",
    "must",
    "shall",
    "let",
    "keep",
    "mind",
    "asked",
    "like",
    "unlike",
    "following",
    "given",
    "amongst",
    "across",
    "behind",
    "beyond",
    "inside",
    "outside",
    "near",
    "toward",
    "towards",
    "upon",
    "within",
    "via",
    "per",
    "plus",
    "whereas",
    "otherwise",
    "anyway",
    "besides",
    "overall",
    "initially",
    "previously",
    "recently",
    "currently",
    "eventually",
    "ultimately",
    "apparently",
    "reportedly",
    "allegedly",
    "clearly",
    "obviously",
    "certainly",
    "surely",
    "sadly",
    "unfortunately",
    "fortunately",
    "interestingly",
    "importantly",
    "notably",
    "similarly",
    "specifically",
    "especially",
    "particularly",
    "generally",
    "usually",
    "often",
    "sometimes",
    "never",
    "always",
    "soon",
    "well",
    "oh",
    "why",
    "dear",
    "please",
    "thanks",
    "whatever",
    "whoever",
    "wherever",
    "whenever",
    "everyone",
    "everybody",
    "everything",
    "someone",
    "somebody",
    "something",
    "nobody",
    "nothing",
    "none",
    "either",
    "neither",
];

/// Capitalised words that end a name run when met inside it: "Ties Between Kazakhstan".
pub const RUN_BREAKERS: &[&str] = &[
    "between", "with", "from", "to", "by", "at", "about", "after", "before", "against", "into",
    "over", "under", "as", "but", "or", "nor", "so", "than", "that", "this", "these", "those",
    "when", "while", "where", "which", "who", "a", "an", "is", "are", "was", "were", "has", "have",
    "had", "will", "would", "says", "said", "vs", "versus",
];

/// Lowercase words allowed inside a name: "Organization for Security and Cooperation
/// in Europe", "Bank of England", "Ludwig van Beethoven".
pub const CONNECTORS: &[&str] = &[
    "of", "for", "and", "the", "in", "on", "de", "du", "des", "la", "le", "von", "van", "der",
    "den", "al", "el", "bin", "ibn", "da", "di", "del", "y", "&",
];

/// Last words that make a name an organisation's: the business and media words
/// companies, think tanks and outlets are named with ("Northwind Energy", "Granite
/// Works", "Harbour Ledger"). Only as the last word: "Media Street" is not one.
pub const ORG_TAILS: &[&str] = &[
    // Clubs.
    "united",
    "rovers",
    "athletic",
    "wanderers",
    "rangers",
    "albion",
    "hotspur",
    // Industries a firm's name ends with.
    "electric",
    "dynamics",
    "semiconductor",
    "semiconductors",
    "pharmaceutical",
    "pharmaceuticals",
    "therapeutics",
    "biosciences",
    "electronics",
    "software",
    "solutions",
    "logistics",
    "foods",
    "brands",
    "resources",
    "minerals",
    "mining",
    "steel",
    "chemicals",
    "devices",
    "instruments",
    "robotics",
    "aerospace",
    "automotive",
    "shipping",
    "communications",
    "entertainment",
    "studios",
    "pictures",
    "records",
    "lab",
    "labs",
    "works",
    "finance",
    "ledger",
    "dispatch",
    "herald",
    "review",
    "media",
    "holding",
    "holdings",
    "energy",
    "oil",
    "gas",
    "partners",
    "capital",
    "ventures",
    "international",
    "airlines",
    "airways",
    "airports",
    "railways",
    "utilities",
    "networks",
    "biotech",
    "trust",
    "pharma",
    "healthcare",
    "petroleum",
    "motors",
    "technologies",
    "gazette",
    "tribune",
    "journal",
    "monitor",
    "daily",
    "securities",
    "insurance",
    "telecom",
    "co",
    // Sports desks and outlets: "BBC Sport", "Orra Sports".
    "sport",
    "sports",
    "bros",
];

/// Lowercase nouns that, right after a name, say it is an organisation's: "Northwind
/// analyst Jane Roe", "Granite shares rose", "Lakeside Transit spokesman". A person's
/// name is not written bare before these (it takes a possessive: "Roe's spokesman").
pub const ORG_CUE_AFTER: &[&str] = &[
    "party",
    "union",
    "whip",
    "ministers",
    "hospitals",
    "analyst",
    "analysts",
    "shares",
    "shareholders",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "spokespeople",
    "executive",
    "executives",
    "employees",
    "headquarters",
    "subsidiary",
    "leader",
    "leaders",
    "chairman",
    "chairwoman",
    "chief",
    "boss",
    "official",
    "officials",
    "lawmaker",
    "lawmakers",
    "general",
    "coach",
    "manager",
    "striker",
    "midfielder",
    "defender",
    "goalkeeper",
    "captain",
    "handle",
    "account",
    "users",
];

/// Nouns after a name that make it a body's ("the Taliban government", "Hamas
/// fighters") — but demonyms come before them too ("the
/// Valdorian government"), so they count only for a name also written on its own.
pub const BODY_CUE_AFTER: &[&str] = &[
    "government",
    "regime",
    "fighters",
    "militants",
    "rebels",
    "insurgents",
];

/// Lowercase particles inside a person's name: "Ludwig van Beethoven", "Osama bin
/// Laden", "Luiz da Silva". Between two capitalised words they keep the name whole.
pub const NAME_PARTICLES: &[&str] = &[
    "van", "von", "der", "den", "de", "da", "di", "del", "della", "dos", "das", "du", "bin", "ibn",
    "al", "el", "le", "la", "ter", "ten",
];

/// People who work at a firm or body: "analysts at X".
pub const STAFF_NOUNS: &[&str] = &[
    "analyst",
    "analysts",
    "economist",
    "economists",
    "strategist",
    "strategists",
    "researchers",
    "executives",
    "officials",
    "engineers",
    "employees",
    "staff",
    "scientists",
    "workers",
];

/// People of a firm or body, before "of" or "for" and its name: "the chief
/// executive of X", "a spokeswoman for X".
pub const STAFF_OF_NOUNS: &[&str] = &[
    "executive",
    "executives",
    "chairman",
    "chairwoman",
    "chairperson",
    "director",
    "founder",
    "co-founder",
    "ceo",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "shareholders",
    "investors",
    "employees",
    "officials",
];

/// What a company has, after its name's possessive: "Northwind's shares".
pub const COMPANY_POSSESSIONS: &[&str] = &[
    "shares",
    "stock",
    "shareholders",
    "stockholders",
    "subsidiary",
    "subsidiaries",
    "headquarters",
    "revenue",
    "revenues",
    "profit",
    "profits",
    "earnings",
    "customers",
    "stores",
    "products",
    "market",
    "valuation",
    "board",
    "chief",
    "ceo",
    "chairperson",
    "chairman",
    "chairwoman",
    "executives",
    "employees",
    "management",
    "directors",
    "workforce",
];

/// Nouns that say the name next to them is an organisation's: "the brokerage
/// Northwind", "the Granite company", "analysts at ...".
pub const ORG_CUE_NOUNS: &[&str] = &[
    "company",
    "companies",
    "firm",
    "brokerage",
    "lender",
    "insurer",
    "operator",
    "conglomerate",
    "broadcaster",
    "newspaper",
    "tabloid",
    "broadsheet",
    "daily",
    "weekly",
    "magazine",
    "newswire",
    "portal",
    "outlet",
    "lobby",
    "bureau",
    "venture",
    "tank",
    "pollster",
    "miner",
    "producer",
    "carrier",
    "regulator",
    "startup",
    "watchdog",
    "party",
    "giant",
    "group",
    "chain",
    "retailer",
    "maker",
    "manufacturer",
    "airline",
    "publisher",
    "charity",
    "organisation",
    "organization",
    "movement",
    "faction",
    "bloc",
    "militia",
    "club",
    "team",
    "agency",
    "network",
    "website",
    "supplier",
    "union",
];

/// Words that are capitalised wherever they stand but name no entity.
pub fn is_calendar_word(w: &str) -> bool {
    crate::metadata::month_number(w).is_some_and(|_| w.len() >= 3) || crate::metadata::is_weekday(w)
}

/// Titles written before a person's name: "President Kassym-Jomart Tokayev",
/// "US Secretary of State Antony Blinken". Lowercase, multi-word ones as sequences.
pub const TITLES: &[&str] = &[
    "president",
    // Members of a parliament, after their party: "Orra Nua MP", "Orra Nua TDs".
    "mp",
    "mps",
    "td",
    "tds",
    "mep",
    "meps",
    "msp",
    "msps",
    "mlas",
    "chair",
    "chairperson",
    "undersecretary",
    "under-secretary",
    "manager",
    "skipper",
    // Players named by their position: "Shortstop Ana Berg", "striker Ilo Brak".
    "shortstop",
    "pitcher",
    "outfielder",
    "infielder",
    "catcher",
    "quarterback",
    "linebacker",
    "striker",
    "midfielder",
    "goalkeeper",
    "defender",
    "winger",
    "batsman",
    "batter",
    "bowler",
    "wicketkeeper",
    "managing director",
    "councillor",
    "councilor",
    "councilman",
    "councilwoman",
    "alderman",
    "assemblyman",
    "assemblywoman",
    "mla",
    "magistrate",
    "investigator",
    "constable",
    "trooper",
    "commissioner",
    "superintendent",
    "envoy",
    "archbishop",
    "prosecutor",
    "corporal",
    "pm",
    "fm",
    "atty",
    // Heads of agencies and other posts written before a name.
    "administrator",
    "assistant administrator",
    "treasurer",
    "chief justice",
    "deputy speaker",
    "opposition leader",
    "vice chancellor",
    "vice-chancellor",
    "provost",
    "registrar",
    "headteacher",
    "brigadier",
    "pastor",
    "astronaut",
    "head coach",
    "state premier",
    // Kenya's cabinet and principal secretaries: "CS Orran Dule".
    "cs",
    "cabinet secretary",
    "principal secretary",
    "vice president",
    "vice-president",
    "chief executive",
    "chief executive officer",
    "chief financial officer",
    "chief operating officer",
    "chief technology officer",
    "chief investment officer",
    "chief economist",
    "president-elect",
    "prime minister",
    "deputy prime minister",
    "foreign minister",
    "defence minister",
    "defense minister",
    "interior minister",
    "finance minister",
    "minister",
    "secretary of state",
    "secretary-general",
    "secretary general",
    "secretary",
    "chancellor",
    "king",
    "queen",
    "prince",
    "princess",
    "crown prince",
    "emperor",
    "emir",
    "sultan",
    "sheikh",
    "sheikha",
    "shaikh",
    "shaikha",
    "ruler",
    // Honorifics of rulers and envoys: "His Highness Sheikh ...", "Her Excellency".
    "highness",
    "his highness",
    "her highness",
    "excellency",
    "his excellency",
    "her excellency",
    "his majesty",
    "her majesty",
    "attorney",
    "district attorney",
    "attorney general",
    "attorney-general",
    "tsar",
    "czar",
    "senator",
    "sen",
    "rep",
    "representative",
    "congressman",
    "congresswoman",
    "governor",
    "gov",
    "mayor",
    "mr",
    "mrs",
    "ms",
    "miss",
    "mx",
    "dr",
    "prof",
    "professor",
    "sir",
    "dame",
    "lord",
    "lady",
    "pope",
    "ayatollah",
    "judge",
    "justice",
    "ambassador",
    "presidential aide",
    "presidential adviser",
    "aide",
    "adviser",
    "advisor",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "chairman",
    "chairwoman",
    "chief",
    "director",
    "commander",
    "general",
    "gen",
    "colonel",
    "col",
    "lieutenant",
    "lt",
    "captain",
    "capt",
    "sergeant",
    "sgt",
    "admiral",
    "adm",
    "marshal",
    "premier",
    "leader",
    "speaker",
    "deputy",
    "ceo",
    "rev",
    "reverend",
    "imam",
    "rabbi",
    "bishop",
    "cardinal",
    "patriarch",
    "agent",
    "officer",
    "detective",
    "inspector",
    "coach",
    "saint",
    "sheriff",
    "advocate",
    "curator",
];

/// Titles of members of a parliament, which follow their party's name.
pub const MEMBER_TITLES: &[&str] = &[
    "mp", "mps", "td", "tds", "mep", "meps", "msp", "msps", "mla", "mlas",
];

/// Titles held in a company, which follow the company's name ("Orrair CEO").
pub const COMPANY_TITLES: &[&str] = &[
    "ceo",
    "cfo",
    "coo",
    "cto",
    "chief executive",
    "chief executive officer",
    "chairman",
    "chairwoman",
    "chair",
    "founder",
    "co-founder",
    "managing director",
];

/// Whether some title in [`TITLES`] starts with this word (any case).
pub fn starts_a_title(word: &str) -> bool {
    static FIRST: OnceLock<HashSet<&'static str>> = OnceLock::new();
    let first = FIRST.get_or_init(|| TITLES.iter().filter_map(|t| t.split(' ').next()).collect());
    word.len() <= 20 && first.contains(word.to_ascii_lowercase().as_str())
}

/// Title abbreviations after which a full stop does not end the sentence.
pub const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "st", "gen", "sen", "rep", "gov", "lt", "col", "capt", "prof", "jr",
    "sr", "sgt", "adm", "rev", "mt", "ft", "no", "vs",
];

/// Lowercase words that, right before a name, say it is a person's: "former dictator
/// Nursultan Nazarbayev", "pensioner Svetlana Kadysheva", "incumbent Tokayev".
/// Everyday nouns for people that a first name often follows: "my friend Anna",
/// "her colleague, Olaf".
pub const PERSON_NOUNS: &[&str] = &[
    "friend",
    "colleague",
    "neighbour",
    "neighbor",
    "supervisor",
    "boss",
    "manager",
    "wife",
    "husband",
    "son",
    "daughter",
    "mother",
    "father",
    "brother",
    "sister",
    "cousin",
    "uncle",
    "aunt",
    "driver",
    "teacher",
    "student",
    "worker",
    "nurse",
    "doctor",
    "farmer",
    "shopkeeper",
    "vendor",
    "waiter",
    "waitress",
];

/// Words of [`ROLE_NOUNS`] that firms and bodies are called as often as people:
/// before a name they are only a weak cue ("rival Quantor", "its partner Orra").
pub const SHARED_ROLE_NOUNS: &[&str] = &[
    "rival",
    "rivals",
    "ally",
    "opponent",
    "counterpart",
    "predecessor",
    "successor",
    "critic",
    "supporter",
    "owner",
    "host",
    "partner",
    "player",
    "challenger",
    "incumbent",
    "figure",
    "veteran",
    "opposition",
];

/// Words of [`ROLE_NOUNS`] that describe rather than name a role ("former",
/// "opposition"): never the head noun of an apposition.
pub const ROLE_ADJECTIVES: &[&str] = &[
    "exiled",
    "former",
    "late",
    "jailed",
    "detained",
    "imprisoned",
    "ousted",
    "veteran",
    "retired",
    "self-exiled",
    "opposition",
    "figure",
    "mr",
    "mrs",
    "ms",
    "dr",
];

pub const ROLE_NOUNS: &[&str] = &[
    "boss",
    "councillor",
    "councilor",
    "alderman",
    "detective",
    "inspector",
    "sergeant",
    "constable",
    "superintendent",
    "referee",
    "umpire",
    "striker",
    "midfielder",
    "defender",
    "goalkeeper",
    "winger",
    "speaker",
    "official",
    "schoolteacher",
    "engineer",
    "pilot",
    "pharmacist",
    "mechanic",
    "accountant",
    "shopowner",
    "president",
    "minister",
    "leader",
    "chief",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "secretary",
    "ambassador",
    "dictator",
    "autocrat",
    "strongman",
    "predecessor",
    "successor",
    "counterpart",
    "opponent",
    "rival",
    "ally",
    "analyst",
    "expert",
    "architect",
    "pensioner",
    "entrepreneur",
    "resident",
    "journalist",
    "reporter",
    "correspondent",
    "editor",
    "author",
    "writer",
    "professor",
    "researcher",
    "scientist",
    "economist",
    "historian",
    "lawyer",
    "attorney",
    "judge",
    "prosecutor",
    "activist",
    "blogger",
    "dissident",
    "businessman",
    "businesswoman",
    "billionaire",
    "oligarch",
    "tycoon",
    "banker",
    "general",
    "colonel",
    "commander",
    "officer",
    "soldier",
    "candidate",
    "incumbent",
    "challenger",
    "chairman",
    "chairwoman",
    "director",
    "founder",
    "ceo",
    "governor",
    "mayor",
    "senator",
    "lawmaker",
    "legislator",
    "deputy",
    "mp",
    "politician",
    "diplomat",
    "envoy",
    "premier",
    "chancellor",
    "king",
    "queen",
    "prince",
    "princess",
    "emperor",
    "pope",
    "cleric",
    "imam",
    "priest",
    "bishop",
    "actor",
    "actress",
    "singer",
    "rapper",
    "musician",
    "comedian",
    "poet",
    "novelist",
    "playwright",
    "filmmaker",
    "composer",
    "painter",
    "sculptor",
    "dancer",
    "footballer",
    "cricketer",
    "athlete",
    "boxer",
    "sprinter",
    "swimmer",
    "golfer",
    "wrestler",
    "artist",
    "player",
    "coach",
    "son",
    "daughter",
    "wife",
    "husband",
    "brother",
    "sister",
    "mother",
    "father",
    "nephew",
    "niece",
    "cousin",
    "uncle",
    "aunt",
    "grandson",
    "granddaughter",
    "student",
    "teacher",
    "doctor",
    "nurse",
    "farmer",
    "worker",
    "driver",
    "owner",
    "manager",
    "figure",
    "exiled",
    "former",
    "late",
    "jailed",
    "detained",
    "imprisoned",
    "ousted",
    "veteran",
    "retired",
    "self-exiled",
    "mr",
    "mrs",
    "ms",
    "dr",
    "president-elect",
    "hardliner",
    "reformer",
    "protester",
    "demonstrator",
    "witness",
    "victim",
    "survivor",
    "suspect",
    "defendant",
    "citizen",
    "dissident",
    "opposition",
    "critic",
    "supporter",
    "loyalist",
    "aide",
    "adviser",
    "advisor",
    "consultant",
    "commentator",
    "columnist",
    "presenter",
    "host",
    "anchor",
    "photographer",
    "mp",
    "tsar",
    "sheikh",
    "emir",
];

/// Verbs of saying: a name just before or after one is a person's ("Cooley says",
/// "said Asset Terirgaliyev").
pub const SAY_VERBS: &[&str] = &[
    "said",
    "says",
    "told",
    "tells",
    "added",
    "adds",
    "claimed",
    "claims",
    "stated",
    "states",
    "noted",
    "notes",
    "contends",
    "contended",
    "argued",
    "argues",
    "explained",
    "explains",
    "wrote",
    "writes",
    "warned",
    "warns",
    "insisted",
    "insists",
    "denied",
    "denies",
    "vowed",
    "vows",
    "expressed",
    "asked",
    "asks",
    "recalled",
    "recalls",
    "believes",
    "believed",
    "thinks",
    "thought",
    "admitted",
    "admits",
    "acknowledged",
    "confirmed",
    "replied",
    "responded",
    "declared",
    "urged",
    "urges",
    "tweeted",
    "predicted",
    "suggested",
    "suggests",
    "complained",
    "recounted",
    "joked",
    "remarked",
    "stressed",
    "emphasised",
    "emphasized",
    "conceded",
    "testified",
    "whispered",
    "shouted",
    "smiled",
    "laughed",
];

/// Words that make a name an organisation's wherever they stand in it.
pub const ORG_HEADS: &[&str] = &[
    "llp",
    "patrol",
    "fc",
    "afc",
    "jsc",
    "gmbh",
    "consortium",
    "organization",
    "organisation",
    "confederation",
    "committee",
    "council",
    "ministry",
    "party",
    "bank",
    "union",
    "agency",
    "service",
    "services",
    "forces",
    "force",
    "government",
    "parliament",
    "news",
    "times",
    "treaty",
    "fund",
    "university",
    "college",
    "institute",
    "institution",
    "commission",
    "court",
    "association",
    "federation",
    "corporation",
    "corp",
    "company",
    "group",
    "inc",
    "ltd",
    "llc",
    "plc",
    "foundation",
    "assembly",
    "army",
    "navy",
    "police",
    "office",
    "department",
    "bureau",
    "chamber",
    "initiative",
    "alliance",
    "front",
    "movement",
    "post",
    "journal",
    "press",
    "network",
    "club",
    "board",
    "authority",
    "church",
    "congress",
    "senate",
    "centre",
    "center",
    "programme",
    "program",
    "tribunal",
    "guard",
    "league",
    "society",
    "airlines",
    "airways",
    "exchange",
    "media",
    "television",
    "tv",
    "radio",
    "broadcasting",
    "herald",
    "telegraph",
    "guardian",
    "tribune",
    "gazette",
    "daily",
    "weekly",
    "magazine",
    "channel",
    "secretariat",
    "cabinet",
    "directorate",
    "administration",
    "duma",
    "majilis",
    "mazhilis",
    "kremlin",
    "pentagon",
    "nations",
    "coalition",
    "mission",
    "embassy",
    "consulate",
    "academy",
    "school",
    "hospital",
    "museum",
    "railways",
    "holdings",
    "industries",
    "systems",
    "technologies",
    "motors",
    "ministries",
    "brigade",
    "battalion",
    "regiment",
    "division",
    "militia",
    "council",
    "senate",
    "cooperation",
    "community",
    "partnership",
    "project",
    "team",
    "monitor",
    "observatory",
    "watch",
    "unit",
];

/// Last words of the names of laws, schemes, prizes and events, which are not
/// annotated: "Electoral Code", "Patriot Act", "Davis Cup", "Gati Shakti Yojana".
pub const DOCUMENT_HEADS: &[&str] = &[
    "code",
    "ordinance",
    "act",
    "constitution",
    "charter",
    "bill",
    "accord",
    "accords",
    "agreement",
    "convention",
    "protocol",
    "declaration",
    "doctrine",
    "scheme",
    "yojana",
    "yojna",
    "abhiyan",
    "cup",
    "trophy",
    "prize",
    "award",
    "awards",
    "games",
    "olympics",
    "festival",
    "conference",
    "summit",
    "meeting",
    "holiday",
];

/// Words that open or close a company's or club's name: "Granite Ltd", "FC Ardel".
pub const LEGAL_SUFFIXES: &[&str] = &[
    "fc", "afc", "sc", "cf", "inc", "ltd", "llc", "plc", "corp", "co", "gmbh", "jsc", "ag", "sa",
    "nv", "bv", "ab", "asa", "oyj", "spa", "sdn", "bhd", "berhad", "pte", "pty", "llp", "lp",
    "srl", "sas",
];

/// Lowercase nouns that, right after a name, make it a place's: "Upper Nile state".
pub const DIVISION_NOUNS: &[&str] = &[
    "state",
    "states",
    "province",
    "provinces",
    "region",
    "regions",
    "district",
    "districts",
    "county",
    "counties",
    "governorate",
    "prefecture",
    "oblast",
    "municipality",
    // "the Orra area", "Orra and Vessa areas", "the Ardel neighbourhood".
    "area",
    "areas",
    "neighbourhood",
    "neighborhood",
    "suburb",
    "township",
];

/// Words that end a minister's portfolio: "Minister of Foreign Affairs", "Minister of
/// Territorial Administration".
pub const PORTFOLIO_WORDS: &[&str] = &[
    "affairs",
    "defence",
    "defense",
    "finance",
    "health",
    "education",
    "justice",
    "interior",
    "trade",
    "agriculture",
    "information",
    "communication",
    "communications",
    "energy",
    "mines",
    "petroleum",
    "labour",
    "labor",
    "transport",
    "administration",
    "development",
    "security",
    "commerce",
    "industry",
    "environment",
    "tourism",
    "culture",
    "sport",
    "sports",
    "youth",
    "economy",
    "planning",
    "works",
    "housing",
    "water",
    "fisheries",
    "lands",
    "employment",
    "oil",
    "gas",
    "forestry",
    "aviation",
    "telecommunications",
    "infrastructure",
    "immigration",
    "state",
];

/// Words that make a name a place's when it ends with one: "Caspian Sea", "Red Square".
/// Words that open a place's name: "County Clare", "Lake Orra", "Mount Vessel".
pub const PLACE_OPENERS: &[&str] = &[
    "county", "lake", "mount", "port", "fort", "cape", "isle", "gulf", "bay", "st", "st.", "saint",
    "ste",
];

/// Words that open a place's name of any length: Malay and Indonesian words for an
/// estate, a village, a road, a hill, a river, an island, a junction, a cape
/// ("Taman Orra Jaya", "Kampung Vessa"), and lakes and rivers elsewhere ("Loch
/// Orran", "River Vessa"). ("Kota" and "Rio" are also given names.)
pub const PLACE_OPENERS_ANY_LENGTH: &[&str] = &[
    "taman", "kampung", "kampong", "jalan", "bukit", "sungai", "pulau", "simpang", "tanjung",
    "loch", "lough", "river",
];

pub const PLACE_HEADS: &[&str] = &[
    "prefecture",
    "cosmodrome",
    "terminus",
    "park",
    "sea",
    "ocean",
    "river",
    "lake",
    "mountains",
    "mountain",
    "mount",
    "valley",
    "island",
    "islands",
    "peninsula",
    "province",
    "region",
    "oblast",
    "district",
    "county",
    "street",
    "avenue",
    "square",
    "route",
    "road",
    "bridge",
    "desert",
    "strait",
    "canal",
    "bay",
    "gulf",
    "airport",
    "stadium",
    "port",
    "harbour",
    "harbor",
    "coast",
    "steppe",
    "plateau",
    "basin",
    "highway",
    "corridor",
    "city",
    "village",
    "town",
    "republic",
    "jail",
    "prison",
    "penitentiary",
    "drive",
    "lane",
    "boulevard",
    "township",
];

/// Given names that are also ordinary English words, which `data/given_names.txt`
/// leaves out: before another given name they open a person's name ("Maria Elena
/// Orrin", "Rose Mary Orrin"), not a word for a side or a job.
pub const ORDINARY_GIVEN_NAMES: &[&str] = &[
    "maria", "rose", "grace", "hope", "faith", "joy", "mark", "bill", "will", "jack", "frank",
    "rob", "pat", "sue", "dawn", "eve", "iris", "ivy", "lily", "daisy", "ruby", "pearl", "amber",
    "marina", "gloria", "carol", "ray", "dean", "drew", "chase", "hunter", "rocky", "sandy",
    "penny", "holly", "heather", "violet", "rusty", "buck", "gene", "earl", "bud", "max", "angel",
    "destiny", "honey", "sunny", "forest", "river", "sky", "page",
];

/// Languages that have no country's adjective of their own: "in Hindi", "a Swahili
/// word" name no place, people or body.
pub const LANGUAGES: &[&str] = &[
    "hindi",
    "urdu",
    "bengali",
    "bangla",
    "punjabi",
    "tamil",
    "telugu",
    "kannada",
    "malayalam",
    "marathi",
    "gujarati",
    "odia",
    "assamese",
    "sindhi",
    "pashto",
    "dari",
    "farsi",
    "swahili",
    "kiswahili",
    "amharic",
    "hausa",
    "yoruba",
    "igbo",
    "zulu",
    "xhosa",
    "afrikaans",
    "sesotho",
    "setswana",
    "shona",
    "ndebele",
    "luganda",
    "kinyarwanda",
    "tigrinya",
    "oromo",
    "wolof",
    "twi",
    "mandarin",
    "cantonese",
    "hokkien",
    "tagalog",
    "cebuano",
    "javanese",
    "sundanese",
    "tetum",
    "sinhala",
    "sinhalese",
    "tibetan",
    "uyghur",
    "yiddish",
    "esperanto",
    "gaelic",
    "catalan",
    "basque",
    "galician",
    "quechua",
    "guarani",
    "aymara",
    "creole",
    "patois",
];

/// Last words of a named building or venue, which the annotation counts as a place
/// ("the Comedy Theatre", "Adebayo Market"). A body's word elsewhere in the name
/// makes it a body's ("Royal Court Theatre Company").
pub const BUILDING_HEADS: &[&str] = &[
    "mansion",
    "palace",
    "theatre",
    "theater",
    "mosque",
    "temple",
    "cathedral",
    "basilica",
    "shrine",
    "market",
    "plaza",
    "arboretum",
    "courthouse",
    "dam",
    "tower",
    "towers",
    "castle",
    "monument",
    "memorial",
    "cemetery",
    "gardens",
    "arena",
    "hall",
    "house",
    "plant",
];

/// Directions that qualify a place ("Western Kazakhstan") or a demonym ("Central Asian").
pub const DIRECTIONS: &[&str] = &[
    "north",
    "south",
    "east",
    "west",
    "northern",
    "southern",
    "eastern",
    "western",
    "central",
    "northeast",
    "northwest",
    "southeast",
    "southwest",
    "northeastern",
    "northwestern",
    "southeastern",
    "southwestern",
    "upper",
    "lower",
    "greater",
    "inner",
    "outer",
    "mid",
];

/// Capitalised adjectives and group names that are not places and not entities.
pub const OTHER_ADJECTIVES: &[&str] = &[
    "soviet",
    "arab",
    "muslim",
    "christian",
    "jewish",
    "sunni",
    "shia",
    "shiite",
    "catholic",
    "orthodox",
    "protestant",
    "communist",
    "socialist",
    "marxist",
    "leninist",
    "stalinist",
    "democrat",
    "democratic",
    "republican",
    "liberal",
    "conservative",
    "latin",
    "nordic",
    "slavic",
    "turkic",
    "western",
    "eastern",
    "northern",
    "southern",
    "westerner",
    "westerners",
    "islamist",
    "jihadist",
    "tsarist",
    "imperial",
    "federal",
    "national",
    "international",
    "global",
    "european",
    "trans",
];

/// Upper-case abbreviations that are not organisations: time zones, units, currencies.
pub const NOT_ORGANISATIONS: &[&str] = &[
    "gmt", "utc", "bst", "est", "edt", "pst", "pdt", "cet", "cest", "msk", "am", "pm", "tv", "ok",
    "ceo", "cfo", "coo", "cto", "gdp", "covid", "aids", "hiv", "dna", "id", "pdf", "url", "faq",
    "usd", "eur", "rub", "kzt", "gbp", "cny", "lng", "it", "ai", "vip", "pr", "ps", "nb", "ii",
    "iii", "iv", "vi", "vii", "viii", "ix", "xi", "xii", "mp", "mps", "pow", "pows", "ad", "bc",
    "ce", "bce", "km", "kg", "mph", "dj", "ceos", "q", "faqs", "rip", "lol", "omg", "r&d", "m&a",
    "q&a", "b&b", "a&e", "fir", "firs", "sars", "mers", "h1n1", "suv", "suvs", "atm", "atms",
    "gps", "sms", "ngo", "ngos", "lgbt", "lgbtq", "mri", "icu", "cctv", "vat", "gst", "ppe", "ev",
    "evs", "ipo", "usb", "dna", "rna", "pcr", "co2", "ch4", "odi", "odis", "t20", "t20i", "t20is",
    "gpt", "llm", "llms", "nft", "nfts", "esg", "kpi", "kpis", "mou", "mous", "hq", "hr", "api",
    "apis", "sme", "smes", "msme", "msmes", "fdi", "roi", "ebitda", "eps", "yoy",
];

/// The place gazetteer: names (folded) to their written form, and the adjectives and
/// demonyms that are not places.
pub struct Gazetteer {
    pub places: HashMap<String, String>,
    pub adjectives: HashSet<String>,
    /// Places with a demonym of their own (countries, mostly), by [`place_key`].
    pub nations: HashSet<String>,
    /// A nation's other names to its first one: "US", "U.S." and "America" are the
    /// "United States".
    pub canonical: HashMap<String, String>,
}

/// The gazetteer, parsed once from `data/places.txt`.
pub fn gazetteer() -> &'static Gazetteer {
    static G: OnceLock<Gazetteer> = OnceLock::new();
    G.get_or_init(|| {
        let mut places = HashMap::new();
        let mut nations = HashSet::new();
        let mut canonical = HashMap::new();
        let mut adjectives: HashSet<String> =
            OTHER_ADJECTIVES.iter().map(|s| s.to_string()).collect();
        for line in include_str!("../../data/places.txt").lines() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            // A line with a bar names one place several ways; one without lists
            // several places.
            let (names, adjs) = line.split_once('|').unwrap_or((line, ""));
            let one_place = line.contains('|');
            let mut first: Option<&str> = None;
            for name in names.split(',').map(str::trim).filter(|n| !n.is_empty()) {
                places.insert(place_key(name), name.to_string());
                if !adjs.trim().is_empty() {
                    nations.insert(place_key(name));
                }
                if one_place {
                    let head = *first.get_or_insert(name);
                    canonical.insert(place_key(name), head.to_string());
                }
            }
            for adj in adjs.split(',').map(str::trim).filter(|a| !a.is_empty()) {
                let key = fold(adj);
                adjectives.insert(format!("{key}s"));
                adjectives.insert(key);
            }
        }
        // A demonym that is also a place name ("Georgian" is not, "Kuwait" is) stays a
        // place; an adjective never shadows a place.
        adjectives.retain(|a| !places.contains_key(a));
        Gazetteer {
            places,
            adjectives,
            nations,
            canonical,
        }
    })
}

/// Common given names in Latin script, many languages, folded (`data/given_names.txt`,
/// generated from an open-licence list: see `data/SOURCES.md`).
fn given_names() -> &'static HashSet<String> {
    static G: OnceLock<HashSet<String>> = OnceLock::new();
    G.get_or_init(|| {
        include_str!("../../data/given_names.txt")
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .map(String::from)
            .collect()
    })
}

/// Towns and cities of the world (`data/world_places.txt`, generated from GeoNames)
/// and the first-level divisions of every country (`data/regions.txt`, generated
/// from an open-licence list; see `data/SOURCES.md`), by [`place_key`].
fn world_places() -> &'static HashSet<String> {
    static W: OnceLock<HashSet<String>> = OnceLock::new();
    W.get_or_init(|| {
        include_str!("../../data/world_places.txt")
            .lines()
            .chain(include_str!("../../data/regions.txt").lines())
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .map(place_key)
            .collect()
    })
}

/// Whether `name` is the name of a town or city of 5,000 people or more somewhere,
/// or of a country's state, province, region or county.
/// Weak evidence, for a name nothing else types: many towns share their name with
/// people ("Obama" is a town in Japan), so a person's cue or a surname in the story
/// comes first.
pub fn is_world_place(name: &str) -> bool {
    let key = place_key(name);
    let places = world_places();
    places.contains(&key) || (key.contains('-') && places.contains(&key.replace('-', " ")))
}

/// Organisations the lists name (`data/organisations.txt`, the project's own, and
/// `data/firms.txt`, generated from an open-licence list: see `data/SOURCES.md`).
struct Organisations {
    /// A name written with a lowercase letter, folded, to its body's number.
    folded: HashMap<String, usize>,
    /// A name in capitals ("WHO", "AMD"), as written, to its body's number: such a
    /// name is only itself in capitals ("Who" opens a question).
    capitals: HashMap<String, usize>,
}

fn organisations() -> &'static Organisations {
    static O: OnceLock<Organisations> = OnceLock::new();
    O.get_or_init(|| {
        let mut out = Organisations {
            folded: HashMap::new(),
            capitals: HashMap::new(),
        };
        let lines = include_str!("../../data/organisations.txt")
            .lines()
            .chain(include_str!("../../data/firms.txt").lines())
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'));
        for (body, line) in lines.enumerate() {
            for name in line.split('|').map(str::trim).filter(|n| !n.is_empty()) {
                // "The Daily Telegraph" is also written without its article ("the
                // Daily Telegraph"); a one-word rest ("The Guardian") is an
                // ordinary word without it and is left as it is.
                let name = match name.strip_prefix("The ") {
                    Some(rest) if rest.contains(' ') => rest,
                    _ => name,
                };
                if name.chars().any(char::is_lowercase) {
                    out.folded.entry(fold(name)).or_insert(body);
                } else {
                    out.capitals.entry(name.to_string()).or_insert(body);
                }
            }
        }
        out
    })
}

/// The number of the well-known organisation named `name` ("Plaid Cymru",
/// "Tehreek-e-Taliban Pakistan", "Sberbank"), the same for each of its listed names
/// ("TTP"), if the lists have it. Evidence for a name nothing else types: a one-word name may
/// still be the surname of someone named in the story ("Honda").
pub fn listed_organisation(name: &str) -> Option<usize> {
    let orgs = organisations();
    let name = name.strip_prefix("The ").unwrap_or(name);
    if name.chars().any(char::is_lowercase) {
        orgs.folded.get(&fold(name)).copied()
    } else {
        // "PLAID CYMRU": a name of several words may be set in capitals.
        orgs.capitals.get(name).copied().or_else(|| {
            name.contains(' ')
                .then(|| orgs.folded.get(&fold(name)).copied())
                .flatten()
        })
    }
}

/// Whether `name` is a place the gazetteer knows or a town of [`is_world_place`].
pub fn is_known_place(name: &str) -> bool {
    gazetteer().places.contains_key(&place_key(name)) || is_world_place(name)
}

/// ISO codes of currencies often written before an amount ("KRW 3.2 trillion").
pub const CURRENCY_CODES: &[&str] = &[
    "USD", "EUR", "GBP", "JPY", "CNY", "RMB", "INR", "KRW", "RUB", "KZT", "CHF", "CAD", "AUD",
    "NZD", "HKD", "SGD", "ZAR", "NGN", "KES", "BRL", "MXN", "TRY", "SAR", "AED", "PKR", "BDT",
    "IDR", "MYR", "PHP", "THB", "VND", "EGP", "UAH", "PLN", "SEK", "NOK", "DKK", "CZK", "HUF",
    "ILS", "IRR", "ARS", "CLP", "COP", "PEN", "GHS", "ETB", "UZS",
];

/// Social networks and messaging services, named in news as where something was
/// said ("wrote on Instagram", "a Facebook post"): organisations wherever they are
/// named. Only names that are no ordinary word ("X", "Signal" and "Threads" are left
/// out).
pub const PLATFORMS: &[&str] = &[
    "facebook",
    "twitter",
    "instagram",
    "youtube",
    "tiktok",
    "whatsapp",
    "linkedin",
    "snapchat",
    "reddit",
    "wechat",
    "weibo",
    "pinterest",
    "telegram",
];

/// Common English words (`data/common_words.txt`, generated from SCOWL: see
/// `data/SOURCES.md`).
fn common_words() -> &'static HashSet<String> {
    static W: OnceLock<HashSet<String>> = OnceLock::new();
    W.get_or_init(|| {
        include_str!("../../data/common_words.txt")
            .lines()
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .map(String::from)
            .collect()
    })
}

/// Words of football reports: a story using three of them is about a match, and
/// a town's name in it is its club's ("Ardel's Mensah", "a win over Corvale").
pub const FOOTBALL_WORDS: &[&str] = &[
    "scored",
    "striker",
    "midfielder",
    "defender",
    "goalkeeper",
    "substitute",
    "brace",
    "hat-trick",
    "kick-off",
    "equaliser",
    "equalizer",
    "penalty",
    "goals",
    "fixture",
    "winger",
    "stoppage",
    "half-time",
];

/// Words of [`FOOTBALL_WORDS`] hardly used outside sport.
pub const FOOTBALL_ONLY_WORDS: &[&str] = &[
    "striker",
    "midfielder",
    "goalkeeper",
    "winger",
    "brace",
    "hat-trick",
    "kick-off",
    "equaliser",
    "equalizer",
    "stoppage",
    "half-time",
];

/// Whether `word` (any case) is a common English word: "Coverage", "Storm", "Wars"
/// are; "Kamara", "Aigerim" are not.
pub fn is_common_word(word: &str) -> bool {
    let f = fold(word);
    let w = common_words();
    w.contains(&f) || f.split(['-', '\'']).any(|part| w.contains(part))
}

/// Whether `word` as a whole (not a part of it: "Ra'vel") is an ordinary word.
pub fn is_common_whole_word(word: &str) -> bool {
    common_words().contains(&fold(word))
}

/// Whether `word` is a common given name, and not also a word that proves nothing
/// about a person: a sentence opener, a title, a calendar word, a place or demonym, an
/// organisation or place head word. "Kassym-Jomart", "Jean-Pierre": the first part
/// of a hyphenated name counts.
pub fn is_given_name(word: &str) -> bool {
    let first = word.split('-').next().unwrap_or(word);
    if first.chars().count() < 3
        || !first.chars().next().is_some_and(char::is_uppercase)
        || first.chars().skip(1).any(char::is_uppercase)
    {
        return false;
    }
    let f = fold(first);
    let g = gazetteer();
    given_names().contains(&f)
        && !in_list(SENTENCE_STARTERS, first)
        && !TITLES.contains(&f.as_str())
        && !is_calendar_word(first)
        && !in_list(ORG_HEADS, first)
        && !in_list(PLACE_HEADS, first)
        && !g.places.contains_key(&place_key(first))
        && !g.adjectives.contains(&f)
}

/// How gazetteer names are compared: folded, dots dropped ("U.S." = "US").
pub fn place_key(name: &str) -> String {
    fold(name).replace('.', "")
}

/// True when `word` (any case) is in `list`.
pub fn in_list(list: &[&str], word: &str) -> bool {
    if word.is_ascii() {
        list.iter().any(|e| e.eq_ignore_ascii_case(word))
    } else {
        let w = fold(word);
        list.contains(&w.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn listed_organisations_by_any_of_their_names_and_in_capitals() {
        let plaid = listed_organisation("Plaid Cymru");
        assert!(plaid.is_some());
        assert_eq!(listed_organisation("PLAID CYMRU"), plaid);
        assert_eq!(listed_organisation("The Plaid Cymru"), plaid);
        // A listed name with "The" is also found without it, when more than one
        // word is left.
        assert!(listed_organisation("Sydney Morning Herald").is_some());
        assert!(listed_organisation("Guardian").is_none());
        // One body's names share its number.
        assert_eq!(
            listed_organisation("TTP"),
            listed_organisation("Tehreek-e-Taliban Pakistan")
        );
        // A name in capitals is only itself in capitals.
        assert!(listed_organisation("WHO").is_some());
        assert!(listed_organisation("Who").is_none());
        assert!(listed_organisation("Orravale Motors").is_none());
    }
}

//! The words the generator writes with: a few thousand common English words, the
//! verbs of news copy, topic vocabularies, and the parts synthetic names are built
//! from. Written for this crate; lists are whitespace-separated so they stay compact.
//! A verb is `base` when regular, or `base|past|participle` when not.

/// Countable nouns of general and news English; plurals are derived (`plural`), with
/// the irregular ones written `singular|plural`.
pub const NOUNS: &str = "
account act action address administration advantage advice agency agenda agreement aid aim
air airport alliance allegation alternative amendment amount analysis announcement answer
appeal application approach approval area argument arm army arrangement arrest article
aspect assembly asset assessment assistance attack attempt attention audience audit
authority average award balance ballot ban bank barrier base basis battle bid bill board
body bond border branch breach bridge budget building burden business cabinet call
campaign candidate capacity capital car card career case cash ceasefire cell centre
chamber challenge champion chance change channel chapter charge charity chart
check choice circle citizen city claim class clause client climate clinic coalition coast
code colleague collection column commander comment commission commitment committee
community company comparison competition complaint concern conclusion condition conference
confidence conflict congress connection consequence constitution consultation contact
contract contribution control controversy convoy corner corporation corridor cost council
count country county coup course court crackdown credit crime crisis critic crop crowd
currency custody customer cut cycle damage danger data deadline deal death debate debt
decade decision declaration decline defeat defence deficit delay delegation demand
democracy demonstration department deposit deputy design detail detention development
device difference difficulty dimension direction director disaster discussion dispute
distance district division doctor document dollar domain door draft drive drought duty
economy edge edition editor effect effort election element emergency emission employee
employer end enemy energy enquiry environment episode equipment era error estimate event
evidence example exchange executive exercise exhibition exile expansion expense experience
expert explosion export exposure extension face facility fact factor factory failure
faith family farm farmer fault fear feature fee festival field figure file film finance
finding fire firm flight flood floor focus force forecast forest form forum foundation
frame framework freedom front fuel function fund future gain gallery gap gas gathering
generation gesture goal government governor grant ground group growth guarantee guard
guest guideline hall harbour head headquarters health hearing heart height highway
history holiday home hospital host hotel hour house household housing hunger idea image
impact import incident income increase independence index industry inflation influence
initiative injury inquiry inspection inspector institution instruction insurance intelligence
interest interview investigation investment investor island issue item job journal
journey judge judgment jury justice key killing label labour lack land language law lawsuit
lawyer layer leader leadership leak league lease legacy legislation lesson letter level
licence limit line link list loan lobby location loss majority manager mandate margin
market massacre match matter mayor measure mechanism media meeting member memory message
method migrant military mind minister ministry minority mission mistake model moment
momentum money month mood motion motive move movement murder museum nation need negotiation
neighbour network newspaper night nominee note notice number objective obligation
observer occasion offence offer office officer official oil operation opinion opponent
opportunity opposition option order organisation outcome output owner package pact page
panel parliament part partner partnership party passenger past patient pattern payment
peace penalty pension percentage performance period permit person petition phase phone
picture pipeline place plan plant platform player pledge plot point police policy poll
pollution population port position post poverty power practice premier presence presidency
president press pressure price priority prison prisoner prize probe problem procedure
process producer product production profit programme progress project promise proof
property proposal prosecution prosecutor prospect protest province provision public
purpose quality quarter question race raid range rate ratio reaction reader reality
reason rebel recession record recovery referendum reform refugee region register
regulation regulator relation relationship release relief report reporter representative
republic request requirement rescue research reserve resident resignation resistance
resolution resource response responsibility result return revenue review revolt reward
right riot rise risk rival road role round route rule ruling safety salary sale sanction
savings scale scandal scene schedule scheme school science scope score screen sea search
season seat secretary sector security seizure sentence series server service session
settlement share shift shipment shock shop shortage side sign signal site situation size
skill society soldier solution source speaker speech spending sport
stage stake standard start state statement station status step stock storm strategy
street strength strike structure student study subject subsidy success suit summit
supply support supporter surge survey suspect suspicion system table talk target task tax
teacher team technology tension term territory test testimony text theory threat ticket
tide timeline title topic total tour town trade tradition traffic tragedy train transfer
transition transport treaty trend trial trip troop trust truth turn union unit university
unrest update user valley value vehicle verdict version veteran victim victory video view
village violence visit voice volume vote voter wage war warning waste water wave way weapon
website week weight welfare well wing winner witness worker world writer year youth zone
child|children man|men woman|women spokesman|spokesmen spokeswoman|spokeswomen chairman|chairmen
";

/// People in the plural, the subjects of so much news copy.
pub const ACTORS: &str = "
officials residents protesters lawmakers analysts investors voters workers soldiers
police diplomats activists critics observers economists farmers students doctors nurses
teachers judges prosecutors journalists reporters witnesses survivors relatives families
rescuers firefighters engineers executives shareholders traders bankers miners drivers
pilots passengers tourists migrants refugees villagers shopkeepers landlords tenants
pensioners veterans volunteers campaigners negotiators mediators monitors inspectors
investigators auditors regulators ministers deputies senators councillors delegates
supporters opponents rebels militants fighters guards officers commanders experts
scientists researchers researchers historians lawyers defendants suspects detainees
";

pub const ADJECTIVES: &str = "
able absent absolute academic acceptable accurate active actual acute additional adequate
administrative adverse advanced aggressive agricultural alleged alternative ambitious
ancient angry annual anonymous apparent armed attractive automatic available average aware
bad balanced basic beautiful big bilateral bitter black bloody bold brief bright brilliant
broad brutal busy calm capable careful central certain cheap chief civil civilian classic
clean clear close coastal collective comfortable commercial common comparable competitive
complete complex comprehensive concerned conservative considerable consistent constant
constitutional contemporary controversial conventional cool corporate correct costly
critical crucial cultural curious current daily dangerous dark deadly decisive deep
defensive deliberate democratic dense dependent desperate detailed different difficult
digital diplomatic direct dirty disputed distant distinct diverse domestic dominant double
dramatic dry dual due early eastern economic educational effective efficient elderly
electoral electric eligible emergency emotional empty encouraging endless enormous entire
environmental equal essential ethnic eventual evident exact excellent exceptional
excessive exclusive existing expensive experimental explicit extensive external extra
extreme fair false familiar famous far fast fatal favourable federal fellow female final
financial fine firm fiscal flat flexible foreign formal former forthcoming fragile free
frequent fresh friendly frozen full fundamental further general generous genuine global
good gradual grand grave great gross growing guilty happy hard harsh healthy heavy hidden
high historic holy hostile huge humanitarian ideal illegal immediate imminent important
impossible improved inadequate incoming independent indirect individual industrial
inevitable informal initial inner innocent intense interim internal international
irregular joint junior key large late latest lawful leading legal legislative legitimate
liberal light likely limited little live local long loose low loyal main major male
mandatory marginal maritime massive maximum medical mental mild military minimum minor
mixed mobile moderate modern modest monthly moral multiple municipal mutual narrow
national native natural naval necessary negative nervous net neutral new next noble
normal northern notable nuclear numerous obvious occasional odd official ongoing open
operational opposite ordinary organised original outstanding overall overseas painful
parallel parliamentary partial particular past peaceful permanent personal physical plain
poor popular positive possible potential powerful practical precise preliminary presidential
previous primary prime principal prior private probable productive professional
profitable prominent proper proposed prospective provincial provisional public quick quiet
radical random rapid rare raw ready real reasonable recent regional regular relevant
reliable religious remote renewed residential respective responsible restricted rich
rigid right rival robust rough routine royal rural sacred safe satisfactory scientific
seasonal secondary secret secure senior sensitive separate serious severe sharp short
significant silent similar simple sincere single slight slow small smart social soft
solid sophisticated southern sovereign special specific stable standard steady steep
sticky strategic strict strong structural subsequent substantial subtle successful
sudden sufficient suitable super supreme sure surprising suspicious sustainable symbolic
systematic tactical technical temporary tense terrible theoretical thin tight tiny total
tough traditional tragic tremendous tribal troubled true typical ugly ultimate unable
uncertain unclear unconstitutional underground unexpected unfair unfortunate uniform
unique united universal unknown unlikely unpopular unprecedented unusual upcoming upper
urban urgent useful usual vague valid valuable various vast verbal vertical viable vital
volatile voluntary vulnerable warm weak wealthy weekly western white whole wide wild
wider willing wise wooden worried worse worst worthy wrong young
";

/// Verbs that take an object: `announced a plan`, `rejected the proposal`.
pub const VERBS: &str = "
accept access accuse achieve acknowledge acquire adopt address adjust advance affect
approve arrange assess assist attract authorise avoid back balance block boost break|broke|broken
bring|brought|brought build|built|built cancel|cancelled|cancelled capture challenge change
choose|chose|chosen cite claim clear close complete condemn confirm consider contain
continue criticise cut|cut|cut debate declare defend delay deliver demand deny deploy
describe design detain develop discuss dismiss disrupt double draft drop|dropped|dropped
ease eliminate end endorse enforce ensure establish examine expand expect explain expose
extend face fight|fought|fought file finance fire force form freeze|froze|frozen fund gain
give|gave|given halt handle hold|held|held host identify ignore impose improve include
increase inherit introduce investigate issue join justify keep|kept|kept launch lead|led|led
leave|left|left lift limit lose|lost|lost maintain manage mark meet|met|met monitor negotiate
nominate notice obtain occupy offer open oppose order organise outline overturn pass pay|paid|paid
plan|planned|planned postpone prepare present preserve prevent promise promote propose
protect provide publish pursue question raise reach receive reduce reform reject release
remove renew repair replace report represent request require resist resolve restore
restrict retain reveal review revise risk rule scrap|scrapped|scrapped secure seek|sought|sought
seize sell|sold|sold send|sent|sent set|set|set settle share shut|shut|shut sign slash
spark spend|spent|spent split|split|split stage strengthen submit|submitted|submitted suspend
sustain target tighten trigger undermine unveil urge use veto visit warn weaken welcome
win|won|won withdraw|withdrew|withdrawn
";

/// Verbs with no object: `prices rose`, `the minister resigned`.
pub const INTRANSITIVE: &str = "
agree arrive collapse compete continue decline emerge escalate fail fall|fell|fallen
flee|fled|fled gather grow|grew|grown improve intervene protest recover resign
respond retire rise|rose|risen settle slow stall struggle succeed surge survive vote wait
withdraw|withdrew|withdrawn worsen
";

/// Past-tense reporting verbs for quotations and indirect speech.
pub const SPEECH: &[&str] = &[
    "said",
    "said",
    "said",
    "said",
    "said",
    "told reporters",
    "added",
    "warned",
    "insisted",
    "claimed",
    "stressed",
    "noted",
    "argued",
    "acknowledged",
    "wrote",
    "explained",
];

pub const ADVERBS: &str = "
already also again almost apparently briefly broadly carefully clearly closely currently
deeply directly effectively entirely eventually finally firmly formally fully gradually
heavily immediately increasingly initially largely later narrowly nearly officially
openly partly previously privately publicly quickly quietly rapidly recently repeatedly
reportedly sharply significantly slowly strongly suddenly swiftly temporarily widely
";

/// Words for `NOUN of NOUN` and similar glue; plus prepositions for phrases of place.
pub const PREPOSITIONS: &[&str] = &[
    "in",
    "across",
    "near",
    "outside",
    "around",
    "throughout",
    "beyond",
];

/// A story's subject: extra nouns and verbs that recur within its articles, so terms
/// cluster by story as they do in real coverage.
pub struct Theme {
    pub nouns: &'static str,
    pub verbs: &'static str,
    pub headline: &'static [&'static str],
}

pub const THEMES: &[Theme] = &[
    Theme {
        nouns: "election vote ballot candidate turnout poll campaign constituency runoff
                mandate seat coalition landslide recount manifesto incumbent challenger",
        verbs: "campaign vote nominate elect|elected|elected contest concede|conceded|conceded",
        headline: &["wins", "concedes", "calls snap vote", "leads polls", "faces runoff"],
    },
    Theme {
        nouns: "protest rally march demonstration crowd barricade curfew unrest riot
                teargas crackdown arrest square slogan grievance",
        verbs: "march rally disperse|dispersed|dispersed detain clash|clashed|clashed",
        headline: &["faces protests", "imposes curfew", "cracks down", "defies crowds"],
    },
    Theme {
        nouns: "inflation currency budget deficit growth recession tariff export import
                subsidy interest rate bond yield market investor",
        verbs: "devalue slash raise|raised|raised borrow|borrowed|borrowed stimulate",
        headline: &["raises rates", "cuts forecast", "warns of recession", "unveils budget"],
    },
    Theme {
        nouns: "oil gas pipeline refinery output barrel field reserve tariff grid outage
                power plant shortage supply",
        verbs: "pump|pumped|pumped export ration|rationed|rationed drill|drilled|drilled",
        headline: &["cuts output", "signs gas deal", "faces blackouts", "halts exports"],
    },
    Theme {
        nouns: "trial verdict sentence appeal defendant prosecutor judge jury charge
                testimony witness evidence acquittal conviction bail",
        verbs: "convict|convicted|convicted acquit|acquitted|acquitted sentence indict charge",
        headline: &["jailed", "acquitted", "goes on trial", "loses appeal", "charged"],
    },
    Theme {
        nouns: "ceasefire offensive shelling troops front artillery drone casualty
                convoy checkpoint frontline militia truce siege",
        verbs: "shell|shelled|shelled bomb|bombed|bombed advance retreat repel|repelled|repelled",
        headline: &["shells", "agrees truce", "launches offensive", "repels attack"],
    },
    Theme {
        nouns: "flood earthquake storm landslide wildfire evacuation rescue relief
                shelter damage toll aftershock dam drought",
        verbs: "evacuate rescue|rescued|rescued flood|flooded|flooded destroy|destroyed|destroyed",
        headline: &["hit by floods", "death toll rises", "evacuates thousands", "declares emergency"],
    },
    Theme {
        nouns: "bribe embezzlement fraud probe audit scandal kickback contract tender
                asset laundering whistleblower",
        verbs: "embezzle|embezzled|embezzled launder|laundered|laundered bribe|bribed|bribed",
        headline: &["probed over bribes", "arrested in graft case", "denies fraud"],
    },
    Theme {
        nouns: "summit talks treaty envoy ambassador delegation sanction memorandum
                visit communique accord partnership",
        verbs: "host|hosted|hosted ratify|ratified|ratified broker|brokered|brokered",
        headline: &["hosts summit", "signs accord", "recalls ambassador", "expels diplomats"],
    },
    Theme {
        nouns: "outbreak vaccine hospital clinic patient infection case quarantine
                epidemic doctor ward shortage",
        verbs: "vaccinate|vaccinated|vaccinated quarantine|quarantined|quarantined treat|treated|treated",
        headline: &["reports outbreak", "orders lockdown", "expands vaccination"],
    },
    Theme {
        nouns: "strike walkout wage pension union contract overtime shift layoff
                picket dispute bonus",
        verbs: "strike|struck|struck negotiate lay|laid|laid",
        headline: &["workers strike", "agrees pay deal", "cuts jobs", "ends walkout"],
    },
    Theme {
        nouns: "coup plot attack raid militant weapon arsenal cell detention treason
                surveillance explosive",
        verbs: "foil|foiled|foiled arrest|arrested|arrested seize raid|raided|raided",
        headline: &["foils coup plot", "arrests suspects", "seizes weapons", "raises alert"],
    },
];

/// First names, male then female, with a few accented spellings that fold to ASCII.
pub const MALE_FIRST: &str = "
Aleksandr Alexei Andrei Anton Arman Askar Bakhyt Boris Daniyar Dmitri Erlan Fyodor Grigori
Igor Ivan Kairat Karim Konstantin Marat Mikhail Nikolai Nurlan Oleg Pavel Roman Ruslan
Sergei Timur Viktor Vladimir Yuri Zhanbolat Ahmed Ali Hassan Omar Yusuf Mehmet Kemal
Emre José Luis Carlos Jorge Miguel Pablo Andrés Joaquín Pierre Jean François Étienne
Luc Hans Klaus Jürgen Stefan Tomasz Piotr Marek Jan Lars Erik Nils John James Michael
David Robert William Thomas Daniel Mark Paul Peter Richard Andrew George Samuel Kwame
Kofi Chinedu Tunde Olu Raj Arjun Vikram Sanjay Hiroshi Kenji Takeshi Wei Jun Min-jun
Ji-ho Nguyen Minh Anwar Rizal Farid Tariq Imran
";

pub const FEMALE_FIRST: &str = "
Aigerim Aliya Anna Dana Elena Galina Irina Karlygash Marina Natalia Olga Svetlana Tatiana
Yelena Zarina Ayşe Elif Fatma Leyla Amira Fatima Layla Nour María Lucía Carmen Sofía
Isabel Ana Marie Céline Hélène Sophie Claire Anke Ingrid Katarzyna Agnieszka Eva Maja
Sara Emma Mary Elizabeth Sarah Jennifer Laura Rachel Catherine Helen Grace Amara Ngozi
Aisha Zainab Priya Anjali Sunita Yuki Haruka Mei Li Na Seo-yeon Ji-woo Linh Siti Nurul
Dewi
";

/// Consonant onsets, vowels and codas for synthetic surnames and place names.
pub const ONSETS: &[&str] = &[
    "b", "d", "k", "m", "n", "r", "s", "t", "v", "z", "sh", "kh", "zh", "g", "l", "p", "f", "ch",
    "y", "br", "dr", "kr", "st", "tr", "bel", "gor", "h", "j",
];
pub const VOWELS: &[&str] = &["a", "a", "e", "i", "o", "u", "a", "e", "o", "ai", "ia"];
pub const CODAS: &[&str] = &["", "", "", "", "n", "r", "l", "s", "k", "m", "t", "z"];

/// Surname endings and their other transliterations (`-ov` / `-off`).
pub const SURNAME_ENDINGS: &[&[&str]] = &[
    &["ov", "off"],
    &["ev", "eff"],
    &["ayev", "aev", "ayef"],
    &["enko"],
    &["sky", "ski"],
    &["ovich", "ovic", "owitz"],
    &["yan", "ian"],
    &["ashvili"],
    &["ulin"],
    &["ez", "es"],
    &["elli", "elly"],
    &["son", "sen"],
    &["mann", "man"],
    &["ić", "ic", "ich"],
    &["uly", "uli"],
    &["bekov", "bekoff"],
    &[""],
    &[""],
    &[""],
];

/// Title before a person's name, and the role it implies in apposition.
pub const PERSON_TITLES: &[(&str, &str)] = &[
    ("President", "president"),
    ("Prime Minister", "prime minister"),
    ("Foreign Minister", "foreign minister"),
    ("Finance Minister", "finance minister"),
    ("Defence Minister", "defence minister"),
    ("Interior Minister", "interior minister"),
    ("Senator", "senator"),
    ("Governor", "governor"),
    ("Mayor", "mayor"),
    ("General", "army chief"),
    ("Judge", "judge"),
    ("Dr", "researcher"),
    ("", "spokesperson"),
    ("", "analyst"),
    ("", "opposition leader"),
    ("", "lawyer"),
    ("", "chief executive"),
    ("", "economist"),
    ("", "activist"),
    ("", "former minister"),
    ("", "professor"),
    ("", "business owner"),
];

/// Adjectives that start organisation names (`National Security Committee`).
pub const ORG_ADJECTIVES: &[&str] = &[
    "National",
    "Central",
    "Federal",
    "Democratic",
    "United",
    "Independent",
    "Social",
    "Popular",
    "Civic",
    "Free",
    "Progressive",
    "Republican",
    "People's",
    "Liberal",
    "Green",
    "Northern",
    "Southern",
    "Eastern",
    "Western",
    "Supreme",
    "Joint",
    "General",
    "International",
    "Regional",
    "State",
    "Public",
    "Royal",
    "Islamic",
    "Christian",
    "Patriotic",
    "Reform",
    "Unity",
    "Justice",
    "Labour",
    "Workers'",
    "Farmers'",
];

/// Subjects that organisations are named for (`Security`, `Energy`).
pub const ORG_TOPICS: &[&str] = &[
    "Security",
    "Energy",
    "Defence",
    "Finance",
    "Trade",
    "Health",
    "Education",
    "Transport",
    "Agriculture",
    "Justice",
    "Election",
    "Development",
    "Investment",
    "Labour",
    "Housing",
    "Water",
    "Mining",
    "Oil",
    "Gas",
    "Railway",
    "Aviation",
    "Maritime",
    "Media",
    "Human Rights",
    "Anti-Corruption",
    "Audit",
    "Statistics",
    "Customs",
    "Border",
    "Emergency",
    "Environment",
    "Industry",
    "Technology",
    "Communications",
    "Tourism",
    "Culture",
    "Youth",
    "Veterans",
    "Migration",
    "Competition",
    "Consumer",
    "Banking",
    "Pension",
    "Insurance",
    "Nuclear",
    "Space",
    "Infrastructure",
    "Reconstruction",
    "Planning",
    "Innovation",
    "Sports",
];

/// The kinds of body organisations are (`Committee`, `Party`).
pub const ORG_TYPES: &[&str] = &[
    "Committee",
    "Party",
    "Council",
    "Agency",
    "Bank",
    "Union",
    "Commission",
    "Front",
    "Movement",
    "Court",
    "Service",
    "Authority",
    "Institute",
    "Federation",
    "Corporation",
    "Fund",
    "Association",
    "Board",
    "Alliance",
    "Organisation",
    "Bureau",
    "Centre",
];

pub const COMPANY_KINDS: &[&str] = &[
    "Petroleum",
    "Holdings",
    "Group",
    "Energy",
    "Mining",
    "Telecom",
    "Airlines",
    "Motors",
    "Steel",
    "Bank",
    "Capital",
    "Logistics",
    "Pharma",
    "Foods",
    "Resources",
    "Gas",
    "Shipping",
    "Partners",
    "Construction",
    "Systems",
];

/// Words for outlet names (`The Varnsk Herald`, `Radio Orlev`).
pub const PAPER_WORDS: &[&str] = &[
    "Times",
    "Herald",
    "Post",
    "Gazette",
    "Tribune",
    "Chronicle",
    "Observer",
    "Daily News",
    "Courier",
    "Monitor",
    "Journal",
    "Express",
    "Independent",
    "Telegraph",
    "Standard",
    "Mirror",
    "Star",
    "Sun",
    "Record",
    "Dispatch",
    "Review",
    "Bulletin",
    "Voice",
    "Mail",
    "Sentinel",
    "Register",
    "Leader",
    "Examiner",
    "Globe",
    "Insider",
];

pub const OUTLET_WORDS: &[&str] = &[
    "Today", "News", "Online", "Watch", "Report", "Wire", "Digest", "Live", "24", "Now", "Pulse",
    "Daily", "Brief", "Review", "Focus", "Weekly", "Insight", "Matters",
];

/// The news agencies written as `wire`, spelled as the ingest step recognises them.
pub const WIRES: &[&str] = &[
    "AFP",
    "Reuters",
    "AP",
    "TASS",
    "Xinhua",
    "dpa",
    "Interfax",
    "Anadolu",
    "EFE",
    "Kyodo",
    "Yonhap",
    "UPI",
    "Bloomberg",
    "ANSA",
];

/// Section names in datelines such as `Jan 10, 2022 - World`.
pub const SECTIONS: &[&str] = &[
    "World", "Politics", "Business", "Europe", "Asia", "Economy", "Opinion", "Security", "Energy",
    "Markets", "Region", "News",
];

/// A verb's forms: base, past, participle.
#[derive(Debug, Clone)]
pub struct Verb {
    pub base: String,
    pub third: String,
    pub past: String,
    pub participle: String,
}

pub fn verbs(list: &str) -> Vec<Verb> {
    list.split_whitespace()
        .map(|item| {
            let mut parts = item.split('|');
            let base = parts.next().unwrap_or(item).to_string();
            let past = parts
                .next()
                .map(str::to_string)
                .unwrap_or_else(|| regular_past(&base));
            let participle = parts.next().map(str::to_string).unwrap_or(past.clone());
            Verb {
                third: third_person(&base),
                base,
                past,
                participle,
            }
        })
        .collect()
}

fn is_vowel(c: u8) -> bool {
    matches!(c, b'a' | b'e' | b'i' | b'o' | b'u')
}

fn regular_past(base: &str) -> String {
    let b = base.as_bytes();
    if base.ends_with('e') {
        format!("{base}d")
    } else if base.ends_with('y') && b.len() > 1 && !is_vowel(b[b.len() - 2]) {
        format!("{}ied", &base[..base.len() - 1])
    } else {
        format!("{base}ed")
    }
}

fn third_person(base: &str) -> String {
    let b = base.as_bytes();
    if ["s", "sh", "ch", "x", "z", "o"]
        .iter()
        .any(|e| base.ends_with(e))
    {
        format!("{base}es")
    } else if base.ends_with('y') && b.len() > 1 && !is_vowel(b[b.len() - 2]) {
        format!("{}ies", &base[..base.len() - 1])
    } else {
        format!("{base}s")
    }
}

/// (singular, plural) for each noun in a list.
pub fn nouns(list: &str) -> Vec<(String, String)> {
    list.split_whitespace()
        .map(|item| match item.split_once('|') {
            Some((s, p)) => (s.to_string(), p.to_string()),
            None => (item.to_string(), plural(item)),
        })
        .collect()
}

pub fn plural(noun: &str) -> String {
    let b = noun.as_bytes();
    if matches!(noun, "headquarters" | "police" | "data" | "media" | "news") {
        noun.to_string()
    } else if let Some(stem) = noun.strip_suffix("is") {
        format!("{stem}es")
    } else if ["s", "sh", "ch", "x", "z"]
        .iter()
        .any(|e| noun.ends_with(e))
    {
        format!("{noun}es")
    } else if noun.ends_with('y') && b.len() > 1 && !is_vowel(b[b.len() - 2]) {
        format!("{}ies", &noun[..noun.len() - 1])
    } else {
        format!("{noun}s")
    }
}

pub fn words(list: &str) -> Vec<&str> {
    list.split_whitespace().collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inflections() {
        let v = verbs("approve deny block|blocked|blocked push");
        assert_eq!(v[0].past, "approved");
        assert_eq!(v[1].past, "denied");
        assert_eq!(v[1].third, "denies");
        assert_eq!(v[2].third, "blocks");
        assert_eq!(v[3].third, "pushes");
        assert_eq!(plural("policy"), "policies");
        assert_eq!(plural("crisis"), "crises");
        assert_eq!(plural("day"), "days");
    }

    #[test]
    fn vocabulary_is_a_few_thousand_forms() {
        let mut forms = std::collections::HashSet::new();
        for (s, p) in nouns(NOUNS) {
            forms.insert(s);
            forms.insert(p);
        }
        for v in verbs(VERBS).into_iter().chain(verbs(INTRANSITIVE)) {
            forms.extend([v.base, v.third, v.past, v.participle]);
        }
        for w in words(ADJECTIVES).into_iter().chain(words(ADVERBS)) {
            forms.insert(w.to_string());
        }
        assert!(forms.len() > 2500, "{} forms", forms.len());
    }
}

//! Over 600 lines because each reading (glucose, saturation, temperature, age, weeks, pressure)
//! shares the number scanner and its units; splitting by reading is the next step.
//!
//! Measurements patients quote: a glucose meter reading, oxygen saturation, a
//! temperature, a baby's age, weeks of pregnancy. The presentation table uses them as
//! discriminators ("under 3 months with 38 °C", "glucose 2.1").
//!
//! Numbers are read from the raw text because "2.1" and "2 1" mean different things;
//! the words around a number decide what it measures.

use super::scope::BASELINE_WORDS;

/// What the message says was measured. `None` where it says nothing.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub(crate) struct Readings {
    /// Lowest glucose, in mmol/L (mg/dL readings are converted).
    pub glucose_mmol: Option<f32>,
    /// Lowest oxygen saturation, in percent.
    pub oxygen: Option<f32>,
    /// Highest temperature, in °C (°F readings are converted).
    pub temperature_c: Option<f32>,
    /// Youngest age of a baby, in days.
    pub infant_days: Option<f32>,
    /// Weeks of pregnancy.
    pub pregnancy_weeks: Option<f32>,
    /// Highest heart rate, in beats a minute.
    pub heart_rate: Option<f32>,
    /// Lowest peak flow, in percent of the patient's best or predicted.
    pub peak_flow: Option<f32>,
    /// Highest blood ketones, in mmol/L.
    pub ketones: Option<f32>,
    /// Highest blood pressure quoted as "systolic/diastolic".
    pub blood_pressure: Option<(f32, f32)>,
    /// Lowest systolic pressure quoted ("85/50" in someone with a fever is shock).
    pub lowest_systolic: Option<f32>,
    /// Highest INR quoted ("inr 6.2", "INR-Wert 5,8").
    pub inr: Option<f32>,
    /// Lowest heart rate, in beats a minute ("pulse 34").
    pub slowest_heart: Option<f32>,
    /// Highest glucose, in mmol/L; a meter that reads "HI" is above its range.
    pub highest_glucose_mmol: Option<f32>,
    /// Highest potassium from a blood test, in mmol/L ("Kalium 7,0").
    pub potassium: Option<f32>,
    /// A creatinine now over the one before or the usual one ("von 1,4 auf 2,3").
    pub creatinine_ratio: Option<f32>,
    /// Weight put on, in kg ("3 kilo aangekomen", "up 5 lbs").
    pub weight_gain_kg: Option<f32>,
    /// Highest lithium level quoted, in mmol/L ("lithium level came back 1.9").
    pub lithium: Option<f32>,
    /// Fastest breathing rate quoted, in breaths a minute (`a_breathing_rate.rs`).
    pub breathing_rate: Option<f32>,
    /// Slowest breathing rate quoted, in breaths a minute.
    pub slowest_breathing: Option<f32>,
    /// Lowest body temperature quoted, in °C, where a word names it as a temperature
    /// ("temp 34.8", "34,6 graden temperatuur"): 35 or under is hypothermia.
    pub lowest_temperature_c: Option<f32>,
}

/// Where a reading sits in the text, in bytes: from the word that names what was
/// measured (or the number, when it comes first) to the end of the number. The caller
/// scopes it (`scope/reading.rs`): a reading in a "what if", a past one, a relative's
/// history or the patient's usual value is not a reading now.
pub(crate) type Span = (usize, usize);

/// Words before a lithium level.
const LITHIUM_WORDS: &[&str] = &[
    "lithium",
    "litio",
    "lítio",
    "lithiumspiegel",
    "lithemie",
    "litemia",
];

/// Words that name a blood pressure, for readings written with a word between the numbers.
const PRESSURE_NAMES: &[&str] = &[
    "bp",
    "pressure",
    "pressao",
    "pressão",
    "pressione",
    "presion",
    "presión",
    "tension",
    "tensão",
    "tensao",
    "druck",
    "bloeddruk",
    "rr ",
];

/// The start of the second number after a word joining two numbers of a blood pressure
/// ("over", "on", "op", "sur", "su", "por", "auf", "zu"), if one follows `end`.
fn pressure_word_after(text: &str, end: usize) -> Option<usize> {
    const JOINS: &[&str] = &[
        " over ", " on ", " op ", " sur ", " su ", " por ", " sobre ", " auf ", " zu ",
    ];
    let rest = text.get(end..)?.to_lowercase();
    JOINS
        .iter()
        .find(|join| rest.starts_with(*join))
        .map(|join| end + join.len())
}

/// Every "160/110" in the text that reads as a blood pressure.
fn blood_pressures(text: &str) -> impl Iterator<Item = ((f32, f32), usize)> + '_ {
    let bytes = text.as_bytes();
    // "188 over 112", "190 op 110": a word between the numbers only where the message
    // names a blood pressure (session 16d).
    let lower = text.to_lowercase();
    let pressure_named = PRESSURE_NAMES.iter().any(|name| lower.contains(name));
    let number_at = |start: usize| {
        let end = (start..bytes.len())
            .find(|&i| !bytes[i].is_ascii_digit())
            .unwrap_or(bytes.len());
        (end > start)
            .then(|| text[start..end].parse::<f32>().ok().map(|n| (n, end)))
            .flatten()
    };
    (0..bytes.len()).filter_map(move |i| {
        let starts = bytes[i].is_ascii_digit() && (i == 0 || !bytes[i - 1].is_ascii_digit());
        if !starts {
            return None;
        }
        let (systolic, end) = number_at(i)?;
        let slash = *bytes.get(end)? == b'/';
        let (diastolic, _) = if slash {
            number_at(end + 1)?
        } else if let Some(after) = pressure_named
            .then(|| pressure_word_after(text, end))
            .flatten()
        {
            number_at(after)?
        } else {
            return None;
        };
        // "a pressão está 7 por 4", "22 por 13": Portuguese and Spanish speakers tell a
        // pressure in centimetres of mercury; only with a word join, never a slash (a date).
        let centimetres_range =
            (5.0..=26.0).contains(&systolic) && (3.0..=16.0).contains(&diastolic);
        // "tension à 8/5", "tensão 9/6": French and Portuguese speakers write centimetres
        // with a slash too; only with a word for the pressure just before (not a date).
        let named_just_before = || {
            let before: String = text[..i]
                .chars()
                .rev()
                .take(16)
                .collect::<Vec<_>>()
                .into_iter()
                .rev()
                .collect();
            let before = before.to_lowercase();
            ["tension", "tensão", "tensao", "pressão", "pressao"]
                .iter()
                .any(|name| before.contains(name))
        };
        let centimetres = centimetres_range
            && systolic > diastolic
            && if slash {
                named_just_before()
            } else {
                text[end..].starts_with(" por ")
            };
        let (systolic, diastolic) = if centimetres {
            (systolic * 10.0, diastolic * 10.0)
        } else {
            (systolic, diastolic)
        };
        // Centimetres are told of the very low too ("6 por 4").
        let lowest = if centimetres { 50.0 } else { 70.0 };
        ((lowest..=260.0).contains(&systolic) && (40.0..=160.0).contains(&diastolic))
            .then_some(((systolic, diastolic), i))
    })
}

const GLUCOSE_WORDS: &[&str] = &[
    "sugar",
    "sugars",
    "glucose",
    "bm",
    "bg",
    "reading",
    "meter",
    "libre",
    "dexcom",
    "mmol",
    "mg",
    "mgdl",
    "glucosa",
    "azucar",
    "marca",
    "aparato",
    "glucometro",
    "glucemia",
    "glycemie",
    "sucre",
    "zucker",
    "blutzucker",
    "glicemia",
    "zucchero",
    "glicose",
    "acucar",
    "suiker",
    "bloedsuiker",
    "hypo",
    "level",
    "levels",
    "bs",
    "glukose",
    "glucometro",
    "glucometre",
    "glucometer",
    "glukometer",
    "fingerprick",
    "prick",
    "sensor",
    "capteur",
    "sensore",
    "freestyle",
    // Plurals: "glicemie sopra 300", "suikers 22".
    "glicemie",
    "glicemias",
    "glucemias",
    "glycemies",
    "suikers",
];
const OXYGEN_WORDS: &[&str] = &[
    "sats",
    "sat",
    "saturation",
    "saturating",
    "oxygen",
    "o2",
    "spo2",
    "oximeter",
    "ox",
    "saturacion",
    "oxigeno",
    "sauerstoff",
    "sattigung",
    "sauerstoffsattigung",
    // "ä" typed "ae" (session 18c).
    "saettigung",
    "sauerstoffsaettigung",
    "ossigeno",
    "saturazione",
    "oxigenio",
    "saturacao",
    "zuurstof",
    "saturatie",
    "oxymetre",
    "saturimetro",
    "saturometro",
    "pulsioximetro",
    "pulsossimetro",
    "oximetro",
    "oxymeter",
    "saturatiemeter",
    "vingermeter",
    "pulsoximeter",
    "saturometre",
];
const HEART_WORDS: &[&str] = &[
    "heart",
    "rate",
    "pulse",
    "hr",
    "bpm",
    "racing",
    "pulso",
    "pulsaciones",
    "pouls",
    "puls",
    "herzfrequenz",
    "battito",
    "battiti",
    "batimentos",
    "hartslag",
    "pols",
    "herzrasen",
    "fc",
    // "pulsação 38", "frequenza cardiaca 140", "fréquence cardiaque 145" (session 25b).
    "pulsacao",
    "pulsacoes",
    "cardiaca",
    "cardiaque",
];
/// A watch or fitness tracker, which shows a pulse ("my watch says 180", "130 op mn
/// horloge", "bei 120 bis 130 laut Uhr"; session 17a).
const WATCH_WORDS: &[&str] = &[
    "watch",
    "smartwatch",
    "fitbit",
    "garmin",
    "tracker",
    "horloge",
    "uhr",
    "reloj",
    "montre",
    "orologio",
    "relogio",
];
/// The heart named anywhere near a watch's number: a watch also tells the time (times of
/// day are under 25, below any pulse read here) and counts steps.
const HEART_NAMED_WORDS: &[&str] = &[
    "heart",
    "hearts",
    "pulse",
    "racing",
    "pounding",
    "palpitations",
    "palpitation",
    "coeur",
    "corazon",
    "cuore",
    "coracao",
    "herz",
    "puls",
    "hart",
    "hartkloppingen",
    "hartklopingen",
    "herzrasen",
    "herzklopfen",
    "palpitaciones",
    "palpitazioni",
    "palpitacoes",
    "pols",
    "pulso",
    "pouls",
];
/// What else a watch counts.
const WATCH_COUNTS: &[&str] = &[
    "steps", "calories", "kcal", "cal", "km", "miles", "pasos", "pas", "schritte", "passi",
    "passos", "stappen",
];
const PEAK_FLOW_WORDS: &[&str] = &[
    "peak",
    "flow",
    "pef",
    // French "DEP" (débit expiratoire de pointe), as dictation writes it (session 23b).
    "dep",
    "peakflow",
    "pico",
    "flujo",
    "debit",
    "pointe",
    "picco",
    "flusso",
    "fluxo",
    "piekstroom",
];
/// Words that introduce a patient's usual peak flow ("140, normally 450").
const BEST_WORDS: &[&str] = &[
    "normally",
    "usually",
    "best",
    "normal",
    "usual",
    "predicted",
    "normalmente",
    "habitual",
    "normalement",
    "habituellement",
    "normalerweise",
    "sonst",
    "normalmente",
    "solitamente",
    "geralmente",
    "normaal",
    "meestal",
    "gewoonlijk",
    // "il mio migliore è 450", "o meu melhor é 430", "mijn beste 410".
    "migliore",
    "melhor",
    "beste",
    "mejor",
    "meilleur",
    "bestwert",
];
/// The international normalised ratio of a patient on warfarin.
const INR_WORDS: &[&str] = &["inr", "inrwert"];

/// Words before the kind of diabetes ("type 1"): the number after them is not a reading.
const TYPE_WORDS: &[&str] = &["type", "tipo", "typ", "tipe"];

const KETONE_WORDS: &[&str] = &[
    "keton",
    "ketone",
    "ketones",
    "ketonen",
    "cetonas",
    "cetona",
    "cetones",
    "cetone",
    "chetoni",
    "chetonemia",
    "cetonemia",
    // French "cétonémie" (session 21d).
    "cetonemie",
    "ketonemie",
    "ketoner",
    "ketonwert",
    "keytone",
    "keytones",
    "cetonicos",
    "cetoniques",
];
const TEMPERATURE_WORDS: &[&str] = &[
    "temp",
    "temperature",
    "fever",
    "f",
    "fahrenheit",
    "degrees",
    "thermometer",
];
const PREGNANCY_WORDS: &[&str] = &[
    "pregnant",
    "pregnancy",
    "embarazada",
    "embarazo",
    "enceinte",
    "grossesse",
    "schwanger",
    "schwangerschaft",
    "incinta",
    "gravidanza",
    "gravida",
    "gravidez",
    "zwanger",
    "zwangerschap",
    "sa",
    "ssw",
    "gestation",
    "expecting",
];
/// Words of meters that read in g/L (France, Belgium).
const GRAMS_GLUCOSE_WORDS: &[&str] = &["dextro", "glycemie", "glycemies", "glucometre"];
const INFANT_WORDS: &[&str] = &[
    "baby",
    "grandson",
    "granddaughter",
    "nieto",
    "nieta",
    "neto",
    "neta",
    "nipote",
    "enkel",
    "enkelin",
    "enkelkind",
    "kleinzoon",
    "kleindochter",
    "kleinkind",
    "bb",
    "bimba",
    "bimbo",
    "bambina",
    "bambino",
    "nene",
    "nena",
    "kindje",
    "babys",
    "bebe",
    "newborn",
    "infant",
    "son",
    "daughter",
    "old",
    "vida",
    "nacido",
    "nacida",
    "alt",
    "oud",
    "nourrisson",
    "neugeborenes",
    "saugling",
    "neonato",
    "lattante",
    "nenem",
    "hijo",
    "hija",
    "fils",
    "fille",
    "sohn",
    "tochter",
    "figlio",
    "figlia",
    "filho",
    "filha",
    "zoon",
    "dochter",
    "kleine",
    "petit",
    "petite",
    "boy",
    "girl",
    "zoontje",
    "dochtertje",
    "bebito",
    "bebita",
    "bebezinho",
    "bebezinha",
    "piccolo",
    "piccola",
    // Endearments for a baby (session 16d: "ma puce de 6 semaines").
    "puce",
    "pitchoune",
    "kleintje",
    "bebezito",
    "bebezita",
];
/// A baby in its first weeks, whatever its age in numbers.
const NEWBORN_WORDS: &[&str] = &[
    "newborn",
    "neonate",
    "neugeborenes",
    "neugeboren",
    "neonato",
    "neonata",
    "pasgeboren",
    "pasgeborene",
    "nouveau",
    "recien",
    "recem",
];
const NEWBORN_PAIRS: &[(&str, &str)] = &[("new", "born"), ("nouveau", "ne")];

/// Words for being born: "born 7 weeks ago" is an age, not a time since an event.
const BORN_WORDS: &[&str] = &[
    "born", "nato", "nata", "nacido", "nacida", "nacio", "geboren", "nascido", "nascida", "nasceu",
    "nacque",
];

/// Words that make a duration a time since an event, not an age ("2 weeks ago").
const AGO_WORDS: &[&str] = &[
    "ago", "hace", "depuis", "vor", "fa", "atras", "geleden", "since", "after", "post", "desde",
    "seit", "dopo", "apos", "for", "pendant", "durante", "lang", "last", "every", "each",
];

fn unit_days(unit: &str) -> Option<f32> {
    Some(match unit {
        "d" | "day" | "days" | "dia" | "dias" | "jour" | "jours" | "j" | "tag" | "tage"
        | "tagen" | "giorno" | "giorni" | "dag" | "dagen" => 1.0,
        "w" | "wk" | "wks" | "week" | "weeks" | "semana" | "semanas" | "sem" | "semaine"
        | "semaines" | "woche" | "wochen" | "settimana" | "settimane" | "weken" | "wkn"
        | "sett" => 7.0,
        "m" | "mo" | "mth" | "mths" | "month" | "months" | "mes" | "meses" | "mois" | "monat"
        | "monate" | "monaten" | "mese" | "mesi" | "maand" | "maanden" | "mnd" | "mnden" => 30.0,
        _ => return None,
    })
}

/// One word of the message: a number (with the unit glued to it, if any) or letters.
#[derive(Debug, Clone, PartialEq)]
enum Word {
    Number(f32, String),
    Text(String),
}

/// A lowercase letter with the accents of the seven languages taken off.
pub(crate) fn fold(c: char) -> char {
    match c {
        'á' | 'à' | 'â' | 'ä' | 'ã' => 'a',
        'é' | 'è' | 'ê' | 'ë' => 'e',
        'í' | 'ì' | 'î' | 'ï' => 'i',
        'ó' | 'ò' | 'ô' | 'ö' | 'õ' => 'o',
        'ú' | 'ù' | 'û' | 'ü' => 'u',
        'ç' => 'c',
        'ñ' => 'n',
        other => other,
    }
}

/// The words of the text, each with the byte offset where it starts in the text.
fn words(text: &str) -> (Vec<Word>, Vec<usize>) {
    let (chars, offsets): (Vec<char>, Vec<usize>) = text
        .char_indices()
        .flat_map(|(at, c)| c.to_lowercase().map(move |l| (fold(l), at)))
        .unzip();
    let mut out = Vec::new();
    let mut starts = Vec::new();
    let mut current = String::new();
    let mut start = 0;
    let flush =
        |current: &mut String, out: &mut Vec<Word>, starts: &mut Vec<usize>, start: usize| {
            if current.is_empty() {
                return;
            }
            starts.push(start);
            let split = current
                .find(|c: char| !(c.is_ascii_digit() || c == '.' || c == ','))
                .unwrap_or(current.len());
            let (number, unit) = current.split_at(split);
            let number = number.trim_end_matches(['.', ',']).replace(',', ".");
            match number.parse::<f32>() {
                Ok(value) if !number.is_empty() => {
                    out.push(Word::Number(value, unit.trim_start_matches('%').to_owned()))
                }
                _ => out.push(Word::Text(std::mem::take(current))),
            }
            current.clear();
        };
    for (index, &c) in chars.iter().enumerate() {
        let between_digits = index > 0
            && chars[index - 1].is_ascii_digit()
            && chars.get(index + 1).is_some_and(char::is_ascii_digit);
        if c.is_alphanumeric() || ((c == '.' || c == ',') && between_digits) {
            if current.is_empty() {
                start = offsets[index];
            }
            current.push(c);
        } else {
            flush(&mut current, &mut out, &mut starts, start);
        }
    }
    flush(&mut current, &mut out, &mut starts, start);
    // "baby van vijf weken": a number written as a word counts before a unit of time.
    for index in 0..out.len().saturating_sub(1) {
        let value = match (&out[index], &out[index + 1]) {
            (Word::Text(word), Word::Text(unit)) if unit_days(unit).is_some() => number_word(word),
            _ => None,
        };
        if let Some(value) = value {
            out[index] = Word::Number(value, String::new());
        }
    }
    (out, starts)
}

/// Two to twelve written as words in the seven languages.
fn number_word(word: &str) -> Option<f32> {
    const WORDS: [&[&str]; 11] = [
        &["two", "dos", "deux", "zwei", "due", "dois", "duas", "twee"],
        &["three", "tres", "trois", "drei", "tre", "drie"],
        &["four", "cuatro", "quatre", "vier", "quattro", "quatro"],
        &["five", "cinco", "cinq", "funf", "cinque", "vijf"],
        &["six", "seis", "sechs", "sei", "zes"],
        &["seven", "siete", "sept", "sieben", "sette", "sete", "zeven"],
        &["eight", "ocho", "huit", "acht", "otto", "oito"],
        &["nine", "nueve", "neuf", "neun", "nove", "negen"],
        &["ten", "diez", "dix", "zehn", "dieci", "dez", "tien"],
        &["eleven", "once", "onze", "elf", "undici"],
        &[
            "twelve", "doce", "douze", "zwolf", "dodici", "doze", "twaalf",
        ],
    ];
    WORDS
        .iter()
        .position(|words| words.contains(&word))
        .map(|index| index as f32 + 2.0)
}

fn text_at(words: &[Word], index: usize) -> Option<&str> {
    match words.get(index) {
        Some(Word::Text(text)) => Some(text),
        Some(Word::Number(_, unit)) if !unit.is_empty() => Some(unit),
        _ => None,
    }
}

fn near(words: &[Word], index: usize, before: usize, after: usize, set: &[&str]) -> bool {
    let start = index.saturating_sub(before);
    let end = (index + after + 1).min(words.len());
    (start..end).any(|i| text_at(words, i).is_some_and(|w| set.contains(&w)))
}

/// Thirst, passing water a lot, "high": the signs of a high sugar. Said beside a
/// glucose of 20 to 35, the number is mmol/L (a high reading), not a severe hypo in mg/dL
/// (batch 84: "sugars been in the 20s all day, thirsty and peeing loads" read as 1.1).
const HIGH_SUGAR_WORDS: &[&str] = &[
    "thirsty",
    "thirst",
    "peeing",
    "weeing",
    "urinating",
    "high",
    "highs",
    "hyper",
    "20s",
    "twenties",
    "30s",
    // A ketone check is told beside a high sugar, in mmol/L (batch 89: "sugar 24 no
    // ketones" read as 1.3); "rising" as well (batch 82).
    "ketones",
    "ketone",
    "keytones",
    "rising",
    "sed",
    "durst",
    "soif",
    "sete",
    "sede",
    "dorst",
    "alta",
    "alto",
    "haute",
    "hoch",
];

fn high_in_mmol(words: &[Word], index: usize, value: f32) -> bool {
    value <= 35.0
        && (near(words, index, 12, 12, HIGH_SUGAR_WORDS)
            || !near(words, index, 12, 12, LOW_SUGAR_WORDS))
}

/// The endings of medicine names that a dose follows ("furosemide 40", "ramipril 5",
/// "atorvastatin 40"), misspelt or not: a number just after one is a dose.
const MEDICINE_ENDINGS: &[&str] = &[
    "ide", "pril", "olol", "sartan", "statin", "dipine", "xaban", "gatran", "azole", "cillin",
    "mycin", "oxetine", "opram", "azepam", "formin", "profen", "tamol", "lasix", "aspirin",
];

fn after_a_medicine(words: &[Word], index: usize) -> bool {
    index >= 1
        && text_at(words, index - 1).is_some_and(|w| {
            w.len() >= 5 && MEDICINE_ENDINGS.iter().any(|ending| w.ends_with(ending))
        })
}

/// The words of a low sugar. A glucose of 20 to 35 with no unit is a high reading in
/// mmol/L (a person at 20-35 mg/dL, 1.1-1.9 mmol/L, is shaking, confused or out), so it
/// is read as mg/dL only beside one of these (session 17's leftover "glucosa en 20";
/// session 18c).
const LOW_SUGAR_WORDS: &[&str] = &[
    "low",
    "lows",
    "hypo",
    "hypos",
    "shaky",
    "shaking",
    "sweaty",
    "sweating",
    "confused",
    "baja",
    "bajo",
    "bajon",
    "hipo",
    "hipoglucemia",
    "temblando",
    "tiembla",
    "sudando",
    "basse",
    "bas",
    "hypoglycemie",
    "tremble",
    "niedrig",
    "unterzucker",
    "unterzuckerung",
    "zittert",
    "schwitzt",
    "bassa",
    "basso",
    "ipo",
    "ipoglicemia",
    "trema",
    "sudato",
    "baixa",
    "baixo",
    "hipoglicemia",
    "tremendo",
    "laag",
    "trilt",
    "zweet",
    // A hypo being treated ("le dimos zumo", "hat Traubenzucker bekommen") or not
    // answering after it.
    "juice",
    "jelly",
    "tabs",
    "glucogel",
    "glucagon",
    "hypostop",
    "dextro",
    "zumo",
    "jus",
    "traubenzucker",
    "succo",
    "suco",
    "sap",
    "responding",
    "responder",
    "responde",
    "repond",
    "reagiert",
    "risponde",
    "reageert",
];

/// "fluoxetine 20mg", "2 x 400mg": the only glucose word near is a dose's "mg", so the
/// number is not a glucose in mg/dL unless the unit is written "mg/dl" (batch 74: three
/// medicine doses read as a severe hypo).
fn only_a_dose(words: &[Word], index: usize, unit: &str) -> bool {
    let per_decilitre = unit == "mgdl"
        || [index + 1, index + 2]
            .iter()
            .any(|&i| text_at(words, i) == Some("dl"));
    let named = (index.saturating_sub(4)..(index + 3).min(words.len())).any(|i| {
        text_at(words, i).is_some_and(|w| w != "mg" && w != "mgdl" && GLUCOSE_WORDS.contains(&w))
    });
    !per_decilitre && !named
}

/// "HbA1c 48 mmol/mol", "hba1c 44", "hémoglobine glyquée 7,2": a three-month average, not
/// a glucose now (read as a severe hypo in mg/dL before; session 23e).
fn an_hba1c(words: &[Word], index: usize) -> bool {
    const A1C: &[&str] = &[
        "hba1c",
        "a1c",
        "hb1ac",
        "hba1",
        "glycated",
        "glycosylated",
        "glyquee",
        "glycquee",
        "glicada",
        "glicata",
        "glicosilata",
        "glykiert",
        "langzeitzucker",
        "langzeitwert",
    ];
    let per_mol = text_at(words, index + 1) == Some("mmol")
        && text_at(words, index + 2) == Some("mol")
        || matches!(&words[index], Word::Number(_, unit) if unit == "mmol")
            && text_at(words, index + 1) == Some("mol");
    let named = (index.saturating_sub(4)..index).any(|i| match &words[i] {
        Word::Text(w) => A1C.contains(&w.as_str()),
        // "hba1c" may be cut as "hba" and a 1 with "c" glued to it.
        Word::Number(one, unit) => *one == 1.0 && unit == "c",
    });
    per_mol || named
}

/// "Reading glasses", "reading room": the word names no meter (session 16d: "left my
/// reading glasses in room 2" read as a glucose of 2).
fn reading_something_else(words: &[Word], at: usize) -> bool {
    const THINGS: &[&str] = &[
        "glasses", "glass", "specs", "lamp", "light", "room", "book", "books", "list",
    ];
    text_at(words, at) == Some("reading")
        && text_at(words, at + 1).is_some_and(|w| THINGS.contains(&w))
}

/// A ketone reading: the first number after a word for ketones, up to five words on
/// ("cetonas en sangre me dan 3,8"), or a number just before one; "ketones 0.2 this
/// morning, sugar 7.8" reads 0.2, not 7.8.
fn ketone_reading(words: &[Word], index: usize) -> bool {
    if near(words, index, 0, 1, KETONE_WORDS) {
        return true;
    }
    let start = index.saturating_sub(5);
    // Words every meter shares ("ketone meter says LO, sugar 11"): only a word that
    // names glucose itself ends the ketones' reach.
    const SHARED: &[&str] = &["meter", "reading", "level", "levels", "reads", "says"];
    (start..index).rev().find_map(|i| match &words[i] {
        Word::Number(..) => Some(false),
        _ if text_at(words, i)
            .is_some_and(|w| GLUCOSE_WORDS.contains(&w) && !SHARED.contains(&w)) =>
        {
            Some(false)
        }
        _ if text_at(words, i).is_some_and(|w| KETONE_WORDS.contains(&w)) => Some(true),
        _ => None,
    }) == Some(true)
}

/// "She is 6 weeks", "he is 2 months": an age said without "old" (batch 67), in weeks
/// or months only, so "he is 3 days in bed" stays a duration.
fn told_age(words: &[Word], index: usize, days: f32) -> bool {
    let before = |back: usize| index.checked_sub(back).and_then(|i| text_at(words, i));
    // "he's 7 weeks", "shes 10 wks", "il a 7 semaines", "hij is 6 weken", "tiene 7
    // semanas" (session 18d); not "hij is 6 weken ziek" (ill for six weeks).
    let verb = matches!(
        (before(2), before(1)),
        (Some("she" | "he" | "baby"), Some("is"))
            | (Some("she" | "he"), Some("s"))
            | (_, Some("hes" | "shes" | "tiene" | "tem"))
            | (Some("il" | "elle"), Some("a"))
            | (Some("hij" | "zij" | "ze"), Some("is"))
            | (Some("er" | "sie"), Some("ist"))
    );
    let ill_for = text_at(words, index + 2).is_some_and(|w| ILL_FOR.contains(&w));
    days >= 7.0 && verb && !ill_for
}

/// "J'ai 38 ans", "tengo 38 años", "ho 38 anni", "tenho 39 anos", "ich bin 39", "ik ben
/// 38", "I'm 38": a person's age in whole years, not a temperature (session 23f: "j'ai 38
/// ans" read as a fever). By a word for years after the number, or by "I am" before a
/// whole number with no degrees after it; "j'ai 38 de fièvre", "tengo 39 de fiebre", "ich habe 39"
/// keep their reading.
fn told_as_years_of_age(words: &[Word], index: usize, unit: &str, value: f32) -> bool {
    let whole = value.fract() == 0.0;
    let years = YEARS_OF_AGE.contains(&unit);
    let degrees = matches!(
        unit,
        "c" | "grad" | "graden" | "degrees" | "degres" | "grados" | "gradi" | "graus"
    );
    let i_am = !degrees
        && index > 0
        && text_at(words, index - 1).is_some_and(|w| I_AM.contains(&w))
        && !near(words, index, 0, 2, TEMPERATURE_WORDS);
    whole && (years || i_am)
}

/// Words for years of age after a number.
const YEARS_OF_AGE: &[&str] = &[
    "years", "year", "yrs", "yo", "ans", "anos", "anni", "jaar", "jahre", "jahren",
];

/// "I am" right before an age ("I'm 38" is read "i m 38").
const I_AM: &[&str] = &["im", "m", "bin", "ben", "aged"];

/// "Lleva 5 días con fiebre", "6 dagen koorts", "da 3 giorni", "3 days of fever": how
/// long an illness has lasted, not a baby's age, whoever is named beside it (sessions 22e
/// and 22f: a child's 5-day fever read as a fever under 3 months). Only before the number,
/// so "la bimba di 2 mesi da ieri" keeps its age, and a fever word right after the unit.
fn told_as_duration(words: &[Word], index: usize) -> bool {
    let before = (1..=2).any(|back| {
        index
            .checked_sub(back)
            .and_then(|i| text_at(words, i))
            .is_some_and(|w| DURATION_BEFORE.contains(&w))
    });
    let unit_end = match &words[index] {
        Word::Number(_, glued) if !glued.is_empty() => index,
        _ => index + 1,
    };
    // "bebê 2 meses febre 38,5", "bb de 7 semaines fièvre 38,4": an age, then a reading.
    let illness_after = (1..=2).any(|ahead| {
        let at = unit_end + ahead;
        text_at(words, at).is_some_and(|w| FEVER_AFTER.contains(&w))
            && (ahead == 1 || text_at(words, unit_end + 1).is_some_and(|w| OF.contains(&w)))
            && !(at + 1..at + 3).any(|i| matches!(words.get(i), Some(Word::Number(..))))
    });
    before || illness_after
}

/// Words just before a number that make it a duration ("lleva", Italian "da"). Not
/// "already", "al", "schon", "já", "già": "ha già 2 mesi" is an age.
const DURATION_BEFORE: &[&str] = &[
    "lleva", "llevo", "llevas", "llevamos", "llevan", "da", "sinds", "fait", "durant",
];

/// A fever named right after the duration ("6 dagen koorts", "5 días de fiebre"); not
/// "temp": "baby 6 weeks temp 38.4" is an age, then a reading.
const FEVER_AFTER: &[&str] = &[
    "fever",
    "fiebre",
    "calentura",
    "fievre",
    "fieber",
    "febbre",
    "febre",
    "koorts",
];

/// "Of" between a duration and the illness; not "con", "with": "bebé de 5 días con
/// fiebre" is a baby's age.
const OF: &[&str] = &["of", "de", "di", "van"];

/// Words after "is N weeks" that make it how long an illness has lasted, not an age.
const ILL_FOR: &[&str] = &[
    "ziek",
    "krank",
    "sick",
    "ill",
    "malade",
    "enfermo",
    "enferma",
    "doente",
    "malato",
    "post",
    "into",
    "pregnant",
    "zwanger",
    "embarazada",
    "enceinte",
    "schwanger",
];

/// A number joined to what it measures by a verb or a preposition just before it ("is
/// 88", "está em 88", "steht bei 88"), not an age ("is 88 years").
fn linked_to_a_name(words: &[Word], index: usize) -> bool {
    const LINKS: &[&str] = &[
        "is", "at", "on", "em", "en", "esta", "est", "ist", "bei", "e", "a", "op", "sta", "of",
        "de", "di", "van", "von", "nur", "only", "solo", "apenas", "maar",
    ];
    const YEARS: &[&str] = &[
        "years", "yrs", "year", "anos", "ans", "jahre", "jahren", "anni", "jaar", "y", "yo",
    ];
    index > 0
        && text_at(words, index - 1).is_some_and(|w| LINKS.contains(&w))
        && !text_at(words, index + 1).is_some_and(|w| YEARS.contains(&w))
}

/// Words that name a body temperature, in the seven languages.
const BODY_TEMPERATURE_WORDS: &[&str] = &[
    "temp",
    "temperature",
    "temperatura",
    "temperatur",
    "temperatuur",
    "thermometer",
    "termometro",
    "thermometre",
    "koorts",
];

/// Words of the air, a room, water or a fridge: a temperature of those is no reading.
const AIR_WORDS: &[&str] = &[
    "outside", "weather", "room", "house", "water", "bath", "fridge", "freezer", "heat",
    "heatwave", "sun", "fuera", "calor", "clima", "dehors", "chaleur", "meteo", "draussen",
    "draußen", "hitze", "wetter", "zimmer", "fuori", "caldo", "stanza", "fora", "quarto", "buiten",
    "hitte", "weer", "kamer", "agua", "eau", "wasser", "acqua",
];

/// The word naming a low body temperature at `index` (30-35.9 °C, 86-96.7 °F), if any,
/// with the temperature in °C.
fn low_temperature(words: &[Word], index: usize, value: f32, unit: &str) -> Option<(usize, f32)> {
    let celsius = if unit == "f" || text_at(words, index + 1) == Some("f") {
        (value - 32.0) / 1.8
    } else {
        value
    };
    if !(30.0..36.0).contains(&celsius) || matches!(unit, "mg" | "kg" | "mmol" | "weeks") {
        return None;
    }
    // "la temperatura de mi abuela es 34,7": the person may sit between.
    let named = nearest(words, index, 6, 3, BODY_TEMPERATURE_WORDS)?;
    if (named + 1..index).any(|i| matches!(words[i], Word::Number(..))) {
        return None;
    }
    (!near(words, index, 8, 8, AIR_WORDS)).then_some((named, celsius))
}

fn lower(slot: &mut Option<f32>, value: f32) {
    *slot = Some(slot.map_or(value, |old| old.min(value)));
}

fn higher(slot: &mut Option<f32>, value: f32) {
    *slot = Some(slot.map_or(value, |old| old.max(value)));
}

/// What one positioned reading measured.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Glucose,
    Oxygen,
    Inr,
    Ketones,
    HeartRate,
    Temperature,
    Potassium,
    WeightGain,
    Lithium,
    BreathingRate,
    LowTemperature,
}

/// One reading found in the text, before it is scoped.
#[derive(Debug, Clone, Copy)]
struct Found {
    kind: Kind,
    value: f32,
    /// Word index of the number.
    at: usize,
    span: Span,
}

/// Words between two readings of one kind that make the later one replace the earlier:
/// a recheck ("hands were freezing, warmed them up and it's 96 now"), a second meter
/// ("libre says 2.4 but fingerprick says 5.9"), a correction ("38 lol jk its 138").
/// The earlier number was a misreading or has passed; the later one is now.
const RECHECK_WORDS: &[&str] = &[
    "now",
    "nu",
    "jetzt",
    "ahora",
    "maintenant",
    "ora",
    "agora",
    "rechecked",
    "retested",
    "recheck",
    "retest",
    "again",
    "fingerprick",
    "prick",
    "warmed",
    "jk",
    "actually",
    "meant",
    "typo",
    "settled",
    "but",
    "pero",
    "mais",
    "aber",
    "ma",
    "maar",
    "mas",
    "inzwischen",
    "wieder",
    "otra",
    "encore",
    "depuis",
    "desde",
    "sindsdien",
    "since",
    "later",
    "despues",
    "dopo",
    "danach",
    "daarna",
    "depois",
    "apres",
];

/// Words for potassium in a blood result.
const POTASSIUM_WORDS: &[&str] = &[
    "potassium",
    "kalium",
    "potasio",
    "potassio",
    "kaliemie",
    "hyperkalaemia",
    "hyperkalemia",
];

/// Words for creatinine, the kidney blood test.
const CREATININE_WORDS: &[&str] = &[
    "creatinine",
    "creat",
    "kreatinin",
    "creatinina",
    "kreatinine",
    "creatinin",
];

/// Vitamin K antagonists: a decimal number soon after one is an INR ("Sintrom y hoy el
/// control dio 6,5").
const VKA_WORDS: &[&str] = &[
    "warfarin",
    "warfarine",
    "coumadin",
    "coumadine",
    "sintrom",
    "acenocumarol",
    "acenocoumarol",
    "marcumar",
    "marcoumar",
    "phenprocoumon",
    "fenprocoumon",
    "previscan",
    "fluindione",
];

/// Units of body weight, with their kilograms.
fn weight_kg(unit: &str) -> Option<f32> {
    match unit {
        "kg" | "kgs" | "kilo" | "kilos" | "kilogram" | "kilograms" | "kilogramm" | "chili"
        | "chilo" => Some(1.0),
        "lb" | "lbs" | "pound" | "pounds" => Some(0.4536),
        _ => None,
    }
}

/// Words that put weight on ("up 3kg", "3 kilo aangekomen", "pris 3 kilos").
const GAIN_WORDS: &[&str] = &[
    "up",
    "gained",
    "gain",
    "put",
    "heavier",
    "increase",
    "increased",
    "aangekomen",
    "bijgekomen",
    "erbij",
    "zugenommen",
    "mehr",
    "pris",
    "prise",
    "grossi",
    "preso",
    "aumentato",
    "aumentado",
    "subido",
    "engorde",
    "engordado",
    "ganhei",
    "ganho",
    "plus",
    "cogido",
    "ganado",
    // "peso salito di 2 kg", "aumentei 2 kg".
    "salito",
    "salita",
    "aumentei",
    "aumentou",
    "engordei",
    "engordou",
];

/// Words that date a weight gain to the last day or two.
const SINCE_YESTERDAY: &[&str] = &[
    "yesterday",
    "overnight",
    "gisteren",
    "hier",
    "ayer",
    "gestern",
    "ieri",
    "ontem",
    "days",
];

/// Exertion just before a pulse was taken: a fast pulse then is expected.
const EXERTION_WORDS: &[&str] = &[
    "running",
    "run",
    "ran",
    "jog",
    "jogging",
    "climbing",
    "stairs",
    "flights",
    "gym",
    "exercise",
    "exercising",
    "workout",
    "treadmill",
    "cycling",
    "coffee",
    "caffeine",
    "gimnasio",
    "correr",
    "escaleras",
    "courir",
    "escaliers",
    "laufen",
    "joggen",
    "treppen",
    "palestra",
    "correre",
    "hardlopen",
    "trappen",
    "sporten",
    // Dancing or a spin class (session 24b).
    "spin",
    "dancing",
    "bailando",
    "danser",
    "dansant",
    "tanzen",
    "ballare",
    "ballando",
    "dancando",
    "dansen",
];

/// Words after a number that make it a duration, not a heart rate ("heart op 30 years ago").
const DURATION_UNITS: &[&str] = &[
    "year", "years", "yrs", "yr", "ans", "anos", "jahre", "jahren", "anni", "jaar", "jaren", "min",
    "mins", "minute", "minutes", "minuten", "minuti", "minutos", "hours", "hrs", "heures",
    "stunden", "ore", "horas", "uur", "times", "x", "tablets", "pills", "mg",
];

/// Words of a meter that reads "LO" or "HI" (below or above its range).
const METER_WORDS: &[&str] = &[
    "reads",
    "says",
    // "the meter keeps saying HI" (session 21d).
    "saying",
    "shows",
    "bm",
    "bg",
    "meter",
    "reading",
    "segna",
    "marca",
    "affiche",
    "zeigt",
    "indica",
    "geeft",
    "mostra",
    "dice",
    "glucometro",
    "glucometre",
    "libre",
];

/// The word index of the nearest word of `set` around `index`, if any.
/// A number beside a watch, in a message that names the heart within a dozen words: a
/// heart rate the watch shows; the watch is the word that names it.
fn watch_pulse(words: &[Word], index: usize) -> Option<usize> {
    if near(words, index, 0, 1, WATCH_COUNTS) {
        return None;
    }
    let watch = nearest(words, index, 3, 3, WATCH_WORDS)?;
    near(words, index, 12, 12, HEART_NAMED_WORDS).then_some(watch)
}

/// The word naming a range a little after it ("readings of 38 to 41 for my pulse"): a
/// range is two numbers joined by "to", "a", "tot" or "bis", and the name may sit up to
/// three words after its second number.
fn range_named_after(words: &[Word], index: usize, set: &[&str]) -> Option<usize> {
    const JOINS: &[&str] = &["to", "a", "tot", "bis"];
    let number = |i: usize| matches!(words.get(i), Some(Word::Number(..)));
    let joined = |i: usize| text_at(words, i).is_some_and(|w| JOINS.contains(&w));
    let end = if joined(index + 1) && number(index + 2) {
        index + 2
    } else if index >= 2 && joined(index - 1) && number(index - 2) {
        index
    } else {
        return None;
    };
    // "36 to 39 weeks, pulse fine": a range with its own unit measures something else.
    let unit = |i: usize| {
        text_at(words, i).is_some_and(|w| unit_days(w).is_some() || DURATION_UNITS.contains(&w))
    };
    nearest(words, end, 0, 3, set).filter(|&at| at > end && !(end + 1..at).any(unit))
}

fn nearest(
    words: &[Word],
    index: usize,
    before: usize,
    after: usize,
    set: &[&str],
) -> Option<usize> {
    let start = index.saturating_sub(before);
    let end = (index + after + 1).min(words.len());
    (start..end)
        .filter(|&i| text_at(words, i).is_some_and(|w| set.contains(&w)))
        .min_by_key(|&i| i.abs_diff(index))
}

/// A creatinine now over the one before ("von 1,4 auf 2,3 gestiegen") or the usual one
/// ("came back 210, usually 130"): the ratio of now to before, with its span.
fn creatinine_rise(words: &[Word], starts: &[usize]) -> Option<(f32, Span)> {
    let named = words
        .iter()
        .position(|w| matches!(w, Word::Text(t) if CREATININE_WORDS.contains(&t.as_str())))?;
    let numbers: Vec<(usize, f32)> = (named + 1..(named + 9).min(words.len()))
        .filter_map(|i| match &words[i] {
            Word::Number(value, _) => Some((i, *value)),
            _ => None,
        })
        .collect();
    let usual = |i: usize| near(words, i, 2, 0, BEST_WORDS);
    // Two numbers of one result, linked ("von 1,4 auf 2,3", "210, usually 130"), not a
    // creatinine and another test ("creatinina 1,3 e filtrato 55").
    const LINKS: &[&str] = &[
        "to",
        "auf",
        "naar",
        "a",
        "al",
        "from",
        "von",
        "van",
        "de",
        "da",
        "was",
        "up",
        "now",
        "usually",
        "normally",
        "usual",
        "normal",
        "sonst",
        "normaal",
        "gestiegen",
        "risen",
        "rose",
        "jumped",
        "went",
        "gone",
    ];
    let numbers: Vec<(usize, f32)> = match numbers[..] {
        [(a, _), (b, _), ..]
            if (a + 1..b).any(|i| text_at(words, i).is_some_and(|w| LINKS.contains(&w))) =>
        {
            numbers
        }
        _ => return None,
    };
    let (before, now) = match numbers[..] {
        [(a, first), (b, second), ..] if usual(a) => (first, (b, second)),
        [(a, first), (b, second), ..] if usual(b) => (second, (a, first)),
        [(_, first), (b, second), ..] => (first, (b, second)),
        _ => return None,
    };
    (before > 0.0).then(|| (now.1 / before, (starts[named], starts[now.0])))
}

fn push(
    found: &mut Vec<Found>,
    starts: &[usize],
    kind: Kind,
    value: f32,
    at: usize,
    named: Option<usize>,
) {
    let first = named.map_or(at, |n| n.min(at));
    found.push(Found {
        kind,
        value,
        at,
        span: (starts[first], starts[at]),
    });
}

/// Reads every measurement the message quotes, as if every one were current.
#[cfg(test)]
pub(crate) fn read(text: &str) -> Readings {
    read_scoped(text, |_| true)
}

/// Reads every measurement the message quotes that `current` keeps: the caller decides
/// from each reading's span whether it is the patient's, now.
pub(crate) fn read_scoped(text: &str, current: impl Fn(Span) -> bool) -> Readings {
    let (words, starts) = words(text);
    let pregnant = words
        .iter()
        .any(|w| matches!(w, Word::Text(t) if PREGNANCY_WORDS.contains(&t.as_str())));
    let mut readings = Readings::default();
    let newborn = words.windows(2).any(|pair| match pair {
        [Word::Text(a), Word::Text(b)] => NEWBORN_PAIRS.contains(&(a.as_str(), b.as_str())),
        _ => false,
    }) || words
        .iter()
        .any(|w| matches!(w, Word::Text(t) if NEWBORN_WORDS.contains(&t.as_str())));
    if newborn {
        readings.infant_days = Some(14.0);
    }
    for (pressure, at) in blood_pressures(text) {
        if !current((at, at)) {
            continue;
        }
        if readings.blood_pressure.is_none_or(|old| pressure.0 > old.0) {
            readings.blood_pressure = Some(pressure);
        }
        lower(&mut readings.lowest_systolic, pressure.0);
    }
    let peak_flow_text = words
        .iter()
        .any(|w| matches!(w, Word::Text(t) if PEAK_FLOW_WORDS.contains(&t.as_str())));
    let mut litres: Vec<f32> = Vec::new();
    let mut found: Vec<Found> = Vec::new();
    for (index, word) in words.iter().enumerate() {
        let Word::Number(value, glued) = word else {
            continue;
        };
        let value = *value;
        // "type 1", "tipo 2": the kind of diabetes, never a reading ("sugar 16, type 1"
        // was a glucose of 1).
        if index > 0 && text_at(&words, index - 1).is_some_and(|w| TYPE_WORDS.contains(&w)) {
            continue;
        }
        let unit = if glued.is_empty() {
            text_at(&words, index + 1).unwrap_or("")
        } else {
            glued.as_str()
        };
        if let Some(days) = unit_days(unit) {
            // "bimba nata 7 settimane fa": a birth dates the baby, so it is an age [NG143].
            let born = near(&words, index, 3, 0, BORN_WORDS);
            let ago = index > 0
                && (near(&words, index, 2, 2, AGO_WORDS) || told_as_duration(&words, index))
                && !born;
            let is_weeks = days == 7.0 || unit == "sa" || unit == "ssw";
            // "in der 36. Woche": the German way to give the week of a pregnancy, with no
            // pregnancy word (batch 93, session 17e).
            let week_of_pregnancy = days == 7.0
                && value >= 12.0
                && index >= 2
                && matches!(
                    (text_at(&words, index - 2), text_at(&words, index - 1)),
                    (Some("in"), Some("der" | "de"))
                );
            if (pregnant || week_of_pregnancy) && is_weeks {
                higher(&mut readings.pregnancy_weeks, value);
            } else if !pregnant
                && !ago
                && (born
                    || told_age(&words, index, days)
                    || near(&words, index, 3, 3, INFANT_WORDS))
            {
                lower(&mut readings.infant_days, value * days);
            }
            continue;
        }
        if matches!(unit, "sa" | "ssw") {
            higher(&mut readings.pregnancy_weeks, value);
            continue;
        }
        if let Some(kg) = weight_kg(unit) {
            // Only a fast gain is a warning sign: within three days or since yesterday
            // ("3 kilo in 2 dagen"), not "2kg up over 3 weeks" or a diary's "a 2kg gain";
            // within a week, when it averages 2 kg over three days ("+3 kilos en 4 jours",
            // session 18c).
            let gain = value * kg;
            let fast = (index + 1..(index + 8).min(words.len())).any(|i| match &words[i] {
                Word::Number(days, glued) => {
                    let unit = if glued.is_empty() {
                        text_at(&words, i + 1).unwrap_or("")
                    } else {
                        glued
                    };
                    (*days <= 3.0 || (*days <= 7.0 && gain * 3.0 >= 2.0 * *days))
                        && unit_days(unit) == Some(1.0)
                }
                Word::Text(word) => SINCE_YESTERDAY.contains(&word.as_str()),
            });
            if let Some(named) = nearest(&words, index, 3, 2, GAIN_WORDS).filter(|_| fast) {
                push(
                    &mut found,
                    &starts,
                    Kind::WeightGain,
                    value * kg,
                    index,
                    Some(named),
                );
            }
            continue;
        }
        let oxygen_reach = if matches!(unit, "percent" | "per" | "pc") {
            10
        } else {
            4
        };
        // "I'm 68" (read "i m 68"), "aged 70": an age, not the saturation named before it.
        let an_age = unit.is_empty()
            && index > 0
            && matches!(
                text_at(&words, index - 1),
                Some("im" | "m" | "aged" | "age")
            );
        if (50.0..=100.0).contains(&value) && !an_age {
            // "a saturação da minha mãe está em 88", "saturatie van mijn vader is 88": the
            // person between the word and a number joined to it by "is", "em", "at".
            let usual_between = (index.saturating_sub(7)..index)
                .any(|i| text_at(&words, i).is_some_and(|w| BASELINE_WORDS.contains(&w)));
            let oxygen_reach = if linked_to_a_name(&words, index) && !usual_between {
                oxygen_reach.max(7)
            } else {
                oxygen_reach
            };
            // "Saturación 97% y pulso 70": the pulse told after the saturation is not one.
            if let Some(named) = nearest(&words, index, oxygen_reach, 2, OXYGEN_WORDS)
                .filter(|&at| !(at + 1..index).any(|i| near(&words, i, 0, 0, HEART_WORDS)))
                .filter(|&at| {
                    at + 4 >= index
                        || !(at + 1..index).any(|i| matches!(words[i], Word::Number(..)))
                })
            {
                push(&mut found, &starts, Kind::Oxygen, value, index, Some(named));
                continue;
            }
        }
        // "lithium level back at 0.7", "litio en 0,8": a lithium level, never a glucose
        // (session 15b: read as a low glucose before).
        if (0.1..=5.0).contains(&value) {
            if let Some(named) = nearest(&words, index, 5, 0, LITHIUM_WORDS) {
                push(
                    &mut found,
                    &starts,
                    Kind::Lithium,
                    value,
                    index,
                    Some(named),
                );
                continue;
            }
        }
        if (1.0..=20.0).contains(&value) {
            if let Some(named) = nearest(&words, index, 4, 0, INR_WORDS) {
                push(&mut found, &starts, Kind::Inr, value, index, Some(named));
                continue;
            }
            let decimal = value.fract() != 0.0 && glued.is_empty();
            if let Some(named) = nearest(&words, index, 8, 0, VKA_WORDS).filter(|_| decimal) {
                push(&mut found, &starts, Kind::Inr, value, index, Some(named));
                continue;
            }
        }
        if (2.0..=9.5).contains(&value) {
            if let Some(named) = nearest(&words, index, 4, 0, POTASSIUM_WORDS) {
                push(
                    &mut found,
                    &starts,
                    Kind::Potassium,
                    value,
                    index,
                    Some(named),
                );
                continue;
            }
        }
        if near(&words, index, 8, 0, CREATININE_WORDS) {
            continue;
        }
        if (0.0..=15.0).contains(&value) && ketone_reading(&words, index) {
            let named = nearest(&words, index, 5, 1, KETONE_WORDS);
            push(&mut found, &starts, Kind::Ketones, value, index, named);
            continue;
        }
        if near(&words, index, 5, 1, PEAK_FLOW_WORDS)
            || (peak_flow_text && near(&words, index, 2, 0, BEST_WORDS))
            // "peak flow been going down all week, 260": litres told a little later.
            || (peak_flow_text
                && (101.0..=900.0).contains(&value)
                && near(&words, index, 8, 0, PEAK_FLOW_WORDS))
        {
            if (5.0..=100.0).contains(&value) && unit != "l" {
                lower(&mut readings.peak_flow, value);
            } else if (50.0..=900.0).contains(&value) {
                // Litres a minute: the quoted best gives the percentage.
                litres.push(value);
            }
            continue;
        }
        // A pulse is a whole number, not a price ("£240"), and not the number just after a
        // word for a temperature ("temp 38.3, pulse 112", "fieber 39, puls 112").
        let price = text[..starts[index]].ends_with(['£', '$', '€']);
        // "puls 62, blutdruck 121/80": the first number of a pressure is no pulse.
        let a_pressure = text[starts[index]..]
            .trim_start_matches(|c: char| c.is_ascii_digit())
            .strip_prefix('/')
            .is_some_and(|rest| rest.starts_with(|c: char| c.is_ascii_digit()));
        let after_a_temperature = index > 0
            && text_at(&words, index - 1).is_some_and(|w| {
                TEMPERATURE_WORDS.contains(&w)
                    || BODY_TEMPERATURE_WORDS.contains(&w)
                    || FEVER_AFTER.contains(&w)
            });
        if (25.0..=250.0).contains(&value)
            && !DURATION_UNITS.contains(&unit)
            && value.fract() == 0.0
            && !price
            && !a_pressure
            && !after_a_temperature
        {
            let named = nearest(&words, index, 3, 1, HEART_WORDS)
                .or_else(|| watch_pulse(&words, index))
                .or_else(|| range_named_after(&words, index, HEART_WORDS));
            if unit == "bpm" || named.is_some() {
                // "110 after coffee and climbing 3 flights": expected, not a finding.
                if !near(&words, index, 6, 6, EXERTION_WORDS) {
                    push(&mut found, &starts, Kind::HeartRate, value, index, named);
                }
                continue;
            }
        }
        if let Some(named) = nearest(&words, index, 4, 2, GLUCOSE_WORDS)
            .filter(|&at| !reading_something_else(&words, at) && !an_hba1c(&words, index))
        {
            if !only_a_dose(&words, index, unit) {
                let mg = matches!(unit, "mg" | "mgdl")
                    || (value >= 20.0 && !high_in_mmol(&words, index, value));
                // French meters read g/L ("dextro à 0,38", "glycémie 1,2"): under 1 is grams
                // in any language, and under 2 only where French words name it; elsewhere
                // "sugar 1.9" is a severe hypo in mmol/L, not a normal 10.5.
                let grams = !mg
                    && (unit == "g"
                        || value < 1.0
                        || (value < 2.0 && near(&words, index, 4, 2, GRAMS_GLUCOSE_WORDS)));
                let mmol = if mg {
                    value / 18.0
                } else if grams {
                    value * 5.55
                } else {
                    value
                };
                if (0.5..=35.0).contains(&mmol) {
                    push(&mut found, &starts, Kind::Glucose, mmol, index, Some(named));
                    continue;
                }
            }
        }
        // "sats 91 ... warmed them up and it's 96 now", "Sättigung von 91, inzwischen
        // wieder 96": a number after a recheck word soon after a reading, in that
        // reading's range, is its recheck.
        // A number with a word for the usual next to it ("84 now, usually 94", "94
        // normally") is the patient's baseline, not a recheck: it must not replace the
        // reading before it.
        if let Some(last) = found.last().copied().filter(|last| {
            index - last.at <= 16
                && (last.at + 1..index)
                    .any(|i| text_at(&words, i).is_some_and(|w| RECHECK_WORDS.contains(&w)))
                && !near(&words, index, 2, 1, BASELINE_WORDS)
        }) {
            let fits = match last.kind {
                Kind::Oxygen => (50.0..=100.0).contains(&value),
                Kind::HeartRate => (25.0..=250.0).contains(&value),
                _ => false,
            };
            if fits && !an_age {
                push(&mut found, &starts, last.kind, value, index, None);
                continue;
            }
        }
        // "Temp 34.8", "34,6 graden temperatuur", "temperatura de 35": a low body
        // temperature, only where a word names it as one and no word names the weather
        // or a room ("35 degrees outside").
        if let Some((named, celsius)) = low_temperature(&words, index, value, unit) {
            push(
                &mut found,
                &starts,
                Kind::LowTemperature,
                celsius,
                index,
                Some(named),
            );
            continue;
        }
        if (37.5..=43.0).contains(&value)
            && !matches!(unit, "mg" | "kg" | "mmol" | "weeks")
            && !told_as_years_of_age(&words, index, unit, value)
        {
            let named = nearest(&words, index, 3, 0, TEMPERATURE_WORDS);
            // "furosemide 40 and ramipril 5": a dose after a medicine's name, not a
            // temperature (session 18c).
            if named.is_none() && after_a_medicine(&words, index) {
                continue;
            }
            push(&mut found, &starts, Kind::Temperature, value, index, named);
        } else if (99.5..=108.0).contains(&value) && near(&words, index, 3, 2, TEMPERATURE_WORDS) {
            let named = nearest(&words, index, 3, 2, TEMPERATURE_WORDS);
            push(
                &mut found,
                &starts,
                Kind::Temperature,
                (value - 32.0) / 1.8,
                index,
                named,
            );
        }
    }
    // A meter that reads "LO" or "HI" is below or above its range: a severe hypo, or a
    // glucose too high to read; a ketone meter's "LO" is no ketones.
    for (index, pair) in words.windows(2).enumerate() {
        let [Word::Text(before), Word::Text(reading)] = pair else {
            continue;
        };
        if !matches!(reading.as_str(), "lo" | "hi") || !METER_WORDS.contains(&before.as_str()) {
            continue;
        }
        let at = index + 1;
        let ketone = nearest(&words, at, 4, 0, KETONE_WORDS);
        let glucose = nearest(&words, at, 4, 0, GLUCOSE_WORDS);
        match (reading.as_str(), ketone, glucose) {
            ("lo", Some(named), _) => {
                push(&mut found, &starts, Kind::Ketones, 0.0, at, Some(named))
            }
            ("lo", None, named) => push(&mut found, &starts, Kind::Glucose, 1.0, at, named),
            ("hi", None, Some(named)) => {
                push(&mut found, &starts, Kind::Glucose, 35.0, at, Some(named))
            }
            _ => {}
        }
    }
    // A urine strip told as plusses or by its darkest colour (`ketoacidosis.rs`).
    for (value, span) in super::ketoacidosis::strip_readings(text) {
        let at = starts.partition_point(|&s| s < span.1).saturating_sub(1);
        found.push(Found {
            kind: Kind::Ketones,
            value,
            at,
            span,
        });
    }
    // A breathing rate the person counted (`a_breathing_rate.rs`).
    for (value, span) in super::a_breathing_rate::breathing_rates(text) {
        let at = starts
            .partition_point(|&s| s < span.1)
            .min(words.len().saturating_sub(1));
        found.push(Found {
            kind: Kind::BreathingRate,
            value,
            at,
            span,
        });
    }
    // A later reading of one kind after a recheck word replaces the earlier one, unless
    // the later one is told as the usual ("84 now, usually 94").
    let replaced = |earlier: &Found| {
        found.iter().any(|later| {
            later.kind == earlier.kind
                && later.at > earlier.at
                && !near(&words, later.at, 2, 1, BASELINE_WORDS)
                && (earlier.at + 1..later.at)
                    .any(|i| text_at(&words, i).is_some_and(|w| RECHECK_WORDS.contains(&w)))
        })
    };
    for reading in found.iter().filter(|f| !replaced(f) && current(f.span)) {
        let value = reading.value;
        match reading.kind {
            Kind::Glucose => {
                lower(&mut readings.glucose_mmol, value);
                higher(&mut readings.highest_glucose_mmol, value);
            }
            Kind::Oxygen => lower(&mut readings.oxygen, value),
            Kind::Inr => higher(&mut readings.inr, value),
            Kind::Lithium => higher(&mut readings.lithium, value),
            Kind::Ketones => higher(&mut readings.ketones, value),
            Kind::HeartRate => {
                higher(&mut readings.heart_rate, value);
                lower(&mut readings.slowest_heart, value);
            }
            Kind::Temperature => higher(&mut readings.temperature_c, value),
            Kind::Potassium => higher(&mut readings.potassium, value),
            Kind::WeightGain => higher(&mut readings.weight_gain_kg, value),
            Kind::BreathingRate => {
                higher(&mut readings.breathing_rate, value);
                lower(&mut readings.slowest_breathing, value);
            }
            Kind::LowTemperature => lower(&mut readings.lowest_temperature_c, value),
        }
    }
    if let Some((ratio, _)) = creatinine_rise(&words, &starts).filter(|(_, s)| current(*s)) {
        readings.creatinine_ratio = Some(ratio);
    }
    if let [first, second, ..] = litres[..] {
        let (now, best) = if first < second {
            (first, second)
        } else {
            (second, first)
        };
        lower(&mut readings.peak_flow, now / best * 100.0);
    }
    readings
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_usual_value_after_a_reading_now_does_not_replace_it() {
        for text in [
            "her oxygen is 84 now, usually 94",
            "sats 84 now normally 94",
            "zuurstof 84 nu, normaal 95",
            "la saturacion esta en 84 ahora, normalmente 94",
        ] {
            assert_eq!(read(text).oxygen, Some(84.0), "{text}");
        }
        // A recheck still replaces the first number.
        assert_eq!(
            read("sats 88 on his finger, warmed it up and its 96 now").oxygen,
            Some(96.0)
        );
    }

    #[test]
    fn a_dose_in_mg_is_not_a_glucose() {
        assert_eq!(
            read("repeat of my sertraline 50mg please").glucose_mmol,
            None
        );
        assert_eq!(
            read("can I take my propranolol 10 mg before the scan").glucose_mmol,
            None
        );
        let sugar = read("sugar 40 mg and shaky").glucose_mmol.unwrap_or(99.0);
        assert!((sugar - 2.22).abs() < 0.01, "{sugar}");
    }

    #[test]
    fn glucose_in_both_units() {
        assert_eq!(read("meter says 2.1").glucose_mmol, Some(2.1));
        assert_eq!(read("his sugar is 2,8 mmol").glucose_mmol, Some(2.8));
        let mg = read("glucose 45 mg/dl").glucose_mmol.unwrap_or(99.0);
        assert!((mg - 2.5).abs() < 0.01, "{mg}");
        assert_eq!(read("I took 2 tablets").glucose_mmol, None);
        assert_eq!(read("sugar 1.9 and drowsy").glucose_mmol, Some(1.9));
        let grams = read("glycemie a 1,5").glucose_mmol.unwrap_or(0.0);
        assert!((grams - 8.3).abs() < 0.1, "{grams}");
    }

    #[test]
    fn the_kind_of_diabetes_is_not_a_reading() {
        assert_eq!(
            read("sugar 17 type 1 since morning").glucose_mmol,
            Some(17.0)
        );
        assert_eq!(read("type 2, sugar 250").glucose_mmol, Some(250.0 / 18.0));
        // A real low reading after the kind is still read.
        assert_eq!(read("type 1 and my sugar is 2.4").glucose_mmol, Some(2.4));
    }

    #[test]
    fn an_age_in_years_is_not_a_temperature() {
        for text in [
            "j'ai 38 ans et mal à la gorge",
            "tengo 38 años y tos",
            "ich bin 39 und huste seit gestern",
            "ho 38 anni e la tosse",
            "tenho 39 anos e dor de garganta",
            "ik ben 38 en heb keelpijn",
            "I'm 38 and have a cold",
            "38 years old with a sore throat",
        ] {
            assert_eq!(read(text).temperature_c, None, "{text}");
        }
        assert_eq!(read("j'ai 38 de fièvre").temperature_c, Some(38.0));
        assert_eq!(read("tengo 39 de fiebre").temperature_c, Some(39.0));
        assert_eq!(read("ich habe 39 Fieber").temperature_c, Some(39.0));
        assert_eq!(
            read("j'ai 38 ans et 38,7 de fièvre").temperature_c,
            Some(38.7)
        );
        assert_eq!(read("ik ben 38,5 graden warm").temperature_c, Some(38.5));
    }

    #[test]
    fn an_age_told_without_old() {
        assert_eq!(read("she is 5 weeks only").infant_days, Some(35.0));
        assert_eq!(read("he is 2 months and hot").infant_days, Some(60.0));
        assert_eq!(read("he is 3 days in bed with flu").infant_days, None);
        assert_eq!(read("she is 8 weeks pregnant").infant_days, None);
    }

    #[test]
    fn baby_age_but_not_time_since_or_pregnancy() {
        assert_eq!(read("my 6 week old has 38.2").infant_days, Some(42.0));
        assert_eq!(read("baby 5 wks floppy").infant_days, Some(35.0));
        assert_eq!(read("bebe de 3 semanas").infant_days, Some(21.0));
        assert_eq!(read("baby 8 wkn 38,1").infant_days, Some(56.0));
        assert_eq!(read("zoontje van 2 mnd").infant_days, Some(60.0));
        assert_eq!(read("mijn baby van vijf weken").infant_days, Some(35.0));
        assert_eq!(read("known T1DM, BM reads LO").glucose_mmol, Some(1.0));
        assert_eq!(read("lo siento, el azucar").glucose_mmol, None);
        assert_eq!(read("surgery 2 weeks ago").infant_days, None);
        // Born N weeks ago is an age; a mother who gave birth then is not [NG143].
        assert_eq!(read("bimba nata 7 settimane fa").infant_days, Some(49.0));
        assert_eq!(read("he was born 5 weeks ago").infant_days, Some(35.0));
        assert_eq!(
            read("gave birth 6 weeks ago, I have a fever").infant_days,
            None
        );
        assert_eq!(read("34 weeks pregnant").infant_days, None);
        assert_eq!(read("34 weeks pregnant").pregnancy_weeks, Some(34.0));
        assert_eq!(read("enceinte 35 sem").pregnancy_weeks, Some(35.0));
        assert_eq!(read("37 sa mal de tete").pregnancy_weeks, Some(37.0));
        assert_eq!(read("sie ist in der 36. Woche").pregnancy_weeks, Some(36.0));
        assert_eq!(read("in der 2. Woche nach der OP").pregnancy_weeks, None);
    }

    #[test]
    fn blood_pressure_but_not_dates() {
        assert_eq!(
            read("bp 162/110 at 34 weeks").blood_pressure,
            Some((162.0, 110.0))
        );
        assert_eq!(read("seen on 12/05").blood_pressure, None);
        assert_eq!(read("bp 85/50 on the machine").lowest_systolic, Some(85.0));
    }

    #[test]
    fn temperature_and_oxygen() {
        assert_eq!(read("temperature of 38.2").temperature_c, Some(38.2));
        let f = read("temp 102 F").temperature_c.unwrap_or(0.0);
        assert!((f - 38.9).abs() < 0.1, "{f}");
        assert_eq!(read("sats 89%").oxygen, Some(89.0));
        assert_eq!(read("oxygen is at 91").oxygen, Some(91.0));
        let pef = read("peak flow 140 normally 450").peak_flow.unwrap_or(0.0);
        assert!((pef - 31.1).abs() < 0.1, "{pef}");
        assert_eq!(read("room 101").temperature_c, None);
    }
}

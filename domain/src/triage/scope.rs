//! Over 600 lines because every ConText cue (negation, past, hypothetical, question, price)
//! reads the same token and clause model; the newer cues already live in `scope/`.
//!
//! How each symptom mention is meant: reported now, negated, resolved, hypothetical,
//! a general question, a price question, or long past.
//!
//! Cues act locally. Negation reaches at most two words forward within a clause and
//! stops at "and"-like words and at persistence words ("no, it's still bleeding").
//! Resolution and questions look at the clause or sentence around the mention.
//! Persistence ("still", "again", "won't stop") overrides resolution and
//! questions, because a present report inside a question is still a present report.

use frontdesk_protocol::Department;

use super::lexicon::Sig;
use super::matcher::Match;
use super::normalize::Token;

mod a_duration_not_a_count;
mod across;
mod bleeding_stopped;
mod checked_and_cleared;
mod compared_with;
mod denied_state;
mod fast_sign_today;
mod history_form;
mod long_ago;
mod normal_temperature;
mod not_back;
mod not_worse;
mod onset;
mod reading;
mod recovery_today;
mod reply;
mod what_to_do_if;
mod wish;

pub(crate) use reading::BASELINE_WORDS;

/// The reading of one symptom mention.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Status {
    Affirmed,
    Negated,
    Resolved,
    Hypothetical,
    Informational,
    Price,
    Past,
}

impl Status {
    pub(crate) fn label(self) -> &'static str {
        match self {
            Status::Affirmed => "reported",
            Status::Negated => "negated",
            Status::Resolved => "resolved",
            Status::Hypothetical => "hypothetical",
            Status::Informational => "general question",
            Status::Price => "price question",
            Status::Past => "in the past",
        }
    }
}

/// Informational cues that are only "is it normal" or "usual", which patients also use to
/// report ("one of his usual seizures").
const NORMAL_WORDS: &[&str] = &[
    "normal",
    "normally",
    "normaal",
    "normale",
    "normalement",
    "normalmente",
    "usual",
    "habitual",
    "habituel",
    "ublich",
];

/// Words that turn from a reassurance to a report: "eating normally but has a stiff neck".
const CONTRASTS: &[&str] = &[
    "but",
    "however",
    "although",
    "though",
    "yet",
    "pero",
    "aunque",
    "mais",
    "pourtant",
    "cependant",
    "aber",
    "doch",
    "jedoch",
    "ma",
    "mas",
    "maar",
];

/// Outside a question, "normal" describes what it stands next to ("a normal number",
/// "normal muscle pain"): words allowed between it and a later mention it reaches.
const NORMAL_REACH: usize = 2;

/// How far a negation cue reaches: words allowed between it and the mention.
const NEGATION_REACH: usize = 2;

/// How far a hypothetical cue ("if") reaches forward within its clause.
const HYPOTHETICAL_REACH: usize = 8;

/// How far a relative's "had" reaches forward ("my dad had a bad stroke").
const FAMILY_REACH: usize = 4;

/// How far a modifier ("heavily", "still") may sit from its mention in one sentence.
const MODIFIER_REACH: usize = 6;

/// Words that end a negation's reach: "no fever and bleeding" reports bleeding.
/// Dutch "en" (and), Dutch "maar" and Italian "ma" (but) too: "slikken gaat niet en ik kwijl".
const NEGATION_BREAKERS: &[&str] = &[
    "and", "y", "e", "et", "und", "also", "plus", "now", "en", "maar", "ma",
];

/// Words for now that end a past cue's reach within one clause (see `now_between`).
const NOW_WORDS: &[&str] = &[
    "now",
    "today",
    "tonight",
    "ahora",
    "hoy",
    "maintenant",
    "aujourd",
    "jetzt",
    "heute",
    "oggi",
    "stamattina",
    "agora",
    "hoje",
    "nu",
    "vandaag",
];

/// Negations that follow the verb they negate ("es blutet nicht", "ça saigne pas"), or
/// the noun in Italian and Portuguese lists ("febbre niente", "febre nenhuma").
const POST_NEGATIONS: &[&str] = &[
    "nicht", "pas", "plus", "nie", "jamais", "niente", "nenhum", "nenhuma", "nessuna", "nessuno",
];

/// Negations that reach only the word next to them: "niente febbre" is no fever, but
/// in "non ho mangiato niente mi gira la testa" the dizziness is reported.
const ADJACENT_NEGATIONS: &[&str] = &["niente", "nada"];

/// A bare "no" or "nee" after a symptom negates it only at the end of its clause, in a
/// statement: "fiebre no, tos sí", "febbre no" (but "la fiebre no baja" is a fever that
/// won't come down, and "es fiebre, no?" asks).
const CLAUSE_END_NEGATIONS: &[&str] = &["no", "nee"];

/// A message's matches, sorted into symptom mentions and cues.
pub(crate) struct Scope<'a> {
    tokens: &'a [Token],
    questions: &'a [bool],
    mentions: Vec<Match<Sig>>,
    cues: Vec<Match<Sig>>,
    /// An emergency sign the message explains away ("lips blue from an ice lolly").
    explained: bool,
}

fn overlaps<S>(a: &Match<S>, b: &Match<S>) -> bool {
    a.start <= b.end && b.start <= a.end
}

/// Token distance between two spans; zero when they overlap.
fn distance<S>(a: &Match<S>, b: &Match<S>) -> usize {
    if overlaps(a, b) {
        0
    } else if a.end < b.start {
        b.start - a.end
    } else {
        a.start - b.end
    }
}

/// The signs of a stroke (BE-FAST), which come and go together in a TIA.
fn is_fast_sign(signal: Sig) -> bool {
    matches!(
        signal,
        Sig::Stroke | Sig::SpeechLoss | Sig::VisionLoss | Sig::Balance
    )
}

/// Words that only say how things are now ("alles weer normaal", "all fine"): a
/// "review" made only of them is no clinician's review.
const STATE_WORDS: &[&str] = &[
    "all",
    "alles",
    "everything",
    "tout",
    "todo",
    "tudo",
    "tutto",
    "is",
    "was",
    "weer",
    "wieder",
    "again",
    "normal",
    "normaal",
    "normale",
    "fine",
    "ok",
    "okay",
    "goed",
    "gut",
    "good",
    "prima",
    "bien",
    "bem",
    "bene",
    "klar",
    "clear",
    "in",
    "orde",
    "ordnung",
    "a",
    "posto",
    "certo",
    "unauffallig",
    "now",
    "nu",
    "jetzt",
];

/// Words for well after "again" or "back": "wieder gut", "weer goed", "tornato tutto
/// normale".
const WELL: &[&str] = &[
    "gut", "ok", "okay", "normal", "besser", "goed", "normaal", "fine", "normale",
];

/// "All" in a return to well ("wieder alles gut", "tornato tutto normale").
const ALL: &[&str] = &[
    "alles",
    "tutto",
    "tudo",
    "todo",
    "tout",
    "all",
    "everything",
];

/// Whether a recurrence cue is a return to well ("wieder alles gut", "è tornato tutto
/// normale"): a recovery, not the sign back.
fn back_to_well(tokens: &[Token], again: &Match<Sig>) -> bool {
    (again.end + 1..=again.end + 2).any(|j| {
        tokens.get(j).is_some_and(|next| {
            next.clause == tokens[again.end].clause && WELL.contains(&next.key.as_str())
        })
    })
}

/// Matches whose words can't also be read as a scope cue.
fn consumes(signal: Sig) -> bool {
    signal.is_concept()
        || matches!(
            signal,
            Sig::Severe
                | Sig::Nonstop
                | Sig::Persist
                | Sig::Recur
                | Sig::Worse
                | Sig::Neutral
                | Sig::Benign
                | Sig::NotASign
                | Sig::ClinicIgnore
        )
}

impl<'a> Scope<'a> {
    pub(crate) fn new(
        tokens: &'a [Token],
        questions: &'a [bool],
        matches: Vec<Match<Sig>>,
    ) -> Self {
        let hiders: Vec<Match<Sig>> = matches
            .iter()
            .filter(|m| matches!(m.signal, Sig::Benign | Sig::ClinicIgnore | Sig::NotASign))
            .copied()
            .collect();
        // Only a mention wholly inside a benign phrase is hidden: "blood" in "blood
        // test" is not bleeding, but "swallowed my blood pressure pills" is an overdose.
        let hidden = |m: &Match<Sig>| hiders.iter().any(|h| h.start <= m.start && m.end <= h.end);
        let mut consumed = vec![false; tokens.len()];
        for m in &matches {
            // A return to well ("wieder alles gut") leaves its words to the resolution.
            // Only "all" well: "jetzt wieder ganz normal" after a febrile fit keeps its
            // old reading (the fit is read as a fever alone in German).
            let recovery = m.signal == Sig::Recur
                && back_to_well(tokens, m)
                && tokens
                    .get(m.end + 1)
                    .is_some_and(|next| ALL.contains(&next.plain.as_str()));
            if consumes(m.signal) && !(m.signal.is_concept() && hidden(m)) && !recovery {
                consumed[m.start..=m.end].iter_mut().for_each(|c| *c = true);
            }
        }
        let neutrals: Vec<Match<Sig>> = matches
            .iter()
            .filter(|m| m.signal == Sig::Neutral)
            .copied()
            .collect();
        let mut mentions: Vec<Match<Sig>> = Vec::new();
        let mut cues = Vec::new();
        let mut explained = false;
        for m in matches {
            // "took 30 minutes": how long, not how many tablets.
            if a_duration_not_a_count::only_a_duration(tokens, &m) {
                continue;
            }
            if m.signal.is_concept() {
                if !hidden(&m) && !mentions.contains(&m) {
                    mentions.push(m);
                } else if m.signal.is_emergency()
                    && hiders
                        .iter()
                        .any(|h| h.signal == Sig::NotASign && h.start <= m.start && m.end <= h.end)
                {
                    explained = true;
                }
            } else {
                let consumed_cue =
                    m.signal.is_scope_cue() && consumed[m.start..=m.end].iter().any(|&c| c);
                // "covid test positive" is not a positive pregnancy test.
                let other_test = m.signal == Sig::Pregnancy && hidden(&m);
                // "more trembly than usual", "pipi toutes les heures": not extra doses
                // (session 15b).
                let not_extra = m.signal == Sig::Extra
                    && neutrals
                        .iter()
                        .any(|n| n.start <= m.start && m.end <= n.end);
                let wants_to_die = wish::denial_spans_no_more(tokens, &m);
                let not_worse = not_worse::denied(tokens, &m);
                let compared = compared_with::compared(tokens, &m);
                if !consumed_cue
                    && !other_test
                    && !not_extra
                    && !wants_to_die
                    && !not_worse
                    && !compared
                {
                    cues.push(m);
                }
            }
        }
        // "ça brûle quand je fais pipi": the burning of a urine infection is not a burn.
        let urinary: Vec<Match<Sig>> = mentions
            .iter()
            .filter(|m| m.signal == Sig::UrinaryInfection)
            .copied()
            .collect();
        mentions.retain(|m| m.signal != Sig::Burn || !urinary.iter().any(|u| overlaps(u, m)));
        // A wish not to wake is a thought of death, not a sign of unresponsiveness, and a
        // burn made on oneself is self-harm, not a burn on a child; a
        // belief that someone poisons the water, and blood poisoning (sepsis), are not a
        // poisoning (session 13c).
        let readers: Vec<Match<Sig>> = mentions
            .iter()
            .filter(|m| matches!(m.signal, Sig::DarkThoughts | Sig::Psychosis | Sig::Sepsis))
            .copied()
            .collect();
        mentions.retain(|m| {
            !matches!(m.signal, Sig::Unconscious | Sig::Overdose | Sig::Burn)
                || !readers.iter().any(|r| overlaps(r, m))
        });
        // "nearly passed out" is feeling faint, not a faint (session 15b). Only a
        // faint that starts with "nearly": "felt faint then passed out" is a faint.
        const NEARLY: &[&str] = &[
            "nearly", "almost", "casi", "failli", "fast", "quase", "bijna", "quasi",
        ];
        let near_faints: Vec<Match<Sig>> = mentions
            .iter()
            .filter(|m| {
                m.signal == Sig::Dizziness && NEARLY.contains(&tokens[m.start].key.as_str())
            })
            .copied()
            .collect();
        mentions.retain(|m| {
            m.signal != Sig::Unconscious || !near_faints.iter().any(|d| overlaps(d, m))
        });
        mentions.retain(|m| !wish::refusal_is_about_dying(tokens, m));
        // Burns in a message about self-harm are made by the person ("burning myself
        // with a lighter ... small burns on my arm"): the self-harm reading decides,
        // not the burns table (a burn on a child is an emergency by MTS).
        if mentions
            .iter()
            .any(|m| matches!(m.signal, Sig::DarkThoughts | Sig::Suicidal))
        {
            mentions.retain(|m| m.signal != Sig::Burn);
        }
        // Unwanted images after birth ("flashes of him falling down the stairs",
        // "imágenes de que se ahoga") tell a fear, not what happens to the baby: the
        // signs named in their sentence are not reported (session 15b, CG192).
        let intrusive: Vec<usize> = mentions
            .iter()
            .filter(|m| m.signal == Sig::IntrusiveThoughts)
            .map(|m| m.start)
            .collect();
        mentions.retain(|m| {
            !matches!(
                m.signal,
                Sig::Breathing
                    | Sig::NotFeeding
                    | Sig::Pain
                    | Sig::HeadInjury
                    | Sig::Drowsy
                    | Sig::Unconscious
                    | Sig::Bleeding
            ) || !intrusive
                .iter()
                .any(|&start| tokens[start].sentence == tokens[m.start].sentence)
        });
        // Blue lips with a blue sweet or drink named anywhere in the message ("lips and
        // tongue bright blue ... turns out she'd had a blue ice lolly"): explained away.
        if cues.iter().any(|c| c.signal == Sig::BlueFood) {
            const BLUE: &[&str] = &[
                "blue", "azul", "azules", "bleu", "bleue", "bleues", "blau", "blu", "blauw",
            ];
            let before = mentions.len();
            mentions.retain(|m| {
                m.signal != Sig::Breathing
                    || !tokens[m.start..=m.end]
                        .iter()
                        .any(|t| BLUE.contains(&t.key.as_str()))
            });
            explained |= mentions.len() < before;
        }
        // "35 weeks, face and feet swollen all of a sudden and a bad headache": late in
        // pregnancy the sudden word next to the swelling belongs to it (a pre-eclampsia
        // sign, a same-day look [NG133]), not to the headache. A sudden headache told
        // with its own words ("worst ever", "exploding") is another mention and stays.
        if cues.iter().any(|c| c.signal == Sig::Pregnancy) {
            let swellings: Vec<Match<Sig>> = mentions
                .iter()
                .filter(|m| matches!(m.signal, Sig::Swelling | Sig::FaceSwelling))
                .copied()
                .collect();
            mentions.retain(|m| {
                m.signal != Sig::ThunderclapHeadache
                    || !swellings.iter().any(|s| {
                        !overlaps(s, m)
                            && (s.end < m.start && m.start - s.end <= 2
                                || m.end < s.start && s.start - m.end <= 2)
                    })
            });
        }
        mentions.sort_by_key(|m| (m.start, m.end));
        Scope {
            tokens,
            questions,
            mentions,
            cues,
            explained,
        }
    }

    pub(crate) fn mentions(&self) -> impl Iterator<Item = &Match<Sig>> {
        self.mentions.iter()
    }

    fn clause(&self, index: usize) -> u16 {
        self.tokens[index].clause
    }

    fn sentence(&self, index: usize) -> u16 {
        self.tokens[index].sentence
    }

    fn cues_of(&self, signal: Sig) -> impl Iterator<Item = &Match<Sig>> {
        self.cues.iter().filter(move |c| c.signal == signal)
    }

    fn in_clause(&self, signal: Sig, clause: u16) -> bool {
        self.cues_of(signal).any(|c| self.clause(c.start) == clause)
    }

    fn in_sentence(&self, signal: Sig, sentence: u16) -> bool {
        self.cues_of(signal)
            .any(|c| self.sentence(c.start) == sentence)
    }

    fn covers(&self, index: usize, signals: &[Sig]) -> bool {
        self.cues
            .iter()
            .any(|c| signals.contains(&c.signal) && c.start <= index && index <= c.end)
    }

    /// Whether the mention sits in a sentence phrased as a question.
    pub(crate) fn in_question(&self, m: &Match<Sig>) -> bool {
        self.is_question(m.start)
    }

    fn is_question(&self, index: usize) -> bool {
        self.questions
            .get(usize::from(self.sentence(index)))
            .copied()
            .unwrap_or(false)
    }

    /// Whether the sentence reports something happening now.
    /// A past cue ("years ago", "last month") in the mention's clause, or earlier in its
    /// sentence when nothing there is reported as going on now. A cue later in another
    /// clause dates something else: "calf swollen and red, had a hip replacement a
    /// month ago" is a swelling now after an operation then.
    fn past(&self, m: &Match<Sig>) -> bool {
        let sentence = self.sentence(m.start);
        let clause = self.clause(m.start);
        // "diabetic for years, since this lunchtime heartburn that won't go", "3 years
        // old, 5 minutes ago drank dishwasher liquid": a time within the day in the same
        // clause dates the mention, not the older cue.
        let today = self.in_clause(Sig::Recent, clause);
        // "a clot in my lung last year, suddenly coughing up blood": a sudden onset in a
        // later clause starts a new event (a ConText terminator, session 14b).
        let sudden_now = self.in_clause(Sig::Sudden, clause);
        !today
            && self.cues_of(Sig::Past).any(|cue| {
                self.sentence(cue.start) == sentence
                    && ((self.clause(cue.start) == clause && !self.now_between(cue, m))
                        || (cue.end < m.start
                            && self.clause(cue.start) != clause
                            && !sudden_now
                            && !self.now_between(cue, m)
                            && !self.present_in_sentence(sentence))
                        || (cue.end < m.start
                            && self.clause(cue.start) == clause
                            && !self.now_between(cue, m)
                            && !self.present_in_sentence(sentence)))
            })
    }

    /// Whether a word for now sits between a past cue and a mention of one clause:
    /// unpunctuated phone text runs a whole message into one clause, and "had a stroke
    /// 2 yrs ago now face drooping again" reports the drooping now (a ConText
    /// terminator, which punctuation usually provides).
    fn now_between(&self, cue: &Match<Sig>, m: &Match<Sig>) -> bool {
        let between = if cue.end < m.start {
            cue.end + 1..m.start
        } else if m.end < cue.start {
            m.end + 1..cue.start
        } else {
            return false;
        };
        between.into_iter().any(|j| {
            NOW_WORDS.contains(&self.tokens[j].key.as_str())
                // Not "still" or "j'ai": "had covid last year, still a bit breathless on
                // runs" and "il y a un mois j'ai eu" keep their past.
                || self.covers(j, &[Sig::Recent, Sig::Today])
                || self.since_day(j)
        })
    }

    /// A sentence that dates its event a week or more back and says a clinician has
    /// seen it since ("banged his head 2 weeks ago, the GP checked him, all fine"), with
    /// nothing reported as still going on. "Weeks ago" alone is not enough: it also
    /// dates a procedure whose complication is happening now.
    fn reviewed_since(&self, m: &Match<Sig>, sentence: u16) -> bool {
        // "Alles weer normaal" after a stroke sign is the sign passing, not a review:
        // a passed stroke sign still needs a look, so it takes a real review.
        self.in_sentence(Sig::WeeksAgo, sentence)
            && self
                .cues_of(Sig::Reviewed)
                .any(|cue| self.sentence(cue.start) == sentence && self.reviews(m, cue))
            && !self.present_in_sentence(sentence)
    }

    /// Whether a review cue is a clinician's look at the mention: for a stroke sign, a
    /// cue made only of words for how things are now ("nu alles normaal") is the sign
    /// passing, which still needs a look [NG128], in this sentence or the next.
    fn reviews(&self, m: &Match<Sig>, cue: &Match<Sig>) -> bool {
        !(is_fast_sign(m.signal) && self.only_words(cue, STATE_WORDS))
    }

    fn only_words(&self, cue: &Match<Sig>, words: &[&str]) -> bool {
        (cue.start..=cue.end).all(|i| self.word_in(i, words))
    }

    /// Whether token `index` is one of `words`, written as typed: keys squeeze repeated
    /// letters ("feel" is "fel", "all" is "al"), so a list of plain words is checked
    /// against the unsqueezed word too.
    fn word_in(&self, index: usize, words: &[&str]) -> bool {
        let token = &self.tokens[index];
        words.contains(&token.key.as_str()) || words.contains(&token.plain.as_str())
    }

    /// A word for "now" between a mention and a later cue in its clause.
    fn now_between_words(&self, m: &Match<Sig>, cue: &Match<Sig>) -> bool {
        const NOW: &[&str] = &["now", "nu", "jetzt", "ahora", "maintenant", "ora", "agora"];
        cue.start > m.end
            && (m.end + 1..cue.start).any(|i| NOW.contains(&self.tokens[i].key.as_str()))
    }

    /// "Can't see out of my eye, it's just gone": the sight is gone, not the symptom.
    fn sight_gone(&self, m: &Match<Sig>, cue: &Match<Sig>) -> bool {
        const WHOLLY: &[&str] = &["just", "completely", "totally", "fully", "all"];
        const AFTER: &[&str] = &["now", "away", "again", "back"];
        matches!(m.signal, Sig::VisionLoss | Sig::VisionChange)
            && cue.start == cue.end
            && self.tokens[cue.start].key == "gone"
            && cue.start > 0
            && WHOLLY.contains(&self.tokens[cue.start - 1].key.as_str())
            && self
                .tokens
                .get(cue.start + 1)
                .is_none_or(|next| !AFTER.contains(&next.key.as_str()))
    }

    fn present_in_sentence(&self, sentence: u16) -> bool {
        [
            Sig::PresentReport,
            Sig::Persist,
            Sig::Recur,
            Sig::Nonstop,
            Sig::Recent,
        ]
        .into_iter()
        .any(|signal| self.in_sentence(signal, sentence))
    }

    /// Contexts the message mentions and does not negate or put in a "what if".
    pub(crate) fn contexts(&self) -> Vec<Sig> {
        let mut out: Vec<Sig> = self
            .cues
            .iter()
            .filter(|c| (c.immune || !self.negated(c)) && !self.hypothetical(c))
            .map(|c| c.signal)
            .collect();
        out.dedup();
        out
    }

    /// Whether any clinical context is mentioned (not as a "what if"): a person at risk,
    /// a procedure, a medicine, a body part, a call for help, a time within the day.
    pub(crate) fn clinical_context(&self) -> bool {
        self.cues.iter().any(|c| {
            matches!(
                c.signal,
                Sig::Topic(frontdesk_protocol::Department::Clinical, _)
                    | Sig::Medicine
                    | Sig::CriticalMedicine
                    | Sig::Procedure
                    | Sig::ProcedureDone
                    | Sig::Pregnancy
                    | Sig::Diabetic
                    | Sig::Infant
                    | Sig::Postpartum
                    | Sig::Filler
                    | Sig::Toxin
                    | Sig::Extraction
                    | Sig::Tonsillectomy
                    | Sig::Allergen
                    | Sig::Anticoagulant
                    | Sig::Ivf
                    | Sig::Opioid
                    | Sig::PillCount
                    | Sig::Asthma
                    | Sig::Epilepsy
                    | Sig::Dental
                    | Sig::Back
                    | Sig::Testicle
                    | Sig::SkinColour
                    | Sig::Alarm
                    | Sig::Child
                    | Sig::BodyPart
                    | Sig::Recent
                    | Sig::Severe
                    | Sig::Nonstop
                    | Sig::Worse
            ) && !self.hypothetical(c)
        })
    }

    /// Whether one context is mentioned and not negated.
    pub(crate) fn context(&self, signal: Sig) -> bool {
        // A context that carries its own negation ("je n'en peux plus", where the
        // elided "ne" sits before the pattern's words) is not negated by it either.
        self.cues_of(signal)
            .any(|c| (c.immune || !self.negated(c)) && !self.hypothetical(c))
    }

    /// A relative's history ("my dad had a stroke"): ConText's other experiencer. A
    /// current report about someone else ("my dad is having a stroke") stays current.
    fn family_history(&self, m: &Match<Sig>) -> bool {
        // "my brother had a fit for the first time, he's drowsy": a report, not history.
        if self.recent() {
            return false;
        }
        let clause = self.clause(m.start);
        self.cues_of(Sig::FamilyHistory).any(|cue| {
            // "mijn opa is aan een beroerte overleden": the verb that makes it a
            // relative's history comes after the mention in Dutch and German.
            let around = cue.start < m.start && m.end < cue.end;
            around
                || cue.end < m.start
                    && self.clause(cue.end) == clause
                    && m.start - cue.end <= FAMILY_REACH
                    && !(cue.end + 1..m.start).any(|j| {
                        self.covers(
                            j,
                            &[Sig::Persist, Sig::PresentReport, Sig::Today, Sig::Recur],
                        )
                    })
        })
    }

    /// A year in the clause ("in 2019") puts the mention in the past, unless a word
    /// for now stands between them ("stroke in 2019 now my face droops again").
    fn dated_past(&self, m: &Match<Sig>) -> bool {
        let clause = self.clause(m.start);
        self.tokens.iter().enumerate().any(|(index, t)| {
            t.clause == clause
                && t.key.len() == 4
                && t.key
                    .parse::<u16>()
                    .is_ok_and(|year| (1950..=2025).contains(&year))
                && !self.now_between(
                    &Match {
                        signal: Sig::Past,
                        start: index,
                        end: index,
                        immune: false,
                    },
                    m,
                )
        })
    }

    /// Years back in the clause ("years ago", "vor Jahren"), with no word for now between
    /// them and the mention (`long_ago.rs`).
    fn years_back(&self, m: &Match<Sig>) -> bool {
        long_ago::years_back(self.tokens, self.clause(m.start)).is_some_and(|index| {
            !self.now_between(
                &Match {
                    signal: Sig::Past,
                    start: index,
                    end: index,
                    immune: false,
                },
                m,
            )
        })
    }

    /// How one mention should be read.
    pub(crate) fn status(&self, m: &Match<Sig>) -> Status {
        let sentence = self.sentence(m.start);
        if !m.immune && self.negated(m) {
            Status::Negated
        } else if self.hypothetical(m) {
            Status::Hypothetical
        } else if self.family_history(m) || self.dated_past(m) {
            Status::Past
        } else if self.told_on_a_form() {
            // A form's question or history, nothing going on (`history_form.rs`).
            Status::Past
        } else if self.checked_and_cleared(m) {
            // Cleared by a clinician or a test since, nothing going on (`checked_and_cleared.rs`).
            Status::Past
        } else if (self.resolved(m) || self.well_today_after(m)) && !self.years_back(m) {
            Status::Resolved
        // Over, but years back ("knocked out years ago, fine now"): history (`long_ago.rs`).
        } else if self.resolved(m)
            || self.past(m)
            || self.reviewed_since(m, sentence)
            || self.reviewed_in_next_sentence(m)
        {
            Status::Past
        } else if self.in_sentence(Sig::Price, sentence) && !self.present_in_sentence(sentence) {
            Status::Price
        } else if self.informational(m) {
            Status::Informational
        } else {
            Status::Affirmed
        }
    }

    fn negated(&self, m: &Match<Sig>) -> bool {
        let clause = self.clause(m.start);
        self.denied_wish_to_die(m)
            || denied_state::denied(self.tokens, m)
            || normal_temperature::denied(self.tokens, m)
            || self.cues_of(Sig::Negation).any(|cue| {
                if self.answers_a_question(cue) {
                    return false;
                }
                let reach = if ADJACENT_NEGATIONS.contains(&self.tokens[cue.start].key.as_str()) {
                    0
                } else {
                    NEGATION_REACH
                };
                let before = cue.end < m.start
                    && self.clause(cue.end) == clause
                    && m.start - cue.end - 1 <= reach
                    && (cue.end + 1..m.start).all(|j| {
                        !NEGATION_BREAKERS.contains(&self.tokens[j].key.as_str())
                            && !self.covers(j, &[Sig::Persist, Sig::Recur])
                    });
                let word = self.tokens[cue.start].key.as_str();
                let after = cue.start == m.end + 1
                    && self.clause(cue.start) == clause
                    && (POST_NEGATIONS.contains(&word)
                        || (CLAUSE_END_NEGATIONS.contains(&word)
                            && self.ends_statement_clause(cue.end)));
                before || after
            })
    }

    /// Whether the word at `at` ends its clause in a sentence that is not a question.
    fn ends_statement_clause(&self, at: usize) -> bool {
        let last = self
            .tokens
            .get(at + 1)
            .is_none_or(|next| next.clause != self.tokens[at].clause);
        let sentence = usize::from(self.tokens[at].sentence);
        last && !self.questions.get(sentence).copied().unwrap_or(false)
    }

    fn hypothetical(&self, m: &Match<Sig>) -> bool {
        let clause = self.clause(m.start);
        // "Is it bad if you take 15 at once? Asking for a friend. OK, me. Did it earlier":
        // an overdose asked about, then owned up to, was done (session 25a).
        if matches!(m.signal, Sig::Overdose | Sig::Ingested | Sig::Suicidal)
            && self.cues_of(Sig::OwnedUp).any(|cue| cue.start > m.end)
        {
            return false;
        }
        // "he said he'd do it if I left and now he's locked himself in": a word for now
        // ends the condition (a ConText terminator; session 15b).
        let mut cues = self.cues_of(Sig::Hypothetical).filter(|cue| {
            cue.end < m.start
                && self.clause(cue.end) == clause
                && m.start - cue.end <= HYPOTHETICAL_REACH
                && !self.now_between(cue, m)
        });
        let Some(first) = cues.next() else {
            return false;
        };
        // "If he has a fit again, what do I do?": a condition that opens its clause
        // keeps its "again" inside it (session 16d); "not sure if it's back again" is
        // a report.
        let opens_clause = |cue: &Match<Sig>| {
            cue.start == 0
                || self.clause(cue.start - 1) != clause
                || what_to_do_if::asks_what_to_do(self.tokens, cue.start)
                || self
                    .cues_of(Sig::Recur)
                    .any(|again| (cue.start..=cue.end).contains(&again.start))
        };
        opens_clause(first)
            || cues.any(opens_clause)
            || ![Sig::Persist, Sig::Recur, Sig::Nonstop]
                .into_iter()
                .any(|signal| self.in_clause(signal, clause))
    }

    fn resolved(&self, m: &Match<Sig>) -> bool {
        let clause = self.clause(m.start);
        let sentence = self.sentence(m.start);
        let resolving = self.cues_of(Sig::Resolved).find(|cue| {
            // "a pain that won't ease off" has not resolved.
            if self.sentence(cue.start) != sentence
                || self.negated(cue)
                || self.sight_gone(m, cue)
                || self.loss_not_back(m, cue)
                || self.tells_onset(cue)
                || bleeding_stopped::only_the_bleeding_stopped(self.tokens, m, cue)
            {
                return false;
            }
            if self.clause(cue.start) == clause {
                // "can't breathe anymore" is not resolved: the pattern carries its negation.
                // "kon slecht uit mijn woorden komen nu is alles weer normaal" is: a "now"
                // between them makes the cue a later state, not part of the symptom.
                return !m.immune || self.now_between_words(m, cue);
            }
            // "I was bleeding but it stopped": a later clause with no symptom of its own.
            // The signs of one stroke ("face went funny and no words came, then it
            // passed") pass together.
            cue.start > m.end
                && !self.mentions.iter().any(|other| {
                    other.start > m.end
                        && other.start < cue.start
                        && other.signal != m.signal
                        && !(is_fast_sign(other.signal) && is_fast_sign(m.signal))
                })
        });
        let Some(cue) = resolving.or_else(|| self.resolved_in_next_sentence(m)) else {
            return false;
        };
        // "a seizure 3 years ago, none since": nothing since an event in the past
        // leaves it in the past. And only an emergency sign is told as over this way
        // (then a same-day look at least): "a small bleed at 27 weeks, nothing since"
        // still needs its own same-day look (session 16a).
        if self.tells_nothing_since(cue)
            && (self.past(m) || !(m.signal.is_emergency() || is_fast_sign(m.signal)))
        {
            return false;
        }
        let cue_clause = self.clause(cue.start);
        let ongoing = [Sig::Persist, Sig::Nonstop, Sig::Worse]
            .into_iter()
            .any(|signal| self.in_clause(signal, clause) || self.in_clause(signal, cue_clause));
        let recurred = self.cues_of(Sig::Recur).any(|r| {
            self.sentence(r.start) == sentence
                && r.start > cue.start
                && !back_to_well(self.tokens, r)
        });
        !ongoing && !recurred
    }

    fn informational(&self, m: &Match<Sig>) -> bool {
        let sentence = self.sentence(m.start);
        let question = self.is_question(m.start);
        // "Is it normal that I could not breathe last night?" reports a danger sign;
        // only a general question ("signs of a stroke?") makes an emergency concept
        // informational.
        let only_normal = |cue: &Match<Sig>| self.only_words(cue, NORMAL_WORDS);
        // "Eating normally but has a stiff neck": "normal" tells how the thing before it
        // is; what follows a "but" is reported (as "atmet normal, lippen nicht dick",
        // with no "but", is a reassurance and stays unraised).
        let contrast_after = |cue: &Match<Sig>| {
            !question && (cue.end + 1..m.start).any(|j| self.word_in(j, CONTRASTS))
        };
        let cued = self.cues_of(Sig::Informational).any(|cue| {
            self.sentence(cue.start) == sentence
                && (question || cue.end < m.start)
                && !(m.signal.is_emergency() && only_normal(cue))
                && !(only_normal(cue)
                    && (contrast_after(cue)
                        || (!question
                            && !self.asks_if_normal(cue)
                            && (self.clause(cue.start) != self.clause(m.start)
                                || m.start > cue.end + NORMAL_REACH))))
        });
        cued && !self.present_in_sentence(sentence)
    }

    /// "Is it normal for lips to be a bit swollen after filler" typed without its
    /// question mark: the words before "normal" ask.
    fn asks_if_normal(&self, cue: &Match<Sig>) -> bool {
        const ASKING: &[[&str; 2]] = &[
            ["is", "it"],
            ["is", "this"],
            ["is", "that"],
            ["ist", "es"],
            ["ist", "das"],
            ["is", "het"],
            ["est", "ce"],
        ];
        cue.start >= 2
            && ASKING.iter().any(|[first, second]| {
                self.tokens[cue.start - 2].plain == *first
                    && self.tokens[cue.start - 1].plain == *second
            })
    }

    /// Whether a modifier sits close to the mention in the same sentence.
    /// Whether a cue sits anywhere in the sentence of this mention ("a fit for 6 minutes,
    /// usually 1, not stopping": the "not stopping" is two commas on).
    pub(crate) fn in_its_sentence(&self, m: &Match<Sig>, signal: Sig) -> bool {
        self.in_sentence(signal, self.sentence(m.start))
    }

    pub(crate) fn near(&self, m: &Match<Sig>, signal: Sig) -> bool {
        let sentence = self.sentence(m.start);
        let clause = self.clause(m.start);
        self.cues_of(signal).any(|cue| {
            self.sentence(cue.start) == sentence
                && (self.clause(cue.start) == clause || distance(cue, m) <= MODIFIER_REACH)
        })
    }

    /// Whether the message explains an emergency sign away ("blue from the lolly"): the
    /// learned model, which cannot see that, should not lift it.
    pub(crate) fn explained(&self) -> bool {
        self.explained
    }

    /// Whether a cue is in the message at all, read as it is written (a cue that
    /// carries its own negation, like "no plan", is not negated by it).
    pub(crate) fn has_cue(&self, signal: Sig) -> bool {
        self.cues_of(signal).next().is_some()
    }

    /// Whether a mention of `signal` shares a word with this one: "headache" is read
    /// both as a pain and as a headache.
    pub(crate) fn overlapped_by(&self, m: &Match<Sig>, signal: Sig) -> bool {
        self.mentions
            .iter()
            .any(|other| other.signal == signal && overlaps(other, m))
    }

    /// Whether a finding is told anywhere in the message, not negated and not as a
    /// "what if" (now, or earlier and over).
    pub(crate) fn told(&self, signal: Sig) -> bool {
        self.mentions
            .iter()
            .any(|m| m.signal == signal && !self.negated(m) && !self.hypothetical(m))
    }

    /// Whether the message is about the aftermath of a procedure or operation.
    pub(crate) fn after_procedure(&self) -> bool {
        let done = self.cues_of(Sig::ProcedureDone).any(|m| !self.negated(m))
            || [Sig::Extraction, Sig::Filler, Sig::Tonsillectomy, Sig::Ivf]
                .into_iter()
                .any(|context| {
                    self.cues_of(context)
                        .any(|m| !self.negated(m) && !self.hypothetical(m))
                });
        done || self.cues_of(Sig::Procedure).any(|procedure| {
            !self.negated(procedure)
                && self.cues_of(Sig::After).any(|after| {
                    self.sentence(after.start) == self.sentence(procedure.start)
                        && distance(after, procedure) <= 3
                })
        })
    }

    /// A stroke sign (BE-FAST) in a message that says it happened yesterday.
    pub(crate) fn fast_sign_yesterday(&self, m: &Match<Sig>) -> bool {
        const YESTERDAY: &[&str] = &[
            "yesterday",
            "ayer",
            "anoche",
            "hier",
            "gestern",
            "ieri",
            "stanotte",
            "ontem",
            "gisteren",
            "vannacht",
            // Dutch phone forms and parts of yesterday (session 14b).
            "gister",
            "gisteravond",
            "gisterochtend",
            "gistermiddag",
        ];
        is_fast_sign(m.signal)
            && self
                .tokens
                .iter()
                .any(|t| YESTERDAY.contains(&t.key.as_str()))
    }

    /// Whether the message places events within the last day ("this morning").
    pub(crate) fn recent(&self) -> bool {
        self.cues_of(Sig::Recent)
            .any(|cue| !self.duration_on_a_day_before(cue) && !self.today_is_a_day(cue))
    }

    /// Whether the patient (or the person written about) is pregnant.
    pub(crate) fn pregnant(&self) -> bool {
        self.cues_of(Sig::Pregnancy)
            .any(|m| !self.negated(m) && !self.hypothetical(m))
    }

    /// A critical medicine that ran out, or any medicine that runs out today.
    pub(crate) fn critical_medicine_gone(&self) -> Option<Match<Sig>> {
        let ran_out: Vec<&Match<Sig>> = self
            .cues_of(Sig::RanOut)
            .filter(|m| !self.hypothetical(m))
            .collect();
        let close = |medicine: &Match<Sig>| {
            ran_out.iter().any(|gone| {
                self.sentence(gone.start) == self.sentence(medicine.start)
                    && distance(*gone, medicine) <= MODIFIER_REACH
            })
        };
        let critical = self.cues_of(Sig::CriticalMedicine).find(|m| close(m));
        let today = self.cues.iter().any(|c| c.signal == Sig::Today);
        critical
            .or_else(|| self.cues_of(Sig::Medicine).find(|m| today && close(m)))
            .copied()
    }

    /// A call for help in a sentence that is not a question.
    pub(crate) fn alarm(&self) -> Option<Match<Sig>> {
        self.cues_of(Sig::Alarm)
            .find(|m| !self.is_question(m.start))
            .copied()
    }

    /// The department for a routine message, with the topic match that decided it.
    pub(crate) fn department(&self, mentions: &[Match<Sig>]) -> (Department, Option<Match<Sig>>) {
        const ORDER: [Department; 4] = [
            Department::Billing,
            Department::Appointments,
            Department::Clinical,
            Department::FrontDesk,
        ];
        let slot = |d: Department| ORDER.iter().position(|&o| o == d).unwrap_or(3);
        let mut scores = [0u32; 4];
        let mut first: [Option<Match<Sig>>; 4] = [None; 4];
        let mut covered: Vec<(usize, usize)> = Vec::new();
        for cue in &self.cues {
            let (department, weight) = match cue.signal {
                Sig::Topic(department, weight) => (department, weight),
                // "blood test", "pain relief": clinical words that are not symptoms.
                Sig::Benign | Sig::NotASign => (Department::Clinical, 2),
                Sig::Medicine | Sig::CriticalMedicine => (Department::Clinical, 2),
                Sig::Procedure | Sig::ProcedureDone => (Department::Clinical, 1),
                // "is it normal", "side effects": asking for clinical advice.
                Sig::Informational if self.is_question(cue.start) => (Department::Clinical, 2),
                _ => continue,
            };
            let index = slot(department);
            if (cue.start..=cue.end).any(|j| covered.contains(&(index, j))) {
                continue;
            }
            covered.extend((cue.start..=cue.end).map(|j| (index, j)));
            // What is asked matters more than what is mentioned.
            let asked = self.is_question(cue.start);
            scores[index] += u32::from(weight) * if asked { 2 } else { 1 };
            if first[index].is_none_or(|f| f.signal.topic_weight() < weight) {
                first[index] = Some(*cue);
            }
        }
        let clinical = slot(Department::Clinical);
        for m in mentions {
            if !(m.start..=m.end).any(|j| covered.contains(&(clinical, j))) {
                covered.extend((m.start..=m.end).map(|j| (clinical, j)));
                scores[clinical] += if self.is_question(m.start) { 4 } else { 2 };
                first[clinical].get_or_insert(*m);
            }
        }
        let mut best = 3;
        for index in 0..4 {
            if scores[index] > scores[best] || (scores[index] == scores[best] && index < best) {
                best = index;
            }
        }
        if scores[best] == 0 {
            return (Department::FrontDesk, None);
        }
        (ORDER[best], first[best])
    }
}

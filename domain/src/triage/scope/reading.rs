//! Scope for the numbers patients quote (a glucose, a saturation, an INR, a blood
//! pressure), through the same ConText cues as the findings: a number in a "what if",
//! a past one ("sats were 88 in hospital 2 months ago"), a relative's history ("mijn
//! moeder had vroeger een INR van 10"), one that has cleared ("ketones 2.1 on Sunday,
//! cleared by Monday night") is not a reading now. So is the patient's usual value
//! ("sats 88, which is normal for me", "COPD usual is 93-94"), which sets the baseline
//! a reading is judged against and is no reading itself.
//!
//! Negation is not applied: a number is not negated by a "no" two words before it ("no
//! temp sugar 2.1"), and "not 2.4, it's 4.2" is a recheck (`readings.rs`).

use super::super::lexicon::Sig;
use super::super::matcher::Match;
use super::Scope;

/// Words that make a number the patient's usual one: before it ("usual is 93-94",
/// "immer bei 88-90") or after it in its sentence ("88, which is normal for me").
pub(crate) const BASELINE_WORDS: &[&str] = &[
    "usual",
    "usually",
    "normal",
    "normally",
    "always",
    "baseline",
    "target",
    "habitual",
    "habitualmente",
    "normalmente",
    "siempre",
    "habituel",
    "habitude",
    "normalement",
    "toujours",
    "immer",
    "normalerweise",
    "sonst",
    "gewohnlich",
    "ublich",
    "solito",
    "solitamente",
    "sempre",
    "abituale",
    "gewoonlijk",
    "meestal",
    "altijd",
    "normaal",
];

/// Words that tie a "normal" after a number to the patient ("normal for me", "my usual"),
/// or, told by a carer, to the person cared for ("which is his normal", session 23a).
const OWN_WORDS: &[&str] = &[
    "my", "me", "mine", "mi", "mio", "mia", "mon", "ma", "moi", "mein", "meine", "mir", "mijn",
    "voor", "for", "para", "pour", "fur", "per", "his", "her", "him", "su", "sa", "son", "sein",
    "seine", "ihr", "ihre", "suo", "sua", "seu", "dele", "dela", "zijn", "haar",
];

/// Words of feeling well, which say nothing about a number ("bp 190/125 but I feel
/// totally fine", "me siento bien", "ik voel me goed"): a high reading with no symptom
/// is still a same-day look (NG136).
const FEELING: &[&str] = &[
    "feel",
    "feels",
    "feeling",
    "felt",
    "i",
    "im",
    "me",
    "my",
    "myself",
    "well",
    "totally",
    "completely",
    "perfectly",
    "absolutely",
    "really",
    "quite",
    "pretty",
    "otherwise",
    "siento",
    "encuentro",
    "sens",
    "sent",
    "fuhle",
    "fuhlt",
    "mich",
    "sich",
    "sento",
    "sente",
    "sinto",
    "voel",
    "voelt",
    "mij",
    "ik",
    "je",
    "ich",
    "io",
    "eu",
    "yo",
    "moi",
    "mi",
    "se",
    "muy",
    "tres",
    "sehr",
    "molto",
    "muito",
    "heel",
    "bien",
    "bem",
    "bene",
    "goed",
];

/// Words that deny a baseline ("not normal for me", "nicht wie sonst").
const NOT_WORDS: &[&str] = &[
    "not", "no", "isnt", "never", "nicht", "kein", "pas", "jamais", "non", "niet", "geen", "nunca",
];

impl Scope<'_> {
    /// Whether a reading from token `start` (the word naming it) to token `end` (its
    /// number) is the patient's, now.
    pub(crate) fn reading_is_current(&self, start: usize, end: usize) -> bool {
        let last = self.tokens.len().saturating_sub(1);
        let (start, end) = (start.min(last), end.min(last));
        if self.tokens.is_empty() {
            return true;
        }
        let m = Match {
            signal: Sig::Symptom,
            start: start.min(end),
            end: end.max(start),
            immune: false,
        };
        let sentence = self.sentence(m.start);
        let gone = self.dated_back(&m)
            || self.hypothetical(&m)
            || self.family_history(&m)
            || self.dated_past(&m)
            || self.reading_resolved(&m)
            || self.past(&m)
            || self.reviewed_since(&m, sentence)
            || self.reviewed_in_next_sentence(&m);
        !gone && !self.baseline(&m)
    }

    /// Resolved as a finding is, unless the resolving word belongs to a finding told
    /// after the reading in the cue's clause ("INR 4,8 en een bloedneus die gestopt is":
    /// the nosebleed stopped, the INR did not).
    fn reading_resolved(&self, m: &Match<Sig>) -> bool {
        let sentence = self.sentence(m.start);
        let owned = self.cues_of(Sig::Resolved).any(|cue| {
            self.sentence(cue.start) == sentence
                && cue.start > m.end
                && self.mentions.iter().any(|other| {
                    other.start > m.end
                        && other.end < cue.start
                        && self.clause(other.start) == self.clause(cue.start)
                })
        });
        // "185/121 this morning, I feel fine": feeling well does not undo a number; a
        // word that it cleared or settled does. (Compared as typed: the keys squeeze
        // "feel" to "fel", which is how session 15c's list missed it.)
        let cleared = self.cues_of(Sig::Resolved).any(|cue| {
            self.sentence(cue.start) >= sentence
                && !(cue.start..=cue.end)
                    .all(|i| self.word_in(i, super::STATE_WORDS) || self.word_in(i, FEELING))
        });
        !owned && cleared && self.resolved(m)
    }

    /// A reading dated a week or more back ("sats 91 two weeks ago", "hypo van 2,4
    /// vorige week") or on a past weekday ("sugar was 2.4 last tuesday"), with no word
    /// for now between: the findings' past cue leaves "last week" out because it dates
    /// a procedure whose complication is now, but a number that old is no reading now.
    fn dated_back(&self, m: &Match<Sig>) -> bool {
        const LAST: &[&str] = &[
            "last", "past", "vorige", "letzten", "letzte", "dernier", "pasado", "scorso",
        ];
        let sentence = self.sentence(m.start);
        let clause = self.clause(m.start);
        let weeks = self.cues_of(Sig::WeeksAgo).any(|cue| {
            self.sentence(cue.start) == sentence
                && (self.clause(cue.start) == clause || cue.end < m.start)
                && !self.now_between(cue, m)
        });
        let weekday = (1..self.tokens.len()).any(|i| {
            let day = Match {
                signal: Sig::Past,
                start: i - 1,
                end: i,
                immune: false,
            };
            self.clause(i) == clause
                && LAST.contains(&self.tokens[i - 1].key.as_str())
                && super::across::DAYS_BEFORE.contains(&self.tokens[i].key.as_str())
                && !self.now_between(&day, m)
        });
        weeks || weekday
    }

    /// The patient's usual value: a baseline word just before the number, or one tied
    /// to the patient after it in its sentence, and not denied.
    fn baseline(&self, m: &Match<Sig>) -> bool {
        let key = |i: usize| self.tokens[i].key.as_str();
        let denied = |i: usize| (i.saturating_sub(2)..i).any(|j| NOT_WORDS.contains(&key(j)));
        // Before the number, only words within the reading ("COPD immer bei 88"), so
        // "sugars normal but ketones 3.5" keeps the ketones.
        let from = if m.start < m.end {
            m.start
        } else {
            m.end.saturating_sub(2)
        };
        // "normalerweise 89, jetzt 84": a number or a word for now after the baseline
        // word makes the later number the reading.
        let interrupted = |i: usize| {
            (i + 1..m.end).any(|j| {
                key(j).starts_with(|c: char| c.is_ascii_digit())
                    || super::NOW_WORDS.contains(&key(j))
            })
        };
        let before = (from.max(m.end.saturating_sub(3))..m.end)
            .any(|i| BASELINE_WORDS.contains(&key(i)) && !denied(i) && !interrupted(i));
        let sentence = self.sentence(m.end);
        // "which the consultant said is his normal" sits up to ten words after the number;
        // a number just after the baseline word is the baseline itself ("2.5, her normal
        // is 6"), so the first number stays the reading.
        let number = |i: usize| key(i).starts_with(|c: char| c.is_ascii_digit());
        let after = (m.end + 1..(m.end + 11).min(self.tokens.len()))
            .take_while(|&i| self.sentence(i) == sentence && !number(i))
            .any(|i| {
                BASELINE_WORDS.contains(&key(i))
                    && !denied(i)
                    && (i.saturating_sub(2)..(i + 3).min(self.tokens.len()))
                        .any(|j| OWN_WORDS.contains(&key(j)))
                    && !(i + 1..(i + 5).min(self.tokens.len())).any(number)
            });
        before || after
    }
}

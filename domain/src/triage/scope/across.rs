//! Context across sentences. ConText scopes a cue to its sentence; phone messages put
//! the resolution or the clinician's verdict in the next one: "had a fit yesterday. he
//! is fine now", "chest pain on Monday. The cardiologist did the ECG, it was muscular".
//! The next sentence speaks about the finding only when it reports nothing of its own:
//! no other finding, nothing going on now, not a question. A current report there ("his
//! face is drooping now") is never read as the earlier sentence's history.

use std::collections::HashSet;
use std::sync::OnceLock;

use super::super::lexicon::Sig;
use super::super::matcher::Match;
use super::super::normalize::normalize_word;
use super::{is_fast_sign, Scope};

/// Days that date an event before today, in the seven languages ("segunda" is left
/// out: in Portuguese it is also "second").
pub(super) const DAYS_BEFORE: &[&str] = &[
    "yesterday",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "ayer",
    "anteayer",
    "lunes",
    "martes",
    "miercoles",
    "jueves",
    "viernes",
    "sabado",
    "domingo",
    "hier",
    "lundi",
    "mardi",
    "mercredi",
    "jeudi",
    "vendredi",
    "samedi",
    "dimanche",
    "gestern",
    "vorgestern",
    "montag",
    "dienstag",
    "mittwoch",
    "donnerstag",
    "freitag",
    "samstag",
    "sonntag",
    "ieri",
    "lunedi",
    "martedi",
    "mercoledi",
    "giovedi",
    "venerdi",
    "domenica",
    "ontem",
    "anteontem",
    "gisteren",
    "eergisteren",
    "maandag",
    "dinsdag",
    "woensdag",
    "donderdag",
    "vrijdag",
    "zaterdag",
    "zondag",
];

fn days_before() -> &'static HashSet<String> {
    static SET: OnceLock<HashSet<String>> = OnceLock::new();
    SET.get_or_init(|| DAYS_BEFORE.iter().map(|day| normalize_word(day)).collect())
}

/// Words that start an ongoing span from a day: "since tuesday", "seit Montag".
const SINCE: &[&str] = &[
    "since", "seit", "desde", "depuis", "da", "dal", "sinds", "sinda",
];

/// Words of a duration told as "an hour", "half an hour" ("una hora", "eine halbe
/// Stunde"), which the lexicon also reads as a time within the day ("an hour ago").
const DURATION_WORDS: &[&str] = &[
    "an", "a", "half", "hour", "una", "media", "hora", "une", "demi", "heure", "eine", "ner",
    "halbe", "halben", "stunde", "un", "mezz", "mezza", "ora", "mezzora", "meia", "uma", "een",
    "half", "uur",
];

/// Words of "since then" in the resolution cues of `since_then.rs`.
const SINCE_THEN_WORDS: &[&str] = &[
    "since",
    "back",
    "returned",
    "desde",
    "entonces",
    "vuelto",
    "repetido",
    "depuis",
    "revenu",
    "revenue",
    "recommence",
    "seitdem",
    "seither",
    "wieder",
    "allora",
    "tornato",
    "tornata",
    "ricomparso",
    "entao",
    "voltou",
    "sindsdien",
    "teruggekomen",
];

/// Words of "nothing" or "not" in the same cues.
const NOTHING_WORDS: &[&str] = &[
    "none", "nothing", "nowt", "not", "hasnt", "havent", "never", "nada", "no", "rien", "pas",
    "nichts", "nicht", "keine", "niente", "nulla", "non", "nao", "niets", "niks", "geen", "niet",
];

impl Scope<'_> {
    /// Whether a resolution cue says nothing has happened since ("none since"), not
    /// that the person has been well since ("fine since", an older cue).
    pub(super) fn tells_nothing_since(&self, cue: &Match<Sig>) -> bool {
        (cue.start..=cue.end).any(|i| self.word_in(i, SINCE_THEN_WORDS))
            && (cue.start..=cue.end).any(|i| self.word_in(i, NOTHING_WORDS))
    }

    /// A Recent cue that is only a duration ("for about half an hour") in a sentence
    /// that names a day before today ("chest pain on Saturday for half an hour, none
    /// since"): the event was then, not within the day.
    pub(super) fn duration_on_a_day_before(&self, cue: &Match<Sig>) -> bool {
        let sentence = self.sentence(cue.start);
        self.only_words(cue, DURATION_WORDS)
            && (self
                .tokens
                .iter()
                .any(|t| t.sentence == sentence && days_before().contains(&t.key))
                || self.names_days_ago(sentence))
    }

    /// A Recent cue that is only "today" saying which day it is ("today is Monday",
    /// "heute ist Montag", "hoy es lunes"): the message dates an earlier event against
    /// it, nothing happened within the day (session 17a).
    pub(super) fn today_is_a_day(&self, cue: &Match<Sig>) -> bool {
        const TODAY: &[&str] = &[
            "today",
            "heute",
            "hoy",
            "aujourdhui",
            "oggi",
            "hoje",
            "vandaag",
            "its",
        ];
        const IS: &[&str] = &["is", "ist", "es", "est", "e", "he", "its", "nous", "sommes"];
        let next = cue.end + 1;
        self.only_words(cue, TODAY)
            && (next..next + 2).any(|i| i < self.tokens.len() && self.word_in(i, IS))
            && (next..next + 3).any(|i| {
                self.tokens
                    .get(i)
                    .is_some_and(|t| days_before().contains(&t.key))
            })
    }

    /// Whether the message names a day before today anywhere: a weekday, "yesterday", "3
    /// days ago" (for a "today" that dates only the recovery, `recovery_today.rs`).
    pub(super) fn names_an_earlier_day(&self) -> bool {
        self.tokens.iter().any(|t| days_before().contains(&t.key))
            || self.tokens.iter().any(|t| self.names_days_ago(t.sentence))
    }

    /// Whether a sentence dates something "N days ago" ("2 days ago", "hace 3 días", "il
    /// y a 2 jours", "vor 2 Tagen", "2 giorni fa", "há 2 dias", "2 dagen geleden"): a day
    /// before today, as a weekday is (session 17a). Only the date: a finding told as still
    /// there ("3 days ago, still there now") stays current by its own words.
    fn names_days_ago(&self, sentence: u16) -> bool {
        const DAYS: &[&str] = &["days", "dias", "jours", "tagen", "giorni", "dagen", "gg"];
        const AFTER: &[&str] = &["ago", "back", "fa", "geleden", "terug"];
        const BEFORE: &[&str] = &["hace", "ha", "faz", "vor", "a"];
        const COUNTS: &[&str] = &[
            "two", "three", "four", "couple", "few", "dos", "tres", "deux", "trois", "zwei",
            "drei", "due", "tre", "dois", "twee", "drie",
        ];
        let in_sentence = |i: usize| self.tokens.get(i).is_some_and(|t| t.sentence == sentence);
        let count = |i: usize| {
            in_sentence(i)
                && (self.tokens[i]
                    .key
                    .parse::<u16>()
                    .is_ok_and(|n| (1..=14).contains(&n))
                    || self.word_in(i, COUNTS))
        };
        (1..self.tokens.len()).any(|i| {
            in_sentence(i)
                && self.word_in(i, DAYS)
                && count(i - 1)
                && ((in_sentence(i + 1) && self.word_in(i + 1, AFTER))
                    || (i >= 2 && in_sentence(i - 2) && self.word_in(i - 2, BEFORE)))
        })
    }

    /// Whether token `index` starts "since <a day before today>" ("since tuesday",
    /// "desde el lunes", "seit gestern"): what follows has gone on from then to now, so
    /// it ends an older past cue as a word for now does ("saw you last month for the
    /// ankle, since Sunday pain low on the right").
    pub(super) fn since_day(&self, index: usize) -> bool {
        let key = |i: usize| self.tokens.get(i).map(|t| t.key.as_str());
        key(index).is_some_and(|word| SINCE.contains(&word))
            && (index + 1..=index + 2).any(|i| {
                self.tokens.get(i).is_some_and(|t| {
                    t.clause == self.tokens[index].clause && days_before().contains(&t.key)
                })
            })
    }

    /// Whether sentence `next` says nothing of its own: no finding other than `m`'s
    /// (the signs of one stroke count as one), no question, and nothing ongoing or
    /// current there or later.
    fn quiet_follow_up(&self, m: &Match<Sig>, next: u16) -> bool {
        let own_finding = self.mentions.iter().any(|other| {
            self.sentence(other.start) == next
                && other.signal != m.signal
                && !(is_fast_sign(other.signal) && is_fast_sign(m.signal))
        });
        // Nothing going on now in this sentence or any later one ("ECG normal. still
        // hurting").
        let last = self.tokens.last().map_or(next, |t| t.sentence);
        let going_on = (next..=last)
            .any(|later| self.present_in_sentence(later) || self.in_sentence(Sig::Worse, later));
        let question = self
            .tokens
            .iter()
            .position(|t| t.sentence == next)
            .is_some_and(|index| self.is_question(index));
        !own_finding && !going_on && !question
    }

    /// A resolution cue in the sentence right after the mention's ("had a fit
    /// yesterday. he is fine now"), which says nothing else, when the mention is the
    /// one finding of its sentence (so "it" can only be that one: "she won't wake, 39.4,
    /// mottled knees. Her nurse passes by tomorrow" resolves nothing), nothing there is
    /// ongoing or told as now ("I've had three hypos this week. I'm fine now" is a
    /// pattern to review), and it is not already in the past ("fainted last month. I'm
    /// completely fine now" stays history).
    pub(super) fn resolved_in_next_sentence(&self, m: &Match<Sig>) -> Option<&Match<Sig>> {
        let sentence = self.sentence(m.start);
        let next = self.sentence(m.end) + 1;
        let alone = !self.mentions.iter().any(|other| {
            self.sentence(other.start) == sentence
                && other.signal != m.signal
                && !(is_fast_sign(other.signal) && is_fast_sign(m.signal))
        });
        // Nothing ongoing where the finding is told ("still spreading ... Feel fine").
        let ongoing = self.present_in_sentence(sentence) || self.in_sentence(Sig::Worse, sentence);
        // A next sentence about another time speaks of something else ("Had prostate
        // cancer a few years ago, all clear since").
        let other_time = self.in_sentence(Sig::Past, next) || self.in_sentence(Sig::WeeksAgo, next);
        // Only an emergency sign is resolved this way, and then read as passed (a same-day
        // look at least, see `read` in mod.rs): a resolution a sentence away is weaker
        // evidence than one in the same sentence, so nothing falls to routine by it
        // ("three hypos this week. I'm fine now" still asks for a review).
        if !(m.signal.is_emergency() || is_fast_sign(m.signal))
            || !alone
            || ongoing
            || other_time
            || self.past(m)
            || self.reviewed_since(m, sentence)
        {
            return None;
        }
        self.cues_of(Sig::Resolved).find(|cue| {
            self.sentence(cue.start) == next
                && !self.negated(cue)
                && !self.tells_onset(cue)
                && self.quiet_follow_up(m, next)
        })
    }

    /// A clinician's verdict in the sentence right after one that dates the finding
    /// before today ("chest pain on Monday. The cardiologist did the ECG, it was
    /// muscular"), with nothing current in either sentence.
    pub(super) fn reviewed_in_next_sentence(&self, m: &Match<Sig>) -> bool {
        let sentence = self.sentence(m.start);
        let next = sentence + 1;
        let dated = self.in_sentence(Sig::Past, sentence)
            || self.in_sentence(Sig::WeeksAgo, sentence)
            || self
                .tokens
                .iter()
                .any(|t| t.sentence == sentence && days_before().contains(&t.key));
        // A word for now before the finding starts the current state after the dated
        // part ("on lithium for years, sick since tuesday and now she's wobbly and
        // slurring. GP said her levels were fine in March"): the verdict is about then.
        let now_first = (0..m.start).any(|i| {
            self.tokens[i].sentence == sentence
                && super::NOW_WORDS.contains(&self.tokens[i].key.as_str())
        });
        dated
            && !now_first
            && !self.present_in_sentence(sentence)
            && !self.in_sentence(Sig::Recent, sentence)
            && self
                .cues_of(Sig::Reviewed)
                .any(|cue| self.sentence(cue.start) == next && self.reviews(m, cue))
            && self.quiet_follow_up(m, next)
    }
}

//! Which knowledge topic a message asks about, if exactly one clearly wins.

use std::cell::RefCell;
use std::collections::BTreeMap;
use std::rc::Rc;
use std::sync::OnceLock;

use super::vocabulary::{HANDOFF, STOPWORDS, TOPICS};
use super::Knowledge;
use crate::triage::matcher::Matcher;
use crate::triage::normalize::{normalize, normalize_word, Normalized};

/// What a message is about, as far as the bot is concerned.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Topic {
    Hours,
    Location,
    Parking,
    Transport,
    Phone,
    Insurance,
    Payment,
    Cancellation,
    /// A price question without a named service: the price list.
    Prices,
    /// One of the clinic's services, by index.
    Service(u16),
    /// One of the clinic's FAQ entries, by index.
    Faq(u16),
    /// The visitor asks for a person.
    Handoff,
    /// Booking, moving or cancelling a visit: staff work, no answer.
    Booking,
    /// Anything about health: never answered by the bot.
    Clinical,
}

impl Topic {
    /// A short name for logs and reports (never the message).
    pub fn as_str(self) -> &'static str {
        match self {
            Topic::Hours => "hours",
            Topic::Location => "location",
            Topic::Parking => "parking",
            Topic::Transport => "public_transport",
            Topic::Phone => "phone",
            Topic::Insurance => "insurance",
            Topic::Payment => "payment",
            Topic::Cancellation => "cancellation",
            Topic::Prices => "prices",
            Topic::Service(_) => "service",
            Topic::Faq(_) => "faq",
            Topic::Handoff => "handoff",
            Topic::Booking => "booking",
            Topic::Clinical => "clinical",
        }
    }
}

/// What one matched pattern stands for.
#[derive(Debug, Clone, Copy)]
enum Hit {
    Topic(Topic, u8),
    /// One content word of an FAQ question variant.
    FaqWord {
        entry: u16,
        variant: u16,
        word: u8,
    },
}

/// Longer messages tell a story; a person should read them.
const MAX_WORDS: usize = 40;

/// An FAQ question matched in full.
const FAQ_FULL: u8 = 4;

fn built_in() -> &'static Matcher<Hit> {
    static BUILT_IN: OnceLock<Matcher<Hit>> = OnceLock::new();
    BUILT_IN.get_or_init(|| {
        Matcher::new(TOPICS.iter().flat_map(|(topic, weight, patterns)| {
            patterns
                .iter()
                .map(move |pattern| (Hit::Topic(*topic, *weight), *pattern))
        }))
    })
}

/// The words of an FAQ question that identify it: stopwords dropped, normalised.
pub(super) fn content_words(question: &str) -> Vec<String> {
    let stopwords = stopwords();
    let mut words: Vec<String> = normalize(question)
        .tokens
        .into_iter()
        .map(|token| token.key)
        .filter(|key| !stopwords.contains(key))
        .collect();
    words.dedup();
    words.truncate(usize::from(u8::MAX));
    words
}

fn stopwords() -> &'static Vec<String> {
    static SET: OnceLock<Vec<String>> = OnceLock::new();
    SET.get_or_init(|| STOPWORDS.iter().map(|word| normalize_word(word)).collect())
}

/// The clinic's own vocabulary: service names and aliases, FAQ question words.
struct ClinicVocabulary {
    sources: Vec<(Hit, String)>,
    /// Per FAQ entry, per question variant: how many content words it has.
    faq_sizes: Vec<Vec<usize>>,
}

fn clinic_vocabulary(knowledge: &Knowledge) -> ClinicVocabulary {
    let mut sources = Vec::new();
    for (index, service) in knowledge.services.iter().enumerate() {
        let hit = Hit::Topic(Topic::Service(index as u16), 3);
        for name in service.name.texts() {
            sources.push((hit, name.to_owned()));
        }
        for alias in &service.aliases {
            sources.push((hit, alias.clone()));
        }
    }
    let mut faq_sizes = Vec::new();
    for (entry, faq) in knowledge.faq.iter().enumerate() {
        let mut sizes = Vec::new();
        for (variant, question) in faq.questions.iter().enumerate() {
            let words = content_words(question);
            sizes.push(words.len());
            for (word, text) in words.into_iter().enumerate() {
                let hit = Hit::FaqWord {
                    entry: entry as u16,
                    variant: variant as u16,
                    word: word as u8,
                };
                sources.push((hit, text));
            }
        }
        faq_sizes.push(sizes);
    }
    ClinicVocabulary { sources, faq_sizes }
}

/// A clinic's vocabulary compiled into a matcher, with the knowledge it was built from.
struct CompiledClinic {
    knowledge: Knowledge,
    matcher: Matcher<Hit>,
    faq_sizes: Vec<Vec<usize>>,
}

/// How many clinics' compiled vocabularies a thread (a worker isolate) keeps.
const CACHED_CLINICS: usize = 8;

thread_local! {
    /// Most recently used first. Compiling costs several times more than matching one
    /// message, and a clinic's knowledge changes rarely, so it is compiled once per
    /// isolate and reused while the knowledge compares equal.
    static COMPILED: RefCell<Vec<Rc<CompiledClinic>>> = const { RefCell::new(Vec::new()) };
}

/// The compiled vocabulary of `knowledge`, from the cache or built now.
fn compiled(knowledge: &Knowledge) -> Rc<CompiledClinic> {
    COMPILED.with(|cache| {
        let mut cache = cache.borrow_mut();
        if let Some(position) = cache.iter().position(|c| c.knowledge == *knowledge) {
            let found = cache.remove(position);
            cache.insert(0, Rc::clone(&found));
            return found;
        }
        let clinic = clinic_vocabulary(knowledge);
        let matcher = Matcher::new(
            clinic
                .sources
                .iter()
                .map(|(hit, source)| (*hit, source.as_str())),
        );
        let built = Rc::new(CompiledClinic {
            knowledge: knowledge.clone(),
            matcher,
            faq_sizes: clinic.faq_sizes,
        });
        cache.insert(0, Rc::clone(&built));
        cache.truncate(CACHED_CLINICS);
        built
    })
}

/// The one topic `text` is clearly about, or `None` when unsure.
pub(super) fn classify(knowledge: &Knowledge, text: &str) -> Option<Topic> {
    let normalized = normalize(text);
    if normalized.tokens.is_empty() || normalized.tokens.len() > MAX_WORDS {
        return None;
    }
    let scores = score(knowledge, &normalized);
    if scores.contains_key(&Topic::Clinical) {
        return None;
    }
    if scores.get(&Topic::Handoff) == Some(&HANDOFF) {
        return Some(Topic::Handoff);
    }
    let top = scores.values().copied().max()?;
    let mut leaders = scores.iter().filter(|(_, weight)| **weight == top);
    let (&leader, _) = leaders.next()?;
    if leaders.next().is_some() || leader == Topic::Booking || top < 2 {
        return None;
    }
    // A cue word alone ("prices") answers only a question or a short fragment.
    let asks = normalized.questions.iter().any(|q| *q) || normalized.tokens.len() <= 4;
    if top < 3 && !asks {
        return None;
    }
    Some(leader)
}

/// The highest weight each topic reached in `normalized`.
fn score(knowledge: &Knowledge, normalized: &Normalized) -> BTreeMap<Topic, u8> {
    let tokens = &normalized.tokens;
    let mut scores: BTreeMap<Topic, u8> = BTreeMap::new();
    let mut raise = |topic: Topic, weight: u8| {
        let entry = scores.entry(topic).or_insert(0);
        *entry = (*entry).max(weight);
    };
    let mut faq_words: Vec<(u16, u16, u8)> = Vec::new();
    let mut record = |hit: Hit| match hit {
        Hit::Topic(topic, weight) => raise(topic, weight),
        Hit::FaqWord {
            entry,
            variant,
            word,
        } => faq_words.push((entry, variant, word)),
    };
    for found in built_in().find(tokens) {
        record(found.signal);
    }
    let clinic = compiled(knowledge);
    for found in clinic.matcher.find(tokens) {
        record(found.signal);
    }
    crate::sorting::sort(&mut faq_words);
    faq_words.dedup();
    for (entry, sizes) in clinic.faq_sizes.iter().enumerate() {
        for (variant, size) in sizes.iter().enumerate() {
            let matched = faq_words
                .iter()
                .filter(|(e, v, _)| usize::from(*e) == entry && usize::from(*v) == variant)
                .count();
            if let Some(weight) = faq_weight(matched, *size) {
                raise(Topic::Faq(entry as u16), weight);
            }
        }
    }
    scores
}

/// An FAQ question counts when all its words are there, or most of at least three.
fn faq_weight(matched: usize, size: usize) -> Option<u8> {
    if size == 0 {
        None
    } else if matched == size {
        Some(FAQ_FULL)
    } else if size >= 3 && matched * 3 >= size * 2 {
        Some(3)
    } else {
        None
    }
}

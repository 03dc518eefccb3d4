//! A "no" that answers the clinic's question, not one that denies a symptom. Replies to a
//! text ("Has the bleeding stopped?", "Is the pain better?") open with the answer and
//! often without a comma: "no the bleeding hasnt stopped", "no the pain is still there",
//! "nope its worse". English denies a symptom with "no" straight before it ("no pain",
//! "no bleeding"), never with "no the pain" or "no my chest": a reply word at the start
//! of a sentence followed by a determiner or a pronoun is the answer, and the clause after
//! it is told as it stands (session 17b, batch 89).

use super::super::lexicon::Sig;
use super::super::matcher::Match;
use super::Scope;

/// Words that answer a question with no.
const REPLY_NO: &[&str] = &["no", "nope", "nah", "nop"];

/// Words that start a noun phrase or a clause, which a negating "no" never precedes.
const STARTS_A_CLAUSE: &[&str] = &[
    // Not "he" or "i": Spanish "no he sangrado" (I have not bled) and Italian "i"
    // (the) are negations.
    "the", "my", "his", "her", "its", "it", "she", "hes", "shes", "they", "theyre", "im", "ive",
    "we", "our", "their", "this", "that", "your", "still",
];

impl Scope<'_> {
    /// True when a negation cue is a reply's "no" at the start of a sentence, followed by
    /// a word that opens a clause of its own.
    pub(super) fn answers_a_question(&self, cue: &Match<Sig>) -> bool {
        let at = cue.start;
        let opens_sentence = at == 0 || self.tokens[at - 1].sentence != self.tokens[at].sentence;
        cue.start == cue.end
            && opens_sentence
            && REPLY_NO.contains(&self.tokens[at].key.as_str())
            && self
                .tokens
                .get(at + 1)
                .is_some_and(|next| STARTS_A_CLAUSE.contains(&next.key.as_str()))
    }
}

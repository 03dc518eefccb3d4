//! Matching tables: right answers for paraphrases, typos and four languages, and
//! silence on unrelated, clinical and ambiguous messages.

use chrono::{DateTime, Utc};

use super::*;
use crate::config::tests::{at, demo};

/// Wednesday 2026-11-25 10:00 in Berlin: the demo clinic is open.
fn wednesday_morning() -> DateTime<Utc> {
    at("2026-11-25T09:00:00Z")
}

fn topic_of(text: &str) -> Option<Topic> {
    match decide(&demo(), text, "en", wednesday_morning()) {
        Some(BotDecision::Answer { topic, .. }) => Some(topic),
        Some(BotDecision::Handoff) => Some(Topic::Handoff),
        None => None,
    }
}

#[test]
fn answers_paraphrases_typos_and_four_languages() {
    let cases: &[(&str, Topic)] = &[
        ("Where can I park?", Topic::Parking),
        ("is there parking near you", Topic::Parking),
        ("Do you have a car park?", Topic::Parking),
        ("is there parkng nearby?", Topic::Parking),
        ("parkign?", Topic::Parking),
        ("¿Dónde puedo aparcar?", Topic::Parking),
        ("Où puis-je me garer ?", Topic::Parking),
        ("Gibt es Parkplätze bei Ihnen?", Topic::Parking),
        ("What time do you close on Saturday?", Topic::Hours),
        ("what are your opening hours", Topic::Hours),
        ("are you open tomorrow?", Topic::Hours),
        ("wat are your openning hours?", Topic::Hours),
        ("¿A qué hora abren el sábado?", Topic::Hours),
        ("Quels sont vos horaires ?", Topic::Hours),
        ("Wann haben Sie geöffnet?", Topic::Hours),
        ("What's your address?", Topic::Location),
        ("How do I find you?", Topic::Location),
        ("¿Cuál es la dirección?", Topic::Location),
        ("Quelle est votre adresse ?", Topic::Location),
        ("Wie ist die Adresse der Praxis?", Topic::Location),
        ("Which bus goes to you?", Topic::Transport),
        ("Wie komme ich mit der U-Bahn zu Ihnen?", Topic::Transport),
        ("What's your phone number?", Topic::Phone),
        ("Do you accept private insurance?", Topic::Insurance),
        ("Nehmen Sie gesetzlich Versicherte?", Topic::Insurance),
        ("Can I pay by card?", Topic::Payment),
        ("¿Puedo pagar con tarjeta?", Topic::Payment),
        ("Is there a fee if I cancel late?", Topic::Cancellation),
        ("what is your cancellation policy", Topic::Cancellation),
        ("How much does teeth whitening cost?", Topic::Service(2)),
        ("how much is a cleaning", Topic::Service(1)),
        ("Combien coûte un détartrage ?", Topic::Service(1)),
        ("Was kostet ein Implantat?", Topic::Service(4)),
        ("What are your prices?", Topic::Prices),
        ("How much does parking cost?", Topic::Parking),
        ("do you have wifi", Topic::Faq(0)),
        ("Gibt es WLAN?", Topic::Faq(0)),
        ("Do you treat children?", Topic::Faq(1)),
        ("what should I bring to my first visit?", Topic::Faq(2)),
        ("Can I talk to a person?", Topic::Handoff),
        ("I want to speak to a human please", Topic::Handoff),
        ("Quiero hablar con una persona", Topic::Handoff),
        ("Je voudrais parler à quelqu'un", Topic::Handoff),
        ("Ich möchte mit einem Menschen sprechen", Topic::Handoff),
    ];
    let mut failures = Vec::new();
    for (text, expected) in cases {
        let got = topic_of(text);
        if got != Some(*expected) {
            failures.push(format!("{text:?}: expected {expected:?}, got {got:?}"));
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

#[test]
fn silent_on_unrelated_clinical_ambiguous_and_booking() {
    let cases = [
        // Unrelated.
        "My cat likes tuna",
        "Do you sell shoes?",
        "Thanks!",
        "hello",
        // Clinical: never the bot's business, even next to a knowledge word.
        "Should I take ibuprofen before my appointment?",
        "Is it normal to have pain after whitening?",
        "My filling hurts when I park my bike",
        "¿Es normal que me duela después del empaste?",
        "J'ai mal depuis le détartrage, est-ce normal ?",
        "Ich habe Schmerzen nach der Füllung",
        // Two topics at once: no answer beats half an answer.
        "Where can I park and what time do you open?",
        // Booking and moving visits are staff work, and a cue word alone is no question.
        "I need to cancel my appointment tomorrow",
        "Can I book a cleaning appointment for Saturday?",
        "The price was too high.",
        // A long story needs a person.
        "Hi, last year I came to you for a cleaning and everything was fine but then my \
         insurance changed and I'm not sure whether the new one covers everything, my \
         husband also wants to know about the parking situation because he drives me \
         and we live quite far away from the clinic now",
    ];
    for text in cases {
        assert_eq!(topic_of(text), None, "{text:?}");
    }
}

#[test]
fn hours_come_from_the_live_schedule() {
    let config = demo();
    let open = decide(&config, "opening hours?", "en", wednesday_morning());
    let Some(BotDecision::Answer { text, .. }) = open else {
        panic!("hours answered: {open:?}");
    };
    assert!(text.contains("We're open right now"), "{text}");
    assert!(
        text.contains("Mon–Fri 08:00–18:00 · Sat 09:00–13:00"),
        "{text}"
    );
    // Wednesday 20:00 Berlin: closed until Thursday 08:00.
    let evening = decide(&config, "are you open?", "en", at("2026-11-25T19:00:00Z"));
    let Some(BotDecision::Answer { text, .. }) = evening else {
        panic!("hours answered: {evening:?}");
    };
    assert!(
        text.contains("open again Thursday 2026-11-26 08:00"),
        "{text}"
    );
    // Mid-December the Christmas closures are named; in German, German days.
    let december = decide(&config, "Öffnungszeiten?", "de", at("2026-12-15T09:00:00Z"));
    let Some(BotDecision::Answer { text, .. }) = december else {
        panic!("hours answered: {december:?}");
    };
    assert!(text.contains("Mo–Fr 08:00–18:00"), "{text}");
    assert!(
        text.contains("Geschlossen: 2026-12-24, 2026-12-25, 2026-12-26"),
        "{text}"
    );
}

#[test]
fn answers_are_localised_and_say_they_are_automatic() {
    let config = demo();
    let cases = [
        ("en", "¿Dónde aparco?", "Free parking"),
        ("es", "¿Dónde aparco?", "Aparcamiento gratuito"),
        ("fr", "¿Dónde aparco?", "Parking gratuit"),
        ("de", "¿Dónde aparco?", "Kostenlose Patientenparkplätze"),
    ];
    for (language, text, expected) in cases {
        let Some(BotDecision::Answer { text, .. }) =
            decide(&config, text, language, wednesday_morning())
        else {
            panic!("{language}: parking answered");
        };
        assert!(text.contains(expected), "{language}: {text}");
        assert!(text.contains('('), "{language}: footer in {text}");
    }
    let phone = decide(&config, "phone number?", "fr", wednesday_morning());
    assert!(
        matches!(&phone, Some(BotDecision::Answer { text, .. }) if text.contains("+49 30 555 0142")),
        "{phone:?}"
    );
}

#[test]
fn silent_when_the_clinic_has_not_written_the_answer() {
    let mut config = demo();
    config.knowledge.parking = None;
    assert_eq!(
        decide(&config, "Where can I park?", "en", wednesday_morning()),
        None
    );
    config.knowledge = Knowledge::default();
    assert_eq!(
        decide(&config, "What are your prices?", "en", wednesday_morning()),
        None
    );
}

#[test]
fn person_will_reply_names_the_wait() {
    assert!(person_will_reply("en", 15, false).contains("usually within about 15 minutes"));
    assert!(person_will_reply("en", 240, true).starts_with("Of course"));
    assert!(person_will_reply("en", 240, true).contains("about 4 hours"));
    assert!(person_will_reply("de", 10, false).contains("etwa 10 Minuten"));
    assert!(person_will_reply("es", 30, false).contains("unos 30 minutos"));
    assert!(person_will_reply("fr", 45, true).contains("environ 45 minutes"));
}

#[test]
fn validation_refuses_empty_answers_and_wordless_questions() {
    let mut config = demo();
    config.knowledge.parking = Some(Localized::Text("  ".into()));
    assert!(config.knowledge.validate().unwrap_err().contains("parking"));
    let mut config = demo();
    config.knowledge.faq[0].questions = vec!["do you?".into()];
    assert!(config
        .knowledge
        .validate()
        .unwrap_err()
        .contains("meaningful"));
    let mut config = demo();
    config.knowledge.services[0].price = String::new();
    assert!(config.knowledge.validate().unwrap_err().contains("price"));
}

//! The widget's words in English, Spanish, French and German, and how the language is chosen.
//!
//! Pure data and rules, no browser calls, so it is tested natively.

/// What language the widget speaks, chosen as the console chooses (client-core's `lang`).
pub use frontdesk_client_core::lang::{fill, Lang};

/// The widget's table for a language; a trait because `Lang` lives in client-core.
pub trait LangStrings {
    fn strings(self) -> &'static Strings;
}

impl LangStrings for Lang {
    fn strings(self) -> &'static Strings {
        match self {
            Lang::En => &EN,
            Lang::Es => &ES,
            Lang::Fr => &FR,
            Lang::De => &DE,
        }
    }
}

/// Every string the panel shows. `{}` marks where a value goes (see [`fill`]).
#[derive(Debug)]
pub struct Strings {
    /// The dialog's accessible name: `{}` is the clinic's name.
    pub chat_with: &'static str,
    pub chat: &'static str,
    pub close: &'static str,
    pub messages: &'static str,
    pub your_message: &'static str,
    pub placeholder: &'static str,
    pub send: &'static str,
    pub sending: &'static str,
    pub queued: &'static str,
    pub failed: &'static str,
    pub sent: &'static str,
    pub retry: &'static str,
    pub clinic_team: &'static str,
    pub assistant: &'static str,
    pub open_now: &'static str,
    /// Open, with `{}` the usual wait (`about_minutes` or `about_hours`).
    pub open_within: &'static str,
    /// `{}` is a number.
    pub about_minutes: &'static str,
    pub about_hours: &'static str,
    /// `{}` is the weekday and time of the next opening.
    pub closed_until: &'static str,
    pub closed: &'static str,
    /// Around the tap-to-call emergency number.
    pub scope_before: &'static str,
    pub scope_after: &'static str,
    pub privacy_intro: &'static str,
    pub privacy_link: &'static str,
    pub offline: &'static str,
    pub slow_down: &'static str,
    pub unreadable: &'static str,
    /// `{}` the draft's length, then `{}` the limit, both in characters.
    pub too_long: &'static str,
    /// A draft with invisible control characters, which the server refuses.
    pub control_chars: &'static str,
    pub forget: &'static str,
    /// Opens the verification form (its own words are in `lazy/verify.js`).
    pub verify: &'static str,
    pub survey_rating: &'static str,
    pub survey_problems: &'static str,
    pub survey_comment: &'static str,
    pub survey_submit: &'static str,
    pub survey_thanks: &'static str,
    pub survey_pick_rating: &'static str,
    pub yes: &'static str,
    pub no: &'static str,
    /// `{}` is the staff member's first name (or `clinic_team`).
    pub typing: &'static str,
    /// Under the visitor's last message the clinic has read.
    pub read: &'static str,
    /// The launcher's label suffix for one unread message, and for `{}` of them.
    pub unread_one: &'static str,
    pub unread_many: &'static str,
    /// The attach button (any allowed file; on phones the system's chooser offers the
    /// camera too).
    pub attach: &'static str,
    /// Under a file on its way to the clinic.
    pub uploading: &'static str,
    pub cancel: &'static str,
    /// `{}` is the limit in megabytes.
    pub file_too_big: &'static str,
    /// A file the clinic refused for what it is.
    pub file_refused: &'static str,
    /// The button that opens a file in a message.
    pub open_photo: &'static str,
    pub open_document: &'static str,
}

impl Strings {
    /// "1 unread message", "3 unread messages".
    pub fn unread(&self, count: u32) -> String {
        match count {
            1 => self.unread_one.to_owned(),
            _ => fill(self.unread_many, &[&count.to_string()]),
        }
    }
}

pub static EN: Strings = Strings {
    chat_with: "Chat with {}",
    chat: "Chat",
    close: "Close chat",
    messages: "Messages",
    your_message: "Your message",
    placeholder: "Type your message…",
    send: "Send",
    sending: "Sending…",
    queued: "Waiting for a connection…",
    failed: "Not sent",
    sent: "Sent",
    retry: "Retry",
    clinic_team: "Clinic team",
    assistant: "Assistant",
    open_now: "We're open: the team usually replies within minutes.",
    open_within: "We're open: the team usually replies within {}.",
    about_minutes: "about {} minutes",
    about_hours: "about {} hours",
    closed_until: "We're closed now. We'll reply from {}.",
    closed: "We're closed now. We'll reply when we're back.",
    scope_before: "For medical emergencies call ",
    scope_after: ". This chat is not monitored around the clock.",
    privacy_intro: "Your messages go to the clinic's staff. ",
    privacy_link: "Privacy notice",
    offline: "Can't reach the clinic right now. Your messages are kept and sent when we're back.",
    slow_down: "Many messages at once: yours will go out in a moment.",
    unreadable: "The clinic's server sent an answer we couldn't read. Please try again.",
    too_long: "Your message is {} characters long; the limit is {}. Please shorten it.",
    control_chars:
        "Your message contains invisible control characters. Please remove them and send it again.",
    forget: "Forget this conversation",
    verify: "Verify my phone or email",
    survey_rating: "How would you rate your treatment? (1 poor, 5 excellent)",
    survey_problems: "Any problems since your treatment?",
    survey_comment: "Anything you'd like to tell us?",
    survey_submit: "Send answers",
    survey_thanks: "Thank you for your answers.",
    survey_pick_rating: "Please choose a rating from 1 to 5.",
    yes: "Yes",
    no: "No",
    typing: "{} is typing…",
    read: "Read",
    unread_one: "1 unread message",
    unread_many: "{} unread messages",
    attach: "Attach a photo or PDF",
    uploading: "Uploading…",
    cancel: "Cancel",
    file_too_big: "This file is too big: the limit is {} MB.",
    file_refused: "This file can't be sent: only photos (JPEG, PNG, WebP, HEIC) and PDF documents.",
    open_photo: "Open photo",
    open_document: "Open document",
};

pub static ES: Strings = Strings {
    chat_with: "Chatear con {}",
    chat: "Chat",
    close: "Cerrar el chat",
    messages: "Mensajes",
    your_message: "Tu mensaje",
    placeholder: "Escribe tu mensaje…",
    send: "Enviar",
    sending: "Enviando…",
    queued: "Esperando conexión…",
    failed: "No enviado",
    sent: "Enviado",
    retry: "Reintentar",
    clinic_team: "Equipo de la clínica",
    assistant: "Asistente",
    open_now: "Estamos abiertos: el equipo suele responder en minutos.",
    open_within: "Estamos abiertos: el equipo suele responder en {}.",
    about_minutes: "unos {} minutos",
    about_hours: "unas {} horas",
    closed_until: "Ahora estamos cerrados. Responderemos a partir del {}.",
    closed: "Ahora estamos cerrados. Responderemos cuando volvamos.",
    scope_before: "Para urgencias médicas llama al ",
    scope_after: ". Este chat no se atiende las 24 horas.",
    privacy_intro: "Tus mensajes llegan al personal de la clínica. ",
    privacy_link: "Aviso de privacidad",
    offline: "No podemos contactar con la clínica ahora. Guardamos tus mensajes y los enviaremos al volver la conexión.",
    slow_down: "Demasiados mensajes a la vez: el tuyo saldrá en un momento.",
    unreadable: "El servidor de la clínica envió una respuesta ilegible. Inténtalo de nuevo.",
    too_long: "Tu mensaje tiene {} caracteres; el límite es {}. Acórtalo, por favor.",
    control_chars: "Tu mensaje contiene caracteres de control invisibles. Quítalos y vuelve a enviarlo.",
    forget: "Olvidar esta conversación",
    verify: "Verificar mi teléfono o email",
    survey_rating: "¿Cómo valora su tratamiento? (1 malo, 5 excelente)",
    survey_problems: "¿Ha tenido algún problema desde el tratamiento?",
    survey_comment: "¿Algo más que quiera contarnos?",
    survey_submit: "Enviar respuestas",
    survey_thanks: "Gracias por sus respuestas.",
    survey_pick_rating: "Elija una valoración del 1 al 5.",
    yes: "Sí",
    no: "No",
    typing: "{} está escribiendo…",
    read: "Leído",
    unread_one: "1 mensaje sin leer",
    unread_many: "{} mensajes sin leer",
    attach: "Adjuntar una foto o un PDF",
    uploading: "Subiendo…",
    cancel: "Cancelar",
    file_too_big: "El archivo es demasiado grande: el límite es {} MB.",
    file_refused: "No se puede enviar este archivo: solo fotos (JPEG, PNG, WebP, HEIC) y documentos PDF.",
    open_photo: "Abrir la foto",
    open_document: "Abrir el documento",
};

pub static FR: Strings = Strings {
    chat_with: "Discuter avec {}",
    chat: "Discussion",
    close: "Fermer la discussion",
    messages: "Messages",
    your_message: "Votre message",
    placeholder: "Écrivez votre message…",
    send: "Envoyer",
    sending: "Envoi…",
    queued: "En attente de connexion…",
    failed: "Non envoyé",
    sent: "Envoyé",
    retry: "Réessayer",
    clinic_team: "Équipe de la clinique",
    assistant: "Assistant",
    open_now: "Nous sommes ouverts : l'équipe répond en général en quelques minutes.",
    open_within: "Nous sommes ouverts : l'équipe répond en général sous {}.",
    about_minutes: "environ {} minutes",
    about_hours: "environ {} heures",
    closed_until: "Nous sommes fermés. Nous répondrons à partir de {}.",
    closed: "Nous sommes fermés. Nous répondrons à notre retour.",
    scope_before: "Pour une urgence médicale, appelez le ",
    scope_after: ". Cette discussion n'est pas surveillée en permanence.",
    privacy_intro: "Vos messages sont lus par le personnel de la clinique. ",
    privacy_link: "Politique de confidentialité",
    offline: "Impossible de joindre la clinique pour l'instant. Vos messages sont gardés et partiront dès le retour de la connexion.",
    slow_down: "Trop de messages à la fois : le vôtre partira dans un instant.",
    unreadable: "Le serveur de la clinique a envoyé une réponse illisible. Veuillez réessayer.",
    too_long: "Votre message fait {} caractères ; la limite est de {}. Merci de le raccourcir.",
    control_chars: "Votre message contient des caractères de contrôle invisibles. Retirez-les puis renvoyez-le.",
    forget: "Oublier cette conversation",
    verify: "Vérifier mon téléphone ou e-mail",
    survey_rating: "Comment évaluez-vous votre soin ? (1 mauvais, 5 excellent)",
    survey_problems: "Des problèmes depuis votre soin ?",
    survey_comment: "Quelque chose à nous dire ?",
    survey_submit: "Envoyer les réponses",
    survey_thanks: "Merci pour vos réponses.",
    survey_pick_rating: "Choisissez une note de 1 à 5.",
    yes: "Oui",
    no: "Non",
    typing: "{} est en train d’écrire…",
    read: "Lu",
    unread_one: "1 message non lu",
    unread_many: "{} messages non lus",
    attach: "Joindre une photo ou un PDF",
    uploading: "Envoi du fichier…",
    cancel: "Annuler",
    file_too_big: "Ce fichier est trop volumineux : la limite est de {} Mo.",
    file_refused: "Ce fichier ne peut pas être envoyé : seulement des photos (JPEG, PNG, WebP, HEIC) et des documents PDF.",
    open_photo: "Ouvrir la photo",
    open_document: "Ouvrir le document",
};

pub static DE: Strings = Strings {
    chat_with: "Chat mit {}",
    chat: "Chat",
    close: "Chat schließen",
    messages: "Nachrichten",
    your_message: "Ihre Nachricht",
    placeholder: "Nachricht eingeben…",
    send: "Senden",
    sending: "Wird gesendet…",
    queued: "Wartet auf Verbindung…",
    failed: "Nicht gesendet",
    sent: "Gesendet",
    retry: "Erneut senden",
    clinic_team: "Praxisteam",
    assistant: "Assistent",
    open_now: "Wir sind da: Das Team antwortet meist innerhalb weniger Minuten.",
    open_within: "Wir sind da: Das Team antwortet meist innerhalb von {}.",
    about_minutes: "etwa {} Minuten",
    about_hours: "etwa {} Stunden",
    closed_until: "Wir sind gerade nicht da. Wir antworten ab {}.",
    closed: "Wir sind gerade nicht da. Wir antworten, sobald wir zurück sind.",
    scope_before: "Bei medizinischen Notfällen rufen Sie ",
    scope_after: " an. Dieser Chat wird nicht rund um die Uhr betreut.",
    privacy_intro: "Ihre Nachrichten gehen an das Praxisteam. ",
    privacy_link: "Datenschutzhinweis",
    offline: "Die Praxis ist gerade nicht erreichbar. Ihre Nachrichten bleiben gespeichert und werden gesendet, sobald die Verbindung zurück ist.",
    slow_down: "Viele Nachrichten auf einmal: Ihre geht gleich hinaus.",
    unreadable: "Der Server der Praxis hat eine unlesbare Antwort geschickt. Bitte versuchen Sie es erneut.",
    too_long: "Ihre Nachricht hat {} Zeichen; erlaubt sind {}. Bitte kürzen Sie sie.",
    control_chars: "Ihre Nachricht enthält unsichtbare Steuerzeichen. Bitte entfernen Sie sie und senden Sie erneut.",
    forget: "Diese Unterhaltung vergessen",
    verify: "Telefon oder E-Mail bestätigen",
    survey_rating: "Wie bewerten Sie Ihre Behandlung? (1 schlecht, 5 sehr gut)",
    survey_problems: "Hatten Sie seit der Behandlung Beschwerden?",
    survey_comment: "Möchten Sie uns noch etwas sagen?",
    survey_submit: "Antworten senden",
    survey_thanks: "Vielen Dank für Ihre Antworten.",
    survey_pick_rating: "Bitte wählen Sie eine Bewertung von 1 bis 5.",
    yes: "Ja",
    no: "Nein",
    typing: "{} schreibt…",
    read: "Gelesen",
    unread_one: "1 ungelesene Nachricht",
    unread_many: "{} ungelesene Nachrichten",
    attach: "Foto oder PDF anhängen",
    uploading: "Wird hochgeladen…",
    cancel: "Abbrechen",
    file_too_big: "Diese Datei ist zu groß: höchstens {} MB.",
    file_refused: "Diese Datei kann nicht gesendet werden: nur Fotos (JPEG, PNG, WebP, HEIC) und PDF-Dokumente.",
    open_photo: "Foto öffnen",
    open_document: "Dokument öffnen",
};

#[cfg(test)]
mod tests {
    use super::*;

    const ALL: [Lang; 4] = [Lang::En, Lang::Es, Lang::Fr, Lang::De];

    /// Every field, so a test can walk the table.
    fn fields(s: &Strings) -> [(&'static str, &'static str); 42] {
        [
            ("chat_with", s.chat_with),
            ("chat", s.chat),
            ("close", s.close),
            ("messages", s.messages),
            ("your_message", s.your_message),
            ("placeholder", s.placeholder),
            ("send", s.send),
            ("sending", s.sending),
            ("queued", s.queued),
            ("failed", s.failed),
            ("sent", s.sent),
            ("retry", s.retry),
            ("clinic_team", s.clinic_team),
            ("assistant", s.assistant),
            ("open_now", s.open_now),
            ("open_within", s.open_within),
            ("about_minutes", s.about_minutes),
            ("about_hours", s.about_hours),
            ("closed_until", s.closed_until),
            ("closed", s.closed),
            ("scope_before", s.scope_before),
            ("scope_after", s.scope_after),
            ("privacy_intro", s.privacy_intro),
            ("privacy_link", s.privacy_link),
            ("offline", s.offline),
            ("slow_down", s.slow_down),
            ("unreadable", s.unreadable),
            ("too_long", s.too_long),
            ("control_chars", s.control_chars),
            ("forget", s.forget),
            ("survey_rating", s.survey_rating),
            ("survey_problems", s.survey_problems),
            ("survey_comment", s.survey_comment),
            ("survey_submit", s.survey_submit),
            ("survey_thanks", s.survey_thanks),
            ("survey_pick_rating", s.survey_pick_rating),
            ("yes", s.yes),
            ("no", s.no),
            ("typing", s.typing),
            ("read", s.read),
            ("unread_one", s.unread_one),
            ("unread_many", s.unread_many),
        ]
    }

    #[test]
    fn every_language_has_every_string_with_the_same_placeholders() {
        for lang in ALL {
            assert_eq!(Lang::from_tag(lang.code()), Some(lang));
            let english = fields(&EN);
            for (index, (name, text)) in fields(lang.strings()).into_iter().enumerate() {
                assert!(!text.trim().is_empty(), "{lang:?}.{name} is empty");
                assert_eq!(
                    text.matches("{}").count(),
                    english[index].1.matches("{}").count(),
                    "{lang:?}.{name} has the wrong placeholders"
                );
            }
        }
    }

    #[test]
    fn non_english_tables_are_translated() {
        // Words that are the same across languages (Chat, Messages, Assistant) are fine;
        // most of the table must differ from English.
        for lang in [Lang::Es, Lang::Fr, Lang::De] {
            let same = fields(lang.strings())
                .iter()
                .zip(fields(&EN))
                .filter(|((_, text), (_, english))| text == english)
                .count();
            assert!(same <= 3, "{lang:?} repeats {same} English strings");
        }
    }

    #[test]
    fn unread_counts_read_naturally() {
        assert_eq!(EN.unread(1), "1 unread message");
        assert_eq!(EN.unread(2), "2 unread messages");
        assert_eq!(DE.unread(3), "3 ungelesene Nachrichten");
    }

    #[test]
    fn too_long_fills_both_numbers() {
        assert_eq!(
            fill(EN.too_long, &["4100", "4000"]),
            "Your message is 4100 characters long; the limit is 4000. Please shorten it."
        );
    }
}

//! Emergencies and same-day problems told casually, beside a routine request or with "he
//! seems fine" (blind batch 103): what makes them urgent is a fact, not an alarming word.
//!
//! - A child who swallowed tablets nobody counted ("no sé cuántas pastillas", "wir wissen
//!   nicht, wie viele er genommen hat"): an unknown amount is treated as a toxic one, and
//!   a child who looks well may not stay so (iron, blood-pressure tablets) [POIS]. Read as
//!   swallowed, so the existing rows for a child or a poison decide.
//! - Someone who no longer understands what is said to them (receptive aphasia, new
//!   confusion) [RCUK, NG51 new confusion].
//! - Without one's insulin or inhaler ("estou sem a minha insulina"): the existing
//!   critical-medicine-gone check makes it a same-day problem [DKA].
//! - A fever counted in days before the word ("lleva 5 días con fiebre", "5 Tage
//!   Fieber"): five days or more is NICE amber [NG143].
//! - Something that flew into the eye: a foreign body needs a same-day look [EYE].
//! - The belly going hard every few minutes in pregnancy: contractions [MAT].
//! - "Not the usual kicking": fewer fetal movements [GTG57].
//! - "Kan niet meer lopen", "kann nicht mehr laufen": a walk lost since an event [HI, BOAST].
//! - A whole finger swollen and red: an infection of the finger [NG141].
//! - Look-alikes: "quanto manca" (how long is left, not a limp), "a faint red line"
//!   (pale, not a faint); "in caso di", "what do I do if" open a condition even with
//!   "again" in it.
//!
//! Tests, in other words than the batch and with hard negatives (a counted normal dose,
//! a language barrier, a fever five days ago and gone, kicking in a swimming class), are
//! in `told_casually_tests.rs`.

use super::lexicon::Sig;

/// Facts that make a casually told message urgent or an emergency.
pub(crate) const TOLD_CASUALLY: &[(Sig, &str)] = &[
    (
        // Tablets swallowed and nobody knows how many [POIS].
        Sig::Ingested,
        pats![
            "!dont|not|no ~know ~how ~many ~took|taken|swallowed|ate|eaten",
            "how many ~pills|tablets|tabs|capsules|gummies|vitamins ~he|she|they|hes|shes ~took|taken|swallowed|ate|eaten",
            "!no ~se ~cuantas|cuantos ~pastillas|pildoras|comprimidos|tabletas|capsulas|gominolas",
            "cuantas|cuantos ~se ~ha|han ~tomado|comido|tragado",
            "!nao ~sei ~quantos|quantas ~comprimidos|remedios|pilulas|capsulas|tomou|engoliu|comeu",
            "combien ~en ~a|ont ~pris|avale|avalee|mange|mangee", "!sais ~pas ~combien ~de ~cachets|comprimes|pilules|gelules",
            "quante|quanti ~ne ~ha|hanno ~preso|prese|presi|mangiate|mangiati|ingoiate|ingoiati",
            "wie viele ~genommen|geschluckt|gegessen|erwischt", "!niet ~hoeveel ~genomen|ingeslikt|geslikt|opgegeten|gegeten",
        ],
    ),
    (
        // No longer understands what is said to them [RCUK, NG51].
        Sig::Confusion,
        pats![
            "!no ~entiende ~lo ~que ~le|les ~digo|decimos|dicen|hablo|hablamos",
            "!nao ~entende ~o ~que ~eu|a ~gente ~digo|falo|diz|fala|dizemos|falamos",
            "!comprend ~plus ~ce ~que ~je|on ~lui ~dis|dit", "!capisce ~piu ~quello|cosa ~che ~gli|le ~dico|diciamo",
            "!versteht ~nicht ~mehr ~was ~ich|wir ~sage|sagen", "!versteht ~uns|mich ~nicht ~mehr", "!begrijpt ~niet ~meer ~wat ~ik|we ~zeg|zeggen",
            "!doesnt|cant|didnt ~understand ~what ~im|were|i|we ~saying|say|said ~to ~her|him",
        ],
    ),
    (
        // Without one's insulin or reliever: gone as surely as run out [DKA, BTS].
        Sig::RanOut,
        pats![
            "estou|esta|estamos|ando|fiquei|ficou ~sem", "without ~insulin|inhaler|puffer", "sans ~insuline|inhalateur|ventoline",
            "senza ~insulina|inalatore", "zonder ~insuline|puffer",
        ],
    ),
    (
        // A fever counted in days before the word [NG143 amber].
        Sig::LongFever,
        pats!["#5 ~days|dias|jours|tage|tagen|giorni|dagen ~fever|temp|temperature|fiebre|fievre|fieber|febbre|febre|koorts"],
    ),
    (
        // Something flew into the eye [EYE].
        Sig::ForeignBody,
        pats![
            "flew|blew|went|flown|flicked ~in|into ~my|his|her|the ~eye", "entro|entrou|saltado|salto|saltou ~ojo|olho",
            "entre|vole ~dans ~l|mon|son ~oeil", "ins ~auge ~geflogen|gekommen", "entrato|volato ~nell|occhio",
            "in ~mijn|zijn|haar ~oog ~gevlogen|gekomen|gesprongen",
        ],
    ),
    (
        // The belly going hard every few minutes [MAT].
        Sig::Contractions,
        pats![
            "belly|tummy|bump|barriga|barriguinha|vientre|panza|ventre|bidon|bauch|pancia|buik ~hard|tight|tightens|endurecer|endurece|endureciendo|endurecendo|durcit|durcir|hart|indurisce|strak ~every|cada|toutes|alle|ogni|elke|iedere ~#2 ~minutes|mins|min|minutos|minuten|minuti",
            "hard|tight|tightens|endurece|endurecer|durcit|hart|indurisce|strak ~every|cada|toutes|alle|ogni|elke ~few|couple|pocos|poucos|quelques|paar|pochi ~minutes|mins|minutos|minuten|minuti",
        ],
    ),
    (
        // "Not the usual kicking" [GTG57].
        Sig::FetalMovement,
        pats!["!not ~the|her|his|my ~usual|normal ~kicking|kicks|movements"],
    ),
    (
        // A walk lost since an event [HI, BOAST].
        Sig::NoWeight,
        pats!["!kan ~niet ~meer ~zelf ~lopen|staan", "!kann ~nicht ~mehr ~selbst|allein ~laufen|gehen|stehen"],
    ),
    (
        // A whole finger swollen and red (after a splinter, a fish bone, a bite): an
        // infection that can track along the tendon [NG141].
        Sig::HotSwelling,
        pats![
            "finger|vinger|doigt|dedo|dito ~dik|swollen|gonfle|geschwollen|inchado|hinchado|gonfio ~rood|red|rouge|rot|vermelho|rojo|rosso",
        ],
    ),
    (
        // "Quanto manca?": how long is left, not a limp; "a faint red line" is pale, not
        // a faint.
        Sig::Benign,
        pats![
            "quanto ~manca|mancano",
            "faint ~red|pink ~line|lines|streak|streaks|mark|marks|rash|patch", "faint line|lines|streak|smell|scar|bruise",
        ],
    ),
    (
        // "In case of", "what do I do if": a condition, even with "again" in it.
        Sig::Hypothetical,
        pats!["in|nel|em ~caso", "que|what|che|cosa ~hago|hacemos|do|should|faccio|facciamo|faco|fazemos|fais|faire ~si|if|se"],
    ),
];

//! Two same-day signs the corpus's urgent lines tell by what the patient cannot do, in the
//! seven languages. A limb that cannot be moved, bent or borne on after a fall, a twist or a
//! blow ("no puedo apoyar el pie", "je ne peux pas le bouger", "kann nicht auftreten", "pols
//! kan ik niet bewegen", "non riesco ad appoggiarlo", "não consigo pisar") is a possible
//! fracture wanting an X-ray the same day [BOAST, Ottawa rules]. The body part or the injury
//! is part of each pattern, so "no puedo mover la cita" (an appointment) is not a limb. An
//! asthma reliever that helps only briefly, a bit, or is needed every few hours or far more
//! than usual ("el ventolin le dura poco", "ça va mieux avec la ventoline mais pas
//! longtemps", "das Spray hilft nur kurz", "bombinha de 4 em 4 horas", "puffer elke 3 uur")
//! is asthma out of control, a same-day review [BTS]; it reads through the existing row
//! "asthma with the reliever needed every few hours", so a reliever without asthma named
//! lifts nothing. Tests, in other words than the corpus, with hard negatives, are in
//! `unusable_limb_and_short_relief_tests.rs`.

use super::lexicon::Sig;

/// A limb that cannot be used after an injury, and a reliever that does not hold. The limb
/// patterns are told with a "not" ("can't", "ne ... pas", "nicht"), so they are immune (`!`)
/// to the negation that word would otherwise cast on them.
pub(crate) const UNUSABLE_LIMB_AND_SHORT_RELIEF: &[(Sig, &str)] = &[
    (
        // Cannot move, bend or bear weight on a limb after an injury [BOAST, Ottawa].
        Sig::NoWeight,
        pats![
            "!fell|fall|fallen|twisted|sprained|landed|tripped|rolled|hurt|banged ~wrist|ankle|knee|arm|hand|hip|leg|elbow|shoulder|foot|finger ~cant|cannot|unable ~move|bend|straighten|grip|use",
            "!wrist|ankle|knee|elbow|shoulder ~swollen ~painful|agony ~to ~move",
            "!wrist|ankle|knee|elbow|shoulder|foot ~cant|cannot|unable ~use|move|bend ~it",
            "!cant|cannot|unable ~straighten|bend ~it|knee|leg|arm|elbow",
            "!cant|cannot ~grip ~at ~all",
            "!wont|refuses ~use ~it|arm|hand ~at ~all",
            // "apoyar", "apoiar", "appoggiare" alone is also to support someone: the foot,
            // the leg or the weight must be named, or the pronoun "it".
            "!no ~puedo|puede|pude|podia ~apoyarlo|apoyarla|pisar",
            "!no ~puedo|puede|pude|podia ~apoyar ~pie|pierna|peso",
            "!sin ~poder ~apoyarlo|apoyarla|pisar",
            "!sin ~poder ~apoyar ~pie|pierna|peso",
            "!no ~puedo|puede|pude ~mover|moverlo|moverla|doblar|doblarlo|doblarla ~muneca|tobillo|rodilla|brazo|pierna|pie|mano|dedo|hombro|codo",
            "!muneca|tobillo|rodilla|brazo|pierna|pie|mano|dedo|hombro|codo ~no ~puedo|puede ~mover|moverlo|moverla|doblar|doblarlo|doblarla|apoyar|apoyarlo",
            "!peux|peut|pouvait ~pas|plus ~marcher ~dessus",
            "!ne ~peux|peut|pouvait ~pas|plus ~marcher ~dessus",
            "!peux|peut ~pas|plus ~poser ~le ~pied",
            "!poignet|cheville|genou|bras|coude|epaule|main|doigt|jambe|pied ~peux|peut ~pas|plus ~bouger|plier|marcher",
            "!poignet|cheville|genou|bras|coude|epaule|main|doigt|jambe|pied ~ne ~peux|peut ~pas|plus ~le|la ~bouger|plier",
            "!kann|konnte ~nicht|nich|kaum ~auftreten|belasten",
            "!handgelenk|knochel|knoechel|knie|arm|fuss|hand|ellbogen|schulter|finger ~kann ~nicht|nich ~bewegen|belasten|beugen",
            "!kann ~handgelenk|knochel|knoechel|knie|arm|fuss|hand|ellbogen|schulter ~nicht|nich ~bewegen|belasten|beugen",
            "!pols|enkel|knie|arm|voet|hand|elleboog|schouder|vinger ~kan ~niet ~bewegen|buigen|belasten",
            "!pols|enkel|knie|arm|voet|hand|elleboog|schouder|vinger ~kan ~hem|het ~niet ~bewegen|buigen|belasten",
            "!kan ~er ~niet ~op ~staan|steunen|lopen",
            "!dik|gezwollen|blauw|gevallen|viel ~kan ~hem|het ~niet ~bewegen|buigen",
            "!non ~riesco|riesce ~a|ad ~muoverlo|muoverla|appoggiarlo|appoggiarla|piegarlo|piegarla|caricarlo|caricare",
            "!non ~riesco|riesce ~a|ad ~appoggiare ~piede|gamba|peso",
            "!nao ~consigo|consegue|conseguia ~pisar|mexelo|mexela|dobrar",
            "!nao ~consigo|consegue|conseguia|quer ~apoiar|pisar ~pe|perna|peso",
        ],
    ),
    (
        // A reliever that helps only briefly or is needed far more often [BTS].
        Sig::RelieverOften,
        pats![
            "inhaler|pump|puffer|ventolin|salbutamol|reliever ~every ~couple|few ~hours|hrs|hr",
            "inhaler|pump|puffer|ventolin|salbutamol|reliever ~helps|helping|works|lasts ~only|bit|little ~while|bit|little",
            "inhaler|pump|puffer|ventolin|salbutamol|reliever ~wears|wearing ~off",
            "needing|need|needed|using|use|used ~inhaler|pump|puffer|ventolin|reliever ~loads|lots|much|way ~more",
            "use|using ~blue ~puffer|inhaler|pump ~lots|loads",
            "ventolin|inhalador|salbutamol|bomba|puff ~le|me ~dura|duran ~poco",
            "ventolin|inhalador|salbutamol|bomba|puff ~dura|duran ~poco",
            "ventolin|inhalador|salbutamol ~ayuda|alivia ~poco|un ~rato",
            "ventoline|inhalateur|pompe|salbutamol ~mieux ~mais ~pas ~longtemps",
            "ventoline|inhalateur|pompe|salbutamol ~dure|soulage ~pas ~longtemps",
            "spray|inhalator|salbutamol|notfallspray|asthmaspray ~hilft|wirkt ~nur ~kurz",
            "spray|inhalator|salbutamol|notfallspray|asthmaspray ~alle ~#1 ~stunden",
            "spray|inhalator|notfallspray|asthmaspray ~viel ~ofter|oefter",
            "ventolin|broncodilatatore|spray|salbutamolo ~dura|durano ~poco",
            "ventolin|broncodilatatore|spray|salbutamolo ~ogni ~#1 ~ore",
            "bombinha|inalador|aerolin|salbutamol ~so ~por ~pouco ~tempo",
            "bombinha|inalador|aerolin|salbutamol ~de ~#1 ~em ~#1 ~horas",
            "bombinha|inalador|aerolin|salbutamol ~a ~cada ~#1 ~horas",
            "bombinha|inalador|aerolin ~#4 ~vezes",
            "puffer|inhalator|ventolin|pufje|pufjes ~elke ~#1 ~uur",
            "puffer|inhalator|ventolin|pufje|pufjes ~helpt ~maar ~even|kort",
            "puffer|inhalator|ventolin|pufje|pufjes ~veel ~vaker",
        ],
    ),
];

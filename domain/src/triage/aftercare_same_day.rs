//! Same-day problems after a clinic procedure, and the injuries and crises that look
//! like routine questions, in lay words the lexicon lacked (blind batch 92, session 17d):
//!
//! - a time-critical fertility medicine forgotten or missed (the trigger injection, the
//!   progesterone after a transfer): its timing decides the cycle, so a same-day call
//!   [GTG5, consensus]; the words for "forgot" count only next to these medicines;
//! - drink coming out of the nose after an upper back tooth came out: an opening into
//!   the sinus, a same-day dental look [SDCEP];
//! - a lump or a wound "hot to the touch", or a wound one can see inside: infection or a
//!   gaping wound [NG141, MTS];
//! - a kick felt at the back of the heel, unable to stand on tiptoe (a torn Achilles
//!   tendon), a foot that drags or cannot be lifted, a foot that cannot be put down: a
//!   limb that does not work, a same-day look [MTS, consensus];
//! - crying without stop in the first person: not coping now, a same-day talk [NG225];
//! - a blood thinner injected twice by mistake: a same-day call about bleeding [POIS].
//!
//! Tests, in other words than the batch, with hard negatives, are in
//! `aftercare_same_day_tests.rs`.

use super::lexicon::Sig;

/// Lay words for the same-day problems after a procedure and their look-alikes.
pub(crate) const AFTERCARE_SAME_DAY: &[(Sig, &str)] = &[
    (
        // The medicines an IVF cycle's timing rests on.
        Sig::CriticalMedicine,
        pats![
            "progesterone|progesteron|progesterona|cyclogest|utrogestan|crinone|lubion|prolutex",
            "trigger ~shot|injection|jab|spritze|prik|injectie",
            "triggershot|triggerspritze|triggerprik|ausloser*|auslosespritze",
            "ovitrelle|ovidrel|pregnyl|gonasi|cetrotide|orgalutran|fyremadel|decapeptyl|gonapeptyl",
            "piqure|injection ~declenchement",
            "inyeccion|pinchazo ~desencadenante|descarga",
            "iniezione|puntura ~scatenante|induzione",
            "injecao ~desencadeadora|gatilho",
        ],
    ),
    (
        // Forgot, missed or slept through one of them (the medicine is matched too, so
        // the two sit together as a medicine run out does).
        Sig::RanOut,
        pats![
            "forgot|forgotten|forget|missed|skipped|overslept ~progesterone|pessaries|pessary|trigger|cyclogest|utrogestan|crinone|lubion|ovitrelle|ovidrel|pregnyl|cetrotide|orgalutran",
            "supposed|meant ~to ~do|take|have|give ~trigger|progesterone|cetrotide|orgalutran",
            "trigger|progesterone|pessaries ~fell ~asleep",
            "olvide|olvido|olvidado|olvidaba ~progesterona|ovulos|inyeccion|pinchazo",
            "oublie|oubliee|oublies|oubliees ~ovules|progesterone|piqure|injection|ovitrelle",
            "ausloser*|auslosespritze|triggerspritze|progesteron ~vergessen|verpasst|verschlafen",
            "vergessen|verpasst ~ausloser*|auslosespritze|triggerspritze|progesteron",
            "dimenticat*|scordat*|saltat* ~progesterone|ovuli|puntura|iniezione|ovitrelle",
            "esqueci|esqueceu|esquecido ~progesterona|ovulos|injecao",
            "vergeten ~progesteron|triggerprik|triggershot|prik|injectie",
            "progesteron|triggerprik|triggershot ~vergeten",
        ],
    ),
    (
        // Drink or water coming out of the nose [SDCEP].
        Sig::SinusOpening,
        pats![
            "water|drink|drinks|liquid|liquids|fluid|fluids|tea|coffee|juice ~comes|coming|came|goes|going|went ~out|through|up ~nose|nostril",
            "agua|liquido|bebida|cafe ~sale|salia|sali|pasa ~nariz",
            "sale|salia|pasa ~agua|liquido|bebida ~nariz",
            "eau|liquide|boisson ~sort|ressort|coule|passe ~nez",
            "sort|ressort|coule|passe ~eau|liquide ~nez",
            "wasser|flussigkeit|getrank|tee ~kommt|lauft|lauft ~nase",
            "kommt|lauft ~wasser|flussigkeit ~nase",
            "acqua|liquido|bevanda ~esce|usciva|passa ~naso",
            "esce|usciva|passa ~acqua|liquido ~naso",
            "agua|liquido|bebida ~sai|saiu|passa ~nariz",
            "sai|saiu|passa ~agua|liquido ~nariz",
            "water|drinken ~komt|loopt ~neus",
            "komt|loopt ~water|drinken ~neus",
        ],
    ),
    (
        // Hot to the touch: a lump or wound that is infected (a comma breaks "hot, red
        // lump", so the touch is its own phrase).
        Sig::HotSwelling,
        pats![
            "hot|warm ~to ~the ~touch",
            "chaud|chaude|chauds|chaudes ~au ~toucher",
            "caliente|calientes ~al ~tacto",
            "heiss|warm ~anzufassen|anzufuhlen",
            "caldo|calda|caldi|calde ~al ~tatto",
            "quente|quentes ~ao ~toque",
            "warm|heet ~aanvoelen|aanvoelt",
        ],
    ),
    (
        // A wound one can see inside: it gapes [MTS].
        Sig::WoundOpen,
        pats![
            "see|seeing ~inside ~it|wound|cut|incision",
            "veo|ve|ven ~dentro ~herida",
            "voit|vois ~l ~interieur|dedans",
            "sieht|sehe|sehen ~hinein|innere",
            "vede|vedo ~dentro ~ferita",
            "vejo|ve ~dentro ~ferida",
            "zie|ziet ~binnenkant",
        ],
    ),
    (
        // A torn Achilles tendon or muscle, a foot that drags or cannot be put down.
        Sig::NoWeight,
        pats![
            "kicked|kick ~back ~heel|calf|ankle",
            "!cant|cannot|unable|not ~stand|go|get|push|rise ~tiptoe|tiptoes|toes",
            "!non ~stare|alzarmi|mettermi ~punte|punta",
            "calcio|colpo ~dietro ~tallone|polpaccio",
            "patada ~talon|gemelo|pantorrilla",
            "!no ~puedo|puede ~ponerme|ponerse ~puntillas",
            "coup ~pied ~talon|mollet",
            "!peux|peut|arrive ~pas|plus ~pointe|pointes",
            "tritt ~gegen ~ferse|wade",
            "!kann ~nicht ~zehenspitzen",
            "chute|pontape ~calcanhar|panturrilha",
            "!nao ~consigo ~ficar ~ponta|pontas",
            "trap ~tegen ~hiel|kuit",
            "!kan ~niet ~tenen|tenenstand",
            "!can ~barely|hardly ~walk|stand",
            "!impossible ~de ~poser|mettre ~pied",
            "!non ~riesco|riesce ~sollevare|alzare ~punta|piede",
            "striscia|trascina ~quando ~cammino",
        ],
    ),
    (
        // Crying without stop, told in the first person.
        Sig::MentalCrisis,
        pats![
            "!i ~cant|cannot ~stop ~crying",
            "!i ~havent ~stopped ~crying",
            "!no ~paro ~de ~llorar",
            "!je ~fais ~que ~pleurer",
            "weine ~nur ~noch",
            "!non ~faccio ~che ~piangere",
            "!nao ~paro ~de ~chorar",
            "ik ~huil ~alleen ~maar",
        ],
    ),
    (
        // Injected or taken twice by mistake.
        Sig::DoubleDose,
        pats!["accidentally|mistake ~did|gave|given|injected|done ~two|2|twice"],
    ),
];

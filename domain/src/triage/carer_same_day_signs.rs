//! Same-day signs told by family carers (batch 93, session 17e in TRIAGE.md): a child
//! drinking and weeing loads, a baby's nostrils flaring, an older parent who has stopped
//! eating and drinking or refuses her Parkinson's tablets, a catheter bag that stays
//! empty, a breast red and hot after birth. Each entry is a concept from
//! `shared/CLINICAL-SOURCES.md` (or consensus where the sources are silent), in the
//! words carers type; tests in other words, with hard negatives, in
//! `carer_same_day_signs_tests.rs`.

use super::lexicon::Sig;

/// Urgent-line findings and contexts in carers' words.
pub(crate) const CARER_SAME_DAY_SIGNS: &[(Sig, &str)] = &[
    // ------------------------------------------------- breathing in a child [NG143]
    (
        // Breathing "a bit faster than normal", "quicker", nostrils flaring: NG143 amber
        // (tachypnoea, nasal flaring), a same-day look. "Breathing really fast" with
        // effort stays the emergency it already reads.
        Sig::FastBreathing,
        pats![
            "breathing|breathes ~bit|little|slightly ~faster|quicker",
            "breathing|breathes ~faster|quicker ~than ~normal|usual",
            "breathing ~quicker", "now ~breathing ~faster|quicker",
            "nostrils ~flaring|flare|flared|flaring", "flaring ~nostrils|nostril",
            "narici ~si ~allargano|dilatano", "aletas ~nasales", "ailes ~du ~nez ~battent", "nasenflugel|nasenflugeln ~blahen|beben|bewegen|flattern|gehen",
            "neusvleugels", "asas ~do ~nariz",
        ],
    ),
    // --------------------------------------------------------- new diabetes [consensus]
    (
        // Weeing and drinking "loads", with weight lost: new type 1 diabetes in a child is
        // seen the same day (NICE NG18; not yet in CLINICAL-SOURCES, so consensus).
        Sig::DiabetesOnset,
        pats![
            "weeing|peeing|wees|pees|urinating ~loads|lots|constantly|all ~drinking|thirsty",
            "drinking|thirsty ~loads|lots|constantly|all ~weeing|peeing|wees|pees",
            "bebe|toma ~mucho ~orina|mea ~mucho", "bebe ~mucho ~hace ~mucho ~pis",
            "boit ~beaucoup ~urine ~beaucoup", "boit ~beaucoup ~fait ~beaucoup ~pipi",
            "trinkt ~viel ~pinkelt|pieselt ~viel|standig", "beve ~tanto|molto ~fa ~pipi",
            "bebe ~muito ~faz ~xixi", "drinkt ~veel ~plast ~veel",
        ],
    ),
    // ----------------------------------------- an older person not eating [consensus]
    (
        // Eating and drinking almost nothing for days, or off food for a week: in an older
        // person, dehydration and delirium follow (a same-day look, consensus).
        Sig::NotFeeding,
        pats![
            "mangia ~pochissimo|poco|niente ~beve ~poco|pochissimo|niente",
            "!sin ~querer ~comer", "!no ~quiere ~comer ~nada|casi",
            "off ~her|his ~food ~for ~a|over ~week|fortnight",
            "off ~her|his ~food ~#2 ~days|weeks",
            "!refusing|refuses|refused ~to ~eat|food ~for ~#2 ~days|weeks",
            "!weigert ~al ~#2 ~dagen ~te ~eten", "!weigert ~te ~eten",
            "!mange ~presque ~rien", "!isst ~kaum ~noch|etwas", "!come|comendo ~quase ~nada",
        ],
    ),
    // ------------------------------------------------ a critical medicine [consensus]
    (
        // Parkinson's medicines: a missed dose leaves a person stiff and unable to
        // swallow (Parkinson's UK, "get it on time"; consensus).
        Sig::CriticalMedicine,
        pats!["parkinson|parkinsons|levodopa|sinemet|madopar|careldopa|rotigotine|stalevo"],
    ),
    (
        // Refusing all the tablets: a critical medicine gone as surely as run out.
        Sig::RanOut,
        pats![
            "!refusing|refuses|refused ~all|her|his ~medication|meds|tablets|pills|medicines",
            "!wont|cant ~take|swallow ~all|her|his ~medication|meds|tablets|pills|medicines",
            "!not ~taking ~any|her|his ~medication|meds|tablets|pills",
        ],
    ),
    // --------------------------------------------------- a catheter draining nothing [AUR]
    (
        // A catheter bag that stays empty: a blocked catheter, urine kept in.
        Sig::LessUrine,
        pats![
            "!no|nothing|keinen|kein|geen|pas ~urine|urin|wee|pee|plas ~in ~catheter|katheterbeutel|bag|katheterzak|sac",
            "catheter|katheter|sonde|sonda ~bag|beutel|zak ~empty|leer|leeg|vide|vacia|vuota|vazia",
            "catheter|katheter ~not|isnt ~draining", "katheterbeutel ~leer",
            "!nothing|niets ~in ~her|his|the ~catheter|katheterzak",
        ],
    ),
    // ---------------------------------------------------- hot, red swelling [NG141, CG37]
    (
        // Red, warm and swollen, inflected ("een rode, warme, gezwollen enkel") and a
        // breast red and hot (mastitis after birth, CG37).
        Sig::HotSwelling,
        pats![
            "rode|rood ~warme|warm|hete|heet", "warme|hete ~gezwollen|dikke|rode",
            "rote|roter|rotes ~heisse|heißer|warme|warmer", "brust ~rot ~heiss|warm",
            "breast|boob ~red ~hot|warm", "breast|boob ~hot ~red", "pecho|seno|sein|mama|peito|borst ~rojo|rosso|rouge|vermelho|rood ~caliente|caldo|chaud|quente|warm|heet",
        ],
    ),
    (
        // Spots gone red, hot or swollen (an infected chickenpox spot): said with "gone",
        // which is not the spot healing.
        Sig::HotSwelling,
        pats!["!spot|spots|blister|blisters|pox ~gone|going|turned ~red|hot|angry|swollen|infected"],
    ),
    // -------------------------------------------------------- appendicitis [APP]
    (
        // Pain that began round the belly button and has moved to the right.
        Sig::RightLowerPain,
        pats![
            "button|navel ~now ~right ~side", "button|navel ~moved|moving|gone|shifted ~right",
            "ombligo ~ahora|luego ~derecha|derecho", "nombril ~maintenant|puis ~droite",
            "nabel ~jetzt|dann ~rechts", "ombelico ~ora|poi ~destra", "umbigo ~agora|depois ~direita",
            "navel ~nu|daarna ~rechts",
        ],
    ),
    // ------------------------------------------------ morning headaches [consensus]
    (
        // Headaches every morning that make a child sick: raised pressure in the head
        // until shown otherwise (HeadSmart; consensus), a same-day look.
        Sig::Vomiting,
        pats![
            "headache|headaches ~every|each ~morning ~sick|vomit|vomiting|throw|throws|throwing",
            "wakes|waking|woken ~up ~with ~headache|headaches ~sick|vomit|vomiting|throws",
        ],
    ),
    // --------------------------------------------------------- hopelessness [NG225]
    (
        // "No point to anything", "harto de todo": hopelessness, a same-day talk even
        // when the intent is denied.
        Sig::DarkThoughts,
        pats![
            "!no ~point ~to|in ~anything|everything|living|life", "!no ~point ~going ~on",
            "harto|harta ~de ~todo|vivir", "en ~a ~marre ~de ~tout", "hat ~keinen ~sinn ~mehr",
            "stufo|stufa ~di ~tutto|vivere", "farto|farta ~de ~tudo", "heeft ~geen ~zin ~meer",
        ],
    ),
    (
        // After birth: feeling nothing for the baby (postnatal depression, a same-day
        // talk; CG192). Not `DarkThoughts`, which after birth is the emergency of
        // thoughts of harm.
        Sig::IntrusiveThoughts,
        pats![
            "!doesnt|dont|cant ~feel ~anything ~for ~baby|him|her",
            "!no ~bond|bonding ~with ~baby",
        ],
    ),
    (
        // Hitting oneself in the head, biting oneself: self-injury in a child with autism
        // or a learning disability, a same-day look when it is new or worse.
        Sig::DarkThoughts,
        pats![
            "hitting|banging|punching|biting ~himself|herself|themselves ~in ~head|face",
        ],
    ),
    // ------------------------------------------------- a belief of poison [NG51]
    (
        // "Says the food is poisoned": a false belief, not a poisoning (with a refusal to
        // eat, a change from the usual self in an older person, a same-day look).
        Sig::Psychosis,
        pats![
            "says|thinks|convinced ~food|eten|tea|water|drink ~is|been|zijn ~poisoned|vergiftigd",
            "zegt|denkt ~dat ~het ~eten ~vergiftigd", "dice|cree ~que ~la ~comida ~esta ~envenenada",
            "dit|croit ~que ~la ~nourriture ~est ~empoisonnee", "sagt|glaubt ~das ~essen ~sei|ist ~vergiftet",
            "dice ~che ~il ~cibo ~e ~avvelenato", "diz ~que ~a ~comida ~esta ~envenenada",
        ],
    ),
    (
        // The same words hide the poisoning they name.
        Sig::Benign,
        pats![
            "food|eten|comida|nourriture|essen|cibo ~is|been|esta|est|ist|sei|e|zijn ~poisoned|vergiftigd|envenenada|empoisonnee|vergiftet|avvelenato",
        ],
    ),
    // ----------------------------------------------- jaundice that lasts [consensus]
    (
        // A baby "still yellow" at two weeks or more, or pale, chalky stools: prolonged
        // jaundice and the stools of a blocked bile duct are seen the same day (NICE CG98;
        // not yet in CLINICAL-SOURCES, so consensus).
        Sig::Jaundice,
        pats![
            "baby|newborn|he|she|hes|shes|skin|eyes|face ~still ~yellow|yellowish|jaundiced", "nog ~steeds ~geel", "sigue|todavia ~amarillo|amarilla",
            "toujours ~jaune", "immer ~noch ~gelb", "ancora ~giallo|gialla", "ainda ~amarelo|amarela",
            "pale|white|chalky|grey|putty ~poo|poos|poop|stools|stool", "poo|poos|stools ~pale|white|chalky",
            "lichte|witte|bleke ~poep|ontlasting", "heces|caca ~blanca|blancas|palida|palidas",
            "selles|caca ~pales|blanches|decolorees", "heller|weisser|heller ~stuhl", "stuhl ~hell|weiss",
            "feci|cacca ~chiare|bianche", "fezes|coco ~claras|brancas",
        ],
    ),
];

//! Medicines and substances in mental health whose harm is told as a set of plain signs
//! (TRIAGE.md "Session 15b"): serotonin syndrome, lithium toxicity, withdrawal from
//! alcohol or a sedative. Each is a context (the medicine, the stopping) that the
//! presentation table combines with the signs it already reads (fever, sweating,
//! shaking, unsteadiness, confusion, a fit, seeing things), so the words for the signs
//! are not repeated here. Tests, in other words than the batch, with hard negatives, are
//! in `toxidromes_tests.rs`.

use super::lexicon::Sig;

/// Contexts and findings for serotonin syndrome, lithium and withdrawal.
pub(crate) const TOXIDROMES: &[(Sig, &str)] = &[
    (
        // Serotonergic medicines and drugs, by name or by kind. Alone they are nothing;
        // with clonus and fever, sweating or agitation, serotonin syndrome [POIS].
        Sig::Serotonergic,
        pats![
            "sertralin*|citalopram|escitalopram|fluoxetin*|paroxetin*|fluvoxamin*|venlafaxin*|desvenlafaxin*|duloxetin*|vortioxetin*",
            "zoloft|lustral|prozac|seroxat|deroxat|cipramil|cipralex|seroplex|efexor|effexor|trevilor|cymbalta|brintellix",
            "clomipramin*|anafranil|imipramin*|phenelzin*|moclobemid*|tranylcypromin*|selegilin*",
            "tramadol|tramal|contramal|ultram|tilidin*|pethidin*|methadon*|metadona|fentanyl*|tapentadol",
            "sumatriptan*|rizatriptan*|zolmitriptan*|naratriptan*|eletriptan*|almotriptan*|triptan|triptans|triptane",
            "linezolid*|zyvox|methylene ~blue|ondansetron",
            "ecstasy|mdma|molly|mandy|xtc|extasis|cocaine|cocaina|kokain",
            "st ~johns ~wort", "millepertuis", "johanniskraut", "hierba ~de ~san ~juan", "erva ~de ~sao ~joao", "iperico", "sint ~janskruid",
            "antidepressant|antidepressants|antidepresivo|antidepresivos|antidepresseur|antidepresseurs",
            "antidepressivum|antidepressiva|antidepressivo|antidepressivi|antidepressivos|antidepressiva",
            "ssri|ssris|isrs|snri|irsn",
            // "a remedy for migraine" is a triptan in lay words.
            "remedio|remedios|medicamento|medicament|medikament|medicine|tablets|pills ~para|pra|pour|contre|gegen|for ~enxaqueca|migrana|migraine|migrane",
        ],
    ),
    (
        // Clonus: muscles or eyes jerking on their own, a jaw that keeps clenching
        // (Hunter criteria; consensus, not in CLINICAL-SOURCES.md).
        Sig::Clonus,
        pats![
            "twitching|jerking|jumping|twitch|jerk|twitches|jerks ~on ~their|its|his|her ~own", "muscles|legs|arms|limbs ~twitching|jerking|jumping|jolting",
            "twitching|twitchy", "eyes ~flicking|darting|jumping|wobbling|flickering ~side", "eyes ~keep ~flicking|darting|jumping",
            "jaw ~clenching|clenched|grinding|locked", "clenching ~jaw|teeth",
            "sacudidas|espasmos|tirones ~solas|solos", "piernas|brazos|musculos ~sacudidas|espasmos|saltan|tiemblan ~solas|solos", "ojos ~se ~mueven ~solos", "mandibula ~apretada|agarrotada",
            "muscles ~qui ~sautent|tressautent", "sautent ~tout ~seul|seuls", "secousses|spasmes|tressaillements", "yeux ~qui ~bougent ~tout ~seuls", "machoire ~serree|crispee",
            "muskeln|beine|arme ~zucken|zuckten", "zuckungen|muskelzucken|muskelzuckungen", "augen ~zucken|springen", "kiefer ~verkrampft|verkrampfen|malmt|mahlt",
            "musculos ~pulando|saltando|tremendo", "olhos ~tremendo|pulando|mexendo", "pernas|bracos ~pulando|sacudindo", "mandibula ~travada|trincando",
            "spasmi|scatti ~muscolari", "muscoli ~che ~saltano", "spiertrekkingen|trekkingen|schokken",
        ],
    ),
    (
        // Agitated, restless, unable to sit still: with a new or raised antipsychotic,
        // akathisia (a same-day call); with clonus, serotonin syndrome.
        Sig::Agitation,
        pats![
            "agitated|agitation|restless|restlessness", "wound ~up", "!cant|cannot ~sit ~still", "pacing",
            "agitad*|inquiet*", "!no ~puedo ~estar ~quiet*", "agite|agitee|agites|agitation", "!tiens|tient ~pas ~en ~place",
            "unruhig|agitiert|getrieben", "!kann ~nicht ~still ~sitzen|stillsitzen", "agitat*|irrequiet*",
            "agitado|agitada|agitadissim*", "!nao ~consigo ~ficar ~parad*", "onrustig|geagiteerd",
        ],
    ),
    (
        // Lithium, by its name and brand names.
        Sig::Lithium,
        pats![
            "lithium|litio|lithiums|lithiumspiegel", "carbolitium|carbolithium|priadel|camcolit|liskonum|teralithe|quilonum|hypnorex|lithiofor|plenur|eskalith",
        ],
    ),
    (
        // Medicines that raise a lithium level: anti-inflammatories, water tablets, ACE
        // inhibitors (the BNF's interactions; consensus, not in CLINICAL-SOURCES.md).
        Sig::LithiumRaiser,
        pats![
            "ibuprofen|ibuprofeno|ibuprofene|ibuprofene|nurofen|brufen|advil|naproxen|naproxeno|naproxene|diclofenac|diclofenaco|voltaren|voltarol",
            "anti ~inflammatory|inflammatories", "antiinflamatorio|antiinflamatorios|entzundungshemmer|entzuendungshemmer|antinfiammatorio", "anti ~inflammatoire|inflammatoires",
            "diuretic|diuretics|diuretique|diuretico|diuretika|diuretikum|plaspil*", "water ~tablet|tablets|pill|pills",
            "bendroflumethiazide|furosemide|furosemida|indapamide|hydrochlorothiazide|ramipril|lisinopril|enalapril|perindopril",
        ],
    ),
    (
        // Stopping alcohol or a sedative after regular use, or a detox under way. With
        // shaking or sweating, a same-day call; with a fit, seeing things or new
        // confusion, delirium tremens or a withdrawal fit (NICE CG100; consensus).
        Sig::Withdrawal,
        pats![
            "stop|stopped|stopping|quit|quitting ~drinking|booze|boozing|alcohol", "stopped|stopping|quit|off ~the ~drink|booze|alcohol",
            "drinking ~since ~#1|monday|tuesday|wednesday|thursday|friday|saturday|sunday ~stopped",
            "detox|detoxing|withdrawal|withdrawals|withdrawing", "hasnt|havent|not ~had ~a ~drink ~since|for",
            "stopped|stopping|quit|dropped|off ~diazepam|valium|lorazepam|ativan|alprazolam|xanax|clonazepam|klonopin|temazepam|benzo|benzos|pregabalin|lyrica|gabapentin|zopiclone|bromazepam|chlordiazepoxide|librium",
            "ran ~out ~of ~diazepam|valium|lorazepam|alprazolam|xanax|clonazepam|benzo|benzos|pregabalin|lyrica", "came|coming ~off ~diazepam|valium|lorazepam|alprazolam|xanax|clonazepam|benzos|pregabalin|lyrica|gabapentin",
            "benzo ~bender|binge",
            "dejar|deje|dejo|dejado ~de ~beber", "dejar|deje|dejo|dejado ~el ~alcohol", "sin ~beber", "sin ~tomar ~alcohol", "desintoxicacion|desintoxicandome|abstinencia",
            "deje|dejo|dejado ~diazepam|valium|lorazepam|orfidal|alprazolam|trankimazin|clonazepam|rivotril|lexatin|pregabalina|lyrica|benzos",
            "arrete|arretee|arreter ~de ~boire", "arrete|arretee|arreter ~l ~alcool", "sevrage|desintox|desintoxication",
            "arrete|arretee|arreter ~lexomil|xanax|seresta|valium|lysanthyou|temesta|rivotril|benzos|lyrica|alprazolam|diazepam|bromazepam|oxazepam|stilnox|zolpidem",
            "trocken ~seit|nach", "aufgehort|aufgehoert|aufhoren|aufhoeren ~zu ~trinken|saufen", "aufgehort|aufgehoert|aufhoren|aufhoeren ~mit ~dem ~trinken|alkohol", "entzug|entzugserscheinungen|entgiftung",
            "tavor|diazepam|valium|lorazepam|alprazolam|bromazepam|lexotanil|oxazepam|rivotril|tilidin|lyrica|pregabalin|benzos|zopiclon|zolpidem ~abgesetzt|weggelassen|gestoppt|aufgehort",
            "largar|largou|larguei|parar|parou|parei ~de ~beber", "largar|largou|larguei|parar|parou|parei ~a ~bebida|cachaca", "largar|largou|larguei|parar|parou|parei ~o ~alcool",
            "sem ~beber", "abstinencia|desintoxicacao",
            "parou|parei|largou ~rivotril|diazepam|clonazepam|alprazolam|lorazepam|frontal|benzo|benzos|pregabalina",
            "smesso ~di ~bere", "astinenza|disintossicazione", "gestopt ~met ~drinken|alcohol", "ontwenning|ontwenningsverschijnselen",
        ],
    ),
    (
        // Alcohol or drugs used again after a period clean: the tolerance is gone, so a
        // usual amount can be an overdose; a same-day call (consensus; POIS for an
        // overdose taken).
        Sig::Relapse,
        pats![
            "relapsed|relapse|relapsing|recai|recaido|recaida|recaer|rechute|rechuter|ruckfall|rueckfall|ricaduta|ricaduto|recaiu|terugval ~drinking|drink|drank|alcohol|alcool|alkohol|booze|using|used|heroin|heroina|heroine|coke|coca|cocaine|cocaina|kokain|crack|meth|speed|weed|cannabis|bebida|cachaca|trinken|getrunken|boire|bu|clean|limpio|limpo|sober|trocken|camello|dealer",
            "drinking|drink|drank|alcohol|alcool|alkohol|booze|using|used|heroin|heroina|heroine|coke|coca|cocaine|cocaina|kokain|crack|meth|speed|weed|cannabis|bebida|cachaca|trinken|getrunken|boire|bu|clean|limpio|limpo|sober|trocken|camello|dealer ~relapsed|relapse|recai|recaida|rechute|ruckfall|rueckfall|ricaduta|terugval",
            "used|drank|using|drinking|bebi|bebo|consumi|bois|trinke ~again ~after ~#1 ~months|years|weeks|meses|anos|mois|monate",
        ],
    ),
    (
        // Lithium's usual early effects told without the word (a fine shake, thirst):
        // with lithium named, a same-day call. "Thirsty all the time" alone is nothing.
        Sig::Shaking,
        pats!["maos|maos ~tremem|tremendo", "mains ~qui ~tremblent", "hande ~zittern", "manos ~me ~tiemblan|tiemblan", "hands ~shaky|trembly|shaking|tremble|trembling"],
    ),
    (
        // A stomach upset told in lay words: with lithium, dehydration raises the level.
        Sig::Symptom,
        pats!["stomach|tummy bug", "magen darm", "gastroenteritis|gastroenterite"],
    ),
    (
        Sig::Vomiting,
        pats!["!cant|cannot ~keep ~anything|much|food|fluids ~down", "keeping ~little|nothing ~down", "behalte ~kaum ~was|etwas ~drin"],
    ),
    (
        // "the next blood form": a test, not bleeding.
        Sig::Benign,
        pats!["blood form|forms"],
    ),
    (
        // Unsteady on the feet told in lay words: with lithium, toxicity (ataxia).
        Sig::Balance,
        pats![
            "wobbly ~on ~her|his|my ~feet|legs", "walking|walks ~like ~drunk", "marche|marchait ~de ~travers", "!no ~ando ~recto|derecho", "camina ~torcido|torcida",
            "torkelt|torkeln|torkle|schwankt ~beim ~gehen", "andando|anda|ando ~torto|torta", "cammina ~storto|storta",
        ],
    ),
    (
        // Slurred speech told in lay words.
        Sig::SpeechLoss,
        pats!["slurring|slurred|slurs", "hablo|habla ~raro|arrastrando", "redet|spricht ~verwaschen|lallend", "lallt", "fala|falo ~enrolado|enrolada|arrastado"],
    ),
];

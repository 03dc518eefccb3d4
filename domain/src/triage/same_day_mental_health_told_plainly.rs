//! The same-day line of mental health told plainly in Spanish, French and German (English
//! where cheap): a wish to die or not wake up without a plan ("las ganas de morirme han
//! vuelto", "envies de mourir", "nicht schlimm, wenn ich morgen nicht aufwache"), a wish
//! to join someone who died, "they'd be better off without him"; self-harm that needs no
//! physical care (cuts made again, scratches, a teenager who "ritzt", searching how to
//! hurt oneself); a relapse of paranoia after cannabis; restlessness on a new
//! antipsychotic; withdrawal from methadone, a benzodiazepine stopped at once or the
//! morning shakes of a daily drinker; flashbacks after an assault; abuse by a controlling
//! partner. Each is urgent at most: thoughts of death without a plan or intent, and
//! self-harm with no injury to treat, are a same-day talk [NG225]; withdrawal with
//! symptoms is a same-day call [CG100]. The rows that make an emergency (a plan, the
//! means, a goodbye, hallucinations or a fit on withdrawal) are unchanged. Tests, in
//! other words than batch 107, with hard negatives (a film, a book, a joke, grief
//! without danger, an old episode), are in `same_day_mental_health_told_plainly_tests.rs`.

use super::lexicon::Sig;

/// Same-day mental-health signs told plainly.
pub(crate) const SAME_DAY_MENTAL_HEALTH_TOLD_PLAINLY: &[(Sig, &str)] = &[
    (
        // A wish to die, to vanish or not to wake, without a plan [NG225]; the "!" keeps
        // the sentence's own "no"/"nicht" from denying it.
        Sig::DarkThoughts,
        pats![
            "!ganas ~de ~morir|morirme|desaparecer",
            "!envie|envies ~de ~mourir|disparaitre",
            "!lust ~zu ~sterben",
            "todeswunsch|todeswunsche|todeswuensche",
            "!wenn ~ich ~morgen ~nicht ~aufwache|aufwachen",
            "!si ~no ~me ~despertara|despierto",
            "!si ~je ~ne ~me ~reveillais ~pas",
            "estariamos|estarian ~mejor ~sin ~el|ella|mi",
            "seraient|serions ~mieux ~sans ~moi|lui|elle",
            "waren|waeren ~besser ~dran ~ohne ~mich|ihn|sie",
            "pienso ~en ~reunirme ~con",
            "pense ~a ~le|la ~rejoindre",
            "pienso ~cosas ~feas",
            // Self-harm with no injury to treat: cuts made again, scratches, searching how.
            "hecho ~cortes",
            "vuelto ~a ~cortarse|cortarme",
            "s ~est ~recoupe|recoupee",
            "traces ~de ~coupures",
            "ritzt|ritze",
            "frische ~kratzer",
            "formas ~de ~hacerse ~dano",
            "comment ~se ~faire ~du ~mal",
            "wie ~man ~sich ~ritzt|verletzt",
            // Told beside "no plan", "not deep", "I wouldn't do anything": the wish's own
            // words, so the denial of a plan does not deny the wish (the corpus's open point).
            "thinking|thoughts ~about|of ~ending ~it|things|my ~life",
            "!better ~off ~not ~here|around|alive",
            "!not ~wanting|want ~to ~wake ~up",
            "cut ~my ~arm|arms|thighs|wrists ~last ~night",
            "been ~cutting ~his|her|my ~legs|arms|thighs",
            "!no ~quiere|quiero ~vivir",
            "!nao ~querer ~viver",
            "!non ~voler ~vivere",
            "!plus ~de ~raison ~de ~vivre",
            "mich ~ritzen ~will",
            "ritz|ritze ~mich",
            "vontade ~de ~me ~cortar",
            // it pt nl: no one would miss me, a burden to everyone, cannot live like
            // this; self-harm begun again (the known gap of session 20).
            "!ninguem|nessuno|niemand ~sentir|sentirebbe|missen ~falta|mancanza|me",
            "!sou|sono|e|ben|is ~um|un|een ~peso|last ~para|per|voor ~todos|tutti|iedereen",
            "!nao ~to|estou ~conseguindo ~viver",
            "begonnen ~met ~krassen|snijden",
            "marcas ~de ~corte|cortes",
        ],
    ),
    (
        // Thoughts of harming the baby after the birth: the CG192 row with the time.
        Sig::DarkThoughts,
        pats![
            "dem ~baby ~weh ~zu ~tun|wehzutun",
            "hacerle ~dano ~al ~bebe",
            "faire ~du ~mal ~au ~bebe",
            // it pt nl: a fixed thought of dropping or hurting the baby.
            "ideia|pensamento ~fixa|fixo ~de ~deixar|jogar|machucar|afogar",
            "pensiero|idea ~fisso|fissa ~di ~far|lasciar|buttare",
            "gedachte|gedachten ~om ~haar|hem ~te ~laten ~vallen",
        ],
    ),
    (
        Sig::Postpartum,
        pats![
            "#1 ~wochen|tage ~nach ~der ~geburt",
            "#1 ~semanas ~despues ~del ~parto",
            "#1 ~semaines ~apres ~l ~accouchement"
        ],
    ),
    (
        // Not wanting to live somewhere or with someone is about a place: covering the
        // wish's words, the scope hides it.
        Sig::NotASign,
        pats![
            "no ~quiere|quiero ~vivir ~en|con|solo|sola",
            "nao ~quer|querer ~viver ~em|com|sozinho|sozinha",
            "non ~vuole|voler ~vivere ~in|con|da"
        ],
    ),
    (
        // Superficial, told in the three languages: with self-harm, the same-day row.
        Sig::Superficial,
        pats!["rayas ~finas", "petites ~griffures", "son ~superficiales"],
    ),
    (
        // Paranoia after cannabis: neighbours listening or recording [consensus].
        Sig::Psychosis,
        pats![
            "vecinos ~me ~graban|espian|escuchan",
            "nachbarn ~mich ~abhoren|abhoeren|belauschen",
            "voisins ~m ~espionnent|ecoutent",
            // it pt nl: laughing alone, suspicious of everyone, chosen by God, seeing
            // things, colleagues talking about one.
            "ri|ride ~sozinho|sozinha|da ~solo",
            "desconfia ~de ~todo ~mundo|todos",
            "escolhido|prescelto|uitverkorene ~de|di|van ~deus|dio|god",
            "anda ~a ~ver ~coisas",
            "over ~mij ~praten",
        ],
    ),
    (
        // Not coping now: flashbacks after an assault, crying since the birth, "no
        // puedo más", out of hospital with no follow-up [NG225, CG192].
        Sig::MentalCrisis,
        pats![
            "revois|revoit ~la ~scene",
            "seh|sehe ~das ~dauernd|standig|staendig ~vor ~mir",
            "!no ~puedo ~mas",
            "pleure ~tout ~le ~temps",
            "!ressens ~rien ~pour ~elle|lui|mon ~bebe",
            "sortie|sorti ~d ~hospitalisation ~en ~psychiatrie",
            "krisendienst ~ruft ~an",
            "tenho|tem|ho|ha|heb|heeft ~flashback|flashbacks",
        ],
    ),
    (
        // Withdrawal: methadone missed, "en manque", a sedative stopped at once, the
        // morning shakes without alcohol [CG100].
        Sig::Withdrawal,
        pats![
            "en ~manque",
            "mein ~methadon ~nicht",
            "sin ~metadona",
            "lo ~deje ~de ~golpe",
            "von ~heute ~auf ~morgen ~aufgehort|aufgehoert|abgesetzt",
            "!ohne ~alkohol ~zittern",
            // it pt nl: an antidepressant stopped at once; coming off drink or tramadol.
            "smesso|smessa|sospeso ~di ~colpo",
            "parei|parou|deixei|deixou ~de ~repente",
            "in ~een ~keer ~gestopt",
            "largar|largando|deixar ~o|de ~tramadol|beber",
        ],
    ),
    (Sig::Shaking, pats!["me ~tiemblan ~las ~manos"]),
    // Used again after months clean (pt nl) [consensus].
    (Sig::Relapse, pats!["recai|teruggevallen"]),
    (
        // Cannot sit still on a new antipsychotic (akathisia).
        Sig::Agitation,
        pats!["!nicht ~sitzen ~kann", "!incapable ~de ~tenir ~en ~place"],
    ),
    (
        Sig::MedChange,
        pats!["neue ~medikament", "nouveau ~traitement"],
    ),
    (
        // A controlling partner, a beating, threats [consensus].
        Sig::AbuseRisk,
        pats![
            "controla|controle|kontrolliert ~el|mon|mein ~movil|telephone|handy|dinero|argent|geld",
            "freund ~sie ~geschlagen",
            "schickt ~ihr ~dauernd ~drohungen",
            "queixa ~do|contra ~meu|o ~ex",
        ],
    ),
];

//! A suicide attempt under way or minutes away, told in a few plain words in Spanish,
//! French and German (English where cheap): the rope or noose ready, a belt hung up, a
//! razor blade in the pocket, pills saved from several doctors; a person on a car-park
//! roof, a cliff edge, a balcony railing or a footbridge over the tracks, looking down or
//! waiting for the next train; the whole medicine cabinet swallowed; letters or last
//! messages written, possessions given away, "not sure I'll still be here on Thursday",
//! "the last time I write here", "tell my therapist it's not her fault"; voices that order
//! a jump; "sleep forever". Each feeds a signal the presentation table already combines:
//! the means with a goodbye, a decision or "can't take it any more"; a goodbye with no
//! answer; something swallowed with a wish to die [MHF, NG225, POIS]. None of these alone
//! makes an emergency unless it is an act (a noose ready, the pills swallowed, a threat to
//! jump). Tests, in other words than batch 107, with hard negatives (a climbing rope, a
//! belt on a hook, a train to catch, a thank-you card, an idiom), are in
//! `suicide_acts_under_way_tests.rs`.

use super::lexicon::Sig;

/// Acts, means, places, goodbyes and decisions of a suicide attempt told in a few words.
pub(crate) const SUICIDE_ACTS_UNDER_WAY: &[(Sig, &str)] = &[
    (
        // An act, not a thought: a noose ready, a threat to jump, voices ordering death,
        // "can't keep myself safe", enough pills saved up [MHF].
        Sig::Suicidal,
        pats![
            "soga ~preparada|lista|colgada",
            "tengo ~la ~cuerda ~preparada|lista",
            "strick|schlinge ~hangt|haengt|bereit|vorbereitet|gekauft",
            "corde ~prete|preparee",
            "diciendo|dice|amenaza ~que ~se ~tira|tirara",
            "menace|dit ~qu ~il|elle ~va ~sauter",
            "droht|sagt ~dass ~er|sie ~springt",
            "stimmen ~sagen|befehlen ~ich ~soll ~springen|sterben",
            "voces ~me ~dicen ~que ~me ~tire|mate|muera",
            "voix ~me ~disent ~de ~sauter|mourir|me",
            "!kann ~mich ~nicht ~mehr ~sicher ~halten",
            "!no ~puedo ~mantenerme ~a ~salvo",
            "!peux ~plus ~me ~proteger ~de ~moi",
            "hab|habe ~ich ~genug ~zusammen",
            "tengo ~suficientes ~pastillas",
            "j ~ai ~assez ~de ~cachets|comprimes|medicaments",
            // it pt nl: voices ordering self-harm, "thinking of jumping" [MHF].
            "voz|vozes|voce|voci|stem|stemmen ~mandou|mandam|dicono|dice|zegt|zeggen ~machucar|matar|uccidermi|ammazzarmi|buttarmi|springen|dood",
            "over ~om ~te ~springen",
        ],
    ),
    (
        // The whole supply swallowed: an overdose even when the person says it is nothing
        // [POIS]; the "!" keeps "she says she's fine" from denying it.
        Sig::Overdose,
        pats![
            "!todo ~lo ~que ~habia|quedaba ~en ~el ~botiquin",
            "!tout ~le ~tiroir|placard|armoire ~a ~pharmacie",
            "!den ~ganzen ~medikamentenschrank|arzneischrank",
            "!tabletten|pillen ~sind ~drin",
            "!ganze ~schachtel|packung ~geschluckt|genommen",
            "!alle ~tabletten|pillen ~geschluckt|genommen",
            "!pris ~plein ~de ~cachets|comprimes|medicaments",
            "!tomado ~un ~monton|muchas ~de ~pastillas",
            "!tomado ~muchas ~pastillas",
            "!whole ~medicine ~cabinet",
            "!the ~whole ~box|packet ~of ~pills|tablets",
            "!caixa|cartela|scatola|confezione ~inteira|intera",
            "!hele ~doos|strip|pot",
        ],
    ),
    (
        // The means within reach: a high place, a blade, a belt hung up, the pills laid
        // out, a hose in the car, a gun gone from its cupboard [MHF].
        Sig::MeansAtHand,
        pats![
            "parkhausdach",
            "dach ~vom|des ~parkhaus|parkhauses",
            "toit ~du ~parking",
            "azotea ~del ~parking|edificio",
            "bord ~de ~la ~falaise",
            "borde ~del ~acantilado",
            "rand ~der ~klippe",
            "edge ~of ~the ~cliff",
            "car ~park ~roof",
            "barandilla|baranda ~del ~balcon|puente",
            "rambarde|balustrade ~du ~balcon|pont",
            "gelander|gelaender ~vom ~balkon",
            "passerelle ~au ~dessus ~des ~voies",
            "puente ~de|sobre ~la ~autovia|autopista|via",
            "brucke|bruecke ~uber|ueber ~die ~autobahn|gleise",
            "ne|eine ~rasierklinge|klinge ~in ~der ~tasche",
            "cuchilla ~en ~el ~bolsillo",
            "lame ~dans ~ma|la ~poche",
            "die ~klinge ~genommen",
            "cinturon|ceinture|gurtel|guertel ~colgado|accrochee|aufgehangt|aufgehaengt",
            "cinturon ~colgado ~en ~el ~armario",
            "medocs|medicaments|cachets ~etales|etalees",
            "boites ~de ~medicaments ~sont ~sorties",
            "pastillas ~extendidas|en ~fila",
            "tabletten ~ausgebreitet|aufgereiht",
            "schlauch|gartenschlauch ~im|ins ~auto",
            "manguera ~en ~el ~coche",
            "tuyau ~dans ~la ~voiture",
            "hose ~in ~the ~car",
            "falta ~la ~escopeta|pistola",
            "von ~jedem ~arzt",
            "fusil ~a ~disparu",
            "gewehr|pistole ~fehlt|ist ~weg",
            // it pt nl: a rope ready or in the car, a roof, a balcony floors up, the
            // middle of a road.
            "corda|cappio|forca|touw|strop ~in|no ~macchina|carro|auto",
            "corda|cappio|forca|touw|strop ~pronta|pronto|preparada|preparata|klaar",
            "tetto|telhado|terraco|dak ~del|do|van ~palazzo|condominio|predio|flat",
            "balcone|varanda|balkon ~piano|andar|verdieping",
            "in ~mezzo ~alla ~strada|autostrada",
            "meio ~da ~avenida|estrada|rodovia",
            "midden ~op ~de ~weg|snelweg",
            "kant|rand ~van ~de ~dijk|brug|kade",
        ],
    ),
    (
        // About to act: looking down from the height, waiting for the next train, going
        // through with it tonight, knowing how [MHF].
        Sig::Decided,
        pats![
            "mirando ~abajo",
            "regarde ~en ~bas",
            "regarde ~le ~vide",
            "schaue|schau ~runter|hinunter",
            "attends ~le ~prochain ~train",
            "esperando|espero ~el ~proximo|siguiente ~tren",
            "warte ~auf ~den ~nachsten|naechsten ~zug",
            "es ~durchziehen",
            "tengo ~claro ~como ~lo ~voy ~a ~hacer",
            "heute ~nacht ~ist ~schluss",
            "ce ~soir ~je ~vais ~au ~bout",
            "stasera|stanotte ~ho ~deciso",
            "hoje ~decidi",
            "vanavond|vannacht ~heb ~ik ~besloten",
        ],
    ),
    (
        // A goodbye: letters or last messages written, things given away, "not sure I'll
        // still be here", the last time of writing, "tell her it's not her fault" [MHF].
        Sig::Farewell,
        pats![
            "!no ~se ~si ~voy ~a ~llegar ~al|a",
            "!sais ~pas ~si ~je ~serai ~encore ~la",
            "!weiss|weiß ~nicht ~ob ~ich ~dann ~noch ~da ~bin|lebe",
            "!not ~sure ~ill ~still ~be ~here|around",
            "derniere ~fois ~que ~j ~ecris",
            "ultima ~vez ~que ~escribo",
            "letzte ~mal ~dass ~ich ~schreibe",
            "!dites ~a ~ma|mon ~psy|mere|pere|famille ~c ~est ~pas ~sa ~faute",
            "abschiedsnachricht|abschiedsnachrichten",
            "letzte ~nachricht ~geschrieben|geschickt",
            "escrito ~cartas ~a ~mis",
            "ecrit ~des ~lettres ~a ~mes",
            "j ~ai ~tout ~donne",
            "regalado ~su|sus ~reloj|joyas|cosas",
            "!ya ~no ~lo|la|los ~va ~a ~necesitar",
            "!n ~en ~aura ~plus ~besoin",
            "disant ~adieu",
            "nur ~noch ~einmal ~mit ~jemandem ~schreiben|reden",
            "dire ~merci ~au ~dr|docteur ~pour ~tout",
            "deixei ~tudo ~organizado|arrumado",
            "tutto ~in ~ordine",
            "alles ~geregeld",
            "!nao ~vou ~precisar ~mais",
            "!niet ~meer ~naar ~huis",
        ],
    ),
    (
        // Cannot take it any more (de fr es).
        Sig::CantGoOn,
        pats![
            "!halt|halte ~es ~nicht ~mehr ~aus",
            "!je ~tiens ~plus",
            "!no ~aguanto ~mas"
        ],
    ),
    (
        // Not answering the phone.
        Sig::Unreachable,
        pats![
            "!geht ~nicht ~ans ~handy|telefon",
            "!no ~coge ~el ~telefono|movil",
            "!ne ~repond ~pas ~au ~telephone",
            "!not ~answering ~his|her ~phone"
        ],
    ),
    (
        // A wish to sleep for ever: a wish to die [NG225].
        Sig::DarkThoughts,
        pats![
            "dormir ~para|pour ~siempre|toujours",
            "fur|fuer ~immer ~schlafen|einschlafen",
            "sleep ~forever",
            "dormir|dormire ~pra|para|per ~sempre",
            "voor ~altijd ~slapen",
        ],
    ),
];

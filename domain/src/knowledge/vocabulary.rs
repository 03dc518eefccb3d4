//! The built-in words of each knowledge topic, in English, Spanish, French and German.
//!
//! Patterns use the triage syntax (`a|b`, `stem*`, `*tail`, words in order with small
//! gaps, one typo allowed in long words). Weights: 3 names the topic, 2 is a cue that
//! loses to any named topic (a price question about parking is about parking), 1 only
//! supports a topic. Booking and clinical words exist so the bot knows when to keep out.

use super::matching::Topic;

/// Weight of the visitor asking for a person: beats every topic.
pub(super) const HANDOFF: u8 = 9;

pub(super) const TOPICS: &[(Topic, u8, &[&str])] = &[
    (
        Topic::Handoff,
        HANDOFF,
        &[
            "talk|speak|chat ~person|human|someone|somebody|staff|receptionist|agent|nurse|doctor|dentist|team",
            "real person", "human being", "a human", "not a bot|robot", "customer service",
            "hablar ~persona|humano|alguien|recepcion|doctor|doctora|equipo",
            "una persona", "parler ~personne|humain|quelqu|equipe|docteur|secretariat",
            "une personne", "un humain", "sprechen ~mensch|menschen|mitarbeiter*|jemand|jemandem|person|team",
            "mit einem menschen", "echte person",
        ],
    ),
    (
        Topic::Clinical,
        HANDOFF,
        &[
            "pain|pains|painful", "hurt*", "ache|aches|aching", "*ache", "sore", "swell*", "swollen", "bleed*", "fever",
            "infect*", "pus", "medicine|medicines|medication*|meds", "pill|pills", "tablet*", "ibuprofen|paracetamol|aspirin|antibiotic*",
            "dose|dosage", "pregnan*", "allerg*", "side effect*", "symptom*", "is it normal",
            "should i worry|take|eat|drink", "safe to", "dolor*", "duele", "hinchaz*", "fiebre",
            "sangr*", "medicament*", "embaraz*", "es normal", "douleur*", "mal au|aux", "gonfl*",
            "fievre", "saign*", "enceinte", "est ce normal", "schmerz*", "tut weh", "geschwollen",
            "schwellung", "fieber", "blut*", "medikament*", "tablette*", "schwanger", "ist das normal",
        ],
    ),
    (
        Topic::Hours,
        3,
        &[
            "opening hours|times", "office hours", "hours", "open|opens|opening|opened",
            "close|closes|closing|closed", "what time", "horario*", "abierto*|abren|abre|abrir",
            "cierran|cierra|cerrado*|cerrar", "que hora", "horaires", "heures d ouverture",
            "ouvert*|ouvre|ouvrez|ouvrent", "ferme|fermez|ferment|fermeture|fermes", "quelle heure",
            "offnungszeit*", "sprechzeit*", "geoffnet|offnen|offnet|offen",
            "geschlossen|schliessen|schliesst",
        ],
    ),
    (
        Topic::Hours,
        1,
        &[
            "monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend|today|tonight|tomorrow",
            "lunch|christmas|holiday*", "lunes|martes|miercoles|jueves|viernes|sabado*|domingo*",
            "hoy|manana|navidad|festivo*", "lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche",
            "aujourd|demain|noel|ferie*", "montag|dienstag|mittwoch|donnerstag|freitag",
            "samstag*|sonntag*|heute|morgen|wochenende|weihnacht*|feiertag*", "wann|when",
        ],
    ),
    (
        Topic::Location,
        3,
        &[
            "address", "located|location", "where are you", "where is the|your clinic|practice|office",
            "directions", "find you", "get to you|there", "get to the clinic",
            "entrance", "which floor", "direccion", "ubicacion|ubicados|ubicada|ubicado",
            "donde estan|queda", "donde esta la clinica", "como llego|llegar", "adresse", "ou etes vous",
            "ou se trouve", "situe*", "itineraire", "vous trouver", "wo sind sie",
            "wo ist die praxis|klinik", "wo finde", "anfahrt", "eingang", "wegbeschreibung",
        ],
    ),
    (
        Topic::Parking,
        3,
        &[
            "parking|park|parked|carpark|garage", "car park", "aparcar|aparcamiento|aparco",
            "estacionamiento|estacionar|parqueadero", "garer|stationner|stationnement",
            "parken|parkplatz*|parkhaus|tiefgarage|parke",
        ],
    ),
    (
        Topic::Transport,
        3,
        &[
            "bus|buses|train|trains|tram|metro|subway|underground|station",
            "public transport", "ubahn|sbahn", "u bahn", "s bahn", "autobus|tren|tranvia|estacion",
            "transporte publico", "gare|rer", "transports en commun", "bahnhof|haltestelle|strassenbahn",
            "offentlich*",
        ],
    ),
    (
        Topic::Phone,
        3,
        &[
            "phone|telephone", "call|ring you", "phone number", "number to call", "telefono|llamar*",
            "appeler", "numero de telephone", "telefon*|anrufen|telefonnummer",
        ],
    ),
    (
        Topic::Insurance,
        3,
        &[
            "insurance|insured|insurer|insurers", "health plan", "seguro|seguros|aseguradora*|mutua",
            "assurance|mutuelle|carte vitale", "versicher*|krankenkasse*|kasse|privatpatient*",
        ],
    ),
    (
        Topic::Payment,
        3,
        &[
            "pay|paying|payment|payments", "card|cards|credit|debit|cash|paypal|contactless",
            "bank transfer", "instal*|financ*", "payment plan", "pagar|pago|tarjeta*|efectivo|plazos",
            "payer|paiement|carte|cartes|especes|cheque*", "plusieurs fois",
            "bezahlen|zahlen|zahlung|karte|bargeld|barzahlung|kartenzahlung|kreditkarte|raten*|ratenzahlung", "ec karte",
        ],
    ),
    (
        Topic::Cancellation,
        4,
        &[
            "cancellation|cancelation|cancelling|canceling ~policy|fee|fees|charge|rules|terms",
            "cancel* ~fee|fees|charge|charged|cost|policy", "fee|fees|charge|pay ~cancel*",
            "cancel* ~late|short notice", "late cancel*", "no show|noshow",
            "missed appointment ~fee|charge", "cancelacion ~politica|cargo|coste|cobr*",
            "politica de cancelacion", "cancelar ~cobr*|cuesta|cargo", "annulation ~frais|politique|conditions",
            "frais d annulation", "stornogebuhr*|ausfallgebuhr*|ausfallhonorar", "absage ~gebuhr*|kosten",
            "stornierung ~gebuhr*|kosten|regel*", "absagen ~kosten|gebuhr*",
        ],
    ),
    (
        // Asking to book, move or cancel: staff work.
        Topic::Booking,
        3,
        &[
            "book|booking|reschedul*|cancel|cancelling|canceling", "move my|the", "reservar",
            "reprogramar", "cambiar la cita", "cancelar|anular", "reserver", "prendre rendez vous",
            "annuler", "deplacer|decaler|reporter", "buchen", "vereinbaren", "verschieben",
            "absagen", "stornieren", "umbuchen",
        ],
    ),
    (
        Topic::Booking,
        2,
        &["appointment*|appt*", "slot|slots", "cita*", "rendez vous|rdv|rendezvous", "termin|termine|terminen"],
    ),
    (
        Topic::Prices,
        2,
        &[
            "how much", "cost|costs", "price*", "pricing", "fee|fees", "charge|charges",
            "expensive|cheap*", "cuanto|cuesta|cuestan|precio*|tarifa*|coste|costo",
            "combien|coute|coutent|prix|tarif*", "kostet|kosten|preis*|gebuhr*", "wie viel|wieviel",
        ],
    ),
];

/// Words too common to identify a clinic's own FAQ question.
pub(super) const STOPWORDS: &[&str] = &[
    // English
    "a", "an", "the", "i", "me", "my", "we", "you", "your", "our", "us", "is", "are", "am", "be",
    "do", "does", "did", "can", "could", "would", "will", "may", "might", "to", "of", "in", "on",
    "at", "for", "with", "and", "or", "it", "its", "this", "that", "there", "here", "what", "when",
    "where", "how", "which", "who", "why", "please", "hi", "hello", "have", "has", "any", "get",
    "some", "if", "im", "dont", "need", "should", "must", // Spanish
    "el", "la", "los", "las", "un", "una", "unos", "de", "del", "y", "o", "en", "que", "es", "son",
    "hay", "se", "su", "sus", "mi", "tengo", "puedo", "pueden", "por", "para", "con", "como",
    "cuando", "donde", "usted", "ustedes", "hola", "al", "lo", // French
    "le", "les", "une", "des", "du", "et", "ou", "au", "aux", "qui", "est", "sont", "il", "on",
    "je", "vous", "nous", "mon", "ma", "mes", "votre", "vos", "pour", "avec", "comment", "quand",
    "puis", "peut", "pouvez", "bonjour", "ce", "y", "a", // German
    "der", "die", "das", "den", "dem", "ein", "eine", "einen", "und", "oder", "im", "am", "an",
    "zu", "ist", "sind", "es", "gibt", "ich", "sie", "wir", "mein", "meine", "ihr", "ihre", "fur",
    "mit", "wie", "wann", "wo", "kann", "konnen", "bei", "hallo", "man",
];

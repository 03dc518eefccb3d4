//! Signs told the way second-language English tells them, a home language's words carried
//! over literally or a phone's autocorrect turning a word into another real one (session 22c,
//! batch 116), each written in the languages where the same literal form plausibly appears:
//! lips "blowing up", air pulled in "with noise in every breath", lips "blueish", a "fir"
//! (fit) on the floor, skin "like marble", a baby's head "coming" in labour, a door locked
//! behind someone who is cutting, a testicle told as an "egg", hot oil pulled over a child, a
//! foot "dropping", "everything goes black" on standing, a diabetic toe "black and smelling", sex "no condom", a pain that
//! "moved to the right down side". Every concept feeds a signal and a row the table already
//! had. Tests, in other words than the batch, with hard negatives (a fir tree, eggs at
//! breakfast, a scan showing the head, a door locked at night, a toenail black from running),
//! are in `signs_told_literally_or_autocorrected_tests.rs`.

use super::lexicon::Sig;

/// The signs above, each under the signal its row reads.
pub(crate) const SIGNS_TOLD_LITERALLY_OR_AUTOCORRECTED: &[(Sig, &str)] = &[
    (
        // Lips, tongue or face "blowing up", "getting fat", "se inflan": face or tongue
        // swelling, with an allergen anaphylaxis [RCUK; MTS orange].
        Sig::FaceSwelling,
        pats![
            "lips|lip|tongue|face|mouth ~blowing|blown|blows|puffing|puffed ~up",
            "lips|lip|tongue|face ~getting|going|become|becoming ~big|bigger|fat|huge|double",
            "labios|lengua|cara|boca|labbra|lingua|faccia ~inflando|inflan|inflado|inflados|inflada|inchando|gonfiando",
        ],
    ),
    (
        // Air pulled in with a noise at every breath, even at rest (stridor), and "pulling for
        // breath" (indrawing); lips gone "blueish": breathing difficulty [BTS, NG143, ENT].
        Sig::Breathing,
        pats![
            "noise|noisy|sound|whistle|whistling ~every|each ~breath",
            "noise|noisy|sound ~breath* ~even ~when|at ~quiet|rest|resting|sleeping|calm",
            "pulling|fighting|pull|pulls ~for ~breath|air",
            "lips|lip|face ~blueish|bluish|bluey|blue-ish|purplish|greyish|grayish",
            "labios ~azulados|azuladas|morados|moradas", "lippen ~blauwig|blauwachtig|paars|blaulich|blaeulich|blau|lila",
        ],
    ),
    (
        // "Having a fir": autocorrect of "fit", told with where or how long: a seizure [EPI].
        Sig::Seizure,
        pats![
            "fir ~on ~the|her|his ~floor|ground|bed|sofa",
            "having|had|has ~a ~fir ~since|for|again|now|right|still",
        ],
    ),
    (
        // "I keep having thoughts to hurt my baby": the "having ... hurt ... baby" of a
        // safety question ("is having coffee going to hurt the baby?") must not hide it, so
        // the pattern starts before "having": thoughts of harming the baby [CG192, NG225].
        Sig::BabyHarm,
        pats!["keep|keeps|kept|im|am|been|started|start ~having ~thoughts|thought|urges|ideas|images ~hurt|harm|hurting|harming ~baby|babies|newborn"],
    ),
    (
        // Skin "like marble": mottled skin, a sign of sepsis [NG143, NG51].
        Sig::Mottled,
        pats!["skin|legs|arms|body ~like ~marble|marbles", "marble ~skin|patches|colour|color", "marmorizzata|marmorizzato|marezzata"],
    ),
    (
        // The baby's head coming in labour: birth under way, with a pregnancy or labour the
        // row reads an emergency [MAT]. A scan that "showed the head" is not coming.
        Sig::SomethingOut,
        pats![
            "baby|babys|the ~head ~coming|crowning|showing|out",
            "tete ~du ~bebe ~sort|sortir|arrive", "vois ~la ~tete ~qui ~sort",
            "cabeza|cabecita ~saliendo|sale|asoma|asomando", "sale|asoma ~la ~cabeza|cabecita",
            "testa|testolina ~esce|uscendo|fuori", "esce ~la ~testa|testolina",
            "cabeca|cabecinha ~saindo|sai|aparecendo", "hoofdje|hoofd ~komt|komen ~eruit|al|naar",
            "kopf|kopfchen|koepfchen ~kommt|schaut ~schon|raus|heraus",
        ],
    ),
    (
        // A door locked behind someone: shut in, which with self-harm or dark thoughts the
        // row reads as an act under way [MHF, NG225].
        Sig::LockedIn,
        pats![
            "locked ~the|her|his|their ~door|bathroom|toilet|room",
            "locked ~herself|himself|themselves ~in",
            "ferme|fermee ~a ~cle", "cerro|cerrado|cerrada ~con ~llave", "chiusa|chiuso ~a ~chiave", "trancou|trancada|trancado",
            "opgesloten", "deur ~op ~slot", "abgeschlossen|eingeschlossen|eingesperrt",
        ],
    ),
    (
        // A testicle told as an "egg" (eggs, huevos, Eier, palle, bolas, ballen): with pain,
        // swelling or vomiting the row reads torsion [TT].
        Sig::Testicle,
        pats![
            "eggs|egg ~down ~there",
            "pain|painful|hurt|hurts|hurting|swollen|swelling|kicked|hit ~in ~his|my|one ~egg|eggs",
            "one ~of ~his|my ~eggs",
            "duelen|duele|dolor ~en ~los ~huevos", "duelen ~los ~huevos",
            "eier ~tun|tut ~weh", "schmerzen ~in ~den ~eiern", "eier|ei ~geschwollen|dick",
            "male ~alle ~palle", "palle ~gonfie|gonfia", "dor ~nas|no ~bolas|saco", "bolas ~inchadas|inchada|doendo",
            "pijn ~in ~zijn|mijn|de ~ballen", "ballen ~gezwollen|dik|opgezet",
        ],
    ),
    (
        // Hot oil, fat or water pulled or spilled over someone: a burn; on a child or over a
        // large area the row reads an emergency [MTS].
        Sig::Burn,
        pats![
            "pulled|spilled|knocked|tipped ~pan|pot|kettle|saucepan ~hot|boiling ~oil|fat|water",
            "hot|boiling ~oil|fat ~on|over|onto ~him|her|his|my|chest|arm|leg|face|hand|body",
            "huile ~bouillante|chaude ~sur|renverse|renversee",
            "aceite ~hirviendo|caliente ~encima|cayo|echo", "olio ~bollente|caldo ~addosso|rovesciato|versato",
            "oleo ~quente|fervendo ~caiu|derramou|cima", "hete|kokende ~olie ~over|overheen|omgestoten",
            "heisses|heisse|kochendes ~ol|fett ~uber|ubergeschuttet|umgekippt",
        ],
    ),
    (
        // A foot "dropping", a toe catching the floor: a new foot drop, a same-day look
        // (consensus, CLINICAL-SOURCES.md's back section).
        Sig::Weakness,
        pats![
            "foot|feet ~dropping|floppy|slapping|flopping",
            "catch|catching|catches|dragging|drag ~my|his|her|the ~toe|toes ~on|floor|ground",
            "pied ~tombant", "pie ~caido|caida", "piede ~cadente", "pe ~caido|pendente", "klapvoet", "voet ~hangt|klapt", "fallfuss|fussheberschwache", "fuss ~hangt",
        ],
    ),
    (
        // "Everything goes black" on standing: faintness; with a bleed the row reads an
        // emergency [CG37, GTG52; RCUK circulation].
        Sig::Dizziness,
        pats![
            "everything|all ~goes|going|went|gets|turns|turned|becomes ~black|dark",
            "tout ~devient|devenu ~noir", "se ~me ~pone|puso ~todo ~negro|oscuro", "vedo ~tutto ~nero",
            "fica|ficou ~tudo ~preto|escuro", "wordt|werd ~zwart ~voor ~ogen", "schwarz ~vor ~augen|augen",
        ],
    ),
    (
        // A wound "black and smelling": infection, with diabetes a foot at risk (consensus).
        Sig::Infection,
        pats![
            "black|blackish ~around|and ~smelling|smelly|smells|stinking|stinks",
            "noir|noire ~sent|odeur", "negro|negra ~huele|olor", "nero|nera ~puzza|odore",
            "preto|preta ~cheira|cheirando|fedendo", "zwart ~stinkt|ruikt", "schwarz ~stinkt|riecht",
        ],
    ),
    (
        // Sex "no condom" in the word order of the home language: emergency contraception,
        // a same-day matter (consensus).
        Sig::EmergencyContraception,
        pats![
            "sex|sexo|relaciones|rapport|rapports|rapporto|relacao|relacoes|seks|verkehr|geschlechtsverkehr ~no|without|sin|sans|senza|sem|zonder|ohne ~condom|condon|preservativo|preservatif|capote|camisinha|condoom|kondom|protection|proteccion|protezione|protecao|bescherming|verhutung",
        ],
    ),
    (
        // A belly pain that started round the navel and "moved to the right down side":
        // the migration of appendicitis [APP].
        Sig::RightLowerPain,
        pats![
            "moved|moving|went|gone|shifted|travelled|traveled|go ~to ~the ~right ~down|lower|bottom",
            "deplacee|deplace|descendue|descendu ~en ~bas ~a ~droite", "paso|bajo ~abajo ~a ~la ~derecha",
            "spostato|spostata|scesa|sceso ~in ~basso ~a ~destra", "passou|desceu|mudou ~para ~baixo ~direita",
            "verplaatst|gezakt|getrokken ~naar ~rechtsonder", "gewandert|gezogen ~nach ~rechts ~unten",
        ],
    ),
];

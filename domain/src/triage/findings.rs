//! Over 600 lines because it is a data table: one entry a concept with its words in seven
//! languages; splitting it by language would scatter each concept, which is what a reviewer checks.
//!
//! The clinical findings and contexts that the presentation table combines, in the
//! seven languages (English, Spanish, French, German, Italian, Portuguese, Dutch), plus
//! Italian, Portuguese and Dutch words for the emergency concepts of [`super::lexicon`].
//!
//! Each entry is a concept, not a phrase: a finding ("stiff neck", "sweating") is matched
//! through the lay words people type for it, and [`super::presentations`] decides what a
//! combination of findings in a context ("diabetic", "after filler") means. Patterns use
//! the syntax of [`super::matcher`].

use super::lexicon::Sig;

/// Findings, contexts and the extra languages of the built-in concepts.
pub(crate) const FINDINGS: &[(Sig, &str)] = &[
    // ---------------------------------------------------------------- neurological
    (
        Sig::Confusion,
        pats![
            "confused", "confusion", "disorient*", "!cant|cannot be woken|wakened|roused", "delirious", "delirium", "not making sense",
            "!doesnt|dont|didnt|isnt|not make|making sense", "talking|saying nonsense|gibberish|rubbish|rambling",
            "doesnt|didnt|dont know where|who", "out of it",
            "muddled", "incoherent", "random sounds|noises|words", "talking ~people ~arent|isnt ~there",
            "confundid*", "confusa|confuso", "desorientad*", "no sabe donde|quien",
            "dice|habla cosas sin sentido", "!no tiene sentido", "incoherente*", "ido|ida",
            "confus|confuse", "desoriente*", "dit|raconte n importe quoi", "ne sait plus ou|qui",
            "incoherent*", "pas dans son etat normal",
            "verwirrt*", "desorientiert", "durcheinander", "redet|spricht wirr*|unsinn|komisch|quatsch", "wirres zeug",
            "weiss nicht wo|wer", "neben sich",
            "confus*", "disorientat*", "non capisce", "dice cose senza senso", "non sa dove",
            "desorientad*", "falando|fala coisas sem sentido", "nao fala coisa com coisa", "nao sabe onde",
            "verward*", "gedesorienteerd", "praat onzin|wartaal|raar", "weet niet waar", "in de war",
        ],
    ),
    (
        Sig::Drowsy,
        pats![
            "drowsy", "sleepy", "lethargic", "very tired", "so tired", "zoned out", "barely awake",
            "keeps|keep falling asleep", "!cant|cannot stay awake", "floppy", "unusually tired",
            "somnolient*", "adormilad*", "somnolen*", "aletargad*", "muy dormid*",
            "somnolent*", "endormi*", "ensuque*", "tres fatigue*",
            "schlafrig", "benommen", "apathisch", "schlapp", "dosig", "sehr mude",
            "sonnolent*", "assonnat*", "intontit*", "addormentat*",
            "sonolent*", "molinh*", "muito sonolent*",
            "suf|suffig|sufferig", "slaperig", "lusteloos", "slap", "versuft",
        ],
    ),
    (
        Sig::Sweating,
        pats![
            "sweat*", "sweaty", "clammy", "drenched sweat", "cold sweat*",
            "sudor*", "sudando", "sudoroso*", "sudada|sudado", "empapad* sudor", "sueur*", "transpir*", "moite*",
            "schwitz*", "kaltschweiss*", "schweiss*", "verschwitzt", "sudat*", "sudore", "suando", "suor*",
            "suada|suado", "zweet*", "zweterig", "klam",
        ],
    ),
    (
        Sig::Shaking,
        pats![
            "shaky", "shaking", "trembl*", "jittery", "shivering", "shivers", "rigors",
            "tembl*", "temblores", "escalofrio*", "tremble*", "tremblement*", "frisson*",
            "zitter*", "zittrig", "schuttelfrost", "trema", "tremore*", "tremant*", "brividi*",
            "tremendo", "tremor*", "calafrio*", "tril*", "bibber*", "rillingen", "koude rillingen",
        ],
    ),
    (
        Sig::Hypo,
        pats![
            "hypo", "hypos", "hypoglyc*", "low sugar", "sugar|sugars low|dropping|crashed|crashing", "low blood sugar",
            "hipogluc*", "hipoglic*", "bajon azucar", "bajada azucar", "azucar baja|bajo",
            "hypoglyc*", "hypo sucre", "sucre bas", "unterzucker*", "unterzuckerung", "zucker niedrig|tief|runter",
            "ipoglic*", "zucchero basso", "glicemia bassa", "hipoglic*", "acucar baixo|baixa", "glicemia baixa",
            "hypo", "suiker ~laag", "lage suiker",
        ],
    ),
    (
        Sig::StiffNeck,
        pats![
            "stiff|sore|painful neck", "neck stiff*|hurts|rigid", "cant|cannot bend|move neck", "chin chest",
            "rigidez nuca|cuello", "cuello rigido|duro|tieso", "nuca rigida|dura", "nuque raide|bloquee",
            "cou raide|bloque", "raideur nuque", "steif* nacken|hals", "nacken steif|hart", "nackensteif*",
            "genickstarre", "collo rigido|bloccato", "rigidita nucale|collo", "nuca rigida",
            "pescoco duro|rigido|travado", "nuca dura|rigida", "stijve nek", "nek stijf",
        ],
    ),
    (
        Sig::Photophobia,
        pats![
            "light hurts|bothers|sensitive", "sensitive light", "hates light", "cant stand|bear light", "photophob*",
            "lights hurt", "bright light*", "luz molesta|duele", "molesta luz", "fotofobia", "sensible luz",
            "lumiere fait mal", "lumiere gene|derange", "supporte pas lumiere", "photophobie", "sensible lumiere",
            "lichtempfindlich*", "licht tut weh", "licht stort|blendet", "lichtscheu", "luce ~fastidio|male",
            "fastidio luce", "sensibil* luce", "luz incomoda|machuca|doi", "sensivel luz", "sensibilidade luz",
            "lichtgevoelig*", "licht doet pijn", "lichtschuw",
        ],
    ),
    (
        Sig::Headache,
        pats![
            "headache*", "head hurts|pounding|splitting|killing", "migraine*", "head pain",
            "dolor cabeza", "cabeza duele|explota|estallar", "jaqueca", "migrana*",
            "mal tete", "tete fait mal", "tete explose", "cephalee*", "migraine*",
            "kopfschmerz*", "kopfweh", "kopf tut weh", "kopf platzt|drohnt", "migrane",
            "mal testa", "testa ~male|scoppia", "emicrania", "cefalea",
            "dor cabeca", "cabeca doi|doendo|explodindo", "enxaqueca",
            "hoofdpijn", "hoofd ~pijn|bonkt", "migraine",
        ],
    ),
    (
        Sig::VisionLoss,
        pats![
            "!cant|cannot|couldnt see", "lost|losing vision|sight", "vision|sight ~gone|black|dark|disappeared",
            "blind", "gone blind", "vision|sight ~went|switched|turned ~off|out|black", "vision|sight ~just went", "!no veo", "!no puedo ver", "perdi vision|vista", "ciego|ciega",
            "!vois plus|rien", "!ne vois", "perdu vue", "aveugle", "!sehe nichts|nix", "!kann nicht sehen", "blind",
            "sehkraft weg", "!non vedo", "!non ~vedo piu", "perso vista", "cieco|cieca", "!nao enxergo|vejo", "perdi visao",
            "cego|cega", "!zie niks|niets", "blind", "!kan niet zien",
        ],
    ),
    (
        Sig::VisionChange,
        pats![
            "blurry|blurred|double|fuzzy|cloudy|dim vision|eyesight", "vision blurry|blurred|double|fuzzy|cloudy|weird",
            "seeing double|spots|stars|flashes|sparkles|zigzags|floaters", "flashing lights", "floaters", "curtain|shadow ~vision|eye", "shadow|curtain|veil ~over|across|creeping|coming|side|edge",
            "vision|vista|vue|sicht|visao|zicht ~curtain|shadow|cortina|rideau|vorhang|schatten|tenda|sombra|gordijn",
            "veo borroso|doble|manchas|luces|destellos|moscas", "vision borrosa|doble", "vista borrosa|nublada",
            "vois flou|double|trouble|taches|eclairs|mouches", "vue floue|trouble|double", "corps flottants",
            "sehe verschwommen|doppelt|unscharf|flecken|blitze|sterne", "verschwommen", "doppelbilder", "lichtblitze",
            "vedo sfocato|doppio|macchie|lampi|mosche", "vista sfocata|offuscata|annebbiata",
            "vejo embacado|dobrado|manchas|luzes|moscas", "visao embacada|turva|dupla|borrada", "vista embacada",
            "zie wazig|dubbel|vlekken|flitsen|sterretjes", "wazig zicht|zien", "lichtflitsen", "mouches volantes",
        ],
    ),
    (
        Sig::Pupil,
        pats![
            "pupil|pupils ~different|unequal|uneven|bigger|larger|huge|blown",
            "one pupil", "pupila*|pupille|pupillen|pupilla|pupil ~diferente*|distint*|grande|differente*|grosse|gross|grossere|anders|ungleich|verschieden|diversa|grandi|maior|groter|ongelijk",
        ],
    ),
    (
        Sig::SpeechLoss,
        pats![
            "!cant|cannot|couldnt get words|word out", "words ~wrong|jumbled|mixed", "words ~wont ~come out",
            "speech|talking ~funny|weird|odd|off|strange|slurry|drunk|garbled|slow", "slurring|slurry|slured",
            "sounds drunk", "talks like drunk",
            "!no ~salen palabras", "habla ~rara|raro|extrano|mal|trabad*|enredad*", "habla como borracho",
            "!no puede|puedo hablar", "palabras ~raras|mal",
            "!trouve plus|pas ~mots", "parle ~bizarre*|mal|bizarrement|drole|pateuse",
            "bouche pateuse", "mots melanges",
            "!findet keine worte", "spricht|redet ~komisch|lallend|undeutlich|verwaschen", "lallt",
            "parla ~male|strano|strana|impastat*|confus*", "!non riesce parlare", "biascica",
            "fala ~enrolada|enrolado|estranho|estranha|arrastada|embolada", "enrolando lingua", "!nao consegue falar",
            "praat ~raar|vreemd|onduidelijk|dubbel|brabbel*", "!kan niet praten", "lalt", "brabbelt",
        ],
    ),
    // ---------------------------------------------------------------- cardio-respiratory
    (
        Sig::Radiating,
        pats![
            "down|into|to|up my|his|her ~arm|jaw|shoulder|back|neck", "left arm ~hurts|heavy|numb|tingl*|aches|pain",
            "arm|jaw ~ache|aches|hurts|pain|heavy|numb|tingly|tingling", "spread* ~arm|jaw|shoulder|back|neck",
            "radiat*", "brazo izquierdo", "mandibula|brazo ~duele|dolor|adormecid*|hormigue*",
            "irradia*", "bras gauche", "machoire|bras ~douleur|mal|engourdi*", "ausstrahl*",
            "linken arm", "kiefer|arm ~schmerz*|weh|taub|kribbel*", "braccio sinistro", "mascella|braccio ~dolore|male|formicol*",
            "braco esquerdo", "mandibula|braco ~doi|dor|formig*", "linkerarm", "kaak|arm ~pijn|tinteling",
        ],
    ),
    (
        Sig::Indigestion,
        pats![
            "indigestion", "heartburn", "acid reflux", "reflux", "acid", "gas pain*", "wind pain*",
            "acidez", "ardor estomago", "indigestion", "empacho", "aigreur*", "brulure* estomac", "reflux",
            "indigestion", "sodbrennen", "magendruck", "verdauungsstorung", "reflux",
            "bruciore stomaco", "indigestione", "acidita", "azia", "ma digestao", "indigestao", "queimacao",
            "maagzuur", "brandend maagzuur", "indigestie", "oprispingen",
        ],
    ),
    (
        Sig::Nausea,
        pats![
            "nausea*", "nauseous", "queasy", "feel|feeling|felt sick", "want to throw up", "nauseas",
            "ganas vomitar", "mareos|mareo estomago", "nausee*", "envie vomir", "mal au coeur", "ubel",
            "ubelkeit", "nausea", "voglia vomitare", "enjoo*", "enjoad*", "vontade vomitar", "misselijk*",
        ],
    ),
    (
        Sig::Dizziness,
        pats![
            "dizzy", "dizziness", "lightheaded", "light headed", "woozy", "room spinning", "feel faint", "feel like fainting",
            "feeling faint", "about to faint", "about to pass out", "mareo*", "mareada|mareado", "vertigo*",
            "me voy desmayar", "casi desmayo", "etourdi*", "vertige*", "tete tourne", "tete qui tourne",
            "vais tomber dans pommes", "schwindel*", "schwindlig", "benommen", "kreislauf",
            "vertigin*", "capogir*", "giramento testa", "testa gira", "tontura*", "tonta|tonto",
            "cabeca girando", "zonzo|zonza", "duizelig*", "draaierig", "licht hoofd", "lichthoofdig",
            // Faintness in lay words: woozy in German, weak and pale together (shock with
            // bleeding: "ficando fraca e palida").
            "schwummrig", "schummrig", "blumerant", "weak ~pale", "pale ~weak", "fraca|fraco ~palida|palido", "debil|floja|flojo ~palida|palido",
            "faible ~pale", "debole ~pallida|pallido", "schwach ~blass", "zwak ~bleek",
        ],
    ),
    (
        Sig::InhalerFailing,
        pats![
            "inhaler|puffer|ventolin|salbutamol|albuterol|pump ~not|isnt|doesnt|didnt|nothing|no ~working|helping|help|work|difference|effect",
            "!inhaler|puffer|ventolin|salbutamol|albuterol ~not|isnt|doesnt|didnt working|helping|help|work",
            "puffs ~nothing", "puffs ~not ~helping", "puffs ~no ~difference", "used|using|taken|had ~inhaler|puffer|ventolin|puffs ~still",
            "inhalador|ventolin|salbutamol ~no ~hace|funciona|ayuda|sirve", "inhalateur|ventoline ~ne|pas|rien ~marche|fait|aide|agit",
            "spray|asthmaspray|inhalator|notfallspray ~hilft|wirkt|bringt ~nicht|nichts",
            "inalatore|ventolin|spray ~non ~funziona|fa|aiuta", "bombinha|inalador ~nao|nada ~funciona|ajuda|adianta|resolve",
            "puffer|inhalator|pufje ~helpt|werkt ~niet", "pufjes ~helpen niet",
        ],
    ),
    (
        Sig::CantFinishSentence,
        pats![
            "!cant|cannot|unable|barely|hardly|struggling|struggle finish|complete|say ~sentence|sentences",
            "!cant|cannot|barely|hardly talk|speak ~breath|breathless|breathe|air",
            "one word at a time", "between words|breaths", "!no puede|puedo terminar|acabar ~frase*", "!no puede|puedo hablar ~respirar|aire",
            "!peut|peux|arrive pas|plus finir|terminer ~phrase*", "!kann ~satz|satze ~nicht|kaum ~beenden|ende",
            "!kann kaum sprechen", "!non riesce|riesco finire|completare ~frase", "!nao consegue|consigo terminar|completar ~frase*",
            "!kan ~zin|zinnen ~niet afmaken", "!kan nauwelijks praten",
        ],
    ),
    // ---------------------------------------------------------------- infection, skin
    (
        Sig::Rash,
        pats![
            "rash", "rashes", "spots", "blotch*", "hives", "red dots|spots|patches", "purple ~spots|dots|marks|patches|blotches", "bruises",
            "erupcion", "sarpullido", "manchas", "granitos", "ronchas", "puntitos", "eruption", "boutons",
            "plaques", "taches", "ausschlag", "flecken", "pickel", "punktchen", "quaddeln",
            "eruzione", "macchie", "puntini", "bolle", "chiazze", "manchas", "pintas", "brotoeja*", "pontinhos",
            "vlekjes", "vlekken", "uitslag", "bultjes", "puntjes",
        ],
    ),
    (
        Sig::NonBlanching,
        pats![
            "glass|tumbler ~still ~there|visible|see", "glass|tumbler|cup ~doesnt|dont|wont|didnt|not|dosnt|doesn ~fade|disappear|go|vanish|change|blanch",
            "!doesnt|dont|wont|didnt|not fade|disappear|vanish|blanch ~glass|tumbler|press*|pushed|push",
            "non blanching", "pinprick*", "petechi*", "purpur*", "purpura",
            "vaso ~no ~desaparece*|desaparecen|van|quitan|borran", "!no ~desaparece*|desaparecen|quitan|borran ~vaso|apretar|presionar",
            "verre ~ne ~disparai*|partent|effacent|efface*", "!disparai*|partent|effacent|efface* pas ~verre|appui*",
            "glas ~nicht ~weg|verschwind*|wegdruck*", "!lassen|lasst sich nicht wegdrucken", "!nicht wegdruckbar|wegdrucken",
            "bicchiere ~non ~spariscono|scompaiono|vanno", "!non spariscono|scompaiono ~bicchiere|premendo|premo",
            "copo ~nao ~somem|desaparecem|some", "!nao somem|desaparecem ~copo|apertar|pressionar",
            "glas|glaasje ~niet ~weg|verdwijnen", "!niet weg ~drukken", "!niet wegdrukken|wegdrukbaar", "!gaan niet weg ~glas|drukken",
        ],
    ),
    (
        Sig::Mottled,
        pats![
            "mottled", "blotchy skin", "ashen", "grey skin|face|lips", "gray skin|face|lips", "skin grey|gray|blotchy|marbled|blue",
            "marmorea*|moteada|jaspeada", "piel gris|azulada|manchada", "marbre*|marbrure*", "peau grise|bleue",
            "marmoriert*", "fleckig* haut", "haut grau|blau|fleckig", "marezzat*|chiazzat*", "pelle grigia|bluastra",
            "pele manchada|acinzentada|roxa", "rajada", "gemarmerd*", "gevlekt* huid", "huid grauw|blauw|grijs",
        ],
    ),
    (
        Sig::SkinColour,
        pats![
            "white|pale|whitish|blanched|blanching|grey|gray|greyish|blue|bluish|purple|purplish|dusky|dark|black|mottled|lacy|patchy|marbled",
            "blanc*|blanca|blanco|palid*|morad*|azul*|amoratad*|gris*|oscur*|negr*",
            "blanche|blanc|pale|violet*|bleue|bleues|bleui*|bleut*|bleuatre*|gris*|fonce*|noir*|marbr*",
            "weiss|blass|blau|blaulich|lila|grau|dunkel|schwarz*|violett", "bianc*|pallid*|viola|blu|bluastr*|grigi*|scur*|ner*",
            "branc*|palid*|roxo|roxa|arroxead*|azulad*|cinza|escur*|pret*", "wit|bleek|blauw*|paars*|grijs|grauw|donker|zwart",
        ],
    ),
    // ---------------------------------------------------------------- infants
    (
        Sig::NotFeeding,
        pats![
            "!wont|not|isnt|refus*|stopped|hasnt|doesnt|didnt|cant feed*|eat*|drink*|nurse|nursing|latch*|breastfeed*", "!wont|not|isnt|refus*|stopped|hasnt|doesnt|didnt|cant take|taking ~bottle|bottles|feeds|milk|breast",
            "!no ~come|comer|mamar|toma|tomar|biberon", "!no quiere|toma|agarra|coge pecho", "rechaza ~biberon|pecho|tomas",
            "!ne ~mange|boit|tete|prend ~pas|plus|rien", "refuse ~biberon|sein|manger|boire",
            "!trinkt|will ~nicht|kaum|nichts", "verweigert ~flasche|trinken|essen|brust",
            "!non ~mangia|beve|ciuccia|poppa", "!non vuole ~latte|biberon|mangiare|mangia|bere|seno", "rifiuta ~biberon|latte|seno",
            "!nao ~mama|come|mamou|comeu", "!nao quer ~mamar|comer|mamadeira|peito|nada", "recusa ~mamadeira|peito",
            "!drinkt|eet|wil ~niet|nauwelijks|niks", "weigert ~fles|borst|drinken",
        ],
    ),
    (
        Sig::Grunting,
        pats![
            "grunt*", "groaning ~breath*", "high pitched ~cry|crying|scream*", "weak cry", "cry ~weak|strange|weird|high",
            "quejido*", "gime ~respira*", "llanto ~agudo|debil|raro", "geint|geignement*", "cri ~aigu|faible|bizarre",
            "stohnt|stohnen", "schreit ~schrill|komisch", "wimmert", "geme|gemito|lamento ~respir*", "pianto ~acuto|debole|strano",
            "gemido*", "gemendo", "choro ~agudo|fraco|estranho", "kreunt|kreunen", "huilt ~schel|vreemd|zwak",
        ],
    ),
    // ---------------------------------------------------------------- bleeding, maternity
    (
        Sig::Clots,
        pats![
            "clot|clots|clotting", "lumps blood", "coagul*", "cuajo*", "caillot*", "gerinnsel*", "klumpen",
            "blutklump*", "coaguli|coagulo", "grumi", "coagulos|coagulo", "stolsel*", "klonter*",
        ],
    ),
    (
        Sig::BabyHarm,
        pats![
            "better off without me", "baby|babies|kids|family ~better off ~without", "harm|hurt|hurting|harming ~baby|babies|newborn",
            "estaria|estarian mejor sin mi", "hacer* dano ~bebe|hijo|nina|nino",
            "mieux sans moi", "faire ~mal ~bebe|enfant", "besser ohne mich", "baby ~antun|verletzen",
            "meglio senza di me", "fare del male ~bambin*|neonat*", "melhor sem mim", "machucar ~bebe|nenem|filh*", "fazer mal ~bebe|nenem|filh*",
            "beter af zonder mij", "beter zonder mij", "baby ~pijn|aandoen",
        ],
    ),
    (
        Sig::WatersBroke,
        pats![
            "waters|water ~broke|broken|breaking|gone|leaking", "leaking fluid", "fluid leaking", "gush fluid",
            "rompi|rompio|romper ~fuente|aguas|bolsa", "roto aguas|fuente|bolsa", "perdiendo liquido",
            "perdu|perte ~eaux", "poche ~eaux ~rompu*|perce*|fissure*", "fruchtblase ~geplatzt|gesprungen", "blasensprung",
            "fruchtwasser", "rotto|rotte ~acque", "rottura ~acque|membrane", "perdita liquido", "bolsa ~estourou|rompeu|rompida",
            "rompeu ~bolsa|aguas", "perdendo liquido", "vliezen ~gebroken|gebleken", "vruchtwater", "water gebroken",
        ],
    ),
    (
        Sig::ShoulderTip,
        pats![
            "shoulder tip|tips", "tip my|of shoulder", "punta hombro", "hombro ~duele|dolor", "bout|pointe epaule",
            "epaule ~douleur|mal", "schulterspitze", "schulter ~schmerz*|weh", "punta spalla", "spalla ~male|dolore",
            "ponta ombro", "ombro ~doi|dor", "schouderpunt", "schouder ~pijn",
        ],
    ),
    (
        Sig::BellySwelling,
        pats![
            "belly|tummy|stomach|abdomen ~swollen|swelling|bloated|huge|tight|distended|growing",
            "!cant|cannot lie|lay flat", "barriga|tripa|abdomen|vientre ~hinchad*|inflad*|enorme|tensa",
            "ventre ~gonfl*|enorme|tendu", "bauch ~geschwollen|aufgeblaht|dick|hart|gespannt", "pancia ~gonfi*|enorme|tesa",
            "barriga|abdomen ~inchad*|inchou|enorme|estufad*", "buik ~opgezet|gezwollen|dik|strak",
            "!no puedo acostar*|tumbar*", "!peux pas allonger|coucher", "!kann nicht liegen", "!kan niet liggen",
        ],
    ),
    // ---------------------------------------------------------------- dental, airway
    (
        Sig::SwallowTrouble,
        pats![
            "!cant|cannot|couldnt|unable|barely|hardly swallow*", "trouble|difficulty|hard|struggling|problems swallow*",
            "drool*", "!no puedo|puede tragar", "dificultad|cuesta ~tragar",
            "babea|babeando", "!peux|peut|arrive pas avaler|deglutir", "difficulte ~avaler", "bave",
            "!kann nicht|kaum schlucken", "schluckbeschwerden", "schlucken ~schwer|geht nicht", "sabbert|gesabbert",
            "!non riesco|riesce ~deglutire|ingoiare", "difficolta ~deglutire|ingoiare", "sbav*",
            "!nao consigo|consegue engolir", "dificuldade ~engolir", "babando", "!kan niet ~slikken", "moeite ~slikken",
            "kwijl*",
        ],
    ),
    (
        Sig::Trismus,
        pats![
            "!cant|cannot|couldnt|barely|hardly open ~mouth|jaw", "jaw ~locked|stuck|wont open", "lockjaw",
            "!no puedo|puede abrir ~boca", "!peux|peut|arrive pas ouvrir ~bouche", "!kann ~mund ~nicht|kaum ~offnen|aufmachen",
            "!non riesco|riesce ~aprire ~bocca", "!nao consigo|consegue abrir ~boca", "!kan ~mond ~niet open",
            "trismus", "trismo",
        ],
    ),
    (
        Sig::Hoarse,
        pats![
            "hoarse", "croaky", "raspy", "voice ~funny|changed|gone|weird|strange|different|squeaky|muffled",
            "ronca|ronco", "afonica|afonico", "voz ~rara|cambiad*|extrana", "voix ~rauque|cassee|bizarre|change*|etouffee",
            "enroue*", "heiser", "stimme ~weg|komisch|anders|belegt", "rauca|rauco", "voce ~strana|cambiata|roca",
            "rouca|rouco", "voz ~estranha|diferente|sumiu", "stem ~raar|anders|weg",
        ],
    ),
    // ---------------------------------------------------------------- injuries, urology, orthopaedics
    (
        Sig::BoneVisible,
        pats![
            "bone ~sticking|poking|through|visible|out|showing", "hueso ~fuera|sale|asoma",
            "os ~sort|visible|depasse|traverse", "knochen ~raus|schaut|sichtbar|sieht|ragt", "osso ~fuori|esce",
            "osso ~saindo|fora|aparecendo|exposto", "bot ~steekt|uitsteekt|zichtbaar|door",
        ],
    ),
    (
        Sig::Testicle,
        pats![
            "testicle*", "testicular", "testes", "scrotum", "balls", "ball ~hurts|swollen|pain",
            "testiculo*", "escroto", "huevo|huevos ~duele*|dolor|hinchad*", "testicule*", "bourses", "hoden",
            "hodensack", "testicol*", "scroto", "saco ~doi|dor", "testiculo*", "zaadbal*", "balzak", "ballen ~pijn",
        ],
    ),
    (
        Sig::SaddleNumb,
        pats![
            "numb*|tingl* ~below|bum|groin|genitals|privates|saddle|bottom|crotch|vagina|penis", "numb ~between ~legs",
            "!cant|cannot feel ~wipe|wiping", "!cant|cannot feel ~toilet paper", "saddle numbness",
            "zwischen ~beinen ~taub|gefuhllos", "entre ~pernas|piernas|jambes ~dormente|adormecid*|entumecid*|engourdi*|insensible",
            "adormecid*|entumecid*|hormigue* ~entrepierna|genital*|nalgas|abajo",
            "engourdi*|insensible|fourmill* ~entrejambe|fesses|parties|sexe|selle",
            "taub|gefuhllos|kribbel* ~intimbereich|genital*|gesass|po|reithose*", "reithosen*",
            "intorpidit*|formicol* ~inguine|genital*|glutei|sella", "dormente|formigamento ~virilha|genital*|nadegas",
            "doof|gevoelloos|tintel* ~kruis|genitali*|billen|zadel",
        ],
    ),
    (
        Sig::UrineRetention,
        pats![
            "!cant|cannot|unable|havent|hasnt|not ~pee|wee|urinate|peed|weed|urinated", "!cant|cannot|unable pass ~urine|water",
            "no urine|pee|wee", "!no puedo|puede ~orinar|mear|pis", "!no ha|he orinado", "!peux|peut|arrive pas ~uriner|pipi",
            "!pas urine", "!kann nicht ~pinkeln|urinieren|wasserlassen", "!nicht gepinkelt|uriniert",
            "!non riesco|riesce ~urinare|pipi", "!nao consigo|consegue ~urinar|xixi", "!kan niet plassen",
            "!niet geplast",
        ],
    ),
    (
        Sig::Incontinence,
        pats![
            "wet|peed|pee|soiled ~myself|himself|herself", "lost control ~bladder|bowel*", "cant hold ~pee|wee|urine|bladder",
            "leaking urine", "incontinen*", "se hizo pis|encima", "me hice pis", "pierdo orina", "fait pipi ~sur", "fuite* urine",
            "eingenasst|eingemacht", "urin verlier*", "fatto pipi addosso", "perdo urina", "fiz xixi ~calca|roupa",
            "perdendo urina", "in broek geplast", "urineverlies",
        ],
    ),
    (
        Sig::ChemicalEye,
        pats![
            "bleach|chemical*|cleaner|oven|cement|acid|alkali|drain|detergent|ammonia ~eye|eyes",
            "eye|eyes ~bleach|chemical*|cleaner|cement|acid", "lejia|quimico*|amoniaco|cemento ~ojo*", "ojo* ~lejia|quimic*",
            "javel|produit|chimique|ciment|acide ~oeil|yeux", "oeil|yeux ~javel|produit|chimique",
            "chlor|reiniger|chemikalie*|zement|saure|putzmittel ~auge*", "auge* ~chlor|reiniger|chemikal*",
            "candeggina|chimic*|cemento|acido ~occhi*|occhio", "sanitaria|quimic*|cimento ~olho*",
            "bleek|chemisch*|cement|zuur|schoonmaak* ~oog|ogen",
        ],
    ),
    (
        Sig::LimbCompromise,
        pats![
            "toes|fingers ~numb|blue|cold|white|purple|tingling|tingly",
            "cast|plaster|splint|brace ~tight|pain|hurts|numb",
            "dedos ~dormidos|azules|frios|blancos|morados", "yeso|escayola|ferula ~aprieta|apretad*|duele",
            "orteils|doigts ~engourdi*|bleus|froids|blancs|violets", "platre|attelle ~serre|mal",
            "zehen|finger ~taub|blau|kalt|weiss|kribbeln", "gips|schiene ~druckt|eng|schmerz*",
            "dita ~intorpidit*|blu|fredde|bianche", "gesso|tutore ~stretto|male",
            "dedos ~dormentes|roxos|frios|brancos", "gesso|tala ~apertad*|doi", "tenen|vingers ~doof|blauw|koud|wit|tintel*",
            "gips|spalk ~knelt|strak|pijn",
        ],
    ),
    (
        Sig::CalfSwelling,
        pats![
            "calf|calves ~swollen|swelling|hot|red|tender|painful|pain|hurts|hard|tight", "swollen|painful|hot|red ~calf",
            "one leg ~swollen|bigger|fatter|hot", "leg ~swollen|bigger|hot ~one side",
            "pantorrilla|gemelo ~hinchad*|duele|dolor|caliente|roja", "pierna ~hinchada|caliente",
            "mollet ~gonfle|chaud|rouge|douloureux", "mollet ~fait ~mal", "jambe ~gonflee|chaude",
            "wade ~geschwollen|dick|warm|rot|schmerz*|weh", "bein ~geschwollen|dick|warm",
            "polpaccio ~gonfio|caldo|rosso|dolore", "polpaccio ~fa ~male", "gamba ~gonfia|calda",
            "panturrilha ~inchad*|quente|vermelh*|doi|dor", "perna ~inchada|quente",
            "kuit ~gezwollen|dik|warm|rood|pijn", "been ~gezwollen|dik|warm",
        ],
    ),
    // ---------------------------------------------------------------- contexts
    (
        Sig::Diabetic,
        pats![
            "diabetic", "diabetes", "diabete*", "type 1|2", "t1d|t2d|t1|t2", "insulin*", "glucose", "sugar level*|levels|reading",
            "blood sugar", "bm|bms", "meter", "libre|dexcom|cgm|freestyle|sensor", "mmol|mgdl", "mg dl",
            "diabetic*", "diabetico|diabetica", "glucosa", "glucemia", "azucar", "insulina",
            "diabetique", "glycemie", "sucre", "insuline", "diabetiker*", "zucker", "blutzucker", "insulin",
            "zuckerkrank*", "diabetico|diabetica", "glicemia", "glicemi*", "zucchero", "glicose", "glicemia", "acucar",
            "diabetes", "suiker*", "suikerziekte", "suikerpatient", "insuline", "glucose",
        ],
    ),
    (
        Sig::Infant,
        pats![
            "newborn|neonate|infant|preemie|premature", "new born", "baby|babys|bebe|bebes|bebito|bebita|nenem|nene|neonato|neonata",
            "recien nacido|nacida", "lactante", "nourrisson", "nouveau ne", "neugeboren*", "saugling", "neonat*",
            "lattante", "recem nascido|nascida", "pasgeboren*", "zuigeling", "baby|babytje|kindje",
            "weeks old", "week old", "wk old", "month|months old", "semanas vida", "mois", "wochen alt", "settimane",
            "semanas", "weken oud",
        ],
    ),
    (
        Sig::Child,
        pats![
            "child|children|kid|kids|son|daughter|toddler|boy|girl|teen|teenager|baby",
            "hijo|hija|nino|nina|ninos|crio|cria|chaval|chavala|peque", "enfant|fils|fille|gamin|gamine|ado|petit|petite",
            "kind|sohn|tochter|junge|madchen|kleine|kleiner", "figlio|figlia|bambino|bambina|ragazzo|ragazza|piccolo|piccola",
            "filho|filha|crianca|menino|menina|nenem", "kind|zoon|dochter|jongen|meisje|kleintje",
        ],
    ),
    (
        Sig::Postpartum,
        pats![
            "gave birth", "had ~baby", "gave birth", "since|after ~birth|delivery|labour|labor|section|caesarean|cesarean",
            "postpartum|postnatal", "post partum|natal", "delivered", "days|weeks ~postpartum",
            "di a luz", "pari", "parto", "posparto", "cesarea", "puerper*", "accouch*", "post partum", "cesarienne",
            "entbunden", "entbindung", "geburt", "wochenbett", "kaiserschnitt", "partorito", "dopo parto", "cesareo",
            "dei a luz", "pos parto", "resguardo", "bevallen", "bevalling", "kraambed", "keizersnede",
        ],
    ),
    (
        Sig::Filler,
        pats![
            "filler*", "lip|lips filler", "lips done", "hyaluronic", "juvederm|restylane|belotero|radiesse|sculptra", "tear trough",
            "injectable*", "relleno*", "acido hialuronico", "labios ~inyect*|relleno", "acide hyaluronique",
            "injection* ~levres|cernes|nez|rides", "hyaluron*", "unterspritz*", "aufspritz*",
            "acido ialuronico", "riempitiv*", "preenchimento*", "acido hialuronico", "fillers", "opvuller*",
        ],
    ),
    (
        Sig::Toxin,
        pats!["botox", "bo tox", "toxin", "botulinum", "tox", "dysport", "xeomin", "azzalure", "bocouture", "toxina", "toxine", "tossina"],
    ),
    (
        Sig::Extraction,
        pats![
            "extract*", "tooth|teeth|wisdom|molar ~out|pulled|removed|taken", "pulled ~tooth|teeth|wisdom|molar", "wisdom",
            "extraccion", "muela|muelas|diente|juicio ~sacaron|quitaron|extrajeron", "sacaron|quitaron ~muela|diente|juicio",
            "extraction", "dent|dents ~sagesse|arrache*|enleve*", "arrache* ~dent", "weisheitszahn*", "zahn|zahne ~gezogen|raus|entfernt",
            "gezogen ~zahn", "estrazione", "dente|denti ~giudizio|tolto|tolti|estratto", "tolto ~dente",
            "extracao|extraido", "dente|siso ~arrancad*|tirad*|extraid*", "arranquei|tirei ~dente|siso", "siso",
            "getrokken", "verstandskies", "kies|tand ~getrokken|eruit", "trekken",
        ],
    ),
    (
        Sig::Tonsillectomy,
        pats![
            "tonsil*", "adenoid*", "amigdal*", "amygdal*", "mandel*", "tonsill*", "tonsille", "adenoid*", "amandelen",
            "keelamandel*",
        ],
    ),
    (
        Sig::Allergen,
        pats![
            "nut|nuts|peanut*|cashew*|almond*|walnut*|hazelnut*|sesame|shellfish|prawn*|shrimp*|seafood", "bee|wasp|sting|stung",
            "after|since antibiotic*|penicillin|amoxicillin|amoxil|augmentin|ibuprofen|aspirin|medication|tablet|injection", "epipen", "epi pen", "auto injector", "new antibiotic|medication|medicine",
            "frutos secos", "cacahuet*|nuez|nueces|marisco*|gamba*|abeja|avispa|picadura|picad*", "alergi*|alergic*",
            "fruits mer", "arachide*|cacahuete*|noix|noisette*|crevette*|abeille|guepe|piqure|pique", "allergi*",
            "nuss|nusse|erdnuss*|haselnuss*|meeresfruchte|garnele*|biene|wespe|stich|gestochen", "allergi*|allergisch*",
            "noci|nocciol*|arachid*|crostacei|gamber*|ape|vespa|puntura|punto", "allergi*|allergic*",
            "amendoim*|castanha*|nozes|camar*|abelha|vespa|picada", "alergi*|alergic*",
            // Not "bij" (also "at"/"by": "bij het opstaan", "bij de tandarts"; session 19d).
            "pinda*|noten|nootjes|schaaldier*|garnaal|garnalen|bijen|bijensteek|wesp|steek|gestoken", "allergi*|allergisch*",
        ],
    ),
    (
        Sig::Anticoagulant,
        pats![
            "blood thinner*", "thinners", "warfarin|coumadin|apixaban|eliquis|rivaroxaban|xarelto|edoxaban|lixiana|dabigatran|pradaxa|clopidogrel|plavix|ticagrelor|brilinta",
            "anticoag*", "sintrom|acenocumarol", "marcumar|marcoumar|falithrom|phenprocoumon", "previscan|fluindione",
            "blutverdunn*", "anticoagulant*", "fluidifiant*", "diluente sangue", "afinador sangue", "bloedverdunner*",
            "antistolling*",
        ],
    ),
    (
        Sig::Ivf,
        pats![
            "ivf|icsi|fiv|fivet|retrieval", "egg retrieval|collection", "trigger shot", "stimulation",
            "puncion", "extraccion ovulos", "fecundacion vitro", "ponction",
            "punktion|eizellentnahme|follikelpunktion|kinderwunsch*", "pick up", "prelievo ovociti", "stimolazione",
            "puncao|estimulacao", "coleta ovulos", "punctie|eicelpunctie|stimulatie",
        ],
    ),
    (
        Sig::Opioid,
        pats![
            "tramadol|oxycodone|oxy|oxycontin|codeine|cocodamol|morphine|fentanyl|hydrocodone|vicodin|percocet|tapentadol|methadone|buprenorphine|dihydrocodeine|opioid*|opiate*|norco",
            "diazepam|valium|xanax|alprazolam|lorazepam|ativan|clonazepam|klonopin|zolpidem|ambien|zopiclone|benzo|benzos|pregabalin|gabapentin|lyrica",
            "amitriptyline|quetiapine|seroquel|lithium|digoxin", "co codamol", "sleeping pills|tablets", "iron tablets|pills",
            "morfina|tramal|codeina|fentanilo|oxicodona|tilidin*|tilidina|valoron|lexatin|orfidal|trankimazin|somnifere*|lexomil|stilnox",
            "schlaftablette*", "schlafmittel", "tavor", "sonnifer*", "morfina|codeina|ossicodone", "rivotril", "dormonid",
            "zolpidem", "slaappil*", "oxazepam|temazepam",
        ],
    ),
    (
        Sig::Extra,
        pats![
            "extra", "double|doubled", "more than", "than prescribed", "too many|much", "all my|his|her", "whole",
            "de mas", "demas|doble|todas", "trop|double|toutes", "zu viel|viele", "doppelt|extra|alle",
            "in piu", "doppia|doppio|tutte|troppe", "a mais", "dupla|demais|todos|todas", "te veel", "dubbele|extra|alle",
        ],
    ),
    (
        Sig::PillCount,
        pats![
            "took|taken|swallowed|ate|had|popped #5 ~pills|tablets|tabs|caps|capsules|of",
            "#5 ~pills|tablets|tabs|capsules|caps ~took|taken|swallowed",
            "tomo|tome|tomado|trago|trague|tragado|tomaste|tomou|tomei|engoliu|engoli #5 ~pastillas|pastilla|pildoras|comprimidos|capsulas",
            "pris|avale #5 ~comprimes|cachets|pilules|gelules", "#5 ~tabletten|pillen|kapseln ~genommen|geschluckt|eingenommen",
            "preso|ingoiato|presa #5 ~pastiglie|compresse|pillole|capsule", "#5 ~pillen|tabletten ~genomen|geslikt|ingenomen",
            "genomen|geslikt #5",
        ],
    ),
    (
        Sig::Asthma,
        pats!["asthma*", "asma|asmatic*", "asthme|asthmatique", "asthma|asthmatiker*", "asma|asmatic*", "astma*"],
    ),
    (
        Sig::Epilepsy,
        pats!["epilep*", "epilep*", "epilept*", "epilessi*|epilettic*", "epilep*", "epilepsie"],
    ),
    (
        Sig::FaceSwelling,
        pats![
            "lip|lips|face|tongue|eye|eyes|eyelid*|mouth ~swell*|swollen|puffy|huge|big|fat",
            "swell*|swollen|puffy|puff* ~lip|lips|face|tongue|eyes", "face ~puff*|ballooning", "labio*|cara|lengua|ojo*|parpado* ~hinchad*|inflamad*",
            "hinchad*|hinchazon ~labio*|cara|lengua|ojo*", "levre*|visage|langue|yeux|paupiere* ~gonfl*|enfle*",
            "gonfl* ~levre*|visage|langue|yeux", "lippe*|gesicht|zunge|auge*|augenlid* ~geschwollen|schwillt|dick",
            "labbr*|viso|faccia|lingua|occhi ~gonfi*", "labio*|rosto|cara|lingua|olho* ~inchad*|incha*",
            "lip|lippen|gezicht|tong|ogen|oog ~dik|dikker|gezwollen|opgezwollen|zwelt",
        ],
    ),
    (
        Sig::Back,
        pats!["back|spine|sciatica", "espalda|lumbar|ciatica", "dos|lombaire*|sciatique", "rucken|kreuz|ischias|bandscheibe", "schiena|lombare|sciatica", "costas|lombar|ciatico", "rug|onderrug|hernia", "rugpijn|rugklachten|ruckenschmerz*|kreuzschmerz*|bandscheiben*|lombalgi*|dorsalgi*"],
    ),
    (
        // A relative's history, not the patient's: ConText's "other experiencer".
        Sig::FamilyHistory,
        pats![
            "family history", "runs in ~family", "mum|mom|mother|dad|father|brother|sister|grandma|grandmother|gran|nan|grandpa|grandad|grandfather|uncle|aunt|auntie|cousin|parents|grandparents ~had|died|passed",
            "antecedentes familiares", "padre|madre|abuelo|abuela|hermano|hermana|tio|tia|primo|prima ~tuvo|murio|fallecio",
            "antecedents familiaux", "pere|mere|frere|soeur|oncle|tante|cousin* ~eu|mort|decede",
            "familiengeschichte", "in familie", "vater|mutter|opa|oma|bruder|schwester|onkel|tante|cousin* ~hatte|starb|gestorben",
            "padre|madre|nonno|nonna|fratello|sorella|zio|zia ~avuto|aveva|morto|morta",
            "pai|mae|avo|irmao|irma|tio|tia|prima|primo ~teve|tiveram|tinha|morreu|faleceu", "vader|moeder|opa|oma|broer|zus|oom|tante ~had|gehad|overleden|stierf",
            "in de familie", "na familia", "in famiglia",
        ],
    ),
    (
        Sig::Benign,
        pats![
            "knocked out ~bill|bills|price|prices|cost|news|quote|invoice|total", "dying ~to|for ~know|try|see|get|hear", "dying laughing",
            // Breathless with awe at something seen is not breathlessness.
            "sem ar ~quando|ao ~vi|ver|vendo|olhei", "sin aire ~cuando|al ~vi|ver|viendo",
            "killing me ~traffic|work|kids|boss|job|wait|queue|prices", "heart attack|stroke ~bill|price|invoice|quote|saw|when|cost",
            "heart ~skipped|skip ~beat", "overdos* on ~chocolate|sugar|cake|coffee|caffeine|candy|sweets|netflix|tv|pizza|christmas",
            "me muero ~ganas|risa|verguenza|hambre|sueno", "infarto|ictus ~precio|factura|cuenta|presupuesto|vi|ver",
            "meurs|mourir|mort ~envie|faim|honte|rire|ennui", "crise cardiaque ~prix|facture|devis",
            "sterbe|sterben ~vor|langeweile|lachen|hunger", "herzinfarkt ~rechnung|preis|kostenvoranschlag|gesehen", "umgehauen",
            "morrendo|morro|morri ~vontade|rir|fome|vergonha|tedio", "infarto ~preco|conta|orcamento",
            "muoio|morire|morto ~voglia|ridere|fame|vergogna|noia", "infarto ~prezzo|conto|preventivo",
            "schrok|schrik ~dood", "dood ~schaamte|lachen|verveling", "hartaanval ~rekening|prijs|offerte",
            "confus*|confused|confusing ~about|by|with|regarding|over|whether|which|how|what|why|when", "confundid* ~con|sobre|por",
            "confus sur|par|avec", "verwirrt wegen|uber|von", "pale ~pink|colour|color|shade", "white ~filling|fillings|teeth|crown|veneers|whitening",
            "teeth ~whitening|white", "blanqueamiento", "blanchiment", "bleaching", "sbiancamento", "clareamento",
            "pupils ~dilat* ~exam|drops|check", "dilat* ~drops", "dilat* ~eye exam",
        ],
    ),
    (
        Sig::Breathing,
        pats!["!cant|cannot lie flat|down ~breath|breathe|breathing", "lips ~blue|grey|gray|purple", "struggling ~breathe|breath|breathing", "breathing ~funny|odd|weird|strange|noisy|rattly|gasping|slow", "ribs ~sucking|pulling in", "sucking in ~ribs|chest|tummy"],
    ),
    (
        Sig::Balance,
        pats![
            "!cant|cannot walk ~straight|properly", "unsteady|wobbly ~feet|legs|walking", "off balance", "losing|lost ~balance",
            "staggering", "falling ~one side", "!no puede caminar ~recto|derecho", "pierde ~equilibrio", "tambale*",
            "perd* ~equilibre", "titube*", "!peut plus marcher ~droit", "gleichgewicht ~verlier*|verloren|weg|probleme", "schwankt|torkelt",
            "perde ~equilibrio", "barcolla", "perdendo ~equilibrio", "cambaleando", "evenwicht ~kwijt|verlies*", "zwalkt|wankelt",
        ],
    ),
    (
        Sig::Psychosis,
        pats![
            "seeing|hearing ~things|voices", "hallucinat*", "paranoid", "talking ~people ~arent|isnt|not ~there", "thinks|says ~baby ~evil|possessed", "!thinks|says ~baby ~not ~mine",
            "ve|oye ~cosas|voces", "alucina*", "voit|entend ~choses|voix", "hallucin*", "sieht|hort ~dinge|stimmen", "halluzin*",
            "vede|sente ~cose|voci", "allucina*", "ve|ouve ~coisas|vozes", "aluci*", "ziet|hoort ~dingen|stemmen", "hallucin*",
        ],
    ),
    (
        Sig::ChangedBehaviour,
        pats![
            "not herself|himself|themselves|myself", "acting ~strange|weird|odd|funny|drunk", "not ~acting ~like ~herself|himself",
            "no es ~el mismo", "no es ~la misma", "pas ~dans son assiette|normal", "nicht ~wie sonst", "nicht ~er|sie selbst", "non ~sembra ~lui|lei",
            "nao ~parece ~ele|ela", "niet ~zichzelf",
        ],
    ),
    (
        Sig::Doom,
        pats![
            "feel|feels ~dying", "feel|feels ~going|gonna ~die", "not gonna|going ~make it", "something ~very|really ~wrong",
            "me voy a morir", "me muero", "vais mourir", "je meurs", "sterbe|sterben", "muoio|morire", "vou morrer", "ga dood",
        ],
    ),
    (
        Sig::Fontanelle,
        pats![
            "soft spot|fontanelle|fontanel|fontanelles ~bulg*|swollen|raised|puffy|sunken|tight|pushing", "fontanela ~abombada|hinchada|hundida",
            "fontanelle ~bomb*|gonfl*|creus*", "fontanelle ~gewolbt|vorgewolbt|eingesunken", "fontanella ~gonfia|sporgente|infossata",
            "moleira ~inchada|estufada|afundada", "fontanel ~bol|gezwollen|ingezakt",
        ],
    ),
    (
        Sig::NoWeight,
        pats![
            "!wont|cant|cannot|doesnt|not|isnt ~weight ~leg|foot|ankle|knee|hip", "limping", "limp ~leg", "!no apoya ~pie|pierna", "cojea",
            "!pose pas ~pied|jambe", "il|elle|je|qui|fils|fille|garcon|enfant|bebe|mari|femme ~boite", "boite ~depuis|encore|toujours|beaucoup|un peu", "!tritt nicht ~auf", "hinkt|humpelt", "zoppica", "!non appoggia", "manca|mancando",
            "!nao apoia", "!zet ~voet ~niet", "mankt",
        ],
    ),
    (
        Sig::DarkThoughts,
        pats![
            "dark thoughts", "happier|better ~if i ~disappeared|wasnt|gone|died", "!dont|cant see ~point", "thoughts ~hurting|harming|ending|dying",
            "cutting|cut|scratching ~arms|wrists|legs|thighs", "self harming", "pensamientos ~oscuros|negros|morir|hacerme", "ideas ~suicidas|morir",
            "idees ~noires|suicidaires|mourir", "pensees ~noires", "dunkle|schwarze ~gedanken", "gedanken ~sterben|umbringen",
            "pensieri ~brutti|neri|morire", "pensamentos ~ruins|negros|morrer", "donkere|zwarte ~gedachten", "gedachten ~dood|zelfmoord",
        ],
    ),
    (
        Sig::Contractions,
        pats![
            "contractions", "tightenings", "tightening ~every", "cramps ~every", "contracciones", "contractions", "wehen",
            "contrazioni", "contracoes", "harde buiken",
        ],
    ),
    (
        Sig::Dental,
        pats![
            "tooth|teeth|toothache|abscess|gum|gums|dentist|dental|molar|molars|wisdom|jaw|premolar|canine|incisor", "root canal", "muela|muelas|diente|dientes|encia|encias|absceso|dentista|flemon",
            "dent|dents|gencive*|abces|dentiste", "zahn|zahne|zahnfleisch|abszess|zahnarzt|backe", "dente|denti|gengiva|ascesso|dentista",
            "dente|dentes|gengiva|abscesso|dentista", "tand|tanden|kies|kiezen|tandvlees|abces|tandarts",
        ],
    ),
    (
        Sig::HeartRate,
        pats!["heart rate|racing", "pulse|hr|bpm|racing", "pulso|pulsaciones|frecuencia", "pouls|frequence", "coeur bat", "puls|herzfrequenz", "battito|polso", "pulso|batimentos", "hartslag|pols"],
    ),
    (
        Sig::Recent,
        pats![
            "this morning|afternoon|evening", "today", "earlier", "hour|hours|minutes|mins|hrs ~ago", "just now", "tonight", "last night", "an hour",
            "esta manana|tarde|noche", "hoy", "hace ~hora|horas|minutos|rato", "anoche", "ce matin|soir", "aujourd hui", "tout a l heure", "hier soir",
            "il y a ~heure|heures|minutes", "heute", "vorhin", "gerade eben", "vor stunde|stunden|minuten", "gestern abend", "stamattina", "oggi",
            "ora|ore|minuti fa", "stanotte", "hoje", "hora atras", "agora ha pouco", "esta manha", "hoje de manha", "vanochtend|vandaag|vanavond|vannacht",
            "uur geleden",
        ],
    ),
    (
        Sig::FetalMovement,
        pats![
            "movements|movement|kicks|kicking ~less|fewer|weaker|different|reduced|slowed|quiet|not|stopped|less", "!havent|hasnt|not|didnt|cant ~felt|feel ~move|moving|kick|kicks|movement|movements",
            "reduced movements", "only ~felt ~kicks|movements", "quieter ~usual|normal", "se mueve ~menos|poco", "menos movimientos", "!no lo siento mover*|moverse",
            "bouge ~moins|peu", "moins ~mouvements", "!sens plus|pas ~bouger", "bewegt ~weniger|kaum", "weniger ~bewegungen|kindsbewegungen|tritte", "!spure ~nicht ~bewegen|tritte",
            "si muove ~meno|poco", "meno ~movimenti", "!non ~sento ~muovere", "mexe ~menos|pouco", "menos ~movimentos", "!nao ~sinto ~mexer",
            "beweegt ~minder|weinig", "minder ~bewegingen|leven", "!voel ~niet|nauwelijks ~bewegen|schoppen",
        ],
    ),
    (
        Sig::Fever,
        pats![
            "has|have|got|had|running|with|spiking a|an ~temp|temperature|fever", "temp|temperature ~high|up|rising|spiking", "fluey|shivery|feverish",
            "tiene|tengo ~temperatura|fiebre", "fait|a ~temperature|fievre", "ha ~temperatura|febbre", "tem ~febre|temperatura",
        ],
    ),
    (
        Sig::Bleeding,
        pats![
            "gauze|pad|pads|towel|towels|tampon ~soaked|soaking|through|red|full|drenched", "pouring|gushing ~out", "blood clots",
            "gasa|compresa ~empapad*|llena", "compresse|serviette ~trempe*|pleine", "tupfer|binde ~durch|voll", "garza|assorbente ~pieno|zuppo",
            "gaze|absorvente ~encharcad*|cheio", "gaasje|maandverband ~doorweekt|vol",
        ],
    ),
    (
        Sig::Overdose,
        pats![
            "took|taken|swallowed|ate|had ~load|loads|lot|lots|bunch|handful|strip|sheet ~pills|tablets|ibuprofen|paracetamol|meds|tylenol|advil|medicine|aspirin",
            "washing|laundry|dishwasher|detergent|cleaning ~pod|pods|capsule*|tablet*|liquid|powder", "bit|chewed|swallowed|ate|drank ~pod|pods|capsule|capsules|battery|magnet*",
            "button battery", "magnets",
        ],
    ),
    (
        Sig::Suicidal,
        pats!["goodbye ~on ~bridge|roof|ledge|tracks|edge", "on the ~bridge|roof|ledge ~jump*", "jump ~off|from ~bridge|roof|building"],
    ),
    (
        Sig::Stroke,
        pats!["hand|arm|leg ~limp|dead|useless|floppy|heavy", "hand|arm|leg ~wont|not ~move|moving|working", "!cant|cannot ~grip|hold ~anything|cup|phone"],
    ),
    (
        Sig::HeadInjury,
        pats![
            "forehead|head ~cut|bump|lump|hit|gash|bang|bashed|egg", "knock|knocks|bang|blow|whack ~to|on ~head", "hit|bumped|banged|smacked|whacked|smashed ~forehead",
            "walked|ran|bumped ~into ~door|wall|frame|cupboard|pole", "fell|fall ~from|off ~bed|stairs|ladder|trampoline|bike|horse|sofa|changing",
            "cayo|cayó ~cabeza", "cogne ~tete", "tombe ~tete", "sturz ~kopf", "caduto ~testa", "caiu ~cabeca", "gevallen ~hoofd",
        ],
    ),
    (
        Sig::Infection,
        pats!["cellulitis", "celulitis", "cellulite infect*", "erysipel*", "wundrose", "cellulite", "celulite", "wondroos", "wondinfectie"],
    ),
    (
        Sig::Procedure,
        pats![
            "reduction|augmentation|enlargement|lift|tuck|liposuction|mastectomy|hysterectomy|laparoscopy|colonoscopy|endoscopy|circumcision|tonsillectomy|transfer|retrieval|collection|implant",
            "reduccion|aumento|lifting|abdominoplastia|rinoplastia|histerectomia|laparoscopia|colonoscopia|transferencia",
            "reduction|augmentation|abdominoplastie|rhinoplastie|hysterectomie|coelioscopie|coloscopie|transfert",
            "verkleinerung|vergrosserung|straffung|bauchdeckenstraffung|nasenkorrektur|gebarmutterentfernung|darmspiegelung|transfer",
            "riduzione|mastoplastica|addominoplastica|rinoplastica|isterectomia|colonscopia|transfer",
            "reducao|aumento|abdominoplastia|rinoplastia|histerectomia|colonoscopia|transferencia",
            "verkleining|vergroting|buikwandcorrectie|neuscorrectie|baarmoederverwijdering|darmonderzoek|terugplaatsing",
        ],
    ),
    (
        Sig::Past,
        pats![
            // Not "weeks ago": it dates the procedure ("op 2 weeks ago, now can't breathe").
            "when he|she|i was|were ~little|kid|baby|child|young|teenager|#1", "as a kid|baby|teenager|teen", "last month", "months|years ~ago",
            "cuando ~era|eramos ~nino|nina|pequeno|pequena|joven", "quand ~etait|etais ~petit|petite|enfant|bebe", "als kind|jugendlicher",
            "da piccolo|piccola", "quando ~era ~pequeno|pequena|crianca", "toen ik ~klein|kind", "vorige maand", "el mes pasado", "le mois dernier", "letzten monat",
            "il mese scorso", "mes passado",
        ],
    ),
    (
        Sig::Resolved,
        pats![
            "fine|ok|okay|normal|better|alright ~since", "been ~fine|ok|okay|normal", "went|gone|stopped|eased|passed ~after", "wore|worn ~off",
            "all clear", "back to normal", "se le paso", "desde entonces bien", "depuis ca va", "seitdem ~gut|normal", "da allora ~bene", "desde entao ~bem",
            "sindsdien ~goed",
        ],
    ),
    (
        Sig::Informational,
        pats!["difference between", "diferencia entre", "difference entre", "unterschied zwischen", "differenza tra", "diferenca entre", "verschil tussen"],
    ),
    (
        Sig::Worse,
        pats!["gone|getting|got|turned|turning|going ~redder|worse|bigger|hotter|darker|harder|black|purple|grey|gray|white"],
    ),
    (
        Sig::GiantCellArteritis,
        pats![
            "scalp ~tender|hurts|sore|painful", "cuero cabelludo", "cuir chevelu", "kopfhaut ~schmerz*|weh|empfindlich", "cuoio capelluto",
            "couro cabeludo", "hoofdhuid ~pijn|gevoelig", "jaw ~chewing|eating|chew", "mandibula|mascella|maxilar|machoire|kiefer|kaak ~masticar|mastico|mastica|mastigar|mastigo|macher|mache|kauen|kaue|kauwen",
            "sien|tempia|tempora|tempe|schlafe|slaap ~dolor|duele|dolore|male|dor|doi|mal|schmerz*|pijn",
        ],
    ),
    (
        Sig::Itch,
        pats!["itch*", "itching", "pican|pica|picor|prurito", "prurit*|demang*|gratte", "juck*", "prurito|pizzica|prude", "coceira|cocando|coca", "jeuk*"],
    ),
    (
        Sig::LessUrine,
        pats![
            "few|fewer|less|hardly|barely ~wet ~nappies|nappy|diapers|diaper", "dry nappies|nappy|diapers", "!hasnt|not|havent ~weed|peed|wee|pee ~hours|all day|since",
            "casi no moja ~panal|panales", "menos panales", "pochi ~pannolini", "poucas ~fraldas", "moins ~couches", "weniger|kaum ~nasse ~windeln", "minder ~natte ~luiers",
        ],
    ),
    (
        Sig::RightLowerPain,
        pats![
            "lower|bottom right", "right lower", "right side ~tummy|belly|abdomen|stomach", "lado ~derecho|direito ~abajo|bajo|embaixo|barriga|tripa",
            "fianco destro", "destra ~basso|pancia", "bas ~droite|droit", "cote droit ~ventre", "rechts ~unten|unterbauch", "rechtsonder", "rechts onder",
        ],
    ),
    (
        Sig::PeakFlow,
        pats!["peak flow|pef|peakflow", "flujo maximo|pico", "debit de pointe", "peak flow", "peakflow|peak flow", "picco di flusso", "pico de fluxo", "piekstroom"],
    ),
    (
        Sig::Overdose,
        pats![
            "took|taken|swallowed|ate|had|popped|tome|tomo|tomado|trague|tomei|tomou|engoli|engoliu|pris|avale|genommen|geschluckt|preso|presa|ingoiato|presi|genomen|geslikt ~#5 ~paracetamol*|ibuprofen*|aspirin*|tachipirin*|dafalgan|doliprane|efferalgan|nurofen|advil|tylenol|pastilla*|comprimid*|compress*|pastiglie|tabletten|pillen|pills|tablets|cachets|comprimes|pilulas|remedios",
            "ganzen|ganze ~streifen|blisterstreifen",
            "cartela|scatola|confezione|strip|doos|blister|caja|boite|packung ~inteira|intera|intero|entera|entero|hele|whole|entiere|ganze|todo|toda",
            "inteira|intera|entera|hele|whole|entiere|ganze ~cartela|scatola|confezione|strip|doos|blister|caja|boite|packung|frasco|flacon",
            "bebio|bebeu|bevuto|drank|getrunken|gedronken|bu|bevve ~lejia|sanitaria|detersivo|detergente|candeggina|javel|bleach|chloor|soda|limpiador|desatascador|sgrassatore",
            "tomei|tome|tomado|preso|genomen|genommen|pris ~todos|todas|tutte|tutti|alle|tous|toutes ~remedios|pastillas|pastiglie|comprimidos|tabletten|pillen|medicaments|medicijnen",
        ],
    ),
    (
        Sig::Extra,
        pats!["inteira|inteiro|intera|intero|entera|entero|entiere|ganze|hele|whole|entire", "a mais", "de mas", "in piu", "zuviel"],
    ),
    (
        Sig::Suicidal,
        pats![
            "decided|deciso|decidi|decidido|decide|beschlossen|besloten ~tonight|stanotte|noite|noche|soir|heute|vanavond|hoy|hj|hoje",
            "pills|tablets|pastiglie|remedios|pastillas|comprimes|tabletten|pillen|comprimidos ~ready|saved|parte|separad*|guardad*|prets|bereit|klaar",
            "vou tomar tudo", "despid*|despede|goodbye|adieu|abschied|afscheid ~puente|ponte|pont|brucke|brug|bridge",
        ],
    ),
    (
        Sig::DarkThoughts,
        pats![
            "corte|cortado|cortada|tagliat*|coupe*|geschnitten|gesneden|cortei ~brazo|braccio|braco|bras|arm|arme|polso|muneca|pulso|pols",
            "vale la pena ~vivir|viviendo", "meglio ~non|nn ~esserci", "pensado|penso|pienso|pense|denke|denk ~morir|morrer|morire|mourir|sterben|dood",
            "non ce la faccio piu", "nao aguento mais", "ya no puedo mas", "j en peux plus", "kann nicht mehr", "ik kan niet meer",
        ],
    ),
    (
        Sig::BabyHarm,
        pats![
            "meglio senza ~me", "senza ~me ~meglio", "mejor ~con ~otra madre", "melhor ~com ~outra mae", "mieux ~avec ~autre mere", "besser ~andere mutter", "beter ~andere moeder",
            "paura di me stessa", "miedo de mi misma", "peur de moi", "medo de mim", "angst vor mir", "bang voor mezelf",
        ],
    ),
    (
        Sig::Grunting,
        pats!["gem* ~respira*", "quejid*", "gemidinho"],
    ),
    (
        Sig::Breathing,
        pats!["costillas|costelas|coste|cotes|rippen|ribben|ribs ~hunden|afundam|afundando|rientrano|tirent|einziehen|intrekken|sucking|pulling"],
    ),
    (
        Sig::Unconscious,
        pats!["desplom*", "!no vuelve en si", "!no ~reacciona", "!nn|non ~si ~sveglia", "scuoto ~niente", "sacudo ~nada", "!nao acorda"],
    ),
    (
        Sig::Stroke,
        pats!["arrastra* ~palabras", "sonrisa|boca|cara ~chueca|chueco|torcida|torcido", "!nao consegue ~levantar ~braco|perna", "!non riesce ~alzare ~braccio|gamba", "!no puede ~levantar ~brazo|pierna", "lado ~cara ~caido|caida|cayo"],
    ),
    (
        Sig::SpeechLoss,
        pats!["falar|falando ~esquisito|estranho|enrolado", "parlava|parla ~male|strano", "hablaba|habla ~raro|mal|extrano", "le cuesta hablar", "!no ~puede ~hablar"],
    ),
    (
        Sig::ThunderclapHeadache,
        pats![
            "pior ~vida", "peor ~vida", "pire ~vie", "schlimmste ~leben", "peggiore|peggior ~vita", "ergste ~leven", "worst ~life",
            "improvviso|improvvisamente|soudain|soudainement|plotzlich|ineens|suddenly|sudden kopfschmerz*|hoofdpijn|headache|cefalea", "nada|repente ~dor|dolor ~cabeca|cabeza", "improvviso|improvvisamente ~mal ~testa", "soudain* ~mal ~tete",
        ],
    ),
    (
        Sig::VisionChange,
        pats![
            "lampi|flashes|destellos|eclairs|blitze|flitsen|lampos ~luce|luz|lumiere|licht", "puntini|pontinhos|moscas|mosche|mouches|punkte|vlekjes ~neri|pretos|volantes|volanti|schwarze|zwarte",
            "sombra|ombra|ombre|schatten|schaduw ~tenda|cortina|rideau|vorhang|gordijn", "cortina|tenda|rideau|vorhang|gordijn ~vista|vision|visao|occhio|ojo|olho|oeil|auge|oog",
            "embacad*|borros*|sfocat*|wazig|verschwommen|flou|floue|turva|offuscat*", "vedo|veo|vejo|enxergo|vois|sehe|zie ~peggio|peor|pior|moins|schlechter|slechter",
        ],
    ),
    (
        Sig::SaddleNumb,
        pats![
            "!no siento ~limpio", "!non|nn ~sento ~pulisco", "!nao|n ~sinto ~limpo", "!sens ~rien|plus ~essuie", "!spure ~nichts ~abwische", "!voel ~niets ~afveeg",
        ],
    ),
    (
        Sig::Incontinence,
        pats!["escapa ~pis|pipi|orina|xixi|urina", "scappa ~pipi", "echappe ~pipi|urine", "geht ~urin ~ab"],
    ),
    (
        Sig::NoWeight,
        pats!["arrastr*|trascin* ~pie|piede|pe", "!cant|cannot|nn|non|no|nao ~lift|alzare|levantar ~toes|foot|punta|pie|piede|pe", "foot drop"],
    ),
    (
        Sig::LimbCompromise,
        pats!["dita|dedos|doigts|finger|vingers|toes ~viola|roxos|morados|violets|formicol*|dormenti", "gesso|yeso|platre|gips ~strett*|apretad*|serre*|eng"],
    ),
    (
        Sig::ChemicalEye,
        pats!["desatascador|sgrassatore|caustica|caustic*|lixivia|ontstopper|limpiador|detergente|soda ~ojo|occhio|olho|oeil|auge|oog|eye"],
    ),
    (
        Sig::Infection,
        pats![
            "caliente|caldo|calda|quente|chaud|chaude|heiss|warm|hot ~roja|rojo|rosso|rossa|vermelho|vermelha|rouge|rot|rood|red",
            "roja|rojo|rosso|rossa|vermelho|vermelha|rouge|rot|rood ~caliente|caldo|calda|quente|chaud|chaude|heiss|warm",
            "nodulo|caroco|bulto|knubbel|bosse|knoten|lump|bultje ~rosso|vermelho|rojo|rouge|rot|rood|caldo|quente|caliente|chaud|warm|red|hot",
            "esce|sale|sai|sort|kommt ~pus|liquido|liquide|fluid",
        ],
    ),
    (
        Sig::WoundOpen,
        pats!["punti|puntos|pontos|points|faden|hechtingen|stitches ~aprendo|abriendo|abrindo|ouvre*|offnen|opengaan|aperti|abiertos|abertos"],
    ),
    (
        Sig::HeadInjury,
        pats![
            "cabeza|testa|cabeca|tete|kopf|hoofd ~suelo|pavimento|chao|sol|boden|grond|golpe|pancada|batido|bateu|cogne|gestossen",
            "caido|caida|caduto|caduta|caiu|tombe|gesturzt|gevallen ~cabeza|testa|cabeca|tete|kopf|hoofd", "golpe* ~frente|cabeza", "dio un golpe",
        ],
    ),
    (
        Sig::Pregnancy,
        pats!["estoy|esta|estou|sono|sto ~de|di ~#1 ~semanas|settimane|meses|mesi", "je ~suis ~de ~#1 ~semaines|mois", "ik ~ben ~#1 ~weken", "#1 ~semanas|settimane|semaines|wochen|weken ~embarazada|incinta|gravida|enceinte|schwanger|zwanger"],
    ),
    (
        Sig::Bleeding,
        pats!["manchado|manchando|spotting", "perdite|perdas ~sangue"],
    ),
    (
        Sig::Swelling,
        pats!["inchou|inchaco|inchad*|gonfiat*|gonfiato|geschwollen|opgezwollen"],
    ),
    (
        Sig::Rash,
        pats!["orticaria|urticaria|ronchas|urticaire|nesselsucht|netelroos|vergoes|pomfi|bolle"],
    ),
    (
        Sig::Allergen,
        pats![
            "dopo|despues|depois|apres|nach|na ~antibiotic*|amoxicil*|penicil*|farmaco|medicamento|remedio|medicament|medikament|medicijn|antibiotique|antibiotika|antibioticum",
            // Session 22e: the first dose of an antibiotic, in the seven languages ("mijn
            // eerste amoxicilline genomen"); a first tablet of anything else is not here.
            "first|eerste|primeira|primo|prima|primera|premier|premiere|erste|ersten ~amoxicil*|amoxil|penicil*|antibiotic*|antibiotika|antibiotique*|augmentin",
        ],
    ),
    (
        Sig::FetalMovement,
        pats![
            "!no|non|nao|nn|n ~noto|sento|sinto|sens|spure|voel ~bebe|bimbo|bambino|baby ~mover*|muovere|mexer|bouger|bewegen",
            "bebe|bimbo|bambino|baby|nene ~quase|casi|quasi|kaum|nauwelijks ~nao|no|non|nn ~mexeu|mexe|muove|mueve|bouge|bewegt|beweegt",
            "!quase nao mexeu", "!casi no ~noto|se mueve", "!quasi ~non|nn ~muove|sento",
        ],
    ),
    (
        Sig::Severe,
        pats![
            "no se ~quita|pasa ~ni|con", "non|nn ~passa ~con|niente", "nao passa ~com|nada", "passe pas ~avec|malgre|meme", "geht nicht weg ~trotz|mit",
            "gaat niet weg", "nothing ~helps|touches", "nada ~ayuda|alivia|resolve", "niente ~aiuta", "rien ~soulage|aide", "nichts ~hilft", "niets ~helpt",
            "abondam*|malissimo|fortissimo|fortissima|tantissimo|muchisimo|muitissimo|insopportabile|insuportavel|horrivel|terribile",
        ],
    ),
    (
        Sig::Resolved,
        pats!["recuperad*|recovered|recupere|erholt|ripres*|recuperou|hersteld", "voltou ao normal", "tornat* normale", "revenu a la normale", "wieder normal", "weer normaal", "ya esta bien"],
    ),
    (
        Sig::Seizure,
        pats!["first|ever ~fit|fits|seizure|convulsion", "fitting ~again|now|still", "crisis|crise|crisi|anfall|aanval ~como|comme|igual|uguale|wie|zoals ~siempre|toujours|sempre|immer|altijd|outras|altre|autres|andere"],
    ),
    (
        Sig::Unconscious,
        pats!["found ~on ~floor|ground|bathroom", "only ~groaning|moaning", "groaning|moaning ~only|when", "!not ~responding|answering ~properly"],
    ),
    (
        Sig::VisionLoss,
        pats!["eye ~went ~black|dark", "went ~black|dark ~eye", "everything ~went ~black|dark", "todo ~negro ~ojo", "tout ~noir ~oeil", "alles ~schwarz ~auge"],
    ),
    (
        Sig::Drowsy,
        pats!["como ~dormido|dormida|ido|ida", "comme ~endormi|endormie", "wie ~weggetreten|benommen", "come ~addormentato|addormentata", "como ~dormindo", "als ~slapend|suf"],
    ),
    (
        Sig::Recent,
        pats!["first time|ever", "por primera vez", "premiere fois", "erste|erstes mal", "prima volta", "primeira vez", "eerste keer", "just now|happened", "ya paro", "acaba de"],
    ),
    (
        Sig::Weakness,
        pats![
            "weak ~all over|everywhere", "generally weak", "!cant|cannot ~lift ~head", "toute|tout|tres ~faible", "ganz|total|sehr ~schwach|kraftlos",
            "muy ~debil|flojo|floja", "molto ~debole", "muito ~fraca|fraco", "heel ~zwak|slap",
        ],
    ),
    (
        Sig::Usual,
        pats![
            "as usual|always", "like ~always|usual|normal", "usual|normal|typical ~one|seizure|seizures|fit|fits", "como|de siempre", "comme ~d habitude|toujours",
            "wie ~immer|sonst|gewohnt", "come ~sempre|solito", "como ~sempre", "de costume", "zoals ~altijd|gewoonlijk",
        ],
    ),
    (
        Sig::Overdose,
        pats![
            "#10 ~paracetamol*|ibuprofen*|ibus|ibu|aspirin*|doliprane|dafalgan|tabletten|pillen|pills|tablets|cachets|comprimes|comprimidos|pastillas|pastiglie|compresse ~genomen|geslikt|geschluckt|genommen|pris|avale|tomado|tome|taken|took|swallowed|preso|tomei",
            "genomen|geslikt|geschluckt|genommen|avale|pris|tomado|took|swallowed|ingoiato|engoli ~#10",
            "toute|tout ~plaquette|boite|tube|flacon", "alle ~pillen|tabletten|medicijnen|tabletten ~genomen|geslikt|strip|doos",
            "rohrreiniger|kalkloser|abflussreiniger|deboucheur|desatascador|ontstopper|bleach|javel|lejia|candeggina|waschmittel|wasmiddel ~mund|mouth|bouche|boca|bocca|mond|bekommen|getrunken|gedronken|geschluckt|drank|swallowed|bu|avale|bebio|bebeu|bevuto",
            "vaatwastablet*|spulmaschinentab*|wasmiddelcapsule*|waschmittelkapsel*", "capsule|pod|pods|caps|kapsel ~lessive|wasmiddel|waschmittel|lavatrice|detersivo|detergente|washing|laundry",
            "mordu|bitten|bit|gebissen|morso|mordeu|gebeten|mordio ~capsule|pod|kapsel|capsula|tablet",
            "*tabletten|*pillen ~gegessen|geschluckt|genommen|gegeten|geslikt",
        ],
    ),
    (
        Sig::VisionChange,
        pats![
            "sieht|sehe|siehst ~doppelt|verschwommen", "voit|vois ~double|flou|trouble", "ve|veo ~doble|borroso", "ziet|zie ~dubbel|wazig",
            "vede|vedo ~doppio|sfocato", "ve|vejo ~dobrado|duplo|embacado", "schwarze|zwarte|noirs|noires|negros|neri|pretos ~punkte|vlekjes|points|puntos|puntini|pontinhos|mouches",
            "eclairs|blitze|flitsen|destellos|lampi|flashes|flimmern ~oeil|auge|oog|ojo|occhio|olho|eye", "flimmern", "gordijn|rideau|vorhang|cortina|tenda|curtain ~*oog|auge|oeil|ojo|occhio|olho|eye",
        ],
    ),
    (
        Sig::Balance,
        pats!["walks|walking|marche|camina|lauft|cammina|anda|loopt ~drunk|saoul|ivre|borracho|betrunken|ubriaco|bebado|dronken", "torkel*", "titub*"],
    ),
    (
        Sig::Drowsy,
        pats!["so|total|ganz|extrem|sehr ~mude|schlapp", "tellement|tres|super ~fatigue*|endormi*", "muy|tan ~cansad*|dormid*", "heel|zo ~moe|slaperig", "molto|tanto ~stanc*|assonnat*", "muito ~cansad*|sonolent*", "toute|tout|tres ~molle|mou"],
    ),
    (
        Sig::HeadInjury,
        pats!["kopf|hoofd|tete|cabeza|testa|cabeca ~gefallen|gevallen|tombe|caido|caduto|caiu|geknallt|gestoten", "hoofd ~tegen|op ~tafel|grond|vloer|muur|kast"],
    ),
    (
        Sig::Vomiting,
        pats!["gebrochen ~mal|x", "#1x ~gebrochen", "hat|hab|habe ~#1 ~gebrochen", "spuugt|gespuugd|overgegeven", "moet overgeven"],
    ),
    (
        Sig::ChangedBehaviour,
        pats!["anders dan anders", "pas comme d habitude", "nicht wie sonst", "no es el de siempre", "non e lui", "huilerig|irritable|irritabel|quengelig|grognon"],
    ),
    (
        Sig::SpeechLoss,
        pats![
            "!konnte|kann|kon|kan ~nicht|niet ~richtig|goed ~sprechen|reden|praten|spreken", "!jpeux|peux|peut|jarrive|arrive ~plus|pas ~parler",
            "misere|mal|difficulte ~parler|articuler", "nume|numme ~rede|rede", "!kon|kan ~niet ~praten|spreken",
        ],
    ),
    (
        Sig::Stroke,
        pats![
            "kein gefuhl ~hand|arm|bein|gesicht", "hand|arm|been ~niet ~voelen|bewegen", "arm ~hangt|lahm", "bras ~mou|molle|lourd|inerte",
            "rechterhand|linkerhand|rechterarm|linkerarm ~niet ~voelen|bewegen",
        ],
    ),
    (
        Sig::Resolved,
        pats![
            "ging|gingen ~weg|vorbei", "von allein|selbst ~weg|vorbei", "c est passe", "revenu ~normal|normale", "weer over|weg",
            "se ~paso", "e passato|passato", "ja passou", "wieder ok|gut",
        ],
    ),
    (
        Sig::Recent,
        pats!["heute fruh|morgen", "seit ~minuten|stunde|halben", "depuis ~minutes|heure", "desde hace ~minutos|hora", "da ~minuti|ora|mezz", "ha ~minutos|hora", "sinds ~minuten|uur", "pdt|pendant ~min|minutes", "ce matin", "vanochtend|stamattina", "esta manana|manha", "heute morgen"],
    ),
    (
        Sig::DarkThoughts,
        pats![
            "geritzt|ritze|ritzen|scarifi*|snijden|gesneden ~mezelf|mich|me|moi", "geritzt", "scarifie*", "liever ~niet meer ~zijn", "nicht mehr da ~sein",
            "besser ~nicht mehr da", "plus|pas etre la", "er niet meer ~zijn",
        ],
    ),
    (
        Sig::Confusion,
        pats!["nimporte|nimp ~quoi", "dit nimporte quoi"],
    ),
    (
        Sig::ChemicalEye,
        pats!["kalkloser|kalkloeser|entkalker|rohrreiniger|abflussreiniger|deboucheur|canalisation|ontkalker|desincrustante ~auge|oeil|oog|ojo|occhio|olho|eye|yeux"],
    ),
    (
        Sig::WatersBroke,
        pats!["perds|perte ~eau|liquide", "lauft|laeuft ~wasser|fruchtwasser|flussigkeit", "loopt|verlies ~vocht|water", "perdo ~liquido|acqua", "perdendo ~liquido|agua", "pierdo|perdiendo ~liquido|agua", "helder vocht", "klares wasser", "eau claire", "agua clara", "liquido chiaro|claro"],
    ),
    (
        Sig::UrineRetention,
        pats!["!nicht ~pinkeln|urinieren", "!peux|peut|jpeux ~plus|pas ~pipi|uriner", "!kan niet meer ~plassen", "!no puedo ~hacer pis|orinar", "!non riesco ~fare pipi"],
    ),
    (
        Sig::NonBlanching,
        pats!["taches|manchas|macchie|flecken|vlekjes|puntini|pontinhos|spots|dots ~violettes|violet*|morad*|viola|lila|paars*|purpur*|purple"],
    ),
    (
        Sig::Seizure,
        pats!["crise ~secousses|convuls*", "secousses", "krampf*", "convulsa*", "convulsio*", "stuipen|schokken", "crise ~habitude"],
    ),
    (
        Sig::Severe,
        pats!["horror|horreur|horrible|horrivel|orribile|verschrikkelijk*|schrecklich*|atroce|mega ~weh|mal|pijn", "gehen|geht ~nicht weg", "!nicht weg", "!pas passe", "!passe pas", "ca tape", "tape fort"],
    ),
    (
        Sig::Pain,
        pats!["tape|elance*|pochend|pocht|klopft|klopt|bonkt|lateja|pulsa|pulsante|lancinante", "mega weh"],
    ),
    (
        // Phone French drops the verb: "mal au ventre", "mal a la tete".
        Sig::Pain,
        pats!["mal ~ventre|dos|dent|dents|gorge|oreille|oreilles|poitrine|jambe|jambes|bras|pied|pieds|genou|epaule|cou|nuque|bide|estomac|machoire|oeil|yeux|hanche|cheville|poignet|main|cote|tempe"],
    ),
    (
        Sig::SwallowTrouble,
        pats!["avale|avaler ~travers", "verschluck*", "!jarrive|jpeux|arrive|peux ~plus|pas ~avaler", "!kan ~niet meer ~slikken"],
    ),
    (
        Sig::Trismus,
        pats!["!jarrive|jpeux|arrive|peux ~plus|pas ~ouvrir ~bouche", "!kan ~mond ~amper|nauwelijks ~open"],
    ),
    (
        Sig::FaceSwelling,
        pats!["joue|wang|backe|mejilla|moflete|guancia|bochecha ~double|gonfl*|enorme|dik|geschwollen|hinchad*|gonfi*|inchad*"],
    ),
    (
        Sig::NoWeight,
        pats![
            "fuss|pied|voet|pie|piede|pe ~heben|lever|optillen|levantar|alzare", "schleif*|traine|sleep ~fuss|pied|voet|pointe", "pied qui tombe", "pied tombant", "fallfuss|klapvoet",
            "!kan er niet op staan", "!kann nicht auftreten", "!peux pas poser ~pied", "!no puedo apoyar", "!non riesco ~appoggiare", "!nao consigo ~apoiar|pisar",
        ],
    ),
    (
        Sig::CalfSwelling,
        pats!["gonfl*|enfle|dik|geschwollen|swollen|hinchad*|inchad*|gonfi* ~mollet|wade|kuit|pantorrilla|polpaccio|panturrilha|calf", "*kuit ~dik|warm|pijn|gezwollen"],
    ),
    (
        Sig::Testicle,
        pats!["pijn|dolor|douleur|schmerz*|dolore|dor ~bal|ballen|huevo|huevos|couille*|hoden|palle|saco"],
    ),
    (
        Sig::Breathing,
        pats!["blue|azul|blau|blu|blauw ~levres|lips|labios|lippen|labbra", "cotes ~creus*", "respire ~vite", "atmet ~schnell", "ademt ~snel", "respira ~rapido|veloce|rapid*", "grogne|grunzt|knort|gruñidos|gruñendo|grugnisce|grunhe"],
    ),
    (
        Sig::Anaphylaxis,
        pats!["hals|keel|gorge|garganta|gola|throat ~eng|serree|apretada|stretta|apertada|tight|dicht"],
    ),
    (
        Sig::Allergen,
        pats!["*nuss|*nusse|*noot|*noten|*nuts", "sinds|seit|since|desde|depuis|da ~antibiotic*|antibiotica|antibiotika|antibiotique*|penicilline"],
    ),
    (
        Sig::Rash,
        pats!["galbult*", "netelroos"],
    ),
    (
        Sig::Opioid,
        pats!["oxycodon|morfine|codeine|tramal|tilidin|oxycodone|fentanyl"],
    ),
    (
        Sig::Extra,
        pats!["ipv|instead|statt|anstatt|invece", "au lieu", "em|en vez", "in plaats"],
    ),
    (
        Sig::Dizziness,
        pats!["schwarz ~vor ~augen", "voile noir", "todo negro", "zwart ~voor ~ogen", "tutto nero", "tudo preto"],
    ),
    (
        Sig::Nonstop,
        pats!["coule ~toujours|encore", "druck* ~hilft|halt nicht", "drukken helpt niet", "!hort|hoert ~nicht ~auf", "!stopt ~niet", "!para ~no"],
    ),
    (
        Sig::Haemorrhage,
        pats!["gicle|spritzt|spuit|schizza|jorra|esguicha|brota ~partout|blut|bloed|sang|sangre|sangue|eruit|strahl|ovunque|todas"],
    ),
    (
        Sig::Sepsis,
        pats!["bretthart*", "board ~like ~abdomen|belly|tummy", "rigid ~abdomen|belly|tummy", "ventre ~bois", "ventre ~dur ~comme", "vientre ~tabla", "pancia dura come", "barriga dura como"],
    ),
    (
        Sig::Infection,
        pats!["rod*|rood ~warm*|heet", "warm*|heet ~rod*|rood"],
    ),
    (
        Sig::After,
        pats!["terug", "geleden"],
    ),
    (
        Sig::Suicidal,
        pats!["mir ~etwas|was ~antu*", "ohne mich ~besser"],
    ),
    (
        Sig::Pregnancy,
        pats!["#20 woche|ssw|sa|sem|weken|semaine|semaines|wochen"],
    ),
    (
        Sig::BodyPart,
        pats![
            "eye|eyes|chest|head|heart|lung|lungs|arm|arms|leg|legs|face|mouth|lips|tongue|throat|neck|nose|ear|ears|bone|belly|tummy|stomach|skin|wound|blood|breath|breathing",
            "ojo|ojos|pecho|cabeza|corazon|brazo|pierna|cara|boca|labios|lengua|garganta|cuello|nariz|oido|hueso|barriga|estomago|piel|herida|sangre",
            "oeil|yeux|poitrine|tete|coeur|bras|jambe|visage|bouche|levres|langue|gorge|cou|nez|oreille|os|ventre|peau|plaie|sang",
            "auge|augen|aug|brust|kopf|herz|lunge|arm|bein|gesicht|mund|lippen|zunge|hals|nacken|nase|ohr|knochen|bauch|haut|wunde|blut",
            "occhio|occhi|petto|testa|cuore|braccio|gamba|viso|faccia|bocca|labbra|lingua|gola|collo|naso|orecchio|osso|pancia|pelle|ferita|sangue",
            "olho|olhos|peito|cabeca|coracao|braco|perna|rosto|boca|labios|lingua|garganta|pescoco|nariz|ouvido|osso|barriga|pele|ferida|sangue",
            "oog|ogen|borst|hoofd|hart|long|arm|been|gezicht|mond|lippen|tong|keel|nek|neus|oor|bot|buik|huid|wond|bloed",
        ],
    ),
    (
        Sig::Medicine,
        pats!["pastiglie|compresse|farmaci|medicine|remedios|remedio|comprimidos|medicamentos|pillen|medicijnen|tabletten|medocs|cachets|pilules"],
    ),
    (
        Sig::Suicidal,
        pats![
            "!cant|cannot ~keep ~myself ~safe", "safe ~anymore|tonight", "step|jump ~in front ~train|bus|car", "bringt|bring ~sich|mich ~um",
            "!non|nn ~voglio ~piu ~vivere", "!nao ~quero ~mais ~viver", "!no quiero ~mas ~vivir", "!veux plus vivre", "!wil ~niet meer ~leven",
            "faccio ~finita", "escrevi ~cartas", "written ~letters|note|notes ~goodbye|family",
        ],
    ),
    (
        Sig::ChestPain,
        pats![
            "angina ~sitting|rest|resting|lying|watching|never|sitzen|ruhe|repos|reposo|riposo|repouso|rust|worse|schlimmer",
            "angina ~kommt|comes|viene|vient|vem|komt ~seit|since|now|desde|depuis|ora|agora|sinds",
            "gtn|nitro|nitrospray|spray ~hilft|helps|aide|ayuda|aiuta|ajuda|helpt ~nur|only|solo|seulement|so|maar ~kurz|briefly|poco|peu|pouco|even",
        ],
    ),
    (
        Sig::CantFinishSentence,
        pats!["!hard|cant|cannot|struggling ~talk|speak ~full ~sentences|sentence"],
    ),
    (
        Sig::Breathing,
        pats!["respira ~velocissimo|veloce|rapid*|forte", "rientra ~costole", "costole ~rientra*"],
    ),
    (
        Sig::SpeechLoss,
        pats![
            "palabras ~no ~existen|raras|inventadas", "mots ~existent ~pas|bizarres", "sort ~mots", "mezclad*|melange* ~palabras|mots|todo",
            "!woerter|worter|wörter ~nicht|nich ~gefunden|finden", "parole ~inesistenti|strane", "palavras ~nao ~existem|estranhas", "woorden ~bestaan ~niet",
        ],
    ),
    (
        Sig::Balance,
        pats!["!tient ~plus|pas ~debout", "penche ~gauche|droite", "!kann ~nicht ~stehen", "!no se tiene ~en pie", "!non sta ~in piedi"],
    ),
    (
        Sig::Stroke,
        pats!["hand|arm|bein|gesicht ~taub"],
    ),
    (
        Sig::Seizure,
        pats!["aafall", "en anfall"],
    ),
    (
        Sig::Recent,
        pats!["heut|heute ~mittag|morgen|fruh|nachmittag"],
    ),
    // -------------------------------------------- Italian, Portuguese, Dutch: built-in concepts
    (
        Sig::ChestPain,
        pats![
            "dolore|dolori|peso|oppressione|fitta ~petto|torace|toracico", "petto ~male|stretto|schiacciato|pesante",
            "infarto", "attacco cuore|cardiaco", "arresto cardiaco",
            "dor|dores|aperto|pressao|peso ~peito|torax", "peito ~doi|doendo|apertado|pesado", "infarto|enfarte",
            "ataque cardiaco", "paragem|parada cardiaca",
            "pijn|druk|drukkend|beklemmend ~borst|borstkas", "borst ~pijn|drukt|beklemd|strak", "hartaanval",
            "hartinfarct", "hartstilstand", "beklemming",
        ],
    ),
    (
        Sig::Breathing,
        pats![
            "!non riesco|riesce|respira ~respirare|respiro|piu", "!non respira", "fiato corto", "affanno", "soffoc*", "manca|mancanza ~aria|respiro|fiato",
            "respira ~male|fatica", "labbra ~blu|viola", "!nao consigo|consegue|respira ~respirar", "!nao respira", "falta ~ar",
            "sufoc*", "asfixi*", "respirando ~mal|dificuldade", "labios ~roxos|azuis", "ficando roxo|roxa|azul",
            "!krijg|krijgt ~geen|nauwelijks ~lucht|adem", "benauwd*", "kortademig*", "ademnood", "stikken|stikt",
            "naar adem happen", "blauwe lippen", "ademt ~niet|nauwelijks|raar",
        ],
    ),
    (
        Sig::Stroke,
        pats![
            "ictus", "colpo apoplettico", "bocca ~storta|storto|cadente|abbassata", "viso|faccia ~storta|storto|cadente|paralizzat*|addormentat*",
            "braccio ~debole|intorpidit*|paralizzat*", "paresi", "avc", "derrame", "boca ~torta|caida|caída|entortou",
            "rosto|cara ~torto|torta|caido|caida|paralisad*|dormente", "braco ~fraco|dormente|paralisad*", "braco sem forca", "paralisia",
            "beroerte", "herseninfarct", "hersenbloeding", "tia", "mond ~scheef|hangt|hangend", "gezicht ~scheef|hangt|verlamd|slap",
            "arm ~slap|krachteloos|verlamd|doof", "verlamming",
            // Lay descriptions of a face that changed, in every language.
            "face|mouth|smile ~funny|weird|odd|wonky|droopy|droops|droop*|hanging|hangs|sag*|crooked|lopsided|uneven|slipped|fallen|dropped|twisted|strange",
            // "off" folds to "of" ("mouth is full of ulcers"), so it needs its verb next to it.
            "face|mouth|smile looks|look|looking|looked|seems|went off",
            "one side ~face|mouth ~droop*|down|drop*|hang*|sag*|numb|weak|funny|weird|dead",
            "cara|boca ~rara|raro|extrana|colgando|cuelga|caida|lado", "visage|bouche ~bizarre|tordu*|pend|tombe|affaiss*|travers",
            "gesicht|mund ~komisch|schief|hangt|hangend|verzogen", "faccia|viso|bocca ~strana|strano|pende|cade|lato",
            "rosto|boca ~estranho|estranha|caido|caida|pendendo|lado", "gezicht|mond ~raar|scheef|hangt|zakt",
        ],
    ),
    (
        Sig::Unconscious,
        pats![
            "svenut*", "svenire", "perso ~conoscenza|sensi", "privo|priva sensi", "!non ~risponde|reagisce|sveglia", "incosciente",
            "collass*", "desmai*", "desmaiou", "perdeu ~consciencia|sentidos", "!nao ~responde|reage|acorda", "inconsciente", "apagou",
            "flauwgevallen|flauwvallen", "valt flauw", "bewusteloos", "!reageert ~niet", "!wordt ~niet wakker", "in elkaar gezakt", "onwel",
            "!hard|difficult|impossible|struggling|struggle wake|rouse", "!hard|difficult|impossible to ~wake|rouse", "!wont|cant|doesnt ~wake",
            "!cuesta|cuestan despertar*", "!no ~consigo|logro ~despertar*", "!difficile ~reveiller", "!arrive pas ~reveiller",
            "!kaum|schwer ~wach|aufzuwecken|weckbar", "!nicht ~wach|wecken", "!difficile ~svegliar*", "!non riesco ~svegliar*",
            "!dificil ~acordar", "!nao consigo ~acordar", "!moeilijk ~wakker", "!krijg ~niet wakker",
            "in and out of consciousness", "out cold", "not coming round", "!not|isnt ~coming round|to",
        ],
    ),
    (
        Sig::Seizure,
        pats![
            "convulsion*", "convulsioni", "crisi epilett*", "attacco epilettico", "convuls*", "crise epilept*|convulsiva",
            "ataque epilept*", "epileptische aanval", "stuip*", "insult", "toeval", "schokt|schokken",
            "stiff and jerking", "jerking", "shaking and not answering", "spasm* ~whole|all over",
        ],
    ),
    (
        Sig::Anaphylaxis,
        pats![
            "throat|gola|garganta|keel|gorge|hals ~closing|closes|tight|tightening|chiude|fechando|fecha|dicht|serre*|schnurt|zu",
            "gola ~gonfi*|stretta|chiude", "lingua ~gonfi*", "shock anafilattico", "garganta ~fechando|inchad*|apertada", "lingua ~inchad*",
            "choque anafilatico", "keel ~dik|zwelt|opgezwollen|dicht", "tong ~dik|zwelt|opgezwollen", "anafylact*",
        ],
    ),
    (
        Sig::Suicidal,
        pats![
            "uccidermi", "togliermi la vita", "voglio morire", "farla finita", "suicid*", "farmi del male",
            "me matar", "quero morrer", "tirar ~vida", "acabar com tudo", "me machucar",
            "zelfmoord", "mezelf ~doden|kant", "wil dood", "er een eind aan ~maken", "mezelf pijn doen", "niet meer leven",
            "dont want to be here anymore", "dont wanna be here", "no point ~living|going", "cant go on", "end everything",
            "pills ready", "plan to ~die|end", "goodbye ~everyone", "say goodbye",
        ],
    ),
    (
        Sig::Overdose,
        pats![
            "!preso|ingoiato ~troppe|tutte ~pastiglie|compresse|pillole", "overdose", "sovradosaggio", "avvelenat*|avvelenamento", "intossicat*",
            "tomei|tomou|engoliu|engoli ~todos|todas|muitos|muitas ~comprimidos|remedios|pilulas", "superdosagem|overdose", "envenen*", "intoxica*",
            "!alle ~pillen|tabletten|medicijnen ~genomen|geslikt|ingenomen", "!te veel ~pillen|tabletten|medicijnen ~genomen|geslikt|ingenomen", "overdosis", "vergiftig*",
            "got into ~bleach|medicine|meds|pills|cupboard|cleaner|tablets|detergent|batteries", "drank|drunk ~bleach|cleaner|antifreeze|chemical*",
            "cabinet|cupboard ~pills|medicine", "empty ~bottle|packet|blister",
        ],
    ),
    (
        Sig::Haemorrhage,
        pats![
            "sangue ovunque|dappertutto", "emorrag*", "sangue ~ovunque|tutto", "sangue ~todo lado|parte", "hemorrag*",
            "overal bloed", "bloeding ~stopt ~niet", "hevig* ~bloed*", "spurting|spurts|pumping|gushing ~blood",
        ],
    ),
    (
        Sig::BloodFromMouth,
        pats![
            "vomit* ~sangue", "tossisc* ~sangue", "sputo ~sangue", "vomit* ~sangue", "tossindo|tosse ~sangue", "cuspindo ~sangue",
            "bloed ~overgeven|braken|ophoesten|spugen", "braakt|spuugt|hoest ~bloed", "coffee grounds", "black ~poo|stool|stools",
        ],
    ),
    (
        Sig::ThunderclapHeadache,
        pats![
            "peggior mal di testa", "pior dor ~cabeca", "ergste hoofdpijn", "worst ~headache", "worst ~head pain",
            "sudden|suddenly ~headache ~worst|severe|explod*|agony|awful", "headache ~came|hit ~suddenly|sudden",
            "like ~hit|kicked|bat ~head", "dolor cabeza ~repentino|subito|golpe", "mal tete ~brutal|soudain",
            "kopfschmerz* ~plotzlich|schlagartig", "vernichtungskopfschmerz",
        ],
    ),
    (
        Sig::Bleeding,
        pats![
            "sanguin*", "sangue", "sangra*", "sangrando", "sangramento", "hemorragia", "bloed*", "bloedt|bloeden|bloeding",
            "perdite ~sangue", "perda ~sangue",
        ],
    ),
    (
        Sig::Pain,
        pats![
            "dolore|dolori|male", "dor|dores|doi|doendo|dolorido", "pijn|pijnlijk|zeer",
        ],
    ),
    (
        Sig::Swelling,
        pats!["gonfi*", "gonfiore", "tumefa*", "inchad*|inchaco|incha", "zwelling|gezwollen|opgezwollen|dik|zwelt"],
    ),
    (
        Sig::Fever,
        pats![
            "febbre", "febbricitante", "temperatura ~alta|38|39|40", "febre", "febril", "koorts*", "verhoging",
            "temperatuur ~38|39|40|hoog", "burning up", "running a temp", "temp ~38|39|40|101|102|103|104",
        ],
    ),
    (
        Sig::Infection,
        pats![
            "infett*|infezione", "pus", "secrezione", "infeccionad*|infeccao|infectad*", "pus", "secrecao", "ontstoken|ontsteking|infectie",
            "pus", "etter*",
        ],
    ),
    (
        Sig::Vomiting,
        pats!["vomit*", "rimettendo", "da|a rimettere", "rimette|rimetto|rimesso ~tutto|sempre|ancora|continuo|volte|volta", "vomitando", "vomito|vomitou|vomitar", "overgeven|overgegeven|braken|gebraakt|kotsen"],
    ),
    (
        Sig::HeadInjury,
        pats![
            "fell|fall|fallen|slipped|tripped ~hit|bumped|banged ~head", "head ~hit|bumped|banged|smashed|whacked",
            "hit ~head ~floor|table|ground|door|wall|corner", "fell|fall ~on|onto ~head",
            "battuto|sbattuto ~testa", "trauma cranico", "bateu ~cabeca", "traumatismo craniano",
            "hoofd ~gestoten|gebonkt|geraakt", "hersenschudding", "commozione cerebrale", "concussao",
        ],
    ),
    (
        Sig::Pregnancy,
        pats![
            "incinta", "gravidanza", "gravida", "gravidez", "zwanger*", "zwangerschap", "weeks ~pregnant", "#20 weeks", "#20 wks",
            "#20 semanas|semaines|sa|ssw|settimane|weken", "expecting", "positive ~test", "test ~positive",
        ],
    ),
    (
        Sig::Procedure,
        pats![
            "intervento", "operazione", "chirurgia", "iniezione", "cirurgia", "operacao", "procedimento", "injecao",
            "operatie", "ingreep", "behandeling", "injectie", "lasik|cataract|catarata|cataracte|katarakt|staar",
            "tummy tuck", "nose job", "boob job", "breast augmentation", "abdominoplast*|lipo*|bbl|rhinoplast*|facelift|blepharoplast*|implants",
        ],
    ),
    // ---------------------------------------------------------------- poisoning in children
    // A child who drank, ate, swallowed or "got into" something that is not food: the
    // substance words are families (medicines, nicotine liquid, batteries, magnets,
    // household chemicals), so a new brand or container still reads as one.
    (
        Sig::Ingested,
        pats![
            "drank|drunk|swallowed|ate|eaten|chewed|licked|sucked|sipped|found|into ~pill*|tablet*|meds|medicine*|medication*|vape|vapes|nicotine|liquid|eliquid|juice|battery|batteries|magnet*|bleach|cleaner|detergent|pod|pods|antifreeze|paraffin|perfume|sanitiser|sanitizer|oil|weed|edible*|gummies|vitamins|iron|organiser|organizer|dosette",
            "got into ~pill*|tablet*|meds|medicine*|cabinet|cupboard|handbag|bag|organiser|organizer|dosette|vape|bleach",
            "se ~tomo|trago|comio|bebio ~pastilla*|medicamento*|medicinas|pila|pilas|lejia",
            "bebio|bebido|trago|tragado|comio|comido|chupo|encontro|agarro|cogio ~pastilla*|medicamento*|medicinas|vaper|vapeador|liquido|pila|pilas|iman*|lejia|detergente|desatascador|nicotina",
            "bu|avale|mange|leche|trouve|attrape ~comprime*|cachet*|medicament*|medocs|cigarette|liquide|pile|piles|aimant*|javel|lessive|deboucheur|nicotine",
            "getrunken|geschluckt|gegessen|geleckt|gefunden|erwischt ~tablette*|pille*|medikament*|liquid|batterie*|knopfzelle*|magnet*|reiniger|waschmittel|nikotin",
            "bevuto|ingoiato|mangiato|leccato|trovato ~pastiglie|pillole|compresse|farmac*|medicin*|liquido|pila|pile|batteri*|calamit*|candeggina|detersivo|nicotina",
            "bebeu|engoliu|comeu|lambeu|achou|pegou ~comprimido*|remedio*|pilula*|liquido|pilha*|bateria*|ima|imas|sanitaria|lixivia|detergente|nicotina",
            "gedronken|ingeslikt|doorgeslikt|gegeten|gelikt|gevonden|gezeten ~pil|pillen|tablet*|medicijn*|liquid|batterij*|knoopcel*|magneet*|magneten|bleek|ontstopper|wasmiddel|nicotine",
            "aan ~ontstopper|pillen|medicijnen|bleek|wasmiddel|batterij* ~gezeten",
            // Dutch and German put the object before the participle ("magneetjes
            // ingeslikt", "eine Knopfzelle verschluckt").
            // Objects only: one's own pill "ingeslikt" is a dose taken.
            "batterij*|knoopcel*|magneet*|magneten ~ingeslikt|doorgeslikt",
            "batterie*|knopfzelle*|magnet* ~verschluckt|geschluckt",
        ],
    ),
    (
        Sig::Child,
        pats!["#1 ~jaar|ans|jahre|jahrige|anos|anni|years|year|yr|yrs|yo|jarig", "#1 ~month|months|mo|mths|meses|mois|monate|mesi|maanden ~old|oud|alt", "peuter|kleuter|dreumes", "bimba|bimbo|bambina|bambino|bb|nene|nena|bebezinho|kindje|zoontje|dochtertje", "kleinkind|enkel|enkelin", "petit-fils|petite-fille|nieto|nieta|nipote|neto|neta|grandson|granddaughter"],
    ),
    // ---------------------------------------------------------------- circulation
    (
        Sig::NoPulse,
        pats![
            "!no|cant|cannot|couldnt pulse", "!cant|cannot|couldnt find|feel ~pulse", "!kein|keinen ~puls",
            "!pas|plus ~de ~pouls", "!sin|sem|senza|geen ~pulso|polso|pols|hartslag", "!no ~tiene|tengo ~pulso", "!non ~sento ~polso",
            "!nao ~sinto ~pulso", "!voel ~geen ~pols", "pulseless",
        ],
    ),
    (
        Sig::LimbCompromise,
        pats![
            "leg|foot|feet|arm|hand ~cold ~pale|white|blue|numb", "leg|foot|feet|arm|hand ~pale|white|blue ~cold|numb", "bein|fuss|arm|hand ~kalt|weiss|blau|blass",
            "pierna|pie|brazo|mano ~fria|frio|blanca|blanco|palida|palido|azul", "jambe|pied|bras|main ~froid*|blanc*|pale|bleu*",
            "gamba|piede|braccio|mano ~fredd*|bianc*|pallid*|blu", "perna|pe|braco|mao ~fri*|branc*|palid*|roxa|roxo",
            "been|voet|arm|hand ~koud|wit|bleek|blauw",
        ],
    ),
    // ---------------------------------------------------------------- head injury
    (
        Sig::SkullBaseSign,
        pats![
            "clear|watery fluid|liquid ~nose|ear|ears ~after|since ~fall|fell|bang|hit|knock|accident|head",
            "clear|watery fluid|liquid ~nose|ear ~fall|fell|bang|hit|knock",
            "bruis*|bruise ~behind ~ear|ears ~after|since|bang|fall|fell|hit|knock", "panda|raccoon eyes ~after|since",
            "liquido ~claro|transparente ~nariz|oido ~golpe|caida|cayo", "morado|moreton ~detras ~oreja",
            "liquide ~clair|transparent ~nez|oreille ~chute|tombe|coup", "bleu|hematome ~derriere ~oreille",
            "klare|wassrige ~flussigkeit ~nase|ohr ~sturz|gesturzt|schlag", "blauer ~fleck ~hinter ~ohr", "hamatom ~hinter ~ohr",
            "liquido ~chiaro|trasparente ~naso|orecchio ~caduta|caduto|botta", "livido ~dietro ~orecchio",
            "liquido ~claro|transparente ~nariz|ouvido ~queda|caiu|pancada", "roxo|hematoma ~atras ~orelha",
            "helder|waterig ~vocht ~neus|oor ~val|gevallen|klap", "blauwe ~plek ~achter ~oor",
        ],
    ),
    // ---------------------------------------------------------------- phrasings seen missing when their batch was held out
    (
        Sig::Overdose,
        pats![
            "deliberately|intentionally|apposta|expres|absichtlich|propositalmente|opzettelijk ~pill*|tablet*|meds|pastiglie|pastillas|comprimes|comprimidos|tabletten|pillen|medocs|medicijnen",
            "pill*|tablet*|meds|pastiglie|pastillas|comprimes|comprimidos|tabletten|pillen|medocs|medicijnen ~deliberately|apposta|expres|absichtlich|propositalmente|opzettelijk",
            "pill*|tablet*|meds|pastiglie|pastillas|comprimes|comprimidos|tabletten|pillen|medocs|medicijnen ~on purpose", "on purpose ~pill*|tablet*|meds",
            "de|a proposito ~pastillas|comprimidos|pastiglie", "met opzet ~pillen|tabletten|medicijnen",
            "about|around|like|maybe|roughly|nearly|over|almost #10 ~paracetamol*|ibuprofen*|aspirin*|tylenol|advil|pills|tablets|co-codamol|codeine|tramadol",
            "rest|all of ~my|his|her ~sertraline|citalopram|fluoxetine|amitriptyline|tramadol|codeine|oxy*|morphine|diazepam|zopiclone|quetiapine|lithium|insulin|paracetamol|pills|tablets|meds",
        ],
    ),
    (
        Sig::Suicidal,
        pats![
            "sauter|jeter ~pont|toit|fenetre|train|immeuble", "springen ~brucke|dach|zug|fenster|hochhaus", "saltar|tirarme|tirarse ~puente|tejado|azotea|tren|ventana",
            "buttarmi|buttarsi|saltare ~ponte|tetto|treno|finestra", "pular|jogar ~ponte|predio|telhado|trem|janela", "springen ~brug|dak|trein|raam",
            "!worked|figured|planned ~out ~how ~do ~it", "!how i d|id|would do it", "!plan ~to|how ~end ~it", "!plan ~to|how ~kill ~myself",
            "nobody|noone ~will|would ~miss ~me", "no one ~will|would ~miss ~me", "personne ~regrettera|manquera|remarquera", "nadie ~extranara|echara", "niemand ~vermissen|vermist",
            "nessuno ~manchero|manchera|accorgera", "ninguem ~sentira|sentir ~falta", "c est fini", "c fini", "ce soir ~fini",
            "sav*|stockpil*|stash*|hoard*|collect*|kept ~pills|tablets|meds", "tonight ~is ~the night", "!dont|cant ~see ~point ~saving|saved|pills", "mis ~de cote ~medocs|comprimes|cachets|medicaments", "garde|cache ~medocs|comprimes|cachets|medicaments",
            "guardado|juntado|escondido ~pastillas|remedios|comprimidos", "gesammelt|gehortet|versteckt ~tabletten|pillen", "messo ~da parte ~pastiglie|pillole", "nascosto ~pastiglie|pillole",
            "gespaard|verzameld|verstopt ~pillen|tabletten|medicijnen",
        ],
    ),
    (
        Sig::DarkThoughts,
        pats!["!deserve* ~mum|mom|mother|dad|father|parent ~isnt|not ~me", "better ~without ~me", "better off without", "merece* ~madre|mae|padre|pai ~mejor|melhor|otra|outra"],
    ),
    (
        Sig::SpeechLoss,
        pats![
            "!pu|pouvait|pouvais|peut|peux|arrivait|arrivais plus ~parler", "!plus ~parler", "!konnte|kann ~nicht|kaum ~mehr ~sprechen|reden",
            "!no podia|pude|puede ~hablar", "!non riusciva|riesce|poteva ~piu ~parlare", "!nao conseguia|consegue|podia ~falar",
            "!kon|kan ~niet ~meer ~praten|spreken", "!couldnt|cant|cannot ~talk|speak|speaking|talking", "!could not ~talk|speak|speaking|talking",
        ],
    ),
    (
        Sig::Stroke,
        pats![
            "!plus ~bouger ~main|bras|jambe", "visage|bouche|joue ~mou|molle|tombe|tombait|paralyse*|travers|affaisse*|pendait",
            "cote ~visage ~mou|molle|tombe|paralyse", "gesicht|mund|mundwinkel ~hangt|hing|schief|gelahmt|taub", "cara|boca ~caida|caido|torcida|paralizada|dormida",
            "faccia|bocca|viso ~storta|storto|cadente|paralizzat*|addormentat*", "rosto|cara|boca ~caido|caida|torta|torto|paralisad*|dormente",
            "gezicht|mond|mondhoek ~hangt|hing|scheef|verlamd", "face|mouth|smile ~droop*|dropped|hanging|crooked|lopsided|slanted|wonky|sagging",
            "face ~looks ~funny|weird|odd|wrong ~one side", "one side ~face|mouth ~down|dropped|droopy",
        ],
    ),
    (
        Sig::VisionLoss,
        pats![
            "!seh|sehe|sieht|siehst ~nichts|nix|kaum|wenig ~mehr|noch", "!auge ~nichts|nix ~mehr", "!non ~vedo|vede ~niente|nulla|piu",
            "!no veo|ve ~nada", "!vois|voit ~plus ~rien|rien", "!nao ~vejo|ve|enxergo ~nada", "!zie|ziet ~niks|niets ~meer",
            "!cant|cannot ~see ~anything", "!cant|cannot ~see ~out of", "vision|sight ~gone|went ~eye",
        ],
    ),
    (
        Sig::ChemicalEye,
        pats!["zement|kalk|beton|reiniger|chlor ~aug|augen|auge", "aug ~zement|kalk|chlor|reiniger"],
    ),
    (
        Sig::ThunderclapHeadache,
        pats![
            "mal ~tete ~coup|soudain*|brutal*|massue|explos*", "migraine ~coup|soudain*|brutal*|massue|explos*", "coup de massue|marteau|tonnerre",
            "dolor ~cabeza ~golpe|repente|explosivo|mazazo", "kopfschmerz*|kopfweh ~schlag|blitz|explod*|einmal",
            "mal ~testa ~improvviso|colpo|esplos*|mazzata", "dor ~cabeca ~repente|nada|explosiv*|pancada", "hoofdpijn ~ineens|plotseling|klap|explos*",
            "headache ~nowhere|explod*|thunder|thunderclap", "headache ~like ~hit", "head ~exploding|exploded",
        ],
    ),
    (
        Sig::BoneVisible,
        pats!["steekt|stak ~bot ~uit|door", "bot ~uit", "sticking ~out ~bone", "sort ~os", "sale ~hueso", "esce ~osso", "saindo ~osso", "schaut ~knochen ~raus|heraus"],
    ),
    (
        Sig::InhalerFailing,
        pats![
            "!inhaler|puffer|pump|ventolin|salbutamol|albuterol|spray ~not|isnt|aint|doesnt|didnt|wont ~doing|working|helping|touching",
            "!inhaler|puffer|pump|ventolin|salbutamol|albuterol ~doing|does|did ~nothing", "inhaler|puffer|pump ~useless",
        ],
    ),
    (
        Sig::CantFinishSentence,
        pats!["!only|just|barely ~say|speak|talk ~two|2|few|one|couple ~words|word", "!only|just|barely ~get ~out ~two|2|few|one|couple ~words|word", "words at a time", "!kann nur ~wenige|paar ~worte", "!peut|arrive ~dire ~que ~mots"],
    ),
    (
        Sig::Testicle,
        pats!["dolor|molestia|duele|golpe|hinchado ~huevo|huevos|bolas|testiculo*", "mal ~couille*|testicule*", "schmerz* ~ei|eier|hoden", "male|dolore ~palle|testicol*", "dor ~saco|bolas|testiculo*"],
    ),
    (
        Sig::Seizure,
        pats!["ataque ~con ~sacudidas|espasmos|convulsiones", "sacudidas ~brazos|piernas|cuerpo|todo", "attacco ~scatti|spasmi", "crise ~tremblements|secousses", "ataque ~tremedeira|espasmos"],
    ),
    (
        Sig::Sweating,
        pats!["sudo|suda|sudava|sudavo ~freddo", "sudo freddo"],
    ),
    (
        Sig::UrineRetention,
        pats!["!nie|niet ~geplast|geplast", "!niet kunnen plassen", "!nicht|kaum ~mehr ~wasserlassen|pinkeln|urinieren", "cuesta ~hacer pis|orinar|mear", "!barely|hardly ~peeing|peed|weeing|urinating",
            "!kaum ~wasser lassen", "!kan|kon ~nie|niet ~plassen"],
    ),
    (
        Sig::ChestPain,
        pats![
            "brennen|druck|schmerz*|enge ~hinter|auf ~brustbein|brust", "brustbein|brustkorb ~brennen|druck|schmerz*|eng",
            "brulure|pression|serrement ~poitrine|sternum", "ardor|presion|opresion ~pecho|esternon", "bruciore|pressione ~petto|sterno",
            "ardor|queimacao|pressao ~peito|esterno", "branderig|druk ~borst|borstbeen",
        ],
    ),
    (
        Sig::Tonsillectomy,
        pats!["amandelen ~eruit|geknipt|weg|verwijderd", "mandeln ~raus|entfernt", "amygdales ~enlevees|retirees|operees", "amigdalas ~quitadas|sacadas|operadas|tiradas|retiradas", "tonsille ~tolte|operate"],
    ),
    (
        Sig::SpeechLoss,
        pats!["!sem ~conseguir|poder ~falar", "!sin ~poder ~hablar", "!sans ~pouvoir ~parler", "!senza ~riuscire|poter ~parlare", "!ohne ~sprechen ~konnen", "!zonder ~te ~kunnen ~praten"],
    ),
    (
        Sig::Stroke,
        pats!["mao|braco ~dormente|dormia|morta|pesada", "mano|brazo ~dormida|dormido|muerta|pesada", "main|bras ~engourdi*|endormi*|lourd*", "mano|braccio ~addormentat*|intorpidit*|pesante"],
    ),
    (
        Sig::Photophobia,
        pats!["!non|nn ~sopporta|sopporto ~luce", "!no ~soporta|soporto|aguanta ~luz", "!nao ~suporta|aguenta ~luz", "!vertragt|vertrage ~kein ~licht", "!kan ~licht ~niet ~verdragen|hebben", "!cant|cannot ~stand|bear|handle ~light|lights"],
    ),
    (
        Sig::StiffNeck,
        pats![
            "!non|nn ~riesce|riesco|puo ~piegare|muovere|girare ~collo", "!no ~puede|puedo ~doblar|mover|girar ~cuello", "!peut|peux ~pas ~plier|bouger|tourner ~cou|nuque",
            "!kann ~nicht ~beugen|bewegen|drehen ~nacken|hals", "!nao ~consegue|consigo ~dobrar|mexer|virar ~pescoco", "!kan ~nek ~niet ~buigen|bewegen",
            "!cant|cannot ~bend|move|turn ~neck", "!cant|cannot ~touch ~chin ~chest",
        ],
    ),
    (
        Sig::Anaphylaxis,
        pats![
            "chiude|chiudendo ~gola", "cierra|cerrando ~garganta", "ferme|serre ~gorge", "fecha|fechando ~garganta", "schnurt ~hals|kehle", "zit ~dicht ~keel",
            "used|gave|had ~epipen|jext|emerade|adrenaline", "used|gave|had ~epi pen", "epipen ~used|given",
        ],
    ),
    (
        Sig::Allergen,
        pats![
            "after|since ~jab|jabs|vaccine|vaccination|shot|jabs|injection|infusion|contrast|dye|tablet|pill|dose",
            "dopo|despues|depois|apres|nach|na|sinds ~antibiotic*|antibiotique|antibiotikum|antibioticum|farmaco|medicamento|medicament|medikament|medicijn|pastiglia|compressa|comprimido|comprime|tablette|tablet|iniezione|inyeccion|injecao|injection|spritze|prik|vaccin*|vacuna|impfung|vacina",
            "first ~dose|tablet|pill ~of|amoxicillin|penicillin|antibiotic", "prima ~compressa|pastiglia|dose", "primera ~pastilla|dosis", "premier ~comprime|cachet", "erste ~tablette", "primeiro ~comprimido",
            "peanut*|nut|nuts|sesame|shellfish|cacahuete|arachide|erdnuss|arachidi|noccioline|amendoim|pinda|pindas",
        ],
    ),
    (
        Sig::Breathing,
        pats!["respira ~strano|strana|male|fatica|rumoroso", "respira ~raro|mal", "respire ~bizarre|mal", "atmet ~komisch|schwer", "respira ~estranho|mal", "ademt ~raar|zwaar"],
    ),
    (
        Sig::Recent,
        pats!["min|secs|seconds ~ago", "#1 min ago"],
    ),
    (
        Sig::Diabetic,
        pats!["type #1", "type one|two", "t1d|t2d|iddm|niddm"],
    ),
    (
        Sig::KetoneBreath,
        pats![
            "pear drops|peardrops", "nail polish|varnish ~breath|smell*", "acetone|fruity|sweet ~breath|smell*", "breath ~smells|smell ~fruity|sweet|acetone|pear|nail",
            "aliento ~acetona|frutas", "haleine ~acetone|pomme", "atem ~aceton|azeton|obst", "alito ~acetone|frutta", "halito ~acetona|fruta", "adem ~aceton|fruit",
            "breathing ~deep|deeply|heavy|fast ~and", "deep|heavy ~sighing ~breaths|breathing",
        ],
    ),
    (
        Sig::EyeInjury,
        pats![
            "metal|glass|wire|nail|splinter|shard|chip|fragment|piece ~shot|flew|went|stuck|in|into ~eye|eyes", "hammering|grinding|drilling|sawing|chiselling|welding ~eye ~something|bit|piece|metal",
            "metall*|glas|splitter ~auge", "metal|vidrio|cristal|astilla ~ojo", "metal|verre|eclat ~oeil", "metallo|vetro|scheggia ~occhio", "metal|vidro|lasca ~olho", "metaal|glas|splinter ~oog",
            "peel|solution|acid|chemical ~splash*|in|into ~eye|eyes", "splash*|sprayed ~eye|eyes ~burning|burns|sting*",
        ],
    ),
    (
        Sig::NecrotisingPain,
        pats![
            "pain ~worse|more ~than ~looks", "way worse than it looks", "out of proportion", "dolor ~mas ~de lo que ~parece", "douleur ~plus ~que ~parait|semble",
            "schmerz* ~schlimmer ~als ~aussieht", "dolore ~piu ~sembra", "dor ~pior|mais ~do que ~parece", "pijn ~erger ~dan ~eruitziet|lijkt",
            "dark|black|purple ~patch|bit|area|spot ~spreading|skin|wound|around", "macchia scura", "mancha ~oscura|negra|roxa|escura", "tache ~noire|sombre|violette",
        ],
    ),
    (
        Sig::Burn,
        pats!["bouillante|hirviendo|kochend*|bollente|fervendo|kokend ~eau|agua|wasser|acqua|water", "eau|agua|wasser|acqua|water|huile|aceite|ol|olio|oleo|olie ~bouillante|hirviendo|kochend*|bollente|fervendo|kokend", "boiling ~water|oil|kettle", "scald*|scalded|verbruht|verbrand|ustion*|quemadura|brulure|scottatur*|queimadura"],
    ),
    (
        Sig::LargeArea,
        pats!["whole|entire|all|across ~chest|tummy|belly|back|face|torso|arm|leg|body", "torse|ventre|dos|visage|poitrine", "pecho|barriga|espalda|cara|torso", "brust|bauch|rucken|gesicht|oberkorper", "petto|pancia|schiena|faccia|torace", "peito|barriga|costas|rosto|tronco", "borst|buik|rug|gezicht|romp", "skin ~peeling|falling", "skin ~coming off", "peau ~decolle|arrache|part"],
    ),
    (
        Sig::Trismus,
        pats!["!not able|unable ~to ~open ~mouth", "!cant|cannot ~open ~mouth ~properly|wide|fully", "!peux|peut ~plus ~ouvrir ~bouche", "!no puedo|puede ~abrir ~boca", "!kann ~mund ~nicht ~offnen|aufmachen", "!non riesco|riesce ~aprire ~bocca", "!nao consigo|consegue ~abrir ~boca", "!kan ~mond ~niet ~open"],
    ),
    (
        Sig::SwallowTrouble,
        pats!["swallowing ~difficult|hard|painful|impossible", "hard|difficult|painful ~to ~swallow", "!cant|cannot ~swallow", "difficolta|fatica ~deglutire|ingoiare", "dificil|cuesta ~tragar", "mal ~avaler", "schlucken ~schwer|weh|schmerz*", "dificil|custa ~engolir", "slikken ~moeilijk|pijn"],
    ),
    (
        Sig::Dental,
        pats!["devitalisation|devitalise*|canal|canaux", "endodon*|wurzelbehandlung|wurzelkanal|devitalizzazione|devitalizzato|canale|tratamento|desvitaliz*|wortelkanaal*|zenuwbehandeling", "extracted|extraction|implant|implants|crown|filling"],
    ),
    (
        Sig::Nonstop,
        pats!["!not|isnt|wont ~slowing|easing|slow|letting", "keeps ~filling|pouring|coming", "!nn|non ~smette", "!nn|non ~si ferma", "!no ~para", "!no ~se detiene", "!hort ~nicht ~auf", "!nao ~para", "!stopt ~niet", "!arrete ~pas"],
    ),
    (
        Sig::HeadInjury,
        pats!["kopf ~pflaster|eis|boden|asphalt|bordstein|kante", "ausgerutscht|gesturzt|gefallen|hingefallen ~kopf", "head ~pavement|ice|curb|kerb|concrete|floor|ground", "cabeza ~suelo|acera|hielo", "tete ~sol|trottoir|glace|carrelage", "testa ~pavimento|marciapiede|ghiaccio", "cabeca ~chao|calcada|gelo", "hoofd ~stoep|ijs|tegels|vloer"],
    ),
    (
        Sig::Confusion,
        pats!["!weiss ~nicht mehr ~was passiert", "!cant|doesnt|dont ~remember ~what happened|happening", "!ne ~se ~souvient ~pas|plus", "!no ~recuerda ~que paso", "!non ~ricorda ~cosa", "!nao ~lembra ~o que", "!weet ~niet ~meer ~wat ~gebeurd", "repeating ~same ~questions|question", "keeps ~asking ~same",
            // New confusion told as a carer sees it: the same questions over and over, not
            // knowing the day [NG51, MTS].
            "repete|repite|ripete|wiederholt|herhaalt|stellt|stelt|pose|hace|fa|faz ~memes|mismas|stesse|mesmas|gleichen|selben|dezelfde ~questions|preguntas|domande|perguntas|fragen|vragen",
            "!ne ~sait ~plus|pas ~quel ~jour", "!no ~sabe ~que ~dia", "!weiss ~nicht ~welcher ~tag", "!non ~sa ~che ~giorno", "!nao ~sabe ~que ~dia", "!weet ~niet ~welke ~dag",
            "immer ~wieder ~gleichen|selben ~frage|fragen", "!doesnt|didnt ~know ~what ~day ~it ~is"],
    ),
    (
        Sig::LimbCompromise,
        pats!["fingers|toes|hand|foot ~whiteish|whitish|grey|gray|pale|mottled", "pins and needles ~fingers|toes|hand|foot|cast", "tingling ~fingers|toes|hand|foot|cast"],
    ),
    (
        Sig::Extra,
        pats!["instead of ~once|weekly|week", "every day ~instead", "daily ~instead", "at once ~by ~mistake|accident", "together ~by ~mistake|accident", "#2 ~days|doses ~at ~once", "#2 ~days|doses ~together", "doses ~at once|together"],
    ),
    (
        Sig::ChestPain,
        pats!["chest ~pressing|pressed|squeezed|crushed|heavy", "spray|gtn|nitro ~under ~tongue ~not|no|didnt|doesnt ~go|help|work", "!spray|gtn|nitro ~not|no|didnt|doesnt ~help|work", "!spray|gtn|nitro ~not|no|didnt|doesnt ~go away"],
    ),
    (
        Sig::Overdose,
        pats!["!preso|prese|presa ~tt|tutte|tutti ~pillole|pastiglie|compresse|xanax", "bebeu|bebio|drank|bu ~lixivia|lejia|javel|bleach"],
    ),
    // ---------------------------------------------------------------- already reviewed
    (
        Sig::WeeksAgo,
        pats![
            "#1 ~week|weeks|wks|month|months|year|years|yrs ~ago", "last ~week|weekend|month|year", "in ~january|february|march|april|may|june|july|august|september|october|november|december",
            "hace ~#1 ~semana|semanas|meses|mes", "semana|mes ~pasada|pasado", "il y a ~#1 ~semaine|semaines|mois", "semaine|mois ~derniere|dernier",
            "vor ~#1 ~woche|wochen|monat|monaten", "letzte|letzten ~woche|monat", "#1 ~settimana|settimane|mese|mesi ~fa", "settimana|mese ~scorsa|scorso", "una settimana fa",
            "ha ~#1 ~semana|semanas|meses", "#1 ~semana|semanas|meses ~atras", "semana|mes ~passada|passado", "#1 ~week|weken|maand|maanden ~geleden", "vorige ~week|maand",
        ],
    ),
    (
        Sig::Reviewed,
        pats![
            "went|been|taken ~to ~a&e|ae|er|hospital", "went|been|taken ~to ~urgent care", "went|been|taken ~to ~walk in", "checked|seen|examined|looked ~by|at|in ~a&e|ae|er|hospital|gp|doctor|dr|urgent|nurse|pediatrician|paediatrician",
            "got checked", "turned out", "all normal|fine|clear|ok|good", "ecg|bloods|scan|xray ~normal|fine|clear", "was fine", "said ~fine|nothing|normal",
            "lo|la ~vio|vieron ~pediatra|medico|doctor|urgencias", "todo bien|normal", "fuimos ~urgencias", "resulto ~ser",
            "vu ~par ~medecin|pediatre|urgences", "examine ~medecin|pediatre|urgences", "tout va bien", "tout est normal", "alles gut|okay", "alles in ordnung", "war beim|bei ~arzt|kinderarzt|hausarzt|notaufnahme",
            "l ha visto", "visto dal", "visitato", "tutto ~a posto|ok|bene|normale", "tt ~a posto|ok", "foi visto|vista|atendido|atendida", "esta otimo|otima", "tudo bem|otimo",
            "nas urgencias", "alles goed", "alles in orde", "huisarts|spoed ~gezien|nagekeken",
        ],
    ),
    (
        Sig::Benign,
        pats![
            "bill|invoice|boss|film|movie|kids ~heart attack", "bill|invoice ~killing me", "factura|fattura|conta|cuenta|film|pelicula ~infarto", "rechnung ~bringt ~mich ~um", "rechnung ~herzinfarkt",
            "rekening ~hartaanval", "facture ~crise cardiaque", "film ~colpo", "dood ~nieuwsgierigheid|nieuwsgierig|lachen", "morta|morto ~cansaco|cansada|sono|calor",
            "hay fever", "hayfever", "fievre ~foins", "heuschnupfen", "febbre ~fieno", "fiebre ~heno", "febre ~fenos", "hooikoorts",
            "yellow|typhoid ~fever", "febbre ~gialla|tifoide", "fiebre ~amarilla|tifoidea", "fievre ~jaune|typhoide", "febre ~amarela|tifoide", "gelbfieber", "gele koorts",
            "stitches|sutures ~out|removed|removal|taken", "retirada|retirar|tirar ~pontos", "quitar|retirar ~puntos", "enlever|retirer ~fils|points", "faden ~ziehen|entfernen", "togliere ~punti", "hechtingen ~verwijderen|eruit",
            "bloedsuiker*|bloeddruk|bloedonderzoek|bloedtest|bloedafname|bloedwaarden|bloedprik*", "blutzucker*|blutdruck|blutabnahme|blutwerte|bluttest",
            "gums|gum ~bleed*|bleeding ~brush*|floss*", "brush*|floss* ~gums|gum ~bleed*", "tandvlees ~bloedt|bloeden ~poetsen", "tandenpoetsen ~bloedt|tandvlees", "encias ~sangran ~cepill*",
            "gencives ~saignent ~brosse", "zahnfleisch ~blutet ~putzen", "gengive ~sanguinano ~lav*", "gengiva ~sangra ~escov*",
            "brown|pink ~spotting|discharge", "manchado ~marron|rosado", "bruin|roze ~bloedverlies", "saignements|pertes ~roses|rosees|brunes|marron", "brauner ~ausfluss", "schmierblutung ~braun",
            "perdite ~marroni|rosa", "borra de cafe", "marrom ~sangramento",
            "blauwe ~plek|plekken", "blauer ~fleck|flecken", "hematoma|hematomas ~roxo|roxa", "bruise|bruising ~from|after ~filler|botox|injection",
        ],
    ),
    (
        Sig::Overdose,
        pats!["too much|many ~tablets|pills|meds ~dizzy|drowsy|slow|faint"],
    ),
    (
        Sig::Postpartum,
        pats!["#1 ~weeks|days|months ~after ~baby|birth|delivery", "since ~baby ~born", "after ~having ~baby"],
    ),
    (
        Sig::Hoarse,
        pats!["throat ~scratchy|itchy|tickly|funny|weird|strange|closing", "keeps ~coughing", "gorge ~gratte|pique", "garganta ~pica|rasposa", "hals ~kratzt|juckt", "gola ~pizzica|gratta", "garganta ~coca|arranha", "keel ~kriebelt|jeukt"],
    ),
    (
        Sig::Haemorrhage,
        pats!["!non ~smette ~sanguinare", "!no ~para ~sangrar", "!hort ~nicht ~auf ~bluten", "!nao ~para ~sangrar", "!stopt ~niet ~bloeden", "!arrete ~pas ~saigner", "!wont|doesnt ~stop ~bleeding"],
    ),
    (
        Sig::LessUrine,
        pats!["!only|barely|hardly ~peed|peeing|weed ~tiny|little|bit|drop", "tiny|little ~bit ~pee|wee|urine", "casi no ~hago|hecho ~pis", "!presque pas ~urine|pipi", "kaum ~gepinkelt|urin", "quasi ~niente ~pipi", "quase nao ~urino", "quase nao ~fiz xixi", "nauwelijks ~geplast",
            "urine|urino|urina ~tres|muito|molto|bem ~peu|pouco|poco", "quase nao ~faco|faz|fazendo xixi"],
    ),
    (
        Sig::BellySwelling,
        pats!["barriga|tripa|vientre ~crecido|hinchada|enorme|dura", "belly|tummy|stomach ~huge|massive|tight|swollen|bloated", "ventre ~gonfle|enorme|dur", "bauch ~riesig|prall|hart|aufgeblaht", "pancia ~enorme|gonfia|dura", "barriga ~inchada|enorme|dura", "buik ~opgezet|enorm|hard"],
    ),
    (
        Sig::Ivf,
        pats!["stims|stimming", "day #1 ~of ~stims|injections", "menopur|gonal|ovitrelle|cetrotide|orgalutran|puregon|fostimon|elonva"],
    ),
    (
        Sig::Procedure,
        pats!["arthroscop*|artroscop*|arthroskop*|keyhole|laparoscop*|laparoskop*"],
    ),
    (
        Sig::EyeInjury,
        pats!["burning|burns|stinging|stings ~cant|cannot ~open", "brule|pique ~peux pas ~ouvrir", "quema|arde ~no puedo ~abrir", "brennt ~kann ~nicht ~offnen", "brucia ~non riesco ~aprire", "arde|queima ~nao consigo ~abrir", "brandt ~kan ~niet ~open"],
    ),
    // ---------------------------------------------------------------- from batch 21 (short messages), on arrival
    (
        Sig::NonBlanching,
        pats!["!not|doesnt|dont|wont|isnt ~fading|fade|fades|disappear|go ~glass|tumbler|pressed|press", "glass test", "!ne part pas ~verre", "!no desaparece ~vaso", "!verschwindet ~nicht ~glas", "!non scompare ~bicchiere", "!nao desaparece ~copo", "!verdwijnt ~niet ~glas"],
    ),
    (
        Sig::Testicle,
        pats!["pain|agony|hurts|ache|kicked|swollen ~ball|balls|nut|nuts", "zijn|mijn|linker|rechter ~bal|ballen"],
    ),
    (
        Sig::Haemorrhage,
        pats![
            "soak*|soaking|filling|through ~pad|pads|towel ~every|each ~hour|half", "empap* ~compresa|toalla ~cada ~hora|media", "trempe ~serviette|protection ~toutes|chaque ~heure|demi",
            "durchnass* ~binde|vorlage ~jede|alle ~stunde|halbe", "inzupp* ~assorbente ~ogni ~ora|mezz", "encharc* ~absorvente ~cada ~hora|meia", "doorweekt ~verband ~elk|elke|ieder ~uur|half",
            "blood|blut|sangre|sang|sangue|bloed ~spurting|spurts|pumping|squirting|spritzt|spritzen|jorra|brota|gicle|giclait|zampilla|esguicha|spuit",
        ],
    ),
    (
        Sig::VisionLoss,
        pats!["sumiu|apagou ~visao|vista", "visao|vista ~sumiu|apagou", "desaparecio ~vista|vision", "vue ~partie|disparue|eteinte", "sicht ~weg|verschwunden", "vista ~sparita|scomparsa", "zicht ~weg|verdwenen"],
    ),
    // ---------------------------------------------------------------- from batches 22-23 (urgent boundary, carers), on arrival
    (
        Sig::Fall,
        pats![
            "fell|fall|fallen|falls|slipped|tripped|collapsed", "caido|caida|cayo|resbalo|tropezo", "tombe|tombee|chute|glisse|trebuche", "gesturzt|gefallen|hingefallen|sturz|ausgerutscht|gestolpert",
            "caduto|caduta|scivolato|scivolata|inciampato", "caiu|queda|escorregou|tropecou", "gevallen|val|uitgegleden|gestruikeld",
        ],
    ),
    (
        Sig::HipFractureSign,
        pats![
            "leg|foot ~turned|rotated|pointing|sticking ~outwards|outward|sideways", "leg ~shorter|shortened", "pierna|pie ~girada|girado|torcida", "pierna|pie ~hacia ~fuera", "pierna ~mas corta",
            "jambe|pied ~tournee|tourne ~exterieur|dehors", "jambe ~plus courte", "bein|fuss ~verdreht|kurzer", "bein|fuss ~nach aussen", "gamba|piede ~ruotata|girata|storta ~fuori|esterno", "gamba ~piu corta",
            "perna|pe ~virada|virado|torta ~fora", "perna ~mais curta", "been|voet ~gedraaid|korter", "been|voet ~naar buiten",
            "!cant|cannot ~get ~up ~hip", "!no ~puede|puedo ~levantar* ~cadera", "!kann ~nicht ~aufstehen ~hufte",
        ],
    ),
    (
        Sig::ForeignBody,
        pats![
            "swallowed ~coin|button|marble|bead|toy|lego|earring|screw|pin|piece", "engoliu ~moeda|botao|bolinha|brinquedo|peca", "trago ~moneda|boton|canica|juguete|pieza",
            "avale ~piece|bouton|bille|jouet", "verschluckt ~munze|knopf|murmel|spielzeug", "ingoiato ~moneta|bottone|biglia|giocattolo", "doorgeslikt|ingeslikt ~munt|muntje|knoop|knikker|speelgoed",
            "bead|pea|bean|lego|crayon|raisin|stone|sweetcorn|toy|paper ~up ~nose|ear", "bead|pea|bean|lego|raisin|toy ~in|stuck ~nose|ear", "perle|bille|jouet ~nez|oreille", "petit pois ~nez|oreille",
            "bolita|cuenta|garbanzo|juguete ~nariz|oido", "perle|erbse|spielzeug ~nase|ohr", "perlina|pallina|cece|giocattolo ~naso|orecchio", "conta|bolinha|feijao|brinquedo ~nariz|ouvido", "kraal|kraaltje|erwt|speelgoed ~neus|oor",
        ],
    ),
    (
        Sig::Catheter,
        pats!["catheter|sonde|katheter|catetere|sonda|cateter|blaaskatheter", "sonde urinaire", "sonda vesical|vescicale", "dauerkatheter|blasenkatheter"],
    ),
    (
        Sig::Suicidal,
        pats!["!dont|doesnt|didnt ~want ~to ~be ~here|alive|around", "!dont|doesnt ~want ~to ~live", "!doesnt|dont ~want ~be ~here ~anymore", "locked ~herself|himself|themselves ~pills|tablets|knife"],
    ),
    (
        Sig::BoneVisible,
        pats!["sieht|sehen ~knochen", "see|seen ~bone", "ve ~hueso", "voit|vois ~os", "vede|vedo ~osso", "ve|vejo ~osso", "ziet|zie ~bot"],
    ),
    (
        Sig::Ingested,
        pats!["drank|drunk|swallowed|ate|licked ~dishwasher|gel|softener|shampoo|mouthwash|sanitiser|sanitizer|descaler|polish|lighter|turpentine|petrol|bleach", "bebio|trago ~gel|lavavajillas|suavizante|champu", "bu|avale ~gel|lave-vaisselle|adoucissant", "getrunken|geschluckt ~spulmittel|gel|weichspuler", "bevuto|ingoiato ~gel|brillantante|ammorbidente", "bebeu|engoliu ~gel|amaciante|detergente", "gedronken|ingeslikt ~vaatwas*|gel|wasverzachter"],
    ),
    (
        Sig::Overdose,
        pats!["caixa ~inteira|toda ~comprimidos|remedios", "tomou|tomei|engoliu ~caixa"],
    ),
    (
        Sig::VisionLoss,
        pats!["sem ~enxergar|ver ~nada", "sin ~ver ~nada", "sans ~rien ~voir", "senza ~vedere ~niente|nulla", "zonder ~iets ~te ~zien"],
    ),
    (
        Sig::Haemorrhage,
        pats!["through|soaked|filled ~pad|pads|towel ~in ~#1 ~minutes|mins|min"],
    ),
    (
        Sig::Nonstop,
        pats!["!wont|doesnt|isnt|not ~ease|easing|settle|settling|calm", "!wont|doesnt|isnt|not ~let up"],
    ),
    (
        Sig::NecrotisingPain,
        pats!["worse ~than ~looks", "pior ~parece", "peor ~parece", "pire ~parait|semble", "peggio ~sembra", "schlimmer ~aussieht", "erger ~lijkt|eruitziet", "dor ~absurda|insuportavel ~pior"],
    ),
    (
        Sig::CriticalMedicine,
        pats!["depakin*|depakine|depakote|valpro*|lamictal|tegretol|carbamazepin*|topiramat*|trileptal|oxcarbazepin*", "novorapid|humalog|fiasp|apidra|lantus|levemir|tresiba|toujeo|abasaglar|humulin|insulatard", "marcoumar|sintrom|pradaxa|lixiana|edoxaban|warfarine"],
    ),
    (
        Sig::RanOut,
        pats!["finito ~il|la|le|i", "sono finite|finiti", "zijn|is ~op", "plus d", "plus de", "!ne ~ai|a ~plus", "acabou|acabaram", "fiquei sem", "!sin ~insulina|medicacion", "!ohne ~insulin|medikament*"],
    ),
    // ---------------------------------------------------------------- from batch 24 (world Englishes), on arrival
    (
        Sig::Stroke,
        pats!["!face ~not ~straight|right|normal", "!speak|speaks|talk|talks|talking ~not ~clear|clearly|properly|good"],
    ),
    (
        Sig::Breathing,
        pats!["sucking|sooking|pulling|sinking ~in ~neck|ribs|throat|chest|belly", "squeaky|whistling|crowing ~noise|sound ~breath*|breathes", "high pitched ~noise|sound ~breath*|breathes", "stridor", "tugging ~neck|throat|ribs"],
    ),
    (
        Sig::Psychosis,
        pats!["messages|signals|talking ~from|through ~tv|radio|telly", "!baby|child ~isnt|not ~ours|mine|hers|his", "talking|talks ~very|really|so ~fast", "!not ~sleeping ~at all"],
    ),
    (
        Sig::Confusion,
        pats!["talking|talks ~irrelevant|nonsense|rubbish", "come|came|coming ~over ~peculiar|funny|strange|queer|odd"],
    ),
    (
        Sig::SkullBaseSign,
        pats!["clear|watery ~stuff|fluid|liquid|water ~nose|ear", "hit|bang|banged|knock|knocked|fall|fell|ball ~bruis* ~behind ~ear|ears"],
    ),
    (
        Sig::Unconscious,
        pats!["slid|slumped|slipped ~off|down|out ~chair|seat|sofa|toilet|bench", "!not ~answer|answering|responding ~good|properly|right"],
    ),
    (
        Sig::Overdose,
        pats!["drink|drank|drinks|eat|ate|take|took|swallow ~lot|lots|many|all|whole ~pills|tablets|medicine|medicines|box"],
    ),
    (
        Sig::BellySwelling,
        pats!["rock ~hard", "belly|tummy|stomach ~hard|rigid|board"],
    ),
    (
        Sig::Procedure,
        pats!["had ~my|his|her ~gallbladder|appendix|womb|uterus|ovary|ovaries|kidney|spleen|tonsils|prostate ~out|removed", "cholecystectomy|appendectomy|appendicectomy|hysterectomy|c section|caesarean|cesarean"],
    ),
    (
        Sig::LessUrine,
        pats!["struggling|straining ~to ~wee|pee|urinate", "only ~dribbles|dribbling|drips", "dribbles ~out"],
    ),
    (
        Sig::SuddenDeafness,
        pats![
            "woke|woken ~up ~deaf", "!cant|cannot ~hear ~ear|left|right", "sudden|suddenly ~deaf", "sudden|suddenly ~hearing loss", "lost ~hearing", "deaf ~left|right|one ~ear",
            "sordo|sorda ~oido", "sordo|sorda ~de repente", "!no oigo ~oido", "sourd|sourde ~oreille|soudain*", "!n entends ~plus ~oreille", "taub ~ohr|plotzlich", "!hore ~nichts ~ohr",
            "sordo|sorda ~orecchio|improvvis*", "!non sento ~orecchio", "surdo|surda ~ouvido", "surdo|surda ~de repente", "!nao ouco ~ouvido", "doof ~oor|plotseling", "!hoor ~niets ~oor",
        ],
    ),
    (
        Sig::EmergencyContraception,
        pats![
            "morning after pill", "morning after", "condom ~broke|split|burst|slipped", "condom ~came off", "emergency contraception|contraceptive", "plan b", "ellaone|levonelle|levonorgestrel",
            "pilule ~lendemain", "preservatif ~craque|dechire", "pildora ~dia despues", "condon ~roto|rompio", "pille danach", "kondom ~gerissen|geplatzt",
            "pillola ~giorno dopo", "preservativo ~rotto", "pilula ~dia seguinte", "camisinha ~estourou|rompeu", "morning afterpil", "condoom ~gescheurd|geknapt",
        ],
    ),
    // ---------------------------------------------------------------- from batch 25 (web forms en/es/fr/de), on arrival
    (
        Sig::NonBlanching,
        pats!["!they|it|spots|dots|rash ~dont|doesnt|didnt|wont ~fade", "glass ~dont|doesnt|not|wont ~fade|fading|disappear|go", "pressed ~glass ~dont|doesnt|not|still", "!dont|doesnt|wont ~fade ~glass|pressed", "spots|dots ~dont|doesnt ~fade|disappear"],
    ),
    (
        Sig::BoneVisible,
        pats!["white ~poking|sticking ~through|out", "poking|sticking ~through ~skin", "bent ~funny|wrong|weird ~poking|bone"],
    ),
    (
        Sig::Stroke,
        pats!["!no ~mueve ~bien ~brazo|pierna|mano|lado", "!no puede ~mover ~brazo|pierna|mano", "hangt|hing ~mundwinkel|gesicht|auge|lid", "!kann ~arm|bein|hand ~nicht ~mehr ~heben|bewegen", "!ne ~bouge ~plus ~bras|jambe|main", "!non ~muove ~piu ~braccio|gamba|mano", "!nao ~mexe ~braco|perna|mao", "!kan ~arm|been|hand ~niet ~meer ~bewegen|optillen"],
    ),
    (
        Sig::ChemicalEye,
        pats!["brule|pique|brulure ~arrive|peux|peut ~pas ~ouvrir", "deboucheur|soude|destop|javel|ammoniaque|acide|chaux|ciment ~oeil|yeux|il", "oeil|yeux ~deboucheur|soude|javel|produit"],
    ),
    // ---------------------------------------------------------------- from batches 26-27 (E/U boundary, phones), on arrival
    (
        Sig::AdrenalineGiven,
        pats![
            "used|gave|give|given|did|done|jabbed|injected|had ~epipen|jext|emerade|adrenaline|epinephrine", "epipen|jext ~used|given|in", "epi pen",
            "fait|fais|mis ~stylo|epipen|adrenaline", "stylo ~epipen|adrenaline", "puesto|pusimos|puse|use ~epipen|adrenalina", "fatto|usato|messo ~epipen|adrenalina",
            "usei|usou|demos|dei ~epipen|adrenalina|caneta", "gegeben|benutzt|gespritzt ~epipen|adrenalin|pen", "gebruikt|gegeven|gezet ~epipen|adrenaline|pen",
        ],
    ),
    (
        Sig::FloorOfMouth,
        pats![
            "under ~tongue ~hard|swollen|raised|lump", "tongue ~pushed|lifted|raised ~up", "unter ~zunge ~hart|geschwollen|dick", "zunge ~hochgedruckt|angehoben",
            "bajo|debajo ~lengua ~dura|duro|hinchad*", "lengua ~levantada|empujada", "sous ~langue ~dur*|gonfl*", "langue ~soulevee|poussee", "sotto ~lingua ~dur*|gonfi*",
            "lingua ~sollevata|spinta", "debaixo|embaixo ~lingua ~dur*|inchad*", "lingua ~levantada|empurrada", "onder ~tong ~hard|gezwollen|dik", "tong ~omhoog ~geduwd|gedrukt",
        ],
    ),
    (
        Sig::BlackStool,
        pats![
            "black|tarry|tar ~poo|poop|stool|stools|bowel|motion|motions", "poo|poop|stool|stools ~black|tar|tarry", "melaena|melena",
            "caca|heces|deposiciones ~negra*|negro*|alquitran", "selles|caca ~noire*|goudron", "stuhl|kot|stuhlgang ~schwarz*|teer*", "teerstuhl",
            "feci|cacca ~nere|nera|catrame", "fezes|coco|cocô ~preto*|pretas|alcatrao", "ontlasting|poep ~zwart*|teer",
        ],
    ),
    (
        Sig::LimbNoFeeling,
        pats![
            "!cant|cannot ~feel ~toes|foot|leg|fingers|hand|arm", "!sens|sent ~plus ~orteils|pied|jambe|doigts|main|bras", "!no ~siento|siente ~dedos|pie|pierna|mano",
            "!spure|spurt ~zehen|fuss|bein|finger|hand ~nicht", "!non ~sento|sente ~dita|piede|gamba|mano", "!nao ~sinto|sente ~dedos|pe|perna|mao",
            "!voel|voelt ~tenen|voet|been|vingers|hand ~niet|meer",
        ],
    ),
    (
        Sig::AnalgesiaFailing,
        pats![
            "painkillers|ibuprofen|paracetamol|co-codamol|nurofen|tylenol|advil ~not|arent|isnt|doing ~helping|touching|nothing|working", "!ibuprofeno|paracetamol|analgesico* ~no ~hace|hacen ~nada",
            "!doliprane|paracetamol|ibuprofene|antidouleur* ~fait|font ~plus ~rien", "!ibuprofen|schmerzmittel|paracetamol ~hilft|helfen|wirkt ~nicht|nichts",
            "!tachipirina|ibuprofene|antidolorifico ~non ~fa ~niente", "!ibuprofeno|paracetamol|analgesico ~nao ~faz ~nada|efeito", "!paracetamol|ibuprofen|pijnstillers ~helpt|helpen ~niet",
        ],
    ),
    (
        Sig::Shaking,
        pats!["tiritona|tiritando|tirito"],
    ),
    (
        Sig::Pregnancy,
        pats![
            "prueba|test|teste ~positiva|positivo|positive", "#1 ~weken|weeks|semanas|wochen|semaines|settimane ~zwanger|pregnant|embarazada|schwanger|enceinte|incinta|gravida",
            // A positive pregnancy test in every language: early pregnancy, where
            // shoulder-tip pain or faintness is an ectopic until shown otherwise [NG126].
            // A bare "deu positivo" is left out: it is as often a covid test.
            "test|schwangerschaftstest|zwangerschapstest ~positif|positiv|positief|positivo|positiva", "schwangerschaftstest|zwangerschapstest|gravidanza ~positiv*|positief|positivo",
        ],
    ),
    (
        Sig::Postpartum,
        pats!["dio|dieron|dado|dar ~a luz", "seit ~der ~geburt", "depuis ~accouchement|naissance", "desde ~parto", "dopo ~parto", "sinds ~bevalling"],
    ),
    (
        Sig::BabyHarm,
        pats!["drop|dropping|dropped ~baby|him|her ~on purpose", "drop|dropping|dropped ~baby|him|her ~thoughts", "images|thoughts ~of ~drop|dropping ~baby", "fallen ~lassen", "laisser ~tomber ~bebe", "dejar ~caer ~bebe", "lasciar|far ~cadere ~bambino|bimbo", "deixar ~cair ~bebe", "laten ~vallen ~baby"],
    ),
    (
        Sig::DarkThoughts,
        pats!["baby|kind ~besser ~dran ~ohne", "baby ~beter ~af ~zonder", "niet meer hoeft", "!hoeft ~niet ~meer", "sinnlos"],
    ),
    (
        Sig::Suicidal,
        pats!["will|werde|wollte ~schluss ~machen", "tabletten|pillen ~hier ~liegen", "pillen|tabletten ~klaarliggen|klaar", "written|wrote ~letters|letter ~kids|children|family", "goodbye ~letter|letters", "sorted ~out ~my ~will"],
    ),
    (
        Sig::Ingested,
        pats!["picked ~up|found ~pill|pills|tablet|tablets ~swallowed|ate", "pill|pills|tablet|tablets ~floor ~swallowed", "swallowed ~one ~of ~pills|tablets"],
    ),
    (
        Sig::Dental,
        pats!["flemon", "zahn|zahne ~gezogen", "extraction|extracted", "muela ~sacada|quitada"],
    ),
    (
        Sig::UrineRetention,
        pats!["!sin ~poder ~orinar|mear|pis", "!sem ~conseguir ~urinar|xixi", "!sans ~pouvoir ~uriner", "!senza ~riuscire ~urinare|pipi", "!zonder ~te ~kunnen ~plassen"],
    ),
    (
        Sig::ChemicalEye,
        pats!["disgorgante|caustica|caustico|candeggina ~occhi|occhio", "soda ~caustica ~occhi|occhio"],
    ),
    (
        Sig::Overdose,
        pats!["strip|doos|pakje|blister ~oxazepam|temazepam|diazepam|lorazepam|pillen|tabletten|paracetamol|slaappillen"],
    ),
    (
        Sig::Recent,
        pats!["at ~breakfast|lunch|dinner", "petit dejeuner|dejeuner|diner", "desayuno|almuerzo|cena", "fruhstuck|mittagessen|abendessen", "colazione|pranzo", "cafe da manha|almoco|jantar", "ontbijt|avondeten|middageten"],
    ),
    (
        Sig::WatersBroke,
        pats!["waters|water ~went|gone|popped|broken|leaking"],
    ),
    (
        Sig::VisionChange,
        pats![
            "flitsen|flashes|eclairs|blitze|destellos|lampi|flashing ~oog|eye|oeil|auge|ojo|occhio|olho", "schaduw|shadow|ombre|schatten|sombra|ombra ~oog|eye|oeil|auge|ojo|occhio|olho|linkeroog|rechteroog",
            "doppelt ~gesehen|sehen|sieht", "dubbel ~zien|gezien|ziet", "vois|voyait|voit ~double", "veo|veia|ve ~doble", "vedo|vedeva|vede ~doppio", "vejo|via|ve ~dobrado|duplo",
        ],
    ),
    (
        Sig::Balance,
        pats!["gewankt|wankt|schwankt|taumelt|getaumelt", "wankelt|waggelt"],
    ),
    (
        Sig::ChestPain,
        pats!["borstpijn*", "brustschmerz*", "pijn op de borst"],
    ),
    (
        Sig::FetalMovement,
        pats!["voel ~baby ~minder|niet", "siento ~bebe ~menos", "sens ~bebe ~moins", "spure ~baby ~weniger", "sento ~bambino ~meno", "sinto ~bebe ~menos"],
    ),
    (
        Sig::WoundOpen,
        pats!["wond ~open|opengegaan|opengesprongen", "wunde ~aufgegangen|offen", "herida ~abierta|abrio", "plaie ~ouverte|ouvert", "ferita ~aperta|aperto", "ferida ~abriu|aberta"],
    ),
    (
        Sig::AllergicReaction,
        pats!["placas|manchas ~vermelhas|vermelho ~corpo", "placas ~rojas ~cuerpo", "plaques ~rouges ~corps", "quaddeln|nesselausschlag|nesselsucht", "netelroos|galbulten", "orticaria|urticaria|urticaire"],
    ),
    (
        Sig::Stroke,
        pats!["hangt|hing ~mund", "!kann ~becher|tasse|glas|loffel ~nicht ~mehr ~halten"],
    ),
    (
        Sig::SkullBaseSign,
        pats!["oor|neus ~komt ~helder ~vocht", "helder ~vocht ~uit ~oor|neus"],
    ),
    (
        Sig::FetalMovement,
        pats!["!voel ~haar|hem ~bijna ~niet", "!voel ~haar|hem ~niet ~meer"],
    ),
    // ---------------------------------------------------------------- session 8
    // Concepts from the held-out misses of batches 24-27 and the on-arrival misses of
    // batches 28-32, each in lay words across the seven languages.
    (
        // Spurting or pumping blood [BLEED]; soaking a pad an hour after birth [GTG52].
        Sig::Haemorrhage,
        pats![
            "spurt*|pumping|gushing|squirting ~blood", "blood ~spurt*|pumping|gushing|squirting",
            "sale|sangra|sangrando|salia ~a chorros", "chorro ~sangre", "sangre ~chorro|chorros|chorrea",
            "gicle|giclait|jaillit|jaillissait|pisse ~sang", "sang ~gicle|jaillit",
            "blutet ~strahl", "spritzt ~blut", "blut ~spritzt", "zampill*", "sangue ~schizza|zampilla", "schizza ~sangue",
            "jorra|jorrando|jorrava|esguicha|esguichando ~sangue", "sangue ~jorra|jorrando|esguicha|esguichando",
            "spuit|spuiten|gutst ~bloed", "bloed ~spuit|gutst",
            "remplis|rempli|remplit ~serviette|serviettes|protection ~heure|demi", "verband|maandverband ~elk|elke|ieder ~uur ~vol",
            "pad|pads ~every|each ~hour ~full|soaked|through",
        ],
    ),
    (
        Sig::BloodFromMouth,
        pats!["cough*|coughed|coughing ~up ~blood|bloody", "hustet|huste|gehustet ~blut", "tossisce|tossito ~sangue", "tossindo|tossiu ~sangue", "hoest|hoestte|opgehoest ~bloed"],
    ),
    (
        // A fit that lasts longer than the person's usual ones, or is still going [EPI].
        Sig::Seizure,
        pats![
            "fits|fit ~usually|still|longer", "fit|fits|seizure|seizures ~still ~going", "still ~fitting|seizing|jerking",
            // Five minutes or more is status epilepticus, whatever the person's history.
            "fit|fits|seizure|seizures|convulsion|fitting ~lasted|lasting|gone|going ~#5 ~minutes|mins|min",
            "crisis|convulsion* ~sigue|dura|durando", "crise|convulsion* ~dure|continue", "anfall|krampfanfall ~dauert|hort ~nicht",
            "crisi|convulsion* ~dura|continua", "crise|convulsao ~dura|continua", "aanval|stuip* ~duurt|stopt ~niet",
        ],
    ),
    (
        // Hard to wake is not drowsy: it is altered consciousness [NG143 red, EPI].
        Sig::Unconscious,
        pats![
            "!kaum|nicht ~wachzukriegen|wachzubekommen|aufzuwecken", "!hard|impossible|struggling ~to ~wake|rouse",
            "!cuesta|imposible ~despertar*", "!difficile|impossible ~reveiller", "!difficile|impossibile ~svegliar*",
            "!dificil|impossivel ~acordar", "!moeilijk|nauwelijks ~wakker",
        ],
    ),
    (
        Sig::SpeechLoss,
        pats![
            "parle ~a ~peine", "sprache ~verwaschen|undeutlich|lallend|komisch|wirr", "!praat|spreekt ~nauwelijks",
            "habla ~apenas", "parla ~appena|fatica", "!fala ~quase ~nada",
        ],
    ),
    (
        Sig::Neutral,
        pats!["parle ~peine ~anglais|francais|espagnol|allemand|italien|portugais|neerlandais", "parto normal|natural", "gone|going|went really|very|so|quite|completely|totally"],
    ),
    (
        Sig::VisionLoss,
        pats![
            "!sieht|sehe|seh ~fast|kaum ~nichts|nix", "!niks|niets ~meer ~zien", "!ve|veo ~casi ~nada", "!vois ~presque ~rien",
            "!vede|vedo ~quasi ~niente|nulla", "!vejo|ve ~quase ~nada",
        ],
    ),
    (
        Sig::SwallowTrouble,
        pats![
            "kriegt|kriege|bekommt|bekomme ~kaum|nichts ~runter", "!kan ~spuug|speeksel ~niet ~doorslikken|slikken", "!kan ~niet ~doorslikken",
            "!cant|cannot ~swallow ~spit|saliva", "!no ~puede|puedo ~tragar ~saliva", "!peut|peux ~pas ~avaler ~salive",
            "!non ~riesce|riesco ~ingoiare ~saliva", "!nao ~consegue|consigo ~engolir ~saliva",
        ],
    ),
    (
        // A raised tongue or a swollen floor of the mouth (Ludwig's angina) [SDCEP].
        Sig::FloorOfMouth,
        pats![
            "mundboden ~dick|geschwollen|hart|hoch", "zunge ~hoch|oben", "tong ~duwt|drukt|staat ~omhoog", "duwt|drukt ~tong ~omhoog", "lengua ~arriba|empuja",
            "langue ~souleve*|releve*|pousse", "lingua ~alzata|spinta", "lingua ~para cima",
        ],
    ),
    (
        Sig::UrineRetention,
        pats![
            "!kein ~wasser ~lassen", "!wasser ~nicht ~lassen", "!pas ~pipi|uriner ~depuis", "no ~pee|wee ~since|today", "no ~pee|wee ~all day",
            "!no ~he|ha ~hecho ~pis|pipi", "niente pipi", "!nao ~fez|faz ~xixi", "!geen ~plas",
        ],
    ),
    (
        // Numb between the legs, in lay words [CES].
        Sig::SaddleNumb,
        pats![
            "!kein ~gefuhl ~po|gesass|intimbereich|genital*|zwischen|unten|reithose", "intimbereich|genitalbereich|gesass|po ~taub|gefuhllos", "!voel ~niks|niets ~anus|billen|kruis|bips|schaamstreek", "!voel ~billen|bips|kruis|schaamstreek|dijen ~niet",
            "!no ~siento ~nalgas|entrepierna|genitales|culo", "!sens ~plus|pas|rien ~fesses|entrejambe|sexe",
            "!non ~sento ~glutei|sedere|inguine|genitali", "!nao ~sinto ~nadegas|bumbum|virilha|genitais",
        ],
    ),
    (
        Sig::Incontinence,
        pats!["!wasser|urin ~nicht ~halten", "!kan ~plas ~niet ~ophouden", "!no ~puedo ~aguantar ~pis|orina", "!peux ~plus ~retenir ~urine|pipi"],
    ),
    (
        // A bone through the skin, or a wound over a break [BOAST].
        Sig::BoneVisible,
        pats![
            "knochen ~durch ~haut", "schaut ~knochen ~durch", "osso ~sair|sai|pele", "hueso ~piel", "os ~peau", "osso ~pelle",
            "bot ~huid", "cut|wound|gash ~over|near|on ~break|fracture",
        ],
    ),
    (
        Sig::HeadInjury,
        pats![
            "dado|golpeado|pegado ~cabeza", "chichon|bernoccolo", "beule|bosse|galo|buil ~kopf|tete|cabeca|hoofd|front|stirn|testa",
        ],
    ),
    (
        // Many tablets at once, in lay words [POIS].
        Sig::Overdose,
        pats![
            "al|alle ~haar|zijn|mijn ~pillen|tabletten|medicijnen|antidepressiva|slaappillen", "in ~een ~keer ~ingenomen|genomen|geslikt",
            "de una vez ~pastillas|tomado|tomo|trago", "de golpe ~pastillas|tomado|tomo|trago", "d un coup ~avale|pris|cachets|comprimes",
            "auf einmal ~genommen|geschluckt|tabletten", "in una volta ~preso|prese|pastiglie", "de uma vez ~tomou|tomei|comprimidos",
            "all her|his|my ~antidepressants|sleeping",
        ],
    ),
    (
        // Poisons eaten or breathed in: wild mushrooms, carbon monoxide [POIS].
        Sig::Ingested,
        pats![
            "wild|picked|foraged ~mushrooms", "mushrooms ~picked|foraged|woods|forest", "setas|hongos ~recogid*|campo|monte|bosque",
            "champignons ~ramasses|cueillis|foret|bois", "pilze ~gesammelt|wald", "funghi ~raccolti|bosco", "cogumelos ~apanhados|colhidos|mato",
            "paddenstoelen ~geplukt|bos",
        ],
    ),
    (
        // Fumes: a context, harmful only with symptoms (see the table).
        Sig::Fumes,
        pats![
            "carbon monoxide", "monoxido|monoxyde|kohlenmonoxid|monossido|koolmonoxide", "fumes|gas ~leak|heater|boiler|fire",
            "gasofen|gastherme|gasheizung|gaskachel|geiser|gaslek|gasleck", "estufa|stufa|poele ~gas", "fuite|fuga ~gaz|gas",
        ],
    ),
    (
        Sig::ElectricShock,
        pats![
            "electric|electrical ~shock", "electrocut*", "stromschlag", "descarga ~electrica", "electrocut*", "electrise*|electrocution",
            "scossa ~elettrica", "folgorat*", "choque ~eletrico", "eletrocut*", "stroomstoot|elektrocut*", "geelektrocuteerd",
        ],
    ),
    (
        Sig::HeartRate,
        pats!["herz ~stolpert|rast|rast", "coeur ~s emballe|emballe", "corazon ~acelerado|desbocado", "cuore ~batte ~forte", "coracao ~acelerado|disparado", "hart ~slaat ~over|snel"],
    ),
    (
        // A first dose of a medicine is an allergen like any other [RCUK].
        Sig::Allergen,
        pats![
            "eerste|1e ~pil|pilletje|tablet|dosis", "primera ~pastilla|dosis|toma|pildora", "premier|premiere ~comprime|cachet|dose|prise",
            "erste|ersten ~tablette|dosis|einnahme", "prima ~pillola|pastiglia|compressa|dose", "primeiro|primeira ~comprimido|dose|toma",
        ],
    ),
    (
        Sig::FaceSwelling,
        pats!["lip|lippen|gezicht|tong|ogen|oogleden ~zwellen|zwelt|gezwollen|opgezwollen|dik|dikker|opgezet"],
    ),
    (
        Sig::Hoarse,
        pats!["hees|schor", "stem ~hees|schor"],
    ),
    (
        Sig::KetoneBreath,
        pats![
            "respiracao|respira ~rapida|funda|profunda|ofegante", "respiracion|respira ~profunda|honda", "respiration|respire ~profonde|profondement",
            "atmung|atmet ~tief", "respiro|respira ~profond*", "ademhaling|ademt ~diep",
            "halito|aliento|haleine|alito|atem|adem|breath ~esquisito|estranho|raro|bizarre|strano|komisch|raar|weird|funny",
        ],
    ),
    (
        // A sudden worst headache told in lay words [NG228].
        Sig::ThunderclapHeadache,
        pats![
            "subit*|repentin* ~dor|dolor ~cabeca|cabeza", "dor|dolor ~cabeca|cabeza ~subit*|repentin*",
            "como|like|comme|wie|come ~pancada|martelada|golpe|coup|schlag|hit|colpo ~nuca|nacken|nuque|head|cabeca|cabeza|tete|kopf",
            "head|heads ~suddenly|sudden ~splitting|exploding|pounding|killing", "headache|head|heads ~worst ~ever",
        ],
    ),
    (
        Sig::Headache,
        pats!["heads ~hurts|hurting|pounding|splitting|killing|banging"],
    ),
    (
        Sig::Fever,
        pats!["temperature|temp|fever|fiebre|fievre|fieber|febbre|febre|koorts ~forty|cuarenta|quarante|vierzig|quaranta|quarenta|veertig"],
    ),
    (
        // A bruise-like rash or purple spots (purpura): with fever, meningococcal [NG240].
        Sig::Purpura,
        pats![
            "rash ~like|looks ~bruises|bruising|bruise", "purple|purply|purplish ~spots|dots|rash|blotches",
            "manchas|manchitas|puntos|puntitos ~morad*|purpura", "taches|points ~violet*|violac*|pourpre*",
            "flecken|punkte|punktchen ~lila|violett|dunkelrot", "macchie|macchioline|puntini ~viola|violacee",
            "manchas|manchinhas|pontinhos ~roxas|roxos|roxinhas", "vlekjes|puntjes|vlekken ~paars*",
        ],
    ),
    (
        Sig::NonBlanching,
        pats!["!no ~se ~van|iban|quitan ~apretar|presionar|vaso"],
    ),
    (
        Sig::InhalerFailing,
        pats![
            "#4 ~puffs|inhalaciones|bouffees|hube|hub|spruzzi|jatos|pufjes|pufs ~still|sigue|igual|toujours|immer|ancora|continua|ainda|nog|nothing|nada|rien|nichts|niente|niets",
            "silent chest", "!no ~oye ~pecho",
        ],
    ),
    (
        // Pain out of proportion to how the skin looks (necrotising fasciitis) [NF].
        Sig::NecrotisingPain,
        pats![
            "worse|more ~than ~it ~looks", "looks ~fine|normal|nothing ~but ~pain|agony|hurts|unbearable", "only|just ~looks ~bit|little|slightly ~red",
            "mas|peor ~de lo que ~parece|aparenta", "plus|pire ~que ~parait|semble", "mehr|schlimmer ~als ~es ~aussieht",
            "piu|peggio ~di quanto ~sembra", "mais|pior ~do que ~parece", "erger|meer ~dan ~het ~lijkt|eruitziet",
        ],
    ),
    (
        Sig::LimbCompromise,
        pats!["fuss|hand|bein|voet|pie|piede|pe|pied|main|foot|leg ~kribbelt|kribbeln|tintelt|hormiguea|formicola|formiga|formigando|formicolando|fourmille|tingling|tingles", "mano|mao ~hormiguea|formicola|formiga|formigando|formicolando"],
    ),
    (
        Sig::Cast,
        pats!["cast|casts|platre|gips|gesso|yeso|escayola|spalk|attelle|schiene|ferula|tutore", "plaster ~cast|arm|leg|wrist|ankle"],
    ),
    (
        Sig::Sudden,
        pats![
            "sudden|suddenly", "out of nowhere", "de repente", "repentin*|subit*|subitamente", "de golpe", "soudain*|brutal|brutale|brusque*",
            "plotzlich|schlagartig", "improvvis*", "di colpo", "do nada", "plots|plotseling|ineens|opeens",
        ],
    ),
    (
        // Abdominal pain that spreads over the whole belly (a burst appendix) [APP].
        Sig::PainEverywhere,
        pats![
            "all over ~tummy|belly|stomach|abdomen", "everywhere ~tummy|belly|stomach|abdomen", "tummy|belly|stomach ~all over", "tummy|belly|stomach ~everywhere", "spreading ~all over", "spreading ~everywhere",
            "por toda|todo ~tripa|barriga|vientre|abdomen|panza", "tout ~ventre", "partout ~ventre", "ventre ~partout",
            "ganzen ~bauch", "bauch ~uberall", "uberall ~bauch", "tutta ~pancia", "pancia ~dappertutto", "toda ~barriga", "barriga ~toda|inteira",
            "buik ~overal", "overal ~buik", "partout|overal|everywhere|uberall|dappertutto ~pire|erger|worse|schlimmer|peggio|pior|peor",
        ],
    ),
    (
        // Burns told after the body part, and in Italian, Portuguese and Dutch.
        Sig::Burn,
        pats!["hand|arm|leg|foot|face|skin|chest|back|fingers|tummy ~burnt|burned|scalded", "ustion*|scottat*|bruciatur*", "queimad*|queimei|queimou", "brandwond*"],
    ),
    (
        // "nn respiro", "n consigo respirar": phone Italian and Portuguese.
        Sig::Breathing,
        pats!["!non|nn ~respiro", "!n|and|nao|nem ~consigo|consegue ~respirar"],
    ),
    (
        // Idioms that borrow a symptom: dying of curiosity, a bill that nearly gave a
        // heart attack, choking on a laugh, being fitted in.
        Sig::Benign,
        pats![
            "je|me ~meurs ~envie|curiosite|faim|rire|ennui|impatience", "muoio|morendo|morire ~curiosita|fame|voglia|ridere|noia",
            "morrendo|morro ~curiosidade|fome|vontade|rir|tedio", "ga|gaat ~dood ~nieuwsgierigheid|honger|verveling|lachen",
            "muero|muriendo ~curiosidad|ganas|hambre|risa", "sterbe ~neugier|hunger|lachen|langeweile", "dying ~curiosity|laughing|embarrassment",
            "almost|nearly ~had ~heart attack", "quase|casi ~ataque ~cardiaco|corazon", "fast ~herzinfarkt", "presque ~crise cardiaque",
            "quasi ~infarto", "bijna ~hartaanval|hartinfarct", "herzinfarkt ~rechnung|preis|kosten|gesehen",
            "ataque ~cardiaco ~orcamento|conta|preco|vi", "infarto ~factura|precio|cuenta|fattura|preventivo|prezzo",
            "failli|presque ~etouffer|mourir", "fitting|fit ~me|us|him|her|them ~in",
            "exame|exames|analise|analises|coleta ~sangue", "esame|esami|analisi|prelievo ~sangue",
        ],
    ),
    (
        // History in the other languages: a year or more back, as a child, for years.
        Sig::Past,
        pats![
            "l an ~dernier|passe", "annee ~derniere|passee", "annees ~#50", "il y a ~#1 ~ans|annees", "anno scorso", "#1 ~anni|anno ~fa", "anni ~fa",
            "ano passado", "anos atras", "ha ~#1 ~anos", "vorig jaar", "jaar|jaren ~geleden", "#1 ~jaar ~geleden", "als teenager|jugendlicher|kleinkind",
            "as a toddler|kid|child|baby|teenager", "de pequeno|pequena|chico|chica|bebe", "for ~years", "depuis ~des ~annees", "seit ~jahren",
            "desde hace ~anos", "da ~anni", "al ~jaren", "jarenlang", "toda la vida", "all my life",
        ],
    ),
    (
        Sig::Neutral,
        pats!["nasen ~op|operation|korrektur"],
    ),
    (
        Sig::Severe,
        pats!["unglaublich|wahnsinnig|hollisch|hoellisch|hevig|hevige|ondraaglijk|vreselijk|verschrikkelijk"],
    ),
    (
        Sig::Resolved,
        pats!["finally ~broke|gone|settled|down"],
    ),
    (
        Sig::VisionLoss,
        pats!["vision|sight ~went|gone ~completely|suddenly|totally", "blind|shutter ~came|coming ~down"],
    ),
    (
        // "As if a blind came down" describes the loss; it does not suppose it.
        Sig::Neutral,
        pats!["as if"],
    ),
    (
        // "It eased this morning and now it is much worse": a return, not a resolution.
        Sig::Recur,
        pats![
            "now ~worse|again|everywhere", "jetzt ~schlimmer|ganze", "ahora ~peor|otra", "maintenant ~pire|encore", "tornato|tornata|ritornato|ritornata",
            "ora ~peggio", "agora ~pior|voltou", "nu ~erger",
        ],
    ),
    (
        Sig::KetoneBreath,
        pats!["zwaar|diep ~ademen|ademt"],
    ),
    (
        // Lying on the floor for hours (a long lie): hypothermia and crush [MTS falls].
        Sig::Unconscious,
        pats![
            "floor|ground ~since|all ~night|hours|yesterday|morning", "par terre|sol ~toute ~nuit|depuis|heures", "suelo ~toda ~noche|desde|horas",
            "boden ~ganze|ganzen ~nacht|seit|stunden", "terra|pavimento ~tutta ~notte|da|ore", "chao ~noite|desde|horas", "vloer|grond ~hele ~nacht|sinds|uren",
        ],
    ),
    (
        // Shaking or jerking on the floor that does not stop is a fit [EPI].
        Sig::Seizure,
        pats![
            "shaking|jerking|twitching|convulsing ~on ~floor|ground", "shaking|jerking ~not|wont|cant ~stopping|stop",
            "temblando|convulsionando|sacudiendo ~suelo", "tremble|secoue ~terre|sol", "zittert|zuckt|krampft ~boden", "trema|scatti ~terra|pavimento",
            "tremendo|tremer|sacudindo ~chao", "trilt|schokt ~grond|vloer",
        ],
    ),
    (
        Sig::Postpartum,
        pats!["teve|tive|tevo ~bebe|parto", "ha ~#1 ~dias ~parto", "bebe ~nao ~e ~dela|meu|minha"],
    ),
    (
        Sig::Pain,
        pats!["male|mal ~pancia|schiena|denti|dente|gola|orecchio|stomaco|petto|gamba|braccio", "bauchweh|ruckenweh|zahnweh|halsweh|ohrenweh|magenweh", "buikpijn|rugpijn|keelpijn|kiespijn|tandpijn|oorpijn|maagpijn|beenpijn|armpijn|nekpijn|kaakpijn", "hurts|hurting|pain|ache ~everywhere|all over"],
    ),
    (
        Sig::PainEverywhere,
        pats!["hurts|hurting|pain|ache ~everywhere", "ganze ~wampe", "wampe ~ganz"],
    ),
    (
        Sig::Balance,
        pats!["!non ~riesco ~stare ~piedi", "!no ~puedo ~mantener* ~pie", "!tiens ~plus ~debout", "!kann ~nicht ~stehen", "!nao ~consigo ~ficar ~pe", "!kan ~niet ~staan"],
    ),
    (
        Sig::Dizziness,
        pats!["tutto|todo|tout|alles|alles ~gira|girando|tourne|draait|dreht", "voel ~flauw", "flauw"],
    ),
    (
        Sig::ShoulderTip,
        pats!["pijn|dolor|douleur|mal|schmerz*|dolore|dor ~schouder|hombro|epaule|schulter|spalla|ombro"],
    ),
    (
        Sig::SkinColour,
        pats!["*blauw|*grijs|grijsblauw|blauwgrijs", "*blau|*grau"],
    ),
    (
        Sig::Haemorrhage,
        pats!["elk|elke|ieder ~kwartier|uur ~verband", "heel ~veel ~bloed"],
    ),
    (
        Sig::Diabetic,
        pats!["jardiance|forxiga|dapagliflozin*|empagliflozin*|canagliflozin*|invokana|sglt2", "voor ~mijn ~suiker"],
    ),
    (
        Sig::SwallowTrouble,
        pats!["moeilijk ~slikken"],
    ),
    (
        Sig::Breathing,
        pats!["!krijg ~moeilijk ~lucht", "moeilijk ~ademen"],
    ),
    (
        Sig::Indigestion,
        pats!["maagzuur|maagzuurgevoel|maagzuurklachten"],
    ),
    (
        Sig::Radiating,
        pats!["trekt|straalt ~naar ~kaak|arm|schouder|rug"],
    ),
    (
        Sig::NonBlanching,
        pats!["!gehen|geht ~nicht ~weg ~glas", "!verdwijnen|verdwijnt ~niet ~glas"],
    ),
    (
        // Hot, red swelling: cellulitis, an infected bite or lump, a hot joint [NG141].
        Sig::HotSwelling,
        pats![
            "hot|warm swollen|swelling|red|tender|lump", "swollen|red hot|warm", "caliente hinchad*|roj*", "hinchad*|roj* caliente",
            "chaud|chaude gonfl*|rouge", "gonfl*|rouge chaud|chaude", "heiss|warm geschwollen|dick|rot", "geschwollen|dick|rot heiss|warm",
            "caldo|calda gonfi*|ross*", "gonfi*|ross* caldo|calda", "quente inchad*|vermelh*", "inchad*|vermelh* quente",
            "heet|warm gezwollen|dik|rood", "gezwollen|dik|rood heet|warm",
        ],
    ),
    (
        // An animal bite [MTS bites and stings].
        Sig::AnimalBite,
        pats![
            "dog|cat|monkey|horse|rat|bat|fox|snake|spider ~bit|bitten|bite", "bitten ~by ~dog|cat|monkey|horse|rat|bat|fox|snake",
            "perro|gato|mono|murcielago ~mordio|mordido|mordedura", "mordedura ~perro|gato", "chien|chat|singe|chauve ~mordu|mordue|morsure", "morsure ~chien|chat",
            "hundebiss|katzenbiss|affenbiss|hund|katze|affe ~gebissen|biss", "cane|gatto|scimmia ~morso|morsicat*", "morso ~cane|gatto",
            "cachorro|cao|gato|macaco ~mordeu|mordida", "mordida ~cachorro|cao|gato", "hondenbeet|kattenbeet|hond|kat ~gebeten|beet",
        ],
    ),
    (
        // Burning or stinging passing urine; urine infection words.
        Sig::UrinaryInfection,
        pats![
            "burning|burns|stings|stinging|hurts ~pee|wee|wees|urinate|peeing|weeing", "cystitis", "uti", "urine infection",
            "arde|escuece ~orinar|pis|mear", "infeccion ~orina", "brule|brulure ~uriner|pipi", "infection urinaire", "brennt ~pinkeln|wasserlassen|urin",
            "blasenentzundung", "brucia ~pipi|urinare", "cistite", "arde ~xixi|urinar", "infeccao urinaria", "brandt ~plassen", "blaasontsteking",
        ],
    ),
    (
        Sig::EyeSurgery,
        pats![
            "cataract|catarata|cataracte|katarakt|staar|staaroperatie|lasik|lasek|prk", "grauer ~star", "eye ~op|operation|surgery",
            "oeil ~opere", "operei|operado ~olho|catarata", "ooglaser*", "augen ~op|laser", "augen-op",
        ],
    ),
    (
        Sig::ProcedureDone,
        pats![
            "boob job", "augmentation|implants|lipo|liposuction|abdominoplast*|facelift|rhinoplast*|blepharoplast*|bbl", "tummy tuck",
            "hair transplant", "protese ~silicone", "coloquei|pus|botei ~protese|proteses|silicone", "aumento ~pecho", "lipoescultura|lipoaspiracao|lipoaspiracion|liposuccion|liposuccio",
            "haartransplantation|haartransplantatie", "greffe ~cheveux", "augmentation mammaire", "brustvergrosserung|borstvergroting|mastoplastica",
        ],
    ),
    (
        // Thoughts of not being alive, without a plan: a same-day talk [NG225].
        Sig::DarkThoughts,
        pats![
            "not ~wanting ~to ~be ~around|here|alive", "mejor ~muerta|muerto", "no vale ~pena ~vivir", "nao vale ~pena ~viver",
            "vaut ~pas ~peine ~vivre", "lohnt ~sich ~nicht ~leben", "non vale ~pena ~vivere", "geen ~zin ~leven",
            "se corta|cortaba|cortes ~brazos|piernas|munecas", "se scarifie", "ritzt ~sich", "si taglia", "se cortou|corta ~bracos|pernas", "snijdt ~zichzelf",
        ],
    ),
    (
        // Reduced fetal movements in lay words [GTG57].
        Sig::FetalMovement,
        pats![
            "!casi|apenas ~noto|siento ~bebe", "baby|bebe|bb ~quiet|quieter|pouco|menos|moins|weniger|minder|meno", "mexendo|moving|bouge|beweegt|muove|mueve ~pouco|less|moins|minder|meno|menos",
            "kicks|pataditas|coups|tritte|schopjes|calci|chutes ~less|fewer|hardly|menos|moins|weniger|minder|meno", "hardly ~anything ~kicks",
        ],
    ),
    (
        Sig::WatersBroke,
        pats!["perdu|perds|perte ~liquide"],
    ),
    (
        Sig::VisionChange,
        pats![
            "flashes|flashing ~light|lights", "black ~dots|spots ~eye", "cobweb*", "voile ~vision|champ|gris", "olho|ojo|oeil|occhio|auge|oog|eye ~flashes|moscas|mouches|mosche|flitsen|blitze|floaters",
        ],
    ),
    (
        Sig::FaceSwelling,
        pats!["cheek|cheeks ~swollen|swelled|puffy|big", "bochecha|rosto ~inchou|inchando", "joue ~enfle*", "wang ~opgezwollen"],
    ),
    (
        Sig::NoWeight,
        pats!["fuss|voet ~anheben|hochheben|optillen"],
    ),
    (
        Sig::Stroke,
        pats!["gelallt"],
    ),
    (
        // A typical seizure named with the person's epilepsy, in the other languages.
        Sig::Seizure,
        pats![
            "epilep* ~crisis|crisi|crise|ataque|anfall|anfalle|aanval", "crisis|crisi|crise|anfall|anfalle|aanval ~habitual|habituelle|habituel|ublichen|ublich|solita|solite|sempre|siempre",
            "ublich*|usual|habitual*|habituel* ~crisis|crisi|crise|anfall*|aanval|seizure*|fit|fits",
        ],
    ),
    (
        // "danach war alles wieder gut": "wieder" is read as "again", which hides a cue
        // that contains it, so the resolution is read from the words before it.
        Sig::Resolved,
        // "nu alles normaal", "ora tutto normale", "agora tudo normal": now, all well.
        pats!["danach|seitdem|inzwischen|jetzt ~alles", "ya bien", "ora bene", "ja bem", "nu weer goed", "nu ~alles ~normaal|goed", "ora ~tutto ~normale|bene", "agora ~tudo ~normal|bem",
            "wieder ~alles ~gut|ok|okay|normal", "weer ~alles ~goed|ok|normaal"],
    ),
    (
        Sig::Usual,
        pats!["habituel*|habitual*|ublich*|solit*|usual|usually|gewohnlich|gebruikelijk*", "comme ~d ~habe|habitude", "igual ~sempre|siempre"],
    ),
    (
        // Caustic chemicals: in the eye or on the skin they are an emergency [EYE, MTS].
        Sig::Chemical,
        pats![
            "bleach|lime|cement|caustic|lye|ammonia", "oven|drain ~cleaner|spray", "lejia|cemento|sosa|amoniaco|desatascador", "cal viva",
            "javel|chaux|ciment|soude|ammoniaque|deboucheur|destop", "chlorreiniger|kalk|zement|abflussreiniger|rohrreiniger|natronlauge|ammoniak",
            "candeggina|calce|ammoniaca|disgorgante", "soda caustica", "lixivia|cimento|desentupidor", "bleekmiddel|ontstopper", "ongebluste kalk",
        ],
    ),
    (
        Sig::EyeNamed,
        pats!["eye|eyes|ojo|ojos|oeil|yeux|auge|augen|occhio|occhi|olho|olhos|oog|ogen"],
    ),
    (
        // Many tablets told with a number word; a full strip [POIS].
        Sig::Overdose,
        pats![
            "ten|twelve|fifteen|twenty|thirty|forty|fifty|dozen ~paracetamol|pills|tablets|tabs|ibuprofen|co-codamol|sleeping",
            "diez|quince|veinte|treinta|cuarenta ~pastillas|paracetamol|comprimidos", "dix|quinze|vingt|trente|quarante ~comprimes|cachets|doliprane|paracetamol",
            "zehn|funfzehn|zwanzig|dreissig|vierzig ~tabletten|paracetamol|pillen", "dieci|quindici|venti|trenta|quaranta ~pastiglie|compresse|tachipirina|paracetamolo",
            "dez|quinze|vinte|trinta|quarenta ~comprimidos|paracetamol", "tien|vijftien|twintig|dertig|veertig ~pillen|tabletten|paracetamol",
            "full|whole|entire ~strip|sheet|blister|packet|box|bottle", "wants ~to ~die",
        ],
    ),
    (
        // A child and something that is not food, in more words [POIS].
        Sig::Ingested,
        pats![
            "pills|tablets|medicine ~mouth", "mouth ~pills|tablets", "comeu|tomou|engoliu|bebeu ~pastilha|xarope|comprimido|comprimidos|detergente|lixivia|pilha|remedio",
            "tomo|bebio|trago ~cloro|lejia|detergente|jarabe", "cloro|lejia ~trago|bebio|tomo", "ingoiat*|mangiato|bevuto ~pila|pastiglia|detersivo|candeggina|sciroppo",
            "pila|pilas|pile|batteria|bateria|pilha ~boton|bouton|bottone|botao", "button ~battery|batteries|cell", "knopfzelle|knopfbatterie|knoopcel*|knoopbatterij",
            "xarope|jarabe|sciroppo|sirop|sirup|siroop ~todo|entero|tutto|toute|ganze|hele",
        ],
    ),
    (
        Sig::FaceSwelling,
        pats!["lip|lips|face|tongue|eye ~massive|huge|enormous|puffed"],
    ),
    (
        Sig::ChestPain,
        pats!["pain|ache|pressure|tightness ~chest", "pain|ache|pressure|tightness ~middle|centre|center ~chest", "chest ~elephant|weight|crushing"],
    ),
    (
        Sig::Radiating,
        pats!["pijn|dolor|douleur|schmerz*|dolore|dor ~kaak|kiefer|machoire|mandibula|mascella|schouderbladen|omoplatas|omoplates|schulterblatter|scapole"],
    ),
    (
        // Goodbyes and notes: a plan being carried out [MHF].
        Sig::Suicidal,
        pats![
            "saying|said|says ~goodbye", "goodbye ~note|letter|messages|texts", "found ~note", "se despide|despidiendo", "carta ~despedida",
            "lettre ~adieu", "abschiedsbrief", "lettera ~addio", "afscheidsbrief",
        ],
    ),
    (
        Sig::Breathing,
        pats!["harder ~to ~breathe"],
    ),
    (
        Sig::SwallowTrouble,
        pats!["harder ~to ~swallow"],
    ),
    (
        // Postpartum psychosis in lay words: the baby swapped, voices on the TV, powers [CG192].
        Sig::Psychosis,
        pats![
            "tv|telly|radio ~talking|talk|speaking ~to ~her|him|me", "baby ~swapped|switched|replaced", "tiene ~poderes", "a ~des ~pouvoirs", "hat ~krafte|superkrafte",
            "ha ~poteri", "tem ~poderes", "heeft ~krachten",
        ],
    ),
    (
        Sig::ChangedBehaviour,
        pats!["no ~para ~de ~hablar", "sin ~dormir", "hasnt|hasn't|not ~slept", "pas ~dormi", "nicht ~geschlafen", "non ~dorme|dormito", "nao ~dorme|dormiu", "niet ~geslapen"],
    ),
    (
        Sig::Severe,
        pats!["brutal|tremendo|tremenda|unreal"],
    ),
    (
        Sig::Neutral,
        pats!["ya no ~puedo|puede|consigo"],
    ),
    (
        Sig::Filler,
        pats!["*filler", "levre|levres|lippe|lippen|labbra|labio|labios ~injection|injectee|injections|filler|acido"],
    ),
    (
        Sig::VisionChange,
        pats!["vision|sight ~blurry|blurred|misty|cloudy|fuzzy", "eye ~gone|going|getting ~blurry|misty|cloudy", "appannat*|annebbiat*", "vendo ~dobrado|embacado|turvo"],
    ),
    (
        Sig::SaddleNumb,
        pats!["!sens ~plus|pas|rien ~cuisses|essuie", "!cant|cannot ~feel ~loo roll|tissue", "saddle ~anaesthesia|anesthesia|numb*"],
    ),
    (
        Sig::UrineRetention,
        pats!["!arrive|peux ~plus ~uriner", "!havent|hasnt ~voided"],
    ),
    (
        Sig::Incontinence,
        pats!["pipi|urina ~scappa"],
    ),
    (
        Sig::LimbCompromise,
        pats!["foot|hand|toes|fingers ~pins and needles|tingling|tingly", "leg|calf|shin|forearm ~rock hard|tense", "wade|bein|unterschenkel ~steinhart"],
    ),
    (
        Sig::ElectricShock,
        pats!["bare|live ~wire", "grabbed ~wire", "cable|kabel|cavo|fio ~pelado|denude|blank|scoperto|descascado"],
    ),
    (
        Sig::HeartRate,
        pats!["heart ~feels ~funny|weird|strange|odd", "heart ~racing|pounding|fluttering|skipping"],
    ),
    (
        Sig::Haemorrhage,
        pats!["soaking|soaked|soaks ~through ~towel|towels|bandage|dressing"],
    ),
    (
        Sig::Seizure,
        pats!["epilett* ~crisi"],
    ),
    (
        Sig::NoPulse,
        pats!["!non ~sente|sento|trova ~polso", "!no ~siento|encuentro ~pulso", "!sens|trouve ~pas ~pouls", "!kein ~puls", "!nao ~sinto ~pulso", "!geen ~pols"],
    ),
    (
        Sig::Vomiting,
        pats!["muss|musste ~brechen", "standig|dauernd ~brechen"],
    ),
    (
        Sig::SaddleNumb,
        pats!["!dijen|billen|bips|kruis ~niet ~meer"],
    ),
    (
        Sig::HotSwelling,
        pats!["boule|bosse|lump|bump|knoten|bolita|bulto|nodulo|bult|nodulo|pallina ~chaude|rouge|red|hot|warm|rot|heiss|caliente|roja|quente|vermelha|calda|rossa|rood|heet"],
    ),
    (
        Sig::CantLieFlat,
        pats![
            "!cant|cannot ~lie|lay ~flat|down", "!kann ~nicht ~liegen|hinlegen", "!peux|peut ~pas ~allonger|coucher", "!no ~puedo|puede ~acostar*|tumbar*",
            "!non ~riesco|riesce ~sdraiar*", "!nao ~consigo|consegue ~deitar", "!kan ~niet ~liggen",
        ],
    ),
    (
        Sig::BellySwelling,
        pats![
            "belly|tummy|stomach|abdomen ~getting|gets|got ~bigger|huge|swollen", "put|gained ~#1 ~kg|kilo|kilos|pounds|lbs",
            "bauch ~riesig|aufgeblaht|wachst", "ventre ~enorme|grossit", "barriga|tripa|vientre ~enorme|crece", "pancia ~enorme|cresce",
            "barriga ~cresce", "buik ~groeit|enorm",
        ],
    ),
    (
        Sig::LessUrine,
        pats!["kaum|wenig ~pipi|urin|gepinkelt", "weinig|nauwelijks ~plas", "poco|poca ~pipi", "pouco ~xixi", "peu ~pipi"],
    ),
    (
        // Clinics name vascular occlusion's context in lay words too: "did my lips", a nose job with filler.
        Sig::Filler,
        pats!["did|done ~my|her ~lips", "rinomodelacion|rinomodelacao|rhinomodelage|rinofiller", "lippen ~aufgespritzt|opgespoten|gespritzt", "aufgespritzt", "*unterspritzung|*aufspritzung"],
    ),
    (
        Sig::Pregnancy,
        pats!["pos ~test|tests"],
    ),
    (
        // Italian and Dutch lay words for waters breaking and not bearing weight.
        Sig::WatersBroke,
        pats!["perso|perse ~acque", "vliezen ~gebroken", "water ~gebroken|breken"],
    ),
    (
        Sig::NoWeight,
        pats!["!non|nn ~riesco|riesce ~poggiare|appoggiarlo|poggiarlo"],
    ),
    (
        // A new temple headache or pain on chewing in an older person (GCA) [EYE].
        Sig::GiantCellArteritis,
        pats![
            "mal|douleur|dolor|dolore|dor|pijn|schmerz*|pain ~tempe|tempes|tempia|tempie|tempora|sien|schlafe|slaap|temple|temples",
            "machant|mastigando|masticando|kauen|kauwen|chewing ~mal|dolor|dor|pijn|weh|hurts|pain|dolore",
            "mal|douleur|dolor|dolore|dor|pijn|schmerz*|pain|hurts ~machant|mastigando|masticando|kauen|kauwen|chewing",
        ],
    ),
    (
        Sig::LargeArea,
        pats![
            "everywhere|overal|partout|uberall|dappertutto", "all over", "whole body", "todo ~cuerpo", "tout ~corps", "ganzen ~korper",
            "tutto ~corpo", "corpo ~todo|inteiro", "hele ~lichaam",
        ],
    ),
    (
        Sig::Indigestion,
        pats!["mauvaise digestion", "mala digestion", "schlechte verdauung", "cattiva digestione", "slechte spijsvertering"],
    ),
    (
        Sig::Benign,
        pats!["swallowed ~gum", "engoliu|comeu ~pastilha ~elastica", "chiclete|chicle|kaugummi|kauwgom", "maagzuurremmer*|antacid*|omeprazol*|gaviscon|rennie", "bloedverdunner*|bloedverdunning", "lower|higher ~than ~right|left"],
    ),
    (
        Sig::HeadNamed,
        pats!["head|forehead|hoofd|voorhoofd|kopf|stirn|tete|front|cabeza|frente|testa|fronte|cabeca|testa"],
    ),
    (
        // Calls for help in the seven languages; one on its own is urgent (see `decide`).
        Sig::Alarm,
        pats!["aide", "aiuto|aiutami|aiutatemi|soccorso", "socorro|ajuda|ajudem|acudam", "hulp", "ayudame|ayudenme", "help me"],
    ),
];

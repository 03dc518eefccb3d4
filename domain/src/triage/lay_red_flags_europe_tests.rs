//! Tests for session 15d (TRIAGE.md): the red flags of batch 80 as concepts, the
//! regional words and the negations they needed, in other words than the batch, with
//! hard negatives (past, negated, a question, someone else, an idiom, a subject).

use super::thumb_tests::check;
use super::*;

use Urgency::{Emergency, Routine, Urgent};

#[test]
fn arterial_bleeding_told_as_a_rhythm() {
    check(&[
        (
            "me corté con el cristal y sale al ritmo del pulso, no para",
            Emergency,
        ),
        ("coupure au poignet, ça gicle par saccades", Emergency),
        ("o sangue sai aos jatos do braço", Emergency),
        ("il sangue esce a fiotti dalla gamba", Emergency),
        ("het bloed komt er met stoten uit", Emergency),
        ("beim Holzhacken geschnitten, es spritzt im Takt", Emergency),
        // Not blood: a runny nose "a chorros", a hose, and sweat.
        ("tengo la nariz que moquea a chorros desde ayer", Routine),
    ]);
}

#[test]
fn a_fit_told_as_shaking_and_drooling() {
    check(&[
        (
            "mi hija temblaba entera y le salía espuma de la boca",
            Emergency,
        ),
        ("il nonno tremava tutto e sbavava, ora dorme", Emergency),
        (
            "mein Sohn zuckte am ganzen Körper und hatte Schaum vor dem Mund",
            Emergency,
        ),
        ("hij schokte helemaal en kwijlde, nu slaapt hij", Emergency),
        // Shivering with a fever, and a teething baby drooling, are not fits.
        ("il tremble de froid avec 38,5 depuis ce matin", Urgent),
        (
            "mon bébé tremble un peu quand il a froid après le bain",
            Routine,
        ),
    ]);
}

#[test]
fn a_place_or_a_plan_with_cannot_go_on() {
    check(&[
        ("estou na linha do trem, não aguento mais", Emergency),
        (
            "sto sul ponte della ferrovia e non ce la faccio più",
            Emergency,
        ),
        (
            "ik sta op het balkon van de 9e verdieping, ik kan niet meer",
            Emergency,
        ),
        (
            "ya no puedo más, ya elegí el lugar y todo está preparado",
            Emergency,
        ),
        ("ich kann nicht mehr, es ist alles vorbereitet", Emergency),
        (
            "je n'en peux plus, j'ai tout préparé, c'est pour cette nuit",
            Emergency,
        ),
        // A balcony, a plan or a railway without danger words: routine.
        (
            "il balcone dello studio è chiuso? al quarto piano non c'è ascensore",
            Routine,
        ),
        (
            "tudo planejado para a cirurgia de amanhã, a que horas chego?",
            Routine,
        ),
        (
            "ik woon naast het spoor, kan ik een later tijdstip krijgen?",
            Routine,
        ),
    ]);
}

#[test]
fn portuguese_mais_is_more_not_but() {
    check(&[
        ("a dor no peito tá cada vez mais forte", Emergency),
        ("tenho uma corda aqui, n aguento mais", Emergency),
        // French "mais" still ends the clause of a negation.
        ("pas de fièvre mais je vomis depuis ce matin", Urgent),
    ]);
}

#[test]
fn scalds_with_the_voice_going() {
    check(&[
        (
            "se le cayó el aceite hirviendo en la cara y ahora está ronca",
            Emergency,
        ),
        (
            "acqua bollente sul collo, la voce è diventata rauca",
            Emergency,
        ),
        (
            "kochendes Wasser über das Gesicht, jetzt ist er heiser",
            Emergency,
        ),
        // A small scald: urgent, not an emergency; a hoarse voice alone is routine.
        (
            "me quemé un dedo con agua hirviendo, tengo una ampolla",
            Urgent,
        ),
    ]);
}

#[test]
fn asthma_recession_and_the_reliever_that_does_nothing() {
    check(&[
        (
            "a minha filha está com as costelas a afundar quando respira",
            Emergency,
        ),
        (
            "bij mijn zoontje trekken de ribbetjes in bij het ademen",
            Emergency,
        ),
        ("il bambino ha i rientramenti tra le costole", Emergency),
        ("spray 5 volte e niente, respira male", Emergency),
        ("bombinha 6 vezes e nada, ta chiando", Emergency),
        // A reliever that helps.
        (
            "ho fatto il ventolin 2 volte e ora respira bene, serve la visita?",
            Routine,
        ),
    ]);
}

#[test]
fn turning_blue_in_more_languages() {
    check(&[
        ("mijn baby wordt blauw rond de lippen", Emergency),
        ("o bebé ficou roxo e não respira bem", Emergency),
        ("il piccolo diventa viola quando tossisce", Emergency),
        ("der Kleine läuft beim Husten blau an", Emergency),
        // A bruise that went purple is not cyanosis.
        (
            "mijn knie werd paars na de val, alleen een blauwe plek",
            Routine,
        ),
    ]);
}

#[test]
fn light_that_cannot_be_borne_with_fever_and_headache() {
    check(&[
        (
            "fieber, starke kopfschmerzen und er verträgt kein licht",
            Emergency,
        ),
        (
            "fiebre, dolor de cabeza fuerte y la luz le molesta mucho",
            Emergency,
        ),
        ("febbre alta, mal di testa e la luce dà fastidio", Emergency),
        (
            "koorts, hoofdpijn en hij kan geen licht verdragen",
            Emergency,
        ),
        // Light sensitivity alone, after a screen: routine.
        (
            "la luz del móvil me molesta por la noche, ¿es normal?",
            Routine,
        ),
    ]);
}

#[test]
fn a_weight_on_the_stomach_with_sweating() {
    check(&[
        (
            "peso en el estómago y sudor frío desde hace un rato",
            Emergency,
        ),
        ("sinto um peso no estômago e estou a suar frio", Emergency),
        ("j'ai un poids sur l'estomac et je transpire", Emergency),
        // A weight lost with a stomach ache.
        ("he bajado de peso y me duele el estómago a veces", Routine),
    ]);
}

#[test]
fn fainting_in_the_french_idiom() {
    check(&[
        (
            "ma mère vient de tomber dans les pommes dans la cuisine",
            Emergency,
        ),
        (
            "enceinte de 6 semaines, mal à gauche, je suis tombée dans les vapes",
            Emergency,
        ),
        // Last year, and a joke.
        (
            "je suis tombé dans les pommes l'an dernier à une prise de sang",
            Routine,
        ),
    ]);
}

#[test]
fn drowsiness_coming_on_in_a_diabetic() {
    check(&[
        (
            "mi madre diabética está sudando y se está quedando dormida",
            Emergency,
        ),
        (
            "mio padre con l'insulina suda tanto e si sta addormentando",
            Emergency,
        ),
        (
            "mijn man met diabetes zweet en valt steeds in slaap",
            Emergency,
        ),
        // A child falling asleep in class is a habit.
        (
            "mi hijo se queda dormido en clase, ¿puede ser el hierro?",
            Routine,
        ),
    ]);
}

#[test]
fn blood_from_an_ear_after_a_fall_on_blood_thinners() {
    check(&[
        (
            "mi abuela se cayó, toma sintrom y le sale sangre del oído",
            Emergency,
        ),
        (
            "meine Oma ist gestürzt, nimmt Eliquis, Blut aus dem Ohr",
            Emergency,
        ),
        // Blood from the ear with no fall: an ear infection question.
        (
            "un poco de sangre del oído después de la otitis, ¿es normal?",
            Routine,
        ),
    ]);
}

#[test]
fn negation_after_the_noun_and_adjacent_only() {
    check(&[
        ("mal di gola da due giorni, febbre niente", Routine),
        ("tosse e nariz entupido, febre nenhuma", Routine),
        ("dolor de garganta, fiebre no. ¿me dan cita?", Routine),
        ("nada de febre, só tosse", Routine),
        // A fever that won't come down, and a tag question, keep their fever.
        ("la fiebre no baja con paracetamol desde ayer", Urgent),
        // "niente" reaches only the next word.
        (
            "non ho mangiato niente, mi gira la testa e sudo freddo",
            Urgent,
        ),
    ]);
}

#[test]
fn regional_words_once_the_language_is_known() {
    check(&[
        // Swiss German: a sting, red all over and faint.
        (
            "mis Chind isch vo ere Biei gstoche worde, jetzt isch sie ganz rot und schwindlig",
            Emergency,
        ),
        // Flemish uncle, Brazilian grandmother, texting French.
        (
            "mijn nonkel neemt bloedverdunners en is gevallen, bloed uit zijn oor",
            Emergency,
        ),
        ("slt, qqn peut me rappeler pour mon rdv stp", Routine),
        // English "aug" is a month, not an eye.
        ("can I book the 3 aug slot for a check-up", Routine),
    ]);
}

#[test]
fn urgent_line_in_lay_words() {
    check(&[
        (
            "estoy de 35 semanas y me pican muchísimo las palmas, no puedo dormir del picor",
            Urgent,
        ),
        ("mon bébé de 10 jours a la peau toute jaune", Urgent),
        ("mal di pancia che ora è in basso a destra, 37.8", Urgent),
        ("a ferida da cirurgia ta vermelha e quente", Urgent),
        (
            "sie hat ein geschwollenes Lid und es tut weh wenn sie das Auge bewegt",
            Urgent,
        ),
        ("na de val staat zijn pols scheef en hij huilt", Urgent),
        ("tand getrokken en het blijft nabloeden", Urgent),
        // Yellow phlegm is not jaundice; an old scar question is routine.
        (
            "tosse con catarro giallo da 3 giorni, niente febbre",
            Routine,
        ),
    ]);
}

#[test]
fn a_death_a_documentary_or_a_dream_is_not_a_sign() {
    check(&[
        (
            "mi padre murió de un infarto el mes pasado, quiero cancelar sus citas",
            Routine,
        ),
        (
            "mein Vater ist an einem Schlaganfall gestorben, bitte Termine löschen",
            Routine,
        ),
        (
            "ik zag een docu over beroerte en nu twijfel ik, kan ik een check-up?",
            Routine,
        ),
        (
            "j'ai rêvé que je faisais un infarctus, bizarre non? rien d'autre",
            Routine,
        ),
        (
            "la ultima vez que me desmayé fue en la extracción, ¿puedo ir acostada?",
            Routine,
        ),
        (
            "man kriegt einen Herzinfarkt von zu viel Kaffee, stimmt das?",
            Routine,
        ),
        // A sign now beside a feared name stays.
        (
            "ho un forte dolore al petto adesso, pensavo fosse un infarto",
            Emergency,
        ),
        (
            "my dad is having a stroke right now, face drooping",
            Emergency,
        ),
    ]);
}

#[test]
fn cannot_swallow_only_when_negated() {
    check(&[
        (
            "dor de garganta mas consigo engolir agua normalmente",
            Routine,
        ),
        ("non riesce a deglutire nemmeno la saliva", Emergency),
        ("riesco a deglutire l'acqua ma fa male la gola", Routine),
        (
            "no tengo dolor de pecho, solo pregunto por el ibuprofeno",
            Routine,
        ),
    ]);
}

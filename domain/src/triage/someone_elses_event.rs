//! An event that happened to someone outside the family, told by a worried writer: "a boy in
//! her class had a seizure, I'm worried it'll happen to her", "my friend had a stroke last
//! week". The relative's history (ConText's other experiencer) named only family; a friend,
//! a neighbour, a colleague or a classmate who "had" the event is the same other experiencer.
//! The scope already keeps a report current when it is under way ("my friend is having a
//! fit"; only "had" and its like are cues here, not "got": "a colleague just got a shock off
//! the mains" is a report) or recent. Tests, in other words than the corpus,
//! with hard negatives (a friend with the writer now, the writer's own event), are in
//! `someone_elses_event_tests.rs`.

use super::lexicon::Sig;

/// Someone outside the family who had the event.
pub(crate) const SOMEONE_ELSES_EVENT: &[(Sig, &str)] = &[(
    Sig::FamilyHistory,
    pats![
        "friend|mate|neighbour|neighbor|colleague|coworker|classmate|teammate ~had",
        "was|its ~my|a ~friend|mate|neighbour|colleague ~who",
        "boy|girl|kid|child|someone|somebody ~in|at|from ~her|his|my|their|the ~class|school|nursery|team|office|work ~had",
        "amigo|amiga|vecino|vecina|companero|companera ~tuvo", "nino|nina|alguien ~de ~su|la ~clase|escuela|colegio ~tuvo",
        "ami|amie|copain|copine|voisin|voisine|collegue ~a ~eu|fait", "enfant|garcon|fille ~de ~sa|la ~classe|ecole ~a ~eu|fait",
        "freund|freundin|nachbar|nachbarin|kollege|kollegin|klassenkamerad*|mitschuler* ~hatte", "kind|junge|madchen ~in ~ihrer|seiner|der ~klasse ~hatte",
        "amico|amica|vicino|vicina|collega|compagno|compagna ~ha ~avuto", "amico|amica|vicino|vicina|collega|compagno|compagna ~aveva", "bambino|bambina ~della|nella ~classe|scuola ~ha ~avuto",
        "amigo|amiga|vizinho|vizinha|colega ~teve|tinha", "menino|menina ~da ~turma|escola|sala ~teve",
        "vriend|vriendin|buurman|buurvrouw|collega|klasgenoot|klasgenootje ~had", "vriend|vriendin|buurman|buurvrouw|collega ~heeft ~gehad", "jongen|meisje|kind ~uit|in ~haar|zijn|de ~klas ~had",
    ],
)];

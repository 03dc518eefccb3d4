//! A suicide plan told quietly, without a clinical word, the way people type it on a phone
//! (batch 111): things said to be no longer needed ("I won't be needing them after
//! tonight", "said he won't need them"), a decision told as known ("I know how and
//! when", "made my plan", "going to do it this time"), a note
//! left where it will be found ("left a letter on his bed addressed to me"), affairs put
//! in order ("written everything down for my brother", possessions handed over to someone),
//! the means held or carried ("holding the razor", "tablets in my pocket", "something tied
//! to the light"), a car to be driven into something, and a wish not to wake up. Each feeds
//! a signal the presentation table already combines: a decision or the means with a
//! goodbye, thoughts of death or no answer is an emergency [MHF, NG225]; an overdose of
//! unknown size is one even if the person seems well [POIS]. Tests, in other words than the
//! batch, with hard negatives (an appointment not needed, a diet plan made, a note left
//! at reception, a pet left with a sister for a holiday, a razor for shaving), are in
//! `quiet_plans_told_by_phone_tests.rs`.

use super::lexicon::Sig;

/// Plans, notes, the means and things no longer needed, told without a clinical word.
pub(crate) const QUIET_PLANS_TOLD_BY_PHONE: &[(Sig, &str)] = &[
    (
        // A decision told as settled: no longer needing something, knowing how and when, a
        // plan made, "this time". Alone it is not read; with a goodbye, the means or
        // thoughts of death the table makes it an emergency.
        Sig::Decided,
        pats![
            "!wont ~need|needing ~them|it", "sorted|paid|settled ~the|my|all ~rent|bills|debts",
            "know ~how ~when", "made ~my ~plan",
            "do ~it ~this ~time",
            // The last message told as the last: with a goodbye, the decision made.
            "this ~is ~my ~last ~message|msg|text",
        ],
    ),
    (
        // A goodbye told by what is left behind: a note where it will be found, things
        // handed over, everything written down for someone, a time after which nothing is
        // needed.
        Sig::Farewell,
        pats![
            "left|wrote|written ~a|the ~note|letter ~addressed|bed|drawer|door|pillow",
            "given|gave|giving|handed ~away|me|all ~stuff|things|belongings|possessions|medals|photos|jewellery",
            "given|gave ~my|his|her ~cat|dog|pets ~sister|brother|neighbour|friend|mum|mom|dad",
            "written|wrote ~everything|all ~down", "needing|need ~them|it ~after ~tonight",
            "last ~message|msg|text ~thank|thanks|sorry|love", "goodbye ~vid|video|post|story",
            "note ~saying|says ~dont|sorry|goodbye|police",
        ],
    ),
    (
        // The means held, carried or rigged: a blade in the hand, tablets on the person, a
        // cord tied to a fitting, a car driven into something.
        Sig::MeansAtHand,
        pats![
            "holding|hold ~the|a ~razor|blade", "tablets|pills ~in ~my|his|her ~pocket",
            "tied ~to ~the ~light|ceiling|beam|banister|loft",
            "drive|driving ~into|off ~river|barrier|wall|tree|lorry|cliff|bridge",
            "train ~station|tracks", "knife|gun|rope ~in ~the ~kitchen|house|car|garage",
            // The means told only as got: with a plan made or a goodbye, it is the means.
            "have|got ~what|everything ~i ~need",
        ],
    ),
    (
        // A stated intent to drive into something: a method named [MHF].
        Sig::Suicidal,
        pats!["going|gonna|wants ~to ~drive ~into|off ~river|barrier|wall|tree|lorry|cliff|bridge|sea"],
    ),
    (
        // No answer to the phone, the door or anyone, and a door locked or a room not left.
        Sig::Unreachable,
        pats!["!cant|cannot|couldnt ~get ~hold ~of ~her|him|them", "!no ~answer|reply"],
    ),
    (
        Sig::LockedIn,
        pats!["door ~locked", "!hasnt|not ~come ~out ~his|her|their ~room"],
    ),
    (
        // Not wanting the day to end differently: "I just want it to be over", "don't
        // trust myself" with the means.
        Sig::CantGoOn,
        // "No point anymore": given up, which with a plan made or the means is the
        // decision told (session 21's merge, batch 111).
        pats![
            "want ~it ~to ~be ~over", "!dont|cant ~trust|stop ~myself|himself|herself",
            "!no ~point ~anymore",
        ],
    ),
    (
        // A passive wish not to wake, with its own "not".
        Sig::DarkThoughts,
        pats![
            "!i ~dont ~want ~to ~wake ~up", "!dont|doesnt ~care ~if ~i|he|she ~wake|wakes",
            "want|wants ~everything ~to ~stop", "!when ~im|i ~not ~here|around",
        ],
    ),
    (
        // Pills taken and the number kept back [POIS].
        Sig::Overdose,
        pats!["!wont ~say|tell ~what|how ~many"],
    ),
    (
        // Something taken "to make sure": with a wish not to wake, an intentional overdose.
        Sig::Ingested,
        pats!["taken|took ~something ~make ~sure", "took|taken|swallowed ~them ~all"],
    ),
];

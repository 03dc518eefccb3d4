//! Sight gone blurred or dim in one eye, in lay words the lexicon lacked ("blurry in one
//! eye", "tô vendo borrado", "não vê bem do olho", "não tô enxergando direito"). Alone a
//! same-day look; after a filler, with the existing row, an emergency (a filler in a
//! vessel can blind) [ACE]. Tests, in other words than the corpus, with hard negatives
//! (new glasses, a blurry photo, blurred after drops as the leaflet says, in the past),
//! are in `blurred_sight_tests.rs`.

use super::lexicon::Sig;

/// Blurred or dim sight, in seven languages.
pub(crate) const BLURRED_SIGHT: &[(Sig, &str)] = &[(
    Sig::VisionChange,
    pats![
        "blurry|blurred|fuzzy ~in ~eye",
        "blurry|blurred|fuzzy ~out ~of ~eye",
        "vendo|vejo|ve ~borrado|embacado|turvo",
        "!nao|n ~ve|vejo|vendo ~bem ~do ~olho",
        "!nao|n ~to|estou|esta|ta ~enxergando ~direito|bem",
        "veo|ve ~borroso|nublado ~de ~un|del ~ojo",
        "vois|voit ~flou ~oeil",
        "sehe|sieht ~verschwommen ~auf ~einem|dem ~auge",
        "vedo|vede ~sfocato|appannato ~da ~un ~occhio",
        "zie|ziet ~wazig ~met|uit ~een|mn|mijn ~oog",
        // One eye told as blurred rather than the sight ("my eye is blurry", "l'œil flou",
        // "oog is wazig"; both eyes blurred when tired is a habit, not a change), and sight
        // gone wavy or smeary (a LASIK flap; batch 102).
        "eye|ojo|oeil|auge|occhio|olho|oog ~blurry|blurred|foggy|misty|cloudy|hazy|smeary|borroso|nublado|flou|floue|brouille|verschwommen|neblig|appannato|offuscato|annebbiato|embacado|embaciado|turvo|wazig|troebel",
        "vision|sight|vista|vue|sicht|zicht wavy|smeary|smudged|smudgy|ondulada|ondulee|wellig|ondulata|golvend",
        "like ~looking ~through ~fog|mist|smoke|frosted|vaseline",
    ],
)];

//! The learned second opinion: two logistic heads ("at least urgent", "emergency") over
//! hashed character n-grams and word n-grams of the normalised message, and four smaller
//! one-against-the-rest department heads for messages whose words name no department.
//!
//! It exists for phrasing variety the lexicon has not seen ("cant get him to wake up
//! properly"). It may raise the level the rules decided, never lower it, and its reason
//! says it is a learned opinion. The weights (`model.bin`) are trained by
//! `cargo run --release -p frontdesk-triage --bin frontdesk-triage-train` from the
//! labelled corpus in `domain/tests/corpus/`, deterministically: the same corpus gives
//! the same bytes.
//!
//! Format (little endian): magic `FDM3`, feature bits (u32), head count (u32), then per
//! head its own bucket bits (u32, at most the feature bits: a feature folds into a
//! smaller head by masking), a bias (f32), a step (f32) and `2^bits` weights of four
//! bits, two a byte, the even bucket's in the low half: each a level in -7..=7 (two's
//! complement), the real weight `level * step`. Four bits rather than a byte a weight
//! halve the file and gzip's share of the edge (BENCHMARKS.md, "Edge size, round 9"):
//! the step is chosen to fit each head's weights, and the corpus and held-out scores
//! were the byte-wide model's.

use std::sync::OnceLock;

use super::normalize::Normalized;

/// Feature buckets: 2^15 for each urgency head keeps them at 64 KiB in the worker.
pub const BUCKET_BITS: u32 = 15;

/// The department heads answer an easier question with fewer words: 2^13 buckets each
/// (32 KiB for the four).
pub const DEPARTMENT_BITS: u32 = 13;

const MAGIC: &[u8; 4] = b"FDM3";

/// The largest level a side: four bits, two's complement, -8 unused so the levels are
/// symmetric.
const LEVELS: i8 = 7;

/// How many heads a model has, in [`Head`] order.
pub const HEADS: usize = 6;

/// The shipped weights; an empty or unreadable file means "no second opinion".
const BUILT_IN: &[u8] = include_bytes!("model.bin");

/// Which question a head answers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Head {
    /// Urgent or emergency, against routine.
    AtLeastUrgent = 0,
    /// Emergency, against everything else.
    Emergency = 1,
    /// The clinical team, against the other departments.
    Clinical = 2,
    /// Appointments, against the others.
    Appointments = 3,
    /// Billing, against the others.
    Billing = 4,
    /// The front desk, against the others.
    FrontDesk = 5,
}

impl Head {
    /// Every head, in the order of the file and of [`Model::probabilities`].
    pub const ALL: [Head; HEADS] = [
        Head::AtLeastUrgent,
        Head::Emergency,
        Head::Clinical,
        Head::Appointments,
        Head::Billing,
        Head::FrontDesk,
    ];

    /// The bucket bits a head is trained and shipped with.
    pub fn bits(self) -> u32 {
        match self {
            Head::AtLeastUrgent | Head::Emergency => BUCKET_BITS,
            _ => DEPARTMENT_BITS,
        }
    }
}

/// One trained logistic head, quantised.
#[derive(Debug, Clone, PartialEq)]
struct Weights {
    bits: u32,
    bias: f32,
    /// The real weight of one level.
    scale: f32,
    /// One level a bucket, in -LEVELS..=LEVELS (unpacked once, when the model is read).
    weights: Vec<i8>,
}

/// A trained model.
#[derive(Debug, Clone, PartialEq)]
pub struct Model {
    bits: u32,
    heads: Vec<Weights>,
}

/// FNV-1a, 32 bits: stable across platforms and releases, which the shipped weights
/// depend on (std's hashers are not).
fn fnv(parts: &[&[u8]]) -> u32 {
    let mut hash: u32 = 0x811c_9dc5;
    for part in parts {
        for &byte in *part {
            hash ^= u32::from(byte);
            hash = hash.wrapping_mul(0x0100_0193);
        }
        hash ^= 0xff;
        hash = hash.wrapping_mul(0x0100_0193);
    }
    hash
}

/// The hashed features of a normalised message, in bucket space of `bits`.
///
/// Word unigrams and bigrams, and character 3- to 5-grams of each word with its
/// boundaries ("^cant$"), so a misspelling still shares most of its features.
pub(crate) fn features(normalized: &Normalized, bits: u32) -> Vec<u32> {
    let mask = (1u32 << bits) - 1;
    let tokens = &normalized.tokens;
    let mut out = Vec::with_capacity(tokens.len() * 12);
    // Numbers carry no phrasing: a "3" in an emergency line ("3 weeks old") must not
    // make "message 3" look like one. Readings are the rules' to judge.
    let words: Vec<&str> = tokens
        .iter()
        .map(|t| t.key.as_str())
        .filter(|key| !key.bytes().all(|b| b.is_ascii_digit()))
        .collect();
    for (index, key) in words.iter().enumerate() {
        let key = key.as_bytes();
        out.push(fnv(&[b"w", key]) & mask);
        if let Some(next) = words.get(index + 1) {
            out.push(fnv(&[b"b", key, next.as_bytes()]) & mask);
        }
        let mut padded = Vec::with_capacity(key.len() + 2);
        padded.push(b'^');
        padded.extend_from_slice(key);
        padded.push(b'$');
        for n in 3..=5 {
            for gram in padded.windows(n) {
                out.push(fnv(&[b"c", gram]) & mask);
            }
        }
    }
    out.sort_unstable();
    out.dedup();
    out
}

/// The level in a byte's low four bits.
fn low_level(byte: u8) -> i8 {
    ((byte << 4) as i8) >> 4
}

/// The level in a byte's high four bits.
fn high_level(byte: u8) -> i8 {
    (byte as i8) >> 4
}

/// One head's weights on `-LEVELS..=LEVELS` times a step. The step is the one, of 90
/// from the largest weight's `1/LEVELS` down, with the least squared error: the largest
/// weights are few, and a step fitted to them alone rounds most of the others to zero
/// or one level.
fn quantise_head(bias: f32, weights: &[f32]) -> Weights {
    let top = f32::from(LEVELS);
    let level = |w: f32, step: f32| (w / step).round().clamp(-top, top);
    let error = |step: f32| -> f64 {
        weights
            .iter()
            .map(|&w| f64::from(w - level(w, step) * step).powi(2))
            .sum()
    };
    let largest = weights.iter().fold(0f32, |m, w| m.max(w.abs()));
    let scale = if largest > 0.0 {
        (0..90)
            .map(|i| largest / top * (1.0 - i as f32 * 0.01))
            .map(|step| (error(step), step))
            .fold((f64::INFINITY, 1.0), |best, next| {
                if next.0 < best.0 {
                    next
                } else {
                    best
                }
            })
            .1
    } else {
        1.0
    };
    Weights {
        bits: weights.len().trailing_zeros(),
        bias,
        scale,
        weights: weights.iter().map(|&w| level(w, scale) as i8).collect(),
    }
}

fn sigmoid(x: f32) -> f32 {
    1.0 / (1.0 + (-x).exp())
}

impl Model {
    /// The model compiled into the binary, if one was trained.
    pub fn built_in() -> Option<&'static Model> {
        static MODEL: OnceLock<Option<Model>> = OnceLock::new();
        MODEL.get_or_init(|| Model::from_bytes(BUILT_IN)).as_ref()
    }

    /// Reads the format described in the module docs.
    pub fn from_bytes(bytes: &[u8]) -> Option<Model> {
        let (magic, rest) = bytes.split_first_chunk::<4>()?;
        if magic != MAGIC {
            return None;
        }
        let (bits, rest) = rest.split_first_chunk::<4>()?;
        let bits = u32::from_le_bytes(*bits);
        let (count, mut rest) = rest.split_first_chunk::<4>()?;
        if !(8..=20).contains(&bits) || u32::from_le_bytes(*count) as usize != HEADS {
            return None;
        }
        let mut read_head = || -> Option<Weights> {
            let (head_bits, after) = rest.split_first_chunk::<4>()?;
            let head_bits = u32::from_le_bytes(*head_bits);
            if !(8..=bits).contains(&head_bits) {
                return None;
            }
            let (bias, after) = after.split_first_chunk::<4>()?;
            let (scale, after) = after.split_first_chunk::<4>()?;
            let packed = (1usize << head_bits) / 2;
            let weights = after.get(..packed)?;
            rest = &after[packed..];
            let weights: Vec<i8> = weights
                .iter()
                .flat_map(|&byte| [low_level(byte), high_level(byte)])
                .collect();
            if weights.iter().any(|level| level.abs() > LEVELS) {
                return None;
            }
            Some(Weights {
                bits: head_bits,
                bias: f32::from_le_bytes(*bias),
                scale: f32::from_le_bytes(*scale),
                weights,
            })
        };
        let heads = (0..HEADS)
            .map(|_| read_head())
            .collect::<Option<Vec<_>>>()?;
        rest.is_empty().then_some(Model { bits, heads })
    }

    /// Writes the format described in the module docs.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = Vec::new();
        out.extend_from_slice(MAGIC);
        out.extend_from_slice(&self.bits.to_le_bytes());
        out.extend_from_slice(&(self.heads.len() as u32).to_le_bytes());
        for head in &self.heads {
            out.extend_from_slice(&head.bits.to_le_bytes());
            out.extend_from_slice(&head.bias.to_le_bytes());
            out.extend_from_slice(&head.scale.to_le_bytes());
            out.extend(
                head.weights
                    .chunks_exact(2)
                    .map(|pair| (pair[0] as u8 & 0x0f) | ((pair[1] as u8) << 4)),
            );
        }
        out
    }

    /// Quantises trained float weights: per head, in [`Head`] order, a bias and one
    /// weight per bucket of that head (`2^Head::bits()` of them).
    pub fn quantise(bits: u32, heads: [(f32, &[f32]); HEADS]) -> Model {
        Model {
            bits,
            heads: heads
                .into_iter()
                .map(|(bias, weights)| quantise_head(bias, weights))
                .collect(),
        }
    }

    /// Every head's probability for a normalised message, indexed by [`Head`]; the
    /// features are hashed once for all.
    pub(crate) fn probabilities(&self, normalized: &Normalized) -> [f32; HEADS] {
        let mut totals = [0i32; HEADS];
        for f in features(normalized, self.bits) {
            for (total, head) in totals.iter_mut().zip(&self.heads) {
                let bucket = f as usize & (head.weights.len() - 1);
                *total += i32::from(head.weights[bucket]);
            }
        }
        let mut out = [0f32; HEADS];
        for ((p, total), head) in out.iter_mut().zip(totals).zip(&self.heads) {
            *p = sigmoid(head.bias + total as f32 * head.scale);
        }
        out
    }

    /// Every head for raw text, for training tools.
    pub fn text_probabilities(&self, text: &str) -> [f32; HEADS] {
        self.probabilities(&super::normalize::normalize(
            &super::dictation_splits::as_typed(text),
        ))
    }
}

/// The hashed features of raw text, for training tools.
pub fn text_features(text: &str, bits: u32) -> Vec<u32> {
    // As `assess` reads it: dictated numbers as digits, split words joined.
    features(
        &super::normalize::normalize(&super::dictation_splits::as_typed(text)),
        bits,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    const HASH_OF_W_CHEST: u32 = 2_637_345_933;

    #[test]
    fn bytes_round_trip() {
        let weights: Vec<f32> = (0..512).map(|i| (i as f32 - 256.0) / 64.0).collect();
        let small = &weights[..256];
        let model = Model::quantise(
            9,
            [
                (0.5, &weights),
                (-1.0, &weights),
                (0.1, small),
                (0.2, small),
                (0.3, small),
                (0.4, small),
            ],
        );
        let bytes = model.to_bytes();
        assert_eq!(Model::from_bytes(&bytes), Some(model));
        assert_eq!(Model::from_bytes(&bytes[..bytes.len() - 1]), None);
        assert_eq!(Model::from_bytes(b"nope"), None);
        assert_eq!(Model::from_bytes(&[]), None);
    }

    #[test]
    fn four_bit_levels_read_back_with_their_sign() {
        for level in -LEVELS..=LEVELS {
            let byte = (level as u8 & 0x0f) | ((-level as u8) << 4);
            assert_eq!((low_level(byte), high_level(byte)), (level, -level));
        }
    }

    #[test]
    fn quantised_weights_stay_within_half_a_step() {
        // Most weights small, a few large: the fitted step is finer than largest / 7,
        // so only the few largest are clipped.
        let weights: Vec<f32> = (0..1024)
            .map(|i| {
                let x = (i as f32 * 0.618).fract() - 0.5;
                if i % 100 == 0 {
                    x * 8.0
                } else {
                    x
                }
            })
            .collect();
        let head = quantise_head(0.0, &weights);
        let largest = weights.iter().fold(0f32, |m, w| m.max(w.abs()));
        assert!(head.scale < largest / 7.0, "step {} fitted", head.scale);
        let mut clipped = 0;
        for (&w, &level) in weights.iter().zip(&head.weights) {
            assert!(level.abs() <= LEVELS);
            if level.abs() == LEVELS && w.abs() > head.scale * 7.5 {
                clipped += 1;
            } else {
                assert!((w - f32::from(level) * head.scale).abs() <= head.scale / 2.0 + 1e-6);
            }
        }
        assert!(clipped <= 11, "{clipped} clipped");
    }

    #[test]
    fn levels_past_seven_are_refused() {
        let weights = vec![0f32; 512];
        let small = &weights[..256];
        let model = Model::quantise(
            9,
            [
                (0.0, &weights),
                (0.0, &weights),
                (0.0, small),
                (0.0, small),
                (0.0, small),
                (0.0, small),
            ],
        );
        let mut bytes = model.to_bytes();
        let first_weight = 12 + 12;
        bytes[first_weight] = 0x08;
        assert_eq!(Model::from_bytes(&bytes), None);
    }

    #[test]
    fn misspellings_share_features() {
        let a = text_features("cant breathe", BUCKET_BITS);
        let b = text_features("cnat breathe", BUCKET_BITS);
        let shared = a.iter().filter(|f| b.contains(f)).count();
        assert!(shared * 2 > a.len(), "{shared} of {}", a.len());
    }

    #[test]
    fn hashing_is_stable() {
        // The shipped weights depend on these exact values: changing the hash means
        // retraining.
        assert_eq!(fnv(&[b"w", b"chest"]), HASH_OF_W_CHEST);
    }
}

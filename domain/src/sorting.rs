//! Stable sorting through one shared copy of the standard library's sort, for code off
//! the hot paths.
//!
//! Each `sort_by` on a new element type or comparison makes the compiler emit another
//! copy of the standard sort (about 4-6 KB of wasm each; the edge had 23). These
//! functions sort the positions `0..len` instead, with the comparison behind
//! `&mut dyn FnMut`, so every caller shares one copy, then move the items into that
//! order. The result is exactly the standard stable sort's: positions that compare
//! equal keep their order. Costs one `Vec<usize>` and a dynamic call per comparison,
//! so triage's own sorts (on its per-message budget) keep the standard ones
//! (BENCHMARKS.md, "Edge size, round 5").

use std::cmp::Ordering;

/// Sorts `items` by `compare`, stably: like `<[T]>::sort_by`.
pub fn sort_by<T>(items: &mut [T], mut compare: impl FnMut(&T, &T) -> Ordering) {
    let mut order: Vec<usize> = (0..items.len()).collect();
    sort_positions(&mut order, &mut |a, b| compare(&items[a], &items[b]));
    move_into_order(items, &mut order);
}

/// Sorts `items` by `key`, stably: like `<[T]>::sort_by_key`.
pub fn sort_by_key<T, K: Ord>(items: &mut [T], mut key: impl FnMut(&T) -> K) {
    sort_by(items, |a, b| key(a).cmp(&key(b)));
}

/// Sorts `items` in their own order, stably: like `<[T]>::sort` (and, for types whose
/// equal values are interchangeable, like `sort_unstable`).
pub fn sort<T: Ord>(items: &mut [T]) {
    sort_by(items, T::cmp);
}

/// The one instance of the standard sort: positions, compared through `compare`.
#[inline(never)]
fn sort_positions(order: &mut [usize], compare: &mut dyn FnMut(usize, usize) -> Ordering) {
    order.sort_by(|&a, &b| compare(a, b));
}

/// Puts `items[order[slot]]` at each `slot`, following each cycle of the permutation with
/// swaps; `order` is used up (each visited slot is marked as its own source).
fn move_into_order<T>(items: &mut [T], order: &mut [usize]) {
    for start in 0..items.len() {
        let mut slot = start;
        loop {
            let source = order[slot];
            order[slot] = slot;
            if source == start {
                break;
            }
            items.swap(slot, source);
            slot = source;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Inputs with repeated keys, so stability shows: (key, original position).
    fn cases() -> Vec<Vec<(u8, usize)>> {
        let keyed = |keys: &[u8]| -> Vec<(u8, usize)> {
            keys.iter().enumerate().map(|(i, k)| (*k, i)).collect()
        };
        let mut long: Vec<u8> = Vec::new();
        let mut state: u32 = 7;
        for _ in 0..300 {
            state = state.wrapping_mul(1_103_515_245).wrapping_add(12_345);
            long.push((state >> 16) as u8 % 9);
        }
        vec![
            keyed(&[]),
            keyed(&[1]),
            keyed(&[2, 1]),
            keyed(&[1, 1, 1]),
            keyed(&[3, 1, 2, 1, 3, 0]),
            keyed(&[5, 4, 3, 2, 1, 0]),
            keyed(&[0, 1, 2, 3, 4, 5]),
            keyed(&[2, 0, 2, 0, 2, 0, 1, 1]),
            keyed(&long),
        ]
    }

    #[test]
    fn sorts_by_key_exactly_as_the_standard_stable_sort() {
        for case in cases() {
            let mut expected = case.clone();
            expected.sort_by_key(|(key, _)| *key);
            let mut sorted = case.clone();
            sort_by_key(&mut sorted, |(key, _)| *key);
            assert_eq!(sorted, expected, "input {case:?}");
        }
    }

    #[test]
    fn sorts_by_a_comparison_exactly_as_the_standard_stable_sort() {
        for case in cases() {
            let descending = |a: &(u8, usize), b: &(u8, usize)| b.0.cmp(&a.0);
            let mut expected = case.clone();
            expected.sort_by(descending);
            let mut sorted = case.clone();
            sort_by(&mut sorted, descending);
            assert_eq!(sorted, expected, "input {case:?}");
        }
    }

    #[test]
    fn sorts_in_natural_order() {
        let mut words = vec!["pear", "apple", "fig", "apple", "banana"];
        sort(&mut words);
        assert_eq!(words, ["apple", "apple", "banana", "fig", "pear"]);
        let mut minutes = vec![3.5, -0.0, 0.0, 1.0, f64::NAN, -2.0, 0.0];
        let mut expected = minutes.clone();
        expected.sort_by(f64::total_cmp);
        sort_by(&mut minutes, f64::total_cmp);
        assert_eq!(
            minutes.iter().map(|m| m.to_bits()).collect::<Vec<_>>(),
            expected.iter().map(|m| m.to_bits()).collect::<Vec<_>>()
        );
    }
}

//! PURE: the one sort the app uses.
//!
//! The standard library's sorts are fast, but each is compiled anew for every
//! element type and comparison it is called with: 20 copies made 70 KB of the
//! app's wasm (6% of its code), which every family downloads on a slow
//! network. The lists sorted here are short (a heavy six-year record has about
//! a thousand measurements), so a merge sort over positions, compiled once,
//! costs nothing a user could notice. Only the small shell that compares two
//! items and moves them into place is compiled per call site.

use std::cmp::Ordering;

/// Sorts `items` by `compare`, keeping equal items in their order (stable).
pub fn sort_by<T>(items: &mut [T], mut compare: impl FnMut(&T, &T) -> Ordering) {
    let order = {
        let items = &*items;
        sorted_positions(items.len(), &mut |a, b| compare(&items[a], &items[b]))
    };
    permute(items, order);
}

/// Sorts `items` by the key `key` gives each (stable).
pub fn sort_by_key<T, K: Ord>(items: &mut [T], mut key: impl FnMut(&T) -> K) {
    sort_by(items, |a, b| key(a).cmp(&key(b)));
}

/// Sorts `items` in their natural order (stable).
pub fn sort<T: Ord>(items: &mut [T]) {
    sort_by(items, T::cmp);
}

/// The positions of `0..len` in sorted order, by a bottom-up merge sort:
/// O(n log n) comparisons, stable, and not generic, so it is compiled once.
fn sorted_positions(len: usize, compare: &mut dyn FnMut(usize, usize) -> Ordering) -> Vec<usize> {
    let mut from: Vec<usize> = (0..len).collect();
    let mut to = vec![0; len];
    let mut width = 1;
    while width < len {
        for start in (0..len).step_by(2 * width) {
            let middle = (start + width).min(len);
            let end = (start + 2 * width).min(len);
            let (mut left, mut right) = (start, middle);
            for slot in &mut to[start..end] {
                // Equal items take the left run first: that is what keeps the sort stable.
                let take_left = right == end || (left < middle && compare(from[left], from[right]) != Ordering::Greater);
                if take_left {
                    *slot = from[left];
                    left += 1;
                } else {
                    *slot = from[right];
                    right += 1;
                }
            }
        }
        std::mem::swap(&mut from, &mut to);
        width *= 2;
    }
    from
}

/// Moves `items` so that position `i` holds what was at `order[i]`, by swaps.
fn permute<T>(items: &mut [T], order: Vec<usize>) {
    // Where each item goes, then swap each into place: every swap settles one item.
    let mut destination = vec![0; order.len()];
    for (new, &old) in order.iter().enumerate() {
        destination[old] = new;
    }
    for i in 0..items.len() {
        while destination[i] != i {
            let j = destination[i];
            items.swap(i, j);
            destination.swap(i, j);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn sorts_and_keeps_equal_items_in_order() {
        let mut v = vec![(3, 'a'), (1, 'b'), (3, 'c'), (2, 'd'), (1, 'e')];
        sort_by_key(&mut v, |p| p.0);
        assert_eq!(v, vec![(1, 'b'), (1, 'e'), (2, 'd'), (3, 'a'), (3, 'c')]);
        let mut empty: Vec<u8> = vec![];
        sort(&mut empty);
        assert!(empty.is_empty());
        let mut one = vec![7];
        sort(&mut one);
        assert_eq!(one, vec![7]);
    }

    proptest! {
        #[test]
        fn agrees_with_the_standard_stable_sort(v in proptest::collection::vec((0u8..8, any::<u16>()), 0..300)) {
            let mut ours = v.clone();
            let mut standard = v;
            sort_by_key(&mut ours, |p| p.0);
            standard.sort_by_key(|p| p.0);
            prop_assert_eq!(ours, standard);
        }

        #[test]
        fn reverse_order_sorts_descending(v in proptest::collection::vec(any::<i32>(), 0..200)) {
            let mut ours = v.clone();
            sort_by(&mut ours, |a, b| b.cmp(a));
            let mut standard = v;
            standard.sort_by(|a, b| b.cmp(a));
            prop_assert_eq!(ours, standard);
        }
    }
}

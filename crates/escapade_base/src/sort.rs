//! Stable sorting through one shared, non-generic merge sort.
//!
//! Each distinct `slice::sort_by` / `sort_by_key` / `sort` instantiation (and each
//! `collect::<BTreeMap<_, _>>()`, which sorts too) compiles to about 4 KB of WebAssembly, once
//! per element type and comparator; the web build had 37 of them. These helpers sort a
//! permutation of indices with one routine that is compiled once and then move the elements into
//! place by swaps, so a call site costs only its comparator.
//!
//! The result equals std's stable sort for every comparator that is a total order (a stable
//! sort's result is unique). Unlike std, an inconsistent comparator never panics: the order is
//! then unspecified but the slice keeps all its elements.

use std::cmp::Ordering;

/// Sorts `v` stably by `cmp` (same result as `v.sort_by(cmp)`).
pub fn stable_sort_by<T>(v: &mut [T], mut cmp: impl FnMut(&T, &T) -> Ordering) {
    if v.len() < 2 {
        return;
    }
    let mut perm = stable_order(v.len(), &mut |a, b| cmp(&v[a], &v[b]) == Ordering::Greater);
    permute(&mut perm, &mut |a, b| v.swap(a, b));
}

/// Sorts `v` stably by the key `key` returns (same result as `v.sort_by_key(key)`).
pub fn stable_sort_by_key<T, K: Ord>(v: &mut [T], mut key: impl FnMut(&T) -> K) {
    stable_sort_by(v, |a, b| key(a).cmp(&key(b)));
}

/// Sorts `v` stably in ascending order (same result as `v.sort()`).
pub fn stable_sort<T: Ord>(v: &mut [T]) {
    stable_sort_by(v, T::cmp);
}

/// Runs shorter than this are sorted by insertion before merging.
const RUN: usize = 12;

/// The stable order of `0..n` under `gt(a, b)` ("element a sorts after element b"): position `k`
/// of the result holds the index of the element that goes to `k`.
fn stable_order(n: usize, gt: &mut dyn FnMut(usize, usize) -> bool) -> Vec<usize> {
    let mut a: Vec<usize> = (0..n).collect();
    for start in (0..n).step_by(RUN) {
        let end = (start + RUN).min(n);
        for i in start + 1..end {
            let x = a[i];
            let mut j = i;
            while j > start && gt(a[j - 1], x) {
                a[j] = a[j - 1];
                j -= 1;
            }
            a[j] = x;
        }
    }
    let mut b = vec![0; n];
    let mut width = RUN;
    while width < n {
        for lo in (0..n).step_by(2 * width) {
            let mid = (lo + width).min(n);
            let hi = (lo + 2 * width).min(n);
            merge(&a[lo..mid], &a[mid..hi], &mut b[lo..hi], gt);
        }
        std::mem::swap(&mut a, &mut b);
        width *= 2;
    }
    a
}

/// Merges two sorted runs into `out`, taking from the left run on ties (stability).
fn merge(l: &[usize], r: &[usize], out: &mut [usize], gt: &mut dyn FnMut(usize, usize) -> bool) {
    let (mut i, mut j) = (0, 0);
    // Already in order (common for nearly sorted input): one comparison.
    let ordered = match (l.last(), r.first()) {
        (Some(&x), Some(&y)) => !gt(x, y),
        _ => true,
    };
    for slot in out.iter_mut() {
        let right = j < r.len() && (i == l.len() || (!ordered && gt(l[i], r[j])));
        if right {
            *slot = r[j];
            j += 1;
        } else {
            *slot = l[i];
            i += 1;
        }
    }
}

/// Rearranges a sequence so that position `k` receives the element that was at `perm[k]`, given
/// only `swap`; follows each cycle of the permutation once (`perm` is consumed: reset to the
/// identity).
fn permute(perm: &mut [usize], swap: &mut dyn FnMut(usize, usize)) {
    for i in 0..perm.len() {
        let mut k = i;
        loop {
            let j = perm[k];
            perm[k] = k;
            if j == i {
                break;
            }
            swap(k, j);
            k = j;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A small deterministic generator (the crate has no dependencies).
    struct Lcg(u64);
    impl Lcg {
        fn next(&mut self, bound: u64) -> u64 {
            self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            (self.0 >> 33) % bound
        }
    }

    #[test]
    fn equals_std_stable_sort_on_random_inputs_with_many_ties() {
        let mut g = Lcg(7);
        for round in 0..600 {
            let n = (g.next(3) * g.next(40) + g.next(5)) as usize + round % 3;
            let range = 1 + g.next(if round % 2 == 0 { 4 } else { 1000 });
            // (key, original position): ties on the key reveal any instability.
            let v: Vec<(u64, usize)> = (0..n).map(|i| (g.next(range), i)).collect();
            let mut want = v.clone();
            want.sort_by_key(|p| p.0);
            let mut got = v.clone();
            stable_sort_by_key(&mut got, |p| p.0);
            assert_eq!(got, want, "n={n} range={range}");
            let mut got = v.clone();
            stable_sort_by(&mut got, |a, b| b.0.cmp(&a.0));
            let mut want = v;
            want.sort_by_key(|p| std::cmp::Reverse(p.0));
            assert_eq!(got, want, "descending n={n}");
        }
    }

    #[test]
    fn sorted_reversed_and_owned_elements() {
        let mut v: Vec<String> = (0..100).rev().map(|i| format!("s{i:03}")).collect();
        stable_sort(&mut v);
        let want: Vec<String> = (0..100).map(|i| format!("s{i:03}")).collect();
        assert_eq!(v, want);
        stable_sort(&mut v);
        assert_eq!(v, want);
        let mut one = vec![3];
        stable_sort(&mut one);
        assert_eq!(one, [3]);
        let mut none: Vec<u8> = Vec::new();
        stable_sort(&mut none);
        assert!(none.is_empty());
    }

    #[test]
    fn inconsistent_comparator_keeps_every_element() {
        let mut g = Lcg(3);
        let mut v: Vec<u32> = (0..200).collect();
        stable_sort_by(
            &mut v,
            |_, _| if g.next(2) == 0 { Ordering::Less } else { Ordering::Greater },
        );
        let mut seen = v.clone();
        seen.sort_unstable();
        assert_eq!(seen, (0..200).collect::<Vec<u32>>());
    }
}

//! The sort of `list.sort` and `sorted` (CPython: `listsort` and its
//! helpers in `Objects/listobject.c`, described in `Objects/listsort.txt`).
//!
//! Comparisons may run Python code that prints or fails, so glasspy makes
//! the same comparisons in the same order as CPython 2.7: a timsort that
//! finds natural runs, extends short ones to `minrun` with a binary
//! insertion sort, and merges them (galloping when one run keeps winning),
//! asking only "is x < y?". When a comparison fails, the sort stops there
//! and every item is still in the slice, as CPython leaves its array.

/// `MIN_GALLOP`: how many wins in a row switch a merge to galloping.
const MIN_GALLOP: usize = 7;

/// The state of one sort (`MergeState`): the comparison, the galloping
/// threshold and the stack of runs waiting to be merged (base, length).
struct MergeState<T, E, F> {
    lt: F,
    min_gallop: usize,
    pending: Vec<(usize, usize)>,
    items: std::marker::PhantomData<fn(&T) -> E>,
}

/// How a merge finished, when it did not fail.
enum End {
    /// Whatever remains of the run held in the temporary copy goes in place.
    Done,
    /// One item of the copied run remains and belongs at the far end.
    CopyRest,
}

/// Sorts `v` stably by `lt(a, b)` ("is a < b?"), making CPython 2.7's
/// comparisons in its order. The first error ends the sort.
pub fn sort<T: Clone, E>(v: &mut [T], lt: impl FnMut(&T, &T) -> Result<bool, E>) -> Result<(), E> {
    let n = v.len();
    if n < 2 {
        return Ok(());
    }
    let mut ms = MergeState {
        lt,
        min_gallop: MIN_GALLOP,
        pending: Vec::new(),
        items: std::marker::PhantomData,
    };
    let minrun = compute_minrun(n);
    let (mut lo, mut remaining) = (0, n);
    while remaining > 0 {
        let (mut run, descending) = ms.count_run(v, lo, n)?;
        if descending {
            v[lo..lo + run].reverse();
        }
        if run < minrun {
            let force = remaining.min(minrun);
            ms.binary_sort(v, lo, lo + force, lo + run)?;
            run = force;
        }
        ms.pending.push((lo, run));
        ms.merge_collapse(v)?;
        lo += run;
        remaining -= run;
    }
    ms.merge_force_collapse(v)
}

/// `merge_compute_minrun`: the minimum run length for `n` items, in
/// `32..=64` for large `n`, so that `n / minrun` is a power of two or just
/// under one.
fn compute_minrun(mut n: usize) -> usize {
    let mut r = 0;
    while n >= 64 {
        r |= n & 1;
        n >>= 1;
    }
    n + r
}

impl<T: Clone, E, F: FnMut(&T, &T) -> Result<bool, E>> MergeState<T, E, F> {
    fn lt(&mut self, a: &T, b: &T) -> Result<bool, E> {
        (self.lt)(a, b)
    }

    /// `count_run`: the length of the run starting at `lo` (at most up to
    /// `hi`), and whether it is strictly descending.
    fn count_run(&mut self, v: &[T], lo: usize, hi: usize) -> Result<(usize, bool), E> {
        let mut i = lo + 1;
        if i == hi {
            return Ok((1, false));
        }
        let mut n = 2;
        if self.lt(&v[i], &v[i - 1])? {
            i += 1;
            while i < hi && self.lt(&v[i], &v[i - 1])? {
                i += 1;
                n += 1;
            }
            Ok((n, true))
        } else {
            i += 1;
            while i < hi && !self.lt(&v[i], &v[i - 1])? {
                i += 1;
                n += 1;
            }
            Ok((n, false))
        }
    }

    /// `binarysort`: sorts `v[lo..hi]`, of which `v[lo..start]` is sorted
    /// already, by binary insertion.
    fn binary_sort(&mut self, v: &mut [T], lo: usize, hi: usize, start: usize) -> Result<(), E> {
        let mut start = if lo == start { start + 1 } else { start };
        while start < hi {
            let pivot = v[start].clone();
            let (mut l, mut r) = (lo, start);
            loop {
                let p = l + ((r - l) >> 1);
                if self.lt(&pivot, &v[p])? {
                    r = p;
                } else {
                    l = p + 1;
                }
                if l >= r {
                    break;
                }
            }
            v[l..=start].rotate_right(1);
            start += 1;
        }
        Ok(())
    }

    /// `gallop_left`: where `key` goes in the sorted `a`, before any equal
    /// items, searching outward from `hint`.
    fn gallop_left(&mut self, key: &T, a: &[T], hint: usize) -> Result<usize, E> {
        let n = a.len() as isize;
        let hint = hint as isize;
        let (mut lastofs, mut ofs): (isize, isize) = (0, 1);
        if self.lt(&a[hint as usize], key)? {
            // a[hint] < key: gallop right.
            let maxofs = n - hint;
            while ofs < maxofs {
                if self.lt(&a[(hint + ofs) as usize], key)? {
                    lastofs = ofs;
                    ofs = (ofs << 1) + 1;
                } else {
                    break;
                }
            }
            ofs = ofs.min(maxofs);
            lastofs += hint;
            ofs += hint;
        } else {
            // key <= a[hint]: gallop left.
            let maxofs = hint + 1;
            while ofs < maxofs {
                if self.lt(&a[(hint - ofs) as usize], key)? {
                    break;
                }
                lastofs = ofs;
                ofs = (ofs << 1) + 1;
            }
            ofs = ofs.min(maxofs);
            let k = lastofs;
            lastofs = hint - ofs;
            ofs = hint - k;
        }
        lastofs += 1;
        while lastofs < ofs {
            let m = lastofs + ((ofs - lastofs) >> 1);
            if self.lt(&a[m as usize], key)? {
                lastofs = m + 1;
            } else {
                ofs = m;
            }
        }
        Ok(ofs as usize)
    }

    /// `gallop_right`: where `key` goes in the sorted `a`, after any equal
    /// items, searching outward from `hint`.
    fn gallop_right(&mut self, key: &T, a: &[T], hint: usize) -> Result<usize, E> {
        let n = a.len() as isize;
        let hint = hint as isize;
        let (mut lastofs, mut ofs): (isize, isize) = (0, 1);
        if self.lt(key, &a[hint as usize])? {
            // key < a[hint]: gallop left.
            let maxofs = hint + 1;
            while ofs < maxofs {
                if self.lt(key, &a[(hint - ofs) as usize])? {
                    lastofs = ofs;
                    ofs = (ofs << 1) + 1;
                } else {
                    break;
                }
            }
            ofs = ofs.min(maxofs);
            let k = lastofs;
            lastofs = hint - ofs;
            ofs = hint - k;
        } else {
            // a[hint] <= key: gallop right.
            let maxofs = n - hint;
            while ofs < maxofs {
                if self.lt(key, &a[(hint + ofs) as usize])? {
                    break;
                }
                lastofs = ofs;
                ofs = (ofs << 1) + 1;
            }
            ofs = ofs.min(maxofs);
            lastofs += hint;
            ofs += hint;
        }
        lastofs += 1;
        while lastofs < ofs {
            let m = lastofs + ((ofs - lastofs) >> 1);
            if self.lt(key, &a[m as usize])? {
                ofs = m;
            } else {
                lastofs = m + 1;
            }
        }
        Ok(ofs as usize)
    }

    /// `merge_lo`: merges the adjacent runs `v[pa..pa+na]` and
    /// `v[pb..pb+nb]` (`na <= nb`) from the left, with the first run copied
    /// aside. Its first item is known to go after `v[pb]`, its last after
    /// the whole second run.
    fn merge_lo(
        &mut self,
        v: &mut [T],
        pa: usize,
        mut na: usize,
        pb: usize,
        mut nb: usize,
    ) -> Result<(), E> {
        let temp: Vec<T> = v[pa..pa + na].to_vec();
        let (mut dest, mut ia, mut ib) = (pa, 0usize, pb);
        let mut min_gallop = self.min_gallop;
        v[dest] = v[ib].clone();
        dest += 1;
        ib += 1;
        nb -= 1;
        let end: Result<End, E> = 'merge: {
            if nb == 0 {
                break 'merge Ok(End::Done);
            }
            if na == 1 {
                break 'merge Ok(End::CopyRest);
            }
            loop {
                let (mut acount, mut bcount) = (0usize, 0usize);
                // One at a time, until one run wins often enough.
                loop {
                    let b_first = match self.lt(&v[ib], &temp[ia]) {
                        Ok(k) => k,
                        Err(e) => break 'merge Err(e),
                    };
                    if b_first {
                        v[dest] = v[ib].clone();
                        dest += 1;
                        ib += 1;
                        bcount += 1;
                        acount = 0;
                        nb -= 1;
                        if nb == 0 {
                            break 'merge Ok(End::Done);
                        }
                        if bcount >= min_gallop {
                            break;
                        }
                    } else {
                        v[dest] = temp[ia].clone();
                        dest += 1;
                        ia += 1;
                        acount += 1;
                        bcount = 0;
                        na -= 1;
                        if na == 1 {
                            break 'merge Ok(End::CopyRest);
                        }
                        if acount >= min_gallop {
                            break;
                        }
                    }
                }
                // Galloping, while it keeps paying off.
                min_gallop += 1;
                loop {
                    min_gallop -= usize::from(min_gallop > 1);
                    self.min_gallop = min_gallop;
                    let key = v[ib].clone();
                    let k = match self.gallop_right(&key, &temp[ia..ia + na], 0) {
                        Ok(k) => k,
                        Err(e) => break 'merge Err(e),
                    };
                    acount = k;
                    if k > 0 {
                        v[dest..dest + k].clone_from_slice(&temp[ia..ia + k]);
                        dest += k;
                        ia += k;
                        na -= k;
                        if na == 1 {
                            break 'merge Ok(End::CopyRest);
                        }
                        if na == 0 {
                            break 'merge Ok(End::Done);
                        }
                    }
                    v[dest] = v[ib].clone();
                    dest += 1;
                    ib += 1;
                    nb -= 1;
                    if nb == 0 {
                        break 'merge Ok(End::Done);
                    }
                    let key = temp[ia].clone();
                    let k = match self.gallop_left(&key, &v[ib..ib + nb], 0) {
                        Ok(k) => k,
                        Err(e) => break 'merge Err(e),
                    };
                    bcount = k;
                    if k > 0 {
                        for t in 0..k {
                            v[dest + t] = v[ib + t].clone();
                        }
                        dest += k;
                        ib += k;
                        nb -= k;
                        if nb == 0 {
                            break 'merge Ok(End::Done);
                        }
                    }
                    v[dest] = temp[ia].clone();
                    dest += 1;
                    ia += 1;
                    na -= 1;
                    if na == 1 {
                        break 'merge Ok(End::CopyRest);
                    }
                    if acount < MIN_GALLOP && bcount < MIN_GALLOP {
                        break;
                    }
                }
                min_gallop += 1;
                self.min_gallop = min_gallop;
            }
        };
        match end {
            Ok(End::CopyRest) => {
                for t in 0..nb {
                    v[dest + t] = v[ib + t].clone();
                }
                v[dest + nb] = temp[ia].clone();
                Ok(())
            }
            Ok(End::Done) | Err(_) => {
                v[dest..dest + na].clone_from_slice(&temp[ia..ia + na]);
                end.map(|_| ())
            }
        }
    }

    /// `merge_hi`: merges the adjacent runs `v[pa..pa+na]` and
    /// `v[pb..pb+nb]` (`na >= nb`) from the right, with the second run
    /// copied aside.
    fn merge_hi(
        &mut self,
        v: &mut [T],
        pa: usize,
        mut na: usize,
        pb: usize,
        mut nb: usize,
    ) -> Result<(), E> {
        let temp: Vec<T> = v[pb..pb + nb].to_vec();
        // Positions may step one before the start: signed.
        let base_a = pa as isize;
        let mut dest = (pb + nb) as isize - 1;
        let mut ia = (pa + na) as isize - 1;
        let mut ib = nb as isize - 1;
        let at = |i: isize| i as usize;
        let mut min_gallop = self.min_gallop;
        v[at(dest)] = v[at(ia)].clone();
        dest -= 1;
        ia -= 1;
        na -= 1;
        let end: Result<End, E> = 'merge: {
            if na == 0 {
                break 'merge Ok(End::Done);
            }
            if nb == 1 {
                break 'merge Ok(End::CopyRest);
            }
            loop {
                let (mut acount, mut bcount) = (0usize, 0usize);
                loop {
                    let b_first = match self.lt(&temp[at(ib)], &v[at(ia)]) {
                        Ok(k) => k,
                        Err(e) => break 'merge Err(e),
                    };
                    if b_first {
                        v[at(dest)] = v[at(ia)].clone();
                        dest -= 1;
                        ia -= 1;
                        acount += 1;
                        bcount = 0;
                        na -= 1;
                        if na == 0 {
                            break 'merge Ok(End::Done);
                        }
                        if acount >= min_gallop {
                            break;
                        }
                    } else {
                        v[at(dest)] = temp[at(ib)].clone();
                        dest -= 1;
                        ib -= 1;
                        bcount += 1;
                        acount = 0;
                        nb -= 1;
                        if nb == 1 {
                            break 'merge Ok(End::CopyRest);
                        }
                        if bcount >= min_gallop {
                            break;
                        }
                    }
                }
                min_gallop += 1;
                loop {
                    min_gallop -= usize::from(min_gallop > 1);
                    self.min_gallop = min_gallop;
                    let key = temp[at(ib)].clone();
                    let found =
                        match self.gallop_right(&key, &v[at(base_a)..at(base_a) + na], na - 1) {
                            Ok(k) => k,
                            Err(e) => break 'merge Err(e),
                        };
                    let k = na - found;
                    acount = k;
                    if k > 0 {
                        dest -= k as isize;
                        ia -= k as isize;
                        for t in (1..=k as isize).rev() {
                            v[at(dest + t)] = v[at(ia + t)].clone();
                        }
                        na -= k;
                        if na == 0 {
                            break 'merge Ok(End::Done);
                        }
                    }
                    v[at(dest)] = temp[at(ib)].clone();
                    dest -= 1;
                    ib -= 1;
                    nb -= 1;
                    if nb == 1 {
                        break 'merge Ok(End::CopyRest);
                    }
                    let key = v[at(ia)].clone();
                    let found = match self.gallop_left(&key, &temp[..nb], nb - 1) {
                        Ok(k) => k,
                        Err(e) => break 'merge Err(e),
                    };
                    let k = nb - found;
                    bcount = k;
                    if k > 0 {
                        dest -= k as isize;
                        ib -= k as isize;
                        for t in 1..=k as isize {
                            v[at(dest + t)] = temp[at(ib + t)].clone();
                        }
                        nb -= k;
                        if nb == 1 {
                            break 'merge Ok(End::CopyRest);
                        }
                        // Only an inconsistent comparison gets here.
                        if nb == 0 {
                            break 'merge Ok(End::Done);
                        }
                    }
                    v[at(dest)] = v[at(ia)].clone();
                    dest -= 1;
                    ia -= 1;
                    na -= 1;
                    if na == 0 {
                        break 'merge Ok(End::Done);
                    }
                    if acount < MIN_GALLOP && bcount < MIN_GALLOP {
                        break;
                    }
                }
                min_gallop += 1;
                self.min_gallop = min_gallop;
            }
        };
        match end {
            Ok(End::CopyRest) => {
                // The first item of the copied run goes before what is left of the other.
                dest -= na as isize;
                ia -= na as isize;
                for t in (1..=na as isize).rev() {
                    v[at(dest + t)] = v[at(ia + t)].clone();
                }
                v[at(dest)] = temp[at(ib)].clone();
                Ok(())
            }
            Ok(End::Done) | Err(_) => {
                if nb > 0 {
                    let start = at(dest + 1) - nb;
                    v[start..start + nb].clone_from_slice(&temp[..nb]);
                }
                end.map(|_| ())
            }
        }
    }

    /// `merge_at`: merges the runs at stack positions `i` and `i + 1`.
    fn merge_at(&mut self, v: &mut [T], i: usize) -> Result<(), E> {
        let (mut pa, mut na) = self.pending[i];
        let (pb, nb) = self.pending[i + 1];
        self.pending[i].1 = na + nb;
        if i + 3 == self.pending.len() {
            self.pending[i + 1] = self.pending[i + 2];
        }
        self.pending.pop();
        // Items of the first run before the second's first item stay put.
        let key = v[pb].clone();
        let k = self.gallop_right(&key, &v[pa..pa + na], 0)?;
        pa += k;
        na -= k;
        if na == 0 {
            return Ok(());
        }
        // Items of the second run after the first's last item stay put.
        let key = v[pa + na - 1].clone();
        let nb = self.gallop_left(&key, &v[pb..pb + nb], nb - 1)?;
        if nb == 0 {
            return Ok(());
        }
        if na <= nb {
            self.merge_lo(v, pa, na, pb, nb)
        } else {
            self.merge_hi(v, pa, na, pb, nb)
        }
    }

    /// `merge_collapse`: merges runs until the stack's lengths satisfy
    /// `len[-3] > len[-2] + len[-1]` and `len[-2] > len[-1]`.
    fn merge_collapse(&mut self, v: &mut [T]) -> Result<(), E> {
        while self.pending.len() > 1 {
            let p = &self.pending;
            let mut n = p.len() - 2;
            if (n > 0 && p[n - 1].1 <= p[n].1 + p[n + 1].1)
                || (n > 1 && p[n - 2].1 <= p[n - 1].1 + p[n].1)
            {
                if p[n - 1].1 < p[n + 1].1 {
                    n -= 1;
                }
                self.merge_at(v, n)?;
            } else if p[n].1 <= p[n + 1].1 {
                self.merge_at(v, n)?;
            } else {
                break;
            }
        }
        Ok(())
    }

    /// `merge_force_collapse`: merges all runs, at the end of the sort.
    fn merge_force_collapse(&mut self, v: &mut [T]) -> Result<(), E> {
        while self.pending.len() > 1 {
            let p = &self.pending;
            let mut n = p.len() - 2;
            if n > 0 && p[n - 1].1 < p[n + 1].1 {
                n -= 1;
            }
            self.merge_at(v, n)?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A small deterministic generator for test data.
    fn numbers(n: usize, seed: u64, modulus: u64) -> Vec<u64> {
        let mut x = seed;
        (0..n)
            .map(|_| {
                x = x
                    .wrapping_mul(6364136223846793005)
                    .wrapping_add(1442695040888963407);
                (x >> 33) % modulus
            })
            .collect()
    }

    #[test]
    fn sorts_stably_like_a_stable_sort() {
        for (n, modulus) in [
            (0, 1),
            (1, 5),
            (2, 2),
            (63, 10),
            (64, 3),
            (1000, 50),
            (5000, 7),
        ] {
            for seed in 0..4 {
                let data: Vec<(u64, usize)> = numbers(n, seed, modulus)
                    .into_iter()
                    .enumerate()
                    .map(|(i, k)| (k, i))
                    .collect();
                let mut ours = data.clone();
                sort(&mut ours, |a, b| Ok::<bool, ()>(a.0 < b.0)).unwrap();
                let mut expected = data.clone();
                expected.sort_by_key(|p| p.0);
                assert_eq!(ours, expected, "n={n} seed={seed}");
            }
        }
    }

    #[test]
    fn runs_and_galloping_sort_too() {
        let mut v: Vec<u64> = (0..500)
            .rev()
            .chain(0..700)
            .chain((0..300).map(|i| i * 3))
            .collect();
        let mut expected = v.clone();
        expected.sort();
        sort(&mut v, |a, b| Ok::<bool, ()>(a < b)).unwrap();
        assert_eq!(v, expected);
    }

    #[test]
    fn a_failing_comparison_stops_the_sort_and_keeps_every_item() {
        let data = numbers(300, 9, 1000);
        for limit in [0, 1, 5, 100, 1000, 2000] {
            let mut v = data.clone();
            let mut calls = 0;
            let r = sort(&mut v, |a, b| {
                calls += 1;
                if calls > limit {
                    Err(())
                } else {
                    Ok(a < b)
                }
            });
            assert!(r.is_err());
            let (mut got, mut want) = (v.clone(), data.clone());
            got.sort();
            want.sort();
            assert_eq!(got, want, "limit {limit}");
        }
    }

    #[test]
    fn minrun() {
        assert_eq!(compute_minrun(63), 63);
        assert_eq!(compute_minrun(64), 32);
        assert_eq!(compute_minrun(65), 33);
        assert_eq!(compute_minrun(2112), 33);
    }
}

//! A unified diff of two texts, line by line (Myers' O(ND) algorithm, with
//! the common start and end taken off first).

/// Lines of context around each change.
const CONTEXT: usize = 3;
/// Beyond this many differing lines the middle is shown as replaced whole.
const MAX_EDITS: usize = 4000;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Op {
    Same(usize, usize),
    Delete(usize),
    Insert(usize),
}

/// `diff -u` of `a` and `b` under the headers `--- from` and `+++ to`;
/// empty if they are equal.
pub fn unified(from: &str, to: &str, a: &str, b: &str) -> String {
    let a_lines: Vec<&str> = a.split_inclusive('\n').collect();
    let b_lines: Vec<&str> = b.split_inclusive('\n').collect();
    let ops = edit_script(&a_lines, &b_lines);
    if ops.iter().all(|op| matches!(op, Op::Same(..))) {
        return String::new();
    }
    let mut out = format!("--- {from}\n+++ {to}\n");
    let changes: Vec<usize> = (0..ops.len())
        .filter(|&i| !matches!(ops[i], Op::Same(..)))
        .collect();
    let mut i = 0;
    while i < changes.len() {
        let start = changes[i].saturating_sub(CONTEXT);
        let mut end = changes[i];
        while i < changes.len() && changes[i] <= end + 2 * CONTEXT {
            end = changes[i];
            i += 1;
        }
        let end = (end + CONTEXT + 1).min(ops.len());
        let hunk = &ops[start..end];
        let (a_start, b_start) = position(&ops, start);
        let a_len = hunk.iter().filter(|o| !matches!(o, Op::Insert(_))).count();
        let b_len = hunk.iter().filter(|o| !matches!(o, Op::Delete(_))).count();
        out.push_str(&format!(
            "@@ -{} +{} @@\n",
            range(a_start, a_len),
            range(b_start, b_len)
        ));
        for op in hunk {
            let (mark, line) = match *op {
                Op::Same(x, _) => (' ', a_lines[x]),
                Op::Delete(x) => ('-', a_lines[x]),
                Op::Insert(y) => ('+', b_lines[y]),
            };
            out.push(mark);
            out.push_str(line);
            if !line.ends_with('\n') {
                out.push_str("\n\\ No newline at end of file\n");
            }
        }
    }
    out
}

/// The line numbers (from 0) in `a` and `b` where op `at` starts.
fn position(ops: &[Op], at: usize) -> (usize, usize) {
    let mut a = 0;
    let mut b = 0;
    for op in &ops[..at] {
        match op {
            Op::Same(..) => {
                a += 1;
                b += 1;
            }
            Op::Delete(_) => a += 1,
            Op::Insert(_) => b += 1,
        }
    }
    (a, b)
}

/// `start,len` as `diff -u` writes a hunk's range (from 1; `start` is the
/// line before when the range is empty).
fn range(start: usize, len: usize) -> String {
    match len {
        0 => format!("{start},0"),
        1 => format!("{}", start + 1),
        _ => format!("{},{len}", start + 1),
    }
}

fn edit_script(a: &[&str], b: &[&str]) -> Vec<Op> {
    let prefix = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    let suffix = a[prefix..]
        .iter()
        .rev()
        .zip(b[prefix..].iter().rev())
        .take_while(|(x, y)| x == y)
        .count();
    let (am, bm) = (&a[prefix..a.len() - suffix], &b[prefix..b.len() - suffix]);
    let mut ops: Vec<Op> = (0..prefix).map(|i| Op::Same(i, i)).collect();
    let middle = myers(am, bm).unwrap_or_else(|| {
        let mut v: Vec<Op> = (0..am.len()).map(Op::Delete).collect();
        v.extend((0..bm.len()).map(Op::Insert));
        v
    });
    ops.extend(middle.into_iter().map(|op| match op {
        Op::Same(x, y) => Op::Same(x + prefix, y + prefix),
        Op::Delete(x) => Op::Delete(x + prefix),
        Op::Insert(y) => Op::Insert(y + prefix),
    }));
    let (ea, eb) = (a.len() - suffix, b.len() - suffix);
    ops.extend((0..suffix).map(|i| Op::Same(ea + i, eb + i)));
    ops
}

/// The shortest edit script from `a` to `b`, or `None` if it is longer
/// than `MAX_EDITS`.
fn myers(a: &[&str], b: &[&str]) -> Option<Vec<Op>> {
    let (n, m) = (a.len() as isize, b.len() as isize);
    let max = (n + m) as usize;
    let offset = max as isize + 1;
    let mut v = vec![0isize; 2 * max + 3];
    let mut trace: Vec<Vec<isize>> = Vec::new();
    let mut found = None;
    'outer: for d in 0..=max.min(MAX_EDITS) as isize {
        trace.push(v.clone());
        let mut k = -d;
        while k <= d {
            let idx = (k + offset) as usize;
            let mut x = if k == -d || (k != d && v[idx - 1] < v[idx + 1]) {
                v[idx + 1]
            } else {
                v[idx - 1] + 1
            };
            let mut y = x - k;
            while x < n && y < m && a[x as usize] == b[y as usize] {
                x += 1;
                y += 1;
            }
            v[idx] = x;
            if x >= n && y >= m {
                found = Some(d);
                break 'outer;
            }
            k += 2;
        }
    }
    let d_end = found?;
    // Walk back through the saved frontiers.
    let mut ops = Vec::new();
    let (mut x, mut y) = (n, m);
    for d in (0..=d_end).rev() {
        let v = &trace[d as usize];
        let k = x - y;
        let idx = (k + offset) as usize;
        let prev_k = if k == -d || (k != d && v[idx - 1] < v[idx + 1]) {
            k + 1
        } else {
            k - 1
        };
        let prev_x = if d == 0 {
            0
        } else {
            v[(prev_k + offset) as usize]
        };
        let prev_y = prev_x - prev_k;
        while x > prev_x.max(0) && y > prev_y.max(0) && a[(x - 1) as usize] == b[(y - 1) as usize] {
            x -= 1;
            y -= 1;
            ops.push(Op::Same(x as usize, y as usize));
        }
        if d > 0 {
            if x == prev_x {
                y -= 1;
                ops.push(Op::Insert(y as usize));
            } else {
                x -= 1;
                ops.push(Op::Delete(x as usize));
            }
        }
    }
    ops.reverse();
    Some(ops)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn equal_texts_give_nothing() {
        assert_eq!(unified("a", "b", "x\ny\n", "x\ny\n"), "");
    }

    #[test]
    fn a_changed_line_with_context() {
        let a = "1\n2\n3\n4\n5\n6\n7\n8\n9\n";
        let b = "1\n2\n3\n4\nfive\n6\n7\n8\n9\n";
        assert_eq!(
            unified("cpython", "glasspy", a, b),
            "--- cpython\n+++ glasspy\n@@ -2,7 +2,7 @@\n 2\n 3\n 4\n-5\n+five\n 6\n 7\n 8\n"
        );
    }

    #[test]
    fn insertions_deletions_and_missing_newline() {
        let d = unified("a", "b", "x\ny", "x\nz\ny\nw");
        assert_eq!(
            d,
            "--- a\n+++ b\n@@ -1,2 +1,4 @@\n x\n-y\n\\ No newline at end of file\n+z\n+y\n+w\n\\ No newline at end of file\n"
        );
        let d = unified("a", "b", "", "new\n");
        assert_eq!(d, "--- a\n+++ b\n@@ -0,0 +1 @@\n+new\n");
    }

    #[test]
    fn scripts_are_minimal() {
        let a: Vec<&str> = "a b c a b b a".split(' ').collect();
        let b: Vec<&str> = "c b a b a c".split(' ').collect();
        let ops = myers(&a, &b).unwrap();
        let edits = ops.iter().filter(|o| !matches!(o, Op::Same(..))).count();
        assert_eq!(edits, 5);
        // Replaying the script gives b.
        let mut built = Vec::new();
        for op in &ops {
            match *op {
                Op::Same(x, _) => built.push(a[x]),
                Op::Insert(y) => built.push(b[y]),
                Op::Delete(_) => {}
            }
        }
        assert_eq!(built, b);
    }
}

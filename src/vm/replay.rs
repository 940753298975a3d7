//! What a program takes from outside — standard input, the clock, the
//! system's randomness — recorded as it arrives, so that a second run can
//! be given exactly the same and behave exactly the same (the debugger's
//! reverse execution replays a run up to an earlier instruction).
//!
//! With recording off (a plain `glasspy run`) each input is read directly.
//! The output of a replayed stretch of a run can be muted, since it has
//! already been shown.

use std::cell::RefCell;

/// One input, as the program received it.
#[derive(Clone, Debug, PartialEq)]
pub enum Input {
    /// Bytes read from standard input.
    Stdin(Vec<u8>),
    /// A reading of a clock.
    Clock(f64),
    /// Bytes of the system's randomness.
    Entropy(Vec<u8>),
}

#[derive(Default)]
struct Log {
    recording: bool,
    /// Everything received so far, in order.
    inputs: Vec<Input>,
    /// How many of `inputs` a replay has given back so far.
    replayed: usize,
    /// Program output is dropped (a replayed stretch of the run).
    muted: bool,
}

thread_local! {
    static LOG: RefCell<Log> = RefCell::new(Log::default());
}

/// Starts recording on this thread; `inputs` (from an earlier run) are
/// given back first, in order, before new inputs are read and recorded.
pub fn start(inputs: Vec<Input>) {
    LOG.with(|l| {
        *l.borrow_mut() = Log {
            recording: true,
            inputs,
            replayed: 0,
            muted: false,
        }
    });
}

/// Everything recorded (and replayed) so far.
pub fn inputs() -> Vec<Input> {
    LOG.with(|l| l.borrow().inputs.clone())
}

/// Mutes or unmutes the program's standard output and error.
pub fn set_muted(muted: bool) {
    let _ = LOG.try_with(|l| l.borrow_mut().muted = muted);
}

/// Whether the program's output is muted.
pub fn muted() -> bool {
    LOG.try_with(|l| l.borrow().muted).unwrap_or(false)
}

/// The next input of this kind: replayed if a replay has one, otherwise
/// `read` now (and recorded when recording).
fn take(read: impl FnOnce() -> Input, same_kind: impl Fn(&Input) -> bool) -> Input {
    // Reading and the log are kept out of the program's heap, and the
    // program gets a fresh copy in both cases: a run that reads and a run
    // that replays allocate alike (`crate::allocator::aside`).
    let input = crate::allocator::aside(|| take_aside(read, same_kind));
    input.clone()
}

fn take_aside(read: impl FnOnce() -> Input, same_kind: impl Fn(&Input) -> bool) -> Input {
    let replayed = LOG.with(|l| {
        let mut l = l.borrow_mut();
        if !l.recording {
            return None;
        }
        let i = l.replayed;
        match l.inputs.get(i) {
            Some(input) if same_kind(input) => {
                let input = input.clone();
                l.replayed += 1;
                Some(input)
            }
            Some(_) => {
                // The run went another way: the rest of the log is stale.
                l.inputs.truncate(i);
                None
            }
            None => None,
        }
    });
    if let Some(input) = replayed {
        return input;
    }
    let input = read();
    LOG.with(|l| {
        let mut l = l.borrow_mut();
        if l.recording {
            l.inputs.push(input.clone());
            l.replayed = l.inputs.len();
        }
    });
    input
}

/// Bytes from standard input, as `read` reads them.
pub fn stdin(read: impl FnOnce() -> Vec<u8>) -> Vec<u8> {
    match take(|| Input::Stdin(read()), |i| matches!(i, Input::Stdin(_))) {
        Input::Stdin(b) => b,
        _ => Vec::new(),
    }
}

/// A clock reading, as `read` takes it.
pub fn clock(read: impl FnOnce() -> f64) -> f64 {
    match take(|| Input::Clock(read()), |i| matches!(i, Input::Clock(_))) {
        Input::Clock(t) => t,
        _ => 0.0,
    }
}

/// Bytes of randomness, as `read` gets them.
pub fn entropy(read: impl FnOnce() -> Vec<u8>) -> Vec<u8> {
    match take(
        || Input::Entropy(read()),
        |i| matches!(i, Input::Entropy(_)),
    ) {
        Input::Entropy(b) => b,
        _ => Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_replay_gives_back_what_was_recorded() {
        start(Vec::new());
        assert_eq!(clock(|| 1.5), 1.5);
        assert_eq!(stdin(|| b"x\n".to_vec()), b"x\n");
        let first = inputs();
        start(first.clone());
        assert_eq!(clock(|| 9.0), 1.5);
        assert_eq!(stdin(|| b"other".to_vec()), b"x\n");
        // Past the end of the log, inputs are read and recorded again.
        assert_eq!(clock(|| 2.5), 2.5);
        assert_eq!(inputs().len(), 3);
    }

    #[test]
    fn without_recording_inputs_are_read_directly() {
        LOG.with(|l| *l.borrow_mut() = Log::default());
        assert_eq!(clock(|| 3.0), 3.0);
        assert!(inputs().is_empty());
    }
}

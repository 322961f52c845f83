//! A time budget for the work on one document (or pair), checked cooperatively: the engine
//! sets a deadline on the thread before it works on a document, and long loops below it
//! (the alignment's dynamic programme, the rule loop) ask [`expired`] and stop early. The
//! engine then reports the document as skipped. Nothing here knows what a document is.
//!
//! Tests also count here the bytes the long scans read ([`work`]), to check that the cost
//! grows linearly with the input.

use std::cell::Cell;
use std::time::{Duration, Instant};

thread_local! {
    static DEADLINE: Cell<Option<Instant>> = const { Cell::new(None) };
}

/// The default budget per document: generous, so that only a pathological input reaches it.
pub const DEFAULT: Duration = Duration::from_secs(30);

/// Run `f` with a deadline `limit` from now on this thread (`None`: no deadline); restores the
/// previous deadline afterwards, even if `f` panics.
pub fn with_deadline<T>(limit: Option<Duration>, f: impl FnOnce() -> T) -> T {
    struct Restore(Option<Instant>);
    impl Drop for Restore {
        fn drop(&mut self) {
            DEADLINE.with(|d| d.set(self.0));
        }
    }
    let _restore = Restore(DEADLINE.with(|d| d.get()));
    DEADLINE.with(|d| d.set(limit.map(|l| Instant::now() + l)));
    f()
}

#[cfg(test)]
thread_local! {
    /// Bytes read by the scans that nested or repeated input could make read again (the
    /// parser's searches; the fact extractors' sentences, link labels and parameter values).
    /// Tests check it grows linearly with the input, whatever its shape.
    pub(crate) static WORK: Cell<u64> = const { Cell::new(0) };
}

/// Count `n` bytes read (tests only; nothing in a release build).
#[inline]
pub(crate) fn work(n: usize) {
    #[cfg(test)]
    WORK.with(|w| w.set(w.get() + n as u64));
    #[cfg(not(test))]
    let _ = n;
}

/// Whether this thread's deadline has passed.
pub fn expired() -> bool {
    DEADLINE.with(|d| d.get()).is_some_and(|t| Instant::now() >= t)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_zero_budget_expires_and_none_never_does() {
        assert!(with_deadline(Some(Duration::ZERO), expired));
        assert!(!with_deadline(None, expired));
        assert!(!expired(), "the deadline is restored afterwards");
    }

    #[test]
    fn the_deadline_is_restored_after_a_panic() {
        let r = std::panic::catch_unwind(|| with_deadline(Some(Duration::ZERO), || panic!("boom")));
        assert!(r.is_err());
        assert!(!expired());
    }
}

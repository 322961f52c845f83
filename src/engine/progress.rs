//! Progress on stderr while a long check runs: documents done, documents/s, MB and MB/s.
//!
//! Shown only when wanted ([`wanted`]: stderr is a terminal, `CI` is unset, not `--quiet`)
//! and only once the run has lasted a second, so quick runs print nothing. Standard output is
//! never touched; write to stderr or stdout through [`Progress::suspend`] while it may show.
//! The default [`Progress`] does nothing.

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressState, ProgressStyle};
use std::io::IsTerminal;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{mpsc, Arc, Mutex};
use std::time::Duration;

/// A handle to the progress display (cheap to clone; all clones show one display).
#[derive(Clone, Default)]
pub struct Progress(Option<Arc<Inner>>);

struct Inner {
    bar: ProgressBar,
    bytes: Arc<AtomicU64>,
    /// Dropping the sender stops the thread that shows the bar after a second.
    waiter: Mutex<Option<(mpsc::Sender<()>, std::thread::JoinHandle<()>)>>,
}

impl std::fmt::Debug for Progress {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Progress({})", if self.0.is_some() { "on" } else { "off" })
    }
}

/// How long a run goes before the progress display appears.
const DELAY: Duration = Duration::from_secs(1);

/// Whether a progress display is wanted: stderr is a terminal, `CI` is not set, not quiet.
pub fn wanted(quiet: bool) -> bool {
    !quiet && std::io::stderr().is_terminal() && std::env::var_os("CI").is_none()
}

impl Progress {
    /// A display on stderr counting `unit`s (e.g. "files", "pages"), appearing after [`DELAY`]:
    /// or nothing when `on` is false.
    pub fn stderr(on: bool, unit: &'static str) -> Self {
        if !on {
            return Progress(None);
        }
        let bytes = Arc::new(AtomicU64::new(0));
        let counted = Arc::clone(&bytes);
        let style = ProgressStyle::with_template("{spinner} {elapsed} {human_pos} {msg} {rates}")
            .unwrap_or_else(|_| ProgressStyle::default_spinner())
            .with_key("rates", move |s: &ProgressState, w: &mut dyn std::fmt::Write| {
                let secs = s.elapsed().as_secs_f64().max(1e-3);
                let mb = counted.load(Ordering::Relaxed) as f64 / 1e6;
                let _ = write!(
                    w,
                    "({:.0}/s), {mb:.1} MB ({:.1} MB/s)",
                    s.pos() as f64 / secs,
                    mb / secs
                );
            });
        let bar = ProgressBar::with_draw_target(None, ProgressDrawTarget::hidden())
            .with_style(style)
            .with_message(unit);
        let (tx, rx) = mpsc::channel::<()>();
        let shown = bar.clone();
        let thread = std::thread::spawn(move || {
            if let Err(mpsc::RecvTimeoutError::Timeout) = rx.recv_timeout(DELAY) {
                shown.set_draw_target(ProgressDrawTarget::stderr());
                shown.enable_steady_tick(Duration::from_millis(150));
            }
        });
        Progress(Some(Arc::new(Inner {
            bar,
            bytes,
            waiter: Mutex::new(Some((tx, thread))),
        })))
    }

    /// `items` more documents done, `bytes` more bytes of text.
    pub fn advance(&self, items: usize, bytes: usize) {
        if let Some(p) = &self.0 {
            p.bytes.fetch_add(bytes as u64, Ordering::Relaxed);
            p.bar.inc(items as u64);
        }
    }

    /// Count `unit`s from now on (e.g. "pages" once the files are done).
    pub fn set_unit(&self, unit: &'static str) {
        if let Some(p) = &self.0 {
            p.bar.set_message(unit);
        }
    }

    /// Run `f` (which writes to the terminal) with the display out of the way.
    pub fn suspend<R>(&self, f: impl FnOnce() -> R) -> R {
        match &self.0 {
            Some(p) => p.bar.suspend(f),
            None => f(),
        }
    }

    /// Remove the display for good (call before the summary line; dropping the last handle
    /// does it too).
    pub fn finish(&self) {
        if let Some(p) = &self.0 {
            p.finish();
        }
    }
}

impl Inner {
    fn finish(&self) {
        let waiter = self.waiter.lock().ok().and_then(|mut w| w.take());
        if let Some((tx, thread)) = waiter {
            drop(tx);
            let _ = thread.join();
        }
        self.bar.finish_and_clear();
    }
}

impl Drop for Inner {
    fn drop(&mut self) {
        self.finish();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn off_does_nothing_and_on_counts() {
        let off = Progress::default();
        off.advance(3, 10);
        assert_eq!(off.suspend(|| 7), 7);
        off.finish();
        let on = Progress::stderr(true, "pages");
        on.advance(2, 1000);
        on.advance(1, 24);
        let inner = on.0.as_ref().unwrap();
        assert_eq!(inner.bar.position(), 3);
        assert_eq!(inner.bytes.load(Ordering::Relaxed), 1024);
        on.finish();
        assert!(inner.bar.is_finished());
    }
}

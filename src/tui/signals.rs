//! The signals that end the reader from outside (SIGTERM, SIGHUP, SIGQUIT, and SIGINT sent with
//! `kill`: in raw mode Ctrl-C is a key, not a signal). Their handlers, installed by
//! `signal-hook`, only set a flag; the event loop looks at it between events (it polls with a
//! short timeout), restores the terminal and exits with status 128 + the signal's number. A
//! review being saved is saved first: saving happens on the loop's thread, between two looks.
//!
//! Once the reader has ended, the same signals do what they do by default again (end the
//! process), as in every other command.

use std::io;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

/// The signals the reader watches.
#[cfg(unix)]
pub const WATCHED: [i32; 4] = [
    signal_hook::consts::SIGTERM,
    signal_hook::consts::SIGHUP,
    signal_hook::consts::SIGQUIT,
    signal_hook::consts::SIGINT,
];

/// The signals caught while the reader runs.
pub struct Signals {
    /// The number of the first signal caught (0: none yet).
    caught: Arc<AtomicUsize>,
    /// Set when the reader has ended: the signals then take their default action.
    ended: Arc<AtomicBool>,
}

impl Signals {
    /// Starts watching the signals.
    pub fn watch() -> io::Result<Signals> {
        let signals = Signals {
            caught: Arc::new(AtomicUsize::new(0)),
            ended: Arc::new(AtomicBool::new(false)),
        };
        #[cfg(unix)]
        for sig in WATCHED {
            // The default action comes first, so that after the reader a signal ends the
            // process at once; while the reader runs `ended` is false and it does nothing.
            signal_hook::flag::register_conditional_default(sig, Arc::clone(&signals.ended))?;
            signal_hook::flag::register_usize(sig, Arc::clone(&signals.caught), sig as usize)?;
        }
        Ok(signals)
    }

    /// The first signal caught, if any.
    pub fn caught(&self) -> Option<i32> {
        match self.caught.load(Ordering::SeqCst) {
            0 => None,
            sig => i32::try_from(sig).ok(),
        }
    }
}

impl Drop for Signals {
    /// The signals take their default action again (the handlers stay installed: removing
    /// them would leave the signals ignored, see `signal_hook::low_level::unregister`).
    fn drop(&mut self) {
        self.ended.store(true, Ordering::SeqCst);
    }
}

/// The exit status of a process that ends because of signal `sig`, as a shell reports it.
pub fn exit_status(sig: i32) -> i32 {
    128 + sig
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    #[cfg(unix)]
    fn a_signal_sent_while_watching_is_caught_and_told() {
        let signals = Signals::watch().unwrap();
        assert_eq!(signals.caught(), None);
        signal_hook::low_level::raise(signal_hook::consts::SIGHUP).unwrap();
        assert_eq!(signals.caught(), Some(signal_hook::consts::SIGHUP));
        assert_eq!(exit_status(signal_hook::consts::SIGHUP), 129);
        // Dropped without ending the test process: `ended` is set, and nothing is raised.
        drop(signals);
    }
}

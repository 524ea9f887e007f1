//! Whether the terminal the reader reads its keys from is still there.
//!
//! crossterm (with `use-dev-tty`) reads keys from standard input when it is a terminal, else
//! from /dev/tty. When the other side of that terminal closes (a terminal window, an ssh
//! connection, the master of a pseudo-terminal) and no SIGHUP comes — the terminal is not the
//! reader's controlling terminal — poll() says there is input, read() finds none, and crossterm
//! polls again at once until its timeout ends: `event::poll` returns `false` having spun, and
//! neither fails nor tells. So the reader looks at the terminal itself between two polls.

use std::io;

/// The terminal the keys come from, as crossterm chose it.
pub struct Input {
    /// A descriptor of the same open terminal (none: not known, never taken for gone).
    #[cfg(unix)]
    fd: Option<std::os::fd::OwnedFd>,
}

impl Input {
    /// The terminal crossterm reads: standard input when it is one, else /dev/tty.
    pub fn of_reader() -> Input {
        #[cfg(unix)]
        {
            use std::io::IsTerminal;
            use std::os::fd::AsFd;
            let stdin = io::stdin();
            let fd = if stdin.is_terminal() {
                stdin.as_fd().try_clone_to_owned().ok()
            } else {
                std::fs::File::open("/dev/tty").ok().map(Into::into)
            };
            Input { fd }
        }
        #[cfg(not(unix))]
        Input {}
    }

    /// Whether the terminal has gone: hung up (its other side closed) or no longer open.
    pub fn gone(&self) -> bool {
        #[cfg(unix)]
        if let Some(fd) = &self.fd {
            use std::os::fd::AsRawFd;
            // No event asked for: poll() reports a hang-up, an error or a closed descriptor.
            let mut pfd = libc::pollfd {
                fd: fd.as_raw_fd(),
                events: 0,
                revents: 0,
            };
            // SAFETY: one pollfd, owned here, for a descriptor this value owns; no waiting.
            let ready = unsafe { libc::poll(&mut pfd, 1, 0) };
            return ready > 0
                && pfd.revents & (libc::POLLHUP | libc::POLLERR | libc::POLLNVAL) != 0;
        }
        false
    }
}

/// The error that ends the reader when its terminal has gone.
pub fn gone_error() -> io::Error {
    io::Error::new(
        io::ErrorKind::UnexpectedEof,
        "the terminal has gone (hung up without a signal)",
    )
}

#[cfg(all(test, target_os = "linux"))]
mod tests {
    use super::*;
    use std::os::fd::{FromRawFd, OwnedFd};

    /// A new pseudo-terminal: (master, slave).
    fn pty() -> (OwnedFd, OwnedFd) {
        let (mut master, mut slave) = (-1, -1);
        // SAFETY: openpty writes two new descriptors; no name, settings or size are passed.
        let r = unsafe {
            libc::openpty(
                &mut master,
                &mut slave,
                std::ptr::null_mut(),
                std::ptr::null(),
                std::ptr::null(),
            )
        };
        assert_eq!(r, 0, "{}", io::Error::last_os_error());
        // SAFETY: both descriptors were just opened and are owned by nothing else.
        unsafe { (OwnedFd::from_raw_fd(master), OwnedFd::from_raw_fd(slave)) }
    }

    #[test]
    fn a_terminal_whose_other_side_closed_is_gone() {
        let (master, slave) = pty();
        let input = Input { fd: Some(slave) };
        assert!(!input.gone());
        drop(master);
        assert!(input.gone());
    }

    #[test]
    fn no_known_terminal_is_never_gone() {
        assert!(!Input { fd: None }.gone());
    }
}

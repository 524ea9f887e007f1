//! The real binary in a pseudo-terminal, for the end-to-end tests: started without the
//! developer's colour and Parallax settings, its output read on a thread of its own.
#![allow(dead_code)]

use std::io::{Read, Write};
use std::sync::mpsc::{Receiver, channel};

use portable_pty::{CommandBuilder, PtySize, native_pty_system};

/// A running `parallax` in a pseudo-terminal.
pub struct Pty {
    pub child: Box<dyn portable_pty::Child + Send + Sync>,
    /// What the user types.
    pub keys: Box<dyn Write + Send>,
    /// What the program writes, as it comes.
    pub output: Receiver<Vec<u8>>,
}

/// Starts `parallax ARGS` in a `rows` × `cols` terminal, with `env` set last (so a test may set
/// what is otherwise left out: NO_COLOR, PARALLAX_THEME …).
pub fn spawn(args: &[&str], env: &[(&str, &str)], rows: u16, cols: u16) -> Pty {
    let pty = native_pty_system()
        .openpty(PtySize {
            rows,
            cols,
            pixel_width: 0,
            pixel_height: 0,
        })
        .expect("a pseudo-terminal");
    let child = pty
        .slave
        .spawn_command(command(args, env))
        .expect("parallax starts");
    drop(pty.slave);
    let mut reader = pty.master.try_clone_reader().unwrap();
    let keys = pty.master.take_writer().unwrap();
    let (tx, rx) = channel();
    std::thread::spawn(move || {
        let _master = pty.master;
        let mut buf = [0u8; 8192];
        while let Ok(n) = reader.read(&mut buf) {
            if n == 0 || tx.send(buf[..n].to_vec()).is_err() {
                break;
            }
        }
    });
    Pty {
        child,
        keys,
        output: rx,
    }
}

/// The command `parallax ARGS` as the pseudo-terminal tests start it: without the developer's
/// colour and Parallax settings, with `env` set last.
pub fn command(args: &[&str], env: &[(&str, &str)]) -> CommandBuilder {
    let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_parallax"));
    cmd.args(args);
    cmd.env("TERM", "xterm-256color");
    for var in [
        "NO_COLOR",
        "VISUAL",
        "PARALLAX_COLOR",
        "PARALLAX_THEME",
        "PARALLAX_MIN_SCORE",
        "PARALLAX_FORMAT",
    ] {
        cmd.env_remove(var);
    }
    cmd.env("PARALLAX_CONFIG", "/nonexistent/parallax/config.toml");
    for (k, v) in env {
        cmd.env(k, v);
    }
    cmd
}

/// Copies the bundled sample pair into `dir` under the names `{prefix}a.txt` and
/// `{prefix}b.txt`, and returns their paths.
pub fn sample_pair(dir: &std::path::Path, prefix: &str) -> (String, String) {
    let copy = |side: &str| {
        let to = dir.join(format!("{prefix}{side}.txt"));
        let from = format!(
            "{}/assets/kazemi-report-{side}.txt",
            env!("CARGO_MANIFEST_DIR")
        );
        std::fs::copy(from, &to).unwrap();
        to.to_string_lossy().into_owned()
    };
    (copy("a"), copy("b"))
}

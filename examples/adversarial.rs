//! Writes one hostile input (see `parallax::synth::adversarial`) to a file:
//! `cargo run --release --example adversarial -- KIND BYTES OUT [SEED]`, KIND one of
//! quotes, aliases, names, lines. Figures made with it are in docs/performance.md and
//! docs/reliability.md.

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let kinds = parallax::synth::adversarial::KINDS.join(", ");
    let usage = format!("usage: adversarial KIND BYTES OUT [SEED]   (KIND: {kinds})");
    let [kind, bytes, out, rest @ ..] = args.as_slice() else {
        eprintln!("{usage}");
        std::process::exit(2);
    };
    let bytes: usize = bytes.parse().expect("BYTES: a number");
    let seed: u64 = rest
        .first()
        .map_or(1, |s| s.parse().expect("SEED: a number"));
    let Some(text) = parallax::synth::adversarial::make(kind, bytes, seed) else {
        eprintln!("{usage}");
        std::process::exit(2);
    };
    std::fs::write(out, text).expect("write OUT");
}

//! Writes one hostile input (see `parallax::synth::adversarial`) to a file:
//! `cargo run --release --example adversarial -- KIND BYTES OUT [SEED]`, KIND one of
//! quotes, aliases, names, lines. Figures made with it are in docs/performance.md and
//! docs/reliability.md. `adversarial pair N OUT` writes the benchmarks' generated pair of N
//! statements per side (`parallax::synth::report_pair(N, 42)`) to OUT.left and OUT.right.

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let kinds = parallax::synth::adversarial::KINDS.join(", ");
    let usage = format!("usage: adversarial KIND BYTES OUT [SEED]   (KIND: {kinds})");
    let [kind, bytes, out, rest @ ..] = args.as_slice() else {
        eprintln!("{usage}");
        std::process::exit(2);
    };
    let bytes: usize = bytes.parse().expect("BYTES: a number");
    if kind == "pair" {
        let (left, right) = parallax::synth::report_pair(bytes, 42);
        std::fs::write(format!("{out}.left"), left).expect("write OUT.left");
        std::fs::write(format!("{out}.right"), right).expect("write OUT.right");
        return;
    }
    let seed: u64 = rest
        .first()
        .map_or(1, |s| s.parse().expect("SEED: a number"));
    let Some(text) = parallax::synth::adversarial::make(kind, bytes, seed) else {
        eprintln!("{usage}");
        std::process::exit(2);
    };
    std::fs::write(out, text).expect("write OUT");
}

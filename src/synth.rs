//! Deterministic report pairs for benchmarks: the right report is a shuffled, lightly reworded
//! copy of part of the left one plus sentences of its own, like two reports of one event.

/// A small xorshift generator: reproducible without a dependency.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }
}

const SYLLABLES: &[&str] = &[
    "ba", "ken", "tor", "mi", "sal", "ro", "den", "vi", "lu", "mar", "po", "gre", "sta", "ne",
    "qui", "dal", "fe", "zan", "ho", "tri", "cal", "em", "or", "wes",
];
const GLUE: &[&str] = &[
    "the", "of", "and", "to", "in", "a", "on", "said", "that", "with",
];

/// Words of a made-up language, frequent ones first (sampled with a Zipf-like law).
struct Lexicon {
    words: Vec<String>,
    names: Vec<String>,
}

impl Lexicon {
    fn new(rng: &mut Rng) -> Lexicon {
        let mut word = |syllables: usize| -> String {
            (0..syllables)
                .map(|_| SYLLABLES[rng.below(SYLLABLES.len())])
                .collect()
        };
        let words = (0..6000).map(|k| word(2 + k % 3)).collect();
        let names = (0..800)
            .map(|_| {
                let w = word(3);
                let mut c = w.chars();
                c.next()
                    .map(|f| f.to_uppercase().chain(c).collect())
                    .unwrap_or(w)
            })
            .collect();
        Lexicon { words, names }
    }

    /// Rank r is drawn with probability about proportional to 1/r.
    fn word(&self, rng: &mut Rng) -> &str {
        let n = self.words.len() as f64;
        let u = (rng.next() % 1_000_000) as f64 / 1_000_000.0;
        let r = (n.powf(u) as usize)
            .saturating_sub(1)
            .min(self.words.len() - 1);
        &self.words[r]
    }

    fn sentence(&self, rng: &mut Rng) -> Vec<String> {
        let len = 10 + rng.below(16);
        let mut out: Vec<String> = Vec::with_capacity(len + 3);
        out.push(self.names[rng.below(self.names.len())].clone());
        for k in 0..len {
            if k % 3 == 1 {
                out.push(GLUE[rng.below(GLUE.len())].to_string());
            } else {
                out.push(self.word(rng).to_string());
            }
        }
        if rng.chance(40) {
            out.push(format!("{}", 2 + rng.below(500)));
            out.push(self.word(rng).to_string());
        }
        if rng.chance(50) {
            out.push("in".into());
            out.push(self.names[rng.below(self.names.len())].clone());
        }
        out
    }
}

/// Light rewording: drop a word, replace a word, add a word, move the first name to the end.
fn reword(words: &[String], lexicon: &Lexicon, rng: &mut Rng) -> Vec<String> {
    let mut w = words.to_vec();
    if rng.chance(50) && w.len() > 6 {
        let at = 1 + rng.below(w.len() - 1);
        w.remove(at);
    }
    if rng.chance(50) {
        let at = 1 + rng.below(w.len() - 1);
        w[at] = lexicon.word(rng).to_string();
    }
    if rng.chance(50) {
        let at = 1 + rng.below(w.len() - 1);
        w.insert(at, lexicon.word(rng).to_string());
    }
    if rng.chance(30) {
        let first = w.remove(0);
        w.push("according to".into());
        w.push(first);
        w[0] = capitalise(&w[0]);
    }
    w
}

fn capitalise(w: &str) -> String {
    let mut c = w.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}

/// Writes sentences as paragraphs of up to four sentences.
fn text(sentences: &[Vec<String>]) -> String {
    let mut out = String::new();
    for (k, s) in sentences.iter().enumerate() {
        out.push_str(&s.join(" "));
        out.push('.');
        out.push_str(if k % 4 == 3 { "\n\n" } else { " " });
    }
    out
}

/// Two reports of `statements` sentences each: the right one retells about 60% of the left one
/// in another order and lightly reworded, and adds sentences of its own. Same seed, same pair.
pub fn report_pair(statements: usize, seed: u64) -> (String, String) {
    let mut rng = Rng(seed.wrapping_mul(0x9e37_79b9_7f4a_7c15) | 1);
    let lexicon = Lexicon::new(&mut rng);
    let left: Vec<Vec<String>> = (0..statements)
        .map(|_| lexicon.sentence(&mut rng))
        .collect();
    let retold: Vec<&Vec<String>> = left.iter().filter(|_| rng.chance(60)).collect();
    let mut right: Vec<Vec<String>> = retold
        .into_iter()
        .map(|s| reword(s, &lexicon, &mut rng))
        .collect();
    right.truncate(statements);
    while right.len() < statements {
        right.push(lexicon.sentence(&mut rng));
    }
    for i in (1..right.len()).rev() {
        right.swap(i, rng.below(i + 1));
    }
    (text(&left), text(&right))
}

/// Hostile input shapes for `benches/adversarial.rs`, `examples/adversarial.rs` and the size
/// tests: each makes a text of at most `bytes` bytes, cut after a line or a word.
pub mod adversarial {
    use super::{Rng, SYLLABLES, capitalise};

    /// The shapes, by the name the example and the docs use.
    pub const KINDS: &[&str] = &["quotes", "aliases", "names", "lines"];

    /// The text of shape `kind` (one of `KINDS`), about `bytes` long, from `seed`.
    pub fn make(kind: &str, bytes: usize, seed: u64) -> Option<String> {
        let mut text = match kind {
            "quotes" => unclosed_quotes(bytes),
            "aliases" => alias_sentences(bytes, seed),
            "names" => capitalised_words(bytes, seed),
            "lines" => tiny_lines(bytes),
            _ => return None,
        };
        if text.len() > bytes {
            let cut = text[..bytes].rfind([' ', '\n']).map_or(0, |at| at + 1);
            text.truncate(cut);
        }
        Some(text)
    }

    fn name(rng: &mut Rng, syllables: usize) -> String {
        let w: String = (0..syllables)
            .map(|_| SYLLABLES[rng.below(SYLLABLES.len())])
            .collect();
        capitalise(&w)
    }

    /// One paragraph of sentences that each open a curly quote and never close it.
    pub fn unclosed_quotes(bytes: usize) -> String {
        let mut out = String::with_capacity(bytes + 64);
        let mut k = 0usize;
        while out.len() < bytes {
            out.push_str(&format!("Officer {k} said \u{201c}we will return. "));
            k += 1;
        }
        out
    }

    /// "Xaba leader Yebo said on Monday that police fired at the crowd." with new names in every
    /// sentence: every sentence teaches the alias learner a title and a name.
    pub fn alias_sentences(bytes: usize, seed: u64) -> String {
        let mut rng = Rng(seed.wrapping_mul(0x9e37_79b9_7f4a_7c15) | 1);
        let mut out = String::with_capacity(bytes + 128);
        while out.len() < bytes {
            let (group, person) = (name(&mut rng, 2), name(&mut rng, 2));
            let n = 2 + rng.below(40);
            out.push_str(&format!(
                "{group} leader {person} said {n} police fired at the crowd.\n"
            ));
        }
        out
    }

    /// Random capitalised made-up words, 400 to a line (statements are cut at 2,000 bytes: the
    /// most names a statement can hold), a full stop at each line's end.
    pub fn capitalised_words(bytes: usize, seed: u64) -> String {
        let mut rng = Rng(seed.wrapping_mul(0x9e37_79b9_7f4a_7c15) | 1);
        let mut out = String::with_capacity(bytes + 128);
        let mut k = 0usize;
        while out.len() < bytes {
            let syllables = 2 + rng.below(3);
            out.push_str(&name(&mut rng, syllables));
            k += 1;
            out.push_str(if k.is_multiple_of(400) { ".\n" } else { " " });
        }
        out
    }

    /// Lines of "I." only: the most statements a text of this size can hold.
    pub fn tiny_lines(bytes: usize) -> String {
        "I.\n".repeat(bytes / 3)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::Document;

    #[test]
    fn pairs_are_deterministic_and_sized() {
        assert_eq!(report_pair(50, 7), report_pair(50, 7));
        assert_ne!(report_pair(50, 7), report_pair(50, 8));
        let (l, r) = report_pair(200, 1);
        let (l, r) = (
            Document::parse("l", &l).unwrap(),
            Document::parse("r", &r).unwrap(),
        );
        for d in [&l, &r] {
            assert!(
                (190..=210).contains(&d.statements.len()),
                "{}",
                d.statements.len()
            );
        }
        let links = crate::align::align(&l, &r, &Default::default());
        // About 120 retold statements; a statement may take part in more than one link.
        assert!((100..=150).contains(&links.len()), "{}", links.len());
    }
}

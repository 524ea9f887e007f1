//! The link model: the probability that a careful reader links two statements, from their link
//! features (`features::NAMES`), by logistic regression. The weights are fitted by
//! `scripts/fit_links.py` on the development pairs of real articles in `tests/gold/real/`
//! (leave-one-pair-out figures in docs/quality.md); the held-out pairs in
//! `tests/gold/real-heldout/` are never fitted on.

use super::features::{COUNT, QUOTES};

/// Two statements that quote one remark in other words (`Scores::quotes` at least this)
/// make one claim: every such pair of the gold pairs, real and written, is a link (11 of 11),
/// too few for the regression to learn a weight for.
const QUOTE_OVERLAP: f64 = 0.4;

/// The probability such a pair gets at least.
const QUOTE_PROBABILITY: f64 = 0.9;

/// Weights of the features, in `features::NAMES` order (the first is the bias).
pub const WEIGHTS: [f64; COUNT] = [
    -3.278, 0.2352, 0.3317, 0.3214, 0.4568, 0.03869, 1.195, 1.013, 0.7127, -0.04528, 0.06403,
    -0.8584, 0.4716, 1.014, -0.3625, 1.198, 0.9233, 1.201, 0.05147,
];

/// The probability of a link, in (0, 1).
pub fn probability(features: &[f64; COUNT]) -> f64 {
    let z: f64 = WEIGHTS.iter().zip(features).map(|(w, x)| w * x).sum();
    let p = 1.0 / (1.0 + (-z).exp());
    if features[QUOTES] >= QUOTE_OVERLAP {
        p.max(QUOTE_PROBABILITY)
    } else {
        p
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn more_coverage_is_more_likely() {
        let mut f = [0.0; COUNT];
        f[0] = 1.0;
        let low = probability(&f);
        for x in &mut f[1..8] {
            *x = 0.8;
        }
        assert!(probability(&f) > low + 0.3, "{} vs {low}", probability(&f));
        assert!((0.0..1.0).contains(&low));
    }

    #[test]
    fn one_remark_quoted_twice_is_a_link() {
        let mut f = [0.0; COUNT];
        f[0] = 1.0;
        f[QUOTES] = 0.5;
        assert!(probability(&f) >= QUOTE_PROBABILITY);
    }
}

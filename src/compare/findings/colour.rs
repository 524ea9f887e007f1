//! Colour findings (kind `other`): the colour of one thing told two ways. "fled in a white
//! van" / "fled in a black van", "wearing a grey hoodie" / "a black hoodie". The thing is the
//! word the colour describes, on both sides the same; a side that gives that thing two colours
//! ("a white car and a black car collided") tells of two things, and so do two people set
//! apart by name or by a noun of a person ("the suspect wore a black jacket" / "the victim wore
//! a red jacket").

use super::slot;
use crate::compare::claim::Claim;
use crate::compare::{Finding, FindingKind};
use crate::document::Span;

/// Colours, one word for each ("gray" is grey).
const COLOURS: &[(&str, &str)] = &[
    ("black", "black"),
    ("blue", "blue"),
    ("brown", "brown"),
    ("gold", "gold"),
    ("gray", "grey"),
    ("green", "green"),
    ("grey", "grey"),
    ("maroon", "maroon"),
    ("orange", "orange"),
    ("pink", "pink"),
    ("purple", "purple"),
    ("red", "red"),
    ("silver", "silver"),
    ("white", "white"),
    ("yellow", "yellow"),
];

/// Shades before a colour: "dark blue" is blue.
const SHADES: &[&str] = &["dark", "light", "pale", "bright"];

/// One colour a side gives a thing: the colour, the thing's word, and the span of both.
struct Coloured<'a> {
    colour: &'static str,
    thing: &'a str,
    at: usize,
    span: Span,
}

/// Colours close enough that one paint is told as either: "a grey Toyota Camry" / "a silver
/// Toyota Camry".
const NEIGHBOURS: &[(&str, &str)] = &[("grey", "silver"), ("red", "maroon"), ("gold", "yellow")];

/// Whether two colours may be one.
fn fit(a: &str, b: &str) -> bool {
    a == b || NEIGHBOURS.contains(&(a, b)) || NEIGHBOURS.contains(&(b, a))
}

fn colour(word: &str) -> Option<&'static str> {
    COLOURS.iter().find(|(w, _)| *w == word).map(|&(_, c)| c)
}

/// The things a side gives a colour: the noun right after the colour (over another colour or a
/// shade: "black and white", "dark blue"), or the first word of a name ("a silver Ford
/// Focus"). Not a name the colour is part of ("the White House", "Red Cross").
fn coloured<'a>(c: &Claim<'a>) -> Vec<Coloured<'a>> {
    let mut out = Vec::new();
    for k in 0..c.tokens.len() {
        let Some(col) = colour(&c.tokens[k].norm) else {
            continue;
        };
        if c.name_at(k).is_some() || c.tokens[k].capitalised {
            continue;
        }
        let mut m = k + 1;
        while m < c.tokens.len()
            && (colour(&c.tokens[m].norm).is_some()
                || matches!(c.tokens[m].norm.as_str(), "and" | "coloured" | "colored"))
            && c.gap(m).trim().is_empty()
        {
            m += 1;
        }
        let Some(t) = c.tokens.get(m) else { continue };
        if !c.gap(m).trim().is_empty() || t.stop || t.numeric {
            continue;
        }
        let first = match k.checked_sub(1) {
            Some(s) if SHADES.contains(&c.tokens[s].norm.as_str()) => s,
            _ => k,
        };
        out.push(Coloured {
            colour: col,
            thing: t.stem.as_str(),
            at: k,
            span: c.span_of(first, m),
        });
    }
    out
}

pub(crate) fn findings(left: &Claim, right: &Claim) -> Vec<Finding> {
    let (lc, rc) = (coloured(left), coloured(right));
    // A thing a side gives two colours is two things.
    let one_colour = |v: &[Coloured], thing: &str| {
        let mut colours = v.iter().filter(|x| x.thing == thing).map(|x| x.colour);
        let first = colours.next();
        colours.all(|x| Some(x) == first)
    };
    for a in &lc {
        for b in rc
            .iter()
            .filter(|b| b.thing == a.thing && !fit(a.colour, b.colour))
        {
            if !one_colour(&lc, a.thing) || !one_colour(&rc, b.thing) {
                continue;
            }
            // Said of two people: named apart, or by two nouns of persons.
            if slot::two_people(left, a.at, right, b.at)
                || slot::two_kinds_of_person(left, a.at, right, b.at)
            {
                continue;
            }
            let thing = right.text(b.span).rsplit(' ').next().unwrap_or(a.thing);
            let what = format!("colour of {}", thing.to_lowercase());
            return vec![slot::finding(
                FindingKind::Other,
                &what,
                left,
                a.span,
                right,
                b.span,
            )];
        }
    }
    Vec::new()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn notes(a: &str, b: &str) -> Vec<String> {
        crate::compare::test_notes(a, b, |l, r, _| findings(l, r))
    }

    #[test]
    fn one_thing_in_two_colours() {
        assert_eq!(
            notes(
                "Witnesses said the robbers fled in a white van after the raid.",
                "Witnesses said the robbers fled in a black van after the raid."
            ),
            ["different colour of van: white van vs black van"]
        );
        assert_eq!(
            notes(
                "The gunman was wearing a dark blue hoodie, police said.",
                "Police said the gunman was wearing a grey hoodie."
            ),
            ["different colour of hoodie: dark blue hoodie vs grey hoodie"]
        );
        assert_eq!(
            notes(
                "Police are looking for a silver Ford Focus seen near the scene.",
                "Police are looking for a black Ford Focus seen near the scene."
            ),
            ["different colour of ford: silver Ford vs black Ford"]
        );
        for (a, b) in [
            // One colour in other words, or a paint told as either of two.
            (
                "The robbers fled in a grey van after the raid.",
                "The robbers fled in a gray van after the raid.",
            ),
            (
                "She was hit by a grey Toyota Camry travelling north.",
                "She was hit by a silver Toyota Camry travelling north.",
            ),
            // A side that gives the thing two colours tells of two.
            (
                "A white car and a black car collided at the junction.",
                "The black car was hit at the junction.",
            ),
            // Two people.
            (
                "The suspect wore a black jacket and jeans.",
                "The victim wore a red jacket and jeans.",
            ),
            (
                "Police said the suspect wore a black jacket and jeans.",
                "Police said the victim wore a red jacket and jeans.",
            ),
            (
                "Okafor was wearing a black jacket at the hearing.",
                "Lindqvist was wearing a red jacket at the hearing.",
            ),
            // Two things of one colour word; a colour in a name.
            (
                "The robbers fled in a white van after the raid.",
                "The robbers fled in a white car after the raid.",
            ),
            (
                "The statement came from the White House on Monday.",
                "The statement came from the red house on Monday.",
            ),
        ] {
            assert!(notes(a, b).is_empty(), "{a} / {b}: {:?}", notes(a, b));
        }
    }
}

//! Words news reports use interchangeably for the same fact ("blaze" / "fire", "killed" /
//! "died", "residence" / "home"). Two outlets rarely pick the same verb for the same event, so
//! alignment treats each group as one term. Compare still sees the words as written.

use rustc_hash::FxHashMap;
use std::sync::LazyLock;

use crate::document::tokens::stem;

/// Groups of interchangeable words; the first word names the group. General news vocabulary,
/// not any one story's.
const GROUPS: &[&[&str]] = &[
    &["fire", "blaze", "flames", "inferno"],
    &[
        "die",
        "died",
        "killed",
        "dead",
        "death",
        "deaths",
        "perished",
        "fatalities",
    ],
    &["injured", "wounded", "hurt", "injuries"],
    &["start", "started", "began", "begin", "begun"],
    &["attack", "assault"],
    &["home", "house", "houses", "residence", "dwellings"],
    &[
        "protest",
        "demonstration",
        "rally",
        "rallies",
        "protesters",
        "demonstrators",
        "march",
    ],
    &["arrest", "arrested", "detained", "detain"],
    &["rescue", "rescued", "freed", "saved"],
    &["factory", "plant", "facility"],
    &["clothing", "garments", "clothes", "apparel"],
    &["vehicle", "car"],
    &["soldiers", "troops"],
    &["nation", "country"],
    &["condemned", "denounced", "condemnation"],
    &["mocked", "ridiculed", "derided"],
    &["fabricated", "fake", "manufactured", "staged"],
    &["explosion", "blast", "explosive", "explosives", "exploded"],
    &["election", "vote", "polls", "ballot"],
    &["win", "won", "victory"],
    &["lose", "lost", "defeat", "defeated"],
    &["company", "firm", "group"],
    &[
        "buy",
        "acquire",
        "purchase",
        "bought",
        "acquired",
        "acquisition",
    ],
    &[
        "rise",
        "rose",
        "risen",
        "increase",
        "increased",
        "climbed",
        "grew",
        "jumped",
        "gained",
    ],
    &[
        "fall",
        "fell",
        "fallen",
        "drop",
        "dropped",
        "declined",
        "decrease",
        "decreased",
        "slipped",
        "slid",
        "dipped",
        "plunged",
        "tumbled",
        "sank",
    ],
    &["storage", "stored", "warehouse"],
    &["earthquake", "quake", "tremor"],
    &["storm", "hurricane", "typhoon", "cyclone"],
    &["jail", "prison", "imprisonment"],
    &["talks", "negotiations", "negotiate"],
    &["doctor", "physician"],
    &["children", "kids"],
    &["assassination", "assassinate", "assassinated"],
    &["shooting", "shot", "gunfire", "shoot"],
    &["town", "village"],
    &["prosecutor", "prosecution", "prosecutors"],
    &["employees", "workers", "staff"],
    &["revenue", "turnover", "sales"],
    &["profit", "income", "earnings"],
    &["observers", "monitors"],
    &["smaller", "minor"],
    &["deliver", "delivered", "deliveries", "delivery"],
    &["collapsed", "caved", "crumbled"],
    &["throw", "threw", "thrown"],
    &["flee", "fled"],
    &["seek", "sought", "demanded"],
    &["give", "gave", "given"],
    &["take", "took", "taken"],
    &["hold", "held"],
    &["fight", "fought", "fighting", "clashes", "clashed"],
    &["leader", "chief", "head"],
    &["capital"],
    &["official", "officials", "authorities"],
    &["say", "claim", "assert", "asserted", "claimed"],
    &["sentence", "sentenced", "term"],
    &["court", "tribunal"],
    &["job", "jobs", "positions", "posts"],
    &["cut", "slash", "slashed", "axe", "eliminate"],
];

/// Phrasal verbs news uses for a one-word verb: (forms of the verb, particle, the word meant).
/// "The march set off from" is "began"; "homes caved in" is "collapsed".
const PHRASES: &[(&[&str], &str, &str)] = &[
    (&["set", "sets", "setting"], "off", "start"),
    (
        &["break", "breaks", "broke", "breaking", "broken"],
        "out",
        "start",
    ),
    (&["cave", "caves", "caved", "caving"], "in", "collapsed"),
    (&["step", "steps", "stepped", "stepping"], "down", "resign"),
    (
        &["take", "takes", "took", "taking", "taken"],
        "part",
        "participate",
    ),
    (&["call", "calls", "called", "calling"], "off", "cancel"),
    (&["turn", "turns", "turned", "turning"], "down", "reject"),
    (&["put", "puts", "putting"], "out", "extinguish"),
    (&["pull", "pulls", "pulled", "pulling"], "out", "withdraw"),
    (
        &["blow", "blows", "blew", "blown", "blowing"],
        "up",
        "explosion",
    ),
    (&["gun", "guns", "gunned", "gunning"], "down", "shooting"),
    (&["shut", "shuts", "shutting"], "down", "close"),
];

/// The word a phrasal verb stands for ("set" + "off" → "start"), by the normalised verb and the
/// normalised word after it.
pub fn phrase(verb: &str, particle: &str) -> Option<&'static str> {
    PHRASES
        .iter()
        .find(|(forms, p, _)| *p == particle && forms.contains(&verb))
        .map(|&(_, _, word)| word)
}

static CANONICAL: LazyLock<FxHashMap<String, String>> = LazyLock::new(|| {
    let mut map = FxHashMap::default();
    for group in GROUPS {
        let head = stem(group[0]);
        for word in group.iter() {
            map.insert(stem(word), head.clone());
        }
    }
    map
});

/// The stem that stands for `stem`'s group, or `stem` itself.
pub fn canonical(stem: &str) -> &str {
    CANONICAL.get(stem).map_or(stem, String::as_str)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn groups_join_their_words() {
        assert_eq!(canonical(&stem("blaze")), canonical(&stem("fire")));
        assert_eq!(canonical(&stem("killed")), canonical(&stem("died")));
        assert_eq!(canonical(&stem("residence")), canonical(&stem("homes")));
        assert_eq!(canonical("unrelat"), "unrelat");
    }

    #[test]
    fn phrasal_verbs_stand_for_their_word() {
        assert_eq!(phrase("set", "off"), Some("start"));
        assert_eq!(
            canonical(&stem(phrase("broke", "out").unwrap())),
            canonical(&stem("began"))
        );
        assert_eq!(
            canonical(&stem(phrase("caved", "in").unwrap())),
            canonical(&stem("collapsed"))
        );
        assert_eq!(phrase("set", "up"), None);
        assert_eq!(phrase("off", "set"), None);
    }

    #[test]
    fn no_word_is_in_two_groups() {
        let mut seen = FxHashMap::default();
        for (g, group) in GROUPS.iter().enumerate() {
            for w in group.iter() {
                if let Some(other) = seen.insert(stem(w), g) {
                    assert_eq!(other, g, "{w} is in two groups");
                }
            }
        }
    }
}

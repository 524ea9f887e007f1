//! Actor findings: who did or said it. For a reporting or stance verb both sides use ("said",
//! "accused", "condemned", "claimed"), the subject of the verb on each side; a finding when the
//! two subjects are different entities. An alias, short form or title of the same person is the
//! same actor; a leader and his group are not a contradiction; a pronoun or a vague subject
//! ("officials", "sources", "the group") is less detail, never a different actor.

use rustc_hash::FxHashSet;
use std::sync::LazyLock;

use crate::compare::claim::Claim;
use crate::compare::{Finding, FindingKind, stem_set};
use crate::document::Span;
use crate::language::aliases::{Aliases, is_rank, is_role, key};
use crate::language::words::{noun_of_verb, past_tense};

/// Verbs whose subject is the actor a fact-checker cares about: who said, claimed, did it.
static VERBS: LazyLock<FxHashSet<String>> = LazyLock::new(|| {
    stem_set(&[
        "accuse",
        "acknowledge",
        "add",
        "admit",
        "announce",
        "argue",
        "assert",
        "blame",
        "call",
        "carry",
        "claim",
        "condemn",
        "confirm",
        "declare",
        "denounce",
        "deny",
        "describe",
        "explain",
        "indicate",
        "insist",
        "launch",
        "mention",
        "mock",
        "order",
        "praise",
        "reject",
        "report",
        "reveal",
        "said",
        "say",
        "state",
        "tell",
        "threaten",
        "told",
        "tweet",
        "warn",
        "write",
        "wrote",
    ])
});

/// Speech verbs: one class when two reports give the same reported content to two speakers
/// ("Vogt said the group would cut 4,000 jobs" / "Brandt announced that 4,000 jobs would go").
static SPEECH: LazyLock<FxHashSet<String>> = LazyLock::new(|| {
    stem_set(&[
        "add", "announce", "confirm", "declare", "said", "say", "state", "tell", "told",
    ])
});

/// The key attributions are grouped by: the speech class, or the verb's stem. "Confirmed" is
/// speech only before what is confirmed ("confirmed that", "confirmed the deaths"), not as a
/// state ("deaths confirmed after the crash").
fn verb_key<'a>(stem: &'a str, next: Option<&str>) -> &'a str {
    let speech = SPEECH.contains(stem)
        && (stem != "confirm"
            || matches!(
                next,
                Some("that" | "the" | "a" | "an" | "his" | "her" | "its" | "their" | "on" | "to")
            ));
    if speech { "say" } else { stem }
}

/// Common nouns for services and crowds, by class: "police" and "soldiers" are different
/// actors, "police officers" and "riot police" the same one. A word in two classes ("officers")
/// takes the class of the words around it ("army officers"); alone it is the first class.
const CLASSES: &[(&str, &[&str])] = &[
    (
        "police",
        &[
            "police",
            "policeman",
            "policemen",
            "policewoman",
            "gendarmes",
            "gendarmerie",
            "officers",
            "constables",
            "cops",
        ],
    ),
    (
        "military",
        &[
            "army",
            "military",
            "soldier",
            "soldiers",
            "troops",
            "paratroopers",
            "marines",
            "servicemen",
        ],
    ),
    (
        "fire service",
        &["firefighters", "firemen", "firefighter", "fire"],
    ),
    (
        "protesters",
        &[
            "protesters",
            "protestors",
            "demonstrators",
            "marchers",
            "rioters",
        ],
    ),
];

/// Words of a class that say little alone: "officers" (police or army), "fire" (a fire
/// brigade, or the fire itself).
const WEAK_CLASS_WORDS: &[&str] = &["officers", "fire"];

/// The class of an entity made of common nouns: its strong class words first ("army officers":
/// military), then weak ones ("officers": police). `None` when no word has a class.
fn class_of(entity: &[String]) -> Option<&'static str> {
    let class = |w: &str| {
        CLASSES
            .iter()
            .find(|(_, words)| words.contains(&w))
            .map(|(c, _)| *c)
            // A police department by its initials: NYPD, LAPD, SFPD.
            .or_else(|| (w.len() <= 5 && w.len() >= 3 && w.ends_with("pd")).then_some("police"))
    };
    let strong = entity
        .iter()
        .filter(|w| !WEAK_CLASS_WORDS.contains(&w.as_str()))
        .find_map(|w| class(w));
    strong.or_else(|| {
        // "fire" counts only as the service: "fire brigade", "fire service", "fire department".
        let last = entity.last().map(String::as_str)?;
        match last {
            "officers" => Some("police"),
            "brigade" | "service" | "department" | "crews"
                if entity.iter().any(|w| w == "fire") =>
            {
                Some("fire service")
            }
            _ => None,
        }
    })
}

/// Verbs whose subject may follow them: "…," said police; according to police.
const INVERTED: &[&str] = &[
    "said",
    "says",
    "told",
    "added",
    "according",
    "tweeted",
    "wrote",
];

/// Words skipped between a subject and its verb.
const BETWEEN: &[&str] = &[
    "already",
    "also",
    "again",
    "be",
    "been",
    "did",
    "do",
    "does",
    "earlier",
    "further",
    "had",
    "has",
    "have",
    "is",
    "are",
    "later",
    "never",
    "not",
    "once",
    "previously",
    "reportedly",
    "then",
    "was",
    "were",
    "will",
    "would",
    "yet",
];
const PASSIVE: &[&str] = &["was", "were", "been", "be", "is", "are"];

/// Common nouns that name one institution or service: "police" and "the fire brigade" are
/// different actors, as are "the army" and "the Interior Ministry".
const INSTITUTIONS: &[&str] = &[
    "army",
    "brigade",
    "coastguard",
    "court",
    "embassy",
    "firefighters",
    "government",
    "hospital",
    "military",
    "ministry",
    "navy",
    "police",
    "prosecutor",
    "prosecutors",
    "rebels",
];

/// Subjects that say too little to contradict a named one.
const VAGUE: &[&str] = &[
    "authorities",
    "document",
    "faction",
    "factions",
    "group",
    "groups",
    "he",
    "militants",
    "militia",
    "militias",
    "officials",
    "people",
    "report",
    "reports",
    "she",
    "source",
    "sources",
    "statement",
    "they",
    "witnesses",
];

/// The subject of a verb: the names (each its words) or a common noun phrase.
#[derive(Debug, Clone)]
struct Actor {
    span: Span,
    /// Each entity's normalised words.
    entities: Vec<Vec<String>>,
    /// A description ("the island nation", "the firm"), not a name nor an institution: it
    /// may stand for any named actor.
    description: bool,
}

#[derive(Debug)]
struct Attribution {
    /// The verb's stem, and the key attributions are grouped by (`verb_key`).
    stem: String,
    verb: String,
    verb_text: String,
    actor: Actor,
    /// What is said or done: content stems (synonym groups joined) and figures on the far
    /// side of the verb from its subject.
    content: FxHashSet<String>,
    /// An act (not speech) whose actor is a name: told of several people in one report, it may
    /// be told of another in the other ("Artino scored 14 points and Echenique had 11").
    named: bool,
}

/// Tokens of reported content read for `content`.
const CONTENT_WINDOW: usize = 12;

/// Shared content that makes two speech verbs report the same thing; a shared figure counts
/// twice.
const SHARED_CONTENT: usize = 2;

/// Whether two attributions in one class are about the same thing: the same reporting verb,
/// or the same content. Any other act is the same only with the same object: "police fired
/// tear gas" / "protesters fired flares" are two acts.
fn comparable(a: &Attribution, b: &Attribution) -> bool {
    (a.stem == b.stem && VERBS.contains(&a.stem))
        || shared_content(a, b, |_| true) >= SHARED_CONTENT
}

/// Content the two attributions share among the words `keep` accepts; a figure counts twice.
fn shared_content(a: &Attribution, b: &Attribution, keep: impl Fn(&str) -> bool) -> usize {
    a.content
        .intersection(&b.content)
        .filter(|w| keep(w))
        .map(|w| {
            if w.starts_with(|c: char| c.is_ascii_digit()) {
                2
            } else {
                1
            }
        })
        .sum()
}

/// Same-slot evidence of an actor finding: the content shared besides names, and the verb when
/// both use it and it is an act, not speech ("fired"; everyone "said" something).
fn anchors(a: &Attribution, b: &Attribution, left: &Claim, right: &Claim) -> usize {
    let content = shared_content(a, b, |w| !left.in_name(w) && !right.in_name(w));
    content + usize::from(a.stem == b.stem && a.verb != "say")
}

/// Roles held for one group or place: "the leader of Los Zorros", "the mayor of Turi".
const ROLES_OF: &[&str] = &[
    "boss",
    "chief",
    "commander",
    "director",
    "founder",
    "governor",
    "head",
    "leader",
    "mayor",
    "owner",
    "president",
    "spokesman",
    "spokeswoman",
    "spokesperson",
];

/// Token `k`, or the one after it when `k` is "the" ("leader of the Zorros", "by the WFP").
fn past_the(c: &Claim, k: usize) -> usize {
    if c.tokens.get(k).is_some_and(|t| t.norm == "the") {
        k + 1
    } else {
        k
    }
}

/// Each "<role> of [the] <Name>" of a claim: the role, the name and its span.
fn roles_of<'a>(c: &Claim<'a>) -> Vec<(&'a str, &'a crate::document::Name)> {
    let mut out = Vec::new();
    for (i, t) in c.tokens.iter().enumerate() {
        if !ROLES_OF.contains(&t.norm.as_str())
            || c.tokens.get(i + 1).is_none_or(|t| t.norm != "of")
        {
            continue;
        }
        let k = past_the(c, i + 2);
        if k < c.tokens.len()
            && c.name_start(k) == k
            && let Some(name) = c.name_at(k)
        {
            out.push((t.norm.as_str(), name));
        }
    }
    out
}

/// One role of two different groups: "ordered by the leader of Los Zorros" / "an order given
/// by the leader of Los Cóndores". Names that are one entity (aliases) or share a word are not
/// different groups; one side naming several for the role is no clear difference.
fn role_of_findings(left: &Claim, right: &Claim, aliases: &Aliases) -> Vec<Finding> {
    let (lr, rr) = (roles_of(left), roles_of(right));
    for &(role, a) in &lr {
        let theirs: Vec<_> = rr.iter().filter(|(r, _)| *r == role).collect();
        let mine = lr.iter().filter(|(r, _)| *r == role).count();
        let [(_, b)] = theirs.as_slice() else {
            continue;
        };
        if mine > 1 {
            continue;
        }
        let (ka, kb) = (key(&a.words), key(&b.words));
        if ka.is_empty() || kb.is_empty() || ka.iter().any(|w| kb.contains(w)) {
            continue;
        }
        if aliases.related(&a.words, &b.words) {
            continue;
        }
        let (sa, sb) = (Span::new(a.start, a.end), Span::new(b.start, b.end));
        return vec![Finding {
            kind: FindingKind::Actor,
            left: Some(sa),
            right: Some(sb),
            note: format!(
                "different group for \"{role} of\": {} vs {}",
                left.text(sa).trim(),
                right.text(sb).trim()
            ),
            anchors: 1,
            source: false,
            minor: false,
        }];
    }
    Vec::new()
}

pub(crate) fn findings(left: &Claim, right: &Claim, aliases: &Aliases) -> Vec<Finding> {
    let out = attribution_findings(left, right, aliases);
    if out.is_empty() {
        role_of_findings(left, right, aliases)
    } else {
        out
    }
}

fn attribution_findings(left: &Claim, right: &Claim, aliases: &Aliases) -> Vec<Finding> {
    let (la, ra) = (attributions(left), attributions(right));
    let mut out = Vec::new();
    let mut done = FxHashSet::default();
    for a in &la {
        if done.contains(&a.verb) {
            continue;
        }
        let others: Vec<&Attribution> = ra.iter().filter(|b| b.verb == a.verb).collect();
        let mine: Vec<&Attribution> = la.iter().filter(|b| b.verb == a.verb).collect();
        let Some((a, b)) = mine
            .iter()
            .find_map(|x| Some((*x, *others.iter().find(|y| comparable(x, y))?)))
        else {
            continue;
        };
        done.insert(a.verb.clone());
        let any_related = mine
            .iter()
            .any(|x| others.iter().any(|y| related(&x.actor, &y.actor, aliases)));
        // A named actor of an act whom the other side names too: who did which is unclear.
        let named_by = |c: &Claim, actor: &Actor| {
            c.names
                .iter()
                .any(|n| actor.entities.iter().any(|e| aliases.related(e, &n.words)))
        };
        let both_named =
            (a.named && named_by(right, &a.actor)) || (b.named && named_by(left, &b.actor));
        if any_related || both_named {
            continue;
        }
        out.push(Finding {
            kind: FindingKind::Actor,
            left: Some(a.actor.span),
            right: Some(b.actor.span),
            note: format!(
                "different actor for \"{}\": {} vs {}",
                a.verb_text,
                left.text(a.actor.span).trim(),
                right.text(b.actor.span).trim()
            ),
            anchors: anchors(a, b, left, right),
            // Everyone says something: who said it matters only of one claim. An outlet
            // "reports" what it tells.
            source: a.verb == "say" || a.verb == "report",
            minor: false,
        });
    }
    out
}

/// Titles of those who speak for an institution.
const HEADS: &[(&str, &[&str])] = &[
    (
        "government",
        &["prime", "premier", "president", "chancellor", "minister"],
    ),
    ("ministry", &["minister"]),
    ("police", &["chief"]),
    ("prosecutors", &["prosecutor"]),
    ("army", MILITARY_HEADS),
    ("military", MILITARY_HEADS),
];
const MILITARY_HEADS: &[&str] = &["general", "commander", "chief"];

/// A spokesperson speaks for any institution of `HEADS`.
const SPOKESPEOPLE: &[&str] = &["spokesman", "spokeswoman", "spokesperson"];

/// `institution` names an institution whose head or spokesperson `person` is, by title.
fn heads(institution: &[String], person: &[String]) -> bool {
    let t = titles(person);
    institution.iter().any(|w| {
        HEADS.iter().any(|(inst, heads)| {
            w == inst && heads.iter().chain(SPOKESPEOPLE).any(|x| t.contains(x))
        })
    })
}

fn vague(entity: &[String]) -> bool {
    entity
        .iter()
        .all(|w| VAGUE.contains(&w.as_str()) || w == "the")
        // "General Manager A. J. Smith" cut at an initial: a name cut short names no one.
        || entity.last().is_some_and(|w| w.chars().count() == 1)
}

/// The title words of an entity that is a role rather than a named person ("the prefect",
/// "Google CEO"); `None` for a name.
fn role_of(entity: &[String]) -> Option<FxHashSet<&str>> {
    let last_is_role = entity.last().is_some_and(|w| is_role(w));
    last_is_role.then(|| titles(entity))
}

fn titles(entity: &[String]) -> FxHashSet<&str> {
    entity
        .iter()
        .map(String::as_str)
        .filter(|w| is_role(w) && *w != "former")
        .collect()
}

fn related(a: &Actor, b: &Actor, aliases: &Aliases) -> bool {
    // A description against a name ("the island nation" / "Taiwan") may well be the same
    // actor: less detail, not a contradiction.
    if a.description || b.description {
        return true;
    }
    // Initials identify no one alone: "A.J. Smith" and "A.J. Butler", the "US Army" and the
    // "US Geological Survey" share no word that counts.
    let stems = |e: &[String]| -> FxHashSet<String> {
        e.iter()
            .filter(|w| !is_role(w) && w.chars().count() > 2)
            .map(|w| crate::document::tokens::stem(w))
            .collect()
    };
    // A role against a person: the same actor unless the person holds another title ("the
    // prefect" / "Mayor Anne Hidalgo").
    // "An official" may hold any title ("UNRWA spokesman Christopher Gunness").
    let role_fits = |role: &FxHashSet<&str>, other: &[String]| {
        let t = titles(other);
        t.is_empty() || !t.is_disjoint(role) || role.iter().all(|&r| r == "official")
    };
    a.entities.iter().any(|x| {
        b.entities.iter().any(|y| {
            if vague(x) || vague(y) {
                return true;
            }
            // Titles the reports give the person elsewhere: "Pickell said" after "Genesee
            // County Sheriff Robert J Pickell".
            let (tx, ty) = (with_titles(x, aliases), with_titles(y, aliases));
            // An institution and the one who heads it: "the government" / "Prime Minister
            // Ana Teixeira", "the ministry" / "the minister".
            if heads(x, &ty) || heads(y, &tx) {
                return true;
            }
            // "police" / "soldiers": two services; "police officers" / "riot police": one.
            if let (Some(cx), Some(cy)) = (class_of(x), class_of(y)) {
                return cx == cy;
            }
            // "Sgt. Marty Earley" / "police": an officer by rank speaks for a service.
            let ranked = |e: &[String], other: &[String]| {
                e.iter().any(|w| is_rank(w))
                    && matches!(class_of(other), Some("police" | "military"))
            };
            if ranked(&tx, y) || ranked(&ty, x) {
                return true;
            }
            match (role_of(x), role_of(y)) {
                (Some(rx), _) if role_fits(&rx, y) => return true,
                (_, Some(ry)) if role_fits(&ry, x) => return true,
                _ => {}
            }
            // "HP of Palo Alto" / "Hewlett-Packard": the name before where it is from (asked
            // only when one side has such a part: the alias test is not cheap).
            let (hx, hy) = (before_of(x), before_of(y));
            aliases.related(x, y)
                || ((hx.len(), hy.len()) != (x.len(), y.len()) && aliases.related(hx, hy))
                || !stems(x).is_disjoint(&stems(y))
        })
    })
}

/// An entity's words after the titles the reports give it elsewhere (`Aliases::titles_of`).
fn with_titles(e: &[String], aliases: &Aliases) -> Vec<String> {
    let mut out: Vec<String> = aliases
        .titles_of(e)
        .into_iter()
        .filter(|t| !e.iter().any(|w| w == t))
        .map(str::to_string)
        .collect();
    out.extend(e.iter().cloned());
    out
}

/// The words of an entity before "of" ("HP" of "HP of Palo Alto"); all of them without one.
fn before_of(e: &[String]) -> &[String] {
    let k = e.iter().position(|w| w == "of").filter(|&k| k > 0);
    &e[..k.unwrap_or(e.len())]
}

fn attributions(c: &Claim) -> Vec<Attribution> {
    let mut out = Vec::new();
    for (v, t) in c.tokens.iter().enumerate() {
        // "the official product announcement", "the allegation", "Washington Post reporters":
        // a noun made from the verb (its suffix stemmed away) names the act or who does it;
        // the words before it are no subject.
        let reporting = VERBS.contains(&t.stem) && !noun_of_verb(&t.norm, &t.stem);
        // Any other verb counts when its subject is a service or a crowd ("police fired tear
        // gas" / "soldiers fired tear gas"); its subject must then be right before it.
        // So does one whose subject is a name ("the Malagasy Red Cross distributed"), or
        // whose agent is named after "by" ("was distributed on Wednesday by the WFP").
        // "Hugh Jackman will host the Oscars": an act announced, its subject before "will".
        let future = v > 1 && c.tokens[v - 1].norm == "will" && c.gap(v - 1).trim().is_empty();
        let s = if future { v - 1 } else { v };
        let named_subject = s > 0
            && c.name_at(s - 1)
                .is_some_and(|n| n.words.iter().any(|w| w.chars().count() > 1))
            && !c
                .name_start(s - 1)
                .checked_sub(1)
                .is_some_and(|p| OBJECT_MARKERS.contains(&c.tokens[p].norm.as_str()));
        // The agent's first word after "by", over "the", when the verb is passive.
        let agent = (v > 0 && PASSIVE.contains(&c.tokens[v - 1].norm.as_str()))
            .then(|| {
                (v + 1..(v + AGENT_WINDOW).min(c.tokens.len()))
                    .find(|&k| c.tokens[k].norm == "by")
                    .map(|k| past_the(c, k + 1))
                    .filter(|&a| a < c.tokens.len())
            })
            .flatten();
        let named_agent = agent.is_some_and(|a| c.name_at(a).is_some());
        // A service or crowd as the agent, as it is as the subject ("tear gas was fired by
        // riot police" / "by soldiers").
        let class_agent = agent.is_some_and(|a| class_after(c, a).is_some());
        let acted = !reporting
            && !t.stop
            && !t.numeric
            && (past_tense(&t.norm) || future)
            && v > 0
            && (named_agent
                || class_agent
                || (c.gap(v).trim().is_empty()
                    && (named_subject || class_of(&[c.tokens[s - 1].norm.clone()]).is_some())
                    && !suffered(c, v)));
        if t.capitalised || !(reporting || acted) {
            continue;
        }
        // "members called to active duty": a participle describing a noun, not its act.
        let next = c.tokens.get(v + 1).map(|n| n.norm.as_str());
        // "LaCalamita said nothing after officers surrounded him" reports no content.
        if next == Some("nothing") {
            continue;
        }
        if t.norm.ends_with("ed") && next == Some("to") {
            continue;
        }
        // "state of emergency", "the report", "Alabama's state medical association": a noun,
        // not a verb.
        let prev = v.checked_sub(1).map(|p| c.tokens[p].norm.as_str());
        if (v > 0 && c.possessive(v - 1))
            || next == Some("of")
            || matches!(
                prev,
                Some("the" | "a" | "an" | "its" | "his" | "her" | "their")
            )
        {
            continue;
        }
        let Some(actor) = subject(c, v) else { continue };
        // "Vaughn finished with 16 points", "Harris scored 14": a named player's own line of a
        // game, no act two reports could give to two actors ("police arrested 12 people" /
        // "soldiers arrested 12 people" still is one).
        let service = actor.entities.iter().any(|e| class_of(e).is_some());
        let figure_after = c.in_figure(v + 1) || (next == Some("with") && c.in_figure(v + 2));
        if acted && !service && figure_after {
            continue;
        }
        if acted && !(named_subject || named_agent) && !service {
            continue;
        }
        // What the act is said of: the words after the verb, before it when its subject
        // follows ("…," said police), on both sides for a passive's agent ("The boy was
        // pulled from the river by firefighters").
        let content = if actor.span.end <= t.start {
            v + 1..(v + 1 + CONTENT_WINDOW).min(c.tokens.len())
        } else if acted && (named_agent || class_agent) {
            v.saturating_sub(CONTENT_WINDOW)..(v + 1 + CONTENT_WINDOW).min(c.tokens.len())
        } else {
            v.saturating_sub(CONTENT_WINDOW)..v
        };
        let content = content
            .filter(|&k| k != v)
            .map(|k| c.tokens[k])
            .filter(|w| !w.stop && !actor_word(&actor, w))
            .map(|w| {
                if w.numeric {
                    w.norm.replace(',', "")
                } else {
                    crate::language::synonyms::canonical(&w.stem).to_string()
                }
            })
            .collect();
        out.push(Attribution {
            stem: t.stem.clone(),
            verb: verb_key(&t.stem, next).to_string(),
            verb_text: t.norm.clone(),
            actor,
            content,
            named: acted && (named_subject || named_agent),
        });
    }
    out
}

/// Prepositions that make the name after them an object, not a subject: "a serve against
/// Agassi equalled the record".
const OBJECT_MARKERS: &[&str] = &[
    "across", "against", "along", "around", "at", "behind", "by", "for", "from", "in", "inside",
    "into", "near", "of", "off", "on", "outside", "over", "through", "to", "toward", "towards",
    "under", "with", "within",
];

/// Tokens after a passive verb its agent may follow: "was distributed on Wednesday by".
const AGENT_WINDOW: usize = 5;

fn actor_word(actor: &Actor, w: &crate::document::Token) -> bool {
    actor.span.start <= w.start && w.end <= actor.span.end
}

/// Gap characters allowed between an actor's name and its verb: apposition commas, the
/// quotation marks around a quoted name.
fn apposition_gap(gap: &str) -> bool {
    gap.chars()
        .all(|c| c.is_whitespace() || matches!(c, ',' | '"' | '“' | '”'))
}

fn subject(c: &Claim, v: usize) -> Option<Actor> {
    let mut p = v;
    let mut passive = false;
    while p > 0 && (BETWEEN.contains(&c.tokens[p - 1].norm.as_str()) || adverb(c, p - 1)) {
        passive |= PASSIVE.contains(&c.tokens[p - 1].norm.as_str());
        p -= 1;
    }
    if passive {
        // "was carried out by X", "was claimed by X".
        let by =
            (v + 1..(v + AGENT_WINDOW).min(c.tokens.len())).find(|&k| c.tokens[k].norm == "by")?;
        return after(c, by + 1).or_else(|| class_after(c, by + 1));
    }
    let t = &c.tokens[v];
    // "Williams described the scene in Flatbush, saying …", "Khartoum complained to the
    // Security Council, accusing …": the subject of a participle after a comma is the
    // clause's, not the noun before the comma.
    if t.norm.ends_with("ing") && t.norm != "according" && c.gap(v).contains(',') {
        return None;
    }
    // Only after a quotation or a clause: "…," said police. Not "he said the attack …".
    let after_clause = v == 0
        || t.norm == "according"
        || c.gap(v).contains([',', '"', '”', '\''])
        || in_quote(c, v - 1);
    let inverted = INVERTED.contains(&t.norm.as_str()) && after_clause;
    let next = if t.norm == "according" { v + 2 } else { v + 1 };
    // "… died in Springfield, Mo., said prison spokesman Al Quintero": a name after the verb,
    // behind its title, is the subject, not the place before the comma.
    if inverted && let Some(actor) = titled_after(c, next) {
        return Some(actor);
    }
    let before = p
        .checked_sub(1)
        .map(|p| apposition_head(c, p))
        .and_then(|p| before(c, p, p + 1));
    before.or_else(|| if inverted { after(c, next) } else { None })
}

/// Lower-case words of a title before a name after an inverted verb: "said national
/// disaster agency spokesman Sutopo Purwo Nugroho".
const TITLE_WORDS: usize = 5;

/// The name after an inverted verb, over "the" and up to `TITLE_WORDS` words of its title,
/// when the name ends the clause.
fn titled_after(c: &Claim, mut i: usize) -> Option<Actor> {
    let start = i;
    while c.tokens.get(i).is_some_and(|t| {
        matches!(
            t.norm.as_str(),
            "the" | "a" | "an" | "his" | "her" | "their" | "its"
        )
    }) {
        i += 1;
    }
    // "said Dist. Atty. Steve Cooley": abbreviated titles before the name.
    while c.tokens.get(i).is_some_and(|t| is_role(&t.norm))
        && c.tokens.get(i + 1).is_some_and(|t| t.capitalised)
        && c.gap(i + 1).trim() == "."
    {
        i += 1;
    }
    // "said a spokesman for the facility": a role after the verb, with no name.
    if c.tokens.get(i).is_some_and(|t| is_role(&t.norm))
        && c.tokens.get(i + 1).is_none_or(|t| {
            c.gap(i + 1).contains([',', '.', ';']) || matches!(t.norm.as_str(), "for" | "of" | "at")
        })
    {
        return Some(Actor {
            span: c.span_of(start, i),
            entities: vec![vec![c.tokens[i].norm.clone()]],
            description: false,
        });
    }
    let k = (i..(i + TITLE_WORDS + 1).min(c.tokens.len()))
        .take_while(|&k| k == i || c.gap(k).trim().is_empty())
        .find(|&k| c.name_at(k).is_some())?;
    if (i..k).any(|m| c.tokens[m].stop || c.tokens[m].numeric) {
        return None;
    }
    let actor = after(c, k)?;
    Some(Actor {
        span: Span::new(c.tokens[start].start, actor.span.end),
        ..actor
    })
}

/// Tokens an apposition may span: "Paul Nyathi, an MDC spokesman, said".
const APPOSITION: usize = 8;

/// When a comma stands between the subject and its verb, the subject is the head before the
/// apposition the commas enclose ("Vincent Weafer, security director with Symantec, said":
/// Weafer, not Symantec). Returns the token the subject ends at.
fn apposition_head(c: &Claim, p: usize) -> usize {
    if !c.gap(p + 1).contains(',') || in_quote(c, p) {
        return p;
    }
    if let Some(end) = opening_name(c, p) {
        return end;
    }
    (p.saturating_sub(APPOSITION).max(1)..=p)
        .rev()
        .find(|&k| c.gap(k).contains(',') && !c.tokens[k - 1].stop)
        .map_or(p, |k| k - 1)
}

/// The most tokens between a statement's opening name and its verb that `opening_name` reads
/// as appositions.
const OPENING_APPOSITION: usize = 24;

/// "John Christie, head of house production for Paperny Films, located down the street, said",
/// "John Ging, director of operations in Gaza for UNRWA, the United Nations Relief and Works
/// Agency, said": appositions of several commas between the name that opens the statement
/// and its verb, with a comma right before the verb (ending at token `p`). The subject is that
/// name, not the last name of the appositions. Returns the token the name ends at.
fn opening_name(c: &Claim, p: usize) -> Option<usize> {
    let name = c.name_at(0)?;
    let end = (0..=p)
        .take_while(|&k| c.name_at(k).is_some_and(|n| std::ptr::eq(n, name)))
        .last()?;
    // The appositions: opened by a comma after the name, only commas between their words (no
    // quotation, no other clause), and at least one word that describes ("head", "located").
    let stretch = end + 1..=p;
    let apposition = end < p
        && p - end <= OPENING_APPOSITION
        && c.gap(end + 1).trim() == ","
        && stretch.clone().all(|k| {
            !in_quote(c, k)
                && c.gap(k)
                    .chars()
                    .all(|ch| ch.is_whitespace() || matches!(ch, ',' | '.' | '-' | '\''))
        })
        && stretch.clone().any(|k| {
            let t = c.tokens[k];
            !t.capitalised && !t.stop && !t.numeric
        });
    apposition.then_some(end)
}

/// Whether token `i` is inside a quotation that is more than a quoted name.
fn in_quote(c: &Claim, i: usize) -> bool {
    let t = c.tokens[i];
    c.quotes.iter().any(|q| {
        q.start <= t.start && t.end <= q.end && {
            let words: Vec<_> = c
                .tokens
                .iter()
                .filter(|w| q.start <= w.start && w.end <= q.end)
                .collect();
            words.len() > 5 || words.iter().any(|w| !w.capitalised && !w.stop)
        }
    })
}

/// The subject ending at token `p` (the verb, or what precedes it, is token `next`).
fn before(c: &Claim, p: usize, next: usize) -> Option<Actor> {
    let gap = c.gap(next);
    if in_quote(c, p) {
        return None;
    }
    if let Some(name) = c.name_at(p) {
        if !apposition_gap(gap) {
            return None;
        }
        if let Some(head) = role_holder(c, c.name_start(p)) {
            return before(c, head, head + 1);
        }
        // "A United Nations official in Gaza said", "Carabinieri police in Palermo said": the
        // place is where the role holder or the service is.
        let first = c.name_start(p);
        if first >= 2
            && matches!(c.tokens[first - 1].norm.as_str(), "in" | "at" | "from")
            && (is_role(&c.tokens[first - 2].norm)
                || class_of(std::slice::from_ref(&c.tokens[first - 2].norm)).is_some())
        {
            return before(c, first - 2, first - 1);
        }
        if object_of_preposition(c, first) {
            return None;
        }
        let mut first = c.name_start(p);
        let mut entities = vec![titled(c, first, &name.words)];
        // "X and the Y said", "the Secretary-General of X, Y, said": more of the same subject.
        let mut k = first;
        while k > 0 {
            let mut j = k - 1;
            while j > 0 && matches!(c.tokens[j].norm.as_str(), "the" | "and") {
                j -= 1;
            }
            let joined = (j + 1..k).any(|m| c.tokens[m].norm == "and")
                || (j + 1 == k && c.gap(k).trim() == ",");
            // "he and Bernstein wrote": someone unnamed is of the subject too.
            if joined
                && matches!(
                    c.tokens[j].norm.as_str(),
                    "he" | "she" | "i" | "we" | "they"
                )
            {
                return None;
            }
            match c.name_at(j) {
                Some(other) if joined && !c.tokens[j].stop => {
                    entities.push(other.words.clone());
                    first = c.name_start(j);
                    k = first;
                }
                _ => break,
            }
        }
        return Some(Actor {
            span: Span::new(c.tokens[first].start, name.end),
            entities,
            description: false,
        });
    }
    let t = c.tokens[p];
    if !gap.trim().is_empty() || t.stop || t.numeric || t.capitalised || participle(&t.norm) {
        return None;
    }
    let phrase_start = |end: usize| {
        let mut first = end;
        while first > 0 && first + 3 > end {
            let w = c.tokens[first - 1];
            if w.stop
                || w.numeric
                || w.capitalised
                || VERBS.contains(&w.stem)
                || !c.gap(first).trim().is_empty()
            {
                break;
            }
            first -= 1;
        }
        first
    };
    let words =
        |from: usize, to: usize| c.tokens[from..=to].iter().map(|t| t.norm.clone()).collect();
    let mut first = phrase_start(p);
    // "UN security council": the name that qualifies the noun belongs to the subject.
    if first > 0 && c.gap(first).trim().is_empty() && c.name_at(first - 1).is_some() {
        first = c.name_start(first - 1);
    }
    let mut entities = vec![words(first, p)];
    // "the US and allies accused": both are the subject.
    if first >= 2 && c.tokens[first - 1].norm == "and" {
        let end = first - 2;
        let t = c.tokens[end];
        if !t.stop && !t.numeric && c.gap(first - 1).trim().is_empty() {
            first = phrase_start(end);
            entities.push(words(first, end));
        }
    }
    Some(Actor {
        span: c.span_of(first, p),
        description: description(&entities),
        entities,
    })
}

/// Function words that may stand in the phrase of a name ("the former council leader").
const NAME_PHRASE: &[&str] = &["the", "former", "late"];

/// The most words of a name's phrase before it: its titles, the names they are of.
const NAME_PHRASE_WORDS: usize = 6;

/// Whether the name starting at token `first`, with the words of its phrase before it (titles,
/// names, no function word), follows a preposition whose head is no role or service: "One of
/// the wives of former LDS leader Winston Blackmore confirmed", "an actor best known for his
/// role in The Thick of It revealed": the name is the preposition's object, and the subject (a
/// wife, the actor) is another. "The leader of Los Zorros" and "police in Palermo" keep the
/// name.
fn object_of_preposition(c: &Claim, first: usize) -> bool {
    let mut k = first;
    while k > 0 && first - k < NAME_PHRASE_WORDS && c.gap(k).trim().is_empty() {
        let t = c.tokens[k - 1];
        if t.stop && !NAME_PHRASE.contains(&t.norm.as_str()) {
            break;
        }
        k -= 1;
    }
    let Some(marker) = k.checked_sub(1) else {
        return false;
    };
    let head = marker.checked_sub(1).map(|h| &c.tokens[h].norm);
    // "A statement from the White House said", "a report by Amnesty said": the name is the
    // source.
    let preposition = c.tokens[marker].norm.as_str();
    OBJECT_MARKERS.contains(&preposition)
        && !matches!(preposition, "from" | "by")
        && c.gap(k).trim().is_empty()
        && head.is_none_or(|h| {
            !is_role(h)
                && class_of(std::slice::from_ref(h)).is_none()
                && !INSTITUTIONS.contains(&h.as_str())
        })
}

/// The most words of a role in an apposition ("chief executive officer").
const ROLE_WORDS: usize = 3;

/// When the name starting at token `first` ends an apposition whose closing comma is missing
/// ("Ben Stephenson, controller of BBC Drama Commissioning said"), the token the name before
/// the apposition ends at: the holder of the role, the subject.
fn role_holder(c: &Claim, first: usize) -> Option<usize> {
    let prep = first.checked_sub(1)?;
    if !matches!(c.tokens[prep].norm.as_str(), "of" | "at" | "for" | "with") {
        return None;
    }
    // The role: at most three words, no name and no verb ("controller", "chief executive").
    let role = |m: usize| {
        let t = c.tokens[m];
        !t.capitalised
            && !VERBS.contains(&t.stem)
            && !t.norm.ends_with("ing")
            && !t.norm.ends_with("ed")
    };
    (prep.saturating_sub(ROLE_WORDS).max(1)..prep)
        .rev()
        .take_while(|&k| role(k))
        .find(|&k| c.gap(k).contains(','))
        .filter(|&k| c.name_at(k - 1).is_some())
        .map(|k| k - 1)
}

/// A name's words with the titles and service written right before it: "Troy police Sgt.
/// Barry Whiteside" speaks for the police, as "police" / "Barry Whiteside" alone would not
/// tell.
fn titled(c: &Claim, start: usize, words: &[String]) -> Vec<String> {
    let mut before = Vec::new();
    let mut k = start;
    // "Sheriff Robert J. Pickell": the name cut at an initial ("Pickell"); its title is before
    // the initial and the first name, up to two capitalised words back.
    let mut skipped = 0;
    while k > 0
        && start - k < 3 + skipped
        && c.gap(k).chars().all(|ch| ch.is_whitespace() || ch == '.')
    {
        let t = c.tokens[k - 1];
        let norm = &t.norm;
        if !is_role(norm) && class_of(std::slice::from_ref(norm)).is_none() {
            if !t.capitalised || t.stop || skipped == 2 {
                break;
            }
            skipped += 1;
        } else {
            before.push(norm.clone());
        }
        k -= 1;
    }
    before.reverse();
    before.extend(words.iter().cloned());
    before
}

/// A subject that follows its verb: a name, or a short noun phrase up to punctuation.
fn after(c: &Claim, mut i: usize) -> Option<Actor> {
    while c.tokens.get(i).is_some_and(|t| t.norm == "the") {
        i += 1;
    }
    let t = c.tokens.get(i)?;
    // The subject after its verb ends the clause: "…," said Vincent Weafer, a director.
    let ends_clause = |last: usize| {
        c.tokens
            .get(last + 1)
            .is_none_or(|_| c.gap(last + 1).contains([',', '.', ';', ':', '(']))
    };
    if let Some(name) = c.name_at(i) {
        let last = (i..c.tokens.len())
            .take_while(|&k| c.name_at(k).is_some_and(|n| n.start == name.start))
            .last()
            .unwrap_or(i);
        // "said Sutopo Purwo Nugroho of the disaster agency", "told reporters in a statement".
        let affiliation = c.tokens.get(last + 1).is_some_and(|t| {
            c.gap(last + 1).trim().is_empty()
                && matches!(t.norm.as_str(), "of" | "from" | "at" | "in" | "on")
        });
        return (ends_clause(last) || affiliation).then(|| Actor {
            span: Span::new(name.start, name.end),
            entities: vec![titled(c, i, &name.words)],
            description: false,
        });
    }
    if t.stop || t.numeric || participle(&t.norm) {
        return None;
    }
    let mut last = i;
    while last + 1 < c.tokens.len()
        && last < i + 2
        && c.gap(last + 1).trim().is_empty()
        && !c.tokens[last + 1].stop
        && !c.tokens[last + 1].numeric
    {
        last += 1;
    }
    let entities = vec![c.tokens[i..=last].iter().map(|t| t.norm.clone()).collect()];
    ends_clause(last).then(|| Actor {
        span: c.span_of(i, last),
        description: description(&entities),
        entities,
    })
}

/// A service or crowd named by common nouns from token `i` (over "the"): the fewest words that
/// name its class, the agent of "was fired by riot police at the crowd", "by police outside the
/// station".
fn class_after(c: &Claim, i: usize) -> Option<Actor> {
    let i = past_the(c, i);
    let mut words: Vec<String> = Vec::new();
    for k in i..c.tokens.len().min(i + 3) {
        let t = &c.tokens[k];
        if t.stop || t.numeric || t.capitalised || (k > i && !c.gap(k).trim().is_empty()) {
            return None;
        }
        words.push(t.norm.clone());
        if class_of(&words).is_some() {
            return Some(Actor {
                span: c.span_of(i, k),
                description: false,
                entities: vec![words],
            });
        }
    }
    None
}

/// Whether common nouns describe an actor ("the island nation", "the firm") rather than name
/// an institution, a role or a service or crowd ("soldiers", "riot police": a class of actor
/// is as definite as an institution).
fn description(entities: &[Vec<String>]) -> bool {
    !entities.iter().any(|e| {
        class_of(e).is_some()
            || e.iter()
                .any(|w| INSTITUTIONS.contains(&w.as_str()) || is_role(w))
    })
}

/// "repeatedly", "strongly": skipped between a subject and its verb.
fn adverb(c: &Claim, i: usize) -> bool {
    let t = c.tokens[i];
    !t.capitalised && t.norm.len() > 4 && t.norm.ends_with("ly") && c.gap(i + 1).trim().is_empty()
}

/// Verbs of harm a service or a crowd suffers as often as it does them: "soldiers killed in
/// Sinai attack" (a headline's passive) is no act of the soldiers.
const HARMS: &[&str] = &[
    "abducted",
    "arrested",
    "attacked",
    "beaten",
    "detained",
    "hit",
    "hurt",
    "injured",
    "killed",
    "kidnapped",
    "shot",
    "stabbed",
    "trapped",
    "wounded",
];

/// Whether the past form at `v` is a passive said of its subject: an agent follows ("police
/// attacked by protesters"), or a verb of harm has no object ("officers injured in clashes",
/// "two soldiers wounded.").
fn suffered(c: &Claim, v: usize) -> bool {
    let harm = HARMS.contains(&c.tokens[v].norm.as_str());
    match c
        .tokens
        .get(v + 1)
        .filter(|_| c.gap(v + 1).trim().is_empty())
    {
        Some(n) if n.norm == "by" => true,
        Some(n) => harm && SETTINGS.contains(&n.norm.as_str()),
        None => harm,
    }
}

/// Words that open where or when something happened, not a verb's object.
const SETTINGS: &[&str] = &[
    "after",
    "as",
    "at",
    "during",
    "in",
    "near",
    "on",
    "outside",
    "overnight",
    "when",
    "while",
];

/// A verb form rather than a noun: "fabricated", "considering".
fn participle(norm: &str) -> bool {
    norm.len() > 4 && (norm.ends_with("ed") || norm.ends_with("ing"))
}

#[cfg(test)]
mod tests {
    use super::*;
    fn notes(a: &str, b: &str) -> Vec<String> {
        crate::compare::test_notes(a, b, |l, r, c| findings(l, r, &c.aliases))
    }

    #[test]
    fn the_holder_of_a_role_is_the_subject_when_the_closing_comma_is_missing() {
        let (a, b) = (
            "Ben Stephenson, controller of BBC Drama Commissioning, said Capaldi was the right person.",
            "Ben Stephenson, controller of BBC Drama Commissioning said Capaldi was an extraordinarily talented actor.",
        );
        assert!(notes(a, b).is_empty(), "{:?}", notes(a, b));
        // Another holder is another source.
        assert_eq!(
            notes(
                "Ben Stephenson, controller of BBC Drama Commissioning said Capaldi was the right person.",
                "Mark Jones, head of BBC Drama Commissioning said Capaldi was the right person."
            )
            .len(),
            1
        );
    }

    #[test]
    fn the_name_opening_appositions_of_several_commas_is_the_subject() {
        // Maria Lund is the speaker, not the firm or the town of the appositions.
        let a = "Maria Lund, head of sales for Norberg Logistics, based in Lyon, said the depot closed at noon.";
        let b = "Lund said the depot closed at noon.";
        assert!(notes(a, b).is_empty(), "{:?}", notes(a, b));
        let a = "Maria Lund, director of operations in Porto for Norberg Logistics, the freight firm, said the depot closed at noon.";
        assert!(notes(a, b).is_empty(), "{:?}", notes(a, b));
        // Another person opening the statement is another speaker.
        let a = "Erik Dahl, head of sales for Norberg Logistics, based in Lyon, said the depot closed at noon.";
        assert_eq!(notes(a, b).len(), 1, "{:?}", notes(a, b));
    }

    #[test]
    fn a_name_after_a_preposition_is_its_object() {
        for (a, b) in [
            (
                "Town clerk Ana Ruiz confirmed the closure of the bridge on Monday.",
                "One of the sisters of former council leader Pedro Vidal confirmed the closure of the bridge on Monday.",
            ),
            (
                "Lena Hart revealed the new season on Monday.",
                "The actor best known for her role in The Long Road revealed the new season on Monday.",
            ),
        ] {
            assert!(notes(a, b).is_empty(), "{a} / {b}: {:?}", notes(a, b));
        }
        // The holder of a role of a group, a statement from a group: the name still speaks.
        for b in [
            "The leader of Los Lobos confirmed the closure of the bridge on Monday.",
            "A statement from Los Lobos confirmed the closure of the bridge on Monday.",
        ] {
            let a = "Town clerk Ana Ruiz confirmed the closure of the bridge on Monday.";
            assert_eq!(notes(a, b).len(), 1, "{b}: {:?}", notes(a, b));
        }
    }

    #[test]
    fn a_person_keeps_the_title_a_report_gives_elsewhere() {
        let first = |a: &str, b: &str| {
            crate::compare::test_first_notes(a, b, |l, r, c| findings(l, r, &c.aliases))
        };
        // The sheriff speaks for the police; the police chief for the police.
        let a = "Officers found a shotgun in the car, Pickell said. The chase ended near Flint, \
                 Marion County Sheriff Robert J. Pickell said.";
        let b = "Officers found a shotgun in the car, police said.";
        assert!(first(a, b).is_empty(), "{:?}", first(a, b));
        let a = "Officers found a shotgun in the car, Ward said. Police Chief Tom Ward spoke \
                 to reporters.";
        assert!(first(a, b).is_empty(), "{:?}", first(a, b));
        // Without the title, or with another person's, a name is another source.
        let a = "Officers found a shotgun in the car, Pickell said. The chase ended near Flint, \
                 Marion County Sheriff Robert Dunn said.";
        assert_eq!(first(a, b).len(), 1, "{:?}", first(a, b));
    }

    #[test]
    fn a_noun_made_from_a_reporting_verb_has_no_subject() {
        let (a, b) = (
            "T-Mobile has officially announced that it will launch the Curve 8900 in February.",
            "The carrier did go ahead and make the official product announcement for the Curve 8900 on Tuesday.",
        );
        assert!(notes(a, b).is_empty(), "{:?}", notes(a, b));
        // The verb itself still has one.
        assert_eq!(
            notes(
                "T-Mobile announced the Curve 8900 on Tuesday.",
                "RIM announced the Curve 8900 on Tuesday."
            )
            .len(),
            1
        );
    }

    #[test]
    fn the_titled_name_after_an_inverted_verb_is_the_subject() {
        for (a, b) in [
            (
                "Prison spokesman Al Quintero said Gigante died at the federal prison in Springfield.",
                "Gigante died at the federal prison in Springfield, Mo., said prison spokesman Al Quintero.",
            ),
            (
                "The quake injured more than 200 people in Aceh, said disaster agency spokesman Sutopo Purwo Nugroho.",
                "At least five people were injured in Takengon, said Sutopo Purwo Nugroho of the disaster agency.",
            ),
        ] {
            assert!(notes(a, b).is_empty(), "{a} / {b}: {:?}", notes(a, b));
        }
        assert!(
            notes(
                "Prison spokesman Al Quintero said Gigante died in a medical prison in Springfield on Monday.",
                "He died in a medical prison in Springfield, Missouri, on Monday, said a spokesman for the facility."
            )
            .is_empty()
        );
        assert!(
            notes(
                "\"It is disappointing,\" general manager A. J. Smith said in a statement.",
                "\"It is disappointing,\" said General Manager A. J. Smith in a news release."
            )
            .is_empty()
        );
        assert_eq!(
            notes(
                "Gigante died at the prison in Springfield, said prison spokesman Al Quintero.",
                "Gigante died at the prison in Springfield, said his lawyer Mark Rosen."
            ),
            ["different actor for \"said\": prison spokesman Al Quintero vs his lawyer Mark Rosen"]
        );
    }

    #[test]
    fn no_subject_read_from_a_place_a_title_a_participle_or_a_partner() {
        for (a, b) in [
            // Abbreviated titles before the name.
            (
                "\"He deserves the death penalty,\" said Dist. Atty. Steve Cooley of Los Angeles.",
                "Dist. Atty. Steve Cooley said Orozco deserves the death penalty.",
            ),
            // The place of the subject, after a preposition.
            (
                "In 2004, a huge earthquake off Aceh triggered a tsunami that killed 230,000 people.",
                "In 2004, a magnitude 9.1 quake off Indonesia triggered a tsunami that killed 230,000 people.",
            ),
            // The subject of a participle after a comma is the clause's.
            (
                "Williams said garbage cans had been overturned and windows smashed.",
                "Mr Williams described the chaos in Flatbush, saying garbage cans had been overturned and windows smashed.",
            ),
            // "He and Bernstein": one of them unnamed.
            (
                "Woodward wrote about the break-in at the Watergate complex in Washington.",
                "He turned to Felt after he and Bernstein wrote about the break-in at the Watergate complex.",
            ),
            // Said nothing: no content.
            (
                "Smith, 38, said nothing after officers surrounded his car on the highway.",
                "Officers surrounded his car on the highway, police said.",
            ),
        ] {
            assert!(notes(a, b).is_empty(), "{a} / {b}: {:?}", notes(a, b));
        }
        // A rank speaks for its service; a name's possessive owns the word after it.
        for (a, b) in [
            (
                "The woman was struck in the crosswalk just after 7 p.m., said Sgt. Marty Earley.",
                "Police said the woman was struck in the crosswalk just after 7 p.m.",
            ),
            (
                "He was arrested on the highway, Genesee County Sheriff Robert J. Pickell said.",
                "Police said they had arrested him on the highway.",
            ),
            (
                "In 2002 she became president of Alabama's state medical association and won the genius award.",
                "Jones said she became president of the medical association and won the genius award.",
            ),
        ] {
            assert!(notes(a, b).is_empty(), "{a} / {b}: {:?}", notes(a, b));
        }
        // Two players' own lines of one game.
        for (a, b) in [
            (
                "Vaughn finished with 16 points and nine rebounds for Louisville.",
                "Paul Harris finished with 14 points, nine boards and four blocks for Louisville.",
            ),
            (
                "Vaughn scored 16 points in the second half for Louisville.",
                "Harris scored 14 points in the second half for Louisville.",
            ),
        ] {
            assert!(notes(a, b).is_empty(), "{a} / {b}: {:?}", notes(a, b));
        }
        // A count of what a service did to others is one act.
        assert_eq!(
            notes(
                "Police arrested 12 protesters near the station on Friday.",
                "Soldiers arrested 12 protesters near the station on Friday.",
            )
            .len(),
            1
        );
        // A company by its initials, with where it is from.
        assert!(
            notes(
                "HP of Palo Alto, Calif., said it has agreed to acquire EYP Mission Critical Facilities.",
                "Hewlett-Packard said on Monday that it has agreed to buy EYP Mission Critical Facilities.",
            )
            .is_empty()
        );
        // Two named speakers of one remark still differ.
        assert_eq!(
            notes(
                "Williams said garbage cans had been overturned and windows smashed.",
                "Jones said garbage cans had been overturned and windows smashed.",
            ),
            ["different actor for \"said\": Williams vs Jones"]
        );
    }

    #[test]
    fn a_named_agent_of_the_same_act() {
        assert_eq!(
            notes(
                "The first aid, rice and drinking water, was distributed on Wednesday by the World Food Programme.",
                "The Red Cross distributed the first aid, rice and drinking water, on Wednesday."
            ),
            ["different actor for \"distributed\": World Food Programme vs Red Cross"]
        );
        // Another act, the same agent under another name, or a name that is an object.
        for (a, b) in [
            (
                "On Saturday, a 149mph serve against Agassi equalled the world record.",
                "On Saturday, Roddick equalled the world record with a 149mph serve.",
            ),
            (
                "Echenique scored 11 points in the second half and grabbed 11 rebounds.",
                "Artino scored 14 points and Gregory Echenique had 11 points and 11 rebounds.",
            ),
            (
                "The first aid, rice and water, was distributed on Wednesday by the World Food Programme.",
                "The Red Cross collected the first aid, rice and water, on Wednesday.",
            ),
            (
                "The first aid, rice and water, was distributed on Wednesday by the World Food Programme (WFP).",
                "The WFP distributed the first aid, rice and water, on Wednesday.",
            ),
        ] {
            assert!(notes(a, b).is_empty(), "{a} / {b}: {:?}", notes(a, b));
        }
    }

    #[test]
    fn a_named_subject_of_an_act_announced() {
        // "will host": the act to come, its subject before "will".
        assert_eq!(
            notes(
                "Hugh Jackman will host the Oscars ceremony in February.",
                "Ellen DeGeneres will host the Oscars ceremony in February."
            ),
            ["different actor for \"host\": Hugh Jackman vs Ellen DeGeneres"]
        );
        assert_eq!(
            notes(
                "Peter Capaldi will play the Doctor in the new series.",
                "Matt Smith played the Doctor in the new series."
            )
            .len(),
            1
        );
        // The same person, a hedged act, or a name that is not the subject.
        for (a, b) in [
            (
                "Jackman will host the Oscars ceremony in February.",
                "Hugh Jackman hosted the Oscars ceremony in February.",
            ),
            (
                "Hugh Jackman would host the Oscars ceremony in February.",
                "Ellen DeGeneres will host the Oscars ceremony in February.",
            ),
            (
                "The role went to Capaldi, who will play the Doctor.",
                "Matt Smith will leave the show at Christmas.",
            ),
        ] {
            assert!(notes(a, b).is_empty(), "{a} / {b}: {:?}", notes(a, b));
        }
    }

    #[test]
    fn one_role_of_two_groups() {
        assert_eq!(
            notes(
                "Prison officials said the riot was ordered by the leader of Los Zorros.",
                "Prison officials attributed the riot to an order from the leader of Los Cóndores."
            ),
            ["different group for \"leader of\": Los Zorros vs Los Cóndores"]
        );
        // The same group in other words, another role, or one side naming two groups.
        for (a, b) in [
            (
                "The riot was ordered by the leader of Los Zorros gang.",
                "The riot was ordered by the leader of the Zorros.",
            ),
            (
                "The riot was ordered by the leader of Los Zorros.",
                "The riot was ordered by a member of Los Cóndores.",
            ),
            (
                "The leader of Los Zorros and the leader of Los Lobos met.",
                "The leader of Los Cóndores was moved to another prison.",
            ),
        ] {
            assert!(notes(a, b).is_empty(), "{a} / {b}: {:?}", notes(a, b));
        }
    }

    #[test]
    fn different_speakers() {
        assert_eq!(
            notes(
                "Police said the fire was set deliberately.",
                "The fire brigade said the fire was set deliberately."
            ),
            ["different actor for \"said\": Police vs fire brigade"]
        );
        assert_eq!(
            notes(
                "\"It was arson,\" said police.",
                "\"It was arson,\" said the fire brigade."
            ),
            ["different actor for \"said\": police vs fire brigade"]
        );
    }

    #[test]
    fn a_police_department_by_its_initials_is_the_police() {
        assert!(
            notes(
                "The driver was arrested, police said.",
                "The driver was arrested, the NYPD said."
            )
            .is_empty()
        );
        assert!(notes("Cops said the driver fled.", "Police said the driver fled.").is_empty());
    }

    #[test]
    fn speech_verbs_are_one_class_for_the_same_content() {
        assert_eq!(
            notes(
                "Chief executive Katrin Vogt said the group would cut 4,000 jobs.",
                "Finance chief Lukas Brandt announced that 4,000 positions would go."
            ),
            ["different actor for \"said\": Katrin Vogt vs Lukas Brandt"]
        );
        // Other content: two speakers of two things.
        assert!(
            notes(
                "Katrin Vogt said the group would cut 4,000 jobs.",
                "Lukas Brandt announced a new plant in Spain."
            )
            .is_empty()
        );
        assert!(
            notes(
                "Chief executive Katrin Vogt said the group would cut 4,000 jobs.",
                "Vogt announced that 4,000 jobs would go."
            )
            .is_empty()
        );
    }

    #[test]
    fn confirmed_as_a_state_is_no_speech() {
        assert!(
            notes(
                "Deaths confirmed after helicopter crashes into pub",
                "Police say at least one dead after helicopter crashes into pub"
            )
            .is_empty()
        );
    }

    #[test]
    fn services_and_crowds_by_class() {
        assert_eq!(
            notes(
                "Police fired tear gas at the crowd.",
                "Soldiers fired tear gas at the crowd."
            ),
            ["different actor for \"fired\": Police vs Soldiers"]
        );
        for (a, b) in [
            ("Police officers", "Riot police"),
            ("The army", "Troops"),
            ("Firefighters", "The fire brigade"),
            ("Protesters", "Demonstrators"),
        ] {
            assert!(
                notes(
                    &format!("{a} fired tear gas at the crowd."),
                    &format!("{b} fired tear gas at the crowd.")
                )
                .is_empty(),
                "{a} / {b}"
            );
        }
        assert!(
            notes(
                "The army said it was ready.",
                "The military said it was ready."
            )
            .is_empty()
        );
        // A service inside a sentence is as definite as at its start.
        assert_eq!(
            notes(
                "Police fired tear gas at the crowd.",
                "Clashes erupted as soldiers fired tear gas at the crowd."
            ),
            ["different actor for \"fired\": Police vs soldiers"]
        );
        // Two acts: the same verb with other objects.
        assert!(
            notes(
                "Police fired tear gas at the crowd.",
                "Protesters fired flares at the police lines."
            )
            .is_empty()
        );
        // Victims, not actors.
        assert!(
            notes(
                "Egypt policeman killed in Sinai attack",
                "Egyptian soldiers killed in Sinai attack"
            )
            .is_empty()
        );
        assert_eq!(
            notes(
                "Army officers said the road was closed.",
                "Police said the road was closed."
            )
            .len(),
            1
        );
    }

    #[test]
    fn a_service_or_crowd_as_the_agent_of_a_passive() {
        assert_eq!(
            notes(
                "Tear gas was fired by police at the crowd on Sunday.",
                "Tear gas was fired by soldiers at the crowd on Sunday."
            ),
            ["different actor for \"fired\": police vs soldiers"]
        );
        assert_eq!(
            notes(
                "Tear gas was fired by riot police at the crowd on Sunday.",
                "Tear gas was fired by soldiers at the crowd on Sunday."
            ),
            ["different actor for \"fired\": riot police vs soldiers"]
        );
        // What the act is said of stands on both sides of a passive verb.
        assert_eq!(
            notes(
                "The boy was pulled from the river by firefighters on Sunday afternoon.",
                "The boy was pulled from the river by police on Sunday afternoon."
            ),
            ["different actor for \"pulled\": firefighters vs police"]
        );
        // The agent against a subject; a harm done by an agent is its act.
        assert_eq!(
            notes(
                "The suspect was shot by police outside the station.",
                "Soldiers shot the suspect outside the station."
            ),
            ["different actor for \"shot\": police vs Soldiers"]
        );
        for (a, b) in [
            // One service in other words, as agent or subject.
            (
                "Tear gas was fired by riot police at the crowd on Sunday.",
                "Tear gas was fired by police officers at the crowd on Sunday.",
            ),
            (
                "The suspect was shot by police outside the station.",
                "Police shot the suspect outside the station.",
            ),
            // The same agent; the victims are no actors.
            (
                "Two officers were attacked by protesters during the clashes.",
                "Two soldiers were attacked by protesters during the clashes.",
            ),
            // Two acts.
            (
                "The boy was pulled from the river by firefighters on Sunday.",
                "The boy was driven to hospital by police on Sunday.",
            ),
        ] {
            assert!(notes(a, b).is_empty(), "{a} / {b}: {:?}", notes(a, b));
        }
    }

    #[test]
    fn aliases_leaders_and_pronouns_are_the_same_actor() {
        assert!(
            notes(
                "Prime Minister Mustafa al-Kazemi said the attack failed.",
                "Kazemi said the attack failed."
            )
            .is_empty()
        );
        assert!(
            notes(
                "Asa'ib Ahl al-Haq leader Qais al-Khazali spoke. Asaib Ahl al-Haq accused Kazemi.",
                "Khazali accused Kazemi."
            )
            .is_empty()
        );
        assert!(
            notes(
                "He said the attack failed.",
                "Police said the attack failed."
            )
            .is_empty()
        );
    }

    #[test]
    fn an_officer_titled_after_the_name_speaks_for_the_company() {
        let company =
            "\"The combination will create a processing powerhouse,\" AMD said in a statement.";
        for title in ["chairman and CEO of AMD", "AMD's chief executive"] {
            let officer = format!(
                "\"Together we intend to create a processing powerhouse,\" said Hector Ruiz, {title}, during a teleconference."
            );
            assert!(notes(&officer, company).is_empty(), "{officer}");
        }
        // Another company's officer is another source.
        assert_eq!(
            notes(
                "\"Together we intend to create a processing powerhouse,\" said Hector Ruiz, CEO of Intel, during a teleconference.",
                company
            )
            .len(),
            1
        );
    }

    #[test]
    fn an_acronym_with_a_short_word_whole_is_the_same_source() {
        assert!(
            notes(
                "The quake struck inland at a depth of just 10 kilometres, said the USGS.",
                "The quake struck inland at a depth of 10 kilometers, the US Geological Survey said."
            )
            .is_empty()
        );
        // Two people who share only their initials are two people.
        assert_eq!(
            notes(
                "General manager A.J. Smith said the team was aware of the issue.",
                "General manager A.J. Butler said the team was aware of the issue."
            )
            .len(),
            1
        );
        // The same with the initials written with full stops.
        for written in ["U.S.", "U. S."] {
            let right = format!(
                "The {written} Geological Survey said the quake struck inland at a depth of 10 kilometers."
            );
            assert!(
                notes(
                    "The quake struck inland at a depth of just 10 kilometres, said the USGS.",
                    &right
                )
                .is_empty(),
                "{right}"
            );
        }
        assert_eq!(
            notes(
                "The quake struck inland at a depth of just 10 kilometres, said the USGS.",
                "The quake struck inland at a depth of 10 kilometers, the US Army said."
            )
            .len(),
            1
        );
    }

    #[test]
    fn an_officer_by_rank_and_service_speaks_for_the_service() {
        assert!(
            notes(
                "Troy police Sgt. Barry Whiteside said the suspect entered the office about 10 a.m. and opened fire.",
                "The suspect entered the office about 10 a.m. and opened fire, the police said."
            )
            .is_empty()
        );
        // A rank cut off at its full stop is a title, not another person.
        assert!(
            notes(
                "The men were arrested this morning, said Sgt. Tim Shields.",
                "The two men were arrested this morning, Shields said."
            )
            .is_empty()
        );
        assert_eq!(
            notes(
                "Prosecutor Rob Novy said the suspect entered the office about 10 a.m. and opened fire.",
                "The suspect entered the office about 10 a.m. and opened fire, the police said."
            )
            .len(),
            1
        );
    }

    #[test]
    fn a_titled_speaker_speaks_for_the_service_of_the_title() {
        for (a, b) in [
            // A constable's rank, abbreviated, between the service and the name.
            (
                "Police spokesman Const. Tim Fanning said the gunman had been fired on Thursday.",
                "The gunman had been fired on Thursday, police said.",
            ),
            // A prosecutor speaks for the prosecutors.
            (
                "Prosecutors say Lopez fired the shots while his brother Jonathan gave the orders.",
                "\"Horton became a victim of gang violence,\" prosecutor Seth Goldman said at the trial of Lopez and his brother Jonathan.",
            ),
            // "An official" may hold any title; the place after the role is no speaker.
            (
                "A United Nations official in Gaza said the school was clearly marked with a UN flag.",
                "UNRWA spokesman Christopher Gunness said the school was clearly marked with a UN flag.",
            ),
        ] {
            assert!(notes(a, b).is_empty(), "{a} / {b}: {:?}", notes(a, b));
        }
        // A service in a place is the service.
        assert!(
            notes(
                "Police said Lo Presti had hanged himself late on Tuesday night.",
                "Carabinieri paramilitary police in Palermo said Lo Presti hanged himself in his cell."
            )
            .is_empty()
        );
        // Another role in that place is another speaker.
        assert_eq!(
            notes(
                "A Hamas commander in Gaza said the school was clearly marked with a UN flag.",
                "UNRWA spokesman Christopher Gunness said the school was clearly marked with a UN flag."
            ),
            ["different actor for \"said\": Hamas commander vs Christopher Gunness"]
        );
    }
}

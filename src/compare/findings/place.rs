//! Place findings: a different place. Places are names after "in", "at", "near" …; two places
//! are compatible when they are one entity (aliases), or when either report mentions both
//! anywhere: news reports that name a district also name its city ("the Green Zone" /
//! "Baghdad"), so only places one report never mentions while the other gives them for the
//! same event count.

use rustc_hash::FxHashSet;

use super::slot::{TRIPS, disagreement, finding, shared};
use crate::compare::claim::Claim;
use crate::compare::{Finding, FindingKind};
use crate::document::{Document, Span};
use crate::language::aliases::{Aliases, is_role, key};
use crate::language::calendar::{MONTHS, RELATIVE_TIME, WEEKDAYS};
use crate::language::places::{is_region, outside};

/// Words of organisations rather than places: "in the Popular Mobilization Forces".
const ORGANISATIONS: &[&str] = &[
    "agency",
    "army",
    "corp",
    "corporation",
    "gmbh",
    "inc",
    "llc",
    "ltd",
    "plc",
    "brigades",
    "commission",
    "committee",
    "council",
    "court",
    "forces",
    "front",
    "government",
    "group",
    "ministry",
    "movement",
    "network",
    "news",
    "organisation",
    "organization",
    "parliament",
    "party",
    "police",
    "post",
    "times",
    "union",
];

/// Words of a street's kind, no name on their own.
const STREETS: &[&str] = &[
    "ave",
    "avenue",
    "blvd",
    "boulevard",
    "drive",
    "lane",
    "rd",
    "road",
    "st",
    "street",
];

const PLACE_PREPOSITIONS: &[&str] = &["in", "into", "at", "near", "outside", "inside"];

/// Verbs of moving after which "from" gives a place: "marched from Plaza del Estudiante".
const MOTIONS: &[&str] = &[
    "departed",
    "drove",
    "fled",
    "flew",
    "headed",
    "march",
    "marched",
    "marching",
    "marches",
    "moved",
    "set",
    "started",
    "travelled",
    "traveled",
    "walked",
];

/// Tokens between "from" and the "to" of a route: "from Plaza del Estudiante to".
const ROUTE: usize = 6;

/// Words joined to a name by a hyphen that make it the seat of what follows: "the
/// Munich-based company".
const SEATS: &[&str] = &["based", "headquartered"];

pub(crate) fn findings(
    left: &Claim,
    right: &Claim,
    aliases: &Aliases,
    docs: [&PlaceIndex; 2],
) -> Vec<Finding> {
    let compatible = |a: &Vec<String>, b: &Vec<String>| {
        aliases.same(a, b)
            || stem_of(a, b)
            || docs.iter().any(|d| d.mentions(a) && d.mentions(b))
            || (regional(a) != regional(b) && !outside(a, b) && !outside(b, a))
    };
    if let Some(f) =
        direction_finding(left, right, aliases).or_else(|| heading_finding(left, right))
    {
        return vec![f];
    }
    // When both sides name one place already, their other places are where it is at another
    // scale ("the Turi prison, in the city of Cuenca" / "the Turi prison, in Azuay"): no
    // gazetteer tells a city from its province, so they are not a contradiction.
    let (pl, pr) = (places(left), places(right));
    let (sl, sr) = (places_and_sites(left, true), places_and_sites(right, true));
    // So is a place the other side names in any role ("pronounced dead at HCMC" / "taken to
    // Hennepin County Medical Center in Minneapolis").
    let named_in =
        |place: &Vec<String>, c: &Claim| c.names.iter().any(|n| aliases.same(place, &n.words));
    // Where a journey was going is no scale of where it was ("bound for Frankfurt" / "from
    // Madrid").
    let (sl, sr): (Vec<_>, Vec<_>) = (
        sl.into_iter()
            .filter(|(_, s)| course_of(left, *s).is_none())
            .collect(),
        sr.into_iter()
            .filter(|(_, s)| course_of(right, *s).is_none())
            .collect(),
    );
    let one_place = sl
        .iter()
        .any(|(a, _)| sr.iter().any(|(b, _)| compatible(a, b)) || named_in(a, right))
        || sr.iter().any(|(b, _)| named_in(b, left));
    // Where someone lives is compared only with where someone lives: "fell at Aoraki Mount
    // Cook" / "had been living in Melbourne" are two places of one story; so is where a
    // journey was going, or was turned to ("bound for Frankfurt" / "diverted to Boston").
    let homes = |c: &Claim, places: Vec<(Vec<String>, Span)>| -> [Vec<(Vec<String>, Span)>; 4] {
        let mut out: [Vec<(Vec<String>, Span)>; 4] = Default::default();
        for (name, span) in places {
            let k = match course_of(c, span) {
                Some(Course::Destination) => 2,
                Some(Course::Diversion) => 3,
                None if lives_at(c, span) => 1,
                None => 0,
            };
            out[k].push((name, span));
        }
        out
    };
    let (pl, pr) = (homes(left, pl), homes(right, pr));
    // Two sites of one kind: "at the Hilton hotel" / "at the Marriott hotel", the same noun
    // after two names that are not one place (sites that are one returned above).
    let of_kind = || {
        let (hl, hr) = (sites_of_kind(left, &sl), sites_of_kind(right, &sr));
        hl.iter().find_map(|(kind, sa)| {
            hr.iter()
                .find(|(other, _)| kind == other)
                .map(|(_, sb)| (*sa, *sb))
        })
    };
    // When both sides name one place already, only courses are compared.
    let first = if one_place { 2 } else { 0 };
    const WHAT: [&str; 4] = ["place", "place", "destination", "place diverted to"];
    (first..4)
        .find_map(|k| {
            disagreement(left, &pl[k], right, &pr[k], compatible, shared).map(|d| (WHAT[k], d))
        })
        .or_else(|| (!one_place).then(of_kind).flatten().map(|d| ("place", d)))
        .map(|(what, (a, b))| finding(FindingKind::Place, what, left, a, right, b))
        .into_iter()
        .collect()
}

/// Kinds of site a name may be the name of: "the Hilton hotel", "the Turi prison".
const SITE_KINDS: &[&str] = &[
    "airport",
    "arena",
    "bank",
    "bar",
    "base",
    "building",
    "camp",
    "center",
    "centre",
    "church",
    "cinema",
    "clinic",
    "club",
    "college",
    "consulate",
    "embassy",
    "factory",
    "hospital",
    "hotel",
    "jail",
    "mall",
    "mine",
    "mosque",
    "museum",
    "nightclub",
    "office",
    "plant",
    "prison",
    "restaurant",
    "school",
    "shop",
    "stadium",
    "station",
    "store",
    "supermarket",
    "synagogue",
    "temple",
    "theater",
    "theatre",
    "university",
];

/// Words a site's kind may come after, between it and the name: "the Promises rehab centre".
const SITE_KIND_REACH: usize = 2;

/// The kinds of the sites among a claim's places and sites (`places_and_sites`), with the span
/// of name and kind: "at the Hilton hotel" (hotel), "in the Turi prison" (prison), "at the
/// Promises rehab centre" (centre). A possessive ("in the UK's first wedding") or an event ("in
/// New Zealand fall", "in the AFC playoffs") names no site.
fn sites_of_kind(c: &Claim, sites: &[(Vec<String>, Span)]) -> Vec<(&'static str, Span)> {
    sites
        .iter()
        .filter(|(_, span)| !c.doc.text[span.end..].starts_with(['\'', '’']))
        .filter_map(|(name, span)| {
            if let Some(kind) = site_kind(name) {
                return Some((kind, *span));
            }
            let first = c.tokens.iter().position(|t| t.start >= span.end)?;
            (first..(first + SITE_KIND_REACH).min(c.tokens.len()))
                .take_while(|&k| {
                    let t = c.tokens[k];
                    !t.capitalised && c.gap(k).trim().is_empty()
                })
                .find_map(|k| {
                    let t = c.tokens[k];
                    let kind = SITE_KINDS.iter().find(|s| **s == t.norm)?;
                    Some((*kind, Span::new(span.start, t.end)))
                })
        })
        .collect()
}

/// The kind of site a name is the name of by its last word: "Kings County Hospital", "the
/// Hilton Hotel".
fn site_kind(name: &[String]) -> Option<&'static str> {
    let last = name.last()?;
    SITE_KINDS.iter().find(|k| *k == last).copied()
}

/// Words before a place preposition that make the place a home: "living in", "lives near".
const LIVING: &[&str] = &[
    "live", "lived", "lives", "living", "reside", "resided", "resides", "residing",
];

/// Whether the place at `span` is where someone lives: "who had been living in Melbourne".
fn lives_at(c: &Claim, span: Span) -> bool {
    let Some(k) = c.tokens.iter().position(|t| t.start >= span.start) else {
        return false;
    };
    // The preposition, perhaps a determiner after it: "living in the village of …".
    (k.saturating_sub(3)..k).any(|p| {
        home_of(c, p)
            || (PLACE_PREPOSITIONS.contains(&c.tokens[p].norm.as_str())
                && p > 0
                && LIVING.contains(&c.tokens[p - 1].norm.as_str()))
    })
}

/// Whether token `i` is the "of" of a home after a person's age: "John Smith, 34, of Leeds"
/// ("34 of Leeds councillors", "34 of Leeds' seats" name no place: `attributive`).
fn home_of(c: &Claim, i: usize) -> bool {
    c.tokens[i].norm == "of" && i > 0 && c.tokens[i - 1].numeric
}

/// A region by its name: a compass point before it ("South Wales", "North Bay", "East
/// Flatbush"), a word of a region after it ("Genesee County", "Unity State"), or the name of
/// one in WordNet ("New Zealand", "Texas"). A region and a
/// place that is none are two scales, one may hold the other ("in Cardiff" / "in South
/// Wales"); no gazetteer tells, so they are no contradiction.
fn regional(name: &[String]) -> bool {
    const COMPASS: &[&str] = &[
        "north",
        "south",
        "east",
        "west",
        "northern",
        "southern",
        "eastern",
        "western",
        "northeast",
        "northwest",
        "southeast",
        "southwest",
        "northeastern",
        "northwestern",
        "southeastern",
        "southwestern",
    ];
    const REGIONS: &[&str] = &[
        "coast",
        "county",
        "district",
        "peninsula",
        "province",
        "region",
        "state",
        "valley",
    ];
    name.first().is_some_and(|w| COMPASS.contains(&w.as_str()))
        || name.last().is_some_and(|w| REGIONS.contains(&w.as_str()))
        || is_region(name)
}

/// The bearing in degrees (north 0, east 90) of a compass point ("north", "north-east",
/// "southwest", "north-northeast", "western"): the mean of its points.
pub(super) fn bearing(word: &str) -> Option<f64> {
    const POINTS: [(&str, f64, f64); 4] = [
        ("north", 0.0, 1.0),
        ("south", 0.0, -1.0),
        ("east", 1.0, 0.0),
        ("west", -1.0, 0.0),
    ];
    let (mut x, mut y) = (0.0, 0.0);
    let mut rest = word;
    let mut found = false;
    while let Some((p, dx, dy)) = POINTS.iter().find(|p| rest.starts_with(p.0)) {
        rest = rest[p.len()..].trim_start_matches('-');
        (x, y) = (x + dx, y + dy);
        found = true;
    }
    (found && (rest.is_empty() || rest == "ern") && (x, y) != (0.0, 0.0))
        .then(|| f64::atan2(x, y).to_degrees().rem_euclid(360.0))
}

/// Degrees between two bearings from which they are two directions, not one told loosely
/// ("north" / "north-northeast" are one; "north" / "east" are two).
const DIRECTIONS_APART: f64 = 90.0;

/// Directions from a named place: "north of Baghdad", "30 km south-east of Mosul" (bearing,
/// the place's words, the span from the direction to the name).
fn directions(c: &Claim) -> Vec<(f64, Vec<String>, Span)> {
    (0..c.tokens.len().saturating_sub(2))
        .filter_map(|k| {
            let b = bearing(&c.tokens[k].norm)?;
            let name = (c.word(k + 1) == Some("of")).then(|| c.name_at(k + 2))??;
            Some((
                b,
                name.words.clone(),
                Span::new(c.tokens[k].start, name.end),
            ))
        })
        .collect()
}

/// Verbs of going after which a compass point is the way one went: "travelling north".
const HEADING_VERBS: &[&str] = &[
    "driving",
    "flying",
    "going",
    "headed",
    "heading",
    "moving",
    "sailing",
    "travelling",
    "traveling",
];

/// The ways a claim tells something was going: "on the northbound carriageway", "travelling
/// south" (bearing, span).
fn headings(c: &Claim) -> Vec<(f64, Span)> {
    (0..c.tokens.len())
        .filter_map(|k| {
            let t = c.tokens[k];
            let b = match t.norm.strip_suffix("bound") {
                Some(point) => bearing(point.trim_end_matches('-'))?,
                None if k > 0 && HEADING_VERBS.contains(&c.tokens[k - 1].norm.as_str()) => {
                    bearing(&t.norm)?
                }
                None => return None,
            };
            Some((b, Span::new(t.start, t.end)))
        })
        .collect()
}

/// Whether two bearings are two directions (`DIRECTIONS_APART`).
fn apart(x: f64, y: f64) -> bool {
    let d = (x - y).abs() % 360.0;
    d.min(360.0 - d) >= DIRECTIONS_APART
}

/// One way told two ways: "on the northbound carriageway of the M1" / "on the southbound
/// carriageway of the M1". A side that gives one way the other gives too tells both.
fn heading_finding(left: &Claim, right: &Claim) -> Option<Finding> {
    let (hl, hr) = (headings(left), headings(right));
    if hl
        .iter()
        .any(|(a, _)| hr.iter().any(|(b, _)| !apart(*a, *b)))
    {
        return None;
    }
    hl.iter()
        .flat_map(|a| hr.iter().map(move |b| (a.1, b.1)))
        .find(|&(a, b)| shared(left, a, right, b))
        .map(|(a, b)| finding(FindingKind::Place, "direction of travel", left, a, right, b))
}

/// One place told in two directions from one named place: "a town north of Baghdad" / "a town
/// south of Baghdad".
fn direction_finding(left: &Claim, right: &Claim, aliases: &Aliases) -> Option<Finding> {
    let (dl, dr) = (directions(left), directions(right));
    let mut found = None;
    for (ba, pa, sa) in &dl {
        for (bb, pb, sb) in &dr {
            if !aliases.same(pa, pb) {
                continue;
            }
            // A side that gives one direction the other gives too tells both.
            if !apart(*ba, *bb) {
                return None;
            }
            if found.is_none() && shared(left, *sa, right, *sb) {
                found = Some((*sa, *sb));
            }
        }
    }
    found.map(|(a, b)| finding(FindingKind::Place, "direction", left, a, right, b))
}

/// One place name is the start of the other: "Afghan" / "Afghanistan".
fn stem_of(a: &[String], b: &[String]) -> bool {
    let (a, b) = (a.join(" "), b.join(" "));
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    short.len() >= 4 && long.starts_with(&short)
}

/// Nouns of a kind of place: "in the al-Fashaga area" names the place al-Fashaga.
const PLACE_NOUNS: &[&str] = &[
    "area",
    "city",
    "county",
    "district",
    "municipality",
    "neighborhood",
    "neighbourhood",
    "province",
    "region",
    "state",
    "town",
    "village",
];

/// A name used as a modifier, not as a place: "at Greek shopping mall", "in the UK's first
/// wedding"; not "in the Fashaga area", nor before a time ("near Miami early Sunday").
fn attributive(c: &Claim, end: usize) -> bool {
    let rest = &c.doc.text[end..];
    if rest.starts_with(['\'', '’']) {
        return true;
    }
    c.tokens.iter().find(|t| t.start >= end).is_some_and(|t| {
        !t.stop
            && !t.capitalised
            && c.doc.text[end..t.start].trim().is_empty()
            && !PLACE_NOUNS.contains(&t.norm.as_str())
            && !RELATIVE_TIME.contains(&t.norm.as_str())
    })
}

/// Names after a place preposition ("in the heavily fortified Green Zone").
fn places(c: &Claim) -> Vec<(Vec<String>, Span)> {
    places_and_sites(c, false)
}

/// `places`, and with `sites` also names that modify what is at the place ("in the Turi
/// prison"): where an event was, if not a place to compare.
fn places_and_sites(c: &Claim, sites: bool) -> Vec<(Vec<String>, Span)> {
    let mut out = Vec::new();
    if c.title_case() {
        return out;
    }
    for (i, t) in c.tokens.iter().enumerate() {
        // "the Munich-based company": a seat, as "based in Munich".
        if let Some(name) = c.name_at(i)
            && name.end == t.end
            && c.tokens
                .get(i + 1)
                .is_some_and(|n| SEATS.contains(&n.norm.as_str()) && c.gap(i + 1).trim() == "-")
        {
            out.push((name.words.clone(), Span::new(name.start, name.end)));
            continue;
        }
        // "set off from", "set off peacefully from": a motion, over one adverb.
        let motion_from = |i: usize| {
            let moves = |k: usize| {
                MOTIONS.contains(&c.tokens[k].norm.as_str()) || c.tokens[k].norm == "off"
            };
            c.tokens[i].norm == "from"
                && i > 0
                && (moves(i - 1) || (i > 1 && c.tokens[i - 1].norm.ends_with("ly") && moves(i - 2)))
        };
        // "marched from A to B": the route's end is a place of the march too.
        let route_end = t.norm == "to" && (i.saturating_sub(ROUTE)..i).any(motion_from);
        let preposition = PLACE_PREPOSITIONS.contains(&t.norm.as_str())
            || offshore(c, i)
            || motion_from(i)
            || route_end
            || trip_to(c, i)
            || home_of(c, i)
            || course(c, i).is_some();
        if t.capitalised || !preposition || gerund_after(c, i) {
            continue;
        }
        let Some(k) = (i + 1..(i + 5).min(c.tokens.len()))
            .take_while(|&k| c.gap(k).trim().is_empty())
            .find(|&k| c.tokens[k].capitalised || c.name_at(k).is_some())
        else {
            continue;
        };
        let Some(name) = c.name_at(k) else { continue };
        let w = &name.words;
        let first = w.first().map(String::as_str).unwrap_or("");
        if WEEKDAYS.contains(&first)
            || MONTHS.contains(&first)
            || w.iter()
                .any(|x| ORGANISATIONS.contains(&x.as_str()) || is_role(x) || x == "day")
            || (w.len() == 1 && first.chars().count() < 2)
            // "on 117th Street near 97th Avenue": the name is the number, not "Avenue".
            || w.iter().all(|x| STREETS.contains(&x.as_str()))
            || (!sites && (attributive(c, name.end) || site_kind(w).is_some()))
        {
            continue;
        }
        out.push((w.clone(), Span::new(name.start, name.end)));
    }
    out
}

/// Whether token `i` is the "to" of a trip (`slot::TRIPS`), over a means of transport: "taken
/// to Kings County Hospital", "taken by ambulance to the Royal London Hospital".
/// Where a journey was going: "bound for Frankfurt", "en route to Paris", "heading for
/// Dover", or where it was turned to, "diverted to Boston": each compared only with its own.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Course {
    Destination,
    Diversion,
}

/// The course the preposition at token `i` opens, if any.
fn course(c: &Claim, i: usize) -> Option<Course> {
    let before = c.word_before(i, 1)?;
    match (c.word(i)?, before) {
        ("for", "bound" | "destined" | "headed" | "heading") => Some(Course::Destination),
        ("to", "route" | "headed" | "heading" | "flying" | "sailing") => Some(Course::Destination),
        ("to", "diverted" | "rerouted") => Some(Course::Diversion),
        _ => None,
    }
}

/// The course of the place at `span`: the preposition before it, over "the".
fn course_of(c: &Claim, span: Span) -> Option<Course> {
    let k = c.tokens.iter().position(|t| t.start >= span.start)?;
    let p = match k.checked_sub(1)? {
        d if c.word(d) == Some("the") => d.checked_sub(1)?,
        d => d,
    };
    course(c, p)
}

fn trip_to(c: &Claim, i: usize) -> bool {
    let trip = |k: Option<usize>| {
        k.and_then(|k| c.word(k))
            .is_some_and(|w| TRIPS.contains(&w))
    };
    c.word(i) == Some("to")
        && (trip(i.checked_sub(1)) || (c.word_before(i, 2) == Some("by") && trip(i.checked_sub(3))))
}

/// A preposition followed by a gerund governs an act, not a place: "in defeating the Jags",
/// "at finding the missing climbers".
fn gerund_after(c: &Claim, i: usize) -> bool {
    c.tokens.get(i + 1).is_some_and(|t| {
        !t.capitalised
            && t.norm.len() > 4
            && t.norm.ends_with("ing")
            && c.gap(i + 1).trim().is_empty()
    })
}

/// Words of what happens or lies at sea, after which "off" gives a place: "struck off Aceh",
/// "hijacked off Somalia", "a quake off Indonesia" ("knocked off the Colts", "signed Bell off
/// the Eagles" name none).
const AT_SEA: &[&str] = &[
    "anchored",
    "aftershock",
    "capsized",
    "earthquake",
    "happened",
    "hijacked",
    "located",
    "moored",
    "occurred",
    "quake",
    "rescued",
    "sank",
    "seized",
    "stranded",
    "struck",
    "temblor",
    "tremor",
];

/// Shores a place lies off: "off the coast of Sicily".
const SHORES: &[&str] = &[
    "coast", "coasts", "shore", "shores", "waters", "island", "islands",
];

/// Whether token `i` is an "off" of a place at sea: before "the coast of" and its kin, after
/// a distance ("130km off Sicily") or a word of what happens at sea (`AT_SEA`) a few words
/// before.
fn offshore(c: &Claim, i: usize) -> bool {
    if c.tokens[i].norm != "off" || i == 0 {
        return false;
    }
    let prev = c.tokens[i - 1];
    let shore = c.word(i + 1) == Some("the")
        && c.word(i + 2).is_some_and(|w| SHORES.contains(&w))
        && c.word(i + 3) == Some("of");
    // "130 km off", "130km off": a measure whose figure is one or two tokens back.
    let from = c.tokens[i.saturating_sub(2)].start;
    let distance = c
        .quantities
        .iter()
        .any(|q| q.measure().is_some() && from <= q.start && q.start < prev.end);
    // "hijacked by pirates off Somalia": the act may be a few words back.
    let at_sea =
        (i.saturating_sub(AT_SEA_REACH)..i).any(|k| AT_SEA.contains(&c.tokens[k].norm.as_str()));
    shore || distance || at_sea
}

/// Tokens before "off" a word of `AT_SEA` may be.
const AT_SEA_REACH: usize = 3;

/// The name words a report mentions, to tell whether it names two places.
pub(crate) struct PlaceIndex {
    words: FxHashSet<String>,
}

impl PlaceIndex {
    pub fn new(doc: &Document) -> PlaceIndex {
        PlaceIndex {
            words: doc
                .statements
                .iter()
                .flat_map(|s| &s.names)
                .flat_map(|n| key(&n.words).into_iter().map(str::to_string))
                .collect(),
        }
    }

    fn mentions(&self, name: &[String]) -> bool {
        let k = key(name);
        !k.is_empty() && k.iter().all(|w| self.words.contains(*w))
    }
}

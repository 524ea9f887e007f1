//! Tests of the time and place findings together: one text often has both.

use super::time::head;
use super::{place, time};
use crate::compare::claim::Claim;
use crate::document::tokens::stem;
use crate::document::{Document, Span};
use crate::language::synonyms::canonical;

fn notes(a: &str, b: &str) -> Vec<String> {
    crate::compare::test_notes(a, b, time_and_place)
}

/// Asserts that no finding of `a` against `b` is a different `what` ("place", "date" …).
fn assert_no_difference_of(what: &str, a: &str, b: &str) {
    let found = notes(a, b);
    let prefix = format!("different {what}");
    assert!(
        !found.iter().any(|n| n.starts_with(&prefix)),
        "{a} / {b}: {found:?}"
    );
}

/// Time findings of the first statements of two reports, the rest of each its context.
fn first_notes(a: &str, b: &str) -> Vec<String> {
    crate::compare::test_first_notes(a, b, |l, r, c| {
        time::findings(l, r, [&c.calendars[0], &c.calendars[1]])
    })
}

fn time_and_place(
    l: &Claim,
    r: &Claim,
    c: &crate::compare::Context,
) -> Vec<crate::compare::Finding> {
    {
        let mut out = time::findings(l, r, [&c.calendars[0], &c.calendars[1]]);
        out.extend(place::findings(
            l,
            r,
            &c.aliases,
            [&c.places[0], &c.places[1]],
        ));
        out
    }
}

#[test]
fn different_day_time_and_place() {
    // A date is shown as written, day included.
    assert_eq!(
        notes(
            "The operator restored all business customers on 14 October.",
            "The operator restored all business customers on 20 October."
        ),
        ["different date: 14 October vs 20 October"]
    );
    // A name before a noun of a kind of place names the place; before another noun it is a
    // modifier ("a Baghdad court").
    assert_eq!(
        notes(
            "Two soldiers were killed in the Baghdad area on Sunday.",
            "Two soldiers were killed in the Basra area on Sunday."
        ),
        ["different place: Baghdad vs Basra"]
    );
    // Where a march set off, over an adverb.
    assert_eq!(
        notes(
            "The march began peacefully at San Martin Square.",
            "The march set off peacefully from Plaza Murillo."
        ),
        ["different place: San Martin Square vs Plaza Murillo"]
    );
    assert_eq!(
        notes(
            "Drones hit the house on Sunday.",
            "Drones hit the house on Saturday."
        ),
        ["different day: Sunday vs Saturday"]
    );
    assert_eq!(
        notes(
            "Drones hit the house at dawn.",
            "Drones hit the house at night."
        ),
        ["different time of day: dawn vs night"]
    );
    assert_eq!(
        notes(
            "Third-quarter profit rose 12 percent.",
            "Second-quarter profit rose 12 percent."
        ),
        ["different period: Third-quarter vs Second-quarter"]
    );
    assert!(
        notes(
            "Third-quarter profit rose 12 percent.",
            "Profit rose 12 percent in the third quarter."
        )
        .is_empty()
    );
    assert_eq!(
        notes(
            "The Munich-based company reported a loss.",
            "The company, headquartered in Stuttgart, reported a loss."
        ),
        ["different place: Munich vs Stuttgart"]
    );
    assert_eq!(
        notes(
            "Thousands of teachers marched from Plaza del Estudiante on Monday to demand higher wages.",
            "Thousands of teachers marched at San Francisco Square on Monday to demand higher wages."
        ),
        ["different place: Plaza del Estudiante vs San Francisco Square"]
    );
    assert_eq!(
        notes("A bomb exploded in Mosul.", "A bomb exploded in Basra."),
        ["different place: Mosul vs Basra"]
    );
}

#[test]
fn a_preposition_before_a_gerund_tells_no_place() {
    assert!(
        notes(
            "The Rovers (11-4) also won their eighth straight game in beating the Hawks (5-10) who raced out to an early 14-0 lead in the game.",
            "Leeds (11-4) made a league-best fourth comeback this season to lock up the top seed in the NFC with this win, their eighth straight."
        )
        .is_empty()
    );
    // A place after the preposition still is one.
    assert_eq!(
        notes(
            "The Rovers won their fifth straight game in Leeds.",
            "The Rovers won their fifth straight game in Hull."
        ),
        ["different place: Leeds vs Hull"]
    );
}

#[test]
fn one_shared_place_puts_the_others_at_another_scale() {
    assert!(
        notes(
            "Sixteen inmates died in a riot in the Turi prison, in the city of Cuenca.",
            "A massacre in the Turi prison, in Azuay, left 16 prisoners dead."
        )
        .is_empty()
    );
}

#[test]
fn two_sites_of_one_kind() {
    assert_eq!(
        notes(
            "The minister is staying at the Hilton hotel, his aide said.",
            "The minister is staying at the Marriott hotel, his aide said."
        ),
        ["different place: Hilton hotel vs Marriott hotel"]
    );
    // "into" gives a place as "in" does.
    assert_eq!(
        notes(
            "Reid checked into the Promises rehab centre on Monday.",
            "Reid checked into the Cirque Lodge rehab centre on Monday."
        )
        .len(),
        1
    );
    for (a, b) in [
        // One site under a shorter name, or of another kind.
        (
            "The fire broke out at the Kraft Foods plant on Thursday.",
            "The fire broke out at the Kraft plant on Thursday.",
        ),
        (
            "The riot broke out at the Turi prison on Sunday.",
            "The riot broke out at the Cuenca hospital on Sunday.",
        ),
        // Events, not sites.
        (
            "A British climber died in a New Zealand fall.",
            "Two climbers were killed in Mt Cook falls.",
        ),
        (
            "The win put the Colts in the National Football League playoffs.",
            "The win put the Colts in the AFC playoffs.",
        ),
    ] {
        assert!(notes(a, b).is_empty(), "{a} / {b}: {:?}", notes(a, b));
    }
}

#[test]
fn a_way_of_travel() {
    assert_eq!(
        notes(
            "Police said the crash happened on the northbound carriageway of the M1 near Leicester.",
            "Police said the crash happened on the southbound carriageway of the M1 near Leicester."
        ),
        ["different direction of travel: northbound vs southbound"]
    );
    assert_eq!(
        notes(
            "The lorry was heading west on the A14 when it overturned near Cambridge.",
            "The lorry was heading east on the A14 when it overturned near Cambridge."
        )
        .len(),
        1
    );
    for (a, b) in [
        // One way told loosely, or a side that tells both ways.
        (
            "The car was travelling north on the A1 when it left the road near Grantham.",
            "The car was travelling north-east on the A1 when it left the road near Grantham.",
        ),
        (
            "The northbound lanes of the M1 were closed and the southbound lanes were slow.",
            "The southbound lanes of the M1 were closed after the crash.",
        ),
        // A compass point after no verb of going is no way of travel.
        (
            "The car crashed on the A1 north of Grantham on Sunday.",
            "The car was travelling south on the A1 on Sunday.",
        ),
    ] {
        assert!(notes(a, b).is_empty(), "{a} / {b}: {:?}", notes(a, b));
    }
}

#[test]
fn the_site_a_person_was_taken_to() {
    assert_eq!(
        notes(
            "The victim was taken to Jamaica Hospital, where he was pronounced dead.",
            "The victim was rushed to Kings County Hospital, where he was pronounced dead."
        ),
        ["different place: Jamaica Hospital vs Kings County Hospital"]
    );
    // Over the means of transport.
    assert_eq!(
        notes(
            "The boy was taken by ambulance to the Royal London Hospital with head injuries.",
            "The boy was taken by ambulance to St Mary's Hospital with head injuries."
        )
        .len(),
        1
    );
    for (a, b) in [
        // A site named by its kind is compared only with a site of that kind: the hospital may
        // be in Queens.
        (
            "The victim was taken to Jamaica Hospital in critical condition.",
            "The victim was taken to hospital in Queens in critical condition.",
        ),
        (
            "He was arrested outside Las Vegas, Nevada, and held for weeks.",
            "He was held at the Utah State Prison after his arrest for weeks.",
        ),
        // A transfer is a second trip.
        (
            "The victim was taken to Jamaica Hospital with gunshot wounds.",
            "The victim was later transferred to Kings County Hospital with gunshot wounds.",
        ),
    ] {
        assert!(notes(a, b).is_empty(), "{a} / {b}: {:?}", notes(a, b));
    }
}

#[test]
fn a_day_in_a_quoted_title_is_a_name() {
    let right = "Microsoft released an emergency patch for the browser on Wednesday.";
    for left in [
        "Microsoft released its monthly \"Patch Tuesday\" security bulletin for the browser.",
        "Microsoft released the browser patch in its \"Extended Patch Tuesday\" bulletin.",
    ] {
        assert!(notes(left, right).is_empty(), "{left}");
    }
    // A quoted remark that tells a day, or a quoted day alone, is a day.
    for left in [
        "\"Microsoft released the browser patch on Tuesday,\" a spokesman said.",
        "Microsoft released the browser patch on \"Tuesday\", a spokesman said.",
        "Microsoft released the browser patch on \"Tuesday night\", a spokesman said.",
        "Microsoft released the browser patch, \"Microsoft Patches Browser On Tuesday\".",
    ] {
        assert_eq!(
            notes(left, right),
            ["different day: Tuesday vs Wednesday"],
            "{left}"
        );
    }
}

#[test]
fn a_day_that_bounds_something_else_is_not_when_it_happened() {
    for right in [
        "Schools in the two regions will remain closed until next Monday.",
        "Schools in the two regions must reopen by Monday.",
        "Schools in the two regions have been closed since Monday.",
        "Schools in the two regions were closed before March.",
    ] {
        assert!(
            notes(
                "The alert for the two regions was lifted on Thursday, and schools closed.",
                right
            )
            .is_empty(),
            "{right}"
        );
    }
    assert_eq!(
        notes(
            "Schools in the two regions closed on Thursday.",
            "Schools in the two regions closed on Monday."
        ),
        ["different day: Thursday vs Monday"]
    );
}

#[test]
fn clock_times_of_two_zones_are_not_compared() {
    // One moment told in universal and in local time.
    for (a, b) in [
        (
            "The quake struck inland at 0737 GMT.",
            "The quake struck at 2:37 p.m. local time.",
        ),
        (
            "The quake struck at 07:37 GMT.",
            "The quake struck at 2:37 p.m.",
        ),
        (
            "The game starts at 4:30 p.m. ET.",
            "The game starts at 3:30 p.m. CT.",
        ),
    ] {
        assert!(notes(a, b).is_empty(), "{a} / {b}: {:?}", notes(a, b));
    }
    // Two times of one zone still differ.
    assert_eq!(
        notes(
            "The quake struck at 07:37 GMT.",
            "The quake struck at 09:37 GMT."
        ),
        ["different time of day: 07:37 vs 09:37"]
    );
}

#[test]
fn clock_times_of_one_act() {
    // "blaze" and "fire" are one word; "broke out" is "started".
    assert_eq!(
        notes(
            "The blaze broke out at about 11 p.m.",
            "The fire started at around 1 a.m."
        ),
        ["different time of day: 11 p.m vs 1 a.m"]
    );
    // Within an hour or so when either is approximate.
    assert!(
        notes(
            "The blaze broke out at about 11 p.m.",
            "The fire started at 12.15 a.m."
        )
        .is_empty()
    );
    assert_eq!(
        notes(
            "The blaze broke out at 11 p.m.",
            "The fire started at 12.15 a.m."
        )
        .len(),
        1
    );
    // Two moments of one fire.
    assert!(
        notes(
            "The blaze broke out at about 11 p.m.",
            "Firefighters brought the fire under control at around 1 a.m."
        )
        .is_empty()
    );
    // A time told to the minute is no loose report: "about 8.40pm" is not 8.49.
    assert_eq!(
        notes(
            "The fire at the store broke out at 8.49pm on Friday.",
            "The blaze at the store broke out about 8.40pm on Friday."
        ),
        ["different time of day: 8.49pm vs 8.40pm"]
    );
    for close in ["at 8.52pm", "at about 8.45pm", "at about 9pm"] {
        let right = format!("The blaze at the store broke out {close} on Friday.");
        assert!(
            notes(
                "The fire at the store broke out at 8.49pm on Friday.",
                &right
            )
            .is_empty(),
            "{close}"
        );
    }
}

#[test]
fn head_is_the_word_an_expression_follows() {
    let head_of = |text: &str, at: &str| {
        let d = Document::parse("t", text).expect("a report");
        let c = Claim::new(&d, &[0]);
        let start = text.find(at).expect("the expression");
        head(&c, Span::new(start, start + at.len()))
    };
    assert_eq!(
        head_of("The blaze broke out at about 11 p.m.", "11"),
        Some("start".into())
    );
    assert_eq!(
        head_of("The blast happened shortly before 9 a.m. on Tuesday.", "9"),
        Some(canonical(&stem("happened")).to_string())
    );
    assert_eq!(
        head_of("Two workers died late on Tuesday night.", "night"),
        Some(canonical(&stem("died")).to_string())
    );
    assert_eq!(head_of("At 11 p.m., the blaze broke out.", "11"), None);
}

#[test]
fn compatible_times_and_places() {
    // One act in other words is still one act.
    assert_eq!(
        notes(
            "The president declared three days of national mourning beginning on Saturday.",
            "The president announced three days of national mourning from Sunday."
        ),
        ["different day: Saturday vs Sunday"]
    );
    // Days of two acts of one event.
    assert!(
        notes(
            "Dockworkers at the port began a 72-hour strike on Monday to press for higher wages.",
            "More than 60 vessels were queueing off the port on Tuesday as the strike paralysed it."
        )
        .is_empty()
    );
    // Every a.m. hour is morning; an evening hour is not.
    assert!(
        notes(
            "The quake struck at 2:09 a.m. near the town.",
            "The quake struck near the town on Thursday morning."
        )
        .is_empty()
    );
    assert_eq!(
        notes(
            "The quake struck at 9:40 p.m. near the town.",
            "The quake struck near the town on Thursday morning."
        )
        .len(),
        1
    );
    // The small hours are early morning.
    assert!(
        notes(
            "Jackson was arrested by the highway patrol early Tuesday morning after failing sobriety tests.",
            "Jackson failed sobriety tests shortly after 2 a.m. and was arrested by the highway patrol."
        )
        .is_empty()
    );
    assert!(
        notes(
            "It began at dawn on Sunday.",
            "It began early on Sunday morning."
        )
        .is_empty()
    );
    assert!(notes("Clashes on Friday and Saturday.", "Clashes on Saturday.").is_empty());
    assert!(
        notes(
            "The Munich-based company reported a loss.",
            "The company, based in Munich, reported a loss."
        )
        .is_empty()
    );
    assert!(
        notes(
            "Thousands of teachers marched from Plaza del Estudiante to Murillo Square on Monday.",
            "Thousands of teachers gathered at Murillo Square on Monday."
        )
        .is_empty()
    );
    assert!(
        notes(
            "A letter from Brussels arrived.",
            "A letter arrived in Paris."
        )
        .is_empty()
    );
    assert!(notes("It happened at 5.15am.", "It happened at dawn.").is_empty());
    assert!(
        notes(
            "Drones hit his home in the Green Zone. The Green Zone is in Baghdad.",
            "Drones hit his home in central Baghdad."
        )
        .is_empty()
    );
}

#[test]
fn a_year_that_names_an_edition_is_no_time() {
    for (a, b) in [
        (
            "Benjamin was a 2008 MacArthur Foundation Fellow and led the state medical board.",
            "Benjamin led the state medical board in 2002.",
        ),
        (
            "The 2007 Working Group for California Earthquake Probability studied the fault.",
            "A quake struck near the fault in 2012.",
        ),
    ] {
        assert!(notes(a, b).is_empty(), "{a} / {b}: {:?}", notes(a, b));
    }
    // A year the claim happened in still differs, whatever follows it.
    assert_eq!(
        notes(
            "In 2002 Benjamin was elected to lead the state medical board.",
            "In 2004 Benjamin was elected to lead the state medical board."
        ),
        ["different year: 2002 vs 2004"]
    );
}

#[test]
fn a_period_of_a_game_clock_is_no_difference() {
    assert!(
        notes(
            "The Chiefs came out and tied the game with six minutes left in the third quarter.",
            "The key play of the game came with ten minutes left in the fourth quarter."
        )
        .is_empty()
    );
    assert_eq!(
        notes(
            "The company reported a loss in the third quarter.",
            "The company reported a loss in the fourth quarter."
        ),
        ["different period: third quarter vs fourth quarter"]
    );
}

#[test]
fn a_day_or_year_of_another_act_is_no_difference() {
    // The day the police spoke is not the day of the arrest; a day is when it was said.
    assert!(notes(
        "A suspected Mafia boss arrested Tuesday in a police raid has been found dead.",
        "A suspected Mafia leader committed suicide after his arrest, police in Palermo said on Wednesday."
    )
    .is_empty());
    assert_eq!(
        notes(
            "Police said on Tuesday that the boss had been found dead.",
            "The boss was found dead, police said on Wednesday."
        ),
        ["different day: Tuesday vs Wednesday"]
    );
    // "Sunday's game" names an event by its day.
    assert!(
        notes(
            "Despite his arrest early yesterday, Jackson will play in Sunday's playoff game.",
            "Jackson was arrested Tuesday on suspicion of drunk driving."
        )
        .is_empty()
    );
    // Dates too: a conviction and a later admission; a name before a day that opens the
    // clause leaves the act after it ("Microsoft on Wednesday released").
    assert!(
        notes(
            "His long run of victories over prosecutors ended with a July 1997 racketeering conviction.",
            "He was finally convicted of racketeering, and in April 2003 he admitted to a court that his behaviour had been a ruse."
        )
        .is_empty()
    );
    assert!(
        notes(
            "Microsoft on Wednesday released an emergency patch for Internet Explorer.",
            "As it promised on Tuesday, Microsoft today issued an emergency patch for Internet Explorer."
        )
        .is_empty()
    );
    // Years: an acquittal and the charge before it (a year opening its clause dates the act
    // after it); a sentence and an earlier conviction named by its year; a decade holds its
    // years.
    assert!(
        notes(
            "Gigante was acquitted in 1958 on charges of attempted murder.",
            "In 1957, Gigante was charged with attempted murder."
        )
        .is_empty()
    );
    assert!(notes(
        "Gigante died while serving a 12-year sentence imposed in 1997 after he was convicted of racketeering.",
        "After serving five years on the 1959 heroin conviction, Gigante resumed his life of crime."
    )
    .is_empty());
    assert_eq!(
        notes(
            "He scored 20 goals in the 2008 season for the club.",
            "He scored 20 goals in the 2009 season for the club."
        ),
        ["different year: 2008 vs 2009"]
    );
    assert!(
        notes(
            "The family was founded in the 1930's by Charles Luciano.",
            "Born in 1928, Gigante drifted into the family founded in 1931 by Charles Luciano."
        )
        .is_empty()
    );
    assert_eq!(
        notes(
            "In 1969, he was indicted in New Jersey on a charge of bribing the police force.",
            "In 1970, he was indicted for bribing the entire police force."
        ),
        ["different year: 1969 vs 1970"]
    );
}

#[test]
fn one_verb_of_two_objects_dates_two_acts() {
    assert!(
        notes(
            "Wednesday afternoon, the Saints signed rookie Joique Bell from the Eagles practice squad.",
            "The Saints signed DeShawn Wynn on Tuesday and Joique Bell today off the Eagles practice squad.",
        )
        .is_empty()
    );
    assert_eq!(
        notes(
            "Wednesday afternoon, the Saints signed rookie Joique Bell from the Eagles practice squad.",
            "The Saints signed Joique Bell on Tuesday off the Eagles practice squad.",
        ),
        ["different day: Wednesday vs Tuesday"]
    );
    // One place in two words is one object.
    assert_eq!(
        notes(
            "Prime Minister Edi Rama visited the site on Wednesday and promised an inquiry.",
            "Prime Minister Edi Rama visited the factory on Thursday and called for calm.",
        ),
        ["different day: Wednesday vs Thursday"]
    );
}

#[test]
fn a_day_that_names_an_event_still_fits_its_day() {
    assert!(notes(
        "At least 29 people died when an overloaded passenger ferry capsized on Lake Victoria off Ukerewe Island on Thursday afternoon, officials said.",
        "Grief engulfed Ukerewe District on Friday as the death toll from Thursday's ferry disaster at Bugorora landing rose to 29."
    )
    .is_empty());
}

#[test]
fn places_at_two_scales_streets_and_firms_are_no_difference() {
    // A region and a town: one may hold the other.
    assert!(
        notes(
            "She returned home after a four year spell living in Cardiff.",
            "He had been living in South Wales with his mum for the past three years."
        )
        .is_empty()
    );
    assert!(
        notes(
            "An earthquake with a magnitude of 4.6 was recorded in the North Bay this morning.",
            "A magnitude 4.6 earthquake was recorded near Clearlake this morning."
        )
        .is_empty()
    );
    // The other side names the site too, as an acronym's words.
    assert!(notes(
        "The woman was pronounced dead at HCMC.",
        "The victim was taken to Hennepin County Medical Center in Minneapolis, where she was pronounced dead."
    )
    .is_empty());
    // A numbered street is no name "Avenue"; a firm is no place.
    assert!(notes(
        "Chohan was walking along parked cars on 117th Street near 97th Avenue when she was struck.",
        "Chohan was struck by a Camry heading north on 117th St. near 97th Ave. about 7 p.m."
    )
    .is_empty());
    assert!(
        notes(
            "The shooting was at the office of a health product supplier listed at TallGrass Distribution Ltd.",
            "The shooting was at the office of a health product supplier in Canada."
        )
        .is_empty()
    );
    // Two towns still differ.
    assert_eq!(
        notes(
            "The army said the convoy was ambushed near Kandahar.",
            "The army said the convoy was ambushed near Herat."
        ),
        ["different place: Kandahar vs Herat"]
    );
}

#[test]
fn where_a_journey_was_going_or_turned_to() {
    assert_eq!(
        notes(
            "The plane, which was bound for Frankfurt, crashed after take-off from Madrid.",
            "The plane, which was bound for Paris, crashed after take-off from Madrid."
        ),
        ["different destination: Frankfurt vs Paris"]
    );
    assert_eq!(
        notes(
            "The flight from London to New York was diverted to Boston after the threat.",
            "The flight from London to New York was diverted to Halifax after the threat."
        ),
        ["different place diverted to: Boston vs Halifax"]
    );
    // One destination is no place both sides name: where it crashed is still compared.
    assert_eq!(
        notes(
            "The plane was bound for Paris when it crashed near Lyon.",
            "The plane was bound for Paris when it crashed near Dijon."
        ),
        ["different place: Lyon vs Dijon"]
    );
    for (a, b) in [
        // Where it was going is not where it was turned to.
        (
            "The flight was bound for New York when it was diverted to Boston.",
            "The flight was diverted to Boston after the threat.",
        ),
        (
            "The flight was bound for New York when it landed in Boston.",
            "The flight landed in Boston after the threat.",
        ),
        // A place the other side names too ("via Paris").
        (
            "The plane was bound for Paris when it crashed near Madrid.",
            "The plane was bound for Frankfurt via Paris when it crashed near Madrid.",
        ),
    ] {
        assert_no_difference_of("", a, b);
    }
}

#[test]
fn a_country_or_state_and_a_place_in_it_are_two_scales() {
    for (a, b) in [
        (
            "A British man has been killed after falling around 2,000ft while climbing in New Zealand.",
            "Police said the man fell around 2,000ft near the Mount Sefton Bivvy while climbing.",
        ),
        (
            "The gunman opened fire at a shopping centre in Texas on Saturday.",
            "The gunman opened fire at a shopping centre in Allen on Saturday.",
        ),
    ] {
        assert_no_difference_of("place", a, b);
    }
    // Two countries, or two states, differ; so do two places that are neither, and a region
    // and a place WordNet puts outside it.
    for (a, b, note) in [
        (
            "The army said its jets struck a weapons depot in Gaza overnight.",
            "The army said its jets struck a weapons depot near Damascus overnight.",
            "different place: Gaza vs Damascus",
        ),
        (
            "The climber died after falling while climbing in New Zealand.",
            "The climber died after falling while climbing in Switzerland.",
            "different place: New Zealand vs Switzerland",
        ),
        (
            "The gunman opened fire at a shopping centre in Texas on Saturday.",
            "The gunman opened fire at a shopping centre in Oklahoma on Saturday.",
            "different place: Texas vs Oklahoma",
        ),
        (
            "The gunman opened fire at a shopping centre in Allen on Saturday.",
            "The gunman opened fire at a shopping centre in Plano on Saturday.",
            "different place: Allen vs Plano",
        ),
    ] {
        assert_eq!(notes(a, b), [note], "{a} / {b}");
    }
}

#[test]
fn a_report_that_gives_both_days_dated_two_acts() {
    // The left report dates the shooting Friday too: its Monday, said of no act found, is
    // another act's, and one word shared around the two ("Vancouver") does not make them one.
    let monday = "The gunman was on suicide watch Monday at a Vancouver jail.";
    let friday = "A gunman opened fire at an office party in Vancouver on Friday.";
    assert!(first_notes(&format!("{monday} He was arrested on Friday."), friday).is_empty());
    // A report that gives one day only still disagrees.
    assert_eq!(
        first_notes(monday, friday),
        ["different day: Monday vs Friday"]
    );
    // Two reports of a strike that both name Monday and Tuesday, on one ruling: the words
    // around both days ("regional labour court") make it one act.
    assert_eq!(
        first_notes(
            "A regional labour court ruled on Tuesday that 70% of workers must stay on duty. \
             The strike began on Monday.",
            "On Monday night, the Regional Labour Court of the 2nd Region ordered that 70 \
             percent of the workforce keep working. Ships were queueing on Tuesday."
        ),
        ["different day: Tuesday vs Monday"]
    );
    // The act found on one side and said before the other side's expression is one act,
    // whatever each report knows.
    assert_eq!(
        first_notes(
            "The son sold one of their Mississippi oil fields for a reported $30 million in 1957. \
             The company was founded in 1967.",
            "His company found the Bolton field, which the family sold for $30 million in 1967."
        ),
        ["different year: 1957 vs 1967"]
    );
    // A date that glosses "today" is the day each report was written.
    assert!(
        notes(
            "Seacom announced today (14 October 2011) that it had restored services to business customers.",
            "Seacom announced today (20 October 2011) that it had restored services to all customers."
        )
        .is_empty()
    );
    assert_eq!(
        notes(
            "Seacom announced on 14 October 2011 that it had restored services to all customers.",
            "Seacom announced on 20 October 2011 that it had restored services to all customers."
        ),
        ["different date: 14 October vs 20 October"]
    );
    // The same for years.
    assert!(
        first_notes(
            "The director was a deputy in 1972 in the capital. He was promoted in 1971.",
            "Hoover promoted the director to deputy at the headquarters in the capital in 1971."
        )
        .is_empty()
    );
}

#[test]
fn a_home_is_compared_only_with_a_home() {
    assert!(
        notes(
            "The climber, 36, died after falling 150 metres at Aoraki Mount Cook.",
            "The climber, 36, who had been living in Melbourne, fell 200 metres down an ice gully."
        )
        .is_empty()
    );
    assert_eq!(
        notes(
            "The climber, 36, who had been living in Sydney, fell down an ice gully.",
            "The climber, 36, who had been living in Melbourne, fell down an ice gully."
        ),
        ["different place: Sydney vs Melbourne"]
    );
    // "34, of Leeds": the home after a person's age.
    for (a, b) in [
        (
            "Police said the man, John Smith, 34, of Leeds, was arrested at his home on Monday evening.",
            "Police said the man, John Smith, 34, of Bradford, was arrested at his home on Monday evening.",
        ),
        (
            "Police said the man, John Smith, 34, who lived in Leeds, was arrested on Monday evening.",
            "Police said the man, John Smith, 34, of Bradford, was arrested on Monday evening.",
        ),
    ] {
        assert_eq!(
            notes(a, b),
            ["different place: Leeds vs Bradford"],
            "{a} / {b}"
        );
    }
    assert!(
        notes(
            "Police said the man, John Smith, 34, of Leeds, was arrested at a hotel in Bradford on Monday evening.",
            "Police said the man, John Smith, 34, was arrested at a hotel in Bradford on Monday evening."
        )
        .is_empty()
    );
    // A part of a group is no home.
    assert!(
        notes(
            "Police said 34 of Leeds councillors were at the meeting on Monday evening.",
            "Police said 34 of Bradford councillors were at the meeting on Monday evening."
        )
        .is_empty()
    );
}

#[test]
fn the_day_a_report_was_posted_dates_no_event() {
    assert!(
        notes(
            "On behalf of Howard Sanders posted in Pedestrian Accidents on Wednesday, September 18, 2013.",
            "On behalf of Newman and Newman posted in Hit and Run Accidents on Friday, September 20, 2013."
        )
        .is_empty()
    );
    assert_eq!(
        notes(
            "The driver was arrested on Wednesday, September 18, 2013.",
            "The driver was arrested on Friday, September 20, 2013."
        )
        .len(),
        2
    );
}

#[test]
fn two_stages_of_a_case_are_two_acts() {
    assert!(
        notes(
            "Polygamist leader Warren Jeffs was sentenced Tuesday to life in prison.",
            "A Texas jury convicted polygamist leader Warren Jeffs of child sexual assault Thursday."
        )
        .is_empty()
    );
    assert_eq!(
        notes(
            "A Texas jury convicted polygamist leader Warren Jeffs of child sexual assault Tuesday.",
            "A Texas jury convicted polygamist leader Warren Jeffs of child sexual assault Thursday."
        ),
        ["different day: Tuesday vs Thursday"]
    );
}

#[test]
fn a_day_between_subject_and_verb_dates_that_verb() {
    // The judge's ruling on Thursday and the killer's laugh on Tuesday are two acts.
    assert!(
        notes(
            "A Norwalk judge on Thursday upheld a jury's recommendation that the convicted cop killer die.",
            "The convicted cop killer laughed Tuesday after hearing the jury's recommendation that he die."
        )
        .is_empty()
    );
    // One act dated two days is still a difference.
    assert_eq!(
        notes(
            "A Norwalk judge on Thursday upheld a jury's recommendation that the convicted cop killer die.",
            "The judge upheld Tuesday a jury's recommendation that the convicted cop killer die."
        ),
        ["different day: Thursday vs Tuesday"]
    );
}

#[test]
fn a_day_next_to_a_saying_dates_the_saying() {
    // Thursday is when the governor spoke; Tuesday is when the raid happened.
    assert!(
        notes(
            "At a press conference, Governor Ana Ruiz stated her state would not retaliate for the reported raid on the Lomas camp in the north of the state on Tuesday, which she said killed seven.",
            "Governor Ana Ruiz said Thursday that seven people were killed in the raid on the Lomas camp."
        )
        .is_empty()
    );
    // Two sayings dated two days are still a difference.
    assert_eq!(
        notes(
            "Governor Ana Ruiz said Tuesday that seven people were killed in the raid on the Lomas camp.",
            "Governor Ana Ruiz said Thursday that seven people were killed in the raid on the Lomas camp."
        ),
        ["different day: Tuesday vs Thursday"]
    );
}

#[test]
fn a_verb_further_back_tells_two_acts_apart() {
    // Each day is far from its verb: pouring into the streets on the third night, a riot on
    // the first.
    assert!(
        notes(
            "Protesters angry over the death of a student poured into the streets of the capital for a third straight night Wednesday, throwing bottles at the police.",
            "Anger over the death of a student fueled a riot on the streets of the capital Monday, and bottles were thrown at the police."
        )
        .is_empty()
    );
    // The same act far from its day on both sides is still one act.
    assert_eq!(
        notes(
            "Protesters angry over the death of a student poured into the streets of the capital for a third straight night on Wednesday.",
            "Protesters angry over the death of a student poured into the streets of the capital for a third straight night on Tuesday."
        ),
        ["different day: Wednesday vs Tuesday"]
    );
    // A verb of beginning names no act of its own: the tip and the alert are one.
    assert_eq!(
        notes(
            "The inquiry began with an anonymous tip to the national financial prosecutor in 2018.",
            "The case came to light after a whistleblower alerted the national financial prosecutor's office in 2019."
        ),
        ["different year: 2018 vs 2019"]
    );
}

#[test]
fn an_irregular_past_or_participle_names_its_own_act() {
    // "became" and "was chosen" date other acts than "joined" and "founded": two years, no
    // difference.
    for (a, b) in [
        (
            "In 1995, the senator became chairman of the finance committee.",
            "The senator joined the finance committee in 1990.",
        ),
        (
            "Benjamin was chosen as president of the medical association of Alabama in 2002.",
            "Benjamin, the first black woman admitted to the medical association, founded the \
             clinic in Alabama in 1990.",
        ),
    ] {
        assert!(notes(a, b).is_empty(), "{a} / {b}: {:?}", notes(a, b));
    }
    // The same act in two years still differs.
    let same = notes(
        "In 1995, the senator joined the finance committee.",
        "The senator joined the finance committee in 1990.",
    );
    assert_eq!(same, ["different year: 1995 vs 1990"]);
    // A participle before a noun is no act: "warned … about worn rails last November" dates
    // the warning.
    let worn = notes(
        "The union said it had warned the operator in March about worn track on the route.",
        "The unions say they warned the operator about worn rails on the route last November.",
    );
    assert_eq!(worn, ["different date: March vs November"]);
}

#[test]
fn a_long_clause_keeps_its_verb() {
    // The verb is 19 tokens before the year, in one clause: another act than "founded".
    let far = notes(
        "Dr. Benjamin became the first woman and first African-American president of the Medical \
         Assn. of the State of Alabama in 2002.",
        "Dr. Benjamin founded the Bayou La Batre Rural Health Clinic in Alabama in 1990.",
    );
    assert!(far.is_empty(), "{far:?}");
}

#[test]
fn a_day_an_act_is_set_for_dates_that_act() {
    let shot =
        "The worker shot three co-workers at the plant, killing two of them, Thursday night.";
    for left in [
        "The trial of the worker accused of shooting three co-workers, killing two of them, starts Monday.",
        "The trial of the worker accused of shooting three co-workers, killing two of them, will resume on Monday.",
    ] {
        assert!(
            notes(left, shot).is_empty(),
            "{left}: {:?}",
            notes(left, shot)
        );
    }
    // Two days one act is set for, or the act itself on another day, still differ.
    assert_eq!(
        notes(
            "The trial of the worker accused of shooting three co-workers starts Monday.",
            "The trial of the worker accused of shooting three co-workers starts Tuesday."
        ),
        ["different day: Monday vs Tuesday"]
    );
    assert_eq!(
        notes(
            "The worker shot three co-workers at the plant, killing two of them, on Monday.",
            shot
        ),
        ["different day: Monday vs Thursday"]
    );
}

#[test]
fn a_part_of_the_day_that_holds_a_clock_time_frames_it() {
    assert_eq!(
        notes(
            "The fire broke out at 8.49pm on Friday night.",
            "The blaze broke out about 8.40pm."
        ),
        ["different time of day: 8.49pm vs 8.40pm"]
    );
    // A part of the day alone still fits the other side's time.
    assert!(
        notes(
            "The fire broke out on Friday night.",
            "The blaze broke out about 8.40pm."
        )
        .is_empty()
    );
}

#[test]
fn one_act_dates_two_clock_times_however_far_apart_their_words() {
    assert_eq!(
        notes(
            "The fire broke out in the roof of the store at 8.49pm.",
            "They were sent to a church after the blaze broke out about 8.40pm."
        ),
        ["different time of day: 8.49pm vs 8.40pm"]
    );
    // Two acts, nothing shared around the times: two moments.
    assert!(
        notes(
            "The fire broke out in the roof of the store at 8.49pm.",
            "Police closed the road about 8.40pm."
        )
        .is_empty()
    );
}

#[test]
fn dates_of_two_years_are_two_occasions() {
    // "March 1996" / "April 2003": two hearings, years apart; the years tell it (the year
    // finder's to compare), not the months.
    assert_no_difference_of(
        "date",
        "At sanity hearings in March 1996, a mobster testified that the boss was lucid during Mafia meetings.",
        "The boss, whose victories ended with a July 1997 conviction, finally admitted his insanity ruse at an April 2003 court hearing.",
    );
    // One year, or a year on one side only, still compares the months.
    for b in [
        "The court heard the case in April 1996.",
        "The court heard the case in April.",
    ] {
        assert_eq!(
            notes("The court heard the case in March 1996.", b),
            ["different date: March vs April"],
            "{b}"
        );
    }
}

#[test]
fn a_day_after_a_comma_at_the_end_dates_the_verb_before_it() {
    // "which Israel says it launched …, on 27 December": the launch, not the truce's end.
    assert!(
        notes(
            "Programmes were suspended at the start of air attacks on Gaza, which Israel says it launched in response to rocket attacks by Hamas militants, on 27 December.",
            "The truce completely broke down on 20 December, when Hamas said it would not extend the ceasefire."
        )
        .is_empty()
    );
    // The same act, dated so, still differs.
    assert_eq!(
        notes(
            "Israel says it launched the air attacks on Gaza, on 27 December.",
            "Israel launched the air attacks on Gaza on 20 December."
        ),
        ["different date: 27 December vs 20 December"]
    );
}

#[test]
fn a_day_before_an_auxiliary_dates_the_verb_after_it() {
    // "The powerful quakes … on Sunday have led …": the day of the quakes' aftermath, not of
    // the other quake that "rattled" the province on Wednesday.
    assert!(
        notes(
            "A strong earthquake rattled the province Wednesday, the survey said.",
            "The powerful quakes in the province on Sunday have led 14,000 people to shelters."
        )
        .is_empty()
    );
    assert_eq!(
        notes(
            "A strong earthquake rattled the province Wednesday, the survey said.",
            "A strong earthquake in the province on Sunday has rattled towns on the coast."
        ),
        ["different day: Wednesday vs Sunday"]
    );
}

#[test]
fn a_place_before_a_time_is_a_place() {
    // A word of relative time after a name opens when, not a noun the name modifies.
    assert_eq!(
        notes(
            "The storm made landfall near Miami early Sunday.",
            "The storm made landfall near Tampa early Sunday."
        ),
        ["different place: Miami vs Tampa"]
    );
    assert_eq!(
        notes(
            "The suspect was arrested in Leeds yesterday, police said.",
            "The suspect was arrested in Bradford yesterday, police said."
        ),
        ["different place: Leeds vs Bradford"]
    );
    // One place told at two times is no place difference.
    assert_no_difference_of(
        "place",
        "The storm made landfall near Miami early Sunday.",
        "The storm made landfall near Miami late on Saturday night.",
    );
}

#[test]
fn a_place_off_a_coast() {
    for (a, b, note) in [
        (
            "The tanker was hijacked by pirates off Somalia on Monday, the navy said.",
            "The tanker was hijacked by pirates off Yemen on Monday, the navy said.",
            "different place: Somalia vs Yemen",
        ),
        (
            "The cargo ship ran aground off the coast of Sumatra early on Tuesday, officials said.",
            "The cargo ship ran aground off the coast of Java early on Tuesday, officials said.",
            "different place: Sumatra vs Java",
        ),
        (
            "The ferry went down about 130 km off Sicily with 300 people on board.",
            "The ferry went down about 130 km off Crete with 300 people on board.",
            "different place: Sicily vs Crete",
        ),
    ] {
        assert_eq!(notes(a, b), [note], "{a} / {b}");
    }
    // "off" of a phrasal verb gives no place.
    for (a, b) in [
        (
            "The Colts knocked off the Chiefs on Sunday to reach the playoffs.",
            "The Colts knocked off the Ravens on Sunday to reach the playoffs.",
        ),
        (
            "The Saints signed Bell off the Eagles practice squad on Wednesday.",
            "The Saints signed Bell off the Colts practice squad on Wednesday.",
        ),
    ] {
        assert_no_difference_of("place", a, b);
    }
}

#[test]
fn a_side_of_now() {
    assert_eq!(
        notes(
            "The minister will visit the flooded region next week to meet survivors.",
            "The minister visited the flooded region last week to meet survivors.",
        ),
        ["different time: next week vs last week"]
    );
    for (a, b) in [
        // One side of now, or days apart: "this week" may become "last week".
        (
            "The minister visited the flooded region last week to meet survivors.",
            "The minister visited the flooded region last month to meet survivors.",
        ),
        (
            "The minister visited the flooded region this week to meet survivors.",
            "The minister visited the flooded region last week to meet survivors.",
        ),
        // One of a series, or a bound.
        (
            "The minister visited the flooded region in the last week of the campaign.",
            "The minister will visit the flooded region next week, during the campaign.",
        ),
        (
            "Schools in the flooded region will stay closed until next week.",
            "Schools in the flooded region stayed closed last week.",
        ),
        (
            "Microsoft will release a fix for the flaw ahead of next month's Patch Tuesday.",
            "Microsoft released a fix for the flaw last week, on Patch Tuesday.",
        ),
    ] {
        assert!(notes(a, b).is_empty(), "{a} / {b}: {:?}", notes(a, b));
    }
}

#[test]
fn two_directions_from_one_place() {
    assert_eq!(
        notes(
            "The car bomb exploded in a market about 30 km north of Baghdad on Sunday.",
            "The car bomb exploded in a market about 30 km south of Baghdad on Sunday.",
        ),
        ["different direction: north of Baghdad vs south of Baghdad"]
    );
    for (a, b) in [
        // One direction told loosely, or from two places.
        (
            "The quake struck 20 miles north of Santa Rosa early on Sunday.",
            "The quake struck 26 miles north-northeast of Santa Rosa early on Sunday.",
        ),
        (
            "The quake struck 13 miles east of Cloverdale early on Sunday.",
            "The quake struck 23 miles north of Santa Rosa early on Sunday.",
        ),
        // Two acts.
        (
            "The army took a village north of Mosul on Sunday.",
            "Refugees fled to camps south of Mosul.",
        ),
        // A side that gives both.
        (
            "The fighting spread from north of Baghdad to villages south of Baghdad on Sunday.",
            "The fighting raged in villages south of Baghdad on Sunday.",
        ),
    ] {
        assert_no_difference_of("direction", a, b);
    }
}

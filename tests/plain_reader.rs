//! The quick reader of plain team records agrees with the full profile reader: a record it
//! accepts gives exactly the profile the full reader gives, whatever the profile it reads
//! into held before; and it does accept the plain records teams are made of.

mod common;

use proptest::prelude::*;
use skillgap::input::Origin;
use skillgap::profile::{self, Profile, Strictness, read_plain};
use skillgap::rubric::Rubric;

/// The built-in rubrics, loaded once.
fn rubrics() -> &'static [Rubric] {
    static RUBRICS: std::sync::OnceLock<Vec<Rubric>> = std::sync::OnceLock::new();
    RUBRICS.get_or_init(|| {
        let catalog = skillgap::catalog::Catalog::new(Vec::new()).unwrap();
        ["production-specialist", "media-production-specialist"]
            .iter()
            .map(|id| catalog.load_id(id).unwrap())
            .collect()
    })
}

/// The full reader's profile, or `None` when it refuses the record.
fn full(text: &str, rubric: &Rubric) -> Option<Profile> {
    profile::parse(text, &Origin::Stdin, rubric, Strictness::default()).ok()
}

/// A profile holding a bit of everything, to read into: the quick reader must leave nothing
/// of it behind.
fn used_profile(rubric: &Rubric) -> Profile {
    // The example with a supervisor's review is of the first rubric; for the other, the
    // fields set below still have to go.
    let text =
        std::fs::read_to_string(common::example("specialist-with-supervisor-review.json")).unwrap();
    let mut p = full(&text, rubric).unwrap_or_else(|| Profile::empty(rubric));
    p.name = Some("Someone Else".into());
    p.target = Some(0);
    p.certifications = vec![0];
    p.group = Some("Line 9".into());
    p.years_experience = Some(7.0);
    p.evidence[0] = Some("ran the line".into());
    p
}

/// A rating as JSON text: mostly a digit on the scale, sometimes `null`, rarely a mistake
/// or a number the quick reader leaves to the full one.
fn value_text() -> impl Strategy<Value = String> {
    prop_oneof![
        60 => (0u8..=4).prop_map(|d| d.to_string()),
        6 => Just("null".to_string()),
        1 => prop::sample::select(vec![
            "5", "9", "10", "04", "-0", "-1", "1.0", "3.5", "1e0", "2E0", "\"3\"", "true",
            "[]", "{}", "nul", "3x",
        ])
        .prop_map(str::to_string),
    ]
}

/// A string as JSON text: mostly plain, sometimes with an escape, a control character,
/// Unicode, only spaces, too long, or not a string.
fn string_text() -> impl Strategy<Value = String> {
    prop_oneof![
        30 => "[A-Za-z /]{0,12}".prop_map(|s| format!("\"{s}\"")),
        1 => Just("\"Zoë Ñúñez\"".to_string()),
        1 => Just("\"a\\\"b\"".to_string()),
        1 => Just("\"tab\\there\"".to_string()),
        1 => Just("\"raw\ttab\"".to_string()),
        1 => Just("\"\\u0041na\"".to_string()),
        1 => Just("\"   \"".to_string()),
        1 => Just(format!("\"{}\"", "x".repeat(121))),
        1 => Just(format!("\"{}\"", "é".repeat(120))),
        1 => Just("null".to_string()),
        1 => Just("42".to_string()),
    ]
}

/// White space between tokens: mostly none or JSON's, rarely a no-break space (not JSON's).
fn space() -> impl Strategy<Value = &'static str> {
    prop_oneof![
        200 => Just(""),
        40 => Just(" "),
        10 => Just("\t\r\n "),
        1 => Just("\u{a0}"),
    ]
}

/// A `ratings` object: some skills, in the rubric's order or any other, and rarely a
/// mistake (a skill twice, an unknown one, a trailing comma).
fn ratings_text(rubric: &Rubric) -> impl Strategy<Value = String> {
    let ids: Vec<String> = rubric.skills.iter().map(|s| s.id.clone()).collect();
    let skills = ids.len();
    (
        Just((0..skills).collect::<Vec<usize>>()).prop_shuffle(),
        0..=skills,
        any::<bool>(),
        proptest::collection::vec((value_text(), space()), skills + 1),
        prop_oneof![
            40 => Just(""),
            1 => Just("twice"),
            1 => Just("unknown"),
            1 => Just("Capitalised"),
            1 => Just("trailing comma"),
        ],
    )
        .prop_map(move |(mut order, count, in_order, values, mistake)| {
            order.truncate(count);
            if in_order {
                order.sort_unstable();
            }
            let mut keys: Vec<String> = order.iter().map(|&s| ids[s].clone()).collect();
            match (mistake, keys.first().cloned()) {
                ("twice", Some(first)) => keys.push(first),
                ("unknown", _) => keys.push("not-a-skill".into()),
                ("Capitalised", Some(first)) => keys[0] = first.to_uppercase(),
                _ => {}
            }
            let body: Vec<String> = keys
                .iter()
                .zip(&values)
                .map(|(key, (value, sp))| format!("{sp}\"{key}\"{sp}:{sp}{value}{sp}"))
                .collect();
            let comma = if mistake == "trailing comma" && !body.is_empty() {
                ","
            } else {
                ""
            };
            format!("{{{}{comma}}}", body.join(","))
        })
}

/// A record of this rubric: fields in any order, mostly valid, with rarely a mistake of the
/// kinds the full reader explains, or a field the quick reader leaves to it.
fn record(rubric: &Rubric) -> impl Strategy<Value = String> {
    let levels: Vec<String> = rubric
        .levels
        .iter()
        .map(|l| format!("\"{}\"", l.id))
        .collect();
    let certs: Vec<String> = rubric
        .certifications
        .iter()
        .map(|c| format!("\"{}\"", c.id))
        .collect();
    let rubric_id = rubric.id.clone();
    let target = prop_oneof![
        20 => prop::sample::select(levels),
        1 => Just("\"chief\"".to_string()),
        1 => Just("null".to_string()),
    ];
    let years = prop_oneof![
        20 => (0u8..=60).prop_map(|y| y.to_string()),
        1 => prop::sample::select(vec!["61", "05", "5.0", "2.5", "-1", "1e1", "100", "\"3\""])
            .prop_map(str::to_string),
    ];
    let days = prop_oneof![
        4 => Just(""),
        4 => Just(",\"earned\":\"2024-05-01\""),
        2 => Just(",\"earned\":\"2023-02-28\",\"expires\":\"2026-12-01\""),
        2 => Just(",\"expires\":\"2026-11-27\""),
        1 => Just(",\"earned\":\"2024-02-30\""),
        1 => Just(",\"earned\":\"2025-01-01\",\"expires\":\"2025-01-01\""),
        1 => Just(",\"earned\":null"),
        1 => Just(",\"earned\":\"2024-05-01\",\"earned\":\"2024-05-02\""),
        1 => Just(",\"renewed\":\"2024-05-01\""),
    ];
    let cert = prop_oneof![
        20 => prop::sample::select(certs.clone()),
        10 => (prop::sample::select(certs), days).prop_map(|(c, d)| format!("{{\"id\":{c}{d}}}")),
        1 => Just("\"nope\"".to_string()),
        1 => Just("{\"earned\":\"2024-05-01\"}".to_string()),
    ];
    let certs = proptest::collection::vec(cert, 0..4).prop_map(|c| format!("[{}]", c.join(",")));
    let rubric_value = prop_oneof![
        20 => Just(format!("\"{rubric_id}\"")),
        1 => Just("\"other\"".to_string()),
    ];
    let values = (
        ratings_text(rubric),
        string_text(),
        string_text(),
        rubric_value,
        target,
        years,
        certs,
    );
    let names = [
        "ratings",
        "name",
        "group",
        "rubric",
        "target_level",
        "years_experience",
        "certifications",
    ];
    (
        values,
        Just(names.to_vec()).prop_shuffle(),
        0..=names.len(),
        proptest::collection::vec(space(), names.len() + 1),
        prop_oneof![
            40 => Just(""),
            2 => Just("\"$schema\":\"https://example.com/profile.json\""),
            1 => Just("\"evidence\":{}"),
            1 => Just("\"reviews\":[]"),
            1 => Just("\"raitings\":{}"),
            1 => Just("\"name\":\"Twice\""),
        ],
        prop_oneof![
            40 => Just(""),
            2 => Just("\r"),
            1 => Just("x"),
            1 => Just("}"),
            1 => Just("\n{}"),
        ],
    )
        .prop_map(|(values, mut order, count, spaces, extra, tail)| {
            let (ratings, name, group, rubric, target, years, certs) = values;
            // Most records have their ratings, as a profile must.
            if let Some(at) = order.iter().position(|&n| n == "ratings")
                && at >= count
                && count > 0
            {
                order.swap(at, 0);
            }
            let mut fields: Vec<String> = order[..count]
                .iter()
                .zip(&spaces)
                .map(|(&field, sp)| {
                    let value = match field {
                        "ratings" => &ratings,
                        "name" => &name,
                        "group" => &group,
                        "rubric" => &rubric,
                        "target_level" => &target,
                        "years_experience" => &years,
                        _ => &certs,
                    };
                    format!("{sp}\"{field}\"{sp}:{sp}{value}{sp}")
                })
                .collect();
            if !extra.is_empty() {
                fields.push(extra.to_string());
            }
            format!("{{{}}}{tail}", fields.join(","))
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(3000))]

    #[test]
    fn what_the_quick_reader_accepts_the_full_reader_reads_the_same(
        (which, text) in (0usize..2).prop_flat_map(|w| record(&rubrics()[w]).prop_map(move |t| (w, t))),
    ) {
        let rubric = &rubrics()[which];
        let mut quick = used_profile(rubric);
        if read_plain(&text, rubric, &mut quick) {
            let full = full(&text, rubric);
            prop_assert!(full.is_some(), "the quick reader accepted what the full one refuses: {}", text);
            prop_assert_eq!(quick, full.unwrap(), "{}", text);
        }
    }
}

/// Plain records, as `skillgap team` reads by the million: each is read by the quick reader,
/// in the rubric's order, in alphabetical order and in any other.
#[test]
fn plain_records_are_read_quickly() {
    for rubric in rubrics() {
        let rubric = rubric.clone();
        let level = &rubric.levels[1].id;
        let cert = &rubric.certifications[0].id;
        let mut ids: Vec<&str> = rubric.skills.iter().map(|s| s.id.as_str()).collect();
        let orders = {
            let in_rubric = ids.clone();
            ids.sort_unstable();
            let alphabetical = ids.clone();
            ids.reverse();
            [in_rubric, alphabetical, ids.clone()]
        };
        for order in orders {
            let ratings: Vec<String> = order
                .iter()
                .enumerate()
                .map(|(i, id)| {
                    let value = if i % 7 == 6 {
                        "null".to_string()
                    } else {
                        (i % 5).to_string()
                    };
                    format!("\"{id}\":{value}")
                })
                .collect();
            let ratings = ratings.join(",");
            for text in [
                format!("{{\"name\":\"Member 1\",\"ratings\":{{{ratings}}}}}"),
                format!(
                    "{{ \"rubric\": \"{}\", \"name\": \"Ana Souza\", \"group\": \"Line 2 / nights\", \"target_level\": \"{level}\", \"years_experience\": 4, \"certifications\": [\"{cert}\", {{\"id\": \"{cert}\", \"earned\": \"2024-05-01\"}}], \"ratings\": {{ {ratings} }} }}\r",
                    rubric.id
                ),
            ] {
                let mut quick = used_profile(&rubric);
                assert!(
                    read_plain(&text, &rubric, &mut quick),
                    "not read quickly: {text}"
                );
                assert_eq!(Some(quick), full(&text, &rubric), "{text}");
            }
        }
    }
}

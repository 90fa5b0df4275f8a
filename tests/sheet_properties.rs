//! Properties of reading a skills matrix: the same people whichever way the table runs and
//! whatever scale it is written on; and any sheet at all, however damaged, is read without a
//! panic, with every problem placed and no terminal escape in any message.

use proptest::prelude::*;
use skillgap::rubric::Rubric;
use skillgap::sheet::grid::{self, Cell, Grid, Kind};
use skillgap::sheet::layout::Layout;
use skillgap::sheet::scale::Scale;
use skillgap::sheet::{SheetOptions, read_grid};

const ESC: char = '\u{1b}';

fn rubric() -> Rubric {
    Rubric::builtin()
}

/// A member: a name, an optional group, and a rating (or blank) per skill.
type Member = (String, Option<u8>, Vec<Option<u8>>);

/// A team: per person a name, an optional group, and a rating (or blank) per skill.
fn team() -> impl Strategy<Value = Vec<Member>> {
    let skills = rubric().skills.len();
    prop::collection::vec(
        (
            "[A-Z][a-z]{1,8} [A-Z][a-z]{1,8}",
            prop::option::of(0u8..3),
            prop::collection::vec(prop::option::weighted(0.9, 0u8..=4), skills),
        ),
        1..12,
    )
    .prop_map(|mut people| {
        // Names are unique within a team, as a long table needs.
        for (i, p) in people.iter_mut().enumerate() {
            p.0 = format!("{} {i}", p.0);
        }
        people
    })
}

fn text(s: impl Into<String>) -> Cell {
    Cell::Text(s.into())
}

fn grid(rows: Vec<Vec<Cell>>) -> Grid {
    let width = rows.iter().map(Vec::len).max().unwrap_or(0);
    Grid {
        kind: Kind::Workbook("Sheet1".into()),
        rows: rows
            .into_iter()
            .map(|mut r| {
                r.resize(width, Cell::Empty);
                r
            })
            .collect(),
        other_sheets: vec![],
        hidden: Default::default(),
        also_tables: vec![],
    }
}

/// People in rows, ratings shifted by `offset` (1 for a 1-5 scale).
fn wide(team: &[Member], offset: u8) -> Grid {
    let r = rubric();
    let mut header = vec![text("Name"), text("Line")];
    header.extend(r.skills.iter().map(|s| text(s.name.clone())));
    let mut rows = vec![header];
    for (name, group, ratings) in team {
        let mut row = vec![
            text(name.clone()),
            group.map_or(Cell::Empty, |g| text(format!("Line {g}"))),
        ];
        row.extend(ratings.iter().map(|v| match v {
            Some(v) => Cell::Number(f64::from(v + offset)),
            None => Cell::Empty,
        }));
        rows.push(row);
    }
    grid(rows)
}

/// The same table with rows and columns swapped.
fn transpose(g: &Grid) -> Grid {
    let (rows, cols) = g.size();
    grid(
        (0..cols)
            .map(|c| (0..rows).map(|r| g.get(r, c).clone()).collect())
            .collect(),
    )
}

/// One row per person and skill.
fn long(team: &[Member]) -> Grid {
    let r = rubric();
    let mut rows = vec![vec![
        text("Employee"),
        text("Line"),
        text("Skill"),
        text("Rating"),
    ]];
    for (name, group, ratings) in team {
        for (s, v) in r.skills.iter().zip(ratings) {
            rows.push(vec![
                text(name.clone()),
                group.map_or(Cell::Empty, |g| text(format!("Line {g}"))),
                text(s.id.clone()),
                v.map_or(text("n/a"), |v| Cell::Number(f64::from(v))),
            ]);
        }
    }
    grid(rows)
}

fn docs(g: &Grid, scale: &Scale, layout: Option<Layout>) -> Vec<String> {
    let options = SheetOptions {
        layout,
        ..SheetOptions::default()
    };
    let import = read_grid(g, "t.xlsx", scale, &options, &rubric());
    assert!(
        import.facts.problems.is_empty(),
        "{:?}",
        import.facts.problems
    );
    import.people.into_iter().map(|(_, d)| d).collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(100))]

    #[test]
    fn the_same_people_whichever_way_the_table_runs(team in team()) {
        let scale = Scale::default();
        let rows = docs(&wide(&team, 0), &scale, None);
        prop_assert_eq!(rows.len(), team.len());
        prop_assert_eq!(&docs(&transpose(&wide(&team, 0)), &scale, Some(Layout::Columns)), &rows);
        prop_assert_eq!(&docs(&long(&team), &scale, None), &rows);
        // Shifted onto 1-5 and read with --scale 1-5: the same ratings.
        prop_assert_eq!(&docs(&wide(&team, 1), &Scale::parse("1-5", 4).unwrap(), None), &rows);
    }

}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn any_sheet_is_read_without_a_panic_and_every_problem_is_placed(
        cells in prop::collection::vec(
            prop::collection::vec(
                prop_oneof![
                    Just(Cell::Empty),
                    (0usize..23).prop_map(|i| text(rubric().skills[i].name.to_uppercase())),
                    prop::sample::select(vec!["Name", "Shift", "Target", "Years", "Education", "Skill", "Rating", "Total", "OSHA 10", "OSHA 10 expires", "Qualty Control"]).prop_map(text),
                    (-3.0f64..9.0).prop_map(Cell::Number),
                    "[ILUO◔◑◕●○x*\u{1b}\\[\\]0-9 -]{0,6}".prop_map(text),
                    ".{0,12}".prop_map(text),
                    (0i32..60000).prop_map(|d| Cell::Date(skillgap::date::Date::from_days(d))),
                    Just(Cell::Error("#DIV/0!".into())),
                    any::<bool>().prop_map(Cell::Bool),
                ],
                0..12,
            ),
            0..14,
        ),
        layout in prop::option::of(prop::sample::select(vec![Layout::Rows, Layout::Columns, Layout::Long])),
        iluo in any::<bool>(),
    ) {
        let scale = if iluo { Scale::Iluo } else { Scale::default() };
        let options = SheetOptions { layout, ..SheetOptions::default() };
        let g = grid(cells);
        let import = read_grid(&g, "t.xlsx", &scale, &options, &rubric());
        for p in &import.facts.problems {
            prop_assert!(!p.place.is_empty());
            prop_assert!(!p.message.contains('\u{1b}') && !p.place.contains('\u{1b}'), "{p:?}");
        }
        let check = import.facts.check_text(&rubric());
        prop_assert!(!check.contains(ESC), "escape in --check");
        let note = import.facts.note();
        prop_assert!(!note.contains(ESC), "escape in the note");
        // What is read is a valid profile, line by line.
        for (_, doc) in &import.people {
            let origin = skillgap::input::Origin::Stdin;
            prop_assert!(skillgap::profile::parse(doc, &origin, &rubric(), Default::default()).is_ok());
        }
    }
}

#[test]
fn a_csv_of_any_bytes_is_read_without_a_panic() {
    // Invalid UTF-8, a lone quote, NUL bytes, mixed delimiters.
    for bytes in [
        &b"Name,Communication\n\xff\xfe\x00,3\n"[..],
        b"\"Name,Communication\nAna,3",
        b"\x00\x00\x00",
        b"Name;Communication,Initiative\tX\nAna;3,2\t1\n",
    ] {
        let g = grid::from_text(bytes, None);
        let _ = read_grid(
            &g,
            "t.csv",
            &Scale::default(),
            &SheetOptions::default(),
            &rubric(),
        );
    }
}

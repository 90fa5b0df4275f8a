//! Review files on arbitrary bytes: parsing and validation against the built-in rubric;
//! a review that loads is added to the example profile, which is scored on each basis and
//! rendered in every format.

#![no_main]

use libfuzzer_sys::fuzz_target;
use skillgap::export::{self as report, Format};
use skillgap::gap_report::build_report;
use skillgap::input::{Origin, decode};
use skillgap::profile::{self, Basis, Profile, ReviewDoc, Strictness};
use skillgap::rubric::Rubric;

/// The built-in rubric and the example profile of a reviewed person, read once.
fn setting() -> &'static (Rubric, Profile) {
    static SETTING: std::sync::OnceLock<(Rubric, Profile)> = std::sync::OnceLock::new();
    SETTING.get_or_init(|| {
        let rubric = Rubric::builtin();
        let text = include_str!("../../examples/profiles/specialist-with-supervisor-review.json");
        let p = profile::parse(text, &Origin::Stdin, &rubric, Strictness::default()).unwrap();
        (rubric, p)
    })
}

fuzz_target!(|data: &[u8]| {
    let (rubric, person) = setting();
    let Ok(text) = decode(data.to_vec(), &Origin::Stdin) else {
        return;
    };
    let Ok(doc) = ReviewDoc::from_json(&text, &Origin::Stdin) else {
        return;
    };
    let Ok(review) = doc.validate(rubric, &Origin::Stdin) else {
        return;
    };
    for basis in [Basis::Own, Basis::Reviewed, Basis::Lower] {
        let mut p = person.clone();
        p.add_reviews([review.clone()]);
        p.basis = basis;
        let rep = build_report(rubric, &p, None, 3, Vec::new());
        for f in [Format::Table, Format::Json, Format::Markdown, Format::Html] {
            report::render_to_vec(&*report::renderer(f, true, Some(80)), &rep).unwrap();
        }
    }
});

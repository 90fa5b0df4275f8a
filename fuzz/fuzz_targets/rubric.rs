//! Rubric parsing and validation on arbitrary bytes; a rubric that loads is then used to
//! score an empty and a full profile and to render the reports.

#![no_main]

use libfuzzer_sys::fuzz_target;
use skillgap::export::{self as report, Format};
use skillgap::gap_report::build_report;
use skillgap::input::{Origin, decode};
use skillgap::profile::Profile;
use skillgap::rubric::Rubric;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = decode(data.to_vec(), &Origin::Stdin) else {
        return;
    };
    let Ok(rubric) = Rubric::from_json(&text, Origin::Stdin) else {
        return;
    };
    let empty = Profile::empty(&rubric);
    let mut full = Profile::empty(&rubric);
    full.ratings = vec![Some(rubric.max_rating()); rubric.skills.len()];
    for p in [empty, full] {
        let rep = build_report(&rubric, &p, None, 3, Vec::new());
        for f in [Format::Table, Format::Json, Format::Markdown, Format::Html] {
            report::render_to_vec(&*report::renderer(f, false, Some(60)), &rep).unwrap();
        }
    }
});

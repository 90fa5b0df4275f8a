//! Profile parsing, validation, scoring and every renderer, on arbitrary bytes.

#![no_main]

use libfuzzer_sys::fuzz_target;
use skillgap::export::{self as report, Format};
use skillgap::gap_report::{build_report, profile_warnings};
use skillgap::input::{Origin, decode};
use skillgap::profile::{self, Strictness};

#[path = "common.rs"]
mod common;
use common::rubric;

fuzz_target!(|data: &[u8]| {
    let rubric = rubric();
    let Ok(text) = decode(data.to_vec(), &Origin::Stdin) else {
        return;
    };
    let Ok(p) = profile::parse(&text, &Origin::Stdin, rubric, Strictness::default()) else {
        return;
    };
    let warnings = profile_warnings(rubric, &p);
    let rep = build_report(rubric, &p, None, 3, warnings);
    for f in [Format::Table, Format::Json, Format::Markdown, Format::Html] {
        report::render_to_vec(&*report::renderer(f, true, Some(80)), &rep).unwrap();
    }
});

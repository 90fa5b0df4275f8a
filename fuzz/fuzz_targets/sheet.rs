//! Reading a skills matrix from arbitrary bytes, as CSV text and as a workbook: never a
//! panic, every problem placed, no terminal escape in any message, and whatever is read is a
//! profile the full reader accepts.

#![no_main]

use libfuzzer_sys::fuzz_target;
use skillgap::input::Origin;
use skillgap::profile::{self, Strictness};
use skillgap::sheet::grid::{self, Workbook};
use skillgap::sheet::scale::Scale;
use skillgap::sheet::{SheetOptions, read_grid};

#[path = "common.rs"]
mod common;
use common::rubric;

fuzz_target!(|data: &[u8]| {
    let rubric = rubric();
    let mut grids = vec![grid::from_text(data, None)];
    if let Ok(mut book) = Workbook::from_bytes(data.to_vec(), &Origin::Stdin) {
        for name in book.visible_sheets().into_iter().take(3) {
            if let Ok(g) = book.grid(&name) {
                grids.push(g);
            }
        }
    }
    for g in &grids {
        for scale in [Scale::default(), Scale::Iluo] {
            let import = read_grid(g, "fuzz", &scale, &SheetOptions::default(), rubric);
            for p in &import.facts.problems {
                assert!(!p.place.is_empty());
                assert!(!p.message.contains('\u{1b}') && !p.place.contains('\u{1b}'));
            }
            assert!(!import.facts.check_text(rubric).contains('\u{1b}'));
            for (_, doc) in &import.people {
                profile::parse(doc, &Origin::Stdin, rubric, Strictness::default())
                    .expect("a profile read from a sheet is valid");
            }
        }
    }
});

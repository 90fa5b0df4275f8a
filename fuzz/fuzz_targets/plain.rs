//! The quick reader of plain team records against the full profile reader, on arbitrary
//! text: whatever the quick reader accepts, the full reader reads into the same profile.

#![no_main]

use libfuzzer_sys::fuzz_target;
use skillgap::input::Origin;
use skillgap::profile::{self, Profile, Strictness, read_plain};

#[path = "common.rs"]
mod common;
use common::rubric;

fuzz_target!(|data: &[u8]| {
    let rubric = rubric();
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let mut quick = Profile::empty(rubric);
    quick.name = Some("left over".into());
    quick.evidence[0] = Some("left over".into());
    if read_plain(text, rubric, &mut quick) {
        let full = profile::parse(text, &Origin::Stdin, rubric, Strictness::default());
        match full {
            Ok(full) => assert_eq!(quick, full, "{text:?}"),
            Err(e) => {
                panic!("the quick reader accepted what the full reader refuses ({e}): {text:?}")
            }
        }
    }
});

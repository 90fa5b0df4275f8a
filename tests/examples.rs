//! The reports committed under `examples/reports/` are what the shipped profiles produce
//! today, in English and in Spanish (`NAME.es.md`, `NAME.es.html`). Set
//! `SKILLGAP_UPDATE_EXAMPLES=1` to regenerate them after a deliberate change; with a headless
//! browser at hand (see `tests/common/browser.rs`) this also retakes the screenshots of the
//! HTML report, in each language, that the README shows. The screenshot depends on the fonts
//! of the machine, so it is not compared, only retaken.

mod common;

use common::{root, skillgap};

#[test]
fn committed_example_reports_are_up_to_date() {
    let update = std::env::var_os("SKILLGAP_UPDATE_EXAMPLES").is_some();
    let profiles = root().join("examples/profiles");
    let reports = root().join("examples/reports");
    let mut names: Vec<_> = std::fs::read_dir(&profiles)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    names.sort();
    assert!(names.len() >= 3, "at least three example profiles ship");
    let mut stale = Vec::new();
    for profile in names {
        let stem = profile.file_stem().unwrap().to_str().unwrap().to_string();
        for (lang, format, ext) in [
            ("en", "json", "json"),
            ("en", "markdown", "md"),
            ("en", "html", "html"),
            ("es", "markdown", "es.md"),
            ("es", "html", "es.html"),
        ] {
            // Reviews are judged stale against a day: the reports are made on a fixed one.
            let out = skillgap()
                .args(["--lang", lang, "assess", "--as-of", AS_OF])
                .args(["--format", format, "--input"])
                .arg(&profile)
                .assert()
                .success()
                .get_output()
                .stdout
                .clone();
            let path = reports.join(format!("{stem}.{ext}"));
            if update {
                std::fs::write(&path, &out).unwrap();
            } else if std::fs::read(&path).ok().as_deref() != Some(&out[..]) {
                stale.push(path.display().to_string());
            }
        }
    }
    if update {
        screenshot(&reports.join(format!("{SCREENSHOT}.html")));
        screenshot(&reports.join(format!("{SCREENSHOT}.es.html")));
    }
    assert!(
        stale.is_empty(),
        "out of date: {stale:?}; run `SKILLGAP_UPDATE_EXAMPLES=1 cargo test --test examples` and review the diff"
    );
}

/// The day the committed reports were made on (`--as-of`).
const AS_OF: &str = "2026-11-27";

/// The example whose HTML report the README shows.
const SCREENSHOT: &str = "specialist-to-senior";

fn screenshot(page: &std::path::Path) {
    let Some(browser) = common::browser::browser() else {
        return;
    };
    browser.screenshot(page, &page.with_extension("png"), 1000, 1650);
}

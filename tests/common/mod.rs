//! Shared helpers for the integration tests.

#![allow(dead_code)]

use std::path::{Path, PathBuf};

use assert_cmd::Command;

pub mod browser;
pub mod cases;
pub mod cdp;
pub mod layout;
pub mod measure;
pub mod translation;

/// The skillgap binary, with a predictable environment: no colour, English, and no
/// settings inherited from the developer's shell.
pub fn skillgap() -> Command {
    let mut cmd = Command::cargo_bin("skillgap").expect("the skillgap binary is built");
    cmd.env("NO_COLOR", "1")
        .env_remove("SKILLGAP_RUBRIC_PATH")
        .env_remove("XDG_STATE_HOME")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG")
        .current_dir(root());
    cmd
}

/// The repository root.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A shipped example profile.
pub fn example(name: &str) -> PathBuf {
    root().join("examples/profiles").join(name)
}

/// Text of a file, for assertions.
pub fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("reading {}: {e}", path.display()))
}

/// Runs `cmd` and returns its standard output, after checking that it succeeded (else
/// failing with what it printed on standard error).
pub fn stdout_of(cmd: &mut Command) -> String {
    let out = cmd.output().unwrap();
    assert!(
        out.status.success(),
        "{cmd:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// `skillgap assess --format FORMAT --input PROFILE`: its standard output, after checking
/// that it succeeded.
pub fn assess(profile: &Path, format: &str) -> String {
    stdout_of(
        skillgap()
            .args(["assess", "--format", format, "--input"])
            .arg(profile),
    )
}

/// Every built-in rubric, read once.
pub fn builtin_rubrics() -> &'static [skillgap::rubric::Rubric] {
    use skillgap::rubric::Rubric;
    static RUBRICS: std::sync::LazyLock<Vec<Rubric>> = std::sync::LazyLock::new(|| {
        skillgap::catalog::BUILTINS
            .iter()
            .map(|(id, text)| {
                Rubric::from_json(text, skillgap::input::Origin::Builtin((*id).into())).unwrap()
            })
            .collect()
    });
    &RUBRICS
}

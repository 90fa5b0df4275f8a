//! Shared helpers for the integration tests.

#![allow(dead_code)]

use std::path::{Path, PathBuf};

use assert_cmd::Command;

pub mod browser;
pub mod layout;
pub mod measure;

/// The skillgap binary, with a predictable environment: no colour, and no settings
/// inherited from the developer's shell.
pub fn skillgap() -> Command {
    let mut cmd = Command::cargo_bin("skillgap").expect("the skillgap binary is built");
    cmd.env("NO_COLOR", "1")
        .env_remove("SKILLGAP_RUBRIC_PATH")
        .env_remove("XDG_STATE_HOME")
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

//! A headless Chromium for the HTML report's tests: screenshots, PDFs and the DOM as the
//! browser built it.
//!
//! The browser is found in `SKILLGAP_BROWSER`, else on the PATH (`.ci/run` installs the
//! Debian package `chromium-headless-shell` when none is there). Without one, a test is
//! skipped with a printed reason, except in CI (`CI=true`), where a missing browser fails:
//! the tests must not pass there by doing nothing.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// Longest a single browser run may take before it counts as hung.
const TIMEOUT: Duration = Duration::from_secs(60);

const NAMES: [&str; 5] = [
    "chromium-headless-shell",
    "chrome-headless-shell",
    "chromium",
    "chromium-browser",
    "google-chrome",
];

/// A browser executable.
pub struct Browser {
    path: PathBuf,
}

/// The browser, or `None` (after saying why) when there is none and this is not CI.
pub fn browser() -> Option<Browser> {
    if let Some(path) = std::env::var_os("SKILLGAP_BROWSER") {
        return Some(Browser { path: path.into() });
    }
    let found = std::env::var_os("PATH").and_then(|paths| {
        std::env::split_paths(&paths)
            .flat_map(|dir| NAMES.iter().map(move |n| dir.join(n)))
            .find(|p| p.is_file())
    });
    match found {
        Some(path) => Some(Browser { path }),
        None if std::env::var("CI").is_ok_and(|v| v == "true") => panic!(
            "no headless browser found (tried SKILLGAP_BROWSER and {NAMES:?} on PATH); CI must install chromium-headless-shell (see .ci/run)"
        ),
        None => {
            eprintln!(
                "skipped: no headless browser found (set SKILLGAP_BROWSER, or install the Debian package chromium-headless-shell)"
            );
            None
        }
    }
}

impl Browser {
    /// The browser's executable.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Runs the browser on `page` with `args`, with a fresh profile, and returns what it
    /// printed on standard output. Panics if it fails or takes longer than [`TIMEOUT`].
    pub fn run(&self, page: &Path, args: &[String]) -> Vec<u8> {
        let dir = tempfile::tempdir().unwrap();
        let stdout_path = dir.path().join("stdout");
        let stderr_path = dir.path().join("stderr");
        let url = format!("file://{}", page.canonicalize().unwrap().display());
        let mut child = Command::new(&self.path)
            .args([
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-extensions",
                "--hide-scrollbars",
            ])
            .arg(format!(
                "--user-data-dir={}",
                dir.path().join("profile").display()
            ))
            .args(args)
            .arg(&url)
            .stdin(Stdio::null())
            .stdout(std::fs::File::create(&stdout_path).unwrap())
            .stderr(std::fs::File::create(&stderr_path).unwrap())
            .spawn()
            .unwrap_or_else(|e| panic!("cannot start {}: {e}", self.path.display()));
        let start = Instant::now();
        let status = loop {
            if let Some(status) = child.try_wait().unwrap() {
                break status;
            }
            if start.elapsed() > TIMEOUT {
                let _ = child.kill();
                let _ = child.wait();
                panic!(
                    "the browser took more than {TIMEOUT:?} on {url} with {args:?}; stderr:\n{}",
                    std::fs::read_to_string(&stderr_path).unwrap_or_default()
                );
            }
            std::thread::sleep(Duration::from_millis(25));
        };
        assert!(
            status.success(),
            "the browser failed ({status}) on {url} with {args:?}; stderr:\n{}",
            std::fs::read_to_string(&stderr_path).unwrap_or_default()
        );
        std::fs::read(&stdout_path).unwrap()
    }

    /// A PNG screenshot of `page` in a window of `width` × `height`.
    pub fn screenshot(&self, page: &Path, out: &Path, width: u32, height: u32) {
        self.run(
            page,
            &[
                format!("--screenshot={}", out.display()),
                format!("--window-size={width},{height}"),
            ],
        );
        assert!(out.is_file(), "no screenshot written to {}", out.display());
    }

    /// `page` printed to PDF, as a print dialog would with no header or footer.
    pub fn pdf(&self, page: &Path, out: &Path) -> Vec<u8> {
        self.run(
            page,
            &[
                format!("--print-to-pdf={}", out.display()),
                "--no-pdf-header-footer".into(),
            ],
        );
        std::fs::read(out).unwrap()
    }

    /// The DOM of `page` after the browser parsed it, serialised as HTML.
    pub fn dom(&self, page: &Path) -> String {
        String::from_utf8(self.run(page, &["--dump-dom".into()])).unwrap()
    }
}

/// The pages of a PDF and the size of each (width, height in points), read from its page
/// objects. Chromium writes every page dictionary uncompressed, so no PDF library is needed.
pub fn pdf_pages(pdf: &[u8]) -> Vec<(f64, f64)> {
    let text = String::from_utf8_lossy(pdf);
    let mut pages = Vec::new();
    for (at, _) in text.match_indices("/Type /Page") {
        let rest = &text[at + "/Type /Page".len()..];
        if rest.starts_with('s') {
            continue; // the /Pages tree node
        }
        // The rest of this page's object holds its /MediaBox.
        let dict = &rest[..rest.find("endobj").unwrap_or(rest.len())];
        let size = dict
            .find("/MediaBox [")
            .and_then(|m| {
                let nums: Vec<f64> = dict[m + 11..]
                    .split(']')
                    .next()?
                    .split_whitespace()
                    .filter_map(|x| x.parse().ok())
                    .collect();
                (nums.len() == 4).then(|| (nums[2] - nums[0], nums[3] - nums[1]))
            })
            .unwrap_or((0.0, 0.0));
        pages.push(size);
    }
    pages
}

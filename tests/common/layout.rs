//! A page as the browser lays it out, for the phone and print tests: how wide the document
//! is against the window, where the verdict sits, which elements reach past the right edge,
//! and the text a reader sees.
//!
//! The pages run no script, and their Content-Security-Policy forbids one, so a copy is
//! measured: the policy's meta tag removed and a script appended that writes the
//! measurements as JSON into an element, which `--dump-dom` then prints. For paper, the copy's
//! print rules are made to apply on screen (and the phone rules not at all), so the text left
//! is the text a printout shows.

use std::path::Path;

use serde::Deserialize;

use super::browser::Browser;

/// What the script measures.
#[derive(Debug, Deserialize)]
pub struct Layout {
    /// `document.documentElement.scrollWidth`: the width of the whole document.
    pub scroll_width: f64,
    /// `innerWidth`: the window's.
    pub inner_width: f64,
    /// The first `.verdict` (or the older `.headline`): its top and height in the document.
    pub verdict: Option<(f64, f64)>,
    /// Elements that reach past the right edge of the window outside any scrolling box (at
    /// most ten), for the message of a failing test.
    pub overflowing: Vec<String>,
    /// The text shown (`innerText` of the body).
    pub text: String,
}

const SCRIPT: &str = r#"
<script>
(function () {
  var de = document.documentElement;
  var v = document.querySelector('.verdict, .headline');
  var box = v ? v.getBoundingClientRect() : null;
  function clipped(e) {
    for (var p = e.parentElement; p && p !== de; p = p.parentElement) {
      if (getComputedStyle(p).overflowX !== 'visible') return true;
    }
    return false;
  }
  var over = [];
  document.querySelectorAll('body *').forEach(function (e) {
    var b = e.getBoundingClientRect();
    if (over.length < 10 && b.width > 0 && b.right > innerWidth + 0.5 && !clipped(e)) {
      var cls = typeof e.className === 'string' && e.className ? '.' + e.className.trim().split(/\s+/).join('.') : '';
      over.push(e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + cls + ' (right edge ' + Math.round(b.right) + ' px)');
    }
  });
  var out = {
    scroll_width: de.scrollWidth,
    inner_width: innerWidth,
    verdict: box ? [box.top + scrollY, box.height] : null,
    overflowing: over,
    text: document.body.innerText
  };
  var pre = document.createElement('pre');
  pre.id = 'skillgap-layout';
  pre.textContent = JSON.stringify(out);
  document.body.appendChild(pre);
})();
</script>
"#;

/// The page's HTML without its Content-Security-Policy, so an appended script may run.
fn without_policy(html: &str) -> String {
    let start = html
        .find("<meta http-equiv=\"Content-Security-Policy\"")
        .expect("every page declares its Content-Security-Policy");
    let end = start + html[start..].find('>').unwrap() + 1;
    format!("{}{}", &html[..start], &html[end..])
}

/// The page as printed: its print rules applied on screen, its phone rules never.
fn as_printed(html: &str) -> String {
    html.replace("@media print", "@media all")
        .replace("@media screen and (max-width: 600px)", "@media not all")
}

/// Lays `html` out in a window `width` × `height` and measures it.
pub fn measure(browser: &Browser, html: &str, width: u32, height: u32) -> Layout {
    run(browser, &without_policy(html), width, height)
}

/// Lays `html` out as printed, `width` CSS pixels wide (A4 and Letter print about 720 px
/// wide inside their margins), and measures it.
pub fn measure_printed(browser: &Browser, html: &str, width: u32) -> Layout {
    run(browser, &as_printed(&without_policy(html)), width, 1000)
}

fn run(browser: &Browser, html: &str, width: u32, height: u32) -> Layout {
    let dir = tempfile::tempdir().unwrap();
    let page = dir.path().join("page.html");
    let at = html.rfind("</body>").expect("the page has a body");
    std::fs::write(&page, format!("{}{SCRIPT}{}", &html[..at], &html[at..])).unwrap();
    let dom = String::from_utf8(browser.run(
        &page,
        &[
            "--dump-dom".into(),
            format!("--window-size={width},{height}"),
            "--virtual-time-budget=2000".into(),
        ],
    ))
    .unwrap();
    let doc = scraper::Html::parse_document(&dom);
    let pre = doc
        .select(&scraper::Selector::parse("pre#skillgap-layout").unwrap())
        .next()
        .unwrap_or_else(|| {
            panic!(
                "the measuring script wrote nothing; the DOM ends:\n{}",
                tail(&dom)
            )
        });
    let json: String = pre.text().collect();
    serde_json::from_str(&json).unwrap_or_else(|e| panic!("measurements {json}: {e}"))
}

fn tail(s: &str) -> &str {
    let mut at = s.len().saturating_sub(2000);
    while !s.is_char_boundary(at) {
        at += 1;
    }
    &s[at..]
}

/// Writes `html` to `dir` as `name.html`, for the browser to open.
pub fn save(dir: &Path, name: &str, html: &str) -> std::path::PathBuf {
    let path = dir.join(format!("{name}.html"));
    std::fs::write(&path, html).unwrap();
    path
}

//! Measurements of a page as the browser lays it out at a given width: the page is copied
//! with a script that evaluates a JavaScript expression and writes its value, as JSON, into
//! the page, which the browser then prints with `--dump-dom`.
//!
//! The pages forbid scripts (their Content-Security-Policy), so the copy leaves that one
//! `<meta>` out; nothing else of the page changes.

use scraper::{Html, Selector};

use super::browser::Browser;

/// The id of the element the script writes into.
const OUT: &str = "skillgap-measure";

/// The value of `expression` (JavaScript whose value `JSON.stringify` can write) in `html`
/// laid out in a window `width` CSS pixels wide. Panics if the expression throws, or if the
/// browser did not lay the page out at that width.
pub fn measure(browser: &Browser, html: &str, width: u32, expression: &str) -> serde_json::Value {
    let dir = tempfile::tempdir().unwrap();
    let page = dir.path().join("page.html");
    std::fs::write(&page, instrument(html, expression)).unwrap();
    let dom = browser.run(
        &page,
        &["--dump-dom".into(), format!("--window-size={width},900")],
    );
    let dom = Html::parse_document(&String::from_utf8(dom).unwrap());
    let out = dom
        .select(&Selector::parse(&format!("#{OUT}")).unwrap())
        .next()
        .unwrap_or_else(|| panic!("the measuring script wrote nothing at {width} px"));
    let json: serde_json::Value = serde_json::from_str(&out.text().collect::<String>()).unwrap();
    if let Some(error) = json.get("error") {
        panic!("the measuring script failed at {width} px: {error}");
    }
    assert_eq!(json["width"], width, "the window's inner width");
    json["value"].clone()
}

/// `html` without its Content-Security-Policy, and with the script at the end of its body.
fn instrument(html: &str, expression: &str) -> String {
    let mut page = html.to_string();
    if let Some(at) = page.find(r#"http-equiv="Content-Security-Policy""#) {
        let start = page[..at].rfind("<meta").unwrap();
        let end = page[at..].find('>').unwrap() + at + 1;
        page.replace_range(start..end, "");
    }
    assert!(
        !page.contains("Content-Security-Policy"),
        "one policy, removed"
    );
    let script = format!(
        r#"<pre id="{OUT}"></pre><script>
(() => {{
  let out;
  try {{ out = {{ width: window.innerWidth, value: ({expression}) }}; }}
  catch (e) {{ out = {{ error: String(e && e.stack || e) }}; }}
  document.getElementById("{OUT}").textContent = JSON.stringify(out);
}})();
</script>"#
    );
    let at = page.rfind("</body>").expect("a page with a body");
    page.insert_str(at, &script);
    page
}

//! The browser driver (tests/common/cdp.rs) on a small static form: it types, ticks, submits,
//! reads, goes back, and when something cannot be done it says what it was waiting for.

mod common;

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::Path;
use std::time::Duration;

use common::cdp::Page;
use serde_json::json;

/// A form on a phone-sized page: a name, two radio buttons, a checkbox drawn only through
/// its label, a note, and a submit button far below the first screen. It sends its answers
/// to result.html, which shows them.
const FORM: &str = r#"<!doctype html>
<html lang="en"><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Order</title>
<form action="result.html" method="get">
  <label>Name <input id="name" name="name"></label>
  <fieldset><legend>Size</legend>
    <label><input type="radio" name="size" value="small" id="size-small" checked> Small</label>
    <label><input type="radio" name="size" value="large" id="size-large"> Large</label>
  </fieldset>
  <label class="tick"><input type="checkbox" name="gift" id="gift"
    style="position:absolute; opacity:0; width:0; height:0; margin:0"> Gift wrap</label>
  <label>Note <textarea id="note" name="note"></textarea></label>
  <p><a id="save" href="data:text/plain,saved%20text" download="saved.txt">Save</a></p>
  <div style="height: 1500px">(room to scroll)</div>
  <button id="send">Send</button>
</form>
<div style="position: relative">
  <button id="covered" type="button">Hidden away</button>
  <div id="overlay" style="position: absolute; inset: 0; background: white"></div>
</div>
</html>
"#;

const RESULT: &str = r#"<!doctype html>
<html lang="en"><meta charset="utf-8"><title>Sent</title>
<p id="result"></p>
<script>
  document.getElementById('result').textContent =
    [...new URLSearchParams(location.search)].map(([k, v]) => k + '=' + v).join('; ');
</script>
</html>
"#;

/// Writes the two pages to `dir` and returns the form's address.
fn form_page(dir: &Path) -> String {
    std::fs::write(dir.join("form.html"), FORM).unwrap();
    std::fs::write(dir.join("result.html"), RESULT).unwrap();
    format!(
        "file://{}",
        dir.canonicalize().unwrap().join("form.html").display()
    )
}

/// A big-endian 32-bit number.
fn be32(bytes: &[u8]) -> u32 {
    u32::from_be_bytes(bytes.try_into().unwrap())
}

/// The message a caught panic carried.
fn message(payload: Box<dyn std::any::Any + Send>) -> String {
    match payload.downcast::<String>() {
        Ok(s) => *s,
        Err(payload) => payload
            .downcast::<&str>()
            .map(|s| s.to_string())
            .unwrap_or_default(),
    }
}

#[test]
fn fills_in_a_form_submits_it_and_goes_back() {
    let Some(page) = Page::open(390, 844) else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let form = form_page(dir.path());
    page.goto(&form);
    assert_eq!(page.url(), form);
    assert_eq!(page.eval("[innerWidth, innerHeight]"), json!([390, 844]));
    let shot = dir.path().join("form.png");
    page.screenshot(&shot);
    let png = std::fs::read(&shot).unwrap();
    assert_eq!(&png[..8], b"\x89PNG\r\n\x1a\n");
    // The image header: width and height, big-endian, after the chunk's length and type.
    assert_eq!((be32(&png[16..20]), be32(&png[20..24])), (390, 844));

    // Typing again replaces what the field held.
    page.type_into("#name", "Ada");
    page.type_into("#name", "Grace Hopper");
    page.click("#size-large");
    page.click("#gift");
    assert_eq!(
        page.eval(
            "['#size-small', '#size-large', '#gift'].map((s) => document.querySelector(s).checked)"
        ),
        json!([false, true, true])
    );
    page.type_into("#note", "Room 4 – by Friday");
    let saved = page.download("#save");
    assert_eq!(saved.file_name().unwrap(), "saved.txt");
    assert_eq!(std::fs::read_to_string(&saved).unwrap(), "saved text");
    // The button is a screen and a half below: clicking scrolls to it first.
    page.follow("#send");

    assert!(
        page.url()
            .contains("/result.html?name=Grace+Hopper&size=large"),
        "{}",
        page.url()
    );
    page.wait_for_text("#result", "gift=on");
    assert_eq!(
        page.text("#result"),
        "name=Grace Hopper; size=large; gift=on; note=Room 4 – by Friday"
    );
    assert_eq!(page.eval("document.title"), json!("Sent"));

    page.back();
    assert_eq!(page.url(), form);
    page.wait_for_text("legend", "Size");
}

#[test]
fn says_what_it_waited_for_when_it_cannot_go_on() {
    let Some(mut page) = Page::open(1280, 900) else {
        return;
    };
    page.timeout = Duration::from_millis(500);
    let dir = tempfile::tempdir().unwrap();
    page.goto(&form_page(dir.path()));

    let covered = catch_unwind(AssertUnwindSafe(|| page.click("#covered"))).unwrap_err();
    let covered = message(covered);
    assert!(
        covered.contains("#covered to be clickable") && covered.contains("covered by div#overlay"),
        "{covered}"
    );

    let missing = catch_unwind(AssertUnwindSafe(|| page.click("#nothing"))).unwrap_err();
    assert!(message(missing).contains("there is none"));

    let text =
        catch_unwind(AssertUnwindSafe(|| page.wait_for_text("legend", "Colour"))).unwrap_err();
    let text = message(text);
    assert!(
        text.contains(r#"legend to show "Colour""#) && text.contains(r#"it shows "Size""#),
        "{text}"
    );

    let thrown = catch_unwind(AssertUnwindSafe(|| page.eval("no_such_name + 1"))).unwrap_err();
    assert!(message(thrown).contains("ReferenceError"));

    assert_eq!(
        page.eval("({a: [1, 'x'], b: null})"),
        json!({"a": [1, "x"], "b": null})
    );
    assert_eq!(
        page.eval("new Promise((r) => setTimeout(() => r(42), 10))"),
        json!(42)
    );
}

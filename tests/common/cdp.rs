//! A page in a real browser, for tests that use skillgap's web pages as a person would: they
//! open a page at a phone's or a desk's width, tap what a person taps, type what a person
//! types, press the browser's back button, and read what the page then says.
//!
//! It drives the headless Chromium that [`super::browser`] finds, through the DevTools
//! protocol (the `headless_chrome` crate). Clicks are real mouse events at the middle of
//! the element after scrolling it into view, so a control that is hidden, covered or off
//! the page fails the test the way it would fail a person; typing is key by key. Every wait
//! gives up after [`TIMEOUT`] with a message naming what it waited for and where the page
//! was. Without a browser a test is skipped with a reason, except in CI, where that fails
//! (as in [`super::browser`]).

use std::cell::{Cell, RefCell};
use std::path::Path;
use std::sync::Arc;
use std::time::{Duration, Instant};

use headless_chrome::browser::tab::point::Point;
use headless_chrome::protocol::cdp::{Emulation, Page as Cdp, Runtime};
use headless_chrome::{Browser, LaunchOptions, Tab};
use serde_json::{Value, json};

/// Longest any one step may wait: for a page to load, an element to appear, a text to
/// show, or the browser to answer.
pub const TIMEOUT: Duration = Duration::from_secs(30);

/// Narrower than this, the page is shown as a phone shows it: the page's viewport meta
/// tag counts, and scrollbars float over the page.
const PHONE_WIDTH: u32 = 768;

/// How often a wait looks again.
const POLL: Duration = Duration::from_millis(20);

/// One browser tab at a fixed window size. Dropping it ends the browser.
pub struct Page {
    tab: Arc<Tab>,
    /// Kept only so that the browser lives as long as the page.
    _browser: Browser,
    /// Counts page loads this driver started, to tell the next document from the last.
    loads: Cell<u64>,
    /// What the step now waiting last found wrong, for its message if it gives up.
    last_seen: RefCell<String>,
    /// How long a step may wait; [`TIMEOUT`] unless a test wants a failure sooner.
    pub timeout: Duration,
}

impl Page {
    /// A fresh browser with one blank tab of `width` × `height` CSS pixels, or `None`
    /// (after saying why) when there is no browser and this is not CI.
    pub fn open(width: u32, height: u32) -> Option<Page> {
        let found = super::browser::browser()?;
        let options = LaunchOptions::default_builder()
            .path(Some(found.path().to_path_buf()))
            .headless(true)
            // Chromium refuses to start its sandbox as root; the pages are local ones.
            .sandbox(!running_as_root())
            .window_size(Some((width, height)))
            .idle_browser_timeout(TIMEOUT)
            .args(vec![
                "--hide-scrollbars".as_ref(),
                "--disable-quic".as_ref(),
                "--disable-component-update".as_ref(),
            ])
            .build()
            .expect("browser launch options");
        let browser = Browser::new(options).unwrap_or_else(|e| {
            panic!(
                "cannot start {} over DevTools: {e:#}",
                found.path().display()
            )
        });
        let tab = browser
            .new_tab()
            .unwrap_or_else(|e| panic!("the browser opened no tab: {e:#}"));
        let metrics: Emulation::SetDeviceMetricsOverride = serde_json::from_value(json!({
            "width": width,
            "height": height,
            "deviceScaleFactor": 1,
            "mobile": width < PHONE_WIDTH,
        }))
        .unwrap();
        tab.call_method(metrics)
            .unwrap_or_else(|e| panic!("cannot size the page to {width}x{height}: {e:#}"));
        Some(Page {
            tab,
            _browser: browser,
            loads: Cell::new(0),
            last_seen: RefCell::default(),
            timeout: TIMEOUT,
        })
    }

    /// Loads `url` and waits until it has loaded.
    pub fn goto(&self, url: &str) {
        let load = self.arm();
        if let Err(e) = self.tab.navigate_to(url) {
            panic!("cannot open {url}: {e:#}");
        }
        self.wait_loaded(load, &format!("{url} to load"));
    }

    /// Clicks the middle of the first element matching `css`, as a mouse would, waiting
    /// until there is one that can be clicked. A radio button or checkbox drawn as nothing
    /// (styled through its label) is clicked through its label, as a person would.
    pub fn click(&self, css: &str) {
        let js = click_point_js(css);
        let at = self.wait(&format!("{css} to be clickable"), || {
            let found = self.try_eval(&js);
            match &found {
                Ok(v) if v["ok"] == true => {
                    return Some(Point {
                        x: v["x"].as_f64()?,
                        y: v["y"].as_f64()?,
                    });
                }
                Ok(v) => self.saw(v["why"].as_str().unwrap_or_default()),
                Err(e) => self.saw(e),
            }
            None
        });
        self.tab
            .click_point(at)
            .unwrap_or_else(|e| panic!("clicking {css}: {e:#}"));
    }

    /// Clicks `css` (a link or a submit button) and waits for the page it leads to.
    pub fn follow(&self, css: &str) {
        let load = self.arm();
        self.click(css);
        self.wait_loaded(load, &format!("the page that {css} leads to"));
    }

    /// Types `text` into the field `css`, key by key, after tapping it and clearing what
    /// it held; checks that the field then holds exactly `text`.
    pub fn type_into(&self, css: &str, text: &str) {
        self.click(css);
        let sel = js_str(css);
        self.eval(&format!(
            "(() => {{ const el = document.querySelector({sel}); el.focus(); el.value = ''; \
             el.dispatchEvent(new Event('input', {{bubbles: true}})); }})()"
        ));
        self.tab
            .type_str(text)
            .unwrap_or_else(|e| panic!("typing into {css}: {e:#}"));
        let held = self.eval(&format!("document.querySelector({sel}).value"));
        assert_eq!(
            held.as_str(),
            Some(text),
            "typed {text:?} into {css} on {}",
            self.url()
        );
    }

    /// The text the first element matching `css` shows (its `innerText`), once there is one.
    pub fn text(&self, css: &str) -> String {
        let sel = js_str(css);
        self.wait(&format!("an element {css}"), || {
            match self.try_eval(&format!("document.querySelector({sel})?.innerText ?? null")) {
                Ok(Value::String(s)) => Some(s),
                _ => None,
            }
        })
    }

    /// Waits until the first element matching `css` shows `needle` in its text.
    pub fn wait_for_text(&self, css: &str, needle: &str) {
        let sel = js_str(css);
        self.wait(&format!("{css} to show {needle:?}"), || {
            match self.try_eval(&format!("document.querySelector({sel})?.innerText ?? null")) {
                Ok(Value::String(s)) if s.contains(needle) => Some(()),
                Ok(Value::String(s)) => {
                    self.saw(&format!("it shows {s:?}"));
                    None
                }
                _ => None,
            }
        });
    }

    /// The value of the JavaScript expression `js` in the page, as JSON; a promise is
    /// awaited. Panics if the script throws.
    pub fn eval(&self, js: &str) -> Value {
        self.try_eval(js)
            .unwrap_or_else(|e| panic!("evaluating `{js}` on {}: {e}", self.url()))
    }

    /// The address of the page now shown.
    pub fn url(&self) -> String {
        match self.try_eval("location.href") {
            Ok(Value::String(url)) => url,
            _ => self.tab.get_url(),
        }
    }

    /// The browser's back button: `history.back()`, then waits for the page it returns to.
    pub fn back(&self) {
        let from = self.url();
        let load = self.arm();
        self.eval("history.back()");
        self.wait_loaded(load, &format!("the page before {from} (back button)"));
    }

    /// A PNG of what the window shows now.
    pub fn screenshot(&self, out: &Path) {
        let png = self
            .tab
            .capture_screenshot(Cdp::CaptureScreenshotFormatOption::Png, None, None, true)
            .unwrap_or_else(|e| panic!("screenshot of {}: {e:#}", self.url()));
        std::fs::write(out, png).unwrap_or_else(|e| panic!("writing {}: {e}", out.display()));
    }

    /// Marks the document now shown, so that [`Page::wait_loaded`] can tell when another
    /// has replaced it; returns the mark.
    fn arm(&self) -> u64 {
        let load = self.loads.get() + 1;
        self.loads.set(load);
        // A blank or half-loaded page may not take the mark; the next document lacks it
        // either way.
        let _ = self.try_eval(&format!("window.__skillgapLoad = {load}"));
        load
    }

    /// Waits until a document without mark `load` (a new one, or one the browser kept from
    /// earlier) has finished loading.
    fn wait_loaded(&self, load: u64, what: &str) {
        let js = format!(
            "document.readyState === 'complete' && window.__skillgapLoad !== {load} \
             && location.href !== 'about:blank'"
        );
        self.wait(what, || (self.try_eval(&js).ok()? == true).then_some(()));
    }

    /// Notes what the step now waiting found wrong.
    fn saw(&self, what: &str) {
        what.clone_into(&mut self.last_seen.borrow_mut());
    }

    /// Calls `ready` until it gives a value, or panics after [`Page::timeout`] naming
    /// `what` was awaited, where, and the last thing seen.
    fn wait<T>(&self, what: &str, mut ready: impl FnMut() -> Option<T>) -> T {
        let start = Instant::now();
        self.last_seen.borrow_mut().clear();
        loop {
            if let Some(value) = ready() {
                return value;
            }
            if start.elapsed() > self.timeout {
                let seen = self.last_seen.borrow().clone();
                panic!(
                    "waited {:?} for {what} on {}{}",
                    self.timeout,
                    self.url(),
                    if seen.is_empty() {
                        String::new()
                    } else {
                        format!(": {seen}")
                    }
                );
            }
            std::thread::sleep(POLL);
        }
    }

    /// The value of `js` as JSON, or what went wrong: the exception it threw, or that the
    /// page was between documents.
    fn try_eval(&self, js: &str) -> Result<Value, String> {
        let call: Runtime::Evaluate = serde_json::from_value(json!({
            "expression": js,
            "returnByValue": true,
            "awaitPromise": true,
        }))
        .unwrap();
        let out = self.tab.call_method(call).map_err(|e| format!("{e:#}"))?;
        if let Some(thrown) = out.exception_details {
            return Err(thrown
                .exception
                .and_then(|e| e.description)
                .unwrap_or(thrown.text));
        }
        Ok(out.result.value.unwrap_or(Value::Null))
    }
}

/// `s` as a JavaScript string literal.
fn js_str(s: &str) -> String {
    serde_json::to_string(s).unwrap()
}

/// A script that scrolls the first element matching `css` into view and answers where a
/// click lands on it: `{ok, x, y}` in the window's pixels, or `{ok: false, why}`.
fn click_point_js(css: &str) -> String {
    let sel = js_str(css);
    format!(
        r#"(() => {{
  const name = (e) => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
    + (e.className && typeof e.className === 'string' ? '.' + e.className.trim().split(/\s+/).join('.') : '');
  const el = document.querySelector({sel});
  if (!el) return {{ok: false, why: 'there is none'}};
  if (el.disabled) return {{ok: false, why: 'it is disabled'}};
  let target = el;
  let r = el.getBoundingClientRect();
  const drawn = (r) => r.width >= 1 && r.height >= 1;
  if (!drawn(r) && el.labels && el.labels.length) {{ target = el.labels[0]; }}
  target.scrollIntoView({{block: 'center', inline: 'center'}});
  r = target.getBoundingClientRect();
  if (!drawn(r)) return {{ok: false, why: 'it is not drawn (' + r.width + 'x' + r.height + ')'}};
  const x = r.left + r.width / 2, y = r.top + r.height / 2;
  const hit = document.elementFromPoint(x, y);
  const labels = [...(el.labels || [])];
  if (!hit || !(target.contains(hit) || labels.some((l) => l.contains(hit))))
    return {{ok: false, why: 'its middle is covered by ' + (hit ? name(hit) : 'nothing (off the window)')}};
  const vv = window.visualViewport;
  return {{ok: true, x: (x - vv.offsetLeft) * vv.scale, y: (y - vv.offsetTop) * vv.scale}};
}})()"#
    )
}

/// Whether this process runs as root, where Chromium will not start its sandbox.
fn running_as_root() -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        std::fs::metadata("/proc/self").is_ok_and(|m| m.uid() == 0)
    }
    #[cfg(not(unix))]
    {
        false
    }
}

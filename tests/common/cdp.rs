//! A page in a real browser, for tests that use skillgap's web pages as a person would: they
//! open a page at a phone's or a desk's width, tap what a person taps, type what a person
//! types, press the browser's back button, and read what the page then says.
//!
//! It starts the headless Chromium that [`super::browser`] finds and speaks the DevTools
//! protocol to it over one WebSocket, one call at a time: a call is answered in about a
//! millisecond, so a test can click through a long questionnaire in seconds. (The
//! `headless_chrome` crate drives the same browser but took about 100 ms a call, 2.1 s for
//! 20 evaluations, which would make that test minutes long.) Clicks are real mouse events at
//! the middle of the element after scrolling it into view, so a control that is hidden,
//! covered or disabled fails the test the way it would fail a person; typing is key by key.
//! Every step gives up after [`TIMEOUT`] with a message naming what it waited for and where
//! the page was. Without a browser a test is skipped with a reason, except in CI, where that
//! fails (as in [`super::browser`]).

use std::cell::{Cell, RefCell};
use std::io::{BufRead, BufReader};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex, mpsc};
use std::time::{Duration, Instant};

use serde_json::{Value, json};
use tungstenite::{Message, WebSocket};

/// Longest any one step may wait: for the browser to start or answer, a page to load, an
/// element to appear or a text to show.
pub const TIMEOUT: Duration = Duration::from_secs(30);

/// Narrower than this, the page is shown as a phone shows it: the page's viewport meta tag
/// counts, and scrollbars float over the page.
const PHONE_WIDTH: u32 = 768;

/// What the browser answers a call whose page went away meanwhile.
const NAVIGATED: &str = "Inspected target navigated or closed";

/// How often a wait looks again.
const POLL: Duration = Duration::from_millis(10);

/// One browser tab at a fixed window size. Dropping it ends the browser.
pub struct Page {
    devtools: RefCell<Devtools>,
    /// Counts page loads this driver started, to tell the next document from the last.
    loads: Cell<u64>,
    /// What the step now waiting last found wrong, for its message if it gives up.
    last_seen: RefCell<String>,
    /// Where the browser saves what [`Page::download`] downloads.
    downloads: tempfile::TempDir,
    /// How long a step may wait; [`TIMEOUT`] unless a test wants a failure sooner.
    pub timeout: Duration,
}

impl Page {
    /// A fresh browser with one blank tab of `width` × `height` CSS pixels, or `None`
    /// (after saying why) when there is no browser and this is not CI.
    pub fn open(width: u32, height: u32) -> Option<Page> {
        let browser = super::browser::browser()?;
        let mut devtools = Devtools::launch(browser.path(), width, height);
        let metrics = json!({
            "width": width,
            "height": height,
            "deviceScaleFactor": 1,
            "mobile": width < PHONE_WIDTH,
        });
        devtools
            .call("Emulation.setDeviceMetricsOverride", metrics)
            .unwrap_or_else(|e| panic!("cannot size the page to {width}x{height}: {e}"));
        Some(Page {
            devtools: RefCell::new(devtools),
            loads: Cell::new(0),
            last_seen: RefCell::default(),
            downloads: tempfile::tempdir().unwrap(),
            timeout: TIMEOUT,
        })
    }

    /// Loads `url` and waits until it has loaded.
    pub fn goto(&self, url: &str) {
        let load = self.arm();
        let sent = self.call("Page.navigate", json!({ "url": url }));
        match sent {
            Ok(answer) if answer.get("errorText").is_none() => {}
            Ok(answer) => panic!("cannot open {url}: {}", answer["errorText"]),
            Err(e) => panic!("cannot open {url}: {e}"),
        }
        self.wait_loaded(load, &format!("{url} to load"));
    }

    /// Clicks the middle of the first element matching `css` with the mouse, waiting until
    /// there is one that can be clicked: drawn, enabled and not covered. A radio button or
    /// checkbox that is drawn as nothing (styled through its label) is clicked through its
    /// label, as a person would.
    pub fn click(&self, css: &str) {
        let js = click_point_js(css);
        let (x, y) = self.wait(&format!("{css} to be clickable"), || {
            match self.try_eval(&js) {
                Ok(v) if v["ok"] == true => return Some((v["x"].as_f64()?, v["y"].as_f64()?)),
                Ok(v) => self.saw(v["why"].as_str().unwrap_or_default()),
                Err(e) => self.saw(&e),
            }
            None
        });
        for kind in ["mouseMoved", "mousePressed", "mouseReleased"] {
            let event = json!({
                "type": kind, "x": x, "y": y, "button": "left", "buttons": 1, "clickCount": 1,
            });
            // A click that leaves the page may be answered with the page gone.
            match self.call("Input.dispatchMouseEvent", event) {
                Err(e) if !e.contains(NAVIGATED) => panic!("clicking {css}: {e}"),
                _ => {}
            }
        }
    }

    /// Clicks `css` (a link or a submit button) and waits for the page it leads to.
    pub fn follow(&self, css: &str) {
        let load = self.arm();
        self.click(css);
        self.wait_loaded(load, &format!("the page that {css} leads to"));
    }

    /// Types `text` into the field `css`, key by key, after clicking it and clearing what it
    /// held; checks that the field then holds exactly `text`.
    pub fn type_into(&self, css: &str, text: &str) {
        self.click(css);
        let sel = js_str(css);
        self.eval(&format!(
            "(() => {{ const el = document.querySelector({sel}); el.focus(); el.value = ''; \
             el.dispatchEvent(new Event('input', {{bubbles: true}})); }})()"
        ));
        self.keys(text, css);
        let held = self.eval(&format!("document.querySelector({sel}).value"));
        assert_eq!(
            held.as_str(),
            Some(text),
            "typed {text:?} into {css} on {}",
            self.url()
        );
    }

    /// Presses a key per character of `text` ('\n' is Enter) on what has the focus.
    fn keys(&self, text: &str, what: &str) {
        for c in text.chars() {
            let key = match c {
                '\n' => {
                    json!({"key": "Enter", "code": "Enter", "windowsVirtualKeyCode": 13, "text": "\r"})
                }
                c => json!({"key": c.to_string(), "text": c.to_string()}),
            };
            for kind in ["keyDown", "keyUp"] {
                let mut event = key.clone();
                event["type"] = json!(kind);
                if kind == "keyUp" {
                    event.as_object_mut().unwrap().remove("text");
                }
                match self.call("Input.dispatchKeyEvent", event) {
                    // A key that sends a form may be answered with the page gone.
                    Err(e) if !e.contains(NAVIGATED) => panic!("typing {c:?} into {what}: {e}"),
                    _ => {}
                }
            }
        }
    }

    /// Presses the keys of `text` ('\n' is Enter) on the page, as a person with a keyboard,
    /// and waits for the page they lead to.
    pub fn press_and_follow(&self, text: &str) {
        let load = self.arm();
        self.keys(text, "the page");
        self.wait_loaded(load, &format!("the page that the keys {text:?} lead to"));
    }

    /// The text the first element matching `css` shows (its `innerText`), once there is one.
    pub fn text(&self, css: &str) -> String {
        let js = format!("document.querySelector({})?.innerText ?? null", js_str(css));
        self.wait(&format!("an element {css}"), || match self.try_eval(&js) {
            Ok(Value::String(s)) => Some(s),
            _ => None,
        })
    }

    /// Waits until the first element matching `css` shows `needle` in its text.
    pub fn wait_for_text(&self, css: &str, needle: &str) {
        let js = format!("document.querySelector({})?.innerText ?? null", js_str(css));
        self.wait(&format!("{css} to show {needle:?}"), || {
            match self.try_eval(&js) {
                Ok(Value::String(s)) if s.contains(needle) => return Some(()),
                Ok(Value::String(s)) => self.saw(&format!("it shows {s:?}")),
                Ok(_) => self.saw("there is none"),
                Err(e) => self.saw(&e),
            }
            None
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
            Ok(other) => format!("(an address that is {other})"),
            Err(e) => format!("(an address the browser did not give: {e})"),
        }
    }

    /// The browser's back button: `history.back()`, then waits for the page it returns to.
    pub fn back(&self) {
        let from = self.url();
        let load = self.arm();
        // The answer may come from the page being left, or not at all: the page is gone.
        match self.try_eval("history.back()") {
            Err(e) if !e.contains(NAVIGATED) => panic!("history.back() on {from}: {e}"),
            _ => {}
        }
        self.wait_loaded(load, &format!("the page before {from} (back button)"));
    }

    /// Clicks the download link `css`, as a person saving a file would, and returns the
    /// file the browser saved (in a folder of this page's own) once it is whole.
    pub fn download(&self, css: &str) -> PathBuf {
        let folder = self.downloads.path();
        let before: Vec<_> = files_in(folder);
        let allow = json!({"behavior": "allow", "downloadPath": folder});
        self.devtools
            .borrow_mut()
            .call_browser("Browser.setDownloadBehavior", allow)
            .unwrap_or_else(|e| panic!("the browser will not save downloads: {e}"));
        self.click(css);
        // The browser writes NAME.crdownload and renames it to NAME when it is whole.
        self.wait(&format!("the file that {css} downloads"), || {
            let new = files_in(folder).into_iter().find(|f| !before.contains(f));
            let new = new.filter(|f| f.extension().is_none_or(|e| e != "crdownload"));
            if new.is_none() {
                self.saw(&format!(
                    "{} holds {:?}",
                    folder.display(),
                    files_in(folder)
                ));
            }
            new
        })
    }

    /// A PNG of what the window shows now.
    pub fn screenshot(&self, out: &Path) {
        self.capture(out, json!({"format": "png"}));
    }

    /// Writes the PNG that `Page.captureScreenshot` with `params` gives.
    fn capture(&self, out: &Path, params: Value) {
        let shot = self
            .call("Page.captureScreenshot", params)
            .unwrap_or_else(|e| panic!("screenshot of {}: {e}", self.url()));
        let png = base64_decode(shot["data"].as_str().unwrap_or_default());
        std::fs::write(out, png).unwrap_or_else(|e| panic!("writing {}: {e}", out.display()));
    }

    /// Sends one protocol call to the page and returns its result.
    fn call(&self, method: &str, params: Value) -> Result<Value, String> {
        self.devtools.borrow_mut().call(method, params)
    }

    /// Marks the document now shown, so that [`Page::wait_loaded`] can tell when another
    /// has replaced it; returns the mark.
    fn arm(&self) -> u64 {
        let load = self.loads.get() + 1;
        self.loads.set(load);
        // A page between documents may not take the mark; the next document lacks it
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

    /// Calls `ready` until it gives a value, or panics after [`Page::timeout`] naming what
    /// was awaited, where, and the last thing seen.
    fn wait<T>(&self, what: &str, mut ready: impl FnMut() -> Option<T>) -> T {
        let start = Instant::now();
        self.last_seen.borrow_mut().clear();
        loop {
            if let Some(value) = ready() {
                return value;
            }
            if start.elapsed() > self.timeout {
                let seen = self.last_seen.borrow().clone();
                let seen = if seen.is_empty() {
                    String::new()
                } else {
                    format!(": {seen}")
                };
                panic!(
                    "waited {:?} for {what} on {}{seen}",
                    self.timeout,
                    self.url()
                );
            }
            std::thread::sleep(POLL);
        }
    }

    /// The value of `js` as JSON, or what went wrong: the exception it threw, or that the
    /// page was between documents.
    fn try_eval(&self, js: &str) -> Result<Value, String> {
        let params = json!({"expression": js, "returnByValue": true, "awaitPromise": true});
        let out = self.call("Runtime.evaluate", params)?;
        if let Some(thrown) = out.get("exceptionDetails") {
            let description = &thrown["exception"]["description"];
            return Err(description
                .as_str()
                .or(thrown["text"].as_str())
                .unwrap_or("an exception")
                .to_string());
        }
        Ok(out["result"]["value"].clone())
    }
}

/// A browser process and the WebSocket over which this driver speaks to one of its tabs.
struct Devtools {
    socket: WebSocket<TcpStream>,
    /// The tab's session on the browser's socket; every call goes to it.
    session: Option<String>,
    last_id: u64,
    child: Child,
    /// What the browser has printed, kept for the message if it fails.
    stderr: Arc<Mutex<String>>,
    _profile: tempfile::TempDir,
}

impl Devtools {
    /// Starts the browser at `path` on a free DevTools port with a fresh profile, and opens
    /// a blank tab.
    fn launch(path: &Path, width: u32, height: u32) -> Devtools {
        let profile = tempfile::tempdir().unwrap();
        let mut command = Command::new(path);
        command
            .args([
                "--headless",
                "--disable-gpu",
                "--remote-debugging-port=0",
                "--no-first-run",
                "--no-default-browser-check",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-extensions",
                "--disable-quic",
                "--hide-scrollbars",
                "--mute-audio",
            ])
            .arg(format!("--window-size={width},{height}"))
            .arg(format!("--user-data-dir={}", profile.path().display()));
        if running_as_root() {
            // Chromium will not start its sandbox as root; the pages are local ones.
            command.arg("--no-sandbox");
        }
        let mut child = command
            .arg("about:blank")
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap_or_else(|e| panic!("cannot start {}: {e}", path.display()));
        let stderr = Arc::new(Mutex::new(String::new()));
        let ws_url = listen_for_devtools(child.stderr.take().unwrap(), Arc::clone(&stderr));
        let ws_url = match ws_url.recv_timeout(TIMEOUT) {
            Ok(url) => url,
            Err(_) => {
                let _ = child.kill();
                let _ = child.wait();
                panic!(
                    "{} gave no DevTools address within {TIMEOUT:?}; it printed:\n{}",
                    path.display(),
                    stderr.lock().unwrap()
                );
            }
        };
        let mut devtools = Devtools {
            socket: connect(&ws_url),
            session: None,
            last_id: 0,
            child,
            stderr,
            _profile: profile,
        };
        let tab = devtools
            .call("Target.createTarget", json!({"url": "about:blank"}))
            .and_then(|t| {
                devtools.call(
                    "Target.attachToTarget",
                    json!({"targetId": t["targetId"], "flatten": true}),
                )
            })
            .unwrap_or_else(|e| panic!("the browser opened no tab: {e}"));
        devtools.session = tab["sessionId"].as_str().map(String::from);
        devtools
    }

    /// Sends `method` with `params` to the browser itself rather than the tab.
    fn call_browser(&mut self, method: &str, params: Value) -> Result<Value, String> {
        let session = self.session.take();
        let answer = self.call(method, params);
        self.session = session;
        answer
    }

    /// Sends `method` with `params` to the tab and waits for its answer, passing over the
    /// events that come before it.
    fn call(&mut self, method: &str, params: Value) -> Result<Value, String> {
        self.last_id += 1;
        let id = self.last_id;
        let mut message = json!({"id": id, "method": method, "params": params});
        if let Some(session) = &self.session {
            message["sessionId"] = json!(session);
        }
        self.socket
            .send(Message::text(message.to_string()))
            .map_err(|e| self.broken(method, &e))?;
        loop {
            let Message::Text(text) = self.socket.read().map_err(|e| self.broken(method, &e))?
            else {
                continue;
            };
            let answer: Value = serde_json::from_str(text.as_str())
                .map_err(|e| format!("the browser answered {method} with bad JSON: {e}"))?;
            if answer["id"] != id {
                continue;
            }
            if let Some(error) = answer.get("error") {
                return Err(format!("{method}: {}", error["message"]));
            }
            return Ok(answer["result"].clone());
        }
    }

    /// Why the socket failed during `method`, with the end of what the browser printed.
    fn broken(&mut self, method: &str, e: &tungstenite::Error) -> String {
        let exited = self.child.try_wait().ok().flatten();
        let stderr = self.stderr.lock().unwrap();
        let tail: String = stderr.lines().rev().take(20).collect::<Vec<_>>().join("\n");
        format!(
            "the browser did not answer {method} ({e}; within {TIMEOUT:?}?){}; it printed last (newest first):\n{tail}",
            exited
                .map(|s| format!(", it exited {s}"))
                .unwrap_or_default()
        )
    }
}

impl Drop for Devtools {
    fn drop(&mut self) {
        let _ = self.socket.close(None);
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Reads the browser's standard error on a thread of its own (so that the browser never
/// blocks on a full pipe), keeps it in `kept`, and sends the DevTools WebSocket address
/// once the browser prints it.
fn listen_for_devtools(
    stderr: std::process::ChildStderr,
    kept: Arc<Mutex<String>>,
) -> mpsc::Receiver<String> {
    let (found, url) = mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stderr).lines().map_while(Result::ok) {
            if let Some(at) = line.find("ws://") {
                let _ = found.send(line[at..].trim().to_string());
            }
            let mut kept = kept.lock().unwrap();
            kept.push_str(&line);
            kept.push('\n');
        }
    });
    url
}

/// A WebSocket to `ws_url` (`ws://HOST:PORT/...`) whose reads give up after [`TIMEOUT`].
fn connect(ws_url: &str) -> WebSocket<TcpStream> {
    let host = ws_url
        .trim_start_matches("ws://")
        .split('/')
        .next()
        .unwrap_or_default();
    let stream = TcpStream::connect(host)
        .unwrap_or_else(|e| panic!("cannot reach the browser at {ws_url}: {e}"));
    stream.set_read_timeout(Some(TIMEOUT)).unwrap();
    stream.set_write_timeout(Some(TIMEOUT)).unwrap();
    stream.set_nodelay(true).unwrap();
    let (socket, _) = tungstenite::client(ws_url, stream)
        .unwrap_or_else(|e| panic!("no DevTools WebSocket at {ws_url}: {e}"));
    socket
}

/// The entries of `folder`, by path.
fn files_in(folder: &Path) -> Vec<PathBuf> {
    let entries = std::fs::read_dir(folder).unwrap_or_else(|e| panic!("{}: {e}", folder.display()));
    entries.map(|e| e.unwrap().path()).collect()
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
    + (typeof e.className === 'string' && e.className.trim()
       ? '.' + e.className.trim().split(/\s+/).join('.') : '');
  const el = document.querySelector({sel});
  if (!el) return {{ok: false, why: 'there is none'}};
  if (el.disabled) return {{ok: false, why: 'it is disabled'}};
  const drawn = (r) => r.width >= 1 && r.height >= 1;
  const labels = [...(el.labels || [])];
  const target = !drawn(el.getBoundingClientRect()) && labels.length ? labels[0] : el;
  target.scrollIntoView({{block: 'center', inline: 'center'}});
  // A link that wraps is a box per line: aim at the largest, where a finger would.
  const rects = [...target.getClientRects()];
  const r = rects.length ? rects.reduce((a, b) => (b.width * b.height > a.width * a.height ? b : a))
    : target.getBoundingClientRect();
  if (!drawn(r)) return {{ok: false, why: 'it is not drawn (' + r.width + 'x' + r.height + ')'}};
  const x = r.left + r.width / 2, y = r.top + r.height / 2;
  const hit = document.elementFromPoint(x, y);
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

/// Standard base64 (as screenshots come) decoded; anything else in the text is skipped.
fn base64_decode(text: &str) -> Vec<u8> {
    const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = Vec::with_capacity(text.len() * 3 / 4);
    let (mut bits, mut held) = (0u32, 0);
    for sextet in text
        .bytes()
        .filter_map(|b| ALPHABET.iter().position(|&a| a == b))
    {
        bits = ((bits << 6) | sextet as u32) & 0xffff;
        held += 6;
        if held >= 8 {
            held -= 8;
            out.push((bits >> held) as u8);
        }
    }
    out
}

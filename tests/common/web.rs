//! `skillgap serve` in-process: a server ([`Site`]) built on a temporary `--dir`, and
//! browsers ([`Browser`]) that keep their own cookies and send requests to its router with
//! `tower::ServiceExt::oneshot`, no socket involved.
//!
//! Every response passes [`check_headers`] before a test sees it, so that each request of
//! every test also checks the security headers: a Content-Security-Policy of `default-src
//! 'none'` and `frame-ancestors 'none'` whose `style-src` and `script-src` list exactly the
//! hashes of the page's own `<style>` and `<script>` elements (computed here, from the page
//! as parsed), `nosniff`, `no-referrer`, and no raw ESC byte in any body.

#![allow(dead_code)]

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use axum::body::Body;
use axum::http::{Method, Request, StatusCode, header};
use scraper::{Html, Selector};
use sha2::{Digest, Sha256};
use skillgap::i18n::Lang;
use skillgap::rubric::Rubric;
use skillgap::web::{App, Config, Served, router};
use tower::ServiceExt;

/// The access code of the sites that ask for one.
pub const CODE: &str = "48217730";
/// The supervisor's code of every site.
pub const ADMIN_CODE: &str = "90913355";

/// A built-in rubric by id.
pub fn rubric(id: &str) -> Rubric {
    skillgap::catalog::BUILTINS
        .iter()
        .find(|(b, _)| *b == id)
        .map(|(id, text)| {
            Rubric::from_json(text, skillgap::input::Origin::Builtin((*id).into())).unwrap()
        })
        .unwrap_or_else(|| panic!("no built-in rubric {id}"))
}

/// How a [`Site`] is set up.
#[derive(Clone)]
pub struct Setup {
    /// The ids of the built-in rubrics offered (the first is the default).
    pub rubrics: Vec<&'static str>,
    /// The access code, if the site asks for one.
    pub code: Option<&'static str>,
    /// `skillgap serve --quick`.
    pub quick: bool,
    /// `skillgap serve --lang`: the language of a browser that asks for none.
    pub lang: Lang,
}

impl Default for Setup {
    fn default() -> Setup {
        Setup {
            rubrics: vec!["production-specialist"],
            code: None,
            quick: false,
            lang: Lang::En,
        }
    }
}

/// A server on a temporary folder: `--dir` is `ROOT/serve`, so that a file written beside
/// it (outside `--dir`) shows in `ROOT`.
pub struct Site {
    root: tempfile::TempDir,
    app: axum::Router,
    runtime: tokio::runtime::Runtime,
}

impl Site {
    /// A site with the default setup (the production rubric, no access code).
    pub fn new() -> Site {
        Site::with(Setup::default())
    }

    /// A site set up as `setup` says.
    pub fn with(setup: Setup) -> Site {
        let root = tempfile::tempdir().unwrap();
        std::fs::create_dir(root.path().join("serve")).unwrap();
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap();
        let app = build(&root.path().join("serve"), &setup);
        Site { root, app, runtime }
    }

    /// The server stopped and started again on the same folder, set up as `setup` says.
    pub fn restart(&mut self, setup: Setup) {
        self.app = build(&self.dir(), &setup);
    }

    /// `--dir`.
    pub fn dir(&self) -> PathBuf {
        self.root.path().join("serve")
    }

    /// The folder holding `--dir`: nothing but `--dir` should ever be in it.
    pub fn root(&self) -> &Path {
        self.root.path()
    }

    /// Every file under the folder holding `--dir`, with its bytes: compared before and after
    /// a request to tell that it wrote nothing.
    pub fn files(&self) -> BTreeMap<PathBuf, Vec<u8>> {
        let mut out = BTreeMap::new();
        walk(self.root.path(), self.root.path(), &mut out);
        out
    }

    /// The finished profiles in `--dir`, by file name.
    pub fn profiles(&self) -> Vec<String> {
        let mut names: Vec<String> = std::fs::read_dir(self.dir())
            .unwrap()
            .flatten()
            .filter(|e| e.file_type().unwrap().is_file())
            .map(|e| e.file_name().into_string().unwrap())
            .filter(|n| n.ends_with(".json"))
            .collect();
        names.sort();
        names
    }

    fn send(&self, request: Request<Body>) -> Page {
        let response = self
            .runtime
            .block_on(self.app.clone().oneshot(request))
            .unwrap();
        let status = response.status();
        let headers = response.headers().clone();
        let bytes = self
            .runtime
            .block_on(axum::body::to_bytes(response.into_body(), usize::MAX))
            .unwrap()
            .to_vec();
        // A gzipped answer is checked as the browser reads it: unzipped.
        let bytes = match headers.get(header::CONTENT_ENCODING) {
            Some(v) if v == "gzip" => {
                use std::io::Read;
                let mut plain = Vec::new();
                flate2::read::GzDecoder::new(&bytes[..])
                    .read_to_end(&mut plain)
                    .expect("a gzipped body that unzips");
                plain
            }
            _ => bytes,
        };
        let page = Page {
            status,
            headers,
            bytes,
        };
        check_headers(&page);
        page
    }

    /// `GET path` from a browser that accepts gzip; the page as the browser reads it.
    pub fn get_gzip(&self, path: &str) -> Page {
        let request = Request::builder()
            .uri(path)
            .header(header::ACCEPT_ENCODING, "gzip, deflate, br")
            .body(Body::empty())
            .unwrap();
        self.send(request)
    }
}

fn build(dir: &Path, setup: &Setup) -> axum::Router {
    let app = App::new(Config {
        rubrics: setup
            .rubrics
            .iter()
            .map(|id| Served {
                rubric: rubric(id),
                file: None,
            })
            .collect(),
        dir: dir.to_path_buf(),
        code: setup.code.map(str::to_string),
        admin_code: ADMIN_CODE.to_string(),
        quick: setup.quick,
        max_certs: 3,
        expiring_days: 90,
        lang: setup.lang,
    })
    .unwrap();
    router(Arc::new(app))
}

fn walk(root: &Path, dir: &Path, out: &mut BTreeMap<PathBuf, Vec<u8>>) {
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        let path = entry.path();
        if entry.file_type().unwrap().is_dir() {
            out.insert(path.strip_prefix(root).unwrap().join(""), Vec::new());
            walk(root, &path, out);
        } else {
            let bytes = std::fs::read(&path).unwrap();
            out.insert(path.strip_prefix(root).unwrap().to_path_buf(), bytes);
        }
    }
}

/// A browser: its cookies, kept between requests as a browser keeps them, and the
/// languages its person set it to ask for.
#[derive(Default, Clone)]
pub struct Browser {
    /// Cookies by name.
    pub jar: BTreeMap<String, String>,
    /// The `Accept-Language` it sends, if any.
    pub languages: Option<String>,
}

impl Browser {
    /// A browser with no cookies.
    pub fn new() -> Browser {
        Browser::default()
    }

    /// A browser with no cookies that asks for `languages` (`Accept-Language`).
    pub fn speaking(languages: &str) -> Browser {
        Browser {
            languages: Some(languages.to_string()),
            ..Browser::default()
        }
    }

    /// `GET path`.
    pub fn get(&mut self, site: &Site, path: &str) -> Page {
        self.request(site, Method::GET, path, Vec::new())
    }

    /// `POST path` with these form fields, as a browser encodes them.
    pub fn post(&mut self, site: &Site, path: &str, fields: &[(&str, &str)]) -> Page {
        self.request(site, Method::POST, path, encode(fields).into_bytes())
    }

    /// Sends the page's form (its `post` form, the first when there are several) with its
    /// hidden fields (the CSRF token, `review`, `next`) and `fields`.
    pub fn submit(&mut self, site: &Site, page: &Page, fields: &[(&str, &str)]) -> Page {
        let (action, hidden) = page.form();
        let mut all: Vec<(&str, &str)> = hidden
            .iter()
            .map(|(k, v)| (k.as_str(), v.as_str()))
            .collect();
        all.extend_from_slice(fields);
        self.post(site, &action, &all)
    }

    /// A request with any method and body, with this browser's cookies; the cookies the
    /// answer sets are kept.
    pub fn request(&mut self, site: &Site, method: Method, path: &str, body: Vec<u8>) -> Page {
        let mut request = Request::builder().method(method.clone()).uri(path);
        if !self.jar.is_empty() {
            let cookies: Vec<String> = self.jar.iter().map(|(k, v)| format!("{k}={v}")).collect();
            request = request.header(header::COOKIE, cookies.join("; "));
        }
        if method == Method::POST {
            request = request.header(header::CONTENT_TYPE, "application/x-www-form-urlencoded");
        }
        if let Some(languages) = &self.languages {
            request = request.header(header::ACCEPT_LANGUAGE, languages);
        }
        let page = site.send(request.body(Body::from(body)).unwrap());
        for value in page.headers.get_all(header::SET_COOKIE) {
            let value = value.to_str().unwrap();
            let pair = value.split(';').next().unwrap();
            let (name, value) = pair.split_once('=').unwrap();
            self.jar.insert(name.to_string(), value.to_string());
        }
        page
    }

    /// Follows a redirect: the page it points to.
    pub fn follow(&mut self, site: &Site, page: &Page) -> Page {
        assert_eq!(page.status, StatusCode::SEE_OTHER, "{}", page.text());
        self.get(site, page.location())
    }
}

/// Form fields as `application/x-www-form-urlencoded`.
pub fn encode(fields: &[(&str, &str)]) -> String {
    let mut s = form_urlencoded::Serializer::new(String::new());
    for (k, v) in fields {
        s.append_pair(k, v);
    }
    s.finish()
}

/// A response: its status, headers and body.
pub struct Page {
    /// The status.
    pub status: StatusCode,
    /// The headers.
    pub headers: axum::http::HeaderMap,
    /// The body as sent.
    pub bytes: Vec<u8>,
}

impl Page {
    /// The body as text.
    pub fn body(&self) -> String {
        String::from_utf8(self.bytes.clone()).expect("the body is UTF-8")
    }

    /// The body, parsed.
    pub fn html(&self) -> Html {
        Html::parse_document(&self.body())
    }

    /// The text a reader sees (without the stylesheet and script), spaces folded.
    pub fn text(&self) -> String {
        let html = self.html();
        let mut out = String::new();
        for node in html.root_element().descendants() {
            let Some(text) = node.value().as_text() else {
                continue;
            };
            let parent = node
                .parent()
                .and_then(|p| p.value().as_element().map(|e| e.name()));
            if !matches!(parent, Some("style" | "script" | "title")) {
                out.push_str(text);
                out.push(' ');
            }
        }
        out.split_whitespace().collect::<Vec<_>>().join(" ")
    }

    /// The text of the page's problem box (empty when there is none).
    pub fn problem(&self) -> String {
        self.select_text(".problem")
    }

    /// The text of every element `css` selects, joined.
    pub fn select_text(&self, css: &str) -> String {
        let html = self.html();
        let s = Selector::parse(css).unwrap();
        html.select(&s)
            .map(|e| e.text().collect::<Vec<_>>().join(" "))
            .collect::<Vec<_>>()
            .join(" ")
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    }

    /// The `href` of every link `css` selects.
    pub fn hrefs(&self, css: &str) -> Vec<String> {
        let html = self.html();
        let s = Selector::parse(css).unwrap();
        html.select(&s)
            .filter_map(|e| e.value().attr("href").map(str::to_string))
            .collect()
    }

    /// The `href` of the page's back link.
    pub fn back(&self) -> String {
        let links = self.hrefs("a.back");
        assert_eq!(links.len(), 1, "one back link: {links:?}");
        links[0].clone()
    }

    /// The `Location` of a redirect.
    pub fn location(&self) -> &str {
        self.headers
            .get(header::LOCATION)
            .unwrap_or_else(|| panic!("a redirect, not {}: {}", self.status, self.text()))
            .to_str()
            .unwrap()
    }

    /// A header's value.
    pub fn header(&self, name: header::HeaderName) -> Option<&str> {
        self.headers.get(name).map(|v| v.to_str().unwrap())
    }

    /// The action of the page's first `post` form and its hidden fields.
    pub fn form(&self) -> (String, Vec<(String, String)>) {
        let html = self.html();
        let forms = Selector::parse("form[method=post]").unwrap();
        let form = html
            .select(&forms)
            .next()
            .unwrap_or_else(|| panic!("a form on the page: {}", self.text()));
        let hidden = Selector::parse("input[type=hidden]").unwrap();
        let fields = form
            .select(&hidden)
            .map(|i| {
                (
                    i.value().attr("name").unwrap().to_string(),
                    i.value().attr("value").unwrap_or("").to_string(),
                )
            })
            .collect();
        (form.value().attr("action").unwrap().to_string(), fields)
    }

    /// The value of the page form's CSRF field.
    pub fn csrf(&self) -> String {
        self.form()
            .1
            .into_iter()
            .find(|(k, _)| k == "csrf")
            .map(|(_, v)| v)
            .unwrap_or_else(|| panic!("a CSRF field: {}", self.body()))
    }

    /// Whether the response is an HTML page (not a download or a redirect).
    pub fn is_html(&self) -> bool {
        self.header(header::CONTENT_TYPE)
            .is_some_and(|c| c.starts_with("text/html"))
            && self.header(header::CONTENT_DISPOSITION).is_none()
    }

    /// Asserts the status, showing the page's text when it differs.
    #[track_caller]
    pub fn expect(&self, status: StatusCode) -> &Page {
        assert_eq!(
            self.status,
            status,
            "{}",
            self.text().chars().take(2000).collect::<String>()
        );
        self
    }
}

/// The security headers of every response, and for an HTML page a policy that allows
/// exactly its own stylesheet and script.
#[track_caller]
pub fn check_headers(page: &Page) {
    let h = |name| page.header(name).unwrap_or("");
    assert_eq!(
        h(header::X_CONTENT_TYPE_OPTIONS),
        "nosniff",
        "{}",
        page.status
    );
    assert_eq!(h(header::REFERRER_POLICY), "no-referrer", "{}", page.status);
    let policy = h(header::CONTENT_SECURITY_POLICY);
    let directives: BTreeMap<&str, &str> = policy
        .split(';')
        .map(|d| {
            let d = d.trim();
            d.split_once(' ').unwrap_or((d, ""))
        })
        .collect();
    assert_eq!(directives.get("default-src"), Some(&"'none'"), "{policy}");
    assert_eq!(
        directives.get("frame-ancestors"),
        Some(&"'none'"),
        "{policy}"
    );
    assert!(
        !page.bytes.contains(&0x1b),
        "a raw ESC byte in the body of a {} answer",
        page.status
    );
    if page.is_html() {
        assert!(!page.bytes.is_empty(), "an HTML page with a body");
        let html = page.html();
        for tag in ["style", "script"] {
            let s = Selector::parse(tag).unwrap();
            let mut hashes: Vec<String> = html
                .select(&s)
                // The element's text as parsed: raw text, which is what a browser hashes.
                .map(|e| e.text().collect::<String>())
                .map(|text| format!("'sha256-{}'", base64(&Sha256::digest(text))))
                .collect();
            if tag == "style" {
                assert!(!hashes.is_empty(), "every page has its stylesheet");
            }
            if hashes.is_empty() {
                hashes.push("'none'".to_string());
            }
            let allowed: Vec<&str> = directives
                .get(format!("{tag}-src").as_str())
                .unwrap_or_else(|| panic!("{tag}-src in {policy}"))
                .split_whitespace()
                .collect();
            assert_eq!(allowed, hashes, "{tag}-src of the page, in {policy}");
        }
        check_labels(&html);
    }
}

/// What a screen reader needs of a form: every field has a label (its own `<label for>`, or
/// a `<label>` around it), and every radio button is in a fieldset with a legend.
fn check_labels(html: &scraper::Html) {
    let fields = Selector::parse("input:not([type=hidden]), textarea, select").unwrap();
    let label = Selector::parse("label").unwrap();
    let fors: Vec<&str> = html
        .select(&label)
        .filter_map(|l| l.value().attr("for"))
        .collect();
    for field in html.select(&fields) {
        let id = field.value().attr("id");
        let labelled = id.is_some_and(|id| fors.contains(&id))
            || field
                .ancestors()
                .filter_map(scraper::ElementRef::wrap)
                .any(|a| a.value().name() == "label");
        assert!(labelled, "a field without a label: {}", field.html());
        if field.value().attr("type") == Some("radio") {
            let fieldset = field
                .ancestors()
                .filter_map(scraper::ElementRef::wrap)
                .find(|a| a.value().name() == "fieldset")
                .unwrap_or_else(|| panic!("a radio button outside a fieldset: {}", field.html()));
            let legend = Selector::parse("legend").unwrap();
            assert!(
                fieldset.select(&legend).next().is_some(),
                "a fieldset without a legend"
            );
        }
    }
}

/// Standard base64, with padding.
pub fn base64(bytes: &[u8]) -> String {
    const ABC: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::new();
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            chunk.get(1).copied().unwrap_or(0),
            chunk.get(2).copied().unwrap_or(0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        let digits = [n >> 18, n >> 12, n >> 6, n].map(|d| ABC[(d & 63) as usize] as char);
        for (i, d) in digits.iter().enumerate() {
            out.push(if i <= chunk.len() { *d } else { '=' });
        }
    }
    out
}

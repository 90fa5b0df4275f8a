//! Requests and responses: forms and cookies read, pages and redirects written, and the
//! guard every request passes (the access code, the security headers).
//!
//! The Content-Security-Policy is made per page: it allows exactly the `<style>` and
//! `<script>` elements the page holds, by their SHA-256, and nothing from any other place.

use std::sync::Arc;

use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use maud::{Markup, html};
use sha2::{Digest, Sha256};

use super::{App, pages};
use crate::i18n::Lang;

/// Cookie holding the access code's token.
const ACCESS_COOKIE: &str = "skillgap_access";
/// Cookie that binds the forms shown before a session exists (start, codes) to the browser.
pub const FORM_COOKIE: &str = "skillgap_form";
/// Cookie that remembers the language a person chose on the first page, for the pages
/// outside their questionnaire (a mistyped address, the access code).
pub const LANG_COOKIE: &str = "skillgap_lang";

/// The language of a page outside a questionnaire: the one the person chose on this
/// browser, else the one the browser asks for, else the server's.
pub fn request_lang(app: &App, headers: &HeaderMap) -> Lang {
    cookie(headers, LANG_COOKIE)
        .and_then(Lang::from_code)
        .or_else(|| browser_lang(headers))
        .unwrap_or(app.config.lang)
}

/// The language the browser asks for (`Accept-Language`), when it names one skillgap speaks.
pub fn browser_lang(headers: &HeaderMap) -> Option<Lang> {
    let header = headers
        .get_all(header::ACCEPT_LANGUAGE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .collect::<Vec<_>>()
        .join(",");
    // A language refused with q=0 is not asked for.
    let names_one = header.split(',').any(|part| {
        let mut pieces = part.split(';');
        let known = pieces
            .next()
            .is_some_and(|c| Lang::from_code(c.trim()).is_some());
        let refused = pieces.any(|p| {
            p.trim()
                .strip_prefix("q=")
                .and_then(|q| q.parse::<f32>().ok())
                .is_some_and(|q| q <= 0.0)
        });
        known && !refused
    });
    names_one.then(|| Lang::from_accept_language(&header))
}

/// A form as sent: its fields in order (a field may repeat, as ticked checkboxes do).
pub struct Form(Vec<(String, String)>);

impl Form {
    /// Reads `application/x-www-form-urlencoded` bytes.
    pub fn parse(body: &[u8]) -> Form {
        Form(
            form_urlencoded::parse(body)
                .map(|(k, v)| (k.into_owned(), v.into_owned()))
                .collect(),
        )
    }

    /// The first value of `name`.
    pub fn get(&self, name: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }

    /// Every value of `name`.
    pub fn all(&self, name: &str) -> Vec<&str> {
        self.0
            .iter()
            .filter(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
            .collect()
    }
}

/// The value of cookie `name`.
pub fn cookie<'a>(headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v)
}

/// The `Host` the browser asked for, when it is a plain host name or address and port.
pub fn host(headers: &HeaderMap) -> Option<String> {
    let host = headers.get(header::HOST)?.to_str().ok()?;
    let plain = !host.is_empty()
        && host.len() <= 255
        && host
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b".-:[]".contains(&b));
    plain.then(|| host.to_string())
}

/// "https" when a reverse proxy says the browser used it (`X-Forwarded-Proto`), else
/// "http". Only links shown to that same browser depend on it.
pub fn scheme(headers: &HeaderMap) -> &'static str {
    match headers
        .get("x-forwarded-proto")
        .and_then(|v| v.to_str().ok())
    {
        Some(p) if p.trim().eq_ignore_ascii_case("https") => "https",
        _ => "http",
    }
}

/// A `Set-Cookie` value: sent back on this site only, never to scripts.
pub fn set_cookie(name: &str, value: &str, same_site: &str) -> String {
    format!("{name}={value}; Path=/; HttpOnly; SameSite={same_site}; Max-Age=31536000")
}

/// An HTML page with its status.
pub fn page(status: StatusCode, markup: Markup) -> Response {
    html_response(status, markup.into_string())
}

/// An HTML document with its status, and the policy that allows its own style and script.
pub fn html_response(status: StatusCode, body: String) -> Response {
    let policy = policy_for(&body);
    let mut response = (status, body).into_response();
    let h = response.headers_mut();
    h.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/html; charset=utf-8"),
    );
    if let Ok(v) = HeaderValue::from_str(&policy) {
        h.insert(header::CONTENT_SECURITY_POLICY, v);
    }
    response
}

/// A redirect after a form (303: the browser then asks for the page with GET, so reloading
/// it sends nothing twice).
pub fn see_other(to: &str) -> Response {
    let mut response = StatusCode::SEE_OTHER.into_response();
    if let Ok(v) = HeaderValue::from_str(to) {
        response.headers_mut().insert(header::LOCATION, v);
    }
    response
}

/// A page in `lang` that says what went wrong and what to do.
pub fn problem_page(lang: Lang, status: StatusCode, title: &str, text: &str) -> Response {
    let start = pages::w(lang, "web-go-start");
    page(
        status,
        pages::message(lang, title, text, Some(("/", &start))),
    )
}

/// The policy of a page: its `<style>` and `<script>` elements by hash, nothing else.
fn policy_for(body: &str) -> String {
    let hashes = |tag: &str| -> String {
        let open = format!("<{tag}>");
        let close = format!("</{tag}>");
        let mut out = String::new();
        let mut rest = body;
        while let Some(i) = rest.find(&open) {
            let after = &rest[i + open.len()..];
            let Some(j) = after.find(&close) else { break };
            let digest = Sha256::digest(&after.as_bytes()[..j]);
            out.push_str(&format!(" 'sha256-{}'", base64(&digest)));
            rest = &after[j..];
        }
        if out.is_empty() {
            " 'none'".to_string()
        } else {
            out
        }
    };
    format!(
        "default-src 'none'; style-src{}; script-src{}; img-src data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
        hashes("style"),
        hashes("script")
    )
}

/// Standard base64 (with padding), for the policy's hashes.
fn base64(bytes: &[u8]) -> String {
    const ABC: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::new();
    for chunk in bytes.chunks(3) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |n, (i, &b)| n | u32::from(b) << (16 - 8 * i));
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(ABC[(n >> (18 - 6 * i) & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

/// The person's pages ask for the access code, when there is one, until the browser has
/// typed it.
pub async fn access(State(app): State<Arc<App>>, request: Request, next: Next) -> Response {
    match &app.config.code {
        Some(code)
            if !cookie(request.headers(), ACCESS_COOKIE)
                .is_some_and(|c| app.key.verify("access", code, c)) =>
        {
            let next = request
                .uri()
                .path_and_query()
                .map_or("/".to_string(), |p| p.to_string());
            code_page(
                &app,
                request.headers(),
                &next,
                &[],
                StatusCode::UNAUTHORIZED,
            )
        }
        _ => next.run(request).await,
    }
}

/// Every response passes here: it gets the security headers, and gzip when the browser
/// accepts it.
pub async fn guard(State(app): State<Arc<App>>, request: Request, next: Next) -> Response {
    let lang = request_lang(&app, request.headers());
    let gzip = request
        .headers()
        .get_all(header::ACCEPT_ENCODING)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .any(|v| v.split(',').any(|e| e.trim().starts_with("gzip")));
    let mut response = next.run(request).await;
    // The body limit's own answer is plain text: a page instead, which then gets the
    // headers of every page.
    if response.status() == StatusCode::PAYLOAD_TOO_LARGE {
        response = problem_page(
            lang,
            StatusCode::PAYLOAD_TOO_LARGE,
            &pages::w(lang, "web-too-much-title"),
            &pages::w(lang, "web-too-much"),
        );
    }
    let h = response.headers_mut();
    h.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    h.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("no-referrer"),
    );
    h.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    if !h.contains_key(header::CONTENT_SECURITY_POLICY) {
        h.insert(
            header::CONTENT_SECURITY_POLICY,
            HeaderValue::from_static("default-src 'none'; frame-ancestors 'none'"),
        );
    }
    if gzip {
        compress(lang, response).await
    } else {
        response
    }
}

/// The response gzipped, when it is a page or a download worth compressing (a report page
/// is about 70 KB of HTML and 15 KB gzipped: a page over a slow shop-floor network).
async fn compress(lang: Lang, response: Response) -> Response {
    use std::io::Write;
    let textual = response
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("text/") || v.starts_with("application/json"));
    if !textual || response.headers().contains_key(header::CONTENT_ENCODING) {
        return response;
    }
    let (mut parts, body) = response.into_parts();
    // Every body here was made in memory by this server, so this only collects it.
    let Ok(bytes) = axum::body::to_bytes(body, usize::MAX).await else {
        return problem_page(
            lang,
            StatusCode::INTERNAL_SERVER_ERROR,
            &pages::w(lang, "web-send-failed-title"),
            &pages::w(lang, "web-send-failed"),
        );
    };
    if bytes.len() < 1024 {
        return Response::from_parts(parts, Body::from(bytes));
    }
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    let zipped = encoder.write_all(&bytes).and_then(|()| encoder.finish());
    match zipped {
        Ok(z) => {
            parts
                .headers
                .insert(header::CONTENT_ENCODING, HeaderValue::from_static("gzip"));
            parts
                .headers
                .insert(header::VARY, HeaderValue::from_static("accept-encoding"));
            parts.headers.remove(header::CONTENT_LENGTH);
            Response::from_parts(parts, Body::from(z))
        }
        Err(_) => Response::from_parts(parts, Body::from(bytes)),
    }
}

/// The token of the forms shown before a session exists, and the cookie to set when the
/// browser has none yet.
pub fn form_token(app: &App, headers: &HeaderMap) -> (String, Option<String>) {
    match cookie(headers, FORM_COOKIE).filter(|c| super::keys::is_token(c)) {
        Some(c) => (app.key.sign("form", c), None),
        None => {
            let fresh = super::keys::new_token().unwrap_or_default();
            (
                app.key.sign("form", &fresh),
                Some(set_cookie(FORM_COOKIE, &fresh, "Strict")),
            )
        }
    }
}

/// Whether a form shown before a session exists came from this browser's page.
pub fn form_token_ok(app: &App, headers: &HeaderMap, form: &Form) -> bool {
    match (cookie(headers, FORM_COOKIE), form.get("csrf")) {
        (Some(c), Some(token)) => app.key.verify("form", c, token),
        _ => false,
    }
}

/// The answer, in `lang`, to a form whose CSRF token is missing or wrong.
pub fn forged(lang: Lang) -> Response {
    problem_page(
        lang,
        StatusCode::FORBIDDEN,
        &pages::w(lang, "web-expired-title"),
        &pages::w(lang, "web-expired"),
    )
}

/// Adds a `Set-Cookie` header.
pub fn with_cookie(mut response: Response, cookie: Option<String>) -> Response {
    if let Some(c) = cookie
        && let Ok(v) = HeaderValue::from_str(&c)
    {
        response.headers_mut().append(header::SET_COOKIE, v);
    }
    response
}

/// A path to go to after a code: a path of this site only.
pub fn local_path(next: Option<&str>) -> String {
    match next {
        Some(p) if p.starts_with('/') && !p.starts_with("//") && !p.contains('\\') => p.to_string(),
        _ => "/".to_string(),
    }
}

fn code_page(
    app: &App,
    headers: &HeaderMap,
    next: &str,
    problem: &[String],
    status: StatusCode,
) -> Response {
    let (token, set) = form_token(app, headers);
    let lang = request_lang(app, headers);
    let w = |id| pages::w(lang, id);
    let body = html! {
        h1 { (w("web-code-title")) }
        p { (w("web-code-intro")) }
        (pages::problems(problem))
        form method="post" action="/code" {
            (pages::csrf(&token))
            input type="hidden" name="next" value=(local_path(Some(next)));
            label.field for="code" { (w("web-code-label")) }
            input #code type="text" name="code" inputmode="numeric" autocomplete="off" maxlength="64" required;
            div.buttons { button #next type="submit" { (w("web-continue")) } }
        }
    };
    with_cookie(
        page(
            status,
            pages::layout(lang, &w("web-code-label"), body, None, false),
        ),
        set,
    )
}

/// `POST /code`: the access code, once per device.
pub async fn enter_code(
    State(app): State<Arc<App>>,
    headers: HeaderMap,
    body: axum::body::Bytes,
) -> Response {
    let form = Form::parse(&body);
    let next = local_path(form.get("next"));
    let Some(code) = &app.config.code else {
        return see_other(&next);
    };
    if !form_token_ok(&app, &headers, &form) {
        return forged(request_lang(&app, &headers));
    }
    let given = form.get("code").unwrap_or("").trim();
    if !app.key.same_code(given, code) {
        let problem = [pages::w(request_lang(&app, &headers), "web-code-wrong")];
        return code_page(&app, &headers, &next, &problem, StatusCode::FORBIDDEN);
    }
    let token = app.key.sign("access", code);
    with_cookie(
        see_other(&next),
        Some(set_cookie(ACCESS_COOKIE, &token, "Lax")),
    )
}

/// Any other address, in the language of the browser's person.
pub async fn not_found_page(State(app): State<Arc<App>>, headers: HeaderMap) -> Response {
    not_found(request_lang(&app, &headers))
}

/// The answer, in `lang`, for an address that is no page.
pub fn not_found(lang: Lang) -> Response {
    problem_page(
        lang,
        StatusCode::NOT_FOUND,
        &pages::w(lang, "web-not-found-title"),
        &pages::w(lang, "web-not-found"),
    )
}

/// A body type for downloads.
pub fn download(bytes: Vec<u8>, content_type: &'static str, name: &str) -> Response {
    let mut response = Response::new(Body::from(bytes));
    let h = response.headers_mut();
    h.insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
    if let Ok(v) = HeaderValue::from_str(&format!("attachment; filename=\"{name}\"")) {
        h.insert(header::CONTENT_DISPOSITION, v);
    }
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64_matches_the_standard_examples() {
        assert_eq!(base64(b""), "");
        assert_eq!(base64(b"f"), "Zg==");
        assert_eq!(base64(b"fo"), "Zm8=");
        assert_eq!(base64(b"foo"), "Zm9v");
        assert_eq!(base64(b"foobar"), "Zm9vYmFy");
    }

    #[test]
    fn the_policy_allows_the_page_s_own_style_only() {
        let p = policy_for("<html><style>a{}</style><p>x</p></html>");
        let hash = base64(&Sha256::digest(b"a{}"));
        assert!(p.contains(&format!("style-src 'sha256-{hash}'")), "{p}");
        assert!(p.contains("script-src 'none'"));
        assert!(p.contains("default-src 'none'"));
    }

    #[test]
    fn a_browser_s_language_counts_only_when_it_names_one_skillgap_speaks() {
        let asks = |v: &'static str| {
            let mut h = HeaderMap::new();
            h.insert(header::ACCEPT_LANGUAGE, HeaderValue::from_static(v));
            browser_lang(&h)
        };
        assert_eq!(asks("es-MX,es;q=0.9,en;q=0.8"), Some(Lang::Es));
        assert_eq!(asks("en-US,en;q=0.9,es;q=0.8"), Some(Lang::En));
        assert_eq!(asks("fr-FR,fr;q=0.9"), None);
        assert_eq!(asks("es;q=0"), None);
        assert_eq!(asks("*"), None);
        assert_eq!(browser_lang(&HeaderMap::new()), None);
    }

    #[test]
    fn only_local_paths_are_followed() {
        assert_eq!(local_path(Some("/s/abc")), "/s/abc");
        assert_eq!(local_path(Some("//evil.example/")), "/");
        assert_eq!(local_path(Some("https://evil.example/")), "/");
        assert_eq!(local_path(Some("/\\evil")), "/");
        assert_eq!(local_path(None), "/");
    }

    #[test]
    fn cookies_are_found_by_name() {
        let mut h = HeaderMap::new();
        h.insert(
            header::COOKIE,
            HeaderValue::from_static("a=1; skillgap_form=xyz"),
        );
        assert_eq!(cookie(&h, FORM_COOKIE), Some("xyz"));
        assert_eq!(cookie(&h, "b"), None);
    }
}

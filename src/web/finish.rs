//! The end of the person's path: the review of every answer, the profile written to `--dir`,
//! and the report with its downloads.
//!
//! The report is made from the profile file as written, read back the way `skillgap assess
//! --input` reads it, so the page, the downloads and the command line agree to the figure.

use std::sync::Arc;

use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::Response;
use maud::{PreEscaped, html};

use super::http::{self, Form, see_other};
use super::pages::{csrf, layout, t, w};
use super::store::Session;
use super::{App, Served, keys};
use crate::export::{Format, render_to_vec, renderer};
use crate::input::Origin;
use crate::questionnaire::{EVIDENCE_MARK, Step, flow, quick_notes};
use crate::report::Report;
use crate::rubric::Rubric;

use super::person::{open_session, step_link};

/// `GET /s/TOKEN/review`: every answer, each with a link to change it.
pub async fn review_page(
    State(app): State<Arc<App>>,
    headers: HeaderMap,
    Path(token): Path<String>,
) -> Response {
    let o = match open_session(&app, &headers, &token) {
        Ok(o) => o,
        Err(r) => return r,
    };
    let rubric = o.rubric();
    let a = &o.answers;
    let open = a.first_open(rubric);
    if open != Step::Review {
        return see_other(&step_link(&o, open));
    }
    let profile = a.to_profile(rubric);
    let mut notes = crate::checks::reliability_warnings(rubric, &profile, super::pages::LANG);
    notes.extend(quick_notes(rubric, a));
    let change = |step: Step| format!("{}?review=1", step_link(&o, step));
    let target = match a.target {
        crate::questionnaire::TargetAnswer::Level(l) => t(&rubric.levels[l].title),
        _ => "not sure (skillgap will suggest one)".to_string(),
    };
    let education = match a.education {
        crate::questionnaire::EducationAnswer::Known(e) => e.label(),
        _ => "not given",
    };
    let held: Vec<String> = profile
        .certifications
        .iter()
        .map(|&c| t(&rubric.certifications[c].name))
        .collect();
    let body = html! {
        p.kicker { (t(&rubric.title)) }
        h1 { (w("web-review-title")) }
        p { "Check them, change any, then see your report. " (EVIDENCE_MARK) " marks a rating with evidence." }
        @for note in &notes {
            p.note { (t(note)) }
        }
        table.answers {
            tbody {
                @for (what, answer) in [
                    ("Name", a.name.as_deref().map(t).unwrap_or_default()),
                    ("Line, shift or team", a.group.as_deref().map_or("-".to_string(), t)),
                    ("Target level", target),
                    ("Years in production", a.years.map_or("-".to_string(), |y| y.to_string())),
                    ("Education", education.to_string()),
                    ("Certifications", if held.is_empty() { "none".to_string() } else { held.join(", ") }),
                ] {
                    tr {
                        th { (what) }
                        td {
                            (answer) " "
                            a.change href=(change(Step::Target)) aria-label=(format!("Change {}", what.to_lowercase())) { (w("web-review-change")) }
                        }
                    }
                }
                @for s in flow::asked_skills(rubric, a) {
                    tr {
                        th { (t(&rubric.skills[s].name)) }
                        td {
                            (flow::rating_text(rubric, a, s))
                            @if a.evidence[s].is_some() { " " (EVIDENCE_MARK) }
                            " " a.change href=(change(Step::Skill(s))) aria-label=(format!("Change {}", t(&rubric.skills[s].name))) { (w("web-review-change")) }
                        }
                    }
                }
            }
        }
        form method="post" action=(o.url("finish")) {
            (csrf(&o.csrf(&app)))
            div.buttons {
                a.back href=(step_link(&o, flow::before(rubric, a, Step::Review, false).unwrap_or(Step::Certifications))) { (w("web-back")) }
                button #next type="submit" { (w("web-review-confirm")) }
            }
        }
    };
    http::page(
        StatusCode::OK,
        layout(&w("web-review-title"), body, Some(&o.resume()), false),
    )
}

/// `POST /s/TOKEN/finish`: writes the profile (`NAME-DATE.json`) and shows the report.
pub async fn finish(
    State(app): State<Arc<App>>,
    headers: HeaderMap,
    Path(token): Path<String>,
    body: Bytes,
) -> Response {
    let o = match open_session(&app, &headers, &token) {
        Ok(o) => o,
        Err(r) => return r,
    };
    let form = Form::parse(&body);
    if !form
        .get("csrf")
        .is_some_and(|c| app.key.verify("csrf", &token, c))
    {
        return http::forged();
    }
    let rubric = o.rubric();
    let open = o.answers.first_open(rubric);
    if open != Step::Review {
        return see_other(&step_link(&o, open));
    }
    let today = crate::settings::today();
    let mut profile = o.answers.to_profile(rubric);
    profile.assessed_on = Some(today);
    let mut bytes = match serde_json::to_vec_pretty(&profile.to_doc(rubric)) {
        Ok(b) => b,
        Err(e) => return failed(&format!("{e}")),
    };
    bytes.push(b'\n');
    let name = o.answers.name.clone().unwrap_or_default();
    match app
        .store
        .finish(&token, rubric, &name, &today.to_string(), &bytes)
    {
        Ok(_) => see_other(&o.url("report")),
        Err(e) => failed(&format!("{e:#}")),
    }
}

fn failed(why: &str) -> Response {
    http::problem_page(
        StatusCode::INTERNAL_SERVER_ERROR,
        "Your answers could not be saved",
        &format!(
            "The server could not write your profile ({why}). Your answers are kept: tell the person who runs this page, then confirm again."
        ),
    )
}

/// The finished session `token`: its rubric, the profile file's name and text.
fn finished<'a>(app: &'a App, token: &str) -> Result<(&'a Served, String, String), Response> {
    let gone = || {
        http::problem_page(
            StatusCode::NOT_FOUND,
            "Report not found",
            "There is no finished questionnaire for this link. Check that the link is complete.",
        )
    };
    if !keys::is_token(token) {
        return Err(gone());
    }
    let id = app.store.rubric_of(token).ok_or_else(gone)?;
    let served = app.served(&id).ok_or_else(gone)?;
    match app.store.load(token, &served.rubric) {
        Session::Done(done) => {
            let text = app.store.read_own_profile(&done.profile).ok_or_else(|| {
                http::problem_page(
                    StatusCode::NOT_FOUND,
                    "Profile not found",
                    &format!(
                        "The answers were saved as {}, which is no longer in the folder. Ask the person who runs this page.",
                        t(&done.profile)
                    ),
                )
            })?;
            Ok((served, done.profile, text))
        }
        Session::Open(_) => Err(see_other(&format!("/s/{token}"))),
        Session::Missing(_) => Err(gone()),
    }
}

/// The report of a profile file's text, as `skillgap assess --input FILE` makes it (with
/// `--review` for each review saved for it).
pub fn report_of(app: &App, rubric: &Rubric, name: &str, text: &str) -> anyhow::Result<Report> {
    let origin = Origin::Path(app.store.dir().join(name));
    let mut profile = crate::profile::parse(text, &origin, rubric, Default::default())?;
    // A supervisor's review saved since (`/review`) counts, as on the team page.
    super::admin::attach_reviews(app, rubric, name, &mut profile);
    let today = crate::settings::today();
    profile.expire(today);
    let warnings = crate::gap_report::profile_warnings(rubric, &profile, super::pages::LANG);
    let window = crate::credentials::Window {
        as_of: today,
        expiring_days: app.config.expiring_days,
    };
    let reading = crate::report::Reading {
        lang: crate::web::pages::LANG,
        as_of: Some(today),
    };
    Ok(crate::gap_report::build(
        rubric,
        &profile,
        None,
        app.config.max_certs,
        warnings,
        false,
        reading,
    )
    .with_credentials(&rubric.in_lang(reading.lang), &profile, window))
}

/// The downloads' look on the report page (whose own stylesheet does not know them).
const DOWNLOADS_CSS: &str = "nav.downloads ul{list-style:none;padding:0;margin:8px 0;display:flex;flex-wrap:wrap;gap:8px}nav.downloads a.file{display:inline-block;padding:10px 14px;border:2px solid #0b5cad;border-radius:8px;font-weight:600;text-decoration:none;color:#0b5cad}nav.downloads p{overflow-wrap:anywhere}@media print{nav.downloads{display:none}}";

/// `GET /s/TOKEN/report`: the report page, the verdict first, then the downloads.
pub async fn report_page(
    State(app): State<Arc<App>>,
    headers: HeaderMap,
    Path(token): Path<String>,
) -> Response {
    let (served, name, text) = match finished(&app, &token) {
        Ok(f) => f,
        Err(r) => return r,
    };
    let report = match report_of(&app, &served.rubric, &name, &text) {
        Ok(r) => r,
        Err(e) => return failed(&format!("{e:#}")),
    };
    let html = match render_to_vec(&*renderer::<Report>(Format::Html, false, None), &report) {
        Ok(b) => String::from_utf8_lossy(&b).into_owned(),
        Err(e) => return failed(&e.to_string()),
    };
    let base = format!("/s/{token}/download");
    let link = match http::host(&headers) {
        Some(host) => format!("{}://{host}/s/{token}", http::scheme(&headers)),
        None => format!("/s/{token}"),
    };
    let nav = html! {
        style { (PreEscaped(DOWNLOADS_CSS)) }
        nav.downloads aria-label="Downloads" {
            p { strong { (w("web-downloads-keep")) } }
            ul {
                li { a.file href=(format!("{base}/profile.json")) download { (w("web-downloads-profile")) } }
                li { a.file href=(format!("{base}/report.html")) download { (w("web-downloads-page")) } }
                li { a.file href=(format!("{base}/report.md")) download { "Markdown" } }
                li { a.file href=(format!("{base}/report.json")) download { "JSON" } }
            }
            p { "This page stays at " a #resume href=(link) { (link) } "." }
            p { "Your answers are saved on this server as " (t(&name)) ": your supervisor's team report includes them. Keep the profile file to compare with your next assessment." }
        }
    };
    http::html_response(StatusCode::OK, after_verdict(&html, &nav.into_string()))
}

/// The report page with `insert` placed right after its verdict (or at the top of the body).
fn after_verdict(page: &str, insert: &str) -> String {
    let at = page
        .find("<section class=\"verdict")
        .and_then(|i| {
            page[i..]
                .find("</section>")
                .map(|j| i + j + "</section>".len())
        })
        .or_else(|| page.find("<main>").map(|i| i + "<main>".len()))
        .unwrap_or(0);
    format!("{}{insert}{}", &page[..at], &page[at..])
}

/// `GET /s/TOKEN/download/FILE`: the profile as written, or the report in a format.
pub async fn download(
    State(app): State<Arc<App>>,
    Path((token, file)): Path<(String, String)>,
) -> Response {
    let (served, name, text) = match finished(&app, &token) {
        Ok(f) => f,
        Err(r) => return r,
    };
    if file == "profile.json" {
        return http::download(text.into_bytes(), "application/json", &name);
    }
    let (format, kind) = match file.as_str() {
        "report.html" => (Format::Html, "text/html; charset=utf-8"),
        "report.md" => (Format::Markdown, "text/markdown; charset=utf-8"),
        "report.json" => (Format::Json, "application/json"),
        _ => return http::not_found().await,
    };
    let report = match report_of(&app, &served.rubric, &name, &text) {
        Ok(r) => r,
        Err(e) => return failed(&format!("{e:#}")),
    };
    match render_to_vec(&*renderer::<Report>(format, false, None), &report) {
        Ok(bytes) => {
            let stem = name.strip_suffix(".json").unwrap_or(&name);
            let ext = file.rsplit('.').next().unwrap_or("txt");
            http::download(bytes, kind, &format!("{stem}-report.{ext}"))
        }
        Err(e) => failed(&e.to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::after_verdict;

    #[test]
    fn downloads_follow_the_verdict() {
        let page = "<main><section class=\"verdict headline\"><p>x</p></section><h2>";
        assert_eq!(
            after_verdict(page, "<nav/>"),
            "<main><section class=\"verdict headline\"><p>x</p></section><nav/><h2>"
        );
        assert_eq!(after_verdict("<main><h2>", "N"), "<main>N<h2>");
    }
}

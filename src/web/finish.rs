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
use super::pages::{self, csrf, layout, t, w};
use super::store::Session;
use super::{App, Served, keys};
use crate::export::{Format, render_to_vec, renderer};
use crate::i18n::Lang;
use crate::input::Origin;
use crate::questionnaire::{EVIDENCE_MARK, Step, flow, quick_notes};
use crate::report::Report;
use crate::rubric::Rubric;
use crate::tr;

use super::about::years_text;
use super::person::{Open, open_session, step_link};

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
    let rubric = o.words;
    let a = &o.answers;
    let open = a.first_open(rubric);
    if open != Step::Review {
        return see_other(&step_link(&o, open));
    }
    let lang = o.lang;
    let w = |id| w(lang, id);
    let profile = a.to_profile(rubric);
    let mut notes = crate::checks::reliability_warnings(rubric, &profile, lang);
    notes.extend(quick_notes(rubric, a, lang));
    let change = |step: Step| format!("{}?review=1", step_link(&o, step));
    let rows = about_rows(&o, &profile);
    let body = html! {
        p.kicker { (t(&rubric.title)) }
        h1 { (w("web-review-title")) }
        p { (tr!(lang, "web-review-intro", mark = EVIDENCE_MARK)) }
        @for note in &notes {
            p.note { (t(note)) }
        }
        table.answers {
            tbody {
                @for (what, label, answer) in &rows {
                    tr {
                        th { (what) }
                        td {
                            (answer) " "
                            a.change href=(change(Step::Target)) aria-label=(label) { (w("web-review-change")) }
                        }
                    }
                }
                @for s in flow::asked_skills(rubric, a) {
                    @let name = t(&rubric.skills[s].name);
                    tr {
                        th { (name) }
                        td {
                            (flow::rating_text(rubric, a, s, lang))
                            @if a.evidence[s].is_some() { " " (EVIDENCE_MARK) }
                            " " a.change href=(change(Step::Skill(s))) aria-label=(tr!(lang, "web-review-change-skill", skill = name.as_str())) { (w("web-review-change")) }
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
        layout(lang, &w("web-review-title"), body, Some(&o.resume()), false),
    )
}

/// The review's rows of the "about you" answers: what, the label of its change link, the
/// answer.
fn about_rows(o: &Open, profile: &crate::profile::Profile) -> [(String, String, String); 6] {
    let (rubric, a, lang) = (o.words, &o.answers, o.lang);
    let w = |id| w(lang, id);
    let target = match a.target {
        crate::questionnaire::TargetAnswer::Level(l) => t(&rubric.levels[l].title),
        _ => w("web-review-target-unsure"),
    };
    let education = match a.education {
        crate::questionnaire::EducationAnswer::Known(e) => e.label().to_string(),
        _ => w("web-review-not-given"),
    };
    let held: Vec<String> = profile
        .certifications
        .iter()
        .map(|&c| t(&rubric.certifications[c].name))
        .collect();
    let held = if held.is_empty() {
        w("web-review-none")
    } else {
        held.join(", ")
    };
    let name = a.name.as_deref().map(t).unwrap_or_default();
    let group = a.group.as_deref().map_or("-".to_string(), t);
    let years = a.years.map_or("-".to_string(), |y| years_text(lang, y));
    [
        (w("web-review-name"), w("web-review-change-name"), name),
        (w("web-review-group"), w("web-review-change-group"), group),
        (
            w("web-review-target"),
            w("web-review-change-target"),
            target,
        ),
        (w("web-review-years"), w("web-review-change-years"), years),
        (
            w("web-review-education"),
            w("web-review-change-education"),
            education,
        ),
        (w("web-review-certs"), w("web-review-change-certs"), held),
    ]
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
        return http::forged(o.lang);
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
        Err(e) => return failed(o.lang, &format!("{e}")),
    };
    bytes.push(b'\n');
    let name = o.answers.name.clone().unwrap_or_default();
    match app
        .store
        .finish(&token, rubric, &name, &today.to_string(), &bytes)
    {
        Ok(_) => see_other(&o.url("report")),
        Err(e) => failed(o.lang, &format!("{e:#}")),
    }
}

fn failed(lang: Lang, why: &str) -> Response {
    http::problem_page(
        lang,
        StatusCode::INTERNAL_SERVER_ERROR,
        &w(lang, "web-finish-failed-title"),
        &tr!(lang, "web-finish-failed", why = why),
    )
}

/// A finished questionnaire: its rubric, the profile file's name and text, and the
/// language the person answered in.
struct Finished<'a> {
    served: &'a Served,
    name: String,
    text: String,
    lang: Lang,
}

/// The finished session `token` (`lang` for the page saying there is none).
fn finished<'a>(app: &'a App, token: &str, lang: Lang) -> Result<Finished<'a>, Response> {
    let gone = || {
        http::problem_page(
            lang,
            StatusCode::NOT_FOUND,
            &w(lang, "web-report-missing-title"),
            &w(lang, "web-report-missing"),
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
                    lang,
                    StatusCode::NOT_FOUND,
                    &w(lang, "web-profile-missing-title"),
                    &tr!(lang, "web-profile-missing", file = t(&done.profile)),
                )
            })?;
            // The language the profile records, as `assess --input` reads it.
            let origin = Origin::Path(app.store.dir().join(&done.profile));
            let lang = crate::profile::ProfileDoc::from_json(&text, &origin)
                .ok()
                .and_then(|doc| doc.lang)
                .unwrap_or(lang);
            Ok(Finished {
                served,
                name: done.profile,
                text,
                lang,
            })
        }
        Session::Open(_) => Err(see_other(&format!("/s/{token}"))),
        Session::Missing(_) => Err(gone()),
    }
}

/// The report in `lang` of a profile file's text, as `skillgap assess --input FILE --lang
/// LANG` makes it (with `--review` for each review saved for it).
pub fn report_of(
    app: &App,
    rubric: &Rubric,
    name: &str,
    text: &str,
    lang: Lang,
) -> anyhow::Result<Report> {
    let origin = Origin::Path(app.store.dir().join(name));
    let mut profile = crate::profile::parse(text, &origin, rubric, Default::default())?;
    // A supervisor's review saved since (`/review`) counts, as on the team page.
    super::admin::attach_reviews(app, rubric, name, &mut profile);
    let today = crate::settings::today();
    profile.expire(today);
    let words = rubric.in_lang(lang);
    let warnings = crate::gap_report::profile_warnings(&words, &profile, lang);
    let window = crate::credentials::Window {
        as_of: today,
        expiring_days: app.config.expiring_days,
    };
    let reading = crate::report::Reading {
        lang,
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
    .with_credentials(&words, &profile, window))
}

/// The downloads' look on the report page (whose own stylesheet does not know them).
const DOWNLOADS_CSS: &str = "nav.downloads ul{list-style:none;padding:0;margin:8px 0;display:flex;flex-wrap:wrap;gap:8px}nav.downloads a.file{display:inline-block;padding:10px 14px;border:2px solid #0b5cad;border-radius:8px;font-weight:600;text-decoration:none;color:#0b5cad}nav.downloads p{overflow-wrap:anywhere}@media print{nav.downloads{display:none}}";

/// `GET /s/TOKEN/report`: the report page, the verdict first, then the downloads.
pub async fn report_page(
    State(app): State<Arc<App>>,
    headers: HeaderMap,
    Path(token): Path<String>,
) -> Response {
    let lang = http::request_lang(&app, &headers);
    let Finished {
        served,
        name,
        text,
        lang,
    } = match finished(&app, &token, lang) {
        Ok(f) => f,
        Err(r) => return r,
    };
    let report = match report_of(&app, &served.rubric, &name, &text, lang) {
        Ok(r) => r,
        Err(e) => return failed(lang, &format!("{e:#}")),
    };
    let html = match render_to_vec(&*renderer::<Report>(Format::Html, false, None), &report) {
        Ok(b) => pages::in_lang(&String::from_utf8_lossy(&b), lang),
        Err(e) => return failed(lang, &e.to_string()),
    };
    let base = format!("/s/{token}/download");
    let link = match http::host(&headers) {
        Some(host) => format!("{}://{host}/s/{token}", http::scheme(&headers)),
        None => format!("/s/{token}"),
    };
    // The link sits inside the sentence, where each language puts it.
    let stays = tr!(lang, "web-downloads-stays", link = pages::SLOT);
    let (before, after) = stays.split_once(pages::SLOT).unwrap_or((&stays, ""));
    let w = |id| w(lang, id);
    let nav = html! {
        style { (PreEscaped(DOWNLOADS_CSS)) }
        nav.downloads aria-label=(w("web-downloads")) {
            p { strong { (w("web-downloads-keep")) } }
            ul {
                li { a.file href=(format!("{base}/profile.json")) download { (w("web-downloads-profile")) } }
                li { a.file href=(format!("{base}/report.html")) download { (w("web-downloads-page")) } }
                li { a.file href=(format!("{base}/report.md")) download { "Markdown" } }
                li { a.file href=(format!("{base}/report.json")) download { "JSON" } }
            }
            p { (before) a #resume href=(link) { (link) } (after) }
            p { (tr!(lang, "web-downloads-saved", file = t(&name))) }
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
    headers: HeaderMap,
    Path((token, file)): Path<(String, String)>,
) -> Response {
    let lang = http::request_lang(&app, &headers);
    let Finished {
        served,
        name,
        text,
        lang,
    } = match finished(&app, &token, lang) {
        Ok(f) => f,
        Err(r) => return r,
    };
    if file == "profile.json" {
        return http::download(text.into_bytes(), "application/json", &name);
    }
    // JSON is for programs: language-neutral, as `skillgap assess --format json` writes it.
    let (format, kind, words) = match file.as_str() {
        "report.html" => (Format::Html, "text/html; charset=utf-8", lang),
        "report.md" => (Format::Markdown, "text/markdown; charset=utf-8", lang),
        "report.json" => (Format::Json, "application/json", Lang::En),
        _ => return http::not_found(lang),
    };
    let report = match report_of(&app, &served.rubric, &name, &text, words) {
        Ok(r) => r,
        Err(e) => return failed(lang, &format!("{e:#}")),
    };
    match render_to_vec(&*renderer::<Report>(format, false, None), &report) {
        Ok(bytes) if format == Format::Html => {
            let page = pages::in_lang(&String::from_utf8_lossy(&bytes), lang);
            let stem = name.strip_suffix(".json").unwrap_or(&name);
            http::download(page.into_bytes(), kind, &format!("{stem}-report.html"))
        }
        Ok(bytes) => {
            let stem = name.strip_suffix(".json").unwrap_or(&name);
            let ext = file.rsplit('.').next().unwrap_or("txt");
            http::download(bytes, kind, &format!("{stem}-report.{ext}"))
        }
        Err(e) => failed(lang, &e.to_string()),
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

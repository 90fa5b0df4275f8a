//! The "about you" page: the person's name, target level, line or shift, years, education
//! and certifications held (with their days), read and checked as a profile file is, each
//! problem named in the person's language.

use std::sync::Arc;

use axum::body::Bytes;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::Response;
use maud::{Markup, html};

use super::App;
use super::http::{self, Form, see_other};
use super::pages::{csrf, layout, problems, radio, t, w};
use super::person::{FromReview, NAME_MAX, Open, csrf_ok, open_session, step_link};
use crate::credentials::Credential;
use crate::i18n::{self, Lang};
use crate::questionnaire::{self, Answers, Step, flow, parse_years};
use crate::rubric::Rubric;
use crate::tr;

/// `GET /s/TOKEN/about`.
pub async fn about_page(
    State(app): State<Arc<App>>,
    headers: HeaderMap,
    Path(token): Path<String>,
    Query(from): Query<FromReview>,
) -> Response {
    match open_session(&app, &headers, &token) {
        Ok(o) => http::page(StatusCode::OK, about_view(&app, &o, from.on(), &[], None)),
        Err(r) => r,
    }
}

/// What the about form held when it is shown again with problems.
struct AboutDraft<'a> {
    years: &'a str,
}

fn about_view(
    app: &App,
    o: &Open,
    review: bool,
    problem: &[String],
    sent: Option<AboutDraft>,
) -> Markup {
    let rubric = o.words;
    let lang = o.lang;
    let w = |id| w(lang, id);
    let a = &o.answers;
    let years = match &sent {
        Some(d) => d.years.to_string(),
        None => a.years.map(|y| years_text(lang, y)).unwrap_or_default(),
    };
    let target = flow::target_choice(a);
    let education = flow::education_choice(a);
    let held = a.certifications.clone().unwrap_or_default();
    let day = |c: usize, earned: bool| -> String {
        a.credentials
            .iter()
            .find(|k| k.cert == c)
            .and_then(|k| if earned { k.earned } else { k.expires })
            .map(|d| d.to_string())
            .unwrap_or_default()
    };
    let body = html! {
        p.kicker { (t(&rubric.title)) }
        h1 { (w("web-about-title")) }
        (problems(problem))
        form method="post" action=(o.url("about")) {
            (csrf(&o.csrf(app)))
            @if review { input type="hidden" name="review" value="1"; }
            label.field for="name" { (w("web-about-name")) }
            p.hint { (w("web-about-name-hint")) }
            input #name type="text" name="name" maxlength=(NAME_MAX) autocomplete="name" required value=(a.name.as_deref().map(t).unwrap_or_default());
            fieldset {
                legend { (w("web-about-target")) }
                @for (i, label) in flow::target_choices(rubric, lang).iter().enumerate() {
                    @let value = if i == 0 { "unsure".to_string() } else { rubric.levels[i - 1].id.clone() };
                    (radio("target", &value, &format!("target-{i}"), a.target != questionnaire::TargetAnswer::Unanswered && i == target, html! { (label) }))
                }
            }
            label.field for="group" { (w("web-about-group")) }
            p.hint { (w("web-about-group-hint")) }
            input #group type="text" name="group" maxlength=(crate::profile::MAX_GROUP_CHARS) value=(a.group.as_deref().map(t).unwrap_or_default());
            label.field for="years" { (w("web-about-years")) }
            p.hint { (w("web-about-years-hint")) }
            input #years type="text" name="years" inputmode="decimal" maxlength="10" required value=(years);
            fieldset {
                legend { (crate::questionnaire::education_question(lang)) }
                p.hint { (w("web-about-education-hint")) }
                @for (i, label) in flow::education_choices(lang).iter().enumerate() {
                    @let value = if i == 0 { "skipped" } else { crate::rubric::Education::ALL[i - 1].id() };
                    (radio("education", value, &format!("education-{i}"), a.education != questionnaire::EducationAnswer::Unanswered && i == education, html! { (label) }))
                }
            }
            @if !rubric.certifications.is_empty() {
                fieldset {
                    legend { (w("web-about-certs")) }
                    p.hint { (w("web-about-certs-hint")) }
                    @for (c, label) in flow::certification_choices(rubric).iter().enumerate() {
                        @let id = &rubric.certifications[c].id;
                        label.choice for=(format!("cert-{c}")) {
                            input type="checkbox" name="cert" value=(id) id=(format!("cert-{c}")) checked[held.contains(&c)];
                            span { (label) }
                        }
                        div.dates {
                            label { (w("web-about-earned")) input type="date" name=(format!("earned-{id}")) value=(day(c, true)); }
                            label { (w("web-about-expires")) input type="date" name=(format!("expires-{id}")) value=(day(c, false)); }
                        }
                    }
                }
            }
            div.buttons {
                a.back href="/" { (w("web-back")) }
                button #next type="submit" { (w("web-next")) }
            }
        }
    };
    layout(lang, &w("web-about-title"), body, Some(&o.resume()), false)
}

/// Years as the person would type them: "1.5" in English, "1,5" in Spanish (either reads
/// back), no decimals for whole years.
pub(super) fn years_text(lang: Lang, years: f64) -> String {
    match lang {
        Lang::En => years.to_string(),
        Lang::Es => years.to_string().replace('.', ","),
    }
}

/// `POST /s/TOKEN/about`.
pub async fn about(
    State(app): State<Arc<App>>,
    headers: HeaderMap,
    Path(token): Path<String>,
    body: Bytes,
) -> Response {
    let mut o = match open_session(&app, &headers, &token) {
        Ok(o) => o,
        Err(r) => return r,
    };
    let form = Form::parse(&body);
    if !csrf_ok(&app, &token, &form) {
        return http::forged(o.lang);
    }
    let review = form.get("review") == Some("1");
    let served = o.served;
    let problem = read_about(&served.rubric, o.lang, &mut o.answers, &form);
    if !problem.is_empty() {
        let sent = AboutDraft {
            years: form.get("years").unwrap_or(""),
        };
        let view = about_view(&app, &o, review, &problem, Some(sent));
        return http::page(StatusCode::UNPROCESSABLE_ENTITY, view);
    }
    if let Err(r) = o.save(&app) {
        return r;
    }
    let next = flow::after(o.rubric(), &o.answers, Step::Certifications, review);
    see_other(&step_link(&o, next))
}

/// Reads the about form into the answers; the problems, in `lang`, each naming its field.
fn read_about(rubric: &Rubric, lang: Lang, a: &mut Answers, form: &Form) -> Vec<String> {
    let mut problem = Vec::new();
    let w = |id| w(lang, id);
    let name = form.get("name").unwrap_or("").trim();
    if name.is_empty() {
        problem.push(w("web-problem-name"));
    } else if name.chars().count() > NAME_MAX {
        problem.push(tr!(lang, "web-problem-name-long", max = NAME_MAX));
    } else {
        a.name = Some(t(name));
    }
    let group = form.get("group").unwrap_or("").trim();
    match crate::profile::group_value(group) {
        Ok(group) => a.group = group.map(t),
        Err(_) => problem.push(tr!(
            lang,
            "web-problem-group-long",
            count = group.chars().count(),
            max = crate::profile::MAX_GROUP_CHARS
        )),
    }
    match form.get("target") {
        Some("unsure") => flow::set_target(a, 0),
        Some(id) => match rubric.level_index(id) {
            Some(l) => flow::set_target(a, l + 1),
            None => problem.push(w("web-problem-target-unknown")),
        },
        None => problem.push(w("web-problem-target")),
    }
    match parse_years(lang, form.get("years").unwrap_or("")) {
        Ok(y) => a.years = Some(y),
        Err(_) => problem.push(tr!(
            lang,
            "web-problem-years",
            max = crate::profile::MAX_YEARS
        )),
    }
    match form.get("education") {
        Some("skipped") => flow::set_education(a, 0),
        Some(id) => match crate::rubric::Education::ALL
            .iter()
            .position(|e| e.id() == id)
        {
            Some(i) => flow::set_education(a, i + 1),
            None => problem.push(w("web-problem-education-unknown")),
        },
        None => problem.push(w("web-problem-education")),
    }
    let mut held = Vec::new();
    let mut credentials = Vec::new();
    for id in form.all("cert") {
        let Some(c) = rubric.cert_index(id) else {
            problem.push(w("web-problem-certs"));
            continue;
        };
        held.push(c);
        let day = |field: &str| {
            form.get(&format!("{field}-{id}"))
                .map(str::trim)
                .filter(|d| !d.is_empty())
        };
        let (earned, expires) = (day("earned"), day("expires"));
        if let Some(p) = day_problem(lang, &t(&rubric.certifications[c].name), earned, expires) {
            problem.push(p);
            continue;
        }
        let k: Credential =
            crate::profile::dated_credential(rubric, c, earned, expires, &mut |_, _| {});
        if k.earned.is_some() || k.expires.is_some() {
            credentials.push(k);
        }
    }
    flow::set_certifications(a, held);
    a.credentials = credentials;
    problem
}

/// A day in a problem message: as typed in the form's date fields (YYYY-MM-DD) in English,
/// as Spanish writes days in Spanish.
fn shown_day(lang: Lang, day: crate::credentials::Date) -> String {
    match lang {
        Lang::En => day.to_string(),
        Lang::Es => i18n::day(lang, day),
    }
}

/// What is wrong with the days given for certification `cert`, in `lang`: a day that is
/// not one, or an expiry not after the day it was earned (as a profile file is checked).
fn day_problem(
    lang: Lang,
    cert: &str,
    earned: Option<&str>,
    expires: Option<&str>,
) -> Option<String> {
    let parse = crate::credentials::Date::parse;
    let earned = earned.map(|d| (d, parse(d)));
    let expires = expires.map(|d| (d, parse(d)));
    if let Some((text, None)) = earned {
        return Some(tr!(
            lang,
            "web-problem-earned-not-a-day",
            cert = cert,
            day = t(text)
        ));
    }
    if let Some((text, None)) = expires {
        return Some(tr!(
            lang,
            "web-problem-expires-not-a-day",
            cert = cert,
            day = t(text)
        ));
    }
    match (earned, expires) {
        (Some((_, Some(e))), Some((_, Some(x)))) if x <= e => Some(tr!(
            lang,
            "web-problem-expires-before",
            cert = cert,
            expires = shown_day(lang, x),
            earned = shown_day(lang, e)
        )),
        _ => None,
    }
}

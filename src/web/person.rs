//! The person's path: start → about you → one page per skill → review → report, with a
//! resume link on every page. Each page is a GET (so the browser's back and forward buttons
//! work) and each answer a POST that saves the draft and redirects to the next page, chosen
//! by [`flow::after`] as in the terminal.

use std::sync::Arc;

use axum::body::Bytes;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::Response;
use maud::{Markup, html};

use super::http::{self, Form, form_token, form_token_ok, see_other, with_cookie};
use super::pages::{csrf, layout, problems, radio, t, w, wa};
use super::store::Session;
use super::{App, Served, keys};
use crate::credentials::Credential;
use crate::questionnaire::{self, Answers, EVIDENCE_FROM, Step, flow, parse_years};
use crate::rubric::Rubric;

/// Longest name accepted.
const NAME_MAX: usize = 100;
/// Longest evidence accepted.
const EVIDENCE_MAX: usize = 2000;

/// `?review=1` on a page opened from the review: the answer returns there.
#[derive(serde::Deserialize, Default)]
pub struct FromReview {
    review: Option<String>,
}

impl FromReview {
    fn on(&self) -> bool {
        self.review.as_deref() == Some("1")
    }
}

/// A session's rubric and answers, or the page that says why there are none.
pub(super) struct Open<'a> {
    pub served: &'a Served,
    pub answers: Answers,
    pub token: String,
    /// The host the browser asked for, to write the resume link in full.
    pub host: Option<String>,
    /// "https" behind a proxy that says so, else "http".
    pub scheme: &'static str,
}

impl Open<'_> {
    pub fn rubric(&self) -> &Rubric {
        &self.served.rubric
    }
    pub fn url(&self, page: &str) -> String {
        format!("/s/{}/{page}", self.token)
    }
    /// The resume link, in full when the host is known (to copy to another device).
    pub fn resume(&self) -> String {
        match &self.host {
            Some(host) => format!("{}://{host}/s/{}", self.scheme, self.token),
            None => format!("/s/{}", self.token),
        }
    }
    pub fn csrf(&self, app: &App) -> String {
        app.key.sign("csrf", &self.token)
    }
    pub fn save(&self, app: &App) -> Result<(), Response> {
        app.store
            .save(
                &self.token,
                self.rubric(),
                &self.answers,
                self.served.file.as_deref(),
            )
            .map_err(|e| {
                http::problem_page(
                    StatusCode::INTERNAL_SERVER_ERROR,
                    "Your answer could not be saved",
                    &format!(
                        "The server could not write it ({e:#}). Tell the person who runs it; then send the page again."
                    ),
                )
            })
    }
}

/// The URL of the page of `step`.
pub(super) fn step_link(open: &Open, step: Step) -> String {
    match step {
        Step::Target | Step::Years | Step::Education | Step::Certifications => open.url("about"),
        Step::Skill(s) | Step::Evidence(s) => {
            open.url(&format!("skill/{}", open.rubric().skills[s].id))
        }
        Step::Review => open.url("review"),
    }
}

/// The session `token`, open; finished sessions go to their report.
pub(super) fn open_session<'a>(
    app: &'a App,
    headers: &HeaderMap,
    token: &str,
) -> Result<Open<'a>, Response> {
    let missing = |why: Option<String>| {
        let text = match why {
            Some(why) => format!(
                "The answers saved for this link cannot be used: {why}. Start again from the first page."
            ),
            None => "There are no answers saved for this link. Check that the link is complete, or start again.".to_string(),
        };
        http::problem_page(StatusCode::NOT_FOUND, "Questionnaire not found", &text)
    };
    if !keys::is_token(token) {
        return Err(missing(None));
    }
    let Some(id) = app.store.rubric_of(token) else {
        return Err(missing(None));
    };
    let Some(served) = app.served(&id) else {
        return Err(http::problem_page(
            StatusCode::NOT_FOUND,
            "Questionnaire not offered here",
            &format!(
                "These answers belong to the rubric \"{}\", which this server does not offer now. Ask the person who runs it to start it with that rubric.",
                t(&id)
            ),
        ));
    };
    match app.store.load(token, &served.rubric) {
        Session::Open(answers) => Ok(Open {
            served,
            answers: *answers,
            token: token.to_string(),
            host: http::host(headers),
            scheme: http::scheme(headers),
        }),
        Session::Done(_) => Err(see_other(&format!("/s/{token}/report"))),
        Session::Missing(why) => Err(missing(why)),
    }
}

/// The CSRF check of a session's form.
fn csrf_ok(app: &App, token: &str, form: &Form) -> bool {
    form.get("csrf")
        .is_some_and(|c| app.key.verify("csrf", token, c))
}

/// `GET /`: what this is, which rubric, the whole or the quick questionnaire.
pub async fn start_page(State(app): State<Arc<App>>, headers: HeaderMap) -> Response {
    start_view(&app, &headers, &[])
}

fn start_view(app: &App, headers: &HeaderMap, problem: &[String]) -> Response {
    let (token, set) = form_token(app, headers);
    let rubrics = &app.config.rubrics;
    let first = &rubrics[0].rubric;
    let body = html! {
        p.kicker { "skillgap" }
        h1 { (w("web-start-title")) }
        p { (wa("web-start-intro", &[("rubric", t(&first.title).into())])) }
        p { (wa("web-start-time", &[("skills", first.skills.len().into())])) }
        (problems(problem))
        form method="post" action="/start" {
            (csrf(&token))
            @if rubrics.len() > 1 {
                fieldset {
                    legend { (w("web-start-ladder")) }
                    @for (i, s) in rubrics.iter().enumerate() {
                        (radio("rubric", &s.rubric.id, &format!("rubric-{i}"), i == 0, html! {
                            b { (t(&s.rubric.title)) }
                            (wa("web-start-ladder-size", &[("skills", s.rubric.skills.len().into()), ("levels", s.rubric.levels.len().into())]))
                        }))
                    }
                }
            }
            fieldset {
                legend { (w("web-start-how-many")) }
                (radio("quick", "0", "quick-0", !app.config.quick, html! {
                    b { (w("web-start-every")) } (w("web-start-every-hint"))
                }))
                (radio("quick", "1", "quick-1", app.config.quick, html! {
                    b { (w("web-start-quick")) } (w("web-start-quick-hint"))
                }))
            }
            div.buttons { button #next type="submit" { (w("web-start-button")) } }
        }
    };
    // A refused form is shown again as 422, as every other form of the questionnaire.
    let status = if problem.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    with_cookie(http::page(status, layout("Start", body, None, false)), set)
}

/// `POST /start`: a new session, saved at once so that its link works.
pub async fn start(State(app): State<Arc<App>>, headers: HeaderMap, body: Bytes) -> Response {
    let form = Form::parse(&body);
    if !form_token_ok(&app, &headers, &form) {
        return http::forged();
    }
    let served = match form.get("rubric") {
        None => &app.config.rubrics[0],
        Some(id) => match app.served(id) {
            Some(s) => s,
            None => {
                return start_view(
                    &app,
                    &headers,
                    &["Choose one of the ladders listed.".to_string()],
                );
            }
        },
    };
    let quick = match form.get("quick") {
        None => app.config.quick,
        Some(q) => q == "1",
    };
    let Ok(token) = keys::new_token() else {
        return http::problem_page(
            StatusCode::INTERNAL_SERVER_ERROR,
            "Cannot start",
            "The server could not make a private link. Try again.",
        );
    };
    let session = Open {
        served,
        answers: Answers::new(&served.rubric, quick),
        token,
        host: None,
        scheme: "http",
    };
    if let Err(r) = session.save(&app) {
        return r;
    }
    see_other(&session.url("about"))
}

/// `GET /s/TOKEN`: the resume link; goes to the first question still open.
pub async fn resume(
    State(app): State<Arc<App>>,
    headers: HeaderMap,
    Path(token): Path<String>,
) -> Response {
    match open_session(&app, &headers, &token) {
        Ok(o) => see_other(&step_link(&o, o.answers.first_open(o.rubric()))),
        Err(r) => r,
    }
}

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
    let rubric = o.rubric();
    let a = &o.answers;
    let years = match &sent {
        Some(d) => d.years.to_string(),
        None => a.years.map(|y| y.to_string()).unwrap_or_default(),
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
                @for (i, label) in flow::target_choices(rubric, crate::web::pages::LANG).iter().enumerate() {
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
                legend { (questionnaire::education_question(crate::web::pages::LANG)) }
                p.hint { "You may skip it: " (questionnaire::education_why(crate::web::pages::LANG)) "." }
                @for (i, label) in flow::education_choices(crate::web::pages::LANG).iter().enumerate() {
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
    layout(&w("web-about-title"), body, Some(&o.resume()), false)
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
        return http::forged();
    }
    let review = form.get("review") == Some("1");
    let served = o.served;
    let problem = read_about(&served.rubric, &mut o.answers, &form);
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

/// Reads the about form into the answers; the problems, each naming its field.
fn read_about(rubric: &Rubric, a: &mut Answers, form: &Form) -> Vec<String> {
    let mut problem = Vec::new();
    let name = form.get("name").unwrap_or("").trim();
    if name.is_empty() {
        problem.push("Your name: enter the name your supervisor or coach knows you by.".into());
    } else if name.chars().count() > NAME_MAX {
        problem.push(format!("Your name: at most {NAME_MAX} characters."));
    } else {
        a.name = Some(t(name));
    }
    match crate::profile::group_value(form.get("group").unwrap_or("").trim()) {
        Ok(group) => a.group = group.map(t),
        Err(why) => problem.push(format!("Your line, shift or team: it {why}.")),
    }
    match form.get("target") {
        Some("unsure") => flow::set_target(a, 0),
        Some(id) => match rubric.level_index(id) {
            Some(l) => flow::set_target(a, l + 1),
            None => problem.push("Target level: choose one of the levels listed.".into()),
        },
        None => problem.push("Target level: choose a level, or \"not sure\".".into()),
    }
    match parse_years(crate::web::pages::LANG, form.get("years").unwrap_or("")) {
        Ok(y) => a.years = Some(y),
        Err(why) => problem.push(format!("Years in production: {why}.")),
    }
    match form.get("education") {
        Some("skipped") => flow::set_education(a, 0),
        Some(id) => match crate::rubric::Education::ALL
            .iter()
            .position(|e| e.id() == id)
        {
            Some(i) => flow::set_education(a, i + 1),
            None => problem.push("Education: choose one of the answers listed.".into()),
        },
        None => problem.push("Education: choose an answer, or skip the question.".into()),
    }
    let mut held = Vec::new();
    let mut credentials = Vec::new();
    for id in form.all("cert") {
        let Some(c) = rubric.cert_index(id) else {
            problem.push("Certifications: tick only those listed.".into());
            continue;
        };
        held.push(c);
        let day = |field: &str| {
            form.get(&format!("{field}-{id}"))
                .map(str::trim)
                .filter(|d| !d.is_empty())
        };
        let name = t(&rubric.certifications[c].name);
        let k: Credential = crate::profile::dated_credential(
            rubric,
            c,
            day("earned"),
            day("expires"),
            &mut |field, why| {
                let field = if field == "earned" {
                    "earned on"
                } else {
                    "expires on"
                };
                problem.push(format!("{name}, {field}: {why}."));
            },
        );
        if k.earned.is_some() || k.expires.is_some() {
            credentials.push(k);
        }
    }
    flow::set_certifications(a, held);
    a.credentials = credentials;
    problem
}

/// `GET /s/TOKEN/skill/ID`.
pub async fn skill_page(
    State(app): State<Arc<App>>,
    headers: HeaderMap,
    Path((token, skill)): Path<(String, String)>,
    Query(from): Query<FromReview>,
) -> Response {
    let o = match open_session(&app, &headers, &token) {
        Ok(o) => o,
        Err(r) => return r,
    };
    match asked_skill(&o, &skill) {
        Some(s) => http::page(StatusCode::OK, skill_view(&app, &o, s, from.on(), &[])),
        None => http::not_found().await,
    }
}

/// The index of skill `id`, when the questionnaire asks it.
fn asked_skill(o: &Open, id: &str) -> Option<usize> {
    o.rubric()
        .skill_index(id)
        .filter(|&s| o.answers.asks(o.rubric(), s))
}

fn skill_view(app: &App, o: &Open, s: usize, review: bool, problem: &[String]) -> Markup {
    let rubric = o.rubric();
    let a = &o.answers;
    let skill = &rubric.skills[s];
    let asked = flow::asked_skills(rubric, a);
    let number = asked.iter().position(|&i| i == s).unwrap_or(0) + 1;
    let (group, position, of) =
        flow::skill_place(rubric, s, &|i| a.asks(rubric, i), crate::web::pages::LANG);
    let back = if review {
        o.url("review")
    } else {
        match flow::before(rubric, a, Step::Skill(s), false) {
            Some(step) => step_link(o, step),
            None => o.url("about"),
        }
    };
    let title = wa(
        "web-skill-progress",
        &[("number", number.into()), ("total", asked.len().into())],
    );
    let body = html! {
        p.progress { (title) " · " (group) " " (position) " of " (of) }
        progress max=(asked.len()) value=(number) aria-hidden="true" {}
        h1 { (t(&skill.name)) }
        p { (t(&skill.description)) }
        (problems(problem))
        form method="post" action=(o.url(&format!("skill/{}", skill.id))) {
            (csrf(&o.csrf(app)))
            @if review { input type="hidden" name="review" value="1"; }
            fieldset {
                legend { (questionnaire::rating_question(crate::web::pages::LANG)) }
                p.hint { (wa("web-skill-pick", &[("from", EVIDENCE_FROM.into())])) }
                @for (v, (label, anchor)) in flow::rating_choices(rubric, s).iter().enumerate() {
                    @let id = format!("rating-{v}");
                    label.choice for=(id) {
                        input type="radio" name="rating" value=(v) id=(id)
                            class=[(v >= usize::from(EVIDENCE_FROM)).then_some("ev")]
                            checked[a.ratings[s] == Some(v as u8)];
                        span { b { (v) " " (label) } (anchor) }
                    }
                }
            }
            div.evidence {
                label.field for="evidence" { (w("web-evidence-label")) }
                p.hint { (w("web-evidence-hint")) }
                textarea #evidence name="evidence" maxlength=(EVIDENCE_MAX) {
                    (a.evidence[s].as_deref().map(t).unwrap_or_default())
                }
            }
            div.buttons {
                a.back href=(back) { (w("web-back")) }
                button #next type="submit" { (w("web-next")) }
            }
        }
    };
    layout(&title, body, Some(&o.resume()), true)
}

/// `POST /s/TOKEN/skill/ID`: the rating and its evidence, together.
pub async fn skill(
    State(app): State<Arc<App>>,
    headers: HeaderMap,
    Path((token, skill)): Path<(String, String)>,
    body: Bytes,
) -> Response {
    let mut o = match open_session(&app, &headers, &token) {
        Ok(o) => o,
        Err(r) => return r,
    };
    let Some(s) = asked_skill(&o, &skill) else {
        return http::not_found().await;
    };
    let form = Form::parse(&body);
    if !csrf_ok(&app, &token, &form) {
        return http::forged();
    }
    let review = form.get("review") == Some("1");
    let max = o.rubric().max_rating();
    let rating = form.get("rating").and_then(|r| r.parse::<u8>().ok());
    let evidence = form.get("evidence").unwrap_or("");
    let problem = match rating {
        None => Some("Choose the description most like what you do now.".to_string()),
        Some(r) if r > max => Some(format!("Choose one of the ratings 0 to {max}.")),
        _ if evidence.chars().count() > EVIDENCE_MAX => Some(format!(
            "What shows this: at most {EVIDENCE_MAX} characters."
        )),
        _ => None,
    };
    if let Some(p) = problem {
        let view = skill_view(&app, &o, s, review, &[p]);
        return http::page(StatusCode::UNPROCESSABLE_ENTITY, view);
    }
    let rating = rating.unwrap_or(0);
    flow::set_rating(&mut o.answers, s, rating);
    if rating >= EVIDENCE_FROM {
        flow::set_evidence(&mut o.answers, s, &t(evidence));
    }
    if let Err(r) = o.save(&app) {
        return r;
    }
    let next = flow::after(o.rubric(), &o.answers, Step::Evidence(s), review);
    see_other(&step_link(&o, next))
}

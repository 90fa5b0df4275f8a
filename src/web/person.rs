//! The person's path: start → about you ([`super::about`]) → one page per skill → review →
//! report, with a resume link on every page. Each page is a GET (so the browser's back and forward buttons
//! work) and each answer a POST that saves the draft and redirects to the next page, chosen
//! by [`flow::after`] as in the terminal.

use std::sync::Arc;

use axum::body::Bytes;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::Response;
use maud::{Markup, html};

use super::http::{self, Form, form_token, form_token_ok, see_other, with_cookie};
use super::pages::{csrf, layout, problems, radio, t, w};
use super::store::Session;
use super::{App, Served, keys};
use crate::i18n::Lang;
use crate::questionnaire::{Answers, EVIDENCE_FROM, Step, flow};
use crate::rubric::Rubric;
use crate::tr;

/// Longest name accepted.
pub(super) const NAME_MAX: usize = 100;
/// Longest evidence accepted.
const EVIDENCE_MAX: usize = 2000;

/// `?review=1` on a page opened from the review: the answer returns there.
#[derive(serde::Deserialize, Default)]
pub struct FromReview {
    review: Option<String>,
}

impl FromReview {
    pub(super) fn on(&self) -> bool {
        self.review.as_deref() == Some("1")
    }
}

/// A session's rubric and answers, or the page that says why there are none.
pub(super) struct Open<'a> {
    pub served: &'a Served,
    /// The rubric's words in the session's language.
    pub words: &'a Rubric,
    /// The language the person chose (or was offered) on the first page.
    pub lang: Lang,
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
                    self.lang,
                    StatusCode::INTERNAL_SERVER_ERROR,
                    &w(self.lang, "web-save-failed-title"),
                    &tr!(self.lang, "web-save-failed", why = format!("{e:#}")),
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
    let lang = http::request_lang(app, headers);
    let missing = |why: Option<String>| {
        let text = match why {
            Some(why) => tr!(lang, "web-session-unusable", why = why),
            None => w(lang, "web-session-missing"),
        };
        let title = w(lang, "web-session-missing-title");
        http::problem_page(lang, StatusCode::NOT_FOUND, &title, &text)
    };
    if !keys::is_token(token) {
        return Err(missing(None));
    }
    let Some(id) = app.store.rubric_of(token) else {
        return Err(missing(None));
    };
    let Some(served) = app.served(&id) else {
        return Err(http::problem_page(
            lang,
            StatusCode::NOT_FOUND,
            &w(lang, "web-session-not-offered-title"),
            &tr!(lang, "web-session-not-offered", rubric = t(&id)),
        ));
    };
    match app.store.load(token, &served.rubric) {
        Session::Open(answers) => Ok(Open {
            served,
            lang: answers.lang.unwrap_or(lang),
            words: app.words(served, answers.lang.unwrap_or(lang)),
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
pub(super) fn csrf_ok(app: &App, token: &str, form: &Form) -> bool {
    form.get("csrf")
        .is_some_and(|c| app.key.verify("csrf", token, c))
}

/// `?lang=es` on the first page: the language the person chose there.
#[derive(serde::Deserialize, Default)]
pub struct Choice {
    lang: Option<String>,
}

/// `GET /`: what this is, which rubric, the whole or the quick questionnaire, and the
/// choice of language (each named in its own language, so that a reader finds theirs).
pub async fn start_page(
    State(app): State<Arc<App>>,
    headers: HeaderMap,
    Query(choice): Query<Choice>,
) -> Response {
    match choice.lang.as_deref().and_then(Lang::from_code) {
        // Remembered for the pages outside the questionnaire (a mistyped address).
        Some(lang) => with_cookie(
            start_view(&app, &headers, lang, &[]),
            Some(http::set_cookie(http::LANG_COOKIE, lang.code(), "Lax")),
        ),
        None => start_view(&app, &headers, http::request_lang(&app, &headers), &[]),
    }
}

/// The languages offered on the first page, each as its own speakers write it.
const LANGUAGES: [(Lang, &str); 2] = [(Lang::En, "English"), (Lang::Es, "Español")];

fn start_view(app: &App, headers: &HeaderMap, lang: Lang, problem: &[String]) -> Response {
    let (token, set) = form_token(app, headers);
    let rubrics = &app.config.rubrics;
    let first = app.words(&rubrics[0], lang);
    let body = html! {
        nav.languages aria-label=(w(lang, "web-start-language")) {
            @for (other, name) in LANGUAGES {
                @if other == lang {
                    span lang=(other.code()) aria-current="true" { (name) }
                } @else {
                    a lang=(other.code()) hreflang=(other.code()) href=(format!("/?lang={}", other.code())) { (name) }
                }
            }
        }
        p.kicker { "skillgap" }
        h1 { (w(lang, "web-start-title")) }
        p { (tr!(lang, "web-start-intro", rubric = t(&first.title))) }
        p { (tr!(lang, "web-start-time", skills = first.skills.len())) }
        (problems(problem))
        form method="post" action="/start" {
            (csrf(&token))
            input type="hidden" name="lang" value=(lang.code());
            @if rubrics.len() > 1 {
                fieldset {
                    legend { (w(lang, "web-start-ladder")) }
                    @for (i, s) in rubrics.iter().enumerate() {
                        @let words = app.words(s, lang);
                        (radio("rubric", &s.rubric.id, &format!("rubric-{i}"), i == 0, html! {
                            b { (t(&words.title)) }
                            (tr!(lang, "web-start-ladder-size", skills = words.skills.len(), levels = words.levels.len()))
                        }))
                    }
                }
            }
            fieldset {
                legend { (w(lang, "web-start-how-many")) }
                (radio("quick", "0", "quick-0", !app.config.quick, html! {
                    b { (w(lang, "web-start-every")) } (w(lang, "web-start-every-hint"))
                }))
                (radio("quick", "1", "quick-1", app.config.quick, html! {
                    b { (w(lang, "web-start-quick")) } (w(lang, "web-start-quick-hint"))
                }))
            }
            div.buttons { button #next type="submit" { (w(lang, "web-start-button")) } }
        }
    };
    // A refused form is shown again as 422, as every other form of the questionnaire.
    let status = if problem.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    let page = layout(lang, &w(lang, "web-start-page"), body, None, false);
    with_cookie(http::page(status, page), set)
}

/// `POST /start`: a new session in the language of the start form, saved at once so that
/// its link works.
pub async fn start(State(app): State<Arc<App>>, headers: HeaderMap, body: Bytes) -> Response {
    let form = Form::parse(&body);
    let lang = form
        .get("lang")
        .and_then(Lang::from_code)
        .unwrap_or_else(|| http::request_lang(&app, &headers));
    if !form_token_ok(&app, &headers, &form) {
        return http::forged(lang);
    }
    let served = match form.get("rubric") {
        None => &app.config.rubrics[0],
        Some(id) => match app.served(id) {
            Some(s) => s,
            None => {
                let problem = [w(lang, "web-start-bad-ladder")];
                return start_view(&app, &headers, lang, &problem);
            }
        },
    };
    let quick = match form.get("quick") {
        None => app.config.quick,
        Some(q) => q == "1",
    };
    let Ok(token) = keys::new_token() else {
        return http::problem_page(
            lang,
            StatusCode::INTERNAL_SERVER_ERROR,
            &w(lang, "web-start-failed-title"),
            &w(lang, "web-start-failed"),
        );
    };
    let mut answers = Answers::new(&served.rubric, quick);
    answers.lang = Some(lang);
    let session = Open {
        served,
        words: app.words(served, lang),
        lang,
        answers,
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
        None => http::not_found(o.lang),
    }
}

/// The index of skill `id`, when the questionnaire asks it.
fn asked_skill(o: &Open, id: &str) -> Option<usize> {
    o.rubric()
        .skill_index(id)
        .filter(|&s| o.answers.asks(o.rubric(), s))
}

fn skill_view(app: &App, o: &Open, s: usize, review: bool, problem: &[String]) -> Markup {
    let rubric = o.words;
    let lang = o.lang;
    let a = &o.answers;
    let skill = &rubric.skills[s];
    let asked = flow::asked_skills(rubric, a);
    let number = asked.iter().position(|&i| i == s).unwrap_or(0) + 1;
    let (group, position, of) = flow::skill_place(rubric, s, &|i| a.asks(rubric, i), lang);
    let back = if review {
        o.url("review")
    } else {
        match flow::before(rubric, a, Step::Skill(s), false) {
            Some(step) => step_link(o, step),
            None => o.url("about"),
        }
    };
    let title = tr!(
        lang,
        "web-skill-progress",
        number = number,
        total = asked.len()
    );
    let place = tr!(
        lang,
        "web-skill-place",
        group = group,
        number = position,
        total = of
    );
    let body = html! {
        p.progress { (title) " · " (place) }
        progress max=(asked.len()) value=(number) aria-hidden="true" {}
        h1 { (t(&skill.name)) }
        p { (t(&skill.description)) }
        (problems(problem))
        form method="post" action=(o.url(&format!("skill/{}", skill.id))) {
            (csrf(&o.csrf(app)))
            @if review { input type="hidden" name="review" value="1"; }
            fieldset {
                legend { (crate::questionnaire::rating_question(lang)) }
                p.hint { (tr!(lang, "web-skill-pick", from = EVIDENCE_FROM)) }
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
                label.field for="evidence" { (w(lang, "web-evidence-label")) }
                p.hint { (w(lang, "web-evidence-hint")) }
                textarea #evidence name="evidence" maxlength=(EVIDENCE_MAX) {
                    (a.evidence[s].as_deref().map(t).unwrap_or_default())
                }
            }
            div.buttons {
                a.back href=(back) { (w(lang, "web-back")) }
                button #next type="submit" { (w(lang, "web-next")) }
            }
        }
    };
    layout(lang, &title, body, Some(&o.resume()), true)
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
        return http::not_found(o.lang);
    };
    let form = Form::parse(&body);
    if !csrf_ok(&app, &token, &form) {
        return http::forged(o.lang);
    }
    let review = form.get("review") == Some("1");
    let max = o.rubric().max_rating();
    let rating = form.get("rating").and_then(|r| r.parse::<u8>().ok());
    let evidence = form.get("evidence").unwrap_or("");
    let lang = o.lang;
    let problem = match rating {
        None => Some(w(lang, "web-problem-rating")),
        Some(r) if r > max => Some(tr!(lang, "web-problem-rating-range", max = max)),
        _ if evidence.chars().count() > EVIDENCE_MAX => {
            Some(tr!(lang, "web-problem-evidence-long", max = EVIDENCE_MAX))
        }
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

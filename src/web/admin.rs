//! The supervisor's pages, behind the admin code: the team report of `--dir` (the page
//! `skillgap team --input DIR -o team.html` writes, by group when the profiles have groups),
//! the list of finished profiles, and a blind review of one of them (as `skillgap review`:
//! the person's own ratings are shown only once the review is saved, beside it).

use std::sync::Arc;

use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::Response;
use maud::html;

use super::http::request_lang;
use super::http::{self, Form, cookie, local_path, see_other, set_cookie, with_cookie};
use super::pages::{self, csrf, layout, problems, radio, t, w};
use super::{App, Served};
use crate::export::{Format, render_to_vec, renderer};
use crate::i18n::Lang;
use crate::input::Origin;
use crate::profile::{Profile, Role};
use crate::questionnaire::flow;
use crate::questionnaire::review::{ReviewAnswers, comparison_lines, not_observed};
use crate::rubric::Rubric;
use crate::team::{TallyOptions, TeamSummary, TeamTally};
use crate::tr;

const ADMIN_COOKIE: &str = "skillgap_admin";
/// Longest note on a rating accepted.
const NOTE_MAX: usize = 500;

/// The admin cookie's value, when the request carries the right one.
fn admin<'a>(app: &App, headers: &'a HeaderMap) -> Option<&'a str> {
    cookie(headers, ADMIN_COOKIE).filter(|c| app.key.verify("admin", &app.config.admin_code, c))
}

fn admin_csrf(app: &App, session: &str) -> String {
    app.key.sign("admin-csrf", session)
}

/// The page asking for the admin code, which then goes on to `next`.
fn log_in_page(app: &App, headers: &HeaderMap, next: &str, problem: &[String]) -> Response {
    let (token, set) = http::form_token(app, headers);
    let status = if problem.is_empty() {
        StatusCode::UNAUTHORIZED
    } else {
        StatusCode::FORBIDDEN
    };
    let lang = request_lang(app, headers);
    let w = |id| w(lang, id);
    let body = html! {
        h1 { (w("web-admin-title")) }
        p { (w("web-admin-intro")) }
        (problems(problem))
        form method="post" action="/admin" {
            (csrf(&token))
            input type="hidden" name="next" value=(local_path(Some(next)));
            label.field for="code" { (w("web-admin-code")) }
            input #code type="text" name="code" inputmode="numeric" autocomplete="off" maxlength="64" required;
            div.buttons { button #next type="submit" { (w("web-continue")) } }
        }
    };
    with_cookie(
        http::page(
            status,
            layout(lang, &w("web-admin-code"), body, None, false),
        ),
        set,
    )
}

/// `POST /admin`: the supervisor's code.
pub async fn log_in(State(app): State<Arc<App>>, headers: HeaderMap, body: Bytes) -> Response {
    let form = Form::parse(&body);
    let next = local_path(form.get("next"));
    let lang = request_lang(&app, &headers);
    if !http::form_token_ok(&app, &headers, &form) {
        return http::forged(lang);
    }
    let given = form.get("code").unwrap_or("").trim();
    if !app.key.same_code(given, &app.config.admin_code) {
        let problem = [w(lang, "web-admin-code-wrong")];
        return log_in_page(&app, &headers, &next, &problem);
    }
    let value = app.key.sign("admin", &app.config.admin_code);
    with_cookie(
        see_other(&next),
        Some(set_cookie(ADMIN_COOKIE, &value, "Strict")),
    )
}

/// A finished profile of the folder, read as `assess --input` reads it.
struct Member<'a> {
    file: String,
    served: &'a Served,
    profile: Profile,
}

/// Reads profile file `file`: its rubric (the one it names, else the server's first) and
/// its ratings, with the reviews saved for it attached. `Err` says why it cannot be used,
/// in `lang`.
fn member<'a>(app: &'a App, file: &str, lang: Lang) -> Result<Member<'a>, String> {
    let text = app
        .store
        .read_profile(file)
        .ok_or_else(|| w(lang, "web-member-gone"))?;
    let origin = Origin::Path(app.store.dir().join(file));
    let doc = crate::profile::ProfileDoc::from_json(&text, &origin).map_err(|e| e.to_string())?;
    let served = match doc.rubric.as_deref() {
        Some(id) => app
            .served(id)
            .ok_or_else(|| tr!(lang, "web-member-other-rubric", rubric = id))?,
        None => &app.config.rubrics[0],
    };
    let mut profile = doc
        .validate(&served.rubric, &origin, Default::default())
        .map_err(|e| e.to_string())?;
    attach_reviews(app, &served.rubric, file, &mut profile);
    Ok(Member {
        file: file.to_string(),
        served,
        profile,
    })
}

/// Adds the reviews saved for profile file `file` (in `reviews/`) to the reviews it holds:
/// the reports then score the confirmed ratings and show where the raters disagree. A review
/// of another person, or one that cannot be read, is left out.
pub(super) fn attach_reviews(app: &App, rubric: &Rubric, file: &str, profile: &mut Profile) {
    let mut reviews = profile.reviews().to_vec();
    for path in app.store.reviews_of(file) {
        let origin = Origin::Path(path.clone());
        if let Ok(text) = std::fs::read_to_string(&path)
            && let Ok(review) = crate::profile::review::parse_review(&text, &origin, rubric)
            && profile
                .name
                .as_deref()
                .is_none_or(|n| crate::profile::review::same_person(n, &review.person))
        {
            reviews.push(review);
        }
    }
    profile.set_reviews(reviews);
}

/// `GET /team`: the team report of the folder's profiles.
pub async fn team_page(State(app): State<Arc<App>>, headers: HeaderMap) -> Response {
    if admin(&app, &headers).is_none() {
        return log_in_page(&app, &headers, "/team", &[]);
    }
    let lang = request_lang(&app, &headers);
    let w = |id| w(lang, id);
    // Skill and level names in the supervisor's language; the profiles read against the
    // rubric itself (the same skills, in the same order).
    let rubric = app.words(&app.config.rubrics[0], lang);
    let mut members = Vec::new();
    let mut left_out = Vec::new();
    for file in app.store.profiles() {
        match member(&app, &file, lang) {
            Ok(m) if m.served.rubric.id == rubric.id => members.push(m),
            Ok(_) => left_out.push(tr!(lang, "web-team-other-rubric", file = file)),
            Err(why) => left_out.push(format!("{file}: {why}")),
        }
    }
    if members.is_empty() {
        return http::page(
            StatusCode::OK,
            pages::message(
                lang,
                &w("web-team-none-title"),
                &w("web-team-none"),
                Some(("/review", &w("web-profiles-title"))),
            ),
        );
    }
    let today = crate::settings::today();
    let mut options = TallyOptions::new(rubric, today);
    options.window.expiring_days = app.config.expiring_days;
    options.by_group = members.iter().any(|m| m.profile.group.is_some());
    let mut tally = TeamTally::with(rubric, options);
    for m in &mut members {
        m.profile.expire(today);
        tally.add(rubric, &m.profile);
    }
    let summary: TeamSummary = tally.summary(rubric, app.config.max_certs);
    let page = match render_to_vec(
        &*renderer::<TeamSummary>(Format::Html, false, None),
        &summary,
    ) {
        Ok(b) => pages::in_lang(&String::from_utf8_lossy(&b), lang),
        Err(e) => {
            return http::problem_page(
                lang,
                StatusCode::INTERNAL_SERVER_ERROR,
                &w("web-team-failed-title"),
                &e.to_string(),
            );
        }
    };
    let nav = html! {
        nav.downloads aria-label=(w("web-admin-title")) {
            p {
                strong { (tr!(lang, "web-team-finished", count = members.len())) " " }
                @for (i, m) in members.iter().enumerate() {
                    @if i > 0 { ", " }
                    a href=(format!("/review/{}", m.file)) title=(w("web-review-link")) {
                        (t(m.profile.name.as_deref().unwrap_or(&m.file)))
                    }
                    // Two people (or two assessments) of one name: the file tells them apart.
                    @if members.iter().filter(|o| o.profile.name == m.profile.name).count() > 1 {
                        " (" (t(&m.file)) ")"
                    }
                }
                (w("web-team-pick"))
            }
            @for why in &left_out {
                p { (tr!(lang, "web-team-left-out", why = t(why))) }
            }
        }
    };
    let at = page.find("<main>").map_or(0, |i| i + "<main>".len());
    http::html_response(
        StatusCode::OK,
        format!("{}{}{}", &page[..at], nav.into_string(), &page[at..]),
    )
}

/// `GET /review`: the finished profiles, each with its reviews and a link to review it.
pub async fn profiles_page(State(app): State<Arc<App>>, headers: HeaderMap) -> Response {
    if admin(&app, &headers).is_none() {
        return log_in_page(&app, &headers, "/review", &[]);
    }
    let files = app.store.profiles();
    let lang = request_lang(&app, &headers);
    let w = |id| w(lang, id);
    let body = html! {
        h1 { (w("web-profiles-title")) }
        p { (w("web-profiles-intro")) " " a href="/team" { (w("web-team-link")) } }
        @if files.is_empty() { p { (w("web-profiles-none")) } }
        ul.plain {
            @for file in &files {
                @let reviews = app.store.reviews_of(file).len();
                li {
                    a href=(format!("/review/{file}")) { (t(file)) }
                    @if reviews > 0 { " · " (tr!(lang, "web-profiles-reviews", count = reviews)) }
                }
            }
        }
    };
    http::page(
        StatusCode::OK,
        layout(lang, &w("web-profiles-page"), body, None, false),
    )
}

/// `GET /review/FILE`: the review form for one profile.
pub async fn review_page(
    State(app): State<Arc<App>>,
    headers: HeaderMap,
    Path(file): Path<String>,
) -> Response {
    let Some(session) = admin(&app, &headers) else {
        return log_in_page(&app, &headers, &format!("/review/{file}"), &[]);
    };
    let lang = request_lang(&app, &headers);
    match member(&app, &file, lang) {
        Ok(m) => {
            let answers = ReviewAnswers::new(&m.served.rubric, m.profile.name.clone());
            review_view(&app, session, &m, &answers, &[], StatusCode::OK, lang)
        }
        Err(why) => not_a_profile(&why, lang),
    }
}

fn not_a_profile(why: &str, lang: Lang) -> Response {
    http::problem_page(
        lang,
        StatusCode::NOT_FOUND,
        &w(lang, "web-profile-missing-title"),
        &tr!(lang, "web-profile-not-reviewable", why = why),
    )
}

/// A reviewer's role, as the review form offers it.
fn role_name(lang: Lang, role: Role) -> String {
    match role {
        Role::Supervisor => w(lang, "web-role-supervisor"),
        Role::Trainer => w(lang, "web-role-trainer"),
        Role::Peer => w(lang, "web-role-peer"),
        Role::Assessor => w(lang, "web-role-assessor"),
    }
}

fn review_view(
    app: &App,
    session: &str,
    m: &Member,
    a: &ReviewAnswers,
    problem: &[String],
    status: StatusCode,
    lang: Lang,
) -> Response {
    let rubric = app.words(m.served, lang);
    let w = |id| w(lang, id);
    let person = m
        .profile
        .name
        .as_deref()
        .map_or_else(|| w("web-review-this-person"), t);
    let body = html! {
        p.kicker { (t(&rubric.title)) }
        h1 { (tr!(lang, "web-review-heading", person = person)) }
        p { (w("web-review-form-intro")) }
        (problems(problem))
        form method="post" action=(format!("/review/{}", m.file)) {
            (csrf(&admin_csrf(app, session)))
            label.field for="reviewer" { (w("web-about-name")) }
            input #reviewer type="text" name="reviewer" maxlength="100" required value=(a.reviewer.as_deref().map(t).unwrap_or_default());
            fieldset {
                legend { (w("web-review-role")) }
                @for (i, role) in Role::ALL.iter().enumerate() {
                    (radio("role", role.as_str(), &format!("role-{i}"), a.role == Some(*role), html! { (role_name(lang, *role)) }))
                }
            }
            @for (s, skill) in rubric.skills.iter().enumerate() {
                fieldset {
                    legend { (t(&skill.name)) }
                    p.hint { (t(&skill.description)) }
                    @for (v, (label, anchor)) in flow::rating_choices(rubric, s).iter().enumerate() {
                        (radio(&skill.id, &v.to_string(), &format!("{}-{v}", skill.id), a.ratings[s] == Some(Some(v as u8)), html! { b { (v) " " (label) } (anchor) }))
                    }
                    (radio(&skill.id, "none", &format!("{}-none", skill.id), a.ratings[s] == Some(None), html! { (not_observed(lang)) }))
                    label.field for=(format!("note-{}", skill.id)) { (w("web-review-note")) }
                    input type="text" id=(format!("note-{}", skill.id)) name=(format!("note-{}", skill.id)) maxlength=(NOTE_MAX) value=(a.notes[s].as_deref().map(t).unwrap_or_default());
                }
            }
            div.buttons {
                a.back href="/review" { (w("web-back")) }
                button #next type="submit" { (w("web-review-save")) }
            }
        }
    };
    http::page(
        status,
        layout(lang, &w("web-review-page"), body, None, false),
    )
}

/// `POST /review/FILE`: saves the review beside the profile and shows it beside the
/// person's own ratings.
pub async fn review(
    State(app): State<Arc<App>>,
    headers: HeaderMap,
    Path(file): Path<String>,
    body: Bytes,
) -> Response {
    let Some(session) = admin(&app, &headers) else {
        return log_in_page(&app, &headers, &format!("/review/{file}"), &[]);
    };
    let lang = request_lang(&app, &headers);
    let form = Form::parse(&body);
    if !form
        .get("csrf")
        .is_some_and(|c| app.key.verify("admin-csrf", session, c))
    {
        return http::forged(lang);
    }
    let m = match member(&app, &file, lang) {
        Ok(m) => m,
        Err(why) => return not_a_profile(&why, lang),
    };
    let rubric = &m.served.rubric;
    let mut a = ReviewAnswers::new(rubric, m.profile.name.clone().or(Some(file.clone())));
    let problem = read_review(app.words(m.served, lang), lang, &form, &mut a);
    if !problem.is_empty() {
        let status = StatusCode::UNPROCESSABLE_ENTITY;
        return review_view(&app, session, &m, &a, &problem, status, lang);
    }
    let review = a.to_review(crate::settings::today());
    let saved = serde_json::to_vec_pretty(&review.to_doc(rubric))
        .map_err(anyhow::Error::from)
        .and_then(|mut bytes| {
            bytes.push(b'\n');
            app.store.write_review(&file, &bytes)
        });
    let saved = match saved {
        Ok(name) => name,
        Err(e) => {
            return http::problem_page(
                lang,
                StatusCode::INTERNAL_SERVER_ERROR,
                &w(lang, "web-review-failed-title"),
                &tr!(lang, "web-review-failed", why = format!("{e:#}")),
            );
        }
    };
    let lines = comparison_lines(app.words(m.served, lang), &a, &m.profile, lang);
    let file = format!("{}/{}", super::store::REVIEWS, t(&saved));
    let said = tr!(lang, "web-review-saved-as", file = pages::SLOT);
    let (before, after) = said.split_once(pages::SLOT).unwrap_or((&said, ""));
    let w = |id| w(lang, id);
    let body = html! {
        h1 { (w("web-review-saved")) }
        p { (before) code { (file) } (after) }
        pre { @for line in &lines { (t(line)) "\n" } }
        div.buttons {
            a.button href="/review" { (w("web-review-another")) }
            a.back href="/team" { (w("web-team-link")) }
        }
    };
    http::page(
        StatusCode::OK,
        layout(lang, &w("web-review-saved"), body, None, false),
    )
}

/// Reads the review form into `a`; the problems, in `lang`, each naming its field or skill
/// (by its name in `words`).
fn read_review(words: &Rubric, lang: Lang, form: &Form, a: &mut ReviewAnswers) -> Vec<String> {
    let mut problem = Vec::new();
    match form.get("reviewer").map(str::trim) {
        Some(r) if !r.is_empty() && r.chars().count() <= 100 => a.reviewer = Some(t(r)),
        _ => problem.push(w(lang, "web-review-problem-name")),
    }
    match form.get("role").and_then(Role::named) {
        Some(role) => a.role = Some(role),
        None => problem.push(w(lang, "web-review-problem-role")),
    }
    let max = words.max_rating();
    let mut missing = Vec::new();
    for (s, skill) in words.skills.iter().enumerate() {
        match form.get(&skill.id) {
            Some("none") => a.ratings[s] = Some(None),
            Some(v) => match v.parse::<u8>() {
                Ok(r) if r <= max => a.ratings[s] = Some(Some(r)),
                _ => missing.push(t(&skill.name)),
            },
            None => missing.push(t(&skill.name)),
        }
        let note = form
            .get(&format!("note-{}", skill.id))
            .map(str::trim)
            .unwrap_or("");
        if note.chars().count() > NOTE_MAX {
            problem.push(tr!(
                lang,
                "web-review-problem-note",
                skill = t(&skill.name),
                max = NOTE_MAX
            ));
        } else if !note.is_empty() {
            a.notes[s] = Some(t(note));
        }
    }
    if !missing.is_empty() {
        problem.push(tr!(
            lang,
            "web-review-problem-missing",
            skills = missing.join(", ")
        ));
    }
    problem
}

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

use super::http::{self, Form, cookie, local_path, see_other, set_cookie, with_cookie};
use super::pages::{self, csrf, layout, problems, radio, t};
use super::{App, Served};
use crate::export::{Format, render_to_vec, renderer};
use crate::input::Origin;
use crate::profile::{Profile, Role};
use crate::questionnaire::flow;
use crate::questionnaire::review::{ReviewAnswers, comparison_lines, not_observed};
use crate::rubric::Rubric;
use crate::team::{TallyOptions, TeamSummary, TeamTally};

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
    let body = html! {
        h1 { "Supervisor's pages" }
        p { "The team report and reviews need the supervisor's code, printed where skillgap serve was started." }
        (problems(problem))
        form method="post" action="/admin" {
            (csrf(&token))
            input type="hidden" name="next" value=(local_path(Some(next)));
            label.field for="code" { "Supervisor's code" }
            input #code type="text" name="code" inputmode="numeric" autocomplete="off" maxlength="64" required;
            div.buttons { button #next type="submit" { "Continue" } }
        }
    };
    with_cookie(
        http::page(status, layout("Supervisor's code", body, None, false)),
        set,
    )
}

/// `POST /admin`: the supervisor's code.
pub async fn log_in(State(app): State<Arc<App>>, headers: HeaderMap, body: Bytes) -> Response {
    let form = Form::parse(&body);
    let next = local_path(form.get("next"));
    if !http::form_token_ok(&app, &headers, &form) {
        return http::forged();
    }
    let given = form.get("code").unwrap_or("").trim();
    if !app.key.same_code(given, &app.config.admin_code) {
        let problem = ["That is not the supervisor's code.".to_string()];
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
/// its ratings, with the reviews saved for it attached. `Err` says why it cannot be used.
fn member<'a>(app: &'a App, file: &str) -> Result<Member<'a>, String> {
    let text = app
        .store
        .read_profile(file)
        .ok_or_else(|| "it is no longer in the folder".to_string())?;
    let origin = Origin::Path(app.store.dir().join(file));
    let doc = crate::profile::ProfileDoc::from_json(&text, &origin).map_err(|e| e.to_string())?;
    let served = match doc.rubric.as_deref() {
        Some(id) => app
            .served(id)
            .ok_or_else(|| format!("it was written for rubric \"{id}\", not offered here"))?,
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
    let rubric = &app.config.rubrics[0].rubric;
    let mut members = Vec::new();
    let mut left_out = Vec::new();
    for file in app.store.profiles() {
        match member(&app, &file) {
            Ok(m) if m.served.rubric.id == rubric.id => members.push(m),
            Ok(_) => left_out.push(format!("{file}: written for another rubric")),
            Err(why) => left_out.push(format!("{file}: {why}")),
        }
    }
    if members.is_empty() {
        return http::page(
            StatusCode::OK,
            pages::message(
                "No finished questionnaires yet",
                "The team report appears here once people have finished the questionnaire.",
                Some(("/review", "Profiles and reviews")),
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
        Ok(b) => String::from_utf8_lossy(&b).into_owned(),
        Err(e) => {
            return http::problem_page(
                StatusCode::INTERNAL_SERVER_ERROR,
                "Cannot show the team",
                &e.to_string(),
            );
        }
    };
    let nav = html! {
        nav.downloads aria-label="Supervisor's pages" {
            p {
                strong { (members.len()) " finished profiles: " }
                @for (i, m) in members.iter().enumerate() {
                    @if i > 0 { ", " }
                    a href=(format!("/review/{}", m.file)) title="Review" {
                        (t(m.profile.name.as_deref().unwrap_or(&m.file)))
                    }
                    // Two people (or two assessments) of one name: the file tells them apart.
                    @if members.iter().filter(|o| o.profile.name == m.profile.name).count() > 1 {
                        " (" (t(&m.file)) ")"
                    }
                }
                ". Pick a name to review that person blind."
            }
            @for why in &left_out {
                p { "Left out: " (t(why)) }
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
    let body = html! {
        h1 { "Profiles and reviews" }
        p { "Pick a person to rate them blind: their own ratings are shown only after you save your review. " a href="/team" { "Team report" } }
        @if files.is_empty() { p { "No finished questionnaires yet." } }
        ul.plain {
            @for file in &files {
                @let reviews = app.store.reviews_of(file).len();
                li {
                    a href=(format!("/review/{file}")) { (t(file)) }
                    @if reviews > 0 { " · " (reviews) " review" @if reviews > 1 { "s" } }
                }
            }
        }
    };
    http::page(StatusCode::OK, layout("Profiles", body, None, false))
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
    match member(&app, &file) {
        Ok(m) => {
            let answers = ReviewAnswers::new(&m.served.rubric, m.profile.name.clone());
            review_view(&app, session, &m, &answers, &[], StatusCode::OK)
        }
        Err(why) => not_a_profile(&why),
    }
}

fn not_a_profile(why: &str) -> Response {
    http::problem_page(
        StatusCode::NOT_FOUND,
        "Profile not found",
        &format!("This profile cannot be reviewed: {why}. Pick one from the list of profiles."),
    )
}

fn review_view(
    app: &App,
    session: &str,
    m: &Member,
    a: &ReviewAnswers,
    problem: &[String],
    status: StatusCode,
) -> Response {
    let rubric = &m.served.rubric;
    let person = m.profile.name.as_deref().unwrap_or("this person");
    let body = html! {
        p.kicker { (t(&rubric.title)) }
        h1 { "Review " (t(person)) }
        p { "Rate what you have seen them do, on the same descriptions they rated themselves against. Their own ratings are shown after you save." }
        (problems(problem))
        form method="post" action=(format!("/review/{}", m.file)) {
            (csrf(&admin_csrf(app, session)))
            label.field for="reviewer" { "Your name" }
            input #reviewer type="text" name="reviewer" maxlength="100" required value=(a.reviewer.as_deref().map(t).unwrap_or_default());
            fieldset {
                legend { "Your role" }
                @for (i, role) in Role::ALL.iter().enumerate() {
                    (radio("role", role.as_str(), &format!("role-{i}"), a.role == Some(*role), html! { (role.as_str()) }))
                }
            }
            @for (s, skill) in rubric.skills.iter().enumerate() {
                fieldset {
                    legend { (t(&skill.name)) }
                    p.hint { (t(&skill.description)) }
                    @for (v, (label, anchor)) in flow::rating_choices(rubric, s).iter().enumerate() {
                        (radio(&skill.id, &v.to_string(), &format!("{}-{v}", skill.id), a.ratings[s] == Some(Some(v as u8)), html! { b { (v) " " (label) } (anchor) }))
                    }
                    (radio(&skill.id, "none", &format!("{}-none", skill.id), a.ratings[s] == Some(None), html! { (not_observed(crate::web::pages::LANG)) }))
                    label.field for=(format!("note-{}", skill.id)) { "What you have seen (optional)" }
                    input type="text" id=(format!("note-{}", skill.id)) name=(format!("note-{}", skill.id)) maxlength=(NOTE_MAX) value=(a.notes[s].as_deref().map(t).unwrap_or_default());
                }
            }
            div.buttons {
                a.back href="/review" { "← Back" }
                button #next type="submit" { "Save the review" }
            }
        }
    };
    http::page(status, layout("Review", body, None, false))
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
    let form = Form::parse(&body);
    if !form
        .get("csrf")
        .is_some_and(|c| app.key.verify("admin-csrf", session, c))
    {
        return http::forged();
    }
    let m = match member(&app, &file) {
        Ok(m) => m,
        Err(why) => return not_a_profile(&why),
    };
    let rubric = &m.served.rubric;
    let mut a = ReviewAnswers::new(rubric, m.profile.name.clone().or(Some(file.clone())));
    let mut problem = Vec::new();
    match form.get("reviewer").map(str::trim) {
        Some(r) if !r.is_empty() && r.chars().count() <= 100 => a.reviewer = Some(t(r)),
        _ => problem.push("Your name: enter it (at most 100 characters).".to_string()),
    }
    match form.get("role").and_then(Role::named) {
        Some(role) => a.role = Some(role),
        None => problem.push("Your role: choose one.".to_string()),
    }
    let max = rubric.max_rating();
    let mut missing = Vec::new();
    for (s, skill) in rubric.skills.iter().enumerate() {
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
            problem.push(format!(
                "{}: the note is longer than {NOTE_MAX} characters.",
                t(&skill.name)
            ));
        } else if !note.is_empty() {
            a.notes[s] = Some(t(note));
        }
    }
    if !missing.is_empty() {
        problem.push(format!(
            "Rate every skill, or say you had no chance to observe it: {}.",
            missing.join(", ")
        ));
    }
    if !problem.is_empty() {
        return review_view(
            &app,
            session,
            &m,
            &a,
            &problem,
            StatusCode::UNPROCESSABLE_ENTITY,
        );
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
                StatusCode::INTERNAL_SERVER_ERROR,
                "The review could not be saved",
                &format!("The server could not write it ({e:#}). Send the form again."),
            );
        }
    };
    let lines = comparison_lines(rubric, &a, &m.profile, crate::web::pages::LANG);
    let body = html! {
        h1 { "Review saved" }
        p { "Saved as " code { (super::store::REVIEWS) "/" (t(&saved)) } ". The person's reports and the team report now use the confirmed ratings." }
        pre { @for line in &lines { (t(line)) "\n" } }
        div.buttons {
            a.button href="/review" { "Review someone else" }
            a.back href="/team" { "Team report" }
        }
    };
    http::page(StatusCode::OK, layout("Review saved", body, None, false))
}

//! `skillgap serve`'s routes, driven in-process (tests/common/web.rs): every page of the
//! person's path and of the supervisor's, every bad form, the CSRF tokens of every form, the
//! body limit, the codes, the file names made from names, restarts, and hostile text.
//!
//! Every response of every test also passes the helper's header check (the policy allows
//! exactly the page's own stylesheet and script, nosniff, no-referrer, no raw ESC byte).

mod common;
#[path = "common/web.rs"]
mod web;

use std::collections::BTreeMap;

use axum::http::{StatusCode, header};
use skillgap::questionnaire::{Answers, Step, flow, quick_skills};
use skillgap::rubric::Rubric;
use web::{ADMIN_CODE, Browser, CODE, Page, Setup, Site, rubric};

const RUBRIC: &str = "production-specialist";
const OK: StatusCode = StatusCode::OK;
const SEE_OTHER: StatusCode = StatusCode::SEE_OTHER;

/// Form fields owned, so that a test can change one.
type Fields = Vec<(String, String)>;

fn fields(pairs: &[(&str, &str)]) -> Fields {
    pairs
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect()
}

fn borrowed(f: &Fields) -> Vec<(&str, &str)> {
    f.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect()
}

/// `fields` with `name` set to `value` (or left out, with `None`).
fn with(f: &Fields, name: &str, value: Option<&str>) -> Fields {
    let mut out: Fields = f.iter().filter(|(k, _)| k != name).cloned().collect();
    if let Some(v) = value {
        out.push((name.to_string(), v.to_string()));
    }
    out
}

/// A valid "about you" form.
fn about_fields(name: &str, target: &str) -> Fields {
    fields(&[
        ("name", name),
        ("target", target),
        ("years", "3.5"),
        ("education", "secondary"),
        ("cert", "osha-10"),
        ("earned-osha-10", "2024-03-01"),
        ("cert", "lss-yellow"),
        ("earned-lss-yellow", "2023-01-10"),
        ("expires-lss-yellow", "2031-01-10"),
    ])
}

fn token_of(location: &str) -> String {
    let token = location
        .strip_prefix("/s/")
        .and_then(|rest| rest.split('/').next())
        .unwrap_or_else(|| panic!("a session's page: {location}"));
    assert!(skillgap::web::keys::is_token(token), "{token}");
    token.to_string()
}

/// Starts a questionnaire from the start page with `choices`: the session token and the
/// "about you" page.
fn start(site: &Site, b: &mut Browser, choices: &[(&str, &str)]) -> (String, Page) {
    let page = b.get(site, "/");
    page.expect(OK);
    let sent = b.submit(site, &page, choices);
    sent.expect(SEE_OTHER);
    let token = token_of(sent.location());
    assert_eq!(sent.location(), format!("/s/{token}/about"));
    let about = b.follow(site, &sent);
    about.expect(OK);
    (token, about)
}

/// Sends the "about you" form; the first skill's address.
fn send_about(site: &Site, b: &mut Browser, about: &Page, f: &Fields) -> String {
    let sent = b.submit(site, about, &borrowed(f));
    sent.expect(SEE_OTHER);
    sent.location().to_string()
}

/// Answers every skill page from `at` until the review, the `n`th skill asked with
/// `rating(n)` (and evidence from 2 up); `each` sees every skill page first. The skill ids
/// asked, in order, and the review page.
fn answer_skills(
    site: &Site,
    b: &mut Browser,
    mut at: String,
    rating: &dyn Fn(usize) -> u8,
    each: &mut dyn FnMut(&str, &Page),
) -> (Vec<String>, Page) {
    let mut asked = Vec::new();
    loop {
        let page = b.get(site, &at);
        page.expect(OK);
        if at.ends_with("/review") {
            return (asked, page);
        }
        let id = at.rsplit('/').next().unwrap().to_string();
        each(&id, &page);
        let r = rating(asked.len());
        let r_text = r.to_string();
        let mut f = vec![("rating", r_text.as_str())];
        if r >= 2 {
            f.push(("evidence", "Planned the weekly schedule of line 3"));
        }
        let sent = b.submit(site, &page, &f);
        sent.expect(SEE_OTHER);
        asked.push(id);
        assert!(asked.len() <= 23, "more skill pages than skills");
        at = sent.location().to_string();
    }
}

/// A questionnaire answered up to its review page: the token and the review page.
fn to_review(site: &Site, b: &mut Browser, name: &str) -> (String, Page) {
    let (token, about) = start(site, b, &[("quick", "0")]);
    let first = send_about(site, b, &about, &about_fields(name, "specialist"));
    let (_, review) = answer_skills(site, b, first, &|n| (n % 4) as u8, &mut |_, _| {});
    (token, review)
}

/// A finished questionnaire: the token and the profile's file name in `--dir`.
fn finished(site: &Site, b: &mut Browser, name: &str) -> (String, String) {
    let before = site.profiles();
    let (token, review) = to_review(site, b, name);
    let sent = b.submit(site, &review, &[]);
    sent.expect(SEE_OTHER);
    assert_eq!(sent.location(), format!("/s/{token}/report"));
    let new: Vec<String> = site
        .profiles()
        .into_iter()
        .filter(|p| !before.contains(p))
        .collect();
    assert_eq!(new.len(), 1, "one profile written: {new:?}");
    (token, new[0].clone())
}

/// A browser that has typed the supervisor's code.
fn supervisor(site: &Site) -> Browser {
    let mut b = Browser::new();
    let page = b.get(site, "/team");
    page.expect(StatusCode::UNAUTHORIZED);
    let sent = b.submit(site, &page, &[("code", ADMIN_CODE)]);
    sent.expect(SEE_OTHER);
    assert_eq!(sent.location(), "/team");
    b
}

/// A browser that has typed the access code.
fn with_access(site: &Site) -> Browser {
    let mut b = Browser::new();
    let page = b.get(site, "/");
    page.expect(StatusCode::UNAUTHORIZED);
    b.submit(site, &page, &[("code", CODE)]).expect(SEE_OTHER);
    b
}

/// The address of a step's page, as the person's path links it.
fn step_url(rubric: &Rubric, token: &str, step: Step) -> String {
    match step {
        Step::Target | Step::Years | Step::Education | Step::Certifications => {
            format!("/s/{token}/about")
        }
        Step::Skill(s) | Step::Evidence(s) => format!("/s/{token}/skill/{}", rubric.skills[s].id),
        Step::Review => format!("/s/{token}/review"),
    }
}

/// The answers the questionnaire's flow needs to say which skills are asked: quick or not,
/// and the target (a level index).
fn flow_answers(rubric: &Rubric, quick: bool, target: usize) -> Answers {
    let mut a = Answers::new(rubric, quick);
    flow::set_target(&mut a, target + 1);
    a
}

/// The review page's rows: heading → value, spaces folded.
fn review_rows(page: &Page) -> BTreeMap<String, String> {
    let html = page.html();
    let tr = scraper::Selector::parse("table.answers tr").unwrap();
    let th = scraper::Selector::parse("th").unwrap();
    let td = scraper::Selector::parse("td").unwrap();
    let fold = |e: scraper::ElementRef| e.text().collect::<Vec<_>>().join(" ");
    html.select(&tr)
        .map(|row| {
            let k = fold(row.select(&th).next().unwrap());
            let v = fold(row.select(&td).next().unwrap());
            let v = v.split_whitespace().collect::<Vec<_>>().join(" ");
            (k.trim().to_string(), v)
        })
        .collect()
}

#[test]
fn the_helper_s_base64_is_the_standard_one() {
    assert_eq!(web::base64(b""), "");
    assert_eq!(web::base64(b"f"), "Zg==");
    assert_eq!(web::base64(b"fo"), "Zm8=");
    assert_eq!(web::base64(b"foo"), "Zm9v");
    assert_eq!(web::base64(b"foobar"), "Zm9vYmFy");
}

#[test]
fn a_whole_questionnaire_through_the_routes() {
    let site = Site::new();
    let rubric = rubric(RUBRIC);
    let mut b = Browser::new();
    let (token, about) = start(&site, &mut b, &[("quick", "0")]);
    assert!(about.text().contains("About you"));
    assert_eq!(about.back(), "/");
    let first = send_about(&site, &mut b, &about, &about_fields("Sam Rivera", "senior"));
    assert_eq!(first, step_url(&rubric, &token, Step::Skill(0)));

    // Every skill is asked, in the rubric's order, each page counting all of them and going
    // back where the flow says.
    let flow_a = flow_answers(&rubric, false, 2);
    let total = rubric.skills.len();
    let mut pages = 0;
    let (asked, review) =
        answer_skills(&site, &mut b, first, &|n| (n % 5) as u8, &mut |id, page| {
            let s = rubric.skill_index(id).unwrap();
            pages += 1;
            let progress = page.select_text(".progress");
            assert!(
                progress.starts_with(&format!("Skill {pages} of {total} ")),
                "{progress}"
            );
            let back = flow::before(&rubric, &flow_a, Step::Skill(s), false).unwrap();
            assert_eq!(
                page.back(),
                step_url(&rubric, &token, back),
                "back from {id}"
            );
            assert!(page.text().contains(&rubric.skills[s].name));
        });
    let ids: Vec<&str> = rubric.skills.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(asked, ids);

    // The review lists every answer.
    let rows = review_rows(&review);
    assert!(rows["Name"].starts_with("Sam Rivera"), "{rows:?}");
    assert_eq!(rows["Years in production"], "3.5");
    for (n, skill) in rubric.skills.iter().enumerate() {
        let r = (n % 5) as u8;
        assert!(
            rows[&skill.name].starts_with(&format!("{r} {}", rubric.scale_label(r))),
            "{}: {}",
            skill.name,
            rows[&skill.name]
        );
        assert_eq!(rows[&skill.name].contains('✎'), r >= 2, "{}", skill.name);
    }

    // Finish: the profile is written, the draft goes, the report shows.
    let sent = b.submit(&site, &review, &[]);
    sent.expect(SEE_OTHER);
    let today = skillgap::settings::today();
    let file = format!("sam-rivera-{today}.json");
    assert_eq!(site.profiles(), vec![file.clone()]);
    assert!(!site.dir().join(format!(".drafts/{token}.json")).exists());
    let report = b.follow(&site, &sent);
    report.expect(OK);
    assert!(
        report
            .text()
            .contains(&format!("Saved on the server as {file}"))
    );
    for page in ["about", "review", &format!("skill/{}", ids[0])] {
        let again = b.get(&site, &format!("/s/{token}/{page}"));
        again.expect(SEE_OTHER);
        assert_eq!(again.location(), format!("/s/{token}/report"), "{page}");
    }

    // Each download.
    let mut links = report.hrefs("nav.downloads a");
    links.sort();
    let base = format!("/s/{token}/download");
    assert_eq!(
        links,
        ["profile.json", "report.html", "report.json", "report.md"].map(|f| format!("{base}/{f}"))
    );
    let mut got = BTreeMap::new();
    for link in &links {
        let d = b.get(&site, link);
        d.expect(OK);
        let disposition = d.header(header::CONTENT_DISPOSITION).unwrap();
        assert!(
            disposition.starts_with("attachment; filename=\"sam-rivera-"),
            "{disposition}"
        );
        got.insert(link.rsplit('/').next().unwrap().to_string(), d);
    }
    let saved = std::fs::read(site.dir().join(&file)).unwrap();
    assert_eq!(got["profile.json"].bytes, saved, "the profile as written");
    assert!(got["report.html"].body().contains("Sam Rivera"));
    assert!(got["report.md"].body().contains("Sam Rivera"));

    // The downloaded profile, scored by the command line, is the downloaded JSON report.
    let elsewhere = tempfile::tempdir().unwrap();
    let path = elsewhere.path().join("downloaded.json");
    std::fs::write(&path, &got["profile.json"].bytes).unwrap();
    let cli: serde_json::Value = serde_json::from_str(&common::assess(&path, "json")).unwrap();
    let web: serde_json::Value = serde_json::from_slice(&got["report.json"].bytes).unwrap();
    assert_eq!(web["name"], "Sam Rivera");
    assert_eq!(cli, web);
}

#[test]
fn quick_asks_only_the_quick_skills() {
    let site = Site::new();
    let rubric = rubric(RUBRIC);
    let mut b = Browser::new();
    let (token, about) = start(&site, &mut b, &[("quick", "1")]);
    let first = send_about(&site, &mut b, &about, &about_fields("Quinn", "senior"));
    let quick: Vec<String> = quick_skills(&rubric, 2)
        .into_iter()
        .map(|s| rubric.skills[s].id.clone())
        .collect();
    assert!(quick.len() < rubric.skills.len() && !quick.is_empty());
    let flow_a = flow_answers(&rubric, true, 2);
    let mut n = 0;
    let (asked, review) = answer_skills(&site, &mut b, first, &|_| 1, &mut |id, page| {
        n += 1;
        let progress = page.select_text(".progress");
        assert!(
            progress.starts_with(&format!("Skill {n} of {} ", quick.len())),
            "{progress}"
        );
        let s = rubric.skill_index(id).unwrap();
        let back = flow::before(&rubric, &flow_a, Step::Skill(s), false).unwrap();
        assert_eq!(
            page.back(),
            step_url(&rubric, &token, back),
            "back from {id}"
        );
    });
    assert_eq!(asked, quick);
    let listed = review_rows(&review);
    for skill in &rubric.skills {
        assert_eq!(listed.contains_key(&skill.name), quick.contains(&skill.id));
    }
    // A skill the quick questionnaire leaves out has no page.
    let left_out = rubric
        .skills
        .iter()
        .find(|s| !quick.contains(&s.id))
        .unwrap();
    b.get(&site, &format!("/s/{token}/skill/{}", left_out.id))
        .expect(StatusCode::NOT_FOUND);

    // `serve --quick` offers the quick questionnaire first.
    let quick_site = Site::with(Setup {
        quick: true,
        ..Setup::default()
    });
    let start_page = Browser::new().get(&quick_site, "/");
    let checked = start_page.html();
    let sel = scraper::Selector::parse("input[name=quick][checked]").unwrap();
    let values: Vec<&str> = checked
        .select(&sel)
        .map(|e| e.value().attr("value").unwrap())
        .collect();
    assert_eq!(values, ["1"]);
}

#[test]
fn review_links_change_an_answer_and_come_back() {
    let site = Site::new();
    let rubric = rubric(RUBRIC);
    let mut b = Browser::new();
    let (token, review) = to_review(&site, &mut b, "Robin");
    let flow_a = flow_answers(&rubric, false, 1);
    let last = flow::before(&rubric, &flow_a, Step::Review, false).unwrap();
    assert_eq!(review.back(), step_url(&rubric, &token, last));

    let mut expected = vec![format!("/s/{token}/about?review=1")];
    expected.extend(
        rubric
            .skills
            .iter()
            .map(|s| format!("/s/{token}/skill/{}?review=1", s.id)),
    );
    assert_eq!(review.hrefs("a.change"), expected);

    // A skill changed from the review: its back link and its answer both return there.
    let skill = &rubric.skills[5];
    let page = b.get(&site, &expected[6]);
    page.expect(OK);
    let back = flow::before(&rubric, &flow_a, Step::Skill(5), true).unwrap();
    assert_eq!(page.back(), step_url(&rubric, &token, back));
    assert_eq!(page.back(), format!("/s/{token}/review"));
    let sent = b.submit(
        &site,
        &page,
        &[("rating", "3"), ("evidence", "Ran the audit")],
    );
    sent.expect(SEE_OTHER);
    assert_eq!(sent.location(), format!("/s/{token}/review"));
    let rows = review_rows(&b.follow(&site, &sent));
    assert!(rows[&skill.name].starts_with("3 Advanced ✎"), "{rows:?}");

    // The same page outside the review goes back to the skill before.
    let page = b.get(&site, &format!("/s/{token}/skill/{}", skill.id));
    let back = flow::before(&rubric, &flow_a, Step::Skill(5), false).unwrap();
    assert_eq!(page.back(), step_url(&rubric, &token, back));
    assert_eq!(
        page.back(),
        format!("/s/{token}/skill/{}", rubric.skills[4].id)
    );

    // "About you" changed from the review returns there too.
    let page = b.get(&site, &expected[0]);
    let f = with(&about_fields("Robin", "specialist"), "years", Some("7"));
    let sent = b.submit(&site, &page, &borrowed(&f));
    sent.expect(SEE_OTHER);
    assert_eq!(sent.location(), format!("/s/{token}/review"));
    let rows = review_rows(&b.follow(&site, &sent));
    assert_eq!(rows["Years in production"], "7");

    // The resume link goes to the first question still open: here, the review.
    let resume = b.get(&site, &format!("/s/{token}"));
    assert_eq!(resume.location(), format!("/s/{token}/review"));
}

#[test]
fn bad_about_forms_are_refused_with_the_problem_named() {
    let site = Site::new();
    let mut b = Browser::new();
    let (_, about) = start(&site, &mut b, &[("quick", "0")]);
    let good = about_fields("Sam", "specialist");
    let long_name = "n".repeat(101);
    let cases: Vec<(&str, Fields, &str)> = vec![
        ("an empty name", with(&good, "name", Some("")), "Your name"),
        (
            "a blank name",
            with(&good, "name", Some("   ")),
            "Your name",
        ),
        ("no name", with(&good, "name", None), "Your name"),
        (
            "a long name",
            with(&good, "name", Some(&long_name)),
            "at most 100",
        ),
        ("no target", with(&good, "target", None), "Target level"),
        (
            "an unknown level",
            with(&good, "target", Some("grandmaster")),
            "Target level",
        ),
        (
            "years that are no number",
            with(&good, "years", Some("three")),
            "Years in production",
        ),
        (
            "negative years",
            with(&good, "years", Some("-1")),
            "Years in production",
        ),
        (
            "no years",
            with(&good, "years", None),
            "Years in production",
        ),
        (
            "an unknown education",
            with(&good, "education", Some("phd")),
            "Education",
        ),
        ("no education", with(&good, "education", None), "Education"),
        (
            "an unknown certification",
            with(&good, "cert", Some("black-belt-of-everything")),
            "Certifications",
        ),
        (
            "an unparseable date",
            with(&good, "earned-osha-10", Some("2024-13-45")),
            "earned on",
        ),
        (
            "a date in words",
            with(&good, "expires-lss-yellow", Some("next spring")),
            "expires on",
        ),
    ];
    for (what, f, named) in &cases {
        let before = site.files();
        let sent = b.submit(&site, &about, &borrowed(f));
        assert_eq!(sent.status, StatusCode::UNPROCESSABLE_ENTITY, "{what}");
        assert!(
            sent.problem().contains(named),
            "{what}: {named} in {:?}",
            sent.problem()
        );
        assert!(!sent.csrf().is_empty(), "{what}: the form is shown again");
        assert_eq!(site.files(), before, "{what}: nothing saved");
    }
    // The same form, corrected, is taken.
    let before = site.files();
    send_about(&site, &mut b, &about, &good);
    assert_ne!(site.files(), before);
}

#[test]
fn bad_skill_forms_are_refused_with_the_problem_named() {
    let site = Site::new();
    let mut b = Browser::new();
    let (_, about) = start(&site, &mut b, &[("quick", "0")]);
    let first = send_about(&site, &mut b, &about, &about_fields("Sam", "specialist"));
    let page = b.get(&site, &first);
    let long = "e".repeat(3000);
    let cases: Vec<(&str, Vec<(&str, &str)>, &str)> = vec![
        ("no rating", vec![], "Choose the description"),
        (
            "an empty rating",
            vec![("rating", "")],
            "Choose the description",
        ),
        ("rating 9", vec![("rating", "9")], "ratings 0 to 4"),
        ("rating 5", vec![("rating", "5")], "ratings 0 to 4"),
        (
            "rating -1",
            vec![("rating", "-1")],
            "Choose the description",
        ),
        (
            "rating in words",
            vec![("rating", "two")],
            "Choose the description",
        ),
        (
            "a 3000-character evidence",
            vec![("rating", "3"), ("evidence", &long)],
            "at most 2000 characters",
        ),
    ];
    for (what, f, named) in &cases {
        let before = site.files();
        let sent = b.submit(&site, &page, f);
        assert_eq!(sent.status, StatusCode::UNPROCESSABLE_ENTITY, "{what}");
        assert!(
            sent.problem().contains(named),
            "{what}: {:?}",
            sent.problem()
        );
        assert_eq!(site.files(), before, "{what}: nothing saved");
    }
    let before = site.files();
    b.submit(
        &site,
        &page,
        &[("rating", "3"), ("evidence", &long[..2000])],
    )
    .expect(SEE_OTHER);
    assert_ne!(site.files(), before);
}

/// What a POST route needs to be sent: its path and valid fields (without `csrf`).
struct Post {
    what: &'static str,
    path: String,
    fields: Fields,
    /// The page that shows the form (its CSRF token is the right one).
    page: String,
    /// The browser that may send it.
    browser: Browser,
    /// A token valid for another form or another session.
    elsewhere: String,
    /// The status when sent with the right token.
    ok: StatusCode,
}

/// Every POST route, each with valid fields, a browser allowed to send it and a CSRF token
/// that is valid somewhere else, on a site with an access code.
fn every_post(site: &Site) -> Vec<Post> {
    let rubric = rubric(RUBRIC);
    let mut b = with_access(site);
    let (_, profile) = finished(site, &mut b, "Pat Doe");
    let (a, review_a) = to_review(site, &mut b, "Alex");
    let (other, review_other) = to_review(site, &mut with_access(site), "Blake");
    assert_ne!(a, other);
    let session_csrf = review_a.csrf();
    let other_csrf = review_other.csrf();
    assert_ne!(session_csrf, other_csrf);
    let stranger = with_access(site).get(site, "/").csrf();
    let mut review = fields(&[("reviewer", "Dana"), ("role", "supervisor")]);
    for skill in &rubric.skills {
        review.push((skill.id.clone(), "1".to_string()));
    }
    let skill = format!("/s/{a}/skill/{}", rubric.skills[0].id);
    let post = |what, path: &str, fields, page: &str, browser: &Browser, elsewhere: &str| Post {
        what,
        path: path.to_string(),
        fields,
        page: page.to_string(),
        browser: browser.clone(),
        elsewhere: elsewhere.to_string(),
        ok: SEE_OTHER,
    };
    vec![
        post(
            "start",
            "/start",
            fields(&[("quick", "0")]),
            "/",
            &b,
            &stranger,
        ),
        post(
            "code",
            "/code",
            fields(&[("code", CODE), ("next", "/")]),
            "/",
            &Browser::new(),
            &stranger,
        ),
        post(
            "about",
            &format!("/s/{a}/about"),
            about_fields("Alex", "lead"),
            &format!("/s/{a}/about"),
            &b,
            &other_csrf,
        ),
        post(
            "skill",
            &skill,
            fields(&[("rating", "4"), ("evidence", "Wrote the plan")]),
            &skill,
            &b,
            &other_csrf,
        ),
        post(
            "finish",
            &format!("/s/{a}/finish"),
            vec![],
            &format!("/s/{a}/review"),
            &b,
            &other_csrf,
        ),
        post(
            "admin",
            "/admin",
            fields(&[("code", ADMIN_CODE), ("next", "/team")]),
            "/team",
            &Browser::new(),
            &stranger,
        ),
        Post {
            ok: OK,
            ..post(
                "review",
                &format!("/review/{profile}"),
                review,
                &format!("/review/{profile}"),
                &supervisor(site),
                &session_csrf,
            )
        },
    ]
}

#[test]
fn every_post_refuses_a_missing_or_wrong_csrf_token() {
    let site = Site::with(Setup {
        code: Some(CODE),
        ..Setup::default()
    });
    for mut post in every_post(&site) {
        // The token of the form as the browser was shown it (which also gives the browser
        // its form cookie when it had none).
        let good = post.browser.get(&site, &post.page).csrf();
        let wrong = [
            ("missing", None),
            ("empty", Some(String::new())),
            ("garbage", Some("00".repeat(32))),
            ("not hex", Some("zz".repeat(32))),
            ("valid elsewhere", Some(post.elsewhere.clone())),
            ("cut short", Some(good[..good.len() - 2].to_string())),
        ];
        for (how, token) in wrong {
            let mut f = post.fields.clone();
            if let Some(t) = token {
                f.push(("csrf".into(), t));
            }
            let before = site.files();
            let sent = post.browser.clone().post(&site, &post.path, &borrowed(&f));
            let what = format!("{} with a {how} token", post.what);
            assert_eq!(sent.status, StatusCode::FORBIDDEN, "{what}");
            assert!(sent.text().contains("This form has expired"), "{what}");
            assert!(
                sent.header(header::SET_COOKIE).is_none(),
                "{what}: a cookie"
            );
            assert_eq!(site.files(), before, "{what}: something written");
        }
        // The form cookie is what binds the forms shown before a session: the right token
        // without it is refused too.
        if matches!(post.what, "start" | "code" | "admin") {
            let mut f = post.fields.clone();
            f.push(("csrf".into(), good.clone()));
            let mut browser = post.browser.clone();
            assert!(browser.jar.remove("skillgap_form").is_some());
            let before = site.files();
            let sent = browser.post(&site, &post.path, &borrowed(&f));
            assert_eq!(
                sent.status,
                StatusCode::FORBIDDEN,
                "{} without its cookie",
                post.what
            );
            assert_eq!(site.files(), before);
        }
        // With the right token the same request is taken.
        let mut f = post.fields.clone();
        f.push(("csrf".into(), good));
        let before = site.files();
        let sent = post.browser.post(&site, &post.path, &borrowed(&f));
        assert_eq!(sent.status, post.ok, "{}: {}", post.what, sent.text());
        let wrote = site.files() != before;
        let cookie = sent.header(header::SET_COOKIE).is_some();
        assert!(wrote || cookie, "{}: taken, with an effect", post.what);
    }
}

#[test]
fn a_session_s_form_with_another_session_s_token_is_refused() {
    let site = Site::new();
    let rubric = rubric(RUBRIC);
    let mut alex = Browser::new();
    let mut blake = Browser::new();
    let (a, _) = to_review(&site, &mut alex, "Alex");
    let (other, _) = to_review(&site, &mut blake, "Blake");
    // Alex's browser holds Alex's token; the forms are sent to Blake's session.
    let mine = alex.get(&site, &format!("/s/{a}/about")).csrf();
    let skill = &rubric.skills[0].id;
    let forged: Vec<(String, Fields)> = vec![
        (format!("/s/{other}/about"), about_fields("Mallory", "lead")),
        (
            format!("/s/{other}/skill/{skill}"),
            fields(&[("rating", "0")]),
        ),
        (format!("/s/{other}/finish"), vec![]),
    ];
    for (path, f) in forged {
        let f = with(&f, "csrf", Some(&mine));
        let before = site.files();
        let sent = alex.post(&site, &path, &borrowed(&f));
        assert_eq!(sent.status, StatusCode::FORBIDDEN, "{path}");
        assert_eq!(site.files(), before, "{path}");
    }
    assert!(site.profiles().is_empty());
    // Blake's own answers are as Blake left them.
    let rows = review_rows(&blake.get(&site, &format!("/s/{other}/review")));
    assert!(rows["Name"].starts_with("Blake"));
}

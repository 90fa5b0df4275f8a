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
            // Every row ends with its change link.
            let v = v.strip_suffix(" Change").unwrap_or(&v).to_string();
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
            .select_text("nav.downloads")
            .contains(&format!("server as {file}"))
    );
    for page in ["about", "review", &format!("skill/{}", ids[0])] {
        let again = b.get(&site, &format!("/s/{token}/{page}"));
        again.expect(SEE_OTHER);
        assert_eq!(again.location(), format!("/s/{token}/report"), "{page}");
    }

    // Each download.
    let mut links = report.hrefs("nav.downloads a.file");
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

    // Six answers about the person (name, group, target, years, education, certificates),
    // each changed on the about page, then every skill.
    let mut expected = vec![format!("/s/{token}/about?review=1"); 6];
    expected.extend(
        rubric
            .skills
            .iter()
            .map(|s| format!("/s/{token}/skill/{}?review=1", s.id)),
    );
    assert_eq!(review.hrefs("a.change"), expected);

    // A skill changed from the review: its back link and its answer both return there.
    let skill = &rubric.skills[5];
    let page = b.get(&site, &expected[6 + 5]);
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
    let cases: [(&str, Fields, &str); 7] = [
        ("no rating", fields(&[]), "Choose the description"),
        (
            "an empty rating",
            fields(&[("rating", "")]),
            "Choose the description",
        ),
        ("rating 9", fields(&[("rating", "9")]), "ratings 0 to 4"),
        ("rating 5", fields(&[("rating", "5")]), "ratings 0 to 4"),
        (
            "rating -1",
            fields(&[("rating", "-1")]),
            "Choose the description",
        ),
        (
            "rating in words",
            fields(&[("rating", "two")]),
            "Choose the description",
        ),
        (
            "a 3000-character evidence",
            fields(&[("rating", "3"), ("evidence", &long)]),
            "at most 2000 characters",
        ),
    ];
    for (what, f, named) in &cases {
        let before = site.files();
        let sent = b.submit(&site, &page, &borrowed(f));
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

#[test]
fn an_oversized_body_is_refused_with_a_page() {
    let site = Site::with(Setup {
        code: Some(CODE),
        ..Setup::default()
    });
    let padding = "x".repeat(70 * 1024);
    for mut post in every_post(&site) {
        let good = post.browser.get(&site, &post.page).csrf();
        let f = with(&post.fields, "csrf", Some(&good));
        let f = with(&f, "padding", Some(&padding));
        let before = site.files();
        let sent = post.browser.post(&site, &post.path, &borrowed(&f));
        assert_eq!(sent.status, StatusCode::PAYLOAD_TOO_LARGE, "{}", post.what);
        assert!(sent.is_html(), "{}: an HTML page", post.what);
        assert!(sent.text().contains("more than 64 KB"), "{}", sent.text());
        assert!(sent.header(header::SET_COOKIE).is_none(), "{}", post.what);
        assert_eq!(site.files(), before, "{}: something written", post.what);
    }
    // Just under the limit is a form like any other.
    let mut b = with_access(&site);
    let (_, about) = start(&site, &mut b, &[("quick", "0")]);
    let (action, hidden) = about.form();
    let mut f: Fields = hidden;
    f.extend(about_fields("Sam", "lead"));
    let body = web::encode(&borrowed(&f));
    let fill = skillgap::web::BODY_LIMIT - body.len() - "&padding=".len();
    f.push(("padding".into(), "x".repeat(fill)));
    let body = web::encode(&borrowed(&f));
    assert_eq!(body.len(), skillgap::web::BODY_LIMIT);
    let sent = b.request(&site, axum::http::Method::POST, &action, body.into_bytes());
    sent.expect(SEE_OTHER);
}

#[test]
fn unknown_pages_and_paths_are_not_found() {
    let site = Site::new();
    let rubric = rubric(RUBRIC);
    let mut b = Browser::new();
    let (token, _) = finished(&site, &mut b, "Sam");
    let (open, _) = start(&site, &mut b, &[("quick", "0")]);
    let mut admin = supervisor(&site);
    let key = std::fs::read(site.dir().join(".drafts/.key")).unwrap();
    let missing = "0123456789abcdef0123456789abcdef";
    let paths = [
        "/nope".to_string(),
        "/s".to_string(),
        "/s/".to_string(),
        "/favicon.ico".to_string(),
        format!("/s/{open}/skill/not-a-skill"),
        format!("/s/{open}/skill/{}x", rubric.skills[0].id),
        format!("/s/{open}/skill/..%2F..%2F.key"),
        format!("/s/{open}/nothing"),
        format!("/s/{missing}/about"),
        format!("/s/{missing}"),
        format!("/s/{missing}/report"),
        format!("/s/{}/about", missing.to_uppercase()),
        format!("/s/{}/about", &open[..31]),
        format!("/s/{open}0/about"),
        "/s/not-a-token/about".to_string(),
        "/s/../about".to_string(),
        "/s/..%2F.drafts%2F.key/about".to_string(),
        "/s/%2E%2E/report".to_string(),
        format!("/s/{token}/download/report.exe"),
        format!("/s/{token}/download/..%2F..%2F.drafts%2F.key"),
        format!("/s/{token}/download/.."),
        format!("/s/{token}/download/%2E%2E%2Fserve"),
        format!("/s/{open}/download/profile.json"),
        format!("/s/{token}/download/profile.json/extra"),
        format!("/s/{missing}/download/profile.json"),
    ];
    for path in &paths {
        let page = b.get(&site, path);
        // A session still open goes on to its first question; nothing else is a page.
        if page.status == SEE_OTHER {
            assert_eq!(page.location(), format!("/s/{open}"), "{path}");
            continue;
        }
        assert_eq!(page.status, StatusCode::NOT_FOUND, "{path}");
        assert!(page.is_html(), "{path}: a page");
        assert!(
            !page.bytes.windows(key.len()).any(|w| w == key),
            "{path}: the key"
        );
    }
    let admin_paths = [
        "/review/nope.json",
        "/review/..%2F.drafts%2F.key",
        "/review/.drafts",
        "/review/%2E%2E%2Fserve%2Fx.json",
        "/review/..",
        "/review/reviews",
    ];
    for path in admin_paths {
        let page = admin.get(&site, path);
        assert_eq!(page.status, StatusCode::NOT_FOUND, "{path}");
        assert!(page.text().contains("Profile not found"), "{path}");
    }
    // A review of a path-like name, with a valid token and every rating: refused.
    let (_, profile) = finished(&site, &mut b, "Pat");
    let csrf = admin.get(&site, &format!("/review/{profile}")).csrf();
    let mut f = fields(&[("reviewer", "Dana"), ("role", "peer"), ("csrf", &csrf)]);
    for skill in &rubric.skills {
        f.push((skill.id.clone(), "1".into()));
    }
    for path in ["/review/..%2F.drafts%2F.key", "/review/..%2Fserve%2Fx.json"] {
        let before = site.files();
        admin
            .post(&site, path, &borrowed(&f))
            .expect(StatusCode::NOT_FOUND);
        assert_eq!(site.files(), before, "{path}");
    }
    let before = site.files();
    admin
        .post(&site, &format!("/review/{profile}"), &borrowed(&f))
        .expect(OK);
    assert_ne!(
        site.files(),
        before,
        "the same review of a listed profile is saved"
    );
}

#[test]
fn the_access_code_guards_every_page() {
    let site = Site::with(Setup {
        code: Some(CODE),
        ..Setup::default()
    });
    let mut b = Browser::new();
    let asks = |b: &mut Browser, path: &str| {
        let page = b.get(&site, path);
        assert_eq!(page.status, StatusCode::UNAUTHORIZED, "{path}");
        assert!(page.text().contains("Enter the access code"), "{path}");
        page
    };
    let missing = "0123456789abcdef0123456789abcdef";
    for path in ["/", "/nope", &format!("/s/{missing}/about"), "/s/x/report"] {
        asks(&mut b, path);
    }
    let before = site.files();
    let sent = b.post(&site, "/start", &[("quick", "0")]);
    sent.expect(StatusCode::UNAUTHORIZED);
    assert_eq!(site.files(), before);

    // A wrong code, a code with a part missing, an empty one: refused, and no cookie.
    let page = asks(&mut b, &format!("/s/{missing}/about?review=1"));
    for wrong in ["12345678", &CODE[..7], "", &format!("{CODE}0"), ADMIN_CODE] {
        let sent = b.submit(&site, &page, &[("code", wrong)]);
        assert_eq!(sent.status, StatusCode::FORBIDDEN, "{wrong:?}");
        assert!(sent.problem().contains("not the access code"), "{wrong:?}");
        assert!(!b.jar.contains_key("skillgap_access"));
    }
    // A cookie that is not the code's.
    b.jar.insert("skillgap_access".into(), "00".repeat(32));
    asks(&mut b, "/");
    b.jar.remove("skillgap_access");
    // The right one: the page asked for, then every page.
    let sent = b.submit(&site, &page, &[("code", &format!(" {CODE} "))]);
    sent.expect(SEE_OTHER);
    assert_eq!(sent.location(), format!("/s/{missing}/about?review=1"));
    assert!(b.jar.contains_key("skillgap_access"));
    b.get(&site, "/").expect(OK);
    b.get(&site, "/nope").expect(StatusCode::NOT_FOUND);
    let (token, _) = start(&site, &mut b, &[("quick", "1")]);
    b.get(&site, &format!("/s/{token}/about")).expect(OK);
    // Another browser still has to type it, even with the session's link.
    asks(&mut Browser::new(), &format!("/s/{token}/about"));

    // Where the code sends you is a page of this site only.
    for next in [
        "//evil.example/",
        "https://evil.example/",
        "/\\evil.example",
    ] {
        let mut c = Browser::new();
        let page = asks(&mut c, "/");
        let f = [("code", CODE), ("next", next), ("csrf", &page.csrf())];
        let sent = c.post(&site, "/code", &f);
        assert_eq!(sent.location(), "/", "{next}");
    }

    // The supervisor's pages ask for their own code, not the access code.
    let mut c = Browser::new();
    let page = c.get(&site, "/team");
    page.expect(StatusCode::UNAUTHORIZED);
    assert!(page.text().contains("Supervisor's pages"));
}

#[test]
fn the_supervisor_s_pages_need_the_supervisor_s_code() {
    let site = Site::new();
    let mut person = Browser::new();
    let (_, profile) = finished(&site, &mut person, "Sam");
    let mut b = Browser::new();
    for path in ["/team", "/review", &format!("/review/{profile}")] {
        let page = b.get(&site, path);
        assert_eq!(page.status, StatusCode::UNAUTHORIZED, "{path}");
        assert!(page.text().contains("Supervisor's code"), "{path}");
        assert!(
            !page.text().contains("Sam"),
            "{path}: nothing of the profile shown"
        );
    }
    // A review sent without the code writes nothing.
    let before = site.files();
    b.post(&site, &format!("/review/{profile}"), &[("reviewer", "X")])
        .expect(StatusCode::UNAUTHORIZED);
    assert_eq!(site.files(), before);

    let page = b.get(&site, "/review");
    for wrong in ["00000000", &ADMIN_CODE[..6], ""] {
        let sent = b.submit(&site, &page, &[("code", wrong)]);
        assert_eq!(sent.status, StatusCode::FORBIDDEN, "{wrong:?}");
        assert!(sent.problem().contains("not the supervisor's code"));
        assert!(!b.jar.contains_key("skillgap_admin"));
    }
    // The person's session cookies are no supervisor's cookie.
    let mut p = person.clone();
    p.jar
        .insert("skillgap_admin".into(), person.jar["skillgap_form"].clone());
    p.get(&site, "/team").expect(StatusCode::UNAUTHORIZED);

    let sent = b.submit(&site, &page, &[("code", ADMIN_CODE)]);
    sent.expect(SEE_OTHER);
    assert_eq!(sent.location(), "/review");
    let list = b.follow(&site, &sent);
    assert_eq!(list.hrefs("ul.plain a"), [format!("/review/{profile}")]);
    b.get(&site, "/team").expect(OK);
    b.get(&site, &format!("/review/{profile}")).expect(OK);
}

#[test]
fn names_become_safe_file_names_that_never_overwrite() {
    let site = Site::new();
    let today = skillgap::settings::today();
    let kept = site.dir().join(format!("x-{today}.json"));
    std::fs::write(&kept, "somebody else's file").unwrap();
    let names = [
        ("../../x", format!("x-{today}-2.json")),
        ("a/b", format!("a-b-{today}.json")),
        // Control characters are kept as visible `\u{..}` text, never as bytes.
        ("a\u{0}b", format!("a-u-0-b-{today}.json")),
        ("\u{1b}[31mred", format!("u-1b-31mred-{today}.json")),
        ("..", format!("profile-{today}.json")),
        ("C:\\Windows\\x", format!("c-windows-x-{today}.json")),
        ("Sam Rivera", format!("sam-rivera-{today}.json")),
        ("Sam Rivera", format!("sam-rivera-{today}-2.json")),
        ("sam  rivera!", format!("sam-rivera-{today}-3.json")),
    ];
    for (name, file) in &names {
        let mut b = Browser::new();
        let (token, written) = finished(&site, &mut b, name);
        assert_eq!(&written, file, "{name:?}");
        let report = b.get(&site, &format!("/s/{token}/report"));
        assert!(
            report
                .select_text("nav.downloads")
                .contains(&format!("server as {file}"))
        );
        let profile = b.get(&site, &format!("/s/{token}/download/profile.json"));
        let disposition = profile.header(header::CONTENT_DISPOSITION).unwrap();
        assert_eq!(disposition, format!("attachment; filename=\"{file}\""));
    }
    assert_eq!(
        std::fs::read_to_string(&kept).unwrap(),
        "somebody else's file"
    );
    let only: Vec<_> = std::fs::read_dir(site.root()).unwrap().flatten().collect();
    assert_eq!(only.len(), 1, "nothing written beside --dir");
    for file in site.profiles() {
        assert!(
            file.bytes()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == b'-' || c == b'.'),
            "{file}"
        );
    }
    assert_eq!(site.profiles().len(), names.len() + 1);
}

#[test]
fn an_unknown_rubric_in_the_start_form_is_refused() {
    let site = Site::with(Setup {
        rubrics: vec![RUBRIC, "media-production-specialist"],
        ..Setup::default()
    });
    let mut b = Browser::new();
    let page = b.get(&site, "/");
    let offered: Vec<String> = page
        .html()
        .select(&scraper::Selector::parse("input[name=rubric]").unwrap())
        .map(|e| e.value().attr("value").unwrap().to_string())
        .collect();
    assert_eq!(offered, [RUBRIC, "media-production-specialist"]);
    for id in ["nope", "../../etc/passwd", "", "Production-Specialist"] {
        let before = site.files();
        let sent = b.submit(&site, &page, &[("rubric", id), ("quick", "0")]);
        assert_eq!(sent.status, StatusCode::UNPROCESSABLE_ENTITY, "{id:?}");
        assert!(
            sent.problem().contains("Choose one of the ladders"),
            "{id:?}"
        );
        assert_eq!(site.files(), before, "{id:?}");
    }
    let (_, about) = start(
        &site,
        &mut b,
        &[("rubric", "media-production-specialist"), ("quick", "0")],
    );
    let media = rubric("media-production-specialist");
    assert!(about.text().contains(&media.title));
}

#[test]
fn a_session_whose_rubric_is_no_longer_offered() {
    let both = Setup {
        rubrics: vec![RUBRIC, "media-production-specialist"],
        ..Setup::default()
    };
    let mut site = Site::with(both.clone());
    let media = rubric("media-production-specialist");
    let mut b = Browser::new();
    let (token, about) = start(
        &site,
        &mut b,
        &[("rubric", "media-production-specialist"), ("quick", "0")],
    );
    let f = fields(&[
        ("name", "Sam"),
        ("target", &media.levels[1].id),
        ("years", "2"),
        ("education", "skipped"),
    ]);
    let first = send_about(&site, &mut b, &about, &f);
    let skill = b.get(&site, &first);
    skill.expect(OK);

    site.restart(Setup::default());
    for path in [
        format!("/s/{token}/about"),
        format!("/s/{token}"),
        first.clone(),
        format!("/s/{token}/review"),
    ] {
        let page = b.get(&site, &path);
        assert_eq!(page.status, StatusCode::NOT_FOUND, "{path}");
        assert!(page.text().contains("not offered"), "{path}");
        assert!(page.text().contains(&media.id), "{path}: names the rubric");
    }
    let before = site.files();
    let sent = b.submit(&site, &skill, &[("rating", "1")]);
    sent.expect(StatusCode::NOT_FOUND);
    assert_eq!(site.files(), before, "nothing written");

    // Offered again, the session goes on where it was.
    site.restart(both);
    let sent = b.submit(&site, &skill, &[("rating", "1")]);
    sent.expect(SEE_OTHER);
}

#[test]
fn a_restart_resumes_the_session_and_its_tokens() {
    let mut site = Site::new();
    let mut b = Browser::new();
    let start_page = b.get(&site, "/");
    let (token, about) = start(&site, &mut b, &[("quick", "0")]);
    let first = send_about(&site, &mut b, &about, &about_fields("Sam", "lead"));
    let skill = b.get(&site, &first);
    let key = std::fs::read(site.dir().join(".drafts/.key")).unwrap();
    assert_eq!(key.len(), 32);

    site.restart(Setup::default());
    assert_eq!(std::fs::read(site.dir().join(".drafts/.key")).unwrap(), key);
    let resume = b.get(&site, &format!("/s/{token}"));
    assert_eq!(resume.location(), first);
    let again = b.get(&site, &first);
    assert_eq!(again.csrf(), skill.csrf(), "the same token after a restart");
    // Forms shown before the restart are taken after it.
    let sent = b.submit(&site, &skill, &[("rating", "2"), ("evidence", "Kept")]);
    sent.expect(SEE_OTHER);
    b.submit(&site, &start_page, &[("quick", "1")])
        .expect(SEE_OTHER);
    // And the answers given before it are still there.
    let about = b.get(&site, &format!("/s/{token}/about"));
    let name = about
        .html()
        .select(&scraper::Selector::parse("input#name").unwrap())
        .next()
        .map(|e| e.value().attr("value").unwrap().to_string());
    assert_eq!(name.as_deref(), Some("Sam"));
}

/// Every field of a review form: `rating` for every skill but those in `skip`.
fn review_form(rubric: &Rubric, reviewer: &str, rating: &str, skip: &[&str]) -> Fields {
    let mut f = fields(&[("reviewer", reviewer), ("role", "supervisor")]);
    for skill in rubric
        .skills
        .iter()
        .filter(|s| !skip.contains(&s.id.as_str()))
    {
        f.push((skill.id.clone(), rating.to_string()));
    }
    f
}

#[test]
fn the_review_is_saved_and_the_team_page_uses_it() {
    let site = Site::new();
    let rubric = rubric(RUBRIC);
    let mut person = Browser::new();
    let (token, profile) = finished(&site, &mut person, "Sam Rivera");
    let saved_profile = std::fs::read(site.dir().join(&profile)).unwrap();
    let mut admin = supervisor(&site);
    let own = |person: &mut Browser| -> serde_json::Value {
        let page = person.get(&site, &format!("/s/{token}/download/report.json"));
        page.expect(OK);
        serde_json::from_str(&page.body()).unwrap()
    };
    assert_eq!(own(&mut person)["reviews"], serde_json::json!([]));

    let team = admin.get(&site, "/team");
    team.expect(OK);
    assert!(
        team.text().contains("Sam Rivera"),
        "the team page lists the profile"
    );
    assert!(team.text().contains("1 finished profile:"));
    assert!(!team.text().contains("Self − review"), "no review yet");

    let list = admin.get(&site, "/review");
    assert_eq!(list.hrefs("ul.plain a"), [format!("/review/{profile}")]);
    let page = admin.get(&site, &format!("/review/{profile}"));
    page.expect(OK);
    assert!(page.select_text("h1").contains("Review Sam Rivera"));
    let mut f = review_form(&rubric, "Dana Lee", "4", &[]);
    f.push((
        "note-quality-control".into(),
        "Seen at the line audit".into(),
    ));
    let sent = admin.submit(&site, &page, &borrowed(&f));
    sent.expect(OK);
    assert!(sent.text().contains("Review saved"));
    let reviews: Vec<String> = std::fs::read_dir(site.dir().join("reviews"))
        .unwrap()
        .flatten()
        .map(|e| e.file_name().into_string().unwrap())
        .collect();
    let stem = profile.strip_suffix(".json").unwrap();
    assert_eq!(reviews, [format!("{stem}.review.json")]);
    let review: serde_json::Value =
        serde_json::from_str(&common::read(&site.dir().join("reviews").join(&reviews[0]))).unwrap();
    let text = review.to_string();
    assert!(
        text.contains("Dana Lee") && text.contains("Sam Rivera"),
        "{text}"
    );
    assert!(text.contains("Seen at the line audit"), "{text}");
    assert_eq!(
        std::fs::read(site.dir().join(&profile)).unwrap(),
        saved_profile,
        "the profile itself is left as it was"
    );

    let list = admin.get(&site, "/review");
    assert!(list.text().contains("1 review"), "{}", list.text());
    let team = admin.get(&site, "/team");
    team.expect(OK);
    assert!(team.text().contains("Sam Rivera"));
    assert!(
        team.text().contains("Self − review"),
        "the team page uses the review"
    );
    // So does the person's own report.
    let report = own(&mut person);
    assert_eq!(report["reviews"][0]["reviewer"], "Dana Lee", "{report}");

    // A second review is saved beside the first, never over it.
    let page = admin.get(&site, &format!("/review/{profile}"));
    admin
        .submit(
            &site,
            &page,
            &borrowed(&review_form(&rubric, "Kim", "none", &[])),
        )
        .expect(OK);
    assert_eq!(
        std::fs::read_dir(site.dir().join("reviews"))
            .unwrap()
            .count(),
        2
    );
}

#[test]
fn a_review_missing_a_skill_is_refused_with_the_skill_named() {
    let site = Site::new();
    let rubric = rubric(RUBRIC);
    let (_, profile) = finished(&site, &mut Browser::new(), "Sam Rivera");
    let mut admin = supervisor(&site);
    let page = admin.get(&site, &format!("/review/{profile}"));
    let last = rubric.skills.last().unwrap();
    let third = &rubric.skills[2];
    let good = review_form(&rubric, "Dana", "2", &[]);
    let cases: Vec<(&str, Fields, Vec<&str>)> = vec![
        (
            "a skill left out",
            review_form(&rubric, "Dana", "2", &[&last.id]),
            vec![&last.name],
        ),
        (
            "two skills left out",
            review_form(&rubric, "Dana", "2", &[&last.id, &third.id]),
            vec![&last.name, &third.name],
        ),
        (
            "rating 9",
            with(&good, &third.id, Some("9")),
            vec![&third.name],
        ),
        (
            "no reviewer",
            with(&good, "reviewer", Some(" ")),
            vec!["Your name"],
        ),
        (
            "an unknown role",
            with(&good, "role", Some("boss")),
            vec!["Your role"],
        ),
        (
            "a long note",
            with(&good, &format!("note-{}", third.id), Some(&"n".repeat(501))),
            vec![&third.name, "longer than 500"],
        ),
    ];
    for (what, f, named) in cases {
        let before = site.files();
        let sent = admin.submit(&site, &page, &borrowed(&f));
        assert_eq!(sent.status, StatusCode::UNPROCESSABLE_ENTITY, "{what}");
        for n in named {
            assert!(
                sent.problem().contains(n),
                "{what}: {n} in {}",
                sent.problem()
            );
        }
        if what.contains("left out") {
            assert!(!sent.problem().contains(&rubric.skills[0].name), "{what}");
        }
        assert_eq!(site.files(), before, "{what}: nothing saved");
    }
    assert!(!site.dir().join("reviews").exists());
    admin.submit(&site, &page, &borrowed(&good)).expect(OK);
}

/// Text that must show as text: markup, and a terminal escape.
const HOSTILE: &str = "<script>alert(1)</script><b>bold</b>\u{1b}[31m";

/// Asserts that `page` shows `HOSTILE` as text, never as markup (the ESC byte is checked on
/// every response by the helper).
#[track_caller]
fn shows_as_text(what: &str, page: &Page) {
    let body = page.body().to_lowercase();
    assert!(!body.contains("<script>alert"), "{what}: markup");
    assert!(!body.contains("<b>bold"), "{what}: markup");
    assert!(
        page.text().contains("<script>alert(1)</script><b>bold</b>")
            || page
                .body()
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;&lt;b&gt;bold"),
        "{what}: the text is shown"
    );
}

#[test]
fn hostile_text_is_escaped_on_every_page() {
    let site = Site::new();
    let rubric = rubric(RUBRIC);
    let mut b = Browser::new();
    let (token, about) = start(&site, &mut b, &[("quick", "0")]);
    let first = send_about(&site, &mut b, &about, &about_fields(HOSTILE, "lead"));
    shows_as_text("about", &b.get(&site, &format!("/s/{token}/about")));
    let skill = b.get(&site, &first);
    let evidence = format!("{HOSTILE} evidence");
    b.submit(&site, &skill, &[("rating", "3"), ("evidence", &evidence)])
        .expect(SEE_OTHER);
    let skill = b.get(&site, &first);
    shows_as_text("skill", &skill);
    let textarea = skill.select_text("textarea");
    assert!(textarea.contains("<script>alert(1)"), "{textarea}");
    assert!(
        textarea.contains("\\u{1b}[31m"),
        "the escape shown as text: {textarea}"
    );
    let (_, review) = answer_skills(
        &site,
        &mut b,
        format!("/s/{token}/skill/{}", rubric.skills[1].id),
        &|_| 2,
        &mut |_, _| {},
    );
    shows_as_text("review", &review);
    let sent = b.submit(&site, &review, &[]);
    let report = b.follow(&site, &sent);
    shows_as_text("report", &report);
    let html = b.get(&site, &format!("/s/{token}/download/report.html"));
    shows_as_text("report.html", &html);
    for file in ["report.md", "report.json", "profile.json"] {
        let d = b.get(&site, &format!("/s/{token}/download/{file}"));
        d.expect(OK);
        assert!(d.body().contains("alert(1)"), "{file}");
        if file == "report.md" {
            // Markdown shows HTML as it is, so the report escapes it there too.
            assert!(!d.body().contains("<script>") && d.body().contains("&lt;script&gt;"));
        }
    }

    let mut admin = supervisor(&site);
    shows_as_text("team", &admin.get(&site, "/team"));
    let profile = site.profiles().pop().unwrap();
    let page = admin.get(&site, &format!("/review/{profile}"));
    shows_as_text("review form", &page);
    let mut f = review_form(&rubric, HOSTILE, "1", &[]);
    f.push((format!("note-{}", rubric.skills[0].id), HOSTILE.to_string()));
    // Shown again with a problem, the text typed is still text.
    let refused = admin.submit(&site, &page, &borrowed(&with(&f, "role", None)));
    refused.expect(StatusCode::UNPROCESSABLE_ENTITY);
    shows_as_text("refused review", &refused);
    let saved = admin.submit(&site, &page, &borrowed(&f));
    saved.expect(OK);
    shows_as_text("review saved", &saved);
    shows_as_text("team with the review", &admin.get(&site, "/team"));
    // The list names files, which hold no markup to begin with.
    let list = admin.get(&site, "/review").body().to_lowercase();
    assert!(!list.contains("<script>alert") && list.contains(&profile));
}

#[test]
fn pages_are_gzipped_for_browsers_that_accept_it() {
    let site = Site::new();
    let mut b = Browser::new();
    let plain = b.get(&site, "/no-such-page");
    let zipped = site.get_gzip("/no-such-page");
    assert_eq!(plain.header(header::CONTENT_ENCODING), None);
    assert_eq!(zipped.header(header::CONTENT_ENCODING), Some("gzip"));
    assert_eq!(zipped.header(header::VARY), Some("accept-encoding"));
    assert_eq!(zipped.status, StatusCode::NOT_FOUND);
    assert_eq!(zipped.body(), plain.body());
}

#[test]
fn a_line_or_shift_given_groups_the_team_page() {
    let site = Site::new();
    for (name, group) in [
        ("Ana Diaz", "Line 2 / nights"),
        ("Bo Chen", "Line 1 / days"),
    ] {
        let mut b = Browser::new();
        let (_, about) = start(&site, &mut b, &[("quick", "0")]);
        let mut f = about_fields(name, "specialist");
        f.push(("group".into(), group.into()));
        let first = send_about(&site, &mut b, &about, &f);
        let (_, review) = answer_skills(&site, &mut b, first, &|n| (n % 4) as u8, &mut |_, _| {});
        assert!(
            review_rows(&review)["Line, shift or team"].starts_with(group),
            "{:?}",
            review_rows(&review)
        );
        b.submit(&site, &review, &[]).expect(SEE_OTHER);
    }
    let mut groups: Vec<String> = site
        .profiles()
        .iter()
        .map(|file| {
            let text = std::fs::read_to_string(site.dir().join(file)).unwrap();
            let doc: serde_json::Value = serde_json::from_str(&text).unwrap();
            doc["group"].as_str().unwrap().to_string()
        })
        .collect();
    groups.sort();
    assert_eq!(groups, ["Line 1 / days", "Line 2 / nights"]);
    // The supervisor's team page counts coverage per group.
    let mut boss = supervisor(&site);
    let team = boss.get(&site, "/team");
    team.expect(OK);
    let text = team.text();
    assert!(
        text.contains("Line 2 / nights") && text.contains("Line 1 / days"),
        "{text}"
    );

    // A group longer than a profile holds is refused, naming the field.
    let mut b = Browser::new();
    let (_, about) = start(&site, &mut b, &[("quick", "0")]);
    let mut f = about_fields("Cy Long", "specialist");
    f.push(("group".into(), "x".repeat(200)));
    let sent = b.submit(&site, &about, &borrowed(&f));
    sent.expect(StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        sent.problem().contains("line, shift or team"),
        "{}",
        sent.problem()
    );
}

/// Words of skillgap's own English pages (titles, buttons, headings) that a Spanish page
/// must not show.
const ENGLISH: &[&str] = &[
    "About you",
    "Your answers",
    "Confirm and see the report",
    "Keep your results",
    "This page stays at",
    "How far are you",
    "Which describes what you do now",
    "Every skill",
    "No such page",
    "Go to the start",
    "This form has expired",
    "Too much text",
    "Supervisor's",
    "Profiles and reviews",
    "Save the review",
    "Pick a name",
    "Team report",
    "Your name:",
    "Target level:",
];

/// A page in Spanish: `<html lang="es">`, no English title, button or heading of skillgap's
/// own, and `expected` in its text.
#[track_caller]
fn spanish(page: &Page, expected: &str) {
    let html = page.html();
    assert_eq!(
        html.root_element().value().attr("lang"),
        Some("es"),
        "{}",
        page.text()
    );
    let text = format!("{} {}", page.select_text("title"), page.text());
    for english in ENGLISH {
        assert!(!text.contains(english), "{english:?} in: {text}");
    }
    for (css, english) in [("#next", "Next"), ("a.back", "Back"), ("#next", "Start")] {
        assert!(
            !page.select_text(css).contains(english),
            "{css}: {}",
            page.select_text(css)
        );
    }
    assert!(text.contains(expected), "{expected:?} not in: {text}");
}

/// A whole questionnaire in `b`'s language, as `to_review` and `finished` answer it (with
/// the years written `years`), `each` seeing every page up to the review: the report page
/// and the downloads by file name.
fn whole_path(
    site: &Site,
    b: &mut Browser,
    years: &str,
    each: &mut dyn FnMut(&Page),
) -> (Page, BTreeMap<String, Page>) {
    let (token, about) = start(site, b, &[("quick", "0")]);
    each(&about);
    let f = with(
        &about_fields("Sam Rivera", "specialist"),
        "years",
        Some(years),
    );
    let first = send_about(site, b, &about, &f);
    let (_, review) = answer_skills(site, b, first, &|n| (n % 4) as u8, &mut |_, p| each(p));
    each(&review);
    let sent = b.submit(site, &review, &[]);
    sent.expect(SEE_OTHER);
    let report = b.follow(site, &sent);
    report.expect(OK);
    let mut got = BTreeMap::new();
    for link in report.hrefs("nav.downloads a.file") {
        let d = b.get(site, &link);
        d.expect(OK);
        got.insert(link.rsplit('/').next().unwrap().to_string(), d);
    }
    assert_eq!(got.len(), 4, "{:?}", got.keys());
    let _ = token;
    (report, got)
}

#[test]
fn the_whole_path_in_spanish_from_the_browser_s_languages() {
    let rubric = rubric(RUBRIC);
    let es_rubric = rubric.in_lang(skillgap::i18n::Lang::Es);
    let site = Site::new();
    let mut b = Browser::speaking("es-MX,es;q=0.9,en;q=0.8");
    let start_page = b.get(&site, "/");
    spanish(&start_page, "¿Qué tan cerca está del siguiente nivel?");
    assert_eq!(start_page.select_text("#next"), "Comenzar");
    let mut seen = 0;
    let (report, es) = whole_path(&site, &mut b, "3,5", &mut |page| {
        seen += 1;
        spanish(page, "");
        if page.select_text("h1") == "Sobre usted" {
            assert!(page.text().contains("¿A qué nivel quiere llegar?"));
        } else if page.select_text("h1") == "Sus respuestas" {
            let rows = review_rows(page);
            assert_eq!(rows["Años en producción"], "3,5 Cambiar", "{rows:?}");
            assert_eq!(page.select_text("#next"), "Confirmar y ver el reporte");
        } else if page.select_text(".progress").starts_with("Habilidad ") {
            assert_eq!(page.select_text("#next"), "Siguiente");
            assert_eq!(page.select_text("a.back"), "← Atrás");
            assert!(page.text().contains("¿Cuál describe lo que hace hoy?"));
            // The skill's name and its descriptions come from the rubric's translation.
            assert!(
                es_rubric
                    .skills
                    .iter()
                    .any(|s| page.select_text("h1") == s.name),
                "{}",
                page.select_text("h1")
            );
        }
    });
    assert_eq!(seen, 1 + rubric.skills.len() + 1);
    // The report's own words are the report's; the page around them is the person's.
    assert_eq!(
        report.html().root_element().value().attr("lang"),
        Some("es")
    );
    let nav = report.select_text("nav.downloads");
    for english in ENGLISH {
        assert!(!nav.contains(english), "{english:?} in: {nav}");
    }
    assert!(nav.contains("Guarde sus resultados"), "{nav}");
    assert!(nav.contains("Esta página queda en"), "{nav}");
    assert!(report.text().contains("Especialista de producción"));
    assert!(es["report.html"].body().contains("<html lang=\"es\">"));
    assert!(
        es["report.md"]
            .body()
            .contains("Especialista de producción")
    );

    // The same answers in English: the same ratings, the same JSON report; only the
    // profile's language differs.
    let en_site = Site::new();
    let mut en_browser = Browser::speaking("en-US,en;q=0.9");
    let (_, en) = whole_path(&en_site, &mut en_browser, "3.5", &mut |page| {
        let lang = page
            .html()
            .root_element()
            .value()
            .attr("lang")
            .map(str::to_string);
        assert_eq!(lang.as_deref(), Some("en"));
    });
    let profile = |p: &Page| -> serde_json::Value { serde_json::from_slice(&p.bytes).unwrap() };
    let (es_profile, en_profile) = (profile(&es["profile.json"]), profile(&en["profile.json"]));
    assert_eq!(es_profile["lang"], "es", "{es_profile}");
    assert_eq!(en_profile["lang"], "en", "{en_profile}");
    assert_eq!(es_profile["ratings"], en_profile["ratings"]);
    assert_eq!(
        es_profile["years_experience"],
        en_profile["years_experience"]
    );
    let mut without_lang = es_profile.clone();
    without_lang["lang"] = en_profile["lang"].clone();
    assert_eq!(without_lang, en_profile, "nothing else differs");
    assert_eq!(es["report.json"].body(), en["report.json"].body());
    assert!(en["report.md"].body().contains("Production Specialist"));
}

#[test]
fn the_choice_on_the_first_page_overrides_the_browser_s_languages() {
    let site = Site::new();
    let mut b = Browser::speaking("en-US,en;q=0.9");
    let english = b.get(&site, "/");
    english.expect(OK);
    assert_eq!(english.select_text("#next"), "Start");
    // Each language is offered in its own words.
    assert_eq!(english.hrefs("nav.languages a"), ["/?lang=es"]);
    assert_eq!(english.select_text("nav.languages a"), "Español");
    let page = b.get(&site, "/?lang=es");
    spanish(&page, "Califique lo que hace hoy");
    assert_eq!(page.hrefs("nav.languages a"), ["/?lang=en"]);
    assert_eq!(page.select_text("nav.languages a"), "English");

    // The start form carries the choice; the draft records it; every page follows it.
    let sent = b.submit(&site, &page, &[("quick", "1")]);
    sent.expect(SEE_OTHER);
    let token = token_of(sent.location());
    let draft: serde_json::Value = serde_json::from_str(&common::read(
        &site.dir().join(format!(".drafts/{token}.json")),
    ))
    .unwrap();
    assert_eq!(draft["lang"], "es", "{draft}");
    let about = b.follow(&site, &sent);
    spanish(&about, "Sobre usted");

    // A refused form names its problems in Spanish.
    let refused = b.submit(&site, &about, &[("years", "mucho")]);
    refused.expect(StatusCode::UNPROCESSABLE_ENTITY);
    spanish(&refused, "Su nombre: escriba el nombre");
    let problem = refused.problem();
    for said in ["Nivel objetivo:", "Años en producción:", "Estudios:"] {
        assert!(problem.contains(said), "{said}: {problem}");
    }
    let f = with(
        &about_fields("Ana", "senior"),
        "expires-lss-yellow",
        Some("2022-01-10"),
    );
    let refused = b.submit(&site, &about, &borrowed(&f));
    refused.expect(StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        refused
            .problem()
            .contains("vence el: 10 de enero de 2022 no es después del día en que la obtuvo (10 de enero de 2023)"),
        "{}",
        refused.problem()
    );
    let first = send_about(&site, &mut b, &about, &about_fields("Ana", "senior"));
    let skill = b.get(&site, &first);
    spanish(&skill, "Habilidad 1 de");
    let refused = b.submit(&site, &skill, &[]);
    refused.expect(StatusCode::UNPROCESSABLE_ENTITY);
    spanish(&refused, "Elija la descripción que más se parezca");

    // The pages outside the questionnaire follow the choice too.
    let missing = b.get(&site, "/no-such-page");
    missing.expect(StatusCode::NOT_FOUND);
    spanish(&missing, "Esta página no existe");
    let missing = b.get(&site, &format!("/s/{token}/skill/no-such-skill"));
    missing.expect(StatusCode::NOT_FOUND);
    spanish(&missing, "Ir al inicio");
    let forged = b.post(&site, &first, &[("rating", "1"), ("csrf", "x")]);
    forged.expect(StatusCode::FORBIDDEN);
    spanish(&forged, "Este formulario venció");
    let big = "a".repeat(skillgap::web::BODY_LIMIT + 1);
    let too_much = b.post(&site, &first, &[("evidence", &big)]);
    too_much.expect(StatusCode::PAYLOAD_TOO_LARGE);
    spanish(&too_much, "Demasiado texto");

    // Choosing English again changes the first page; a session keeps the language it was
    // started in.
    let english = b.get(&site, "/?lang=en");
    assert_eq!(english.select_text("#next"), "Start");
    spanish(&b.get(&site, &first), "Habilidad 1 de");
}

#[test]
fn the_server_s_language_serves_browsers_that_ask_for_none_it_speaks() {
    let site = Site::with(Setup {
        lang: skillgap::i18n::Lang::Es,
        ..Setup::default()
    });
    spanish(&Browser::new().get(&site, "/"), "Comenzar");
    spanish(
        &Browser::speaking("fr-FR,fr;q=0.9").get(&site, "/"),
        "Comenzar",
    );
    spanish(&Browser::speaking("en;q=0, es").get(&site, "/"), "Comenzar");
    let english = Browser::speaking("en-GB").get(&site, "/");
    assert_eq!(english.select_text("#next"), "Start");
    // An English server, a Spanish browser.
    spanish(&Browser::speaking("es").get(&Site::new(), "/"), "Comenzar");
}

#[test]
fn the_supervisor_s_pages_in_spanish() {
    let site = Site::new();
    let (_, profile) = finished(&site, &mut Browser::new(), "Sam Rivera");
    let mut admin = Browser::speaking("es-MX");
    let log_in = admin.get(&site, "/team");
    log_in.expect(StatusCode::UNAUTHORIZED);
    spanish(&log_in, "Código del supervisor");
    let wrong = admin.submit(&site, &log_in, &[("code", "00000000")]);
    wrong.expect(StatusCode::FORBIDDEN);
    spanish(&wrong, "Ese no es el código del supervisor.");
    admin
        .submit(&site, &log_in, &[("code", ADMIN_CODE)])
        .expect(SEE_OTHER);
    let team = admin.get(&site, "/team");
    team.expect(OK);
    spanish(&team, "1 perfil terminado:");
    assert!(team.text().contains("Elija un nombre para evaluar"));
    let list = admin.get(&site, "/review");
    spanish(&list, "Perfiles y evaluaciones");
    let page = admin.get(&site, &format!("/review/{profile}"));
    spanish(&page, "Evaluar a Sam Rivera");
    assert_eq!(page.select_text("#next"), "Guardar la evaluación");
    let rubric = rubric(RUBRIC);
    let es_rubric = rubric.in_lang(skillgap::i18n::Lang::Es);
    assert!(page.text().contains(&es_rubric.skills[0].name));
    let skipped = &rubric.skills[1].id;
    let refused = admin.submit(
        &site,
        &page,
        &borrowed(&review_form(&rubric, "Dana", "3", &[skipped])),
    );
    refused.expect(StatusCode::UNPROCESSABLE_ENTITY);
    spanish(&refused, "Califique cada habilidad");
    assert!(refused.problem().contains(&es_rubric.skills[1].name));
    let saved = admin.submit(
        &site,
        &page,
        &borrowed(&review_form(&rubric, "Dana", "3", &[])),
    );
    saved.expect(OK);
    spanish(&saved, "Evaluación guardada");
    let list = admin.get(&site, "/review");
    assert!(list.text().contains("1 evaluación"), "{}", list.text());
}

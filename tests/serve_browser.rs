//! `skillgap serve` used in a real browser, as a person would: on a phone (390 px) and on a
//! desk (1280 px), one whole questionnaire each, by clicking and typing. On the way the person
//! goes back once with the browser's back button and changes an answer, changes another from
//! the review page, and stops half-way while the server is killed and started again on the
//! same folder, then carries on from the page's resume link. At the end the report page's
//! verdict must be the one `skillgap assess --input` gives for the downloaded profile, and the
//! report the server offers for download must be the one `assess` makes.
//!
//! Once more in Spanish, chosen on the first page, on a phone: the quick questionnaire, each
//! page in Spanish, the report page of that language.
//!
//! With `SKILLGAP_SHOTS=FOLDER` it also saves a screenshot of every kind of page, for a person
//! to look at.

mod common;

use std::collections::BTreeMap;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::Instant;

use common::cdp::{Page, TIMEOUT};
use serde_json::{Value, json};

/// Skills in the built-in production specialist rubric: every one is asked.
const SKILLS: usize = 23;

/// The skill whose answer is changed with the back button, counted from 1.
const GO_BACK_AFTER: usize = 5;

/// Where the person stops and the server is killed: after this many skills.
const STOP_AFTER: usize = 12;

/// `skillgap serve` running as a child process on loopback.
struct Server {
    child: Child,
    /// The address it printed, `http://127.0.0.1:PORT/`.
    url: String,
    /// Its standard error, shown when the test fails.
    log: PathBuf,
}

impl Server {
    /// Starts `skillgap serve --dir DIR --bind BIND` and waits for the address it prints.
    fn start(dir: &Path, bind: &str, log: PathBuf) -> Server {
        let mut child = Command::new(env!("CARGO_BIN_EXE_skillgap"))
            .args(["serve", "--dir"])
            .arg(dir)
            .args(["--bind", bind])
            .env("NO_COLOR", "1")
            // English, whatever the machine's language: the address is read from its words.
            .env("LANG", "C.UTF-8")
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .env_remove("SKILLGAP_RUBRIC_PATH")
            .env_remove("XDG_STATE_HOME")
            .current_dir(common::root())
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(std::fs::File::create(&log).unwrap())
            .spawn()
            .expect("skillgap serve starts");
        let stdout = child.stdout.take().unwrap();
        let (said, heard) = mpsc::channel();
        // Read on (and drop) whatever else it prints, so that it never blocks on a full pipe.
        std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines().map_while(Result::ok) {
                let _ = said.send(line);
            }
        });
        let start = Instant::now();
        let url = loop {
            let line = heard.recv_timeout(TIMEOUT.saturating_sub(start.elapsed()));
            let Ok(line) = line else {
                let _ = child.kill();
                panic!(
                    "skillgap serve --bind {bind} printed no address within {TIMEOUT:?}; stderr:\n{}",
                    common::read(&log)
                );
            };
            // "Open http://127.0.0.1:PORT/ in a browser."
            if let Some(rest) = line.strip_prefix("Open ") {
                break rest.split_whitespace().next().unwrap().to_string();
            }
        };
        assert!(url.starts_with("http://127.0.0.1:"), "{url}");
        Server { child, url, log }
    }

    /// `HOST:PORT`, to start the server again on the same address.
    fn bind(&self) -> String {
        let host = self.url.trim_start_matches("http://");
        host.trim_end_matches('/').to_string()
    }

    /// Kills the server at once, as a power cut or a closed laptop would.
    fn kill(&mut self) {
        self.child.kill().unwrap();
        self.child.wait().unwrap();
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
        if std::thread::panicking() {
            eprintln!(
                "skillgap serve ({}) printed:\n{}",
                self.url,
                common::read(&self.log)
            );
        }
    }
}

/// Who fills in the questionnaire and what they answer.
struct Person {
    name: &'static str,
    /// `unsure` or a level's id.
    target: &'static str,
    years: &'static str,
    /// `skipped` or an education id.
    education: &'static str,
    certs: &'static [&'static str],
    /// By skill id.
    ratings: BTreeMap<String, u8>,
    /// By skill id, for ratings of 2 or more (the only ones the page asks evidence for).
    evidence: BTreeMap<String, String>,
}

impl Person {
    /// A person who answers as the shipped example profile `example` does, with short
    /// evidence for every rating of 2 or more.
    fn like(example: &str) -> Person {
        let profile: Value =
            serde_json::from_str(&common::read(&common::example(example))).unwrap();
        let ratings: BTreeMap<String, u8> =
            serde_json::from_value(profile["ratings"].clone()).unwrap();
        let evidence = ratings
            .iter()
            .filter(|&(_, &r)| r >= 2)
            .map(|(id, _)| {
                let said = profile["evidence"][id].as_str().unwrap_or("did it at work");
                (
                    id.clone(),
                    said.chars().take(50).collect::<String>().trim().to_string(),
                )
            })
            .collect();
        Person {
            name: "",
            target: "unsure",
            years: "0",
            education: "skipped",
            certs: &[],
            ratings,
            evidence,
        }
    }

    /// Answers the skill page now shown, `id`, with `rating` (and evidence when it asks).
    fn rate(&mut self, page: &Page, id: &str, rating: u8, evidence: &str) {
        page.click(&format!("#rating-{rating}"));
        self.ratings.insert(id.to_string(), rating);
        if rating >= 2 {
            page.type_into("textarea[name=evidence]", evidence);
            self.evidence.insert(id.to_string(), evidence.to_string());
        } else {
            self.evidence.remove(id);
        }
    }
}

/// Saves screenshots of the page, a window at a time from its top, as `NAME-1.png`, ...
/// under `SKILLGAP_SHOTS`, when it is set; then scrolls back to the top.
fn screenshots(page: &Page, name: &str) {
    let Some(dir) = std::env::var_os("SKILLGAP_SHOTS") else {
        return;
    };
    let size = page.eval("[innerHeight, document.documentElement.scrollHeight]");
    let (window, whole) = (size[0].as_u64().unwrap(), size[1].as_u64().unwrap());
    for (i, top) in (0..whole).step_by(window as usize).enumerate() {
        page.eval(&format!("window.scrollTo(0, {top})"));
        page.screenshot(&Path::new(&dir).join(format!("{name}-{}.png", i + 1)));
    }
    page.eval("window.scrollTo(0, 0)");
}

/// Checks that the page fits the window's `width`: nothing to scroll sideways to. (On a
/// phone a page that does not fit is shown smaller, as a whole, so the check is on the
/// page's width rather than on what sticks out of the window.)
fn fits(page: &Page, width: u32) {
    let wide = page.eval(
        "[document.documentElement.scrollWidth, [...document.querySelectorAll('body *')]\
         .filter((e) => e.getBoundingClientRect().right > visualViewport.width + 0.5)\
         .map((e) => e.tagName.toLowerCase() + (e.name ? '[name=' + e.name + ']' : '')).slice(0, 5)]",
    );
    assert!(
        wide[0].as_u64().unwrap() <= u64::from(width),
        "{} is {} px wide in a {width} px window; too wide: {}",
        page.url(),
        wide[0],
        wide[1]
    );
}

/// The skill id of a skill page's address, `.../s/TOKEN/skill/ID`.
fn skill_of(url: &str) -> Option<String> {
    let (_, id) = url.split_once("/skill/")?;
    Some(id.split(['?', '#']).next().unwrap().to_string())
}

/// One person's way through the questionnaire in one browser window.
struct Walk {
    page: Page,
    width: u32,
    person: Person,
    server: Server,
    /// The server's `--dir`.
    dir: tempfile::TempDir,
    /// The server's standard error, one file per start.
    logs: tempfile::TempDir,
    /// The skills asked so far, in order.
    asked: Vec<String>,
}

/// Fills in the whole questionnaire as `person` in a window of `width` × `height`, and
/// checks the report against `skillgap assess`.
fn questionnaire(width: u32, height: u32, person: Person) {
    let Some(page) = Page::open(width, height) else {
        return;
    };
    let started = Instant::now();
    let dir = tempfile::tempdir().unwrap();
    let logs = tempfile::tempdir().unwrap();
    let server = Server::start(dir.path(), "127.0.0.1:0", logs.path().join("1.log"));
    let mut walk = Walk {
        page,
        width,
        person,
        server,
        dir,
        logs,
        asked: Vec::new(),
    };
    walk.start_and_about();
    walk.skills();
    walk.review();
    walk.report();
    eprintln!(
        "{width}x{height}: the whole questionnaire, the restart and the checks in {:?}",
        started.elapsed()
    );
}

impl Walk {
    /// On every page: it fits the window, and a page of a questionnaire under way shows
    /// its resume link; under `SKILLGAP_SHOTS`, screenshots of `shot`.
    fn arrive(&self, shot: Option<&str>) {
        fits(&self.page, self.width);
        let url = self.page.url();
        if let Some((_, rest)) = url.split_once("/s/")
            && !url.ends_with("/report")
        {
            let token = rest.split('/').next().unwrap();
            let resume = self
                .page
                .eval("document.querySelector('a#resume')?.href ?? null");
            assert_eq!(
                resume,
                json!(format!("{}s/{token}", self.server.url)),
                "on {url}"
            );
        }
        if let Some(name) = shot {
            screenshots(&self.page, &format!("{}px-{name}", self.width));
        }
    }

    /// The start page (the built-in production specialist ladder, every skill), then the
    /// questions about the person.
    fn start_and_about(&mut self) {
        let (page, person) = (&self.page, &self.person);
        page.goto(&self.server.url);
        self.arrive(Some("1-start"));
        page.click("input[name=rubric][value=production-specialist]");
        page.click("input[name=quick][value='0']");
        page.follow("button#next");
        assert!(page.url().ends_with("/about"), "{}", page.url());

        self.arrive(Some("2-about"));
        page.type_into("input[name=name]", person.name);
        page.click(&format!("input[name=target][value={}]", person.target));
        page.type_into("input[name=years]", person.years);
        page.click(&format!(
            "input[name=education][value={}]",
            person.education
        ));
        for cert in person.certs {
            page.click(&format!("input[name=cert][value={cert}]"));
        }
        page.follow("button#next");
    }

    /// One page per skill, until the review; on the way, the back button once and the
    /// server killed once.
    fn skills(&mut self) {
        let mut shown_evidence = false;
        let mut by_keyboard = false;
        while let Some(id) = skill_of(&self.page.url()) {
            let n = self.asked.len() + 1;
            assert!(
                !self.asked.contains(&id),
                "{id} asked twice: {:?}",
                self.asked
            );
            let progress = self.page.text(".progress");
            assert!(
                progress.starts_with(&format!("Skill {n} of {SKILLS} ")),
                "{progress:?} on {}",
                self.page.url()
            );
            self.arrive((n == 1).then_some("3-skill"));
            let rating = self.person.ratings[&id];
            let evidence = self.person.evidence.get(&id).cloned().unwrap_or_default();
            if rating < 2 && !by_keyboard {
                // Once with the keyboard alone: the digit chooses, Enter sends the page.
                self.page.press_and_follow(&format!("{rating}\n"));
                self.person.ratings.insert(id.clone(), rating);
                self.person.evidence.remove(&id);
                by_keyboard = true;
            } else {
                self.person.rate(&self.page, &id, rating, &evidence);
                if rating >= 2 && !shown_evidence {
                    self.arrive(Some("4-skill-evidence"));
                    shown_evidence = true;
                }
                self.page.follow("button#next");
            }
            self.asked.push(id.clone());
            if n == GO_BACK_AFTER {
                self.go_back_and_change(n, &id, rating);
            }
            if n == STOP_AFTER {
                self.restart_and_resume();
            }
        }
        assert_eq!(self.asked.len(), SKILLS, "{:?}", self.asked);
        assert!(by_keyboard, "no skill was answered with the keyboard alone");
    }

    /// The browser's back button from the page after skill `n` (`id`, answered `rating`),
    /// then a different answer.
    fn go_back_and_change(&mut self, n: usize, id: &str, rating: u8) {
        let page = &self.page;
        page.back();
        assert_eq!(skill_of(&page.url()).as_deref(), Some(id));
        assert!(
            page.text(".progress")
                .starts_with(&format!("Skill {n} of "))
        );
        let checked = page.eval(&format!(
            "document.querySelector('#rating-{rating}').checked"
        ));
        assert_eq!(
            checked,
            json!(true),
            "the answer given shows after going back"
        );
        let changed = (rating + 2) % 5;
        self.person
            .rate(page, id, changed, "changed my mind after looking again");
        page.follow("button#next");
    }

    /// Half-way: the server dies and comes back on the same folder and address; the resume
    /// link leads back to the first skill not answered.
    fn restart_and_resume(&mut self) {
        let here = self.page.url();
        let resume = self.page.eval("document.querySelector('a#resume').href");
        let resume = resume.as_str().expect("a resume link").to_string();
        let bind = self.server.bind();
        let log = self.logs.path().join("2.log");
        self.server.kill();
        self.server = Server::start(self.dir.path(), &bind, log);
        self.page.goto(&resume);
        assert_eq!(
            self.page.url(),
            here,
            "the resume link {resume} after a restart"
        );
    }

    /// The review: every answer with a change link; the last skill is changed from there.
    fn review(&mut self) {
        let page = &self.page;
        assert!(page.url().ends_with("/review"), "{}", page.url());
        self.arrive(Some("5-review"));
        let changes = page.eval("document.querySelectorAll('a.change').length");
        assert_eq!(
            changes,
            json!(SKILLS + 6),
            "a change link for each answer about the person (name, group, target, years, education, certifications) and each skill"
        );
        let last = self.asked.last().unwrap().clone();
        page.follow(&format!("a.change[href*='/skill/{last}']"));
        let rating = (self.person.ratings[&last] + 1) % 5;
        self.person
            .rate(page, &last, rating, "changed from the review");
        page.follow("button#next");
        assert!(page.url().ends_with("/review"), "{}", page.url());
        page.follow("button#next");
    }

    /// The report: its verdict is the one `assess --input` gives for the downloaded
    /// profile, which holds every answer and is the file saved in `--dir`; the report's
    /// JSON download is what `assess --input` writes.
    fn report(&self) {
        let page = &self.page;
        assert!(page.url().ends_with("/report"), "{}", page.url());
        self.arrive(Some("6-report"));
        let verdict = page.text("section.verdict p.answer");
        let profile = page.download("a[href$='profile.json']");
        let report = page.download("a[href$='report.json']");

        check_profile(&profile, &self.person);
        let saved: Vec<PathBuf> = std::fs::read_dir(self.dir.path())
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|e| e == "json"))
            .collect();
        assert_eq!(saved.len(), 1, "{saved:?}");
        assert_eq!(
            common::read(&saved[0]),
            common::read(&profile),
            "the profile in --dir"
        );

        let assessed: Value = serde_json::from_str(&common::assess(&profile, "json")).unwrap();
        assert_eq!(verdict, assessed["summary"]["lines"][0].as_str().unwrap());
        let served: Value = serde_json::from_str(&common::read(&report)).unwrap();
        assert_eq!(
            served, assessed,
            "the server's report.json and assess --input's"
        );
    }
}

/// The downloaded profile holds what `person` answered.
fn check_profile(profile: &Path, person: &Person) {
    let saved: Value = serde_json::from_str(&common::read(profile)).unwrap();
    assert_eq!(saved["rubric"], "production-specialist");
    assert_eq!(saved["name"], person.name);
    let ratings: BTreeMap<String, u8> = serde_json::from_value(saved["ratings"].clone()).unwrap();
    assert_eq!(ratings, person.ratings);
    let evidence: BTreeMap<String, String> =
        serde_json::from_value(saved["evidence"].clone()).unwrap_or_default();
    assert_eq!(evidence, person.evidence);
    let years: f64 = person.years.parse().unwrap();
    assert_eq!(saved["years_experience"].as_f64(), Some(years));
    match person.target {
        "unsure" => assert!(saved.get("target_level").is_none(), "{saved}"),
        level => assert_eq!(saved["target_level"], level),
    }
    match person.education {
        "skipped" => assert!(saved.get("education").is_none(), "{saved}"),
        e => assert_eq!(saved["education"], e),
    }
    let mut certs: Vec<String> =
        serde_json::from_value(saved["certifications"].clone()).unwrap_or_default();
    certs.sort();
    let mut held = person.certs.to_vec();
    held.sort();
    assert_eq!(certs, held);
}

#[test]
fn on_a_phone() {
    let person = Person {
        name: "Zoë O'Brien-Ngata",
        ..Person::like("career-changer.json")
    };
    questionnaire(390, 844, person);
}

#[test]
fn on_a_desk() {
    let person = Person {
        name: "Sam Rivera",
        target: "senior",
        years: "3.5",
        education: "secondary",
        certs: &["osha-10", "lss-yellow"],
        ..Person::like("specialist-to-senior.json")
    };
    questionnaire(1280, 900, person);
}

/// Whether the page says it is in Spanish and shows `words` in the element `css`.
#[track_caller]
fn in_spanish(page: &Page, css: &str, words: &str) {
    assert_eq!(
        page.eval("document.documentElement.lang"),
        json!("es"),
        "{}",
        page.url()
    );
    let text = page.text(css);
    assert!(
        text.contains(words),
        "{words:?} not in {css} of {}: {text}",
        page.url()
    );
}

/// The start, a skill and the report page at 360 px, the narrowest phone: they fit, and
/// under `SKILLGAP_SHOTS` their pictures are saved.
fn narrowest(urls: &[(&str, String)]) {
    let Some(page) = Page::open(360, 780) else {
        return;
    };
    for (name, url) in urls {
        page.goto(url);
        fits(&page, 360);
        screenshots(&page, &format!("360px-es-{name}"));
    }
}

#[test]
fn in_spanish_on_a_phone() {
    let (width, height) = (390, 844);
    let Some(page) = Page::open(width, height) else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let logs = tempfile::tempdir().unwrap();
    let server = Server::start(dir.path(), "127.0.0.1:0", logs.path().join("1.log"));
    page.goto(&server.url);
    // The browser asks for English; the person chooses Spanish.
    assert_eq!(page.eval("document.documentElement.lang"), json!("en"));
    page.follow("nav.languages a[lang=es]");
    in_spanish(&page, "h1", "¿Qué tan cerca está del siguiente nivel?");
    fits(&page, width);
    let start = page.url();
    page.click("input[name=quick][value='1']");
    page.follow("button#next");
    in_spanish(&page, "h1", "Sobre usted");
    page.type_into("input[name=name]", "María José Núñez");
    page.click("input[name=target][value=senior]");
    page.type_into("input[name=years]", "2,5");
    page.click("input[name=education][value=skipped]");
    page.follow("button#next");
    let mut pictured = false;
    while skill_of(&page.url()).is_some() {
        in_spanish(&page, ".progress", "Habilidad ");
        in_spanish(&page, "button#next", "Siguiente");
        fits(&page, width);
        if !pictured {
            narrowest(&[("1-start", start.clone()), ("2-skill", page.url())]);
            pictured = true;
        }
        page.click("#rating-1");
        page.follow("button#next");
    }
    assert!(page.url().ends_with("/review"), "{}", page.url());
    in_spanish(&page, "button#next", "Confirmar y ver el reporte");
    in_spanish(&page, "table.answers", "2,5");
    page.follow("button#next");
    assert!(page.url().ends_with("/report"), "{}", page.url());
    fits(&page, width);
    // The verdict names the target in the rubric's Spanish words.
    in_spanish(&page, "section.verdict", "Especialista de producción");
    in_spanish(&page, "nav.downloads", "Guarde sus resultados");
    let profile: Value =
        serde_json::from_str(&common::read(&page.download("a[href$='profile.json']"))).unwrap();
    assert_eq!(profile["lang"], "es", "{profile}");
    assert_eq!(profile["years_experience"], 2.5, "{profile}");
    narrowest(&[("3-report", page.url())]);
    drop(server);
}

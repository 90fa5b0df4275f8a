//! One session: a person with a browser who answers the whole questionnaire, and what they
//! sent, kept to be compared with the profile they leave.

use std::collections::BTreeMap;
use std::net::SocketAddr;
use std::time::{Duration, Instant};

use crate::http::{Http, Response};

/// Longest a whole session may take before it is abandoned.
const SESSION_DEADLINE: Duration = Duration::from_secs(300);
/// Skills of the built-in rubric: every session answers them all.
const SKILLS: usize = 23;

/// One timed request.
pub struct Sample {
    pub page: &'static str,
    pub post: bool,
    pub took: Duration,
    pub bytes: usize,
}

/// What a session sent, to compare with the profile it left.
#[derive(Default)]
pub struct Sent {
    pub name: String,
    pub target: String,
    pub years: String,
    pub education: String,
    /// The certification ticked and the day it was earned.
    pub cert: Option<(String, String)>,
    pub ratings: BTreeMap<String, u8>,
    pub evidence: BTreeMap<String, String>,
}

/// One person with one browser.
pub struct Session {
    pub n: usize,
    pub http: Http,
    pub samples: Vec<Sample>,
    pub sent: Sent,
}

/// The rating session `n` gives its `k`-th skill: a base-5 digit of `n`, shifted by `k`.
fn rating(n: usize, k: usize) -> u8 {
    let digit = n / 5usize.pow((k % 4) as u32) % 5;
    ((digit + k) % 5) as u8
}

impl Session {
    pub fn new(n: usize, addr: SocketAddr) -> Session {
        Session {
            n,
            http: Http::new(addr),
            samples: Vec::new(),
            sent: Sent::default(),
        }
    }

    /// One request, timed from the first byte written to the last byte read.
    fn ask(
        &mut self,
        page: &'static str,
        path: &str,
        form: Option<&[(String, String)]>,
        want: u16,
    ) -> Result<Response, String> {
        let body = form.map(|f| {
            let mut s = form_urlencoded::Serializer::new(String::new());
            for (k, v) in f {
                s.append_pair(k, v);
            }
            s.finish()
        });
        let began = Instant::now();
        let r = self.http.request(path, body.as_deref())?;
        self.samples.push(Sample {
            page,
            post: body.is_some(),
            took: began.elapsed(),
            bytes: r.body.len(),
        });
        if r.status != want {
            let text = String::from_utf8_lossy(&r.body);
            let text: String = text.chars().take(300).collect();
            return Err(format!(
                "{page} {path}: {} (wanted {want}): {text}",
                r.status
            ));
        }
        Ok(r)
    }

    /// Start to report; the first problem ends it.
    pub fn run(&mut self) -> Result<(), String> {
        let n = self.n;
        let began = Instant::now();
        let start = self.ask("start", "/", None, 200)?;
        let page = start.text();
        let rubric = inputs(&page)
            .into_iter()
            .find(|i| i.name == "rubric" && i.checked)
            .map(|i| i.value);
        let mut form = vec![("csrf".to_string(), csrf(&page)?)];
        if let Some(r) = rubric {
            form.push(("rubric".into(), r));
        }
        form.push(("quick".into(), "0".into()));
        let about = self.ask("start", "/start", Some(&form), 303)?.location()?;
        let page = self.ask("about", &about, None, 200)?.text();
        let form = self.about_form(&page)?;
        let mut next = self.ask("about", &about, Some(&form), 303)?.location()?;
        let mut k = 0;
        while let Some(skill) = next.split("/skill/").nth(1).map(str::to_string) {
            if began.elapsed() > SESSION_DEADLINE {
                return Err(format!("not done after {SESSION_DEADLINE:?}"));
            }
            let page = self.ask("skill", &next, None, 200)?.text();
            let r = rating(n, k);
            let evidence = if r >= 2 {
                format!("Séance {n}: led the {skill} work on line {k}, rated {r} & checked")
            } else {
                String::new()
            };
            let form = vec![
                ("csrf".to_string(), csrf(&page)?),
                ("rating".into(), r.to_string()),
                ("evidence".into(), evidence.clone()),
            ];
            self.sent.ratings.insert(skill.clone(), r);
            if r >= 2 {
                self.sent.evidence.insert(skill, evidence);
            }
            next = self.ask("skill", &next, Some(&form), 303)?.location()?;
            k += 1;
        }
        if k != SKILLS || !next.ends_with("/review") {
            return Err(format!("{k} skills asked, then {next}"));
        }
        let page = self.ask("review", &next, None, 200)?.text();
        if !page.contains(&escape(&self.sent.name)) {
            return Err("the review does not show the session's name".into());
        }
        let finish = next.replace("/review", "/finish");
        let form = vec![("csrf".to_string(), csrf(&page)?)];
        let report = self.ask("finish", &finish, Some(&form), 303)?.location()?;
        let page = self.ask("report", &report, None, 200)?.text();
        if !page.contains(&escape(&self.sent.name)) {
            return Err("the report does not show the session's name".into());
        }
        Ok(())
    }

    /// The about form as a browser sends it: every field, with this session's answers.
    fn about_form(&mut self, page: &str) -> Result<Vec<(String, String)>, String> {
        let n = self.n;
        let fields = inputs(page);
        let choices = |name: &str| -> Vec<String> {
            fields
                .iter()
                .filter(|i| i.name == name)
                .map(|i| i.value.clone())
                .collect()
        };
        let (targets, educations) = (choices("target"), choices("education"));
        let certs = choices("cert");
        if targets.len() < 2 || educations.len() < 2 || certs.is_empty() {
            return Err("the about page lacks its choices".into());
        }
        let sent = &mut self.sent;
        sent.name = format!("Zoë Load-Tester {n:03}");
        sent.target = targets[n % targets.len()].clone();
        sent.years = if n.is_multiple_of(2) {
            (n % 40).to_string()
        } else {
            format!("{}.5", n % 40)
        };
        sent.education = educations[n % educations.len()].clone();
        sent.cert = certs
            .get(n % (certs.len() + 1))
            .map(|c| (c.clone(), format!("2024-{:02}-15", 1 + n % 12)));
        let mut form = Vec::new();
        for i in &fields {
            let value = match (i.kind.as_str(), i.name.as_str()) {
                ("hidden", _) => i.value.clone(),
                (_, "name") => sent.name.clone(),
                (_, "years") => sent.years.clone(),
                (_, "target") if i.value == sent.target => i.value.clone(),
                (_, "education") if i.value == sent.education => i.value.clone(),
                (_, "cert") if sent.cert.as_ref().is_some_and(|c| c.0 == i.value) => {
                    i.value.clone()
                }
                ("date", field) => match &sent.cert {
                    Some((c, day)) if field == format!("earned-{c}") => day.clone(),
                    _ => String::new(),
                },
                _ => continue,
            };
            form.push((i.name.clone(), value));
        }
        Ok(form)
    }
}

/// HTML's five escapes, as maud writes text.
fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// An `<input>` of a page.
struct Input {
    kind: String,
    name: String,
    value: String,
    checked: bool,
}

/// The `<input>` elements of a page (maud writes every attribute in double quotes).
fn inputs(page: &str) -> Vec<Input> {
    let mut found = Vec::new();
    for chunk in page.split("<input ").skip(1) {
        let tag = &chunk[..chunk.find('>').unwrap_or(chunk.len())];
        let attr = |name: &str| -> Option<String> {
            let key = format!(" {name}=\"");
            let at = format!(" {tag}").find(&key)? + key.len() - 1;
            let rest = &tag[at..];
            Some(rest[..rest.find('"')?].replace("&amp;", "&"))
        };
        let checked = format!(" {tag} ")
            .split_whitespace()
            .any(|w| w == "checked");
        found.push(Input {
            kind: attr("type").unwrap_or_else(|| "text".into()),
            name: attr("name").unwrap_or_default(),
            value: attr("value").unwrap_or_default(),
            checked,
        });
    }
    found
}

/// The value of a page's hidden `csrf` field.
fn csrf(page: &str) -> Result<String, String> {
    inputs(page)
        .into_iter()
        .find(|i| i.name == "csrf" && i.kind == "hidden")
        .map(|i| i.value)
        .ok_or_else(|| "no csrf field on the page".to_string())
}

//! A few end-to-end runs of the questionnaire in a pseudo-terminal: keys as a person would
//! press them. The interview logic itself is tested with a scripted prompter in
//! `src/questionnaire.rs`; these check that the real terminal path works: digits choose,
//! Esc at the save question means no, and `--resume` finds a draft of another rubric.

#![cfg(unix)]

mod common;

use std::io::Write;
use std::path::Path;
use std::time::Duration;

use expectrl::process::unix::WaitStatus;
use expectrl::{Eof, Expect, Session};
use skillgap::catalog::Catalog;
use skillgap::draft::Draft;
use skillgap::questionnaire::{Answers, EducationAnswer, TargetAnswer};
use skillgap::report::Report;
use skillgap::rubric::{Category, Rubric};

type Pty = expectrl::session::OsSession;

fn spawn(args: &[&str], state: &Path) -> Pty {
    spawn_paged(args, state, "cat")
}

/// Like [`spawn`], with `pager` as `$PAGER` for a report longer than the screen.
fn spawn_paged(args: &[&str], state: &Path, pager: &str) -> Pty {
    let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_skillgap"));
    cmd.args(args)
        .env("PAGER", pager)
        .env("NO_COLOR", "1")
        .env("TERM", "xterm")
        .env("XDG_STATE_HOME", state)
        .env_remove("SKILLGAP_RUBRIC_PATH")
        .current_dir(common::root());
    let mut session = Session::spawn(cmd).expect("spawn skillgap in a pty");
    // Tall enough that the review list fits on one page.
    session
        .get_process_mut()
        .set_window_size(100, 60)
        .expect("set the pty size");
    session.set_expect_timeout(Some(Duration::from_secs(30)));
    session
}

/// Counts the keys sent, as a person would press them.
struct Keys(usize);

impl Keys {
    /// Sends one key (an escape sequence goes in one write, as a terminal sends it).
    fn press(&mut self, p: &mut Pty, seq: &str) {
        p.send(seq).expect("send keys");
        p.flush().expect("flush keys");
        self.0 += 1;
    }

    /// Types text, one key per character.
    fn type_text(&mut self, p: &mut Pty, text: &str) {
        for c in text.chars() {
            self.press(p, c.encode_utf8(&mut [0; 4]));
        }
    }

    /// Moves down `n` items and presses Enter.
    fn choose(&mut self, p: &mut Pty, n: usize) {
        for _ in 0..n {
            self.press(p, "\x1b[B");
        }
        self.press(p, "\r");
    }
}

/// The rating the tests give skill `i`: 0, 1, 2, 0, 1, 2, ...
fn rating_for(i: usize) -> usize {
    i % 3
}

/// Waits until skill `i` is asked, with all its choices drawn.
fn wait_for_skill(p: &mut Pty, rubric: &Rubric, i: usize) {
    let skill = &rubric.skills[i];
    let group: Vec<usize> = (0..rubric.skills.len())
        .filter(|&s| rubric.skills[s].category == skill.category)
        .collect();
    let pos = group.iter().position(|&s| s == i).unwrap() + 1;
    let heading = match skill.category {
        Category::Technical => "Technical skills",
        Category::Soft => "Soft skills",
        Category::Leadership => "Leadership skills",
    };
    p.expect(format!("{heading} · {pos} of {}", group.len()))
        .unwrap_or_else(|e| panic!("header of {}: {e}", skill.id));
    p.expect("back to the previous question").unwrap();
}

/// Answers skills `from..to` as `rating_for` says, by digit, skipping the optional evidence.
fn answer_skills(p: &mut Pty, keys: &mut Keys, rubric: &Rubric, from: usize, to: usize) {
    for i in from..to {
        wait_for_skill(p, rubric, i);
        let r = rating_for(i);
        if r > 0 {
            // The list opens on "0 None": a digit moves to the option, Enter confirms.
            keys.press(p, &r.to_string());
        }
        keys.press(p, "\r");
        if r >= 2 {
            p.expect("What have you done").unwrap();
            keys.press(p, "\r");
        }
    }
}

fn answer_opening(p: &mut Pty, keys: &mut Keys, last_level: &str) {
    p.expect(last_level).unwrap();
    keys.choose(p, 3); // not sure, the first, second, third level
    p.expect("How many years").unwrap();
    keys.type_text(p, "5");
    keys.press(p, "\r");
    // The education question: wait for its last choice, then pick a high-school diploma.
    p.expect("Master's degree or higher").unwrap();
    keys.choose(p, 2);
    p.expect("Space ticks").unwrap();
    keys.press(p, "\r");
}

fn confirm_review(p: &mut Pty, keys: &mut Keys) {
    p.expect("Confirm, or pick an answer to change").unwrap();
    p.expect("type a name").unwrap();
    keys.press(p, "\r");
}

fn finish(p: &mut Pty) -> WaitStatus {
    p.expect(Eof).unwrap();
    p.get_process().wait().unwrap()
}

fn check_report(path: &Path, rubric: &Rubric, target: &str) {
    let report: Report =
        serde_json::from_str(&std::fs::read_to_string(path).unwrap()).expect("a JSON report");
    assert_eq!(report.target_level, target);
    assert_eq!(report.years_experience, Some(5.0));
    for (i, skill) in rubric.skills.iter().enumerate() {
        let row = report.skills.iter().find(|r| r.id == skill.id).unwrap();
        assert_eq!(row.rating, Some(rating_for(i) as u8), "{}", skill.id);
    }
}

#[test]
fn full_interview_with_digits_produces_matching_report() {
    let rubric = Rubric::builtin();
    let dir = tempfile::tempdir().unwrap();
    let report = dir.path().join("report.json");
    let profile = dir.path().join("profile.json");
    let mut p = spawn(
        &[
            "assess",
            "-o",
            report.to_str().unwrap(),
            "--save-profile",
            profile.to_str().unwrap(),
        ],
        dir.path(),
    );
    let mut keys = Keys(0);
    answer_opening(&mut p, &mut keys, "Production Manager (15+");
    answer_skills(&mut p, &mut keys, &rubric, 0, rubric.skills.len());
    confirm_review(&mut p, &mut keys);
    let status = finish(&mut p);
    assert!(matches!(status, WaitStatus::Exited(_, 0)), "{status:?}");
    eprintln!("a full interview took {} key presses", keys.0);
    check_report(&report, &rubric, "senior");
    // The saved profile is accepted by --input as it is.
    common::skillgap()
        .args(["assess", "--strict", "--input"])
        .arg(&profile)
        .assert()
        .success();
    // A finished interview leaves no draft behind.
    assert!(
        !dir.path()
            .join("skillgap/production-specialist.draft.json")
            .exists()
    );
}

#[test]
fn ctrl_c_on_another_rubric_names_it_and_plain_resume_finishes_the_same() {
    let rubric = Catalog::default()
        .load_id("media-production-specialist")
        .unwrap();
    let dir = tempfile::tempdir().unwrap();
    let report = dir.path().join("report.json");
    let stop_at = 7;

    let mut p = spawn(
        &["assess", "--rubric", "media-production-specialist"],
        dir.path(),
    );
    let mut keys = Keys(0);
    let last = &rubric.levels.last().unwrap().title;
    answer_opening(&mut p, &mut keys, last);
    answer_skills(&mut p, &mut keys, &rubric, 0, stop_at);
    wait_for_skill(&mut p, &rubric, stop_at);
    keys.press(&mut p, "\x03");
    p.expect("skillgap assess --resume --rubric media-production-specialist")
        .unwrap();
    let status = finish(&mut p);
    assert!(matches!(status, WaitStatus::Exited(_, 130)), "{status:?}");
    assert!(
        dir.path()
            .join("skillgap/media-production-specialist.draft.json")
            .exists()
    );

    // Plain --resume finds the one draft there is, whatever its rubric.
    let mut p = spawn(
        &[
            "assess",
            "--resume",
            "-o",
            report.to_str().unwrap(),
            "--save-profile",
            dir.path().join("profile.json").to_str().unwrap(),
        ],
        dir.path(),
    );
    answer_skills(&mut p, &mut keys, &rubric, stop_at, rubric.skills.len());
    confirm_review(&mut p, &mut keys);
    let status = finish(&mut p);
    assert!(matches!(status, WaitStatus::Exited(_, 0)), "{status:?}");
    let level = &rubric.levels[2].id;
    check_report(&report, &rubric, level);
}

/// Esc at the two questions after the report (save the answers? keep a web page?) means no;
/// the report, longer than the screen, went through the pager, verdict first.
#[test]
fn esc_at_the_save_question_means_no_and_the_draft_goes() {
    // A draft with every answer given: --resume opens on the review.
    let rubric = Rubric::builtin();
    let dir = tempfile::tempdir().unwrap();
    let mut answers = Answers::new(&rubric, false);
    answers.target = TargetAnswer::Level(1);
    answers.years = Some(2.0);
    answers.education = EducationAnswer::Skipped;
    answers.certifications = Some(Vec::new());
    answers.ratings = vec![Some(2); rubric.skills.len()];
    let draft = dir.path().join("skillgap/production-specialist.draft.json");
    std::fs::create_dir_all(draft.parent().unwrap()).unwrap();
    std::fs::write(
        &draft,
        serde_json::to_vec(&Draft::from_answers(&rubric, &answers)).unwrap(),
    )
    .unwrap();

    // `tee` as the pager keeps a copy of what it was given, and shows it.
    let paged = dir.path().join("paged.txt");
    let pager = format!("tee {}", paged.display());
    let mut p = spawn_paged(&["assess", "--resume"], dir.path(), &pager);
    let mut keys = Keys(0);
    confirm_review(&mut p, &mut keys);
    p.expect("Next steps, in order").unwrap();
    p.expect("Save your answers as a profile").unwrap();
    keys.press(&mut p, "\x1b");
    p.expect("Save this report as a web page").unwrap();
    keys.press(&mut p, "\x1b");
    let status = finish(&mut p);
    assert!(matches!(status, WaitStatus::Exited(_, 0)), "{status:?}");
    let paged = std::fs::read_to_string(&paged).expect("the report went through the pager");
    let lines: Vec<&str> = paged.lines().collect();
    assert!(lines[0].starts_with("Skill gap report"), "{paged}");
    assert!(
        lines[1].contains("You have reached"),
        "the verdict first: {paged}"
    );
    assert!(
        lines.len() > 60,
        "only a report longer than the screen is paged"
    );
    assert!(
        !draft.exists(),
        "a finished questionnaire deletes its draft"
    );
}

#[test]
fn a_full_review_in_the_terminal_saves_a_review_that_assess_reads() {
    let rubric = Rubric::builtin();
    let dir = tempfile::tempdir().unwrap();
    let review = dir.path().join("review.json");
    let profile = common::example("specialist-to-senior.json");
    let mut p = spawn(
        &[
            "review",
            "--profile",
            profile.to_str().unwrap(),
            "--save-review",
            review.to_str().unwrap(),
            "--date",
            "2026-11-20",
        ],
        dir.path(),
    );
    let mut keys = Keys(0);
    p.expect("Your name").unwrap();
    keys.type_text(&mut p, "D. Lee");
    keys.press(&mut p, "\r");
    p.expect("In what role").unwrap();
    keys.press(&mut p, "\r"); // supervisor
    let mut before_last = String::new();
    for i in 0..rubric.skills.len() {
        let seen = p
            .expect("Had no chance to observe this")
            .unwrap_or_else(|e| panic!("skill {i}: {e}"));
        before_last.push_str(&String::from_utf8_lossy(seen.before()));
        p.expect("back to the previous question").unwrap();
        if i == 2 {
            // "Had no chance to observe" comes after the five ratings.
            for _ in 0..5 {
                keys.press(&mut p, "\x1b[B");
            }
        } else if i % 4 > 0 {
            keys.press(&mut p, &(i % 4).to_string());
        }
        keys.press(&mut p, "\r");
        if i != 2 {
            // A rating, not "not observed": the optional note, written for the first.
            let seen = p.expect("do that shows this?").unwrap();
            before_last.push_str(&String::from_utf8_lossy(seen.before()));
            if i == 0 {
                keys.type_text(&mut p, "plans the weekly schedule");
            }
            keys.press(&mut p, "\r");
        }
    }
    let list = p.expect("Confirm, or pick an answer to change").unwrap();
    before_last.push_str(&String::from_utf8_lossy(list.before()));
    keys.press(&mut p, "\r");
    p.expect("own ratings").unwrap();
    p.expect("Saved the review").unwrap();
    let status = finish(&mut p);
    assert!(matches!(status, WaitStatus::Exited(_, 0)), "{status:?}");
    assert!(
        !before_last.contains(" yours ") && !before_last.contains("own ratings"),
        "the person's ratings were shown before the last answer"
    );
    eprintln!("a full review took {} key presses", keys.0);
    let text = std::fs::read_to_string(&review).unwrap();
    let saved =
        skillgap::profile::review::parse_review(&text, &skillgap::input::Origin::Stdin, &rubric)
            .unwrap();
    assert_eq!(
        (saved.person.as_str(), saved.reviewer.as_str()),
        ("Sam Rivera", "D. Lee")
    );
    assert_eq!(saved.ratings[2], None, "not observed");
    assert_eq!(saved.ratings[5], Some(1));
    assert_eq!(
        saved.notes,
        vec![(0, "plans the weekly schedule".to_string())]
    );
    assert_eq!(saved.date.to_string(), "2026-11-20");
    assert!(
        !dir.path()
            .join("skillgap/production-specialist.review-draft.json")
            .exists(),
        "a saved review leaves no draft"
    );
    let out = common::stdout_of(
        common::skillgap()
            .args([
                "assess",
                "--as-of",
                "2026-11-27",
                "--format",
                "json",
                "--input",
            ])
            .arg(&profile)
            .arg("--review")
            .arg(&review),
    );
    let report: Report = serde_json::from_str(&out).unwrap();
    assert_eq!(report.verified_skills, rubric.skills.len() - 1);
}

/// Waits until skill `i` is asked in Spanish, with all its choices drawn.
fn wait_for_skill_es(p: &mut Pty, rubric: &Rubric, i: usize) {
    let skill = &rubric.skills[i];
    let group: Vec<usize> = (0..rubric.skills.len())
        .filter(|&s| rubric.skills[s].category == skill.category)
        .collect();
    let pos = group.iter().position(|&s| s == i).unwrap() + 1;
    let heading = match skill.category {
        Category::Technical => "Habilidades técnicas",
        Category::Soft => "Habilidades interpersonales",
        Category::Leadership => "Habilidades de liderazgo",
    };
    p.expect(format!("{heading} · {pos} de {}", group.len()))
        .unwrap_or_else(|e| panic!("header of {}: {e}", skill.id));
    p.expect("volver a la pregunta anterior").unwrap();
}

#[test]
fn a_whole_interview_in_spanish_saves_the_same_answers_with_its_language() {
    let rubric = Rubric::builtin();
    let dir = tempfile::tempdir().unwrap();
    let report = dir.path().join("report.json");
    let profile = dir.path().join("perfil.json");
    let mut p = spawn(
        &[
            "assess",
            "--lang",
            "es",
            "-o",
            report.to_str().unwrap(),
            "--save-profile",
            profile.to_str().unwrap(),
        ],
        dir.path(),
    );
    let mut keys = Keys(0);
    p.expect("Califique cada habilidad").unwrap();
    p.expect("Gerente de producción (15 años o más").unwrap();
    keys.choose(&mut p, 3);
    p.expect("¿Cuántos años ha trabajado en producción?")
        .unwrap();
    keys.type_text(&mut p, "5");
    keys.press(&mut p, "\r");
    p.expect("Maestría o más").unwrap();
    keys.choose(&mut p, 2);
    p.expect("Espacio marca").unwrap();
    keys.press(&mut p, "\r");
    // Esc at the third skill goes back to the second, in Spanish too.
    answer_skills_es(&mut p, &mut keys, &rubric, 0, 2);
    keys.press(&mut p, "\x1b");
    answer_skills_es(&mut p, &mut keys, &rubric, 1, rubric.skills.len());
    p.expect("Confirme, o elija una respuesta para cambiarla")
        .unwrap();
    p.expect("escriba un nombre").unwrap();
    keys.press(&mut p, "\r");
    p.expect("Sus respuestas se guardaron en").unwrap();
    let status = finish(&mut p);
    assert!(matches!(status, WaitStatus::Exited(_, 0)), "{status:?}");
    // The JSON report is in English, with the answers given.
    check_report(&report, &rubric, "senior");
    let saved: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&profile).unwrap()).unwrap();
    assert_eq!(saved["lang"], "es");
    assert_eq!(saved["target_level"], "senior");
    assert_eq!(saved["education"], "secondary");
}

/// Answers skills `from..to` in Spanish as `rating_for` says; at `to` it waits for that
/// skill's question without answering it (when there is one).
fn answer_skills_es(p: &mut Pty, keys: &mut Keys, rubric: &Rubric, from: usize, to: usize) {
    for i in from..to {
        wait_for_skill_es(p, rubric, i);
        let r = rating_for(i);
        if r > 0 {
            keys.press(p, &r.to_string());
        }
        keys.press(p, "\r");
        if r >= 2 {
            p.expect("¿Qué ha hecho que lo demuestre?").unwrap();
            keys.press(p, "\r");
        }
    }
    if to < rubric.skills.len() {
        wait_for_skill_es(p, rubric, to);
    }
}

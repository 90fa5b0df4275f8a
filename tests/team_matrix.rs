//! The skills matrix of `skillgap team` through the real binary: coverage by group, single
//! points of failure, cross-training pairs, certificates that expire, the matrix files, and
//! their limits. `tests/data/team-groups.jsonl` is a team of nine in three groups (and one
//! member without a group), judged on 2026-11-27.

mod common;

use std::collections::HashMap;

use common::{read, skillgap};
use skillgap::coverage::Status;
use skillgap::credentials::CertState;
use skillgap::input::Origin;
use skillgap::profile::{self, Strictness};
use skillgap::rubric::Rubric;
use skillgap::synth::{Extras, write_team_with};
use skillgap::team::TeamSummary;
use skillgap::team::pairs::UnpairedReason;

const FIXTURE: &str = "tests/data/team-groups.jsonl";
const DAY: &str = "2026-11-27";

fn run(args: &[&str]) -> String {
    let out = skillgap()
        .args(["team", "-i", FIXTURE, "--as-of", DAY])
        .args(args)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    String::from_utf8(out).unwrap()
}

fn summary(args: &[&str]) -> TeamSummary {
    let text = run(&[args, &["--format", "json"]].concat());
    serde_json::from_str(&text).expect("a JSON team summary")
}

const ALL: [&str; 3] = ["--by-group", "--pairs", "--matrix"];

#[test]
fn every_format_shows_coverage_groups_pairs_certificates_and_the_matrix() {
    insta::assert_snapshot!(
        "team_matrix_table",
        run(&[&ALL[..], &["--format", "table"]].concat())
    );
    insta::assert_snapshot!(
        "team_matrix_markdown",
        run(&[&ALL[..], &["--format", "markdown"]].concat())
    );
    insta::assert_snapshot!(
        "team_matrix_json",
        run(&[&ALL[..], &["--format", "json"]].concat())
    );
    insta::assert_snapshot!(
        "team_matrix_html",
        run(&[&ALL[..], &["--format", "html"]].concat())
    );
}

#[test]
fn a_single_point_of_failure_names_its_person_and_empty_cells_say_none() {
    let s = summary(&ALL);
    let group = |id: &str| {
        s.groups
            .iter()
            .find(|g| g.id.as_deref() == Some(id))
            .unwrap_or_else(|| panic!("group {id}"))
    };
    let cell = |g: &str, skill: &str| {
        group(g)
            .coverage
            .iter()
            .find(|c| c.id == skill)
            .unwrap()
            .clone()
    };
    let hs = cell("Line 2 / nights", "health-safety");
    assert_eq!(hs.status, Status::Single);
    assert_eq!(hs.only_person.as_deref(), Some("Dee Moss"));
    assert_eq!(cell("Packing", "health-safety").status, Status::None);
    assert_eq!(group("Line 1 / days").members, 3);
    assert_eq!(
        s.groups.len(),
        4,
        "three groups and the members without one"
    );
    assert!(s.groups.iter().any(|g| g.id.is_none()));
    // Nobody else is named in the coverage.
    for c in s
        .coverage
        .iter()
        .chain(s.groups.iter().flat_map(|g| &g.coverage))
    {
        assert_eq!(
            c.only_person.is_some(),
            c.status == Status::Single,
            "{}",
            c.id
        );
    }
    // The whole team: Ana, Cy and Ida work in health and safety on their own; Cy and Ida
    // can train it.
    let team_hs = s.coverage.iter().find(|c| c.id == "health-safety").unwrap();
    assert_eq!((team_hs.independent_count, team_hs.trainer_count), (4, 2));
    assert_eq!(team_hs.status, Status::Ok);
    // Without --by-group there are no groups, and the rest is the same.
    let plain = summary(&[]);
    assert!(plain.groups.is_empty());
    assert_eq!(plain.coverage, s.coverage);
}

#[test]
fn minimums_from_the_command_line_change_the_status() {
    let strict = summary(&["--min-independent", "5", "--min-trainers", "3"]);
    let hs = strict
        .coverage
        .iter()
        .find(|c| c.id == "health-safety")
        .unwrap();
    assert_eq!(hs.status, Status::Low, "4 independent, 2 trainers");
    let lax = summary(&["--min-independent", "4", "--min-trainers", "2"]);
    let hs = lax
        .coverage
        .iter()
        .find(|c| c.id == "health-safety")
        .unwrap();
    assert_eq!(hs.status, Status::Ok, "exactly the minimums");
    skillgap()
        .args(["team", "-i", FIXTURE, "--min-independent", "0"])
        .assert()
        .code(2);
}

#[test]
fn certificates_are_counted_by_state_on_the_day_given() {
    let s = summary(&[]);
    let cert = |id: &str| s.credentials.iter().find(|c| c.id == id).unwrap();
    // Ben's Green Belt runs out on 2026-12-15, Gus's on 2027-02-25 (exactly 90 days).
    assert_eq!(
        (cert("lss-green").expiring, cert("lss-green").valid),
        (2, 0)
    );
    // Eve's CPIM, earned 2021-11-27, is valid 5 years: it expires on the day itself.
    assert_eq!(cert("ascm-cpim").expired, 1);
    assert_eq!(cert("pmi-pmp").valid, 1);
    let soonest: Vec<(&str, i64)> = s
        .next_expiries
        .iter()
        .map(|e| (e.member.as_str(), e.days_left))
        .collect();
    assert_eq!(
        soonest,
        [("Ben Okafor", 18), ("Gus Hale", 90), ("Ana Ruiz", 155)]
    );
    assert_eq!(s.next_expiries[1].state, CertState::Expiring);
    // A day earlier, the CPIM is still valid, but expiring.
    let before = skillgap()
        .args([
            "team",
            "-i",
            FIXTURE,
            "--as-of",
            "2026-11-26",
            "--format",
            "json",
        ])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let before: TeamSummary = serde_json::from_slice(&before).unwrap();
    let cpim = before
        .credentials
        .iter()
        .find(|c| c.id == "ascm-cpim")
        .unwrap();
    assert_eq!((cpim.expiring, cpim.expired), (1, 0));
    // --expiring-days 89 leaves Gus's Green Belt valid.
    let narrower = summary(&["--expiring-days", "89"]);
    let green = narrower
        .credentials
        .iter()
        .find(|c| c.id == "lss-green")
        .unwrap();
    assert_eq!((green.expiring, green.valid), (1, 1));
    skillgap()
        .args(["team", "-i", FIXTURE, "--as-of", "2026-02-30"])
        .assert()
        .code(2)
        .stderr(predicates::str::contains("YYYY-MM-DD"));
}

#[test]
fn pairs_respect_the_trainer_load_and_explain_the_unpaired() {
    for load in [1, 2, 3] {
        let s = summary(&["--pairs", "--trainer-load", &load.to_string()]);
        let p = s.pairs.expect("pairs");
        let mut taken: HashMap<&str, u32> = HashMap::new();
        for pair in &p.pairs {
            *taken.entry(&*pair.trainer).or_default() += 1;
            assert_ne!(pair.trainer, pair.learner);
        }
        assert!(taken.values().all(|&n| n <= load), "load {load}: {taken:?}");
        let priorities: Vec<u32> = p.pairs.iter().map(|x| x.priority).collect();
        assert!(
            priorities.windows(2).all(|w| w[0] >= w[1]),
            "most urgent first"
        );
        assert!(
            p.unpaired
                .iter()
                .all(|u| u.reason == UnpairedReason::TrainersFull),
            "every skill has a trainer somewhere in this team"
        );
        // Fay's gap of 2 in health and safety is the most urgent: nobody on her line can
        // train it, so a trainer from another group takes her.
        let first = &p.pairs[0];
        assert_eq!(
            (&*first.learner, &*first.skill),
            ("Fay Chen", "health-safety")
        );
        assert!(!first.same_group);
    }
}

#[test]
fn matrix_files_hold_the_matrix_and_the_member_csv_gains_group_and_next_expiry() {
    let dir = tempfile::tempdir().unwrap();
    let file = |n: &str| dir.path().join(n).to_string_lossy().into_owned();
    skillgap()
        .args(["team", "-i", FIXTURE, "--as-of", DAY])
        .args(["-o", &file("matrix.csv"), "-o", &file("line-matrix.md")])
        .args(["-o", &file("members.csv"), "-o", &file("summary.md")])
        .assert()
        .success();
    insta::assert_snapshot!("team_matrix_csv", read(&dir.path().join("matrix.csv")));
    insta::assert_snapshot!(
        "team_matrix_md_file",
        read(&dir.path().join("line-matrix.md"))
    );
    insta::assert_snapshot!("team_members_csv", read(&dir.path().join("members.csv")));
    let summary = read(&dir.path().join("summary.md"));
    assert!(
        !summary.contains("## Skills matrix"),
        "the summary has no matrix without --matrix"
    );
    assert!(summary.contains("## Coverage: who can do each job"));
}

#[test]
fn the_matrix_beyond_its_limit_is_refused_with_a_message_but_the_csv_has_every_row() {
    let dir = tempfile::tempdir().unwrap();
    let csv = dir.path().join("matrix.csv");
    let md = dir.path().join("matrix.md");
    skillgap()
        .args(["team", "-i", FIXTURE, "--as-of", DAY, "--matrix-limit", "8"])
        .args(["-o", &csv.to_string_lossy(), "-o", &md.to_string_lossy()])
        .assert()
        .success()
        .stderr(predicates::str::contains("more than --matrix-limit 8"));
    assert_eq!(read(&csv).lines().count(), 1 + 9);
    assert!(read(&md).contains("The matrix is not shown: 9 members, more than --matrix-limit 8"));
}

#[test]
fn too_many_groups_stop_with_exit_code_2() {
    skillgap()
        .args(["team", "-i", FIXTURE, "--by-group", "--max-groups", "3"])
        .assert()
        .code(2)
        .stderr(predicates::str::contains(
            "more than 3 groups (--max-groups)",
        ));
    // Without --by-group the groups are not counted.
    skillgap()
        .args(["team", "-i", FIXTURE, "--max-groups", "3"])
        .assert()
        .success();
}

/// A generated team with groups and dated certificates.
fn generated(count: u64) -> Vec<u8> {
    let mut buf = Vec::new();
    let extras = Extras {
        groups: 7,
        dated: true,
        lean: false,
        reviews: false,
    };
    write_team_with(&Rubric::builtin(), count, 5, extras, &mut buf).unwrap();
    buf
}

#[test]
fn coverage_equals_counting_each_member_and_pairs_do_not_depend_on_threads() {
    let rubric = Rubric::builtin();
    let data = generated(1500);
    let json = |threads: &str| {
        let out = skillgap()
            .args(["team", "-i", "-", "--as-of", DAY, "--by-group", "--pairs"])
            .args(["--threads", threads, "--format", "json"])
            .write_stdin(data.clone())
            .assert()
            .success()
            .get_output()
            .stdout
            .clone();
        serde_json::from_slice::<TeamSummary>(&out).unwrap()
    };
    let one = json("1");
    let two = json("2");
    assert_eq!(
        one, two,
        "the same summary, pairs included, on 1 and 2 threads"
    );

    // Count by hand, one profile at a time.
    let mut independent: HashMap<(Option<String>, String), u64> = HashMap::new();
    let mut trainers: HashMap<String, u64> = HashMap::new();
    for line in std::str::from_utf8(&data).unwrap().lines() {
        let p = profile::parse(line, &Origin::Stdin, &rubric, Strictness::default()).unwrap();
        for (s, skill) in rubric.skills.iter().enumerate() {
            let r = p.ratings[s].unwrap_or(0);
            if r >= 3 {
                *independent
                    .entry((p.group.clone(), skill.id.clone()))
                    .or_default() += 1;
                *independent
                    .entry((None, format!("all:{}", skill.id)))
                    .or_default() += 1;
            }
            if r >= 4 {
                *trainers.entry(skill.id.clone()).or_default() += 1;
            }
        }
    }
    for c in &one.coverage {
        let want = independent
            .get(&(None, format!("all:{}", c.id)))
            .copied()
            .unwrap_or(0);
        assert_eq!(c.independent_count, want, "{}", c.id);
        assert_eq!(
            c.trainer_count,
            trainers.get(&c.id).copied().unwrap_or(0),
            "{}",
            c.id
        );
    }
    assert_eq!(one.groups.len(), 7);
    for g in &one.groups {
        for c in &g.coverage {
            let want = independent
                .get(&(g.id.clone(), c.id.clone()))
                .copied()
                .unwrap_or(0);
            assert_eq!(c.independent_count, want, "{:?} {}", g.id, c.id);
        }
    }
    let members: u64 = one.groups.iter().map(|g| g.members).sum();
    assert_eq!(members, one.members_scored);
}

#[test]
fn assess_shows_each_held_credential_and_suggests_renewing_an_expired_one() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("me.json");
    std::fs::write(
        &path,
        r#"{"name":"Eve","target_level":"senior","years_experience":6,
            "ratings":{"inventory-management":1,"production-planning":1},
            "certifications":[{"id":"ascm-cpim","earned":"2021-11-27"},"osha-10",
              {"id":"pmi-pmp","earned":"2024-01-01","expires":"2027-01-10"}]}"#,
    )
    .unwrap();
    let out = skillgap()
        .args([
            "assess",
            "-i",
            &path.to_string_lossy(),
            "--as-of",
            DAY,
            "--format",
            "json",
        ])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let report: skillgap::report::Report = serde_json::from_slice(&out).unwrap();
    let state = |id: &str| {
        report
            .credentials
            .iter()
            .find(|h| h.id == id)
            .unwrap()
            .state
    };
    assert_eq!(state("ascm-cpim"), CertState::Expired);
    assert_eq!(state("pmi-pmp"), CertState::Expiring);
    assert_eq!(state("osha-10"), CertState::Valid);
    assert!(
        !report
            .certifications_held
            .contains(&"ascm-cpim".to_string())
    );
    let cpim = report
        .certifications
        .iter()
        .find(|c| c.id == "ascm-cpim")
        .expect("the expired CPIM is recommended again");
    assert_eq!(
        cpim.renew_expired_on.map(|d| d.to_string()).as_deref(),
        Some(DAY)
    );
    let text = skillgap()
        .args(["assess", "-i", &path.to_string_lossy(), "--as-of", DAY])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let text = String::from_utf8(text).unwrap();
    assert!(
        text.contains("Certifications held, as of 2026-11-27"),
        "{text}"
    );
    assert!(text.contains("expired on 2026-11-27; it no longer counts as held"));
    assert!(text.contains("Renewal: the one you held expired on 2026-11-27"));
}

#[test]
fn group_names_from_files_cannot_break_a_table_or_the_terminal() {
    let hostile = "{\"name\":\"<b>Zed</b> | x\",\"group\":\"Line 9 |\\u001b[2J\\n## forged\",\"ratings\":{\"health-safety\":3}}\n";
    let text = |format: &str| {
        let out = skillgap()
            .args(["team", "-i", "-", "--by-group", "--matrix", "--as-of", DAY])
            .args(["--format", format])
            .write_stdin(hostile)
            .assert()
            .success()
            .get_output()
            .stdout
            .clone();
        String::from_utf8(out).unwrap()
    };
    let table = text("table");
    assert!(!table.contains('\u{1b}'), "no escape reaches the terminal");
    let md = text("markdown");
    assert!(!md.contains("\n## forged"), "no forged heading");
    assert!(md.contains("Line 9 \\|"), "the pipe is escaped");
    assert!(!md.contains("<b>"));
    let html = text("html");
    assert!(!html.contains("<b>Zed"));
    assert!(html.contains("&lt;b&gt;Zed"));
}

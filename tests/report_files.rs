//! Report files on disk: replaced whole wherever they are, never appended to; owner, group
//! and mode kept; links followed safely; nothing left behind when a signal stops skillgap.

#![cfg(unix)]

mod common;

use std::io::Write;
use std::os::unix::fs::{MetadataExt, PermissionsExt};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use common::skillgap;

fn sam() -> PathBuf {
    common::example("specialist-to-senior.json")
}

fn is_root() -> bool {
    // A file root creates belongs to root.
    let dir = tempfile::tempdir().unwrap();
    let probe = dir.path().join("probe");
    std::fs::write(&probe, "").unwrap();
    std::fs::metadata(&probe).unwrap().uid() == 0
}

/// Runs `assess` on the example profile writing JSON to `out`, from `cwd`.
fn assess_to(out: &str, cwd: &Path) -> std::process::Output {
    skillgap()
        .current_dir(cwd)
        .args(["assess", "--format", "json", "-o", out, "--input"])
        .arg(sam())
        .output()
        .unwrap()
}

fn one_json_document(path: &Path) {
    let text = std::fs::read_to_string(path).unwrap();
    serde_json::from_str::<serde_json::Value>(&text)
        .unwrap_or_else(|e| panic!("{} is not one JSON document: {e}", path.display()));
}

#[test]
fn a_regular_file_under_dev_or_proc_is_replaced_not_appended_to() {
    if Path::new("/dev/shm").is_dir() {
        let name = format!("/dev/shm/skillgap-test-{}.json", std::process::id());
        let cwd = common::root();
        for _ in 0..2 {
            let out = assess_to(&name, &cwd);
            assert!(out.status.success(), "{out:?}");
        }
        one_json_document(Path::new(&name));
        std::fs::remove_file(&name).unwrap();
    }
    // /proc/self/cwd/x.json is x.json in the working folder.
    let dir = tempfile::tempdir().unwrap();
    for _ in 0..2 {
        let out = assess_to("/proc/self/cwd/x.json", dir.path());
        assert!(out.status.success(), "{out:?}");
    }
    one_json_document(&dir.path().join("x.json"));
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
}

#[test]
fn no_new_file_is_created_among_the_devices_of_dev() {
    let name = format!("/dev/skillgap-test-{}.csv", std::process::id());
    let out = skillgap()
        .args(["team", "--input", "-", "-o", &name])
        .write_stdin(std::fs::read_to_string(sam()).unwrap().replace('\n', " "))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "{out:?}");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("/dev holds devices"), "{stderr}");
    assert!(!Path::new(&name).exists());
}

#[test]
fn a_replaced_file_keeps_its_owner_group_and_mode() {
    if !is_root() {
        return; // only root may give a file away
    }
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("shared.json");
    std::fs::write(&path, "old").unwrap();
    std::os::unix::fs::chown(&path, Some(65534), Some(65534)).unwrap();
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o640)).unwrap();
    let out = assess_to("shared.json", dir.path());
    assert!(out.status.success(), "{out:?}");
    one_json_document(&path);
    let meta = std::fs::metadata(&path).unwrap();
    assert_eq!((meta.uid(), meta.gid()), (65534, 65534));
    assert_eq!(meta.permissions().mode() & 0o777, 0o640);
}

#[test]
fn a_file_the_user_could_not_write_is_not_replaced() {
    let setpriv = Path::new("/usr/bin/setpriv");
    if !is_root() || !setpriv.exists() {
        return; // needs root to become another user
    }
    // A folder anyone may write in, holding a file only root may write.
    let dir = tempfile::tempdir().unwrap();
    std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o777)).unwrap();
    let path = dir.path().join("r.json");
    std::fs::write(&path, "root's").unwrap();
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).unwrap();
    let out = Command::new(setpriv)
        .args(["--reuid=65534", "--regid=65534", "--clear-groups"])
        .arg(env!("CARGO_BIN_EXE_skillgap"))
        .args(["assess", "--input", "-", "--format", "json", "-o"])
        .arg(&path)
        .current_dir(dir.path())
        .stdin(std::fs::File::open(sam()).unwrap())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "{out:?}");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("you do not have permission"), "{stderr}");
    assert_eq!(std::fs::read_to_string(&path).unwrap(), "root's");
    assert_eq!(std::fs::metadata(&path).unwrap().uid(), 0);
}

#[test]
fn a_link_loop_is_refused_and_left_as_it_is() {
    let dir = tempfile::tempdir().unwrap();
    std::os::unix::fs::symlink("loop2", dir.path().join("loop1")).unwrap();
    std::os::unix::fs::symlink("loop1", dir.path().join("loop2")).unwrap();
    let out = assess_to("loop1", dir.path());
    assert_eq!(out.status.code(), Some(2), "{out:?}");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("link loop"), "{stderr}");
    for name in ["loop1", "loop2"] {
        let meta = std::fs::symlink_metadata(dir.path().join(name)).unwrap();
        assert!(meta.file_type().is_symlink(), "{name} is still a link");
    }
}

#[test]
fn a_link_to_nothing_counts_as_the_file_it_names() {
    let dir = tempfile::tempdir().unwrap();
    std::os::unix::fs::symlink("dup.json", dir.path().join("link.md")).unwrap();
    let out = skillgap()
        .current_dir(dir.path())
        .args(["assess", "-o", "dup.json", "-o", "link.md", "--input"])
        .arg(sam())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "{out:?}");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("named twice"), "{stderr}");
    assert!(!dir.path().join("dup.json").exists());
}

#[test]
fn a_write_error_names_the_destination_not_a_temporary_file() {
    if !Path::new("/usr/bin/prlimit").exists() {
        return;
    }
    // A file size limit makes the write fail as a full disk would; the signal it sends is
    // ignored so that the write returns an error instead.
    let dir = tempfile::tempdir().unwrap();
    let out = Command::new("sh")
        .args(["-c", "trap '' XFSZ; exec prlimit --fsize=1000 \"$@\"", "sh"])
        .arg(env!("CARGO_BIN_EXE_skillgap"))
        .args(["assess", "--format", "json", "-o", "r.json", "--input"])
        .arg(sam())
        .current_dir(dir.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "{out:?}");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("cannot write r.json"), "{stderr}");
    assert!(!stderr.contains(".skillgap-"), "{stderr}");
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
}

/// Starts `team` writing a member CSV from a standard input kept open, waits until its
/// temporary file exists, sends `signal`, and returns the exit code and what is left.
fn interrupt_team(signal: &str) -> (Option<i32>, Vec<String>, String) {
    let dir = tempfile::tempdir().unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_skillgap"))
        .args([
            "team",
            "--input",
            "-",
            "-o",
            "members.csv",
            "--format",
            "json",
        ])
        .current_dir(dir.path())
        .env("NO_COLOR", "1")
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let line = std::fs::read_to_string(sam()).unwrap().replace('\n', " ");
    writeln!(stdin, "{line}").unwrap();
    let started = Instant::now();
    let names = || -> Vec<String> {
        std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect()
    };
    while !names().iter().any(|n| n.ends_with(".tmp")) {
        assert!(
            started.elapsed() < Duration::from_secs(30),
            "no temporary file"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
    let status = Command::new("kill")
        .args(["-s", signal, &child.id().to_string()])
        .status()
        .unwrap();
    assert!(status.success());
    let out = child.wait_with_output().unwrap();
    drop(stdin);
    (
        out.status.code(),
        names(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn a_signal_during_team_removes_the_temporary_file_and_sets_the_exit_code() {
    for (signal, code) in [("INT", 130), ("TERM", 143), ("HUP", 129)] {
        let (status, left, stderr) = interrupt_team(signal);
        assert_eq!(status, Some(code), "SIG{signal}: {stderr}");
        assert!(left.is_empty(), "SIG{signal} left {left:?}");
        assert!(stderr.contains("stopped by"), "{stderr}");
    }
}

/// The status line `field` of process `pid` (`/proc/PID/status`), if it still runs.
fn proc_status(pid: u32, field: &str) -> Option<String> {
    let text = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    text.lines()
        .find_map(|l| l.strip_prefix(field)?.strip_prefix(':'))
        .map(|v| v.trim().to_string())
}

/// Waits until process `pid` has a handler for SIGTERM (bit 15 of SigCgt), and returns its
/// number of threads then; `None` if it ended first.
fn wait_for_sigterm_handler(pid: u32) -> Option<u32> {
    let started = Instant::now();
    loop {
        let caught = proc_status(pid, "SigCgt")?;
        if u64::from_str_radix(&caught, 16).unwrap() & (1 << 14) != 0 {
            return proc_status(pid, "Threads")?.parse().ok();
        }
        assert!(started.elapsed() < Duration::from_secs(30), "no handler");
        std::thread::sleep(Duration::from_micros(200));
    }
}

fn send(signal: &str, pid: u32) {
    let status = Command::new("kill")
        .args(["-s", signal, &pid.to_string()])
        .status()
        .unwrap();
    assert!(status.success());
}

#[test]
fn a_signal_while_assess_waits_for_standard_input_stops_it() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_skillgap"))
        .args(["assess", "--format", "json", "--input", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let stdin = child.stdin.take().unwrap();
    // Reading standard input can wait for ever: a thread acts on the signal at once. The
    // handler is set just before that thread starts, so wait for the thread too.
    wait_for_sigterm_handler(child.id()).expect("assess ended early");
    let started = Instant::now();
    let threads = loop {
        let threads: u32 = proc_status(child.id(), "Threads")
            .expect("assess ended early")
            .parse()
            .unwrap();
        if threads == 2 || started.elapsed() > Duration::from_secs(10) {
            break threads;
        }
        std::thread::sleep(Duration::from_micros(200));
    };
    assert_eq!(threads, 2);
    send("TERM", child.id());
    let out = child.wait_with_output().unwrap();
    drop(stdin);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(143), "{stderr}");
    assert!(stderr.contains("stopped by SIGTERM"), "{stderr}");
}

#[test]
fn a_signal_during_an_assess_that_cannot_wait_stops_it_when_its_work_is_done() {
    // A long profile (a name of 6 MiB, which takes a while to read and write), read from a
    // regular file, written to /dev/null and a regular file: nothing can wait, so no thread
    // watches for signals; one that comes is acted on when the work is done.
    let dir = tempfile::tempdir().unwrap();
    let profile = dir.path().join("long.json");
    let name = "x".repeat(6 << 20);
    std::fs::write(
        &profile,
        format!(r#"{{"name": "{name}", "ratings": {{}}}}"#),
    )
    .unwrap();
    let stderr_path = dir.path().join("stderr.txt");
    let mut child = Command::new(env!("CARGO_BIN_EXE_skillgap"))
        .args(["assess", "--format", "json", "--input"])
        .arg(&profile)
        .stdout(Stdio::null())
        .stderr(std::fs::File::create(&stderr_path).unwrap())
        .spawn()
        .unwrap();
    let threads = wait_for_sigterm_handler(child.id()).expect("assess ended early");
    assert_eq!(threads, 1);
    send("TERM", child.id());
    let status = child.wait().unwrap();
    let stderr = std::fs::read_to_string(&stderr_path).unwrap();
    assert_eq!(status.code(), Some(143), "{stderr}");
    assert!(stderr.contains("stopped by SIGTERM"), "{stderr}");
}

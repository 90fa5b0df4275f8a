//! Load on `skillgap serve`: many people answer the whole questionnaire at the same moment.
//!
//! ```sh
//! cargo bench --locked --bench serve_load            # 200 sessions
//! cargo bench --locked --bench serve_load -- 50      # another number of sessions
//! SKILLGAP_BIN=path/to/skillgap cargo bench --locked --bench serve_load   # another build
//! SKILLGAP_LOAD_DIR=/dev/shm cargo bench --locked --bench serve_load      # --dir elsewhere
//! ```
//!
//! The benchmark starts the release binary (the one `cargo bench` builds beside it, in
//! `target/release/`, unless `SKILLGAP_BIN` names another) as a child (`serve --dir` a temporary folder,
//! `--bind 127.0.0.1:0`: loopback only), then runs one thread per session, all released
//! together. Each session is one browser: one keep-alive connection, the `skillgap_form`
//! cookie from the start page, every form sent with the fields a browser sends. It answers
//! the built-in rubric from the start page to the report (start, about you, every skill,
//! review, finish, report) with a name, a target, years, an education, a certification and
//! 23 ratings derived from its number, so no two sessions send the same answers. There is
//! no think time: every page is asked for as soon as the last one arrived, which is far
//! harsher than people who take a quarter of an hour each.
//!
//! Afterwards it reads the server's peak memory (`VmHWM`) and CPU time, stops it with
//! SIGINT and checks it exits 0, then checks the folder: one profile per session, each
//! holding exactly what its session sent, and no draft left. It prints the time of each
//! page (GET and POST apart) as Markdown tables for BENCHMARKS.md, and exits 1 when a
//! check fails. Every socket has a timeout and every session a deadline, so it ends by
//! itself.
//!
//! A Rust program rather than a Python script: on a 2-core machine the client shares the
//! CPU with the server, and 200 Python threads would spend their time waiting for the
//! interpreter lock, which would show up as server latency; here the client costs little
//! and the clock is read right after the last byte of each response.

mod check;
mod http;
mod session;

use std::collections::BTreeMap;
use std::io::{BufRead, BufReader, Read};
use std::net::SocketAddr;
use std::path::Path;
use std::process::{Child, Command, ExitCode, Stdio};
use std::sync::{Arc, Barrier};
use std::time::{Duration, Instant};

use check::check_folder;
use session::{Sample, Session};

/// Sessions run at once when no number is given.
const SESSIONS: usize = 200;
/// Longest the server may take to stop after SIGINT.
const STOP_DEADLINE: Duration = Duration::from_secs(30);

fn main() -> ExitCode {
    // `cargo bench` passes `--bench`; a plain number is the count of sessions.
    let sessions = std::env::args()
        .skip(1)
        .find_map(|a| a.parse::<usize>().ok())
        .unwrap_or(SESSIONS);
    // Base-5 digits of the session's number pick its ratings: distinct below 5^4.
    assert!((1..=625).contains(&sessions), "sessions: 1 to 625");
    match run(sessions) {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::FAILURE,
        Err(e) => {
            eprintln!("serve_load: {e}");
            ExitCode::FAILURE
        }
    }
}

/// The server under test; killed if the benchmark stops before SIGINT did it.
struct Server {
    child: Child,
    addr: SocketAddr,
    stderr: Option<std::thread::JoinHandle<String>>,
}

impl Drop for Server {
    fn drop(&mut self) {
        if let Ok(None) = self.child.try_wait() {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}

fn start_server(dir: &Path) -> Result<Server, String> {
    let bin = std::env::var_os("SKILLGAP_BIN")
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|| env!("CARGO_BIN_EXE_skillgap").into());
    let mut child = Command::new(&bin)
        .args(["serve", "--bind", "127.0.0.1:0", "--dir"])
        .arg(dir)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot start {}: {e}", bin.display()))?;
    let mut out = BufReader::new(child.stdout.take().ok_or("no stdout")?);
    let mut err = child.stderr.take().ok_or("no stderr")?;
    let mut first = String::new();
    out.read_line(&mut first)
        .map_err(|e| format!("reading the server's first line: {e}"))?;
    // The rest of stdout and stderr are drained so that the server never blocks on them.
    std::thread::spawn(move || std::io::copy(&mut out, &mut std::io::sink()));
    let stderr = std::thread::spawn(move || {
        let mut s = String::new();
        let _ = err.read_to_string(&mut s);
        s
    });
    let addr = first
        .strip_prefix("Open http://")
        .and_then(|r| r.split('/').next())
        .and_then(|a| a.parse().ok())
        .ok_or_else(|| format!("unexpected first line: {first:?}"))?;
    Ok(Server {
        child,
        addr,
        stderr: Some(stderr),
    })
}

fn run(sessions: usize) -> Result<bool, String> {
    // The folder is on the disk of the temporary folder unless SKILLGAP_LOAD_DIR names
    // another place (such as a tmpfs, to see what the server's fsyncs cost).
    let dir = match std::env::var_os("SKILLGAP_LOAD_DIR") {
        Some(parent) => tempfile::tempdir_in(parent),
        None => tempfile::tempdir(),
    }
    .map_err(|e| e.to_string())?;
    let mut server = start_server(dir.path())?;
    let pid = server.child.id();
    println!(
        "serve_load: {sessions} sessions against {} (pid {pid}), folder {}; load average {}",
        server.addr,
        dir.path().display(),
        load_average()
    );
    let idle = proc_status(pid);
    let overflows = listen_overflows();
    let gate = Arc::new(Barrier::new(sessions + 1));
    let threads: Vec<_> = (0..sessions)
        .map(|n| {
            let gate = gate.clone();
            let addr = server.addr;
            std::thread::Builder::new()
                .stack_size(256 * 1024)
                .spawn(move || {
                    gate.wait();
                    let mut s = Session::new(n, addr);
                    let outcome = s.run();
                    (s, outcome)
                })
                .map_err(|e| e.to_string())
        })
        .collect::<Result<_, _>>()?;
    gate.wait();
    let began = Instant::now();
    let done: Vec<(Session, Result<(), String>)> = threads
        .into_iter()
        .map(|t| {
            t.join()
                .map_err(|_| "a session thread panicked".to_string())
        })
        .collect::<Result<_, _>>()?;
    let total = began.elapsed();

    let status = proc_status(pid);
    let cpu = cpu_seconds(pid);
    println!("load average after the run: {}", load_average());
    if let (Some(before), Some(after)) = (overflows, listen_overflows()) {
        // Connections the kernel dropped because the server's accept queue was full; each
        // costs its browser a one-second retry.
        println!(
            "listen queue overflows during the run: {} (whole machine)",
            after - before
        );
    }
    let mut problems: Vec<String> = done
        .iter()
        .filter_map(|(s, r)| r.as_ref().err().map(|e| format!("session {}: {e}", s.n)))
        .collect();
    let stop = stop(&mut server);
    let stderr = match server.stderr.take() {
        Some(t) if stop.is_ok() => t.join().unwrap_or_default(),
        _ => String::new(),
    };
    match &stop {
        Ok(took) => println!("SIGINT: exit 0 after {:.0} ms", ms(*took)),
        Err(e) => problems.push(e.clone()),
    }
    if !stderr.contains("stopped; every answer is saved") {
        problems.push(format!("the server's last words: {stderr:?}"));
    }
    problems.extend(check_folder(dir.path(), &done));

    report(&done, total, &idle, &status, cpu);
    if problems.is_empty() {
        println!(
            "\nchecks: {sessions} profiles, each with exactly its session's answers; no draft left; SIGINT exit 0"
        );
        Ok(true)
    } else {
        println!("\n{} problems:", problems.len());
        for p in problems.iter().take(40) {
            println!("- {p}");
        }
        Ok(false)
    }
}

/// Sends SIGINT and waits for a clean exit; the time it took.
fn stop(server: &mut Server) -> Result<Duration, String> {
    let pid = server.child.id().to_string();
    let asked = Instant::now();
    let sent = Command::new("kill")
        .args(["-INT", &pid])
        .status()
        .map_err(|e| format!("kill -INT: {e}"))?;
    if !sent.success() {
        return Err(format!("kill -INT {pid} failed"));
    }
    while asked.elapsed() < STOP_DEADLINE {
        match server.child.try_wait() {
            Ok(Some(status)) if status.success() => return Ok(asked.elapsed()),
            Ok(Some(status)) => return Err(format!("after SIGINT the server ended with {status}")),
            Ok(None) => std::thread::sleep(Duration::from_millis(10)),
            Err(e) => return Err(e.to_string()),
        }
    }
    Err(format!(
        "the server did not stop within {STOP_DEADLINE:?} of SIGINT"
    ))
}

/// The machine's load average (1, 5 and 15 minutes): other work on the 2 cores shows here.
fn load_average() -> String {
    let text = std::fs::read_to_string("/proc/loadavg").unwrap_or_default();
    text.split(' ').take(3).collect::<Vec<_>>().join(" ")
}

/// The kernel's count of connections dropped on a full accept queue (`ListenOverflows`).
fn listen_overflows() -> Option<u64> {
    let text = std::fs::read_to_string("/proc/net/netstat").ok()?;
    let mut lines = text.lines().filter(|l| l.starts_with("TcpExt:"));
    let (names, values) = (lines.next()?, lines.next()?);
    let at = names.split(' ').position(|n| n == "ListenOverflows")?;
    values.split(' ').nth(at)?.parse().ok()
}

/// `VmHWM`, `VmRSS` and `Threads` from `/proc/PID/status`.
fn proc_status(pid: u32) -> BTreeMap<String, String> {
    let text = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap_or_default();
    text.lines()
        .filter_map(|l| l.split_once(':'))
        .filter(|(k, _)| matches!(*k, "VmHWM" | "VmRSS" | "Threads"))
        .map(|(k, v)| (k.to_string(), v.trim().to_string()))
        .collect()
}

/// User and system CPU seconds the server has used, from `/proc/PID/stat`.
fn cpu_seconds(pid: u32) -> Option<(f64, f64)> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    // Fields after the command name, which is in parentheses and may hold spaces.
    let rest = &stat[stat.rfind(')')? + 2..];
    let fields: Vec<&str> = rest.split(' ').collect();
    let tick = Command::new("getconf")
        .arg("CLK_TCK")
        .output()
        .ok()
        .and_then(|o| String::from_utf8(o.stdout).ok())
        .and_then(|s| s.trim().parse::<f64>().ok())
        .unwrap_or(100.0);
    // utime and stime are fields 14 and 15 of stat(5), 12 and 13 after the name.
    let user = fields.get(11)?.parse::<f64>().ok()? / tick;
    let system = fields.get(12)?.parse::<f64>().ok()? / tick;
    Some((user, system))
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

/// A sorted list's value at quantile `q` (nearest rank).
fn quantile(sorted: &[Duration], q: f64) -> Duration {
    let rank = ((q * sorted.len() as f64).ceil() as usize).clamp(1, sorted.len());
    sorted[rank - 1]
}

/// The figures, as Markdown tables.
fn report(
    done: &[(Session, Result<(), String>)],
    total: Duration,
    idle: &BTreeMap<String, String>,
    busy: &BTreeMap<String, String>,
    cpu: Option<(f64, f64)>,
) {
    let samples: Vec<&Sample> = done.iter().flat_map(|(s, _)| &s.samples).collect();
    let finished = done.iter().filter(|(_, r)| r.is_ok()).count();
    let connects: usize = done.iter().map(|(s, _)| s.http.connects).sum();
    println!(
        "\n{finished} of {} sessions finished; {} requests on {connects} connections in {:.2} s ({:.0} requests/s)",
        done.len(),
        samples.len(),
        total.as_secs_f64(),
        samples.len() as f64 / total.as_secs_f64()
    );
    let session_times: Vec<Duration> = {
        let mut t: Vec<Duration> = done
            .iter()
            .map(|(s, _)| s.samples.iter().map(|x| x.took).sum())
            .collect();
        t.sort();
        t
    };
    if !session_times.is_empty() {
        println!(
            "time waiting for pages per session: p50 {:.2} s, max {:.2} s",
            quantile(&session_times, 0.5).as_secs_f64(),
            quantile(&session_times, 1.0).as_secs_f64()
        );
    }
    let get = |m: &BTreeMap<String, String>, k: &str| m.get(k).cloned().unwrap_or("?".into());
    println!(
        "server: VmHWM {} (VmRSS {}; before the load VmHWM {}), {} threads",
        get(busy, "VmHWM"),
        get(busy, "VmRSS"),
        get(idle, "VmHWM"),
        get(busy, "Threads")
    );
    if let Some((user, system)) = cpu {
        println!("server CPU: {user:.2} s user, {system:.2} s system");
    }
    println!("\n| page | method | requests | p50 | p99 | max |\n|---|---|---|---|---|---|");
    let order = ["start", "about", "skill", "review", "finish", "report"];
    let row = |label: &str, method: &str, pick: &dyn Fn(&Sample) -> bool| {
        let mut t: Vec<Duration> = samples.iter().filter(|s| pick(s)).map(|s| s.took).collect();
        if t.is_empty() {
            return;
        }
        t.sort();
        println!(
            "| {label} | {method} | {} | {:.1} ms | {:.1} ms | {:.1} ms |",
            t.len(),
            ms(quantile(&t, 0.5)),
            ms(quantile(&t, 0.99)),
            ms(quantile(&t, 1.0))
        );
    };
    for page in order {
        for post in [false, true] {
            let method = if post { "POST" } else { "GET" };
            row(page, method, &|s: &Sample| s.page == page && s.post == post);
        }
    }
    row("every page", "GET", &|s: &Sample| !s.post);
    row("every form", "POST", &|s: &Sample| s.post);
    println!("\n| page | HTML bytes (smallest) | HTML bytes (largest) |\n|---|---|---|");
    for page in ["start", "about", "skill", "review", "report"] {
        let sizes = samples
            .iter()
            .filter(|s| s.page == page && !s.post)
            .map(|s| s.bytes);
        if let (Some(lo), Some(hi)) = (sizes.clone().min(), sizes.max()) {
            println!("| {page} | {lo} | {hi} |");
        }
    }
}

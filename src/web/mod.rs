//! `skillgap serve`: the questionnaire in a browser, for people who never open a terminal.
//!
//! One more front end beside [`crate::commands`]: the pages ask the questions of
//! [`crate::questionnaire::flow`] (the terminal's questions, answer rules and `--quick`
//! selection), save every page as the terminal's draft format ([`crate::draft`]), and end
//! with the same report ([`crate::gap_report`], [`crate::export`]). Nothing here is needed by
//! the core.
//!
//! The server is axum on a small tokio runtime. Pages are plain HTML forms (they work
//! without JavaScript); every response carries a strict Content-Security-Policy that allows
//! only the page's own stylesheet and script, by hash. Every form carries a CSRF token, request
//! bodies are limited to [`BODY_LIMIT`], and a server on an address other than loopback asks
//! for an access code.
//!
//! - [`keys`]: the signing key, session tokens, codes.
//! - [`store`]: drafts, finished profiles and reviews on disk.
//! - [`http`]: forms, cookies, responses and the security headers.
//! - [`person`]: the person's path, start to report; [`about`]: its "about you" page.
//! - [`admin`]: the supervisor's pages: the team report and blind reviews.

mod about;
mod admin;
mod finish;
mod http;
pub mod keys;
mod pages;
mod person;
pub mod store;

use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;

use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::routing::{get, post};

use crate::i18n::Lang;
use crate::rubric::Rubric;

/// Largest request body accepted (a questionnaire page is a few kilobytes).
pub const BODY_LIMIT: usize = 64 * 1024;

/// The port `serve` tries first.
pub const DEFAULT_PORT: u16 = 7878;

/// A rubric the server offers, with its file when it was given as a path.
pub struct Served {
    /// The rubric.
    pub rubric: Rubric,
    /// Its file, when it was not found by id.
    pub file: Option<PathBuf>,
}

/// What the server needs to run, from `skillgap serve`'s options.
pub struct Config {
    /// The rubrics people can choose from (the first is the default).
    pub rubrics: Vec<Served>,
    /// Where profiles, drafts and reviews are kept.
    pub dir: PathBuf,
    /// The access code people type once; `None` when the server needs none.
    pub code: Option<String>,
    /// The code of the supervisor's pages.
    pub admin_code: String,
    /// Ask only the target's defining and most important skills, unless the person chooses
    /// the whole questionnaire.
    pub quick: bool,
    /// Certifications recommended at most.
    pub max_certs: usize,
    /// Days before expiry a credential counts as expiring.
    pub expiring_days: u32,
    /// The language of a page when the person chose none and the browser asks for none
    /// skillgap speaks (`--lang`, else the environment).
    pub lang: Lang,
}

/// The server's state, shared by every request.
pub struct App {
    config: Config,
    store: store::Store,
    key: keys::Key,
    /// Each rubric of `config.rubrics` in every language but English, in the same order:
    /// its words as a person reading that language sees them (translated once, here).
    translated: Vec<(Lang, Vec<Rubric>)>,
}

impl App {
    /// The state for `config`, with the signing key kept in `--dir` (created on first use).
    pub fn new(config: Config) -> anyhow::Result<App> {
        let store = store::Store::new(config.dir.clone());
        let key = keys::Key::load_or_create(&store.drafts().join(".key"))?;
        let translated = Lang::ALL
            .into_iter()
            .filter(|&l| l != Lang::En)
            .map(|l| {
                (
                    l,
                    config.rubrics.iter().map(|s| s.rubric.in_lang(l)).collect(),
                )
            })
            .collect();
        Ok(App {
            config,
            store,
            key,
            translated,
        })
    }

    fn served(&self, id: &str) -> Option<&Served> {
        self.config.rubrics.iter().find(|s| s.rubric.id == id)
    }

    /// The words of `served`'s rubric in `lang` (the rubric itself when it has no
    /// translation): the same skills, levels and ids, named for that reader.
    fn words<'a>(&'a self, served: &'a Served, lang: Lang) -> &'a Rubric {
        let at = self
            .config
            .rubrics
            .iter()
            .position(|s| std::ptr::eq(s, served));
        self.translated
            .iter()
            .find(|(l, _)| *l == lang)
            .zip(at)
            .and_then(|((_, rubrics), at)| rubrics.get(at))
            .unwrap_or(&served.rubric)
    }
}

/// Every route of the server.
pub fn router(app: Arc<App>) -> Router {
    // The person's pages, and any other address, ask for the access code when there is one;
    // the supervisor's pages ask for their own code instead.
    let person = Router::new()
        .route("/", get(person::start_page))
        .route("/start", post(person::start))
        .route("/s/{token}", get(person::resume))
        .route(
            "/s/{token}/about",
            get(about::about_page).post(about::about),
        )
        .route(
            "/s/{token}/skill/{skill}",
            get(person::skill_page).post(person::skill),
        )
        .route("/s/{token}/review", get(finish::review_page))
        .route("/s/{token}/finish", post(finish::finish))
        .route("/s/{token}/report", get(finish::report_page))
        .route("/s/{token}/download/{file}", get(finish::download))
        .fallback(http::not_found_page)
        .layer(axum::middleware::from_fn_with_state(
            app.clone(),
            http::access,
        ));
    let open = Router::new()
        .route("/code", post(http::enter_code))
        .route("/team", get(admin::team_page))
        .route("/admin", post(admin::log_in))
        .route("/review", get(admin::profiles_page))
        .route(
            "/review/{profile}",
            get(admin::review_page).post(admin::review),
        );
    person
        .merge(open)
        .layer(axum::middleware::from_fn_with_state(
            app.clone(),
            http::guard,
        ))
        .layer(DefaultBodyLimit::max(BODY_LIMIT))
        .with_state(app)
}

/// Runs the server on `listener` until Ctrl-C (or SIGTERM); requests under way get
/// [`SHUTDOWN_GRACE`] to finish, and every answer is already on disk.
pub fn run(app: App, listener: std::net::TcpListener) -> anyhow::Result<()> {
    listener.set_nonblocking(true)?;
    let (stop, stopped) = tokio::sync::watch::channel(false);
    watch_signals(stop)?;
    // Every answer is written to disk and flushed (fsync) inside its request, which blocks
    // the thread that runs it: more threads than cores keep pages flowing meanwhile
    // (BENCHMARKS.md, "Web questionnaire under load").
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(WORKER_THREADS)
        .enable_all()
        .build()?;
    runtime.block_on(async move {
        let listener = tokio::net::TcpListener::from_std(listener)?;
        let mut waiting = stopped.clone();
        let server =
            axum::serve(listener, router(Arc::new(app))).with_graceful_shutdown(async move {
                let mut stopped = stopped;
                let _ = stopped.wait_for(|s| *s).await;
            });
        // A browser that keeps an idle connection open does not keep the server running.
        let grace = async move {
            let _ = waiting.wait_for(|s| *s).await;
            tokio::time::sleep(SHUTDOWN_GRACE).await;
        };
        tokio::select! {
            done = server => done?,
            () = grace => {}
        }
        Ok(())
    })
}

/// Threads that answer requests.
const WORKER_THREADS: usize = 8;

/// Connections the system keeps waiting for the server to accept: a shift of phones that
/// open the page at once (the system's default of 128 drops some, which then wait a second
/// to try again).
const BACKLOG: i32 = 1024;

/// How long requests under way may take to finish after Ctrl-C.
const SHUTDOWN_GRACE: std::time::Duration = std::time::Duration::from_secs(3);

/// Ctrl-C and SIGTERM stop the server: the first starts the shutdown, a second ends
/// skillgap at once. A thread of its own waits for them, outside the runtime, so that no
/// state of the runtime can keep a signal from being seen.
fn watch_signals(stop: tokio::sync::watch::Sender<bool>) -> anyhow::Result<()> {
    #[cfg(unix)]
    {
        use signal_hook::consts::{SIGINT, SIGTERM};
        let mut signals = signal_hook::iterator::Signals::new([SIGINT, SIGTERM])?;
        std::thread::spawn(move || {
            let mut seen = 0;
            for signal in signals.forever() {
                seen += 1;
                if seen > 1 {
                    std::process::exit(128 + signal);
                }
                let _ = stop.send(true);
            }
        });
    }
    #[cfg(not(unix))]
    ctrlc::set_handler(move || {
        let _ = stop.send(true);
    })?;
    Ok(())
}

/// Binds `addr`; when it is the default address and its port is taken, a free port on the
/// same host instead (`true` says so). A failure is said in `lang`.
pub fn bind(
    addr: SocketAddr,
    given: bool,
    lang: Lang,
) -> anyhow::Result<(std::net::TcpListener, bool)> {
    let (listener, moved) = bind_at(addr, given, lang)?;
    // Listening again only lengthens the queue of connections waiting to be accepted.
    #[cfg(unix)]
    rustix::net::listen(&listener, BACKLOG)?;
    Ok((listener, moved))
}

fn bind_at(
    addr: SocketAddr,
    given: bool,
    lang: Lang,
) -> anyhow::Result<(std::net::TcpListener, bool)> {
    let addr_text = addr.to_string();
    match std::net::TcpListener::bind(addr) {
        Ok(l) => Ok((l, false)),
        Err(e) if e.kind() == std::io::ErrorKind::AddrInUse && !given => {
            let l = std::net::TcpListener::bind(SocketAddr::new(addr.ip(), 0))?;
            Ok((l, true))
        }
        Err(e) if e.kind() == std::io::ErrorKind::AddrInUse => Err(anyhow::anyhow!(crate::tr!(
            lang,
            "web-serve-port-taken",
            addr = addr_text
        ))),
        Err(e) => Err(anyhow::anyhow!(crate::tr!(
            lang,
            "web-serve-cannot-listen",
            addr = addr_text,
            why = e.to_string()
        ))),
    }
}

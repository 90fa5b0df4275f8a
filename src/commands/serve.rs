//! `skillgap serve`: checks the folder and the rubrics, binds the address, says where to go
//! and with which codes, then runs the web front end ([`crate::web`]) until Ctrl-C.

use std::io::Write;
use std::net::{IpAddr, SocketAddr, UdpSocket};

use crate::catalog::Catalog;
use crate::exit::UsageError;
use crate::i18n::Lang;
use crate::settings::ServeSettings;
use crate::tr;
use crate::web::{self, Config, Served, keys};

/// Runs `skillgap serve`.
pub fn run(catalog: &Catalog, opts: ServeSettings) -> anyhow::Result<()> {
    if !opts.dir.is_dir() {
        return Err(UsageError(format!(
            "--dir: {} is not a folder; create it first, or name another",
            super::shown(&opts.dir)
        ))
        .into());
    }
    let rubrics = match &opts.rubric {
        Some(choice) => {
            let (rubric, file) = catalog.resolve(choice)?;
            vec![Served { rubric, file }]
        }
        None => catalog
            .entries()
            .into_iter()
            .filter_map(|e| e.rubric.ok())
            .map(|rubric| Served { rubric, file: None })
            .collect(),
    };
    let local = opts.bind.ip().is_loopback();
    let code = match &opts.code {
        Some(c) => Some(c.clone()),
        None if !local => Some(keys::new_code()?),
        None => None,
    };
    let admin_code = match &opts.admin_code {
        Some(c) => c.clone(),
        None => keys::new_code()?,
    };
    let dir = std::path::absolute(&opts.dir).unwrap_or_else(|_| opts.dir.clone());
    // The address first: a server that cannot listen leaves nothing behind in --dir.
    let lang = opts.lang;
    let (listener, moved) = web::bind(opts.bind, opts.bind_given, lang)?;
    let app = web::App::new(Config {
        rubrics,
        dir: dir.clone(),
        code: code.clone(),
        admin_code: admin_code.clone(),
        quick: opts.quick,
        max_certs: opts.max_certs,
        expiring_days: opts.expiring_days,
        lang,
    })?;
    let addr = listener.local_addr()?;
    let url = format!("http://{}/", shown_addr(addr));
    let mut out = std::io::stdout().lock();
    writeln!(out, "{}", tr!(lang, "web-serve-open", url = url.as_str()))?;
    if moved {
        let port = opts.bind.port().to_string();
        writeln!(out, "  {}", tr!(lang, "web-serve-moved", port = port))?;
    }
    if !local && let Some(ip) = lan_address(addr.ip()) {
        let lan = format!("http://{}/", shown_addr(SocketAddr::new(ip, addr.port())));
        writeln!(out, "  {}", tr!(lang, "web-serve-lan", url = lan))?;
    }
    if let Some(code) = &code {
        writeln!(
            out,
            "  {}",
            tr!(lang, "web-serve-code", code = code.as_str())
        )?;
    }
    let team = format!("{url}team");
    let admin = tr!(lang, "web-serve-admin", url = team, code = admin_code);
    writeln!(out, "  {admin}")?;
    let shown = super::shown(&dir);
    writeln!(
        out,
        "  {}",
        tr!(lang, "web-serve-saved", dir = shown.as_str())
    )?;
    if !local {
        writeln!(out, "  {}", tr!(lang, "web-serve-plain"))?;
    }
    out.flush()?;
    drop(out);
    if opts.open {
        open_browser(&url, lang);
    }
    web::run(app, listener)?;
    eprintln!("skillgap: {}", tr!(lang, "web-serve-stopped", dir = shown));
    Ok(())
}

/// An address as a URL holds it (IPv6 in brackets).
fn shown_addr(addr: SocketAddr) -> String {
    match addr.ip() {
        IpAddr::V6(ip) => format!("[{ip}]:{}", addr.port()),
        IpAddr::V4(ip) => format!("{ip}:{}", addr.port()),
    }
}

/// The address other devices reach this one at, when listening on every address: the one
/// the system would send from (no packet is sent).
fn lan_address(bound: IpAddr) -> Option<IpAddr> {
    if !bound.is_unspecified() {
        return Some(bound);
    }
    let socket = UdpSocket::bind("0.0.0.0:0").ok()?;
    socket.connect("192.0.2.1:9").ok()?;
    socket.local_addr().ok().map(|a| a.ip())
}

/// Opens `url` in the default browser; says so (in `lang`) when it cannot.
fn open_browser(url: &str, lang: Lang) {
    let opener = if cfg!(target_os = "macos") {
        "open"
    } else if cfg!(windows) {
        "explorer"
    } else {
        "xdg-open"
    };
    let spawned = std::process::Command::new(opener)
        .arg(url)
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn();
    if spawned.is_err() {
        let said = tr!(lang, "web-serve-no-browser", opener = opener, url = url);
        eprintln!("skillgap: {said}");
    }
}

//! A small HTTP/1.1 client that behaves as a browser does here: one kept-alive connection,
//! the cookies the server set sent back, and responses read whole before the clock stops.

use std::collections::BTreeMap;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::time::Duration;

/// Longest wait for one read or write on a socket.
const SOCKET_TIMEOUT: Duration = Duration::from_secs(60);

/// A response, read whole.
pub struct Response {
    pub status: u16,
    headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl Response {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
    /// Where a redirect goes.
    pub fn location(&self) -> Result<String, String> {
        self.header("location")
            .map(str::to_string)
            .ok_or_else(|| "a redirect without Location".to_string())
    }
    /// The body as text.
    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }
}

/// A browser's connection: HTTP/1.1 keep-alive, and the cookies the server set.
pub struct Http {
    addr: SocketAddr,
    conn: Option<BufReader<TcpStream>>,
    cookies: BTreeMap<String, String>,
    /// Connections opened: one per session while the server keeps them alive.
    pub connects: usize,
}

impl Http {
    pub fn new(addr: SocketAddr) -> Http {
        Http {
            addr,
            conn: None,
            cookies: BTreeMap::new(),
            connects: 0,
        }
    }

    fn connect(&mut self) -> Result<&mut BufReader<TcpStream>, String> {
        if self.conn.is_none() {
            let s = TcpStream::connect_timeout(&self.addr, SOCKET_TIMEOUT)
                .map_err(|e| format!("connect: {e}"))?;
            s.set_read_timeout(Some(SOCKET_TIMEOUT))
                .and_then(|()| s.set_write_timeout(Some(SOCKET_TIMEOUT)))
                .and_then(|()| s.set_nodelay(true))
                .map_err(|e| e.to_string())?;
            self.conn = Some(BufReader::new(s));
            self.connects += 1;
        }
        self.conn.as_mut().ok_or_else(|| "no connection".into())
    }

    /// GET `path`, or POST `form` to it.
    pub fn request(&mut self, path: &str, form: Option<&str>) -> Result<Response, String> {
        let mut head = format!(
            "{} {path} HTTP/1.1\r\nHost: {}\r\nUser-Agent: serve_load\r\nAccept: text/html\r\n",
            if form.is_some() { "POST" } else { "GET" },
            self.addr
        );
        if !self.cookies.is_empty() {
            let jar: Vec<String> = self
                .cookies
                .iter()
                .map(|(k, v)| format!("{k}={v}"))
                .collect();
            head.push_str(&format!("Cookie: {}\r\n", jar.join("; ")));
        }
        if let Some(body) = form {
            head.push_str(&format!(
                "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: {}\r\n\r\n{body}",
                body.len()
            ));
        } else {
            head.push_str("\r\n");
        }
        let reused = self.conn.is_some();
        let r = self.exchange(head.as_bytes());
        let r = match r {
            // A kept-alive connection the server closed meanwhile: once more on a new one.
            Err(_) if reused => {
                self.conn = None;
                self.exchange(head.as_bytes())
            }
            r => r,
        };
        let r = r.inspect_err(|_| self.conn = None)?;
        for (k, v) in &r.headers {
            if k.eq_ignore_ascii_case("set-cookie")
                && let Some((name, value)) = v.split(';').next().and_then(|c| c.split_once('='))
            {
                self.cookies.insert(name.trim().into(), value.trim().into());
            }
        }
        if r.header("connection")
            .is_some_and(|c| c.eq_ignore_ascii_case("close"))
        {
            self.conn = None;
        }
        Ok(r)
    }

    fn exchange(&mut self, request: &[u8]) -> Result<Response, String> {
        let conn = self.connect()?;
        conn.get_mut()
            .write_all(request)
            .map_err(|e| format!("write: {e}"))?;
        let line = |conn: &mut BufReader<TcpStream>| -> Result<String, String> {
            let mut l = String::new();
            match conn.read_line(&mut l) {
                Ok(0) => Err("connection closed".to_string()),
                Ok(_) => Ok(l.trim_end().to_string()),
                Err(e) => Err(format!("read: {e}")),
            }
        };
        let status_line = line(conn)?;
        let status = status_line
            .split(' ')
            .nth(1)
            .and_then(|s| s.parse().ok())
            .ok_or_else(|| format!("bad status line {status_line:?}"))?;
        let mut headers = Vec::new();
        loop {
            let l = line(conn)?;
            if l.is_empty() {
                break;
            }
            if let Some((k, v)) = l.split_once(':') {
                headers.push((k.trim().to_string(), v.trim().to_string()));
            }
        }
        let get = |name: &str| {
            headers
                .iter()
                .find(|(k, _): &&(String, String)| k.eq_ignore_ascii_case(name))
                .map(|(_, v)| v.clone())
        };
        let mut body = Vec::new();
        if let Some(len) = get("content-length") {
            let len: usize = len.parse().map_err(|_| "bad content-length")?;
            body.resize(len, 0);
            conn.read_exact(&mut body)
                .map_err(|e| format!("body: {e}"))?;
        } else if get("transfer-encoding").is_some_and(|t| t.eq_ignore_ascii_case("chunked")) {
            loop {
                let size = usize::from_str_radix(line(conn)?.split(';').next().unwrap_or(""), 16)
                    .map_err(|_| "bad chunk size")?;
                let mut chunk = vec![0; size + 2];
                conn.read_exact(&mut chunk)
                    .map_err(|e| format!("chunk: {e}"))?;
                if size == 0 {
                    break;
                }
                body.extend_from_slice(&chunk[..size]);
            }
        }
        Ok(Response {
            status,
            headers,
            body,
        })
    }
}

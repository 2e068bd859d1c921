//! The browser test's HTTP server (`tests/web.rs`): it serves the page and
//! the test's files on 127.0.0.1, is Chromium's proxy for every other host
//! too, and records every request, so the test can say that none left.

use std::collections::BTreeMap;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::{mpsc, Arc, Condvar, Mutex};
use std::time::Duration;

/// One request the server received.
#[derive(Debug, Clone)]
pub struct Request {
    pub method: String,
    /// The path (and query) asked for, or the whole target when it named
    /// another host.
    pub target: String,
    /// Whether it was for this server (not another host through the proxy).
    pub here: bool,
}

/// The test's HTTP server on 127.0.0.1: serves `files` by path, takes the
/// test page's result (`POST /result`) and records every request. For the
/// screenshot, `GET /hold` is answered only once the page has been shown
/// (`POST /shown`), which holds the picture back until then.
pub struct Server {
    pub port: u16,
    shared: Arc<Shared>,
    pub result: mpsc::Receiver<String>,
}

pub type Files = BTreeMap<String, (Vec<u8>, &'static str)>;

struct Shared {
    files: Files,
    requests: Mutex<Vec<Request>>,
    result: Mutex<mpsc::Sender<String>>,
    shown: (Mutex<bool>, Condvar),
}

impl Server {
    pub fn requests(&self) -> Vec<Request> {
        self.shared.requests.lock().expect("requests").clone()
    }
}

pub fn serve(files: Files) -> Server {
    let listener = TcpListener::bind("127.0.0.1:0").expect("a port on loopback");
    let port = listener.local_addr().expect("address").port();
    let (send, result) = mpsc::channel();
    let shared = Arc::new(Shared {
        files,
        requests: Mutex::new(Vec::new()),
        result: Mutex::new(send),
        shown: (Mutex::new(false), Condvar::new()),
    });
    let serving = Arc::clone(&shared);
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            let shared = Arc::clone(&serving);
            std::thread::spawn(move || answer(stream, port, &shared));
        }
    });
    Server {
        port,
        shared,
        result,
    }
}

/// Reads one request from `stream`, records it, and answers it.
fn answer(stream: TcpStream, port: u16, shared: &Shared) {
    let _ = stream.set_read_timeout(Some(Duration::from_secs(30)));
    let mut reader = BufReader::new(&stream);
    let mut line = String::new();
    if reader.read_line(&mut line).unwrap_or(0) == 0 {
        return;
    }
    let mut parts = line.split_whitespace();
    let method = parts.next().unwrap_or("").to_string();
    let target = parts.next().unwrap_or("").to_string();
    let mut length = 0usize;
    loop {
        let mut header = String::new();
        if reader.read_line(&mut header).unwrap_or(0) == 0 || header.trim().is_empty() {
            break;
        }
        if let Some((name, value)) = header.split_once(':') {
            if name.eq_ignore_ascii_case("content-length") {
                length = value.trim().parse().unwrap_or(0);
            }
        }
    }
    let mut body = vec![0; length.min(64 << 20)];
    let _ = reader.read_exact(&mut body);
    // Through the proxy every request names its host: this server's own
    // are kept by their path; any other host is recorded as it is.
    let own = format!("http://127.0.0.1:{port}");
    let (path, here) = if let Some(path) = target.strip_prefix(&own) {
        (path.to_string(), true)
    } else {
        (target.clone(), target.starts_with('/'))
    };
    shared.requests.lock().expect("requests").push(Request {
        method: method.clone(),
        target: path.clone(),
        here,
    });
    let mut out = &stream;
    let reply = |out: &mut &TcpStream, status: &str, kind: &str, body: &[u8]| {
        let head = format!(
            "HTTP/1.1 {status}\r\nContent-Type: {kind}\r\nContent-Length: {}\r\n\
             Cache-Control: no-store\r\nConnection: close\r\n\r\n",
            body.len()
        );
        let _ = out.write_all(head.as_bytes());
        let _ = out.write_all(body);
    };
    if !here {
        reply(&mut out, "403 Forbidden", "text/plain", b"not here");
        return;
    }
    let (shown, turn) = &shared.shown;
    match (method.as_str(), path.as_str()) {
        ("POST", "/result") => {
            let body = String::from_utf8_lossy(&body).into_owned();
            let _ = shared.result.lock().expect("sender").send(body);
            reply(&mut out, "204 No Content", "text/plain", b"");
        }
        ("POST", "/shown") => {
            *shown.lock().expect("shown") = true;
            turn.notify_all();
            reply(&mut out, "204 No Content", "text/plain", b"");
        }
        ("GET", "/hold") => {
            let guard = shown.lock().expect("shown");
            let _ = turn
                .wait_timeout_while(guard, Duration::from_secs(120), |shown| !*shown)
                .expect("shown");
            reply(&mut out, "404 Not Found", "text/plain", b"");
        }
        ("GET", _) => match shared.files.get(path.split('?').next().unwrap_or("")) {
            Some((bytes, kind)) => reply(&mut out, "200 OK", kind, bytes),
            None => reply(&mut out, "404 Not Found", "text/plain", b"no such file"),
        },
        _ => reply(&mut out, "405 Method Not Allowed", "text/plain", b""),
    }
}

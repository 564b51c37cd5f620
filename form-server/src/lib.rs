//! form-server: receives form submissions, re-validates them with form-core (the browser is
//! never trusted), keeps the cleaned submission, and serves the forms, their messages, the
//! embed assets and a demo page, so that one process is the whole demo.
//!
//! Architecture invariant: no validation logic here; every verdict comes from form-core.
//! Architecture invariant: no submission data in logs; only form ids, references, status
//! codes and counts.

pub mod export;
pub mod store;

use std::collections::HashMap;
use std::net::{IpAddr, SocketAddr};
use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::Instant;

use axum::Router;
use axum::extract::{ConnectInfo, Path as UrlPath, State};
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use form_core::date::Zone;
use form_core::json::{Json, Node, View};
use form_core::wire::{Accepted, ErrorCode, Refusal, SentEnvelope, WireIssue};
use form_core::{Catalog, Context, Date, Form};
use serde_json::json;
use tower_http::cors::{AllowOrigin, CorsLayer};
use tower_http::services::ServeDir;

use crate::store::{Job, NewSubmission, Stored};

/// Limits and settings of the service.
#[derive(Clone, Debug)]
pub struct Config {
    /// Folder with one sub-folder per form (`<id>/form.json`, `<id>/locales/<tag>/*.ftl`).
    pub forms_dir: PathBuf,
    /// The engine's messages (`locales/<tag>/*.ftl`).
    pub locales_dir: PathBuf,
    /// The browser build (`dist/`), served under `/assets/engine/`.
    pub dist_dir: Option<PathBuf>,
    /// A site to serve at `/` (the demo CMS page).
    pub site_dir: Option<PathBuf>,
    /// Origins allowed to post from other sites (CORS). Same-origin posts need none.
    pub allow_origins: Vec<String>,
    /// Requests per second per client address (token bucket); 0 turns limiting off.
    pub rate_per_second: f64,
    pub rate_burst: f64,
    /// Largest request body, in bytes.
    pub body_limit: usize,
    /// Most top-level keys a submission may have.
    pub max_fields: usize,
    /// Submissions committed together at most (group commit).
    pub max_batch: usize,
    /// The date submissions are judged on; `None`: today (UTC). Fixing it replays a form
    /// as of a past day (demos, tests).
    pub today: Option<Date>,
    /// Whose "today": the office's time zone (default Europe/Berlin).
    pub zone: Zone,
    /// The language of what the service says to its operator (a submission it could not
    /// store), as a tag; `None`: English.
    pub ui: Option<String>,
}

impl Default for Config {
    fn default() -> Config {
        Config {
            forms_dir: PathBuf::from("examples"),
            locales_dir: PathBuf::from("locales"),
            dist_dir: None,
            site_dir: None,
            allow_origins: Vec::new(),
            rate_per_second: 5.0,
            rate_burst: 20.0,
            body_limit: 64 * 1024,
            max_fields: 300,
            max_batch: 256,
            today: None,
            zone: Zone::CentralEurope,
            ui: None,
        }
    }
}

/// A form the service accepts.
#[derive(Debug)]
pub struct LoadedForm {
    pub form: Form,
    /// The form packed for the embed (`form_core::packed`), made once at start.
    pub packed: Vec<u8>,
    pub schema: String,
    pub catalog: Catalog,
    pub dir: form_files::FormDir,
}

/// Why the service or a command cannot go on. `form-server` says it in the operator's
/// language ([`Failure::said`], messages `server-*`); `Display` says it in English.
#[derive(Debug)]
pub enum Failure {
    /// The folder of forms cannot be read.
    FormsFolder(PathBuf, std::io::Error),
    /// A form's schema cannot be read.
    Schema(PathBuf, std::io::Error),
    /// A form's schema has errors (`form check` says which).
    SchemaErrors(PathBuf),
    /// A form's or the engine's messages do not load (file, line, problem).
    Messages(form_files::LoadProblem),
    /// The database cannot be opened or used (the database's own words).
    Database(String),
    /// The service stopped (the operating system's words).
    Service(String),
}

impl Failure {
    /// The failure in `locale`, from `cat` (the `form` command's messages, `server-*`).
    pub fn said(&self, cat: &Catalog, locale: &form_core::Locale) -> String {
        let mut args = form_core::Args::new();
        let mut put = |k: &str, v: String| {
            args.insert(k.into(), form_core::Arg::Str(v));
        };
        let id = match self {
            Failure::FormsFolder(dir, e) => {
                put("folder", dir.display().to_string());
                put("reason", form_cli::io_reason(e).to_owned());
                "server-forms-folder"
            }
            Failure::Schema(file, e) => {
                put("file", file.display().to_string());
                put("reason", form_cli::io_reason(e).to_owned());
                "cli-cannot-read"
            }
            Failure::SchemaErrors(file) => {
                put("file", file.display().to_string());
                "server-schema-errors"
            }
            Failure::Messages(p) => {
                put("file", p.path.display().to_string());
                // A line number is not a quantity: never grouped (12345, not 12.345).
                put("line", p.line.to_string());
                put("problem", p.kind.clone());
                "server-messages-broken"
            }
            Failure::Database(reason) => {
                put("reason", reason.clone());
                "server-database"
            }
            Failure::Service(reason) => {
                put("reason", reason.clone());
                "server-stopped"
            }
        };
        form_cli::without_isolates(&cat.text(locale, id, &args))
    }
}

impl std::fmt::Display for Failure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let (cat, locale) = form_cli::ui_messages(None);
        f.write_str(&self.said(&cat, &locale))
    }
}

impl std::error::Error for Failure {}

/// Loads and compiles every form under `cfg.forms_dir` (see `form_files` for the
/// layout); a form with schema or message errors stops the service from starting.
pub fn load_forms(cfg: &Config) -> Result<HashMap<String, LoadedForm>, Failure> {
    let mut out = HashMap::new();
    let forms = form_files::forms_in(&cfg.forms_dir)
        .map_err(|e| Failure::FormsFolder(cfg.forms_dir.clone(), e))?;
    let engine = form_files::LocaleTree::new(&cfg.locales_dir);
    for dir in forms {
        let path = dir.schema_path();
        let schema = dir
            .read_schema()
            .map_err(|e| Failure::Schema(path.clone(), e))?;
        let compiled = form_core::compile(&schema);
        let Some(form) = compiled.form else {
            return Err(Failure::SchemaErrors(path));
        };
        let (catalog, problems) = form_files::catalog(&engine, &dir, form.default_locale.clone());
        if let Some(p) = problems.into_iter().next() {
            return Err(Failure::Messages(p));
        }
        out.insert(
            form.id.clone(),
            LoadedForm {
                packed: form_core::packed::encode(&form),
                form,
                schema,
                catalog,
                dir,
            },
        );
    }
    Ok(out)
}

#[derive(Debug)]
struct Bucket {
    tokens: f64,
    last: Instant,
}

/// Shared state of the service.
#[derive(Debug)]
pub struct AppState {
    pub forms: HashMap<String, LoadedForm>,
    pub writer: std::sync::mpsc::SyncSender<Job>,
    pub cfg: Config,
    buckets: Mutex<HashMap<IpAddr, Bucket>>,
    /// `first-page.json` by (form, language, day: what is shown may depend on the date),
    /// made on first request; only the current day's are kept.
    first_pages: Mutex<HashMap<(String, String, Date), String>>,
    /// Brotli (quality 11) copies of the files the embed loads from the service, by the
    /// hash of their text: made once, not compressed again on every request at the lower
    /// level the compression layer uses (quality 4: about a tenth more bytes).
    compressed: Mutex<HashMap<u64, Arc<Vec<u8>>>>,
    /// What the service says to its operator, in `cfg.ui`.
    said: (Catalog, form_core::Locale),
}

impl AppState {
    pub fn new(
        forms: HashMap<String, LoadedForm>,
        writer: std::sync::mpsc::SyncSender<Job>,
        cfg: Config,
    ) -> AppState {
        AppState {
            said: form_cli::ui_messages(cfg.ui.as_deref()),
            forms,
            writer,
            cfg,
            buckets: Mutex::new(HashMap::new()),
            first_pages: Mutex::new(HashMap::new()),
            compressed: Mutex::new(HashMap::new()),
        }
    }

    /// Token bucket per client address.
    fn allow(&self, ip: IpAddr) -> bool {
        if self.cfg.rate_per_second <= 0.0 {
            return true;
        }
        let Ok(mut buckets) = self.buckets.lock() else {
            return true;
        };
        let now = Instant::now();
        if buckets.len() > 100_000 {
            buckets.retain(|_, b| now.duration_since(b.last).as_secs() < 60);
        }
        let b = buckets.entry(ip).or_insert(Bucket {
            tokens: self.cfg.rate_burst,
            last: now,
        });
        b.tokens = (b.tokens + now.duration_since(b.last).as_secs_f64() * self.cfg.rate_per_second)
            .min(self.cfg.rate_burst);
        b.last = now;
        if b.tokens >= 1.0 {
            b.tokens -= 1.0;
            true
        } else {
            false
        }
    }
}

/// An answer other than 201: a [`Refusal`] as JSON, never cached.
fn refuse(status: StatusCode, refusal: Refusal) -> Response {
    (
        status,
        [(header::CACHE_CONTROL, "no-store")],
        axum::Json(refusal),
    )
        .into_response()
}

fn error(status: StatusCode, code: ErrorCode) -> Response {
    refuse(status, Refusal::new(code))
}

/// With `Retry-After: 1`.
fn retry_later(status: StatusCode, code: ErrorCode) -> Response {
    let mut r = error(status, code);
    r.headers_mut()
        .insert(header::RETRY_AFTER, HeaderValue::from_static("1"));
    r
}

/// The error code for a status, for answers that did not come from [`refuse`] (a missing
/// file, a wrong method, ...).
fn code_for(status: StatusCode) -> ErrorCode {
    match status {
        StatusCode::NOT_FOUND => ErrorCode::NotFound,
        StatusCode::METHOD_NOT_ALLOWED => ErrorCode::MethodNotAllowed,
        StatusCode::PAYLOAD_TOO_LARGE => ErrorCode::PayloadTooLarge,
        StatusCode::UNSUPPORTED_MEDIA_TYPE => ErrorCode::UnsupportedMediaType,
        StatusCode::FORBIDDEN => ErrorCode::ForbiddenOrigin,
        StatusCode::TOO_MANY_REQUESTS => ErrorCode::RateLimited,
        s if s.is_client_error() => ErrorCode::MalformedJson,
        _ => ErrorCode::Internal,
    }
}

/// Every error answer is JSON with a code, whoever made it (axum, the file service).
async fn json_errors(r: Response) -> Response {
    let status = r.status();
    let is_json = r
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("application/json"));
    if status.as_u16() < 400 || is_json {
        return r;
    }
    let mut out = error(status, code_for(status));
    for name in [header::ALLOW, header::RETRY_AFTER] {
        if let Some(v) = r.headers().get(&name) {
            out.headers_mut().insert(name, v.clone());
        }
    }
    out
}

/// Today's date in `zone` from the system clock: the engine itself has no clock.
pub fn today(zone: Zone) -> Date {
    zone.date_at(now_secs()).unwrap_or(Date::EPOCH)
}

fn now_secs() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64)
}

/// A reference a person can read out on the phone: the form's first word and eight
/// characters of Crockford base 32 (no I, L, O, U), e.g. `LEA-7KQ3-M9XD`.
pub fn new_reference(form_id: &str) -> String {
    const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    let mut bytes = [0u8; 8];
    if getrandom::fill(&mut bytes).is_err() {
        // Without an OS random source, fall back to the clock (still unique enough with
        // the database's unique constraint behind it).
        bytes = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_nanos() as u64)
            .to_le_bytes();
    }
    let prefix: String = form_id
        .split('-')
        .next()
        .unwrap_or("F")
        .chars()
        .take(6)
        .collect::<String>()
        .to_uppercase();
    let chars: String = bytes
        .iter()
        .map(|b| ALPHABET.get(usize::from(b & 31)).copied().unwrap_or(b'0') as char)
        .collect();
    format!(
        "{prefix}-{}-{}",
        chars.get(0..4).unwrap_or(""),
        chars.get(4..8).unwrap_or("")
    )
}

/// Whether a request comes from another origin than the service's own: its `Origin`
/// (browsers send it with every POST) names another host than the one it was sent to.
fn cross_origin(headers: &HeaderMap) -> Option<String> {
    let origin = headers.get(header::ORIGIN)?.to_str().ok()?;
    let host = headers
        .get("x-forwarded-host")
        .or_else(|| headers.get(header::HOST))
        .and_then(|h| h.to_str().ok())
        .unwrap_or_default();
    let authority = origin.split_once("://").map_or(origin, |(_, a)| a);
    (authority != host).then(|| origin.to_owned())
}

/// `POST /api/forms/{form}/submissions` with a [`wire::Envelope`]: 201 [`Accepted`];
/// 422 [`Refusal`] `invalid` with the issues; every other problem a [`Refusal`] with its
/// code. Origin and content type are checked before the body is read; the body is read
/// up to the limit (413 beyond it).
async fn submit(
    State(st): State<Arc<AppState>>,
    UrlPath(form_id): UrlPath<String>,
    ConnectInfo(addr): ConnectInfo<SocketAddr>,
    request: axum::extract::Request,
) -> Response {
    if !st.allow(addr.ip()) {
        return retry_later(StatusCode::TOO_MANY_REQUESTS, ErrorCode::RateLimited);
    }
    let headers = request.headers();
    if let Some(origin) = cross_origin(headers)
        && !st.cfg.allow_origins.contains(&origin)
    {
        return error(StatusCode::FORBIDDEN, ErrorCode::ForbiddenOrigin);
    }
    let json = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split(';').next())
        .is_some_and(|t| t.trim().eq_ignore_ascii_case("application/json"));
    if !json {
        return error(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            ErrorCode::UnsupportedMediaType,
        );
    }
    let Some(lf) = st.forms.get(&form_id) else {
        return error(StatusCode::NOT_FOUND, ErrorCode::UnknownForm);
    };
    let limit = st.cfg.body_limit;
    let Ok(body) = axum::body::to_bytes(request.into_body(), limit).await else {
        let mut r = Refusal::new(ErrorCode::PayloadTooLarge);
        r.max = Some(limit as u64);
        return refuse(StatusCode::PAYLOAD_TOO_LARGE, r);
    };
    // Read as a `json::Node`, which borrows its text from the body: a third of the work of
    // reading it into a `Value` (`cargo xtask bench`: text read and validated).
    let Ok(text) = std::str::from_utf8(&body) else {
        return error(StatusCode::BAD_REQUEST, ErrorCode::MalformedJson);
    };
    let node = match Node::parse(text) {
        Ok(node) => node,
        // Where and what, for the program that sent it.
        Err(e) => return refuse(StatusCode::BAD_REQUEST, Refusal::not_json(text, &e)),
    };
    let Some(envelope) = SentEnvelope::read(&node) else {
        return error(StatusCode::BAD_REQUEST, ErrorCode::FormMismatch);
    };
    if envelope.form_id != Some(form_id.as_str()) {
        return error(StatusCode::BAD_REQUEST, ErrorCode::FormMismatch);
    }
    let Some(key) = envelope.idempotency_key else {
        return error(StatusCode::BAD_REQUEST, ErrorCode::BadIdempotencyKey);
    };
    let (Some(schema_version), Some(locale), Some(submission)) = (
        envelope.schema_version,
        envelope.locale,
        envelope.submission,
    ) else {
        return error(StatusCode::BAD_REQUEST, ErrorCode::MalformedJson);
    };
    if !form_core::wire::key_is_valid(key) {
        return error(StatusCode::BAD_REQUEST, ErrorCode::BadIdempotencyKey);
    }
    if schema_version != lf.form.version {
        let mut r = Refusal::new(ErrorCode::WrongSchemaVersion);
        r.expected = Some(lf.form.version.clone());
        return refuse(StatusCode::CONFLICT, r);
    }
    let View::Object(data) = submission.view() else {
        return error(StatusCode::BAD_REQUEST, ErrorCode::MissingSubmission);
    };
    // Members as sent: a key given twice counts twice here (the engine reads its last).
    if data.len() > st.cfg.max_fields {
        let mut r = Refusal::new(ErrorCode::TooManyFields);
        r.max = Some(st.cfg.max_fields as u64);
        return refuse(StatusCode::BAD_REQUEST, r);
    }
    let locale = lf.form.negotiate(&[locale]);
    let report = lf.form.validate(
        submission,
        &Context {
            today: st.cfg.today.unwrap_or_else(|| today(st.cfg.zone)),
        },
    );
    if !report.valid {
        let mut r = Refusal::new(ErrorCode::Invalid);
        r.issues = report
            .issues
            .into_iter()
            .map(|i| {
                let text = lf.catalog.render_issue(&locale, &i, Some(&lf.form));
                WireIssue::new(i, text)
            })
            .collect();
        r.locale = Some(locale.to_string());
        return refuse(StatusCode::UNPROCESSABLE_ENTITY, r);
    }
    let sub = NewSubmission {
        reference: new_reference(&form_id),
        form_id: form_id.clone(),
        form_version: lf.form.version.clone(),
        locale: locale.to_string(),
        idempotency_key: key.to_owned(),
        received_at: now_secs(),
        data: serde_json::to_string(&report.cleaned).unwrap_or_default(),
    };
    let (reply, wait) = tokio::sync::oneshot::channel();
    if st.writer.try_send((sub, reply)).is_err() {
        return retry_later(StatusCode::SERVICE_UNAVAILABLE, ErrorCode::Busy);
    }
    match wait.await {
        Ok(Ok(Stored::Created(reference) | Stored::Existing(reference))) => (
            StatusCode::CREATED,
            [(header::CACHE_CONTROL, "no-store")],
            axum::Json(Accepted { reference }),
        )
            .into_response(),
        Ok(Err(e)) => {
            let (cat, locale) = &st.said;
            let mut args = form_core::Args::new();
            args.insert("form".into(), form_core::Arg::Str(form_id.clone()));
            args.insert("reason".into(), form_core::Arg::Str(e.to_string()));
            eprintln!(
                "{}",
                form_cli::without_isolates(&cat.text(locale, "server-store-failed", &args))
            );
            error(
                StatusCode::SERVICE_UNAVAILABLE,
                ErrorCode::StorageUnavailable,
            )
        }
        Err(_) => error(
            StatusCode::SERVICE_UNAVAILABLE,
            ErrorCode::StorageUnavailable,
        ),
    }
}

async fn schema(
    State(st): State<Arc<AppState>>,
    UrlPath(file): UrlPath<String>,
    headers: HeaderMap,
) -> Response {
    // `<id>.form`: the compiled form, packed for the embed (form_core::packed).
    if let Some(id) = file.strip_suffix(".form") {
        return match st.forms.get(id) {
            Some(lf) => {
                send_file(&st, &headers, "application/octet-stream", lf.packed.clone()).await
            }
            None => error(StatusCode::NOT_FOUND, ErrorCode::UnknownForm),
        };
    }
    let id = file.strip_suffix(".json").unwrap_or(&file);
    match st.forms.get(id) {
        Some(lf) => (
            [(header::CONTENT_TYPE, "application/json; charset=utf-8")],
            lf.schema.clone(),
        )
            .into_response(),
        None => error(StatusCode::NOT_FOUND, ErrorCode::UnknownForm),
    }
}

async fn form_messages(
    State(st): State<Arc<AppState>>,
    UrlPath((id, tag, file)): UrlPath<(String, String, String)>,
    headers: HeaderMap,
) -> Response {
    let Some(lf) = st.forms.get(&id) else {
        return error(StatusCode::NOT_FOUND, ErrorCode::UnknownForm);
    };
    if file == "first-page.json" && path_part(&tag) {
        return first_page(&st, lf, &tag, &headers).await;
    }
    if !path_part(&tag) || !path_part(&file) || !file.ends_with(".ftl") {
        return error(StatusCode::NOT_FOUND, ErrorCode::NotFound);
    }
    match lf.dir.locales().file(&tag, &file) {
        Some(text) => messages_file(&st, &headers, &text).await,
        None => error(StatusCode::NOT_FOUND, ErrorCode::NotFound),
    }
}

/// A file name or language tag that may be part of a path: letters, digits, `-`, `_`, `.`,
/// never `..`.
fn path_part(s: &str) -> bool {
    !s.is_empty()
        && s.bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_' || b == b'.')
        && !s.contains("..")
}

/// `GET /locales/{tag}/{file}.ftl` and `/locales/languages.ftl`: the engine's messages.
async fn engine_messages(
    State(st): State<Arc<AppState>>,
    UrlPath(rest): UrlPath<String>,
    headers: HeaderMap,
) -> Response {
    let engine = form_files::LocaleTree::new(&st.cfg.locales_dir);
    let text = match rest.split_once('/') {
        None if rest == form_files::LANGUAGE_NAMES => engine.language_names(),
        Some((tag, file)) if path_part(tag) && path_part(file) && file.ends_with(".ftl") => {
            engine.file(tag, file)
        }
        _ => None,
    };
    match text {
        Some(text) => messages_file(&st, &headers, &text).await,
        None => error(StatusCode::NOT_FOUND, ErrorCode::NotFound),
    }
}

/// A message file as browsers get it: without its comments ([`form_files::ftl_for_browser`]).
async fn messages_file(st: &AppState, headers: &HeaderMap, text: &str) -> Response {
    let small = form_files::ftl_for_browser(text);
    send_file(st, headers, "text/plain; charset=utf-8", small.into_bytes()).await
}

/// Brotli at quality 11 (empty if it failed).
fn brotli_11(bytes: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(bytes.len() / 3);
    let params = brotli::enc::BrotliEncoderParams {
        quality: 11,
        lgwin: 22,
        size_hint: bytes.len(),
        ..Default::default()
    };
    match brotli::BrotliCompress(&mut &bytes[..], &mut out, &params) {
        Ok(_) => out,
        Err(_) => Vec::new(),
    }
}

/// A file the embed loads from the service (messages, a packed form, a first page): with
/// an entity tag, so that a browser revalidating it (`no-cache`) gets `304 Not Modified`,
/// and as brotli at quality 11 where the browser takes it, compressed once per content.
async fn send_file(
    st: &AppState,
    headers: &HeaderMap,
    kind: &'static str,
    body: Vec<u8>,
) -> Response {
    use std::hash::{Hash, Hasher};
    // SipHash with fixed keys: the same tag for the same bytes, across restarts.
    let mut h = std::hash::DefaultHasher::new();
    body.hash(&mut h);
    let hash = h.finish();
    let tag = format!("\"{hash:016x}\"");
    let header_has = |name: header::HeaderName, wanted: &str| {
        headers
            .get_all(name)
            .iter()
            .filter_map(|v| v.to_str().ok())
            .flat_map(|v| v.split(','))
            .any(|t| {
                let mut parts = t.split(';');
                let token = parts.next().unwrap_or_default().trim();
                let refused =
                    parts.any(|p| matches!(p.trim(), "q=0" | "q=0.0" | "q=0.00" | "q=0.000"));
                (token == wanted || token == "*") && !refused
            })
    };
    let common = [
        (header::ETAG, tag.clone()),
        (header::VARY, "Accept-Encoding".to_owned()),
    ];
    if header_has(header::IF_NONE_MATCH, &tag) {
        return (StatusCode::NOT_MODIFIED, common).into_response();
    }
    if !header_has(header::ACCEPT_ENCODING, "br") {
        return (common, [(header::CONTENT_TYPE, kind)], body).into_response();
    }
    let cached = st
        .compressed
        .lock()
        .ok()
        .and_then(|c| c.get(&hash).cloned());
    let (body, br) = match cached {
        Some(br) => (body, br),
        // Quality 11 takes milliseconds: off the threads that serve requests.
        None => match tokio::task::spawn_blocking(move || {
            let br = Arc::new(brotli_11(&body));
            (body, br)
        })
        .await
        {
            Ok((body, br)) => {
                if let Ok(mut c) = st.compressed.lock() {
                    // Bounded: files change, forms are few.
                    if c.len() >= 512 {
                        c.clear();
                    }
                    c.insert(hash, br.clone());
                }
                (body, br)
            }
            Err(_) => return error(StatusCode::INTERNAL_SERVER_ERROR, ErrorCode::Internal),
        },
    };
    if br.is_empty() {
        return (common, [(header::CONTENT_TYPE, kind)], body).into_response();
    }
    (
        common,
        [
            (header::CONTENT_TYPE, kind),
            (header::CONTENT_ENCODING, "br"),
        ],
        br.as_ref().clone(),
    )
        .into_response()
}

/// `first-page.json` of a form in one of its languages: its first page as the embed draws
/// it (form_yew_demo::first_page), for the loader to show before the engine is there.
async fn first_page(st: &AppState, lf: &LoadedForm, tag: &str, headers: &HeaderMap) -> Response {
    let Some(locale) = form_core::Locale::parse(tag)
        .ok()
        .filter(|l| lf.dir.locales().tags().iter().any(|t| *t == l.to_string()))
    else {
        return error(StatusCode::NOT_FOUND, ErrorCode::NotFound);
    };
    let today = st.cfg.today.unwrap_or_else(|| today(st.cfg.zone));
    let key = (lf.form.id.clone(), locale.to_string(), today);
    let cached = st
        .first_pages
        .lock()
        .ok()
        .and_then(|c| c.get(&key).cloned());
    let text = match cached {
        Some(text) => text,
        None => {
            let engine = form_files::LocaleTree::new(&st.cfg.locales_dir);
            let (catalog, _) =
                form_files::catalog(&engine, &lf.dir, lf.form.default_locale.clone());
            let form = lf.form.clone();
            // yew's renderer runs its own single-threaded runtime: on a blocking thread.
            let Ok(page) = tokio::task::spawn_blocking(move || {
                form_yew_demo::first_page(&form, catalog, &locale, today).to_string()
            })
            .await
            else {
                return error(StatusCode::INTERNAL_SERVER_ERROR, ErrorCode::Internal);
            };
            if let Ok(mut c) = st.first_pages.lock() {
                c.retain(|k, _| k.2 == today);
                c.insert(key, page.clone());
            }
            page
        }
    };
    send_file(st, headers, "application/json", text.into_bytes()).await
}

/// `GET /api/forms/{form}`: what an embed needs to know besides the schema.
async fn form_info(State(st): State<Arc<AppState>>, UrlPath(id): UrlPath<String>) -> Response {
    let Some(lf) = st.forms.get(&id) else {
        return error(StatusCode::NOT_FOUND, ErrorCode::UnknownForm);
    };
    let locales = lf.dir.locales().tags();
    axum::Json(json!({ "id": lf.form.id, "version": lf.form.version, "defaultLocale": lf.form.default_locale.to_string(), "locales": locales })).into_response()
}

/// The strict Content-Security-Policy of every response: no inline script, no eval, no
/// other origin.
pub const CSP: &str = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self'; \
    connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'; object-src 'none'";

async fn security_headers(mut r: Response) -> Response {
    let h = r.headers_mut();
    h.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(CSP),
    );
    h.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    h.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("no-referrer"),
    );
    r
}

/// Whether a file name carries a content hash (`form-embed.0123456789.wasm`): such a
/// file never changes, so a browser may keep it for a year without asking again.
fn is_hashed(path: &str) -> bool {
    let name = path.rsplit('/').next().unwrap_or(path);
    name.split('.').any(|part| {
        part.len() == 10
            && part
                .bytes()
                .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
    })
}

/// Caching of the embed's files: hashed ones for ever, the rest (the loader
/// `form-embed.js`, whose address hosts write into their pages) checked on every use.
async fn engine_caching(req: axum::extract::Request, next: axum::middleware::Next) -> Response {
    let hashed = is_hashed(req.uri().path());
    let mut r = next.run(req).await;
    if r.status().is_success() || r.status() == StatusCode::NOT_MODIFIED {
        let value = if hashed {
            "public, max-age=31536000, immutable"
        } else {
            "no-cache"
        };
        r.headers_mut()
            .insert(header::CACHE_CONTROL, HeaderValue::from_static(value));
    }
    r
}

/// Anything that does not say how to cache it (pages, packed forms, messages) is kept by
/// the browser but checked on every use: a new form version or message file is seen at once.
async fn default_caching(mut r: Response) -> Response {
    if !r.headers().contains_key(header::CACHE_CONTROL) {
        r.headers_mut()
            .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
    }
    r
}

async fn health(State(st): State<Arc<AppState>>) -> Response {
    axum::Json(json!({ "forms": st.forms.len() })).into_response()
}

/// The service's routes.
pub fn router(state: Arc<AppState>) -> Router {
    let cfg = state.cfg.clone();
    let mut app = Router::new()
        .route("/api/forms/{form}/submissions", post(submit))
        .route("/api/health", get(health))
        .route("/api/forms/{form}", get(form_info))
        .route("/forms/{file}", get(schema))
        .route("/forms/{form}/locales/{tag}/{file}", get(form_messages))
        .route("/locales/{*file}", get(engine_messages));
    if let Some(dist) = &cfg.dist_dir {
        // The embed's files as packaged: brotli 11 and gzip copies beside each file are
        // sent as they are (never compressed again on the fly at a lower level).
        let engine = Router::new()
            .fallback_service(ServeDir::new(dist).precompressed_br().precompressed_gzip())
            .layer(axum::middleware::from_fn(engine_caching));
        app = app.nest("/assets/engine", engine);
    }
    if let Some(site) = &cfg.site_dir {
        app = app.fallback_service(ServeDir::new(site));
    }
    let origins: Vec<HeaderValue> = cfg
        .allow_origins
        .iter()
        .filter_map(|o| HeaderValue::from_str(o).ok())
        .collect();
    let cors = CorsLayer::new()
        .allow_origin(AllowOrigin::list(origins))
        .allow_methods([Method::GET, Method::POST])
        .allow_headers([header::CONTENT_TYPE]);
    app.layer(axum::middleware::map_response(default_caching))
        .layer(axum::middleware::map_response(json_errors))
        .layer(axum::middleware::map_response(security_headers))
        .layer(cors)
        // brotli or gzip for whatever the browser accepts: the embed's wasm shrinks from
        // about 500 KB to under 200 KB on the wire.
        .layer(tower_http::compression::CompressionLayer::new())
        .with_state(state)
}

/// `listener` with TCP_NODELAY set on every connection it accepts. Without it every
/// response on a kept-alive connection waited about 40 ms (measured: 44 ms per small file,
/// 0.6 ms with it): hyper writes a response's head and body separately, Nagle's algorithm
/// holds the second write until the first is acknowledged, and the browser delays that
/// acknowledgement. A socket whose option cannot be set is served anyway (slower, not wrong).
pub fn without_delay(
    listener: tokio::net::TcpListener,
) -> axum::serve::TapIo<tokio::net::TcpListener, fn(&mut tokio::net::TcpStream)> {
    fn no_delay(tcp: &mut tokio::net::TcpStream) {
        let _ = tcp.set_nodelay(true);
    }
    axum::serve::ListenerExt::tap_io(listener, no_delay as fn(&mut tokio::net::TcpStream))
}

/// Opens the store, starts the writer, loads the forms and serves on `listener`.
pub async fn serve(
    listener: tokio::net::TcpListener,
    db: &str,
    cfg: Config,
) -> Result<(), Failure> {
    serve_when_ready(listener, db, cfg, || {}).await
}

/// [`serve`], calling `ready` once the store is open and every form has loaded, just before
/// the first request is taken (the command says "listening" then, not before a form that
/// does not load stops it).
pub async fn serve_when_ready(
    listener: tokio::net::TcpListener,
    db: &str,
    cfg: Config,
    ready: impl FnOnce(),
) -> Result<(), Failure> {
    // The PostgreSQL client runs its own small runtime: open it off the async threads.
    let url = db.to_owned();
    let store = tokio::task::spawn_blocking(move || store::open(&url))
        .await
        .map_err(|e| Failure::Service(e.to_string()))?
        .map_err(|e| Failure::Database(e.to_string()))?;
    let writer = store::spawn_writer(store, cfg.max_batch);
    let forms = load_forms(&cfg)?;
    let state = Arc::new(AppState::new(forms, writer, cfg));
    ready();
    axum::serve(
        without_delay(listener),
        router(state).into_make_service_with_connect_info::<SocketAddr>(),
    )
    .await
    .map_err(|e| Failure::Service(e.to_string()))
}

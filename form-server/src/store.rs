//! Where submissions are kept: one interface, two databases. SQLite in a local file is the
//! embedded default; PostgreSQL is used when the database URL starts with `postgres://`.
//!
//! Writes go through one writer thread that commits submissions in groups ("group
//! commit"): a request is answered only after the transaction holding its submission has
//! been committed, and one commit (one fsync) serves every submission that arrived
//! meanwhile. Migrations run when a store is opened.

use std::fmt;
use std::sync::mpsc;

/// A submission to keep.
#[derive(Clone, Debug)]
pub struct NewSubmission {
    pub reference: String,
    pub form_id: String,
    pub form_version: String,
    pub locale: String,
    pub idempotency_key: String,
    /// Seconds since 1970-01-01 UTC.
    pub received_at: i64,
    /// The cleaned submission, as JSON.
    pub data: String,
}

/// A stored submission, for export.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Row {
    pub reference: String,
    pub form_id: String,
    pub form_version: String,
    pub locale: String,
    pub received_at: i64,
    pub data: String,
}

/// The result of storing one submission.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Stored {
    /// Newly stored under this reference.
    Created(String),
    /// The idempotency key was seen before: the earlier submission's reference.
    Existing(String),
}

/// A storage failure (the message never contains submission data).
#[derive(Debug)]
pub struct StoreError(pub String);

impl fmt::Display for StoreError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for StoreError {}

impl From<rusqlite::Error> for StoreError {
    fn from(e: rusqlite::Error) -> StoreError {
        StoreError(format!("sqlite: {e}"))
    }
}

impl From<postgres::Error> for StoreError {
    fn from(e: postgres::Error) -> StoreError {
        match e.as_db_error() {
            Some(db) => StoreError(format!("postgres: {} ({})", db.message(), db.code().code())),
            None => StoreError(format!("postgres: {e}")),
        }
    }
}

/// The storage interface.
pub trait Store: Send {
    /// Stores a batch in one transaction, in order; each submission whose idempotency key
    /// (per form) was stored before yields the earlier reference.
    fn insert_batch(&mut self, batch: &[NewSubmission]) -> Result<Vec<Stored>, StoreError>;
    /// Submissions of a form received in `[from, to)` (seconds), oldest first.
    fn export(&mut self, form_id: &str, from: i64, to: i64) -> Result<Vec<Row>, StoreError>;
    /// Deletes submissions received before `before` (seconds); returns how many.
    fn purge(&mut self, before: i64) -> Result<u64, StoreError>;
    /// Number of stored submissions (for tests and health).
    fn count(&mut self) -> Result<u64, StoreError>;
}

/// Opens the store a URL names: `postgres://...` or `postgresql://...`, `sqlite:PATH`, or a
/// plain file path (SQLite).
pub fn open(url: &str) -> Result<Box<dyn Store>, StoreError> {
    if url.starts_with("postgres://") || url.starts_with("postgresql://") {
        Ok(Box::new(Postgres::open(url)?))
    } else {
        Ok(Box::new(Sqlite::open(
            url.strip_prefix("sqlite:").unwrap_or(url),
        )?))
    }
}

const SQLITE_MIGRATIONS: &[&str] = &["CREATE TABLE submissions (
        id INTEGER PRIMARY KEY,
        reference TEXT NOT NULL UNIQUE,
        form_id TEXT NOT NULL,
        form_version TEXT NOT NULL,
        locale TEXT NOT NULL,
        idempotency_key TEXT NOT NULL,
        received_at INTEGER NOT NULL,
        data TEXT NOT NULL,
        UNIQUE (form_id, idempotency_key)
    );
    CREATE INDEX submissions_form_time ON submissions (form_id, received_at);"];

const POSTGRES_MIGRATIONS: &[&str] = &["CREATE TABLE submissions (
        id BIGSERIAL PRIMARY KEY,
        reference TEXT NOT NULL UNIQUE,
        form_id TEXT NOT NULL,
        form_version TEXT NOT NULL,
        locale TEXT NOT NULL,
        idempotency_key TEXT NOT NULL,
        received_at BIGINT NOT NULL,
        data TEXT NOT NULL,
        UNIQUE (form_id, idempotency_key)
    );
    CREATE INDEX submissions_form_time ON submissions (form_id, received_at);"];

/// SQLite in a local file: WAL journal, `synchronous = FULL` (a commit is on disk).
#[derive(Debug)]
pub struct Sqlite {
    conn: rusqlite::Connection,
}

impl Sqlite {
    pub fn open(path: &str) -> Result<Sqlite, StoreError> {
        let mut conn = rusqlite::Connection::open(path)?;
        conn.busy_timeout(std::time::Duration::from_secs(10))?;
        conn.pragma_update(None, "journal_mode", "WAL")?;
        conn.pragma_update(None, "synchronous", "FULL")?;
        // One immediate (write-locking) transaction, so that two processes opening the
        // same new file wait for each other instead of deadlocking.
        let tx = conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        tx.execute_batch(
            "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY)",
        )?;
        let done: i64 = tx.query_row(
            "SELECT COALESCE(MAX(version), 0) FROM schema_migrations",
            [],
            |r| r.get(0),
        )?;
        for (i, m) in SQLITE_MIGRATIONS
            .iter()
            .enumerate()
            .skip(usize::try_from(done).unwrap_or(0))
        {
            tx.execute_batch(m)?;
            tx.execute(
                "INSERT INTO schema_migrations (version) VALUES (?1)",
                [i as i64 + 1],
            )?;
        }
        tx.commit()?;
        Ok(Sqlite { conn })
    }
}

impl Store for Sqlite {
    fn insert_batch(&mut self, batch: &[NewSubmission]) -> Result<Vec<Stored>, StoreError> {
        let tx = self.conn.transaction()?;
        let mut out = Vec::with_capacity(batch.len());
        {
            let mut insert = tx.prepare_cached(
                "INSERT INTO submissions (reference, form_id, form_version, locale, idempotency_key, received_at, data)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) ON CONFLICT (form_id, idempotency_key) DO NOTHING",
            )?;
            let mut existing = tx.prepare_cached(
                "SELECT reference FROM submissions WHERE form_id = ?1 AND idempotency_key = ?2",
            )?;
            for s in batch {
                let n = insert.execute(rusqlite::params![
                    s.reference,
                    s.form_id,
                    s.form_version,
                    s.locale,
                    s.idempotency_key,
                    s.received_at,
                    s.data
                ])?;
                if n == 1 {
                    out.push(Stored::Created(s.reference.clone()));
                } else {
                    let r: String =
                        existing.query_row([&s.form_id, &s.idempotency_key], |r| r.get(0))?;
                    out.push(Stored::Existing(r));
                }
            }
        }
        tx.commit()?;
        Ok(out)
    }

    fn export(&mut self, form_id: &str, from: i64, to: i64) -> Result<Vec<Row>, StoreError> {
        let mut q = self.conn.prepare(
            "SELECT reference, form_id, form_version, locale, received_at, data FROM submissions
             WHERE form_id = ?1 AND received_at >= ?2 AND received_at < ?3 ORDER BY received_at, id",
        )?;
        let rows = q.query_map(rusqlite::params![form_id, from, to], |r| {
            Ok(Row {
                reference: r.get(0)?,
                form_id: r.get(1)?,
                form_version: r.get(2)?,
                locale: r.get(3)?,
                received_at: r.get(4)?,
                data: r.get(5)?,
            })
        })?;
        Ok(rows.collect::<Result<Vec<_>, _>>()?)
    }

    fn purge(&mut self, before: i64) -> Result<u64, StoreError> {
        Ok(self
            .conn
            .execute("DELETE FROM submissions WHERE received_at < ?1", [before])? as u64)
    }

    fn count(&mut self) -> Result<u64, StoreError> {
        let n: i64 = self
            .conn
            .query_row("SELECT COUNT(*) FROM submissions", [], |r| r.get(0))?;
        Ok(u64::try_from(n).unwrap_or(0))
    }
}

/// PostgreSQL through one connection (the writer is a single thread; exports and purges
/// open their own).
pub struct Postgres {
    client: postgres::Client,
}

impl fmt::Debug for Postgres {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Postgres")
    }
}

impl Postgres {
    pub fn open(url: &str) -> Result<Postgres, StoreError> {
        let mut client = postgres::Client::connect(url, postgres::NoTls)?;
        client.batch_execute(
            "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY)",
        )?;
        // Concurrent starts of several instances: serialise migrations with an advisory lock.
        let mut tx = client.transaction()?;
        tx.execute("SELECT pg_advisory_xact_lock(74662026)", &[])?;
        let done: i32 = tx
            .query_one(
                "SELECT COALESCE(MAX(version), 0) FROM schema_migrations",
                &[],
            )?
            .get(0);
        for (i, m) in POSTGRES_MIGRATIONS
            .iter()
            .enumerate()
            .skip(usize::try_from(done).unwrap_or(0))
        {
            tx.batch_execute(m)?;
            tx.execute(
                "INSERT INTO schema_migrations (version) VALUES ($1)",
                &[&(i as i32 + 1)],
            )?;
        }
        tx.commit()?;
        Ok(Postgres { client })
    }
}

impl Store for Postgres {
    fn insert_batch(&mut self, batch: &[NewSubmission]) -> Result<Vec<Stored>, StoreError> {
        let mut tx = self.client.transaction()?;
        let insert = tx.prepare(
            "INSERT INTO submissions (reference, form_id, form_version, locale, idempotency_key, received_at, data)
             VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (form_id, idempotency_key) DO NOTHING",
        )?;
        let existing = tx.prepare(
            "SELECT reference FROM submissions WHERE form_id = $1 AND idempotency_key = $2",
        )?;
        let mut out = Vec::with_capacity(batch.len());
        for s in batch {
            let n = tx.execute(
                &insert,
                &[
                    &s.reference,
                    &s.form_id,
                    &s.form_version,
                    &s.locale,
                    &s.idempotency_key,
                    &s.received_at,
                    &s.data,
                ],
            )?;
            if n == 1 {
                out.push(Stored::Created(s.reference.clone()));
            } else {
                let r: String = tx
                    .query_one(&existing, &[&s.form_id, &s.idempotency_key])?
                    .get(0);
                out.push(Stored::Existing(r));
            }
        }
        tx.commit()?;
        Ok(out)
    }

    fn export(&mut self, form_id: &str, from: i64, to: i64) -> Result<Vec<Row>, StoreError> {
        let rows = self.client.query(
            "SELECT reference, form_id, form_version, locale, received_at, data FROM submissions
             WHERE form_id = $1 AND received_at >= $2 AND received_at < $3 ORDER BY received_at, id",
            &[&form_id, &from, &to],
        )?;
        Ok(rows
            .iter()
            .map(|r| Row {
                reference: r.get(0),
                form_id: r.get(1),
                form_version: r.get(2),
                locale: r.get(3),
                received_at: r.get(4),
                data: r.get(5),
            })
            .collect())
    }

    fn purge(&mut self, before: i64) -> Result<u64, StoreError> {
        Ok(self
            .client
            .execute("DELETE FROM submissions WHERE received_at < $1", &[&before])?)
    }

    fn count(&mut self) -> Result<u64, StoreError> {
        let n: i64 = self
            .client
            .query_one("SELECT COUNT(*) FROM submissions", &[])?
            .get(0);
        Ok(u64::try_from(n).unwrap_or(0))
    }
}

/// A request to the writer thread.
pub type Job = (
    NewSubmission,
    tokio::sync::oneshot::Sender<Result<Stored, String>>,
);

/// Starts the writer thread: it takes every job waiting (up to `max_batch`), stores them
/// in one transaction, and only then answers each.
pub fn spawn_writer(mut store: Box<dyn Store>, max_batch: usize) -> mpsc::SyncSender<Job> {
    let (tx, rx) = mpsc::sync_channel::<Job>(max_batch * 4);
    std::thread::spawn(move || {
        while let Ok(first) = rx.recv() {
            let mut jobs = vec![first];
            while jobs.len() < max_batch {
                match rx.try_recv() {
                    Ok(j) => jobs.push(j),
                    Err(_) => break,
                }
            }
            let batch: Vec<NewSubmission> = jobs.iter().map(|(s, _)| s.clone()).collect();
            match store.insert_batch(&batch) {
                Ok(results) => {
                    for ((_, reply), r) in jobs.into_iter().zip(results) {
                        let _ = reply.send(Ok(r));
                    }
                }
                Err(e) => {
                    for (_, reply) in jobs {
                        let _ = reply.send(Err(e.to_string()));
                    }
                }
            }
        }
    });
    tx
}

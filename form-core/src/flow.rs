//! The page flow: which page comes first and which next, where the problems are, the rows
//! of "check your answers", and what a draft may keep. Pure functions of the form, the
//! answers' [`Report`] and [`Visibility`], so that every renderer (the yew embed today, a
//! server-side renderer later) walks the same steps, and the steps are tested natively.
//!
//! The flow follows the GOV.UK "question pages" and "check answers" patterns: errors are
//! shown on the page they belong to; "Continue" on a page with problems stays there; after
//! the last page comes "check your answers", from which "Change" returns to a page and
//! "Continue" there goes back to the check page; sending with problems goes to the first
//! page that has one.

use serde::Serialize;
use serde_json::{Map, Value};

use crate::model::Form;
use crate::types::{Kind, Shown};
use crate::validate::{Issue, Report, Visibility};

/// Where the applicant is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Step {
    /// A page of the form, by index.
    Page(usize),
    /// "Check your answers".
    Check,
    /// Sent, with the service's reference.
    Done(String),
}

/// What "Continue" on a page leads to.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum Next {
    /// Stay on the page and show these issues (they are on it).
    Stay { issues: Vec<Issue> },
    /// Go to this page, showing these issues (none on the way forward; the page's own
    /// when an earlier answer made a later page incomplete).
    Page { page: usize, issues: Vec<Issue> },
    /// Go to "check your answers".
    Check,
}

/// What "Send" on "check your answers" leads to.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum Send {
    /// Everything is valid: send `report.cleaned`.
    Send,
    /// Fix these issues first, on this page (`None`: issues about no field, shown on the
    /// check page).
    Fix {
        page: Option<usize>,
        issues: Vec<Issue>,
    },
}

/// One row of "check your answers".
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum Row {
    /// A question and its answer. `path` is the field's path (for the "Change" link),
    /// `label` the message id of its label.
    Answer {
        path: String,
        label: String,
        value: Shown,
    },
    /// The heading of one item of a group: `label` is the group's item label (message
    /// id), `number` counts from 1.
    Item { label: String, number: usize },
}

/// The answers of one page, for "check your answers".
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Section {
    pub page: usize,
    /// Message id of the page's heading.
    pub heading: String,
    pub rows: Vec<Row>,
}

impl Form {
    /// The pages shown for these answers, in order (by index).
    pub fn visible_pages(&self, vis: &Visibility) -> Vec<usize> {
        self.pages
            .iter()
            .enumerate()
            .filter(|(_, p)| vis.page(&p.id))
            .map(|(i, _)| i)
            .collect()
    }

    /// The page a field path is on (`family_members[1].member_birth_date` is on the
    /// group's page); `None` for issues about the whole submission.
    pub fn page_of(&self, path: &str) -> Option<usize> {
        let top = path.split(['[', '.']).next().unwrap_or(path);
        self.field(top).map(|f| f.page)
    }

    /// The issues of a report that are shown on page `p`: those of its fields, and those
    /// of no field of this form (a submission that is not an object, a service's issue of
    /// a field it knows and this form does not), which every page shows.
    pub fn issues_on_page(&self, issues: &[Issue], p: usize) -> Vec<Issue> {
        issues
            .iter()
            .filter(|i| self.page_of(&i.path).is_none_or(|q| q == p))
            .cloned()
            .collect()
    }

    /// The page where a list of issues (the engine's, or a server's) is shown: the page of
    /// the first issue that has one.
    pub fn page_of_issues(&self, issues: &[Issue]) -> Option<usize> {
        issues.iter().find_map(|i| self.page_of(&i.path))
    }

    /// The first page shown for these answers.
    pub fn first_page(&self, vis: &Visibility) -> Option<usize> {
        self.visible_pages(vis).first().copied()
    }

    /// The page a form is taken up again on in the same tab (the page loaded again: a
    /// reload, a pull to refresh, a phone bringing back a tab it had dropped) when the
    /// applicant was on page `was` (past the last: on "check your answers"): that page
    /// while it is shown, else the last one shown before it; the first page when there is
    /// none, or nothing to take up.
    pub fn resume(&self, vis: &Visibility, was: Option<usize>) -> Option<usize> {
        let pages = self.visible_pages(vis);
        was.and_then(|w| pages.iter().copied().rev().find(|&p| p <= w))
            .or(pages.first().copied())
    }

    /// "Continue" on page `current`. `returning`: the applicant came from "check your
    /// answers" through a "Change" link, and goes back there when this page is done.
    pub fn next(&self, report: &Report, vis: &Visibility, current: usize, returning: bool) -> Next {
        let here = self.issues_on_page(&report.issues, current);
        if !here.is_empty() {
            return Next::Stay { issues: here };
        }
        let pages = self.visible_pages(vis);
        match pages.iter().copied().find(|&p| p > current) {
            Some(page) if !returning => Next::Page {
                page,
                issues: Vec::new(),
            },
            _ => {
                // Back to the first page that still has problems, if any (an answer on a
                // later page may have become required), else to "check your answers".
                match report.issues.first().and_then(|i| self.page_of(&i.path)) {
                    Some(p) if p != current && pages.contains(&p) => Next::Page {
                        page: p,
                        issues: self.issues_on_page(&report.issues, p),
                    },
                    _ => Next::Check,
                }
            }
        }
    }

    /// "Back" from a step: the previous page shown, if any.
    pub fn back(&self, vis: &Visibility, step: &Step) -> Option<usize> {
        let pages = self.visible_pages(vis);
        match step {
            Step::Page(p) => pages.iter().copied().rev().find(|q| q < p),
            Step::Check => pages.last().copied(),
            Step::Done(_) => None,
        }
    }

    /// "Send" on "check your answers".
    pub fn send(&self, report: &Report) -> Send {
        if report.valid {
            return Send::Send;
        }
        match self.page_of_issues(&report.issues) {
            Some(p) => Send::Fix {
                page: Some(p),
                issues: self.issues_on_page(&report.issues, p),
            },
            None => Send::Fix {
                page: None,
                issues: report.issues.clone(),
            },
        }
    }

    /// The rows of "check your answers": every page shown, every field shown on it, with
    /// the answer as stored (`report.cleaned`: normalised, without directional
    /// formatting characters, which is what the applicant confirms).
    pub fn check_answers(&self, report: &Report, vis: &Visibility) -> Vec<Section> {
        let mut out = Vec::new();
        for p in self.visible_pages(vis) {
            let Some(page) = self.pages.get(p) else {
                continue;
            };
            let mut rows = Vec::new();
            for &f in &page.fields {
                let Some(def) = self.fields.get(f) else {
                    continue;
                };
                if !vis.field(&def.id) {
                    continue;
                }
                let value = report.cleaned.get(&def.id).unwrap_or(Value::Null);
                rows.push(Row::Answer {
                    path: def.id.as_ref().to_owned(),
                    label: def.label.clone(),
                    value: def.kind.shown(&value),
                });
                if !matches!(def.kind, Kind::Group(_)) {
                    continue;
                }
                let item_label = def.item_label().to_owned();
                for (n, item) in value.as_array().into_iter().flatten().enumerate() {
                    rows.push(Row::Item {
                        label: item_label.clone(),
                        number: n + 1,
                    });
                    for &c in self.group_items(f) {
                        let path = self.path_of(c, Some(n));
                        let Some(cdef) = self.fields.get(c) else {
                            continue;
                        };
                        if !vis.field(&path) {
                            continue;
                        }
                        let v = item.get(&*cdef.id).unwrap_or(&Value::Null);
                        rows.push(Row::Answer {
                            path,
                            label: cdef.label.clone(),
                            value: cdef.kind.shown(v),
                        });
                    }
                }
            }
            out.push(Section {
                page: p,
                heading: page.heading.clone(),
                rows,
            });
        }
        out
    }

    /// Puts in the empty items a new applicant starts with: as many as a group needs
    /// (`minItems`; at most ten), so that the items' questions are there at once (as in
    /// GOV.UK's "add another" pattern), not behind an "Add" button, and a partnership of at
    /// least two is not told "add at least 2" after filling in one. A group already
    /// answered (a draft's, even emptied) stays as it is.
    pub fn start_groups(&self, answers: &mut Map<String, Value>) {
        for d in self.top.iter().filter_map(|&f| self.fields.get(f)) {
            if let Kind::Group(g) = &d.kind
                && !answers.contains_key(&*d.id)
            {
                let n = g.min_items.unwrap_or(0).min(STARTED_ITEMS_MAX);
                if n > 0 {
                    let mut items = Vec::new();
                    for _ in 0..n {
                        items.push(Value::Object(Map::new()));
                    }
                    answers.insert(d.id.as_ref().to_owned(), Value::Array(items));
                }
            }
        }
    }

    /// What a draft (kept on the applicant's device) may hold: the answers as typed,
    /// without those of fields that are hidden for them (data minimisation). Answers that
    /// are no object keep nothing.
    pub fn draft(&self, answers: &Value, vis: &Visibility) -> Map<String, Value> {
        let Value::Object(answers) = answers else {
            return Map::new();
        };
        let mut kept = answers.clone();
        for f in vis.fields.iter().filter(|f| !f.visible) {
            remove_path(&mut kept, &f.path);
        }
        // Keys that are no field of the form are not kept either.
        kept.retain(|k, _| self.field(k).is_some_and(|d| d.parent.is_none()));
        kept
    }
}

/// The most empty items a group starts with, whatever its `minItems`: a page of a hundred
/// empty items helps nobody, and a schema must not make the browser build them.
const STARTED_ITEMS_MAX: u32 = 10;

/// Removes `a`, or `b` of item `n` for `a[n].b`, from the answers. (With `retain`,
/// which drafts use anyway: `Map::remove` would add its own code to the browser bundle.)
fn remove_path(answers: &mut Map<String, Value>, path: &str) {
    match path.split_once('[') {
        None => {
            answers.retain(|k, _| k != path);
        }
        Some((group, rest)) => {
            let Some((n, child)) = rest.split_once("].") else {
                return;
            };
            let Some(n) =
                crate::text::ascii_number(n.as_bytes()).and_then(|n| usize::try_from(n).ok())
            else {
                return;
            };
            if let Some(item) = answers
                .get_mut(group)
                .and_then(Value::as_array_mut)
                .and_then(|a| a.get_mut(n))
                .and_then(Value::as_object_mut)
            {
                item.retain(|k, _| k != child);
            }
        }
    }
}

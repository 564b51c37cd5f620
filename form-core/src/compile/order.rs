//! Phase 5, order: the order in which visibility can be computed in one pass (every field
//! after the fields its visibility depends on; a cycle is reported with the fields on it),
//! and the id tables ([`Keys`]) the validator looks answers up with.

use super::Compiler;
use crate::codes::DiagCode;
use crate::diag::Diagnostic;
use crate::model::{FieldDef, Keys};

impl Compiler<'_> {
    /// A field depends on what its own condition, its page's condition and its group
    /// read, and on its group itself.
    pub(super) fn visibility_order(&mut self) -> (Vec<usize>, Vec<bool>) {
        let n = self.fields.len();
        // The fields some condition reads: a change to any other cannot change what is shown.
        let mut drives = vec![false; n];
        for &r in self
            .vis_reads
            .iter()
            .chain(&self.page_reads)
            .flat_map(|(_, reads)| reads)
        {
            if let Some(d) = drives.get_mut(r) {
                *d = true;
            }
        }
        let mut edges: Vec<Vec<usize>> = vec![Vec::new(); n];
        for (f, reads) in std::mem::take(&mut self.vis_reads) {
            for r in reads {
                if let Some(e) = edges.get_mut(r) {
                    e.push(f);
                }
            }
        }
        for (pi, reads) in &self.page_reads {
            for (f, def) in self.fields.iter().enumerate() {
                if def.page == *pi {
                    for &r in reads {
                        if let Some(e) = edges.get_mut(r) {
                            e.push(f);
                        }
                    }
                }
            }
        }
        for (f, def) in self.fields.iter().enumerate() {
            if let Some(p) = def.parent
                && let Some(e) = edges.get_mut(p)
            {
                e.push(f);
            }
        }
        let order = match topo_order(&edges) {
            Ok(order) => order,
            Err(cycle) => {
                let names: Vec<&str> = cycle
                    .iter()
                    .filter_map(|&i| self.fields.get(i).map(|f| &*f.id))
                    .collect();
                let first = cycle
                    .first()
                    .and_then(|&i| self.pending.get(i))
                    .map(|p| format!("{}/visibleWhen", p.pointer))
                    .unwrap_or_default();
                let d = Diagnostic::error(DiagCode::VisibilityCycle, first)
                    .arg("cycle", names.join(" → "));
                self.diags.push(d);
                Vec::new()
            }
        };
        (order, drives)
    }
}

/// The ids of `fields` (flat indices), each with its position among them.
pub(super) fn index(all: &[FieldDef], fields: &[usize]) -> Keys {
    Keys::new(
        fields
            .iter()
            .enumerate()
            .filter_map(|(i, &f)| Some((all.get(f)?.id.as_ref().to_owned(), i)))
            .collect(),
    )
}

/// Kahn's algorithm, taking the lowest index first so the order is deterministic.
/// On a cycle, returns the fields of one cycle.
fn topo_order(edges: &[Vec<usize>]) -> Result<Vec<usize>, Vec<usize>> {
    let n = edges.len();
    let mut indeg = vec![0usize; n];
    for targets in edges {
        for &t in targets {
            if let Some(d) = indeg.get_mut(t) {
                *d += 1;
            }
        }
    }
    let mut ready: std::collections::BinaryHeap<std::cmp::Reverse<usize>> = (0..n)
        .filter(|&i| indeg.get(i) == Some(&0))
        .map(std::cmp::Reverse)
        .collect();
    let mut order = Vec::with_capacity(n);
    while let Some(std::cmp::Reverse(i)) = ready.pop() {
        order.push(i);
        for &t in edges.get(i).map(Vec::as_slice).unwrap_or_default() {
            if let Some(d) = indeg.get_mut(t) {
                *d -= 1;
                if *d == 0 {
                    ready.push(std::cmp::Reverse(t));
                }
            }
        }
    }
    if order.len() == n {
        return Ok(order);
    }
    // Walk backwards along unresolved edges until a node repeats: that is a cycle.
    let stuck: Vec<bool> = indeg.iter().map(|&d| d > 0).collect();
    let mut preds: Vec<Vec<usize>> = vec![Vec::new(); n];
    for (s, targets) in edges.iter().enumerate() {
        for &t in targets {
            if stuck.get(s) == Some(&true)
                && let Some(p) = preds.get_mut(t)
            {
                p.push(s);
            }
        }
    }
    let start = stuck.iter().position(|&s| s).unwrap_or(0);
    let mut seen = vec![usize::MAX; n];
    let mut path = Vec::new();
    let mut cur = start;
    while seen.get(cur) == Some(&usize::MAX) {
        if let Some(s) = seen.get_mut(cur) {
            *s = path.len();
        }
        path.push(cur);
        match preds.get(cur).and_then(|p| p.iter().min()) {
            Some(&p) => cur = p,
            None => break,
        }
    }
    let from = seen.get(cur).copied().unwrap_or(0).min(path.len());
    let mut cycle: Vec<usize> = path.get(from..).unwrap_or_default().to_vec();
    cycle.reverse();
    if let Some(&first) = cycle.first() {
        cycle.push(first);
    }
    Err(cycle)
}

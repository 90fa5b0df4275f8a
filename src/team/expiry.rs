//! Certificates across a team: per credential, how many members hold it valid, expiring or
//! expired on the day of the assessment, and the few members whose credentials run out
//! soonest. Fixed size: three counts per credential and a short list.

use serde::{Deserialize, Serialize};

use crate::credentials::{CertState, Date, Window};
use crate::profile::Profile;
use crate::rubric::Rubric;

/// How many of the soonest expiries the summary lists.
pub const SOONEST: usize = 10;

/// One credential that runs out, before it is named.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExpiryEntry {
    /// The first day it is no longer valid.
    pub expires: Date,
    /// The member's place in the input, to keep ties in input order.
    pub record: usize,
    /// Index of the certification.
    pub cert: usize,
    /// Who holds it.
    pub member: String,
    /// Their group.
    pub group: Option<String>,
}

/// Credential states and the soonest expiries, summed over members.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CertTally {
    /// Per certification: members holding it expired, expiring, valid, or earned after the
    /// day of the assessment.
    pub states: Vec<[u64; 4]>,
    /// The soonest expiries still to come, soonest first, at most [`SOONEST`].
    pub soonest: Vec<ExpiryEntry>,
}

impl CertTally {
    /// Empty counts for a rubric.
    pub fn new(rubric: &Rubric) -> CertTally {
        CertTally {
            states: vec![[0; 4]; rubric.certifications.len()],
            soonest: Vec::new(),
        }
    }

    /// Adds one member's credentials; `who` names them, asked only when needed.
    pub fn add(
        &mut self,
        window: Window,
        profile: &Profile,
        record: usize,
        who: &dyn Fn() -> String,
    ) {
        for k in &profile.credentials {
            let state = window.state_of(k);
            self.states[k.cert][state as usize] += 1;
            if matches!(state, CertState::Expired | CertState::Future) {
                continue;
            }
            let Some(expires) = k.expires else { continue };
            // The list is full and this runs out later: no need to name the member.
            if self.soonest.len() == SOONEST
                && self
                    .soonest
                    .last()
                    .is_some_and(|last| last.expires < expires)
            {
                continue;
            }
            let entry = ExpiryEntry {
                expires,
                record,
                cert: k.cert,
                member: who(),
                group: profile.group.clone(),
            };
            if self.soonest.len() == SOONEST
                && self
                    .soonest
                    .last()
                    .is_some_and(|last| key(last) <= key(&entry))
            {
                continue;
            }
            self.soonest.push(entry);
            self.soonest.sort_by(|a, b| key(a).cmp(&key(b)));
            self.soonest.truncate(SOONEST);
        }
    }

    /// Adds another tally's counts and list.
    pub fn merge(&mut self, other: &CertTally) {
        for (a, b) in self.states.iter_mut().zip(&other.states) {
            for (x, y) in a.iter_mut().zip(b) {
                *x += y;
            }
        }
        self.soonest.extend(other.soonest.iter().cloned());
        self.soonest.sort_by(|a, b| key(a).cmp(&key(b)));
        self.soonest.truncate(SOONEST);
    }

    /// Per credential held by anyone, the counts; and the soonest expiries.
    pub fn summary(&self, rubric: &Rubric, window: Window) -> (Vec<TeamCredential>, Vec<Expiry>) {
        let counts = rubric
            .certifications
            .iter()
            .zip(&self.states)
            .filter(|(_, s)| s.iter().any(|&n| n > 0))
            .map(|(c, s)| TeamCredential {
                id: c.id.clone(),
                name: c.name.clone(),
                valid: s[CertState::Valid as usize],
                expiring: s[CertState::Expiring as usize],
                expired: s[CertState::Expired as usize],
                future: s[CertState::Future as usize],
            })
            .collect();
        let soonest = self
            .soonest
            .iter()
            .map(|e| Expiry {
                member: e.member.clone(),
                group: e.group.clone(),
                id: rubric.certifications[e.cert].id.clone(),
                name: rubric.certifications[e.cert].name.clone(),
                expires: e.expires,
                state: window.state(Some(e.expires)),
                days_left: window.as_of.days_until(e.expires),
            })
            .collect();
        (counts, soonest)
    }
}

/// Soonest first; ties in input order, then in rubric order.
/// The order of the soonest expiries: by day, then by member and credential, so that the
/// same team gives the same list in any order (a workbook sorts its people by group).
fn key(e: &ExpiryEntry) -> (Date, &str, &Option<String>, usize, usize) {
    (e.expires, &e.member, &e.group, e.cert, e.record)
}

/// The first of a member's credentials still to run out, and which it is: the member CSV's
/// `next_expiry`.
pub fn next_expiry(window: Window, profile: &Profile) -> Option<(Date, usize)> {
    profile
        .credentials
        .iter()
        .filter(|k| !matches!(window.state_of(k), CertState::Expired | CertState::Future))
        .filter_map(|k| k.expires.map(|e| (e, k.cert)))
        .min()
}

/// One credential across the team.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct TeamCredential {
    /// Certification id.
    pub id: String,
    /// Full name.
    pub name: String,
    /// Members who hold it, valid beyond the expiring window (or without end).
    pub valid: u64,
    /// Members whose credential runs out within the expiring window.
    pub expiring: u64,
    /// Members whose credential has expired: it no longer counts as held.
    pub expired: u64,
    /// Members who list it as earned after the day of the assessment: not held yet.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub future: u64,
}

fn is_zero(n: &u64) -> bool {
    *n == 0
}

/// A credential that runs out soon.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Expiry {
    /// Who holds it.
    pub member: String,
    /// Their group, if named.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group: Option<String>,
    /// Certification id.
    pub id: String,
    /// Full name.
    pub name: String,
    /// The first day it is no longer valid.
    pub expires: Date,
    /// `expiring` or `valid`.
    pub state: CertState,
    /// Days from the day of the assessment to `expires`.
    pub days_left: i64,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::credentials::Credential;

    #[test]
    fn counts_states_and_keeps_the_soonest_by_day_then_member() {
        let r = Rubric::builtin();
        let d = |s: &str| Date::parse(s).unwrap();
        let window = Window {
            as_of: d("2026-11-27"),
            expiring_days: 90,
        };
        let member = |expires: Option<&str>| {
            let mut p = Profile::empty(&r);
            p.credentials = vec![Credential {
                cert: 0,
                earned: None,
                expires: expires.map(d),
            }];
            p
        };
        let mut t = CertTally::new(&r);
        let days = [
            None,
            Some("2026-11-27"),
            Some("2026-11-28"),
            Some("2027-02-25"),
            Some("2027-02-26"),
        ];
        for (i, e) in days.iter().enumerate() {
            t.add(window, &member(*e), i, &|| format!("M{i}"));
        }
        // Twelve more, all later than the first ones and tied on one day.
        let mut later = CertTally::new(&r);
        for i in 0..12 {
            later.add(window, &member(Some("2028-01-01")), 10 + i, &|| {
                format!("L{i:02}")
            });
        }
        // The same members the other way round: ties are ordered by member, not by input.
        let mut reversed = CertTally::new(&r);
        for i in (0..12).rev() {
            reversed.add(window, &member(Some("2028-01-01")), 30 - i, &|| {
                format!("L{i:02}")
            });
        }
        let names = |t: &CertTally| {
            t.soonest
                .iter()
                .map(|e| e.member.clone())
                .collect::<Vec<_>>()
        };
        assert_eq!(names(&later), names(&reversed));
        t.merge(&later);
        assert_eq!(
            t.states[0],
            [1, 2, 2 + 12, 0],
            "expired, expiring, valid, future"
        );
        let (counts, soonest) = t.summary(&r, window);
        assert_eq!(counts.len(), 1);
        assert_eq!(
            (counts[0].valid, counts[0].expiring, counts[0].expired),
            (14, 2, 1)
        );
        let who: Vec<&str> = soonest.iter().map(|e| e.member.as_str()).collect();
        assert_eq!(
            who,
            [
                "M2", "M3", "M4", "L00", "L01", "L02", "L03", "L04", "L05", "L06"
            ]
        );
        assert_eq!(soonest[0].days_left, 1);
        assert_eq!(soonest[1].state, CertState::Expiring);
        assert_eq!(soonest[2].state, CertState::Valid);
        assert_eq!(next_expiry(window, &member(Some("2026-11-27"))), None);
        assert_eq!(
            next_expiry(window, &member(Some("2026-11-28"))),
            Some((d("2026-11-28"), 0))
        );
    }
}

//! Dated credentials: whether a certificate is valid, about to expire or expired on a given
//! day ([`Date`]).
//!
//! Pure, like scoring: the day to judge by (`--as-of`, by default today) is a value the
//! command layer reads from the clock and passes in, so the same input always gives the same
//! answer in tests. Dates are plain calendar days (`2027-05-01`), without time zones: a
//! certificate's `expires` day is the first day it is no longer valid.

use serde::{Deserialize, Serialize};

pub use crate::date::Date;

/// The day to judge credentials by, and how far ahead "expiring" looks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Window {
    /// The day of the assessment (`--as-of`).
    pub as_of: Date,
    /// A credential that runs out within this many days is expiring (`--expiring-days`).
    pub expiring_days: u32,
}

/// Where a held credential stands on the day of the assessment.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    Serialize,
    Deserialize,
    schemars::JsonSchema,
)]
#[serde(rename_all = "lowercase")]
pub enum CertState {
    /// Past its `expires` day: it no longer counts as held.
    Expired,
    /// Still valid, but runs out within the window.
    Expiring,
    /// Valid, or without an end date.
    Valid,
    /// Earned after the day of the assessment: not held yet (a mistyped day, most often).
    Future,
}

impl CertState {
    /// The state as a word.
    pub fn as_str(self) -> &'static str {
        match self {
            CertState::Expired => "expired",
            CertState::Expiring => "expiring",
            CertState::Valid => "valid",
            CertState::Future => "earned in the future",
        }
    }
}

impl Window {
    /// The state of a listed credential: [`Window::state`] of its end, unless it was earned
    /// after the day of the assessment, when it is not held yet.
    pub fn state_of(self, credential: &Credential) -> CertState {
        match credential.earned {
            Some(earned) if earned > self.as_of => CertState::Future,
            _ => self.state(credential.expires),
        }
    }

    /// The state of a credential that expires on `expires` (never, when `None`). On its
    /// `expires` day it is expired; `expiring_days` days before it, it is expiring; one day
    /// earlier still, valid.
    pub fn state(self, expires: Option<Date>) -> CertState {
        let Some(expires) = expires else {
            return CertState::Valid;
        };
        let left = self.as_of.days_until(expires);
        if left <= 0 {
            CertState::Expired
        } else if left <= i64::from(self.expiring_days) {
            CertState::Expiring
        } else {
            CertState::Valid
        }
    }
}

/// One credential a person lists, with its dates once known.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Credential {
    /// Index of the certification in the rubric.
    pub cert: usize,
    /// When it was earned, if given.
    pub earned: Option<Date>,
    /// The first day it is no longer valid: given, or `earned` plus the rubric's
    /// `valid_years`; `None` when it does not expire (or nothing says when).
    pub expires: Option<Date>,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        Date::parse(s).unwrap()
    }

    #[test]
    fn dates_read_and_write_as_iso_days() {
        assert_eq!(d("1970-01-01").days(), 0);
        assert_eq!(d("2024-02-29").to_string(), "2024-02-29");
        assert_eq!(d("2000-03-01").days() - d("2000-02-28").days(), 2);
        for bad in [
            "2023-02-29",
            "2024-13-01",
            "2024-00-10",
            "2024-1-01",
            "24-05-01",
            "2024/05/01",
            "0204-05-01",
            "2024-05-01T00:00",
            "+024-05-01",
            "",
        ] {
            assert_eq!(Date::parse(bad), None, "{bad}");
        }
        for days in [-1000, 0, 59, 60, 11_000, 20_000, 40_000] {
            let date = Date::from_days(days);
            assert_eq!(Date::parse(&date.to_string()), Some(date));
        }
    }

    #[test]
    fn years_are_added_on_the_same_day_and_leap_days_fall_back() {
        assert_eq!(d("2024-05-01").add_years(3), d("2027-05-01"));
        assert_eq!(d("2024-02-29").add_years(1), d("2025-02-28"));
        assert_eq!(d("2024-02-29").add_years(4), d("2028-02-29"));
    }

    #[test]
    fn expiry_at_the_day_boundaries() {
        let w = Window {
            as_of: d("2026-11-27"),
            expiring_days: 90,
        };
        assert_eq!(w.state(None), CertState::Valid);
        assert_eq!(
            w.state(Some(d("2026-11-26"))),
            CertState::Expired,
            "yesterday"
        );
        assert_eq!(w.state(Some(d("2026-11-27"))), CertState::Expired, "today");
        assert_eq!(
            w.state(Some(d("2026-11-28"))),
            CertState::Expiring,
            "tomorrow"
        );
        let in_90 = Date::from_days(d("2026-11-27").days() + 90);
        assert_eq!(in_90, d("2027-02-25"));
        assert_eq!(
            w.state(Some(in_90)),
            CertState::Expiring,
            "in exactly 90 days"
        );
        assert_eq!(
            w.state(Some(Date::from_days(in_90.days() + 1))),
            CertState::Valid,
            "in 91 days"
        );
        let none_ahead = Window {
            expiring_days: 0,
            ..w
        };
        assert_eq!(none_ahead.state(Some(d("2026-11-28"))), CertState::Valid);
        assert_eq!(none_ahead.state(Some(d("2026-11-27"))), CertState::Expired);
    }
}

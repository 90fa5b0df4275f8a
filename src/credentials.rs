//! Dated credentials: calendar dates, and whether a certificate is valid, about to expire or
//! expired on a given day.
//!
//! Pure, like scoring: the day to judge by (`--as-of`, by default today) is a value the
//! command layer reads from the clock and passes in, so the same input always gives the same
//! answer in tests. Dates are plain calendar days (`2027-05-01`), without time zones: a
//! certificate's `expires` day is the first day it is no longer valid.

use std::fmt;

use serde::{Deserialize, Serialize};

/// A calendar day, as days since 1970-01-01 (the proleptic Gregorian calendar).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date(i32);

/// The earliest and latest years a date may name: a typo such as `0204-05-01` or
/// `20245-05-01` is refused rather than read as a credential from antiquity.
const YEARS: std::ops::RangeInclusive<i32> = 1900..=2200;

impl Date {
    /// The day `year-month-day`, if it exists.
    pub fn from_ymd(year: i32, month: u32, day: u32) -> Option<Date> {
        if !YEARS.contains(&year) || !(1..=12).contains(&month) {
            return None;
        }
        if day == 0 || day > days_in_month(year, month) {
            return None;
        }
        Some(Date(days_from_civil(year, month, day)))
    }

    /// Reads `YYYY-MM-DD`; `None` for anything else (another layout, a day that does not
    /// exist, a year outside 1900-2200).
    pub fn parse(text: &str) -> Option<Date> {
        let b = text.as_bytes();
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return None;
        }
        let digits = |r: std::ops::Range<usize>| -> Option<u32> {
            let part = &text[r];
            part.bytes()
                .all(|c| c.is_ascii_digit())
                .then(|| part.parse().ok())
                .flatten()
        };
        let (y, m, d) = (digits(0..4)?, digits(5..7)?, digits(8..10)?);
        Date::from_ymd(y as i32, m, d)
    }

    /// The day `days` days since 1970-01-01.
    pub fn from_days(days: i32) -> Date {
        Date(days)
    }

    /// Days since 1970-01-01.
    pub fn days(self) -> i32 {
        self.0
    }

    /// Year, month and day.
    pub fn ymd(self) -> (i32, u32, u32) {
        civil_from_days(self.0)
    }

    /// The same day `years` years later; 29 February becomes 28 February in a year that has
    /// none (a credential earned on a leap day runs out a day early, never late).
    pub fn add_years(self, years: u32) -> Date {
        let (y, m, d) = self.ymd();
        let y = y + years as i32;
        let d = d.min(days_in_month(y, m));
        Date(days_from_civil(y, m, d))
    }

    /// Days from `self` to `later` (negative when `later` is earlier).
    pub fn days_until(self, later: Date) -> i64 {
        i64::from(later.0) - i64::from(self.0)
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (y, m, d) = self.ymd();
        write!(f, "{y:04}-{m:02}-{d:02}")
    }
}

impl Serialize for Date {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        Date::parse(&text).ok_or_else(|| {
            serde::de::Error::custom(format!(
                "\"{}\" is not a date; write it as YYYY-MM-DD, such as 2027-05-01",
                crate::text::terminal_safe(&text)
            ))
        })
    }
}

impl schemars::JsonSchema for Date {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Date".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "A calendar day, YYYY-MM-DD.",
            "type": "string",
            "format": "date"
        })
    }
}

fn is_leap(y: i32) -> bool {
    (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
}

fn days_in_month(y: i32, m: u32) -> u32 {
    match m {
        2 if is_leap(y) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Howard Hinnant's `days_from_civil`.
fn days_from_civil(y: i32, m: u32, d: u32) -> i32 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = m as i32;
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + d as i32 - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// Howard Hinnant's `civil_from_days`.
fn civil_from_days(z: i32) -> (i32, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    (if m <= 2 { y + 1 } else { y }, m, d)
}

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
}

impl CertState {
    /// The state as a word.
    pub fn as_str(self) -> &'static str {
        match self {
            CertState::Expired => "expired",
            CertState::Expiring => "expiring",
            CertState::Valid => "valid",
        }
    }
}

impl Window {
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

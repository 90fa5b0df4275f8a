//! Calendar days (`2027-05-01`, ISO 8601), as certificates, reviews and `--as-of` give them,
//! and the rules that depend on them alone: a credential's expiry after so many years, and
//! whether a review is stale.
//!
//! Pure: today's date is read from the clock by the commands ([`crate::settings`]), never
//! here, so that every rule is tested with the date as a value. Dates are plain days,
//! without time zones.

use std::fmt;

use serde::{Deserialize, Serialize};

/// How many months back a review stays current: one older than this before the as-of date
/// is marked stale (and still used).
pub const STALE_AFTER_MONTHS: u32 = 12;

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

    /// Reads `YYYY-MM-DD` like [`Date::parse`]; the message says what is wrong and what is
    /// accepted.
    pub fn parse_explained(text: &str) -> Result<Date, String> {
        let expected = "write the date as YYYY-MM-DD, such as 2026-11-20";
        let b = text.as_bytes();
        let digits = |r: std::ops::Range<usize>| b[r].iter().all(u8::is_ascii_digit);
        let layout = b.len() == 10
            && b[4] == b'-'
            && b[7] == b'-'
            && digits(0..4)
            && digits(5..7)
            && digits(8..10);
        if !layout {
            return Err(format!(
                "\"{}\" is not a date; {expected}",
                crate::text::terminal_safe(text)
            ));
        }
        Date::parse(text).ok_or_else(|| {
            let year: i32 = text[0..4].parse().unwrap_or(0);
            if YEARS.contains(&year) {
                format!(
                    "{text} is not a day of the calendar (check the month and the day); {expected}"
                )
            } else {
                format!(
                    "{text} is not a year from {} to {}; {expected}",
                    YEARS.start(),
                    YEARS.end()
                )
            }
        })
    }

    /// The same day `months` months earlier; the last day of the month when that month is
    /// shorter (12 months before 2028-02-29 is 2027-02-28).
    pub fn months_before(self, months: u32) -> Date {
        let (y, m, d) = self.ymd();
        let total = i64::from(y) * 12 + i64::from(m - 1) - i64::from(months);
        let year = total.div_euclid(12) as i32;
        let month = (total.rem_euclid(12) + 1) as u32;
        Date(days_from_civil(
            year,
            month,
            d.min(days_in_month(year, month)),
        ))
    }

    /// Whether a review dated `self` is stale on `as_of`: older than
    /// [`STALE_AFTER_MONTHS`] months before it. A review exactly 12 months old is not.
    pub fn is_stale_on(self, as_of: Date) -> bool {
        self < as_of.months_before(STALE_AFTER_MONTHS)
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

#[cfg(test)]
mod tests {
    use super::*;

    fn d(text: &str) -> Date {
        Date::parse_explained(text).unwrap()
    }

    #[test]
    fn iso_days_are_read_and_written_back() {
        assert_eq!(d("2026-11-20"), Date::from_ymd(2026, 11, 20).unwrap());
        assert_eq!(d("2024-02-29").to_string(), "2024-02-29");
        for bad in [
            "2026-11-2",
            "20261120",
            "2026/11/20",
            "2026-13-01",
            "2026-02-29",
            "2026-04-31",
            "0000-01-01",
            " 2026-11-20",
            "2026-11-20T10:00",
            "२०२६-११-२०",
        ] {
            let e = Date::parse_explained(bad).unwrap_err();
            assert!(e.contains("YYYY-MM-DD"), "{bad}: {e}");
        }
    }

    #[test]
    fn the_clock_counts_days_from_1970() {
        assert_eq!(Date::from_days(0), d("1970-01-01"));
        assert_eq!(Date::from_days(-1), d("1969-12-31"));
        assert_eq!(Date::from_days(19_782), d("2024-02-29"));
        assert_eq!(Date::from_days(20_784), d("2026-11-27"));
    }

    #[test]
    fn a_review_is_stale_only_when_older_than_twelve_months() {
        let as_of = d("2026-11-27");
        assert!(!d("2025-11-27").is_stale_on(as_of), "exactly 12 months");
        assert!(d("2025-11-26").is_stale_on(as_of), "a day more");
        assert!(!d("2026-11-27").is_stale_on(as_of));
        assert!(
            !d("2027-01-01").is_stale_on(as_of),
            "after the date: not stale"
        );
        // A leap day: 12 months before 2028-02-29 is 2027-02-28.
        let leap = d("2028-02-29");
        assert_eq!(leap.months_before(12), d("2027-02-28"));
        assert!(!d("2027-02-28").is_stale_on(leap));
        assert!(d("2027-02-27").is_stale_on(leap));
        assert_eq!(d("2026-01-15").months_before(1), d("2025-12-15"));
    }
}

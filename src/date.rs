//! Calendar days: ISO 8601 dates (`2026-11-20`) as reviews carry them, and the one rule that
//! depends on them, whether a review is stale.
//!
//! Pure: today's date is read from the clock by the commands ([`crate::settings`]), never
//! here, so that every rule is tested with the date as a value.

use std::fmt;

/// How many months back a review stays current: one older than this before the as-of date
/// is marked stale (and still used).
pub const STALE_AFTER_MONTHS: u32 = 12;

/// A day of the Gregorian calendar.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Day {
    /// The year, 1 to 9999.
    pub year: u16,
    /// The month, 1 to 12.
    pub month: u8,
    /// The day of the month, 1 to 31.
    pub day: u8,
}

fn is_leap(year: u16) -> bool {
    (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400)
}

/// Days in a month of a year.
fn days_in(year: u16, month: u8) -> u8 {
    match month {
        2 if is_leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

impl Day {
    /// A day, if it exists.
    pub fn new(year: u16, month: u8, day: u8) -> Option<Day> {
        ((1..=9999).contains(&year)
            && (1..=12).contains(&month)
            && (1..=days_in(year, month)).contains(&day))
        .then_some(Day { year, month, day })
    }

    /// Reads an ISO 8601 calendar date in its extended form, `YYYY-MM-DD`, the only form
    /// skillgap writes. The message says what is wrong and what is accepted.
    pub fn parse(text: &str) -> Result<Day, String> {
        let expected = "write the date as YYYY-MM-DD, such as 2026-11-20";
        let b = text.as_bytes();
        let digits = |r: std::ops::Range<usize>| b[r].iter().all(u8::is_ascii_digit);
        if b.len() != 10
            || b[4] != b'-'
            || b[7] != b'-'
            || !digits(0..4)
            || !digits(5..7)
            || !digits(8..10)
        {
            return Err(format!(
                "\"{}\" is not a date; {expected}",
                crate::text::terminal_safe(text)
            ));
        }
        let year: u16 = text[0..4].parse().unwrap_or(0);
        let month: u8 = text[5..7].parse().unwrap_or(0);
        let day: u8 = text[8..10].parse().unwrap_or(0);
        Day::new(year, month, day).ok_or_else(|| {
            format!("{text} is not a day of the calendar (check the month and the day); {expected}")
        })
    }

    /// The day `days` days after 1970-01-01 (negative: before), as the system clock counts.
    pub fn from_unix_days(days: i64) -> Day {
        // Howard Hinnant's civil_from_days.
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z.rem_euclid(146_097);
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let year = yoe + era * 400 + i64::from(month <= 2);
        Day {
            year: year.clamp(1, 9999) as u16,
            month,
            day,
        }
    }

    /// The same day `months` months earlier; the last day of the month when that month is
    /// shorter (12 months before 2028-02-29 is 2027-02-28).
    pub fn months_before(self, months: u32) -> Day {
        let total = i64::from(self.year) * 12 + i64::from(self.month - 1) - i64::from(months);
        let year = total.div_euclid(12).clamp(1, 9999) as u16;
        let month = (total.rem_euclid(12) + 1) as u8;
        Day {
            year,
            month,
            day: self.day.min(days_in(year, month)),
        }
    }

    /// Whether a review dated `self` is stale on `as_of`: older than
    /// [`STALE_AFTER_MONTHS`] months before it. A review exactly 12 months old is not.
    pub fn is_stale_on(self, as_of: Day) -> bool {
        self < as_of.months_before(STALE_AFTER_MONTHS)
    }
}

impl fmt::Display for Day {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(text: &str) -> Day {
        Day::parse(text).unwrap()
    }

    #[test]
    fn iso_days_are_read_and_written_back() {
        assert_eq!(d("2026-11-20"), Day::new(2026, 11, 20).unwrap());
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
            let e = Day::parse(bad).unwrap_err();
            assert!(e.contains("YYYY-MM-DD"), "{bad}: {e}");
        }
    }

    #[test]
    fn the_clock_counts_days_from_1970() {
        assert_eq!(Day::from_unix_days(0), d("1970-01-01"));
        assert_eq!(Day::from_unix_days(-1), d("1969-12-31"));
        assert_eq!(Day::from_unix_days(19_782), d("2024-02-29"));
        assert_eq!(Day::from_unix_days(20_784), d("2026-11-27"));
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

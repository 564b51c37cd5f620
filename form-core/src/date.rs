//! Calendar dates without time zones (proleptic Gregorian), written out so that the
//! engine needs no date crate and behaves identically in wasm and natively.

use std::fmt;

/// A calendar date. Years 1..=9999 only: that is what a form can ask for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    year: i32,
    month: u8,
    day: u8,
}

/// Why a date could not be made.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DateError {
    /// Not of the shape `YYYY-MM-DD`.
    Syntax,
    /// Well-formed, but no such day (31 April, 29 February 2023, year 0).
    NoSuchDay,
}

pub(crate) fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

pub(crate) fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(year) => 29,
        2 => 28,
        _ => 0,
    }
}

impl Date {
    /// `YYYY-MM-DD`, as [`Display`](fmt::Display) writes it.
    pub fn iso(&self) -> String {
        iso(self.year, Some(self.month), Some(self.day))
    }

    pub const MIN_YEAR: i32 = 1;
    pub const MAX_YEAR: i32 = 9999;
    /// 1970-01-01.
    pub const EPOCH: Date = Date {
        year: 1970,
        month: 1,
        day: 1,
    };

    /// A date from its parts, if that day exists.
    pub fn new(year: i32, month: u8, day: u8) -> Result<Date, DateError> {
        if !(Self::MIN_YEAR..=Self::MAX_YEAR).contains(&year)
            || !(1..=12).contains(&month)
            || day == 0
            || day > days_in_month(year, month)
        {
            return Err(DateError::NoSuchDay);
        }
        Ok(Date { year, month, day })
    }

    /// Parses exactly `YYYY-MM-DD` (ISO 8601 calendar date, four-digit year).
    pub fn parse_iso(s: &str) -> Result<Date, DateError> {
        let b = s.as_bytes();
        if b.len() != 10 || b.get(4) != Some(&b'-') || b.get(7) != Some(&b'-') {
            return Err(DateError::Syntax);
        }
        let num = |r: std::ops::Range<usize>| -> Result<i32, DateError> {
            let part = s.get(r).ok_or(DateError::Syntax)?;
            crate::text::ascii_number(part.as_bytes())
                .and_then(|n| i32::try_from(n).ok())
                .ok_or(DateError::Syntax)
        };
        let (y, m, d) = (num(0..4)?, num(5..7)?, num(8..10)?);
        Date::new(y, m as u8, d as u8)
    }

    pub fn year(self) -> i32 {
        self.year
    }
    pub fn month(self) -> u8 {
        self.month
    }
    pub fn day(self) -> u8 {
        self.day
    }

    /// Days since 1970-01-01 (Howard Hinnant's `days_from_civil`).
    pub fn to_days(self) -> i64 {
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i64::from(self.month);
        let mp = (m + 9) % 12;
        let doy = (153 * mp + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The inverse of [`Date::to_days`]; `None` outside years 1..=9999.
    pub fn from_days(days: i64) -> Option<Date> {
        let z = days.checked_add(719_468)?;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let d = doy - (153 * mp + 2) / 5 + 1;
        let m = if mp < 10 { mp + 3 } else { mp - 9 };
        let y = yoe + era * 400 + i64::from(m <= 2);
        let year = i32::try_from(y).ok()?;
        Date::new(year, m as u8, d as u8).ok()
    }

    pub fn add_days(self, n: i64) -> Option<Date> {
        Date::from_days(self.to_days().checked_add(n)?)
    }

    /// Adds calendar months; the day is clamped to the end of a shorter month
    /// (31 January + 1 month = 28/29 February).
    pub fn add_months(self, n: i64) -> Option<Date> {
        let total = i64::from(self.year) * 12 + i64::from(self.month) - 1 + n;
        let year = i32::try_from(total.div_euclid(12)).ok()?;
        let month = (total.rem_euclid(12) + 1) as u8;
        if !(Self::MIN_YEAR..=Self::MAX_YEAR).contains(&year) {
            return None;
        }
        let day = self.day.min(days_in_month(year, month));
        Date::new(year, month, day).ok()
    }

    pub fn add_years(self, n: i64) -> Option<Date> {
        self.add_months(n.checked_mul(12)?)
    }

    /// Whole years from `self` to `later` (a person's age on `later` when `self` is the
    /// birth date). Someone born on 29 February has their birthday on 1 March in common years.
    pub fn whole_years_until(self, later: Date) -> i64 {
        let mut years = i64::from(later.year) - i64::from(self.year);
        if (later.month, later.day) < (self.month, self.day) {
            years -= 1;
        }
        years
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&iso(self.year, Some(self.month), Some(self.day)))
    }
}

/// `YYYY`, `YYYY-MM` or `YYYY-MM-DD` written digit by digit: every cleaned date is
/// written this way, and the formatting machinery costs ten times as much.
fn iso(year: i32, month: Option<u8>, day: Option<u8>) -> String {
    let mut out = String::with_capacity(10);
    let Some(y) = u16::try_from(year).ok().filter(|y| *y <= 9999) else {
        return format!("{year:04}");
    };
    let push = |out: &mut String, n: u16, width: u32| {
        for place in (0..width).rev() {
            let digit = (n / 10u16.pow(place)) % 10;
            out.push(char::from(b'0' + digit as u8));
        }
    };
    push(&mut out, y, 4);
    if let Some(m) = month {
        out.push('-');
        push(&mut out, u16::from(m), 2);
        if let Some(d) = day {
            out.push('-');
            push(&mut out, u16::from(d), 2);
        }
    }
    out
}

/// Which parts of a date an answer has: the year; the year and month; or all three.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Precision {
    Year,
    YearMonth,
    Full,
}

impl Precision {
    /// The names a schema uses (`precision` of a partial date).
    pub const NAMES: &'static [&'static str] = &["year", "year-month", "full"];

    pub fn parse(name: &str) -> Option<Precision> {
        match name {
            "year" => Some(Precision::Year),
            "year-month" => Some(Precision::YearMonth),
            "full" => Some(Precision::Full),
            _ => None,
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Precision::Year => "year",
            Precision::YearMonth => "year-month",
            Precision::Full => "full",
        }
    }

    pub fn from_tag(tag: u8) -> Option<Precision> {
        [Precision::Year, Precision::YearMonth, Precision::Full]
            .get(usize::from(tag))
            .copied()
    }
}

impl crate::bytes::Pack for Precision {
    fn pack(&self, w: &mut Vec<u8>) {
        w.push(*self as u8);
    }
}

impl crate::bytes::Unpack for Precision {
    fn unpack(r: &mut crate::bytes::Reader) -> Option<Self> {
        Precision::from_tag(r.byte()?)
    }
}

/// A date of which the day, or the day and the month, may be unknown, as on many
/// identity documents. Written `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct PartialDate {
    pub year: i32,
    pub month: Option<u8>,
    pub day: Option<u8>,
}

impl PartialDate {
    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, as [`Display`](fmt::Display) writes it.
    pub fn iso(&self) -> String {
        iso(self.year, self.month, self.day)
    }

    pub fn new(year: i32, month: Option<u8>, day: Option<u8>) -> Result<PartialDate, DateError> {
        if !(Date::MIN_YEAR..=Date::MAX_YEAR).contains(&year) {
            return Err(DateError::NoSuchDay);
        }
        match (month, day) {
            (None, None) => {}
            (None, Some(_)) => return Err(DateError::Syntax),
            (Some(m), None) if (1..=12).contains(&m) => {}
            (Some(_), None) => return Err(DateError::NoSuchDay),
            (Some(m), Some(d)) => {
                Date::new(year, m, d)?;
            }
        }
        Ok(PartialDate { year, month, day })
    }

    pub fn parse_iso(s: &str) -> Result<PartialDate, DateError> {
        match s.len() {
            10 => {
                let d = Date::parse_iso(s)?;
                Ok(PartialDate {
                    year: d.year,
                    month: Some(d.month),
                    day: Some(d.day),
                })
            }
            7 | 4 => {
                let y = s.get(0..4).ok_or(DateError::Syntax)?;
                let year = crate::text::ascii_number(y.as_bytes())
                    .and_then(|n| i32::try_from(n).ok())
                    .ok_or(DateError::Syntax)?;
                let month = if s.len() == 7 {
                    let m = s.get(5..7).ok_or(DateError::Syntax)?;
                    if s.as_bytes().get(4) != Some(&b'-') {
                        return Err(DateError::Syntax);
                    }
                    Some(
                        crate::text::ascii_number(m.as_bytes())
                            .and_then(|n| u8::try_from(n).ok())
                            .ok_or(DateError::Syntax)?,
                    )
                } else {
                    None
                };
                PartialDate::new(year, month, None)
            }
            _ => Err(DateError::Syntax),
        }
    }

    /// Which parts this date has.
    pub fn precision(self) -> Precision {
        match (self.month, self.day) {
            (Some(_), Some(_)) => Precision::Full,
            (Some(_), None) => Precision::YearMonth,
            _ => Precision::Year,
        }
    }

    /// The earliest full date this partial date can stand for.
    pub fn earliest(self) -> Date {
        Date::new(self.year, self.month.unwrap_or(1), self.day.unwrap_or(1)).unwrap_or(Date {
            year: self.year,
            month: 1,
            day: 1,
        })
    }

    /// The latest full date this partial date can stand for.
    pub fn latest(self) -> Date {
        let m = self.month.unwrap_or(12);
        let d = self.day.unwrap_or_else(|| days_in_month(self.year, m));
        Date::new(self.year, m, d).unwrap_or(Date {
            year: self.year,
            month: 12,
            day: 31,
        })
    }
}

impl fmt::Display for PartialDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&iso(self.year, self.month, self.day))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_iso_digit_by_digit_as_the_formatter_would() {
        for (y, m, d) in [
            (1, 1, 1),
            (9, 12, 31),
            (999, 2, 28),
            (2024, 2, 29),
            (9999, 12, 31),
        ] {
            let date = Date::new(y, m, d).expect("a day");
            assert_eq!(date.iso(), format!("{y:04}-{m:02}-{d:02}"));
            assert_eq!(date.to_string(), date.iso());
            let year = PartialDate::new(y, None, None).expect("a year");
            assert_eq!(year.iso(), format!("{y:04}"));
            let month = PartialDate::new(y, Some(m), None).expect("a month");
            assert_eq!(month.iso(), format!("{y:04}-{m:02}"));
        }
    }

    #[test]
    fn round_trips_days() {
        for days in [-719_162_i64, -1, 0, 1, 11_016, 18_262, 2_932_896] {
            let d = Date::from_days(days).expect("in range");
            assert_eq!(d.to_days(), days, "{d}");
        }
        assert_eq!(
            Date::from_days(0).map(|d| d.to_string()).as_deref(),
            Some("1970-01-01")
        );
        assert_eq!(Date::from_days(-719_163), None);
    }

    #[test]
    fn parses_only_real_days() {
        assert!(Date::parse_iso("2020-02-29").is_ok());
        assert_eq!(Date::parse_iso("2019-02-29"), Err(DateError::NoSuchDay));
        assert_eq!(Date::parse_iso("2019-04-31"), Err(DateError::NoSuchDay));
        assert_eq!(Date::parse_iso("0000-01-01"), Err(DateError::NoSuchDay));
        assert_eq!(Date::parse_iso("2019-4-01"), Err(DateError::Syntax));
        assert_eq!(Date::parse_iso("+019-04-01"), Err(DateError::Syntax));
        assert_eq!(Date::parse_iso("２０１９-04-01"), Err(DateError::Syntax));
    }

    #[test]
    fn ages_and_months() {
        let born = Date::parse_iso("2000-02-29").expect("valid");
        assert_eq!(
            born.whole_years_until(Date::parse_iso("2018-02-28").expect("v")),
            17
        );
        assert_eq!(
            born.whole_years_until(Date::parse_iso("2018-03-01").expect("v")),
            18
        );
        let jan31 = Date::parse_iso("2021-01-31").expect("valid");
        assert_eq!(
            jan31.add_months(1).map(|d| d.to_string()).as_deref(),
            Some("2021-02-28")
        );
        assert_eq!(
            jan31.add_years(-1).map(|d| d.to_string()).as_deref(),
            Some("2020-01-31")
        );
        assert_eq!(jan31.add_years(10_000), None);
    }

    #[test]
    fn partial_dates() {
        let p = PartialDate::parse_iso("1980-02").expect("valid");
        assert_eq!(p.earliest().to_string(), "1980-02-01");
        assert_eq!(p.latest().to_string(), "1980-02-29");
        assert_eq!(
            PartialDate::parse_iso("1980")
                .expect("v")
                .latest()
                .to_string(),
            "1980-12-31"
        );
        assert!(PartialDate::parse_iso("1980-13").is_err());
        assert!(PartialDate::new(1980, None, Some(3)).is_err());
    }
}

/// Time zones whose "today" the services can use. The engine itself never reads a clock;
/// these turn a Unix time given by the caller into a calendar date.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Zone {
    Utc,
    /// Central European Time with the EU's summer time (Berlin, Vienna, Paris, Warsaw…):
    /// UTC+1, and UTC+2 from 01:00 UTC on the last Sunday of March to 01:00 UTC on the last
    /// Sunday of October.
    CentralEurope,
}

impl Zone {
    /// `UTC`, or an IANA name of a central European zone (`Europe/Berlin`).
    pub fn parse(name: &str) -> Option<Zone> {
        match name {
            "UTC" | "Etc/UTC" => Some(Zone::Utc),
            "Europe/Berlin" | "Europe/Vienna" | "Europe/Paris" | "Europe/Warsaw"
            | "Europe/Amsterdam" | "Europe/Brussels" | "Europe/Rome" | "Europe/Madrid"
            | "Europe/Prague" | "Europe/Copenhagen" | "Europe/Stockholm" | "Europe/Oslo"
            | "Europe/Zurich" | "Europe/Luxembourg" | "CET" => Some(Zone::CentralEurope),
            _ => None,
        }
    }

    /// The calendar date in this zone at `unix_secs` (seconds since 1970-01-01 UTC).
    pub fn date_at(self, unix_secs: i64) -> Option<Date> {
        let offset = match self {
            Zone::Utc => 0,
            Zone::CentralEurope => {
                let utc_day = Date::from_days(unix_secs.div_euclid(86_400))?;
                let last_sunday = |month: u8| -> Option<i64> {
                    let last =
                        Date::new(utc_day.year(), month, days_in_month(utc_day.year(), month))
                            .ok()?;
                    // 1970-01-01 was a Thursday: weekday 0 = Monday … 6 = Sunday.
                    let weekday = (last.to_days() + 3).rem_euclid(7);
                    Some((last.to_days() - (weekday - 6).rem_euclid(7)) * 86_400 + 3_600)
                };
                let summer = unix_secs >= last_sunday(3)? && unix_secs < last_sunday(10)?;
                if summer { 7_200 } else { 3_600 }
            }
        };
        Date::from_days((unix_secs + offset).div_euclid(86_400))
    }
}

#[cfg(test)]
mod zone_tests {
    use super::*;

    fn secs(date: &str, hour: i64, minute: i64) -> i64 {
        Date::parse_iso(date).expect("valid").to_days() * 86_400 + hour * 3_600 + minute * 60
    }

    #[test]
    fn berlin_dates() {
        let z = Zone::CentralEurope;
        let d = |s: i64| z.date_at(s).map(|d| d.to_string()).unwrap_or_default();
        // Winter: UTC+1.
        assert_eq!(d(secs("2021-01-14", 22, 59)), "2021-01-14");
        assert_eq!(d(secs("2021-01-14", 23, 0)), "2021-01-15");
        // Summer time began 2021-03-28 01:00 UTC; summer: UTC+2.
        assert_eq!(d(secs("2021-03-28", 0, 59)), "2021-03-28");
        assert_eq!(d(secs("2021-06-30", 22, 0)), "2021-07-01");
        assert_eq!(d(secs("2021-06-30", 21, 59)), "2021-06-30");
        // It ended 2021-10-31 01:00 UTC.
        assert_eq!(d(secs("2021-10-30", 22, 30)), "2021-10-31");
        assert_eq!(d(secs("2021-10-31", 22, 30)), "2021-10-31");
        assert_eq!(d(secs("2021-10-31", 23, 0)), "2021-11-01");
        assert_eq!(
            Zone::Utc
                .date_at(secs("2021-06-30", 23, 30))
                .map(|d| d.to_string())
                .as_deref(),
            Some("2021-06-30")
        );
        assert_eq!(Zone::parse("Europe/Berlin"), Some(Zone::CentralEurope));
        assert_eq!(Zone::parse("America/New_York"), None);
    }
}

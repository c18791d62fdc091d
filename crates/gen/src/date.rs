//! Calendar days as a count since 1970-01-01, and the ways news copy writes them.

/// A calendar day, counted from 1970-01-01 (day 0, a Thursday).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Day(pub i64);

pub const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

pub const MONTHS_SHORT: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

pub const WEEKDAYS: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

impl Day {
    /// The day of a civil date (proleptic Gregorian), after Howard Hinnant's
    /// `days_from_civil`.
    pub fn from_ymd(y: i64, m: u32, d: u32) -> Day {
        let y = if m <= 2 { y - 1 } else { y };
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i64::from(m);
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(d) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        Day(era * 146_097 + doe - 719_468)
    }

    /// (year, month 1–12, day 1–31).
    pub fn ymd(self) -> (i64, u32, u32) {
        let z = self.0 + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
        let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
        let y = yoe + era * 400 + i64::from(m <= 2);
        (y, m, d)
    }

    /// 0 = Monday … 6 = Sunday.
    pub fn weekday(self) -> usize {
        (self.0 + 3).rem_euclid(7) as usize
    }

    pub fn plus(self, days: i64) -> Day {
        Day(self.0 + days)
    }

    /// `2022-01-10`, the front-matter form.
    pub fn iso(self) -> String {
        let (y, m, d) = self.ymd();
        format!("{y:04}-{m:02}-{d:02}")
    }

    pub fn year(self) -> i64 {
        self.ymd().0
    }

    /// `Jan 10, 2022`.
    pub fn short_us(self) -> String {
        let (y, m, d) = self.ymd();
        format!("{} {d}, {y}", MONTHS_SHORT[m as usize - 1])
    }

    /// `January 10, 2022`.
    pub fn long_us(self) -> String {
        let (y, m, d) = self.ymd();
        format!("{} {d}, {y}", MONTHS[m as usize - 1])
    }

    /// `10 January 2022`.
    pub fn long_uk(self) -> String {
        let (y, m, d) = self.ymd();
        format!("{d} {} {y}", MONTHS[m as usize - 1])
    }

    /// `January 10`, no year, as in running text.
    pub fn month_day(self) -> String {
        let (_, m, d) = self.ymd();
        format!("{} {d}", MONTHS[m as usize - 1])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_and_weekdays() {
        assert_eq!(Day::from_ymd(1970, 1, 1), Day(0));
        assert_eq!(Day(0).weekday(), 3);
        let d = Day::from_ymd(2022, 1, 10);
        assert_eq!(d.iso(), "2022-01-10");
        assert_eq!(WEEKDAYS[d.weekday()], "Monday");
        assert_eq!(Day::from_ymd(2024, 2, 29).plus(1).iso(), "2024-03-01");
        for n in 16_000..21_000 {
            let (y, m, d) = Day(n).ymd();
            assert_eq!(Day::from_ymd(y, m, d), Day(n));
        }
    }
}

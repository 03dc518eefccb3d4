//! A clinic's time zone: an IANA name whose UTC offsets come from a `ZoneRules` source.
//!
//! Why a seam: chrono-tz compiles every IANA zone, expanded to 2037, into the binary
//! (about 110 KB gzip of the edge's 1 MB budget, BENCHMARKS.md "Edge worker size"). The
//! Workers runtime already carries the same data in its ICU, behind `Intl.DateTimeFormat`.
//! So the domain asks one question, "what is this zone's offset at this UTC instant", and
//! the caller answers it: chrono-tz natively and in tests (cargo feature `tz-data`, on by
//! default), the runtime's `Intl` on the edge, which builds the domain without it and
//! installs its source at start ([`install`]).
//!
//! `Zone` implements chrono's `TimeZone`, so office hours, reports and replies keep
//! chrono's local-time arithmetic; the one thing built here is the local-to-UTC lookup
//! (gaps and overlaps around DST changes), from UTC offsets alone.

use std::fmt;
use std::sync::OnceLock;

use chrono::{
    DateTime, Duration, FixedOffset, MappedLocalTime, NaiveDate, NaiveDateTime, Offset, TimeZone,
};

/// Where UTC offsets come from.
pub trait ZoneRules: Sync {
    /// The offset of IANA zone `zone` at the UTC instant `utc`; `None` when the zone is
    /// unknown to this source.
    fn utc_offset(&self, zone: &str, utc: NaiveDateTime) -> Option<FixedOffset>;
}

static INSTALLED: OnceLock<&'static dyn ZoneRules> = OnceLock::new();

/// Makes `rules` the source every [`Zone::parse`] uses from now on. The first call wins
/// (the edge calls it once per isolate, at start).
pub fn install(rules: &'static dyn ZoneRules) {
    let _ = INSTALLED.set(rules);
}

/// The installed source, else the built-in one: chrono-tz with `tz-data`, or one that
/// knows only UTC without it (so a build that forgot [`install`] refuses every other
/// zone loudly instead of answering in UTC).
fn rules() -> &'static dyn ZoneRules {
    INSTALLED.get().copied().unwrap_or(&BUILT_IN)
}

#[cfg(feature = "tz-data")]
static BUILT_IN: TzData = TzData;
#[cfg(not(feature = "tz-data"))]
static BUILT_IN: UtcOnly = UtcOnly;

/// chrono-tz's compiled IANA database.
#[cfg(feature = "tz-data")]
#[derive(Debug, Clone, Copy)]
pub struct TzData;

#[cfg(feature = "tz-data")]
impl ZoneRules for TzData {
    fn utc_offset(&self, zone: &str, utc: NaiveDateTime) -> Option<FixedOffset> {
        let tz: chrono_tz::Tz = zone.parse().ok()?;
        Some(tz.offset_from_utc_datetime(&utc).fix())
    }
}

/// Knows only `UTC`.
#[cfg(not(feature = "tz-data"))]
#[derive(Debug, Clone, Copy)]
struct UtcOnly;

#[cfg(not(feature = "tz-data"))]
impl ZoneRules for UtcOnly {
    fn utc_offset(&self, zone: &str, _utc: NaiveDateTime) -> Option<FixedOffset> {
        (zone == "UTC").then(|| FixedOffset::east_opt(0).expect("zero is in range"))
    }
}

/// A named IANA time zone, checked against its rules source when parsed.
#[derive(Clone, Copy)]
pub struct Zone<'a> {
    name: &'a str,
    rules: &'static dyn ZoneRules,
}

/// The zone was not found in the rules source.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown time zone {0:?}")]
pub struct UnknownZone(pub String);

impl<'a> Zone<'a> {
    /// UTC, which every source knows.
    pub const UTC: Zone<'static> = Zone {
        name: "UTC",
        rules: &FixedUtc,
    };

    /// The zone named `name` in the installed source.
    pub fn parse(name: &'a str) -> Result<Zone<'a>, UnknownZone> {
        Zone::parse_with(name, rules())
    }

    /// The zone named `name` in `rules`.
    pub fn parse_with(
        name: &'a str,
        rules: &'static dyn ZoneRules,
    ) -> Result<Zone<'a>, UnknownZone> {
        let zone = Zone { name, rules };
        match rules.utc_offset(name, DateTime::UNIX_EPOCH.naive_utc()) {
            Some(_) => Ok(zone),
            None => Err(UnknownZone(name.to_string())),
        }
    }

    pub fn name(&self) -> &'a str {
        self.name
    }

    /// The offset at a UTC instant. A zone was found when parsed; should its source stop
    /// answering (an instant out of its range), UTC is the answer rather than a panic.
    fn fixed_at(&self, utc: NaiveDateTime) -> FixedOffset {
        self.rules
            .utc_offset(self.name, utc)
            .unwrap_or(FixedOffset::east_opt(0).expect("zero is in range"))
    }

    fn offset(&self, fixed: FixedOffset) -> ZoneOffset<'a> {
        ZoneOffset { zone: *self, fixed }
    }
}

/// The source behind [`Zone::UTC`].
struct FixedUtc;

impl ZoneRules for FixedUtc {
    fn utc_offset(&self, _zone: &str, _utc: NaiveDateTime) -> Option<FixedOffset> {
        FixedOffset::east_opt(0)
    }
}

impl fmt::Debug for Zone<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name)
    }
}

impl PartialEq for Zone<'_> {
    fn eq(&self, other: &Self) -> bool {
        self.name == other.name
    }
}

/// A zone's offset at one instant; it keeps the zone so dates stay in it.
#[derive(Debug, Clone, Copy)]
pub struct ZoneOffset<'a> {
    zone: Zone<'a>,
    fixed: FixedOffset,
}

impl Offset for ZoneOffset<'_> {
    fn fix(&self) -> FixedOffset {
        self.fixed
    }
}

/// As `+01:00`: formats here never name the zone's abbreviation.
impl fmt::Display for ZoneOffset<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.fixed, f)
    }
}

impl<'a> TimeZone for Zone<'a> {
    type Offset = ZoneOffset<'a>;

    fn from_offset(offset: &ZoneOffset<'a>) -> Zone<'a> {
        offset.zone
    }

    fn offset_from_local_date(&self, local: &NaiveDate) -> MappedLocalTime<ZoneOffset<'a>> {
        self.offset_from_local_datetime(&local.and_time(chrono::NaiveTime::MIN))
    }

    /// The offsets valid for a local time: one, two on a fall-back (earlier instant
    /// first), none inside a spring-forward gap. Offsets only change at transitions days
    /// apart, so a local time's candidates are the offsets a day either side of it; a
    /// candidate holds when the instant it gives has that offset.
    fn offset_from_local_datetime(&self, local: &NaiveDateTime) -> MappedLocalTime<ZoneOffset<'a>> {
        let day = Duration::days(1);
        let mut valid: Vec<(NaiveDateTime, FixedOffset)> = Vec::with_capacity(2);
        for probe in [*local - day, *local, *local + day] {
            let candidate = self.fixed_at(probe);
            let utc = *local - Duration::seconds(i64::from(candidate.local_minus_utc()));
            if self.fixed_at(utc) == candidate && !valid.iter().any(|(at, _)| *at == utc) {
                valid.push((utc, candidate));
            }
        }
        crate::sorting::sort_by_key(&mut valid, |(utc, _)| *utc);
        match valid[..] {
            [] => MappedLocalTime::None,
            [(_, only)] => MappedLocalTime::Single(self.offset(only)),
            [(_, earlier), .., (_, later)] => {
                MappedLocalTime::Ambiguous(self.offset(earlier), self.offset(later))
            }
        }
    }

    fn offset_from_utc_date(&self, utc: &NaiveDate) -> ZoneOffset<'a> {
        self.offset_from_utc_datetime(&utc.and_time(chrono::NaiveTime::MIN))
    }

    fn offset_from_utc_datetime(&self, utc: &NaiveDateTime) -> ZoneOffset<'a> {
        self.offset(self.fixed_at(*utc))
    }
}

#[cfg(all(test, feature = "tz-data"))]
mod tests {
    use super::*;

    /// Zones with DST both ways round the year, half-hour and 45-minute offsets, a
    /// 30-minute DST shift (Lord Howe), and none.
    const ZONES: [&str; 9] = [
        "Europe/London",
        "Europe/Berlin",
        "America/New_York",
        "America/St_Johns",
        "Australia/Sydney",
        "Australia/Lord_Howe",
        "Asia/Kathmandu",
        "Asia/Tokyo",
        "UTC",
    ];

    /// Every quarter hour of 2026 in local time, mapped to UTC by this module from
    /// offsets alone and by chrono-tz from its own transition table: the same answers,
    /// gaps and overlaps included. The edge's `Intl` source answers the same offsets.
    #[test]
    fn local_times_map_to_utc_as_chrono_tz_maps_them() {
        for name in ZONES {
            let zone = Zone::parse_with(name, &TzData).unwrap();
            let tz: chrono_tz::Tz = name.parse().unwrap();
            let start = NaiveDate::from_ymd_opt(2026, 1, 1)
                .unwrap()
                .and_time(chrono::NaiveTime::MIN);
            let mut ambiguous = 0;
            let mut gaps = 0;
            for step in 0..(365 * 96) {
                let local = start + Duration::minutes(15 * step);
                let ours = zone.from_local_datetime(&local).map(|t| t.naive_utc());
                let theirs = tz.from_local_datetime(&local).map(|t| t.naive_utc());
                assert_eq!(ours, theirs, "{name} {local}");
                match theirs {
                    MappedLocalTime::Ambiguous(..) => ambiguous += 1,
                    MappedLocalTime::None => gaps += 1,
                    MappedLocalTime::Single(_) => {}
                }
                let utc = local;
                assert_eq!(
                    zone.offset_from_utc_datetime(&utc).fix(),
                    tz.offset_from_utc_datetime(&utc).fix(),
                    "{name} {utc} UTC"
                );
            }
            let shifts = !matches!(name, "Asia/Kathmandu" | "Asia/Tokyo" | "UTC");
            assert_eq!(ambiguous > 0, shifts, "{name}: fall-back hours seen");
            assert_eq!(gaps > 0, shifts, "{name}: spring-forward hours seen");
        }
    }

    #[test]
    fn unknown_zones_are_refused_and_utc_is_always_known() {
        assert_eq!(
            Zone::parse_with("Europe/Atlantis", &TzData).unwrap_err(),
            UnknownZone("Europe/Atlantis".into())
        );
        assert!(Zone::parse_with("", &TzData).is_err());
        assert_eq!(Zone::parse("UTC").unwrap().name(), "UTC");
        let noon = NaiveDate::from_ymd_opt(2026, 7, 1)
            .unwrap()
            .and_hms_opt(12, 0, 0)
            .unwrap();
        assert_eq!(
            Zone::UTC
                .offset_from_utc_datetime(&noon)
                .fix()
                .local_minus_utc(),
            0
        );
    }
}

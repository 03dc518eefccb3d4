//! Time-zone offsets from the runtime's `Intl.DateTimeFormat` (workerd carries ICU's full
//! zone data), so the edge links no zone tables of its own (`frontdesk_domain::zone`).

use chrono::{FixedOffset, NaiveDateTime};
use frontdesk_domain::zone::ZoneRules;
use wasm_bindgen::prelude::wasm_bindgen;

#[wasm_bindgen(inline_js = r#"
const formats = new Map();

// One formatter per zone, kept for the isolate's life: building one costs far more than
// formatting with it, and a clinic's zone is asked for on every office-hours check.
function format_for(zone) {
  let format = formats.get(zone);
  if (format === undefined) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone: zone, hourCycle: 'h23', era: 'short', year: 'numeric', month: 'numeric',
      day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric',
    });
    formats.set(zone, format);
  }
  return format;
}

// The zone's offset from UTC in seconds at `millis` since the epoch (whole seconds), or
// NaN when the runtime knows no such zone (Intl throws a RangeError for one).
export function zone_offset_seconds(zone, millis) {
  let format;
  try {
    format = format_for(zone);
  } catch (error) {
    if (error instanceof RangeError) return NaN;
    throw error;
  }
  const parts = {};
  for (const { type, value } of format.formatToParts(millis)) parts[type] = value;
  const year = parts.era === 'BC' ? 1 - Number(parts.year) : Number(parts.year);
  const local = new Date(0);
  local.setUTCFullYear(year, Number(parts.month) - 1, Number(parts.day));
  local.setUTCHours(Number(parts.hour), Number(parts.minute), Number(parts.second), 0);
  return Math.round((local.getTime() - Math.floor(millis / 1000) * 1000) / 1000);
}
"#)]
extern "C" {
    fn zone_offset_seconds(zone: &str, millis: f64) -> f64;
}

/// The runtime's zone data, asked through `Intl`.
pub struct IntlZones;

impl ZoneRules for IntlZones {
    fn utc_offset(&self, zone: &str, utc: NaiveDateTime) -> Option<FixedOffset> {
        let seconds = zone_offset_seconds(zone, utc.and_utc().timestamp_millis() as f64);
        if !seconds.is_finite() {
            return None;
        }
        FixedOffset::east_opt(seconds as i32)
    }
}

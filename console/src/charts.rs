//! Chart geometry for the reports screen: pure arithmetic, drawn as SVG by the component.

/// One bar of a column chart, in the chart's own units.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Bar {
    pub x: f64,
    pub y: f64,
    pub width: f64,
    pub height: f64,
}

/// Columns for `values` in a `width` × `height` box, tallest touching the top, with a
/// `gap` between columns. Zero values get no height; an all-zero chart stays flat.
pub fn columns(values: &[u32], width: f64, height: f64, gap: f64) -> Vec<Bar> {
    if values.is_empty() {
        return Vec::new();
    }
    let slot = width / values.len() as f64;
    let bar_width = (slot - gap).max(1.0);
    let tallest = values.iter().copied().max().unwrap_or(0).max(1);
    values
        .iter()
        .enumerate()
        .map(|(i, &value)| {
            let bar_height = height * f64::from(value) / f64::from(tallest);
            Bar {
                x: i as f64 * slot + (slot - bar_width) / 2.0,
                y: height - bar_height,
                width: bar_width,
                height: bar_height,
            }
        })
        .collect()
}

// The figures below are rounded to whole numbers before formatting: formatting an `f64`
// links core's float printing (about 15 KB raw, BENCHMARKS.md "Console size, round 3").

/// A share as a whole percentage ("83%"), or a dash when there is nothing to count.
/// Halves go to the even neighbour, as `{:.0}` rounded.
pub fn percent(share: Option<f64>) -> String {
    share.map_or_else(
        || "–".to_owned(),
        |share| format!("{}%", (share * 100.0).round_ties_even() as i64),
    )
}

/// A figure with one decimal ("4.3"), the tenths rounded half to even.
pub fn one_decimal(value: f64) -> String {
    let tenths = (value * 10.0).round_ties_even() as i64;
    let sign = if tenths < 0 { "-" } else { "" };
    format!("{sign}{}.{}", (tenths / 10).abs(), (tenths % 10).abs())
}

/// Minutes for people: "45 min", "2 h 5 min", or a dash.
pub fn minutes(value: Option<f64>) -> String {
    let Some(value) = value else {
        return "–".to_owned();
    };
    let whole = value.round() as i64;
    if whole < 60 {
        format!("{whole} min")
    } else if whole % 60 == 0 {
        format!("{} h", whole / 60)
    } else {
        format!("{} h {} min", whole / 60, whole % 60)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_tallest_column_fills_the_box_and_zero_stays_flat() {
        let bars = columns(&[0, 5, 10], 30.0, 100.0, 2.0);
        assert_eq!(bars.len(), 3);
        assert_eq!(bars[0].height, 0.0);
        assert_eq!(bars[0].y, 100.0);
        assert_eq!(bars[1].height, 50.0);
        assert_eq!((bars[2].height, bars[2].y), (100.0, 0.0));
        assert_eq!(bars[1].width, 8.0);
        assert_eq!(bars[1].x, 11.0, "centred in its 10-unit slot");
    }

    #[test]
    fn all_zero_and_empty_charts_draw_nothing_tall() {
        assert!(columns(&[], 10.0, 10.0, 1.0).is_empty());
        assert!(columns(&[0, 0], 10.0, 10.0, 1.0)
            .iter()
            .all(|bar| bar.height == 0.0));
    }

    #[test]
    fn figures_read_like_people_say_them() {
        assert_eq!(percent(Some(4.0 / 6.0)), "67%");
        assert_eq!(percent(None), "–");
        assert_eq!(
            percent(Some(0.125)),
            "12%",
            "a half goes to the even neighbour"
        );
        assert_eq!(one_decimal(13.0 / 3.0), "4.3");
        assert_eq!(one_decimal(4.96), "5.0");
        assert_eq!(one_decimal(1.25), "1.2");
        assert_eq!(one_decimal(-0.5), "-0.5");
        assert_eq!(minutes(Some(9.6)), "10 min");
        assert_eq!(minutes(Some(120.0)), "2 h");
        assert_eq!(minutes(Some(125.0)), "2 h 5 min");
        assert_eq!(minutes(None), "–");
    }
}

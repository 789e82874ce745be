//! Reading numbers as people type them (full-width digits from a Japanese
//! keyboard, a comma for a decimal point, the unit typed after the number)
//! and showing stored integers in the units people read.

/// Turns "３．２５", "3,25" or "3.25 kg" into 3.25. `unit` is the field's own
/// unit, which may be typed after the number and is ignored.
pub fn parse_decimal(input: &str, unit: &str) -> Option<f64> {
    let normalised: String = input
        .trim()
        .chars()
        .map(|c| match c {
            '０'..='９' => char::from_u32(c as u32 - '０' as u32 + '0' as u32).unwrap_or(c),
            '．' | '，' | ',' => '.',
            'ｇ' => 'g',
            'ｋ' => 'k',
            'ｃ' => 'c',
            'ｍ' => 'm',
            _ => c,
        })
        .collect();
    let number = normalised
        .trim()
        .strip_suffix(unit)
        .unwrap_or(&normalised)
        .trim();
    parse_plain_decimal(number)
}

/// "12.345" → 12.345, by hand: the standard float parser and formatter add
/// tens of kilobytes to the app for numbers that never need them.
fn parse_plain_decimal(number: &str) -> Option<f64> {
    let (whole, fraction) = number.split_once('.').unwrap_or((number, ""));
    if (whole.is_empty() && fraction.is_empty()) || whole.len() > 9 || fraction.len() > 6 {
        return None;
    }
    let digits = |s: &str| {
        s.bytes().try_fold(0u64, |n, b| {
            b.is_ascii_digit().then(|| n * 10 + (b - b'0') as u64)
        })
    };
    let scale = 10u64.pow(fraction.len() as u32);
    Some(crate::json::decimal_to_f64(digits(whole)? * scale + digits(fraction)?, -(fraction.len() as i32)))
}

/// `value` with up to `decimals` decimals and no trailing zeros, without float formatting.
pub fn decimal_text(value: f64, decimals: u32) -> String {
    let scale = 10i64.pow(decimals);
    let scaled = (value * scale as f64).round() as i64;
    let text = format!(
        "{}.{:0width$}",
        scaled / scale,
        (scaled % scale).abs(),
        width = decimals as usize
    );
    trim_decimal(text)
}

/// 3250 → "3.25" (kg from grams), trailing zeros dropped.
pub fn grams_as_kg(grams: u32) -> String {
    trim_decimal(format!("{}.{:03}", grams / 1000, grams % 1000))
}

/// 495 → "49.5" (cm from millimetres).
pub fn mm_as_cm(mm: u32) -> String {
    trim_decimal(format!("{}.{}", mm / 10, mm % 10))
}

pub fn trim_decimal(s: String) -> String {
    if s.contains('.') {
        s.trim_end_matches('0').trim_end_matches('.').to_owned()
    } else {
        s
    }
}

/// 04:12, without chrono's strftime machinery.
pub fn hhmm(t: chrono::NaiveTime) -> String {
    use chrono::Timelike;
    format!("{:02}:{:02}", t.hour(), t.minute())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_read_as_typed_on_a_phone() {
        assert_eq!(parse_decimal("3.25", "kg"), Some(3.25));
        assert_eq!(parse_decimal("３．２５", "kg"), Some(3.25));
        assert_eq!(parse_decimal(" 3,25 ", "kg"), Some(3.25));
        assert_eq!(parse_decimal("3.25kg", "kg"), Some(3.25));
        assert_eq!(parse_decimal("3250 g", "g"), Some(3250.0));
        assert_eq!(parse_decimal("49.5cm", "cm"), Some(49.5));
        assert_eq!(parse_decimal("", "kg"), None);
        assert_eq!(parse_decimal("-3", "kg"), None);
        assert_eq!(parse_decimal("3.2.1", "kg"), None);
        assert_eq!(parse_decimal("abc", "kg"), None);
        assert_eq!(parse_decimal("1e3", "kg"), None);
        assert_eq!(parse_decimal(".5", "kg"), Some(0.5));
        assert_eq!(parse_decimal("12.", "kg"), Some(12.0));
        assert_eq!(parse_decimal(".", "kg"), None);
        assert_eq!(decimal_text(0.3, 2), "0.3");
        assert_eq!(decimal_text(6500.0, 2), "6500");
        assert_eq!(decimal_text(1.26, 1), "1.3");
    }

    proptest::proptest! {
        /// The nearest f64 to what was typed, as the standard parser would give.
        #[test]
        fn a_typed_decimal_is_the_nearest_number(whole in 0u64..1_000_000_000, fraction in "[0-9]{0,6}") {
            let typed = format!("{whole}.{fraction}");
            proptest::prop_assert_eq!(parse_decimal(&typed, "kg"), Some(typed.parse::<f64>().unwrap()));
        }
    }

    #[test]
    fn stored_integers_read_back_in_display_units() {
        assert_eq!(grams_as_kg(3250), "3.25");
        assert_eq!(grams_as_kg(12000), "12");
        assert_eq!(grams_as_kg(9875), "9.875");
        assert_eq!(mm_as_cm(495), "49.5");
        assert_eq!(mm_as_cm(800), "80");
    }
}

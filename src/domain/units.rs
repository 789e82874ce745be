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
    let number = normalised.trim().strip_suffix(unit).unwrap_or(&normalised).trim();
    if number.is_empty() || !number.chars().all(|c| c.is_ascii_digit() || c == '.') || number.matches('.').count() > 1 {
        return None;
    }
    number.parse::<f64>().ok().filter(|v| v.is_finite())
}

/// 3250 → "3.25" (kg from grams), trailing zeros dropped.
pub fn grams_as_kg(grams: u32) -> String {
    trim_decimal(format!("{:.3}", grams as f64 / 1000.0))
}

/// 495 → "49.5" (cm from millimetres).
pub fn mm_as_cm(mm: u32) -> String {
    trim_decimal(format!("{:.1}", mm as f64 / 10.0))
}

pub fn trim_decimal(s: String) -> String {
    if s.contains('.') {
        s.trim_end_matches('0').trim_end_matches('.').to_owned()
    } else {
        s
    }
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

//! The growth chart's lines and dots are what a parent reads it by, so they
//! need WCAG 2.1's 3:1 contrast for graphics (1.4.11) against the chart's
//! white. axe checks the contrast of text only, not SVG strokes, so this test
//! reads the colours from the stylesheet. The grid is decoration and exempt.

fn stylesheet() -> String {
    std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/style/main.css")).expect("style/main.css")
}

/// The value of a `--name: #rrggbb;` custom property, as sRGB 0-255.
fn colour(css: &str, name: &str) -> [u8; 3] {
    let start = css.find(&format!("{name}:")).unwrap_or_else(|| panic!("{name} is not in main.css"));
    let hex = css[start + name.len() + 1..].trim_start();
    let hex = hex.strip_prefix('#').unwrap_or_else(|| panic!("{name} is not a #rrggbb colour"));
    let byte = |i: usize| u8::from_str_radix(&hex[i..i + 2], 16).unwrap_or_else(|_| panic!("{name}: {hex:.7}"));
    [byte(0), byte(2), byte(4)]
}

/// WCAG 2.1 relative luminance.
fn luminance([r, g, b]: [u8; 3]) -> f64 {
    let channel = |c: u8| {
        let c = c as f64 / 255.0;
        if c <= 0.03928 { c / 12.92 } else { ((c + 0.055) / 1.055).powf(2.4) }
    };
    0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)
}

fn contrast(a: [u8; 3], b: [u8; 3]) -> f64 {
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

#[test]
fn the_formula_matches_wcags_known_values() {
    assert!((contrast([0, 0, 0], [255, 255, 255]) - 21.0).abs() < 1e-9);
    assert!((contrast([0x76, 0x76, 0x76], [255, 255, 255]) - 4.54).abs() < 0.01);
}

#[test]
fn the_childs_line_and_dots_and_the_centile_lines_stand_out_from_the_chart() {
    let css = stylesheet();
    let surface = colour(&css, "--color-surface");
    for name in ["--color-chart-child", "--color-chart-line", "--color-primary"] {
        let ratio = contrast(colour(&css, name), surface);
        assert!(ratio >= 3.0, "{name} on the chart is {ratio:.2}:1, under 3:1");
    }
}

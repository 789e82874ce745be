//! index.html paints each section's opening words before the wasm arrives (a
//! first visit on a slow network waits seconds for it). No script may write
//! them (the CSP), so they are typed into the page and the stylesheet; this
//! test writes those parts from the catalogue and `Section::opening` and fails
//! when they drift:
//!   UPDATE_BOOT_SHELL=1 cargo test --test boot_shell   rewrites them.

use std::path::Path;

use sukusuku::i18n::{Key, Lang};
use sukusuku::sections::Section;

const START: &str = "<!-- boot-shell:start";
const END: &str = "<!-- boot-shell:end -->";

fn escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
}

fn shell_html() -> String {
    let mut out = String::from(
        "<!-- boot-shell:start: written by tests/boot_shell.rs from the catalogue -->\n",
    );
    out.push_str("    <header class=\"app-header\">");
    for lang in Lang::ALL {
        out.push_str(&format!(
            "<span class=\"app-header__name boot__lang\" lang=\"{}\">{}</span>",
            lang.code(),
            escape(Key::AppName.text(lang))
        ));
    }
    out.push_str("</header>\n    <div class=\"app-main\">\n");
    for section in Section::ALL {
        for lang in Lang::ALL {
            let (lead, intro) = section.opening();
            out.push_str(&format!(
                "      <div class=\"boot__page\" id=\"boot-{}-{}\" lang=\"{}\">\n",
                section.slug(),
                lang.code(),
                lang.code()
            ));
            out.push_str(&format!(
                "        <h1 class=\"page__title\">{}</h1>\n",
                escape(section.title().text(lang))
            ));
            if let Some(lead) = lead {
                out.push_str(&format!("        <p class=\"lead\">{}</p>\n", escape(lead.text(lang))));
            }
            if let Some(intro) = intro {
                out.push_str(&format!("        <p>{}</p>\n", escape(intro.text(lang))));
            }
            out.push_str("      </div>\n");
        }
    }
    // The app's navigation, drawn the same: the app replaces the shell with
    // nothing moving, and the labels' fonts are ready before it does.
    out.push_str("      <nav class=\"bottom-nav\"><ul class=\"bottom-nav__list\">\n");
    for section in Section::ALL {
        out.push_str(&format!(
            "        <li><a class=\"bottom-nav__link\" id=\"boot-nav-{}\" href=\"__APP_BASE__{}\"><svg class=\"bottom-nav__icon\" viewBox=\"0 0 24 24\" aria-hidden=\"true\" focusable=\"false\"><path d=\"{}\"/></svg><span class=\"bottom-nav__label\">",
            section.slug(),
            section.path().trim_start_matches('/'),
            section.nav_icon()
        ));
        for lang in Lang::ALL {
            out.push_str(&format!(
                "<span class=\"boot__lang\" lang=\"{}\">{}</span>",
                lang.code(),
                escape(section.nav_label().text(lang))
            ));
        }
        out.push_str("</span></a></li>\n");
    }
    out.push_str("      </ul></nav>\n");
    out.push_str("    ");
    out.push_str(END);
    out
}

/// One rule per block: boot.js writes `data-boot="<slug>-<lang>"` on <html>
/// before the body is parsed; without it (no script) the Japanese home shows.
fn shell_css() -> String {
    let mut out = String::from("/* boot-shell:start: written by tests/boot_shell.rs */\n.boot__page { display: none; }\nhtml:not([data-boot]) #boot-home-ja");
    for section in Section::ALL {
        for lang in Lang::ALL {
            let id = format!("{}-{}", section.slug(), lang.code());
            out.push_str(&format!(",\nhtml[data-boot=\"{id}\"] #boot-{id}"));
        }
    }
    out.push_str(" { display: block; }\n");
    // The section being opened, marked in the navigation as the app marks it.
    out.push_str("html:not([data-boot]) #boot-nav-home");
    for section in Section::ALL {
        out.push_str(&format!(",\nhtml[data-boot|=\"{0}\"] #boot-nav-{0}", section.slug()));
    }
    out.push_str(" { color: var(--color-primary); font-weight: var(--bold); }\n/* boot-shell:end */");
    out
}

/// Checks (or, with UPDATE_BOOT_SHELL=1, rewrites) the generated part of a file.
fn check_region(file: &str, start: &str, end: &str, expected: &str) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(file);
    let text = std::fs::read_to_string(&path).unwrap();
    let from = text.find(start).unwrap_or_else(|| panic!("{file} lacks {start:?}"));
    let to = text[from..].find(end).unwrap_or_else(|| panic!("{file} lacks {end:?}")) + from + end.len();
    if &text[from..to] == expected {
        return;
    }
    if std::env::var_os("UPDATE_BOOT_SHELL").is_some() {
        std::fs::write(&path, format!("{}{}{}", &text[..from], expected, &text[to..])).unwrap();
        return;
    }
    panic!(
        "{file}'s loading shell differs from the catalogue; run UPDATE_BOOT_SHELL=1 cargo test --test boot_shell\nexpected:\n{expected}\nfound:\n{}",
        &text[from..to]
    );
}

#[test]
fn the_loading_shell_says_what_each_page_says_first_in_each_language() {
    check_region("index.html", START, END, &shell_html());
}

#[test]
fn the_stylesheet_shows_one_shell_page_for_the_address_and_language() {
    check_region("style/main.css", "/* boot-shell:start", "/* boot-shell:end */", &shell_css());
}

#[test]
fn boot_js_knows_every_section_by_its_slug() {
    let boot = include_str!("../public/boot.js");
    for section in Section::ALL {
        assert!(boot.contains(&format!("\"{}\"", section.slug())), "boot.js lacks {:?}", section.slug());
    }
}

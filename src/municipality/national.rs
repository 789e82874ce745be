//! National phone lines shipped by default (sources: ../shared/facts, each
//! line's operator: こども家庭庁 for 189, 厚生労働省 for #8000,
//! 社会的包摂サポートセンター for よりそいホットライン). Its foreign-language
//! line (press 2 after the recording; English among some ten languages, which
//! vary by day and hour) is from the operator's page since2011.net/yorisoi/n2/
//! as quoted by Iwakuni City (e-town-iwakuni.net/?p=8947) and HURIGHTS OSAKA.

use crate::i18n::Key;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NationalLine {
    /// Stable id, also the `data-channel` of its link.
    pub id: &'static str,
    pub name: Key,
    pub purpose: Key,
    pub hours: Key,
    /// The number as dialled and as shown.
    pub number: &'static str,
    /// How to reach someone in another language than Japanese, where the line says.
    pub other_languages: Option<Key>,
}

impl NationalLine {
    /// A `tel:` link; `#` must be percent-encoded or the browser cuts the number there.
    pub fn tel_href(&self) -> String {
        format!("tel:{}", self.number.replace('#', "%23").replace('-', ""))
    }
}

pub const NATIONAL_LINES: [NationalLine; 3] = [
    NationalLine {
        id: "national-8000",
        name: Key::Line8000Name,
        purpose: Key::Line8000Purpose,
        hours: Key::Line8000Hours,
        number: "#8000",
        other_languages: None,
    },
    NationalLine {
        id: "national-189",
        name: Key::Line189Name,
        purpose: Key::Line189Purpose,
        hours: Key::Hours24,
        number: "189",
        other_languages: None,
    },
    NationalLine {
        id: "national-yorisoi",
        name: Key::LineYorisoiName,
        purpose: Key::LineYorisoiPurpose,
        hours: Key::Hours24,
        number: "0120-279-338",
        other_languages: Some(Key::LineYorisoiLanguages),
    },
];

/// The national lines a municipality's configuration keeps switched on.
/// For a parent who said they are struggling, the line for anyone's worries
/// comes first, then 189's parenting help, and the sick-child line last: the
/// first a tired parent reads should not be the one named for abuse.
pub fn national_lines_for(switches: &super::config::NationalLines, for_parent: bool) -> Vec<&'static NationalLine> {
    let mut lines: Vec<&'static NationalLine> = NATIONAL_LINES
        .iter()
        .filter(|line| match line.id {
            "national-8000" => switches.child_illness_8000,
            "national-189" => switches.child_abuse_189,
            _ => switches.general_24h,
        })
        .collect();
    if for_parent {
        crate::sorting::sort_by_key(&mut lines, |line| match line.id {
            "national-yorisoi" => 0,
            "national-189" => 1,
            _ => 2,
        });
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phone_links_dial_the_shown_number() {
        let hrefs: Vec<_> = NATIONAL_LINES.iter().map(|l| l.tel_href()).collect();
        assert_eq!(hrefs, ["tel:%238000", "tel:189", "tel:0120279338"]);
    }

    #[test]
    fn a_municipality_can_switch_lines_off() {
        use crate::municipality::config::NationalLines;
        assert_eq!(national_lines_for(&NationalLines::default(), false).len(), 3);
        let only_189 = NationalLines {
            child_illness_8000: false,
            child_abuse_189: true,
            general_24h: false,
        };
        assert_eq!(
            national_lines_for(&only_189, false)
                .iter()
                .map(|l| l.id)
                .collect::<Vec<_>>(),
            ["national-189"]
        );
    }

    #[test]
    fn a_struggling_parent_reads_the_line_for_anyones_worries_first() {
        use crate::municipality::config::NationalLines;
        let ids = |for_parent| national_lines_for(&NationalLines::default(), for_parent).iter().map(|l| l.id).collect::<Vec<_>>();
        assert_eq!(ids(true), ["national-yorisoi", "national-189", "national-8000"]);
        assert_eq!(ids(false), ["national-8000", "national-189", "national-yorisoi"]);
    }
}

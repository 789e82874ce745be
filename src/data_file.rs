//! PURE: reads JSON into the app's types: the files compiled into the app
//! (the check's bank, the schedules, the WHO tables), the stored record and
//! backups (`domain::record_read`), and a municipality's files.
//!
//! Why not serde's derive: it writes a reader per type and per list type,
//! with an early return (and the drops it needs) at every field; for these
//! types that came to 30 KiB of a first visit (brotli). Here one parse into a
//! `serde_json::Value` is followed by a plain function per type that never
//! returns early: a field that is missing, of the wrong kind or unknown (a
//! typo) is noted with where it is ("items[3].text.en: …") and read as a
//! blank, the reading goes on, and [`read_text`] then refuses the input with
//! every problem it noted, not only the first. The parse is `crate::json`'s.
//!
//! A problem is a [`Fault`], not a sentence, so that a family importing a
//! backup and a webmaster checking a configuration read it in their own
//! language; `Display` gives the English, for tests and the bank's editors.

use std::cell::{Cell, RefCell};
use std::collections::BTreeMap;
use std::fmt;

use serde_json::{Map, Value};

use crate::i18n::{t, t_with, Key, Lang};
use crate::json::{SyntaxError, SyntaxFault};

/// What is wrong with a data file, and where.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// `items[3].text.en`; empty for the file itself.
    pub path: String,
    pub fault: Fault,
}

/// What is wrong with one value.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Fault {
    /// Not JSON: where, and what is wrong there.
    Syntax(SyntaxError),
    Expected(Kind),
    Missing(&'static str),
    UnknownField(String),
    /// Not one of `choices`; `found` is the value when it is a string.
    NotOneOf { found: Option<String>, choices: String },
    /// A string that does not read as a `Kind` (a date, a time).
    Unreadable { kind: Kind, text: String },
}

/// The kind of value a field holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Object,
    String,
    Boolean,
    Number,
    Whole,
    List,
    DateTime,
    Date,
    Time,
    /// A row of the WHO tables.
    AgeRow,
}

impl Kind {
    fn name(self, lang: Lang) -> &'static str {
        let key = match self {
            Kind::Object => Key::KindObject,
            Kind::String => Key::KindString,
            Kind::Boolean => Key::KindBoolean,
            Kind::Number => Key::KindNumber,
            Kind::Whole => Key::KindWhole,
            Kind::List => Key::KindList,
            Kind::DateTime => Key::KindDateTime,
            Kind::Date => Key::KindDate,
            Kind::Time => Key::KindTime,
            Kind::AgeRow => Key::KindAgeRow,
        };
        t(lang, key)
    }
}

impl Fault {
    /// The fault in `lang`; names from the file (fields, values) stay as written.
    pub fn text(&self, lang: Lang) -> String {
        match self {
            Fault::Syntax(e) => {
                let what = match e.fault {
                    SyntaxFault::EndsEarly => Key::JsonEndsEarly,
                    SyntaxFault::Unexpected => Key::JsonUnexpected,
                    SyntaxFault::Number => Key::JsonNumber,
                    SyntaxFault::Escape => Key::JsonEscape,
                    SyntaxFault::ControlCharacter => Key::JsonControlCharacter,
                    SyntaxFault::TooDeep => Key::JsonTooDeep,
                    SyntaxFault::Trailing => Key::JsonTrailing,
                    SyntaxFault::DuplicateKey => Key::JsonDuplicateKey,
                };
                let (line, column) = (e.line.to_string(), e.column.to_string());
                t_with(lang, Key::FaultSyntax, &[("line", &line), ("column", &column), ("what", t(lang, what))])
            }
            Fault::Expected(kind) => t_with(lang, Key::FaultExpected, &[("kind", kind.name(lang))]),
            Fault::Missing(name) => t_with(lang, Key::FaultMissing, &[("name", name)]),
            Fault::UnknownField(name) => t_with(lang, Key::FaultUnknownField, &[("name", name)]),
            Fault::NotOneOf { found: Some(found), choices } => t_with(lang, Key::FaultUnknownValue, &[("value", found), ("choices", choices)]),
            Fault::NotOneOf { found: None, choices } => {
                let kind = t_with(lang, Key::KindOneOf, &[("choices", choices)]);
                t_with(lang, Key::FaultExpected, &[("kind", &kind)])
            }
            Fault::Unreadable { kind, text } => t_with(lang, Key::FaultUnreadable, &[("kind", kind.name(lang)), ("text", text)]),
        }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let fault = self.fault.text(Lang::En);
        if self.path.is_empty() {
            f.write_str(&fault)
        } else {
            write!(f, "{}: {fault}", self.path)
        }
    }
}

/// One step of the way into a file; written out only for a problem, so that
/// reading a large record allocates nothing for its path.
enum Step {
    Field(&'static str),
    Item(usize),
    Key(String),
}

/// Where the reading is, and what it found wrong so far.
#[derive(Default)]
pub struct Notes {
    path: RefCell<Vec<Step>>,
    problems: RefCell<Vec<Problem>>,
    /// Inside something already reported as not an object: its fields'
    /// "missing" would only repeat that.
    quiet: Cell<u32>,
}

impl Notes {
    pub fn problem(&self, fault: Fault) {
        if self.quiet.get() > 0 {
            return;
        }
        let mut path = String::new();
        for step in self.path.borrow().iter() {
            let name = match step {
                Step::Item(at) => {
                    path.push_str(&format!("[{at}]"));
                    continue;
                }
                Step::Field(name) => *name,
                Step::Key(name) => name,
            };
            if !path.is_empty() {
                path.push('.');
            }
            path.push_str(name);
        }
        self.problems.borrow_mut().push(Problem { path, fault });
    }

    fn inside<T>(&self, step: Step, read: impl FnOnce() -> T) -> T {
        self.enter(step);
        let read = read();
        self.leave();
        read
    }

    // `enter`, `leave`, `Fields::take` and `Fields::note_unknown` are kept
    // out of line: the generic readers that call them have one copy per type
    // read, and inlined, each copy carried the RefCell and Vec code
    // (the wasm -2.8 KiB brotli, 289.1 -> 286.3).
    #[inline(never)]
    fn enter(&self, step: Step) {
        self.path.borrow_mut().push(step);
    }

    #[inline(never)]
    fn leave(&self) {
        self.path.borrow_mut().pop();
    }
}

/// Reads one value; on a problem it notes it and gives a blank.
pub type Reader<T> = fn(&Value, &Notes) -> T;

/// Parses `text` and reads it with `read`; the file is refused with every
/// problem noted.
pub fn read_text<T>(text: &str, read: Reader<T>) -> Result<T, Vec<Problem>> {
    let value = crate::json::parse(text).map_err(|e| vec![Problem { path: String::new(), fault: Fault::Syntax(e) }])?;
    read_value(&value, read)
}

/// Reads `value` with `read`; refused with every problem noted.
pub fn read_value<T>(value: &Value, read: Reader<T>) -> Result<T, Vec<Problem>> {
    let notes = Notes::default();
    let read = read(value, &notes);
    match notes.problems.into_inner() {
        problems if problems.is_empty() => Ok(read),
        problems => Err(problems),
    }
}

/// An object being read: each field is taken once, and [`object`] notes a
/// field that was never taken.
pub struct Fields<'a> {
    map: &'a Map<String, Value>,
    notes: &'a Notes,
    taken: RefCell<Vec<&'static str>>,
}

/// Reads an object with `build`, noting any field `build` did not take.
pub fn object<T>(value: &Value, notes: &Notes, build: impl FnOnce(&Fields) -> T) -> T {
    let empty = Map::new();
    let Some(map) = value.as_object() else {
        notes.problem(Fault::Expected(Kind::Object));
        notes.quiet.set(notes.quiet.get() + 1);
        let blank = build(&Fields { map: &empty, notes, taken: RefCell::new(Vec::new()) });
        notes.quiet.set(notes.quiet.get() - 1);
        return blank;
    };
    let fields = Fields { map, notes, taken: RefCell::new(Vec::new()) };
    let built = build(&fields);
    fields.note_unknown();
    built
}

impl Fields<'_> {
    #[inline(never)]
    fn note_unknown(self) {
        let taken = self.taken.into_inner();
        for unknown in self.map.keys().filter(|key| !taken.contains(&key.as_str())) {
            self.notes.problem(Fault::UnknownField(unknown.clone()));
        }
    }

    /// The field's value, `None` when absent or null.
    #[inline(never)]
    fn take(&self, key: &'static str) -> Option<&Value> {
        self.taken.borrow_mut().push(key);
        self.map.get(key).filter(|value| !value.is_null())
    }

    /// A field that may be absent or null.
    pub fn opt<T>(&self, key: &'static str, read: Reader<T>) -> Option<T> {
        let value = self.take(key)?;
        Some(self.notes.inside(Step::Field(key), || read(value, self.notes)))
    }

    /// A field that reads as `T::default()` when absent.
    pub fn or_default<T: Default>(&self, key: &'static str, read: Reader<T>) -> T {
        self.opt(key, read).unwrap_or_default()
    }

    /// A field that must be there.
    pub fn req<T: Default>(&self, key: &'static str, read: Reader<T>) -> T {
        self.opt(key, read).unwrap_or_else(|| {
            self.notes.problem(Fault::Missing(key));
            T::default()
        })
    }

    /// A field that must be one of `names`, read as the value at the same
    /// place in `values` (the first when it is not).
    pub fn choice<T: Copy>(&self, key: &'static str, names: &[&str], values: &[T]) -> T {
        self.opt_choice(key, names, values).unwrap_or_else(|| {
            self.notes.problem(Fault::Missing(key));
            values[0]
        })
    }

    pub fn opt_choice<T: Copy>(&self, key: &'static str, names: &[&str], values: &[T]) -> Option<T> {
        let value = self.take(key)?;
        Some(self.notes.inside(Step::Field(key), || one_of(value, self.notes, names, values)))
    }
}

pub fn string(value: &Value, notes: &Notes) -> String {
    value.as_str().map(str::to_owned).unwrap_or_else(|| {
        notes.problem(Fault::Expected(Kind::String));
        String::new()
    })
}

pub fn boolean(value: &Value, notes: &Notes) -> bool {
    value.as_bool().unwrap_or_else(|| {
        notes.problem(Fault::Expected(Kind::Boolean));
        false
    })
}

pub fn number(value: &Value, notes: &Notes) -> f64 {
    value.as_f64().unwrap_or_else(|| {
        notes.problem(Fault::Expected(Kind::Number));
        0.0
    })
}

/// A whole number that fits `T` (u8, u32, …).
pub fn whole<T: TryFrom<u64> + Default>(value: &Value, notes: &Notes) -> T {
    value.as_u64().and_then(|n| T::try_from(n).ok()).unwrap_or_else(|| {
        notes.problem(Fault::Expected(Kind::Whole));
        T::default()
    })
}

pub fn list<T>(value: &Value, notes: &Notes, read: Reader<T>) -> Vec<T> {
    let Some(items) = value.as_array() else {
        notes.problem(Fault::Expected(Kind::List));
        return Vec::new();
    };
    let mut read_items = Vec::with_capacity(items.len());
    for (at, item) in items.iter().enumerate() {
        read_items.push(notes.inside(Step::Item(at), || read(item, notes)));
    }
    read_items
}

/// An object whose keys are data (a check's answers by question id).
pub fn entries<T>(value: &Value, notes: &Notes, read: Reader<T>) -> BTreeMap<String, T> {
    let Some(map) = value.as_object() else {
        notes.problem(Fault::Expected(Kind::Object));
        return BTreeMap::new();
    };
    // Extended, not collected: collecting into a BTreeMap compiles a stable sort.
    let mut read_entries = BTreeMap::new();
    read_entries.extend(map.iter().map(|(key, value)| (key.clone(), notes.inside(Step::Key(key.clone()), || read(value, notes)))));
    read_entries
}

/// A string that `parse` turns into a value (a date, a time), or a problem
/// saying it is not a `kind`.
pub fn parsed<T: Default>(value: &Value, notes: &Notes, kind: Kind, parse: fn(&str) -> Option<T>) -> T {
    let Some(text) = value.as_str() else {
        notes.problem(Fault::Expected(Kind::String));
        return T::default();
    };
    parse(text).unwrap_or_else(|| {
        notes.problem(Fault::Unreadable { kind, text: text.to_owned() });
        T::default()
    })
}

/// One of `names`, as the value at the same place in `values` (the first
/// when it is not).
pub fn one_of<T: Copy>(value: &Value, notes: &Notes, names: &[&str], values: &[T]) -> T {
    match names.iter().position(|name| value.as_str() == Some(name)) {
        Some(at) => values[at],
        None => {
            notes.problem(Fault::NotOneOf { found: value.as_str().map(str::to_owned), choices: names.join(", ") });
            values[0]
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, PartialEq, Default)]
    struct Pair {
        name: String,
        size: u8,
        tags: Vec<String>,
        note: Option<String>,
        kind: bool,
    }

    fn pair(value: &Value, notes: &Notes) -> Pair {
        object(value, notes, |f| Pair {
            name: f.req("name", string),
            size: f.req("size", whole),
            tags: f.or_default("tags", |v, n| list(v, n, string)),
            note: f.opt("note", string),
            kind: f.opt_choice("kind", &["a", "b"], &[true, false]).unwrap_or_default(),
        })
    }

    fn problems(text: &str) -> Vec<String> {
        let read = read_text(text, |v, n| list(v, n, pair));
        read.unwrap_err().iter().map(Problem::to_string).collect()
    }

    #[test]
    fn reads_required_optional_and_default_fields() {
        let read = read_text(r#"[{"name":"a","size":3,"kind":"a"},{"name":"b","size":0,"tags":["x"],"note":null}]"#, |v, n| list(v, n, pair));
        assert_eq!(
            read.unwrap(),
            vec![
                Pair { name: "a".into(), size: 3, kind: true, ..Pair::default() },
                Pair { name: "b".into(), tags: vec!["x".into()], ..Pair::default() },
            ]
        );
    }

    #[test]
    fn lists_every_problem_with_where_it_is() {
        assert_eq!(
            problems(r#"[{"name":"a","size":300,"colour":"red"},{"size":1.5,"tags":["x",2],"kind":"c"}]"#),
            [
                "[0].size: expected a whole number in range",
                "[0]: unknown field `colour`",
                "[1]: missing field `name`",
                "[1].size: expected a whole number in range",
                "[1].tags[1]: expected a string",
                "[1].kind: unknown value `c`, expected one of a, b",
            ]
        );
        assert_eq!(problems(r#"{"name":"a"}"#), ["expected a list"]);
        assert_eq!(problems(r#"[7, {"name":"b","size":1,"note":5}]"#), ["[0]: expected an object", "[1].note: expected a string"]);
        assert_eq!(problems("[{"), ["not JSON at line 1, column 3: the text ends in the middle of a value"]);
    }
}

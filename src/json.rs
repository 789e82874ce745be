//! PURE: JSON text into a `serde_json::Value`, by hand. Every text the app
//! reads goes through [`parse`]: the stored record, backups, a municipality's
//! files, the language pack and the files compiled in.
//!
//! Why not `serde_json::from_str`: its deserializer, visitors and error
//! formatting cost about 4 KiB of a first visit (brotli) for what is, here,
//! one small loop, and its errors are English sentences. A [`SyntaxError`] is
//! a place and a [`SyntaxFault`], which the app words in the reader's
//! language. The results are serde_json's (the tests and the `json` fuzz
//! target compare the two), down to its limits: nesting deeper than 127 is
//! refused rather than risking the stack, and a number too large for an
//! `f64` is refused. One difference: a key given twice in an object is
//! refused, where serde_json keeps the last value. In a municipality's file
//! or a backup edited by hand, one of the two would be dropped unseen.

use serde_json::{Map, Number, Value};

/// As serde_json: the 128th level of nesting is refused.
const MAX_DEPTH: usize = 127;

/// What is wrong with a text that is not JSON.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SyntaxFault {
    /// The text stops in the middle of a value (or is empty).
    EndsEarly,
    /// A character that cannot stand where it is.
    Unexpected,
    /// A malformed number, or one too large.
    Number,
    /// A backslash escape that does not exist, or half of a surrogate pair.
    Escape,
    /// A raw control character (a tab, a line break…) inside a string.
    ControlCharacter,
    TooDeep,
    /// Something after the value.
    Trailing,
    /// A key given twice in one object (the place is the second).
    DuplicateKey,
}

/// Where the text stops being JSON: 1-based, the column counted in characters.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SyntaxError {
    pub line: usize,
    pub column: usize,
    pub fault: SyntaxFault,
}

pub fn parse(text: &str) -> Result<Value, SyntaxError> {
    let mut parser = Parser { text, at: 0 };
    let value = parser.value(0).and_then(|value| {
        parser.skip_whitespace();
        if parser.at < text.len() {
            Err(SyntaxFault::Trailing)
        } else {
            Ok(value)
        }
    });
    value.map_err(|fault| parser.error(fault))
}

/// A decimal number, `digits` × 10^`exp10`, as an `f64`: exact (correctly
/// rounded) when `digits` < 2^53 and |`exp10`| <= 22, which covers every
/// number the app writes or ships; otherwise within a few units in the last
/// place, as serde_json's default reading is. Infinite when too large.
/// Not the standard float parser, whose tables alone are about 10 KB of wasm.
pub fn decimal_to_f64(digits: u64, exp10: i32) -> f64 {
    // Powers of ten up to 1e22 are exact in an f64.
    const EXACT: [f64; 23] = [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19,
        1e20, 1e21, 1e22,
    ];
    let mut value = digits as f64;
    let mut exp10 = exp10;
    while exp10 != 0 && value != 0.0 && value.is_finite() {
        let step = exp10.unsigned_abs().min(22);
        if exp10 > 0 {
            value *= EXACT[step as usize];
            exp10 -= step as i32;
        } else {
            value /= EXACT[step as usize];
            exp10 += step as i32;
        }
    }
    value
}

struct Parser<'a> {
    text: &'a str,
    /// A byte offset, always at a character boundary.
    at: usize,
}

type Step<T> = Result<T, SyntaxFault>;

impl Parser<'_> {
    fn peek(&self) -> Option<u8> {
        self.text.as_bytes().get(self.at).copied()
    }

    fn skip_whitespace(&mut self) {
        while let Some(b' ' | b'\t' | b'\n' | b'\r') = self.peek() {
            self.at += 1;
        }
    }

    /// Takes `byte`; anything else is an error here (the end of the text, or
    /// an unexpected character).
    fn expect(&mut self, byte: u8) -> Step<()> {
        match self.peek() {
            Some(found) if found == byte => {
                self.at += 1;
                Ok(())
            }
            Some(_) => Err(SyntaxFault::Unexpected),
            None => Err(SyntaxFault::EndsEarly),
        }
    }

    fn error(&self, fault: SyntaxFault) -> SyntaxError {
        let before = &self.text[..self.at.min(self.text.len())];
        let line_start = before.rfind('\n').map_or(0, |at| at + 1);
        SyntaxError {
            line: before.bytes().filter(|&b| b == b'\n').count() + 1,
            column: before[line_start..].chars().count() + 1,
            fault,
        }
    }

    fn value(&mut self, depth: usize) -> Step<Value> {
        self.skip_whitespace();
        match self.peek() {
            None => Err(SyntaxFault::EndsEarly),
            Some(b'{') => self.object(depth + 1),
            Some(b'[') => self.array(depth + 1),
            Some(b'"') => self.string().map(Value::String),
            Some(b't') => self.word("true", Value::Bool(true)),
            Some(b'f') => self.word("false", Value::Bool(false)),
            Some(b'n') => self.word("null", Value::Null),
            Some(b'-' | b'0'..=b'9') => self.number(),
            Some(_) => Err(SyntaxFault::Unexpected),
        }
    }

    fn word(&mut self, word: &str, value: Value) -> Step<Value> {
        for &byte in word.as_bytes() {
            self.expect(byte)?;
        }
        Ok(value)
    }

    fn array(&mut self, depth: usize) -> Step<Value> {
        let mut items = Vec::new();
        self.sequence(depth, b']', |parser| {
            items.push(parser.value(depth)?);
            Ok(())
        })?;
        Ok(Value::Array(items))
    }

    fn object(&mut self, depth: usize) -> Step<Value> {
        let mut fields = Map::new();
        self.sequence(depth, b'}', |parser| {
            parser.skip_whitespace();
            if parser.peek() != Some(b'"') {
                return Err(if parser.peek().is_none() { SyntaxFault::EndsEarly } else { SyntaxFault::Unexpected });
            }
            let key_at = parser.at;
            let key = parser.string()?;
            if fields.contains_key(&key) {
                parser.at = key_at;
                return Err(SyntaxFault::DuplicateKey);
            }
            parser.skip_whitespace();
            parser.expect(b':')?;
            fields.insert(key, parser.value(depth)?);
            Ok(())
        })?;
        Ok(Value::Object(fields))
    }

    /// At the opening bracket of a list or an object: its items, each read by
    /// `item`, separated by commas, up to `close`.
    fn sequence(&mut self, depth: usize, close: u8, mut item: impl FnMut(&mut Self) -> Step<()>) -> Step<()> {
        if depth > MAX_DEPTH {
            return Err(SyntaxFault::TooDeep);
        }
        self.at += 1;
        self.skip_whitespace();
        if self.peek() == Some(close) {
            self.at += 1;
            return Ok(());
        }
        loop {
            item(self)?;
            self.skip_whitespace();
            match self.peek() {
                Some(b',') => self.at += 1,
                Some(found) if found == close => {
                    self.at += 1;
                    return Ok(());
                }
                Some(_) => return Err(SyntaxFault::Unexpected),
                None => return Err(SyntaxFault::EndsEarly),
            }
        }
    }

    /// At the opening quote; the text between the quotes, unescaped.
    fn string(&mut self) -> Step<String> {
        self.at += 1;
        let mut out = String::new();
        loop {
            // Runs without escapes are copied whole; they end at ASCII
            // bytes, so at character boundaries.
            let rest = &self.text.as_bytes()[self.at..];
            let Some(run) = rest.iter().position(|&b| b == b'"' || b == b'\\' || b < 0x20) else {
                self.at = self.text.len();
                return Err(SyntaxFault::EndsEarly);
            };
            let piece = &self.text[self.at..self.at + run];
            self.at += run;
            if out.is_empty() && self.text.as_bytes()[self.at] == b'"' {
                // Most strings: no escape, one allocation of the right size.
                self.at += 1;
                return Ok(piece.to_owned());
            }
            out.push_str(piece);
            match self.text.as_bytes()[self.at] {
                b'"' => {
                    self.at += 1;
                    return Ok(out);
                }
                b'\\' => {
                    self.at += 1;
                    self.escape(&mut out)?;
                }
                _ => return Err(SyntaxFault::ControlCharacter),
            }
        }
    }

    /// After a backslash.
    fn escape(&mut self, out: &mut String) -> Step<()> {
        let Some(byte) = self.peek() else {
            return Err(SyntaxFault::EndsEarly);
        };
        let plain = match byte {
            b'"' => '"',
            b'\\' => '\\',
            b'/' => '/',
            b'b' => '\u{8}',
            b'f' => '\u{c}',
            b'n' => '\n',
            b'r' => '\r',
            b't' => '\t',
            b'u' => {
                self.at += 1;
                return self.unicode_escape(out);
            }
            _ => return Err(SyntaxFault::Escape),
        };
        self.at += 1;
        out.push(plain);
        Ok(())
    }

    /// After `\u`: one character, or a surrogate pair given as two escapes.
    fn unicode_escape(&mut self, out: &mut String) -> Step<()> {
        let first = self.hex4()?;
        let code = match first {
            0xDC00..=0xDFFF => return Err(SyntaxFault::Escape),
            0xD800..=0xDBFF => {
                for byte in [b'\\', b'u'] {
                    match self.peek() {
                        Some(found) if found == byte => self.at += 1,
                        Some(_) => return Err(SyntaxFault::Escape),
                        None => return Err(SyntaxFault::EndsEarly),
                    }
                }
                let second = self.hex4()?;
                if !(0xDC00..=0xDFFF).contains(&second) {
                    return Err(SyntaxFault::Escape);
                }
                0x1_0000 + (((first - 0xD800) << 10) | (second - 0xDC00))
            }
            _ => first,
        };
        out.push(char::from_u32(code).ok_or(SyntaxFault::Escape)?);
        Ok(())
    }

    fn hex4(&mut self) -> Step<u32> {
        let mut code = 0;
        for _ in 0..4 {
            let Some(byte) = self.peek() else {
                return Err(SyntaxFault::EndsEarly);
            };
            let digit = (byte as char).to_digit(16).ok_or(SyntaxFault::Escape)?;
            code = code * 16 + digit;
            self.at += 1;
        }
        Ok(code)
    }

    /// `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`, kept as
    /// serde_json keeps it: a whole number as an integer while it fits one
    /// (`-0` is a float), anything else as an `f64`.
    fn number(&mut self) -> Step<Value> {
        let negative = self.peek() == Some(b'-');
        if negative {
            self.at += 1;
        }
        // The first 19 or 20 significant digits (as many as fit a u64);
        // later ones only move the decimal point.
        let mut digits: u64 = 0;
        let mut dropped: i32 = 0;
        let mut integer = true;
        match self.peek() {
            Some(b'0') => {
                self.at += 1;
                if matches!(self.peek(), Some(b'0'..=b'9')) {
                    return Err(SyntaxFault::Number);
                }
            }
            Some(b'1'..=b'9') => {
                while let Some(digit @ b'0'..=b'9') = self.peek() {
                    if !push_digit(&mut digits, digit) {
                        dropped += 1;
                    }
                    self.at += 1;
                }
            }
            Some(_) => return Err(SyntaxFault::Number),
            None => return Err(SyntaxFault::EndsEarly),
        }
        let whole_digits_overflowed = dropped > 0;
        let mut exp10 = dropped;
        if self.peek() == Some(b'.') {
            integer = false;
            self.at += 1;
            let start = self.at;
            while let Some(digit @ b'0'..=b'9') = self.peek() {
                if push_digit(&mut digits, digit) {
                    exp10 -= 1;
                }
                self.at += 1;
            }
            if self.at == start {
                return Err(self.digit_missing());
            }
        }
        if let Some(b'e' | b'E') = self.peek() {
            integer = false;
            self.at += 1;
            let negative_exp = match self.peek() {
                Some(b'-') => {
                    self.at += 1;
                    true
                }
                Some(b'+') => {
                    self.at += 1;
                    false
                }
                _ => false,
            };
            let start = self.at;
            let mut exp: i32 = 0;
            while let Some(digit @ b'0'..=b'9') = self.peek() {
                // Past a million the number is 0 or infinite either way.
                exp = (exp * 10 + i32::from(digit - b'0')).min(1_000_000);
                self.at += 1;
            }
            if self.at == start {
                return Err(self.digit_missing());
            }
            exp10 += if negative_exp { -exp } else { exp };
        }
        if integer && !whole_digits_overflowed {
            return Ok(Value::Number(match (negative, digits) {
                (false, _) => Number::from(digits),
                (true, 0) => return float(-0.0),
                (true, 1..=0x8000_0000_0000_0000) => Number::from((digits as i64).wrapping_neg()),
                (true, _) => return float(-(digits as f64)),
            }));
        }
        let magnitude = decimal_to_f64(digits, exp10);
        float(if negative { -magnitude } else { magnitude })
    }

    fn digit_missing(&self) -> SyntaxFault {
        if self.peek().is_none() {
            SyntaxFault::EndsEarly
        } else {
            SyntaxFault::Number
        }
    }
}

/// Appends a decimal digit, unless `digits` is full.
fn push_digit(digits: &mut u64, digit: u8) -> bool {
    match digits.checked_mul(10).and_then(|d| d.checked_add(u64::from(digit - b'0'))) {
        Some(more) => {
            *digits = more;
            true
        }
        None => false,
    }
}

fn float(value: f64) -> Step<Value> {
    Number::from_f64(value).map(Value::Number).ok_or(SyntaxFault::Number)
}

#[cfg(any(test, fuzzing))]
/// Equal as serde_json reads them (for the tests and the `json` fuzz
/// target, which compare the two parsers), but for floats with more than 22 powers of
/// ten, which serde_json scales in one step by a table of every power and
/// this parser in steps of 1e22 (both within a few units in the last place).
pub fn same_reading(ours: &Value, theirs: &Value) -> bool {
    match (ours, theirs) {
        (Value::Number(a), Value::Number(b)) if a.is_f64() && b.is_f64() => {
            let (a, b) = (a.as_f64().unwrap(), b.as_f64().unwrap());
            a == b || (a - b).abs() <= 1e-14 * a.abs().max(b.abs()) || (a.abs() < 1e-290 && b.abs() < 1e-290)
        }
        (Value::Array(a), Value::Array(b)) => a.len() == b.len() && a.iter().zip(b).all(|(a, b)| same_reading(a, b)),
        (Value::Object(a), Value::Object(b)) => {
            a.len() == b.len() && a.iter().zip(b).all(|((ka, a), (kb, b))| ka == kb && same_reading(a, b))
        }
        _ => ours == theirs,
    }
}

#[cfg(test)]
mod tests;

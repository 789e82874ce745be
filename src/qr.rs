//! PURE: QR codes (ISO/IEC 18004) for the one thing the app encodes, its own
//! address: byte mode, error correction level M, the smallest version that
//! fits. Written for size: the general `qrcode` crate (every mode, micro
//! codes, segment optimisation, precomputed tables) cost 7 KiB of a first
//! visit (brotli). The tests check every version against that crate, module by
//! module, mask choice included.

/// Error correction codewords per block, and blocks, at level M for versions 1-40 (ISO/IEC 18004, table 9).
const EC_PER_BLOCK: [u8; 40] = [
    10, 16, 26, 18, 24, 16, 18, 22, 22, 26, 30, 22, 22, 24, 24, 28, 28, 26, 26, 26, 26, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28,
    28, 28, 28, 28, 28, 28,
];
const BLOCKS: [u8; 40] = [
    1, 1, 1, 2, 2, 4, 4, 4, 5, 5, 5, 8, 9, 9, 10, 10, 11, 13, 14, 16, 17, 17, 18, 20, 21, 23, 25, 26, 28, 29, 31, 33, 35, 37, 38, 40, 43, 45,
    47, 49,
];

/// A QR code: `width` × `width` modules, row by row, `true` for dark.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QrCode {
    pub width: usize,
    pub dark: Vec<bool>,
}

/// The code for `data`, or `None` when it is longer than version 40 holds.
pub fn encode(data: &[u8]) -> Option<QrCode> {
    let version = (1..=40).find(|&v| 4 + count_bits(v) + 8 * data.len() <= 8 * data_codewords(v))?;
    Some(encode_as(data, version))
}

/// The code for `data` at `version` (which must hold it).
fn encode_as(data: &[u8], version: usize) -> QrCode {
    let mut grid = Grid::new(version);
    grid.draw_function_patterns();
    grid.draw_codewords(&interleaved(&payload(data, version), version));
    let best = (0..8u8)
        .map(|mask| {
            let mut masked = grid.clone();
            masked.apply_mask(mask);
            masked
        })
        .min_by_key(Grid::penalty)
        .expect("eight masks");
    QrCode { width: best.width, dark: best.dark }
}

fn count_bits(version: usize) -> usize {
    if version < 10 {
        8
    } else {
        16
    }
}

/// Codewords of the version's modules left for data and error correction.
fn all_codewords(version: usize) -> usize {
    let v = version;
    let mut modules = (16 * v + 128) * v + 64;
    if v >= 2 {
        let alignments = v / 7 + 2;
        modules -= (25 * alignments - 10) * alignments - 55;
        if v >= 7 {
            modules -= 36;
        }
    }
    modules / 8
}

fn data_codewords(version: usize) -> usize {
    all_codewords(version) - usize::from(EC_PER_BLOCK[version - 1]) * usize::from(BLOCKS[version - 1])
}

/// Mode, length, the bytes, a terminator, then the standard padding.
fn payload(data: &[u8], version: usize) -> Vec<u8> {
    let mut bits = Bits::default();
    bits.push(0b0100, 4);
    bits.push(data.len() as u32, count_bits(version));
    data.iter().for_each(|&b| bits.push(u32::from(b), 8));
    let capacity = 8 * data_codewords(version);
    bits.push(0, (capacity - bits.len).min(4));
    bits.push(0, (8 - bits.len % 8) % 8);
    let mut bytes = bits.bytes;
    for pad in [0xEC, 0x11].into_iter().cycle().take(capacity / 8 - bytes.len()) {
        bytes.push(pad);
    }
    bytes
}

#[derive(Default)]
struct Bits {
    bytes: Vec<u8>,
    len: usize,
}

impl Bits {
    fn push(&mut self, value: u32, count: usize) {
        for i in (0..count).rev() {
            if self.len.is_multiple_of(8) {
                self.bytes.push(0);
            }
            if value >> i & 1 == 1 {
                *self.bytes.last_mut().expect("a byte") |= 0x80 >> (self.len % 8);
            }
            self.len += 1;
        }
    }
}

/// The data split into blocks, each with its error correction, interleaved.
fn interleaved(data: &[u8], version: usize) -> Vec<u8> {
    let (ec_len, blocks) = (usize::from(EC_PER_BLOCK[version - 1]), usize::from(BLOCKS[version - 1]));
    let short_len = data.len() / blocks;
    let long_blocks = data.len() % blocks;
    let (gf, generator) = (Gf::new(), Gf::new().generator(ec_len));
    let mut rest = data;
    let split: Vec<(&[u8], Vec<u8>)> = (0..blocks)
        .map(|b| {
            let len = short_len + usize::from(b >= blocks - long_blocks);
            let (block, after) = rest.split_at(len);
            rest = after;
            (block, gf.remainder(block, &generator))
        })
        .collect();
    let mut out = Vec::with_capacity(all_codewords(version));
    for i in 0..=short_len {
        out.extend(split.iter().filter_map(|(block, _)| block.get(i)));
    }
    for i in 0..ec_len {
        out.extend(split.iter().map(|(_, ec)| ec[i]));
    }
    out
}

/// GF(256) with the QR polynomial x^8 + x^4 + x^3 + x^2 + 1.
struct Gf {
    exp: [u8; 256],
    log: [u8; 256],
}

impl Gf {
    fn new() -> Self {
        let (mut exp, mut log) = ([0u8; 256], [0u8; 256]);
        let mut x: u16 = 1;
        for (i, e) in exp.iter_mut().enumerate().take(255) {
            *e = x as u8;
            log[x as usize] = i as u8;
            x <<= 1;
            if x & 0x100 != 0 {
                x ^= 0x11D;
            }
        }
        Gf { exp, log }
    }

    fn mul(&self, a: u8, b: u8) -> u8 {
        if a == 0 || b == 0 {
            return 0;
        }
        self.exp[(usize::from(self.log[usize::from(a)]) + usize::from(self.log[usize::from(b)])) % 255]
    }

    /// (x - α^0)(x - α^1)…(x - α^(degree-1)), highest power first, without its leading 1.
    fn generator(&self, degree: usize) -> Vec<u8> {
        let mut poly = vec![0u8; degree];
        poly[degree - 1] = 1;
        for i in 0..degree {
            let root = self.exp[i];
            for j in 0..degree {
                poly[j] = self.mul(poly[j], root) ^ poly.get(j + 1).copied().unwrap_or(0);
            }
        }
        poly
    }

    fn remainder(&self, data: &[u8], generator: &[u8]) -> Vec<u8> {
        let mut rem = vec![0u8; generator.len()];
        for &byte in data {
            let factor = byte ^ rem[0];
            rem.rotate_left(1);
            *rem.last_mut().expect("a degree") = 0;
            for (r, &g) in rem.iter_mut().zip(generator) {
                *r ^= self.mul(g, factor);
            }
        }
        rem
    }
}

#[derive(Clone)]
struct Grid {
    version: usize,
    width: usize,
    dark: Vec<bool>,
    function: Vec<bool>,
}

impl Grid {
    fn new(version: usize) -> Self {
        let width = 4 * version + 17;
        Grid { version, width, dark: vec![false; width * width], function: vec![false; width * width] }
    }

    fn set(&mut self, x: usize, y: usize, dark: bool) {
        let at = y * self.width + x;
        self.dark[at] = dark;
        self.function[at] = true;
    }

    fn draw_function_patterns(&mut self) {
        let w = self.width;
        for i in 0..w {
            self.set(6, i, i % 2 == 0);
            self.set(i, 6, i % 2 == 0);
        }
        for (x, y) in [(3, 3), (w - 4, 3), (3, w - 4)] {
            self.draw_finder(x, y);
        }
        let centres = self.alignment_centres();
        let last = centres.len().saturating_sub(1);
        for (i, &x) in centres.iter().enumerate() {
            for (j, &y) in centres.iter().enumerate() {
                let over_a_finder = (i == 0 && (j == 0 || j == last)) || (i == last && j == 0);
                if !over_a_finder {
                    self.draw_square(x, y, 2, |d| d != 1);
                }
            }
        }
        // Reserved now, written once the mask is known.
        self.draw_format(0);
        if self.version >= 7 {
            let bits = bch(self.version as u32, 0x1F25, 12);
            for i in 0..18 {
                let (a, b) = (w - 11 + i % 3, i / 3);
                let dark = bits >> i & 1 == 1;
                self.set(a, b, dark);
                self.set(b, a, dark);
            }
        }
    }

    fn draw_finder(&mut self, cx: usize, cy: usize) {
        // Four rings: the pattern and its light separator, clipped at the edges.
        for dy in -4i32..=4 {
            for dx in -4i32..=4 {
                let (x, y) = (cx as i32 + dx, cy as i32 + dy);
                if (0..self.width as i32).contains(&x) && (0..self.width as i32).contains(&y) {
                    let ring = dx.abs().max(dy.abs());
                    self.set(x as usize, y as usize, ring != 2 && ring != 4);
                }
            }
        }
    }

    fn draw_square(&mut self, cx: usize, cy: usize, radius: usize, dark_at: impl Fn(usize) -> bool) {
        for y in cy - radius..=cy + radius {
            for x in cx - radius..=cx + radius {
                self.set(x, y, dark_at(x.abs_diff(cx).max(y.abs_diff(cy))));
            }
        }
    }

    fn alignment_centres(&self) -> Vec<usize> {
        if self.version == 1 {
            return Vec::new();
        }
        let count = self.version / 7 + 2;
        let step = if self.version == 32 { 26 } else { (self.version * 4 + count * 2 + 1) / (count * 2 - 2) * 2 };
        let mut centres: Vec<usize> = (0..count - 1).map(|i| self.width - 7 - i * step).collect();
        centres.push(6);
        centres.reverse();
        centres
    }

    /// Level M's format bits with `mask`, both copies, and the dark module.
    fn draw_format(&mut self, mask: u8) {
        let bits = bch(u32::from(mask), 0x537, 10) ^ 0x5412;
        let bit = |i: usize| bits >> i & 1 == 1;
        let w = self.width;
        for i in 0..6 {
            self.set(8, i, bit(i));
        }
        self.set(8, 7, bit(6));
        self.set(8, 8, bit(7));
        self.set(7, 8, bit(8));
        for i in 9..15 {
            self.set(14 - i, 8, bit(i));
        }
        for i in 0..8 {
            self.set(w - 1 - i, 8, bit(i));
        }
        for i in 8..15 {
            self.set(8, w - 15 + i, bit(i));
        }
        self.set(8, w - 8, true);
    }

    /// The codewords in the standard's zigzag, two columns at a time from the right.
    fn draw_codewords(&mut self, codewords: &[u8]) {
        let w = self.width;
        let mut i = 0;
        let mut right = w - 1;
        loop {
            if right == 6 {
                right = 5;
            }
            for vert in 0..w {
                for x in [right, right - 1] {
                    let upward = (right + 1) & 2 == 0;
                    let y = if upward { w - 1 - vert } else { vert };
                    let at = y * w + x;
                    if !self.function[at] && i < codewords.len() * 8 {
                        self.dark[at] = codewords[i / 8] >> (7 - i % 8) & 1 == 1;
                        i += 1;
                    }
                }
            }
            if right < 3 {
                break;
            }
            right -= 2;
        }
    }

    fn apply_mask(&mut self, mask: u8) {
        let w = self.width;
        for y in 0..w {
            for x in 0..w {
                let invert = match mask {
                    0 => (x + y) % 2 == 0,
                    1 => y % 2 == 0,
                    2 => x % 3 == 0,
                    3 => (x + y) % 3 == 0,
                    4 => (x / 3 + y / 2) % 2 == 0,
                    5 => x * y % 2 + x * y % 3 == 0,
                    6 => (x * y % 2 + x * y % 3) % 2 == 0,
                    _ => ((x + y) % 2 + x * y % 3) % 2 == 0,
                };
                let at = y * w + x;
                if invert && !self.function[at] {
                    self.dark[at] = !self.dark[at];
                }
            }
        }
        self.draw_format(mask);
    }

    /// The standard's four penalties, scored as the `qrcode` crate scores
    /// them (so both choose the same mask): runs, 2×2 blocks, finder-like
    /// patterns, and the balance of dark and light.
    fn penalty(&self) -> u32 {
        let w = self.width;
        let at = |x: usize, y: usize, across: bool| if across { self.dark[y * w + x] } else { self.dark[x * w + y] };
        let mut score = 0u32;
        for across in [true, false] {
            for line in 0..w {
                let mut run = 1;
                for k in 1..=w {
                    if k < w && at(k, line, across) == at(k - 1, line, across) {
                        run += 1;
                    } else {
                        if run >= 5 {
                            score += run - 2;
                        }
                        run = 1;
                    }
                }
                const FINDER: [bool; 7] = [true, false, true, true, true, false, true];
                for j in 0..w - 6 {
                    if (0..7).all(|k| at(j + k, line, across) == FINDER[k]) {
                        let all_light = |from: usize, to: usize| (from..to).all(|k| k >= w || !at(k, line, across));
                        if all_light(j.saturating_sub(4), j) || all_light(j + 7, j + 11) {
                            score += 40;
                        }
                    }
                }
            }
            // The three finders themselves, three lines each way.
            score -= 360;
        }
        for y in 0..w - 1 {
            for x in 0..w - 1 {
                let d = self.dark[y * w + x];
                if d == self.dark[y * w + x + 1] && d == self.dark[(y + 1) * w + x] && d == self.dark[(y + 1) * w + x + 1] {
                    score += 3;
                }
            }
        }
        let dark = self.dark.iter().filter(|&&d| d).count();
        score + (dark * 200 / (w * w)).abs_diff(100) as u32
    }
}

/// `value` followed by its BCH remainder of `bits` bits under `poly`.
fn bch(value: u32, poly: u32, bits: u32) -> u32 {
    let mut rem = value << bits;
    for i in (bits..=bits + 5).rev() {
        if rem >> i & 1 == 1 {
            rem ^= poly << (i - bits);
        }
    }
    value << bits | rem
}

#[cfg(test)]
mod tests {
    use super::*;
    use qrcode::bits::Bits as CrateBits;
    use qrcode::{Color, EcLevel, Version};

    fn by_the_crate(data: &[u8], version: usize) -> Vec<bool> {
        let mut bits = CrateBits::new(Version::Normal(version as i16));
        bits.push_byte_data(data).unwrap();
        bits.push_terminator(EcLevel::M).unwrap();
        let code = qrcode::QrCode::with_bits(bits, EcLevel::M).unwrap();
        code.to_colors().into_iter().map(|c| c == Color::Dark).collect()
    }

    /// Every version full is the crate's code module for module (layout,
    /// blocks and error correction, format and version bits, mask choice);
    /// those an address needs, half full and nearly empty too.
    #[test]
    fn every_version_matches_the_qrcode_crate() {
        for version in 1..=40 {
            let room = data_codewords(version) - 1 - count_bits(version) / 8;
            let lengths = if version <= 10 { vec![room, room / 2, 1] } else { vec![room] };
            for len in lengths {
                let data: Vec<u8> = (0..len).map(|i| (i * 7 + version * 13) as u8).collect();
                let ours = encode_as(&data, version);
                assert_eq!(ours.width, 4 * version + 17);
                assert!(ours.dark == by_the_crate(&data, version), "version {version}, {len} bytes");
            }
        }
    }

    #[test]
    fn the_smallest_version_that_holds_the_address_is_chosen() {
        // Level M in byte mode holds 14 bytes in version 1 and 2331 in version 40.
        assert_eq!(encode(&[b'a'; 14]).unwrap().width, 21);
        assert_eq!(encode(&[b'a'; 15]).unwrap().width, 25);
        assert_eq!(encode(&vec![b'a'; 2331]).unwrap().width, 177);
        assert!(encode(&vec![b'a'; 2332]).is_none());
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(64))]
        #[test]
        fn any_address_matches_the_qrcode_crate(text in "https://[a-z0-9.\\-/?=&%]{1,200}") {
            let ours = encode(text.as_bytes()).unwrap();
            let version = (ours.width - 17) / 4;
            proptest::prop_assert!(ours.dark == by_the_crate(text.as_bytes(), version));
        }
    }
}

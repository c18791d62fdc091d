//! Unicode lowercasing for [`crate::text::normalize`], from a table of runs.
//!
//! Why not `char::to_lowercase`: its table (one `(char, char)` pair per
//! uppercase letter, about 1,400 of them) is 11.7 KB of the WebAssembly, 4.3 KB
//! gzipped. Almost all of those pairs come in runs (`A..=Z` add 32; `Ā, Ă, Ą…`
//! add 1 to every other code point), so the same mapping fits in 185 runs of
//! 8 bytes. The result is the same as `char::to_lowercase` for every code point:
//! the test `matches_std_for_every_char` checks all of them against the standard
//! library, and fails if a Rust upgrade brings a newer Unicode version; then
//! regenerate the table with
//! `cargo test -p newsprism-query print_lowercase_runs -- --ignored --nocapture`.

/// Runs of uppercase letters: `(start << 8 | (stride - 1) << 7 | count, delta)`.
/// The run covers `count` code points from `start`, every `stride` (1 or 2) of
/// them, and each lowercases to itself plus `delta`. Sorted by `start`.
const RUNS: [(u32, i32); 185] = [
    (0x0000411a, 32),
    (0x0000c017, 32),
    (0x0000d807, 32),
    (0x00010098, 1),
    (0x00013283, 1),
    (0x00013988, 1),
    (0x00014a97, 1),
    (0x00017801, -121),
    (0x00017983, 1),
    (0x00018101, 210),
    (0x00018282, 1),
    (0x00018601, 206),
    (0x00018701, 1),
    (0x00018902, 205),
    (0x00018b01, 1),
    (0x00018e01, 79),
    (0x00018f01, 202),
    (0x00019001, 203),
    (0x00019101, 1),
    (0x00019301, 205),
    (0x00019401, 207),
    (0x00019601, 211),
    (0x00019701, 209),
    (0x00019801, 1),
    (0x00019c01, 211),
    (0x00019d01, 213),
    (0x00019f01, 214),
    (0x0001a083, 1),
    (0x0001a601, 218),
    (0x0001a701, 1),
    (0x0001a901, 218),
    (0x0001ac01, 1),
    (0x0001ae01, 218),
    (0x0001af01, 1),
    (0x0001b102, 217),
    (0x0001b382, 1),
    (0x0001b701, 219),
    (0x0001b801, 1),
    (0x0001bc01, 1),
    (0x0001c401, 2),
    (0x0001c501, 1),
    (0x0001c701, 2),
    (0x0001c801, 1),
    (0x0001ca01, 2),
    (0x0001cb89, 1),
    (0x0001de89, 1),
    (0x0001f101, 2),
    (0x0001f282, 1),
    (0x0001f601, -97),
    (0x0001f701, -56),
    (0x0001f894, 1),
    (0x00022001, -130),
    (0x00022289, 1),
    (0x00023a01, 10795),
    (0x00023b01, 1),
    (0x00023d01, -163),
    (0x00023e01, 10792),
    (0x00024101, 1),
    (0x00024301, -195),
    (0x00024401, 69),
    (0x00024501, 71),
    (0x00024685, 1),
    (0x00037082, 1),
    (0x00037601, 1),
    (0x00037f01, 116),
    (0x00038601, 38),
    (0x00038803, 37),
    (0x00038c01, 64),
    (0x00038e02, 63),
    (0x00039111, 32),
    (0x0003a309, 32),
    (0x0003cf01, 8),
    (0x0003d88c, 1),
    (0x0003f401, -60),
    (0x0003f701, 1),
    (0x0003f901, -7),
    (0x0003fa01, 1),
    (0x0003fd03, -130),
    (0x00040010, 80),
    (0x00041020, 32),
    (0x00046091, 1),
    (0x00048a9b, 1),
    (0x0004c001, 15),
    (0x0004c187, 1),
    (0x0004d0b0, 1),
    (0x00053126, 48),
    (0x0010a026, 7264),
    (0x0010c701, 7264),
    (0x0010cd01, 7264),
    (0x0013a050, 38864),
    (0x0013f006, 8),
    (0x001c8901, 1),
    (0x001c902b, -3008),
    (0x001cbd03, -3008),
    (0x001e00cb, 1),
    (0x001e9e01, -7615),
    (0x001ea0b0, 1),
    (0x001f0808, -8),
    (0x001f1806, -8),
    (0x001f2808, -8),
    (0x001f3808, -8),
    (0x001f4806, -8),
    (0x001f5984, -8),
    (0x001f6808, -8),
    (0x001f8808, -8),
    (0x001f9808, -8),
    (0x001fa808, -8),
    (0x001fb802, -8),
    (0x001fba02, -74),
    (0x001fbc01, -9),
    (0x001fc804, -86),
    (0x001fcc01, -9),
    (0x001fd802, -8),
    (0x001fda02, -100),
    (0x001fe802, -8),
    (0x001fea02, -112),
    (0x001fec01, -7),
    (0x001ff802, -128),
    (0x001ffa02, -126),
    (0x001ffc01, -9),
    (0x00212601, -7517),
    (0x00212a01, -8383),
    (0x00212b01, -8262),
    (0x00213201, 28),
    (0x00216010, 16),
    (0x00218301, 1),
    (0x0024b61a, 26),
    (0x002c0030, 48),
    (0x002c6001, 1),
    (0x002c6201, -10743),
    (0x002c6301, -3814),
    (0x002c6401, -10727),
    (0x002c6783, 1),
    (0x002c6d01, -10780),
    (0x002c6e01, -10749),
    (0x002c6f01, -10783),
    (0x002c7001, -10782),
    (0x002c7201, 1),
    (0x002c7501, 1),
    (0x002c7e02, -10815),
    (0x002c80b2, 1),
    (0x002ceb82, 1),
    (0x002cf201, 1),
    (0x00a64097, 1),
    (0x00a6808e, 1),
    (0x00a72287, 1),
    (0x00a7329f, 1),
    (0x00a77982, 1),
    (0x00a77d01, -35332),
    (0x00a77e85, 1),
    (0x00a78b01, 1),
    (0x00a78d01, -42280),
    (0x00a79082, 1),
    (0x00a7968a, 1),
    (0x00a7aa01, -42308),
    (0x00a7ab01, -42319),
    (0x00a7ac01, -42315),
    (0x00a7ad01, -42305),
    (0x00a7ae01, -42308),
    (0x00a7b001, -42258),
    (0x00a7b101, -42282),
    (0x00a7b201, -42261),
    (0x00a7b301, 928),
    (0x00a7b488, 1),
    (0x00a7c401, -48),
    (0x00a7c501, -42307),
    (0x00a7c601, -35384),
    (0x00a7c782, 1),
    (0x00a7cb01, -42343),
    (0x00a7cc88, 1),
    (0x00a7dc01, -42561),
    (0x00a7f501, 1),
    (0x00ff211a, 32),
    (0x01040028, 40),
    (0x0104b024, 40),
    (0x0105700b, 39),
    (0x01057c0f, 39),
    (0x01058c07, 39),
    (0x01059402, 39),
    (0x010c8033, 64),
    (0x010d5016, 32),
    (0x0118a020, 32),
    (0x016e4020, 32),
    (0x016ea019, 27),
    (0x01e90022, 34),
];

/// The lowercase form of `c`: one character, or two for `İ` (U+0130), which
/// lowercases to `i` and a combining dot above. The same as `c.to_lowercase()`.
pub(crate) fn lowercase(c: char) -> impl Iterator<Item = char> {
    let cp = c as u32;
    let second = (cp == 0x130).then_some('\u{307}');
    let first = if cp == 0x130 {
        'i'
    } else {
        lower_one(cp).unwrap_or(c)
    };
    std::iter::once(first).chain(second)
}

fn lower_one(cp: u32) -> Option<char> {
    let i = RUNS.partition_point(|&(packed, _)| packed >> 8 <= cp);
    let &(packed, delta) = RUNS.get(i.checked_sub(1)?)?;
    let (start, stride, count) = (packed >> 8, (packed >> 7 & 1) + 1, packed & 0x7F);
    let offset = cp - start;
    if !offset.is_multiple_of(stride) || offset / stride >= count {
        return None;
    }
    char::from_u32(cp.wrapping_add_signed(delta))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matches_std_for_every_char() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            assert!(
                lowercase(c).eq(c.to_lowercase()),
                "{c:?} (U+{:04X})",
                c as u32
            );
        }
    }

    /// Prints `RUNS` from the standard library's `char::to_lowercase`.
    #[test]
    #[ignore]
    fn print_lowercase_runs() {
        // (start, count, stride, delta)
        let mut runs: Vec<(u32, u32, u32, i64)> = Vec::new();
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            let mut lower = c.to_lowercase();
            let (Some(l), None) = (lower.next(), lower.next()) else {
                continue; // U+0130, handled in `lowercase`
            };
            if l == c {
                continue;
            }
            let (cp, delta) = (c as u32, l as i64 - c as i64);
            if let Some(run) = runs.last_mut() {
                let last = run.0 + (run.1 - 1) * run.2;
                let step = cp - last;
                if run.3 == delta && (step == run.2 || run.1 == 1 && step <= 2) {
                    run.2 = step;
                    run.1 += 1;
                    continue;
                }
            }
            runs.push((cp, 1, 1, delta));
        }
        println!("const RUNS: [(u32, i32); {}] = [", runs.len());
        for (start, count, stride, delta) in runs {
            assert!(start < 1 << 21 && count < 128 && (stride == 1 || stride == 2));
            let packed = start << 8 | (stride - 1) << 7 | count;
            println!("    (0x{packed:08x}, {delta}),");
        }
        println!("];");
    }
}

//! Format detection and HTML / Markdown article extraction of arbitrary bytes.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    parallax::fuzzing::input(data);
});

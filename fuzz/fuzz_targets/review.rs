//! Parsing of an arbitrary review file, applied to the sample comparison and printed.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    parallax::fuzzing::review(data);
});

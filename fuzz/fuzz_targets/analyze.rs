//! The whole analysis (alignment and comparison) of two arbitrary reports.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    parallax::fuzzing::analyze(data);
});

//! Decoding, cleaning and segmentation of arbitrary bytes as a plain-text report.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    parallax::fuzzing::document(data);
});

//! Parsing of an arbitrary configuration file.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    parallax::fuzzing::config(data);
});

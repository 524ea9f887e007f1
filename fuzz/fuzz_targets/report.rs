//! The analysis of two arbitrary reports printed in every format (text, JSON, Markdown, HTML).
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    parallax::fuzzing::report(data);
});

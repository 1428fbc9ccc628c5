// Package detectors finds personal data in text: person names, phone numbers,
// postal addresses and building access codes, for Korea, Japan, Taiwan and the
// United States.
//
// Detectors are pure functions of text plus its structural context (the field
// or column the text came from, the record index). They do no I/O and start no
// goroutines, so the scanner can run one Engine per worker.
//
// The flow for one record is:
//
//  1. the Engine runs one keyword pass (an Aho-Corasick automaton over the cue
//     words of every detector) and hands each detector the cue hits it asked for;
//  2. each Detector looks for candidates, validates them (libphonenumber for
//     phones, surname tables for names, ...) and emits a Match with a span, a
//     subtype, a country, a confidence, a normalised value and a masked preview;
//  3. the Engine resolves overlaps between kinds and passes the matches on.
//
// Normalisation (E.164 for phones, NFC with folded white space for names and
// addresses, digits and symbols for access codes) happens here, next to the
// kinds it depends on; Hasher turns a normalised value into value_hash.
package detectors

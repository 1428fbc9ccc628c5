// Package harness measures exposure on a generated estate: it scores a
// scan's findings against the generator's ground-truth labels (precision and
// recall per kind and country) and times scans against a raw read of the same
// data (see cmd/exposure bench and the README's benchmark table).
package harness

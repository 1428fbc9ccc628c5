// Command gencorpus (re)writes the labelled detector evaluation corpus.
//
//	go run ./bench/corpus/cmd/gencorpus [-dir testdata/corpus] [-seed S]
//
// With -seed, it writes a held-out corpus (same templates, other values)
// instead of the committed one; give it another -dir.
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/exposure-dev/exposure/bench/accuracy"
	"github.com/exposure-dev/exposure/bench/corpus"
)

func main() {
	dir := flag.String("dir", "testdata/corpus", "corpus directory")
	seed := flag.String("seed", "", "draw a held-out corpus with this seed (\"\" is the committed corpus)")
	flag.Parse()
	c := corpus.GenerateSeed(*seed)
	if err := c.Write(*dir); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	n := c.Count()
	for _, k := range accuracy.StandardKinds {
		fmt.Printf("%-12s KR %4d  JP %4d  TW %4d  US %4d\n", k, n.ByCountry[k]["KR"], n.ByCountry[k]["JP"], n.ByCountry[k]["TW"], n.ByCountry[k]["US"])
	}
	neg := 0
	for _, v := range n.Negatives {
		neg += v
	}
	fmt.Printf("negatives    %d in %d categories; %d files written to %s\n", neg, len(n.Negatives), len(c.Files), *dir)
}

package gen

import (
	"archive/zip"
	"bytes"
	"io"
	"time"

	"github.com/klauspost/compress/flate"
)

// backupZip builds a TypeBackupZip object: two to five monthly order
// exports and a README, deflated. Labels of a member carry its name as
// ContainerPath.
func (g *objGen) backupZip() error {
	r := g.r
	buf := bytes.NewBuffer(g.out[:0])
	zw := zip.NewWriter(buf)
	zw.RegisterCompressor(zip.Deflate, func(w io.Writer) (io.WriteCloser, error) {
		return flate.NewWriter(w, flate.BestSpeed)
	})
	n := 2 + r.intn(4)
	raw := max(int(g.o.size)*3/n, 1<<10) // order CSVs deflate about 3:1
	mod := g.d.t.Add(time.Duration(r.intn(86400)) * time.Second)
	readme := []byte("Monthly order export backup.\r\nRestore with the ops runbook.\r\nCreated " + mod.Format("2006-01-02 15:04:05") + "\r\n")
	if err := addMember(zw, "README.txt", mod, readme); err != nil {
		return err
	}
	for i := 0; i < n; i++ {
		m := dayOf(max(0, g.o.day-30*(n-i)))
		name := string(appendPad(nil, m.y, 4)) + "-" + string(appendPad(nil, m.m, 2))
		name = "exports/orders_" + name + "_" + string(appendPad(nil, i, 2)) + ".csv"
		g.lab.container = name
		lay := &orderLayouts[r.intn(len(orderLayouts))]
		csv := g.orderCSV(g.line[:0], raw, lay, false)
		g.line = csv
		if err := addMember(zw, name, mod, csv); err != nil {
			return err
		}
	}
	g.lab.container = ""
	if err := zw.Close(); err != nil {
		return err
	}
	g.out = buf.Bytes()
	return nil
}

func addMember(zw *zip.Writer, name string, mod time.Time, data []byte) error {
	w, err := zw.CreateHeader(&zip.FileHeader{Name: name, Method: zip.Deflate, Modified: mod})
	if err != nil {
		return err
	}
	_, err = w.Write(data)
	return err
}

package dataset

import (
	"math/rand/v2"
	"testing"
)

// recordGroups must pair the values of each record whatever the order of the
// rows: in order (CSV), column by column (Parquet), or shuffled.
func TestRecordGroupsOrder(t *testing.T) {
	type item struct {
		row  int64
		role int
		h    [16]byte
	}
	var items []item
	hash := func(role, v int) [16]byte { return [16]byte{byte(role), byte(v), byte(v >> 8)} }
	for row := int64(0); row < 300; row++ {
		items = append(items, item{row, roleName, hash(roleName, int(row%40))})
		items = append(items, item{row, rolePhone, hash(rolePhone, int(row%70))})
		if row%3 == 0 {
			items = append(items, item{row, roleAddress, hash(roleAddress, int(row%90))})
		}
	}
	count := func(items []item) (int64, int64) {
		cs := newCounters(1 << 20)
		var g recordGroups
		for _, it := range items {
			g.add("b\x00o\x00", it.row, it.role, it.h, cs)
		}
		g.add("b\x00other\x00", 0, roleName, hash(roleName, 1), cs)
		g.flush(cs)
		return cs.get("people|name_phone").count(), cs.get("people|name_address").count()
	}
	wantPhone, wantAddr := count(items)
	// (row%40, row%70) repeats after lcm = 280 rows; (row%40, row%90) for
	// every third row does not repeat within 300.
	if wantPhone != 280 || wantAddr != 100 {
		t.Fatalf("in order: %d name+phone, %d name+address, want 280, 100", wantPhone, wantAddr)
	}
	byRole := append([]item(nil), items...)
	for i := range byRole {
		for j := i; j > 0 && byRole[j].role < byRole[j-1].role; j-- {
			byRole[j], byRole[j-1] = byRole[j-1], byRole[j]
		}
	}
	shuffled := append([]item(nil), items...)
	rand.New(rand.NewPCG(1, 2)).Shuffle(len(shuffled), func(i, j int) { shuffled[i], shuffled[j] = shuffled[j], shuffled[i] })
	for name, its := range map[string][]item{"by column": byRole, "shuffled": shuffled} {
		if p, a := count(its); p != wantPhone || a != wantAddr {
			t.Errorf("%s: %d name+phone, %d name+address; in order %d, %d", name, p, a, wantPhone, wantAddr)
		}
	}
}

// A record with several names and phones pairs each name with each phone.
func TestRecordGroupsManyPerRecord(t *testing.T) {
	cs := newCounters(1 << 20)
	var g recordGroups
	for i, role := range []int{roleName, rolePhone, roleName, rolePhone, rolePhone, roleAddress} {
		g.add("o", 7, role, [16]byte{byte(role), byte(i)}, cs)
	}
	g.add("o", 8, rolePhone, [16]byte{9}, cs) // no name: no pair
	g.flush(cs)
	if p, a := cs.get("people|name_phone").count(), cs.get("people|name_address").count(); p != 6 || a != 2 {
		t.Errorf("%d name+phone, %d name+address pairs, want 6, 2", p, a)
	}
}

// Covers: parsing CSV-like text by hand with bufio.Scanner and strings.Split, converting fields, error lines.
package main

import (
	"bufio"
	"fmt"
	"strconv"
	"strings"
)

const csv = `name,qty,price
apple,3,0.5
pear,x,0.75
plum,10,0.2
`

type Row struct {
	Name  string
	Qty   int
	Price float64
}

func main() {
	sc := bufio.NewScanner(strings.NewReader(csv))
	sc.Scan() // header
	var rows []Row
	line := 1
	for sc.Scan() {
		line++
		f := strings.Split(sc.Text(), ",")
		if len(f) != 3 {
			continue
		}
		qty, err := strconv.Atoi(f[1])
		if err != nil {
			fmt.Printf("line %d: bad qty %q\n", line, f[1])
			continue
		}
		price, _ := strconv.ParseFloat(f[2], 64)
		rows = append(rows, Row{f[0], qty, price})
	}
	total := 0.0
	for _, r := range rows {
		total += float64(r.Qty) * r.Price
	}
	fmt.Printf("%d rows, total %.2f\n", len(rows), total)
}

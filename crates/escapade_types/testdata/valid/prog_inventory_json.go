// Covers: an inventory report: JSON decoding into structs, aggregation by category in maps, sorted output, %-formatting.
package main

import (
	"encoding/json"
	"fmt"
	"sort"
)

type Product struct {
	SKU      string  `json:"sku"`
	Category string  `json:"category"`
	Price    float64 `json:"price"`
	Qty      int     `json:"qty"`
}

const data = `[
 {"sku":"A1","category":"tools","price":9.5,"qty":3},
 {"sku":"B2","category":"toys","price":4.25,"qty":10},
 {"sku":"C3","category":"tools","price":20,"qty":1}
]`

func main() {
	var products []Product
	if err := json.Unmarshal([]byte(data), &products); err != nil {
		fmt.Println("decode:", err)
		return
	}
	totals := map[string]float64{}
	for _, p := range products {
		totals[p.Category] += p.Price * float64(p.Qty)
	}
	cats := make([]string, 0, len(totals))
	for c := range totals {
		cats = append(cats, c)
	}
	sort.Strings(cats)
	for _, c := range cats {
		fmt.Printf("%-6s %8.2f\n", c, totals[c])
	}
}

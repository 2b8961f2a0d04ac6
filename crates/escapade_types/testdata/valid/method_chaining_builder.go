// Covers: builder pattern with pointer-receiver methods returning the receiver for chaining.
package main

import (
	"fmt"
	"strings"
)

type Query struct {
	table string
	where []string
	limit int
}

func From(t string) *Query { return &Query{table: t} }

func (q *Query) Where(cond string) *Query {
	q.where = append(q.where, cond)
	return q
}

func (q *Query) Limit(n int) *Query { q.limit = n; return q }

func (q *Query) SQL() string {
	var b strings.Builder
	b.WriteString("SELECT * FROM " + q.table)
	if len(q.where) > 0 {
		b.WriteString(" WHERE " + strings.Join(q.where, " AND "))
	}
	if q.limit > 0 {
		fmt.Fprintf(&b, " LIMIT %d", q.limit)
	}
	return b.String()
}

func main() {
	fmt.Println(From("users").Where("age > 18").Where("active").Limit(10).SQL())
	fmt.Println(From("t").SQL())
}

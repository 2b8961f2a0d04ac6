// Covers: time.Duration arithmetic and formatting, time.Date, Add/Sub/Before/After, Format with layouts, Truncate, Weekday.
package main

import (
	"fmt"
	"time"
)

func main() {
	d := 90*time.Minute + 30*time.Second
	fmt.Println(d, d.Hours(), d.Minutes(), d.Round(time.Hour), d.Truncate(time.Hour))
	start := time.Date(2024, time.February, 28, 22, 30, 0, 0, time.UTC)
	end := start.Add(3 * time.Hour)
	fmt.Println(end.Format(time.RFC3339), end.Month(), end.Day(), end.Weekday())
	fmt.Println(end.Sub(start), start.Before(end), end.After(start), start.Equal(start))
	fmt.Println(start.Format("2006-01-02 15:04"), start.YearDay())
	next := start.AddDate(0, 1, 1)
	fmt.Println(next.Format("Jan 2, 2006"))
	p, err := time.ParseDuration("1h15m30.5s")
	fmt.Println(p, err, p.Seconds())
	t, err := time.Parse("2006-01-02", "2023-12-25")
	fmt.Println(t.Weekday(), err, t.Unix())
	var zero time.Time
	fmt.Println(zero.IsZero(), time.Duration(1500)*time.Millisecond)
}

// time without a clock: Date normalization (month 13, day 0, negative hours, leap years),
// Add/Sub/AddDate (Jan 31 + 1 month), Truncate/Round (halves), Weekday/YearDay/ISOWeek around
// year ends, Unix before 1970, FixedZone and In, every Format layout element, Parse of numeric
// layouts, ParseDuration with fractions and units, ==, zero value, printing.
package main

import (
	"fmt"
	"time"
)

func main() {
	utc := time.UTC
	t := time.Date(2024, 13, 0, -3, 75, 61, 1500000000, utc)
	fmt.Println(t)
	fmt.Println(time.Date(2023, 2, 29, 0, 0, 0, 0, utc), time.Date(2024, 2, 29, 12, 0, 0, 0, utc).YearDay())
	jan31 := time.Date(2023, time.January, 31, 8, 0, 0, 0, utc)
	fmt.Println(jan31.AddDate(0, 1, 0), jan31.AddDate(1, -13, 400))
	d := jan31.Sub(time.Date(2020, 6, 15, 23, 59, 59, 999999999, utc))
	fmt.Println(d, d.Hours(), jan31.Add(-d).Equal(time.Date(2020, 6, 15, 23, 59, 59, 999999999, utc)))
	for _, y := range []int{2004, 2005, 2008, 2009, 2010, 2020, 2021, 2026} {
		for _, md := range [][2]int{{1, 1}, {1, 3}, {12, 28}, {12, 31}} {
			tt := time.Date(y, time.Month(md[0]), md[1], 0, 0, 0, 0, utc)
			yy, ww := tt.ISOWeek()
			fmt.Print(tt.Format("2006-01-02 Mon"), " ", yy, "-W", ww, " ", tt.YearDay(), " | ")
		}
		fmt.Println()
	}
	x := time.Date(2021, 3, 14, 15, 9, 26, 535897932, utc)
	for _, dd := range []time.Duration{time.Second, 30 * time.Second, time.Minute, 7 * time.Minute, time.Hour, 24 * time.Hour, 500 * time.Millisecond, 3 * time.Nanosecond} {
		fmt.Println(dd, x.Truncate(dd).Format(time.RFC3339Nano), x.Round(dd).Format(time.RFC3339Nano))
	}
	half := time.Date(2021, 1, 1, 0, 0, 30, 0, utc)
	fmt.Println(half.Round(time.Minute), half.Add(-time.Nanosecond).Round(time.Minute))
	for _, u := range []int64{0, -1, 86399, -86400 * 365, 1e9, 4102444800} {
		tu := time.Unix(u, 5).UTC()
		fmt.Println(u, tu, tu.Unix(), tu.UnixMilli(), tu.UnixNano(), tu.Weekday())
	}
	fmt.Println(time.UnixMilli(1700000000123).UTC(), time.UnixMicro(-1).UTC())
	ist := time.FixedZone("IST", 5*3600+1800)
	neg := time.FixedZone("NST", -(3*3600 + 30*60))
	odd := time.FixedZone("ODD", 3600+61)
	for _, loc := range []*time.Location{utc, ist, neg, odd} {
		lt := x.In(loc)
		name, off := lt.Zone()
		fmt.Println(loc, name, off, lt, lt.Hour(), lt.Day(), lt.Equal(x), lt == x)
		fmt.Println(lt.Format("Z07:00 Z0700 Z07 -07:00:00 -070000 Z070000 Z07:00:00 -07 MST"))
	}
	layouts := []string{
		time.ANSIC, time.UnixDate, time.RubyDate, time.RFC822, time.RFC822Z, time.RFC850,
		time.RFC1123, time.RFC1123Z, time.RFC3339, time.RFC3339Nano, time.Kitchen, time.Stamp,
		time.StampMilli, time.StampMicro, time.StampNano, time.DateTime, time.DateOnly, time.TimeOnly,
		"Monday January 2 2006 3:4:5 pm", "_2 __2 002 06 1 01 Jan", "15.000 15,999 .9 .00 .999999999",
		"Janet Mond 2006x", "05.0000000000 5.99", "2006_2006 _2006",
	}
	early := time.Date(7, 2, 3, 4, 5, 6, 70000, utc)
	for _, l := range layouts {
		fmt.Printf("%q\n%s\n%s\n", l, x.Format(l), early.Format(l))
	}
	for _, in := range [][2]string{{"2006-01-02", "2023-12-25"}, {"2006-01-02 15:04:05", "1999-12-31 23:59:58"}, {"Jan 2 2006", "Feb 29 2024"}, {"02/01/2006", "31/12/2010"}, {"January 2, 2006", "March 7, 2001"}} {
		p, err := time.Parse(in[0], in[1])
		fmt.Println(p, err, p.Weekday(), p.Unix())
	}
	for _, s := range []string{"1h15m30.5s", "-1.5h", "300ms", "2h45m", "1.000000001s", ".5s", "1µs", "3us", "+0", "0", "1h1m1s1ms1us1ns", "0.3333333333h"} {
		pd, err := time.ParseDuration(s)
		fmt.Println(s, pd, err, int64(pd))
	}
	var zero time.Time
	fmt.Println(zero, zero.IsZero(), zero.Unix(), zero.Year(), zero.Weekday(), zero == time.Time{})
	fmt.Println(time.Date(1, 1, 1, 0, 0, 0, 0, utc) == zero, time.Date(2000, 1, 1, 0, 0, 0, 0, ist).Location())
	fmt.Println(time.Month(13), time.Weekday(7), time.March, time.Sunday, x.Compare(half), half.Compare(x), x.Compare(x))
	fmt.Println(x.Date())
	fmt.Println(x.Clock())
	fmt.Println(x.Nanosecond(), x.Minute(), x.Second(), x.Month(), x.Year())
}

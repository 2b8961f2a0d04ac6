// Covers: time layouts (Kitchen, RFC1123, custom), time zones via FixedZone, In, Truncate/Round on times, Unix conversions.
package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.Date(2023, time.July, 4, 15, 4, 5, 123456789, time.UTC)
	fmt.Println(t.Format(time.Kitchen), t.Format(time.RFC1123), t.Format("02/01/2006 15:04:05.000"))
	est := time.FixedZone("EST", -5*3600)
	fmt.Println(t.In(est).Format(time.RFC3339), t.In(est).Hour())
	fmt.Println(t.Truncate(time.Hour).Format(time.TimeOnly), t.Round(time.Minute).Format(time.TimeOnly))
	u := time.Unix(1700000000, 0).UTC()
	fmt.Println(u.Format(time.DateOnly), u.Unix(), t.UnixMilli())
	y, w := t.ISOWeek()
	fmt.Println(y, w, t.Month() == time.July, time.Saturday)
	d := time.Date(2024, 3, 1, 0, 0, 0, 0, time.UTC).Sub(time.Date(2024, 2, 1, 0, 0, 0, 0, time.UTC))
	fmt.Println(d.Hours()/24, "days in Feb 2024")
}

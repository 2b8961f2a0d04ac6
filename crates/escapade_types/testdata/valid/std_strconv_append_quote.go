// Covers: strconv.AppendQuote/AppendBool/FormatUint/QuoteToASCII/ParseComplex/IsPrint, building output without fmt.
package main

import (
	"os"
	"strconv"
)

func main() {
	buf := []byte("values: ")
	buf = strconv.AppendQuote(buf, "héllo")
	buf = append(buf, ' ')
	buf = strconv.AppendBool(buf, true)
	buf = append(buf, ' ')
	buf = strconv.AppendFloat(buf, 0.1, 'g', -1, 32)
	buf = append(buf, '\n')
	os.Stdout.Write(buf)
	os.Stdout.WriteString(strconv.FormatUint(1<<63, 16) + " " + strconv.QuoteToASCII("日本") + "\n")
	c, err := strconv.ParseComplex("1+2i", 128)
	os.Stdout.WriteString(strconv.FormatComplex(c, 'f', 1, 128) + " " + strconv.FormatBool(err == nil) + "\n")
	os.Stdout.WriteString(strconv.FormatBool(strconv.IsPrint('\t')) + "\n")
}

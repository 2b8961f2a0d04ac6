package main

var strs = []string{
	"",
	"hello",
	"tab\there",
	"quote\"inside",
	"\\backslash",
	"\x41\x42",
	"\101\102",
	"\u65e5\u672c",
	"\U00008a9e",
	"\xff\xfe",
	"日本語",
	"\a\b\f\n\r\v",
	`raw`,
	`raw with "quotes" and \n no escapes`,
	`multi
line
raw`,
	"'",
}

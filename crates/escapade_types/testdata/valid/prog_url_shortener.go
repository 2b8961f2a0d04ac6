// Covers: a URL shortener core: base62 encoding, maps both ways, struct with counters, strings.Builder, errors.
package main

import (
	"errors"
	"fmt"
	"strings"
)

const alphabet = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"

func encode(n uint64) string {
	if n == 0 {
		return "0"
	}
	var b []byte
	for n > 0 {
		b = append(b, alphabet[n%62])
		n /= 62
	}
	for i, j := 0, len(b)-1; i < j; i, j = i+1, j-1 {
		b[i], b[j] = b[j], b[i]
	}
	return string(b)
}

func decode(s string) (uint64, error) {
	var n uint64
	for _, c := range s {
		i := strings.IndexRune(alphabet, c)
		if i < 0 {
			return 0, errors.New("invalid code")
		}
		n = n*62 + uint64(i)
	}
	return n, nil
}

type Shortener struct {
	next  uint64
	byURL map[string]string
	byKey map[string]string
}

func (s *Shortener) Shorten(url string) string {
	if k, ok := s.byURL[url]; ok {
		return k
	}
	s.next += 1000
	k := encode(s.next)
	s.byURL[url], s.byKey[k] = k, url
	return k
}

func main() {
	s := &Shortener{byURL: map[string]string{}, byKey: map[string]string{}}
	a := s.Shorten("https://go.dev/doc")
	b := s.Shorten("https://go.dev/blog")
	fmt.Println(a, b, s.Shorten("https://go.dev/doc") == a, s.byKey[b])
	n, err := decode(b)
	fmt.Println(n, err)
	_, err = decode("!!")
	fmt.Println(err, encode(1<<40))
}

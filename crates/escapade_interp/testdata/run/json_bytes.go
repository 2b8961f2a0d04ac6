// Covers: encoding/json and []byte: base64 decoding as go1.27.3 does it (capacity from growslice of the exact decoded length, the old array reused when its capacity suffices and aliases see the bytes, "" gives a non-nil empty slice), a JSON array into []byte, duplicate keys switching between the two forms.
package main

import (
	"encoding/json"
	"fmt"
)

type B struct{ D []byte }

func main() {
	for _, in := range []string{`""`, `"aGk="`, `"aGVsbG8sIHdvcmxk"`, `"AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8gISIjJCUmJygpKissLS4vMDEyMzQ1Njc4OTo7PD0+Pw=="`} {
		var b []byte
		err := json.Unmarshal([]byte(in), &b)
		fmt.Println(err, len(b), cap(b), b == nil)
	}
	buf := make([]byte, 2, 20)
	fmt.Println(cap(buf))
	alias := buf[:20]
	fmt.Println(json.Unmarshal([]byte(`"aGVsbG8="`), &buf), string(buf), len(buf), cap(buf), string(alias[:5]))
	small := make([]byte, 2)
	fmt.Println(json.Unmarshal([]byte(`"aGVsbG8sIHdvcmxk"`), &small), string(small), len(small), cap(small))
	var st B
	fmt.Println(json.Unmarshal([]byte(`{"D":"aGk=","D":[1,2,3]}`), &st), st.D, cap(st.D))
	fmt.Println(json.Unmarshal([]byte(`{"D":[1,2,3,4,5,6,7,8,9],"D":"aGk="}`), &st), st.D, cap(st.D))
}

//! encoding/json never panics the interpreter: programs decode mutated JSON texts (truncated,
//! with bytes swapped, duplicated or replaced, invalid UTF-8, deep nesting) into structs,
//! `any`, maps and slices, marshal what they got back, validate the text and read it as a
//! token stream. Every run must end
//! with an exit status or a clean `unsupported:`/budget stop.
#![allow(clippy::disallowed_methods, clippy::print_stderr, reason = "test harness")]

mod common;

use escapade_interp::{run, Options, Outcome};

const SEEDS: &[&str] = &[
    r#"{"a":1,"b":["x","y"],"c":{"k":[true,null,2.5]},"d":{"a":-3,"d":null},"e":1e3,"f":"s"}"#,
    r#"[1,-0.5e-3,"\u00e9\ud83d\ude00",{"a":[[],{}]},false,null]"#,
    r#"{"A":"7","B":null,"C":{"":0},"D":{"D":{"D":{}}},"E":3.4e38,"F":[{"a":1}]}"#,
    r#""esc \" \\ \/ \b\f\n\r\t \u0041""#,
    r#"{"b":["1","2","3","4","5","6","7","8","9"],"e":-0,"g":1}"#,
];

/// Go source text of `b` as an interpreted string literal.
fn go_quote(b: &[u8]) -> String {
    let mut s = String::from("\"");
    for &c in b {
        match c {
            b'"' => s.push_str("\\\""),
            b'\\' => s.push_str("\\\\"),
            0x20..=0x7e => s.push(c as char),
            _ => s.push_str(&format!("\\x{c:02x}")),
        }
    }
    s.push('"');
    s
}

fn program(inputs: &[Vec<u8>]) -> String {
    let list: Vec<String> = inputs.iter().map(|i| go_quote(i)).collect();
    format!(
        r#"package main

import (
	"encoding/json"
	"fmt"
	"strings"
)

type T struct {{
	A int            `json:"a"`
	B []string       `json:"b,omitempty"`
	C map[string]any `json:"c"`
	D *T             `json:"d"`
	E float32        `json:"e"`
	F any            `json:"f"`
	G uint8          `json:"g,string"`
}}

func main() {{
	for _, in := range []string{{{}}} {{
		var t T
		err := json.Unmarshal([]byte(in), &t)
		fmt.Println(err, t.A, len(t.B), len(t.C), t.D != nil, t.E, t.G)
		var a any
		err = json.Unmarshal([]byte(in), &a)
		b, err2 := json.Marshal(a)
		fmt.Println(err, string(b), err2, json.Valid([]byte(in)))
		var m map[string][]int
		fmt.Println(json.Unmarshal([]byte(in), &m), len(m))
		dec := json.NewDecoder(strings.NewReader(in + " " + in))
		for i := 0; i < 3; i++ {{
			var x any
			fmt.Println(dec.Decode(&x))
		}}
		out, err3 := json.MarshalIndent(t, ">", " ")
		fmt.Println(len(out), err3)
	}}
	// Token streams last: a malformed one is refused and ends the run.
	fmt.Println("TOKENS")
	for _, in := range []string{{{}}} {{
		td := json.NewDecoder(strings.NewReader(in))
		for i := 0; i < 200; i++ {{
			tok, err := td.Token()
			if err != nil {{
				break
			}}
			fmt.Print(tok, td.More(), " ")
		}}
		fmt.Println()
	}}
}}
"#,
        list.join(", "),
        list.join(", ")
    )
}

#[test]
fn mutated_json_never_panics() {
    let mut next = common::xorshift(0x9E37_79B9_7F4A_7C15);
    let opts = Options { max_steps: 2_000_000, max_output: 1 << 18, ..Options::default() };
    let mut runs = 0;
    let mut decoded = 0;
    for round in 0..24 {
        let mut inputs = Vec::new();
        for k in 0..12 {
            let mut b = SEEDS[(round + k) % SEEDS.len()].as_bytes().to_vec();
            for _ in 0..(next() % 4) {
                let n = b.len().max(1) as u64;
                let i = (next() % n) as usize;
                match next() % 7 {
                    0 => b.truncate(i),
                    1 if i < b.len() => {
                        b.remove(i);
                    }
                    2 if i < b.len() => {
                        b[i] = b"{}[]\",:\\0-e.tfnu\xff\xe2"[(next() % 17) as usize]
                    }
                    3 => {
                        let j = (next() % n) as usize;
                        if i < b.len() && j < b.len() {
                            b.swap(i, j);
                        }
                    }
                    4 if i < b.len() => b.insert(i, b[i]),
                    5 => b = [b"[".repeat(i % 700), b.clone()].concat(),
                    _ => b.extend_from_slice(b" \t\n"),
                }
            }
            inputs.push(b);
        }
        let src = program(&inputs);
        let o = opts.clone();
        let r = std::thread::Builder::new()
            .stack_size(64 << 20)
            .spawn(move || run(&src, &o))
            .expect("thread")
            .join();
        let Ok(r) = r else { panic!("round {round} panicked on {inputs:?}") };
        if String::from_utf8_lossy(&r.output.stdout).contains("\nTOKENS\n") {
            decoded += 1;
        }
        match &r.outcome {
            Outcome::Exit(0) => {}
            Outcome::Stopped(m) => {
                if std::env::var("SHOW_STOPS").is_ok() {
                    eprintln!("round {round}: {m}");
                }
                assert!(m.starts_with("unsupported:") || m.starts_with("budget:"), "{m}")
            }
            Outcome::Exit(c) => {
                panic!("round {round} exited {c}: {}", String::from_utf8_lossy(&r.output.stderr))
            }
        }
        runs += 1;
    }
    assert_eq!(runs, 24);
    // Most rounds get through decoding and marshaling (refusals are the exception); the
    // token loops usually stop at a malformed input (refused, not guessed).
    assert!(decoded >= 12, "only {decoded} of {runs} rounds got through decoding");
}

//! Classroom and authoring (issue #10): exercise packs, predict-then-reveal, teacher mode,
//! exports for writers.
//!
//! - [`pack`]: the `escapade-pack/1` JSON format (parse, validate, write) (pure).
//! - [`answers`]: expected answers from the analyzer and the simulator, grading (pure).
//! - [`link`]: single-exercise links for teacher mode (pure).
//! - [`export`]: standalone HTML/SVG of the annotated snippet, SVG of a map frame (pure).
//! - [`ui`]: the Classroom components and the browser glue (fetch, storage, downloads).

pub mod answers;
pub mod export;
pub mod link;
pub mod pack;
pub mod ui;

pub use ui::Classroom;

/// The pack shipped with the app (also served as `exercises/basics.json`).
pub const SHIPPED_PACK: &str = include_str!("../../../../www/exercises/basics.json");

#[cfg(test)]
mod tests {
    use super::answers::{self, Expected, Given, Why};
    use super::pack::{self, Question};
    use super::*;
    use crate::escape_model::{version_label, EscapeModel, Status};

    fn shipped() -> pack::Pack {
        pack::parse(SHIPPED_PACK).expect("shipped pack parses")
    }

    fn golden_path(id: &str, go: &str) -> String {
        format!(
            "{}/../../www/exercises/goldens/basics.{id}.m-l.go{}.txt",
            env!("CARGO_MANIFEST_DIR"),
            go.replace('.', "")
        )
    }

    /// Every question of the shipped pack has an answer computed by the analyzer or the
    /// simulator (a question naming no existing verdict or event would fail here).
    #[test]
    fn every_shipped_question_resolves_to_a_verdict_or_event() {
        let p = shipped();
        assert!(p.exercises.len() >= 10, "{}", p.exercises.len());
        let (mut escape, mut map, mut output, mut why) = (0, 0, 0, 0);
        for e in &p.exercises {
            let sol = answers::solved(e);
            assert_eq!(sol.model.status, Status::Verdicts, "{}", e.id);
            for (q, a) in e.questions.iter().zip(&sol.answers) {
                let a = a.as_ref().unwrap_or_else(|err| panic!("{}: {q:?}: {err}", e.id));
                match (q, a) {
                    (
                        Question::Escape { at, expr, why: w },
                        Expected::Escape { verdict, heap, why: got },
                    ) => {
                        let v = &sol.model.verdicts[*verdict];
                        if let Some((l, c)) = at {
                            assert_eq!((v.line, v.col), (*l, *c), "{}", e.id);
                        }
                        if let Some(x) = expr {
                            assert_eq!(&v.subject, x, "{}", e.id);
                        }
                        assert_eq!(*heap, v.class == crate::escape_model::Class::Heap);
                        assert_eq!(
                            got.is_some(),
                            *w && *heap,
                            "{}: why asked only of heap verdicts",
                            e.id
                        );
                        why += usize::from(got.is_some());
                        escape += 1;
                    }
                    (Question::Output { choices, .. }, Expected::Output { text }) => {
                        assert!(
                            choices.is_empty() || choices.contains(text),
                            "{}: {text:?} not a choice",
                            e.id
                        );
                        output += 1;
                    }
                    (q, Expected::Number { op, event, .. } | Expected::Half { op, event, .. })
                        if q.is_map() =>
                    {
                        let (rt, seed) = e.map.expect("map questions name a runtime");
                        let run = crate::mapview::run::run(&e.starter, rt, seed);
                        assert!(*op < run.ops[0].len(), "{}", e.id);
                        assert!(!event.is_empty(), "{}", e.id);
                        map += 1;
                    }
                    other => panic!("{}: answer of the wrong kind {other:?}", e.id),
                }
            }
        }
        assert!(
            escape >= 15 && map >= 10 && output >= 1 && why >= 5,
            "{escape} {map} {output} {why}"
        );
    }

    /// The starter code of every exercise is what the real compiler analyses the same way: the
    /// analyzer's `-m -l` output for the exercise's Go version equals the golden written by
    /// scripts/exercise-goldens.sh from the real toolchain, so every asked verdict is gc's.
    #[test]
    fn shipped_starters_match_real_go_goldens() {
        for e in &shipped().exercises {
            let path = golden_path(&e.id, version_label(e.go));
            let golden =
                std::fs::read_to_string(&path).unwrap_or_else(|err| panic!("{path}: {err}"));
            let m = EscapeModel::new(&e.starter, e.go, false);
            let want: Vec<&str> = golden.lines().collect();
            assert_eq!(m.raw_m1, want, "{}", e.id);
            let sol = answers::solved(e);
            for a in sol.answers.iter().flatten() {
                if let Expected::Escape { verdict, .. } = a {
                    let line = sol.model.verdicts[*verdict].gc_line();
                    assert!(
                        want.contains(&line.as_str()),
                        "{}: {line} not in real go output",
                        e.id
                    );
                }
            }
        }
    }

    #[test]
    fn the_pack_round_trips_through_its_writer() {
        let p = shipped();
        assert_eq!(pack::parse(&pack::write(&p)), Ok(p));
    }

    #[test]
    fn bad_packs_are_refused_with_a_reason() {
        let cases: [(&str, &str); 9] = [
            ("{", "not valid JSON"),
            ("{\"format\":\"other/2\",\"title\":\"t\",\"exercises\":[]}", "unknown pack format"),
            ("{\"title\":\"t\",\"exercises\":[]}", "no \"format\""),
            ("{\"format\":\"escapade-pack/1\",\"title\":\"t\",\"exercises\":[]}", "1 to"),
            ("{\"format\":\"escapade-pack/1\",\"title\":\"t\",\"exercises\":[{\"title\":\"a\",\"starter\":\"package main\",\"questions\":[{\"kind\":\"guess\"}]}]}", "unknown question kind"),
            ("{\"format\":\"escapade-pack/1\",\"title\":\"t\",\"exercises\":[{\"title\":\"a\",\"starter\":\"package main\",\"questions\":[{\"kind\":\"escape\"}]}]}", "needs \"at\" or \"expr\""),
            ("{\"format\":\"escapade-pack/1\",\"title\":\"t\",\"exercises\":[{\"title\":\"a\",\"starter\":\"package main\",\"questions\":[{\"kind\":\"bucket\",\"key\":\"1\"}]}]}", "need \"map\""),
            ("{\"format\":\"escapade-pack/1\",\"title\":\"t\",\"exercises\":[{\"title\":\"a\",\"go\":\"1.9\",\"starter\":\"x\",\"questions\":[{\"kind\":\"escape\",\"at\":\"1:1\"}]}]}", "unsupported Go version"),
            ("{\"format\":\"escapade-pack/1\",\"title\":\"t\",\"extra\":1,\"exercises\":[]}", "unknown field \"extra\""),
        ];
        for (text, want) in cases {
            let e = pack::parse(text).expect_err(text);
            assert!(e.0.contains(want), "{text}: {e}");
        }
        let big = "x".repeat(pack::MAX_PACK_BYTES + 1);
        assert!(pack::parse(&big).unwrap_err().0.contains("larger than"));
    }

    #[test]
    fn questions_naming_no_verdict_or_event_stay_unresolved() {
        let text = SHIPPED_PACK.replace("\"at\": \"7:11\"", "\"at\": \"99:1\"");
        let p = pack::parse(&text).unwrap();
        let sol = answers::solved(&p.exercises[0]);
        assert!(sol.answers[0].as_ref().unwrap_err().contains("no stack/heap verdict at 99:1"));
        let mut e = p.exercises.iter().find(|e| e.id == "evacuation-xy").unwrap().clone();
        e.questions = vec![
            Question::Half { map: 0, key: "12345".into() },
            Question::Bucket { map: 3, key: "1".into() },
        ];
        let sol = answers::solved(&e);
        assert!(
            sol.answers[0].as_ref().unwrap_err().contains("not evacuated"),
            "{:?}",
            sol.answers[0]
        );
        assert!(sol.answers[1].as_ref().unwrap_err().contains("no map #4"));
    }

    #[test]
    fn grading_counts_answers_and_reasons() {
        let p = shipped();
        let e = p.exercises.iter().find(|e| e.id == "closures").unwrap();
        let sol = answers::solved(e);
        let right: Vec<Given> = sol
            .answers
            .iter()
            .map(|a| {
                let a = a.as_ref().unwrap();
                let why = match a {
                    Expected::Escape { why, .. } => *why,
                    _ => None,
                };
                Given { answer: a.answer(), why }
            })
            .collect();
        let (p_all, n) = answers::score(&sol, &right);
        assert_eq!(p_all, n);
        assert_eq!(n, 3 + 2, "two questions ask why");
        let mut wrong = right.clone();
        wrong[0].answer = if wrong[0].answer == "heap" { "stack".into() } else { "heap".into() };
        wrong[1].why = Why::ALL.into_iter().find(|w| Some(*w) != right[1].why);
        assert_eq!(answers::score(&sol, &wrong), (n - 2, n));
        assert_eq!(answers::score(&sol, &[]), (0, n));
    }

    #[test]
    fn reasons_follow_the_m2_flow() {
        let src = "package main\n\nimport \"fmt\"\n\nfunc ret() *int {\n\tx := 1\n\treturn &x\n}\n\nfunc clo() func() int {\n\tn := 0\n\treturn func() int { n++; return n }\n}\n\nfunc big() int {\n\tvar a [1 << 20]int\n\ta[1] = 2\n\treturn a[1]\n}\n\nfunc main() {\n\ty := big()\n\tfmt.Println(y)\n\t_, _ = ret(), clo()\n}\n";
        let m = EscapeModel::new(src, escapade_analysis::escape::GoVersion::Go127, false);
        let why = |subject: &str| {
            let v = m
                .verdicts
                .iter()
                .find(|v| v.subject == subject && v.class == crate::escape_model::Class::Heap);
            v.map(Why::of)
        };
        assert_eq!(why("x"), Some(Why::Returned), "{:?}", m.raw_m1);
        assert_eq!(why("n"), Some(Why::Closure));
        assert_eq!(why("a"), Some(Why::Size));
        assert_eq!(why("y"), Some(Why::Interface), "{:?}", m.raw_m1);
        // Go 1.23 cannot stack-allocate a make of run-time size: gc's flow says so.
        let src = "package main\n\nfunc f(n int) int {\n\ts := make([]int, n)\n\treturn len(s)\n}\n\nfunc main() {\n\t_ = f(3)\n}\n";
        let m = EscapeModel::new(src, escapade_analysis::escape::GoVersion::Go123, false);
        let v = m.verdicts.iter().find(|v| v.subject == "make([]int, n)").expect("verdict");
        assert_eq!(
            (v.class, Why::of(v)),
            (crate::escape_model::Class::Heap, Why::Size),
            "{:?}",
            v.m2_text
        );
    }
}

//! The structured result: diagnostics in gc's emission order, with `-m=2` explanations as
//! structured steps, and the renderer of `FILE:LINE:COL: message` lines.

use crate::ir::Pos;

/// What a diagnostic says.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DiagKind {
    /// `moved to heap: x`
    MovedToHeap,
    /// `EXPR escapes to heap` (also `append escapes to heap`).
    EscapesToHeap,
    /// `EXPR does not escape` (also `append does not escape`).
    DoesNotEscape,
    /// `p does not escape` for a parameter summary.
    ParamDoesNotEscape,
    /// `leaking param: p`
    LeakingParam,
    /// `leaking param content: p`
    LeakingParamContent,
    /// `leaking param: p to result R level=N`
    LeakingParamToResult { result: String, level: u32 },
    /// `zero-copy string->[]byte conversion`
    ZeroCopy,
    /// `F ignoring self-assignment in STMT`
    IgnoringSelfAssignment,
    /// `assuming p is unsafe uintptr`
    AssumingUnsafeUintptr,
    /// `marking p as escaping uintptr` / `...uintptr`
    MarkingEscapingUintptr { ddd: bool },
    /// `-m=2`: `F capturing by value: x (addr=… assign=… width=…)`
    CapturingByValue,
    /// `-m=2`: `F capturing by ref: x (…)`
    CapturingByRef,
    /// `-m=2` explanation block: `X escapes to heap[ in F]:` and its flow lines.
    ExplainEscape,
    /// `-m=2` explanation block: `parameter p leaks to S [for F ]with derefs=N:`.
    ExplainLeak,
    /// `devirtualizing X.M to T` (the front end's devirtualizer, before escape analysis).
    Devirtualized,
    /// A line of a std generic instantiation, verbatim (`$GOROOT/src/…: message`); `pos` is
    /// the user call that instantiates it.
    StdInstance,
    /// The inliner: `can inline F` (`-m`), `can inline F with cost N as: …` (`-m=2`).
    CanInline,
    /// The inliner: `inlining call to F`.
    InliningCall,
    /// `-m=2`: `cannot inline F: REASON` / `cannot inline F into G: repeated recursive cycle`.
    CannotInline,
}

/// One `from WHERE (why) at POS` line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NoteStep {
    pub where_text: String,
    pub why: String,
    pub pos: Pos,
}

/// One `flow: DST ← OPSSRC:` line with its notes (innermost first).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FlowStep {
    pub dst: String,
    pub src: String,
    /// `derefs` of the edge: -1 prints `&`, n ≥ 0 prints `*` n times.
    pub derefs: i32,
    pub notes: Vec<NoteStep>,
}

/// The steps of an explanation block.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Explanation {
    pub steps: Vec<FlowStep>,
    /// The path revisited a location (`warning: truncated explanation …`).
    pub truncated: bool,
    /// Use gc 1.27's `←` instead of `=`.
    pub arrow: bool,
}

/// A diagnostic at a gc position with gc's exact message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    pub kind: DiagKind,
    pub pos: Pos,
    pub message: String,
    pub explanation: Option<Explanation>,
}

impl Diagnostic {
    pub fn new(kind: DiagKind, pos: Pos, message: String) -> Diagnostic {
        Diagnostic { kind, pos, message, explanation: None }
    }

    /// An `-m=2` explanation block (printed with a position even when gc has none).
    fn is_explanation(&self) -> bool {
        matches!(self.kind, DiagKind::ExplainEscape | DiagKind::ExplainLeak)
    }

    /// Whether this line only appears with `-m=2`.
    pub fn is_m2(&self) -> bool {
        matches!(
            self.kind,
            DiagKind::CapturingByValue
                | DiagKind::CapturingByRef
                | DiagKind::ExplainEscape
                | DiagKind::ExplainLeak
                | DiagKind::CannotInline
        )
    }

    /// The rendered lines of this diagnostic (one, plus explanation lines).
    pub fn lines(&self, file: &str) -> Vec<String> {
        if self.kind == DiagKind::StdInstance {
            return vec![self.message.clone()];
        }
        let at = pos_text(file, self.pos);
        // A variable gc created without a position (`#next`) prints no position at all.
        let first = if self.pos.line == u32::MAX && !self.is_explanation() {
            self.message.clone()
        } else {
            format!("{at}: {}", self.message)
        };
        let mut out = vec![first];
        if let Some(ex) = &self.explanation {
            for step in &ex.steps {
                let ops = if step.derefs < 0 {
                    "&".to_string()
                } else {
                    "*".repeat(step.derefs as usize)
                };
                let arrow = if ex.arrow { "←" } else { "=" };
                out.push(format!("{at}:   flow: {} {arrow} {ops}{}:", step.dst, step.src));
                for n in &step.notes {
                    out.push(format!(
                        "{at}:     from {} ({}) at {}",
                        n.where_text,
                        n.why,
                        pos_text(file, n.pos)
                    ));
                }
            }
            if ex.truncated {
                out.push(format!(
                    "{at}:   warning: truncated explanation due to assignment cycle; see golang.org/issue/35518"
                ));
            }
        }
        out
    }
}

/// `FILE:LINE:COL`, or `<autogenerated>:1` for generated code (line 0).
fn pos_text(file: &str, pos: Pos) -> String {
    if pos.line == 0 {
        "<autogenerated>:1".to_string()
    } else if pos.line == u32::MAX {
        "<unknown line number>".to_string()
    } else {
        format!("{file}:{}:{}", pos.line, pos.col)
    }
}

/// Renders diagnostics as gc prints them for `-m` (`m == 1`, explanation-only lines dropped)
/// or `-m=2`, one line each, newline-terminated.
pub fn render(diags: &[Diagnostic], file: &str, m: u8) -> String {
    let mut s = String::new();
    for d in diags {
        if d.is_m2() && m < 2 {
            continue;
        }
        for line in d.lines(file) {
            s.push_str(&line);
            s.push('\n');
        }
    }
    s
}

//! The exercise pack format (`escapade-pack/1`, documented in `www/exercises/README.md`):
//! parsing and validation of untrusted JSON into plain data, and writing a pack back (teacher
//! mode). Pure: no DOM. Expected answers are never part of a pack; they come from the analyzer
//! and the simulator at run time (see [`super::answers`]).

use escapade_analysis::escape::GoVersion;
use escapade_analysis::maps::json::{self, Value};

use crate::escape_model::{version_by_label, version_label};
use crate::mapview::run::Runtime;

/// The format tag every pack starts with.
pub const FORMAT: &str = "escapade-pack/1";
/// Largest accepted pack text, in bytes.
pub const MAX_PACK_BYTES: usize = 512 * 1024;
/// Most exercises in a pack, questions in an exercise, hints in an exercise.
pub const MAX_EXERCISES: usize = 200;
pub const MAX_QUESTIONS: usize = 40;
pub const MAX_HINTS: usize = 10;
/// Longest starter program, in bytes.
pub const MAX_STARTER_BYTES: usize = 64 * 1024;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Pack {
    pub title: String,
    pub description: String,
    pub exercises: Vec<Exercise>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Exercise {
    pub id: String,
    pub title: String,
    pub instructions: String,
    /// Escape analysis version (`go`: "1.27" or "1.23").
    pub go: GoVersion,
    pub starter: String,
    /// Map runtime and hash seed for map questions (`map`: {"impl": "classic"|"swiss", "seed": N}).
    pub map: Option<(Runtime, u64)>,
    pub questions: Vec<Question>,
    pub hints: Vec<String>,
}

/// What kind of map event a growth question asks about.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GrowthEvent {
    /// Classic: the map starts growing (doubling or same-size); Swiss: the small map becomes a
    /// table, or a table grows or splits.
    Grow,
    /// Swiss: a table splits.
    Split,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Question {
    /// Stack or heap for the verdict at `at` (line, col) and/or about `expr` (gc's text).
    Escape { at: Option<(u32, u32)>, expr: Option<String>, why: bool },
    /// The bucket (classic) or group (Swiss) the first insert of `key` writes to.
    Bucket { map: usize, key: String },
    /// The insert (1-based, counting inserts of new keys into the map) during which the event
    /// happens first, after `after` inserts.
    Growth { map: usize, event: GrowthEvent, after: usize },
    /// The half (X or Y) `key` is evacuated to by the map's first doubling.
    Half { map: usize, key: String },
    /// Line `line` (1-based) of the program's output, optionally as a multiple choice.
    Output { line: usize, choices: Vec<String> },
}

impl Question {
    pub fn is_map(&self) -> bool {
        matches!(self, Question::Bucket { .. } | Question::Growth { .. } | Question::Half { .. })
    }
    pub fn needs_run(&self) -> bool {
        !matches!(self, Question::Escape { .. })
    }
}

/// Why a pack was refused (shown to the user).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PackError(pub String);

impl std::fmt::Display for PackError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

fn err<T>(msg: impl Into<String>) -> Result<T, PackError> {
    Err(PackError(msg.into()))
}

fn text(v: &Value, key: &str, at: &str, max: usize) -> Result<Option<String>, PackError> {
    match v.get(key) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::Str(s)) if s.len() <= max => Ok(Some(s.clone())),
        Some(Value::Str(_)) => err(format!("{at}: \"{key}\" is longer than {max} bytes")),
        Some(_) => err(format!("{at}: \"{key}\" must be a string")),
    }
}

fn required(v: &Value, key: &str, at: &str, max: usize) -> Result<String, PackError> {
    text(v, key, at, max)?.ok_or_else(|| PackError(format!("{at}: missing \"{key}\"")))
}

fn number(v: &Value, key: &str, at: &str) -> Result<Option<u64>, PackError> {
    match v.get(key) {
        None | Some(Value::Null) => Ok(None),
        Some(n @ Value::Num(_)) => match n.as_i64() {
            Some(i) if i >= 0 => Ok(Some(i as u64)),
            _ => err(format!("{at}: \"{key}\" must be a non-negative integer")),
        },
        Some(_) => err(format!("{at}: \"{key}\" must be a number")),
    }
}

fn only_keys(v: &Value, allowed: &[&str], at: &str) -> Result<(), PackError> {
    let Value::Obj(members) = v else { return err(format!("{at} must be an object")) };
    for (k, _) in members {
        if !allowed.contains(&k.as_str()) {
            return err(format!("{at}: unknown field \"{k}\""));
        }
    }
    Ok(())
}

/// Runtime by the pack's name for it.
pub fn runtime_by_name(s: &str) -> Option<Runtime> {
    [Runtime::Classic123, Runtime::Swiss127].into_iter().find(|r| r.slug() == s)
}

/// `"LINE:COL"` as numbers.
pub fn parse_at(s: &str) -> Option<(u32, u32)> {
    let (l, c) = s.split_once(':')?;
    let (l, c) = (l.parse::<u32>().ok()?, c.parse::<u32>().ok()?);
    (l > 0 && c > 0).then_some((l, c))
}

fn question(v: &Value, at: &str) -> Result<Question, PackError> {
    let kind = required(v, "kind", at, 20)?;
    let map = number(v, "map", at)?.unwrap_or(0).min(1 << 20) as usize;
    let key = |v: &Value| required(v, "key", at, 200);
    let q = match kind.as_str() {
        "escape" => {
            only_keys(v, &["kind", "at", "expr", "why"], at)?;
            let pos = match text(v, "at", at, 20)? {
                Some(s) => Some(parse_at(&s).ok_or_else(|| {
                    PackError(format!("{at}: \"at\" must be \"LINE:COL\", got {s:?}"))
                })?),
                None => None,
            };
            let expr = text(v, "expr", at, 200)?;
            if pos.is_none() && expr.is_none() {
                return err(format!("{at}: an escape question needs \"at\" or \"expr\""));
            }
            let why = match v.get("why") {
                None | Some(Value::Null) => false,
                Some(Value::Bool(b)) => *b,
                Some(_) => return err(format!("{at}: \"why\" must be true or false")),
            };
            Question::Escape { at: pos, expr, why }
        }
        "bucket" => {
            only_keys(v, &["kind", "map", "key"], at)?;
            Question::Bucket { map, key: key(v)? }
        }
        "half" => {
            only_keys(v, &["kind", "map", "key"], at)?;
            Question::Half { map, key: key(v)? }
        }
        "growth" => {
            only_keys(v, &["kind", "map", "event", "after"], at)?;
            let event = match text(v, "event", at, 20)?.as_deref() {
                None | Some("grow") => GrowthEvent::Grow,
                Some("split") => GrowthEvent::Split,
                Some(e) => return err(format!("{at}: unknown growth event {e:?} (grow, split)")),
            };
            let after = number(v, "after", at)?.unwrap_or(0).min(1 << 30) as usize;
            Question::Growth { map, event, after }
        }
        "output" => {
            only_keys(v, &["kind", "line", "choices"], at)?;
            let line = number(v, "line", at)?.unwrap_or(1);
            if line == 0 || line > 10_000 {
                return err(format!("{at}: \"line\" must be between 1 and 10000"));
            }
            let choices = match v.get("choices") {
                None | Some(Value::Null) => Vec::new(),
                Some(Value::Arr(items)) if items.len() <= 12 => items
                    .iter()
                    .map(|c| match c {
                        Value::Str(s) if s.len() <= 200 => Ok(s.clone()),
                        _ => err(format!("{at}: each choice must be a short string")),
                    })
                    .collect::<Result<_, _>>()?,
                Some(_) => return err(format!("{at}: \"choices\" must be a list of up to 12")),
            };
            Question::Output { line: line as usize, choices }
        }
        other => {
            return err(format!(
                "{at}: unknown question kind {other:?} (escape, bucket, growth, half, output)"
            ))
        }
    };
    Ok(q)
}

fn exercise(v: &Value, n: usize) -> Result<Exercise, PackError> {
    let at = format!("exercise {n}");
    only_keys(
        v,
        &["id", "title", "instructions", "go", "starter", "map", "questions", "hints"],
        &at,
    )?;
    let title = required(v, "title", &at, 200)?;
    let id = text(v, "id", &at, 80)?.unwrap_or_else(|| n.to_string());
    let instructions = text(v, "instructions", &at, 4000)?.unwrap_or_default();
    let go = match text(v, "go", &at, 10)? {
        None => GoVersion::Go127,
        Some(s) => version_by_label(&s).ok_or_else(|| {
            PackError(format!("{at}: unsupported Go version {s:?} (1.27 or 1.23)"))
        })?,
    };
    let starter = required(v, "starter", &at, MAX_STARTER_BYTES)?;
    let map = match v.get("map") {
        None | Some(Value::Null) => None,
        Some(m) => {
            let mat = format!("{at} map");
            only_keys(m, &["impl", "seed"], &mat)?;
            let name = required(m, "impl", &mat, 20)?;
            let rt = runtime_by_name(&name).ok_or_else(|| {
                PackError(format!("{mat}: unknown implementation {name:?} (classic, swiss)"))
            })?;
            Some((rt, number(m, "seed", &mat)?.unwrap_or(1)))
        }
    };
    let questions = match v.get("questions") {
        Some(Value::Arr(items)) if !items.is_empty() && items.len() <= MAX_QUESTIONS => items
            .iter()
            .enumerate()
            .map(|(i, q)| question(q, &format!("{at} question {}", i + 1)))
            .collect::<Result<Vec<_>, _>>()?,
        _ => return err(format!("{at}: \"questions\" must list 1 to {MAX_QUESTIONS} questions")),
    };
    if map.is_none() && questions.iter().any(Question::needs_run) {
        return err(format!("{at}: map and output questions need \"map\": {{\"impl\", \"seed\"}}"));
    }
    let hints = match v.get("hints") {
        None | Some(Value::Null) => Vec::new(),
        Some(Value::Arr(items)) if items.len() <= MAX_HINTS => items
            .iter()
            .map(|h| match h {
                Value::Str(s) if s.len() <= 2000 => Ok(s.clone()),
                _ => err(format!("{at}: each hint must be a string of at most 2000 bytes")),
            })
            .collect::<Result<_, _>>()?,
        Some(_) => return err(format!("{at}: \"hints\" must be a list of up to {MAX_HINTS}")),
    };
    Ok(Exercise { id, title, instructions, go, starter, map, questions, hints })
}

/// Parses and validates a pack. Never panics; bounded by [`MAX_PACK_BYTES`].
pub fn parse(text_in: &str) -> Result<Pack, PackError> {
    if text_in.len() > MAX_PACK_BYTES {
        return err(format!("the pack is larger than {} KiB", MAX_PACK_BYTES / 1024));
    }
    let v = json::parse(text_in).map_err(|e| {
        PackError(format!("the pack is not valid JSON ({} at byte {})", e.msg, e.pos))
    })?;
    only_keys(&v, &["format", "title", "description", "exercises"], "the pack")?;
    match v.get("format").and_then(Value::as_str) {
        Some(FORMAT) => {}
        Some(other) => {
            return err(format!("unknown pack format {other:?} (this page reads {FORMAT})"))
        }
        None => return err(format!("the pack has no \"format\": \"{FORMAT}\"")),
    }
    let title = required(&v, "title", "the pack", 200)?;
    let description = text(&v, "description", "the pack", 4000)?.unwrap_or_default();
    let exercises = match v.get("exercises") {
        Some(Value::Arr(items)) if !items.is_empty() && items.len() <= MAX_EXERCISES => items
            .iter()
            .enumerate()
            .map(|(i, e)| exercise(e, i + 1))
            .collect::<Result<Vec<_>, _>>()?,
        _ => return err(format!("\"exercises\" must list 1 to {MAX_EXERCISES} exercises")),
    };
    for (i, e) in exercises.iter().enumerate() {
        if exercises[..i].iter().any(|o| o.id == e.id) {
            return err(format!("exercise {}: duplicate id {:?}", i + 1, e.id));
        }
    }
    Ok(Pack { title, description, exercises })
}

fn field(out: &mut String, key: &str, value: &str) {
    json::write_str(out, key);
    out.push(':');
    json::write_str(out, value);
}

/// Writes a pack as JSON that [`parse`] reads back to the same pack.
pub fn write(p: &Pack) -> String {
    let mut o = String::from("{");
    field(&mut o, "format", FORMAT);
    o.push(',');
    field(&mut o, "title", &p.title);
    if !p.description.is_empty() {
        o.push(',');
        field(&mut o, "description", &p.description);
    }
    o.push_str(",\"exercises\":[");
    for (i, e) in p.exercises.iter().enumerate() {
        if i > 0 {
            o.push(',');
        }
        o.push('{');
        field(&mut o, "id", &e.id);
        o.push(',');
        field(&mut o, "title", &e.title);
        o.push(',');
        field(&mut o, "instructions", &e.instructions);
        o.push(',');
        field(&mut o, "go", version_label(e.go));
        o.push(',');
        field(&mut o, "starter", &e.starter);
        if let Some((rt, seed)) = e.map {
            o.push_str(",\"map\":{");
            field(&mut o, "impl", rt.slug());
            o.push_str(&format!(",\"seed\":{seed}}}"));
        }
        o.push_str(",\"questions\":[");
        for (j, q) in e.questions.iter().enumerate() {
            if j > 0 {
                o.push(',');
            }
            o.push('{');
            write_question(&mut o, q);
            o.push('}');
        }
        o.push(']');
        if !e.hints.is_empty() {
            o.push_str(",\"hints\":[");
            for (j, h) in e.hints.iter().enumerate() {
                if j > 0 {
                    o.push(',');
                }
                json::write_str(&mut o, h);
            }
            o.push(']');
        }
        o.push('}');
    }
    o.push_str("]}");
    o
}

fn write_question(o: &mut String, q: &Question) {
    match q {
        Question::Escape { at, expr, why } => {
            field(o, "kind", "escape");
            if let Some((l, c)) = at {
                o.push(',');
                field(o, "at", &format!("{l}:{c}"));
            }
            if let Some(e) = expr {
                o.push(',');
                field(o, "expr", e);
            }
            if *why {
                o.push_str(",\"why\":true");
            }
        }
        Question::Bucket { map, key } | Question::Half { map, key } => {
            let kind = if matches!(q, Question::Bucket { .. }) { "bucket" } else { "half" };
            field(o, "kind", kind);
            o.push_str(&format!(",\"map\":{map},"));
            field(o, "key", key);
        }
        Question::Growth { map, event, after } => {
            field(o, "kind", "growth");
            let ev = match event {
                GrowthEvent::Grow => "grow",
                GrowthEvent::Split => "split",
            };
            o.push_str(&format!(",\"map\":{map},\"after\":{after},"));
            field(o, "event", ev);
        }
        Question::Output { line, choices } => {
            field(o, "kind", "output");
            o.push_str(&format!(",\"line\":{line}"));
            if !choices.is_empty() {
                o.push_str(",\"choices\":[");
                for (i, c) in choices.iter().enumerate() {
                    if i > 0 {
                        o.push(',');
                    }
                    json::write_str(o, c);
                }
                o.push(']');
            }
        }
    }
}

//! Exports for writers: the escape-annotated snippet as a standalone HTML page or SVG image
//! (verdicts written inline, no script), and one map frame as SVG. Pure: text in, text out.

use escapade_analysis::LineIndex;

use crate::escape_model::{verdict_lines, version_label, Class, EscapeModel, VSeg};
use crate::mapview::view::{Bucket, Cell, FrameView, Layout};

/// Tab stops used when code is laid out in SVG (monospace columns).
const TAB: usize = 4;
/// Rows (buckets, groups) drawn per array in a map frame SVG.
const SVG_MAX_ROWS: usize = 64;

/// Escapes text for XML/HTML content and attribute values.
pub fn esc(s: &str) -> String {
    let mut o = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => o.push_str("&amp;"),
            '<' => o.push_str("&lt;"),
            '>' => o.push_str("&gt;"),
            '"' => o.push_str("&quot;"),
            '\'' => o.push_str("&#39;"),
            c if (c as u32) < 0x20 && c != '\n' && c != '\t' => o.push('\u{fffd}'),
            c => o.push(c),
        }
    }
    o
}

fn caption(m: &EscapeModel) -> String {
    format!(
        "Escape analysis of main.go as go build -gcflags='-m -l' prints it (Go {}), by Escapade",
        version_label(m.version)
    )
}

/// Verdict indices per 1-based line (the line of the verdict's position).
fn by_line(m: &EscapeModel, lines: usize) -> Vec<Vec<usize>> {
    let mut out = vec![Vec::new(); lines + 1];
    for (i, v) in m.verdicts.iter().enumerate() {
        if let Some(slot) = out.get_mut(v.line as usize) {
            slot.push(i);
        }
    }
    out
}

/// A standalone HTML page: the code with each verdict's expression marked (title = gc's
/// message), and gc's lines written under the code line they belong to.
pub fn snippet_html(text: &str, m: &EscapeModel) -> String {
    let segs = verdict_lines(text, m);
    let src_lines: Vec<&str> = text.split('\n').collect();
    let per_line = by_line(m, src_lines.len());
    let mut body = String::new();
    for (n, line) in src_lines.iter().enumerate() {
        let ln = n as u32 + 1;
        body.push_str(&format!("<span class=\"ln\" aria-hidden=\"true\">{ln:>3}</span> "));
        match segs.iter().find(|(l, _)| *l == ln) {
            Some((_, ss)) => {
                for s in ss {
                    match s {
                        VSeg::Text(t) => body.push_str(&esc(t.trim_end_matches('\n'))),
                        VSeg::Mark(t, i) => {
                            let v = &m.verdicts[*i];
                            body.push_str(&format!(
                                "<mark class=\"{}\" title=\"{}\">{}</mark>",
                                v.class.slug(),
                                esc(&v.message),
                                esc(t.trim_end_matches('\n'))
                            ));
                        }
                        VSeg::Point(_) => {}
                    }
                }
            }
            None => body.push_str(&esc(line)),
        }
        body.push('\n');
        for &i in &per_line[n + 1] {
            let v = &m.verdicts[i];
            body.push_str(&format!(
                "<span class=\"verdict {}\">    {} {}:{}: {}</span>\n",
                v.class.slug(),
                v.class.letter(),
                v.line,
                v.col,
                esc(&v.message)
            ));
        }
    }
    let status = match &m.status {
        crate::escape_model::Status::Verdicts => String::new(),
        other => format!("<p class=\"note\">No verdicts: {}</p>", esc(&format!("{other:?}"))),
    };
    format!(
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>Escape analysis: main.go</title>\n<style>\n\
body{{font-family:system-ui,sans-serif;margin:1.5rem;color:#1b1f24;background:#fff}}\n\
pre{{font:13px/1.5 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;background:#f6f8fa;padding:1rem;border-radius:6px;overflow:auto;tab-size:4}}\n\
.ln{{color:#8c959f;user-select:none}}\n\
mark{{background:none;text-decoration:underline 2px;text-underline-offset:3px}}\n\
mark.heap{{text-decoration-color:#cf222e}} mark.stack{{text-decoration-color:#1a7f37}} mark.leak,mark.param{{text-decoration-color:#9a6700}} mark.note{{text-decoration-color:#8c959f}}\n\
.verdict{{font-style:italic}} .verdict.heap{{color:#cf222e}} .verdict.stack{{color:#1a7f37}} .verdict.leak,.verdict.param{{color:#9a6700}} .verdict.note{{color:#57606a}}\n\
figcaption{{font-size:.9rem;color:#57606a;margin-bottom:.4rem}}\n\
@media (prefers-color-scheme: dark){{body{{background:#0d1117;color:#e6edf3}}pre{{background:#161b22}}.verdict.heap{{color:#ff7b72}}.verdict.stack{{color:#7ee787}}}}\n\
</style>\n</head>\n<body>\n<figure class=\"escapade-export\">\n<figcaption>{}. H = heap, S = stack, L = leaking parameter, P = parameter does not escape, i = note.</figcaption>\n{status}<pre><code>{body}</code></pre>\n</figure>\n</body>\n</html>\n",
        esc(&caption(m))
    )
}

/// Display columns of a line prefix (tabs expanded).
fn columns(s: &str) -> usize {
    s.chars().fold(0, |c, ch| if ch == '\t' { c / TAB * TAB + TAB } else { c + 1 })
}

fn expand_tabs(s: &str) -> String {
    let mut o = String::new();
    for ch in s.chars() {
        if ch == '\t' {
            let n = TAB - columns(&o) % TAB;
            o.push_str(&" ".repeat(n));
        } else {
            o.push(ch);
        }
    }
    o
}

fn class_color(c: Class) -> &'static str {
    match c {
        Class::Heap => "#cf222e",
        Class::Stack => "#1a7f37",
        Class::Leak | Class::ParamOk => "#9a6700",
        Class::Note | Class::Inline => "#57606a",
    }
}

/// An SVG image of the code with verdict underlines and gc's messages inline after each line.
pub fn snippet_svg(text: &str, m: &EscapeModel) -> String {
    const CH: f64 = 7.8;
    const LH: f64 = 20.0;
    let index = LineIndex::new(text);
    let src_lines: Vec<&str> = text.split('\n').collect();
    let per_line = by_line(m, src_lines.len());
    let code_cols = src_lines.iter().map(|l| columns(l)).max().unwrap_or(0);
    let note_x = 48.0 + (code_cols as f64 + 3.0) * CH;
    let mut rows = String::new();
    let mut y = 40.0;
    let mut width: f64 = note_x + 200.0;
    for (n, line) in src_lines.iter().enumerate() {
        let ln = n + 1;
        let vs = &per_line[ln];
        let baseline = y + 14.0;
        rows.push_str(&format!(
            "<text x=\"8\" y=\"{baseline}\" class=\"ln\">{ln}</text><text x=\"48\" y=\"{baseline}\" class=\"code\">{}</text>\n",
            esc(&expand_tabs(line))
        ));
        for (k, &i) in vs.iter().enumerate() {
            let v = &m.verdicts[i];
            let color = class_color(v.class);
            // Underline the verdict's expression (clipped to this line).
            if let Some(span) = index.line_span(ln as u32) {
                let (ls, le) = (span.start as usize, span.end as usize);
                let (a, b) = (v.range.0.clamp(ls, le), v.range.1.clamp(ls, le));
                if let (Some(pa), Some(pb)) = (text.get(ls..a), text.get(ls..b)) {
                    let (xa, xb) = (48.0 + columns(pa) as f64 * CH, 48.0 + columns(pb) as f64 * CH);
                    let xb = if xb <= xa { xa + CH } else { xb };
                    rows.push_str(&format!(
                        "<line x1=\"{xa:.1}\" y1=\"{u:.1}\" x2=\"{xb:.1}\" y2=\"{u:.1}\" stroke=\"{color}\" stroke-width=\"2\"/>\n",
                        u = baseline + 3.0
                    ));
                }
            }
            let note = format!("{} {}:{}: {}", v.class.letter(), v.line, v.col, v.message);
            let ny = baseline + k as f64 * LH;
            rows.push_str(&format!(
                "<text x=\"{note_x:.1}\" y=\"{ny}\" fill=\"{color}\" class=\"verdict {}\" data-line=\"{}\" data-col=\"{}\">{}</text>\n",
                v.class.slug(),
                v.line,
                v.col,
                esc(&note)
            ));
            width = width.max(note_x + (note.chars().count() as f64 + 2.0) * CH);
        }
        y += LH * vs.len().max(1) as f64;
    }
    let height = y + 16.0;
    format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width:.0}\" height=\"{height:.0}\" viewBox=\"0 0 {width:.0} {height:.0}\" role=\"img\" aria-label=\"{cap}\">\n\
<title>{cap}</title>\n\
<style>text{{font:13px ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;white-space:pre}} .ln{{fill:#8c959f}} .code{{fill:#1b1f24}} .cap{{font:12px system-ui,sans-serif;fill:#57606a}} .verdict{{font-style:italic}}</style>\n\
<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n\
<text x=\"8\" y=\"20\" class=\"cap\">{cap}</text>\n{rows}</svg>\n",
        cap = esc(&caption(m))
    )
}

fn cell_svg(o: &mut String, c: &Cell, x: f64, y: f64) {
    let fill = match c.mark {
        crate::mapview::view::Mark::Current => "#fff1b8",
        crate::mapview::view::Mark::Probed => "#eef2ff",
        crate::mapview::view::Mark::None => "#ffffff",
    };
    o.push_str(&format!(
        "<rect x=\"{x:.0}\" y=\"{y:.0}\" width=\"56\" height=\"34\" fill=\"{fill}\" stroke=\"#8c959f\"/>\
<text x=\"{tx:.0}\" y=\"{ty1:.0}\" class=\"tag{}\">{}</text>",
        if c.marker { " marker" } else { "" },
        esc(&c.tag),
        tx = x + 4.0,
        ty1 = y + 13.0
    ));
    if let Some(k) = &c.key {
        let k: String = k.chars().take(7).collect();
        o.push_str(&format!(
            "<text x=\"{:.0}\" y=\"{:.0}\" class=\"key\">{}</text>",
            x + 4.0,
            y + 28.0,
            esc(&k)
        ));
    }
    o.push('\n');
}

fn bucket_row_svg(o: &mut String, label: &str, chain: &[&[Cell]], y: f64) -> f64 {
    o.push_str(&format!(
        "<text x=\"8\" y=\"{:.0}\" class=\"idx\">{}</text>\n",
        y + 22.0,
        esc(label)
    ));
    let mut x = 64.0;
    let mut right: f64 = x;
    for cells in chain {
        for c in cells.iter() {
            cell_svg(o, c, x, y);
            x += 58.0;
        }
        right = x;
        x += 16.0;
    }
    right
}

/// An SVG image of one map frame: the operation, the micro-step's narration, the header
/// fields and the buckets (classic) or groups (Swiss), at most [`SVG_MAX_ROWS`] per array.
pub fn frame_svg(v: &FrameView) -> String {
    let mut body = String::new();
    let mut y = 78.0;
    let mut width: f64 = 720.0;
    let mut elided = Vec::new();
    let header = |o: &mut String, y: &mut f64, fields: &[crate::mapview::view::Field]| {
        let line = fields
            .iter()
            .map(|f| format!("{} {}", f.name, f.value))
            .collect::<Vec<_>>()
            .join(" · ");
        o.push_str(&format!("<text x=\"8\" y=\"{:.0}\" class=\"hdr\">{}</text>\n", *y, esc(&line)));
        *y += 16.0;
    };
    let chain_cells =
        |b: &[Bucket]| -> Vec<Vec<Cell>> { b.iter().map(|b| b.cells.clone()).collect() };
    match &v.layout {
        Layout::Classic(c) => {
            header(&mut body, &mut y, &c.header);
            body.push_str(&format!(
                "<text x=\"8\" y=\"{y:.0}\" class=\"hdr\">load {:.2} / 6.5</text>\n",
                c.load
            ));
            y += 14.0;
            let mut arrays = vec![("buckets", &c.rows)];
            if let Some(old) = &c.old_rows {
                arrays.push(("oldbuckets", old));
            }
            for (name, rows) in arrays {
                body.push_str(&format!(
                    "<text x=\"8\" y=\"{:.0}\" class=\"sec\">{name}</text>\n",
                    y + 12.0
                ));
                y += 20.0;
                for r in rows.iter().take(SVG_MAX_ROWS) {
                    let cells = chain_cells(&r.chain);
                    let refs: Vec<&[Cell]> = cells.iter().map(Vec::as_slice).collect();
                    let label = format!("{}{}", r.index, if r.evacuated { " ⇢" } else { "" });
                    width = width.max(bucket_row_svg(&mut body, &label, &refs, y) + 8.0);
                    y += 40.0;
                }
                if rows.len() > SVG_MAX_ROWS {
                    elided.push(format!("{} of {} {name} drawn", SVG_MAX_ROWS, rows.len()));
                }
            }
            if let Some(e) = &c.elided {
                elided.push(e.clone());
            }
        }
        Layout::Swiss(s) => {
            header(&mut body, &mut y, &s.header);
            if !s.directory.is_empty() {
                let d = s
                    .directory
                    .iter()
                    .map(|(first, n, t)| format!("[{first}..{}] → table {t}", first + n - 1))
                    .collect::<Vec<_>>()
                    .join(", ");
                body.push_str(&format!(
                    "<text x=\"8\" y=\"{y:.0}\" class=\"hdr\">directory {}</text>\n",
                    esc(&d)
                ));
                y += 16.0;
            }
            if let Some(g) = &s.small {
                body.push_str(&format!(
                    "<text x=\"8\" y=\"{:.0}\" class=\"sec\">small map group</text>\n",
                    y + 12.0
                ));
                y += 20.0;
                width = width.max(bucket_row_svg(&mut body, "g0", &[&g.cells], y) + 8.0);
                y += 40.0;
            }
            for t in &s.tables {
                body.push_str(&format!(
                    "<text x=\"8\" y=\"{:.0}\" class=\"sec\">table {}</text>\n",
                    y + 12.0,
                    t.id
                ));
                y += 18.0;
                header(&mut body, &mut y, &t.header);
                for g in t.groups.iter().take(SVG_MAX_ROWS) {
                    width = width.max(
                        bucket_row_svg(&mut body, &format!("g{}", g.index), &[&g.cells], y) + 8.0,
                    );
                    y += 40.0;
                }
                if t.groups.len() > SVG_MAX_ROWS {
                    elided.push(format!(
                        "table {}: {} of {} groups drawn",
                        t.id,
                        SVG_MAX_ROWS,
                        t.groups.len()
                    ));
                }
            }
            if let Some(e) = &s.elided {
                elided.push(e.clone());
            }
        }
        Layout::Unknown(why) => {
            body.push_str(&format!(
                "<text x=\"8\" y=\"{y:.0}\" class=\"hdr\">{}</text>\n",
                esc(why)
            ));
            y += 16.0;
        }
    }
    for e in &elided {
        body.push_str(&format!(
            "<text x=\"8\" y=\"{:.0}\" class=\"hdr\">{}</text>\n",
            y + 14.0,
            esc(e)
        ));
        y += 16.0;
    }
    let height = y + 24.0;
    let title = format!(
        "Frame {} of {}: operation {} of {}, {}",
        v.frame + 1,
        v.frames,
        v.op + 1,
        v.ops,
        v.title
    );
    format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width:.0}\" height=\"{height:.0}\" viewBox=\"0 0 {width:.0} {height:.0}\" role=\"img\" aria-label=\"{t}\">\n\
<title>{t}</title>\n\
<style>text{{font:12px ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;fill:#1b1f24}} .cap{{font:13px system-ui,sans-serif;font-weight:600}} .nar{{font:12px system-ui,sans-serif;fill:#57606a}} .sec{{font-weight:700}} .marker{{fill:#8c959f}} .key{{fill:#0550ae}} .idx{{fill:#57606a}}</style>\n\
<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n\
<text x=\"8\" y=\"22\" class=\"cap\">{t}</text>\n\
<text x=\"8\" y=\"42\" class=\"nar\">{n}</text>\n\
<text x=\"8\" y=\"60\" class=\"nar\">{e}</text>\n{body}</svg>\n",
        t = esc(&title),
        n = esc(&v.narration),
        e = esc(&v.event),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use escapade_analysis::escape::GoVersion;

    const SRC: &str = "package main\n\nfunc f() *int {\n\tx := 1\n\treturn &x\n}\n\nfunc main() {\n\ts := make([]int, 4)\n\t_ = s\n\t_ = f() // <&>\n}\n";

    #[test]
    fn html_and_svg_carry_every_verdict_inline_and_no_script() {
        let m = EscapeModel::new(SRC, GoVersion::Go127, false);
        assert!(m.verdicts.len() >= 2, "{:?}", m.raw_m1);
        let html = snippet_html(SRC, &m);
        let svg = snippet_svg(SRC, &m);
        for v in &m.verdicts {
            let line = format!("{}:{}: {}", v.line, v.col, esc(&v.message));
            assert!(html.contains(&line), "html lacks {line}");
            assert!(svg.contains(&line), "svg lacks {line}");
        }
        assert!(
            html.contains("<mark class=\"heap\" title=\"moved to heap: x\">x</mark>"),
            "{html}"
        );
        for doc in [&html, &svg] {
            assert!(!doc.to_ascii_lowercase().contains("<script"));
            assert!(doc.contains("// &lt;&amp;&gt;"), "source text is escaped");
        }
        assert!(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\""));
        // The escaped SVG is well-formed enough for the JSON-free XML check: balanced text tags.
        assert_eq!(svg.matches("<text").count(), svg.matches("</text>").count());
    }

    #[test]
    fn tabs_expand_to_monospace_columns() {
        assert_eq!(columns("\tx"), 5);
        assert_eq!(columns("ab\tc"), 5);
        assert_eq!(expand_tabs("a\tb"), "a   b");
    }

    #[test]
    fn a_map_frame_exports_its_buckets_and_narration() {
        use crate::mapview::run::{self, Runtime};
        let src = "package main\n\nfunc main() {\n\tm := make(map[int]int)\n\tfor i := 0; i < 20; i++ {\n\t\tm[i] = i\n\t}\n}\n";
        for rt in [Runtime::Classic123, Runtime::Swiss127] {
            let r = run::run(src, rt, 1);
            let t = run::timeline(&r, 0).unwrap();
            let li = LineIndex::new(src);
            // Past the end clamps to the last frame.
            let v =
                crate::mapview::view::frame_view(&t, usize::MAX, &|o| li.line_col(o).line).unwrap();
            assert_eq!(v.frame + 1, v.frames);
            let svg = frame_svg(&v);
            assert!(svg.contains(&esc(&v.narration)), "{rt:?}");
            assert!(svg.contains(&format!("Frame {} of {}", v.frames, v.frames)));
            // Every key of the final map is drawn.
            for k in 0..20 {
                assert!(svg.contains(&format!("class=\"key\">{k}</text>")), "{rt:?} key {k}");
            }
        }
    }
}

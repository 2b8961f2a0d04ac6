//! Share links and saved sessions: the playground state in a versioned, compressed string.
//!
//! Format (`v2`): the URL fragment is `#v2.` followed by base64url (no padding) of the raw
//! DEFLATE of a UTF-8 payload:
//!
//! ```text
//! go=1.27            Go version label (one the version picker offers)
//! inline=on          on | off: inlining modelled (plain `go build`) or not (`-l`)
//! pane=escape        escape | map | output
//! filter=all         heap | all | params | inlining
//! tab=verdicts       verdicts | raw
//!                    (an empty line ends the header)
//! <the Go source, verbatim, to the end>
//! ```
//!
//! `v1` (the same without `inline=`, and without the `inlining` filter) still opens: those
//! links were made when the page always showed `-l` results, so they open with inlining off.
//!
//! Every header key must appear exactly once, unknown keys are refused, and decoding is
//! bounded: the encoded text is capped at [`MAX_ENCODED`] characters and inflation stops at
//! [`MAX_PAYLOAD`] bytes, so a small link can never expand into a large allocation. The same
//! string (without `#`) is what the page keeps in localStorage. Pure: no DOM.

use escapade_analysis::escape::GoVersion;

use crate::escape_model::{version_by_label, version_label, Filter};
use crate::state::{EscapeTab, Pane};

/// Longest accepted encoded text (the part after `#`), in bytes.
pub const MAX_ENCODED: usize = 64 * 1024;
/// Largest accepted payload after inflation, in bytes.
pub const MAX_PAYLOAD: usize = 256 * 1024;
const PREFIX: &str = "v2.";
/// The previous format (no `inline=` key), still decoded.
const PREFIX_V1: &str = "v1.";

/// The part of the playground a link carries.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Shared {
    pub source: String,
    pub version: GoVersion,
    /// Model inlining (no `-l`).
    pub inline: bool,
    pub pane: Pane,
    pub filter: Filter,
    pub tab: EscapeTab,
}

/// Why a link could not be opened (shown to the user).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DecodeError {
    TooLong,
    UnknownVersion(String),
    BadBase64,
    BadCompression,
    TooLarge,
    NotUtf8,
    BadField(String),
}

impl std::fmt::Display for DecodeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            DecodeError::TooLong => write!(f, "the link is longer than {MAX_ENCODED} characters"),
            DecodeError::UnknownVersion(v) => {
                write!(f, "unknown link format {v:?} (this page reads v1 and v2)")
            }
            DecodeError::BadBase64 => write!(f, "the link is not valid base64url"),
            DecodeError::BadCompression => write!(f, "the link's data is truncated or corrupted"),
            DecodeError::TooLarge => {
                write!(f, "the link's code is larger than {} KiB", MAX_PAYLOAD / 1024)
            }
            DecodeError::NotUtf8 => write!(f, "the link's code is not UTF-8 text"),
            DecodeError::BadField(s) => write!(f, "the link has an invalid field: {s}"),
        }
    }
}

/// Where the page starts: a link in the fragment wins, else the saved session, else the default
/// example. A bad link yields the message to show (over the default example); a bad saved
/// session is ignored silently.
pub fn startup(fragment: Option<&str>, saved: Option<&str>) -> (Option<Shared>, Option<String>) {
    match fragment.map(|f| f.strip_prefix('#').unwrap_or(f)).filter(|f| !f.is_empty()) {
        Some(f) => match decode(f) {
            Ok(s) => (Some(s), None),
            Err(e) => (
                None,
                Some(format!(
                    "This share link could not be opened: {e}. Showing the default example."
                )),
            ),
        },
        None => (saved.and_then(|s| decode(s).ok()), None),
    }
}

fn pane_by_slug(s: &str) -> Option<Pane> {
    Pane::ALL.into_iter().find(|p| p.slug() == s)
}

fn tab_slug(t: EscapeTab) -> &'static str {
    match t {
        EscapeTab::Verdicts => "verdicts",
        EscapeTab::Raw => "raw",
    }
}

fn on_off(b: bool) -> &'static str {
    if b {
        "on"
    } else {
        "off"
    }
}

/// Encodes `s` as `v2.<base64url(deflate(payload))>` (no `#`).
pub fn encode(s: &Shared) -> String {
    let payload = format!(
        "go={}\ninline={}\npane={}\nfilter={}\ntab={}\n\n{}",
        version_label(s.version),
        on_off(s.inline),
        s.pane.slug(),
        s.filter.slug(),
        tab_slug(s.tab),
        s.source
    );
    let packed = miniz_oxide::deflate::compress_to_vec(payload.as_bytes(), 9);
    format!("{PREFIX}{}", b64_encode(&packed))
}

/// Decodes a fragment (a leading `#` is ignored). Never panics; bounded in time and memory.
pub fn decode(fragment: &str) -> Result<Shared, DecodeError> {
    let text = fragment.strip_prefix('#').unwrap_or(fragment);
    if text.len() > MAX_ENCODED {
        return Err(DecodeError::TooLong);
    }
    let (body, v1) = match (text.strip_prefix(PREFIX), text.strip_prefix(PREFIX_V1)) {
        (Some(body), _) => (body, false),
        (None, Some(body)) => (body, true),
        (None, None) => {
            let tag: String = text.split('.').next().unwrap_or("").chars().take(12).collect();
            return Err(DecodeError::UnknownVersion(tag));
        }
    };
    let packed = b64_decode(body).ok_or(DecodeError::BadBase64)?;
    let raw =
        miniz_oxide::inflate::decompress_to_vec_with_limit(&packed, MAX_PAYLOAD).map_err(|e| {
            match e.status {
                miniz_oxide::inflate::TINFLStatus::HasMoreOutput => DecodeError::TooLarge,
                _ => DecodeError::BadCompression,
            }
        })?;
    let payload = String::from_utf8(raw).map_err(|_| DecodeError::NotUtf8)?;
    parse_payload(&payload, v1)
}

/// The header and source of a payload; `v1`: the format without `inline=` (inlining off).
fn parse_payload(payload: &str, v1: bool) -> Result<Shared, DecodeError> {
    let Some((header, source)) = payload.split_once("\n\n") else {
        return Err(DecodeError::BadField("missing header end".into()));
    };
    let (mut version, mut pane, mut filter, mut tab) = (None, None, None, None);
    let mut inline = v1.then_some(false);
    for line in header.split('\n') {
        let bad = || DecodeError::BadField(line.chars().take(40).collect());
        let (key, value) = line.split_once('=').ok_or_else(bad)?;
        let dup = match key {
            "go" => version.replace(version_by_label(value).ok_or_else(bad)?).is_some(),
            "inline" if !v1 => {
                let on = [true, false].into_iter().find(|&b| on_off(b) == value);
                inline.replace(on.ok_or_else(bad)?).is_some()
            }
            "pane" => pane.replace(pane_by_slug(value).ok_or_else(bad)?).is_some(),
            "filter" => filter
                .replace(
                    Filter::ALL
                        .into_iter()
                        .filter(|f| !v1 || f.in_v1())
                        .find(|f| f.slug() == value)
                        .ok_or_else(bad)?,
                )
                .is_some(),
            "tab" => tab
                .replace(
                    [EscapeTab::Verdicts, EscapeTab::Raw]
                        .into_iter()
                        .find(|&t| tab_slug(t) == value)
                        .ok_or_else(bad)?,
                )
                .is_some(),
            _ => return Err(bad()),
        };
        if dup {
            return Err(bad());
        }
    }
    let missing = |k: &str| DecodeError::BadField(format!("missing {k}"));
    Ok(Shared {
        source: source.to_string(),
        version: version.ok_or_else(|| missing("go"))?,
        inline: inline.ok_or_else(|| missing("inline"))?,
        pane: pane.ok_or_else(|| missing("pane"))?,
        filter: filter.ok_or_else(|| missing("filter"))?,
        tab: tab.ok_or_else(|| missing("tab"))?,
    })
}

const B64: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

pub(crate) fn b64_encode(data: &[u8]) -> String {
    let mut out = String::with_capacity(data.len().div_ceil(3) * 4);
    for chunk in data.chunks(3) {
        let b = [chunk[0], *chunk.get(1).unwrap_or(&0), *chunk.get(2).unwrap_or(&0)];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for i in 0..=chunk.len() {
            out.push(char::from(B64[((n >> (18 - 6 * i)) & 63) as usize]));
        }
    }
    out
}

pub(crate) fn b64_decode(text: &str) -> Option<Vec<u8>> {
    let digit = |c: u8| B64.iter().position(|&d| d == c).map(|v| v as u32);
    if text.len() % 4 == 1 {
        return None;
    }
    let mut out = Vec::with_capacity(text.len() / 4 * 3 + 2);
    for chunk in text.as_bytes().chunks(4) {
        let mut n = 0u32;
        for (i, &c) in chunk.iter().enumerate() {
            n |= digit(c)? << (18 - 6 * i);
        }
        let bytes = [(n >> 16) as u8, (n >> 8) as u8, n as u8];
        out.extend_from_slice(&bytes[..chunk.len() - 1]);
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample(source: &str) -> Shared {
        Shared {
            source: source.to_string(),
            version: GoVersion::Go123,
            inline: false,
            pane: Pane::Output,
            filter: Filter::HeapOnly,
            tab: EscapeTab::Raw,
        }
    }

    #[test]
    fn round_trips_every_choice_and_odd_text() {
        let texts =
            ["", "\n\n", "package main\n\nfunc main() {}\n", "go=1.27\n\nx 世界 😀 \0 \r\n"];
        for text in texts {
            for version in crate::escape_model::VERSIONS {
                for (pane, inline) in Pane::ALL.into_iter().zip([true, false, true]) {
                    for filter in Filter::ALL {
                        for tab in [EscapeTab::Verdicts, EscapeTab::Raw] {
                            let s =
                                Shared { source: text.into(), version, inline, pane, filter, tab };
                            let link = encode(&s);
                            assert!(link.starts_with("v2."));
                            assert!(link.bytes().all(|b| b.is_ascii_alphanumeric()
                                || b == b'-'
                                || b == b'_'
                                || b == b'.'));
                            assert_eq!(decode(&link), Ok(s.clone()));
                            assert_eq!(decode(&format!("#{link}")), Ok(s));
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn links_made_before_the_inlining_toggle_open_with_inlining_off() {
        // A v1 link as the previous release wrote it.
        let payload = "go=1.23\npane=output\nfilter=heap\ntab=raw\n\npackage main\n";
        let v1 = format!(
            "v1.{}",
            b64_encode(&miniz_oxide::deflate::compress_to_vec(payload.as_bytes(), 9))
        );
        assert_eq!(decode(&v1), Ok(sample("package main\n")));
        // Saved sessions are the same string: they keep their choices too.
        assert_eq!(startup(None, Some(&v1)), (Some(sample("package main\n")), None));
    }

    #[test]
    fn base64_round_trips_all_lengths() {
        for n in 0..70u8 {
            let data: Vec<u8> = (0..n).map(|i| i.wrapping_mul(37)).collect();
            assert_eq!(b64_decode(&b64_encode(&data)), Some(data));
        }
        assert_eq!(b64_decode("A"), None);
        assert_eq!(b64_decode("AB=="), None);
    }

    #[test]
    fn truncated_and_garbage_links_are_errors_not_panics() {
        let link = encode(&sample(&"package main\nvar x = 1\n".repeat(20)));
        for cut in 0..link.len() {
            let r = decode(&link[..cut]);
            assert!(r.is_err(), "prefix of {cut} chars decoded: {r:?}");
        }
        for bad in ["", "#", "v1.", "v1.!!!!", "v1.AAAA", "v1.____", "hello", "#v1.%%", "v1.😀"] {
            assert!(decode(bad).is_err(), "{bad}");
        }
        // Flipping any single character never panics.
        let bytes = link.as_bytes();
        for i in 3..bytes.len() {
            let mut b = bytes.to_vec();
            b[i] = if b[i] == b'A' { b'B' } else { b'A' };
            let _ = decode(std::str::from_utf8(&b).unwrap_or(""));
        }
    }

    #[test]
    fn startup_prefers_the_link_then_the_saved_session() {
        let a = sample("package a\n");
        let b = sample("package b\n");
        let (la, lb) = (encode(&a), encode(&b));
        assert_eq!(startup(Some(&format!("#{la}")), Some(&lb)), (Some(a.clone()), None));
        assert_eq!(startup(Some("#"), Some(&lb)), (Some(b.clone()), None));
        assert_eq!(startup(None, Some(&lb)), (Some(b), None));
        assert_eq!(startup(None, Some("junk")), (None, None));
        assert_eq!(startup(None, None), (None, None));
        let (s, msg) = startup(Some("#v1.AAAA"), Some(&la));
        assert_eq!(s, None);
        assert!(msg.is_some_and(|m| m.contains("could not be opened")));
    }

    #[test]
    fn unknown_versions_are_named() {
        assert_eq!(decode("v3.AAAA"), Err(DecodeError::UnknownVersion("v3".into())));
        assert!(decode("#x").unwrap_err().to_string().contains("unknown link format"));
    }

    #[test]
    fn oversized_links_and_bombs_are_refused_within_the_caps() {
        assert_eq!(decode(&"A".repeat(MAX_ENCODED + 1)), Err(DecodeError::TooLong));
        // 16 MiB of zeros deflates to ~16 KiB (a link under the cap): inflation must stop at 256 KiB.
        let bomb = miniz_oxide::deflate::compress_to_vec(&vec![0u8; 16 << 20], 9);
        let link = format!("v1.{}", b64_encode(&bomb));
        assert!(link.len() < MAX_ENCODED, "{}", link.len());
        assert_eq!(decode(&link), Err(DecodeError::TooLarge));
        // Code just over the payload cap is refused; just under is fine.
        let big = sample(&"x".repeat(MAX_PAYLOAD));
        assert_eq!(decode(&encode(&big)), Err(DecodeError::TooLarge));
        let ok = sample(&"x".repeat(MAX_PAYLOAD - 100));
        assert_eq!(decode(&encode(&ok)), Ok(ok));
    }

    #[test]
    fn every_field_is_validated() {
        let pack = |p: &str| {
            format!("v1.{}", b64_encode(&miniz_oxide::deflate::compress_to_vec(p.as_bytes(), 6)))
        };
        let good = "go=1.27\npane=map\nfilter=all\ntab=raw\n\ncode";
        assert_eq!(decode(&pack(good)).map(|s| s.pane), Ok(Pane::Map));
        // v2 adds inline= (required) and the inlining filter.
        let pack2 = |p: &str| pack(p).replacen("v1.", "v2.", 1);
        let v2 = "go=1.27\ninline=on\npane=map\nfilter=inlining\ntab=raw\n\ncode";
        let s = decode(&pack2(v2)).expect("v2");
        assert!(s.inline && s.filter == Filter::Inlining);
        assert_eq!(decode(&pack2(&v2.replace("=on", "=off"))).map(|s| s.inline), Ok(false));
        for bad in [
            "go=1.27\npane=map\nfilter=all\ntab=raw\n\ncode",
            "go=1.27\ninline=yes\npane=map\nfilter=all\ntab=raw\n\ncode",
            "go=1.27\ninline=on\ninline=on\npane=map\nfilter=all\ntab=raw\n\ncode",
        ] {
            assert!(matches!(decode(&pack2(bad)), Err(DecodeError::BadField(_))), "{bad}");
        }
        for bad in [
            "go=1.99\npane=map\nfilter=all\ntab=raw\n\ncode",
            "go=1.27\npane=nope\nfilter=all\ntab=raw\n\ncode",
            "go=1.27\npane=map\nfilter=x\ntab=raw\n\ncode",
            "go=1.27\npane=map\nfilter=all\ntab=x\n\ncode",
            "go=1.27\npane=map\nfilter=all\n\ncode",
            "go=1.27\ngo=1.27\npane=map\nfilter=all\ntab=raw\n\ncode",
            "go=1.27\npane=map\nfilter=all\ntab=raw\nextra=1\n\ncode",
            "go=1.27\npane=map\nfilter=all\ntab=raw",
            // v1 had neither the inline key nor the inlining filter.
            "go=1.27\ninline=on\npane=map\nfilter=all\ntab=raw\n\ncode",
            "go=1.27\npane=map\nfilter=inlining\ntab=raw\n\ncode",
        ] {
            assert!(matches!(decode(&pack(bad)), Err(DecodeError::BadField(_))), "{bad}");
        }
        let not_utf8 = format!(
            "v1.{}",
            b64_encode(&miniz_oxide::deflate::compress_to_vec(
                b"go=1.27\npane=map\nfilter=all\ntab=raw\n\n\xff",
                6
            ))
        );
        assert_eq!(decode(&not_utf8), Err(DecodeError::NotUtf8));
    }
}

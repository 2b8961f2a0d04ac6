//! Exercise links (teacher mode): a one-exercise pack in the page's query string,
//! `?exercise=x1.<base64url(raw DEFLATE(pack JSON))>`, with the share links' base64url and the
//! same bounds (encoded size cap, inflation stopped at the pack size limit). Pure: no DOM.

use super::pack::{self, Pack, MAX_PACK_BYTES};
use crate::share::{b64_decode, b64_encode, MAX_ENCODED};

const PREFIX: &str = "x1.";

/// Encodes a pack as the `exercise` parameter's value.
pub fn encode(p: &Pack) -> String {
    let packed = miniz_oxide::deflate::compress_to_vec(pack::write(p).as_bytes(), 9);
    format!("{PREFIX}{}", b64_encode(&packed))
}

/// Decodes an `exercise` parameter. Never panics; bounded in time and memory.
pub fn decode(value: &str) -> Result<Pack, String> {
    if value.len() > MAX_ENCODED {
        return Err(format!("the exercise link is longer than {MAX_ENCODED} characters"));
    }
    let body = value
        .strip_prefix(PREFIX)
        .ok_or_else(|| "the exercise link is not in a format this page reads (x1)".to_string())?;
    let packed = b64_decode(body).ok_or("the exercise link is not valid base64url")?;
    let raw = miniz_oxide::inflate::decompress_to_vec_with_limit(&packed, MAX_PACK_BYTES)
        .map_err(|_| "the exercise link's data is truncated, corrupted or too large".to_string())?;
    let text = String::from_utf8(raw).map_err(|_| "the exercise link is not UTF-8 text")?;
    pack::parse(&text).map_err(|e| format!("the exercise link holds an invalid pack: {e}"))
}

/// The value of parameter `name` in a query string (`?a=1&b=2`), percent-decoded.
pub fn query_param(search: &str, name: &str) -> Option<String> {
    search.trim_start_matches('?').split('&').find_map(|kv| {
        let (k, v) = kv.split_once('=').unwrap_or((kv, ""));
        (k == name).then(|| percent_decode(v))
    })
}

fn percent_decode(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        let hex = |c: u8| (c as char).to_digit(16);
        match b[i] {
            b'%' if i + 2 < b.len() => match (hex(b[i + 1]), hex(b[i + 2])) {
                (Some(h), Some(l)) => {
                    out.push((h * 16 + l) as u8);
                    i += 3;
                    continue;
                }
                _ => out.push(b'%'),
            },
            b'+' => out.push(b' '),
            c => out.push(c),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Percent-encodes a query value (unreserved characters kept).
#[cfg(test)]
pub fn percent_encode(s: &str) -> String {
    let mut o = String::with_capacity(s.len());
    for &c in s.as_bytes() {
        if c.is_ascii_alphanumeric() || b"-_.~".contains(&c) {
            o.push(c as char);
        } else {
            o.push_str(&format!("%{c:02X}"));
        }
    }
    o
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_round_trip_and_refuse_damage() {
        let p = pack::parse(crate::exercises::SHIPPED_PACK).unwrap();
        let one = Pack { exercises: p.exercises[..1].to_vec(), ..p };
        let v = encode(&one);
        assert!(v.starts_with("x1."));
        assert_eq!(decode(&v), Ok(one));
        assert!(decode("y1.abc").unwrap_err().contains("format"));
        assert!(decode("x1.*").unwrap_err().contains("base64url"));
        assert!(decode(&v[..v.len() / 2]).is_err());
        assert!(decode(&"x".repeat(MAX_ENCODED + 1)).unwrap_err().contains("longer"));
        // A bomb: a large payload compressed small is stopped at the pack limit.
        let bomb = miniz_oxide::deflate::compress_to_vec(&vec![b' '; MAX_PACK_BYTES * 4], 9);
        assert!(decode(&format!("x1.{}", b64_encode(&bomb))).unwrap_err().contains("too large"));
    }

    #[test]
    fn query_params_are_found_and_decoded() {
        let q = "?embed=1&pack=https%3A%2F%2Fex.org%2Fp.json&ex=3&flag";
        assert_eq!(query_param(q, "pack").as_deref(), Some("https://ex.org/p.json"));
        assert_eq!(query_param(q, "ex").as_deref(), Some("3"));
        assert_eq!(query_param(q, "flag").as_deref(), Some(""));
        assert_eq!(query_param(q, "missing"), None);
        assert_eq!(query_param("?a=%zz%4", "a").as_deref(), Some("%zz%4"));
        let s = "a b/é?&=";
        assert_eq!(query_param(&format!("?x={}", percent_encode(s)), "x").as_deref(), Some(s));
    }
}

//! The capacity `append` gives a slice that must grow, as gc's runtime computes it on 64-bit
//! targets (go1.27, linux/amd64).
//!
//! Growth happens in two steps:
//! 1. the *wanted* capacity: if the new length is more than twice the old capacity, exactly the
//!    new length; else double the old capacity while it is below 256 elements; else grow by
//!    `(cap + 768) / 4` repeatedly (about 1.25×) until the new length fits;
//! 2. the wanted byte size is rounded up to what the allocator really hands out: one of the 67
//!    small size classes (≤ 32 KiB), or whole 8 KiB pages for larger objects. Pointer-holding
//!    objects larger than 512 bytes carry an 8-byte malloc header inside their size class, which
//!    the rounding accounts for. The capacity is then however many elements fit.
//!
//! Slices whose backing store stays on the stack (the compiler's escape analysis decides) grow
//! differently: see [`stack_buffer_len`] and [`grow_in_buffer`].

/// Pointer size of the modelled target, in bytes.
pub const PTR_SIZE: u64 = 8;
/// Largest allocation the runtime accepts on linux/amd64 (`1 << 48`).
pub const MAX_ALLOC: u64 = 1 << 48;
/// Allocation page size (`1 << 13`).
pub const PAGE_SIZE: u64 = 1 << 13;
/// Largest "small" object; bigger ones are rounded to whole pages.
pub const MAX_SMALL_SIZE: u64 = 32768;
/// Header the allocator stores in pointer-holding small objects larger than
/// [`MIN_SIZE_FOR_MALLOC_HEADER`].
pub const MALLOC_HEADER_SIZE: u64 = 8;
/// Pointer-holding objects up to this size keep their pointer bitmap in the span instead.
pub const MIN_SIZE_FOR_MALLOC_HEADER: u64 = PTR_SIZE * 64;
/// Bytes of the stack buffer the compiler gives a non-escaping `append`/`make`
/// (`-d=variablemakethreshold`, default 32).
pub const STACK_BUFFER_BYTES: u64 = 32;

/// Object sizes of the malloc size classes (class 0, "large", omitted), go1.27 amd64.
pub const SIZE_CLASSES: [u16; 67] = [
    8, 16, 24, 32, 48, 64, 80, 96, 112, 128, 144, 160, 176, 192, 208, 224, 240, 256, 288, 320, 352,
    384, 416, 448, 480, 512, 576, 640, 704, 768, 896, 1024, 1152, 1280, 1408, 1536, 1792, 2048,
    2304, 2688, 3072, 3200, 3456, 4096, 4864, 5376, 6144, 6528, 6784, 6912, 8192, 9472, 9728,
    10240, 10880, 12288, 13568, 14336, 16384, 18432, 19072, 20480, 21760, 24576, 27264, 28672,
    32768,
];

/// Why an `append` cannot grow: Go panics with `growslice: len out of range`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LenOutOfRange;

/// The element type as far as growth is concerned.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ElemLayout {
    /// `unsafe.Sizeof` of the element.
    pub size: u64,
    /// Whether the element type contains pointers (pointers, slices, strings, maps, chans,
    /// funcs, interfaces, or structs/arrays holding any of them).
    pub has_pointers: bool,
}

impl ElemLayout {
    pub const fn new(size: u64, has_pointers: bool) -> ElemLayout {
        ElemLayout { size, has_pointers }
    }
}

/// Step 1: the capacity wanted before size-class rounding (`newLen` > `oldCap` ≥ 0).
pub fn wanted_cap(new_len: u64, old_cap: u64) -> u64 {
    let double = old_cap.saturating_mul(2);
    if new_len > double {
        return new_len;
    }
    const THRESHOLD: u64 = 256;
    if old_cap < THRESHOLD {
        return double;
    }
    let mut cap = old_cap;
    while cap < new_len {
        // Go computes in a signed int and falls back to newLen on overflow.
        match cap.checked_add((cap + 3 * THRESHOLD) >> 2) {
            Some(c) if c <= i64::MAX as u64 => cap = c,
            _ => return new_len,
        }
    }
    cap
}

/// Bytes the allocator really provides for a request of `size` bytes (minus any malloc header).
pub fn roundup_size(size: u64, noscan: bool) -> u64 {
    if size <= MAX_SMALL_SIZE - MALLOC_HEADER_SIZE {
        let header =
            if !noscan && size > MIN_SIZE_FOR_MALLOC_HEADER { MALLOC_HEADER_SIZE } else { 0 };
        let req = size + header;
        let class = SIZE_CLASSES.iter().map(|&c| u64::from(c)).find(|&c| c >= req);
        // Every req ≤ MAX_SMALL_SIZE has a class; the fallback is unreachable but total.
        return class.map_or(req, |c| c - header);
    }
    match size.checked_add(PAGE_SIZE - 1) {
        Some(s) => s & !(PAGE_SIZE - 1),
        None => size,
    }
}

/// The capacity of the new backing store when appending to a slice with capacity `old_cap`
/// grows it to `new_len` elements (requires `new_len > old_cap`). Zero-size elements get
/// exactly `new_len`.
pub fn grow_cap(old_cap: u64, new_len: u64, elem: ElemLayout) -> Result<u64, LenOutOfRange> {
    if new_len > i64::MAX as u64 {
        return Err(LenOutOfRange);
    }
    if elem.size == 0 {
        return Ok(new_len);
    }
    let cap = wanted_cap(new_len, old_cap);
    let noscan = !elem.has_pointers;
    let bytes = cap.checked_mul(elem.size).ok_or(LenOutOfRange)?;
    if bytes > MAX_ALLOC {
        return Err(LenOutOfRange);
    }
    Ok(roundup_size(bytes, noscan) / elem.size)
}

/// Capacity after `append(s, xs...)`: unchanged when the result fits, else [`grow_cap`].
pub fn append_cap(len: u64, cap: u64, added: u64, elem: ElemLayout) -> Result<u64, LenOutOfRange> {
    let new_len = len.checked_add(added).ok_or(LenOutOfRange)?;
    if new_len <= cap {
        return Ok(cap);
    }
    grow_cap(cap, new_len, elem)
}

/// Number of elements of the stack buffer the compiler reserves for a non-escaping `append`
/// (or `make` with a non-constant length): `32 / size`, none for zero-size or larger elements.
pub fn stack_buffer_len(elem: ElemLayout) -> Option<u64> {
    if elem.size == 0 || elem.size > STACK_BUFFER_BYTES {
        return None;
    }
    Some(STACK_BUFFER_BYTES / elem.size)
}

/// Capacity when growth can reuse a stack buffer of `buf_len` elements (the compiler's
/// "walk up the size-class ladder" strategy for slices that later move to the heap): the
/// smallest size class holding `new_len` elements if that fits the buffer, else [`grow_cap`].
pub fn grow_in_buffer(
    old_cap: u64,
    new_len: u64,
    elem: ElemLayout,
    buf_len: u64,
) -> Result<u64, LenOutOfRange> {
    if new_len > buf_len || elem.size == 0 {
        return grow_cap(old_cap, new_len, elem);
    }
    Ok(roundup_size(new_len * elem.size, !elem.has_pointers) / elem.size)
}

/// Capacity after gc's `move2heap` copies a stack-buffer slice of `len` elements to the heap
/// without keeping its capacity (`runtime.moveSliceNoCap`): the size class of the length.
pub fn moved_cap(len: u64, elem: ElemLayout) -> u64 {
    if len == 0 || elem.size == 0 {
        return len;
    }
    roundup_size(len * elem.size, false) / elem.size
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn size_classes_are_increasing_multiples_of_eight() {
        assert!(SIZE_CLASSES.windows(2).all(|w| w[0] < w[1]));
        assert!(SIZE_CLASSES.iter().all(|&c| c % 8 == 0));
    }

    #[test]
    fn overflow_is_an_error_not_a_panic() {
        let e = ElemLayout::new(16, false);
        assert_eq!(grow_cap(0, u64::MAX, e), Err(LenOutOfRange));
        assert_eq!(grow_cap(0, 1 << 45, e), Err(LenOutOfRange));
        assert_eq!(append_cap(u64::MAX, u64::MAX, 1, e), Err(LenOutOfRange));
        assert_eq!(grow_cap(1 << 40, (1 << 40) + 1, ElemLayout::new(0, false)), Ok((1 << 40) + 1));
    }
}

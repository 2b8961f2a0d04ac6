//! `escapade check` and `escapade dump types` (the type checker is not implemented yet).

pub fn check(_args: &[String]) -> i32 {
    eprintln!("escapade check: the type checker is not implemented yet");
    2
}

pub fn dump(_args: &[String]) -> i32 {
    eprintln!("escapade dump types: the type checker is not implemented yet");
    2
}

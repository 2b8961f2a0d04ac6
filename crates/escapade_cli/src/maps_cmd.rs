//! `escapade maps`: the runtime map simulator in a terminal (not implemented yet).

pub fn run(_args: &[String]) -> i32 {
    eprintln!("escapade maps: not implemented yet");
    2
}

//! The Run / Map / Output state and its pure reducer: the last run, the chosen map, the
//! current frame of its timeline, playback. No DOM; the clock is injected.

use std::rc::Rc;

use yew::Reducible;

use super::run::{self, RunView, Runtime};
use super::timeline::Timeline;

/// Playback speeds offered (frames per second).
pub const SPEEDS: [u32; 6] = [1, 4, 15, 60, 240, 1000];

/// Milliseconds after the last edit before the program re-runs by itself.
pub const RUN_DEBOUNCE_MS: u32 = 400;
/// A run slower than this turns running on edit off (the Run button still works).
pub const AUTO_RUN_MAX_MS: f64 = 250.0;

#[derive(Clone, Debug)]
pub struct MapRun {
    pub runtime: Runtime,
    pub seed: u64,
    pub run: Option<Rc<RunView>>,
    /// The source the run belongs to.
    pub ran: Option<Rc<str>>,
    pub selected: usize,
    pub timeline: Option<Rc<Timeline>>,
    pub frame: usize,
    pub playing: bool,
    /// Frames per second while playing.
    pub speed: u32,
    /// Re-run after edits (off once a run is slow).
    pub auto: bool,
    /// Bumped by every run (effects key on it).
    pub seq: u64,
    /// The run asked for and not answered yet (request number, source): the interpreter runs
    /// apart from the page (see `crate::runner`), and an answer counts only if it is the latest
    /// request's.
    pub pending: Option<(u64, Rc<str>)>,
    /// Requests made so far.
    pub requests: u64,
}

impl PartialEq for MapRun {
    fn eq(&self, o: &Self) -> bool {
        fn same<T>(a: &Option<Rc<T>>, b: &Option<Rc<T>>) -> bool
        where
            T: ?Sized,
        {
            match (a, b) {
                (Some(a), Some(b)) => Rc::ptr_eq(a, b),
                (None, None) => true,
                _ => false,
            }
        }
        self.runtime == o.runtime
            && self.seed == o.seed
            && same(&self.run, &o.run)
            && same(&self.ran, &o.ran)
            && self.selected == o.selected
            && same(&self.timeline, &o.timeline)
            && self.frame == o.frame
            && self.playing == o.playing
            && self.speed == o.speed
            && self.auto == o.auto
            && self.seq == o.seq
            && self.pending.as_ref().map(|p| p.0) == o.pending.as_ref().map(|p| p.0)
            && self.requests == o.requests
    }
}

impl Default for MapRun {
    fn default() -> Self {
        MapRun {
            runtime: Runtime::default(),
            seed: 1,
            run: None,
            ran: None,
            selected: 0,
            timeline: None,
            frame: 0,
            playing: false,
            speed: 15,
            auto: true,
            seq: 0,
            pending: None,
            requests: 0,
        }
    }
}

#[derive(Clone, Debug)]
pub enum MapAction {
    /// Run `source` (Run button, shortcut, debounced edit, runtime or seed change): becomes
    /// the pending request, which the pane's hook sends to the interpreter.
    Run {
        source: Rc<str>,
    },
    SetRuntime {
        runtime: Runtime,
        source: Rc<str>,
    },
    SetSeed {
        seed: u64,
        source: Rc<str>,
    },
    /// The interpreter's answer to request `id`.
    Ran {
        id: u64,
        view: Rc<RunView>,
    },
    SelectMap(usize),
    Seek(usize),
    Step(isize),
    /// Previous / next operation (first frame of it).
    StepOp(isize),
    Start,
    End,
    TogglePlay,
    /// Playback advanced by this many frames.
    Tick(usize),
    SetSpeed(u32),
}

impl MapRun {
    pub fn frames(&self) -> usize {
        self.timeline.as_ref().map_or(0, |t| t.len())
    }

    fn last(&self) -> usize {
        self.frames().saturating_sub(1)
    }

    fn request(&self, source: &Rc<str>) -> MapRun {
        MapRun {
            pending: Some((self.requests, source.clone())),
            requests: self.requests + 1,
            playing: false,
            ..self.clone()
        }
    }

    /// Shows the answered run `v` of `source`.
    fn apply(&self, source: Rc<str>, v: Rc<RunView>) -> MapRun {
        // Keep the map (by site and instance) and the operation the user was looking at.
        let old_map =
            self.run.as_ref().and_then(|r| r.maps.get(self.selected)).map(|m| (m.site, m.instance));
        let old_op = self.timeline.as_ref().map(|t| t.frame(self.frame).op);
        let selected = old_map
            .and_then(|(s, i)| v.maps.iter().position(|m| m.site == s && m.instance == i))
            .unwrap_or(0);
        let timeline = run::timeline(&v, selected).map(Rc::new);
        let frame = match (&timeline, old_op) {
            (Some(t), Some(op)) if op < t.op_first_frame.len() => t.op_first_frame[op],
            _ => 0,
        };
        MapRun {
            auto: self.auto && v.ms <= AUTO_RUN_MAX_MS,
            run: Some(v),
            ran: Some(source),
            selected,
            timeline,
            frame,
            playing: false,
            seq: self.seq + 1,
            pending: None,
            ..self.clone()
        }
    }
}

impl Reducible for MapRun {
    type Action = MapAction;

    fn reduce(self: Rc<Self>, action: MapAction) -> Rc<Self> {
        let s = &*self;
        let next = match action {
            // The same text already pending (Run pressed again while it runs): nothing new.
            MapAction::Run { source } if s.pending.as_ref().is_some_and(|p| p.1 == source) => {
                return self
            }
            MapAction::Run { source } => s.request(&source),
            MapAction::SetRuntime { runtime, source } => {
                MapRun { runtime, ..s.clone() }.request(&source)
            }
            MapAction::SetSeed { seed, source } => MapRun { seed, ..s.clone() }.request(&source),
            MapAction::Ran { id, view } => match &s.pending {
                Some((p, source)) if *p == id => s.apply(source.clone(), view),
                _ => return self,
            },
            MapAction::SelectMap(i) => {
                let Some(run) = &s.run else { return self };
                if i >= run.maps.len() || i == s.selected {
                    return self;
                }
                MapRun {
                    selected: i,
                    timeline: run::timeline(run, i).map(Rc::new),
                    frame: 0,
                    playing: false,
                    ..s.clone()
                }
            }
            MapAction::Seek(f) => MapRun { frame: f.min(s.last()), ..s.clone() },
            MapAction::Step(d) => MapRun {
                frame: s.frame.saturating_add_signed(d).min(s.last()),
                playing: false,
                ..s.clone()
            },
            MapAction::StepOp(d) => {
                let Some(t) = &s.timeline else { return self };
                let op = t.frame(s.frame).op;
                let first = t.op_first_frame.get(op).copied().unwrap_or(0);
                let target = if d < 0 && s.frame > first {
                    op
                } else {
                    op.saturating_add_signed(d).min(t.ops.len().saturating_sub(1))
                };
                MapRun {
                    frame: t.op_first_frame.get(target).copied().unwrap_or(0),
                    playing: false,
                    ..s.clone()
                }
            }
            MapAction::Start => MapRun { frame: 0, playing: false, ..s.clone() },
            MapAction::End => MapRun { frame: s.last(), playing: false, ..s.clone() },
            MapAction::TogglePlay => {
                if s.frames() == 0 {
                    return self;
                }
                let frame = if !s.playing && s.frame >= s.last() { 0 } else { s.frame };
                MapRun { playing: !s.playing, frame, ..s.clone() }
            }
            MapAction::Tick(n) => {
                if !s.playing {
                    return self;
                }
                let frame = (s.frame + n).min(s.last());
                MapRun { frame, playing: frame < s.last(), ..s.clone() }
            }
            MapAction::SetSpeed(v) => MapRun { speed: v.clamp(1, 1000), ..s.clone() },
        };
        if next == *s {
            self
        } else {
            Rc::new(next)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SRC: &str = "package main\n\nfunc main() {\n\tm := make(map[int]int)\n\tfor i := 0; i < 20; i++ {\n\t\tm[i] = i\n\t}\n}\n";

    /// Reduces `a`, then answers its request as the pane's hook does.
    fn answered(s: Rc<MapRun>, a: MapAction) -> Rc<MapRun> {
        let s = s.reduce(a);
        let Some((id, src)) = s.pending.clone() else { return s };
        let view = Rc::new(run::run(&src, s.runtime, s.seed));
        s.reduce(MapAction::Ran { id, view })
    }

    #[test]
    fn run_then_step_play_and_switch_runtime() {
        let src: Rc<str> = Rc::from(SRC);
        let s = answered(Rc::new(MapRun::default()), MapAction::Run { source: src.clone() });
        let n = s.frames();
        assert!(n > 20);
        let s = s.reduce(MapAction::Step(1)).reduce(MapAction::Step(1));
        assert_eq!(s.frame, 2);
        let s = s.reduce(MapAction::Step(-5));
        assert_eq!(s.frame, 0);
        let s = s.reduce(MapAction::TogglePlay).reduce(MapAction::Tick(3));
        assert!(s.playing);
        assert_eq!(s.frame, 3);
        let s = s.reduce(MapAction::Tick(100_000));
        assert!(!s.playing);
        assert_eq!(s.frame, n - 1);
        let s = s.reduce(MapAction::StepOp(-1));
        let t = s.timeline.clone().unwrap();
        assert_eq!(t.frame(s.frame).op, 19);
        assert_eq!(t.frame(s.frame).step, 0);
        let s = s.reduce(MapAction::StepOp(-1));
        assert_eq!(t.frame(s.frame).op, 18);
        // Switching the runtime re-runs and keeps the operation.
        let s = answered(
            s,
            MapAction::SetRuntime { runtime: Runtime::Classic123, source: src.clone() },
        );
        let t = s.timeline.clone().unwrap();
        assert_eq!(t.frame(s.frame).op, 18);
        assert_eq!(s.run.as_ref().unwrap().runtime, Runtime::Classic123);
        let same = s.clone().reduce(MapAction::SelectMap(0));
        assert!(Rc::ptr_eq(&s, &same));
        let s2 = answered(s.clone(), MapAction::SetSeed { seed: 9, source: src.clone() });
        assert_eq!(s2.seed, 9);
        assert_ne!(s2.seq, s.seq);
    }

    #[test]
    fn only_the_latest_request_is_shown() {
        let (a, b): (Rc<str>, Rc<str>) = (Rc::from(SRC), Rc::from(SRC.replace("20", "3")));
        let s = Rc::new(MapRun::default()).reduce(MapAction::Run { source: a.clone() });
        let first = s.pending.clone().unwrap();
        // Run again while the same text is pending: the same request.
        let again = s.clone().reduce(MapAction::Run { source: Rc::from(SRC) });
        assert!(Rc::ptr_eq(&again, &s));
        let s = s.reduce(MapAction::Run { source: b.clone() });
        let second = s.pending.clone().unwrap();
        assert_ne!(first.0, second.0);
        // The older answer arrives late: ignored.
        let old = Rc::new(run::run(&a, s.runtime, s.seed));
        let same = s.clone().reduce(MapAction::Ran { id: first.0, view: old });
        assert!(Rc::ptr_eq(&same, &s));
        assert!(s.run.is_none());
        let new = Rc::new(run::run(&b, s.runtime, s.seed));
        let s = s.reduce(MapAction::Ran { id: second.0, view: new });
        assert!(s.pending.is_none());
        assert_eq!(s.ran.as_deref(), Some(&*b));
        assert_eq!(s.run.as_ref().unwrap().maps[0].ops, 3);
    }
}

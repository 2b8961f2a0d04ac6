//! The interpreter behind the Map and Output panes, as a second wasm module fetched on the first
//! run (`escapade_runner`, built from `src/bin/escapade_runner.rs`): the escape workbench never
//! downloads it. The modules have separate memories, so a run crosses as bytes
//! (`interp::wire`: request = source + options, answer = the run's result).
//!
//! Natively (unit tests) the same bytes go through [`escapade_analysis::run_encoded`]
//! in-process, so the tests exercise the codec the browser uses.

use std::cell::RefCell;

use escapade_analysis::interp::{wire, Options, RunResult};
use yew::prelude::*;

/// Where the runner module is (natively it is always ready).
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
pub enum Status {
    /// Not requested yet.
    Idle,
    /// Being fetched and compiled.
    Loading,
    Ready,
    /// Could not be loaded (the message says why).
    Failed(String),
}

#[derive(Default)]
struct Runner {
    status: Option<Status>,
    #[cfg(target_arch = "wasm32")]
    run: Option<js_sys::Function>,
    /// Called once when the status changes from loading.
    waiters: Vec<Callback<Status>>,
}

thread_local! {
    static RUNNER: RefCell<Runner> = RefCell::default();
}

/// The runner's status (native builds: always ready).
pub fn status() -> Status {
    if cfg!(target_arch = "wasm32") {
        RUNNER.with(|r| r.borrow().status.clone().unwrap_or(Status::Idle))
    } else {
        Status::Ready
    }
}

/// Runs `src` with `opts` in the runner module: `None` while the module loads (the load starts
/// now if it had not; [`use_runner_status`] re-renders its users when it ends).
pub fn run(src: &str, opts: &Options) -> Option<Result<RunResult, String>> {
    let request = wire::encode_request(src, opts);
    let answer = match call(&request)? {
        Ok(bytes) => bytes,
        Err(e) => return Some(Err(e)),
    };
    Some(wire::decode_result(&answer).map_err(|e| format!("the interpreter's answer: {e}")))
}

#[cfg(not(target_arch = "wasm32"))]
fn call(request: &[u8]) -> Option<Result<Vec<u8>, String>> {
    Some(Ok(escapade_analysis::run_encoded(request)))
}

#[cfg(target_arch = "wasm32")]
fn call(request: &[u8]) -> Option<Result<Vec<u8>, String>> {
    use wasm_bindgen::JsCast;
    let f = RUNNER.with(|r| {
        let r = r.borrow();
        match &r.status {
            Some(Status::Ready) => Ok(r.run.clone()),
            Some(Status::Failed(e)) => Err(e.clone()),
            _ => Ok(None),
        }
    });
    let f = match f {
        Ok(Some(f)) => f,
        Ok(None) => {
            load();
            return None;
        }
        Err(e) => return Some(Err(e)),
    };
    let arg = js_sys::Uint8Array::from(request);
    Some(
        f.call1(&wasm_bindgen::JsValue::NULL, &arg)
            .map_err(|e| format!("the interpreter failed: {}", js_text(&e)))
            .and_then(|v| {
                v.dyn_into::<js_sys::Uint8Array>()
                    .map(|a| a.to_vec())
                    .map_err(|_| "the interpreter's answer is not bytes".to_string())
            }),
    )
}

#[cfg(target_arch = "wasm32")]
fn js_text(v: &wasm_bindgen::JsValue) -> String {
    js_sys::JSON::stringify(v)
        .ok()
        .and_then(|s| s.as_string())
        .or_else(|| v.as_string())
        .unwrap_or_else(|| "unknown error".into())
}

/// Starts loading the module (once): `window.escapadeLoadRunner()` (www/boot.js) imports it.
#[cfg(target_arch = "wasm32")]
fn load() {
    use wasm_bindgen::JsCast;
    let start = RUNNER.with(|r| {
        let mut r = r.borrow_mut();
        if r.status.is_some() {
            return false;
        }
        r.status = Some(Status::Loading);
        true
    });
    if !start {
        return;
    }
    crate::perf::mark("runner-load-start");
    let promise = web_sys::window()
        .and_then(|w| js_sys::Reflect::get(&w, &"escapadeLoadRunner".into()).ok())
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
        .ok_or_else(|| "the page has no runner loader (www/boot.js)".to_string())
        .and_then(|f| {
            f.call0(&wasm_bindgen::JsValue::NULL)
                .map_err(|e| js_text(&e))
                .and_then(|p| p.dyn_into::<js_sys::Promise>().map_err(|_| "not a promise".into()))
        });
    yew::platform::spawn_local(async move {
        let loaded = match promise {
            Ok(p) => wasm_bindgen_futures::JsFuture::from(p).await.map_err(|e| js_text(&e)),
            Err(e) => Err(e),
        };
        let run = loaded.and_then(|m| {
            js_sys::Reflect::get(&m, &"run".into())
                .ok()
                .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
                .ok_or_else(|| "the runner module has no run function".to_string())
        });
        let (status, waiters) = RUNNER.with(|r| {
            let mut r = r.borrow_mut();
            let status = match run {
                Ok(f) => {
                    r.run = Some(f);
                    Status::Ready
                }
                Err(e) => Status::Failed(format!("the interpreter could not be loaded: {e}")),
            };
            r.status = Some(status.clone());
            (status, std::mem::take(&mut r.waiters))
        });
        crate::perf::measure("runner-load", "runner-load-start");
        for w in waiters {
            w.emit(status.clone());
        }
    });
}

/// The runner's status, re-rendering the component when a load ends.
#[hook]
pub fn use_runner_status() -> Status {
    let state = use_state_eq(status);
    {
        let state = state.setter();
        use_effect_with((), move |_| {
            // The load may have ended between the first render and this effect.
            state.set(status());
            if matches!(status(), Status::Idle | Status::Loading) {
                let cb = Callback::from(move |s: Status| state.set(s));
                RUNNER.with(|r| r.borrow_mut().waiters.push(cb));
            }
        });
    }
    (*state).clone()
}

/// What a pane shows while there is no run to show.
pub fn waiting_text(s: &Status) -> Option<String> {
    match s {
        Status::Idle | Status::Loading => Some("Loading the interpreter…".into()),
        Status::Ready => None,
        Status::Failed(e) => Some(e.clone()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use escapade_analysis::interp;

    #[test]
    fn a_run_crosses_the_wire_and_back() {
        let src = "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tm := map[int]int{}\n\tm[1] = 2\n\tfmt.Println(m)\n}\n";
        let opts = Options { trace: true, record_events: true, ..Options::default() };
        let via = run(src, &opts).expect("native runs are synchronous").expect("decodes");
        let direct = interp::run(src, &opts);
        assert_eq!(format!("{via:?}"), format!("{direct:?}"));
        assert_eq!(String::from_utf8_lossy(&via.output.stdout), "map[1:2]\n");
        assert!(!via.output.map_ops.is_empty());
    }
}

//! The interpreter behind the Map and Output panes: a second wasm module (`escapade_runner`,
//! built from `src/bin/escapade_runner.rs`) fetched on the first run only, so the escape
//! workbench never downloads it. It runs in a Web Worker (`www/runner-worker.js`): a long or
//! runaway program never blocks typing, and [`stop`] ends it. Where a worker cannot be made (a
//! sandboxed iframe without `allow-same-origin` has an opaque origin, which may not start a
//! worker from the site's URL), the module is imported into the page instead
//! (`window.escapadeLoadRunner` in `www/boot.js`) and runs there.
//!
//! Either way the modules have separate memories: a run crosses as bytes (`interp::wire`; the
//! request carries the source and the options, the answer the whole `RunResult`). Natively (unit
//! tests) the same bytes go through [`escapade_analysis::run_encoded`] in-process and the answer
//! comes back before [`request`] returns, so the tests exercise the codec the browser uses.

use escapade_analysis::interp::{wire, Options, RunResult};
use yew::prelude::*;

/// A run's result and its time in the interpreter (ms: waiting for the module to load is not
/// counted), or why there is none (the module could not load, the run was stopped).
pub type Answer = Result<(RunResult, f64), String>;

/// The encoded answer and the run's time.
type Bytes = Result<(Vec<u8>, f64), String>;

/// Where the interpreter is.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
pub enum Status {
    /// Not requested yet.
    Idle,
    /// Being fetched and compiled (in the page: in a worker this is not observed).
    Loading,
    Ready,
    /// Could not be loaded (the message says why).
    Failed(String),
}

/// A request, to [`cancel`] it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Ticket(u32);

/// Asks for a run of `src` with `opts`; `done` gets the answer (natively: before this returns;
/// in the browser: later, in request order).
pub fn request(src: &str, opts: &Options, done: Callback<Answer>) -> Ticket {
    let bytes = wire::encode_request(src, opts);
    Ticket(imp::send(bytes, Callback::from(move |a: Bytes| done.emit(decode(a)))))
}

/// Withdraws an unanswered request: `done` is never called. A run in progress is abandoned
/// (the worker is replaced); a queued one never starts.
pub fn cancel(t: Ticket) {
    imp::cancel(t.0)
}

fn decode(answer: Bytes) -> Answer {
    let (bytes, ms) = answer?;
    let r = wire::decode_result(&bytes).map_err(|e| format!("the interpreter's answer: {e}"))?;
    Ok((r, ms))
}

/// Ends the runs in progress and queued (their answers say they were stopped); the next
/// request starts a fresh interpreter. Returns whether anything was running.
pub fn stop() -> bool {
    imp::stop()
}

/// The interpreter's status.
pub fn status() -> Status {
    imp::status()
}

/// The interpreter's status, re-rendering the component when it changes.
#[hook]
pub fn use_runner_status() -> Status {
    let state = use_state_eq(status);
    {
        let state = state.setter();
        use_effect_with((), move |_| {
            // The status may have changed between the first render and this effect.
            state.set(status());
            imp::watch(Callback::from(move |s: Status| state.set(s)));
        });
    }
    (*state).clone()
}

/// What a run pane shows while it has no run to show.
pub fn waiting_text(s: &Status) -> String {
    match s {
        Status::Idle | Status::Loading => "Loading the interpreter…".into(),
        Status::Ready => "Running…".into(),
        Status::Failed(e) => e.clone(),
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod imp {
    use super::Status;
    use yew::Callback;

    pub fn send(request: Vec<u8>, done: Callback<super::Bytes>) -> u32 {
        done.emit(Ok((escapade_analysis::run_encoded(&request), 0.0)));
        0
    }

    pub fn cancel(_: u32) {}

    pub fn stop() -> bool {
        false
    }

    pub fn status() -> Status {
        Status::Ready
    }

    pub fn watch(_: Callback<Status>) {}
}

#[cfg(target_arch = "wasm32")]
mod imp {
    use std::cell::RefCell;
    use std::collections::VecDeque;

    use super::Status;
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::{JsCast, JsValue};
    use yew::Callback;

    type Done = Callback<super::Bytes>;

    enum Backend {
        None,
        /// The module runs in this worker; its handlers stay alive with it.
        Worker {
            worker: web_sys::Worker,
            _on_message: Closure<dyn FnMut(web_sys::MessageEvent)>,
            _on_error: Closure<dyn FnMut(web_sys::Event)>,
        },
        /// The module is being imported into the page.
        Importing,
        /// The module's `run`, imported into the page.
        InPage(js_sys::Function),
        Failed(String),
    }

    struct Runner {
        backend: Backend,
        status: Status,
        next_id: u32,
        /// Unanswered requests, oldest first. The worker gets one at a time (the first), so
        /// a cancelled request that has not started never runs.
        queue: VecDeque<(u32, Vec<u8>, Done)>,
        /// The request the worker is running.
        posted: Option<u32>,
        watchers: Vec<Callback<Status>>,
    }

    thread_local! {
        static RUNNER: RefCell<Runner> = const { RefCell::new(Runner {
            backend: Backend::None,
            status: Status::Idle,
            next_id: 0,
            queue: VecDeque::new(),
            posted: None,
            watchers: Vec::new(),
        }) };
    }

    fn js_text(v: &JsValue) -> String {
        if let Some(s) = v.as_string() {
            return s;
        }
        js_sys::JSON::stringify(v)
            .ok()
            .and_then(|s| s.as_string())
            .unwrap_or_else(|| "error".into())
    }

    fn set_status(s: Status) {
        let watchers = RUNNER.with(|r| {
            let mut r = r.borrow_mut();
            if r.status == s {
                return Vec::new();
            }
            r.status = s.clone();
            r.watchers.clone()
        });
        for w in watchers {
            w.emit(s.clone());
        }
    }

    pub fn status() -> Status {
        RUNNER.with(|r| r.borrow().status.clone())
    }

    pub fn watch(cb: Callback<Status>) {
        RUNNER.with(|r| r.borrow_mut().watchers.push(cb));
    }

    pub fn send(request: Vec<u8>, done: Done) -> u32 {
        let (id, start) = RUNNER.with(|r| {
            let mut r = r.borrow_mut();
            let id = r.next_id;
            r.next_id = r.next_id.wrapping_add(1);
            r.queue.push_back((id, request, done));
            (id, matches!(r.backend, Backend::None))
        });
        if start && spawn_worker().is_err() {
            import_into_page();
        }
        pump();
        id
    }

    /// Moves the queue on: the worker gets the first request if it runs none; in the page,
    /// every queued request runs now; a failed module answers them all with its error.
    fn pump() {
        enum Next {
            Wait,
            Post(web_sys::Worker, u32, js_sys::Uint8Array),
            Run(js_sys::Function, Vec<u8>, Done),
            Fail(String, Done),
        }
        loop {
            let next = RUNNER.with(|r| {
                let mut r = r.borrow_mut();
                let r = &mut *r;
                match &r.backend {
                    Backend::Worker { worker, .. } if r.posted.is_none() => match r.queue.front() {
                        Some((id, bytes, _)) => {
                            r.posted = Some(*id);
                            Next::Post(worker.clone(), *id, js_sys::Uint8Array::from(&bytes[..]))
                        }
                        None => Next::Wait,
                    },
                    Backend::InPage(f) => match r.queue.pop_front() {
                        Some((_, bytes, done)) => Next::Run(f.clone(), bytes, done),
                        None => Next::Wait,
                    },
                    Backend::Failed(e) => match r.queue.pop_front() {
                        Some((.., done)) => Next::Fail(e.clone(), done),
                        None => Next::Wait,
                    },
                    _ => Next::Wait,
                }
            });
            match next {
                Next::Wait => return,
                Next::Post(w, id, bytes) => {
                    let msg = js_sys::Object::new();
                    let _ = js_sys::Reflect::set(&msg, &"id".into(), &id.into());
                    let _ = js_sys::Reflect::set(&msg, &"request".into(), &bytes);
                    let sent =
                        w.post_message_with_transfer(&msg, &js_sys::Array::of1(&bytes.buffer()));
                    if let Err(e) = sent {
                        let why = format!("the interpreter could not be started: {}", js_text(&e));
                        end_worker(&why);
                    }
                    return;
                }
                Next::Run(f, bytes, done) => done.emit(run_in_page(&f, &bytes)),
                Next::Fail(e, done) => done.emit(Err(e)),
            }
        }
    }

    /// Forgets request `id`: it never answers. If the worker is running it, the worker is
    /// replaced (the requests behind it go to the new one).
    pub fn cancel(id: u32) {
        let running = RUNNER.with(|r| {
            let mut r = r.borrow_mut();
            r.queue.retain(|(i, ..)| *i != id);
            r.posted == Some(id)
        });
        if running {
            let rest = terminate();
            RUNNER.with(|r| r.borrow_mut().queue = rest);
            if spawn_worker().is_err() {
                import_into_page();
            }
            pump();
        }
    }

    /// Starts the worker (a module worker next to the page: relative URL, any sub-path).
    fn spawn_worker() -> Result<(), JsValue> {
        let opts = web_sys::WorkerOptions::new();
        opts.set_type(web_sys::WorkerType::Module);
        let worker = web_sys::Worker::new_with_options("runner-worker.js", &opts)?;
        let on_message = Closure::<dyn FnMut(web_sys::MessageEvent)>::new(on_message);
        worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        let on_error = Closure::<dyn FnMut(web_sys::Event)>::new(on_error);
        worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
        crate::perf::mark("runner-load-start");
        let backend = Backend::Worker { worker, _on_message: on_message, _on_error: on_error };
        RUNNER.with(|r| r.borrow_mut().backend = backend);
        set_status(Status::Loading);
        mark_backend("worker");
        Ok(())
    }

    /// `<html data-runner="worker|page">`: where runs happen (for tests and curious readers).
    fn mark_backend(kind: &str) {
        let root = web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element());
        if let Some(root) = root {
            let _ = root.set_attribute("data-runner", kind);
        }
    }

    /// `{ ready }` once the worker's module is loaded; `{ id, answer, ms, memory }` or
    /// `{ id, error, fatal }` for a run.
    fn on_message(e: web_sys::MessageEvent) {
        let data = e.data();
        let get = |k: &str| js_sys::Reflect::get(&data, &k.into()).unwrap_or(JsValue::UNDEFINED);
        if get("ready").is_truthy() {
            crate::perf::measure("runner-load", "runner-load-start");
            set_status(Status::Ready);
            return;
        }
        let id = get("id").as_f64().map(|f| f as u32);
        let result = match get("answer").dyn_ref::<js_sys::Uint8Array>() {
            Some(a) => Ok((a.to_vec(), get("ms").as_f64().unwrap_or(0.0))),
            None => Err(js_text(&get("error"))),
        };
        // The worker's memory, for the end-to-end tests (in the page, www/boot.js defines it).
        let memory = get("memory");
        if let (Some(w), false) = (web_sys::window(), memory.is_undefined()) {
            let _ = js_sys::Reflect::set(&w, &"escapadeRunnerMemoryBytes".into(), &memory);
        }
        let done = RUNNER.with(|r| {
            let mut r = r.borrow_mut();
            if id.is_none() || r.posted != id {
                return None;
            }
            r.posted = None;
            let at = r.queue.iter().position(|(i, ..)| Some(*i) == id)?;
            r.queue.remove(at).map(|(.., d)| d)
        });
        if get("fatal").is_truthy() {
            // The module could not load, or trapped: this worker is done, and so are the
            // requests behind this one; the next request starts another worker.
            let e = result.clone().err().unwrap_or_default();
            end_worker(&e);
            if status() != Status::Ready {
                set_status(Status::Failed(e));
            }
        }
        if let Some(done) = done {
            done.emit(result);
        }
        pump();
    }

    /// The worker failed outside a run: before it was ready its script could not start (some
    /// frames may not run workers), so the page imports the module and runs the requests
    /// itself; afterwards the worker is ended like after a trap.
    fn on_error(e: web_sys::Event) {
        e.prevent_default();
        if status() == Status::Ready {
            end_worker("the interpreter's worker failed");
            return;
        }
        let rest = terminate();
        RUNNER.with(|r| r.borrow_mut().queue = rest);
        import_into_page();
    }

    /// Terminates the worker (if any) and returns the unanswered requests.
    fn terminate() -> VecDeque<(u32, Vec<u8>, Done)> {
        RUNNER.with(|r| {
            let mut r = r.borrow_mut();
            if let Backend::Worker { worker: w, .. } = &r.backend {
                w.terminate();
                r.backend = Backend::None;
            }
            r.posted = None;
            std::mem::take(&mut r.queue)
        })
    }

    /// Terminates the worker; its unanswered requests get `why`.
    fn end_worker(why: &str) -> bool {
        let pending = terminate();
        let any = !pending.is_empty();
        for (.., done) in pending {
            done.emit(Err(why.to_string()));
        }
        any
    }

    pub fn stop() -> bool {
        let worker = RUNNER.with(|r| matches!(r.borrow().backend, Backend::Worker { .. }));
        worker && end_worker("stopped: you pressed Stop")
    }

    /// Imports the module into the page (no worker available); the queue runs once it loads.
    fn import_into_page() {
        RUNNER.with(|r| r.borrow_mut().backend = Backend::Importing);
        set_status(Status::Loading);
        mark_backend("page");
        crate::perf::mark("runner-load-start");
        let promise = web_sys::window()
            .and_then(|w| js_sys::Reflect::get(&w, &"escapadeLoadRunner".into()).ok())
            .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
            .ok_or_else(|| "the page has no interpreter loader (www/boot.js)".to_string())
            .and_then(|f| {
                f.call0(&JsValue::NULL)
                    .map_err(|e| js_text(&e))
                    .and_then(|p| p.dyn_into::<js_sys::Promise>().map_err(|_| "no promise".into()))
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
                    .ok_or_else(|| "the interpreter module has no run function".to_string())
            });
            let status = RUNNER.with(|r| {
                let mut r = r.borrow_mut();
                match run {
                    Ok(f) => {
                        r.backend = Backend::InPage(f);
                        Status::Ready
                    }
                    Err(e) => {
                        let e = format!("the interpreter could not be loaded: {e}");
                        r.backend = Backend::Failed(e.clone());
                        Status::Failed(e)
                    }
                }
            });
            crate::perf::measure("runner-load", "runner-load-start");
            set_status(status);
            pump();
        });
    }

    fn run_in_page(f: &js_sys::Function, request: &[u8]) -> super::Bytes {
        let arg = js_sys::Uint8Array::from(request);
        let t0 = crate::perf::now_ms();
        f.call1(&JsValue::NULL, &arg)
            .map_err(|e| format!("the interpreter failed: {}", js_text(&e)))
            .and_then(|v| {
                v.dyn_into::<js_sys::Uint8Array>()
                    .map(|a| (a.to_vec(), crate::perf::now_ms() - t0))
                    .map_err(|_| "the interpreter's answer is not bytes".to_string())
            })
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
        let got = std::rc::Rc::new(std::cell::RefCell::new(None));
        let g = got.clone();
        request(src, &opts, Callback::from(move |a: Answer| *g.borrow_mut() = Some(a)));
        let (via, _) = got.borrow_mut().take().expect("native answers at once").expect("decodes");
        let direct = interp::run(src, &opts);
        assert_eq!(format!("{via:?}"), format!("{direct:?}"));
        assert_eq!(String::from_utf8_lossy(&via.output.stdout), "map[1:2]\n");
        assert!(!via.output.map_ops.is_empty());
    }
}

use std::time::Duration;

use leptos::prelude::*;

/// Shows its children one task after the view around them. On a slow phone
/// the first render is then several shorter tasks instead of one long one,
/// so a tap during start-up is not kept waiting (Lighthouse's Total Blocking
/// Time). The app is built out of sight and shown once every part is in
/// (`ui::mount`), so at the start nothing appears or shifts part by part;
/// after it, a `Later` part would arrive a task late, so it is only used in
/// the app's frame, which is built once.
#[component]
pub fn Later(children: ChildrenFn) -> impl IntoView {
    let ready = RwSignal::new(false);
    set_timeout(move || ready.set(true), Duration::ZERO);
    move || ready.get().then(|| children())
}

use std::time::Duration;

use leptos::prelude::*;

/// Shows its children one task after the page around them. On a slow phone
/// the first render is then two shorter tasks instead of one long one, so a
/// tap during start-up is not kept waiting (Lighthouse's Total Blocking
/// Time). Only for parts that take no room in the page's flow (fixed
/// navigation, floating notices), so nothing shifts when they arrive.
#[component]
pub fn Later(children: ChildrenFn) -> impl IntoView {
    let ready = RwSignal::new(false);
    set_timeout(move || ready.set(true), Duration::ZERO);
    move || ready.get().then(|| children())
}

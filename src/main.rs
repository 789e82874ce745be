// The browser entry point; everything else lives in the library so tests can reach it.
#[cfg(target_arch = "wasm32")]
fn main() {
    sukusuku::ui::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!(
        "sukusuku is a browser app: build it with `trunk build --release --offline` (see README)."
    );
}

//! The app ships the development check's files without their provenance.
//! Each question's `source` and `source_age_months` are for the people who
//! write and review the bank (checked by `tests/assessments.rs` on the files
//! in `assessments/`); no screen shows them, and they are a tenth of what a
//! first visit downloads for the check. The copies in OUT_DIR, minified, are
//! what `src/check/files.rs` compiles in.

use std::{env, fs, path::Path};

use serde_json::Value;

const PROVENANCE: [&str; 2] = ["source", "source_age_months"];

fn without_provenance(value: &mut Value) {
    match value {
        Value::Object(fields) => {
            fields.retain(|key, _| !PROVENANCE.contains(&key.as_str()));
            fields.values_mut().for_each(without_provenance);
        }
        Value::Array(items) => items.iter_mut().for_each(without_provenance),
        _ => {}
    }
}

fn main() {
    println!("cargo:rerun-if-changed=assessments");
    let out = Path::new(&env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("assessments");
    fs::create_dir_all(&out).expect("OUT_DIR is writable");
    for entry in fs::read_dir("assessments").expect("assessments/ is there") {
        let path = entry.expect("a readable directory").path();
        if path.extension().is_none_or(|ext| ext != "json") {
            continue;
        }
        println!("cargo:rerun-if-changed={}", path.display());
        let text = fs::read_to_string(&path).expect("a readable file");
        // A file that is not JSON is copied as it is: the bank's own parser
        // then refuses it with its message (and the tests fail).
        let shipped = match serde_json::from_str::<Value>(&text) {
            Ok(mut value) => {
                without_provenance(&mut value);
                value.to_string()
            }
            Err(_) => text,
        };
        fs::write(out.join(path.file_name().expect("a file name")), shipped).expect("OUT_DIR is writable");
    }
}

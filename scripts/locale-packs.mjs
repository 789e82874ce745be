#!/usr/bin/env node
// Each language's pack of words, as src/i18n/pack.rs reads it: the catalogue
// of locales/<lang>.json in key order, and the development check's bank from
// assessments/ with only that language's texts and without the questions'
// provenance. scripts/stamp-build.mjs writes them into the build; the native
// tests read them from here (src/i18n/pack.rs), so the two sides agree.
//   node scripts/locale-packs.mjs <lang>   prints that language's pack
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const LANGS = ["ja", "en"];
const PROVENANCE = new Set(["source", "source_age_months"]);

// A text in every language ({"ja": …, "en": …}) keeps only `lang`'s.
const isText = (value) => Object.keys(value).length > 0 && Object.keys(value).every((k) => LANGS.includes(k));
const onlyIn = (lang, value) => {
  if (Array.isArray(value)) return value.map((item) => onlyIn(lang, item));
  if (value === null || typeof value !== "object") return value;
  if (isText(value)) return { [lang]: value[lang] };
  return Object.fromEntries(Object.entries(value).filter(([k]) => !PROVENANCE.has(k)).map(([k, v]) => [k, onlyIn(lang, v)]));
};

export function localePacks(source) {
  const readJson = (path) => JSON.parse(readFileSync(join(source, path), "utf8"));
  const rules = readJson("assessments/rules.json");
  const bands = rules.bands.map((id) => readJson(`assessments/band-${id}.json`));
  return LANGS.map((lang) => {
    const catalogue = readJson(`locales/${lang}.json`);
    // The order of the Rust `Key` enum: build.rs sorts the same ASCII names.
    const texts = Object.keys(catalogue).sort().map((key) => catalogue[key]);
    const pack = JSON.stringify({ lang, catalogue: texts, rules: onlyIn(lang, rules), bands: bands.map((b) => onlyIn(lang, b)) });
    return { lang, pack };
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = join(fileURLToPath(import.meta.url), "..", "..");
  const found = localePacks(root).find(({ lang }) => lang === process.argv[2]);
  if (!found) {
    console.error(`usage: locale-packs.mjs <${LANGS.join("|")}>`);
    process.exit(2);
  }
  process.stdout.write(found.pack);
}

#!/usr/bin/env python3
"""Regenerate who-2006-lms.json from WHO's published monthly and weekly tables.

Usage: derive.py TABLE_DIR > who-2006-lms.json

TABLE_DIR holds WHO's z-score tables as JSON, one object per row with the
keys Month or Week, L, M, S (the copies shipped as pygrowup/tables/*.json in
the pygrowup 0.8.2 source distribution: pip download pygrowup==0.8.2).
Only the L, M, S figures are kept; the rounded SD columns are dropped.

Why these rows: WHO's monthly tables give L, M, S at exact ages of
month * 30.4375 days, and its weekly tables at week * 7 days for the first
13 weeks, when growth is fastest. Storing those ages exactly (not rounded to a
day) reproduces WHO's published tables; the app interpolates between them.
Length-for-age has two rows at 24 months (730.5 days): recumbent length, then
standing height, exactly as WHO publishes it; the order matters.
"""
import json
import sys

DAYS_PER_MONTH = 30.4375
FILES = {
    "weight": "wfa_{sex}_0_5_zscores.json",
    "length": "lhfa_{sex}_0_5_zscores.json",
    "head": "hcfa_{sex}_0_5_zscores.json",
}
WEEKLY = {
    "weight": "wfa_{sex}_0_13_zscores.json",
    "length": "lhfa_{sex}_0_13_zscores.json",
    "head": "hcfa_{sex}_0_13_zscores.json",
}
SEXES = {"male": "boys", "female": "girls"}


def num(text):
    """Keep the published digits (no float noise), as a JSON number."""
    value = float(text)
    return int(value) if value == int(value) and "." not in text else value


def rows(directory, name, key, scale):
    with open(f"{directory}/{name}") as f:
        table = json.load(f)
    out = []
    for r in table:
        age = float(r[key]) * scale
        age = int(age) if age == int(age) else age
        out.append([age, num(r["L"]), num(r["M"]), num(r["S"])])
    return out


def merged(directory, measure, sex):
    monthly = rows(directory, FILES[measure].format(sex=sex), "Month", DAYS_PER_MONTH)
    weekly = rows(directory, WEEKLY[measure].format(sex=sex), "Week", 7)
    assert len(monthly) in (61, 62), (measure, sex, len(monthly))
    assert len(weekly) == 14
    # Week 0 and month 0 are the same row (birth): keep it once.
    assert [float(x) for x in weekly[0]] == [float(x) for x in monthly[0]]
    # A stable sort keeps the two 24-month length rows in WHO's order.
    return sorted(weekly[1:] + monthly, key=lambda r: r[0])


def main():
    directory = sys.argv[1]
    tables = {m: {s: merged(directory, m, w) for s, w in SEXES.items()} for m in FILES}
    lines = [
        "{",
        '"source": "WHO Child Growth Standards (2006), WHO Multicentre Growth Reference Study: '
        'weight-for-age, length/height-for-age, head-circumference-for-age, 0-60 months",',
        '"licence": "Figures from the WHO Child Growth Standards, which WHO makes freely available; '
        '(c) World Health Organization. See data/growth/README.md",',
        '"format": "[age_days, L, M, S]; months at month*30.4375 days, weeks 0-13 at week*7 days; '
        'length rows below 730.5 days are recumbent length, from 730.5 days standing height",',
        '"units": {"weight": "kg", "length": "cm", "head": "cm"},',
        '"tables": {',
    ]
    for i, measure in enumerate(FILES):
        lines.append(f'"{measure}": {{')
        for j, sex in enumerate(SEXES):
            body = ",\n".join(json.dumps(r, separators=(",", ":")) for r in tables[measure][sex])
            end = "]" if j == len(SEXES) - 1 else "],"
            lines.append(f'"{sex}": [\n{body}\n{end}')
        lines.append("}" if i == len(FILES) - 1 else "},")
    lines += ["}", "}"]
    print("\n".join(lines))


if __name__ == "__main__":
    main()

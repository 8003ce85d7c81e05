"""Split the project's CC0 event-coded sentences into a development part and a held-out quarter.

    .venv/bin/python bench/cc0_split.py [--train ../shared/data/eventwire-train] [--out /tmp/cc0]

Writes OUT/cc0_dev.jsonl and OUT/cc0_held.jsonl.  Every fourth non-empty line, counted over
train_a.jsonl then train_b.jsonl (the 4th, 8th, ...), is held out: its errors are never read,
and the shipped target ranker is fitted on the development part only
(`eventwire train OUT/cc0_dev.jsonl --target-ranker --c 0.1`).  Both parts are in the format
`eventwire eval` reads, so the README's CC0 figures are
`eventwire eval OUT/cc0_held.jsonl` and `eventwire eval OUT/cc0_dev.jsonl`.
"""
from __future__ import annotations

import argparse
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def split(train: Path) -> tuple[list[str], list[str]]:
    dev, held, n = [], [], 0
    for name in ("train_a.jsonl", "train_b.jsonl"):
        for line in (train / name).read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            (held if n % 4 == 3 else dev).append(line + "\n")
            n += 1
    return dev, held


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--train", type=Path, default=ROOT.parent / "shared" / "data" / "eventwire-train")
    ap.add_argument("--out", type=Path, default=Path("/tmp/cc0"))
    a = ap.parse_args()
    if not (a.train / "train_a.jsonl").is_file():
        raise SystemExit(f"CC0 training sentences not found under {a.train}")
    dev, held = split(a.train)
    a.out.mkdir(parents=True, exist_ok=True)
    (a.out / "cc0_dev.jsonl").write_text("".join(dev), encoding="utf-8")
    (a.out / "cc0_held.jsonl").write_text("".join(held), encoding="utf-8")
    print(f"{len(dev)} development and {len(held)} held-out sentences written to {a.out}")


if __name__ == "__main__":
    main()

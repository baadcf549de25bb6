"""The Gradio API works for @gradio/client (JS): a real Node.js process asks the running app through /ask."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

JS = Path(__file__).resolve().parent / "js"

pytestmark = pytest.mark.slow


def test_gradio_js_client_asks_through_the_documented_endpoint(app_server):
    node, npm = shutil.which("node"), shutil.which("npm")
    assert node and npm, "Node.js and npm are needed for the @gradio/client test"
    if not (JS / "node_modules" / "@gradio" / "client").exists():
        subprocess.run([npm, "ci", "--no-audit", "--no-fund"], cwd=JS, check=True, capture_output=True, timeout=300)
    out = subprocess.run(
        [node, "ask.mjs", app_server.url + "/", "Waar kan ik stagediscriminatie melden?"],
        cwd=JS,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert out.returncode == 0, out.stderr[-2000:]
    data = json.loads(out.stdout.strip().splitlines()[-1])
    text = data[0] if isinstance(data, list) else data
    assert isinstance(text, str) and "[vraag 9]" in text and "meldpunt" in text

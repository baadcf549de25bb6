"""The product: `python app.py` serves the chat UI, the compact widget view, the widget script and the API.

`demo` is the Gradio chat UI, built by the package (for `gradio app.py` and tools that look for it);
`app` is the FastAPI app with everything mounted. Settings come from ASSISTANT_* environment variables.
"""

from __future__ import annotations

import logging

from assistant.api import create_app
from assistant.config import Settings

settings = Settings.load()
app = create_app(settings)
demo = app.state.demo if hasattr(app.state, "demo") else None

if __name__ == "__main__":
    import uvicorn

    logging.basicConfig(level=settings.log_level.upper(), format="%(levelname)s %(name)s: %(message)s")
    logging.getLogger("httpx").setLevel(logging.WARNING)
    # Behind a proxy, uvicorn takes the client address from the last X-Forwarded-For hop that a trusted proxy added
    # (a client can write the leftmost entries itself)
    uvicorn.run(
        app,
        host=settings.host,
        port=settings.port,
        proxy_headers=settings.trust_proxy,
        forwarded_allow_ips=settings.trusted_proxies,
        log_level="info",
    )

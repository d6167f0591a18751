"""The sandbox mock: serves spec-valid responses for any OpenAPI 3.0 or 3.1 document.

Layers, from the socket inwards::

    serving      uvicorn + watcher            reloading   --watch: rebuild, swap atomically
    app          raw ASGI front, CORS         sandbox     /__sandbox: tokens, reset, webhooks
    proxy        --proxy: forward + validate  runtime     route → security → validate → respond
    routing      path templates, 404/405      security    schemes, sandbox tokens (tokens)
    validation   params (parameters), body    selection   Prefer, status fallbacks, Accept
    responder    examples or generated data   problems    errors in the API's own format
    stateful     CRUD on resources (resources, store)     webhooks    signed test deliveries
    operations   a spec compiled per operation            schemas     OpenAPI → JSON Schema
    generation   static values from schemas (merging)     loading     read, bundle, check
    emitters     dynamic values: schemas compiled to JSON-writing code (containers, scalars,
                 string_nodes, pools of realistic values, realism, patterns)
"""

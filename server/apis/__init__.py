"""Handlers of the four APIs, one package per API, resolved from operationIds.

``server.apis.<api>.<module>.<function>`` implements the operation whose operationId is
``<module>.<function>`` in ``specs/<api>.yaml``; ``server.apis.<api>.errors`` is that API's one
mapping from service errors to its error format. See ARCHITECTURE.md, section "server".
"""

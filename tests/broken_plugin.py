"""A plugin module whose extractor always fails (``tests.broken_plugin``), for failure reporting."""

from incidentkit import Stage, extractor, hookimpl


@extractor(name="broken", stage=Stage.QUANTITIES)
def broken(document, found):  # type: ignore[no-untyped-def]
    raise RuntimeError("regex exploded")


@hookimpl
def incidentkit_register_extractors(register, context):  # type: ignore[no-untyped-def]
    register(broken)

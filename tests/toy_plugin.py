"""A plugin module exposing the toy extractors, importable by path (``tests.toy_plugin``)."""

from incidentkit import hookimpl

from .conftest import TOY_EXTRACTORS


@hookimpl
def incidentkit_register_extractors(register, context):  # type: ignore[no-untyped-def]
    for item in TOY_EXTRACTORS:
        register(item)

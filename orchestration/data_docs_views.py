"""Great Expectations' own Data Docs views, with their Jinja templates compiled once per process.

GX makes a new Jinja environment for every page it renders, so every page compiles the templates again,
which is most of the cost of a page. These views are GX's, given one bytecode cache for the process; the
validator's site config names them (orchestration.validation). Imported by GX in the validator process only.
"""

from great_expectations.render.view import DefaultJinjaIndexPageView, DefaultJinjaPageView
from jinja2 import BytecodeCache


class _CompiledOnce(BytecodeCache):
    """Compiled templates by name (Jinja compiles again when a template's source checksum changes)."""

    def __init__(self) -> None:
        self._compiled: dict[str, bytes] = {}

    def load_bytecode(self, bucket) -> None:
        if bucket.key in self._compiled:
            bucket.bytecode_from_string(self._compiled[bucket.key])

    def dump_bytecode(self, bucket) -> None:
        self._compiled[bucket.key] = bucket.bytecode_to_string()


COMPILED_TEMPLATES = _CompiledOnce()


class PageView(DefaultJinjaPageView):
    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.env.bytecode_cache = COMPILED_TEMPLATES


class IndexPageView(DefaultJinjaIndexPageView):
    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.env.bytecode_cache = COMPILED_TEMPLATES

"""Models made from values already valid, without pydantic's validation: a build read back
makes hundreds of thousands of them, and every answer a few on the way to its user."""

from __future__ import annotations

from typing import Any, TypeVar

from pydantic import BaseModel

ModelT = TypeVar("ModelT", bound=BaseModel)


def trusted(model: type[ModelT], values: dict[str, Any]) -> ModelT:
    """`model.model_construct(**values)` for values naming every field, already valid.

    pydantic's own looks up each field's aliases and defaults first: 6 µs a model, and
    reading a 100,000-passage build back makes 350,000 models; validating an answer's ranked
    passages took 10 µs each. This sets what it sets (tests/engine/test_story_analysis.py and
    test_search.py check the result equals pydantic's).
    """
    made = model.__new__(model)
    _set_slot(made, "__dict__", values)
    # one set for every model of a class: a frozen model never changes it (model_copy copies
    # it), and a set a model was 1 KB of each passage and sentence held
    _set_slot(made, "__pydantic_fields_set__", _FIELDS_SET.setdefault(model, set(values)))
    _set_slot(made, "__pydantic_extra__", None)
    _set_slot(made, "__pydantic_private__", None)
    return made


_set_slot = object.__setattr__
_FIELDS_SET: dict[type[BaseModel], set[str]] = {}

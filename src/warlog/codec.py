"""Records to plain JSON values and back, exactly: ``from_plain(T, to_plain(x)) == x``.

Part of the data model (:mod:`warlog.models`), not of any stage: the store, the exports
and the evaluations all read and write records through it.

The store keeps every record as JSON text made by ``to_plain``; ``from_plain`` rebuilds
the frozen dataclasses of :mod:`warlog.models` from it, guided by their type hints.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import functools
import json
import types
import typing
from collections.abc import Callable
from typing import Any, TypeVar

T = TypeVar("T")


_SCALARS = (str, int, float, bool, type(None))
_FIELD_NAMES: dict[type, tuple[str, ...]] = {}


def to_plain(value: object) -> Any:
    """A JSON-ready copy of a record: dataclasses become dicts, tuples lists, dates strings."""
    kind = type(value)
    if kind in _SCALARS:
        return value
    names = _FIELD_NAMES.get(kind)
    if names is not None:
        return {n: to_plain(getattr(value, n)) for n in names}
    if kind is tuple or kind is list:
        return [to_plain(v) for v in value]  # type: ignore[attr-defined]
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, dt.date):
        return value.isoformat()
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        _FIELD_NAMES[kind] = tuple(f.name for f in dataclasses.fields(value))
        return to_plain(value)
    if isinstance(value, (list, tuple)):
        return [to_plain(v) for v in value]
    return value


def dumps(value: object) -> str:
    """Compact JSON text of a record."""
    return json.dumps(to_plain(value), ensure_ascii=False, separators=(",", ":"))


def loads(cls: type[T], text: str) -> T:
    """The record of type ``cls`` stored as ``text`` by :func:`dumps`."""
    return from_plain(cls, json.loads(text))


def from_plain(cls: type[T], data: Any) -> T:
    """Rebuild a dataclass record of type ``cls`` from :func:`to_plain` output."""
    decode: Callable[[Any], T] = _decoder(typing.cast(Any, cls))
    return decode(data)


def _same(data: Any) -> Any:
    return data


@functools.cache
def _decoder(tp: Any) -> Callable[[Any], Any]:
    """A function turning plain data into a value of type ``tp``, built once per type (the
    store decodes every event it reads, so this is on the query path)."""
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        options = [a for a in typing.get_args(tp) if a is not type(None)]
        return _decoder(options[0]) if len(options) == 1 else _same
    if origin is tuple:
        args = typing.get_args(tp)
        if len(args) == 2 and args[1] is Ellipsis:
            item = _decoder(args[0])
            return lambda d: None if d is None else tuple([item(v) for v in d])
        parts = [_decoder(a) for a in args]
        return lambda d: None if d is None else tuple(
            [f(v) for f, v in zip(parts, d, strict=False)])
    if isinstance(tp, type) and dataclasses.is_dataclass(tp):
        fields = [(k, _decoder(h)) for k, h in typing.get_type_hints(tp).items()]

        def record(d: Any) -> Any:
            if d is None:
                return None
            return tp(**{k: f(d[k]) for k, f in fields if k in d})
        return record
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        return lambda d: None if d is None else tp(d)
    if tp is dt.date:
        return lambda d: None if d is None else dt.date.fromisoformat(d)
    return _same

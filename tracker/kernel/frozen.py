"""A small immutable value class, for the types on the `dayweave log` path.

Not a dataclass on purpose: importing `dataclasses` imports `inspect` (and with it `ast`, `dis`,
`tokenize`), about 15 ms of a command whose whole budget over a bare Python start is ~50 ms.
Subclasses list their fields in `__slots__` (in the order of their `__init__` parameters, which
repr follows) and set them with `object.__setattr__`.
"""

from __future__ import annotations

from typing import Any, Self

__all__ = ["Frozen"]


class Frozen:
    __slots__: tuple[str, ...] = ()
    # Fields that do not take part in == and hash (e.g. unknown fields kept for round trips).
    _not_compared: tuple[str, ...] = ()

    def _compared(self) -> tuple[Any, ...]:
        return tuple(
            getattr(self, name) for name in self.__slots__ if name not in self._not_compared
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, Frozen):
            return NotImplemented
        return self._compared() == other._compared()

    def __hash__(self) -> int:
        return hash(self._compared())

    def __repr__(self) -> str:
        fields = ", ".join(f"{name}={getattr(self, name)!r}" for name in self.__slots__)
        return f"{type(self).__name__}({fields})"

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError(f"{type(self).__name__} is immutable: use with_changes({name}=...)")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"{type(self).__name__} is immutable")

    def __reduce__(self) -> tuple[Any, ...]:
        return (_rebuild, (type(self), {name: getattr(self, name) for name in self.__slots__}))

    def with_changes(self, **changes: Any) -> Self:
        """A copy with some fields changed; an unknown field name is a TypeError."""
        values = {name: getattr(self, name) for name in self.__slots__}
        values.update(changes)
        return type(self)(**values)


def _rebuild(cls: type[Frozen], values: dict[str, Any]) -> Frozen:
    return cls(**values)

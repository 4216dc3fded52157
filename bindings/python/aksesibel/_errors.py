"""The exceptions of aksesibel: one base class, a subclass per kind of failure.

Every error carries the library's stable code ("invalid-utf8", ...), the
message alone, and where in the input it was found (file, line, byte_offset;
empty/0/None when unknown).
"""
from __future__ import annotations

from typing import Optional


class Error(Exception):
    """An aksesibel error (aksesibel::Error in C++)."""

    code: str
    message: str
    file: str
    line: int
    byte_offset: Optional[int]

    def __init__(self, message: str, *, code: str = "internal", file: str = "", line: int = 0,
                 byte_offset: Optional[int] = None) -> None:
        self.code = code
        self.message = message
        self.file = file
        self.line = line
        self.byte_offset = byte_offset
        super().__init__(message)

    def __str__(self) -> str:
        # "FILE: line 2, byte offset 8: message", each part only when known
        # (as the C ABI's warnings put a location before the message).
        where = []
        if self.line:
            where.append(f"line {self.line}")
        if self.byte_offset is not None:
            where.append(f"byte offset {self.byte_offset}")
        prefix = ", ".join(where)
        if self.file:
            prefix = f"{self.file}: {prefix}" if prefix else self.file
        return f"{prefix}: {self.message}" if prefix else self.message

    def __reduce__(self):
        # Pickling (multiprocessing, concurrent.futures) keeps the code and
        # the location, which Exception's default would drop.
        return (_rebuild, (type(self), self.message, self.code, self.file, self.line, self.byte_offset))


class InputError(Error, ValueError):
    """The input cannot be read: not UTF-8, control characters, empty, only
    boilerplate, binary, too large, or not in the encoding named."""


class OptionError(Error, ValueError):
    """An unknown option, a value an option does not take, an unknown format
    or encoding name."""


class DataError(Error):
    """aksesibel's language data or a braille table is missing or malformed, or
    a file cannot be read or written."""


class FidelityError(Error):
    """A number, date or percentage did not survive braille translation."""


class InternalError(Error):
    """A bug in aksesibel: please report it."""


_CLASSES = {
    "invalid-utf8": InputError,
    "control-character": InputError,
    "empty-input": InputError,
    "only-boilerplate": InputError,
    "binary-input": InputError,
    "invalid-data": InputError,
    "input-too-large": InputError,
    "encoding-error": InputError,
    "unknown-encoding": OptionError,
    "unknown-format": OptionError,
    "invalid-option": OptionError,
    "data-file": DataError,
    "io": DataError,
    "braille-fidelity": FidelityError,
    "internal": InternalError,
}


def _rebuild(cls, message: str, code: str, file: str, line: int, byte_offset: Optional[int]) -> Error:
    """Unpickle an Error (see Error.__reduce__)."""
    return cls(message, code=code, file=file, line=line, byte_offset=byte_offset)


def _make(code: str, message: str, file: str, line: int, byte_offset: Optional[int]) -> Error:
    """Called by the native module to turn an aksesibel::Error into an exception."""
    cls = _CLASSES.get(code, Error)
    return cls(message, code=code, file=file, line=line, byte_offset=byte_offset)

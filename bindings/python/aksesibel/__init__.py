"""aksesibel: accessible variants of Indonesian Covid-19 bulletins.

    >>> import aksesibel
    >>> brf = aksesibel.convert(text, to="brf", cells_per_line=32)   # bytes
    >>> outputs = aksesibel.convert(text, to=["text", "pef"])         # {"text": str, "pef": str}
    >>> outputs = aksesibel.convert(text, to="text,pef")              # the same dict
    >>> doc = aksesibel.read(text)                                    # the document model
    >>> doc.to_dict()                                                 # the same as plain dicts (the "json" format)
    >>> plain = aksesibel.simplify(text)                              # plain language, with its report

Text formats come back as str; "brf", "large-print-pdf", "epub", "audio" and "audio-mp3" as bytes (see
formats()). Options are keyword arguments named like the command line's long
options, with "_" for "-" and one trailing "_" dropped (from_="html"; options()
lists them). A str is text already decoded: encoding= is for bytes. Errors raise subclasses of
aksesibel.Error carrying code, message, file, line and byte_offset. The
conversion itself runs without the GIL, so threads convert in parallel.
"""
from __future__ import annotations

from typing import List, NamedTuple

from ._errors import DataError, Error, FidelityError, InputError, InternalError, OptionError
from . import _aksesibel
from ._aksesibel import (Block, ConversionWarning, Document, Inline, Metadata, PlainChange, Readability, Removed,
                         SentenceMap, Simplification, SourceLocation, braille_table, convert, data_directory,
                         message_language, plain_text, read, set_message_language, simplify)

#: The old name of ConversionWarning, kept importable but not exported by
#: "from aksesibel import *" (it would hide the builtin Warning).
Warning = ConversionWarning

__version__: str = _aksesibel.version
version: str = _aksesibel.version


class Format(NamedTuple):
    """An output format."""
    name: str
    extension: str
    description: str
    binary: bool


class Option(NamedTuple):
    """A keyword option of convert(), read() and simplify()."""
    key: str
    values: str
    default: str
    description: str


def formats() -> List[Format]:
    """Every output format, in the order of the command line's --help."""
    return [Format(*f) for f in _aksesibel.formats()]


def options() -> List[Option]:
    """Every option key (as on the command line; use "_" for "-" in keyword arguments)."""
    return [Option(*o) for o in _aksesibel.options()]


__all__ = [
    "Block", "ConversionWarning", "DataError", "Document", "Error", "FidelityError", "Format", "Inline", "InputError", "InternalError",
    "Metadata", "Option", "OptionError", "PlainChange", "Readability", "Removed", "SentenceMap", "Simplification",
    "SourceLocation", "braille_table", "convert", "data_directory", "formats", "message_language", "options",
    "plain_text", "read", "set_message_language", "simplify", "version",
]

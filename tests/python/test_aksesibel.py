"""The Python module: every format, the model, options, errors, threads, stubs.

Run by ctest (python_unittest) with PYTHONPATH at the built package and
AKSESIBEL_EXAMPLES_DIR at examples/.
"""
import ast
import concurrent.futures
import enum
import io
import json
import os
import pathlib
import pickle
import re
import sys
import threading
import time
import unittest
import zipfile

import aksesibel
from aksesibel import _aksesibel

EXAMPLES = pathlib.Path(os.environ.get("AKSESIBEL_EXAMPLES_DIR", pathlib.Path(__file__).parents[2] / "examples"))
BULLETIN = (EXAMPLES / "buletin-sulteng-2021-07-14.txt").read_text(encoding="utf-8")
WEB_PAGE = (EXAMPLES / "buletin-sulteng-2021-07-14-web.html").read_bytes()


class Formats(unittest.TestCase):
    def test_every_format_from_text_and_html(self):
        names = [f.name for f in aksesibel.formats()]
        for required in ("text", "json", "html", "large-print", "large-print-pdf", "brf", "pef", "braille-text",
                         "braille-proof"):
            self.assertIn(required, names)
        for source, kwargs in ((BULLETIN, {}), (WEB_PAGE, {"source_name": "halaman.html"})):
            for f in aksesibel.formats():
                with self.subTest(format=f.name, source=type(source).__name__):
                    out = aksesibel.convert(source, to=f.name, **kwargs)
                    if f.binary:
                        self.assertIsInstance(out, bytes)
                    else:
                        self.assertIsInstance(out, str)
                    self.assertGreater(len(out), 100)
                    if f.name == "brf":
                        self.assertIn(b"#BAC", out)  # 213 new cases
                        self.assertTrue(all(0x20 <= b <= 0x5F or b in b"\r\n\f" for b in out))
                    elif f.name == "large-print-pdf":
                        self.assertTrue(out.startswith(b"%PDF-1."))
                    elif f.name == "audio":
                        self.assertTrue(out.startswith(b"OggS"))
                        self.assertIn(b"CHAPTER002NAME=Ringkasan", out[:4096])
                    elif f.name == "audio-mp3":
                        self.assertTrue(out.startswith(b"ID3"))
                        self.assertIn(b"Ringkasan", out[:4096])
                    elif f.name == "epub":
                        book = zipfile.ZipFile(io.BytesIO(out))
                        self.assertEqual(book.namelist()[0], "mimetype")
                        pages = "".join(book.read(n).decode("utf-8") for n in book.namelist() if n.endswith(".xhtml"))
                        self.assertIn("213", pages)
                        self.assertIn("14.054", pages)
                    elif f.name in ("braille-text", "pef"):
                        self.assertIn("\u283c\u2803\u2801\u2809", out)  # ⠼⠃⠁⠉
                    else:
                        self.assertIn("213", out)
                        self.assertTrue("14.054" in out or "14054" in out)
                    if f.name == "pef":
                        self.assertTrue(out.startswith("<?xml"))
                    if f.extension.endswith("html"):
                        self.assertTrue(out.startswith("<!DOCTYPE html>"))

    def test_binary_formats_are_brf_pdf_epub_and_audio(self):
        self.assertEqual(sorted(f.name for f in aksesibel.formats() if f.binary),
                         ["audio", "audio-mp3", "brf", "epub", "large-print-pdf"])

    def test_a_list_gives_a_dict_in_order(self):
        out = aksesibel.convert(BULLETIN, to=["brf", "text", "pef"])
        self.assertEqual(list(out), ["brf", "text", "pef"])
        self.assertIsInstance(out["brf"], bytes)
        self.assertIsInstance(out["text"], str)
        self.assertEqual(out["text"], aksesibel.convert(BULLETIN))  # "text" is the default
        self.assertEqual(aksesibel.convert(BULLETIN, to=("text",)), {"text": out["text"]})

    def test_a_comma_list_in_a_str_gives_a_dict_too(self):
        # Several formats give a dict whatever the type of "to": never only the first.
        out = aksesibel.convert(BULLETIN, to="brf,pef")
        self.assertIsInstance(out, dict)
        self.assertEqual(list(out), ["brf", "pef"])
        self.assertIn(b"#BAC", out["brf"])
        self.assertEqual(out, aksesibel.convert(BULLETIN, to=["brf", "pef"]))
        self.assertEqual(aksesibel.convert(BULLETIN, to="brf, text"), aksesibel.convert(BULLETIN, to=["brf", "text"]))
        self.assertIsInstance(aksesibel.convert(BULLETIN, to="brf"), bytes)

    def test_bytes_bytearray_memoryview_and_str_agree(self):
        encoded = BULLETIN.encode("utf-8")
        expected = aksesibel.convert(BULLETIN, to="json")
        for source in (encoded, bytearray(encoded), memoryview(encoded)):
            self.assertEqual(aksesibel.convert(source, to="json"), expected)
        with self.assertRaises(TypeError):
            aksesibel.convert(12345)


class Options(unittest.TestCase):
    def test_cells_per_line_and_lines_per_page(self):
        brf = aksesibel.convert(BULLETIN, to="brf", cells_per_line=32, lines_per_page=12)
        lines = [line for page in brf.split(b"\f") for line in page.split(b"\r\n")]
        self.assertLessEqual(max(len(line) for line in lines), 32)
        self.assertGreater(max(len(line) for line in lines), 24)
        default = aksesibel.convert(BULLETIN, to="brf")
        self.assertGreater(max(len(line) for line in default.split(b"\r\n")), 32)
        self.assertGreater(brf.count(b"\f"), default.count(b"\f"))

    def test_boolean_and_string_options(self):
        with_summary = aksesibel.convert(BULLETIN, to="html")
        without = aksesibel.convert(BULLETIN, to="html", no_summary=True)
        # The summary is a section headed "Ringkasan" (the bulletin's own table
        # captioned "Ringkasan Sulawesi Tengah" stays).
        self.assertGreater(with_summary.count("Ringkasan"), without.count("Ringkasan"))
        self.assertEqual(aksesibel.convert(BULLETIN, to="html", no_summary=False), with_summary)
        self.assertEqual(aksesibel.convert(BULLETIN, to="html", no_summary=None), with_summary)
        letter = aksesibel.convert(BULLETIN, to="large-print-pdf", paper="letter")
        self.assertIn(b"612", letter)  # MediaBox of US Letter: 612 × 792 points

    def test_options_are_listed(self):
        keys = {o.key: o for o in aksesibel.options()}
        for key in ("cells-per-line", "lines-per-page", "plain", "paper", "font-size", "source-name", "to"):
            self.assertIn(key, keys)
        self.assertEqual(keys["cells-per-line"].default, "40")
        self.assertTrue(all(o.description for o in keys.values()))

    def test_every_key_of_the_table_is_accepted(self):
        # The same samples as the command line's and the C ABI's test (tests/cli/options_test.cpp).
        samples_file = pathlib.Path(__file__).parents[1] / "options" / "samples.tsv"
        root = pathlib.Path(__file__).parents[2]
        samples = {}
        for line in samples_file.read_text(encoding="utf-8").splitlines():
            if line and not line.startswith("#"):
                key, value = line.split("\t", 1)
                samples[key] = value.replace("{data}", str(root / "data")).replace("{tables}", str(root / "tables"))
        self.assertEqual(set(samples), {o.key for o in aksesibel.options()})
        for key, value in samples.items():
            with self.subTest(key=key):
                source = BULLETIN.encode("utf-8") if key == "encoding" else BULLETIN
                if key == "to":
                    out = aksesibel.convert(source, to=value)
                else:
                    out = aksesibel.convert(source, to="text", **{key.replace("-", "_") + ("_" if key == "from" else ""): value})
                self.assertIsInstance(out, str)

    def test_every_key_is_documented(self):
        api = (EXAMPLES.parent / "docs" / "api.md").read_text(encoding="utf-8")
        for o in aksesibel.options():
            self.assertIn(f"| `{o.key}` |", api, "docs/api.md's table of option keys")

    def test_from_with_a_trailing_underscore(self):
        # "from" is a Python keyword: from_ is the option "from".
        self.assertEqual(aksesibel.read(WEB_PAGE, from_="html").metadata.source_format, "html")
        as_text = aksesibel.read(WEB_PAGE, from_="text")
        self.assertEqual(as_text.metadata.source_format, "text")
        with self.assertRaises(aksesibel.OptionError) as cm:
            aksesibel.convert(BULLETIN, from_="pdf")
        self.assertIn("from", cm.exception.message)
        self.assertEqual(aksesibel.convert(BULLETIN, cells_per_line_=32, to="brf"),
                         aksesibel.convert(BULLETIN, cells_per_line=32, to="brf"))

    def test_pef_date_is_a_date(self):
        pef = aksesibel.convert(BULLETIN, to="pef", pef_date="2021-07-20")
        self.assertIn("2021-07-20", pef)
        for bad in ("20/07/2021", "2021-7-20", "2021-02-29", "2021-13-01", "kemarin"):
            with self.subTest(date=bad):
                with self.assertRaises(aksesibel.OptionError) as cm:
                    aksesibel.convert(BULLETIN, to="pef", pef_date=bad)
                self.assertEqual(cm.exception.code, "invalid-option")

    def test_bad_options(self):
        with self.assertRaises(aksesibel.OptionError) as cm:
            aksesibel.convert(BULLETIN, to="brf", cells_per_line=5)
        self.assertEqual(cm.exception.code, "invalid-option")
        self.assertIn("cells-per-line", cm.exception.message)
        with self.assertRaises(aksesibel.OptionError) as cm:
            aksesibel.convert(BULLETIN, colour="red")
        self.assertIn("colour", str(cm.exception))
        with self.assertRaises(ValueError):  # OptionError is a ValueError too
            aksesibel.convert(BULLETIN, duplex="maybe")
        with self.assertRaises(TypeError):
            aksesibel.convert(BULLETIN, cells_per_line=3.5)
        with self.assertRaises(aksesibel.OptionError) as cm:
            aksesibel.convert(BULLETIN, to=["text", "embossed"])
        self.assertEqual(cm.exception.code, "unknown-format")
        self.assertIn("embossed", cm.exception.message)


class Model(unittest.TestCase):
    def test_read_gives_the_model(self):
        doc = aksesibel.read(BULLETIN, source_name="buletin.txt")
        self.assertIsInstance(doc, aksesibel.Document)
        self.assertTrue(doc.title.startswith("Kasus Harian Covid-19"))
        self.assertEqual(doc.metadata.date, "2021-07-14")
        self.assertEqual(doc.metadata.source_name, "buletin.txt")
        self.assertEqual(doc.metadata.language, "id")
        kinds = {b.kind for b in doc.blocks}
        self.assertIn(aksesibel.Block.Kind.PARAGRAPH, kinds)
        numbers = [i for b in doc.blocks for i in b.inlines if i.kind == aksesibel.Inline.Kind.NUMBER]
        self.assertEqual(numbers[0].text, "213")
        self.assertEqual(numbers[0].value, 213)
        values = [i.value for i in numbers]
        self.assertIn(14054, values)
        dates = [i for b in doc.blocks for i in b.inlines if i.kind == aksesibel.Inline.Kind.DATE]
        self.assertEqual(dates[0].iso, "2021-07-14")
        abbreviations = [i for b in doc.blocks for i in b.inlines if i.kind == aksesibel.Inline.Kind.ABBREVIATION]
        self.assertTrue(any(a.text == "Pusdatina" for a in abbreviations))
        self.assertGreater(len(doc.removed), 0)  # "Baca Juga" and the like
        self.assertTrue(all(r.reason for r in doc.removed))
        self.assertEqual(aksesibel.plain_text(doc.blocks[0].inlines), doc.blocks[0].text)

    def test_tables_and_lists_are_reachable(self):
        doc = aksesibel.read(BULLETIN)
        tables = [b for b in doc.blocks if b.kind == aksesibel.Block.Kind.TABLE]
        lists = [b for b in doc.blocks if b.kind == aksesibel.Block.Kind.LIST]
        self.assertTrue(tables or lists)
        for t in tables:
            self.assertTrue(all(isinstance(cell, list) for row in t.rows for cell in row))
        for item_list in lists:
            self.assertTrue(all(isinstance(b, aksesibel.Block) for item in item_list.items for b in item))

    def test_to_dict_is_the_json_format(self):
        doc = aksesibel.read(BULLETIN, source_name="buletin.txt")
        d = doc.to_dict()
        self.assertIsInstance(d, dict)
        self.assertEqual(d, json.loads(aksesibel.convert(BULLETIN, to="json", source_name="buletin.txt")))
        self.assertEqual(d, json.loads(doc.render("json")))
        json.dumps(d)  # plain data: serialisable as it is

    def test_enums_are_pybind11_enums(self):
        # Not enum.Enum (the stubs say so): members compare, hash and convert to int.
        self.assertNotIsInstance(aksesibel.Block.Kind.TABLE, enum.Enum)
        self.assertEqual(int(aksesibel.Inline.Kind.NUMBER), 4)
        self.assertEqual(aksesibel.Inline.Kind.NUMBER.name, "NUMBER")
        self.assertEqual(len({aksesibel.Block.Kind.TABLE, aksesibel.Block.Kind.TABLE}), 1)

    def test_a_read_document_renders(self):
        doc = aksesibel.read(BULLETIN)
        self.assertEqual(doc.render("text"), aksesibel.convert(BULLETIN, to="text"))
        self.assertIsInstance(doc.render("brf", cells_per_line=30), bytes)
        with self.assertRaises(aksesibel.OptionError):
            doc.render("nope")


def number_values(doc):
    """Every recognised number's value, at any depth of the document."""
    values = []

    def inlines(items):
        for i in items:
            if i.kind == aksesibel.Inline.Kind.NUMBER:
                values.append(i.value)
            inlines(i.children)

    def blocks(items):
        for b in items:
            inlines(b.inlines)
            for row in [b.header] + list(b.rows):
                for cell in row:
                    inlines(cell)
            for item in b.items:
                blocks(item)
            blocks(b.children)

    blocks(doc.blocks)
    return values


class Plain(unittest.TestCase):
    def test_simplify_keeps_every_number_and_says_what_it_changed(self):
        plain = aksesibel.simplify(BULLETIN, source_name="buletin.txt")
        self.assertIsInstance(plain, aksesibel.Simplification)
        self.assertIsInstance(plain.document, aksesibel.Document)
        source = aksesibel.read(BULLETIN)
        kept = number_values(plain.document)
        for value in number_values(source):
            self.assertIn(value, kept)
        self.assertGreater(len(plain.changes), 0)
        self.assertTrue(all(c.rule for c in plain.changes))
        self.assertGreater(len(plain.sentences), 0)
        self.assertTrue(all(m.outputs for m in plain.sentences))
        self.assertGreater(plain.before.words, 0)
        self.assertGreater(plain.after.sentences, 0)

    def test_report_is_json(self):
        import json
        plain = aksesibel.simplify(BULLETIN)
        report = json.loads(plain.report("buletin.txt"))
        entry = report["inputs"][0]
        self.assertEqual(entry["input"], "buletin.txt")
        # The report and the Python objects are the same measures.
        for field in ("sentences", "words", "syllables", "longest_sentence"):
            self.assertEqual(entry["before"][field], getattr(plain.before, field))
            self.assertEqual(entry["after"][field], getattr(plain.after, field))
        self.assertAlmostEqual(entry["after"]["reading_ease"], plain.after.reading_ease)

    def test_simplify_a_read_document_and_convert_with_plain_agree(self):
        doc = aksesibel.read(BULLETIN)
        from_document = aksesibel.simplify(doc)
        from_text = aksesibel.simplify(BULLETIN)
        self.assertEqual(from_document.document.render("text"), from_text.document.render("text"))
        self.assertEqual(aksesibel.convert(BULLETIN, to="text", plain=True), from_text.document.render("text"))
        self.assertNotEqual(aksesibel.convert(BULLETIN, to="text"), from_text.document.render("text"))
        braille = aksesibel.convert(BULLETIN, to="brf", plain=True)
        self.assertIn(b"#BAC", braille)

    def test_plain_options(self):
        with_glossary = aksesibel.convert(BULLETIN, to="plain")
        without = aksesibel.convert(BULLETIN, to="plain", plain_glossary=False)
        self.assertIn("Kata-kata sulit", with_glossary)
        self.assertNotIn("Kata-kata sulit", without)
        with self.assertRaises(aksesibel.OptionError):
            aksesibel.simplify(BULLETIN, plain_split_over=1)


class Language(unittest.TestCase):
    def test_messages_in_indonesian_and_back(self):
        self.assertEqual(aksesibel.message_language(), "en")
        try:
            self.assertTrue(aksesibel.set_message_language("id"))
            self.assertEqual(aksesibel.message_language(), "id")
            with self.assertRaises(aksesibel.InputError) as cm:
                aksesibel.convert(b"", source_name="kosong.txt")
            self.assertIn("masukan kosong", cm.exception.message)
        finally:
            aksesibel.set_message_language("en")
        with self.assertRaises(aksesibel.InputError) as cm:
            aksesibel.convert(b"", source_name="kosong.txt")
        self.assertIn("input is empty", cm.exception.message)
        with self.assertRaises(aksesibel.OptionError):
            aksesibel.set_message_language("fr")


class Errors(unittest.TestCase):
    def test_invalid_utf8_has_code_and_location(self):
        with self.assertRaises(aksesibel.InputError) as cm:
            aksesibel.convert(b"Palu\nabc\xff def\n", source_name="rusak.txt")
        e = cm.exception
        self.assertIsInstance(e, aksesibel.Error)
        self.assertIsInstance(e, ValueError)
        self.assertEqual(e.code, "invalid-utf8")
        self.assertEqual(e.file, "rusak.txt")
        self.assertEqual(e.line, 2)
        self.assertEqual(e.byte_offset, 8)
        self.assertTrue(str(e).startswith("rusak.txt: "))
        self.assertEqual(str(e), f"rusak.txt: line 2, byte offset 8: {e.message}")

    def test_str_names_what_is_known(self):
        self.assertEqual(str(aksesibel.Error("m")), "m")
        self.assertEqual(str(aksesibel.Error("m", line=3)), "line 3: m")
        self.assertEqual(str(aksesibel.Error("m", byte_offset=0)), "byte offset 0: m")
        self.assertEqual(str(aksesibel.Error("m", file="a.txt")), "a.txt: m")

    def test_errors_survive_pickling(self):
        with self.assertRaises(aksesibel.InputError) as cm:
            aksesibel.convert(b"Palu\nabc\xff def\n", source_name="rusak.txt")
        e = cm.exception
        copy = pickle.loads(pickle.dumps(e))
        self.assertIs(type(copy), aksesibel.InputError)
        for field in ("code", "message", "file", "line", "byte_offset"):
            self.assertEqual(getattr(copy, field), getattr(e, field), field)
        self.assertEqual(str(copy), str(e))
        # Across processes too, as concurrent.futures sends it back.
        with concurrent.futures.ProcessPoolExecutor(max_workers=1) as pool:
            with self.assertRaises(aksesibel.InputError) as cm:
                pool.submit(convert_broken_input).result()
        self.assertEqual((cm.exception.code, cm.exception.line, cm.exception.byte_offset), ("invalid-utf8", 2, 8))

    def test_a_str_with_an_encoding_is_refused(self):
        # A str is already decoded: encoding= is for bytes.
        for call in (aksesibel.convert, aksesibel.read, aksesibel.simplify):
            with self.subTest(call=call.__name__):
                with self.assertRaises(aksesibel.OptionError) as cm:
                    call(BULLETIN, encoding="windows-1252")
                self.assertEqual(cm.exception.code, "invalid-option")
                self.assertIn("encoding", cm.exception.message)
        self.assertIn("213", aksesibel.convert(BULLETIN.encode("utf-8"), encoding="utf-8"))

    def test_other_input_errors(self):
        cases = {
            b"   \n": "empty-input",
            b"Kasus baru\x01 bertambah 213 orang.\n": "control-character",
            b"\x89PNG\r\n\x1a\n" + bytes(64): "binary-input",
        }
        for source, code in cases.items():
            with self.subTest(code=code):
                with self.assertRaises(aksesibel.InputError) as cm:
                    aksesibel.convert(source)
                self.assertEqual(cm.exception.code, code)
        with self.assertRaises(aksesibel.InputError) as cm:
            aksesibel.convert(BULLETIN, max_input_size="1KiB")
        self.assertEqual(cm.exception.code, "input-too-large")
        with self.assertRaises(aksesibel.OptionError) as cm:
            aksesibel.convert(b"caf\xe9", encoding="no-such-encoding")
        self.assertEqual(cm.exception.code, "unknown-encoding")
        # Lenient: the control character goes, with a warning that names its line.
        doc = aksesibel.read(b"Kasus baru\x01 bertambah 213 orang.\n", lenient=True)
        self.assertEqual(len(doc.warnings), 1)
        self.assertEqual(doc.warnings[0].where.line, 1)

    def test_missing_data_is_a_data_error(self):
        with self.assertRaises(aksesibel.DataError) as cm:
            aksesibel.convert(BULLETIN, data_dir="/nonexistent-aksesibel")
        self.assertEqual(cm.exception.code, "data-file")
        self.assertIn("/nonexistent-aksesibel", cm.exception.message)

    def test_windows_1252_input(self):
        text = "Palu - Kasus baru di Sulawesi Tengah bertambah 213 orang pada Rabu, kata Kepala Dinas Kesehatan.\n"
        out = aksesibel.convert(text.replace("Kepala", "Kepala\u00e9").encode("cp1252"), encoding="windows-1252")
        self.assertIn("Kepala\u00e9", out)


def convert_broken_input():
    """Run in another process by Errors.test_errors_survive_pickling."""
    return aksesibel.convert(b"Palu\nabc\xff def\n", source_name="rusak.txt")


class Threads(unittest.TestCase):
    def test_concurrent_conversions_agree(self):
        expected = {f: aksesibel.convert(BULLETIN, to=f) for f in ("brf", "html", "json")}

        def job(i):
            f = ("brf", "html", "json")[i % 3]
            return f, aksesibel.convert(BULLETIN, to=f)

        with concurrent.futures.ThreadPoolExecutor(max_workers=6) as pool:
            for f, out in pool.map(job, range(18)):
                self.assertEqual(out, expected[f])

    def test_the_gil_is_released_during_conversion(self):
        # A second thread counts, giving the GIL up after every step. The
        # switch interval is made long, so that it can only count while the
        # main thread is inside convert() if convert() releases the GIL.
        counter = [0]
        stop = threading.Event()

        def count():
            while not stop.is_set():
                counter[0] += 1
                time.sleep(0)

        old = sys.getswitchinterval()
        sys.setswitchinterval(2.0)
        t = threading.Thread(target=count)
        try:
            t.start()
            time.sleep(0.05)
            before = counter[0]
            aksesibel.convert(BULLETIN, to=["large-print-pdf", "brf"])
            during = counter[0] - before
        finally:
            stop.set()
            t.join()
            sys.setswitchinterval(old)
        self.assertGreater(during, 50)


class Installation(unittest.TestCase):
    def test_data_and_tables_are_found(self):
        self.assertTrue(pathlib.Path(aksesibel.data_directory(), "boilerplate-id.txt").is_file())
        table = aksesibel.braille_table()
        self.assertIn("id-id-g1.utb", table)
        self.assertTrue(all(os.path.isabs(t) for t in table.split(",")))

    @unittest.skipUnless(os.environ.get("AKSESIBEL_TEST_SOURCE_DIR"), "ctest gives the source tree")
    def test_the_build_tree_uses_the_source_tree(self):
        # ctest puts a decoy installation beside the build tree's library:
        # the module of the build tree must take the source tree's data and
        # tables (an old `cmake --install` copy must not hide edits).
        source = pathlib.Path(os.environ["AKSESIBEL_TEST_SOURCE_DIR"]).resolve()
        self.assertEqual(pathlib.Path(aksesibel.data_directory()), source / "data")
        self.assertIn(str(source / "tables" / "id-id-g1.utb"), aksesibel.braille_table().split(","))

    def test_version(self):
        self.assertRegex(aksesibel.__version__, r"^\d+\.\d+\.\d+$")
        self.assertEqual(aksesibel.version, aksesibel.__version__)


class Stubs(unittest.TestCase):
    def test_the_stubs_cover_the_native_module(self):
        stub = pathlib.Path(aksesibel.__file__).with_name("_aksesibel.pyi")
        self.assertTrue(stub.is_file())
        self.assertTrue(pathlib.Path(aksesibel.__file__).with_name("py.typed").is_file())
        tree = ast.parse(stub.read_text(encoding="utf-8"))
        stubbed = set()
        for node in tree.body:
            if isinstance(node, (ast.FunctionDef, ast.ClassDef)):
                stubbed.add(node.name)
            elif isinstance(node, ast.AnnAssign):
                stubbed.add(node.target.id)
            elif isinstance(node, ast.Assign):
                stubbed.update(t.id for t in node.targets if isinstance(t, ast.Name))
        public = {n for n in dir(_aksesibel) if not n.startswith("_")}
        self.assertEqual(public - stubbed, set(), "in the module but not in _aksesibel.pyi")
        classes = {n.name: n for n in tree.body if isinstance(n, ast.ClassDef)}
        for name, node in classes.items():
            if name.startswith("_"):
                continue  # a stub-only helper (_PybindEnum)
            self.assertTrue(hasattr(_aksesibel, name), f"{name} is stubbed but not in the module")
            members = {m.name for m in node.body if isinstance(m, (ast.FunctionDef, ast.ClassDef))}
            actual = {m for m in dir(getattr(_aksesibel, name)) if not m.startswith("_")}
            self.assertEqual(actual - members, set(), f"{name}: not stubbed")
        # Enums: stubbed as classes (not enum.Enum) with every member.
        for outer in ("Inline", "Block"):
            kind = next(n for n in classes[outer].body if isinstance(n, ast.ClassDef) and n.name == "Kind")
            self.assertEqual([ast.unparse(b) for b in kind.bases], ["_PybindEnum"])
            members = {n.target.id for n in kind.body if isinstance(n, ast.AnnAssign)}
            self.assertEqual(members, set(getattr(_aksesibel, outer).Kind.__members__), outer)
        self.assertNotIn("(enum.Enum)", stub.read_text(encoding="utf-8"))

    def test_all_does_not_hide_builtins(self):
        import builtins
        self.assertEqual([n for n in aksesibel.__all__ if hasattr(builtins, n)], [])
        self.assertTrue(all(hasattr(aksesibel, n) for n in aksesibel.__all__))
        self.assertIs(aksesibel.Warning, aksesibel.ConversionWarning)  # the old name still imports
        doc = aksesibel.read(b"Kasus baru\x01 bertambah 213 orang.\n", lenient=True)
        self.assertIsInstance(doc.warnings[0], aksesibel.ConversionWarning)


if __name__ == "__main__":
    unittest.main(verbosity=2)

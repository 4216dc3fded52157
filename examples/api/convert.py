# examples/api/convert.py — a bulletin to braille, text and the model with Python.
import aksesibel

text = "Palu - Kasus baru Covid-19 di Sulawesi Tengah bertambah 213 orang pada Rabu (14/7/2021).\n"
brf = aksesibel.convert(text, to="brf", cells_per_line=32)       # bytes, for the embosser
outputs = aksesibel.convert(text, to=["text", "html"])           # {"text": str, "html": str}
document = aksesibel.read(text)
numbers = [i.value for b in document.blocks for i in b.inlines if i.kind == aksesibel.Inline.Kind.NUMBER]
print(len(brf), sorted(outputs), numbers)
try:
    aksesibel.convert(b"Palu \xff", source_name="rusak.txt")
except aksesibel.InputError as e:
    print(e.code, e.file, e.line, e.byte_offset)

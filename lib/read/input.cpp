#include "read/input.hpp"

#include <unicode/normalizer2.h>
#include <unicode/ucnv.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <cstdio>
#include <memory>

#include "aksesibel/messages.hpp"
#include "text/utf8.hpp"

namespace aksesibel::text {

std::string human_size(std::size_t bytes) {
  char buf[64];
  if (bytes >= 1024u * 1024u) std::snprintf(buf, sizeof buf, "%.1f MiB", bytes / (1024.0 * 1024.0));
  else if (bytes >= 1024u) std::snprintf(buf, sizeof buf, "%.1f KiB", bytes / 1024.0);
  else std::snprintf(buf, sizeof buf, "%zu bytes", bytes);
  std::string s = buf;
  auto dot = s.find(".0 ");
  if (dot != std::string::npos) s.erase(dot, 2);
  return s;
}

namespace {

// Marks a message for the catalogue (po/): translated where it is used.
#define N_(english) english

struct Magic {
  std::string_view bytes;
  const char* what;
};

// Signatures of binary files people rename to .txt or .html by mistake.
constexpr Magic kMagics[] = {
    {"\x89PNG\r\n\x1a\n", N_("a PNG image")},
    {"\xFF\xD8\xFF", N_("a JPEG image")},
    {"GIF87a", N_("a GIF image")},
    {"GIF89a", N_("a GIF image")},
    {"%PDF-", N_("a PDF document")},
    {"PK\x03\x04", N_("a ZIP archive (or a .docx/.xlsx/.odt document)")},
    {"\x1F\x8B", N_("a gzip archive")},
    {"\x7F" "ELF", N_("a program (ELF executable)")},
    {"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", N_("an old Microsoft Office document (.doc/.xls)")},
    {"BM", nullptr},  // too short to be sure on its own; see below
};

std::string_view starts_with_magic(std::string_view bytes) {
  for (const Magic& m : kMagics)
    if (m.what && bytes.substr(0, m.bytes.size()) == m.bytes) return m.what;
  if (bytes.size() >= 12 && bytes.substr(0, 4) == "RIFF" && bytes.substr(8, 4) == "WEBP") return N_("a WebP image");
  return {};
}

bool looks_binary(std::string_view bytes) {
  const std::size_t n = std::min<std::size_t>(bytes.size(), 8192);
  std::size_t nul = 0;
  for (std::size_t i = 0; i < n; ++i)
    if (bytes[i] == '\0') ++nul;
  return nul >= 4 && nul * 20 >= n;  // 5 % NUL bytes: not text
}

std::string utf8_of(const icu::UnicodeString& u) {
  std::string out;
  u.toUTF8String(out);
  return out;
}

struct ConverterCloser {
  void operator()(UConverter* c) const { ucnv_close(c); }
};

// Convert `bytes` from `encoding` to UTF-8 with ICU; stop at the first
// sequence that has no mapping.
std::string convert_to_utf8(std::string_view bytes, const std::string& encoding, const ReadOptions& options,
                            std::size_t offset_base) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UConverter, ConverterCloser> conv(ucnv_open(encoding.c_str(), &status));
  if (U_FAILURE(status) || !conv)
    throw Error(ErrorCode::UnknownEncoding,
                fill_message(translate("unknown encoding '{0}'; give a name ICU knows, such as windows-1252, ISO-8859-1, "
                                       "UTF-16LE or UTF-8"),
                             {encoding}),
                {options.source_name, 0, std::nullopt});
  ucnv_setToUCallBack(conv.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
  icu::UnicodeString out;
  std::vector<UChar> buf(std::max<std::size_t>(bytes.size() + 16, 64));
  const char* src = bytes.data();
  const char* src_end = bytes.data() + bytes.size();
  for (;;) {
    UChar* target = buf.data();
    status = U_ZERO_ERROR;
    ucnv_toUnicode(conv.get(), &target, buf.data() + buf.size(), &src, src_end, nullptr, true, &status);
    out.append(buf.data(), static_cast<int32_t>(target - buf.data()));
    if (status == U_BUFFER_OVERFLOW_ERROR) continue;
    if (U_FAILURE(status)) {
      char bad[32];
      int8_t bad_len = sizeof bad;
      UErrorCode st2 = U_ZERO_ERROR;
      ucnv_getInvalidChars(conv.get(), bad, &bad_len, &st2);
      const std::size_t off = static_cast<std::size_t>(src - bytes.data()) - (U_SUCCESS(st2) ? bad_len : 0);
      char hex[8];
      std::snprintf(hex, sizeof hex, "0x%02X", bad_len > 0 ? static_cast<unsigned char>(bad[0]) : 0u);
      // The line, counted in what was decoded before the bad byte: in the
      // bytes themselves a UTF-16 CR LF ("0D 00 0A 00") would count twice.
      std::size_t line = 1;
      for (int32_t k = 0; k < out.length(); ++k) {
        const UChar c = out.charAt(k);
        if (c == u'\n' || (c == u'\r' && (k + 1 >= out.length() || out.charAt(k + 1) != u'\n'))) ++line;
      }
      throw Error(ErrorCode::EncodingError,
                  fill_message(translate("byte {0} is not valid {1}; check the encoding you named (or leave the option "
                                         "encoding out for UTF-8)"),
                               {hex, encoding}),
                  {options.source_name, line, off + offset_base});
    }
    break;
  }
  return utf8_of(out);
}

}  // namespace

PreparedText prepare_input(std::string_view bytes, const ReadOptions& options) {
  const std::string& name = options.source_name;
  PreparedText result;

  if (bytes.size() > options.max_input_size)
    throw Error(ErrorCode::InputTooLarge,
                fill_message(translate("input is {0}, more than the limit of {1}; split the bulletin, or raise the limit "
                                       "with the option max-input-size"),
                             {human_size(bytes.size()), human_size(options.max_input_size)}),
                {name, 0, std::nullopt});
  if (bytes.empty())
    throw Error(ErrorCode::EmptyInput,
                translate("input is empty (0 bytes); give a bulletin (text, HTML) or statistics (CSV, JSON)"),
                {name, 0, std::nullopt});

  // Decode to UTF-8. `offset_base` maps offsets in `utf8` back to the input
  // bytes while that is possible (UTF-8 input, with or without a BOM).
  std::string converted;
  std::string_view utf8;
  std::size_t offset_base = 0;
  bool offsets_exact = true;
  std::string enc = options.encoding;
  std::string enc_upper = enc;
  std::transform(enc_upper.begin(), enc_upper.end(), enc_upper.begin(), [](unsigned char c) { return std::toupper(c); });
  if (enc_upper == "UTF-8" || enc_upper == "UTF8") enc.clear();

  if (enc.empty()) {
    if (bytes.substr(0, 3) == "\xEF\xBB\xBF") {
      offset_base = 3;
      utf8 = bytes.substr(3);
    } else if (bytes.substr(0, 2) == "\xFF\xFE" || bytes.substr(0, 2) == "\xFE\xFF") {
      const bool le = bytes[0] == '\xFF';
      converted = convert_to_utf8(bytes.substr(2), le ? "UTF-16LE" : "UTF-16BE", options, 2);
      utf8 = converted;
      offsets_exact = false;
    } else {
      if (auto what = starts_with_magic(bytes); !what.empty())
        throw Error(ErrorCode::BinaryInput,
                    fill_message(translate("this is {0}, not a text or HTML bulletin; save the bulletin as text (.txt) "
                                           "or a web page (.html) first"),
                                 {translate(std::string(what).c_str())}),
                    {name, 0, std::nullopt});
      if (looks_binary(bytes))
        throw Error(ErrorCode::BinaryInput,
                    translate("this looks like a binary file (many NUL bytes), not a text or HTML bulletin; if it is "
                              "UTF-16 text without a byte-order mark, name its encoding, e.g. the option encoding=UTF-16LE"),
                    {name, 0, std::nullopt});
      utf8 = bytes;
    }
    if (offsets_exact) {
      if (auto bad = find_invalid_utf8(utf8)) {
        const std::size_t off = bad->offset + offset_base;
        throw Error(ErrorCode::InvalidUtf8,
                    fill_message(translate("invalid UTF-8 at line {0}, byte offset {1}: {2}; save the file as UTF-8, or "
                                           "name its encoding (e.g. the option encoding=windows-1252)"),
                                 {std::to_string(line_at(bytes, off)), std::to_string(off), bad->detail}),
                    {name, line_at(bytes, off), off});
      }
    }
  } else {
    if (auto what = starts_with_magic(bytes); !what.empty())
      throw Error(ErrorCode::BinaryInput,
                  fill_message(translate("this is {0}, not a text or HTML bulletin"), {translate(std::string(what).c_str())}),
                  {name, 0, std::nullopt});
    converted = convert_to_utf8(bytes, enc, options, 0);
    if (converted.substr(0, 3) == "\xEF\xBB\xBF") converted.erase(0, 3);
    utf8 = converted;
    offsets_exact = false;
  }

  // Control characters, and line endings, in one pass.
  std::string text;
  text.reserve(utf8.size());
  std::size_t removed = 0;
  std::size_t first_removed_offset = 0;
  for (std::size_t i = 0; i < utf8.size();) {
    const std::size_t at = i;
    const char32_t cp = next_code_point(utf8, i);
    if (cp == '\r') {
      text += '\n';
      if (i < utf8.size() && utf8[i] == '\n') ++i;
      continue;
    }
    if (is_refused_character(cp)) {
      const std::size_t off = at + offset_base;
      if (!options.lenient) {
        const std::size_t line = line_at(utf8, at);
        throw Error(ErrorCode::ControlCharacter,
                    fill_message(offsets_exact ? translate("{0} at line {1}, byte offset {2}; remove it, or set the option "
                                                           "lenient to drop such characters with a warning")
                                               : translate("{0} at line {1}, byte offset {2} of the converted text; remove "
                                                           "it, or set the option lenient to drop such characters with a "
                                                           "warning"),
                                 {refused_character_name(cp), std::to_string(line), std::to_string(offsets_exact ? off : at)}),
                    {name, line, offsets_exact ? std::optional<std::size_t>(off) : std::nullopt});
      }
      if (removed++ == 0) first_removed_offset = at;
      continue;
    }
    text.append(utf8.substr(at, i - at));
  }
  if (removed > 0) {
    const std::size_t line = line_at(utf8, first_removed_offset);
    result.warnings.push_back(
        {fill_message(removed == 1 ? translate("{0} control character or noncharacter removed (the option lenient); "
                                               "the first at line {1}")
                                   : translate("{0} control characters or noncharacters removed (the option lenient); "
                                               "the first at line {1}"),
                      {std::to_string(removed), std::to_string(line)}),
         {name, line, offsets_exact ? std::optional<std::size_t>(first_removed_offset + offset_base) : std::nullopt}});
  }

  // NFC. Most bulletins are already NFC: check before converting.
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status)) throw Error(ErrorCode::Internal, translate("ICU has no NFC normaliser"), {name, 0, std::nullopt});
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(text);
  if (!nfc->isNormalized(u, status)) {
    status = U_ZERO_ERROR;
    icu::UnicodeString normalised = nfc->normalize(u, status);
    if (U_FAILURE(status)) throw Error(ErrorCode::Internal, translate("NFC normalisation failed"), {name, 0, std::nullopt});
    text = utf8_of(normalised);
  }

  if (trim(text).empty())
    throw Error(ErrorCode::EmptyInput,
                translate("input has only white space; give a bulletin (text, HTML) or statistics (CSV, JSON)"),
                {name, 0, std::nullopt});
  result.text = std::move(text);
  return result;
}

}  // namespace aksesibel::text

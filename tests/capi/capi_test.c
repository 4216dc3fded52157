/* The C ABI, from C11: every format of a bulletin, options, errors, threads.
 *
 *   capi_test BULLETIN.txt BULLETIN.html SOURCE_DIR
 *
 * SOURCE_DIR is the source tree: run from the build tree, the library must
 * take its data and tables from there (not from an installed copy).
 * Prints one line per failed check and "N passed, N failed" at the end;
 * exits non-zero when a check failed. A failed call is reported and the
 * checks that need its result are skipped: nothing reads through NULL. */
#include <aksesibel/aksesibel.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <threads.h>

static int passed = 0;
static int failed = 0;

#define CHECK(cond, ...)                                        \
  do {                                                          \
    if (cond) {                                                 \
      ++passed;                                                 \
    } else {                                                    \
      ++failed;                                                 \
      printf("FAIL %s:%d: %s: ", __FILE__, __LINE__, #cond);    \
      printf(__VA_ARGS__);                                      \
      printf("\n");                                             \
    }                                                           \
  } while (0)

static char* read_file(const char* path, size_t* length) {
  FILE* f = fopen(path, "rb");
  if (!f) {
    printf("cannot open %s\n", path);
    exit(2);
  }
  size_t cap = 1 << 16, n = 0;
  char* buf = malloc(cap);
  size_t got;
  while ((got = fread(buf + n, 1, cap - n, f)) > 0) {
    n += got;
    if (n == cap) buf = realloc(buf, cap *= 2);
  }
  fclose(f);
  buf[n] = '\0';
  *length = n;
  return buf;
}

/* Strict UTF-8: no overlong forms, no surrogates, nothing above U+10FFFF. */
static int valid_utf8(const unsigned char* s, size_t n) {
  size_t i = 0;
  while (i < n) {
    unsigned char c = s[i];
    size_t len;
    unsigned long cp;
    if (c < 0x80) {
      ++i;
      continue;
    } else if ((c & 0xE0) == 0xC0) {
      len = 2;
      cp = c & 0x1F;
    } else if ((c & 0xF0) == 0xE0) {
      len = 3;
      cp = c & 0x0F;
    } else if ((c & 0xF8) == 0xF0) {
      len = 4;
      cp = c & 0x07;
    } else {
      return 0;
    }
    if (i + len > n) return 0;
    for (size_t k = 1; k < len; ++k) {
      if ((s[i + k] & 0xC0) != 0x80) return 0;
      cp = (cp << 6) | (s[i + k] & 0x3F);
    }
    if ((len == 2 && cp < 0x80) || (len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000)) return 0;
    if ((cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF) return 0;
    i += len;
  }
  return 1;
}

static int starts_with(const char* s, const char* prefix) { return s && strncmp(s, prefix, strlen(prefix)) == 0; }

/* strcmp(a, b) == 0, false when either is NULL. */
static int same(const char* a, const char* b) { return a && b && strcmp(a, b) == 0; }

static const char* or_null(const char* s) { return s ? s : "(null)"; }

static int contains(const char* data, size_t n, const char* needle) {
  size_t m = strlen(needle);
  if (!data || m > n) return 0;
  for (size_t i = 0; i + m <= n; ++i)
    if (memcmp(data + i, needle, m) == 0) return 1;
  return 0;
}

/* The longest line of a BRF page (lines end in CR LF, pages in a form feed). */
static size_t longest_brf_line(const char* s, size_t n, size_t* pages) {
  size_t longest = 0, cur = 0;
  *pages = 1;
  for (size_t i = 0; i < n; ++i) {
    if (s[i] == '\r' || s[i] == '\n' || s[i] == '\f') {
      if (s[i] == '\f') ++*pages;
      cur = 0;
    } else if (++cur > longest) {
      longest = cur;
    }
  }
  return longest;
}

/* Every format alone: the output exists, is what its format says, and keeps
 * the bulletin's figures (213 new cases, 14.054 in all). */
static void check_every_format(const char* input, size_t length) {
  size_t count = aks_format_count();
  CHECK(count >= 9, "only %zu formats", count);
  CHECK(aks_format_name(count) == NULL, "a name past the end");
  CHECK(aks_format_is_text(count) == -1, "is_text past the end");
  int seen_brf = 0, seen_pdf = 0, seen_pef = 0, seen_epub = 0, seen_audio = 0;
  aks_options* options = aks_options_new();
  CHECK(aks_options_set(options, "source-name", "buletin.txt", NULL) == AKS_OK, "source-name");
  for (size_t i = 0; i < count; ++i) {
    const char* name = aks_format_name(i);
    CHECK(name && *name, "format %zu has no name", i);
    CHECK(aks_format_extension(i) && *aks_format_extension(i), "format %s has no extension", name);
    CHECK(aks_format_description(i) && *aks_format_description(i), "format %s has no description", name);
    aks_result* result = NULL;
    aks_error* error = NULL;
    aks_status status = aks_convert(input, length, name, options, &result, &error);
    CHECK(status == AKS_OK, "%s: %s", name, error ? aks_error_message(error) : "?");
    CHECK(error == NULL, "%s: an error on success", name);
    aks_error_free(error);
    if (status != AKS_OK) continue;
    CHECK(aks_result_count(result) == 1, "%s: %zu outputs", name, aks_result_count(result));
    CHECK(same(aks_result_format(result, 0), name), "%s: output named %s", name, or_null(aks_result_format(result, 0)));
    CHECK(same(aks_result_extension(result, 0), aks_format_extension(i)), "%s: extension", name);
    size_t n = 0;
    const char* data = aks_result_data(result, 0, &n);
    CHECK(data && n > 100, "%s: %zu bytes", name, n);
    if (!data) {
      aks_result_free(result);
      continue;
    }
    CHECK(data[n] == '\0', "%s: not NUL-terminated", name);
    CHECK(aks_result_data(result, 1, NULL) == NULL, "%s: an output past the end", name);
    int is_text = aks_format_is_text(i);
    if (strcmp(name, "brf") == 0) {
      seen_brf = 1;
      CHECK(is_text == 0, "brf is bytes to be written as they are");
      int ascii = 1;
      for (size_t k = 0; k < n; ++k)
        if (!((data[k] >= 0x20 && data[k] <= 0x5F) || data[k] == '\r' || data[k] == '\n' || data[k] == '\f')) ascii = 0;
      CHECK(ascii, "brf: a byte outside North American Braille ASCII");
      CHECK(contains(data, n, "#BAC"), "brf: 213 is not there as #BAC");
      size_t pages = 0;
      size_t longest = longest_brf_line(data, n, &pages);
      CHECK(longest <= 40 && longest > 30, "brf: longest line %zu cells", longest);
    } else if (strcmp(name, "large-print-pdf") == 0) {
      seen_pdf = 1;
      CHECK(is_text == 0, "the PDF is bytes");
      CHECK(starts_with(data, "%PDF-1."), "pdf: does not start as a PDF");
      CHECK(contains(data, n, "%%EOF"), "pdf: no %%%%EOF");
    } else if (strcmp(name, "audio") == 0) {
      seen_audio = 1;
      CHECK(is_text == 0, "the audio is bytes");
      CHECK(starts_with(data, "OggS") && contains(data, n, "OpusHead") && contains(data, n, "CHAPTER002NAME=Ringkasan"),
            "audio: not Ogg Opus with chapters");
    } else if (strcmp(name, "audio-mp3") == 0) {
      CHECK(is_text == 0, "the MP3 is bytes");
      CHECK(starts_with(data, "ID3") && contains(data, n, "CHAP") && contains(data, n, "Ringkasan"),
            "audio-mp3: no ID3 tag with chapters");
    } else if (strcmp(name, "epub") == 0) {
      seen_epub = 1;
      CHECK(is_text == 0, "the EPUB is bytes");
      CHECK(starts_with(data, "PK\003\004"), "epub: does not start as a ZIP");
      CHECK(n > 58 && memcmp(data + 30, "mimetypeapplication/epub+zip", 28) == 0, "epub: the mimetype is not first and stored");
    } else {
      CHECK(is_text == 1, "%s should be text", name);
      CHECK(valid_utf8((const unsigned char*)data, n), "%s: invalid UTF-8", name);
      CHECK(strlen(data) == n, "%s: a NUL byte inside text", name);
      if (strcmp(name, "pef") == 0) {
        seen_pef = 1;
        CHECK(starts_with(data, "<?xml"), "pef: no XML declaration");
        CHECK(contains(data, n, "<pef ") && contains(data, n, "http://www.daisy.org/ns/2008/pef"), "pef: no pef root");
      }
      if (strstr(aks_format_extension(i), "html")) {
        CHECK(starts_with(data, "<!DOCTYPE html>"), "%s: does not start with <!DOCTYPE html>", name);
        CHECK(contains(data, n, "<html lang=\"id\""), "%s: no <html lang=\"id\">", name);
      }
      if (strcmp(name, "braille-text") == 0 || strcmp(name, "pef") == 0) {
        CHECK(contains(data, n, "\xE2\xA0\xBC\xE2\xA0\x83\xE2\xA0\x81\xE2\xA0\x89"), "%s: 213 is not there as braille", name);
      } else {
        CHECK(contains(data, n, "213"), "%s: the 213 new cases are missing", name);
        CHECK(contains(data, n, "14.054") || contains(data, n, "14054"), "%s: the 14.054 cases in all are missing", name);
      }
    }
    aks_result_free(result);
  }
  CHECK(seen_brf && seen_pdf && seen_pef && seen_epub && seen_audio, "brf, pef, large-print-pdf, epub and audio are formats");
  aks_options_free(options);
}

static void check_several_formats_and_options(const char* input, size_t length) {
  aks_options* options = aks_options_new();
  aks_error* error = NULL;
  CHECK(aks_options_set(options, "cells-per-line", "32", &error) == AKS_OK, "cells-per-line 32");
  CHECK(aks_options_set(options, "lines_per_page", "12", &error) == AKS_OK, "lines_per_page with _");
  aks_result* result = NULL;
  CHECK(aks_convert(input, length, "text,brf", options, &result, &error) == AKS_OK, "text,brf");
  CHECK(aks_result_count(result) == 2, "two outputs");
  CHECK(same(aks_result_format(result, 0), "text") && same(aks_result_format(result, 1), "brf"),
        "outputs in the order asked");
  size_t n = 0, pages = 0;
  const char* brf = aks_result_data(result, 1, &n);
  size_t longest = longest_brf_line(brf, n, &pages);
  CHECK(longest <= 32 && longest > 24, "longest line %zu with 32 cells per line", longest);
  CHECK(pages >= 4, "only %zu pages of 12 lines", pages);
  const char* json = aks_result_document_json(result);
  CHECK(json && starts_with(json, "{") && contains(json, strlen(json), "\"aksesibel\""), "the model as JSON");
  CHECK(json == aks_result_document_json(result), "the JSON is kept");
  CHECK(aks_result_plain_report(result) == NULL, "no plain report unless asked");
  aks_result_free(result);

  /* The option "to" is used when formats is NULL. */
  CHECK(aks_options_set(options, "to", "json", NULL) == AKS_OK, "to json");
  CHECK(aks_convert(input, length, NULL, options, &result, NULL) == AKS_OK, "formats from the options");
  CHECK(aks_result_count(result) == 1 && same(aks_result_format(result, 0), "json"), "json from \"to\"");
  aks_result_free(result);

  /* A bad option is refused, names the key, and leaves the options as they were. */
  CHECK(aks_options_set(options, "cells-per-line", "7", &error) == AKS_ERR_INVALID_OPTION, "7 cells refused");
  CHECK(error && aks_error_status(error) == AKS_ERR_INVALID_OPTION, "error status");
  CHECK(error && strstr(aks_error_message(error), "cells-per-line"), "the message names the key: %s",
        error ? aks_error_message(error) : "");
  aks_error_free(error);
  CHECK(aks_options_set(options, "colour", "red", &error) == AKS_ERR_INVALID_OPTION, "unknown key refused");
  CHECK(error && strstr(aks_error_message(error), "colour") && strstr(aks_error_message(error), "cells-per-line"),
        "the message names the key and the known ones");
  aks_error_free(error);
  CHECK(aks_options_set(options, "duplex", "maybe", NULL) == AKS_ERR_INVALID_OPTION, "booleans are true or false");
  CHECK(aks_options_set(options, "to", "text,nope", &error) == AKS_ERR_UNKNOWN_FORMAT, "an unknown format in to");
  aks_error_free(error);
  CHECK(aks_options_set(NULL, "duplex", "true", &error) == AKS_ERR_INVALID_ARGUMENT, "NULL options");
  CHECK(error && same(aks_status_name(aks_error_status(error)), "invalid-argument"), "invalid-argument");
  aks_error_free(error);
  aks_options* copy = aks_options_copy(options);
  CHECK(aks_convert(input, length, "brf", copy, &result, NULL) == AKS_OK, "copied options");
  brf = aks_result_data(result, 0, &n);
  CHECK(longest_brf_line(brf, n, &pages) <= 32, "the copy keeps cells-per-line 32");
  aks_result_free(result);
  aks_options_free(copy);
  aks_options_free(options);

  /* Values must be UTF-8; pef-date is a real YYYY-MM-DD date. */
  options = aks_options_new();
  CHECK(aks_options_set(options, "source-name", "buletin\xFF.txt", &error) == AKS_ERR_INVALID_OPTION,
        "a value that is not UTF-8");
  CHECK(error && strstr(aks_error_message(error), "UTF-8"), "the message says UTF-8: %s",
        error ? aks_error_message(error) : "");
  aks_error_free(error);
  CHECK(aks_options_set(options, "source-name", "bulet\xC3\xADn.txt", NULL) == AKS_OK, "a UTF-8 name");
  static const char* const bad_dates[] = {"14/07/2021", "2021-7-14", "2021-13-01", "2021-02-29", "2021-04-31",
                                          "2021-07-14T00:00", "abcd-ef-gh", "2021-07-00"};
  for (size_t i = 0; i < sizeof bad_dates / sizeof bad_dates[0]; ++i)
    CHECK(aks_options_set(options, "pef-date", bad_dates[i], NULL) == AKS_ERR_INVALID_OPTION, "pef-date %s",
          bad_dates[i]);
  CHECK(aks_options_set(options, "pef-date", "2020-02-29", NULL) == AKS_OK, "pef-date on a leap day");
  CHECK(aks_options_set(options, "pef-date", "", NULL) == AKS_OK, "pef-date back to the default");
  aks_options_free(options);

  /* Every option key is listed with a description, and the defaults are
   * what docs/api.md's table says. */
  static const struct {
    const char* key;
    const char* value;
  } defaults[] = {
      {"to", "text"},           {"from", "auto"},           {"source-name", ""},      {"region", ""},
      {"date", ""},             {"columns", ""},            {"encoding", ""},
      {"lenient", "false"},     {"max-input-size", "20MiB"},
      {"max-depth", "1000"}, {"max-block-depth", "8"},    {"max-attributes", "256"}, {"max-table-cells", "100000"},
      {"max-line-length", "100000"}, {"max-word-length", "1000"}, {"max-number-length", "24"}, {"data-dir", ""},         {"embosser", ""},         {"table", ""},         {"table-paths", "false"},
      {"tables-dir", ""},       {"cells-per-line", "40"},   {"lines-per-page", "25"}, {"paragraph-style", "indent"},
      {"page-numbers", "bottom"}, {"duplex", "false"},      {"no-verify", "false"},   {"pef-date", ""},
      {"font-size", "18"},      {"paper", "a4"},            {"no-summary", "false"},  {"text-headline", "true"},
      {"json-indent", "2"},     {"plain", "false"},         {"report", "false"},      {"plain-summary", "true"},
      {"plain-glossary", "true"}, {"plain-split-over", "15"}, {"plain-max-sentence-words", "400"},
      {"message-where", ""},    {"speech-rate", "175"},
  };
  enum { kDefaults = sizeof defaults / sizeof defaults[0] };
  size_t keys = aks_option_count();
  CHECK(keys == kDefaults, "%zu option keys, %d in this test's table", keys, (int)kDefaults);
  for (size_t i = 0; i < keys; ++i) {
    const char* key = aks_option_key(i);
    CHECK(key && aks_option_description(i) && *aks_option_description(i), "option %zu", i);
    if (!key) continue;
    size_t k = 0;
    while (k < kDefaults && strcmp(defaults[k].key, key) != 0) ++k;
    CHECK(k < kDefaults, "option %s is not in this test's table", key);
    if (k < kDefaults)
      CHECK(same(aks_option_default(i), defaults[k].value), "default of %s: %s, not %s", key,
            or_null(aks_option_default(i)), defaults[k].value);
    /* The default, given back, is accepted (an empty value means "not set"). */
    aks_options* o = aks_options_new();
    if (aks_option_default(i) && *aks_option_default(i))
      CHECK(aks_options_set(o, key, aks_option_default(i), NULL) == AKS_OK, "%s's default is refused", key);
    aks_options_free(o);
  }
  CHECK(aks_option_key(keys) == NULL && aks_option_default(keys) == NULL && aks_option_description(keys) == NULL,
        "a key past the end");
}

static void check_errors(const char* input, size_t length) {
  aks_options* options = aks_options_new();
  aks_options_set(options, "source-name", "rusak.txt", NULL);
  const char bad[] = "Palu\nabc\xFF\xFE def\n";
  aks_result* result = (aks_result*)&result; /* must be set to NULL */
  aks_error* error = NULL;
  aks_status status = aks_convert(bad, sizeof bad - 1, "text", options, &result, &error);
  CHECK(status == AKS_ERR_INVALID_UTF8, "invalid UTF-8: status %d", (int)status);
  CHECK(result == NULL, "no result on failure");
  CHECK(error != NULL, "an error");
  if (error) {
    CHECK(aks_error_status(error) == AKS_ERR_INVALID_UTF8, "error status");
    CHECK(same(aks_status_name(aks_error_status(error)), "invalid-utf8"), "status name");
    CHECK(aks_error_message(error) && strlen(aks_error_message(error)) > 10, "a message");
    CHECK(same(aks_error_file(error), "rusak.txt"), "file %s", or_null(aks_error_file(error)));
    CHECK(aks_error_line(error) == 2, "line %zu", aks_error_line(error));
    CHECK(aks_error_byte_offset(error) == 8, "byte offset %lld", aks_error_byte_offset(error));
  }
  aks_error_free(error);

  CHECK(aks_convert("  \n", 3, "text", NULL, &result, &error) == AKS_ERR_EMPTY_INPUT, "empty input");
  CHECK(error && aks_error_message(error) && strlen(aks_error_message(error)) > 0, "a message for empty input");
  aks_error_free(error);
  CHECK(aks_convert(NULL, 0, "text", NULL, &result, &error) == AKS_ERR_EMPTY_INPUT, "no bytes at all");
  aks_error_free(error);
  CHECK(aks_convert(NULL, 5, "text", NULL, &result, &error) == AKS_ERR_INVALID_ARGUMENT, "NULL input with a length");
  aks_error_free(error);
  CHECK(aks_convert(input, length, "text", NULL, NULL, &error) == AKS_ERR_INVALID_ARGUMENT, "NULL result");
  aks_error_free(error);

  status = aks_convert(input, length, "brf,embossed", NULL, &result, &error);
  CHECK(status == AKS_ERR_UNKNOWN_FORMAT, "unknown format: %d", (int)status);
  CHECK(result == NULL, "nothing made when one format is unknown");
  CHECK(error && strstr(aks_error_message(error), "embossed") && strstr(aks_error_message(error), "brf"),
        "the message names the format and the known ones");
  CHECK(error && aks_error_byte_offset(error) == -1 && aks_error_line(error) == 0, "no location for a format");
  aks_error_free(error);

  /* Without an error pointer the status alone tells. */
  CHECK(aks_convert(bad, sizeof bad - 1, "text", NULL, &result, NULL) == AKS_ERR_INVALID_UTF8, "error NULL");

  /* Control characters: refused, or removed with a warning under "lenient". */
  const char control[] = "Kasus baru\x01 di Palu bertambah 213 orang pada Rabu.\n";
  CHECK(aks_convert(control, sizeof control - 1, "text", NULL, &result, NULL) == AKS_ERR_CONTROL_CHARACTER,
        "a control character");
  aks_options_set(options, "lenient", "true", NULL);
  CHECK(aks_convert(control, sizeof control - 1, "text", options, &result, &error) == AKS_OK, "lenient");
  CHECK(aks_result_warning_count(result) >= 1, "a warning for the removed character");
  CHECK(aks_result_warning(result, 0) && strstr(aks_result_warning(result, 0), "line 1"),
        "the warning names its line: %s", aks_result_warning(result, 0) ? aks_result_warning(result, 0) : "");
  CHECK(aks_result_warning(result, aks_result_warning_count(result)) == NULL, "a warning past the end");
  aks_result_free(result);

  /* Data folder that is not one. */
  aks_options_set(options, "data-dir", "/nonexistent-aksesibel", NULL);
  CHECK(aks_convert(input, length, "text", options, &result, &error) == AKS_ERR_DATA_FILE, "a wrong data-dir");
  CHECK(error && strstr(aks_error_message(error), "/nonexistent-aksesibel"), "the message names the folder");
  aks_error_free(error);
  aks_options_free(options);

  /* Freeing NULL is allowed everywhere. */
  aks_result_free(NULL);
  aks_error_free(NULL);
  aks_options_free(NULL);
  aks_string_free(NULL);
  CHECK(aks_result_count(NULL) == 0 && aks_result_data(NULL, 0, NULL) == NULL, "NULL result queries");

  /* Every status has its stable name, and no two share one. */
  static const struct {
    aks_status status;
    const char* name;
  } names[] = {
      {AKS_OK, "ok"},
      {AKS_ERR_INVALID_UTF8, "invalid-utf8"},
      {AKS_ERR_CONTROL_CHARACTER, "control-character"},
      {AKS_ERR_EMPTY_INPUT, "empty-input"},
      {AKS_ERR_ONLY_BOILERPLATE, "only-boilerplate"},
      {AKS_ERR_BINARY_INPUT, "binary-input"},
      {AKS_ERR_INPUT_TOO_LARGE, "input-too-large"},
      {AKS_ERR_UNKNOWN_ENCODING, "unknown-encoding"},
      {AKS_ERR_ENCODING_ERROR, "encoding-error"},
      {AKS_ERR_UNKNOWN_FORMAT, "unknown-format"},
      {AKS_ERR_DATA_FILE, "data-file"},
      {AKS_ERR_IO, "io"},
      {AKS_ERR_INVALID_OPTION, "invalid-option"},
      {AKS_ERR_BRAILLE_FIDELITY, "braille-fidelity"},
      {AKS_ERR_INTERNAL, "internal"},
      {AKS_ERR_INVALID_ARGUMENT, "invalid-argument"},
      {AKS_ERR_OUT_OF_MEMORY, "out-of-memory"},
      {AKS_ERR_INVALID_DATA, "invalid-data"},
  };
  enum { kNames = sizeof names / sizeof names[0] };
  CHECK(kNames == AKS_ERR_INVALID_DATA + 1, "the table covers every status");
  for (int i = 0; i < kNames; ++i) {
    CHECK((int)names[i].status == i, "status %s is %d", names[i].name, (int)names[i].status);
    CHECK(same(aks_status_name(names[i].status), names[i].name), "status %d is named %s, not %s", i,
          or_null(aks_status_name(names[i].status)), names[i].name);
  }
  CHECK(same(aks_status_name((aks_status)99), "unknown"), "an unknown status");
}

/* Plain language through the ABI: option "plain" simplifies before every
 * format; the report comes with the result. */
static void check_plain(const char* input, size_t length) {
  aks_options* options = aks_options_new();
  aks_result* normal = NULL;
  aks_result* plain = NULL;
  aks_error* error = NULL;
  CHECK(aks_convert(input, length, "text", options, &normal, NULL) == AKS_OK, "text");
  CHECK(aks_options_set(options, "plain", "true", NULL) == AKS_OK, "plain true");
  CHECK(aks_convert(input, length, "text,brf", options, &plain, &error) == AKS_OK, "plain text and braille: %s",
        error ? aks_error_message(error) : "");
  aks_error_free(error);
  if (normal && plain) {
    size_t n1 = 0, n2 = 0;
    const char* t1 = aks_result_data(normal, 0, &n1);
    const char* t2 = aks_result_data(plain, 0, &n2);
    CHECK(n1 != n2 || memcmp(t1, t2, n1) != 0, "plain text differs from the text");
    CHECK(contains(t2, n2, "213"), "plain text keeps 213");
    size_t nb = 0;
    const char* brf = aks_result_data(plain, 1, &nb);
    CHECK(contains(brf, nb, "#BAC"), "plain braille keeps 213");
    const char* report = aks_result_plain_report(plain);
    CHECK(report && valid_utf8((const unsigned char*)report, strlen(report)) &&
              (report[0] == '{' || report[0] == '['),
          "a JSON report with plain");
    CHECK(report == aks_result_plain_report(plain), "the report is kept");
    CHECK(aks_result_plain_report(normal) == NULL, "no report without plain");
  }
  aks_result_free(normal);
  aks_result_free(plain);
  aks_options_free(options);

  /* "report" alone: the formats stay as they are, the report is made. */
  options = aks_options_new();
  aks_options_set(options, "report", "true", NULL);
  CHECK(aks_convert(input, length, "json", options, &plain, NULL) == AKS_OK, "report true");
  CHECK(aks_result_plain_report(plain) != NULL, "a report with report true");
  aks_result_free(plain);
  aks_options_free(options);
}

/* Run from the build tree, data and tables come from the source tree, even
 * when ctest has put a decoy installation beside the library
 * (build/share/aksesibel, as `cmake --install --prefix build` would). */
static void check_installation(const char* source_dir) {
  char expected[4096];
  char* path = NULL;
  CHECK(aks_data_directory(NULL, &path, NULL) == AKS_OK && path && path[0] == '/', "the data folder");
  snprintf(expected, sizeof expected, "%s/data", source_dir);
  CHECK(same(path, expected), "the data folder is %s, not the source tree's %s", or_null(path), expected);
  aks_string_free(path);
  char* tables = NULL;
  CHECK(aks_braille_table(NULL, &tables, NULL) == AKS_OK && tables && strstr(tables, "/id-id-g1.utb"),
        "the Indonesian table by absolute path: %s", tables ? tables : "");
  snprintf(expected, sizeof expected, "%s/tables/id-id-g1.utb", source_dir);
  CHECK(tables && strstr(tables, expected), "the table is the source tree's %s: %s", expected, or_null(tables));
  aks_string_free(tables);
  const char* v = aks_version();
  int major = -1, minor = -1, patch = -1;
  CHECK(sscanf(v, "%d.%d.%d", &major, &minor, &patch) == 3 && major == AKS_ABI_VERSION, "version %s", v);
}

/* Conversions in several threads at once, sharing one options handle, give
 * what one thread gives. */
struct job {
  const char* input;
  size_t length;
  const aks_options* options;
  char* output;
  size_t output_length;
  int ok;
};

static int convert_job(void* arg) {
  struct job* j = arg;
  j->ok = 1;
  for (int round = 0; round < 3 && j->ok; ++round) {
    aks_result* r = NULL;
    if (aks_convert(j->input, j->length, "brf,html", j->options, &r, NULL) != AKS_OK) {
      j->ok = 0;
      break;
    }
    size_t n;
    const char* d = aks_result_data(r, 0, &n);
    if (!d) {
      j->ok = 0;
      aks_result_free(r);
      break;
    }
    free(j->output);
    j->output = malloc(n + 1);
    memcpy(j->output, d, n + 1);
    j->output_length = n;
    aks_result_free(r);
  }
  return 0;
}

static void check_threads(const char* input, size_t length) {
  aks_options* options = aks_options_new();
  aks_options_set(options, "cells-per-line", "30", NULL);
  aks_result* single = NULL;
  CHECK(aks_convert(input, length, "brf", options, &single, NULL) == AKS_OK, "one thread");
  size_t n = 0;
  const char* expected = aks_result_data(single, 0, &n);
  if (!expected) {
    aks_options_free(options);
    return;
  }
  enum { kThreads = 4 };
  thrd_t threads[kThreads];
  struct job jobs[kThreads];
  for (int i = 0; i < kThreads; ++i) {
    jobs[i] = (struct job){input, length, options, NULL, 0, 0};
    CHECK(thrd_create(&threads[i], convert_job, &jobs[i]) == thrd_success, "thread %d", i);
  }
  for (int i = 0; i < kThreads; ++i) {
    thrd_join(threads[i], NULL);
    CHECK(jobs[i].ok, "thread %d failed", i);
    CHECK(jobs[i].output && jobs[i].output_length == n && memcmp(jobs[i].output, expected, n) == 0,
          "thread %d made other braille", i);
    free(jobs[i].output);
  }
  aks_result_free(single);
  aks_options_free(options);
}

/* Messages in Indonesian and back; a language there is no catalogue for is refused. */
static void check_message_language(void) {
  aks_error* error = NULL;
  aks_options* options = aks_options_new();
  CHECK(aks_set_message_language("id", NULL, &error) == AKS_OK && !error, "Indonesian: %s",
        error ? aks_error_message(error) : "");
  aks_error_free(error);
  error = NULL;
  CHECK(aks_options_set(options, "cells-per-line", "5", &error) == AKS_ERR_INVALID_OPTION, "5 cells accepted");
  CHECK(error && strstr(aks_error_message(error), "tidak dapat dipakai"), "the refusal in Indonesian: %s",
        error ? aks_error_message(error) : "");
  aks_error_free(error);
  error = NULL;
  CHECK(aks_options_set(NULL, "cells-per-line", "32", &error) == AKS_ERR_INVALID_ARGUMENT && error &&
            strcmp(aks_error_message(error), "aks_options_set: options tidak boleh NULL") == 0,
        "the NULL argument in Indonesian: %s", error ? aks_error_message(error) : "");
  aks_error_free(error);
  error = NULL;
  CHECK(aks_set_message_language("fr", NULL, &error) == AKS_ERR_INVALID_OPTION && error, "French accepted");
  aks_error_free(error);
  error = NULL;
  CHECK(aks_set_message_language(NULL, NULL, &error) == AKS_ERR_INVALID_ARGUMENT, "NULL language accepted");
  aks_error_free(error);
  error = NULL;
  CHECK(aks_set_message_language("en", NULL, NULL) == AKS_OK, "back to English");
  CHECK(aks_options_set(options, "cells-per-line", "5", &error) == AKS_ERR_INVALID_OPTION && error &&
            strstr(aks_error_message(error), "is not allowed"),
        "the refusal in English again: %s", error ? aks_error_message(error) : "");
  aks_error_free(error);
  aks_options_free(options);
}

int main(int argc, char** argv) {
  if (argc != 4) {
    printf("usage: capi_test BULLETIN.txt BULLETIN.html SOURCE_DIR\n");
    return 2;
  }
  size_t length = 0, html_length = 0;
  char* input = read_file(argv[1], &length);
  char* html = read_file(argv[2], &html_length);
  check_every_format(input, length);
  check_every_format(html, html_length);
  check_several_formats_and_options(input, length);
  check_errors(input, length);
  check_plain(input, length);
  check_installation(argv[3]);
  check_threads(input, length);
  check_message_language();
  free(input);
  free(html);
  printf("%d passed, %d failed\n", passed, failed);
  return failed ? 1 : 0;
}

/* aksesibel — the stable C ABI.
 *
 * For programs in C and for other languages' foreign-function interfaces.
 * Everything is reached through opaque handles and the `aks_` prefix; no C++
 * type crosses this boundary, and no C++ exception leaves it.
 *
 * Conventions (docs/api.md has a tour):
 * - Text is UTF-8, in and out. Inputs are (pointer, length) pairs and may
 *   hold any bytes; outputs are (pointer, length) pairs that are also
 *   NUL-terminated, so that text formats can be used as C strings. The
 *   large-print PDF holds NUL bytes: use its length.
 * - Every function that can fail returns an aks_status (AKS_OK is 0) and,
 *   when `error` is not NULL, stores a new aks_error in *error on failure
 *   (and NULL on success). The caller frees it with aks_error_free().
 * - Whatever the library allocates for the caller has an explicit free
 *   function: aks_options_free(), aks_result_free(), aks_error_free(),
 *   aks_string_free(). Each accepts NULL.
 * - Thread safety is stated per function. In short: every function may be
 *   called from several threads at once, as long as one handle is not
 *   changed (set, freed) in one thread while another uses it. Reading a
 *   const handle (an options handle passed to aks_convert(), a result, an
 *   error) from several threads at once is safe.
 * - liblouis: aksesibel serialises its own liblouis calls under one lock,
 *   but liblouis has one process-wide log callback, and aksesibel replaces
 *   it (lou_registerLogCallback) on its first braille conversion so that
 *   liblouis never prints. A host that calls liblouis itself, on any thread,
 *   keeps working, but its log messages go to aksesibel's callback (which
 *   keeps them per thread and only reads its own); register yours again
 *   after aksesibel's first conversion if you need them.
 * - Out of memory: when not even an aks_error can be allocated, a call
 *   returns AKS_ERR_OUT_OF_MEMORY and *error points to a static error
 *   (aks_error_free() accepts it as any other).
 *
 * ABI stability: the soname is libaksesibel.so.AKS_ABI_VERSION. Within one
 * ABI version functions are only added, enum values only appended, and the
 * meaning of an option key never changes. The shared library exports the
 * C++ API too, whose structs change more often: AKS_ABI_VERSION counts
 * breaks of either, and before 1.0 any minor release may raise it.
 */
#ifndef AKSESIBEL_AKSESIBEL_H
#define AKSESIBEL_AKSESIBEL_H

#include <stddef.h>

#if defined(_WIN32)
#  define AKS_API
#elif defined(__GNUC__)
#  define AKS_API __attribute__((visibility("default")))
#else
#  define AKS_API
#endif

/** No C++ exception leaves an aks_ function: C++ callers see them noexcept. */
#ifdef __cplusplus
#  define AKS_NOEXCEPT noexcept
#else
#  define AKS_NOEXCEPT
#endif

#ifdef __cplusplus
extern "C" {
#endif

/** The ABI version: the number after ".so." in the library's soname (CMake
 *  reads it from here; tests/capi/check_symbols.py compares the two). */
#define AKS_ABI_VERSION 0

/** Status of a call. The values are stable; new ones are only appended. */
typedef enum aks_status {
  AKS_OK = 0,                  /**< success */
  AKS_ERR_INVALID_UTF8 = 1,    /**< input bytes are not valid UTF-8 */
  AKS_ERR_CONTROL_CHARACTER = 2, /**< NUL or another control character in the text (see option "lenient") */
  AKS_ERR_EMPTY_INPUT = 3,     /**< no bytes, or only white space */
  AKS_ERR_ONLY_BOILERPLATE = 4,/**< nothing left after boilerplate was removed */
  AKS_ERR_BINARY_INPUT = 5,    /**< an image, archive or other binary file */
  AKS_ERR_INPUT_TOO_LARGE = 6, /**< larger than option "max-input-size" */
  AKS_ERR_UNKNOWN_ENCODING = 7,/**< option "encoding" names no converter ICU knows */
  AKS_ERR_ENCODING_ERROR = 8,  /**< bytes cannot be converted from the named encoding */
  AKS_ERR_UNKNOWN_FORMAT = 9,  /**< an input or output format name that does not exist */
  AKS_ERR_DATA_FILE = 10,      /**< language data or a braille table is missing or malformed */
  AKS_ERR_IO = 11,             /**< a file cannot be read or written */
  AKS_ERR_INVALID_OPTION = 12, /**< an unknown option key, or a value it does not take */
  AKS_ERR_BRAILLE_FIDELITY = 13, /**< a number, date or percentage did not survive braille translation */
  AKS_ERR_INTERNAL = 14,       /**< a bug: please report it */
  AKS_ERR_INVALID_ARGUMENT = 15, /**< a NULL pointer where one is not allowed, an index out of range */
  AKS_ERR_OUT_OF_MEMORY = 16,  /**< an allocation failed */
  AKS_ERR_INVALID_DATA = 17    /**< a statistics file (CSV, JSON) that cannot make a bulletin */
} aks_status;

/** Options of a conversion: string keys and values (see aks_options_set()). */
typedef struct aks_options aks_options;
/** The outputs of one conversion. */
typedef struct aks_result aks_result;
/** What went wrong: status, message and location in the input. */
typedef struct aks_error aks_error;

/* ---- Version -------------------------------------------------------- */

/** The library's version, "MAJOR.MINOR.PATCH". Static storage; thread-safe. */
AKS_API const char* aks_version(void) AKS_NOEXCEPT;

/* ---- Formats -------------------------------------------------------- */

/** Number of output formats. Thread-safe. */
AKS_API size_t aks_format_count(void) AKS_NOEXCEPT;
/** Name of format `index` ("text", "brf", …), as given to aks_convert(); NULL
 *  when index >= aks_format_count(). Static storage; thread-safe. */
AKS_API const char* aks_format_name(size_t index) AKS_NOEXCEPT;
/** File extension of format `index` without the leading dot ("text.txt");
 *  NULL when out of range. Static storage; thread-safe. */
AKS_API const char* aks_format_extension(size_t index) AKS_NOEXCEPT;
/** One-line description of format `index`; NULL when out of range. Static
 *  storage; thread-safe. */
AKS_API const char* aks_format_description(size_t index) AKS_NOEXCEPT;
/** 1 when format `index` is UTF-8 text, 0 when it is bytes to be written as
 *  they are ("brf": embosser bytes with CR LF and form feeds;
 *  "large-print-pdf"), -1 when out of range. Thread-safe. */
AKS_API int aks_format_is_text(size_t index) AKS_NOEXCEPT;

/* ---- Options -------------------------------------------------------- */

/** New options with every default. NULL only when memory runs out. The
 *  handle belongs to the caller: free it with aks_options_free(). Thread-safe. */
AKS_API aks_options* aks_options_new(void) AKS_NOEXCEPT;
/** A copy of `options` (NULL: of the defaults). Thread-safe while nobody
 *  changes `options`. */
AKS_API aks_options* aks_options_copy(const aks_options* options) AKS_NOEXCEPT;
/** Free options; NULL is allowed. Not while another thread uses them. */
AKS_API void aks_options_free(aks_options* options) AKS_NOEXCEPT;
/** Set one option. Keys are the command line's long options without "--"
 *  ("cells-per-line", "paper", "plain", "no-verify") plus "source-name",
 *  "tables-dir", "pef-date", "text-headline", "json-indent", "report",
 *  "plain-summary", "plain-glossary", "plain-split-over"; "_" may stand for
 *  "-". Booleans are "true" or "false". docs/api.md lists every key, and
 *  aks_option_count()/aks_option_key() enumerate them.
 *  Returns AKS_ERR_INVALID_OPTION (options unchanged) for an unknown key or
 *  a value the key does not take, AKS_ERR_UNKNOWN_FORMAT for an unknown
 *  format in "to" (neither changes the options). String values must be
 *  valid UTF-8. Not thread-safe on the same handle; different handles
 *  may be set at once. */
AKS_API aks_status aks_options_set(aks_options* options, const char* key, const char* value, aks_error** error) AKS_NOEXCEPT;
/** Number of option keys. Thread-safe. */
AKS_API size_t aks_option_count(void) AKS_NOEXCEPT;
/** Key `index` ("cells-per-line"), NULL when out of range. Static storage;
 *  thread-safe. */
AKS_API const char* aks_option_key(size_t index) AKS_NOEXCEPT;
/** Default value of key `index` as text ("" when unset), NULL when out of
 *  range. Static storage; thread-safe. */
AKS_API const char* aks_option_default(size_t index) AKS_NOEXCEPT;
/** One-line description of key `index`, NULL when out of range. Static
 *  storage; thread-safe. */
AKS_API const char* aks_option_description(size_t index) AKS_NOEXCEPT;

/* ---- Conversion ----------------------------------------------------- */

/** Read `input` (`length` bytes: a bulletin as text or HTML) and render it
 *  to `formats`, a comma-separated list of format names ("brf,pef"); NULL
 *  uses the option "to" (default "text"). `options` may be NULL for the
 *  defaults. On success *result holds one output per format, in the order
 *  asked; on failure *result is NULL and nothing was made. Either every
 *  output is made or none.
 *  Thread-safe: conversions may run at once in several threads, even with
 *  the same (unchanged) options handle. */
AKS_API aks_status aks_convert(const char* input, size_t length, const char* formats, const aks_options* options,
                               aks_result** result, aks_error** error) AKS_NOEXCEPT;

/** Free a result; NULL is allowed. */
AKS_API void aks_result_free(aks_result* result) AKS_NOEXCEPT;
/** Number of outputs. Thread-safe. */
AKS_API size_t aks_result_count(const aks_result* result) AKS_NOEXCEPT;
/** Format name of output `index`, NULL when out of range. Valid until the
 *  result is freed. Thread-safe. */
AKS_API const char* aks_result_format(const aks_result* result, size_t index) AKS_NOEXCEPT;
/** File extension of output `index` ("brf"), NULL when out of range. */
AKS_API const char* aks_result_extension(const aks_result* result, size_t index) AKS_NOEXCEPT;
/** The bytes of output `index`; their number in *length (when not NULL).
 *  NUL-terminated. NULL when out of range. Valid until the result is freed.
 *  Thread-safe. */
AKS_API const char* aks_result_data(const aks_result* result, size_t index, size_t* length) AKS_NOEXCEPT;
/** The document model of the conversion as JSON (the "json" format with
 *  default options; docs/json-format.md), made on the first call and kept
 *  until the result is freed. NULL when `result` is NULL, or when memory
 *  runs out while making it (a later call tries again) — though the JSON
 *  library's own destructors allocate, and one that fails while memory is
 *  exhausted aborts the process. Thread-safe. */
AKS_API const char* aks_result_document_json(const aks_result* result) AKS_NOEXCEPT;
/** Number of warnings (things a user should know although conversion
 *  succeeded: control characters removed under "lenient", characters the
 *  braille table lacks, …). Thread-safe. */
AKS_API size_t aks_result_warning_count(const aks_result* result) AKS_NOEXCEPT;
/** Message of warning `index`, with its location when known ("line 3, byte
 *  offset 57: …"). NULL when out of range. Thread-safe. */
AKS_API const char* aks_result_warning(const aks_result* result, size_t index) AKS_NOEXCEPT;
/** The plain-language report (JSON, as the CLI's --report FILE.json) when
 *  the conversion simplified the text (option "plain", "report", or a plain
 *  format); NULL otherwise. Made on the first call and kept until the result
 *  is freed. Thread-safe. */
AKS_API const char* aks_result_plain_report(const aks_result* result) AKS_NOEXCEPT;

/* ---- Installation --------------------------------------------------- */

/** The folder of language data a conversion with `options` (NULL: defaults)
 *  would use: option "data-dir", $AKSESIBEL_DATA_DIR, then — for a library
 *  inside its build tree — the source tree's data/, else the installation
 *  beside the library, the configured prefix, and the source tree. The string
 *  in *path is freed with aks_string_free(). Thread-safe. */
AKS_API aks_status aks_data_directory(const aks_options* options, char** path, aks_error** error) AKS_NOEXCEPT;
/** The liblouis table list braille would use for Indonesian text with
 *  `options` (NULL: defaults), every table an absolute path. The string in
 *  *tables is freed with aks_string_free(). Thread-safe. */
AKS_API aks_status aks_braille_table(const aks_options* options, char** tables, aks_error** error) AKS_NOEXCEPT;
/** Sets the language of messages (aks_error_message() and the warnings),
 *  process-wide: "en" (English, the default) or "id" (Indonesian, from the
 *  catalogue aksesibel.mo installed beside the data; `options` NULL or with
 *  option "data-dir" to say where). Call it once, before converting: it sets
 *  LC_MESSAGES to C.UTF-8 and LANGUAGE for "id", never LC_NUMERIC.
 *  AKS_ERR_DATA_FILE when "id" is asked and no catalogue is found (messages
 *  stay English); AKS_ERR_INVALID_OPTION for another language. */
AKS_API aks_status aks_set_message_language(const char* language, const aks_options* options,
                                            aks_error** error) AKS_NOEXCEPT;
/** Free a string the library returned; NULL is allowed. */
AKS_API void aks_string_free(char* string) AKS_NOEXCEPT;

/* ---- Errors --------------------------------------------------------- */

/** The status the error was returned with. Thread-safe. */
AKS_API aks_status aks_error_status(const aks_error* error) AKS_NOEXCEPT;
/** A stable lower-case name of the status ("invalid-utf8", "invalid-option",
 *  "invalid-argument"); "ok" for AKS_OK. Static storage; thread-safe. */
AKS_API const char* aks_status_name(aks_status status) AKS_NOEXCEPT;
/** The message, written for the person who gave the input (in the
 *  language of messages: aks_set_message_language(); no location). Never NULL for a non-NULL error. Valid until the error is
 *  freed. Thread-safe. */
AKS_API const char* aks_error_message(const aks_error* error) AKS_NOEXCEPT;
/** The file the location refers to: the input's name as given by option
 *  "source-name", or for AKS_ERR_DATA_FILE the data file's path when the
 *  problem is inside one file (a missing folder or table names its places
 *  in the message instead); "" when unknown. Never NULL for a non-NULL error. */
AKS_API const char* aks_error_file(const aks_error* error) AKS_NOEXCEPT;
/** 1-based line in the input, 0 when unknown. */
AKS_API size_t aks_error_line(const aks_error* error) AKS_NOEXCEPT;
/** 0-based byte offset in the input; -1 when unknown. */
AKS_API long long aks_error_byte_offset(const aks_error* error) AKS_NOEXCEPT;
/** Free an error; NULL is allowed. */
AKS_API void aks_error_free(aks_error* error) AKS_NOEXCEPT;

#ifdef __cplusplus
}
#endif

#endif /* AKSESIBEL_AKSESIBEL_H */

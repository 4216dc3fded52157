#include "job_wire.hpp"

#include <cstdint>
#include <cstring>
#include <stdexcept>

namespace aksesibel::cli {

namespace {

// Fixed-size numbers in this machine's order (both ends are one program on
// one machine), strings as their length and bytes.
class Writer {
 public:
  void number(std::uint64_t v) { out_.append(reinterpret_cast<const char*>(&v), sizeof v); }
  void text(std::string_view s) {
    number(s.size());
    out_.append(s);
  }
  void location(const SourceLocation& w) {
    text(w.file);
    number(w.line);
    number(w.byte_offset ? 1 : 0);
    number(w.byte_offset.value_or(0));
  }
  std::string take() { return std::move(out_); }

 private:
  std::string out_;
};

class Reader {
 public:
  explicit Reader(std::string_view in) : in_(in) {}
  std::uint64_t number() {
    std::uint64_t v = 0;
    need(sizeof v);
    std::memcpy(&v, in_.data() + at_, sizeof v);
    at_ += sizeof v;
    return v;
  }
  std::string text() {
    const std::uint64_t size = number();
    need(size);
    std::string s(in_.substr(at_, size));
    at_ += size;
    return s;
  }
  SourceLocation location() {
    SourceLocation w;
    w.file = text();
    w.line = number();
    const bool has_byte = number() != 0;
    const std::uint64_t byte = number();
    if (has_byte) w.byte_offset = byte;
    return w;
  }

 private:
  void need(std::uint64_t size) const {
    if (size > in_.size() - at_) throw std::runtime_error("a worker process's answer was cut short");
  }
  std::string_view in_;
  std::size_t at_ = 0;
};

enum Failure : std::uint64_t { kNone = 0, kError = 1, kOther = 2 };

}  // namespace

std::string encode_request(std::size_t index, const Job& job) {
  Writer w;
  w.number(index);
  w.number(job.bytes_read ? 1 : 0);
  w.text(job.bytes_read ? std::string_view(job.bytes) : std::string_view());
  return w.take();
}

void decode_request(std::string_view request, std::size_t& index, Job& job) {
  Reader r(request);
  index = r.number();
  job.bytes_read = r.number() != 0;
  job.bytes = r.text();
}

std::string encode_answer(const Job& job) {
  Writer w;
  if (!job.failure) {
    w.number(kNone);
  } else {
    try {
      std::rethrow_exception(job.failure);
    } catch (const Error& e) {
      w.number(kError);
      w.number(static_cast<std::uint64_t>(e.code()));
      w.text(e.message());
      w.location(e.where());
    } catch (const std::exception& e) {
      w.number(kOther);
      w.text(e.what());
    } catch (...) {
      w.number(kOther);
      w.text("an exception of unknown type");
    }
  }
  w.number(job.warnings.size());
  for (const Warning& x : job.warnings) {
    w.text(x.message);
    w.location(x.where);
    w.number(x.important ? 1 : 0);
  }
  w.number(job.outputs.size());
  for (const Output& o : job.outputs) {
    w.text(o.format);
    w.text(o.extension);
    w.text(o.content);
  }
  return w.take();
}

void decode_answer(std::string_view answer, Job& job) {
  Reader r(answer);
  switch (r.number()) {
    case kNone: break;
    case kError: {
      const auto code = static_cast<ErrorCode>(r.number());
      std::string message = r.text();
      job.failure = std::make_exception_ptr(Error(code, std::move(message), r.location()));
      break;
    }
    default: job.failure = std::make_exception_ptr(std::runtime_error(r.text()));
  }
  for (std::uint64_t n = r.number(); n > 0; --n) {
    Warning x;
    x.message = r.text();
    x.where = r.location();
    x.important = r.number() != 0;
    job.warnings.push_back(std::move(x));
  }
  for (std::uint64_t n = r.number(); n > 0; --n) {
    Output o;
    o.format = r.text();
    o.extension = r.text();
    o.content = r.text();
    job.outputs.push_back(std::move(o));
  }
}

}  // namespace aksesibel::cli

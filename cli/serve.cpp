// `aksesibel serve`: the converter as a web page and an HTTP API, with
// cpp-httplib. One process; each request is converted in memory by the
// library (thread-safe) and answered; nothing is written to disk, and no
// value a client sends names a file of the server (serve_convert.cpp).
#include "serve.hpp"

#include <httplib.h>
#include <nlohmann/json.hpp>

#include <sys/socket.h>

#include <atomic>
#include <memory>
#include <iostream>
#include <thread>

#include "aksesibel/messages.hpp"
#include "aksesibel/options.hpp"
#include "messages.hpp"
#include "serve_convert.hpp"
#include "serve_page.hpp"
#include "terminal.hpp"
#include "base64.hpp"

namespace aksesibel::cli {

namespace {

using json = nlohmann::json;

// Every response: no script from anywhere, styles only inline, data: for the
// downloads and the previews' frames, forms only to this server; not to be
// framed by other sites; no guessing of types; no referrer.
void secure(httplib::Response& res) {
  res.set_header("Content-Security-Policy",
                 "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-src data: about:; "
                 "form-action 'self'; base-uri 'none'; frame-ancestors 'none'");
  res.set_header("X-Content-Type-Options", "nosniff");
  res.set_header("Referrer-Policy", "no-referrer");
  res.set_header("Cache-Control", "no-store");
}

json error_json(const Error& e) {
  json j = {{"code", to_string(e.code())}, {"message", e.message()}};
  if (!e.where().file.empty()) j["file"] = e.where().file;
  if (e.where().line) j["line"] = e.where().line;
  if (e.where().byte_offset) j["byte_offset"] = *e.where().byte_offset;
  return json{{"error", j}};
}

json result_json(const WebResult& r) {
  json j = {{"name", r.name}};
  if (r.error) {
    j["error"] = error_json(*r.error)["error"];
    return j;
  }
  j["outputs"] = json::array();
  for (const Output& o : r.outputs)
    j["outputs"].push_back({{"format", o.format},
                            {"extension", o.extension},
                            {"encoding", "base64"},
                            {"content", base64(o.content)}});
  j["warnings"] = json::array();
  for (const Warning& w : r.warnings) {
    json x = {{"message", w.message}, {"important", w.important}};
    if (w.where.line) x["line"] = w.where.line;
    j["warnings"].push_back(std::move(x));
  }
  return j;
}

// "brf,pef" as one field too: every format named, in order.
std::vector<std::string> split_formats(const std::vector<std::string>& fields) {
  std::vector<std::string> formats;
  for (const std::string& f : fields) {
    std::size_t start = 0;
    for (std::size_t comma; (comma = f.find(',', start)) != std::string::npos; start = comma + 1)
      if (comma > start) formats.push_back(f.substr(start, comma - start));
    if (start < f.size()) formats.push_back(f.substr(start));
  }
  return formats;
}

// The request as a form or multipart API call sends it: "teks" (pasted),
// "berkas" (files), "to" (formats, repeated or comma separated), options by
// their keys. Fields of no meaning are ignored.
WebRequest from_form(const httplib::Request& req) {
  WebRequest w;
  for (const auto& [key, value] : req.params) {
    if (key == "to") w.formats.push_back(value);
    else if (key != "teks") w.options[key] = value;
  }
  if (auto it = req.params.find("teks"); it != req.params.end() && it->second.find_first_not_of(" \t\r\n") != std::string::npos)
    w.inputs.push_back({"teks.txt", it->second});
  for (const auto& [key, file] : req.files) {
    if (key == "teks" && file.filename.empty()) {
      if (file.content.find_first_not_of(" \t\r\n") != std::string::npos) w.inputs.push_back({"teks.txt", file.content});
    } else if (key == "berkas" || key == "file") {
      if (!file.filename.empty() || !file.content.empty()) w.inputs.push_back({file.filename, file.content});
    } else if (key == "to") {
      w.formats.push_back(file.content);
    } else if (file.filename.empty()) {
      w.options[key] = file.content;
    }
  }
  w.formats = split_formats(w.formats);
  return w;
}

// {"name": "...", "text": "...", "to": ["brf"] or "brf,pef", "options": {"key": "value"}}
WebRequest from_json(const std::string& body) {
  const json j = json::parse(body);  // throws json::parse_error
  if (!j.is_object()) throw Error(ErrorCode::InvalidOption, translate("the request must be a JSON object"));
  WebRequest w;
  if (j.contains("text") && j["text"].is_string())
    w.inputs.push_back({j.value("name", std::string("buletin.txt")), j["text"].get<std::string>()});
  if (j.contains("to")) {
    if (j["to"].is_string()) w.formats.push_back(j["to"].get<std::string>());
    else if (j["to"].is_array())
      for (const json& f : j["to"])
        if (f.is_string()) w.formats.push_back(f.get<std::string>());
  }
  if (j.contains("options") && j["options"].is_object())
    for (auto it = j["options"].begin(); it != j["options"].end(); ++it)
      w.options[it.key()] = it.value().is_string() ? it.value().get<std::string>() : it.value().dump();
  w.formats = split_formats(w.formats);
  return w;
}

}  // namespace

int serve(const ServeOptions& options) {
  httplib::Server server;
  const unsigned workers = options.workers;
  server.new_task_queue = [workers] { return new httplib::ThreadPool(workers); };
  server.set_payload_max_length(options.max_request_size);
  server.set_read_timeout(30, 0);
  server.set_write_timeout(60, 0);
  server.set_keep_alive_max_count(20);
  server.set_post_routing_handler([](const httplib::Request&, httplib::Response& res) { secure(res); });

  server.Get("/", [](const httplib::Request&, httplib::Response& res) {
    res.set_content(form_page(), "text/html; charset=utf-8");
  });
  server.Get("/health", [](const httplib::Request&, httplib::Response& res) {
    res.set_content(json{{"status", "ok"}, {"version", version()}}.dump(), "application/json");
  });
  const std::size_t max_inputs = options.max_files;
  server.Post("/ubah", [max_inputs](const httplib::Request& req, httplib::Response& res) {
    std::shared_ptr<CheckedRequest> checked;
    try {
      checked = std::make_shared<CheckedRequest>(check_request(from_form(req), max_inputs));
    } catch (const Error& e) {
      res.status = 400;
      res.set_content(refusal_page(e.message()), "text/html; charset=utf-8");
      return;
    }
    if (checked->inputs.size() == 1) {
      res.set_content(result_page({convert_input(checked->inputs.front(), checked->options)}), "text/html; charset=utf-8");
      return;
    }
    // Several inputs: the page is sent while they are converted, a line of
    // the log per input, so that the person waiting sees (and hears) how far
    // it is. A client that has gone away stops the conversions.
    // cpp-httplib would compress the page when the browser accepts it, and
    // its compressor holds every small piece back until the end: the request
    // is the server's own object, and without Accept-Encoding the pieces go
    // out as they are made.
    const_cast<httplib::Request&>(req).headers.erase("Accept-Encoding");
    res.set_chunked_content_provider("text/html; charset=utf-8", [checked](std::size_t, httplib::DataSink& sink) {
      auto send = [&sink](const std::string& s) { return sink.write(s.data(), s.size()); };
      // Where the page stands, so that a failure can close what is open.
      std::string open;
      try {
        std::vector<WebResult> results;
        if (!send(result_page_top(true))) return false;
        open = "</ol></div>\n";
        const std::size_t total = checked->inputs.size();
        for (std::size_t i = 0; i < total; ++i) {
          if (!send(progress_started(i + 1, total, safe_input_name(checked->inputs[i].name)))) return false;
          open = "</li></ol></div>\n";
          results.push_back(convert_input(checked->inputs[i], checked->options));
          if (!send(progress_finished(results.back()))) return false;
          open = "</ol></div>\n";
        }
        if (!send(progress_end())) return false;
        open.clear();
        if (!send(result_page_rest(results))) return false;
      } catch (...) {
        // The status line is sent: the page ends with what went wrong.
        if (!send(open + progress_failed(translate("the server could not finish this page (out of memory?); send fewer or "
                                            "smaller files at once"))))
          return false;
      }
      sink.done();
      return true;
    });
  });
  server.Post("/api/convert", [max_inputs](const httplib::Request& req, httplib::Response& res) {
    try {
      const bool is_json = req.get_header_value("Content-Type").rfind("application/json", 0) == 0;
      const std::vector<WebResult> results = convert_request(is_json ? from_json(req.body) : from_form(req), max_inputs);
      json j = {{"results", json::array()}};
      bool failed = false;
      for (const WebResult& r : results) {
        failed = failed || r.error.has_value();
        j["results"].push_back(result_json(r));
      }
      res.status = failed ? 422 : 200;
      res.set_content(j.dump(), "application/json");
    } catch (const Error& e) {
      res.status = 400;
      res.set_content(error_json(e).dump(), "application/json");
    } catch (const json::exception& e) {
      res.status = 400;
      res.set_content(error_json(Error(ErrorCode::InvalidOption, fill_message(translate("the request is not valid JSON: {0}"),
                                                                             {e.what()})))
                          .dump(),
                      "application/json");
    }
  });
  server.set_exception_handler([](const httplib::Request&, httplib::Response& res, std::exception_ptr ep) {
    std::string what = "?";
    try {
      std::rethrow_exception(ep);
    } catch (const std::exception& e) {
      what = e.what();
    } catch (...) {
    }
    res.status = 500;
    res.set_content(refusal_page(fill_message(translate("internal error: {0} (please report this)"), {what})),
                    "text/html; charset=utf-8");
  });
  server.set_error_handler([](const httplib::Request&, httplib::Response& res) {
    if (!res.body.empty()) return;
    const std::string message = res.status == 413 ? translate("the request is larger than this server accepts")
                                : res.status == 404 ? translate("there is no such page")
                                                    : translate("the request could not be handled");
    res.set_content(refusal_page(message), "text/html; charset=utf-8");
  });

  // cpp-httplib listens with a backlog of 5: fifty volunteers pressing
  // Convert at once overflowed it and some connections were dropped. The
  // listening socket is taken here, when created, and given a longer queue
  // once bound (listen() again only changes the backlog).
  int listening = -1;
  server.set_socket_options([&listening](socket_t sock) {
    httplib::default_socket_options(sock);
    listening = sock;
  });
  int port = options.port;
  if (port == 0) port = server.bind_to_any_port(options.host.c_str());
  else if (!server.bind_to_port(options.host.c_str(), port)) port = -1;
  if (port >= 0 && listening >= 0) ::listen(listening, 256);
  if (port < 0) {
    std::cerr << "aksesibel: "
              << fill(tr("cannot listen on {0}:{1} (in use, or not an address of this machine)"),
                      {options.host, std::to_string(options.port)})
              << "\n";
    return 1;
  }
  if (options.host != "127.0.0.1" && options.host != "::1" && options.host != "localhost")
    std::cerr << "aksesibel: "
              << tr("warning: the server is open to the network, without a password and without encryption (TLS); put it "
                    "behind a reverse proxy with TLS for an office, or listen on 127.0.0.1")
              << "\n";
  std::cerr << "aksesibel serve: http://" << (options.host.find(':') != std::string::npos ? "[" + options.host + "]" : options.host)
            << ":" << port << "/ " << tr("(Ctrl+C stops it)") << std::endl;
  return server.listen_after_bind() ? 0 : 1;
}

}  // namespace aksesibel::cli

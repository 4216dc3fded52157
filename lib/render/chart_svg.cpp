#include "render/chart_svg.hpp"

#include <cstdio>

#include "model/chart.hpp"
#include "render/html_writer.hpp"

namespace aksesibel::render {

namespace {

std::string num(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f", v);
  return buf;
}

}  // namespace

std::string chart_svg(const Block& table, const data::LanguageData& words, const std::string& id, bool xml) {
  const auto chart = model::chart_of(table);
  if (!chart) return "";
  const std::map<std::string, std::string> fields = {
      {"series", chart->series}, {"first", chart->bars.front().label}, {"last", chart->bars.back().label}};
  const std::string title = data::interface_text(words, "chart-title", fields);
  const std::string caption = data::interface_text(words, "chart-caption", fields);
  // Geometry in user units; the picture scales to the width of the page.
  const double bar = 28, gap = 12, left = 10, top = 24, plot = 160, bottom = 28;
  const double width = left * 2 + static_cast<double>(chart->bars.size()) * (bar + gap) - gap;
  const double height = top + plot + bottom;
  std::string out = std::string("<figure class=\"grafik\">\n<svg ") + (xml ? "xmlns=\"http://www.w3.org/2000/svg\" " : "") + "role=\"img\" aria-labelledby=\"" + id + "-judul\" viewBox=\"0 0 " +
                    num(width) + " " + num(height) + "\" preserveAspectRatio=\"xMidYMid meet\" focusable=\"false\">\n";
  out += "<title id=\"" + id + "-judul\">" + escape(title) + "</title>\n";
  out += "<line x1=\"" + num(left) + "\" y1=\"" + num(top + plot) + "\" x2=\"" + num(width - left) + "\" y2=\"" +
         num(top + plot) + "\" stroke=\"currentColor\" stroke-width=\"1\"/>\n";
  for (std::size_t k = 0; k < chart->bars.size(); ++k) {
    const model::Bar& b = chart->bars[k];
    const double h = chart->max > 0 ? plot * b.value / chart->max : 0;
    const double x = left + static_cast<double>(k) * (bar + gap);
    out += "<rect x=\"" + num(x) + "\" y=\"" + num(top + plot - h) + "\" width=\"" + num(bar) + "\" height=\"" + num(h) +
           "\" fill=\"currentColor\"/>\n";
    out += "<text x=\"" + num(x + bar / 2) + "\" y=\"" + num(top + plot - h - 6) +
           "\" text-anchor=\"middle\" font-size=\"12\" fill=\"currentColor\">" + escape(b.text) + "</text>\n";
    out += "<text x=\"" + num(x + bar / 2) + "\" y=\"" + num(top + plot + 18) +
           "\" text-anchor=\"middle\" font-size=\"11\" fill=\"currentColor\">" + escape(b.label) + "</text>\n";
  }
  out += "</svg>\n<figcaption>" + escape(caption) + "</figcaption>\n</figure>\n";
  return out;
}

}  // namespace aksesibel::render

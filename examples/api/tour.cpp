// examples/api/tour.cpp — the lower-level C++ API: read once, render several ways.
#include <aksesibel/braille.hpp>
#include <aksesibel/convert.hpp>
#include <aksesibel/options.hpp>
#include <aksesibel/read.hpp>

#include <fstream>
#include <iostream>
#include <sstream>

int main(int argc, char** argv) {
  if (argc != 2) return 2;
  std::ifstream in(argv[1], std::ios::binary);
  std::stringstream bytes;
  bytes << in.rdbuf();
  try {
    // 1. Bytes → the document model (validation, cleaning, recognition).
    aksesibel::ReadOptions read_options;
    read_options.source_name = argv[1];
    aksesibel::Document doc = aksesibel::read(bytes.str(), read_options);

    // 2. Numbers are values, whatever their spelling ("14.054" is 14054).
    for (const aksesibel::Inline& i : doc.blocks.at(0).inlines)
      if (i.kind == aksesibel::Inline::Kind::Number) {
        std::cout << i.value << " new cases\n";
        break;
      }

    // 3. Braille: lay the pages out once, encode them twice.
    aksesibel::BrailleOptions braille;
    braille.cells_per_line = 32;
    aksesibel::BrailleDocument pages = aksesibel::braille_pages(doc, braille);
    std::string brf = aksesibel::render_brf(pages);
    std::string pef = aksesibel::render_pef(pages, doc, braille);
    std::cout << pages.pages.size() << " pages; BRF begins " << brf.substr(0, brf.find('\r')) << "\n";

    // 4. Any format by name, with options given as text (as the CLI and the C ABI do).
    aksesibel::ConvertOptions options;
    aksesibel::set_option(options, "font-size", "24");
    std::string page = aksesibel::render(doc, "large-print", options);
    std::cout << "large print: " << page.size() << " bytes; #BAC is 213 in braille: "
              << (brf.find("#BAC") != std::string::npos ? "#BAC" : "missing") << "\n";
  } catch (const aksesibel::Error& e) {
    std::cerr << e.where().file << ": " << e.message() << "\n";
    return 1;
  }
}

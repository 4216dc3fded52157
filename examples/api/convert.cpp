// examples/api/convert.cpp — a bulletin to braille and text with the C++ API.
#include <aksesibel/convert.hpp>

#include <fstream>
#include <iostream>
#include <sstream>

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: convert BULLETIN.txt\n";
    return 2;
  }
  std::ifstream in(argv[1], std::ios::binary);
  std::stringstream bytes;
  bytes << in.rdbuf();

  aksesibel::ConvertOptions options;
  options.read.source_name = argv[1];  // for messages, and to choose text or HTML
  options.formats = {"text", "brf"};
  options.braille.cells_per_line = 32;
  try {
    aksesibel::Conversion c = aksesibel::convert(bytes.str(), options);
    std::cout << "title: " << aksesibel::title_text(c.document) << "\n";
    for (const aksesibel::Output& out : c.outputs)
      std::cout << out.format << ": " << out.content.size() << " bytes\n";
  } catch (const aksesibel::Error& e) {
    std::cerr << e.where().file << ": " << e.message() << " [" << aksesibel::to_string(e.code()) << "]\n";
    return 1;
  }
}

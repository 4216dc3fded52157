// Converts a short bulletin with the installed library and checks that the
// language data and the braille table come from the installation in argv[1].
#include <aksesibel/convert.hpp>
#include <aksesibel/options.hpp>

#include <iostream>
#include <string>

int main(int argc, char** argv) {
  if (argc != 2) return 2;
  const std::string prefix = argv[1];
  const std::string text = "Palu - Kasus baru Covid-19 di Sulawesi Tengah bertambah 213 orang pada Rabu (14/7/2021).\n";
  aksesibel::ConvertOptions options;
  options.formats = {"text", "brf"};
  int failures = 0;
  auto check = [&](bool ok, const std::string& what) {
    if (!ok) {
      std::cout << "FAIL: " << what << "\n";
      ++failures;
    }
  };
  try {
    aksesibel::Conversion c = aksesibel::convert(text, options);
    check(c.outputs.size() == 2, "two outputs");
    check(c.outputs[0].content.find("213 orang") != std::string::npos, "213 in the text");
    check(c.outputs[1].content.find("#BAC") != std::string::npos, "213 in braille (#BAC)");
    const std::string data = aksesibel::data_directory();
    const std::string table = aksesibel::braille_table();
    std::cout << "data: " << data << "\ntable: " << table << "\n";
    check(data.rfind(prefix, 0) == 0, "data from the installation");
    check(table.find(prefix + "/share/aksesibel/tables/id-id-g1.utb") != std::string::npos, "table from the installation");
  } catch (const aksesibel::Error& e) {
    std::cout << "FAIL: " << aksesibel::to_string(e.code()) << ": " << e.message() << "\n";
    return 1;
  }
  // An error thrown in the library is caught here, with its code.
  try {
    aksesibel::convert("", options);
    check(false, "empty input must throw");
  } catch (const aksesibel::Error& e) {
    check(e.code() == aksesibel::ErrorCode::EmptyInput, "empty-input");
  }
  std::cout << (failures ? "consumer FAILED" : "consumer OK") << "\n";
  return failures ? 1 : 0;
}

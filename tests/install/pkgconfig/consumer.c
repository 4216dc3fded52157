/* Converts a short bulletin through the C ABI of an installed aksesibel,
 * found with pkg-config; checks that data and tables come from argv[1]. */
#include <aksesibel/aksesibel.h>

#include <stdio.h>
#include <string.h>

int main(int argc, char** argv) {
  if (argc != 2) return 2;
  const char text[] = "Palu - Kasus baru Covid-19 di Sulawesi Tengah bertambah 213 orang pada Rabu (14/7/2021).\n";
  int failures = 0;
  aks_result* result = NULL;
  aks_error* error = NULL;
  if (aks_convert(text, sizeof text - 1, "braille-text,pef", NULL, &result, &error) != AKS_OK) {
    printf("FAIL: %s\n", aks_error_message(error));
    aks_error_free(error);
    return 1;
  }
  size_t n = 0;
  const char* cells = aks_result_data(result, 0, &n);
  if (!strstr(cells, "\xE2\xA0\xBC\xE2\xA0\x83\xE2\xA0\x81\xE2\xA0\x89")) { printf("FAIL: 213 in braille\n"); ++failures; }
  if (strncmp(aks_result_data(result, 1, NULL), "<?xml", 5) != 0) { printf("FAIL: PEF\n"); ++failures; }
  aks_result_free(result);
  char* data = NULL;
  char* table = NULL;
  if (aks_data_directory(NULL, &data, NULL) != AKS_OK || strncmp(data, argv[1], strlen(argv[1])) != 0) {
    printf("FAIL: data from %s\n", data ? data : "nowhere");
    ++failures;
  }
  if (aks_braille_table(NULL, &table, NULL) != AKS_OK || !strstr(table, argv[1])) {
    printf("FAIL: table from %s\n", table ? table : "nowhere");
    ++failures;
  }
  printf("data: %s\ntable: %s\nversion: %s\n", data, table, aks_version());
  aks_string_free(data);
  aks_string_free(table);
  printf("%s\n", failures ? "consumer FAILED" : "consumer OK");
  return failures ? 1 : 0;
}

/* examples/api/convert.c — a bulletin to braille with the C ABI. */
#include <aksesibel/aksesibel.h>
#include <stdio.h>

int main(void) {
  const char text[] = "Palu - Kasus baru Covid-19 di Sulawesi Tengah bertambah 213 orang pada Rabu (14/7/2021).\n";
  aks_options* options = aks_options_new();
  aks_result* result = NULL;
  aks_error* error = NULL;
  aks_options_set(options, "cells-per-line", "32", NULL);
  if (aks_convert(text, sizeof text - 1, "brf", options, &result, &error) != AKS_OK) {
    fprintf(stderr, "%s: %s\n", aks_status_name(aks_error_status(error)), aks_error_message(error));
    aks_error_free(error);
    aks_options_free(options);
    return 1;
  }
  size_t length = 0;
  const char* brf = aks_result_data(result, 0, &length);
  fwrite(brf, 1, length, stdout);
  aks_result_free(result);
  aks_options_free(options);
  return 0;
}

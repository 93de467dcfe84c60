// SPDX-License-Identifier: MIT
// Converts its argument (a double read at run time, so nothing is folded) to int64. Out of range that is
// undefined behaviour: under the project's sanitizer build UBSan must report it and stop the program before
// it prints "survived".
#include <cstdint>
#include <cstdio>
#include <cstdlib>

int main(int argc, char **argv)
{
    const double v = argc > 1 ? std::strtod(argv[1], nullptr) : 1e300;
    volatile std::int64_t i = static_cast<std::int64_t>(v);
    std::printf("survived: %lld\n", static_cast<long long>(i));
    return 0;
}

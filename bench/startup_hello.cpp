// A C++ hello program linked the way galley is (the same libraries, shared and static, the same
// link options): the floor of galley's start-up on this machine, against which
// bench/bench_startup.py measures the sample article's conversion (wall time and instructions).
#include <iostream>

int main() {
    std::cout << "hello\n";
    return 0;
}

#include "pricing.h"

int main() {
    return price(1);
}

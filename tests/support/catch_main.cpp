// The one Catch2 runner, shared by every test executable. It compiles slowly, so it stays alone.
// Widgets need a platform: without a display we default to offscreen so that test discovery at
// build time never aborts (which would register zero tests).
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "common/util/Crypto.h"

#include <QApplication>
#include <QtGlobal>

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    crypto::initialize();
    // Hundreds of users are created in tests; the production cost is tested separately.
    crypto::setPasswordHashCost(crypto::HashCost::Minimum);
    QApplication app(argc, argv);
    return Catch::Session().run(argc, argv);
}

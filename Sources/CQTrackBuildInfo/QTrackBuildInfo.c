// Written in C because a value can be passed to a build only as a C define: `scripts/release` builds with
// `-Xcc -DQTRACK_COMMIT='"<commit>"'`. Swift's `-D` conditions carry no value, and a generated Swift file
// would leave the working tree changed. Every other build (`swift build`, `swift test`) says "dev", so
// their output does not depend on the commit.
#include "QTrackBuildInfo.h"

#ifndef QTRACK_COMMIT
#define QTRACK_COMMIT "dev"
#endif

const char *qtrack_build_commit(void) { return QTRACK_COMMIT; }

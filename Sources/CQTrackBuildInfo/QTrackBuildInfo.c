// Written in C because a build passes a value to code only as a C define: Package.swift defines QTRACK_COMMIT
// for this target alone from the environment `scripts/release` sets, so only this file is rebuilt for a release.
// Swift's `-D` conditions carry no value, and a generated Swift file would leave the working tree changed.
// Every other build (`swift build`, `swift test`) says "dev", so their output does not depend on the commit.
#include "QTrackBuildInfo.h"

#ifndef QTRACK_COMMIT
#define QTRACK_COMMIT "dev"
#endif

const char *qtrack_build_commit(void) { return QTRACK_COMMIT; }

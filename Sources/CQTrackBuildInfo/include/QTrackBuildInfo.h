#ifndef QTRACK_BUILD_INFO_H
#define QTRACK_BUILD_INFO_H

/// The commit a release was built from, or "dev" for any other build.
const char *qtrack_build_commit(void);

#endif

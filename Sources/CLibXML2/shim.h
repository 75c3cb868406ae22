#ifndef QTRACK_CLIBXML2_SHIM_H
#define QTRACK_CLIBXML2_SHIM_H

// Foundation and libxml2 both see ICU's UErrorCode on Swift 6.3/Debian and disagree on it:
// read the build configuration first, then turn ICU support off before the other headers.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <libxml/parser.h>
#include <libxml/xmlreader.h>
#include <libxml/xmlerror.h>
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

/// `xmlFree` is a global function pointer, which Swift 6 treats as unsafe shared state.
static inline void qtrack_xml_free(void *pointer) {
    xmlFree(pointer);
}

#endif

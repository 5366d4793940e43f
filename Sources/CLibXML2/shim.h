// libxml2 for Swift: ICU is switched off before any other libxml header (it clashes with
// Foundation's own ICU), and xmlFree is wrapped so Swift 6 can call it safely.
#ifndef GALLEY_CLIBXML2_SHIM_H
#define GALLEY_CLIBXML2_SHIM_H
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlstring.h>
#include <libxml/encoding.h>

/// Frees memory that libxml2 allocated (xmlGetProp, xmlNodeGetContent, ...).
static inline void galley_xml_free(void *pointer) { xmlFree(pointer); }

/// Silences libxml2's default error printing to stderr (errors are collected by Galley instead).
static void galley_xml_ignore_error(void *context, const char *message, ...) { (void)context; (void)message; }
static inline void galley_xml_silence_errors(void) {
    xmlSetGenericErrorFunc(NULL, galley_xml_ignore_error);
}
#endif

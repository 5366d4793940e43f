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
#include <libxml/SAX2.h>
#include <libxml/parserInternals.h>
#include <stdint.h>

/* Byte offsets of HTML nodes. The parse below wraps libxml2's own tree-building SAX callbacks:
   each element's node gets, in `_private`, 1 + the offset of its start tag's '<', and in `psvi`,
   1 + the offset where it ended (just past its end tag, or where it was closed implicitly); each
   text node gets 1 + its first byte's offset in `_private` and 1 + the offset past it in `psvi`.
   0 means unknown. Offsets count the bytes handed to the parser. */

static inline long galley_html_position(xmlParserCtxtPtr ctxt) {
    xmlParserInputPtr input = ctxt->input;
    if (input == NULL || input->cur == NULL || input->base == NULL) return -1;
    return (long)input->consumed + (long)(input->cur - input->base);
}

/* The offset of the '<' that opens the tag the parser is in (scanning back at most 64 KB). */
static inline long galley_html_tag_start(xmlParserCtxtPtr ctxt) {
    xmlParserInputPtr input = ctxt->input;
    if (input == NULL || input->cur == NULL || input->base == NULL) return -1;
    const xmlChar *p = input->cur;
    const xmlChar *floor = input->cur - input->base > 65536 ? input->cur - 65536 : input->base;
    while (p > floor && *p != '<') p--;
    if (*p != '<') return -1;
    return (long)input->consumed + (long)(p - input->base);
}

static void galley_html_start_element(void *context, const xmlChar *name, const xmlChar **attributes) {
    xmlParserCtxtPtr ctxt = (xmlParserCtxtPtr)context;
    long start = galley_html_tag_start(ctxt);
    xmlSAX2StartElement(context, name, attributes);
    if (ctxt->node != NULL && start >= 0) ctxt->node->_private = (void *)(intptr_t)(start + 1);
}

static void galley_html_end_element(void *context, const xmlChar *name) {
    xmlParserCtxtPtr ctxt = (xmlParserCtxtPtr)context;
    xmlNodePtr node = ctxt->node;
    long end = galley_html_position(ctxt);
    if (node != NULL && end >= 0) {
        /* after an end tag the parser stands on its '>' or just past it */
        if (ctxt->input->cur > ctxt->input->base && ctxt->input->cur[-1] != '>' && ctxt->input->cur[0] == '>') end += 1;
        node->psvi = (void *)(intptr_t)(end + 1);
    }
    xmlSAX2EndElement(context, name);
}

static void galley_html_characters(void *context, const xmlChar *text, int length) {
    xmlParserCtxtPtr ctxt = (xmlParserCtxtPtr)context;
    xmlNodePtr parent = ctxt->node;
    xmlNodePtr before = parent != NULL ? parent->last : NULL;
    long end = galley_html_position(ctxt);
    xmlSAX2Characters(context, text, length);
    if (parent == NULL || end < 0) return;
    xmlNodePtr last = parent->last;
    if (last == NULL || last->type != XML_TEXT_NODE) return;
    long start = end - length;
    if (start < 0) start = 0;
    if (last != before || last->_private == NULL) last->_private = (void *)(intptr_t)(start + 1);
    last->psvi = (void *)(intptr_t)(end + 1);
}

/* Parses UTF-8 HTML like htmlReadMemory(buffer, size, NULL, "UTF-8", options), recording offsets. */
static inline htmlDocPtr galley_html_read_with_offsets(const char *buffer, int size, int options) {
    htmlParserCtxtPtr ctxt = htmlCreateMemoryParserCtxt(buffer, size);
    if (ctxt == NULL) return NULL;
    if (ctxt->sax != NULL) {
        ctxt->sax->startElement = galley_html_start_element;
        ctxt->sax->endElement = galley_html_end_element;
        ctxt->sax->characters = galley_html_characters;
    }
    htmlCtxtUseOptions(ctxt, options);
    ctxt->html = 1;
    xmlCharEncodingHandlerPtr handler = xmlFindCharEncodingHandler("UTF-8");
    if (handler != NULL) xmlSwitchToEncoding(ctxt, handler);
    htmlParseDocument(ctxt);
    htmlDocPtr doc = ctxt->myDoc;
    ctxt->myDoc = NULL;
    if (ctxt->dictNames && doc != NULL && doc->dict == ctxt->dict) ctxt->dict = NULL;
    htmlFreeParserCtxt(ctxt);
    return doc;
}
#endif

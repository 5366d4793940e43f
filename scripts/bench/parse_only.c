/* The benchmark floor: read each HTML file and parse it with libxml2's HTML parser, nothing else.
 * Same flags and encoding as Galley's HTML reader (Sources/GalleyReaders/HTML/HTMLTreeBuilder.swift).
 * Usage: parse-only FILE...   Prints the number of pages parsed. */
#include <stdio.h>
#include <stdlib.h>
#include <libxml/HTMLparser.h>

int main(int argc, char **argv) {
    int options = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING
                | HTML_PARSE_NONET | HTML_PARSE_COMPACT | HTML_PARSE_IGNORE_ENC;
    int parsed = 0;
    xmlInitParser();
    for (int i = 1; i < argc; i++) {
        FILE *f = fopen(argv[i], "rb");
        if (!f) { perror(argv[i]); continue; }
        fseek(f, 0, SEEK_END);
        long size = ftell(f);
        fseek(f, 0, SEEK_SET);
        char *buffer = malloc(size > 0 ? size : 1);
        size_t got = fread(buffer, 1, size, f);
        fclose(f);
        htmlDocPtr doc = htmlReadMemory(buffer, (int)got, NULL, "UTF-8", options);
        if (doc) { parsed++; xmlFreeDoc(doc); }
        free(buffer);
    }
    xmlCleanupParser();
    printf("%d\n", parsed);
    return 0;
}

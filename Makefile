# Galley: the two commands of the README, and a few helpers.
.PHONY: run test build clean install uninstall static docs

run:    ## convert Input/ into Output/ (installs missing Debian packages first)
	scripts/run.sh

test:   ## the whole test suite (installs missing Debian packages first)
	scripts/test.sh

build:
	swift build -c release --product galley

# `make install PREFIX=~/.local`: the binary, galley(1) generated from its help, and completions.
PREFIX ?= /usr/local
DESTDIR ?=
BIN = .build/release/galley
install: build
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/man/man1 \
	  $(DESTDIR)$(PREFIX)/share/bash-completion/completions $(DESTDIR)$(PREFIX)/share/zsh/site-functions \
	  $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d
	install -m 755 $(BIN) $(DESTDIR)$(PREFIX)/bin/galley
	python3 scripts/make-manpage.py $(BIN) > $(DESTDIR)$(PREFIX)/share/man/man1/galley.1
	$(BIN) --generate-completion-script bash > $(DESTDIR)$(PREFIX)/share/bash-completion/completions/galley
	$(BIN) --generate-completion-script zsh > $(DESTDIR)$(PREFIX)/share/zsh/site-functions/_galley
	$(BIN) --generate-completion-script fish > $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d/galley.fish

uninstall:
	rm -f $(DESTDIR)$(PREFIX)/bin/galley $(DESTDIR)$(PREFIX)/share/man/man1/galley.1 \
	  $(DESTDIR)$(PREFIX)/share/bash-completion/completions/galley $(DESTDIR)$(PREFIX)/share/zsh/site-functions/_galley \
	  $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d/galley.fish

# A binary without the Swift runtime: the Swift standard library and Foundation linked in
# (scripts/static-check.sh runs it with /opt/swift hidden and lists what stays dynamic).
static:
	swift build -c release --product galley --static-swift-stdlib --scratch-path .build/static

# The library's DocC documentation (Sources/Galley/Galley.docc + symbol graphs) into .build/docs.
docs:
	scripts/docs.sh

clean:
	rm -rf .build

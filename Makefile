# Galley: the two commands of the README, and a few helpers.
.PHONY: run test build clean

run:    ## convert Input/ into Output/ (installs missing Debian packages first)
	scripts/run.sh

test:   ## the whole test suite (installs missing Debian packages first)
	scripts/test.sh

build:
	swift build -c release --product galley

clean:
	rm -rf .build

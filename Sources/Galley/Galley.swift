// The public library: every layer re-exported, so `import Galley` gives the whole API.
@_exported import GalleyModel
@_exported import GalleySupport
@_exported import GalleyReaders
@_exported import GalleyPasses
@_exported import GalleyWriters
@_exported import GalleyPipeline
@_exported import GalleyBook
@_exported import GalleyBatch

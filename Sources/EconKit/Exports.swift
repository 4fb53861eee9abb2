@_exported import EconExtract
@_exported import EconModel

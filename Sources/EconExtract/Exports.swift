@_exported import EconModel

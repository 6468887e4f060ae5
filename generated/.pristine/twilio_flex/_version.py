__version__ = "1.0.0"
API_VERSION = "2.0"

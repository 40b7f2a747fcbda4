"""crosscheck: numeric claims across news articles, and where the sources disagree."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("crosscheck")
except PackageNotFoundError:  # running from a source tree without an install
    __version__ = "0.0.0+unknown"

__all__ = ["__version__"]

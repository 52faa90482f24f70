"""The records and names the front doors (API routes, UI, CLI) use, re-exported from the layers below so that
those doors import only `assistant` modules and the errors tree (corpus/errors.py), never index/ or corpus/
internals. The import-linter contracts in pyproject.toml check it (`lint-imports`)."""
from corpus.display import vn_date
from corpus.loaders import META_SUFFIX, parse_groups
from corpus.records import Obligation
from corpus.vn import parse_date
from index.ingest import IngestReport, Progress
from index.records import (MODES, Access, DocumentHead, DocumentText, Filters, Hit, Mode, Query, StoredChunk,
                           StoredReference)

__all__ = ["META_SUFFIX", "MODES", "Access", "DocumentHead", "DocumentText", "Filters", "Hit", "IngestReport", "Mode",
           "Obligation", "Progress", "Query", "StoredChunk", "StoredReference", "parse_date", "parse_groups", "vn_date"]

"""arXiv references: identifiers, finding them in documents, and the optional online check."""

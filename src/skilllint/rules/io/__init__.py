"""Problems with the file itself and with the run: reported by the engine, not by a document check."""

"""Card and sheet layouts for printing notes and plans (QtPrintSupport)."""

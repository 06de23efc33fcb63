"""Field parsers: numbers, periods, question codes and catalogs, indicators, units, organisations, places."""

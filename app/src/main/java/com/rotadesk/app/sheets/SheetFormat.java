package com.rotadesk.app.sheets;

/** The file formats the exporter writes. */
public enum SheetFormat {
    /** One print-ready PDF per sheet. */
    PDF,
    /** One workbook with a worksheet per sheet. */
    XLSX,
    /** One UTF-8 (with BOM) CSV file per sheet. */
    CSV
}

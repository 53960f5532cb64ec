package com.rotadesk.app.clients;

import com.rotadesk.model.Client;
import com.rotadesk.model.Phones;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * Writes the client register as .xlsx or CSV with exactly the columns the import reads (R29): name, phone, owner,
 * first registration, last contact, deal. A public client's owner is written as the pool (公客池), which the import
 * takes back to the pool, so a register exported and imported into a new office is the same register.
 */
public final class RegisterWriter {
    private static final CSVFormat CSV = CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get();
    private final Words words;

    /** A writer with these column names. */
    public RegisterWriter(Words words) {
        this.words = words;
    }

    /**
     * The register's column names and values in one language; each is a name the import recognises.
     *
     * @param yes  a deal's mark in the deal column
     * @param pool the owner's column of a public client
     */
    public record Words(String name, String phone, String owner, String first, String last, String deal, String yes,
            String pool) {

        /** Chinese (the default) or English names. */
        public static Words of(Locale locale) {
            boolean zh = locale.getLanguage().equals("zh");
            return zh ? new Words(RegisterField.NAME.names().getFirst(), RegisterField.PHONE.names().getFirst(),
                    RegisterField.OWNER.names().getFirst(), RegisterField.FIRST.names().getFirst(),
                    RegisterField.LAST.names().getFirst(), "成交", "已成交", PlannedRow.POOL_NAMES.getFirst())
                    : new Words("name", "phone", "owner", "first visit", "last contact", "deal", "yes", "pool");
        }

        List<String> headers() {
            return List.of(name, phone, owner, first, last, deal);
        }
    }

    /** Writes the clients to {@code file} (.xlsx or .csv by its name), whole or not at all. */
    public void write(List<Client> clients, Path file) throws RegisterFileException {
        String lower = file.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean xlsx = lower.endsWith(".xlsx");
        if (!xlsx && !lower.endsWith(".csv")) {
            throw new RegisterFileException(RegisterFileException.Problem.UNKNOWN_FORMAT, null, file.getFileName());
        }
        try {
            AtomicWrite.write(file, out -> {
                if (xlsx) {
                    xlsx(clients, out);
                } else {
                    csv(clients, out);
                }
            });
        } catch (IOException e) {
            throw new RegisterFileException(RegisterFileException.Problem.CANNOT_WRITE, e, file,
                    e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
    }

    /** One client as the register's cells: name, phone, owner or the pool, first, last, deal. */
    private List<Object> values(Client c) {
        LocalDate last = c.lastContact() == null ? null : c.lastContact().toLocalDate();
        LocalDate first = c.registered() != null ? c.registered().toLocalDate() : last;
        return java.util.Arrays.asList(c.name(), c.phone(), c.owner() != null ? c.owner() : words.pool(), first, last,
                c.deal() ? words.yes() : null);
    }

    private void xlsx(List<Client> clients, OutputStream out) throws IOException {
        Workbook wb = new Workbook(out, "RotaDesk", "1.0");
        Worksheet ws = wb.newWorksheet(words.name().equals("name") ? "Clients" : "客户登记");
        List<String> headers = words.headers();
        for (int c = 0; c < headers.size(); c++) {
            ws.value(0, c, headers.get(c));
            ws.style(0, c).bold().set();
        }
        int r = 1;
        for (Client client : clients) {
            List<Object> v = values(client);
            for (int c = 0; c < v.size(); c++) {
                Object value = v.get(c);
                if (value instanceof LocalDate d) {
                    ws.value(r, c, d);
                    ws.style(r, c).format("yyyy-mm-dd").set();
                } else if (value != null) {
                    // phones stay text: a number cell would show 1.38E+10 and lose a landline's leading 0
                    ws.value(r, c, value.toString());
                }
            }
            r++;
        }
        ws.width(0, 12);
        ws.width(1, 16);
        ws.width(2, 12);
        ws.width(3, 12);
        ws.width(4, 12);
        wb.finish();
    }

    private void csv(List<Client> clients, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        // the byte-order mark: without it Excel and WPS read the Chinese as GBK
        w.write('\uFEFF');
        CSVPrinter csv = new CSVPrinter(w, CSV);
        csv.printRecord(words.headers());
        for (Client client : clients) {
            List<Object> v = values(client);
            csv.printRecord(safe((String) v.get(0)), phone((String) v.get(1)), safe((String) v.get(2)), v.get(3),
                    v.get(4), v.get(5));
        }
        csv.flush();
    }

    /** A tab before the digits: Excel then keeps a phone as text (no 1.38E+10, a landline keeps its 0). */
    private static String phone(String phone) {
        return phone == null || Phones.erased(phone) ? "" : "\t" + phone;
    }

    /** A name a spreadsheet would run as a formula gets an apostrophe in front (the CSV-injection guard). */
    private static String safe(String text) {
        if (text != null && !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }
}

package org.tsunagu.audit.web;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.tsunagu.audit.AuditEntryView;
import org.tsunagu.audit.AuditQueries;
import org.tsunagu.audit.AuditSearch;
import org.tsunagu.shared.JapaneseDates;
import org.tsunagu.shared.SpreadsheetText;

/**
 * Writes audit entries as CSV for Excel: UTF-8 with a byte order mark (so Excel reads Japanese correctly),
 * Japanese headers, one row per entry, streamed as they are read.
 */
@Component
class AuditCsvExport {

	static final String[] COLUMNS = { "occurredAt", "actor", "action", "targetType", "targetId", "detail",
			"remoteAddress" };

	/** Seconds matter in an audit trail, unlike on the screen. */
	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss")
		.withZone(JapaneseDates.JST);

	private final AuditQueries queries;

	private final MessageSource messages;

	AuditCsvExport(AuditQueries queries, MessageSource messages) {
		this.queries = queries;
		this.messages = messages;
	}

	void write(AuditSearch search, Sort sort, Locale locale, OutputStream out) throws IOException {
		Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
		writer.write('\uFEFF');
		String[] headers = Arrays.stream(COLUMNS)
			.map(column -> messages.getMessage("audit.column." + column, null, locale))
			.toArray(String[]::new);
		CSVPrinter printer = new CSVPrinter(writer, CSVFormat.EXCEL.builder().setHeader(headers).get());
		queries.forEachEntry(search, sort, entry -> print(printer, entry, locale));
		printer.flush();
	}

	private void print(CSVPrinter printer, AuditEntryView entry, Locale locale) {
		try {
			printer.printRecord(TIME.format(entry.occurredAt()), cell(entry.actor()),
					messages.getMessage("audit.action." + entry.action().name(), null, locale),
					cell(entry.targetType()), cell(entry.targetId()), cell(entry.detail()),
					cell(entry.remoteAddress()));
		}
		catch (IOException exception) {
			throw new UncheckedIOException(exception);
		}
	}

	/**
	 * Defuses text that a spreadsheet would run as a formula. Failed logins record whatever name was typed,
	 * so an attacker could otherwise plant {@code =HYPERLINK(...)} in an administrator's Excel.
	 */
	static String cell(@Nullable String text) {
		return SpreadsheetText.defuse(text);
	}
}

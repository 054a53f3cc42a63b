package org.tsunagu.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.tsunagu.testsupport.ApplicationProcess;
import org.tsunagu.testsupport.ProcessTest;
import org.tsunagu.testsupport.ScratchDatabase;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * SIGTERM (a service manager's stop) is a graceful shutdown: the request in progress completes and is stored,
 * the audit chain is sealed before the process ends, and a mail still waiting in the outbox survives the stop
 * and is sent after the restart.
 */
@ProcessTest
class GracefulShutdownIT {

	@Test
	void finishesTheRequestInProgressSealsTheAuditChainAndSendsTheWaitingMailAfterRestart() throws Exception {
		int smtpPort = freePort();
		GreenMail smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", "smtp"));
		smtp.start();
		try (ScratchDatabase database = ScratchDatabase.create("graceful");
				ApplicationProcess app = ApplicationProcess.on(database, "graceful")
					.property("spring.mail.host", "127.0.0.1")
					.property("spring.mail.port", String.valueOf(smtpPort))
					// Nothing is sealed or sent on schedule while the first process runs: only the shutdown can.
					.property("tsunagu.audit.seal-interval", "1h")
					.property("tsunagu.notification.dispatch-interval", "1h")
					.start()) {
			UUID mail = queueMail(database);
			SlowRequest request = SlowRequest.begin(app.port(), consultation());

			app.signalStop();
			Thread.sleep(2000);
			String answer = request.finish();
			int exitCode = app.awaitExit(Duration.ofMinutes(2));

			assertThat(answer).startsWith("HTTP/1.1 201");
			assertThat(exitCode).as("exit code after SIGTERM").isEqualTo(143);
			try (Connection connection = database.connect()) {
				assertThat(count(connection, "SELECT count(*) FROM consultation_consultations WHERE content = '"
						+ SlowRequest.CONTENT + "'")).as("the request finished during shutdown").isEqualTo(1);
				assertThat(count(connection, "SELECT count(*) FROM audit_entries WHERE chain_index IS NULL"))
					.as("unsealed audit entries after a graceful stop")
					.isZero();
				assertThat(status(connection, mail)).isEqualTo("PENDING");
			}

			app.property("tsunagu.notification.dispatch-interval", "1s").start();

			assertThat(smtp.waitForIncomingEmail(Duration.ofMinutes(3).toMillis(), 1)).as("mail sent after restart")
				.isTrue();
			assertThat(smtp.getReceivedMessages()[0].getSubject()).isEqualTo("見本 花子様 停止前の通知");
			// The mail server has it; the outbox row says so once the dispatcher's transaction commits.
			assertThat(statusWhenSettled(database, mail, Duration.ofMinutes(1))).isEqualTo("SENT");
			assertThat(app.stop()).isEqualTo(143);
		}
		finally {
			smtp.stop();
		}
	}

	/** A mail as the outbox stores it in the transaction of the change that caused it. */
	private static UUID queueMail(ScratchDatabase database) throws SQLException {
		UUID id = UUID.randomUUID();
		Timestamp now = Timestamp.from(Instant.now());
		try (Connection connection = database.connect();
				PreparedStatement insert = connection.prepareStatement("INSERT INTO notification_outbox (id, version, "
						+ "recipient, template, subject, body, status, attempts, next_attempt_at, created_at, created_by, "
						+ "updated_at, updated_by) VALUES (?, 0, 'hanako@example.jp', 'test', '見本 花子様 停止前の通知', "
						+ "'本文（架空）', 'PENDING', 0, ?, ?, 'system', ?, 'system')")) {
			insert.setObject(1, id);
			insert.setTimestamp(2, now);
			insert.setTimestamp(3, now);
			insert.setTimestamp(4, now);
			insert.executeUpdate();
		}
		return id;
	}

	private static String consultation() {
		return """
				{"receivedAt":"2026-04-01T09:30","channel":"PHONE","consulterType":"FAMILY","topics":["DAILY_LIFE"],
				 "content":"%s","regionName":"佐久","childLink":"UNKNOWN"}""".formatted(SlowRequest.CONTENT);
	}

	/** The mail's status once it is no longer PENDING, or PENDING after {@code patience}. */
	private static String statusWhenSettled(ScratchDatabase database, UUID mail, Duration patience)
			throws SQLException, InterruptedException {
		Instant deadline = Instant.now().plus(patience);
		try (Connection connection = database.connect()) {
			String status = status(connection, mail);
			while ("PENDING".equals(status) && Instant.now().isBefore(deadline)) {
				Thread.sleep(200);
				status = status(connection, mail);
			}
			return status;
		}
	}

	private static String status(Connection connection, UUID mail) throws SQLException {
		try (PreparedStatement query = connection.prepareStatement("SELECT status FROM notification_outbox WHERE id = ?")) {
			query.setObject(1, mail);
			try (ResultSet rs = query.executeQuery()) {
				assertThat(rs.next()).isTrue();
				return rs.getString(1);
			}
		}
	}

	private static long count(Connection connection, String sql) throws SQLException {
		try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
			rs.next();
			return rs.getLong(1);
		}
	}

	private static int freePort() throws Exception {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	/**
	 * A POST whose body arrives in two parts: the server has taken the request and waits in the controller for
	 * the rest of the body, so the request is in progress when the stop signal comes.
	 */
	private record SlowRequest(Socket socket, byte[] body) {

		static final String CONTENT = "停止中に届いた相談（見本 花子）";

		static SlowRequest begin(int port, String json) throws Exception {
			byte[] body = json.getBytes(StandardCharsets.UTF_8);
			String credentials = Base64.getEncoder()
				.encodeToString("consultant:tsunagu-demo-2025".getBytes(StandardCharsets.UTF_8));
			Socket socket = new Socket("127.0.0.1", port);
			socket.setSoTimeout((int) Duration.ofMinutes(2).toMillis());
			OutputStream out = socket.getOutputStream();
			out.write(("POST /api/v1/consultations HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nAuthorization: Basic "
					+ credentials + "\r\nContent-Type: application/json\r\nContent-Length: " + body.length
					+ "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
			out.write(body, 0, body.length / 2);
			out.flush();
			// Long enough for the login check and the dispatch to the controller, on a busy machine too.
			Thread.sleep(3000);
			return new SlowRequest(socket, body);
		}

		String finish() throws Exception {
			try (socket) {
				OutputStream out = socket.getOutputStream();
				out.write(body, body.length / 2, body.length - body.length / 2);
				out.flush();
				InputStream in = socket.getInputStream();
				return new String(in.readAllBytes(), StandardCharsets.UTF_8);
			}
		}
	}
}

package org.tsunagu.training.web;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.tsunagu.training.AttendanceManagement;
import org.tsunagu.training.CertificateCheck;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Public check of a 修了証 number (no login): an employer or a municipality can see whether a certificate is
 * genuine. The answer says valid or not, the course and the date — never who holds it.
 */
@RestController
@Tag(name = "人材育成", description = "修了証番号の確認（公開）")
class CertificateApiController {

	private final AttendanceManagement attendance;

	CertificateApiController(AttendanceManagement attendance) {
		this.attendance = attendance;
	}

	@GetMapping("/api/v1/public/certificates/{number}")
	@Operation(summary = "修了証番号の確認（ログイン不要。有効かどうか、研修名、修了日のみ）")
	CertificateCheck verifyCertificate(@PathVariable String number) {
		return attendance.verify(number);
	}
}

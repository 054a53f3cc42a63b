package org.tsunagu.information.internal;

import java.util.List;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tsunagu.audit.AuditAction;
import org.tsunagu.audit.AuditLog;
import org.tsunagu.information.GapInput;
import org.tsunagu.information.GapStatus;

/**
 * Demo gaps in the regions' resources (資源開拓), fictional and marked 見本.
 */
@Component
@Order(92)
@ConditionalOnProperty(name = "tsunagu.demo.enabled", havingValue = "true")
class DemoResourceGaps implements ApplicationRunner {

	private final ResourceGapRepository gaps;

	private final AuditLog audit;

	DemoResourceGaps(ResourceGapRepository gaps, AuditLog audit) {
		this.gaps = gaps;
		this.audit = audit;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (gaps.count() > 0) {
			return;
		}
		List<GapInput> inputs = List.of(
				new GapInput("木曽", "人工呼吸器の子を受け入れる短期入所がない（見本）", "圏域内に受け入れ可能な事業所がなく、家族は松本圏域まで通っている（見本）。",
						GapStatus.IN_PROGRESS, "見本：圏域会議で課題として共有\n見本：架空病院と空床利用の相談を開始", "木曽圏域 医療的ケア児等支援協議会（見本）"),
				new GapInput("大北", "医療的ケア児を受け入れる放課後等デイサービスが少ない（見本）", null, GapStatus.OPEN, null, null),
				new GapInput("長野", "移行期の成人診療科の受け入れ先（見本）", null, GapStatus.RESOLVED, "見本：架空総合病院が受け入れを開始", null));
		inputs.forEach(input -> gaps.save(new ResourceGap(input)));
		audit.record(AuditAction.CREATE, ResourceGapService.TARGET, null, "demo data: " + inputs.size() + " fictional gaps");
	}
}

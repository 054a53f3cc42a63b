package org.tsunagu.registry.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.tsunagu.identity.Role;
import org.tsunagu.registry.ChildFilter;
import org.tsunagu.registry.ChildManagement;
import org.tsunagu.registry.ChildRegistryIT;
import org.tsunagu.testsupport.BrowserTestSupport;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;

/**
 * The health office of 松本 (office-07) is called about a child of 長野: the child page refuses, offers the
 * emergency access, asks for a reason, then shows the emergency information; the センター長 finds the access
 * in the review list and marks it reviewed — all by keyboard where a user would type.
 */
class EmergencyAccessBrowserIT extends BrowserTestSupport {

	static final String REASON = "（試験）救急隊から搬送先の問い合わせがあり医療的ケアを確認";

	@Autowired
	ChildManagement children;

	@Test
	void officeOpensTheEmergencyInformationOfAnotherRegionWithAReasonAndTheDirectorReviewsIt() {
		UUID naganoChild = firstChildOf("長野");
		loginAs("office-07");

		Response refused = page.navigate("/children/" + naganoChild);
		org.assertj.core.api.Assertions.assertThat(refused.status()).isEqualTo(403);
		page.getByText("緊急の場合は").click();
		assertThat(page.locator("h1")).hasText("緊急時アクセスの理由");
		assertAccessible();

		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("理由を記録して緊急時情報を開く")).click();
		assertThat(page.locator("#reason-error")).hasText("緊急時アクセスの理由を入力してください");
		assertAccessible();

		page.locator("#reason").focus();
		page.keyboard().type(REASON);
		page.keyboard().press("Tab");
		page.keyboard().press("Enter");
		assertThat(page.getByRole(AriaRole.STATUS).first()).hasText("緊急時アクセスを記録しました。");
		assertThat(page.locator("h1")).containsText("緊急時情報（緊急時アクセス）");
		assertThat(page.locator("main")).containsText("まで有効です");
		assertAccessible();

		page.context().clearCookies();
		loginAs("director");
		page.navigate("/children");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("緊急時アクセスの確認")).click();
		assertThat(page.locator("main")).containsText(REASON);
		assertAccessible();

		var row = page.locator("tr", new Page.LocatorOptions().setHasText(REASON));
		row.locator("summary").focus();
		page.keyboard().press("Enter");
		row.getByLabel("コメント（任意）").fill("（試験）理由は適切");
		row.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("確認済みにする"))
			.click();
		assertThat(page.getByRole(AriaRole.STATUS).first()).hasText("緊急時アクセスを確認済みにしました。");
		assertThat(page.locator("tr", new Page.LocatorOptions().setHasText(REASON))).containsText("確認済み（director");
		assertAccessible();
	}

	private UUID firstChildOf(String region) {
		UUID[] id = new UUID[1];
		ChildRegistryIT.WithUser.run(Role.CONSULTANT, null, () -> id[0] = children
			.search(new ChildFilter(null, region, null, null, null, null, null), Pageable.ofSize(1))
			.getContent()
			.get(0)
			.id());
		return id[0];
	}
}

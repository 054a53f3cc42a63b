package org.tsunagu.identity.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tsunagu.identity.NewUser;
import org.tsunagu.identity.Role;
import org.tsunagu.identity.SecondFactors;
import org.tsunagu.identity.UserManagement;
import org.tsunagu.testsupport.BrowserTestSupport;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import dev.samstevens.totp.code.DefaultCodeGenerator;

/**
 * A nurse lost the phone with her authenticator app. The administrator confirms their password on the
 * re-authentication page, opens her account, sees the app registered and resets it (after a confirmation);
 * the page then shows no app, so she registers again at her next login.
 */
class SecondFactorAdministrationBrowserIT extends BrowserTestSupport {

	@Autowired
	UserManagement users;

	@Autowired
	SecondFactors secondFactors;

	@Test
	void administratorResetsALostAuthenticatorAfterReauthenticating() throws Exception {
		String username = "lost-phone-" + UUID.randomUUID().toString().substring(0, 8);
		UUID nurse = users.createUserWithPassword(new NewUser(username, "見本 花子", Role.NURSE, null, null),
				"fictional nurse passphrase");
		SecondFactors.Enrolment enrolment = secondFactors.startEnrolment(username);
		secondFactors.completeEnrolment(username, enrolment.secret(), new DefaultCodeGenerator()
			.generate(enrolment.secret(), Math.floorDiv(Instant.now().getEpochSecond(), 30)));

		loginAs("admin");
		String edit = "/admin/users/" + nurse + "/edit";
		page.navigate("/account/reauthenticate?continue=" + edit);
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("本人確認"))).isVisible();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("確認して進む")).click();
		assertThat(page.locator("#password-error")).hasText("パスワードを入力してください。");
		assertAccessible();

		page.getByLabel("パスワード").fill(demoPassword);
		page.getByLabel("パスワード").press("Enter");
		assertThat(page).hasURL(Pattern.compile(".*/admin/users/" + nurse + "/edit$"));
		assertThat(page.getByText(Pattern.compile("^登録済み"))).isVisible();
		// The demo does not enforce two-factor authentication for staff; she had registered on her own.
		assertThat(page.getByText("任意", new Page.GetByTextOptions().setExact(true))).isVisible();
		assertAccessible();

		page.onceDialog(dialog -> dialog.accept());
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("二要素認証をリセットする")).focus();
		page.keyboard().press("Enter");

		assertThat(page.getByRole(AriaRole.STATUS).first()).hasText("二要素認証をリセットしました。次回のログインで登録し直します。");
		assertThat(page.getByText("未登録")).isVisible();
		org.assertj.core.api.Assertions.assertThat(secondFactors.hasSecondFactor(username)).isFalse();
	}
}

package org.tsunagu.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

/**
 * Base of the browser suites: one Chromium per test JVM, a fresh context (cookies, session) per test, and
 * helpers to log in and to check a page with axe-core. Without Chromium the suite is skipped — or fails
 * where it is required ({@code -Dtsunagu.test.require=browser}).
 */
@BrowserTest
public abstract class BrowserTestSupport {

	/** Debian's Chromium; Playwright's own browser download does not work on these machines. */
	static final Path CHROMIUM = Paths.get(System.getProperty("tsunagu.test.chromium", "/usr/bin/chromium"));

	/** The axe-core rule sets of JIS X 8341-3:2016 (WCAG 2.0) AA, plus WCAG 2.1 AA. */
	static final List<String> WCAG_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

	/** The JVM's one Chromium, launched by the first browser suite and closed when the test run ends. */
	@RegisterExtension
	static final BeforeAllCallback SHARED_CHROMIUM = context -> {
		if (!Files.isExecutable(CHROMIUM)) {
			RequiredSuites.unavailable("browser", CHROMIUM + " is not installed (apt-get install chromium)");
		}
		browser = context.getRoot()
			.getStore(ExtensionContext.Namespace.GLOBAL)
			.computeIfAbsent(Chromium.class, key -> Chromium.launch(), Chromium.class)
			.browser();
	};

	private static Browser browser;

	@LocalServerPort
	int port;

	@Value("${tsunagu.demo.password}")
	protected String demoPassword;

	protected BrowserContext context;

	protected Page page;

	@BeforeEach
	void openContext() {
		context = browser.newContext(new Browser.NewContextOptions().setBaseURL("http://localhost:" + port)
			.setLocale("ja-JP")
			.setViewportSize(1280, 900));
		page = context.newPage();
	}

	@AfterEach
	void closeContext() {
		if (context != null) {
			context.close();
		}
	}

	/** Logs in through the login form as a demo user. */
	protected void loginAs(String username) {
		loginAs(username, demoPassword);
	}

	/** Logs in through the login form. */
	protected void loginAs(String username, String password) {
		page.navigate("/login");
		page.getByLabel("ユーザー名").fill(username);
		page.getByLabel("パスワード").fill(password);
		page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
				new Page.GetByRoleOptions().setName("ログインする"))
			.click();
		// The next step must not start while the login POST and its redirect are still on their way.
		page.waitForURL(url -> !url.endsWith("/login"));
	}

	/** Fails when axe-core finds a serious or critical WCAG 2.x A/AA violation on the current page. */
	protected void assertAccessible() {
		AxeResults results = new AxeBuilder(page).options(violationsOnly())
			.withTags(WCAG_AA)
			.setLegacyMode(true)
			.analyze();
		List<Rule> severe = results.getViolations()
			.stream()
			.filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
			.toList();
		assertThat(severe).as("axe-core findings on %s:%n%s", page.url(), describe(severe)).isEmpty();
	}

	/**
	 * axe-core details only the violations (every node of each), not the passes nor the inapplicable rules, which
	 * no assertion reads. With legacy mode (above) it runs in the page itself: the default opens a blank page in a
	 * new browser context for every check to merge the frames' results, and the pages have no frames.
	 */
	private static AxeRunOptions violationsOnly() {
		AxeRunOptions options = new AxeRunOptions();
		options.setResultTypes(List.of("violations"));
		return options;
	}

	private static String describe(List<Rule> rules) {
		return rules.stream()
			.map(rule -> rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
					+ rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).collect(Collectors.joining(", ")))
			.collect(Collectors.joining("\n"));
	}

	/** Playwright's driver with one headless Chromium; the JUnit store closes it at the end of the run. */
	record Chromium(Playwright playwright, Browser browser) implements AutoCloseable {

		static Chromium launch() {
			Playwright playwright = Playwright.create(new Playwright.CreateOptions()
				.setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
			Browser browser = playwright.chromium()
				.launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM)
					.setHeadless(true)
					.setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
							"--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic")));
			return new Chromium(playwright, browser);
		}

		@Override
		public void close() {
			browser.close();
			playwright.close();
		}
	}
}

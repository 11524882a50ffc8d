package org.reciproque.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.ConsoleMessage;
import com.microsoft.playwright.Frame;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * JUnit 5 extension for tests that drive a real (headless) Chromium through Playwright.
 *
 * <pre>
 * &#64;Tag("browser")
 * &#64;ExtendWith(BrowserSupport.class)
 * &#64;SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
 * class HomePageBrowserTests {
 *
 *     &#64;LocalServerPort
 *     int port;
 *
 *     &#64;Test
 *     void homePageIsAccessible(Page page, BrowserSupport.PageErrors errors) {
 *         page.navigate("http://localhost:" + port + "/");
 *         BrowserSupport.assertAccessible(page);
 *         errors.assertNone();
 *     }
 *
 * }
 * </pre>
 *
 * <ul>
 * <li>Chromium is Debian's ({@code /usr/bin/chromium}) or the one named by the
 * {@code CHROMIUM_PATH} environment variable; Playwright never downloads a browser. If it
 * is missing, the tests are skipped (one line says so, once per run), except when the
 * {@code CI} environment variable is set (and not {@code false} or {@code 0}): then they
 * fail.</li>
 * <li>One browser is shared by the whole test run (closed when JUnit finishes); each test
 * gets a fresh {@link BrowserContext} (locale fr-FR, time zone Europe/Paris) and
 * {@link Page}. Test, {@code @BeforeEach} and {@code @AfterEach} methods may declare
 * parameters of type {@link Page}, {@link BrowserContext}, {@link Browser} and
 * {@link PageErrors}.</li>
 * <li>{@link PageErrors} collects every console error of the test's pages (CSP violations
 * are reported by Chromium as console errors, so are failed resource loads) and uncaught
 * JavaScript exceptions.</li>
 * <li>When a test fails, a screenshot of its page is written to
 * {@code target/browser-failures/}.</li>
 * <li>Playwright objects are not thread-safe: do not run browser tests in parallel
 * (JUnit's default) nor with a {@code @Timeout} on a separate thread.</li>
 * </ul>
 */
public final class BrowserSupport
		implements ExecutionCondition, BeforeAllCallback, BeforeEachCallback, AfterEachCallback, ParameterResolver {

	/** The WCAG tags {@link #assertAccessible(Page)} runs axe-core with. */
	public static final List<String> AXE_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

	/** The axe-core impacts that make {@link #assertAccessible(Page)} fail. */
	public static final List<String> FAILING_IMPACTS = List.of("serious", "critical");

	static final String DEFAULT_CHROMIUM = "/usr/bin/chromium";

	static final List<String> CHROMIUM_ARGS = List.of("--no-sandbox", "--disable-gpu", "--disable-quic",
			"--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync");

	private static final String AXE_WEBJAR = "META-INF/resources/webjars/axe-core/";

	private static final String AXE_POM_PROPERTIES = "META-INF/maven/org.webjars.npm/axe-core/pom.properties";

	private static final int TARGETS_SHOWN = 5;

	private static final double DEFAULT_TIMEOUT_MS = 10_000;

	private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(BrowserSupport.class);

	private static final AtomicBoolean skipNoticePrinted = new AtomicBoolean();

	private static volatile String axeSource;

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		Path chromium = chromiumPath();
		if (Files.isExecutable(chromium) || onCi()) {
			// on CI, a missing Chromium fails in beforeAll / beforeEach
			return ConditionEvaluationResult.enabled("Chromium at " + chromium);
		}
		String reason = "Browser tests skipped: no Chromium at " + chromium
				+ " (apt-get install chromium, or set CHROMIUM_PATH)";
		if (skipNoticePrinted.compareAndSet(false, true)) {
			System.out.println(reason);
		}
		return ConditionEvaluationResult.disabled(reason);
	}

	@Override
	public void beforeAll(ExtensionContext context) {
		sharedBrowser(context);
	}

	@Override
	public void beforeEach(ExtensionContext context) {
		Browser browser = sharedBrowser(context).browser();
		context.getStore(NAMESPACE).put(PerTest.class, new PerTest(browser));
	}

	@Override
	public void afterEach(ExtensionContext context) {
		PerTest perTest = context.getStore(NAMESPACE).get(PerTest.class, PerTest.class);
		if (perTest != null && context.getExecutionException().isPresent()) {
			perTest.screenshot(
					context.getRequiredTestClass().getSimpleName() + "." + context.getRequiredTestMethod().getName());
		}
		// The context itself is closed by JUnit with the test's store (PerTest is
		// AutoCloseable).
	}

	@Override
	public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
		Class<?> type = parameterContext.getParameter().getType();
		return type == Page.class || type == BrowserContext.class || type == Browser.class || type == PageErrors.class;
	}

	@Override
	public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
		Class<?> type = parameterContext.getParameter().getType();
		if (type == Browser.class) {
			return sharedBrowser(extensionContext).browser();
		}
		PerTest perTest = extensionContext.getStore(NAMESPACE).get(PerTest.class, PerTest.class);
		if (perTest == null) {
			throw new ParameterResolutionException(type.getSimpleName()
					+ " is only available to @Test, @BeforeEach and @AfterEach methods of a class extended with "
					+ "@ExtendWith(BrowserSupport.class)");
		}
		if (type == Page.class) {
			return perTest.page;
		}
		if (type == BrowserContext.class) {
			return perTest.context;
		}
		return perTest.errors;
	}

	/**
	 * Runs axe-core (from the webjar on the test classpath) on the page, with the tags
	 * {@link #AXE_TAGS}, and fails listing every violation whose impact is serious or
	 * critical. axe is injected with {@link Page#evaluate(String)}, which the page's
	 * Content-Security-Policy does not apply to, so a strict {@code script-src 'self'} is
	 * fine and needs no {@code bypassCSP}.
	 * @param page a page that has finished loading what is to be checked
	 */
	public static void assertAccessible(Page page) {
		String source = axeSource();
		for (Frame frame : page.frames()) {
			try {
				frame.evaluate(source);
			}
			catch (RuntimeException ex) {
				if (frame == page.mainFrame()) {
					throw ex;
				}
				// a child frame that went away: axe reports what it can reach
			}
		}
		Object result = page.evaluate("""
				async (options) => {
				  const results = await axe.run(document, options);
				  return results.violations.map((v) => ({
				    id: v.id,
				    impact: v.impact || '',
				    help: v.help,
				    helpUrl: v.helpUrl,
				    targets: v.nodes.map((n) => n.target
				      .map((t) => Array.isArray(t) ? t.join(' >>> ') : String(t)).join(' >> ')),
				  }));
				}""",
				Map.of("runOnly", Map.of("type", "tag", "values", AXE_TAGS), "resultTypes", List.of("violations")));
		List<String> failures = new ArrayList<>();
		for (Object item : (List<?>) result) {
			Map<?, ?> violation = (Map<?, ?>) item;
			if (!FAILING_IMPACTS.contains(String.valueOf(violation.get("impact")))) {
				continue;
			}
			List<?> targets = (List<?>) violation.get("targets");
			StringBuilder line = new StringBuilder();
			line.append("  - ")
				.append(violation.get("id"))
				.append(" [")
				.append(violation.get("impact"))
				.append("] ")
				.append(violation.get("help"))
				.append(" (")
				.append(violation.get("helpUrl"))
				.append(")\n      ")
				.append(targets.size())
				.append(" element(s): ");
			for (int i = 0; i < Math.min(TARGETS_SHOWN, targets.size()); i++) {
				line.append(i == 0 ? "" : ", ").append(targets.get(i));
			}
			if (targets.size() > TARGETS_SHOWN) {
				line.append(", … (+").append(targets.size() - TARGETS_SHOWN).append(" more)");
			}
			failures.add(line.toString());
		}
		if (!failures.isEmpty()) {
			Assertions.fail(failures.size() + " serious/critical accessibility violation(s) (axe-core, "
					+ String.join(", ", AXE_TAGS) + ") on " + page.url() + ":\n" + String.join("\n", failures));
		}
	}

	/**
	 * Starts collecting the console errors and uncaught exceptions of a page that this
	 * extension did not create (pages of the test's own context are already watched:
	 * declare a {@link PageErrors} parameter instead).
	 * @param page the page to watch
	 * @return the live list of its errors
	 */
	public static PageErrors collectErrors(Page page) {
		PageErrors errors = new PageErrors();
		page.onConsoleMessage(errors::consoleMessage);
		page.onPageError((error) -> errors.add("uncaught exception: " + error));
		return errors;
	}

	static Path chromiumPath() {
		String path = System.getenv("CHROMIUM_PATH");
		return Paths.get((path != null && !path.isBlank()) ? path : DEFAULT_CHROMIUM);
	}

	static boolean onCi() {
		String ci = System.getenv("CI");
		return ci != null && !ci.isBlank() && !"false".equalsIgnoreCase(ci) && !"0".equals(ci);
	}

	private static SharedBrowser sharedBrowser(ExtensionContext context) {
		Path chromium = chromiumPath();
		if (!Files.isExecutable(chromium)) {
			String why = "no Chromium at " + chromium + " (apt-get install chromium, or set CHROMIUM_PATH)";
			if (onCi()) {
				throw new IllegalStateException("Browser tests cannot run on CI (CI is set): " + why);
			}
			Assumptions.abort("Browser tests skipped: " + why);
		}
		return context.getRoot()
			.getStore(NAMESPACE)
			.computeIfAbsent(SharedBrowser.class, (key) -> new SharedBrowser(chromium), SharedBrowser.class);
	}

	private static String axeSource() {
		String source = axeSource;
		if (source == null) {
			ClassLoader loader = BrowserSupport.class.getClassLoader();
			String version;
			try (InputStream in = loader.getResourceAsStream(AXE_POM_PROPERTIES)) {
				Assertions.assertNotNull(in, "axe-core webjar (org.webjars.npm:axe-core) is not on the test classpath");
				Properties properties = new Properties();
				properties.load(in);
				version = properties.getProperty("version");
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			String resource = AXE_WEBJAR + version + "/axe.min.js";
			try (InputStream in = loader.getResourceAsStream(resource)) {
				Assertions.assertNotNull(in, "no " + resource + " on the test classpath");
				source = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			axeSource = source;
		}
		return source;
	}

	/**
	 * The console errors (type "error": CSP violations, failed resource loads,
	 * {@code console.error}) and uncaught exceptions of the test's pages, in order.
	 */
	public static final class PageErrors {

		private final List<String> errors = Collections.synchronizedList(new ArrayList<>());

		/**
		 * Returns a copy of the errors collected so far.
		 * @return the errors, each as one line of text
		 */
		public List<String> list() {
			synchronized (this.errors) {
				return List.copyOf(this.errors);
			}
		}

		/** Forgets the errors collected so far. */
		public void clear() {
			this.errors.clear();
		}

		/** Fails the test if any error has been collected. */
		public void assertNone() {
			List<String> errors = list();
			if (!errors.isEmpty()) {
				Assertions.fail(errors.size() + " browser console error(s):\n  - " + String.join("\n  - ", errors));
			}
		}

		void consoleMessage(ConsoleMessage message) {
			if ("error".equals(message.type())) {
				String location = message.location();
				add(message.text() + ((location == null || location.isBlank()) ? "" : " (at " + location + ")"));
			}
		}

		void add(String error) {
			this.errors.add(error);
		}

		@Override
		public String toString() {
			return list().toString();
		}

	}

	/** One Playwright and one Chromium for the whole test run. */
	private static final class SharedBrowser implements AutoCloseable {

		private final Path chromium;

		private Playwright playwright;

		private Browser browser;

		private RuntimeException failure;

		SharedBrowser(Path chromium) {
			this.chromium = chromium;
			try {
				this.playwright = Playwright
					.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
				this.browser = this.playwright.chromium()
					.launch(new BrowserType.LaunchOptions().setExecutablePath(chromium)
						.setHeadless(true)
						.setArgs(CHROMIUM_ARGS));
			}
			catch (RuntimeException ex) {
				this.failure = ex;
				close();
			}
		}

		Browser browser() {
			if (this.failure != null) {
				throw new IllegalStateException("Could not launch Chromium at " + this.chromium + " with Playwright",
						this.failure);
			}
			if (!this.browser.isConnected()) {
				throw new IllegalStateException("Chromium (" + this.chromium + ") is no longer connected: it crashed?");
			}
			return this.browser;
		}

		@Override
		public void close() {
			if (this.playwright != null) {
				try {
					if (this.browser != null) {
						this.browser.close();
					}
				}
				finally {
					// also ends the browser if closing it failed
					this.playwright.close();
					this.playwright = null;
				}
			}
		}

	}

	/** The context, page and errors of one test. */
	private static final class PerTest implements AutoCloseable {

		private final BrowserContext context;

		private final Page page;

		private final PageErrors errors = new PageErrors();

		PerTest(Browser browser) {
			this.context = browser
				.newContext(new Browser.NewContextOptions().setLocale("fr-FR").setTimezoneId("Europe/Paris"));
			this.context.setDefaultTimeout(DEFAULT_TIMEOUT_MS);
			this.context.onConsoleMessage(this.errors::consoleMessage);
			this.context.onWebError((error) -> this.errors.add("uncaught exception: " + error.error()));
			this.page = this.context.newPage();
		}

		void screenshot(String name) {
			try {
				Path file = Paths.get("target", "browser-failures", name + ".png");
				this.page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
				System.out
					.println("Browser test failed on " + this.page.url() + "; screenshot: " + file.toAbsolutePath());
			}
			catch (RuntimeException ex) {
				System.out.println("Browser test failed; no screenshot: " + ex.getMessage());
			}
		}

		@Override
		public void close() {
			this.context.close();
		}

	}

}

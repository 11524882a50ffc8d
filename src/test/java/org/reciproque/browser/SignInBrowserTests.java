package org.reciproque.browser;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.reciproque.TestFixtures;
import org.reciproque.notification.Mailer;
import org.reciproque.notification.OutgoingMail;
import org.reciproque.platform.security.AccountPrincipal;
import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The ways in: login page, sign-up (with a password policy), forgotten password, and the
 * magic link received by email; and the platform administrators' view of those emails.
 */
class SignInBrowserTests extends AbstractBrowserTests {

	private static final Pattern MAGIC_LINK = Pattern.compile("http://\\S+/login/ott\\?token=\\S+");

	@Autowired
	Mailer mailer;

	@Test
	void loginPageSignsInWithPasswordAndRefusesAWrongOne(Page page, BrowserSupport.PageErrors errors) {
		AccountPrincipal account = this.fixtures.account();
		page.navigate(url("/login"));
		assertThat(heading(page, "Se connecter")).isVisible();
		assertThat(heading(page, "Avec mon mot de passe")).isVisible();
		assertThat(heading(page, "Sans mot de passe")).isVisible();
		check(page, errors);

		Locator withPassword = page.getByRole(AriaRole.REGION,
				new Page.GetByRoleOptions().setName("Avec mon mot de passe"));
		field(withPassword, "Adresse e-mail").fill(account.email());
		field(withPassword, "Mot de passe").fill("Pas-le-bon-mot-de-passe-7");
		withPassword.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Se connecter")).click();
		assertThat(page.getByRole(AriaRole.ALERT)).hasText("Adresse e-mail ou mot de passe incorrect.");
		check(page, errors);

		signIn(page, account.email());
		assertThat(link(page, "Mon compte")).isVisible();
		check(page, errors);
	}

	@Test
	void signUpRefusesAWeakPasswordNextToTheField(Page page, BrowserSupport.PageErrors errors) {
		String email = TestFixtures.unique("dominique") + "@example.org";
		page.navigate(url("/login"));
		page.getByRole(AriaRole.MAIN)
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Créer un compte"))
			.click();
		assertThat(heading(page, "Créer un compte")).isVisible();
		check(page, errors);

		field(page, "Adresse e-mail").fill(email);
		field(page, "Mot de passe").fill("azertyuiop");
		field(page, "Mot de passe (encore une fois)").fill("azertyuiop");
		button(page, "Créer mon compte").click();

		Locator password = field(page, "Mot de passe");
		assertThat(password).hasAttribute("aria-invalid", "true");
		assertThat(password).hasAccessibleDescription(Pattern.compile("trop facile à deviner"));
		assertThat(page.getByText("Ce mot de passe est trop facile à deviner.")).isVisible();
		assertThat(password).isFocused();
		assertThat(field(page, "Adresse e-mail")).hasValue(email);
		assertThat(button(page, "Se déconnecter")).hasCount(0);
		check(page, errors);
	}

	@Test
	void forgottenPasswordPageSendsALink(Page page, BrowserSupport.PageErrors errors) {
		AccountPrincipal account = this.fixtures.account();
		page.navigate(url("/login"));
		link(page, "Mot de passe oublié").click();
		assertThat(heading(page, "Mot de passe oublié")).isVisible();
		check(page, errors);

		field(page, "Adresse e-mail").fill(account.email());
		button(page, "Recevoir un lien").click();
		assertThat(page.getByText("Si un compte existe pour cette adresse, un lien vient de lui être envoyé."))
			.isVisible();
		check(page, errors);
		Assertions.assertThat(this.mailer.messagesTo(account.email()))
			.extracting(OutgoingMail::subject)
			.containsExactly("Choisir un nouveau mot de passe");
	}

	@Test
	void magicLinkSignsInAndAdministratorsSeeTheEmail(Page page, BrowserSupport.PageErrors errors) {
		AccountPrincipal account = this.fixtures.account();
		AccountPrincipal admin = this.fixtures.platformAdmin();

		// ask for a link
		page.navigate(url("/login"));
		Locator withLink = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Sans mot de passe"));
		field(withLink, "Adresse e-mail").fill(account.email());
		withLink.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Recevoir un lien de connexion"))
			.click();
		assertThat(heading(page, "Regardez vos e-mails")).isVisible();
		check(page, errors);

		// open the link from the email
		List<OutgoingMail> mails = this.mailer.messagesTo(account.email());
		Assertions.assertThat(mails).hasSize(1);
		Assertions.assertThat(mails.get(0).subject()).isEqualTo("Votre lien de connexion à Réciproque");
		Matcher link = MAGIC_LINK.matcher(mails.get(0).body());
		Assertions.assertThat(link.find()).as("a sign-in link in: %s", mails.get(0).body()).isTrue();
		Assertions.assertThat(link.group()).startsWith(url("/login/ott?token="));
		page.navigate(link.group());
		assertThat(heading(page, "Connexion par lien")).isVisible();
		assertThat(field(page, "Code de connexion")).not().isEmpty();
		check(page, errors);

		// submit: signed in
		button(page, "Se connecter").click();
		assertThat(button(page, "Se déconnecter")).isVisible();
		assertThat(link(page, "Mon compte")).isVisible();
		check(page, errors);
		link(page, "Mon compte").click();
		assertThat(page.getByText(account.email())).isVisible();
		check(page, errors);

		// the link is spent: someone else opening it later is not signed in
		page.context().clearCookies();
		page.navigate(link.group());
		button(page, "Se connecter").click();
		assertThat(page).hasURL(Pattern.compile("/login"));
		assertThat(button(page, "Se déconnecter")).hasCount(0);

		// a platform administrator finds the email in the outbox
		signIn(page, admin.email());
		page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Navigation principale"))
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Courriels envoyés"))
			.click();
		assertThat(heading(page, "Courriels envoyés et en attente")).isVisible();
		Locator row = page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText(account.email()));
		assertThat(row).hasCount(1);
		assertThat(row).containsText("Votre lien de connexion à Réciproque");
		assertThat(row).containsText("En attente (pas de SMTP)");
		check(page, errors);

		row.getByRole(AriaRole.LINK).click();
		assertThat(heading(page, "Votre lien de connexion à Réciproque")).isVisible();
		assertThat(page.locator("pre")).containsText("/login/ott?token=");
		check(page, errors);
	}

}

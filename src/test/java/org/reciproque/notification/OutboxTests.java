package org.reciproque.notification;

import org.junit.jupiter.api.Test;
import org.reciproque.IntegrationTest;
import org.reciproque.TestFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reciproque.TestFixtures.as;

@IntegrationTest
class OutboxTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestFixtures fixtures;

	@Autowired
	Mailer mailer;

	@Test
	void shouldKeepMailInTheOutboxWithoutSmtp() {
		String recipient = TestFixtures.unique("outbox") + "@example.org";
		this.mailer.send(new OutgoingMail(recipient, "Sujet <test>", "Corps du message"));
		assertThat(this.mailer.messagesTo(recipient)).singleElement()
			.satisfies((mail) -> assertThat(mail.subject()).isEqualTo("Sujet <test>"));
		assertThat(this.mvc.get().uri("/admin/outbox").with(as(this.fixtures.platformAdmin()))).hasStatusOk()
			.bodyText()
			.contains(recipient)
			.contains("Sujet &lt;test&gt;")
			.contains("En attente (pas de SMTP)");
	}

	@Test
	void shouldShowTheOutboxToPlatformAdministratorsOnly() {
		assertThat(this.mvc.get().uri("/admin/outbox").with(as(this.fixtures.account()))).hasStatus(403);
		assertThat(this.mvc.get().uri("/admin/outbox")).hasStatus3xxRedirection();
	}

}

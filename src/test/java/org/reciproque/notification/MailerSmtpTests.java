package org.reciproque.notification;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With SMTP configured, mail goes through a real SMTP conversation (GreenMail's server),
 * and is still recorded in the outbox as sent.
 */
@SpringBootTest(properties = { "spring.mail.host=127.0.0.1", "spring.mail.port=3025" })
@Tag("database")
class MailerSmtpTests {

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP)
		.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

	@Autowired
	Mailer mailer;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void shouldSendThroughSmtpAndRecordTheMessageAsSent() throws Exception {
		this.mailer.send(new OutgoingMail("lea@example.org", "Votre lien", "Bonjour Léa,\nvoici le lien."));
		assertThat(smtp.waitForIncomingEmail(5000, 1)).isTrue();
		MimeMessage received = smtp.getReceivedMessages()[0];
		assertThat(received.getSubject()).isEqualTo("Votre lien");
		assertThat(GreenMailUtil.getBody(received)).contains("voici le lien");
		assertThat(
				this.jdbc.queryForObject("select status from mail_message where recipient = ? order by id desc limit 1",
						String.class, "lea@example.org"))
			.isEqualTo("SENT");
	}

}

package org.reciproque.member;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The first platform administrator comes from RECIPROQUE_ADMIN_EMAIL / _PASSWORD.
 */
@SpringBootTest(properties = { "reciproque.admin.email=Premiere.Admin@Example.org",
		"reciproque.admin.password=Une-phrase-de-mise-en-route" })
@Tag("database")
class AdminBootstrapTests {

	@Autowired
	Accounts accounts;

	@Test
	void shouldCreateThePlatformAdministratorAtFirstStart() {
		assertThat(this.accounts.findByEmail("premiere.admin@example.org"))
			.hasValueSatisfying((admin) -> assertThat(admin.platformAdmin()).isTrue());
	}

}

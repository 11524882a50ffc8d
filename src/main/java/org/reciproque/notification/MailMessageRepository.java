package org.reciproque.notification;

import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface MailMessageRepository extends JpaRepository<MailMessage, Long> {

	Page<MailMessage> findAllByOrderByCreatedAtDescIdDesc(Pageable pageable);

	List<MailMessage> findByRecipientOrderByCreatedAtDesc(String recipient);

}

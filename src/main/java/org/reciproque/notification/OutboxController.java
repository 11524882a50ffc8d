package org.reciproque.notification;

import org.reciproque.platform.NotFoundException;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The outbox, for platform administrators (the security configuration restricts
 * {@code /admin/**} to them).
 */
@Controller
class OutboxController {

	private static final int PAGE_SIZE = 50;

	private final MailMessageRepository outbox;

	OutboxController(MailMessageRepository outbox) {
		this.outbox = outbox;
	}

	@GetMapping("/admin/outbox")
	@Transactional(readOnly = true)
	String list(@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("messages",
				this.outbox.findAllByOrderByCreatedAtDescIdDesc(PageRequest.of(Math.max(page, 0), PAGE_SIZE)));
		return "notification/outbox";
	}

	@GetMapping("/admin/outbox/{id}")
	@Transactional(readOnly = true)
	String show(@PathVariable long id, Model model) {
		model.addAttribute("message",
				this.outbox.findById(id).orElseThrow(() -> new NotFoundException("error.outbox.notFound")));
		return "notification/message";
	}

}

package org.reciproque.matching;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.reciproque.knowledge.Direction;
import org.reciproque.knowledge.KnowledgeView;
import org.reciproque.knowledge.Knowledges;
import org.reciproque.member.ContactChannel;
import org.reciproque.member.MemberContact;
import org.reciproque.member.MemberView;
import org.reciproque.member.Memberships;
import org.reciproque.network.Networks;
import org.reciproque.platform.ConflictException;
import org.reciproque.platform.security.NetworkGuard;
import org.reciproque.platform.security.NetworkRole;
import org.reciproque.platform.security.NetworkScope;
import org.reciproque.platform.web.FieldErrorsException;
import org.reciproque.platform.web.FormErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Introduction pages: the list (mine, or the whole network's for animators), one
 * introduction with its answers and consent record, proposing (from an offer, a request,
 * or directly between people) and "je suis intéressé·e".
 */
@Controller
class IntroductionController {

	private final Introductions introductions;

	private final Suggestions suggestions;

	private final Knowledges knowledges;

	private final Memberships memberships;

	private final Networks networks;

	private final NetworkGuard guard;

	IntroductionController(Introductions introductions, Suggestions suggestions, Knowledges knowledges,
			Memberships memberships, Networks networks, NetworkGuard guard) {
		this.introductions = introductions;
		this.suggestions = suggestions;
		this.knowledges = knowledges;
		this.memberships = memberships;
		this.networks = networks;
		this.guard = guard;
	}

	@GetMapping("/networks/{slug}/introductions")
	String list(@PathVariable String slug, @RequestParam(name = "status", required = false) @Nullable String chosen,
			Model model) {
		NetworkScope scope = this.guard.require(slug, NetworkRole.MEMBER);
		IntroductionStatus status = IntroductionStatus.named(chosen).orElse(null);
		List<IntroductionView> all = this.introductions.list(scope,
				(status != null) ? EnumSet.of(status) : EnumSet.noneOf(IntroductionStatus.class));
		List<IntroductionView> waitingForMe = new ArrayList<>();
		List<IntroductionView> toRecord = new ArrayList<>();
		for (IntroductionView introduction : all) {
			IntroductionView.Consent mine = introduction.consentOf(scope.memberId());
			if (introduction.isOpen() && mine != null && mine.isPending()) {
				waitingForMe.add(introduction);
			}
			if (scope.isAnimator() && introduction.isOpen()
					&& introduction.consents()
						.stream()
						.anyMatch((consent) -> consent.isPending() && !consent.hasAccount())) {
				toRecord.add(introduction);
			}
		}
		model.addAttribute("scope", scope);
		model.addAttribute("network", this.networks.get(slug));
		model.addAttribute("status", status);
		model.addAttribute("statuses", IntroductionStatus.values());
		model.addAttribute("introductions", all);
		model.addAttribute("waitingForMe", waitingForMe);
		model.addAttribute("toRecord", toRecord);
		return "matching/introductions";
	}

	@GetMapping("/networks/{slug}/introductions/{id}")
	String show(@PathVariable String slug, @PathVariable long id, Model model) {
		NetworkScope scope = this.guard.require(slug, NetworkRole.MEMBER);
		IntroductionView introduction = this.introductions.get(scope, id);
		model.addAttribute("scope", scope);
		model.addAttribute("introduction", introduction);
		model.addAttribute("mine", introduction.consentOf(scope.memberId()));
		model.addAttribute("myContact", (scope.memberId() != null && introduction.consentOf(scope.memberId()) != null)
				? this.memberships.contact(scope.networkId(), scope.memberId()) : null);
		model.addAttribute("channels", ContactChannel.values());
		model.addAttribute("recordedHows", RecordedHow.values());
		return "matching/introduction";
	}

	@PostMapping("/networks/{slug}/introductions/{id}/answer")
	String answer(@PathVariable String slug, @PathVariable long id,
			@RequestParam(required = false) @Nullable Long memberId,
			@RequestParam(required = false) ConsentAnswer.@Nullable Decision decision,
			@RequestParam(required = false) @Nullable ContactChannel channel,
			@RequestParam(required = false) @Nullable RecordedHow recordedHow, RedirectAttributes redirect) {
		NetworkScope scope = this.guard.require(slug, NetworkRole.MEMBER);
		long person = (memberId != null) ? memberId : scope.requireMemberId();
		if (decision == null) {
			redirect.addFlashAttribute("alert", "introduction.error.decisionMissing");
			return "redirect:/networks/" + slug + "/introductions/" + id;
		}
		try {
			IntroductionView answered = this.introductions.answer(scope, id,
					new ConsentAnswer(person, decision, channel, recordedHow));
			redirect.addFlashAttribute("notice",
					(answered.status() == IntroductionStatus.ACCEPTED && decision == ConsentAnswer.Decision.ACCEPT)
							? "introduction.answer.accepted" : "introduction.answer." + decision);
		}
		catch (ConflictException ex) {
			redirect.addFlashAttribute("alert", ex.messageKey());
		}
		catch (FieldErrorsException ex) {
			redirect.addFlashAttribute("alert", ex.errors().get(0).messageKey());
		}
		return "redirect:/networks/" + slug + "/introductions/" + id;
	}

	@PostMapping("/networks/{slug}/introductions/{id}/cancel")
	String cancel(@PathVariable String slug, @PathVariable long id, RedirectAttributes redirect) {
		NetworkScope scope = this.guard.require(slug, NetworkRole.ANIMATOR);
		try {
			this.introductions.cancel(scope, id);
			redirect.addFlashAttribute("notice", "introduction.cancelled");
		}
		catch (ConflictException ex) {
			redirect.addFlashAttribute("alert", ex.messageKey());
		}
		return "redirect:/networks/" + slug + "/introductions/" + id;
	}

	@GetMapping("/networks/{slug}/introductions/new")
	String initProposalForm(@PathVariable String slug, @RequestParam(required = false) @Nullable Long offer,
			@RequestParam(required = false) @Nullable Long request, Model model) {
		NetworkScope scope = this.guard.require(slug, NetworkRole.ANIMATOR);
		// Introductions are proposed in a member's name: platform administrators are not
		// members.
		scope.requireMemberId();
		List<Long> requests = (request != null) ? List.of(request) : List.of();
		model.addAttribute("form", new ProposeIntroduction(offer, requests, null));
		return proposalPage(scope, offer, request, model);
	}

	@PostMapping("/networks/{slug}/introductions/new")
	String processProposalForm(@PathVariable String slug, @RequestParam(required = false) @Nullable Long from,
			@Valid @ModelAttribute("form") ProposeIntroduction form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		NetworkScope scope = this.guard.require(slug, NetworkRole.ANIMATOR);
		// Introductions are proposed in a member's name: platform administrators are not
		// members.
		scope.requireMemberId();
		if (!result.hasErrors()) {
			try {
				IntroductionView created = this.introductions.propose(scope, form);
				redirect.addFlashAttribute("notice", "introduction.proposed");
				return "redirect:/networks/" + slug + "/introductions/" + created.id();
			}
			catch (FieldErrorsException ex) {
				FormErrors.apply(ex, result);
			}
			catch (ConflictException ex) {
				result.reject(ex.messageKey());
			}
		}
		boolean fromRequest = from != null && !Objects.equals(from, form.offerId());
		return proposalPage(scope, fromRequest ? null : form.offerId(), fromRequest ? from : null, model);
	}

	private String proposalPage(NetworkScope scope, @Nullable Long offerId, @Nullable Long requestId, Model model) {
		model.addAttribute("scope", scope);
		List<KnowledgeView> active = this.knowledges.active(scope.networkId());
		KnowledgeView anchor = null;
		if (offerId != null) {
			anchor = this.knowledges.get(scope, offerId);
		}
		else if (requestId != null) {
			anchor = this.knowledges.get(scope, requestId);
		}
		model.addAttribute("anchor", anchor);
		model.addAttribute("suggested",
				(anchor != null && anchor.isActive()) ? this.suggestions.withinNetwork(scope, anchor, 10) : List.of());
		Direction others = (anchor == null || anchor.direction() == Direction.OFFER) ? Direction.REQUEST
				: Direction.OFFER;
		model.addAttribute("offers", active.stream().filter((item) -> item.direction() == Direction.OFFER).toList());
		model.addAttribute("requests",
				active.stream().filter((item) -> item.direction() == Direction.REQUEST).toList());
		model.addAttribute("others", others);
		model.addAttribute("authors", this.memberships.findAll(active.stream().map(KnowledgeView::memberId).toList()));
		return "matching/propose";
	}

	@GetMapping("/networks/{slug}/introductions/direct")
	String initDirectForm(@PathVariable String slug, Model model) {
		NetworkScope scope = this.guard.require(slug, NetworkRole.ANIMATOR);
		// Introductions are proposed in a member's name: platform administrators are not
		// members.
		scope.requireMemberId();
		model.addAttribute("form", new DirectIntroduction(null, List.of(), "", null, false));
		return directPage(scope, model);
	}

	@PostMapping("/networks/{slug}/introductions/direct")
	String processDirectForm(@PathVariable String slug, @Valid @ModelAttribute("form") DirectIntroduction form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		NetworkScope scope = this.guard.require(slug, NetworkRole.ANIMATOR);
		// Introductions are proposed in a member's name: platform administrators are not
		// members.
		scope.requireMemberId();
		if (!result.hasErrors()) {
			try {
				IntroductionView created = this.introductions.proposeDirect(scope, form);
				redirect.addFlashAttribute("notice", "introduction.proposed");
				return "redirect:/networks/" + slug + "/introductions/" + created.id();
			}
			catch (FieldErrorsException ex) {
				FormErrors.apply(ex, result);
			}
		}
		return directPage(scope, model);
	}

	private String directPage(NetworkScope scope, Model model) {
		model.addAttribute("scope", scope);
		model.addAttribute("members", this.memberships.activeMembers(scope.networkId()));
		return "matching/direct";
	}

	@GetMapping("/networks/{slug}/knowledge/{id}/interest")
	String initInterestForm(@PathVariable String slug, @PathVariable long id, Model model) {
		NetworkScope scope = this.guard.require(slug, NetworkRole.MEMBER);
		scope.requireMemberId();
		return interestPage(scope, this.knowledges.get(scope, id), model);
	}

	@PostMapping("/networks/{slug}/knowledge/{id}/interest")
	String processInterestForm(@PathVariable String slug, @PathVariable long id,
			@RequestParam(defaultValue = "ANIMATOR") ContactChannel channel,
			@RequestParam(required = false) @Nullable String note, Model model, RedirectAttributes redirect) {
		NetworkScope scope = this.guard.require(slug, NetworkRole.MEMBER);
		try {
			IntroductionView created = this.introductions.expressInterest(scope, id, channel, note);
			redirect.addFlashAttribute("notice", "introduction.interest.sent");
			return "redirect:/networks/" + slug + "/introductions/" + created.id();
		}
		catch (ConflictException ex) {
			model.addAttribute("alert", ex.messageKey());
		}
		catch (FieldErrorsException ex) {
			model.addAttribute("alert", ex.errors().get(0).messageKey());
		}
		model.addAttribute("note", note);
		model.addAttribute("chosen", channel);
		return interestPage(scope, this.knowledges.get(scope, id), model);
	}

	private String interestPage(NetworkScope scope, KnowledgeView item, Model model) {
		MemberView author = this.memberships.get(scope.networkId(), item.memberId());
		MemberContact mine = this.memberships.contact(scope.networkId(), scope.requireMemberId());
		model.addAttribute("scope", scope);
		model.addAttribute("network", this.networks.get(scope.slug()));
		model.addAttribute("item", item);
		model.addAttribute("author", scope.isAnimator() ? author.displayName() : author.shortName());
		model.addAttribute("own", Objects.equals(item.memberId(), scope.memberId()));
		model.addAttribute("myContact", mine);
		model.addAttribute("channels", ContactChannel.values());
		return "matching/interest";
	}

}

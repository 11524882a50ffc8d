package org.reciproque.knowledge;

import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.reciproque.network.NetworkView;
import org.reciproque.network.Networks;
import org.reciproque.platform.security.NetworkGuard;
import org.reciproque.platform.security.NetworkRole;
import org.reciproque.platform.security.NetworkScope;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The board of offers and requests: on screen (with filters), printed for the wall of the
 * drop-in room, projected at meetings, and exported for animators. Members see it;
 * visitors see it only when the network publishes it, and then without any names.
 */
@Controller
class BoardController {

	private final Board board;

	private final Networks networks;

	private final NetworkGuard guard;

	private final BoardCsv csv;

	BoardController(Board board, Networks networks, NetworkGuard guard, BoardCsv csv) {
		this.board = board;
		this.networks = networks;
		this.guard = guard;
		this.csv = csv;
	}

	@GetMapping("/networks/{slug}/board")
	String board(@PathVariable String slug, @RequestParam(required = false) @Nullable String category,
			@RequestParam(required = false) @Nullable Direction direction,
			@RequestParam(required = false) @Nullable Format format,
			@RequestParam(required = false) @Nullable Mode mode, @RequestParam(required = false) @Nullable String q,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, HttpServletRequest request,
			Model model) {
		BoardFilter filter = new BoardFilter(category, direction, format, mode, q);
		NetworkScope scope = prepare(slug, filter, model);
		// Links are built from this one address, not with @{...}: each link expression
		// costs a lookup among static resources (ResourceUrlEncodingFilter).
		model.addAttribute("networkUrl", request.getContextPath() + "/networks/" + scope.slug());
		BoardView view = this.board.forScreen(scope, filter);
		model.addAttribute("board", view);
		if (htmx != null) {
			return "knowledge/board :: rows";
		}
		model.addAttribute("tree", CategoryTreeView.of(view.categories()));
		return "knowledge/board";
	}

	@GetMapping("/networks/{slug}/board/print")
	String print(@PathVariable String slug, @RequestParam(required = false) @Nullable String category, Model model) {
		BoardFilter filter = new BoardFilter(category, null, null, null, null);
		model.addAttribute("board", this.board.build(prepare(slug, filter, model), filter));
		return "knowledge/board-print";
	}

	@GetMapping("/networks/{slug}/board/projection")
	String projection(@PathVariable String slug, @RequestParam(required = false) @Nullable String category,
			Model model) {
		BoardFilter filter = new BoardFilter(category, null, null, null, null);
		model.addAttribute("board", this.board.build(prepare(slug, filter, model), filter));
		return "knowledge/board-projection";
	}

	@GetMapping("/networks/{slug}/board.csv")
	ResponseEntity<byte[]> export(@PathVariable String slug) {
		NetworkScope scope = this.guard.require(slug, NetworkRole.ANIMATOR);
		BoardView view = this.board.build(scope, BoardFilter.none());
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("tableau-" + slug + ".csv").build().toString())
			.body(this.csv.write(view, CategoryLabels.of(view.categories())).getBytes(StandardCharsets.UTF_8));
	}

	private NetworkScope prepare(String slug, BoardFilter filter, Model model) {
		NetworkScope scope = this.guard.lookup(slug);
		NetworkView network = this.networks.get(slug);
		if (!scope.isMember() && !network.boardPublic()) {
			throw new AccessDeniedException("The board of " + slug + " is for its members");
		}
		model.addAttribute("scope", scope);
		model.addAttribute("network", network);
		model.addAttribute("filter", filter);
		return scope;
	}

}

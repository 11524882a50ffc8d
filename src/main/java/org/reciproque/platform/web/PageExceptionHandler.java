package org.reciproque.platform.web;

import org.reciproque.platform.NotFoundException;
import org.reciproque.platform.security.CurrentAccount;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * Domain errors met while rendering pages become the friendly error pages (never an
 * exception message or a stack trace).
 */
@ControllerAdvice(annotations = Controller.class)
class PageExceptionHandler {

	@ExceptionHandler(NotFoundException.class)
	ModelAndView notFound(NotFoundException ex) {
		ModelAndView view = new ModelAndView("error/404");
		view.addObject("reason", ex.messageKey());
		view.setStatus(HttpStatus.NOT_FOUND);
		return view;
	}

	/**
	 * A signed-in person without the right role sees the friendly 403 page; a visitor is
	 * sent to the login page instead (by the security filters, to which this is left).
	 */
	@ExceptionHandler(AccessDeniedException.class)
	ModelAndView forbidden(AccessDeniedException ex) {
		if (CurrentAccount.get().isEmpty()) {
			throw ex;
		}
		ModelAndView view = new ModelAndView("error/403");
		view.setStatus(HttpStatus.FORBIDDEN);
		return view;
	}

}

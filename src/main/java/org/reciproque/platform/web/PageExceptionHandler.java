package org.reciproque.platform.web;

import org.reciproque.platform.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.ModelAndView;

/**
 * Domain errors met while rendering pages become the friendly error pages (never an
 * exception message or a stack trace).
 */
@ControllerAdvice(annotations = Controller.class)
class PageExceptionHandler {

	@ExceptionHandler(NotFoundException.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	ModelAndView notFound(NotFoundException ex) {
		ModelAndView view = new ModelAndView("error/404");
		view.addObject("reason", ex.messageKey());
		view.setStatus(HttpStatus.NOT_FOUND);
		return view;
	}

}
